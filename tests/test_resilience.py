"""A failing handler or a killed process loses nothing and doubles nothing."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from sqlalchemy import func, select
from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.sandbox.client import SandboxControl
from storage import outbox, updates
from storage.database import Database
from storage.models import Resident
from tests.conftest import TOKEN, Room, bot_messages, bot_process, eventually


async def test_a_crashing_handler_does_not_take_the_bot_down(sotong, control: SandboxControl, room: Room) -> None:
    async def explode(update: Update, context: object) -> None:
        raise RuntimeError("a bug in one handler")

    sotong.application.add_handler(MessageHandler(filters.Regex("^boom$"), explode), group=-1)
    boom = await control.post(room.chat_id, room.resident, "boom")
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: _replies(control, room, asked["message_id"]))
    # the failed update is recorded as handled, so it is not retried forever
    await eventually(lambda: updates.is_processed(sotong.db, boom["update_id"]))


async def test_kill_9_during_a_burst_loses_nothing_and_doubles_nothing(
    control: SandboxControl, sandbox, room: Room, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    db_path = tmp_path / "sotong.db"
    config.write_text(
        f"""
[telegram]
token = "{TOKEN}"
api_url = "{sandbox.url}"
poll_timeout = 1
[telegram.rate_limit]
group_per_minute = 1200
[storage]
url = "sqlite+aiosqlite:///{db_path}"
[web]
port = 0
[privacy]
pseudonym_secret = "kill-test"
[rules.flood]
enabled = false          # one resident fires thirty commands: delivery is tested here, not the flood rule
[scheduler]
sweep_seconds = 0.5
[greeting]
quiet_seconds = 0.5
max_wait_seconds = 5
""",
        encoding="utf-8",
    )
    people = [await control.create_user(first_name=f"주민{i}") for i in range(40)]

    questions: list[int] = []
    process = bot_process(config)
    try:
        for person in people[:20]:
            await control.join(room.chat_id, person["id"])
            questions.append((await control.post(room.chat_id, room.resident, "/rules"))["message_id"])
        await eventually(lambda: _residents_at_least(db_path, 5), timeout=30)
        os.kill(process.pid, signal.SIGKILL)  # mid-burst, no chance to clean up
        process.wait(timeout=10)
        for person in people[20:]:
            await control.join(room.chat_id, person["id"])
        for _ in range(10):
            questions.append((await control.post(room.chat_id, room.resident, "/rules"))["message_id"])
        process = bot_process(config)
        await eventually(lambda: _residents_at_least(db_path, 40), timeout=30)
        for question in questions:
            await eventually(lambda question=question: _replies(control, room, question), timeout=30)
        # Idle: every update handled and every call made; a repeat would be one of them.
        await eventually(lambda: _inbox_empty(db_path), timeout=30)
        await eventually(lambda: _outbox_empty(db_path), timeout=30)
        assert await _residents(db_path) == 40  # every join counted once
        replies = [m for m in await bot_messages(control, room.chat_id) if m.get("reply_to_message_id") in questions]
        # Each command answered; at most the one call in flight at the kill can repeat
        # (Telegram has no idempotency key for sendMessage).
        assert len(questions) <= len(replies) <= len(questions) + 1
        assert await eventually(lambda: _greeting_total(control, room), timeout=30) >= 1
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0  # graceful shutdown on SIGTERM


async def _replies(control: SandboxControl, room: Room, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, room.chat_id) if m.get("reply_to_message_id") == message_id]


async def _residents(db_path: Path) -> int:
    db = Database(f"sqlite+aiosqlite:///{db_path}")
    try:
        async with db.session() as session:
            return (await session.exec(select(func.count()).select_from(Resident))).scalar_one()
    except Exception:  # the schema may not exist yet while the bot starts
        return 0
    finally:
        await db.close()


async def _residents_at_least(db_path: Path, count: int) -> bool:
    return await _residents(db_path) >= count


async def _inbox_empty(db_path: Path) -> bool:
    db = Database(f"sqlite+aiosqlite:///{db_path}")
    try:
        return await updates.pending(db) == []
    finally:
        await db.close()


async def _outbox_empty(db_path: Path) -> bool:
    db = Database(f"sqlite+aiosqlite:///{db_path}")
    try:
        return await outbox.pending(db) == []
    finally:
        await db.close()


async def _greeting_total(control: SandboxControl, room: Room) -> int:
    return len([m for m in await bot_messages(control, room.chat_id) if "환영합니다" in (m.get("text") or "")])
