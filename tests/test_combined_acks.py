"""A busy room: reports that wait for the room's message budget are acknowledged in one message.

Telegram lets a bot post 20 messages a minute in a group. When reports come faster,
the acknowledgements that waited for the same unit of budget go out together: one
line per report, each line linking to the report it answers, and each new
complaint's own buttons. Withdrawing one changes only its line.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.features.combined_acks import report_link
from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from moderation.intake import classify
from storage.models import Complaint, ComplaintSupporter
from tests.conftest import Room, bot_messages, eventually, settled

REPORTS = (
    "과천역 3번출구 앞 가로등이 나갔어요. 밤에 너무 어두워요",
    "중앙공원 놀이터 그네 줄이 끊어졌어요 아이들 다칠까 봐 걱정돼요",
    "별양동 주공아파트 앞 도로에 포트홀이 크게 생겼어요 차가 덜컹거려요",
)
BUDGET = 20  # a room's messages a minute in these tests (Telegram's own): a unit comes back every 3 s, so that
# the three reports posted together are filed well before it, also on a loaded machine


async def busy(bot_factory, room: Room, **sections: dict) -> Runtime:  # type: ignore[no-untyped-def]
    """A bot whose budget in the room is spent: what it says next waits for the next unit."""
    runtime = await bot_factory(telegram={"rate_limit": {"group_per_minute": BUDGET}}, **sections).start()
    for _ in range(BUDGET):
        await runtime.bot.rate_limiter.take(room.chat_id)  # type: ignore[union-attr]
    return runtime


async def replies(control: SandboxControl, room: Room) -> list[dict]:
    return [m for m in await bot_messages(control, room.chat_id) if m.get("reply_to_message_id")]


def linked(message: dict) -> list[str]:
    return [e["url"] for e in message.get("entities") or [] if e.get("type") == "text_link"]


def buttons_of(message: dict) -> list[dict]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def stored(runtime: Runtime) -> list[Complaint]:
    async with runtime.db.session() as session:
        return list((await session.exec(select(Complaint).order_by(Complaint.number))).scalars())


def test_the_reports_are_ones_the_bot_files_outright() -> None:
    # the scenarios below rely on each being filed, not asked about (a guard for model changes)
    assert all(classify(text).civic >= 0.9 and classify(text).kind == "complaint" for text in REPORTS)
    assert len({classify(text).category for text in REPORTS}) == len(REPORTS)  # no duplicate of another


async def test_reports_waiting_for_the_rooms_budget_get_one_acknowledgement(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    runtime = await busy(bot_factory, room)
    posted = await control.bulk_post(room.chat_id, [{"user_id": room.resident, "text": text} for text in REPORTS])
    [ack] = await eventually(lambda: replies(control, room), timeout=15)
    await settled(runtime, sandbox, timeout=40)
    assert await replies(control, room) == [ack]  # one message for the three, not three
    assert ack["text"].startswith("✅ 3건 접수했습니다.")
    for number in (1, 2, 3):
        assert f"민원 #{number} ·" in ack["text"]
    assert "가로등 · 과천역 3번출구" in ack["text"]
    assert ack["reply_to_message_id"] == posted["message_ids"][0]
    # each line's "글" opens the report it answers
    assert linked(ack) == [report_link(room.chat_id, message_id) for message_id in posted["message_ids"]]
    filed = await stored(runtime)
    assert [c.message_id for c in filed] == posted["message_ids"]
    assert all(c.ack_message_id == ack["message_id"] for c in filed)
    data = [b["callback_data"] for b in buttons_of(ack)]
    assert data == [f"c:{action}:{c.id}" for c in filed for action in ("follow", "withdraw")]
    assert [b["text"] for b in buttons_of(ack)][:2] == ["🔔 #1 1:1로 받기", "🙅 #1 민원 아님"]


async def test_a_lone_report_in_a_quiet_room_gets_its_own_acknowledgement(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    await bot_factory(telegram={"rate_limit": {"group_per_minute": BUDGET}}).start()
    posted = await control.post(room.chat_id, room.resident, REPORTS[0])
    [ack] = await eventually(lambda: replies(control, room))
    assert ack["reply_to_message_id"] == posted["message_id"]
    assert ack["text"].startswith("✅ 민원 #1 접수했습니다.") and not linked(ack)


async def test_withdrawing_one_report_changes_only_its_line(bot_factory, sandbox, control: SandboxControl, room: Room) -> None:
    runtime = await busy(bot_factory, room)
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    authors = [room.resident, neighbour["id"], room.resident]
    await control.bulk_post(room.chat_id, [{"user_id": a, "text": t} for a, t in zip(authors, REPORTS, strict=True)])
    [ack] = await eventually(lambda: replies(control, room), timeout=15)
    second = await stored(runtime)
    withdraw = f"c:withdraw:{second[1].id}"
    refused = await control.press(room.chat_id, ack["message_id"], room.resident, withdraw)  # not the author of #2
    assert "작성자" in ((await eventually(lambda: control.answer_of(refused)))["text"] or "")
    pressed = await control.press(room.chat_id, ack["message_id"], neighbour["id"], withdraw)
    await eventually(lambda: control.answer_of(pressed))
    await settled(runtime, sandbox, timeout=40)
    [now] = [m for m in await bot_messages(control, room.chat_id) if m["message_id"] == ack["message_id"]]
    assert "↩️ #2 접수 취소" in now["text"]
    assert "민원 #1 ·" in now["text"] and "민원 #3 ·" in now["text"] and "민원 #2 ·" not in now["text"]
    assert [b["callback_data"] for b in buttons_of(now)] == [
        f"c:{action}:{c.id}" for c in (second[0], second[2]) for action in ("follow", "withdraw")
    ]
    assert [c.status for c in await stored(runtime)] == ["received", "withdrawn", "received"]


async def test_a_reply_under_a_combined_acknowledgement_backs_none_of_its_reports(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    runtime = await busy(bot_factory, room)
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    await control.bulk_post(room.chat_id, [{"user_id": room.resident, "text": text} for text in REPORTS])
    [ack] = await eventually(lambda: replies(control, room), timeout=15)
    await control.post(room.chat_id, neighbour["id"], "저도요", reply_to_message_id=ack["message_id"])
    await settled(runtime, sandbox, timeout=40)
    async with runtime.db.session() as session:
        assert (await session.exec(select(ComplaintSupporter))).all() == []  # which of the three? none is guessed


async def test_reports_of_problems_already_filed_are_answered_together(bot_factory, sandbox, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(telegram={"rate_limit": {"group_per_minute": BUDGET}}).start()
    first = await control.post(room.chat_id, room.resident, REPORTS[0])
    await eventually(lambda: replies(control, room))
    for _ in range(BUDGET):
        await runtime.bot.rate_limiter.take(room.chat_id)  # type: ignore[union-attr]
    people = []
    for name in ("이웃1", "이웃2"):
        person = await control.create_user(first_name=name)
        await control.join(room.chat_id, person["id"], signals=())
        people.append(person["id"])
    again = ["과천역 3번출구 가로등 나갔네요 밤에 어두워요", "과천역 3번출구 앞 가로등 고장났어요 너무 어두워요"]
    posted = await control.bulk_post(room.chat_id, [{"user_id": p, "text": t} for p, t in zip(people, again, strict=True)])
    notes = await eventually(lambda: _replies_except(control, room, first["message_id"]), timeout=15)
    await settled(runtime, sandbox, timeout=40)
    [note] = await _replies_except(control, room, first["message_id"])
    assert note == notes[0]
    assert note["text"].startswith("👍 이미 접수된 내용과 같은 글 2건입니다.")
    assert "민원 #1과 같은 내용 (공감 2)" in note["text"]  # the particle fits the number, the count is today's
    assert linked(note) == [report_link(room.chat_id, message_id) for message_id in posted["message_ids"]]
    assert not buttons_of(note)
    assert len(await stored(runtime)) == 1


async def _replies_except(control: SandboxControl, room: Room, report: int) -> list[dict]:
    return [m for m in await replies(control, room) if m.get("reply_to_message_id") != report]
