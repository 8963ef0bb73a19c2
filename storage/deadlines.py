"""Response deadlines: durable `due_at` per complaint and stage, each step claimed exactly once.

The rules (when a promise is met, what comes after a reminder) are in
moderation/deadlines.py; this module only stores and claims.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import ComplaintDeadline


async def promise(session: AsyncSession, complaint_id: int, stage: str, deadline_at: datetime) -> ComplaintDeadline:
    """Start (or, after a reopen, restart) a promise: nothing reminded or escalated yet."""
    query = select(ComplaintDeadline).where(ComplaintDeadline.complaint_id == complaint_id, ComplaintDeadline.stage == stage)
    row = (await session.exec(query)).scalars().first()
    if row is None:
        row = ComplaintDeadline(complaint_id=complaint_id, stage=stage, deadline_at=deadline_at)
        session.add(row)
    row.deadline_at = row.due_at = deadline_at
    row.reminded_at = row.escalated_at = row.met_at = None
    await session.flush()
    return row


async def of_complaint(session: AsyncSession, complaint_id: int) -> list[ComplaintDeadline]:
    query = select(ComplaintDeadline).where(ComplaintDeadline.complaint_id == complaint_id).order_by(ComplaintDeadline.id)
    return list((await session.exec(query)).scalars())


async def get(session: AsyncSession, deadline_id: int) -> ComplaintDeadline | None:
    return await session.get(ComplaintDeadline, deadline_id, populate_existing=True)


async def settle(session: AsyncSession, deadline_id: int, now: datetime) -> bool:
    """The promise was kept (or no longer matters): nothing more is due. False when already settled."""
    result = await session.exec(
        update(ComplaintDeadline)
        .where(ComplaintDeadline.id == deadline_id, ComplaintDeadline.due_at.is_not(None))
        .values(due_at=None, met_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def claim_reminder(session: AsyncSession, deadline_id: int, now: datetime, escalate_at: datetime) -> bool:
    """Take the reminder of a due deadline; False when it is not due or another worker took it."""
    result = await session.exec(
        update(ComplaintDeadline)
        .where(ComplaintDeadline.id == deadline_id, ComplaintDeadline.reminded_at.is_(None), ComplaintDeadline.due_at <= now)
        .values(reminded_at=now, due_at=escalate_at)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def claim_escalation(session: AsyncSession, deadline_id: int, now: datetime) -> bool:
    """Take the escalation of a reminded deadline that is due again; False when not due or taken."""
    result = await session.exec(
        update(ComplaintDeadline)
        .where(
            ComplaintDeadline.id == deadline_id,
            ComplaintDeadline.reminded_at.is_not(None),
            ComplaintDeadline.escalated_at.is_(None),
            ComplaintDeadline.due_at <= now,
        )
        .values(escalated_at=now, due_at=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def pending(session: AsyncSession) -> list[tuple[int, datetime]]:
    """(id, due_at) of every deadline with a step still to come."""
    query = select(ComplaintDeadline.id, ComplaintDeadline.due_at).where(ComplaintDeadline.due_at.is_not(None))
    return [(row[0], row[1]) for row in await session.exec(query)]
