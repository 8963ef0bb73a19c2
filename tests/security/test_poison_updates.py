"""Finding 1: a poison update must never stop the bot, block start-up, sweeps or other updates.

An attacker who knows the webhook URL and its secret, a Bot API server that sends a shape
python-telegram-bot cannot read, or a row left in the inbox by an older version: each is
answered, set aside where an operator can see it, and the room keeps being served.
"""

from __future__ import annotations

import json
import socket
from datetime import timedelta

import pytest

from bot.sandbox.client import SandboxControl
from storage import updates
from storage.database import Database
from tests.conftest import SWEEP_EVERY_SECOND, Room, eventually, later
from tests.security.conftest import dead_letters, inbox, replies_to, room_message


def _without(message: dict, key: str) -> dict:
    return {k: v for k, v in message.items() if k != key}


def poison_bodies(room: Room) -> dict[str, object]:
    """Bodies that are not a Telegram update the bot can handle, each with the right secret."""
    good = room_message(room)
    return {
        "a JSON list": [{"update_id": 5, "message": good}],
        "a JSON string": "update",
        "null": None,
        "no update_id": {"message": good},
        "update_id true": {"update_id": True, "message": good},
        "update_id a float": {"update_id": 5.0, "message": good},
        "update_id a string": {"update_id": "5", "message": good},
        "update_id zero": {"update_id": 0, "message": good},
        "update_id negative": {"update_id": -7, "message": good},
        "update_id 2^70": {"update_id": 2**70, "message": good},
        "update_id 2^53": {"update_id": 2**53, "message": good},
        "message a string": {"update_id": 11, "message": "hello"},
        "message a list": {"update_id": 12, "message": [good]},
        "message without date": {"update_id": 13, "message": _without(good, "date")},
        "message without chat": {"update_id": 14, "message": _without(good, "chat")},
        "message without message_id": {"update_id": 15, "message": _without(good, "message_id")},
        "chat a string": {"update_id": 16, "message": {**good, "chat": "room"}},
        "date a string": {"update_id": 17, "message": {**good, "date": "today"}},
        "date past year 9999": {"update_id": 18, "message": {**good, "date": 2**70}},
        "text a number": {"update_id": 19, "message": {**good, "text": 12}},
        "entity without offset": {"update_id": 20, "message": {**good, "entities": [{"type": "bot_command", "length": 6}]}},
        "sender without first_name": {"update_id": 21, "message": {**good, "from": {"id": room.resident, "is_bot": False}}},
        "callback without chat_instance": {"update_id": 22, "callback_query": {"id": "1", "from": good["from"], "data": "x"}},
        "NUL in the text": {"update_id": 23, "message": {**good, "text": "/rules\x00"}},
        "a lone surrogate in the text": {"update_id": 24, "message": {**good, "text": "/rules \ud800"}},
        "two kinds at once": {"update_id": 25, "message": good, "edited_message": good},
    }


async def test_the_webhook_refuses_what_is_not_an_update_and_stores_nothing(webhook_bot, control: SandboxControl, room: Room) -> None:
    bot, webhook = webhook_bot
    statuses = {name: await webhook.post(body) for name, body in poison_bodies(room).items()}
    statuses["not UTF-8"] = await webhook.post(None, raw=b'{"update_id": 30, "message": "\xff\xfe"}')
    statuses["nested 100,000 deep"] = await webhook.post(None, raw=b"[" * 100_000 + b"]" * 100_000)
    nested = json.dumps({"update_id": 31, "message": "X"}).replace('"X"', '{"a": ' * 5000 + "1" + "}" * 5000)
    statuses["a message nested 5,000 deep"] = await webhook.post(None, raw=nested.encode())

    assert {name: status for name, status in statuses.items() if status != 400} == {}
    assert await inbox(bot.db_url) == []
    db = Database(bot.db_url)
    try:
        assert not [i for i in range(1, 40) if await updates.is_processed(db, i)]
    finally:
        await db.close()
    assert await dead_letters(bot.db_url) == []  # refused at the door: nothing to set aside

    # Telegram (the sandbox) still delivers, and the room is served.
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))


