"""The room guide: /rules, moderators setting texts, and the private deep links."""

from __future__ import annotations

from bot.sandbox.client import SandboxControl
from tests.conftest import Room, bot_messages, eventually


async def said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


async def test_rules_command_replies_with_the_rules_under_the_question(sotong, control: SandboxControl, room: Room) -> None:
    asked = await control.post(room.chat_id, room.resident, "/rules")
    [answer] = await eventually(lambda: said(control, room.chat_id, "소통방 규칙"))
    assert answer["reply_to_message_id"] == asked["message_id"]


async def test_a_moderator_sets_the_rules_and_residents_cannot(sotong, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.resident, "/setrules 아무 말이나 해도 됩니다")
    await eventually(lambda: said(control, room.chat_id, "관리자만 사용할 수 있습니다"))
    await control.post(room.chat_id, room.moderator, "/setrules 1. 서로 존중해 주세요.\n2. 광고 금지.")
    await eventually(lambda: said(control, room.chat_id, "규칙을 저장했습니다"))
    await control.post(room.chat_id, room.resident, "/rules")
    [rules] = await eventually(lambda: said(control, room.chat_id, "서로 존중해 주세요"))
    assert "광고 금지" in rules["text"]
    assert not await said(control, room.chat_id, "아무 말이나")


async def test_setrules_without_text_gets_the_usage_line(sotong, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.moderator, "/setrules")
    await eventually(lambda: said(control, room.chat_id, "사용법: /setrules"))


async def test_a_custom_greeting_text_is_used_for_newcomers(sotong, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.moderator, "/setgreeting 과천 주민 여러분 반갑습니다!")
    await eventually(lambda: said(control, room.chat_id, "환영 문구를 저장했습니다"))
    person = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, person["id"])
    await eventually(lambda: said(control, room.chat_id, "과천 주민 여러분 반갑습니다!"))


async def test_greeting_buttons_open_the_rules_and_guide_in_private(sotong, control: SandboxControl, room: Room) -> None:
    person = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, person["id"])
    [greeting] = await eventually(lambda: said(control, room.chat_id, "환영합니다"))
    rules_url, howto_url, report_url = [row[0]["url"] for row in greeting["reply_markup"]["inline_keyboard"]]

    await control.deeplink(person["id"], rules_url)
    await eventually(lambda: said(control, person["id"], "소통방 규칙"))
    await control.deeplink(person["id"], howto_url)
    await eventually(lambda: said(control, person["id"], "민원·제안 올리는 법"))
    await control.deeplink(person["id"], report_url)
    await eventually(lambda: said(control, person["id"], "익명"))


async def test_start_and_help_in_private(sotong, control: SandboxControl, room: Room) -> None:
    await control.private(room.resident, "/start")
    await eventually(lambda: said(control, room.resident, "소통봇입니다"))
    await control.private(room.resident, "/help")
    await eventually(lambda: said(control, room.resident, "/rules"))


async def test_a_newly_promoted_moderator_counts_at_once(sotong, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.resident, "/setrules 첫 시도")
    await eventually(lambda: said(control, room.chat_id, "관리자만 사용할 수 있습니다"))  # admins now cached
    await control.add_admin(room.chat_id, room.resident)
    await control.post(room.chat_id, room.resident, "/setrules 새 관리자가 정한 규칙")
    await eventually(lambda: said(control, room.chat_id, "규칙을 저장했습니다"))
