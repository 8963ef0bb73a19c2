"""Live progress end to end: moderators move a complaint along by commands, the room sees each step
under the original message, the pinned board follows, and followers hear privately."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from bot.sandbox.client import ControlAPIError, SandboxControl
from moderation.pseudonym import pseudonym
from storage import complaints, rooms
from storage.models import Complaint, ComplaintEvent, Room as RoomRow
from tests.conftest import SWEEP_EVERY_SECOND, Room, bot_messages, eventually, settled

STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요"
BENCH = "중앙공원 벤치가 부서졌어요 앉으면 위험해요"
POTHOLE = "별양동 사거리 도로에 포트홀이 생겼어요 위험해요"


async def replies_to(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


def buttons_of(message: dict) -> list[dict]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def file(control: SandboxControl, room: Room, body: str = STREETLIGHT, user: int | None = None) -> tuple[dict, dict]:
    """A resident's complaint and the bot's acknowledgement."""
    posted = await control.post(room.chat_id, user or room.resident, body)
    [ack] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    assert "접수했습니다" in ack["text"]
    return posted, ack


async def command(control: SandboxControl, room: Room, user: int, body: str) -> str:
    """Post a command in the room and return the bot's reply to it."""
    asked = await control.post(room.chat_id, user, body)
    [answer] = await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))
    return answer["text"]


async def announced(control: SandboxControl, room: Room, posted: dict, fragment: str) -> dict:
    """The announcement containing `fragment` under the original complaint message."""
    async def probe() -> list[dict]:
        return [m for m in await replies_to(control, room.chat_id, posted["message_id"]) if fragment in (m.get("text") or "")]

    [message] = await eventually(probe)
    return message


async def stored(runtime) -> list[Complaint]:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        return list((await session.exec(select(Complaint).order_by(Complaint.id))).scalars())


async def events_of(runtime, number: int = 1) -> list[ComplaintEvent]:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        complaint = (await session.exec(select(Complaint).where(Complaint.number == number))).scalars().one()
        query = select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id).order_by(ComplaintEvent.id)
        return list((await session.exec(query)).scalars())


async def board(control: SandboxControl, room: Room, fragment: str) -> dict | None:
    """The pinned board message, once it contains `fragment`."""
    pinned = (await control.chat(room.chat_id))["pinned_message_id"]
    for message in await bot_messages(control, room.chat_id):
        if message["message_id"] == pinned and fragment in (message.get("text") or ""):
            return message
    return None


async def room_id_of(runtime, room: Room) -> int:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        return (await rooms.by_chat(session, room.chat_id)).id  # type: ignore[union-attr]


async def test_a_complaint_goes_from_received_to_resolved_in_front_of_the_room(sotong, control: SandboxControl, room: Room) -> None:
    await control.private(room.resident, "/start")  # the resident can get private messages
    posted, ack = await file(control, room)
    follow = buttons_of(ack)[0]["callback_data"]
    pressed = await control.press(room.chat_id, ack["message_id"], room.resident, follow)
    await eventually(lambda: control.answer_of(pressed))
    first_board = await eventually(lambda: board(control, room, "[접수] 1"))
    assert "#1 가로등 · 과천역 3번 출구 앞" in first_board["text"]

    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    assigned = await announced(control, room, posted, "배정")
    assert assigned["text"] == "📣 민원 #1 — 배정\n담당: 도로과"
    await eventually(lambda: said(control, room.resident, "민원 #1 — 배정"))
    edited = await eventually(lambda: board(control, room, "[배정] 1"))
    assert edited["message_id"] == first_board["message_id"]  # edited in place
    assert "#1 가로등 · 과천역 3번 출구 앞 · 도로과" in edited["text"] and "[접수]" not in edited["text"]

    await control.post(room.chat_id, room.moderator, "/progress 1 내일 오전 교체 예정입니다")
    progressed = await announced(control, room, posted, "처리 중")
    assert progressed["text"] == "📣 민원 #1 — 처리 중\n내일 오전 교체 예정입니다\n담당: 도로과"
    await eventually(lambda: said(control, room.resident, "내일 오전 교체 예정입니다"))
    await eventually(lambda: board(control, room, "[처리 중] 1"))

    await control.post(room.chat_id, room.moderator, "/resolve 1 가로등을 교체했습니다")
    resolved = await announced(control, room, posted, "완료")
    assert resolved["text"] == "📣 민원 #1 — 완료\n가로등을 교체했습니다\n담당: 도로과"
    await eventually(lambda: said(control, room.resident, "민원 #1 — 완료"))
    cleared = await eventually(lambda: board(control, room, "지금 열려 있는 민원이 없습니다"))
    assert cleared["message_id"] == first_board["message_id"]  # the note came off the same board

    # nobody's account is shown: not the moderator's name, not a pseudonym
    for message in await replies_to(control, room.chat_id, posted["message_id"]):
        assert "시청 소통담당" not in message["text"] and "@staff" not in message["text"] and "주민-" not in message["text"]
    [complaint] = await stored(sotong)
    assert (complaint.status, complaint.department) == ("resolved", "도로과")
    async with sotong.db.session() as session:  # told the last change, the raw id is dropped
        assert await complaints.followers(session, complaint.id) == []
    moderator = pseudonym("test-secret", room.chat_id, room.moderator)
    assert [(e.from_status, e.status, e.note, e.source) for e in await events_of(sotong)] == [
        (None, "received", "room", "room"),
        ("received", "assigned", "도로과", "room"),
        ("assigned", "in_progress", "내일 오전 교체 예정입니다", "room"),
        ("in_progress", "resolved", "가로등을 교체했습니다", "room"),
    ]
    assert all(e.actor == moderator for e in (await events_of(sotong))[1:])

    # anyone may read the timeline
    timeline = await command(control, room, room.resident, "/status 1")
    assert timeline.startswith("📋 민원 #1 — 완료")
    assert "담당: 도로과" in timeline
    for step in ("접수", "배정 — 도로과", "처리 중 — 내일 오전 교체 예정입니다", "완료 — 가로등을 교체했습니다"):
        assert step in timeline


