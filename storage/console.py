"""What the staff console reads and keeps: login tokens and sessions (hashes only), the complaint list
with its filters, sorting and pages, overdue deadlines, statistics, and public boards.

Everything is scoped: a `Scope` says which complaints the person asking may see
(bot/console/access.py decides it), and every query here applies it, so a page
can never show more than its reader's authority.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, exists, false, func, or_, select, true, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import tallies
from storage.dialect import without_parallel_workers
from storage.stats import event_times
from storage.models import (
    OPEN_STATUSES,
    RECEIVED,
    RESOLVED,
    SETTLED_STATUSES,
    WITHDRAWN,
    Complaint,
    ComplaintDeadline,
    ComplaintEvent,
    ComplaintFollower,
    ComplaintSupporter,
    ComplaintTally,
    ConsoleLoginToken,
    ConsoleSession,
    PublicBoard,
    Room,
)

# Withdrawn ("not a complaint") is left out unless asked for by name.
STATUS_GROUPS = {"open": OPEN_STATUSES, "closed": SETTLED_STATUSES}

# -- login tokens and sessions ----------------------------------------------------------------


async def issue_login(session: AsyncSession, token_hash: str, expires_at: datetime, now: datetime) -> None:
    """Remember a login link as unused; links and sessions long over are dropped on the way."""
    await session.exec(delete(ConsoleLoginToken).where(ConsoleLoginToken.expires_at < now))  # type: ignore[call-overload]
    await session.exec(delete(ConsoleSession).where(ConsoleSession.expires_at < now))  # type: ignore[call-overload]
    session.add(ConsoleLoginToken(token_hash=token_hash, created_at=now, expires_at=expires_at))
    await session.flush()


async def use_login(session: AsyncSession, token_hash: str, now: datetime) -> bool:
    """Spend a login link: True exactly once, for a link that exists and has not expired."""
    result = await session.exec(
        update(ConsoleLoginToken)  # type: ignore[call-overload]
        .where(ConsoleLoginToken.token_hash == token_hash, ConsoleLoginToken.used_at.is_(None), ConsoleLoginToken.expires_at > now)
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def start_session(session: AsyncSession, session_hash: str, now: datetime, expires_at: datetime) -> None:
    session.add(ConsoleSession(session_hash=session_hash, created_at=now, expires_at=expires_at))
    await session.flush()


async def session_alive(session: AsyncSession, session_hash: str, now: datetime) -> bool:
    query = select(ConsoleSession.session_hash).where(
        ConsoleSession.session_hash == session_hash, ConsoleSession.ended_at.is_(None), ConsoleSession.expires_at > now
    )
    return (await session.exec(query)).first() is not None  # type: ignore[call-overload]


async def end_session(session: AsyncSession, session_hash: str, now: datetime) -> None:
    await session.exec(
        update(ConsoleSession)  # type: ignore[call-overload]
        .where(ConsoleSession.session_hash == session_hash, ConsoleSession.ended_at.is_(None))
        .values(ended_at=now)
        .execution_options(synchronize_session=False)
    )


# -- who sees what ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """The complaints someone may see: everything, or those of some rooms and some departments.

    A department's complaints are those assigned to it, and the unassigned ones of
    the categories routed to it (`categories`), as bot.features.departments routes them.
    """

    everything: bool = False
    room_ids: frozenset[int] = frozenset()
    departments: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()

    def clause(self) -> ColumnElement[bool]:
        if self.everything:
            return true()
        parts: list[ColumnElement[bool]] = []
        if self.room_ids:
            parts.append(Complaint.room_id.in_(sorted(self.room_ids)))  # type: ignore[attr-defined]
        if self.departments:
            parts.append(Complaint.department.in_(sorted(self.departments)))  # type: ignore[union-attr]
        if self.categories:
            parts.append(and_(Complaint.department.is_(None), Complaint.category.in_(sorted(self.categories))))  # type: ignore[union-attr,attr-defined]
        return or_(*parts) if parts else false()

    def tally_clause(self) -> ColumnElement[bool]:
        """The same on complaint_tallies (storage/tallies.py), where unassigned is ""."""
        if self.everything:
            return true()
        parts: list[ColumnElement[bool]] = []
        if self.room_ids:
            parts.append(ComplaintTally.room_id.in_(sorted(self.room_ids)))  # type: ignore[attr-defined]
        if self.departments:
            parts.append(ComplaintTally.department.in_(sorted(self.departments)))  # type: ignore[attr-defined]
        if self.categories:
            parts.append(and_(ComplaintTally.department == tallies.UNASSIGNED, ComplaintTally.category.in_(sorted(self.categories))))  # type: ignore[attr-defined]
        return or_(*parts) if parts else false()


@dataclass(frozen=True)
class Filters:
    """The list's filters; every field optional. Dates are UTC bounds, `until` exclusive."""

    room_id: int | None = None
    status: str | None = None  # a status, "open" or "closed"; None: all but withdrawn
    category: str | None = None
    department: str | None = None  # "-": unassigned
    overdue: bool = False
    text: str = ""
    since: datetime | None = None
    until: datetime | None = None
    sort: str = "filed"
    descending: bool = True


