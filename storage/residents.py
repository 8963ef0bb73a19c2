"""Residents, known by pseudonym only."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Resident


async def get(session: AsyncSession, room_id: int, pseudonym: str) -> Resident | None:
    query = select(Resident).where(col(Resident.room_id) == room_id, col(Resident.pseudonym) == pseudonym)
    return (await session.exec(query)).first()


async def record_join(session: AsyncSession, room_id: int, pseudonym: str, now: datetime, window: float) -> bool:
    """Note a join; False when this person's join was already seen within `window` seconds.

    Telegram reports one join twice (a chat_member update and a service message),
    and this is what makes the two count once.
    """
    resident = await get(session, room_id, pseudonym)
    if resident is None:
        session.add(Resident(room_id=room_id, pseudonym=pseudonym, joined_at=now, last_seen_at=now))
        await session.flush()
        return True
    resident.last_seen_at = now
    if resident.joined_at is not None and now - resident.joined_at < timedelta(seconds=window):
        return False
    resident.joined_at = now
    return True
