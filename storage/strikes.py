"""Strikes per resident pseudonym; times only, the arithmetic is moderation/strikes.py."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Strike


async def times(session: AsyncSession, room_id: int, pseudonym: str, since: datetime) -> list[datetime]:
    """When the resident's strikes given after `since` were given, oldest first."""
    query = (
        select(Strike.given_at)
        .where(col(Strike.room_id) == room_id, col(Strike.pseudonym) == pseudonym, col(Strike.given_at) > since)
        .order_by(col(Strike.given_at))
    )
    return list(await session.exec(query))


async def add(session: AsyncSession, room_id: int, pseudonym: str, rule: str, now: datetime) -> None:
    session.add(Strike(room_id=room_id, pseudonym=pseudonym, rule=rule, given_at=now))
    await session.flush()


async def prune(session: AsyncSession, before: datetime) -> int:
    """Delete strikes given before `before` (expired everywhere); returns how many."""
    result = await session.exec(delete(Strike).where(col(Strike.given_at) <= before))
    return result.rowcount or 0


async def prune_expired(db, before: datetime) -> int:  # type: ignore[no-untyped-def]
    """`prune` in its own transaction (the sweep)."""
    async with db.session() as session:
        return await prune(session, before)
