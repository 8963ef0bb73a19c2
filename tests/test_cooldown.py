"""Heated threads: a reminder, then a cool-down that restricts the room or closes the topic, lifted on time."""

from __future__ import annotations

import json

from collections.abc import Awaitable, Callable

import pytest
from telegram import Bot

from bot.sandbox.client import ControlAPIError, SandboxControl
from storage import cooldowns, rooms, timesource
from storage.models import utcnow
from tests.conftest import TOKEN, Room, bot_messages, eventually, settled

Pace = Callable[[], Awaitable[None]]  # waits until the bot has handled what was just posted

# Every message adds 1, a back-and-forth a bit more: the 3rd message warms, the 6th at the latest is hot.
FAST_HEAT = {"durations": [2, 4], "heat": {"message_weight": 1.0, "hostility_weight": 0.0, "warm_at": 3, "hot_at": 6}}
EXCHANGE = [
    "그 정책은 완전히 틀렸다고요",
    "아니요, 당신이 모르는 거예요",
    "모르긴 뭘 몰라요, 자료나 보세요",
    "자료 봤다니까요, 말이 안 통하네",
    "말이 안 통하는 건 그쪽이죠",
    "끝까지 우기시네요 정말",
    "우기는 게 아니라 사실이라고요",
    "더 이상 말하기도 싫습니다",
]


