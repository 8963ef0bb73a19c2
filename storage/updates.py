"""Durable receiving: the inbox of raw updates and the ids of handled ones.

An update is stored before Telegram is told it arrived; its effects are committed
in the same transaction that moves its id from the inbox to `processed_updates`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, or_, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import deadletters, leases
from storage.database import Database
from storage.dialect import insert_ignoring_duplicates, insert_ignoring_duplicates_statement
from storage.models import InboxUpdate, ProcessedUpdate, utcnow


async def receive(
    db: Database, updates: Iterable[tuple[int, str]], lease: timedelta = timedelta(seconds=60), worker: str = ""
) -> list[int]:
    """Store raw updates not seen before, claimed by `worker` for `lease`; returns the new ids."""
    batch = {update_id: payload for update_id, payload in updates}
    if not batch:
        return []
    async with db.session() as session:
        ids = list(batch)
        seen = set((await session.exec(select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id.in_(ids)))).scalars())
        seen |= set((await session.exec(select(InboxUpdate.update_id).where(InboxUpdate.update_id.in_(ids)))).scalars())
        fresh = sorted(update_id for update_id in ids if update_id not in seen)
        if fresh:
            now = utcnow()
            rows = [
                {"update_id": i, "payload": batch[i], "received_at": now, "claimed_until": now + lease, "claimed_by": worker} for i in fresh
            ]
            await insert_ignoring_duplicates(session, InboxUpdate.__table__, rows)
    return fresh


async def pending(db: Database, limit: int = 10_000) -> list[tuple[int, str]]:
    """Stored updates not yet handled, oldest first (for start-up)."""
    async with db.session() as session:
        rows = await session.exec(select(InboxUpdate.update_id, InboxUpdate.payload).order_by(InboxUpdate.update_id).limit(limit))
        return [(row[0], row[1]) for row in rows]


async def claim_abandoned(
    db: Database, lease: timedelta, worker: str = "", own_too: bool = False, limit: int = 1000
) -> list[tuple[int, str]]:
    """Take over stored updates whose claim ran out (their worker stopped or crashed).

    With `own_too` (at start-up), also those claimed under this worker's own name:
    they belong to its previous run, which is gone. See storage.leases. An update
    waiting for its retry after a transient failure (see `postpone`) is taken when due.
    """
    table = InboxUpdate.__table__
    due = or_(table.c.next_attempt_at.is_(None), table.c.next_attempt_at <= utcnow())
    async with db.session() as session:
        rows = await leases.take_over(
            session, table, table.c.update_id, worker, lease, own_too, limit, returning=(table.c.payload,), due=due
        )
    return [(row[0], row[1]) for row in rows]


async def postpone(
    db: Database, update_id: int, error: str, summary: str, max_attempts: int, backoff: Callable[[int], timedelta]
) -> int | None:
    """After a transient failure: count it and release the update until `backoff(attempts)`
    from now, when any worker's sweep takes it again; at the `max_attempts`th failure, set it
    aside as a dead letter instead, so it cannot loop forever. One transaction.

    Returns the failures counted so far (None: the update is no longer in the inbox).
    """
    table = InboxUpdate.__table__
    async with db.session() as session:
        connection = await session.connection()
        # UPDATE first: on PostgreSQL it locks the row, so two workers count one failure each.
        counted = await connection.execute(
            update(table).where(table.c.update_id == update_id).values(attempts=table.c.attempts + 1).returning(table.c.attempts)
        )
        attempts = counted.scalar_one_or_none()
        if attempts is None:
            return None
        if attempts >= max_attempts:
            await deadletters.bury(session, update_id, f"gave up after {attempts} attempts; last: {error}", summary)
            return attempts
        now = utcnow()
        await connection.execute(
            update(table).where(table.c.update_id == update_id).values(claimed_until=now, next_attempt_at=now + backoff(attempts))
        )
        return attempts


# Built once: it runs in every unit of work that changed something (see storage.dialect).
_DROP = delete(InboxUpdate.__table__).where(InboxUpdate.__table__.c.update_id.in_(bindparam("ids", expanding=True)))


async def finish(session: AsyncSession, update_ids: Iterable[int]) -> None:
    """Within the caller's transaction: drop the raw updates and remember their ids."""
    ids = list(update_ids)
    if not ids:
        return
    # Core, not ORM: no inbox row is ever loaded as an object, so there is nothing to synchronise.
    await (await session.connection()).execute(_DROP, {"ids": ids})
    now = utcnow()
    rows = [{"update_id": i, "processed_at": now} for i in ids]
    await insert_ignoring_duplicates(session, ProcessedUpdate.__table__, rows)


class HandledElsewhere(Exception):
    """Another worker committed this update's effects first: this unit of work must roll back."""


async def finish_claimed(session: AsyncSession, update_id: int) -> None:
    """Within a unit of work's transaction: mark one update handled, or raise HandledElsewhere.

    An update waits in a worker's memory while its claim runs; should it wait past
    the claim, another worker takes it over and both handle it. The id's row in
    `processed_updates` decides which of them commits: the second insert finds it
    (on PostgreSQL after waiting for the first transaction) and this one rolls back.
    """
    connection = await session.connection()
    await connection.execute(_DROP, {"ids": [update_id]})
    statement = insert_ignoring_duplicates_statement(session, ProcessedUpdate.__table__)
    inserted = await connection.execute(statement, {"update_id": update_id, "processed_at": utcnow()})
    if inserted.rowcount == 0:
        raise HandledElsewhere(update_id)


async def is_processed(db: Database, update_id: int) -> bool:
    async with db.session() as session:
        return (await session.get(ProcessedUpdate, update_id)) is not None


async def prune_processed(db: Database, before: datetime) -> int:
    """Forget handled ids older than Telegram's redelivery horizon."""
    async with db.session() as session:
        result = await session.exec(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before))
        return result.rowcount or 0


async def highest_seen(db: Database) -> int:
    """The highest update id the database remembers (handled, waiting or set aside); 0 if none."""
    from sqlalchemy import func

    from storage.models import DeadLetter

    async with db.session() as session:
        highest = 0
        for column in (ProcessedUpdate.update_id, InboxUpdate.update_id, DeadLetter.update_id):
            value = (await session.exec(select(func.max(column)))).scalar()
            highest = max(highest, int(value or 0))
    return highest
