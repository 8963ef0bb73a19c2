"""Finding 1, inside the bot: a transient failure is retried, a permanent one is set aside; nothing is lost.

The failures are raised by handlers the test adds to the real application, as in
tests/test_resilience.py: the exception types are the ones the database driver and
python-telegram-bot raise.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.error import TimedOut
from telegram.ext import MessageHandler, filters

from bot.sandbox.client import SandboxControl
from bot.work import current_work
from storage import updates
from storage.database import Database
from storage.models import Resident
from tests.conftest import Room, eventually, later
from tests.security.conftest import dead_letters, inbox, replies_to, said

# Retries come from the periodic sweep: every second.
FAST_RETRIES = {"scheduler": {"retry_first_seconds": 0.1, "retry_max_seconds": 0.2, "retry_attempts": 4, "sweep_seconds": 1}}


def locked() -> OperationalError:
    """What SQLAlchemy raises when SQLite stays locked past the busy timeout."""
    return OperationalError("UPDATE rooms SET title=?", None, sqlite3.OperationalError("database is locked"))


async def test_a_transient_database_error_in_a_handler_is_retried_not_lost(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(**FAST_RETRIES).start()
    attempts: list[int] = []

    async def flaky(update: Update, context: object) -> None:
        attempts.append(update.update_id)
        if len(attempts) < 3:
            raise locked()
        await current_work().send(room.chat_id, "sendMessage", text="flaky handled")

    runtime.application.add_handler(MessageHandler(filters.Regex("^flaky$"), flaky), group=-5)
    flaky_post = await control.post(room.chat_id, room.resident, "flaky")

    await eventually(lambda: said(control, room.chat_id, "flaky handled"))
    assert attempts == [flaky_post["update_id"]] * 3  # the same update, twice failed, then handled
    assert await dead_letters(runtime.settings.storage.url) == []
    assert await inbox(runtime.settings.storage.url) == []


async def test_a_network_timeout_in_a_handler_is_retried_while_the_chat_moves_on(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(**FAST_RETRIES).start()
    calls: list[int] = []

    async def slow_network(update: Update, context: object) -> None:
        calls.append(update.update_id)
        if len(calls) == 1:
            raise TimedOut()
        await current_work().send(room.chat_id, "sendMessage", text="timeout handled")

    runtime.application.add_handler(MessageHandler(filters.Regex("^timeout$"), slow_network), group=-5)
    await control.post(room.chat_id, room.resident, "timeout")
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: said(control, room.chat_id, "소통방 규칙"))  # the next update was not held up
    await eventually(lambda: said(control, room.chat_id, "timeout handled"))
    assert len(calls) == 2 and await replies_to(control, room.chat_id, asked["message_id"])


async def test_an_update_that_keeps_failing_transiently_becomes_a_dead_letter(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    runtime = await bot_factory(**FAST_RETRIES).start()
    attempts: list[int] = []

    async def always_locked(update: Update, context: object) -> None:
        attempts.append(update.update_id)
        raise locked()

    runtime.application.add_handler(MessageHandler(filters.Regex("^locked"), always_locked), group=-5)
    post = await control.post(room.chat_id, room.resident, "locked 010-1234-5678")

    [letter] = await eventually(lambda: dead_letters(runtime.settings.storage.url), timeout=15)
    assert letter.update_id == post["update_id"]
    assert len(attempts) == 4  # retry_attempts, then no more
    assert "OperationalError" in letter.error and "4" in letter.error
    assert "010-1234-5678" not in letter.summary
    assert await inbox(runtime.settings.storage.url) == []
    await later(runtime, sandbox, 1)  # far past another retry's back-off (0.2 s at most)
    assert len(attempts) == 4


async def test_a_bug_in_a_handler_sets_the_update_aside_in_one_step(
    bot_factory, db_url: str, control: SandboxControl, room: Room, caplog
) -> None:
    runtime = await bot_factory(db_url=db_url).start()

    async def explode(update: Update, context: object) -> None:
        raise RuntimeError("a bug in one handler")

    runtime.application.add_handler(MessageHandler(filters.Regex("^boom"), explode), group=-5)
    with caplog.at_level(logging.WARNING):
        boom = await control.post(room.chat_id, room.resident, "boom 전화 010-1234-5678, 주민번호 900101-1234567")
        asked = await control.post(room.chat_id, room.resident, "/rules")
        await eventually(lambda: said(control, room.chat_id, "소통방 규칙"))
        [letter] = await eventually(lambda: dead_letters(runtime.settings.storage.url))

    assert letter.update_id == boom["update_id"]
    assert letter.error == "RuntimeError: a bug in one handler"
    assert str(room.chat_id) in letter.summary and "message" in letter.summary
    for personal in ("010-1234-5678", "900101-1234567", str(room.resident), "주민번호 9"):
        assert personal not in letter.summary and personal not in letter.error
    assert "[전화번호]" in letter.summary  # a redacted excerpt says what it was about
    stored = letter.payload
    assert "010-1234-5678" in stored  # kept for a retry (see the privacy section of the README)
    assert '"first_name": "주민"' not in stored  # ... stripped of what handling does not need
    db = Database(runtime.settings.storage.url)
    try:
        assert await updates.is_processed(db, boom["update_id"])  # a redelivery is not handled again
    finally:
        await db.close()
    assert await inbox(runtime.settings.storage.url) == []
    assert runtime.receiver.dead_lettered == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and str(boom["update_id"]) in r.getMessage()]
    assert warnings and all("010-1234-5678" not in line for line in warnings)
    assert asked


async def test_a_failure_while_committing_sets_the_update_aside(bot_factory, db_url: str, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(db_url=db_url).start()

    async def orphan(update: Update, context: object) -> None:
        session = await current_work().session()
        session.add(Resident(room_id=98_765_432, pseudonym="주민-XXXX"))  # no such room: the commit fails

    runtime.application.add_handler(MessageHandler(filters.Regex("^orphan$"), orphan), group=-5)
    post = await control.post(room.chat_id, room.resident, "orphan")
    [letter] = await eventually(lambda: dead_letters(runtime.settings.storage.url))
    assert letter.update_id == post["update_id"] and "IntegrityError" in letter.error
    assert "98765432" not in letter.error and "INSERT" not in letter.error  # no SQL, no values
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: said(control, room.chat_id, "소통방 규칙"))
    assert asked
