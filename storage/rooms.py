"""Rooms: per-room texts and language, the greeting of a burst of joins, and the pinned board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, case, literal, or_, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Room


# Built once: constructing a query costs as much as running it on SQLite, and this one
# runs for every update that changes anything in a room.
_BY_CHAT = select(Room).where(Room.chat_id == bindparam("chat_id"))


async def by_chat(session: AsyncSession, chat_id: int) -> Room | None:
    return (await session.exec(_BY_CHAT, params={"chat_id": chat_id})).scalars().first()


async def ensure(session: AsyncSession, chat_id: int, title: str = "", is_forum: bool = False, language: str = "ko") -> Room:
    """The room for a chat, created on first sight; keeps title and forum flag current."""
    room = await by_chat(session, chat_id)
    if room is None:
        room = Room(chat_id=chat_id, title=title, is_forum=is_forum, language=language)
        session.add(room)
        await session.flush()
    elif (title and room.title != title) or room.is_forum != is_forum:
        room.title = title or room.title
        room.is_forum = is_forum
    return room


async def get(session: AsyncSession, room_id: int) -> Room | None:
    return await session.get(Room, room_id)


ROOM_TEXTS = ("rules", "greeting")


async def set_text(session: AsyncSession, room: Room, kind: str, language: str, body: str | None) -> None:
    """A room's own rules or greeting in one language (None: back to the configured or built-in text)."""
    if kind not in ROOM_TEXTS or language not in ("ko", "en"):
        raise ValueError(f"no room text {kind}_{language}")
    setattr(room, f"{kind}_{language}", body)
    await session.flush()


async def all_rooms(session: AsyncSession) -> list[Room]:
    return list((await session.exec(select(Room).order_by(Room.id))).scalars())


async def note_joins(session: AsyncSession, room: Room, count: int, now: datetime, first: float, quiet: float, max_wait: float) -> datetime:
    """Add joins to the room's greeting and return when it is due.

    The first join in a quiet room is greeted `first` seconds later (joins
    within that share the greeting). Later joins, until `max_wait` after the
    first, are counted into that greeting: it is edited once nobody has joined
    for `quiet` seconds, and never later than `max_wait` after the first join.
    A join after that starts a new greeting.
    """
    window_open = room.greeting_first_at is not None and now < room.greeting_first_at + timedelta(seconds=max_wait)
    if not window_open and room.greeting_pending == 0:
        room.greeting_first_at = now
        room.greeting_count = 0
        room.greeting_due_at = now + timedelta(seconds=min(first, max_wait))
    elif room.greeting_count == 0 and room.greeting_due_at is not None:
        pass  # the greeting has not gone out yet: it will welcome these too
    else:
        end = (room.greeting_first_at or now) + timedelta(seconds=max_wait)
        room.greeting_due_at = min(end, now + timedelta(seconds=quiet))
    room.greeting_pending += count
    await session.flush()
    return room.greeting_due_at  # type: ignore[return-value]


@dataclass(frozen=True)
class DueGreeting:
    """A greeting to make now: welcome `count` people, by editing the greeting `edit` or by
    posting a new one (which replaces the greeting `replaced`, when there is one)."""

    count: int
    edit: int | None
    replaced: int | None


