"""Periodic jobs with a durable due time (scheduled_jobs): claimed by one conditional UPDATE."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from storage.database import Database
from storage.dialect import insert_ignoring_duplicates, table_of
from storage.models import ScheduledJob


async def claim(db: Database, name: str, now: datetime, retry_at: datetime) -> bool:
    """True if the job `name` is due at `now` and this caller took this run. Its due time
    becomes `retry_at` (should the run fail or its worker die, it is tried again then)
    until `finish` sets the next one. A job never seen before is due at once."""
    table = table_of(ScheduledJob)
    async with db.session() as session:
        await insert_ignoring_duplicates(session, table, [{"name": name, "due_at": now, "last_run_at": None}])
    async with db.session() as session:
        connection = await session.connection()
        taken = await connection.execute(
            update(table).where(table.c.name == name, table.c.due_at <= now).values(due_at=retry_at, last_run_at=now)
        )
        return taken.rowcount == 1


async def due_at(db: Database, name: str) -> datetime | None:
    async with db.session() as session:
        job = await session.get(ScheduledJob, name)
        return job.due_at if job is not None else None


async def finish(db: Database, name: str, next_due: datetime) -> None:
    """The run went through: the job is next due at `next_due`."""
    table = table_of(ScheduledJob)
    async with db.session() as session:
        connection = await session.connection()
        await connection.execute(update(table).where(table.c.name == name).values(due_at=next_due))