SORTS = ("filed", "number", "updated", "status", "category", "room", "supporters")


def _overdue(now: datetime) -> ColumnElement[bool]:
    """An open complaint with a promise past its time and not kept (a first response counts only while received)."""
    deadline = ComplaintDeadline
    return and_(
        Complaint.status.in_(OPEN_STATUSES),  # type: ignore[attr-defined]
        exists().where(
            deadline.complaint_id == Complaint.id,
            deadline.met_at.is_(None),  # type: ignore[union-attr]
            deadline.deadline_at <= now,
            or_(deadline.stage == "resolution", Complaint.status == RECEIVED),
        ),
    )


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _by_room_status_category_department(
    table: type[Complaint] | type[ComplaintTally], filters: Filters, unassigned: ColumnElement[bool]
) -> list[ColumnElement[bool]]:
    """The filters complaints and their tallies share (the same columns); `unassigned` is "no department"."""
    where = []
    if filters.room_id is not None:
        where.append(table.room_id == filters.room_id)
    if filters.status in STATUS_GROUPS:
        where.append(table.status.in_(STATUS_GROUPS[filters.status]))  # type: ignore[attr-defined]
    elif filters.status:
        where.append(table.status == filters.status)
    else:
        where.append(table.status != WITHDRAWN)
    if filters.category:
        where.append(table.category == filters.category)
    if filters.department == "-":
        where.append(unassigned)
    elif filters.department:
        where.append(table.department == filters.department)
    return where  # type: ignore[return-value]


def _where(scope: Scope, filters: Filters, now: datetime) -> list[ColumnElement[bool]]:
    unassigned = Complaint.department.is_(None)  # type: ignore[union-attr]
    where = [scope.clause(), *_by_room_status_category_department(Complaint, filters, unassigned)]
    if filters.overdue:
        where.append(_overdue(now))
    text = filters.text.strip()
    if text:
        number = text.lstrip("#")
        pattern = f"%{_escape_like(text)}%"
        matches = [Complaint.text.ilike(pattern, escape="\\"), Complaint.place.ilike(pattern, escape="\\")]  # type: ignore[attr-defined,union-attr]
        if number.isascii() and number.isdigit() and len(number) <= 9:
            matches.append(Complaint.number == int(number))
        where.append(or_(*matches))
    if filters.since is not None:
        where.append(Complaint.created_at >= filters.since)
    if filters.until is not None:
        where.append(Complaint.created_at < filters.until)
    return where


@dataclass(frozen=True)
class Listed:
    complaint: Complaint
    room_title: str
    supporters: int
    overdue: bool


def _supporters():  # type: ignore[no-untyped-def]
    return (
        select(func.count(ComplaintSupporter.id))
        .where(ComplaintSupporter.complaint_id == Complaint.id)
        .correlate(Complaint)
        .scalar_subquery()
    )


