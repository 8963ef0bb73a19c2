"""Dead letters: updates that could not be handled, kept for an operator to list, retry or drop.

An update becomes one when it cannot be parsed, when a handler fails for a reason a
retry would not cure (a bug), or after too many transient failures. Setting it aside
removes it from the inbox and records its id as processed in the same transaction, so
it neither blocks other updates nor comes back with a redelivery. A retry puts it back
in the inbox and forgets that id, so the running bot (or the next start) handles it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select, true
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import Database
from storage.dialect import insert_ignoring_duplicates, insert_ignoring_duplicates_statement
from storage.models import EPOCH, DeadLetter, InboxUpdate, ProcessedUpdate, utcnow


async def bury(session: AsyncSession, update_id: int, error: str, summary: str) -> bool:
    """Within the caller's transaction: move a stored update from the inbox to the dead letters
    and record its id as processed. False if it was no longer in the inbox."""
    inbox = InboxUpdate.__table__
    connection = await session.connection()
    # DELETE ... RETURNING: of two workers giving up on one update, one gets the row.
    taken = await connection.execute(
        delete(inbox).where(inbox.c.update_id == update_id).returning(inbox.c.payload, inbox.c.attempts)
    )
    row = taken.first()
    if row is None:
        return False
    now = utcnow()
    await connection.execute(
        insert(DeadLetter.__table__),
        {"update_id": update_id, "error": error, "summary": summary, "payload": row[0], "attempts": row[1], "failed_at": now},
    )
    await insert_ignoring_duplicates(session, ProcessedUpdate.__table__, [{"update_id": update_id, "processed_at": now}])
    return True


async def set_aside(db: Database, update_id: int | None, payload: str, error: str, summary: str) -> bool:
    """A dead letter for an update that never reached the inbox (it could not be parsed).

    Its id, if it has a usable one, is recorded as processed in the same transaction; if it
    was already (a redelivery), nothing is written and False is returned.
    """
    async with db.session() as session:
        connection = await session.connection()
        now = utcnow()
        if update_id is not None:
            statement = insert_ignoring_duplicates_statement(session, ProcessedUpdate.__table__)
            if (await connection.execute(statement, {"update_id": update_id, "processed_at": now})).rowcount == 0:
                return False
        await connection.execute(
            insert(DeadLetter.__table__),
            {"update_id": update_id, "error": error, "summary": summary, "payload": payload, "attempts": 0, "failed_at": now},
        )
    return True


async def listing(db: Database, limit: int = 1000) -> list[DeadLetter]:
    """The dead letters, oldest first."""
    async with db.session() as session:
        return list((await session.exec(select(DeadLetter).order_by(DeadLetter.id).limit(limit))).scalars())


async def count(db: Database) -> int:
    async with db.session() as session:
        return (await session.exec(select(func.count()).select_from(DeadLetter))).scalar_one()


def _chosen(ids: Sequence[int] | None):  # type: ignore[no-untyped-def]
    """The rows named by id, or all of them (None)."""
    return true() if ids is None else DeadLetter.__table__.c.id.in_(list(ids))


async def retry(db: Database, ids: Sequence[int] | None) -> tuple[list[int], list[int]]:
    """Put dead letters back in the inbox, due at once for any worker; `ids` None: all.

    Returns (the dead letters retried, those that cannot be: they had no update id).
    One transaction: each either goes back whole or stays.
    """
    table = DeadLetter.__table__
    async with db.session() as session:
        connection = await session.connection()
        rows = (
            await connection.execute(select(table.c.id, table.c.update_id, table.c.payload).where(_chosen(ids)).order_by(table.c.id))
        ).all()
        retried = [row for row in rows if row[1] is not None]
        if retried:
            now = utcnow()
            update_ids = [row[1] for row in retried]
            await connection.execute(delete(ProcessedUpdate.__table__).where(ProcessedUpdate.__table__.c.update_id.in_(update_ids)))
            await insert_ignoring_duplicates(
                session,
                InboxUpdate.__table__,
                [
                    {"update_id": row[1], "payload": row[2], "received_at": now, "claimed_until": EPOCH, "claimed_by": "",
                     "attempts": 0, "next_attempt_at": None}
                    for row in retried
                ],
            )
            await connection.execute(delete(table).where(table.c.id.in_([row[0] for row in retried])))
    return [row[0] for row in retried], [row[0] for row in rows if row[1] is None]


async def drop(db: Database, ids: Sequence[int] | None) -> int:
    """Delete dead letters for good; `ids` None: all. Returns how many."""
    async with db.session() as session:
        result = await session.exec(delete(DeadLetter).where(_chosen(ids)))
        return result.rowcount or 0


async def purge(db: Database, before: datetime) -> int:
    """Delete dead letters set aside before `before` (they expire: they hold ids and text)."""
    async with db.session() as session:
        result = await session.exec(delete(DeadLetter).where(DeadLetter.failed_at < before))
        return result.rowcount or 0
