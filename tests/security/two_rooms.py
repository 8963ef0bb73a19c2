"""The scene of the authority and button attacks: two rooms of one city and two departments.

Room A is the fixture's "과천시 소통방"; room B, "안양시 소통방", has a moderator and a resident of
its own. Streetlight and road complaints go to 도로과, parks to 공원녹지과 (tests.conftest.routed).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from storage import rooms
from storage.models import Complaint, ComplaintEvent, ComplaintFollower
from tests.conftest import Desk, Room, bot_messages, eventually, routed

STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요"
BENCH = "중앙공원 벤치가 부서졌어요 앉으면 위험해요"
POTHOLE = "별양동 사거리 도로에 포트홀이 생겼어요 위험해요"


@dataclass
class Town:
    runtime: Runtime
    a: Room
    b: Room
    roads: Desk
    parks: Desk


async def town(
    bot_factory, control: SandboxControl, room: Room, desks: dict[str, Desk], db_url: str | None = None, **sections: dict
) -> Town:  # type: ignore[no-untyped-def]
    """Both rooms, both departments' groups, and a bot routing complaints to them."""
    moderator = await control.create_user(first_name="안양 소통담당")
    resident = await control.create_user(first_name="안양 주민")
    chat = await control.create_chat(title="안양시 소통방", type="supergroup", creator_user_id=moderator["id"])
    await control.join(chat["id"], resident["id"], signals=())
    config = routed(desks)
    for name, values in sections.items():
        config.setdefault(name, {}).update(values)
    runtime = await bot_factory(db_url, **config).start()
    return Town(runtime, room, Room(chat["id"], moderator["id"], resident["id"]), desks["도로과"], desks["공원녹지과"])


async def replies_to(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


def buttons_of(message: dict) -> list[dict]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def file(control: SandboxControl, room: Room, body: str = STREETLIGHT, user: int | None = None) -> tuple[dict, dict]:
    """A resident's complaint and the bot's acknowledgement under it."""
    posted = await control.post(room.chat_id, user or room.resident, body)
    [ack] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    assert "접수했습니다" in ack["text"], ack["text"]
    return posted, ack


async def answer(control: SandboxControl, chat_id: int, asked: dict) -> str:
    """The bot's reply to a message (a command) in a chat."""
    [reply] = await eventually(lambda: replies_to(control, chat_id, asked["message_id"]))
    return reply["text"]


async def ask_privately(control: SandboxControl, user: int, body: str) -> str:
    """A command in the user's private chat, and the bot's reply to it."""
    asked = await control.private(user, body)
    return await answer(control, user, asked)


async def pressed(
    control: SandboxControl, chat_id: int, message_id: int, user: int, data: str, forged: bool = True, timeout: float = 10
) -> dict:
    """Press (by default as a modified client would) and return the bot's answer: it must come."""
    query = await control.press(chat_id, message_id, user, data, forged=forged)
    return await eventually(lambda: control.answer_of(query), timeout=timeout)


async def room_id(runtime: Runtime, room: Room) -> int:
    async with runtime.db.session() as session:
        return (await rooms.by_chat(session, room.chat_id)).id  # type: ignore[union-attr]


async def snapshot(runtime: Runtime) -> list[tuple]:
    """Every complaint as stored, with its events: what no refused action may change."""
    async with runtime.db.session() as session:
        rows = [
            (c.id, c.room_id, c.number, c.status, c.department, c.text, c.place, c.duplicate_of, c.reporter)
            for c in (await session.exec(select(Complaint).order_by(Complaint.id))).scalars()
        ]
        events = [
            (e.complaint_id, e.status, e.note) for e in (await session.exec(select(ComplaintEvent).order_by(ComplaintEvent.id))).scalars()
        ]
    return rows + events


async def followers(runtime: Runtime) -> list[tuple[int, int]]:
    async with runtime.db.session() as session:
        return [(f.complaint_id, f.user_id) for f in (await session.exec(select(ComplaintFollower))).scalars()]


async def complaint(runtime: Runtime, room: Room, number: int) -> Complaint:
    async with runtime.db.session() as session:
        found = await rooms.by_chat(session, room.chat_id)
        query = select(Complaint).where(Complaint.room_id == found.id, Complaint.number == number)  # type: ignore[union-attr]
        return (await session.exec(query)).scalars().one()
