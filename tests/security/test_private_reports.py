"""Anonymity must not launder abuse (issue 11, finding 4).

A private /report is judged like a room message: the room's house rules, then the same intake
judgment; what breaks a rule or is not a complaint or proposal is not posted, and the resident is
told why in one line. Private reports are rate-limited per resident, durably.
"""

from __future__ import annotations

import pytest

import bot.features.private_report as private_report
from bot.sandbox.client import SandboxControl
from tests.conftest import Room, eventually
from tests.security.two_rooms import BENCH, POTHOLE, STREETLIGHT, said
from tests.test_intake_flow import _unsure, stored

ABUSE = {
    "an ad with a short link": ("부업 하실 분! 하루 30분 투자로 월 300 보장 bit.ly/3xYz9", "상업적 게시물"),
    "an insult naming a person": ("김철수 주무관 이 멍청한 놈아 일 좀 똑바로 해라", None),
    "campaigning for a candidate": ("기호 2번 김영희 후보를 찍어 주세요! 과천을 바꿉니다", "정치 홍보"),
    "thanks": ("감사합니다", "민원이나 제안으로 보이지 않습니다"),
    "a bare number": ("12", "민원이나 제안으로 보이지 않습니다"),
}
REPORTS = (
    STREETLIGHT,
    BENCH,
    POTHOLE,
    "원문동 주민센터 앞 불법주차 차량 때문에 통행이 어려워요",
    "별양동 놀이터 그네 줄이 끊어져 있어요 아이들 위험해요",
    "중앙동 하수구에서 악취가 너무 심하게 나요",
)


async def _known_room(runtime, control: SandboxControl, room: Room) -> int:  # type: ignore[no-untyped-def]
    await control.post(room.chat_id, room.moderator, "/rules")
    await eventually(lambda: said(control, room.chat_id, "규칙"))
    async with runtime.db.session() as session:
        from storage import rooms

        return (await rooms.by_chat(session, room.chat_id)).id  # type: ignore[union-attr]


async def _report(control: SandboxControl, user: int, room_id: int, body: str) -> str:
    """Open the room's report link, write `body`, and return the bot's answer to it."""
    await control.deeplink(user, f"https://t.me/sotong_bot?start=report_{room_id}")
    sent = await control.private(user, body)

    async def reply() -> list[dict]:
        return [m for m in await control.messages(user) if m["from"]["is_bot"] and m.get("reply_to_message_id") == sent["message_id"]]

    [answer] = await eventually(reply)
    return answer["text"]


@pytest.mark.parametrize("case", list(ABUSE))
async def test_abuse_and_chatter_sent_privately_are_refused_with_the_reason(
    bot_factory, control: SandboxControl, room: Room, case: str
) -> None:
    runtime = await bot_factory(private_report={"per_hour": 20}).start()
    room_id = await _known_room(runtime, control, room)
    body, reason = ABUSE[case]
    answer = await _report(control, room.resident, room_id, body)
    assert answer.startswith("🚫") and "\n" not in answer.strip(), answer  # one short line
    if reason is not None:
        assert reason in answer, answer
    await runtime.courier.wait_idle(5)
    assert await said(control, room.chat_id, "익명 제보") == []
    assert await stored(runtime) == []


async def test_a_refused_report_leaves_the_room_chosen_so_a_rewrite_goes_through(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory().start()
    room_id = await _known_room(runtime, control, room)
    assert "민원이나 제안으로 보이지 않습니다" in await _report(control, room.resident, room_id, "네 알겠습니다")
    sent = await control.private(room.resident, STREETLIGHT)
    await eventually(lambda: said(control, room.chat_id, "익명 제보"))
    assert sent and len(await stored(runtime)) == 1


async def test_six_reports_in_a_row_hit_the_limit_and_it_holds_across_a_restart(bot_factory, control: SandboxControl, room: Room) -> None:
    bot = bot_factory()  # the default limit
    runtime = await bot.start()
    room_id = await _known_room(runtime, control, room)
    answers = [await _report(control, room.resident, room_id, body) for body in REPORTS]
    filed = [a for a in answers if "접수했습니다" in a]
    limited = [a for a in answers if a.startswith("⏳")]
    assert 1 <= len(filed) < len(REPORTS) and len(filed) + len(limited) == len(REPORTS), answers
    assert answers[: len(filed)] == filed  # the first ones went through, then the limit
    assert "다시 제보" in limited[0] and ":" in limited[0]  # when they can report again
    assert len(await said(control, room.chat_id, "익명 제보")) == len(filed)

    runtime = await bot.restart()
    again = await _report(control, room.resident, room_id, "과천동 버스정류장 의자가 부서졌어요")
    assert again.startswith("⏳"), again
    # the limit is per resident: a neighbour reports as usual
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    assert "접수했습니다" in await _report(control, neighbour["id"], room_id, "과천동 버스정류장 의자가 부서졌어요")


async def test_an_unsure_report_is_filed_as_a_yes_to_the_rooms_question_would(
    bot_factory, control: SandboxControl, room: Room, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """In the room an unsure detection asks its author; privately the author has already said "file it"."""
    monkeypatch.setattr(private_report, "classify", _unsure)
    runtime = await bot_factory().start()
    room_id = await _known_room(runtime, control, room)
    assert "접수했습니다" in await _report(control, room.resident, room_id, "별양동 길이 좀 애매하게 울퉁불퉁해요")
    [complaint] = await stored(runtime)
    assert (complaint.source, complaint.category) == ("private", "road")
