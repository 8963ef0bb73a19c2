"""Counts and timelines of a room's complaints, as /stats reads them.

Two choices made here, shared by every reader of these numbers:
- A first response is the first event that moves a complaint out of `received`
  to any state but `withdrawn`: withdrawing is "not a complaint" (often pressed
  by the author), not an answer from the city.
- A resolution is the first event to `resolved`. A rejection or a merge closes
  a complaint without fixing anything and usually within minutes; counting
  them would make a department that rejects look fast. (Reminders stop at any
  closing state: moderation.deadlines.is_met asks a different question.)
Withdrawn complaints have no timeline: they were never complaints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import NOT_A_RESPONSE, RECEIVED, RESOLVED, WITHDRAWN, Complaint, ComplaintEvent


@dataclass(frozen=True)
class Timeline:
    """When one complaint was filed, first answered and resolved (None: not yet)."""

    department: str | None
    filed_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class Scope:
    """Some departments' complaints: assigned to one of them, or unassigned in one of their categories.

    The figures a department's staff group reads (and no other department's). None: all of a room's.
    """

    departments: tuple[str, ...]
    categories: tuple[str, ...]

    def condition(self) -> ColumnElement[bool]:
        return or_(
            Complaint.department.in_(self.departments),
            and_(Complaint.department.is_(None), Complaint.category.in_(self.categories)),
        )


def _within(scope: Scope | None) -> ColumnElement[bool]:
    return true() if scope is None else scope.condition()


def scope_of(departments: Iterable[tuple[str, Iterable[str]]]) -> Scope:
    """A Scope from (department, its categories) pairs."""
    pairs = list(departments)
    return Scope(tuple(name for name, _ in pairs), tuple(c for _, categories in pairs for c in categories))


async def count_by_status(session: AsyncSession, room_id: int, scope: Scope | None = None) -> dict[str, int]:
    """How many of the room's complaints are in each status, all time."""
    query = select(Complaint.status, func.count()).where(Complaint.room_id == room_id, _within(scope)).group_by(Complaint.status)
    return {status: count for status, count in await session.exec(query)}


async def count_by_category(session: AsyncSession, room_id: int, scope: Scope | None = None) -> list[tuple[str, int]]:
    """(category, count) of the room's complaints, all time, largest first."""
    count = func.count().label("n")
    query = (
        select(Complaint.category, count)
        .where(Complaint.room_id == room_id, _within(scope))
        .group_by(Complaint.category)
        .order_by(count.desc(), Complaint.category)
    )
    return [(category, n) for category, n in await session.exec(query)]


async def timelines(session: AsyncSession, room_id: int, since: datetime, scope: Scope | None = None) -> list[Timeline]:
    """The timeline of each complaint of the room filed since `since` (withdrawn ones left out)."""
    first_response = (
        select(func.min(ComplaintEvent.created_at))
        .where(
            ComplaintEvent.complaint_id == Complaint.id,
            ComplaintEvent.from_status == RECEIVED,
            ComplaintEvent.status.not_in(NOT_A_RESPONSE),
        )
        .scalar_subquery()
    )
    resolved = (
        select(func.min(ComplaintEvent.created_at))
        .where(ComplaintEvent.complaint_id == Complaint.id, ComplaintEvent.status == RESOLVED)
        .scalar_subquery()
    )
    query = (
        select(Complaint.department, Complaint.created_at, first_response, resolved)
        .where(Complaint.room_id == room_id, Complaint.created_at >= since, Complaint.status != WITHDRAWN, _within(scope))
        .order_by(Complaint.id)
    )
    return [Timeline(*row) for row in await session.exec(query)]