async def test_the_webhook_accepts_a_valid_update_at_the_edge_of_the_id_range(webhook_bot, control: SandboxControl, room: Room) -> None:
    bot, webhook = webhook_bot
    update_id = 2**53 - 1
    assert await webhook.post({"update_id": update_id, "message": room_message(room, message_id=424242)}) == 200
    await eventually(lambda: _processed(bot.db_url, update_id))
    assert await webhook.post({"update_id": update_id, "message": room_message(room, message_id=424242)}) == 200  # a redelivery


async def test_polling_sets_an_unparseable_update_aside_and_serves_the_next(sotong, control: SandboxControl, room: Room) -> None:
    poison = await control.raw_update({"message": _without(room_message(room), "date")})
    junk = await control.raw_update({"message": "hello"})
    asked = await control.post(room.chat_id, room.resident, "/rules")

    await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))
    letters = await eventually(lambda: dead_letters(sotong.settings.storage.url))
    assert {letter.update_id for letter in letters} == {poison, junk}
    assert await inbox(sotong.settings.storage.url) == []
    assert sotong.receiver.dead_lettered == 2  # counted
    await eventually(lambda: _confirmed_beyond(control, junk))  # Telegram will not send them again


async def _confirmed_beyond(control: SandboxControl, update_id: int) -> bool:
    calls = (await control.calls(method="getUpdates"))["calls"]
    return any(int((c.get("params") or {}).get("offset") or 0) > update_id for c in calls)


async def test_polling_survives_items_without_a_usable_update_id(sotong, control: SandboxControl, room: Room) -> None:
    await control.raw_update({"update_id": "seven", "message": room_message(room)})
    await control.raw_update(["not", "an", "object"])
    await control.raw_update({"message": room_message(room)}, add_update_id=False)
    asked = await control.post(room.chat_id, room.resident, "/rules")

    await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))
    letters = await eventually(lambda: _at_least(sotong.settings.storage.url, 3))
    assert [letter.update_id for letter in letters] == [None, None, None]  # no id to record: set aside anyway
    assert sotong.application.running


async def test_a_poison_row_in_the_inbox_does_not_stop_start_up(bot_factory, control: SandboxControl, room: Room) -> None:
    bot = bot_factory()
    db = Database(bot.db_url)
    await db.migrate()
    # stored by this host's previous run, an older version which validated nothing
    poison = {"update_id": 77, "message": _without(room_message(room, message_id=9001), "date")}
    await updates.receive(db, [(77, json.dumps(poison))], worker=socket.gethostname())
    await db.close()

    await bot.start()  # used to end with "start-up failed: 'date'"
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))
    [letter] = await dead_letters(bot.db_url)
    assert letter.update_id == 77 and letter.error == "not an update: message.date is missing"
    assert await inbox(bot.db_url) == []


async def test_a_poison_row_never_fails_the_sweep_nor_holds_up_a_good_one(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    sotong = await bot_factory(**SWEEP_EVERY_SECOND).start()
    db = Database(sotong.settings.storage.url)
    # A crashed worker left two updates behind, claims run out: the sweep takes them over.
    poison = {"update_id": 901, "message": {**room_message(room, message_id=9002), "chat": "room"}}
    good = {"update_id": 902, "message": room_message(room, "/rules", message_id=9003)}
    await updates.receive(db, [(901, json.dumps(poison)), (902, json.dumps(good))], lease=timedelta(seconds=-1), worker="crashed")
    await db.close()

    await eventually(lambda: _processed(sotong.settings.storage.url, 902))
    [letter] = await eventually(lambda: dead_letters(sotong.settings.storage.url))
    assert letter.update_id == 901
    assert await inbox(sotong.settings.storage.url) == []
    for _ in range(2):  # more sweeps run: the row does not come back, nothing fails
        await later(sotong, sandbox, 1)
    assert len(await dead_letters(sotong.settings.storage.url)) == 1


async def _processed(db_url: str, update_id: int) -> bool:
    db = Database(db_url)
    try:
        return await updates.is_processed(db, update_id)
    finally:
        await db.close()


async def _at_least(db_url: str, count: int) -> list:  # type: ignore[type-arg]
    letters = await dead_letters(db_url)
    return letters if len(letters) >= count else []


@pytest.mark.parametrize("secret", [None, "wrong-secret"])
async def test_a_wrong_secret_is_refused_before_the_body_is_read(webhook_bot, room: Room, secret: str | None) -> None:
    bot, webhook = webhook_bot
    assert await webhook.post({"update_id": 5, "message": "poison"}, secret=secret) == 403
    assert await inbox(bot.db_url) == []
