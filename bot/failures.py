"""Why an update failed: worth retrying (transient) or not (permanent), and how to say it safely.

Transient: the database or the network was unavailable for a while (a lost or refused
connection, a lock held past the busy timeout, a timeout, Telegram's flood limit); the
same update will likely succeed later. Permanent: everything else (a bug, an update the
handlers cannot read, a constraint the data breaks); retrying would fail the same way.
A retry is bounded anyway, so a misjudged transient failure still ends as a dead letter.
"""

from __future__ import annotations

import asyncio
import re

from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError, StatementError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from moderation.redaction import redact

MAX_ERROR = 300
_LONG_NUMBER = re.compile(r"\d{5,}")  # person ids, group ids and values a driver quotes


def is_transient(error: BaseException | None) -> bool:
    """Whether trying the same update again later may succeed."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if _transient(error):
            return True
        error = error.__cause__  # a wrapper names its cause explicitly
    return False


def _transient(error: BaseException) -> bool:
    if isinstance(error, (OperationalError, DisconnectionError, PoolTimeout)):
        return True
    if isinstance(error, DBAPIError):
        return bool(error.connection_invalidated)
    if isinstance(error, BadRequest):  # a NetworkError by inheritance, but Telegram refused the call
        return False
    if isinstance(error, (NetworkError, TimedOut, RetryAfter)):
        return True
    return isinstance(error, (asyncio.TimeoutError, TimeoutError, ConnectionError, OSError))


def describe(error: BaseException | None) -> str:
    """`Type: message`, on one line, without SQL, parameters, long numbers or personal data."""
    if error is None:
        return "unknown error"
    message = str(error.orig) if isinstance(error, StatementError) and error.orig is not None else str(error)
    # A driver adds the statement and a DETAIL line quoting the values: keep the first line only.
    message = message.strip().splitlines()[0] if message.strip() else ""
    message = _LONG_NUMBER.sub("…", redact(message))
    line = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return line[:MAX_ERROR]