async def test_non_moderators_are_refused_and_nothing_changes(bot_factory, control: SandboxControl, room: Room) -> None:
    # One resident fires six commands: a flood by the house rules, which are not what this tests.
    sotong = await bot_factory(rules={"flood": {"enabled": False}}).start()
    posted, _ = await file(control, room)
    for body in ("/assign 1 도로과", "/progress 1 곧 합니다", "/resolve 1", "/reject 1 중복", "/reopen 1", "/merge 1 2"):
        assert "관리자만" in await command(control, room, room.resident, body)
    assert [c.status for c in await stored(sotong)] == ["received"]
    assert len(await events_of(sotong)) == 1
    assert len(await replies_to(control, room.chat_id, posted["message_id"])) == 1  # only the acknowledgement


async def test_usage_errors_and_unknown_numbers_change_nothing(sotong, control: SandboxControl, room: Room) -> None:
    posted, _ = await file(control, room)
    usage = {
        "/assign": "사용법: /assign",
        "/assign 1": "사용법: /assign",
        "/assign x 도로과": "사용법: /assign",
        "/assign -1 도로과": "사용법: /assign",
        "/assign 1 " + "가" * 65: "사용법: /assign",
        "/assign 1 @kim_juminn": "사용법: /assign",  # a person's account is not a department
        "/progress 1": "사용법: /progress",
        "/progress": "사용법: /progress",
        "/reject 1": "사용법: /reject",
        "/resolve": "사용법: /resolve",
        "/reopen abc": "사용법: /reopen",
        "/status": "사용법: /status",
    }
    for body, expected in usage.items():
        assert (await command(control, room, room.moderator, body)).startswith(expected), body
    assert await command(control, room, room.moderator, "/assign 9 도로과") == "없는 번호입니다: #9"
    assert await command(control, room, room.resident, "/status 9") == "없는 번호입니다: #9"
    assert [c.status for c in await stored(sotong)] == ["received"]
    assert len(await events_of(sotong)) == 1
    assert len(await replies_to(control, room.chat_id, posted["message_id"])) == 1


async def test_invalid_transitions_are_refused_with_the_reason(sotong, control: SandboxControl, room: Room) -> None:
    posted, _ = await file(control, room)
    assert await command(control, room, room.moderator, "/reopen 1") == "#1은 아직 열려 있는 민원입니다 (접수)."
    await control.post(room.chat_id, room.moderator, "/reject 1 시 소관이 아닙니다")
    rejected = await announced(control, room, posted, "반려")
    assert rejected["text"] == "📣 민원 #1 — 반려\n시 소관이 아닙니다\n담당: 담당자"  # no department: "staff", never a name
    refusal = await command(control, room, room.moderator, "/resolve 1")
    assert "이미 '반려' 상태라" in refusal and "/reopen 1" in refusal
    assert "이미 '반려'" in await command(control, room, room.moderator, "/assign 1 도로과")
    assert [c.status for c in await stored(sotong)] == ["rejected"]

    await control.post(room.chat_id, room.moderator, "/reopen 1")
    await announced(control, room, posted, "접수 (다시 열림)")
    await eventually(lambda: board(control, room, "[접수] 1"))
    [complaint] = await stored(sotong)
    assert (complaint.status, complaint.department) == ("received", None)
    assert [(e.from_status, e.status) for e in await events_of(sotong)] == [
        (None, "received"),
        ("received", "rejected"),
        ("rejected", "received"),
    ]


