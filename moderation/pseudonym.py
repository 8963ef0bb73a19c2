"""Pseudonyms: a resident is HMAC-SHA256(secret, "room:user"), never the raw Telegram id."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from moderation.catalogue import text


# Every handler of a room message asks for its author's pseudonym, and residents post again
# and again: remember recent ones (in memory only; nothing raw is stored).
@lru_cache(maxsize=8192)
def pseudonym(secret: str, room_id: int, user_id: int) -> str:
    """The stored key of a person in a room: 32 hex digits, not reversible without the secret."""
    message = f"{room_id}:{user_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def display_name(key: str, language: str = "ko") -> str:
    """What the room sees, e.g. "주민-7F3A"."""
    return text("resident_name", language, code=key[:4].upper())