async def claim_greeting(session: AsyncSession, room_id: int, now: datetime) -> DueGreeting | None:
    """Take the due greeting of a room; None when it is not due or another worker took it.

    A conditional UPDATE, so with several workers exactly one claims it. A greeting whose
    message is not known yet (still on its way) cannot be edited: a new one counts everyone.
    """
    room = await session.get(Room, room_id, populate_existing=True)
    if room is None or room.greeting_due_at is None or room.greeting_due_at > now or room.greeting_pending <= 0:
        return None
    pending, due, welcomed, shown = room.greeting_pending, room.greeting_due_at, room.greeting_count, room.last_greeting_message_id
    edit = shown if welcomed > 0 and shown is not None else None
    values: dict = {"greeting_pending": 0, "greeting_due_at": None, "greeting_count": welcomed + pending}
    if edit is None:
        values["last_greeting_message_id"] = None  # the new greeting's id comes when it is sent
    result = await session.exec(
        update(Room)
        .where(Room.id == room_id, Room.greeting_due_at == due, Room.greeting_pending == pending)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return None
    await session.refresh(room)
    return DueGreeting(welcomed + pending, edit, None if edit is not None else shown)


async def due_greetings(session: AsyncSession, until: datetime | None = None) -> list[tuple[int, datetime]]:
    """(room id, due time) of pending greetings, optionally only those due by `until`."""
    query = select(Room.id, Room.greeting_due_at).where(Room.greeting_due_at.is_not(None))
    if until is not None:
        query = query.where(Room.greeting_due_at <= until)
    return [(row[0], row[1]) for row in await session.exec(query)]


async def remember_greeting(session: AsyncSession, room_id: int, message_id: int) -> int | None:
    """Store the newest greeting's message id; returns the one it replaces."""
    room = await session.get(Room, room_id)
    if room is None:
        return None
    previous = room.last_greeting_message_id
    room.last_greeting_message_id = message_id
    return previous


# -- the pinned "open complaints" board ---------------------------------------------------


async def mark_board(session: AsyncSession, room: Room, now: datetime, delay: float) -> datetime:
    """Ask for the room's board to be redrawn; returns when. A redraw already due stays
    due (a burst of changes makes one edit)."""
    # Decided by the row, not by what this unit read: another worker's redraw may have
    # claimed (cleared) it meanwhile, drawing the complaints without this change.
    column = Room.__table__.c.board_due_at
    due = literal(now + timedelta(seconds=delay), type_=column.type)
    await session.exec(
        update(Room)
        .where(Room.id == room.id)
        .values(board_due_at=case((or_(column.is_(None), column > due), due), else_=column))
        .execution_options(synchronize_session=False)
    )
    await session.refresh(room, ["board_due_at"])
    return room.board_due_at  # type: ignore[return-value]


async def claim_board(session: AsyncSession, room_id: int, now: datetime) -> Room | None:
    """Take the room's due redraw (a conditional UPDATE: exactly one worker gets it)."""
    room = await session.get(Room, room_id, populate_existing=True)
    if room is None or room.board_due_at is None or room.board_due_at > now:
        return None
    result = await session.exec(
        update(Room)
        .where(Room.id == room_id, Room.board_due_at == room.board_due_at)
        .values(board_due_at=None)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return None
    await session.refresh(room)
    room.board_drawn_at = now
    return room


async def due_boards(session: AsyncSession) -> list[tuple[int, datetime]]:
    """(room id, due time) of every board waiting for a redraw."""
    query = select(Room.id, Room.board_due_at).where(Room.board_due_at.is_not(None))
    return [(row[0], row[1]) for row in await session.exec(query)]


async def remember_board(session: AsyncSession, room_id: int, message_id: int) -> int | None:
    """Store the board's new message id; returns the one it replaces (None if none or the same)."""
    room = await session.get(Room, room_id)
    if room is None:
        return None
    previous = room.board_message_id
    room.board_message_id = message_id
    return previous if previous != message_id else None


async def forget_board(session: AsyncSession, room_id: int, message_id: int) -> bool:
    """The board message is gone: forget it (only if it is still the one stored)."""
    result = await session.exec(
        update(Room)
        .where(Room.id == room_id, Room.board_message_id == message_id)
        .values(board_message_id=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def stale_boards(session: AsyncSession, drawn_before: datetime) -> list[Room]:
    """Rooms whose board was last drawn before `drawn_before` and is not already due (its ages are stale)."""
    query = select(Room).where(
        Room.board_message_id.is_not(None), Room.board_due_at.is_(None), Room.board_drawn_at < drawn_before
    )
    return list((await session.exec(query)).scalars())
