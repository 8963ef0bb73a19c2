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

Counts come from the running tallies (storage/tallies.py), timelines from the
complaints filed in the window: neither reads a room's whole history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, bindparam, case, func, or_, select, true
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import tallies
from storage.dialect import without_parallel_workers
from storage.models import NOT_A_RESPONSE, RECEIVED, RESOLVED, WITHDRAWN, Complaint, ComplaintEvent, ComplaintTally


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

    def tally_condition(self) -> ColumnElement[bool]:
        """The same condition on complaint_tallies, where unassigned is ""."""
        return or_(
            ComplaintTally.department.in_(self.departments),
            and_(ComplaintTally.department == tallies.UNASSIGNED, ComplaintTally.category.in_(self.categories)),
        )


def _within(scope: Scope | None) -> ColumnElement[bool]:
    return true() if scope is None else scope.condition()


def _tallied(scope: Scope | None) -> ColumnElement[bool]:
    return true() if scope is None else scope.tally_condition()


def scope_of(departments: Iterable[tuple[str, Iterable[str]]]) -> Scope:
    """A Scope from (department, its categories) pairs."""
    pairs = list(departments)
    return Scope(tuple(name for name, _ in pairs), tuple(c for _, categories in pairs for c in categories))


async def count_by_status(session: AsyncSession, room_id: int, scope: Scope | None = None) -> dict[str, int]:
    """How many of the room's complaints are in each status, all time."""
    await tallies.settle(session)
    count = func.sum(ComplaintTally.complaints)
    query = (
        select(ComplaintTally.status, count)
        .where(ComplaintTally.room_id == room_id, _tallied(scope))
        .group_by(ComplaintTally.status)
        .having(count > 0)
    )
    return {status: int(n) for status, n in await session.exec(query)}


async def count_by_category(session: AsyncSession, room_id: int, scope: Scope | None = None) -> list[tuple[str, int]]:
    """(category, count) of the room's complaints, all time, largest first."""
    await tallies.settle(session)
    count = func.sum(ComplaintTally.complaints).label("n")
    query = (
        select(ComplaintTally.category, count)
        .where(ComplaintTally.room_id == room_id, _tallied(scope))
        .group_by(ComplaintTally.category)
        .having(count > 0)
        .order_by(count.desc(), ComplaintTally.category)
    )
    return [(category, int(n)) for category, n in await session.exec(query)]


async def timelines(session: AsyncSession, room_id: int, since: datetime, scope: Scope | None = None) -> list[Timeline]:
    """The timeline of each complaint of the room filed since `since` (withdrawn ones left out).

    One pass over the window's complaints (ix_complaints_filed) and their events
    (ix_complaint_events_timeline holds what is read of them), grouped: two subqueries
    per complaint cost twice as much. Rows as plain tuples: a window holds a thousand
    complaints and more, and ORM rows would cost more than the query.
    """
    query = _TIMELINES if scope is None else _timelines(scope.condition())
    await without_parallel_workers(session)
    connection = await session.connection()
    return [Timeline(*row) for row in await connection.execute(query, {"room_id": room_id, "since": since})]


def event_times():  # type: ignore[no-untyped-def]
    """(first response, resolution) of a complaint, as aggregates over its events joined to it."""
    answered = and_(ComplaintEvent.from_status == RECEIVED, ComplaintEvent.status.not_in(NOT_A_RESPONSE))
    first_response = func.min(case((answered, ComplaintEvent.created_at)))
    resolved = func.min(case((ComplaintEvent.status == RESOLVED, ComplaintEvent.created_at)))
    return first_response, resolved


def _timelines(within: ColumnElement[bool]):  # type: ignore[no-untyped-def]
    first_response, resolved = event_times()
    return (
        select(Complaint.department, Complaint.created_at, first_response, resolved)
        .outerjoin(ComplaintEvent, ComplaintEvent.complaint_id == Complaint.id)
        .where(Complaint.room_id == bindparam("room_id"), Complaint.created_at >= bindparam("since"), Complaint.status != WITHDRAWN, within)
        .group_by(Complaint.id, Complaint.department, Complaint.created_at)
        .order_by(Complaint.id)
    )


_TIMELINES = _timelines(true())  # a room's, built once (building it costs a good part of running it)
