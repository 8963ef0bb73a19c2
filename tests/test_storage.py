"""Storage on SQLite and PostgreSQL: migrations, the inbox, the outbox, rooms and residents."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from storage import outbox, residents, rooms, timesource, updates
from storage.database import Database, alembic_config
from storage.models import Room, utcnow


async def test_migrations_bring_the_schema_to_head_and_can_run_again(database: Database) -> None:
    await database.migrate()  # a second start-up finds nothing to do
    async with database.session() as session:
        version = (await session.exec(text("SELECT version_num FROM alembic_version"))).scalar_one()
    assert version == ScriptDirectory.from_config(alembic_config()).get_current_head()


async def test_inbox_stores_each_update_once_and_skips_handled_ones(database: Database) -> None:
    assert await updates.receive(database, [(10, '{"update_id": 10}'), (11, '{"update_id": 11}')]) == [10, 11]
    # a redelivery of the same batch, plus one new update
    assert await updates.receive(database, [(11, '{"update_id": 11}'), (12, '{"update_id": 12}')]) == [12]
    assert [u for u, _ in await updates.pending(database)] == [10, 11, 12]

    async with database.session() as session:
        await updates.finish(session, [10, 11])
    assert [u for u, _ in await updates.pending(database)] == [12]
    assert await updates.is_processed(database, 10)
    assert await updates.receive(database, [(10, '{"update_id": 10}')]) == []  # handled: never again


async def test_finish_is_atomic_with_the_effects(database: Database) -> None:
    await updates.receive(database, [(20, "{}")])
    try:
        async with database.session() as session:
            session.add(Room(chat_id=-1001, title="과천"))
            await updates.finish(session, [20])
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    assert [u for u, _ in await updates.pending(database)] == [20]
    async with database.session() as session:
        assert await rooms.by_chat(session, -1001) is None


async def test_two_workers_handling_one_update_commit_its_effects_once(database: Database) -> None:
    # the update waited in one worker's memory past its claim, and another worker took it over
    await updates.receive(database, [(60, "{}")])

    # PostgreSQL: both are inside their transaction before either finishes. (SQLite's units queue
    # on its one connection: they cannot overlap, and the second finds the update handled.)
    inside = asyncio.Barrier(2)

    async def handle(chat_id: int) -> str:
        try:
            async with database.session() as session:
                session.add(Room(chat_id=chat_id, title="과천"))  # the unit's effects
                await session.flush()
                if database.dialect == "postgresql":
                    await inside.wait()
                await updates.finish_claimed(session, 60)
        except updates.HandledElsewhere:
            return "rolled back"
        return "committed"

    outcomes = await asyncio.gather(handle(-1002), handle(-1003))
    assert sorted(outcomes) == ["committed", "rolled back"]
    async with database.session() as session:
        kept = [await rooms.by_chat(session, chat_id) for chat_id in (-1002, -1003)]
    assert sum(room is not None for room in kept) == 1
    assert await updates.is_processed(database, 60)
    assert await updates.pending(database) == []


async def test_an_unfinished_update_is_taken_over_only_when_its_claim_ran_out(database: Database) -> None:
    await updates.receive(database, [(40, "{}")], lease=timedelta(seconds=0.3))
    assert await updates.claim_abandoned(database, lease=timedelta(seconds=60)) == []  # its worker is on it
    timesource.advance(0.4)  # the claim runs out
    # several workers sweep at once: exactly one takes it over, and holds it for its own lease
    taken = await asyncio.gather(*(updates.claim_abandoned(database, lease=timedelta(seconds=60)) for _ in range(4)))
    assert sorted(len(t) for t in taken) == [0, 0, 0, 1]
    assert await updates.claim_abandoned(database, lease=timedelta(seconds=60)) == []


async def test_a_restarted_worker_takes_back_its_own_updates_at_once_but_not_others(database: Database) -> None:
    await updates.receive(database, [(50, "{}")], lease=timedelta(seconds=60), worker="host-a")
    await updates.receive(database, [(51, "{}")], lease=timedelta(seconds=60), worker="host-b")
    # host-a restarts after a crash: its own claim is from its previous run; host-b is alive
    taken = await updates.claim_abandoned(database, lease=timedelta(seconds=60), worker="host-a", own_too=True)
    assert [update_id for update_id, _ in taken] == [50]
    assert await updates.claim_abandoned(database, lease=timedelta(seconds=60), worker="host-c", own_too=True) == []


async def test_prune_forgets_old_handled_ids(database: Database) -> None:
    await updates.receive(database, [(30, "{}")])
    async with database.session() as session:
        await updates.finish(session, [30])
    assert await updates.prune_processed(database, utcnow() - timedelta(days=1)) == 0
    assert await updates.prune_processed(database, utcnow() + timedelta(seconds=1)) == 1
    assert not await updates.is_processed(database, 30)


async def test_outbox_keeps_calls_until_done(database: Database) -> None:
    async with database.session() as session:
        first = await outbox.add(session, -100, "sendMessage", {"text": "안녕하세요"}, purpose="greeting", room_id=None)
        await outbox.add(session, -100, "deleteMessage", {"message_id": 5})
    pending = await outbox.pending(database)
    assert [m.method for m in pending] == ["sendMessage", "deleteMessage"]
    assert outbox.params_of(pending[0]) == {"text": "안녕하세요"}
    async with database.session() as session:
        await outbox.done(session, first.id)
    assert [m.method for m in await outbox.pending(database)] == ["deleteMessage"]


async def test_a_stored_call_is_made_by_the_worker_holding_its_claim(database: Database) -> None:
    lease = timedelta(seconds=60)
    async with database.session() as session:
        held = await outbox.add(session, -100, "sendMessage", {"text": "민원 #1 접수"})
        outbox.claim_new([held], "a", lease)
        stale = await outbox.add(session, -100, "sendMessage", {"text": "민원 #2 접수"})
        outbox.claim_new([stale], "a", -lease)  # worker a stopped long ago without making it
    # Another worker's sweep leaves a live claim alone and takes over the one that ran out.
    assert [m.id for m in await outbox.claim_pending(database, "b", lease)] == [stale.id]
    assert await outbox.claim_pending(database, "c", lease) == []
    async with database.session() as session:
        assert await outbox.renew(session, held.id, "a", lease)  # type: ignore[arg-type]
        assert not await outbox.renew(session, stale.id, "a", lease)  # type: ignore[arg-type]  # b's now: a must not make it
    # A restarted worker takes back its own calls at once.
    assert [m.id for m in await outbox.claim_pending(database, "a", lease, own_too=True)] == [held.id]


async def test_workers_sweeping_the_outbox_together_take_each_call_once(database: Database) -> None:
    async with database.session() as session:  # unclaimed calls, as stored before claims existed
        ids = [(await outbox.add(session, -100, "sendMessage", {"text": f"안내 {i}"})) for i in range(5)]
    expected = sorted(m.id for m in ids)  # type: ignore[type-var]

    async def sweep(worker: str) -> list[int]:
        return [m.id for m in await outbox.claim_pending(database, worker, timedelta(seconds=60))]  # type: ignore[misc]

    taken = [i for batch in await asyncio.gather(*(sweep(w) for w in "abcd")) for i in batch]
    assert sorted(taken) == expected


async def test_the_first_join_is_greeted_soon_and_later_joins_are_counted_into_that_greeting(database: Database) -> None:
    start = utcnow() - timedelta(seconds=120)
    async with database.session() as session:
        room = await rooms.ensure(session, -200, "과천시 소통방")
        assert await rooms.note_joins(session, room, 1, start, first=1, quiet=10, max_wait=60) == start + timedelta(seconds=1)
        # Someone joining before it goes out shares it.
        assert await rooms.note_joins(
            session, room, 1, start + timedelta(seconds=0.5), first=1, quiet=10, max_wait=60
        ) == start + timedelta(seconds=1)
        due = await rooms.claim_greeting(session, room.id, start + timedelta(seconds=1))
        assert due == rooms.DueGreeting(count=2, edit=None, replaced=None)  # a new greeting for two
        await rooms.remember_greeting(session, room.id, 41)
        # The burst goes on: the greeting is edited once joins quiet down, never past max_wait.
        assert await rooms.note_joins(session, room, 1, start + timedelta(seconds=20), first=1, quiet=10, max_wait=60) == start + timedelta(
            seconds=30
        )
        assert await rooms.note_joins(session, room, 3, start + timedelta(seconds=55), first=1, quiet=10, max_wait=60) == start + timedelta(
            seconds=60
        )
        assert await rooms.claim_greeting(session, room.id, start + timedelta(seconds=59)) is None  # not due yet
        assert await rooms.claim_greeting(session, room.id, start + timedelta(seconds=60)) == rooms.DueGreeting(
            count=6, edit=41, replaced=None
        )
        # After the window a join gets a greeting of its own, which replaces the old one.
        assert await rooms.note_joins(session, room, 1, start + timedelta(seconds=90), first=1, quiet=10, max_wait=60) == start + timedelta(
            seconds=91
        )
        assert await rooms.claim_greeting(session, room.id, start + timedelta(seconds=91)) == rooms.DueGreeting(
            count=1, edit=None, replaced=41
        )
        assert room.last_greeting_message_id is None  # the new one's id comes when it is sent


async def test_joins_counted_into_a_greeting_still_on_its_way_get_a_new_greeting_for_everyone(database: Database) -> None:
    start = utcnow() - timedelta(seconds=120)
    async with database.session() as session:
        room = await rooms.ensure(session, -250, "방")
        await rooms.note_joins(session, room, 1, start, first=1, quiet=10, max_wait=60)
        assert await rooms.claim_greeting(session, room.id, start + timedelta(seconds=1)) == rooms.DueGreeting(1, None, None)
        await rooms.note_joins(session, room, 2, start + timedelta(seconds=5), first=1, quiet=10, max_wait=60)
        # Its message id never came back (Telegram slow or refusing): it cannot be edited.
        assert await rooms.claim_greeting(session, room.id, start + timedelta(seconds=15)) == rooms.DueGreeting(3, None, None)


async def test_a_due_greeting_is_claimed_exactly_once_by_concurrent_workers(database: Database) -> None:
    now = utcnow()
    async with database.session() as session:
        room = await rooms.ensure(session, -300, "방")
        await rooms.note_joins(session, room, 3, now - timedelta(seconds=30), first=1, quiet=1, max_wait=5)
        room_id = room.id

    async def claim() -> int:
        async with database.session() as session:
            due = await rooms.claim_greeting(session, room_id, utcnow())
            return due.count if due is not None else 0

    results = await asyncio.gather(*(claim() for _ in range(4)))
    assert sorted(results) == [0, 0, 0, 3]
    async with database.session() as session:
        assert await rooms.due_greetings(session) == []


async def test_greeting_not_claimed_before_it_is_due(database: Database) -> None:
    now = utcnow()
    async with database.session() as session:
        room = await rooms.ensure(session, -400, "방")
        await rooms.note_joins(session, room, 1, now, first=1, quiet=30, max_wait=60)
        assert await rooms.claim_greeting(session, room.id, now) is None
        assert [rid for rid, _ in await rooms.due_greetings(session, until=now)] == []
        assert [rid for rid, _ in await rooms.due_greetings(session)] == [room.id]


async def test_one_join_seen_twice_counts_once(database: Database) -> None:
    now = utcnow()
    async with database.session() as session:
        room = await rooms.ensure(session, -500, "방")
        assert await residents.record_join(session, room.id, "ab" * 16, now, window=600)
        assert not await residents.record_join(session, room.id, "ab" * 16, now + timedelta(seconds=2), window=600)
        assert await residents.record_join(session, room.id, "ab" * 16, now + timedelta(hours=2), window=600)


async def test_sqlite_runs_in_wal_mode_with_secure_delete(tmp_path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    async with db.engine.connect() as connection:
        assert (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
        assert (await connection.exec_driver_sql("PRAGMA secure_delete")).scalar() == 1
    await db.close()


async def test_sqlite_statements_run_on_the_event_loop_without_a_thread_hop(tmp_path) -> None:
    import threading

    from sqlalchemy.exc import OperationalError

    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    async with db.engine.connect() as connection:
        raw = await connection.get_raw_connection()
        await raw.driver_connection.create_function("thread_id", 0, threading.get_ident)
        assert (await connection.exec_driver_sql("SELECT thread_id()")).scalar() == threading.get_ident()
        with pytest.raises(OperationalError):  # errors still reach the caller as SQLAlchemy's
            await connection.exec_driver_sql("SELECT * FROM no_such_table")
    threads = threading.active_count()
    async with db.session() as session:
        await session.connection()
    assert threading.active_count() == threads
    await db.close()
