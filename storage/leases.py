"""Claims on rows that several workers may pick up: the inbox's updates, the outbox's calls.

A row carries `claimed_until` and `claimed_by`; the worker holding the claim acts on
it until then. Another worker takes over only rows whose claim ran out, by a
conditional UPDATE that re-checks the condition on each row, so of several workers
taking over at once each row goes to one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import Column, ColumnElement, Row, Table, and_, or_, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import utcnow


async def take_over(
    session: AsyncSession,
    table: Table,
    key: Column,
    worker: str,
    lease: timedelta,
    own_too: bool = False,
    limit: int = 1000,
    returning: Sequence[Column] = (),
    due: ColumnElement[bool] | None = None,
) -> list[Row]:
    """Claim for `worker` the rows of `table` whose claim ran out, oldest `key` first; with
    `own_too` (a worker starting up), also those still claimed under its own name, which
    its previous run left; only rows meeting `due`, if given (e.g. a retry's time has come).
    Returns (key, *returning) of each row claimed, sorted by key."""
    now = utcnow()
    takeable = table.c.claimed_until < now
    if own_too:
        takeable = or_(takeable, table.c.claimed_by == worker)
    if due is not None:
        takeable = and_(takeable, due)
    connection = await session.connection()
    candidates = (await connection.execute(select(key).where(takeable).order_by(key).limit(limit))).scalars().all()
    if not candidates:
        return []
    claimed = await connection.execute(
        update(table).where(key.in_(candidates), takeable).values(claimed_until=now + lease, claimed_by=worker).returning(key, *returning)
    )
    return sorted(claimed.all(), key=lambda row: row[0])