async def _bot_says(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


async def _argue(
    control: SandboxControl, chat_id: int, a: int, b: int, pace: Pace, *, thread: int | None = None, until_refused: bool = True
) -> list[dict]:
    """Two residents answer each other until the room (or topic) refuses their posts."""
    posted: list[dict] = []
    previous = None
    for i, body in enumerate(EXCHANGE):
        author = a if i % 2 == 0 else b
        try:
            posted.append(
                await control.post(
                    chat_id, author, body, reply_to_message_id=previous, message_thread_id=thread if previous is None else None
                )
            )
        except ControlAPIError:
            if until_refused:
                break
            raise
        previous = posted[-1]["message_id"]
        await pace()  # the bot has handled the post before the next one, as real people give it time to
    return posted


async def _second_resident(control: SandboxControl, room: Room) -> int:
    other = await control.create_user(first_name="다른주민")
    await control.join(room.chat_id, other["id"], signals=())
    return other["id"]


async def test_a_heated_exchange_gets_a_reminder_then_a_cooldown_that_lifts_on_time(
    bot_factory, control: SandboxControl, room: Room, sandbox
) -> None:
    # The room's own permissions differ from Telegram's defaults: they must come back exactly.
    async with Bot(TOKEN, base_url=sandbox.api_url) as admin_bot:
        own = {**(await control.chat(room.chat_id))["permissions"], "can_send_polls": False, "can_invite_users": False}
        await admin_bot.do_api_request(
            "setChatPermissions", api_kwargs={"chat_id": room.chat_id, "permissions": own, "use_independent_chat_permissions": True}
        )
    before = (await control.chat(room.chat_id))["permissions"]
    sotong = await bot_factory(cooldown=FAST_HEAT).start()
    other = await _second_resident(control, room)
    await _argue(control, room.chat_id, room.resident, other, lambda: settled(sotong, sandbox))
    [reminder] = await eventually(lambda: _bot_says(control, room.chat_id, "대화가 뜨거워지고"))
    assert reminder["reply_to_message_id"] is not None  # said in the thread, as a reply
    [announcement] = await eventually(lambda: _bot_says(control, room.chat_id, "잠시 쉬어 갑니다"))
    assert "과열" in announcement["text"] and "2초" in announcement["text"]
    restricted = await eventually(lambda: _permissions_if(control, room, sending=False))
    assert restricted["can_send_messages"] is False
    with pytest.raises(ControlAPIError, match="chat permissions deny"):
        await control.post(room.chat_id, room.resident, "아직 쉬는 중인가요?")
    await control.post(room.chat_id, room.moderator, "관리자는 쉬는 중에도 쓸 수 있습니다")
    await eventually(lambda: _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다"))
    assert (await eventually(lambda: _permissions_if(control, room, sending=True))) == before
    await control.post(room.chat_id, room.resident, "다시 이야기해요")
    async with sotong.db.session() as session:
        room_id = (await rooms.by_chat(session, room.chat_id)).id
        assert await cooldowns.pending(session) == []
        starts = await cooldowns.starts_since(session, room_id, cooldowns.ROOM, None, utcnow().replace(year=2000))
    assert len(starts) == 1


# Two residents trading personal jabs, as fast as people type when they fight; the 3rd, 5th, 8th and
# 10th hold insult words (the house rules delete those).
JABS = [
    "너 같은 사람이 뭘 안다고 떠들어", "니가 뭔데 나한테 이래라저래라야", "또라이 같은 소리 하고 있네", "그쪽이 무식한 거지 누가 무식해",
    "멍청이랑은 말 안 섞는다", "너나 잘해 이 한심한 인간아", "어디서 배워먹은 말버릇이야", "입 다물고 있어라 꼴통아",
    "ㅋㅋ 논리 수준 봐라", "병신 같은 소리 하네", "말귀를 못 알아먹네 진짜", "아는 척 좀 그만해라", "너 진짜 답없다",
    "그쪽 말 하나도 안 믿어요 거짓말쟁이", "나이를 어디로 먹었어", "초딩이냐 논리가 그게 뭐야",
]
# Eight residents debating a light-rail extension at the same pace, answering each other, civilly.
DEBATE = [
    "경전철 노선은 정부청사역까지 연장하는 게 맞다고 봐요", "저는 생각이 좀 달라요. 예산 대비 이용객이 적을 것 같아요",
    "출퇴근 시간엔 버스가 꽉 차서 수요는 충분하다고 봅니다", "그 부분은 작년 교통 조사 자료를 보면 나와요",
    "말씀하신 자료 저도 봤는데 주말 수요는 낮더라고요", "주말보다 평일 출퇴근이 더 중요하지 않을까요",
    "맞아요, 학생들 통학도 생각해야 하고요", "그래도 공사 기간 동안 교통 체증은 걱정되네요",
    "공사 구간을 나눠서 하면 좀 낫지 않을까요", "다른 시 사례를 보면 2년 정도 걸렸다고 하더라고요",
    "저는 연장에 찬성이지만 정류장 위치는 다시 봐야 한다고 생각해요", "아니 그건 아니죠, 시범사업 결과가 있잖아요",
    "반대 의견도 일리가 있다고 생각합니다. 비용이 크긴 하니까요", "비용은 국비 지원 비율에 따라 많이 달라질 것 같아요",
    "국비 지원이 확정되면 저도 찬성할 것 같아요", "저는 차라리 마을버스 노선을 늘리는 게 빠를 것 같아요",
    "마을버스도 좋지만 장기적으로는 철도가 필요해 보여요", "둘 다 하면 제일 좋겠지만 우선순위를 정해야겠죠",
    "시의회 회의록에 관련 논의가 있으니 한번 읽어 보세요", "회의록 읽어 볼게요, 좋은 자료 감사합니다",
]
# The abuse rule deletes insults without striking: strikes would mute one of the two after a couple
# of insults and end the quarrel another way. What is tested here is the heat, with its defaults.
NO_STRIKES = {"abuse": {"action": "delete"}}


async def _converse(
    control: SandboxControl, chat_id: int, lines: list[str], people: list[int], pace: Pace, answer: int = 1
) -> tuple[list[dict], bool]:
    """`people` take turns saying `lines`, each replying to the message `answer` back (or just posting
    when the house rules deleted that one); stops when the room refuses a post."""
    posted: list[dict] = []
    for i, body in enumerate(lines):
        author = people[i % len(people)]
        replied = posted[-answer]["message_id"] if len(posted) >= answer else None
        try:
            try:
                posted.append(await control.post(chat_id, author, body, reply_to_message_id=replied))
            except ControlAPIError as exc:
                if "replied not found" not in str(exc):
                    raise
                posted.append(await control.post(chat_id, author, body))
        except ControlAPIError:
            return posted, True
        await pace()  # a fast exchange, but one the bot keeps pace with
    return posted, False


async def _idle(control: SandboxControl, room: Room) -> None:
    """Wait until the bot has handled everything posted so far (one chat's updates are handled in order)."""
    asked = await control.post(room.chat_id, room.moderator, "/status 999")
    await eventually(lambda: _replies(control, room.chat_id, asked["message_id"]))


async def _replies(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def test_two_residents_trading_jabs_are_reminded_then_cooled_down_with_the_default_heat(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    runtime = await bot_factory(rules=NO_STRIKES, cooldown={"durations": [3]}).start()
    other = await _second_resident(control, room)
    posted, refused = await _converse(control, room.chat_id, JABS, [room.resident, other], lambda: settled(runtime, sandbox))
    assert refused and len(posted) <= 15  # the room was restricted before they ran out of jabs
    [reminder] = await eventually(lambda: _bot_says(control, room.chat_id, "대화가 뜨거워지고"))
    [rest] = await eventually(lambda: _bot_says(control, room.chat_id, "잠시 쉬어 갑니다"))
    assert reminder["message_id"] < rest["message_id"]  # first the reminder, then the rest
    assert "과열" in rest["text"] and "3초" in rest["text"]
    assert rest["date"] - posted[0]["date"] <= 30
    with pytest.raises(ControlAPIError, match="chat permissions deny"):
        await control.post(room.chat_id, room.resident, "아직도 할 말 있거든요")
    lifted = (await eventually(lambda: _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다")))[0]
    assert lifted["date"] >= rest["date"]
    # on time, measured between the two setChatPermissions calls the sandbox logged (message dates are whole seconds,
    # and the notice of the rest is sent after the restriction, later still on a loaded machine)
    restricted_at, lifted_at = await _permission_calls(control, room)
    assert 3 - 0.5 <= lifted_at - restricted_at <= 6
    assert await _permissions_if(control, room, sending=True)
    await control.post(room.chat_id, room.resident, "아까는 제가 심했네요")


async def test_a_lively_civil_debate_among_many_gets_neither_reminder_nor_cooldown(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    runtime = await bot_factory(cooldown={"durations": [3]}).start()
    people = [room.resident] + [await _second_resident(control, room) for _ in range(7)]
    posted, refused = await _converse(control, room.chat_id, DEBATE, people, lambda: settled(runtime, sandbox), answer=2)
    assert not refused and len(posted) == len(DEBATE)
    await _idle(control, room)
    assert await _bot_says(control, room.chat_id, "대화가 뜨거워지고") == []
    assert await _bot_says(control, room.chat_id, "잠시 쉬어 갑니다") == []
    assert await _permissions_if(control, room, sending=True)


async def test_repeated_cooldowns_get_longer(sotong_fast, control: SandboxControl, room: Room) -> None:
    await control.post(room.chat_id, room.moderator, "/cooldown")
    [first] = await eventually(lambda: _bot_says(control, room.chat_id, "잠시 쉬어 갑니다"))
    assert "2초" in first["text"] and "관리자 요청" in first["text"]
    await eventually(lambda: _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다"))
    await control.post(room.chat_id, room.moderator, "/cooldown")
    await eventually(lambda: _bot_says(control, room.chat_id, "(4초)"))


async def test_a_cooldown_lifts_on_time_after_a_restart_before_its_end(bot_factory, control: SandboxControl, room: Room) -> None:
    bot = bot_factory(cooldown={"durations": [3]})
    await bot.start()
    await control.post(room.chat_id, room.moderator, "/cooldown")
    await eventually(lambda: _permissions_if(control, room, sending=False))
    await bot.restart()  # the timer of the old process is gone; the new one re-arms it from the database
    await eventually(lambda: _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다"), timeout=15)
    assert await _permissions_if(control, room, sending=True)
    assert len(await _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다")) == 1


async def test_a_cooldown_that_ended_while_the_bot_was_down_is_lifted_at_start_up(bot_factory, control: SandboxControl, room: Room) -> None:
    bot = bot_factory(cooldown={"durations": [1]}, scheduler={"sweep_seconds": 3600})  # only start-up can catch it
    runtime = await bot.start()
    await control.post(room.chat_id, room.moderator, "/cooldown")
    await eventually(lambda: _permissions_if(control, room, sending=False))
    async with runtime.db.session() as session:
        [(_, until)] = await cooldowns.pending(session)
    await bot.stop()
    timesource.advance(max(0.0, (until - utcnow()).total_seconds()) + 0.5)  # the end passes while nobody runs
    assert await _permissions_if(control, room, sending=False)  # still restricted: nobody lifted it
    await bot.start()
    await eventually(lambda: _permissions_if(control, room, sending=True))
    await eventually(lambda: _bot_says(control, room.chat_id, "쉬는 시간이 끝났습니다"))


async def _forum(control: SandboxControl, moderator: int, people: list[int], topic: str) -> tuple[int, int]:
    """A forum with one topic (the sandbox numbers the General topic 1: a message comes first)."""
    chat = await control.create_chat(title="과천 포럼", is_forum=True, creator_user_id=moderator)
    for person in people:
        await control.join(chat["id"], person, signals=())
    await control.post(chat["id"], moderator, "포럼을 엽니다")
    created = await control.create_topic(chat["id"], topic, user_id=moderator)
    return chat["id"], created["message_thread_id"]


async def test_a_forum_topic_is_closed_and_reopened(bot_factory, control: SandboxControl) -> None:
    moderator = await control.create_user(first_name="관리자")
    resident = await control.create_user(first_name="주민")
    chat_id, thread = await _forum(control, moderator["id"], [resident["id"]], "버스 노선 개편")
    chat = {"id": chat_id}
    topic = {"message_thread_id": thread}
    thread = topic["message_thread_id"]
    await bot_factory(cooldown={"durations": [2]}).start()
    said = await control.post(chat["id"], resident["id"], "노선 개편 반대합니다", message_thread_id=thread)
    await control.post(chat["id"], moderator["id"], "/cooldown", reply_to_message_id=said["message_id"])
    await eventually(lambda: _topic_closed(control, chat["id"], thread, True))
    [announcement] = await eventually(lambda: _bot_says(control, chat["id"], "이 주제를"))
    assert announcement["message_thread_id"] == thread
    assert (await control.chat(chat["id"]))["permissions"]["can_send_messages"] is True  # the rest of the forum goes on
    with pytest.raises(ControlAPIError, match="topic is closed"):
        await control.post(chat["id"], resident["id"], "닫혔나요?", message_thread_id=thread)
    await eventually(lambda: _topic_closed(control, chat["id"], thread, False))
    await eventually(lambda: _bot_says(control, chat["id"], "다시 열었습니다"))
    await control.post(chat["id"], resident["id"], "다시 열렸네요", message_thread_id=thread)


async def test_a_heated_forum_topic_is_closed_by_itself(bot_factory, sandbox, control: SandboxControl) -> None:
    moderator = await control.create_user(first_name="관리자")
    a = await control.create_user(first_name="주민A")
    b = await control.create_user(first_name="주민B")
    chat_id, thread = await _forum(control, moderator["id"], [a["id"], b["id"]], "주차 단속")
    chat, topic = {"id": chat_id}, {"message_thread_id": thread}
    runtime = await bot_factory(cooldown=FAST_HEAT).start()
    await _argue(control, chat["id"], a["id"], b["id"], lambda: settled(runtime, sandbox), thread=topic["message_thread_id"])
    await eventually(lambda: _topic_closed(control, chat["id"], topic["message_thread_id"], True))
    await eventually(lambda: _topic_closed(control, chat["id"], topic["message_thread_id"], False))


@pytest.fixture
async def sotong_fast(bot_factory):  # type: ignore[no-untyped-def]
    return await bot_factory(cooldown={"durations": [2, 4]}).start()


async def _permission_calls(control: SandboxControl, room: Room) -> tuple[float, float]:
    """When the room was restricted and when it was opened again: the times of the bot's setChatPermissions calls."""
    calls = [c for c in (await control.calls("setChatPermissions"))["calls"]
             if c["status"] == 200 and int(c["params"].get("chat_id", 0)) == room.chat_id]
    sending = [(c["time"], _permissions_of(c)["can_send_messages"]) for c in calls]
    restricted_at = next(at for at, can_send in sending if can_send is False)
    lifted_at = next(at for at, can_send in sending if can_send is True and at > restricted_at)
    return restricted_at, lifted_at


def _permissions_of(call: dict) -> dict:
    permissions = call["params"]["permissions"]
    return json.loads(permissions) if isinstance(permissions, str) else permissions


async def _permissions_if(control: SandboxControl, room: Room, sending: bool) -> dict | None:
    permissions = (await control.chat(room.chat_id))["permissions"]
    return permissions if permissions["can_send_messages"] is sending else None


async def _topic_closed(control: SandboxControl, chat_id: int, thread: int, closed: bool) -> bool:
    topics = (await control.chat(chat_id))["topics"]
    return any(t["message_thread_id"] == thread and t["closed"] is closed for t in topics)
