"""The queries behind Open311 GeoReport v2 (bot/open311/): a room's complaints as service requests.

Withdrawn complaints ("not a complaint", pressed by the author or a moderator)
were never service requests: no query here returns them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import WITHDRAWN, Complaint, ComplaintDeadline, ComplaintEvent
RESOLUTION = "resolution"


async def in_window(
    session: AsyncSession,
    room_id: int,
    since: datetime,
    until: datetime,
    *,
    categories: Collection[str] = (),
    statuses: Collection[str] = (),
    limit: int,
) -> list[Complaint]:
    """The room's complaints filed in [since, until], newest first, at most `limit`.

    Empty `categories` or `statuses` mean all of them.
    """
    query = select(Complaint).where(
        Complaint.room_id == room_id,
        Complaint.status != WITHDRAWN,
        Complaint.created_at >= since,
        Complaint.created_at <= until,
    )
    if categories:
        query = query.where(Complaint.category.in_(sorted(categories)))
    if statuses:
        query = query.where(Complaint.status.in_(sorted(statuses)))
    query = query.order_by(Complaint.created_at.desc(), Complaint.id.desc()).limit(limit)
    return list((await session.exec(query)).scalars())


async def by_numbers(session: AsyncSession, room_id: int, numbers: Sequence[int]) -> list[Complaint]:
    """The room's complaints with these numbers, by number (unknown and withdrawn ones left out)."""
    if not numbers:
        return []
    query = (
        select(Complaint)
        .where(Complaint.room_id == room_id, Complaint.number.in_(sorted(set(numbers))), Complaint.status != WITHDRAWN)
        .order_by(Complaint.number)
    )
    return list((await session.exec(query)).scalars())


async def latest_events(session: AsyncSession, complaint_ids: Collection[int]) -> dict[int, ComplaintEvent]:
    """The last event of each complaint (ids grow with time), in one query."""
    if not complaint_ids:
        return {}
    last = (
        select(func.max(ComplaintEvent.id))
        .where(ComplaintEvent.complaint_id.in_(sorted(complaint_ids)))
        .group_by(ComplaintEvent.complaint_id)
    )
    rows = (await session.exec(select(ComplaintEvent).where(ComplaintEvent.id.in_(last)))).scalars()
    return {event.complaint_id: event for event in rows}


async def resolution_deadlines(session: AsyncSession, complaint_ids: Collection[int]) -> dict[int, datetime]:
    """When each complaint was promised to be resolved (proposals have no such promise)."""
    if not complaint_ids:
        return {}
    query = select(ComplaintDeadline.complaint_id, ComplaintDeadline.deadline_at).where(
        ComplaintDeadline.complaint_id.in_(sorted(complaint_ids)), ComplaintDeadline.stage == RESOLUTION
    )
    return {complaint_id: deadline_at for complaint_id, deadline_at in await session.exec(query)}
