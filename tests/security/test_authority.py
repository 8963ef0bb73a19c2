"""Who may act on which complaint, tried as an attacker would (issue 11, finding 2).

- a department's staff group: the complaints routed or assigned to that department (and handing
  them to another department), from its group or a private chat; nothing else, in any room;
- a room's moderators: their own room;
- `[staff] user_ids`: everything.
A refusal says so, changes nothing and announces nothing.
"""

from __future__ import annotations

from bot.sandbox.client import SandboxControl
from tests.conftest import Room, card_in, eventually
from tests.security.two_rooms import (
    BENCH,
    POTHOLE,
    STREETLIGHT,
    answer,
    ask_privately,
    buttons_of,
    complaint,
    file,
    pressed,
    replies_to,
    room_id,
    said,
    snapshot,
    town,
)

NOT_YOURS = "담당 범위 밖"


async def test_a_staffer_of_one_department_cannot_resolve_another_departments_complaint_in_another_room(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    """The attack as found: a parks staffer, in the parks group, `/resolve @<room B> 1` on a roads complaint."""
    t = await town(bot_factory, control, room, desks)
    posted, _ = await file(control, t.b, STREETLIGHT)  # room B's #1: a streetlight, routed to 도로과
    await card_in(control, t.roads, "민원 #1 · 안양시 소통방")
    b = await room_id(t.runtime, t.b)
    before = await snapshot(t.runtime)

    for attempt in (f"/resolve @{b} 1 처리했습니다", f"/reject @{b} 1 반려", f"/progress @{b} 1 확인 중", f"/reopen @{b} 1",
                    f"/assign @{b} 1 공원녹지과"):
        asked = await control.post(t.parks.chat_id, t.parks.staffer, attempt)
        assert NOT_YOURS in await answer(control, t.parks.chat_id, asked), attempt
    # and privately, naming the room
    assert NOT_YOURS in await ask_privately(control, t.parks.staffer, f"/resolve @{b} 1 처리했습니다")

    assert await snapshot(t.runtime) == before
    await t.runtime.courier.wait_idle(5)
    assert len(await replies_to(control, t.b.chat_id, posted["message_id"])) == 1  # the acknowledgement only: nothing announced
    assert (await complaint(t.runtime, t.b, 1)).status == "received"


async def test_a_staffer_acts_on_own_departments_complaints_and_hands_them_over_then_stops(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    t = await town(bot_factory, control, room, desks)
    posted, _ = await file(control, t.b, STREETLIGHT)
    await card_in(control, t.roads, "민원 #1 · 안양시 소통방")
    b = await room_id(t.runtime, t.b)

    asked = await control.post(t.roads.chat_id, t.roads.staffer, f"/assign @{b} 1 도로과")
    assert await answer(control, t.roads.chat_id, asked) == "✅ 안양시 소통방 #1: 배정"
    asked = await control.post(t.roads.chat_id, t.roads.staffer, f"/assign @{b} 1 공원녹지과")  # not ours after all
    assert await answer(control, t.roads.chat_id, asked) == "✅ 안양시 소통방 #1: 배정"
    await card_in(control, t.parks, "민원 #1 · 안양시 소통방")
    # handed over: the roads staffer is done with it, in the group and privately
    asked = await control.post(t.roads.chat_id, t.roads.staffer, f"/progress @{b} 1 내일 갑니다")
    assert NOT_YOURS in await answer(control, t.roads.chat_id, asked)
    assert NOT_YOURS in await ask_privately(control, t.roads.staffer, f"/resolve @{b} 1")
    # a staffer may hand over only to a department that has a group: never into the void
    asked = await control.post(t.parks.chat_id, t.parks.staffer, f"/assign @{b} 1 아무개과")
    assert "설정된 부서" in await answer(control, t.parks.chat_id, asked)
    asked = await control.post(t.parks.chat_id, t.parks.staffer, f"/progress @{b} 1 벤치 아니고 가로등이네요, 확인 중")
    assert await answer(control, t.parks.chat_id, asked) == "✅ 안양시 소통방 #1: 처리 중"
    assert (await complaint(t.runtime, t.b, 1)).department == "공원녹지과"
    # and privately, naming the room: their department's complaint now
    assert await ask_privately(control, t.parks.staffer, f"/resolve @{b} 1 교체 완료") == "✅ 안양시 소통방 #1: 완료"
    await eventually(lambda: said(control, t.b.chat_id, "민원 #1 — 완료\n교체 완료\n담당: 공원녹지과"))


async def test_a_card_handed_to_a_department_without_a_group_is_no_longer_that_groups(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    """Assigned to a department with no staff group, the card stays where it was: its buttons and replies stop working there."""
    t = await town(bot_factory, control, room, desks)
    await file(control, t.a, STREETLIGHT)
    card = await card_in(control, t.roads, "민원 #1 · 과천시 소통방")
    accept = buttons_of(card)[0]["callback_data"]
    await control.post(t.a.chat_id, t.a.moderator, "/assign 1 시설관리공단")
    card = await card_in(control, t.roads, "담당 시설관리공단")
    assert buttons_of(card) == []  # nothing left to press here
    before = await snapshot(t.runtime)
    note = await control.post(t.roads.chat_id, t.roads.staffer, "내일 교체합니다", reply_to_message_id=card["message_id"])
    assert NOT_YOURS in await answer(control, t.roads.chat_id, note)
    refused = await pressed(control, t.roads.chat_id, card["message_id"], t.roads.staffer, accept)
    assert refused["text"]
    asked = await control.post(t.roads.chat_id, t.roads.staffer, "/resolve 1")
    assert NOT_YOURS in await answer(control, t.roads.chat_id, asked)
    assert await snapshot(t.runtime) == before


async def test_a_card_button_needs_a_current_member_of_that_staff_group(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    await file(control, t.a, STREETLIGHT)
    card = await card_in(control, t.roads, "민원 #1 · 과천시 소통방")
    accept = buttons_of(card)[0]["callback_data"]
    outsider = await control.create_user(first_name="외부인")
    before = await snapshot(t.runtime)

    refused = await pressed(control, t.roads.chat_id, card["message_id"], outsider["id"], accept)
    assert "구성원만" in (refused["text"] or "")
    # a parks staffer is a member of another group: no better
    refused = await pressed(control, t.roads.chat_id, card["message_id"], t.parks.staffer, accept)
    assert "구성원만" in (refused["text"] or "")
    # a new member may press; once gone, not any more (the membership is not remembered past a leave)
    newcomer = await control.create_user(first_name="신규 주무관")
    await control.join(t.roads.chat_id, newcomer["id"])
    await control.leave(t.roads.chat_id, newcomer["id"])
    refused = await pressed(control, t.roads.chat_id, card["message_id"], newcomer["id"], accept)
    assert "구성원만" in (refused["text"] or "")
    assert await snapshot(t.runtime) == before

    await control.join(t.roads.chat_id, newcomer["id"])
    done = await pressed(control, t.roads.chat_id, card["message_id"], newcomer["id"], accept, forged=False)
    assert done["text"] == "#1: 배정"
    await control.leave(t.roads.chat_id, newcomer["id"])
    card = await card_in(control, t.roads, "상태: 배정")
    refused = await pressed(control, t.roads.chat_id, card["message_id"], newcomer["id"], buttons_of(card)[0]["callback_data"])
    assert "구성원만" in (refused["text"] or "")
    assert (await complaint(t.runtime, t.a, 1)).status == "assigned"


async def test_a_room_moderator_acts_on_their_own_room_only(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    posted_b, _ = await file(control, t.b, BENCH)
    await file(control, t.a, STREETLIGHT)
    a, b = await room_id(t.runtime, t.a), await room_id(t.runtime, t.b)
    before = await snapshot(t.runtime)

    # room A's moderator, privately and in room A, naming room B
    assert "관리자만" in await ask_privately(control, t.a.moderator, f"/resolve @{b} 1")
    asked = await control.post(t.a.chat_id, t.a.moderator, f"/resolve @{b} 1")
    assert "이 방의 민원만" in await answer(control, t.a.chat_id, asked)
    asked = await control.post(t.a.chat_id, t.a.moderator, f"/merge @{b} 1 2")
    assert "이 방의 민원만" in await answer(control, t.a.chat_id, asked)
    await t.runtime.courier.wait_idle(5)
    assert await snapshot(t.runtime) == before
    assert len(await replies_to(control, t.b.chat_id, posted_b["message_id"])) == 1

    # their own room works, privately too
    assert await ask_privately(control, t.a.moderator, f"/assign @{a} 1 도로과") == "✅ 과천시 소통방 #1: 배정"
    # an anonymous administrator of room B speaks for room B only
    asked = await control.post(t.b.chat_id, t.b.moderator, f"/resolve @{a} 1", as_chat=True)
    assert "이 방의 민원만" in await answer(control, t.b.chat_id, asked)
    asked = await control.post(t.b.chat_id, t.b.moderator, "/reject 1 공원 관리 구역이 아닙니다", as_chat=True)
    await eventually(lambda: said(control, t.b.chat_id, "민원 #1 — 반려"))
    assert (await complaint(t.runtime, t.a, 1)).status == "assigned"


async def test_configured_staff_act_everywhere(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    chief = await control.create_user(first_name="민원총괄")
    t = await town(bot_factory, control, room, desks, staff={"user_ids": [chief["id"]]})
    await file(control, t.b, POTHOLE)
    b = await room_id(t.runtime, t.b)
    assert await ask_privately(control, chief["id"], f"/assign @{b} 1 도로과") == "✅ 안양시 소통방 #1: 배정"
    await control.join(t.parks.chat_id, chief["id"], signals=())
    asked = await control.post(t.parks.chat_id, chief["id"], f"/resolve @{b} 1 보수 완료")  # a roads complaint, from the parks group
    assert await answer(control, t.parks.chat_id, asked) == "✅ 안양시 소통방 #1: 완료"


async def test_a_staffer_cannot_merge_another_departments_complaints(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    await file(control, t.a, STREETLIGHT)  # roads
    await file(control, t.a, BENCH)  # parks
    a = await room_id(t.runtime, t.a)
    before = await snapshot(t.runtime)
    asked = await control.post(t.parks.chat_id, t.parks.staffer, f"/merge @{a} 1 2")
    assert NOT_YOURS in await answer(control, t.parks.chat_id, asked)
    asked = await control.post(t.parks.chat_id, t.parks.staffer, f"/merge @{a} 2 1")
    assert NOT_YOURS in await answer(control, t.parks.chat_id, asked)
    assert await snapshot(t.runtime) == before
    # two of its own department's complaints: fine
    await file(control, t.a, POTHOLE)  # #3, a road: roads'
    asked = await control.post(t.roads.chat_id, t.roads.staffer, f"/merge @{a} 3 1")
    assert "#3을 #1의 중복으로 합쳤습니다" in await answer(control, t.roads.chat_id, asked)


async def test_a_department_group_reads_only_its_departments_figures(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    for body in (STREETLIGHT, BENCH, POTHOLE):
        await file(control, t.a, body)
    a = await room_id(t.runtime, t.a)
    asked = await control.post(t.parks.chat_id, t.parks.staffer, f"/stats @{a}")
    figures = await answer(control, t.parks.chat_id, asked)
    assert "공원녹지과" in figures.split("\n")[0] and "전체 기간 1건" in figures, figures
    asked = await control.post(t.roads.chat_id, t.roads.staffer, f"/stats @{a}")
    figures = await answer(control, t.roads.chat_id, asked)
    assert "도로과" in figures.split("\n")[0] and "전체 기간 2건" in figures, figures
    # the room's moderator reads the whole room
    asked = await control.post(t.a.chat_id, t.a.moderator, "/stats")
    assert "전체 기간 3건" in await answer(control, t.a.chat_id, asked)
    # privately, a staffer reads their department's figures; another room's moderator and a resident, nothing
    figures = await ask_privately(control, t.parks.staffer, f"/stats @{a}")
    assert "공원녹지과" in figures.split("\n")[0] and "전체 기간 1건" in figures, figures
    assert "관리자만" in await ask_privately(control, t.b.moderator, f"/stats @{a}")
    assert "관리자만" in await ask_privately(control, t.a.resident, f"/stats @{a}")