async def test_a_progress_note_on_a_received_complaint_with_no_department_puts_it_in_progress(
    sotong, control: SandboxControl, room: Room
) -> None:
    posted, _ = await file(control, room)
    await control.post(room.chat_id, room.moderator, "/progress 1 오늘 오후 현장 확인합니다")
    progressed = await announced(control, room, posted, "처리 중")
    assert progressed["text"] == "📣 민원 #1 — 처리 중\n오늘 오후 현장 확인합니다\n담당: 담당자"  # no department to accept it for
    await eventually(lambda: board(control, room, "[처리 중] 1"))
    [complaint] = await stored(sotong)
    assert (complaint.status, complaint.department) == ("in_progress", None)
    assert [(e.from_status, e.status, e.note) for e in await events_of(sotong)] == [
        (None, "received", "room"), ("received", "in_progress", "오늘 오후 현장 확인합니다"),
    ]
    assert len(await said(control, room.chat_id, "담당 부서가 없습니다")) == 0


async def test_staff_use_the_commands_in_a_private_chat_naming_the_room(bot_factory, control: SandboxControl, room: Room) -> None:
    staff = await control.create_user(first_name="김주무관")
    runtime = await bot_factory(staff={"user_ids": [staff["id"]]}).start()
    await control.private(staff["id"], "/start")
    posted, _ = await file(control, room)
    room_id = await room_id_of(runtime, room)

    # one room known: no need to name it
    await control.private(staff["id"], "/assign 1 도로과")
    await announced(control, room, posted, "배정")
    await eventually(lambda: said(control, staff["id"], "과천시 소통방 #1: 배정"))

    other = await control.create_chat(title="안양시 소통방", type="supergroup", creator_user_id=room.moderator)
    await control.post(other["id"], room.moderator, "/rules")  # the bot now knows a second room
    await eventually(lambda: said(control, other["id"], "규칙"))
    await control.private(staff["id"], "/progress 1 현장 확인 중")
    [ask] = await eventually(lambda: said(control, staff["id"], "@방번호"))
    assert f"@{room_id} 과천시 소통방" in ask["text"]
    await control.private(staff["id"], f"/progress @{room_id} 1 현장 확인 중")
    await announced(control, room, posted, "현장 확인 중")
    await control.private(staff["id"], "/resolve @4242 1")
    await eventually(lambda: said(control, staff["id"], "그런 방이 없습니다: @4242"))
    await control.private(staff["id"], f"/resolve @{room_id}")
    await eventually(lambda: said(control, staff["id"], "사용법: /resolve"))
    assert [c.status for c in await stored(runtime)] == ["in_progress"]
    assert [e.source for e in await events_of(runtime)] == ["room", "private", "private"]

    # a resident cannot act from a private chat either
    await control.private(room.resident, f"/resolve @{room_id} 1")
    await eventually(lambda: said(control, room.resident, "관리자만"))
    await control.private(room.resident, "/resolve 1")
    assert len(await said(control, room.resident, "관리자만")) >= 1
    assert [c.status for c in await stored(runtime)] == ["in_progress"]


