"""Button data is never trusted (issue 11, finding 3).

Telegram does not promise that a callback's data came from a button of the message it arrived
on: a modified client sends anything. Every press is checked against that message (the bot's own,
in the same chat, carrying that very button, for that record) and against the presser; anything
else is refused with a short answer (the client's spinner stops) and changes nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.features.intake as intake_feature
from bot.sandbox.client import SandboxControl
from tests.conftest import Room, card_in, eventually
from tests.security.two_rooms import (
    BENCH,
    POTHOLE,
    STREETLIGHT,
    answer,
    buttons_of,
    complaint,
    file,
    followers,
    pressed,
    replies_to,
    room_id,
    snapshot,
    town,
)
from tests.test_intake_flow import _unsure


async def message(control: SandboxControl, chat_id: int, message_id: int) -> dict:
    [found] = [m for m in await control.messages(chat_id, include_deleted=True) if m["message_id"] == message_id]
    return found


async def test_a_forged_page_button_does_not_replace_an_acknowledgement_with_another_rooms_list(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    t = await town(bot_factory, control, room, desks)
    await file(control, t.b, BENCH)
    _, ack = await file(control, t.a, STREETLIGHT)
    b = await room_id(t.runtime, t.b)
    got = await pressed(control, t.a.chat_id, ack["message_id"], t.a.resident, f"pg:{b}:1")
    assert got["text"]  # answered with a reason: the spinner stops
    await t.runtime.courier.wait_idle(5)
    assert await message(control, t.a.chat_id, ack["message_id"]) == ack  # not edited


async def test_a_forged_withdrawal_does_not_rewrite_another_residents_acknowledgement(
    bot_factory, control: SandboxControl, room: Room, desks
) -> None:
    t = await town(bot_factory, control, room, desks)
    await control.join(t.b.chat_id, t.a.resident, signals=())  # a resident of both rooms
    _, own_ack = await file(control, t.b, BENCH, user=t.a.resident)  # their own complaint, in room B
    own = buttons_of(own_ack)[1]["callback_data"]
    neighbour = await control.create_user(first_name="이웃")
    await control.join(t.a.chat_id, neighbour["id"], signals=())
    _, ack = await file(control, t.a, STREETLIGHT, user=neighbour["id"])  # someone else's, in room A
    before = await snapshot(t.runtime)

    got = await pressed(control, t.a.chat_id, ack["message_id"], t.a.resident, own)
    assert got["text"]
    await t.runtime.courier.wait_idle(5)
    assert await message(control, t.a.chat_id, ack["message_id"]) == ack
    assert await message(control, t.b.chat_id, own_ack["message_id"]) == own_ack
    assert await snapshot(t.runtime) == before
    # pressed where it belongs, the same withdrawal works
    done = await pressed(control, t.b.chat_id, own_ack["message_id"], t.a.resident, own, forged=False)
    assert "취소" in done["text"]
    assert (await complaint(t.runtime, t.b, 1)).status == "withdrawn"


async def test_each_kind_of_button_refuses_data_that_is_not_on_its_message(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    await control.private(t.a.resident, "/start")
    _, first = await file(control, t.a, STREETLIGHT)
    _, second = await file(control, t.a, POTHOLE)
    card_one = await card_in(control, t.roads, "민원 #1 · 과천시 소통방")
    card_two = await card_in(control, t.roads, "민원 #2 · 과천시 소통방")
    [one_follow, one_withdraw] = [b["callback_data"] for b in buttons_of(first)]
    a = await room_id(t.runtime, t.a)
    before = await snapshot(t.runtime)

    attempts = [
        (t.roads.chat_id, card_two["message_id"], t.roads.staffer, buttons_of(card_one)[1]["callback_data"]),  # #1's resolve on #2's card
        (t.a.chat_id, first["message_id"], t.roads.staffer, buttons_of(card_one)[1]["callback_data"]),  # a card's button in the room
        (t.a.chat_id, second["message_id"], t.a.resident, one_withdraw),  # #1's withdrawal on #2's acknowledgement
        (t.a.chat_id, second["message_id"], t.a.resident, "q:yes:1"),  # a question's answer on an acknowledgement
        (t.a.chat_id, first["message_id"], t.a.resident, f"p:room:{a}"),  # the private report's room choice, in the room
        (t.a.resident, 1, t.a.resident, one_withdraw),  # the author's own private chat, a message without that button
    ]
    for chat_id, message_id, user, data in attempts:
        got = await pressed(control, chat_id, message_id, user, data)
        assert got["text"], (chat_id, data)
    followed = await pressed(control, t.roads.chat_id, card_one["message_id"], t.roads.staffer, one_follow)
    assert followed["text"]
    await t.runtime.courier.wait_idle(5)
    assert await snapshot(t.runtime) == before
    assert await followers(t.runtime) == []
    assert await message(control, t.roads.chat_id, card_two["message_id"]) == card_two


async def test_unknown_malformed_and_stale_data_always_get_an_answer(
    bot_factory, control: SandboxControl, room: Room, desks, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _unsure)
    t = await town(bot_factory, control, room, desks)
    _, ack = await file(control, t.a, STREETLIGHT)
    card = await card_in(control, t.roads, "민원 #1")
    before = await snapshot(t.runtime)
    for data in ("zzz", "pg:abc", "pg:1:99999", "c:follow:99999999999", "c:follow:-1", "d:resolve:999999999999", "d:accept:2147483648",
                 "q:yes:", "p:room:99999999999999", "c:withdraw:１", "pg:", "d:", "😀",
                 "\x00", "c:follow:1\x00"):  # a NUL: refused at the door as a dead letter, still answered
        got = await pressed(control, t.a.chat_id, ack["message_id"], t.a.resident, data)
        assert got["text"], data
        got = await pressed(control, t.roads.chat_id, card["message_id"], t.roads.staffer, data)
        assert got["text"], data
    assert await snapshot(t.runtime) == before

    # a message deleted since (Telegram then sends an inaccessible message): the press is stale
    posted = await control.post(t.a.chat_id, t.a.resident, "별양동 길이 좀 애매하게 울퉁불퉁해요")
    [question] = await eventually(lambda: replies_to(control, t.a.chat_id, posted["message_id"]))
    yes, no = [b["callback_data"] for b in buttons_of(question)]
    assert "접수하지 않았습니다" in (await pressed(control, t.a.chat_id, question["message_id"], t.a.resident, no, forged=False))["text"]
    await eventually(lambda: _deleted(control, t.a.chat_id, question["message_id"]))
    got = await pressed(control, t.a.chat_id, question["message_id"], t.a.resident, yes)
    assert got["text"]
    assert await snapshot(t.runtime) == before


async def _deleted(control: SandboxControl, chat_id: int, message_id: int) -> bool:
    return (await message(control, chat_id, message_id))["deleted"]


# -- properties --------------------------------------------------------------------------

_PREFIXES = ("c:follow:", "c:withdraw:", "q:yes:", "q:no:", "d:accept:", "d:progress:", "d:resolve:", "p:room:", "pg:")


@st.composite
def _data(draw, known: list[str]) -> str:  # type: ignore[no-untyped-def]
    choice = draw(st.integers(0, 3))
    if choice == 0 and known:
        return draw(st.sampled_from(known))
    if choice == 1:
        number = draw(st.one_of(st.integers(-5, 50), st.integers(2**31 - 2, 2**63), st.just(0)))
        tail = draw(st.sampled_from(["", ":1", ":2", ":x"]))
        return f"{draw(st.sampled_from(_PREFIXES))}{number}{tail}"
    if choice == 2:
        return draw(st.sampled_from(_PREFIXES)) + draw(st.text(max_size=12))
    return draw(st.text(min_size=1, max_size=30))


@pytest.fixture
def scene() -> dict:
    """Built by the first example, shared by the rest (one sandbox and one bot for the whole property)."""
    return {}


async def _presses_scene(bot_factory, control: SandboxControl, room: Room, desks) -> dict:  # type: ignore[no-untyped-def]
    t = await town(bot_factory, control, room, desks)
    neighbour = await control.create_user(first_name="이웃")
    outsider = await control.create_user(first_name="외부인")
    await control.join(t.a.chat_id, neighbour["id"], signals=())
    await control.private(neighbour["id"], "/start")
    await file(control, t.a, STREETLIGHT)
    await file(control, t.a, POTHOLE)
    await file(control, t.b, STREETLIGHT)
    await card_in(control, t.roads, "민원 #1 · 안양시 소통방")
    listing = await control.post(t.a.chat_id, neighbour["id"], "/complaints")
    await answer(control, t.a.chat_id, listing)
    await control.private(neighbour["id"], "/report")
    await eventually(lambda: control.messages(neighbour["id"]))
    await t.runtime.courier.wait_idle(5)
    chats = [t.a.chat_id, t.b.chat_id, t.roads.chat_id, t.parks.chat_id, neighbour["id"]]
    shown = {chat: await control.messages(chat) for chat in chats}
    return {
        "town": t,
        "messages": [(chat, m["message_id"]) for chat in chats for m in shown[chat]],
        "known": sorted({b["callback_data"] for chat in chats for m in shown[chat] for b in buttons_of(m) if "callback_data" in b}),
        # people with no authority over any record: a resident who filed nothing, an outsider, the parks staff
        # (every complaint here is a roads one), room B's resident
        "users": [neighbour["id"], outsider["id"], t.parks.staffer, t.b.resident],
        "before": await snapshot(t.runtime),
    }


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(draw=st.data())
async def test_random_presses_on_random_messages_are_answered_and_change_nothing(
    bot_factory, control: SandboxControl, room: Room, desks, scene: dict, draw: st.DataObject
) -> None:
    """Random data, on any message of any chat, by people with no authority over any record."""
    if not scene:
        scene.update(await _presses_scene(bot_factory, control, room, desks))
    assert "culprit" not in scene, f"an earlier example changed a record: {scene.get('culprit')}"
    where = draw.draw(st.sampled_from(scene["messages"]))
    user = draw.draw(st.sampled_from(scene["users"]))
    data = draw.draw(_data(scene["known"]).filter(lambda d: 1 <= len(d.encode()) <= 64))
    got = await pressed(control, where[0], where[1], user, data, timeout=5)
    assert got is not None  # answered: the client's spinner stops
    if await snapshot(scene["town"].runtime) != scene["before"]:
        scene["culprit"] = (where, user, data)  # the state is shared: report the first example that changed it
        raise AssertionError(f"{data!r} pressed by {user} on {where} changed a record")
