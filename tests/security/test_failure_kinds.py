"""Which failures are worth a retry, and how a failure is described without personal data."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.failures import describe, is_transient


class Wrapped(Exception):
    """A handler's own error raised `from` the real cause."""


def _from(cause: BaseException) -> Exception:
    try:
        raise Wrapped("could not store") from cause
    except Wrapped as exc:
        return exc


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("UPDATE rooms", None, sqlite3.OperationalError("database is locked")),
        DBAPIError("SELECT 1", None, ConnectionResetError("gone"), connection_invalidated=True),
        TimeoutError(),
        ConnectionRefusedError(111, "refused"),
        TimedOut(),
        NetworkError("aiohttp.ClientConnectorError: cannot connect"),
        RetryAfter(3),
        _from(OperationalError("INSERT", None, sqlite3.OperationalError("disk I/O error"))),
    ],
    ids=lambda e: type(e).__name__,
)
def test_transient(error: BaseException) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        KeyError("date"),
        RuntimeError("a bug"),
        BadRequest("Message to reply not found"),  # a NetworkError subclass, but Telegram said no
        Forbidden("bot was blocked by the user"),
        IntegrityError("INSERT", None, sqlite3.IntegrityError("UNIQUE constraint failed")),
        DBAPIError("SELECT", None, ValueError("invalid input"), connection_invalidated=False),
        None,
    ],
    ids=lambda e: type(e).__name__,
)
def test_permanent(error: BaseException | None) -> None:
    assert not is_transient(error)


def test_a_description_has_no_statement_no_values_and_no_personal_data() -> None:
    failure = IntegrityError(
        "INSERT INTO complaint_followers (complaint_id, user_id) VALUES ($1, $2)",
        {"complaint_id": 1, "user_id": 777_123_456},
        Exception(
            'duplicate key value violates unique constraint "uq"\nDETAIL:  Key (complaint_id, user_id)=(1, 777123456) already exists.'
        ),
    )
    line = describe(failure)
    assert line == 'IntegrityError: duplicate key value violates unique constraint "uq"'
    assert describe(ValueError("no room for 010-1234-5678 (user 777123456)")) == "ValueError: no room for [전화번호] (user …)"
    assert describe(KeyError("date")) == "KeyError: 'date'"
    assert len(describe(RuntimeError("x" * 5000))) <= 300
