"""Cool-downs: durable `until`, saved room permissions, and a lift claimed exactly once."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Cooldown

ROOM = "room"
TOPIC = "topic"


async def start(
    session: AsyncSession,
    room_id: int,
    kind: str,
    started_at: datetime,
    until: datetime,
    *,
    message_thread_id: int | None = None,
    saved_permissions: dict | None = None,
    reason: str = "heat",
    actor: str = "bot",
) -> Cooldown:
    cooldown = Cooldown(
        room_id=room_id,
        kind=kind,
        message_thread_id=message_thread_id,
        started_at=started_at,
        until=until,
        saved_permissions=json.dumps(saved_permissions) if saved_permissions is not None else None,
        reason=reason,
        actor=actor,
    )
    session.add(cooldown)
    await session.flush()
    return cooldown


def _target(room_id: int, kind: str, message_thread_id: int | None):  # type: ignore[no-untyped-def]
    clauses = [Cooldown.room_id == room_id, Cooldown.kind == kind]
    if kind == TOPIC:
        clauses.append(Cooldown.message_thread_id == message_thread_id)
    return clauses


async def active(session: AsyncSession, room_id: int, kind: str, message_thread_id: int | None = None) -> Cooldown | None:
    """The cool-down of this room or topic that has not been lifted yet (even if overdue)."""
    query = select(Cooldown).where(*_target(room_id, kind, message_thread_id), Cooldown.lifted_at.is_(None)).order_by(Cooldown.id.desc())
    return (await session.exec(query)).scalars().first()


async def active_in_room(session: AsyncSession, room_id: int) -> list[Cooldown]:
    query = select(Cooldown).where(Cooldown.room_id == room_id, Cooldown.lifted_at.is_(None)).order_by(Cooldown.id)
    return list((await session.exec(query)).scalars())


async def starts_since(session: AsyncSession, room_id: int, kind: str, message_thread_id: int | None, since: datetime) -> list[datetime]:
    """When earlier cool-downs of the same room or topic started (for the longer-each-time ladder)."""
    query = select(Cooldown.started_at).where(*_target(room_id, kind, message_thread_id), Cooldown.started_at > since)
    return list((await session.exec(query)).scalars())


async def claim_lift(session: AsyncSession, cooldown_id: int, now: datetime, *, early: bool = False) -> Cooldown | None:
    """Take the lift of a cool-down; None when it is not due yet (unless `early`) or already lifted.

    A conditional UPDATE, so with several workers (or a timer racing the sweep) exactly one lifts it.
    """
    clauses = [Cooldown.id == cooldown_id, Cooldown.lifted_at.is_(None)]
    if not early:
        clauses.append(Cooldown.until <= now)
    result = await session.exec(update(Cooldown).where(*clauses).values(lifted_at=now).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return None
    return await session.get(Cooldown, cooldown_id, populate_existing=True)


async def pending(session: AsyncSession) -> list[tuple[int, datetime]]:
    """(id, until) of every cool-down not lifted yet."""
    query = select(Cooldown.id, Cooldown.until).where(Cooldown.lifted_at.is_(None))
    return [(row[0], row[1]) for row in await session.exec(query)]


def permissions_of(cooldown: Cooldown) -> dict | None:
    return json.loads(cooldown.saved_permissions) if cooldown.saved_permissions else None
