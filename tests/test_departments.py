"""Department groups end to end: a new complaint arrives in its department's staff group as a card,
and the card's buttons move it along exactly as the commands do, in front of the room."""

from __future__ import annotations

from sqlalchemy import select

from bot.sandbox.client import SandboxControl
from moderation.pseudonym import pseudonym
from storage.models import ComplaintDeadline
from tests.conftest import Room, bot_messages, card_in, eventually, later, press, routed
from tests.test_progress_flow import BENCH, STREETLIGHT, announced, board, buttons_of, events_of, file, replies_to, said, stored


async def test_department_buttons_move_a_complaint_from_received_to_resolved(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    runtime = await bot_factory(**routed(desks)).start()
    roads = desks["도로과"]
    await control.private(room.resident, "/start")
    posted, ack = await file(control, room)
    pressed = await control.press(room.chat_id, ack["message_id"], room.resident, buttons_of(ack)[0]["callback_data"])
    await eventually(lambda: control.answer_of(pressed))  # the resident follows progress privately

    card = await card_in(control, roads, "민원 #1 · 과천시 소통방")
    assert "가로등 · 과천역 3번 출구" in card["text"] and STREETLIGHT in card["text"]
    assert "상태: 접수" in card["text"] and "첫 응답 기한:" in card["text"]
    assert [b["text"] for b in buttons_of(card)] == ["✋ 접수", "✅ 해결"]
    assert await bot_messages(control, desks["공원녹지과"].chat_id) == []  # not the parks department's

    answer = await press(control, roads, card, "접수")
    assert answer["text"] == "#1: 배정"
    assigned = await announced(control, room, posted, "배정")
    assert assigned["text"] == "📣 민원 #1 — 배정\n담당: 도로과"
    await eventually(lambda: said(control, room.resident, "민원 #1 — 배정"))
    await eventually(lambda: board(control, room, "[배정] 1"))
    card = await card_in(control, roads, "상태: 배정 · 담당 도로과")
    assert [b["text"] for b in buttons_of(card)] == ["🔧 처리 중", "✅ 해결"]  # the same card, edited
    edits = [c for c in (await control.calls("editMessageText"))["calls"] if int(c["params"].get("chat_id", 0)) == roads.chat_id]
    assert len(edits) == 1  # the card went out complete (deadline included): no correction right after sending

    assert (await press(control, roads, card, "처리 중"))["text"] == "#1: 처리 중"
    await announced(control, room, posted, "처리 중")
    await eventually(lambda: board(control, room, "[처리 중] 1"))
    card = await card_in(control, roads, "상태: 처리 중")

    assert (await press(control, roads, card, "해결"))["text"] == "#1: 완료"
    resolved = await announced(control, room, posted, "완료")
    assert resolved["text"] == "📣 민원 #1 — 완료\n담당: 도로과"
    await eventually(lambda: said(control, room.resident, "민원 #1 — 완료"))
    await eventually(lambda: board(control, room, "지금 열려 있는 민원이 없습니다"))
    card = await card_in(control, roads, "상태: 완료")
    assert buttons_of(card) == []  # nothing left to press
    assert len(await bot_messages(control, roads.chat_id)) == 1  # one card, edited in place

    staffer = pseudonym("test-secret", roads.chat_id, roads.staffer)
    assert [(e.from_status, e.status, e.source, e.actor) for e in await events_of(runtime)][1:] == [
        ("received", "assigned", "department", staffer),
        ("assigned", "in_progress", "department", staffer),
        ("in_progress", "resolved", "department", staffer),
    ]
    async with runtime.db.session() as session:
        promises = list((await session.exec(select(ComplaintDeadline))).scalars())
    assert {p.stage for p in promises} == {"first_response", "resolution"}
    assert all(p.due_at is None and p.met_at is not None and p.reminded_at is None for p in promises)  # kept, nobody reminded


async def test_a_command_in_the_room_updates_the_card_and_resolving_unassigned_takes_it_on(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    runtime = await bot_factory(**routed(desks)).start()
    roads = desks["도로과"]
    posted, _ = await file(control, room)
    card = await card_in(control, roads, "민원 #1")
    answer = await press(control, roads, card, "해결")  # resolved straight from "received" by the department
    assert answer["text"] == "#1: 완료"
    resolved = await announced(control, room, posted, "완료")
    assert resolved["text"].endswith("담당: 도로과")  # the department that acted, not "담당자"
    [complaint] = await stored(runtime)
    assert (complaint.status, complaint.department) == ("resolved", "도로과")
    await control.post(room.chat_id, room.moderator, "/reopen 1")
    await announced(control, room, posted, "다시 열림")
    card = await card_in(control, roads, "상태: 접수")  # the room's command shows on the card
    assert [b["text"] for b in buttons_of(card)] == ["✋ 접수", "✅ 해결"]


async def test_a_progress_note_in_the_room_accepts_a_received_complaint_for_its_department(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    runtime = await bot_factory(**routed(desks)).start()
    roads = desks["도로과"]
    posted, _ = await file(control, room)
    await card_in(control, roads, "상태: 접수")
    await control.post(room.chat_id, room.moderator, "/progress 1 내일 오전 교체 예정입니다")
    progressed = await announced(control, room, posted, "처리 중")
    assert progressed["text"] == "📣 민원 #1 — 처리 중\n내일 오전 교체 예정입니다\n담당: 도로과"
    card = await card_in(control, roads, "상태: 처리 중 · 담당 도로과")  # the same card, edited
    assert [b["text"] for b in buttons_of(card)] == ["🔧 처리 중", "✅ 해결"]
    await eventually(lambda: board(control, room, "[처리 중] 1"))
    moderator = pseudonym("test-secret", room.chat_id, room.moderator)
    assert [(e.from_status, e.status, e.note, e.source, e.actor) for e in await events_of(runtime)][1:] == [
        ("received", "assigned", "도로과", "room", moderator),  # as /assign 1 도로과 would
        ("assigned", "in_progress", "내일 오전 교체 예정입니다", "room", moderator),
    ]
    [complaint] = await stored(runtime)
    assert (complaint.status, complaint.department) == ("in_progress", "도로과")
    assert len(await bot_messages(control, roads.chat_id)) == 1


async def test_assigning_another_department_moves_the_card_and_the_old_buttons_stop(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    runtime = await bot_factory(**routed(desks)).start()
    roads, parks = desks["도로과"], desks["공원녹지과"]
    posted, _ = await file(control, room, BENCH)  # parks
    first = await card_in(control, parks, "민원 #1")
    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    await announced(control, room, posted, "배정")
    moved = await card_in(control, roads, "민원 #1")
    assert "상태: 배정 · 담당 도로과" in moved["text"]
    old = await card_in(control, parks, "도로과로 넘겼습니다")
    assert old["message_id"] == first["message_id"] and buttons_of(old) == []

    [complaint] = await stored(runtime)
    assert (complaint.status, complaint.department, complaint.desk_chat_id) == ("assigned", "도로과", roads.chat_id)


async def test_staff_use_progress_commands_in_their_group_and_the_group_is_not_a_room(
    bot_factory, sandbox, control: SandboxControl, room: Room, desks
) -> None:
    runtime = await bot_factory(**routed(desks)).start()
    roads = desks["도로과"]
    posted, _ = await file(control, room)
    await card_in(control, roads, "민원 #1")

    asked = await control.post(roads.chat_id, roads.staffer, "/progress 1 오늘 오후 현장 확인합니다")
    [answer] = await eventually(lambda: replies_to(control, roads.chat_id, asked["message_id"]))
    assert answer["text"] == "✅ 과천시 소통방 #1: 처리 중"  # accepted for 도로과 on the way
    progressed = await announced(control, room, posted, "처리 중")
    assert progressed["text"] == "📣 민원 #1 — 처리 중\n오늘 오후 현장 확인합니다\n담당: 도로과"
    assert [e.source for e in await events_of(runtime)][1:] == ["department", "department"]
    asked = await control.post(roads.chat_id, roads.staffer, "/stats")
    [answer] = await eventually(lambda: replies_to(control, roads.chat_id, asked["message_id"]))
    assert "과천시 소통방 민원 통계" in answer["text"] and "열림 1건: 처리 중 1" in answer["text"]

    # Staff talk about complaints all day in their group: nothing there is filed, greeted or policed.
    newcomer = await control.create_user(first_name="신규 주무관")  # a plain member, not an administrator
    await control.join(roads.chat_id, newcomer["id"])
    before = len(await bot_messages(control, roads.chat_id))
    await control.post(roads.chat_id, newcomer["id"], "별양동 사거리 도로에 포트홀이 생겼어요 위험해요")
    link = await control.post(roads.chat_id, newcomer["id"], "자료는 https://example.com/report 에 있습니다")
    await control.post(roads.chat_id, newcomer["id"], "/rules")
    await later(runtime, sandbox, 5)  # past the greeting's longest wait
    check = await control.post(room.chat_id, room.resident, "/status 1")  # the room is served meanwhile
    await eventually(lambda: replies_to(control, room.chat_id, check["message_id"]))
    assert len(await stored(runtime)) == 1
    assert len(await bot_messages(control, roads.chat_id)) == before
    assert link["message_id"] in [m["message_id"] for m in await control.messages(roads.chat_id)]  # not deleted


async def test_a_reply_to_the_card_reaches_the_room_as_a_progress_note(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    runtime = await bot_factory(**routed(desks)).start()
    roads = desks["도로과"]
    await control.private(room.resident, "/start")
    posted, ack = await file(control, room)
    await control.press(room.chat_id, ack["message_id"], room.resident, buttons_of(ack)[0]["callback_data"])
    card = await card_in(control, roads, "민원 #1")

    # A note on a card nobody accepted yet: the department takes it on and it is in progress.
    early = await control.post(roads.chat_id, roads.staffer, "현장 확인해 보겠습니다", reply_to_message_id=card["message_id"])
    [first] = await eventually(lambda: replies_to(control, roads.chat_id, early["message_id"]))
    assert first["text"] == "✅ 과천시 소통방 #1: 처리 중"
    accepted = await announced(control, room, posted, "현장 확인해 보겠습니다")
    assert accepted["text"] == "📣 민원 #1 — 처리 중\n현장 확인해 보겠습니다\n담당: 도로과"
    staffer = pseudonym("test-secret", roads.chat_id, roads.staffer)
    assert [(e.from_status, e.status, e.note, e.source, e.actor) for e in await events_of(runtime)][1:] == [
        ("received", "assigned", "도로과", "department", staffer),
        ("assigned", "in_progress", "현장 확인해 보겠습니다", "department", staffer),
    ]

    note = await control.post(roads.chat_id, roads.staffer, "내일 오전 교체 예정입니다", reply_to_message_id=card["message_id"])
    [done] = await eventually(lambda: replies_to(control, roads.chat_id, note["message_id"]))
    assert done["text"] == "✅ 과천시 소통방 #1: 처리 중"
    progressed = await announced(control, room, posted, "내일 오전 교체 예정입니다")
    assert progressed["text"] == "📣 민원 #1 — 처리 중\n내일 오전 교체 예정입니다\n담당: 도로과"
    await eventually(lambda: said(control, room.resident, "내일 오전 교체 예정입니다"))
    await card_in(control, roads, "상태: 처리 중")
    event = (await events_of(runtime))[-1]
    assert (event.status, event.note, event.source) == ("in_progress", "내일 오전 교체 예정입니다", "department")
