"""`sotong deadletters list|retry|drop`: an operator sees what was set aside, retries it or drops it."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.cli import main
from bot.sandbox.client import SandboxControl
from bot.work import current_work
from storage import updates
from storage.database import Database
from tests.conftest import SWEEP_EVERY_SECOND, TOKEN, Room, eventually
from tests.security.conftest import dead_letters, inbox, replies_to, room_message, said


def config_for(tmp_path: Path, db_url: str, api_url: str = "http://127.0.0.1:9") -> Path:
    path = tmp_path / "operator.toml"
    path.write_text(
        f'[telegram]\ntoken = "{TOKEN}"\napi_url = "{api_url}"\n'
        f'[storage]\nurl = "{db_url}"\n[web]\nport = 0\n[privacy]\npseudonym_secret = "test-secret"\n',
        encoding="utf-8",
    )
    return path


async def sotong(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str]:
    """Run the command as an operator would (in a thread: it runs its own event loop)."""
    capsys.readouterr()
    status = await asyncio.to_thread(main, list(argv))
    return status, capsys.readouterr().out


async def test_an_operator_lists_retries_and_drops_dead_letters(
    bot_factory, db_url: str, control: SandboxControl, room: Room, tmp_path: Path, capsys
) -> None:
    runtime = await bot_factory(db_url=db_url, **SWEEP_EVERY_SECOND).start()
    bug = {"present": True}

    async def buggy(update: Update, context: object) -> None:
        if bug["present"]:
            raise ValueError("a bug, fixed in the next release")
        await current_work().send(room.chat_id, "sendMessage", text="boom handled at last")

    runtime.application.add_handler(MessageHandler(filters.Regex("^boom"), buggy), group=-5)
    boom = await control.post(room.chat_id, room.resident, "boom, my number is 010-9876-5432")
    await control.raw_update(["junk without any id"])
    await eventually(lambda: _count(db_url, 2))
    config = config_for(tmp_path, db_url)

    status, listed = await sotong(capsys, "deadletters", "list", "--config", str(config))
    assert status == 0
    [boom_line] = [line for line in listed.splitlines() if f"update {boom['update_id']} " in line]
    assert "ValueError: a bug, fixed in the next release" in boom_line
    assert f"message in chat {room.chat_id}" in boom_line and "[전화번호]" in boom_line
    assert "010-9876-5432" not in listed and str(room.resident) not in listed
    assert "update - " in listed and "not an update" in listed  # the junk, with no id of its own
    assert "2 dead letters" in listed
    letters = {letter.update_id: letter.id for letter in await dead_letters(db_url)}
    boom_id, junk_id = letters[boom["update_id"]], letters[None]

    status, said_back = await sotong(capsys, "deadletters", "retry", str(junk_id), "--config", str(config))
    assert status == 1 and "cannot be retried" in said_back

    bug["present"] = False  # the fix is deployed
    status, said_back = await sotong(capsys, "deadletters", "retry", str(boom_id), "--config", str(config))
    assert status == 0 and f"#{boom_id} is back in the inbox" in said_back
    await eventually(lambda: said(control, room.chat_id, "boom handled at last"))  # the running bot took it
    await eventually(lambda: _inbox_empty(db_url))
    assert [letter.id for letter in await dead_letters(db_url)] == [junk_id]

    status, said_back = await sotong(capsys, "deadletters", "drop", "999", "--config", str(config))
    assert status == 1 and "no dead letter #999" in said_back
    status, said_back = await sotong(capsys, "deadletters", "drop", "--all", "--config", str(config))
    assert status == 0 and "dropped 1 dead letter" in said_back
    assert await dead_letters(db_url) == []
    status, listed = await sotong(capsys, "deadletters", "list", "--config", str(config))
    assert status == 0 and "no dead letters" in listed
    assert runtime.receiver.dead_lettered == 2


async def test_a_bot_with_a_poison_update_starts_and_an_operator_retries_it_after_a_fix(
    bot_factory, control: SandboxControl, room: Room, tmp_path: Path, capsys
) -> None:
    """The issue's "done means": the bot starts, serves its rooms, and lists the update."""
    bot = bot_factory(**SWEEP_EVERY_SECOND)
    db = Database(bot.db_url)
    await db.migrate()
    poison = {"update_id": 4242, "message": {**room_message(room, "/rules", message_id=4242), "date": "yesterday"}}
    await updates.receive(db, [(4242, json.dumps(poison))], worker=socket.gethostname())
    await db.close()
    await bot.start()

    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))
    status, listed = await sotong(capsys, "deadletters", "list", "--config", str(config_for(tmp_path, bot.db_url)))
    assert status == 0 and "update 4242" in listed and "message.date is not an integer" in listed
    # retried as it is, it fails the same way and comes back: nothing loops, nothing is lost
    status, _ = await sotong(capsys, "deadletters", "retry", "--all", "--config", str(config_for(tmp_path, bot.db_url)))
    assert status == 0
    await eventually(lambda: _back_again(bot.db_url, 4242))


async def test_dead_letters_expire(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(deadletters={"keep_days": 2 / 86_400}, **SWEEP_EVERY_SECOND).start()  # two seconds
    await control.raw_update({"message": "poison"})
    await eventually(lambda: _count(runtime.settings.storage.url, 1))
    await eventually(lambda: _count(runtime.settings.storage.url, 0), timeout=15)  # purged by the sweep


def test_the_command_line_wants_ids_or_all(tmp_path: Path, capsys) -> None:
    config = str(config_for(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"))
    for argv in (["deadletters", "retry", "--config", config], ["deadletters", "drop", "1", "--all", "--config", config]):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
    assert "name dead letters by id, or --all" in capsys.readouterr().err


async def _count(db_url: str, expected: int) -> bool:
    return len(await dead_letters(db_url)) == expected


async def _inbox_empty(db_url: str) -> bool:
    return await inbox(db_url) == []


async def _back_again(db_url: str, update_id: int) -> bool:
    letters = await dead_letters(db_url)
    return [letter.update_id for letter in letters] == [update_id] and await inbox(db_url) == []
