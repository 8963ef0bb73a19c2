"""Moderators' commands: each acts on the message replied to; others get a polite refusal and nothing changes."""

from __future__ import annotations

import pytest

from bot.sandbox.client import ControlAPIError, SandboxControl
from storage import moderation_log, rooms
from tests.conftest import Room, bot_messages, eventually

REFUSAL = "관리자만 사용할 수 있습니다"


async def _bot_says(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


async def _private_notes(control: SandboxControl, user_id: int, fragment: str) -> list[str]:
    return [m["text"] for m in await control.messages(user_id) if (m.get("from") or {}).get("is_bot") and fragment in m["text"]]


async def _log(sotong, chat_id: int) -> list:  # type: ignore[no-untyped-def]
    async with sotong.db.session() as session:
        room = await rooms.by_chat(session, chat_id)
        return [] if room is None else await moderation_log.recent(session, room.id, 50)


async def _permission_calls(control: SandboxControl, chat_id: int, at_least: int) -> list[dict]:
    """The bot's accepted setChatPermissions calls on a chat, once there are `at_least` of them."""
    accepted = (await control.calls(method="setChatPermissions", status=200))["calls"]
    calls = [c for c in accepted if str(c["params"].get("chat_id")) == str(chat_id)]
    return calls if len(calls) >= at_least else []


async def _answer_to(control: SandboxControl, chat_id: int, message_id: int) -> dict | None:
    return next((m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id), None)


async def test_warn_replies_to_the_message_and_is_logged(sotong, control: SandboxControl, room: Room) -> None:
    said = await control.post(room.chat_id, room.resident, "그 담당자는 일을 안 해요")
    await control.post(room.chat_id, room.moderator, "/warn", reply_to_message_id=said["message_id"])
    warning = await eventually(lambda: _answer_to(control, room.chat_id, said["message_id"]))
    assert "관리자 안내" in warning["text"]
    [entry] = await _log(sotong, room.chat_id)
    assert (entry.action, entry.excerpt) == ("warn", "그 담당자는 일을 안 해요")
    assert entry.actor.startswith("mod:") and str(room.moderator) not in entry.actor


async def test_mute_for_minutes_and_unmute(sotong, control: SandboxControl, room: Room) -> None:
    said = await control.post(room.chat_id, room.resident, "계속 같은 말 반복")
    command = await control.post(room.chat_id, room.moderator, "/mute 30", reply_to_message_id=said["message_id"])
    done = await eventually(lambda: _answer_to(control, room.chat_id, command["message_id"]))
    assert "30분" in done["text"]
    member = await control.member(room.chat_id, room.resident)
    assert member["status"] == "restricted" and member["until_date"] > said["date"] + 29 * 60
    with pytest.raises(ControlAPIError, match="restricted"):
        await control.post(room.chat_id, room.resident, "왜 막혔죠")
    command = await control.post(room.chat_id, room.moderator, "/unmute", reply_to_message_id=said["message_id"])
    await eventually(lambda: _answer_to(control, room.chat_id, command["message_id"]))
    assert (await control.member(room.chat_id, room.resident))["status"] == "member"
    await control.post(room.chat_id, room.resident, "풀렸네요")
    assert [e.action for e in await _log(sotong, room.chat_id)] == ["unmute", "mute"]


async def test_strikes_and_modlog_answer_the_moderator_privately(sotong, control: SandboxControl, room: Room) -> None:
    await control.private(room.moderator, "/start")
    ad = await control.post(room.chat_id, room.resident, "재택 부업 고수익 보장! 문의 주세요 010-9876-5432")
    kept = await control.post(room.chat_id, room.resident, "감사합니다")
    await eventually(lambda: _bot_says(control, room.chat_id, "삭제했습니다"))
    await control.post(room.chat_id, room.moderator, "/strikes", reply_to_message_id=kept["message_id"])
    [count] = await eventually(lambda: _private_notes(control, room.moderator, "유효한 경고"))
    assert "1회" in count and "주민-" in count
    await control.post(room.chat_id, room.moderator, "/modlog")
    [log] = await eventually(lambda: _private_notes(control, room.moderator, "최근 조치"))
    assert "상업적 게시물" in log and "strike" in log and "[전화번호]" in log and "9876" not in log
    assert await _bot_says(control, room.chat_id, "1:1 대화로 보냈습니다")
    assert ad["message_id"] not in {m["message_id"] for m in await control.messages(room.chat_id)}


async def test_modlog_pages_back(sotong, control: SandboxControl, room: Room) -> None:
    await control.private(room.moderator, "/start")
    said = await control.post(room.chat_id, room.resident, "첫 글")
    for _ in range(11):
        await control.post(room.chat_id, room.moderator, "/warn", reply_to_message_id=said["message_id"])
    await eventually(lambda: _count_log(sotong, room.chat_id, 11))
    await control.post(room.chat_id, room.moderator, "/modlog 2")
    [page] = await eventually(lambda: _private_notes(control, room.moderator, "2쪽"))
    assert page.count("warn") == 1


async def test_moderator_cooldown_and_lift(sotong, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.moderator, "/cooldown 10")
    [announcement] = await eventually(lambda: _bot_says(control, room.chat_id, "잠시 쉬어 갑니다"))
    assert "10분" in announcement["text"] and "관리자 요청" in announcement["text"]
    # The announcement may go out before the restriction: wait for the restriction itself.
    await eventually(lambda: _permission_calls(control, room.chat_id, 1))
    assert (await control.chat(room.chat_id))["permissions"]["can_send_messages"] is False
    again = await control.post(room.chat_id, room.moderator, "/cooldown")
    assert "이미" in (await eventually(lambda: _answer_to(control, room.chat_id, again["message_id"])))["text"]
    await control.post(room.chat_id, room.moderator, "/lift")
    await eventually(lambda: _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다"))
    await eventually(lambda: _permission_calls(control, room.chat_id, 2))
    assert (await control.chat(room.chat_id))["permissions"]["can_send_messages"] is True
    nothing = await control.post(room.chat_id, room.moderator, "/lift")
    assert "없습니다" in (await eventually(lambda: _answer_to(control, room.chat_id, nothing["message_id"])))["text"]
    assert [e.action for e in await _log(sotong, room.chat_id)] == ["lift", "cooldown"]


@pytest.mark.parametrize("command", ["/cooldown", "/lift", "/warn", "/mute 5", "/unmute", "/strikes", "/modlog"])
async def test_residents_are_refused_politely_and_nothing_changes(sotong, control: SandboxControl, room: Room, command: str) -> None:
    said = await control.post(room.chat_id, room.moderator, "공지: 내일 도로 공사가 있습니다")
    asked = await control.post(room.chat_id, room.resident, command, reply_to_message_id=said["message_id"])
    answer = await eventually(lambda: _answer_to(control, room.chat_id, asked["message_id"]))
    assert REFUSAL in answer["text"]
    assert await _log(sotong, room.chat_id) == []
    state = await control.chat(room.chat_id)
    assert state["permissions"]["can_send_messages"] is True
    assert all(m["status"] != "restricted" for m in state["members"])


@pytest.mark.parametrize(
    ("command", "usage", "reply"),
    [
        ("/mute", "/mute 분", True),
        ("/mute soon", "/mute 분", True),
        ("/mute 0.1", "/mute 분", True),
        ("/mute 5", "/mute 분", False),
        ("/warn", "/warn", False),
        ("/unmute", "/unmute", False),
        ("/strikes", "/strikes", False),
        ("/cooldown -3", "/cooldown [분]", False),
        ("/cooldown lots", "/cooldown [분]", False),
        ("/modlog zero", "/modlog [쪽]", False),
    ],
)
async def test_usage_errors_get_the_usage_line_and_change_nothing(
    sotong, control: SandboxControl, room: Room, command: str, usage: str, reply: bool
) -> None:
    said = await control.post(room.chat_id, room.resident, "주민 글")
    asked = await control.post(room.chat_id, room.moderator, command, reply_to_message_id=said["message_id"] if reply else None)
    answer = await eventually(lambda: _answer_to(control, room.chat_id, asked["message_id"]))
    assert answer["text"].startswith("사용법:") and usage in answer["text"]
    assert await _log(sotong, room.chat_id) == []
    assert (await control.chat(room.chat_id))["permissions"]["can_send_messages"] is True


async def test_moderators_cannot_be_muted_or_warned(sotong, control: SandboxControl, room: Room) -> None:
    other = await control.create_user(first_name="부관리자")
    await control.join(room.chat_id, other["id"], signals=())
    await control.add_admin(room.chat_id, other["id"])
    said = await control.post(room.chat_id, other["id"], "관리자 공지")
    asked = await control.post(room.chat_id, room.moderator, "/mute 5", reply_to_message_id=said["message_id"])
    answer = await eventually(lambda: _answer_to(control, room.chat_id, asked["message_id"]))
    assert "관리자에게는" in answer["text"]
    assert (await control.member(room.chat_id, other["id"]))["status"] == "administrator"


async def test_help_lists_the_moderation_commands_in_both_languages(sotong, control: SandboxControl, room: Room) -> None:
    asked = await control.post(room.chat_id, room.resident, "/help")
    answer = await eventually(lambda: _answer_to(control, room.chat_id, asked["message_id"]))
    for command in ("/cooldown", "/lift", "/warn", "/mute", "/unmute", "/strikes", "/modlog"):
        assert command in answer["text"]
    await control.post(room.chat_id, room.moderator, "/language en")
    await eventually(lambda: _bot_says(control, room.chat_id, "English"))
    asked = await control.post(room.chat_id, room.resident, "/help")
    answer = await eventually(lambda: _answer_to(control, room.chat_id, asked["message_id"]))
    assert "Moderators, replying to a message: /warn, /mute minutes" in answer["text"]


async def _count_log(sotong, chat_id: int, n: int) -> bool:  # type: ignore[no-untyped-def]
    return len(await _log(sotong, chat_id)) >= n


async def test_a_room_that_is_silent_already_is_not_cooled_and_its_permissions_are_kept(
    sotong, control: SandboxControl, room: Room, sandbox
) -> None:
    from telegram import Bot

    from tests.conftest import TOKEN

    silent = {**(await control.chat(room.chat_id))["permissions"], "can_send_messages": False}
    async with Bot(TOKEN, base_url=sandbox.api_url) as admin_bot:
        await admin_bot.do_api_request("setChatPermissions", api_kwargs={"chat_id": room.chat_id, "permissions": silent})
    asked = await control.post(room.chat_id, room.moderator, "/cooldown")
    answer = await eventually(lambda: _answer_to(control, room.chat_id, asked["message_id"]))
    assert "시작할 수 없습니다" in answer["text"]
    assert (await control.chat(room.chat_id))["permissions"] == silent
    assert await _log(sotong, room.chat_id) == []