async def test_complaints_lists_open_ones_a_page_at_a_time(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(progress={"page_size": 2}).start()
    for body in (STREETLIGHT, BENCH, POTHOLE):
        await file(control, room, body)
    await control.post(room.chat_id, room.moderator, "/resolve 2")
    await eventually(lambda: said(control, room.chat_id, "민원 #2 — 완료"))
    await control.post(room.chat_id, room.resident, "/complaints")
    [listing] = await eventually(lambda: said(control, room.chat_id, "열린 민원 2건 (1/1쪽)"))
    room_id = await room_id_of(runtime, room)
    assert f"@{room_id}" in listing["text"] and "#1 [접수] 가로등" in listing["text"] and "#2" not in listing["text"]
    assert buttons_of(listing) == []

    await control.post(room.chat_id, room.moderator, "/reopen 2")
    await eventually(lambda: said(control, room.chat_id, "민원 #2 — 접수 (다시 열림)"))
    await control.post(room.chat_id, room.resident, "/complaints")
    [listing] = await eventually(lambda: said(control, room.chat_id, "열린 민원 3건 (1/2쪽)"))
    assert "#1 " in listing["text"] and "#2 " in listing["text"] and "#3 " not in listing["text"]
    [forward] = buttons_of(listing)
    assert forward == {"text": "다음 ▶", "callback_data": f"pg:{room_id}:2"}
    await control.press(room.chat_id, listing["message_id"], room.resident, forward["callback_data"])

    async def second_page() -> dict | None:
        for message in await bot_messages(control, room.chat_id):
            if message["message_id"] == listing["message_id"] and "(2/2쪽)" in message["text"]:
                return message
        return None

    page = await eventually(second_page)
    assert "#3 [접수] 도로·보도" in page["text"] and "#1 " not in page["text"]
    assert [b["callback_data"] for b in buttons_of(page)] == [f"pg:{room_id}:1"]


async def test_merge_is_an_event_announced_under_the_duplicate(sotong, control: SandboxControl, room: Room) -> None:
    first, _ = await file(control, room)
    second, _ = await file(control, room, BENCH)
    assert "#2를 #1의 중복으로" in await command(control, room, room.moderator, "/merge 2 1")
    merged = await announced(control, room, second, "중복")
    assert "#1의 중복으로 합쳤습니다" in merged["text"]
    await eventually(lambda: board(control, room, "[접수] 1"))
    assert [(e.from_status, e.status, e.source) for e in await events_of(sotong, 2)][-1] == ("received", "duplicate", "room")
    timeline = await command(control, room, room.resident, "/status 2")
    assert "중복 — #1의 중복" in timeline
    assert "#2 합쳐짐" in await command(control, room, room.resident, "/status 1")
    await control.post(room.chat_id, room.moderator, "/reopen 2")
    await announced(control, room, second, "접수 (다시 열림)")
    assert [(c.status, c.duplicate_of) for c in await stored(sotong)] == [("received", None), ("received", None)]
    await eventually(lambda: board(control, room, "[접수] 2"))


async def test_a_board_that_was_removed_is_posted_and_pinned_again(sotong, control: SandboxControl, room: Room) -> None:
    posted, _ = await file(control, room)
    first_board = await eventually(lambda: board(control, room, "[접수] 1"))
    async with sotong.db.session() as session:  # as if someone deleted the board message
        await session.exec(update(RoomRow).values(board_message_id=first_board["message_id"] + 10_000))
    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    await announced(control, room, posted, "배정")
    again = await eventually(lambda: board(control, room, "[배정] 1"))
    assert again["message_id"] != first_board["message_id"]
    async with sotong.db.session() as session:
        assert (await rooms.by_chat(session, room.chat_id)).board_message_id == again["message_id"]  # type: ignore[union-attr]


async def test_a_new_board_is_pinned_at_once_not_at_the_next_sweep(bot_factory, control: SandboxControl, room: Room) -> None:
    # The pin is a follow-up of the board's sendMessage; with no sweep for ten minutes, only the
    # courier itself can make it (it once mistook the pin for the call it follows: same reused id).
    await bot_factory(scheduler={"sweep_seconds": 600}).start()
    await file(control, room)
    await eventually(lambda: board(control, room, "[접수] 1"), timeout=5)


async def test_an_english_room_reads_progress_in_english(sotong, control: SandboxControl, room: Room) -> None:
    await command(control, room, room.moderator, "/language en")
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    await control.post(room.chat_id, room.moderator, "/assign 1 Roads")
    assigned = await announced(control, room, posted, "assigned")
    assert assigned["text"] == "📣 Complaint #1 — assigned\nBy: Roads"
    assert (await command(control, room, room.moderator, "/assign")).startswith("Usage: /assign")
    await eventually(lambda: board(control, room, "[assigned] 1"))


async def test_progress_runs_the_same_on_each_backend(bot_factory, db_url: str, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(db_url=db_url).start()
    posted, _ = await file(control, room)
    for body, state in (("/assign 1 도로과", "배정"), ("/progress 1 부품 주문", "처리 중"), ("/resolve 1", "완료")):
        await control.post(room.chat_id, room.moderator, body)
        await announced(control, room, posted, state)
    await eventually(lambda: board(control, room, "지금 열려 있는 민원이 없습니다"))
    assert [(e.from_status, e.status) for e in await events_of(runtime)] == [
        (None, "received"), ("received", "assigned"), ("assigned", "in_progress"), ("in_progress", "resolved")
    ]


async def test_a_board_due_while_the_bot_was_down_is_drawn_at_start(bot_factory, control: SandboxControl, room: Room) -> None:
    bot = bot_factory(progress={"board_delay_seconds": 3600})  # the timer would fire only in an hour
    runtime = await bot.start()
    posted, _ = await file(control, room)
    async with runtime.db.session() as session:
        assert await rooms.due_boards(session)  # stored, not drawn yet
    assert (await control.chat(room.chat_id))["pinned_message_id"] is None
    await bot.stop()
    bot.sections = {}
    from storage.database import Database

    db = Database(bot.db_url)  # the hour passes while no bot runs
    async with db.session() as session:
        await session.exec(update(RoomRow).values(board_due_at=RoomRow.created_at))
    await db.close()
    await bot.start()
    await eventually(lambda: board(control, room, "[접수] 1"))
    assert posted["message_id"]


async def test_a_complaint_in_a_forum_topic_hears_its_progress_in_that_topic(sotong, control: SandboxControl) -> None:
    moderator = await control.create_user(first_name="관리자")
    resident = await control.create_user(first_name="주민")
    chat = await control.create_chat(title="과천 포럼", is_forum=True, creator_user_id=moderator["id"])
    await control.join(chat["id"], resident["id"], signals=())
    await control.post(chat["id"], moderator["id"], "공지")
    topic = await control.create_topic(chat["id"], "가로등", user_id=moderator["id"])
    forum = Room(chat_id=chat["id"], moderator=moderator["id"], resident=resident["id"])
    posted = await control.post(chat["id"], resident["id"], STREETLIGHT, message_thread_id=topic["message_thread_id"])
    await eventually(lambda: replies_to(control, chat["id"], posted["message_id"]))
    await control.post(chat["id"], moderator["id"], "/assign 1 도로과")  # sent in the General topic
    assigned = await announced(control, forum, posted, "배정")
    assert assigned.get("message_thread_id") == topic["message_thread_id"]


async def test_an_anonymous_report_hears_its_progress_under_the_bot_post(sotong, control: SandboxControl, room: Room) -> None:
    await command(control, room, room.resident, "/rules")  # the bot knows the room
    room_id = await room_id_of(sotong, room)
    await control.deeplink(room.resident, f"https://t.me/sotong_bot?start=report_{room_id}")
    await eventually(lambda: said(control, room.resident, "익명으로 올릴 민원이나 제안을"))
    await control.private(room.resident, STREETLIGHT)
    [post] = await eventually(lambda: said(control, room.chat_id, "익명 제보"))
    await eventually(lambda: _message_id_is(sotong, post["message_id"]))
    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    assigned = await announced(control, room, post, "배정")
    assert "주민" not in assigned["text"]
    [complaint] = await stored(sotong)
    assert [e.source for e in await events_of(sotong)] == ["private", "room"]
    assert complaint.source == "private"


async def _message_id_is(runtime, message_id: int) -> bool:  # type: ignore[no-untyped-def]
    return [c.message_id for c in await stored(runtime)] == [message_id]


async def test_a_follower_who_blocked_the_bot_does_not_hold_up_the_room(sotong, control: SandboxControl, room: Room) -> None:
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    await control.private(room.resident, "/start")
    posted, ack = await file(control, room)
    for user in (neighbour["id"], room.resident):  # the neighbour never started the bot
        pressed = await control.press(room.chat_id, ack["message_id"], user, buttons_of(ack)[0]["callback_data"])
        await eventually(lambda pressed=pressed: control.answer_of(pressed))
    await control.block(room.resident)
    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    await announced(control, room, posted, "배정")
    await eventually(lambda: board(control, room, "[배정] 1"))
    assert await said(control, room.resident, "민원 #1 — 배정") == []


async def test_a_board_nobody_changed_is_redrawn_so_its_ages_stay_right(bot_factory, control: SandboxControl, room: Room) -> None:
    await bot_factory(progress={"board_refresh_minutes": 0.001}, **SWEEP_EVERY_SECOND).start()
    await file(control, room)
    drawn = await eventually(lambda: board(control, room, "[접수] 1"))

    async def redraws() -> int:
        calls = (await control.calls("editMessageText"))["calls"]
        return len([c for c in calls if str(c["params"].get("message_id")) == str(drawn["message_id"])]) >= 2

    await eventually(redraws)  # with no change at all, the sweep redraws the board again and again


async def test_a_board_still_on_its_way_is_not_posted_twice(bot_factory, sandbox, control: SandboxControl, room: Room) -> None:
    bot = bot_factory(progress={"board_delay_seconds": 3600})  # the redraws wait: we fire them below
    runtime = await bot.start()
    await file(control, room)
    room_id = await room_id_of(runtime, room)
    await runtime.courier.close()  # Telegram is out of reach: the calls wait in the outbox
    for _ in range(2):  # the first board, then its ages come due while it still waits
        async with runtime.db.session() as session:
            await session.exec(update(RoomRow).values(board_due_at=RoomRow.created_at))
        await runtime.progress.fire(room_id)
    await bot.stop()

    restarted = await bot_factory(progress={"board_delay_seconds": 3600}, **SWEEP_EVERY_SECOND).start()
    drawn = await eventually(lambda: board(control, room, "[접수] 1"))
    await eventually(lambda: redrawn_once(control, drawn["message_id"]))  # the waiting redraw edits the board that landed
    await settled(restarted, sandbox)
    boards = [c for c in (await control.calls("sendMessage"))["calls"] if "처리 중인 민원" in str(c["params"].get("text"))]
    assert len(boards) == 1
    assert (await control.calls("deleteMessage"))["calls"] == []


async def redrawn_once(control: SandboxControl, message_id: int) -> bool:
    calls = (await control.calls("editMessageText"))["calls"]
    return any(str(c["params"].get("message_id")) == str(message_id) for c in calls)


async def test_a_burst_of_changes_makes_one_board_edit(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(progress={"board_delay_seconds": 3600}).start()  # the redraw waits: we fire it below
    posted, _ = await file(control, room)
    room_id = await room_id_of(runtime, room)
    async with runtime.db.session() as session:  # draw the first board now
        await session.exec(update(RoomRow).values(board_due_at=RoomRow.created_at))
    await runtime.progress.fire(room_id)
    drawn = await eventually(lambda: board(control, room, "[접수] 1"))
    await eventually(lambda: room_id_of_board(runtime, drawn["message_id"]))

    for body, state in (("/assign 1 도로과", "배정"), ("/progress 1 현장 확인", "처리 중"), ("/progress 1 부품 주문", "부품 주문")):
        await control.post(room.chat_id, room.moderator, body)
        await announced(control, room, posted, state)
    async with runtime.db.session() as session:
        [(due_room, _)] = await rooms.due_boards(session)  # one redraw pending for the three changes
        assert due_room == room_id
        await session.exec(update(RoomRow).values(board_due_at=RoomRow.created_at))
    await runtime.progress.fire(room_id)
    await eventually(lambda: board(control, room, "[처리 중] 1"))
    edits = [c for c in (await control.calls("editMessageText"))["calls"] if str(c["params"].get("message_id")) == str(drawn["message_id"])]
    assert len(edits) == 1


async def room_id_of_board(runtime, message_id: int) -> bool:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        return any(r.board_message_id == message_id for r in await rooms.all_rooms(session))


async def test_an_administrator_posting_anonymously_as_the_group_is_a_moderator(sotong, control: SandboxControl, room: Room) -> None:
    posted, _ = await file(control, room)
    asked = await control.post(room.chat_id, room.moderator, "/assign 1 도로과", as_chat=True)
    assert asked["from"]["username"] == "GroupAnonymousBot"  # Telegram hides which administrator it was
    assigned = await announced(control, room, posted, "배정")
    assert assigned["text"] == "📣 민원 #1 — 배정\n담당: 도로과"
    # An anonymous administrator's report is an answer, never filed; the room keeps one complaint.
    answer = await control.post(room.chat_id, room.moderator, "과천역 3번 출구 가로등은 내일 교체합니다", as_chat=True)
    check = await control.post(room.chat_id, room.resident, "/status 1")
    await eventually(lambda: replies_to(control, room.chat_id, check["message_id"]))
    assert await replies_to(control, room.chat_id, answer["message_id"]) == []
    assert len(await stored(sotong)) == 1
    with pytest.raises(ControlAPIError, match="only an administrator"):
        await control.post(room.chat_id, room.resident, "/assign 1 공원녹지과", as_chat=True)
