"""Deadline storage on SQLite and PostgreSQL: durable due times, each step claimed exactly once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from storage import complaints, deadlines, rooms
from storage.database import Database
from storage.models import utcnow
from tests.conftest import eventually, lock_waiters


async def _complaint(database: Database) -> int:
    async with database.session() as session:
        room = await rooms.ensure(session, -1001, "과천")
        filed = await complaints.file(
            session, room_id=room.id, kind="complaint", category="streetlight", place=None, text="가로등", reporter="p1", message_id=1  # type: ignore[arg-type]
        )
        return filed.id  # type: ignore[return-value]


async def test_a_reminder_then_an_escalation_each_claimed_once(database: Database) -> None:
    complaint_id = await _complaint(database)
    now = utcnow()
    async with database.session() as session:
        row = await deadlines.promise(session, complaint_id, "first_response", now - timedelta(seconds=1))
        later = await deadlines.promise(session, complaint_id, "resolution", now + timedelta(hours=72))
    async with database.session() as session:
        assert sorted(await deadlines.pending(session), key=lambda p: p[1]) == [(row.id, row.deadline_at), (later.id, later.deadline_at)]
        assert not await deadlines.claim_reminder(session, later.id, now, now)  # not due yet
        assert not await deadlines.claim_escalation(session, row.id, now)  # no reminder yet
        assert await deadlines.claim_reminder(session, row.id, now, now + timedelta(minutes=30))
        assert not await deadlines.claim_reminder(session, row.id, now, now + timedelta(minutes=30))  # taken
        assert not await deadlines.claim_escalation(session, row.id, now)  # its time has not come
        assert await deadlines.claim_escalation(session, row.id, now + timedelta(minutes=30))
        assert not await deadlines.claim_escalation(session, row.id, now + timedelta(minutes=31))
    async with database.session() as session:
        stored = await deadlines.get(session, row.id)  # type: ignore[arg-type]
        assert stored is not None and stored.due_at is None and stored.reminded_at and stored.escalated_at
        assert await deadlines.pending(session) == [(later.id, later.deadline_at)]


async def test_a_kept_promise_settles_once_and_a_reopen_restarts_it(database: Database) -> None:
    complaint_id = await _complaint(database)
    now = utcnow()
    async with database.session() as session:
        row = await deadlines.promise(session, complaint_id, "first_response", now - timedelta(seconds=1))
        assert await deadlines.claim_reminder(session, row.id, now, now + timedelta(minutes=30))  # type: ignore[arg-type]
        assert await deadlines.settle(session, row.id, now)  # type: ignore[arg-type]
        assert not await deadlines.settle(session, row.id, now)  # type: ignore[arg-type]
        assert not await deadlines.claim_escalation(session, row.id, now + timedelta(hours=1))  # type: ignore[arg-type]
    async with database.session() as session:
        again = await deadlines.promise(session, complaint_id, "first_response", now + timedelta(minutes=30))
    assert again.id == row.id  # one row per complaint and stage
    async with database.session() as session:
        stored = await deadlines.get(session, row.id)  # type: ignore[arg-type]
        assert stored is not None
        assert (stored.due_at, stored.reminded_at, stored.escalated_at, stored.met_at) == (now + timedelta(minutes=30), None, None, None)


async def test_workers_racing_for_one_reminder_send_it_once(database: Database) -> None:
    complaint_id = await _complaint(database)
    now = utcnow()
    async with database.session() as session:
        row = await deadlines.promise(session, complaint_id, "first_response", now - timedelta(seconds=1))

    async def worker() -> bool:
        async with database.session() as session:
            won = await deadlines.claim_reminder(session, row.id, utcnow(), now + timedelta(minutes=30))  # type: ignore[arg-type]
            if won and database.dialect == "postgresql":
                # hold the transaction open until the three others wait for the row
                # (SQLite's units queue on its one connection instead)
                await eventually(lambda: _at_least(lock_waiters(database), 3))
            return won

    assert sorted(await asyncio.gather(*(worker() for _ in range(4)))) == [False, False, False, True]


async def _at_least(count, least: int) -> bool:  # type: ignore[no-untyped-def]
    return await count >= least
