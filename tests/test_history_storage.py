"""Queries that must not read a room's history, on SQLite and PostgreSQL: the running tallies
(storage/tallies.py) equal a count over the complaints whatever happened, the migration starts
them from existing complaints, and the per-status pages of open complaints equal the plain query."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import func, insert, select

from storage import complaints, console, rooms, stats, tallies
from storage.database import Database, alembic_config
from storage.models import OPEN_STATUSES, Complaint, ComplaintCounter, ComplaintTally, Room, utcnow


async def _room(database: Database, chat_id: int) -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, chat_id, "과천")).id  # type: ignore[return-value]


async def _file(database: Database, room_id: int, category: str = "road", message_id: int | None = None) -> Complaint:
    async with database.session() as session:
        return await complaints.file(
            session,
            room_id=room_id,
            kind="complaint",
            category=category,
            place=None,
            text="보도블럭이 깨졌어요",
            reporter="p1",
            message_id=message_id,
        )


async def _move(database: Database, room_id: int, number: int, status: str, **department: str | None) -> None:
    async with database.session() as session:
        complaint = await complaints.locked(session, room_id, number)
        await complaints.set_status(session, complaint, status, "mod", **department)  # type: ignore[arg-type]


async def _counted(database: Database) -> dict[tuple, int]:
    """What the tallies must say: a count over every complaint."""
    department = func.coalesce(Complaint.department, "")
    query = select(Complaint.room_id, Complaint.status, Complaint.category, department, func.count()).group_by(
        Complaint.room_id, Complaint.status, Complaint.category, department
    )
    async with database.session() as session:
        return {tuple(row[:4]): row[4] for row in await session.exec(query)}  # type: ignore[call-overload]


async def _tallied(database: Database) -> dict[tuple, int]:
    tally = ComplaintTally
    async with database.session() as session:
        rows = await session.exec(select(tally.room_id, tally.status, tally.category, tally.department, tally.complaints))  # type: ignore[call-overload]
        return {tuple(row[:4]): row[4] for row in rows if row[4]}


async def test_the_tallies_equal_a_count_of_the_complaints_after_every_kind_of_change(database: Database) -> None:
    gwacheon, anyang = await _room(database, -1001), await _room(database, -1002)
    for i, category in enumerate(["road", "road", "streetlight", "waste", "road"], start=1):
        await _file(database, gwacheon, category, message_id=i)
    await _file(database, anyang, "road", message_id=1)
    await _move(database, gwacheon, 1, "assigned", department="도로과")
    await _move(database, gwacheon, 1, "in_progress")
    await _move(database, gwacheon, 1, "resolved")
    await _move(database, gwacheon, 1, "received", department=None)  # reopened, unassigned again
    await _move(database, gwacheon, 2, "assigned", department="도로과")
    await _move(database, gwacheon, 2, "assigned", department="교통과")  # handed to another department
    await _move(database, gwacheon, 3, "rejected")
    async with database.session() as session:
        complaint = await complaints.by_number(session, gwacheon, 4)
        await complaints.withdraw(session, complaint, "p1", "not a complaint")  # type: ignore[arg-type]
    async with database.session() as session:
        await complaints.merge(session, gwacheon, 5, 2, "mod")
    async with database.session() as session:  # filed and withdrawn in one transaction: nets out
        filed = await complaints.file(
            session, room_id=anyang, kind="complaint", category="parks", place=None, text="…", reporter="p2", message_id=2
        )
        await complaints.withdraw(session, filed, "p2", "")
    with pytest.raises(RuntimeError):
        async with database.session() as session:  # rolled back: counts nothing
            await complaints.file(
                session, room_id=anyang, kind="complaint", category="parks", place=None, text="…", reporter="p3", message_id=3
            )
            raise RuntimeError("the handler failed")

    counted = await _counted(database)
    assert await _tallied(database) == counted
    assert counted[(gwacheon, "received", "road", "")] == 1
    assert counted[(gwacheon, "assigned", "road", "교통과")] == 1
    async with database.session() as session:
        assert await stats.count_by_status(session, gwacheon) == {
            "received": 1,
            "assigned": 1,
            "rejected": 1,
            "withdrawn": 1,
            "duplicate": 1,
        }
        assert await complaints.open_count(session, gwacheon) == 2
        assert await complaints.open_count(session, anyang) == 1


async def test_a_session_counts_its_own_changes_before_they_commit(database: Database) -> None:
    room_id = await _room(database, -1001)
    async with database.session() as session:
        await complaints.file(
            session, room_id=room_id, kind="complaint", category="road", place=None, text="…", reporter="p1", message_id=1
        )
        assert await complaints.open_count(session, room_id) == 1
        assert await stats.count_by_category(session, room_id) == [("road", 1)]
    assert await _tallied(database) == {(room_id, "received", "road", ""): 1}


async def test_scoped_counts_come_from_the_tallies_as_they_came_from_the_complaints(database: Database) -> None:
    room_id = await _room(database, -1001)
    for i, category in enumerate(["road", "road", "streetlight", "waste"], start=1):
        await _file(database, room_id, category, message_id=i)
    await _move(database, room_id, 1, "assigned", department="도로과")
    await _move(database, room_id, 3, "assigned", department="에너지과")
    await _move(database, room_id, 4, "withdrawn")
    roads = stats.scope_of([("도로과", ["road"])])  # its complaints, and the unassigned ones of its categories
    async with database.session() as session:
        assert await stats.count_by_status(session, room_id, roads) == {"assigned": 1, "received": 1}
        assert await stats.count_by_category(session, room_id, roads) == [("road", 2)]
        assert await stats.count_by_category(session, room_id) == [("road", 2), ("streetlight", 1), ("waste", 1)]


async def test_the_consoles_counts_match_its_list_for_every_filter_the_tallies_answer(database: Database) -> None:
    first, second = await _room(database, -1001), await _room(database, -1002)
    for i, category in enumerate(["road", "road", "streetlight", "waste", "parks"], start=1):
        await _file(database, first, category, message_id=i)
        await _file(database, second, category, message_id=i)
    await _move(database, first, 1, "assigned", department="도로과")
    await _move(database, first, 2, "resolved", department="도로과")
    await _move(database, second, 3, "rejected")
    await _move(database, second, 4, "withdrawn")
    now = utcnow()
    scopes = [
        console.Scope(everything=True),
        console.Scope(room_ids=frozenset({first})),
        console.Scope(departments=frozenset({"도로과"}), categories=frozenset({"road", "waste"})),
    ]
    filters = [
        console.Filters(),
        console.Filters(room_id=second),
        console.Filters(status="open"),
        console.Filters(status="closed"),
        console.Filters(status="withdrawn"),
        console.Filters(category="road"),
        console.Filters(department="-"),
        console.Filters(department="도로과", status="resolved"),
    ]
    async with database.session() as session:
        for scope in scopes:
            for chosen in filters:
                listed = await console.search(session, scope, chosen, now, limit=1000)
                assert await console.count(session, scope, chosen, now) == len(listed), (scope, chosen)
            everything = console.Filters(status="withdrawn")
            by_status = await console.count_by_status(session, scope)
            assert sum(by_status.values()) == await console.count(session, scope, console.Filters(), now) + await console.count(
                session, scope, everything, now
            )


async def test_pages_of_open_complaints_equal_the_plain_query(database: Database) -> None:
    room_id = await _room(database, -1001)
    other = await _room(database, -1002)
    statuses = [
        "received",
        "assigned",
        "resolved",
        "in_progress",
        "received",
        "withdrawn",
        "assigned",
        "in_progress",
        "received",
        "duplicate",
    ] * 3
    for number, status in enumerate(statuses, start=1):
        await _file(database, room_id, message_id=number)
        await _file(database, other, message_id=number)
        if status != "received":
            await _move(database, room_id, number, status)
    plain = select(Complaint.number).where(Complaint.room_id == room_id, Complaint.status.in_(OPEN_STATUSES)).order_by(Complaint.number)
    async with database.session() as session:
        expected = [row[0] for row in await session.exec(plain)]  # type: ignore[call-overload]
        assert len(expected) == 21
        for offset, limit in [(0, 5), (5, 5), (3, 7), (18, 10), (21, 5), (0, 300)]:
            page = await complaints.open_in_room(session, room_id, offset=offset, limit=limit)
            assert [c.number for c in page] == expected[offset : offset + limit], (offset, limit)
            assert all(c.room_id == room_id for c in page)
        assert [c.number for c in await complaints.open_in_room(session, room_id)] == expected


async def test_the_migration_starts_the_tallies_from_the_complaints_there(db_url: str) -> None:
    database = Database(db_url)
    try:
        async with database.engine.begin() as connection:
            await connection.run_sync(_upgrade_to, "0014")
        now = utcnow()
        async with database.engine.begin() as connection:
            await connection.execute(
                insert(Room.__table__),
                [
                    {
                        "id": 1,
                        "chat_id": -1001,
                        "title": "과천",
                        "language": "ko",
                        "is_forum": False,
                        "greeting_pending": 0,
                        "greeting_count": 0,
                        "created_at": now,
                    }
                ],
            )
            rows = [
                {
                    "room_id": 1,
                    "number": n,
                    "kind": "complaint",
                    "category": category,
                    "text": "…",
                    "reporter": "p",
                    "source": "room",
                    "photo_file_ids": "[]",
                    "status": status,
                    "department": department,
                    "created_at": now - timedelta(days=n),
                    "updated_at": now,
                }
                for n, (category, status, department) in enumerate(
                    [
                        ("road", "received", None),
                        ("road", "received", None),
                        ("road", "assigned", "도로과"),
                        ("waste", "resolved", "청소과"),
                        ("waste", "withdrawn", None),
                    ],
                    start=1,
                )
            ]
            await connection.execute(insert(Complaint.__table__), rows)
            await connection.execute(insert(ComplaintCounter.__table__), [{"room_id": 1, "last_number": 5}])
        await database.migrate()
        assert await _tallied(database) == {
            (1, "received", "road", tallies.UNASSIGNED): 2,
            (1, "assigned", "road", "도로과"): 1,
            (1, "resolved", "waste", "청소과"): 1,
            (1, "withdrawn", "waste", tallies.UNASSIGNED): 1,
        }
        await _file(database, 1, "road", message_id=99)  # and from there on, storage keeps them
        assert await _tallied(database) == await _counted(database)
    finally:
        await database.close()


def _upgrade_to(connection, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


# -- the plans: each hot query reads through its index, not the room's history --------------


async def _plan(database: Database, run) -> str:  # type: ignore[no-untyped-def]
    """The plans of the SELECTs that `run(session)` makes."""
    from sqlalchemy import event

    seen: list[tuple] = []

    def record(_connection, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        async with database.session() as session:
            await run(session)
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)
    lines: list[str] = []
    async with database.engine.connect() as connection:
        for statement, parameters in seen:
            lines += [str(row[-1]) for row in (await connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)).all()]
    return "\n".join(lines)


async def test_the_hot_queries_read_through_their_indexes(database: Database) -> None:
    """SQLite's planner chooses by the query's shape, so a test's few rows show the plan of 100,000.

    PostgreSQL chooses by the table's statistics: on a test's few rows any index starting with the
    room looks as good. Its plans at scale are checked with bench/history.py's database (README).
    """
    from storage import open311

    if database.dialect != "sqlite":
        pytest.skip("PostgreSQL's plans depend on the table's statistics: see the docstring")

    room_id = await _room(database, -1001)
    for i in range(1, 4):
        await _file(database, room_id, message_id=i)
    now = utcnow()
    plans = {
        "ix_complaints_candidates": lambda s: complaints.open_candidates(s, room_id, "road", now - timedelta(days=14), message_id=5),
        "ix_complaints_by_status": lambda s: complaints.open_in_room(s, room_id, offset=10, limit=10),
        "ix_complaints_filed": lambda s: open311.in_window(s, room_id, now - timedelta(days=90), now, limit=50),
        "ix_complaint_events_timeline": lambda s: stats.timelines(s, room_id, now - timedelta(days=30)),
        "ix_complaints_ack": lambda s: complaints.open_under(s, room_id, 7),
        "ix_complaints_card": lambda s: complaints.by_card(s, -2001, 7),
    }
    for index, run in plans.items():
        plan = await _plan(database, run)
        assert index in plan, (index, plan)
        assert "ix_complaints_room_id" not in plan and "SCAN complaints" not in plan, plan
