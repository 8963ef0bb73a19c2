"""Commands act on the room their sender named, and only on new messages (issue 11, findings 6 and 7).

The rule for naming a room: one `@N` token (N the room number /complaints shows) anywhere among
the arguments names the room and is not part of the note. Two such tokens, or a token that starts
like one but is not one ("@2," "@2번"), get the usage line and change nothing. In a room, a
command acts on that room: naming another is refused.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update
from telegram.ext import CommandHandler

from bot.sandbox.client import SandboxControl
from tests.conftest import Room, eventually
from tests.security.two_rooms import (
    BENCH,
    POTHOLE,
    STREETLIGHT,
    answer,
    ask_privately,
    complaint,
    file,
    replies_to,
    room_id,
    said,
    snapshot,
    town,
)


async def _moderator_of_both(control: SandboxControl, t) -> None:  # type: ignore[no-untyped-def]
    await control.join(t.b.chat_id, t.a.moderator, signals=())
    await control.add_admin(t.b.chat_id, t.a.moderator)


async def test_a_room_named_after_the_number_is_the_room_acted_on(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    await file(control, t.a, STREETLIGHT)
    posted_b, _ = await file(control, t.b, BENCH)
    a, b = await room_id(t.runtime, t.a), await room_id(t.runtime, t.b)

    # room A's moderator only: naming room B is refused, and room A is not touched either
    before = await snapshot(t.runtime)
    assert "관리자만" in await ask_privately(control, t.a.moderator, f"/resolve 1 @{b} 고쳤습니다")
    assert await snapshot(t.runtime) == before

    await _moderator_of_both(control, t)
    assert await ask_privately(control, t.a.moderator, f"/resolve 1 @{b} 고쳤습니다") == "✅ 안양시 소통방 #1: 완료"
    resolved = await eventually(lambda: said(control, t.b.chat_id, "민원 #1 — 완료"))
    assert resolved[0]["text"] == "📣 민원 #1 — 완료\n고쳤습니다\n담당: 담당자"
    assert resolved[0]["reply_to_message_id"] == posted_b["message_id"]
    assert (await complaint(t.runtime, t.a, 1)).status == "received"

    # anywhere among the arguments, when it is the only one
    assert await ask_privately(control, t.a.moderator, f"/assign 1 @{a} 도로과") == "✅ 과천시 소통방 #1: 배정"
    assert await ask_privately(control, t.a.moderator, f"/progress 1 내일 현장에 갑니다 @{a}") == "✅ 과천시 소통방 #1: 처리 중"
    progressed = await eventually(lambda: said(control, t.a.chat_id, "내일 현장에 갑니다"))
    assert "@" not in progressed[0]["text"]


async def test_an_ambiguous_room_gets_the_usage_line_and_changes_nothing(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    await file(control, t.a, STREETLIGHT)
    await file(control, t.b, BENCH)
    await _moderator_of_both(control, t)
    a, b = await room_id(t.runtime, t.a), await room_id(t.runtime, t.b)
    before = await snapshot(t.runtime)
    for attempt in (
        f"/resolve @{a} 1 see @{b}",
        f"/resolve 1 @{b},",
        f"/resolve 1 @{b}번 방",
        f"/resolve @{a} @{a} 1",
        f"/merge 1 @{a} 2 @{b}",
    ):
        reply = await ask_privately(control, t.a.moderator, attempt)
        assert reply.startswith("사용법") and "@" in reply, (attempt, reply)
    assert await snapshot(t.runtime) == before


async def test_in_a_room_a_command_acts_on_that_room(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    posted, _ = await file(control, t.a, STREETLIGHT)
    await file(control, t.b, BENCH)
    await _moderator_of_both(control, t)
    a, b = await room_id(t.runtime, t.a), await room_id(t.runtime, t.b)
    before = await snapshot(t.runtime)
    asked = await control.post(t.a.chat_id, t.a.moderator, f"/resolve 1 @{b} 잘 됐어요")
    assert "이 방의 민원만" in await answer(control, t.a.chat_id, asked)
    assert await snapshot(t.runtime) == before
    await control.post(t.a.chat_id, t.a.moderator, f"/resolve 1 @{a} 잘 됐어요")  # naming this very room is fine
    await eventually(lambda: said(control, t.a.chat_id, "민원 #1 — 완료\n잘 됐어요"))
    assert (await complaint(t.runtime, t.b, 1)).status == "received"


async def test_an_edited_command_does_nothing(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    posted, _ = await file(control, t.a, STREETLIGHT)
    asked = await control.post(t.a.chat_id, t.a.moderator, "/resolve 9 교체했습니다")
    assert "없는 번호" in await answer(control, t.a.chat_id, asked)
    before = await snapshot(t.runtime)
    await control.edit(t.a.chat_id, asked["message_id"], t.a.moderator, "/resolve 1 교체했습니다")
    typo = await control.post(t.a.chat_id, t.a.moderator, "/status 1")  # then a typo fixed in a /status ...
    await answer(control, t.a.chat_id, typo)
    await control.edit(t.a.chat_id, typo["message_id"], t.a.moderator, "/reject 1 중복입니다")
    check = await control.post(t.a.chat_id, t.a.resident, "/status 1")  # handled after both edits (one chat, in order)
    assert "접수" in await answer(control, t.a.chat_id, check)
    await t.runtime.courier.wait_idle(5)
    assert await snapshot(t.runtime) == before
    assert len(await replies_to(control, t.a.chat_id, posted["message_id"])) == 1  # the acknowledgement only
    assert len(await replies_to(control, t.a.chat_id, asked["message_id"])) == 1  # the first answer only
    # privately too
    await control.private(t.a.moderator, "/start")
    sent = await control.private(t.a.moderator, "/help")
    await answer(control, t.a.moderator, sent)
    await control.edit(t.a.moderator, sent["message_id"], t.a.moderator, "/resolve 1")
    assert "접수" in await ask_privately(control, t.a.moderator, "/status 1")
    assert await snapshot(t.runtime) == before


async def test_no_command_handler_accepts_an_edited_message(sotong) -> None:
    bot = sotong.application.bot
    for name in ("resolve", "assign", "merge", "stats", "mute", "setrules", "report", "start", "help", "complaints"):
        edited = Update.de_json(
            {
                "update_id": 1,
                "edited_message": {
                    "message_id": 5,
                    "date": 1_700_000_000,
                    "edit_date": 1_700_000_100,
                    "chat": {"id": -1001, "type": "supergroup", "title": "과천"},
                    "from": {"id": 7, "is_bot": False, "first_name": "관리자"},
                    "text": f"/{name} 1",
                    "entities": [{"type": "bot_command", "offset": 0, "length": len(name) + 1}],
                },
            },
            bot,
        )
        fresh = Update.de_json({"update_id": 2, "message": edited.edited_message.to_dict()}, bot)  # type: ignore[union-attr]
        handlers = [
            h for group in sotong.application.handlers.values() for h in group if isinstance(h, CommandHandler) and name in h.commands
        ]
        assert handlers, name
        assert not any(h.check_update(edited) for h in handlers), name
        if name != "start":  # /start is for private chats
            assert any(h.check_update(fresh) for h in handlers), name


# -- property: random arguments from people with no authority change nothing ----------------

_TOKENS = st.one_of(
    st.sampled_from(["1", "2", "#1", "@1", "@2", "@1 1", "1 @2", "2 @1"]),  # the likely, and the attack's
    st.integers(-3, 12).map(str),
    st.integers(0, 2**40).map(lambda n: f"#{n}"),
    st.sampled_from(
        ["@1", "@2", "@3", "@999999999999", "@", "@x", "＠1", "@1,", "도로과", "공원녹지과", "note", "ｘ", "😀", "\n", "-1", "0x1"]
    ),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=6),
)


@pytest.fixture
def scene() -> dict:
    """Built by the first example, shared by the rest (one sandbox and one bot for the whole property)."""
    return {}


async def _commands_scene(bot_factory, control: SandboxControl, room: Room, desks) -> dict:  # type: ignore[no-untyped-def]
    # Dozens of examples answered in the same groups: Telegram's 20 a minute per group would queue the
    # answers and make the bot's shutdown wait for them; the limiter is not what this test is about.
    t = await town(bot_factory, control, room, desks, telegram={"rate_limit": {"group_per_minute": 6000}})
    await file(control, t.a, STREETLIGHT)
    await file(control, t.a, POTHOLE)
    await file(control, t.b, STREETLIGHT)
    # a third room, with no complaint: its moderator has authority, but over none of the records
    elsewhere = await control.create_user(first_name="의왕 소통담당")
    third = await control.create_chat(title="의왕시 소통방", type="supergroup", creator_user_id=elsewhere["id"])
    known = await control.post(third["id"], elsewhere["id"], "/rules")
    await answer(control, third["id"], known)
    for user in (t.a.resident, elsewhere["id"], t.parks.staffer):
        await control.private(user, "/start")
    await t.runtime.courier.wait_idle(5)
    return {
        "town": t,
        # (chat, user): a resident in their room and privately, the third room's moderator privately and in their
        # room, the parks staff in their group (every complaint here is a roads one)
        "places": [
            (t.a.chat_id, t.a.resident), (t.a.resident, t.a.resident), (elsewhere["id"], elsewhere["id"]), (third["id"], elsewhere["id"]),
            (t.parks.chat_id, t.parks.staffer),
        ],
        "before": await snapshot(t.runtime),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(
    name=st.sampled_from(["assign", "progress", "resolve", "reject", "reopen", "merge"]),
    arguments=st.one_of(
        st.lists(_TOKENS, max_size=5),
        # well formed, the room anywhere: what an attacker tries first
        st.permutations(["@1", "1", "처리했습니다"]).map(list),
        st.tuples(
            st.sampled_from(["@1", "@2", "@3"]), st.sampled_from(["1", "2", "#1"]), st.sampled_from(["도로과", "공원녹지과", "끝"])
        ).map(list),
    ),
    pick=st.integers(0, 4),
)
async def test_random_arguments_from_people_without_authority_change_nothing(
    bot_factory, control: SandboxControl, room: Room, desks, scene: dict, name: str, arguments: list[str], pick: int
) -> None:
    if not scene:
        scene.update(await _commands_scene(bot_factory, control, room, desks))
    assert "culprit" not in scene, f"an earlier example changed a record: {scene.get('culprit')}"
    runtime = scene["town"].runtime
    chat, user = scene["places"][pick]
    body = f"/{name} " + " ".join(arguments)
    handled = runtime.handled
    if chat == user:
        await control.private(user, body)
    else:
        await control.post(chat, user, body)

    async def done() -> bool:
        return runtime.handled > handled

    await eventually(done)
    if await snapshot(runtime) != scene["before"]:
        scene["culprit"] = (chat, user, body)  # the state is shared: report the first example that changed it
        raise AssertionError(f"{body!r} from {user} in {chat} changed a record")
