"""The console's secrets: the session cookie's key, and one-time login links.

A login link's token is a Fernet token (AES and HMAC-SHA256 with a key derived
from `[console] session_key`): it carries the person's Telegram id encrypted, so
neither the link nor the database shows who it is for, and it cannot be forged
or altered. The database keeps only its SHA-256, to spend it once.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.config import Settings

MAX_TOKEN = 512  # a Fernet token of our payload is about 140 characters


def _derive(material: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"sotong-console", info=purpose).derive(material.encode())


class Keys:
    def __init__(self, settings: Settings) -> None:
        # Without a key of its own, the console derives one from the pseudonym secret (another purpose, another key).
        material = settings.console.session_key or settings.privacy.pseudonym_secret
        self.cookie = Fernet(base64.urlsafe_b64encode(_derive(material, b"session cookie")))
        self._links = Fernet(base64.urlsafe_b64encode(_derive(material, b"login link")))
        self.login_seconds = int(settings.console.login_minutes * 60)

    def login_token(self, user_id: int) -> str:
        payload = json.dumps({"u": user_id, "n": secrets.token_hex(8)}).encode()
        return self._links.encrypt(payload).decode().rstrip("=")

    def read_login(self, token: str, at: float | None = None) -> int | None:
        """The Telegram id inside a login token; None when forged, altered or older than the link's lifetime
        (at `at`, seconds since the epoch; now by default)."""
        if not token or len(token) > MAX_TOKEN or not token.isascii():
            return None
        padded = token + "=" * (-len(token) % 4)
        try:
            raw = padded.encode()
            plain = (
                self._links.decrypt(raw, ttl=self.login_seconds)
                if at is None
                else self._links.decrypt_at_time(raw, self.login_seconds, int(at))
            )
            payload = json.loads(plain)
        except (InvalidToken, ValueError):
            return None
        user_id = payload.get("u") if isinstance(payload, dict) else None
        return user_id if isinstance(user_id, int) and not isinstance(user_id, bool) and user_id > 0 else None


def digest(value: str) -> str:
    """What the database keeps of a token or a session id."""
    return hashlib.sha256(value.encode()).hexdigest()
