"""Running counts of each room's complaints by status, category and department (complaint_tallies).

Counting a room's complaints by status or category read its whole history (at
100,000 complaints, most of /stats' 100-300 ms, on the event loop with SQLite). The
counts are kept instead. The two doors through which a complaint's status or department change
(storage.complaints.file and set_status) note the change in the session; the notes
are added in one statement when the unit of work commits (Database.session), in key
order. Added late and in order, the rows stay locked only for the commit, and two
transactions never wait for each other's rows in opposite orders (PostgreSQL); a
complaint filed and withdrawn in the same transaction nets out before it reaches them.
Readers of a session with notes pending (`settle` first) see their own changes.
"""

from __future__ import annotations

from collections import Counter

from sqlmodel.ext.asyncio.session import AsyncSession

from storage.dialect import add_counts, table_of
from storage.models import ComplaintTally

_PENDING = "complaint_tallies"
UNASSIGNED = ""  # the key's department for none


def key_department(department: str | None) -> str:
    return UNASSIGNED if department is None else department


def note(session: AsyncSession, room_id: int, status: str, category: str, department: str | None, change: int) -> None:
    """Count `change` complaints more (or fewer) under that key when the session commits."""
    pending: Counter = session.info.setdefault(_PENDING, Counter())
    pending[(room_id, status, category, key_department(department))] += change


def moved(session: AsyncSession, room_id: int, category: str, before: tuple[str, str | None], after: tuple[str, str | None]) -> None:
    """A complaint went from (status, department) `before` to `after`."""
    if before != after:
        note(session, room_id, before[0], category, before[1], -1)
        note(session, room_id, after[0], category, after[1], 1)


async def settle(session: AsyncSession) -> None:
    """Add the session's pending notes to the tallies, in key order; called before reading them and at commit."""
    pending: Counter | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    rows = [
        {"room_id": room_id, "status": status, "category": category, "department": department, "complaints": change}
        for (room_id, status, category, department), change in sorted(pending.items())
        if change
    ]
    await add_counts(session, table_of(ComplaintTally), rows, "complaints")
