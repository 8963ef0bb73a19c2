"""Newcomers are greeted with the rules and buttons, once per person and once per burst."""

from __future__ import annotations

from bot.config import GreetingSettings
from bot.sandbox.client import SandboxControl
from tests.conftest import Room, bot_messages, eventually, later, settled

# The shipped defaults (the test settings elsewhere shorten the greeting's timers).
DEFAULT_TIMING = {
    name: getattr(GreetingSettings(), name) for name in ("first_delay_seconds", "quiet_seconds", "max_wait_seconds")
}


def greetings(messages: list[dict]) -> list[dict]:
    return [m for m in messages if "환영합니다" in (m.get("text") or "") or "Welcome" in (m.get("text") or "")]


async def test_a_join_seen_as_chat_member_update_is_greeted(sotong, control: SandboxControl, room: Room) -> None:
    newcomer = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, newcomer["id"], signals=["chat_member"])
    [greeting] = await eventually(lambda: _greetings_in(control, room))
    assert "새로 오신 분" in greeting["text"]
    assert "소통방 규칙" in greeting["text"]  # the rules come with the greeting
    buttons = [b for row in greeting["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in buttons] == ["📜 규칙", "📝 민원 올리는 법", "🕶 익명으로 제보"]
    assert all(b["url"].startswith("https://t.me/sotong_bot?start=") for b in buttons)


async def test_a_join_seen_as_service_message_is_greeted(sotong, control: SandboxControl, room: Room) -> None:
    newcomer = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, newcomer["id"], signals=["message"])
    assert len(await eventually(lambda: _greetings_in(control, room))) == 1


async def test_one_join_seen_both_ways_is_greeted_once(sotong, sandbox, control: SandboxControl, room: Room) -> None:
    newcomer = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, newcomer["id"], signals=["chat_member", "message"])
    [greeting] = await eventually(lambda: _greetings_in(control, room))
    assert "새로 오신 분" in greeting["text"]
    await later(sotong, sandbox, 5)  # past the greeting's longest wait: a second greeting would be out
    assert len(await _greetings_in(control, room)) == 1


async def test_the_first_newcomer_in_a_quiet_room_is_welcomed_within_two_seconds(bot_factory, control: SandboxControl, room: Room) -> None:
    await bot_factory(greeting=DEFAULT_TIMING).start()
    newcomer = await control.create_user(first_name="새주민")
    joined = await control.join(room.chat_id, newcomer["id"])
    [greeting] = await eventually(lambda: _greetings_in(control, room), timeout=2.0)  # a bounded wait, not a sleep
    assert greeting["date"] - joined["message"]["date"] <= 2  # the sandbox's own clock agrees
    assert "새로 오신 분" in greeting["text"]


async def test_a_burst_of_thirty_joins_gets_one_greeting_edited_to_count_them_all(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    runtime = await bot_factory(greeting=DEFAULT_TIMING).start()
    for i in range(30):
        person = await control.create_user(first_name=f"주민{i}")
        await control.join(room.chat_id, person["id"])
    await settled(runtime, sandbox)  # every join counted
    await later(runtime, sandbox, DEFAULT_TIMING["quiet_seconds"])  # the room stays quiet that long
    counted = await eventually(lambda: _greetings_saying(control, room, "새로 오신 30분"))
    [greeting] = await _greetings_in(control, room)  # one message in the room ...
    assert counted[0]["message_id"] == greeting["message_id"]
    sent = [c for c in (await control.calls("sendMessage"))["calls"] if "환영합니다" in str(c["params"].get("text"))]
    assert len(sent) == 1  # ... because it was posted once and then edited
    buttons = [b["text"] for row in greeting["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["📜 규칙", "📝 민원 올리는 법", "🕶 익명으로 제보"]  # the edit keeps the buttons


async def test_the_previous_greeting_is_deleted_when_the_next_one_comes(bot_factory, control: SandboxControl, room: Room) -> None:
    # A short window, so the second newcomer comes after it and gets a greeting of their own.
    await bot_factory(greeting={"first_delay_seconds": 0.3, "quiet_seconds": 0.3, "max_wait_seconds": 0.3}).start()
    first = await control.create_user(first_name="첫째")
    await control.join(room.chat_id, first["id"])
    [old] = await eventually(lambda: _greetings_in(control, room))
    second = await control.create_user(first_name="둘째")
    await control.join(room.chat_id, second["id"])
    await eventually(lambda: _only_new_greeting(control, room, old["message_id"]))


async def test_greeting_speaks_english_in_an_english_room(sotong, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.moderator, "/language en")
    await eventually(lambda: _bot_said(control, room, "English"))
    newcomer = await control.create_user(first_name="Newcomer")
    await control.join(room.chat_id, newcomer["id"])
    [greeting] = await eventually(lambda: _greetings_in(control, room))
    assert greeting["text"].startswith("👋 Welcome to 과천시 소통방!")
    assert "Room rules" in greeting["text"]


async def _greetings_in(control: SandboxControl, room: Room) -> list[dict]:
    return greetings(await bot_messages(control, room.chat_id))


async def _greetings_saying(control: SandboxControl, room: Room, fragment: str) -> list[dict]:
    return [m for m in await _greetings_in(control, room) if fragment in m["text"]]


async def _only_new_greeting(control: SandboxControl, room: Room, old_id: int) -> bool:
    current = await _greetings_in(control, room)
    return len(current) == 1 and current[0]["message_id"] != old_id


async def _bot_said(control: SandboxControl, room: Room, fragment: str) -> bool:
    return any(fragment in (m.get("text") or "") for m in await bot_messages(control, room.chat_id))