async def search(
    session: AsyncSession, scope: Scope, filters: Filters, now: datetime, offset: int = 0, limit: int = 50
) -> list[Listed]:
    """One page of the filtered, sorted list."""
    supporters = _supporters().label("supporters")
    overdue = _overdue(now).label("overdue")
    sorts = {
        "filed": Complaint.created_at,
        "number": Complaint.number,
        "updated": Complaint.updated_at,
        "status": Complaint.status,
        "category": Complaint.category,
        "room": Complaint.room_id,
        "supporters": supporters,
    }
    key = sorts.get(filters.sort, Complaint.created_at)
    order = [key.desc(), Complaint.id.desc()] if filters.descending else [key.asc(), Complaint.id.asc()]  # type: ignore[union-attr,attr-defined]
    query = (
        select(Complaint, Room.title, supporters, overdue)
        .join(Room, Room.id == Complaint.room_id)  # type: ignore[arg-type]
        .where(*_where(scope, filters, now))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [Listed(c, title or "", int(n or 0), bool(late)) for c, title, n, late in await session.exec(query)]  # type: ignore[call-overload]


async def count(session: AsyncSession, scope: Scope, filters: Filters, now: datetime) -> int:
    """How many complaints the filters match: from the tallies when they say it, else counted."""
    if not (filters.text.strip() or filters.overdue or filters.since or filters.until):
        return await _tallied_count(session, scope, filters)
    query = select(func.count()).select_from(Complaint).where(*_where(scope, filters, now))
    return (await session.exec(query)).scalar_one()  # type: ignore[call-overload]


async def _tallied_count(session: AsyncSession, scope: Scope, filters: Filters) -> int:
    """`count` for filters on room, status, category and department only: no count over the rooms' history."""
    tally = ComplaintTally
    unassigned = tally.department == tallies.UNASSIGNED
    where = [scope.tally_clause(), *_by_room_status_category_department(tally, filters, unassigned)]  # type: ignore[arg-type]
    await tallies.settle(session)
    query = select(func.coalesce(func.sum(tally.complaints), 0)).where(*where)
    return int((await session.exec(query)).scalar_one())  # type: ignore[call-overload]


async def find(session: AsyncSession, complaint_id: int) -> tuple[Complaint, Room] | None:
    row = (await session.exec(select(Complaint, Room).join(Room, Room.id == Complaint.room_id).where(Complaint.id == complaint_id))).first()  # type: ignore[call-overload,arg-type]
    return (row[0], row[1]) if row is not None else None


async def follower_count(session: AsyncSession, complaint_id: int) -> int:
    query = select(func.count()).select_from(ComplaintFollower).where(ComplaintFollower.complaint_id == complaint_id)
    return (await session.exec(query)).scalar_one()  # type: ignore[call-overload]


async def rooms_in(session: AsyncSession, scope: Scope) -> list[Room]:
    """The rooms someone may filter by: all, or those moderated and those holding their department's complaints."""
    if scope.everything:
        return list((await session.exec(select(Room).order_by(Room.id))).scalars())  # type: ignore[call-overload]
    with_complaints = select(Complaint.room_id).where(scope.clause()).distinct()
    query = select(Room).where(or_(Room.id.in_(sorted(scope.room_ids)), Room.id.in_(with_complaints))).order_by(Room.id)  # type: ignore[union-attr]
    return list((await session.exec(query)).scalars())  # type: ignore[call-overload]


async def departments_in(session: AsyncSession, scope: Scope) -> list[str]:
    """The departments named on the complaints someone may see."""
    query = select(Complaint.department).where(scope.clause(), Complaint.department.is_not(None)).distinct()  # type: ignore[union-attr]
    return sorted(row[0] for row in await session.exec(query))  # type: ignore[call-overload]


# -- overdue work ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    complaint: Complaint
    room_title: str
    stage: str  # "first_response" | "resolution"
    deadline_at: datetime


async def due_by(session: AsyncSession, scope: Scope, until: datetime, limit: int = 1000) -> list[Due]:
    """Unkept promises of open complaints due by `until` (missed ones included), soonest first."""
    deadline = ComplaintDeadline
    query = (
        select(Complaint, Room.title, deadline.stage, deadline.deadline_at)
        .join(deadline, deadline.complaint_id == Complaint.id)  # type: ignore[arg-type]
        .join(Room, Room.id == Complaint.room_id)  # type: ignore[arg-type]
        .where(
            scope.clause(),
            Complaint.status.in_(OPEN_STATUSES),  # type: ignore[attr-defined]
            deadline.met_at.is_(None),  # type: ignore[union-attr]
            deadline.deadline_at <= until,
            or_(deadline.stage == "resolution", Complaint.status == RECEIVED),
        )
        .order_by(deadline.deadline_at, deadline.id)
        .limit(limit)
    )
    return [Due(c, title or "", stage, at) for c, title, stage, at in await session.exec(query)]  # type: ignore[call-overload]


# -- statistics (the same definitions as storage/stats.py, over a scope) ------------------------


async def count_by_status(session: AsyncSession, scope: Scope, room_id: int | None = None) -> dict[str, int]:
    """How many complaints are in each status (from the tallies, storage/tallies.py)."""
    await tallies.settle(session)
    n = func.sum(ComplaintTally.complaints)
    query = select(ComplaintTally.status, n).where(scope.tally_clause()).group_by(ComplaintTally.status).having(n > 0)
    if room_id is not None:
        query = query.where(ComplaintTally.room_id == room_id)
    return {status: int(count) for status, count in await session.exec(query)}  # type: ignore[call-overload]


async def count_by_category(session: AsyncSession, scope: Scope, room_id: int | None = None) -> list[tuple[str, int]]:
    """(category, count), largest first; withdrawn ones ("not a complaint") left out (from the tallies)."""
    await tallies.settle(session)
    n = func.sum(ComplaintTally.complaints).label("n")
    query = select(ComplaintTally.category, n).where(scope.tally_clause(), ComplaintTally.status != WITHDRAWN)
    if room_id is not None:
        query = query.where(ComplaintTally.room_id == room_id)
    query = query.group_by(ComplaintTally.category).having(n > 0).order_by(n.desc(), ComplaintTally.category)
    return [(category, int(count)) for category, count in await session.exec(query)]  # type: ignore[call-overload]


@dataclass(frozen=True)
class Timeline:
    department: str | None
    category: str
    filed_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None


async def timelines(session: AsyncSession, scope: Scope, since: datetime, room_id: int | None = None) -> list[Timeline]:
    """Filed, first answered and resolved, per complaint filed since `since` (storage/stats.py's definitions:
    a first response is the first move out of received to anything but withdrawn; a resolution is `resolved`),
    in one grouped pass over the window's complaints and their events."""
    first_response, resolved = event_times()
    query = (
        select(Complaint.department, Complaint.category, Complaint.created_at, first_response, resolved)
        .outerjoin(ComplaintEvent, ComplaintEvent.complaint_id == Complaint.id)  # type: ignore[arg-type]
        .where(scope.clause(), Complaint.created_at >= since, Complaint.status != WITHDRAWN)
    )
    if room_id is not None:
        query = query.where(Complaint.room_id == room_id)
    query = query.group_by(Complaint.id, Complaint.department, Complaint.category, Complaint.created_at).order_by(Complaint.id)
    await without_parallel_workers(session)
    return [Timeline(*row) for row in await session.exec(query)]  # type: ignore[call-overload]


async def filed_and_resolved(
    session: AsyncSession, scope: Scope, since: datetime, room_id: int | None = None
) -> tuple[list[datetime], list[datetime]]:
    """When complaints were filed, and when they were resolved, since `since` (for the weekly trend)."""
    filed = select(Complaint.created_at).where(scope.clause(), Complaint.created_at >= since, Complaint.status != WITHDRAWN)
    resolved = (
        select(ComplaintEvent.created_at)
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)  # type: ignore[arg-type]
        .where(
            scope.clause(),
            ComplaintEvent.status == RESOLVED,
            ComplaintEvent.from_status != RESOLVED,
            ComplaintEvent.created_at >= since,
        )
    )
    if room_id is not None:
        filed = filed.where(Complaint.room_id == room_id)
        resolved = resolved.where(Complaint.room_id == room_id)
    return [row[0] for row in await session.exec(filed)], [row[0] for row in await session.exec(resolved)]  # type: ignore[call-overload]


# -- public boards ---------------------------------------------------------------------------------


async def public_board(session: AsyncSession, room_id: int) -> bool:
    return await session.get(PublicBoard, room_id) is not None


async def set_public_board(session: AsyncSession, room_id: int, enabled: bool, actor: str) -> None:
    board = await session.get(PublicBoard, room_id)
    if enabled and board is None:
        session.add(PublicBoard(room_id=room_id, enabled_by=actor))
    elif not enabled and board is not None:
        await session.delete(board)
    await session.flush()

