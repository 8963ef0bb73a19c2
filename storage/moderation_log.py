"""The moderation log: every rule applied and every moderator action, newest first to read."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import ModerationRecord, utcnow

EXCERPT_LIMIT = 200


async def record(
    session: AsyncSession,
    room_id: int,
    action: str,
    *,
    rule: str | None = None,
    excerpt: str | None = None,
    pseudonym: str | None = None,
    actor: str = "bot",
    now: datetime | None = None,
) -> ModerationRecord:
    """Store one action. `excerpt` must already be redacted; it is cut to EXCERPT_LIMIT characters."""
    if excerpt is not None and len(excerpt) > EXCERPT_LIMIT:
        excerpt = excerpt[: EXCERPT_LIMIT - 1] + "…"
    entry = ModerationRecord(
        room_id=room_id, rule=rule, action=action, excerpt=excerpt, pseudonym=pseudonym, actor=actor, created_at=now or utcnow()
    )
    session.add(entry)
    await session.flush()
    return entry


async def recent(session: AsyncSession, room_id: int, limit: int = 10, offset: int = 0) -> list[ModerationRecord]:
    """A room's actions, newest first; `offset` pages back."""
    query = (
        select(ModerationRecord)
        .where(col(ModerationRecord.room_id) == room_id)
        .order_by(col(ModerationRecord.created_at).desc(), col(ModerationRecord.id).desc())
        .offset(offset)
        .limit(limit)
    )
    return list(await session.exec(query))
