"""API keys for POST: kept as digests, compared in constant time, rate-limited per key."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import deque
from collections.abc import Callable, Iterable


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


class ApiKeys:
    """The configured keys, as SHA-256 digests only (a memory dump or a log shows no key)."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._digests = [_digest(key) for key in keys]

    def identify(self, presented: str | None) -> str | None:
        """The key's id (16 hex digits of its digest, for rate limits and logs), or None when it is no key of ours.

        Every configured digest is compared, with hmac.compare_digest, whether or not one
        matched already: the time taken says nothing about which key, or how much of one, was right.
        """
        if not presented:
            return None
        digest = _digest(presented)
        found: bytes | None = None
        for known in self._digests:
            if hmac.compare_digest(known, digest):
                found = known
        return found.hex()[:16] if found is not None else None


def reporter(secret: str, chat_id: int, key_id: str) -> str:
    """The pseudonym a key files under in a room: one reporter per key, as one resident.

    The same construction as moderation.pseudonym, with "open311:<key id>" where a
    Telegram user id would be: it can never equal a resident's pseudonym.
    """
    return hmac.new(secret.encode(), f"{chat_id}:open311:{key_id}".encode(), hashlib.sha256).hexdigest()[:32]


class PostLimiter:
    """At most `per_minute` POSTs per key in any 60 seconds (in this process's memory)."""

    WINDOW = 60.0

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = per_minute
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}

    def take(self, key_id: str) -> float:
        """Count one POST; 0 when allowed, else the seconds until one would be."""
        now = self._clock()
        seen = self._seen.setdefault(key_id, deque())
        while seen and now - seen[0] >= self.WINDOW:
            seen.popleft()
        if len(seen) >= self.capacity:
            return self.WINDOW - (now - seen[0])
        seen.append(now)
        return 0.0
