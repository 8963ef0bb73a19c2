"""Durable time: the wall clock, which tests can move forward instead of waiting for it.

Every due time the bot stores (deadlines, cool-downs, greetings, the board, strikes, claims)
is compared with `utcnow()`. In production the offset stays zero; a test calls `advance()`
and then a sweep to see what a later moment brings, without sleeping until then.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_offset = [timedelta(0)]


def utcnow() -> datetime:
    """Aware UTC; SQLModel's UTCDateTime refuses naive datetimes."""
    return datetime.now(UTC) + _offset[0]


def offset() -> timedelta:
    """How far this clock runs ahead of the wall clock (zero outside tests)."""
    return _offset[0]


def advance(seconds: float) -> None:
    """Move the clock `seconds` forward (tests)."""
    _offset[0] += timedelta(seconds=seconds)


def reset() -> None:
    """Back to the wall clock (tests, after each test)."""
    _offset[0] = timedelta(0)
