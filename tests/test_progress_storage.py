"""Progress storage on SQLite and PostgreSQL: status events from -> to, open lists, the board's durable redraw."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from storage import complaints, rooms
from storage.database import Database
from storage.models import Complaint, Room, utcnow
from tests.conftest import eventually, lock_waiters


async def _room(database: Database, chat_id: int = -1001) -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, chat_id, "과천")).id  # type: ignore[return-value]


async def _file(database: Database, room_id: int, message_id: int) -> Complaint:
    async with database.session() as session:
        return await complaints.file(
            session,
            room_id=room_id,
            kind="complaint",
            category="streetlight",
            place="과천역",
            text="가로등",
            reporter="p1",
            message_id=message_id,
        )


async def test_a_status_change_records_from_to_note_actor_source_and_department(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, 1)
    async with database.session() as session:
        complaint = await complaints.by_number(session, room_id, 1)
        assert complaint is not None and complaint.status_at is None
        await complaints.set_status(session, complaint, "assigned", "mod", "도로과", source="private", department="도로과")
        await complaints.set_status(session, complaint, "in_progress", "mod", "내일 교체", source="room")
    async with database.session() as session:
        complaint = await complaints.get(session, filed.id)  # type: ignore[arg-type]
        assert complaint is not None
        assert (complaint.status, complaint.department) == ("in_progress", "도로과")  # kept when not given
        assert complaint.status_at is not None and complaint.status_at >= complaint.created_at
        events = await complaints.events(session, filed.id)  # type: ignore[arg-type]
    assert [(e.from_status, e.status, e.actor, e.note, e.source) for e in events] == [
        (None, "received", "p1", "room", "room"),
        ("received", "assigned", "mod", "도로과", "private"),
        ("assigned", "in_progress", "mod", "내일 교체", "room"),
    ]


async def test_open_complaints_are_listed_by_number_and_counted(database: Database) -> None:
    room_id, other = await _room(database, -1001), await _room(database, -1002)
    for message_id in range(1, 6):
        await _file(database, room_id, message_id)
    await _file(database, other, 1)
    async with database.session() as session:
        await complaints.set_status(session, await complaints.by_number(session, room_id, 2), "resolved", "mod")  # type: ignore[arg-type]
        assert await complaints.open_count(session, room_id) == 4
        assert [c.number for c in await complaints.open_in_room(session, room_id)] == [1, 3, 4, 5]
        assert [c.number for c in await complaints.open_in_room(session, room_id, offset=2, limit=2)] == [4, 5]


async def test_a_burst_of_changes_makes_one_redraw_claimed_once(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()
    async with database.session() as session:
        room = await rooms.get(session, room_id)
        first = await rooms.mark_board(session, room, now, 3)  # type: ignore[arg-type]
        second = await rooms.mark_board(session, room, now + timedelta(seconds=1), 3)  # type: ignore[arg-type]
        assert first == second == now + timedelta(seconds=3)  # the redraw already due stays due
    async with database.session() as session:
        assert await rooms.due_boards(session) == [(room_id, first)]
        assert await rooms.claim_board(session, room_id, now) is None  # not due yet
    claims = []

    async def claim() -> None:
        async with database.session() as session:
            claims.append(await rooms.claim_board(session, room_id, now + timedelta(seconds=5)))

    await asyncio.gather(claim(), claim())
    assert len([c for c in claims if c is not None]) == 1
    async with database.session() as session:
        assert await rooms.due_boards(session) == []


async def test_the_board_message_is_remembered_and_forgotten_only_if_current(database: Database) -> None:
    room_id = await _room(database)
    async with database.session() as session:
        assert await rooms.remember_board(session, room_id, 10) is None
        assert await rooms.remember_board(session, room_id, 10) is None
        assert await rooms.remember_board(session, room_id, 12) == 10  # the one it replaces
    async with database.session() as session:
        assert not await rooms.forget_board(session, room_id, 10)  # an older board: the current one stays
        assert await rooms.forget_board(session, room_id, 12)
    async with database.session() as session:
        room = await session.get(Room, room_id)
        assert room is not None and room.board_message_id is None


async def test_a_board_left_alone_goes_stale_for_a_refresh_of_its_ages(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()
    async with database.session() as session:
        room = await rooms.get(session, room_id)
        await rooms.mark_board(session, room, now, 0)  # type: ignore[arg-type]
        assert await rooms.stale_boards(session, now + timedelta(hours=2)) == []  # no board yet
    async with database.session() as session:
        claimed = await rooms.claim_board(session, room_id, now)
        assert claimed is not None and claimed.board_drawn_at == now
        await rooms.remember_board(session, room_id, 10)
    async with database.session() as session:
        assert await rooms.stale_boards(session, now) == []  # drawn just now
        assert [r.id for r in await rooms.stale_boards(session, now + timedelta(hours=1))] == [room_id]
        room = await rooms.get(session, room_id)
        await rooms.mark_board(session, room, now, 0)  # type: ignore[arg-type]
        assert await rooms.stale_boards(session, now + timedelta(hours=1)) == []  # already due


async def test_two_changes_at_once_never_start_from_the_same_status(database: Database) -> None:
    room_id = await _room(database)
    await _file(database, room_id, 1)
    order = {"received": "assigned", "assigned": "in_progress"}

    holders: list[str] = []

    async def step(actor: str) -> None:
        async with database.session() as session:
            complaint = await complaints.locked(session, room_id, 1)
            assert complaint is not None
            holders.append(actor)
            if len(holders) == 1 and database.dialect == "postgresql":
                # both in flight together: the first holds the row until the other waits for it
                # (SQLite's units queue on its one connection instead)
                await eventually(lambda: lock_waiters(database))
            await complaints.set_status(session, complaint, order[complaint.status], actor)

    await asyncio.gather(step("a"), step("b"))
    async with database.session() as session:
        complaint = await complaints.by_number(session, room_id, 1)
        events = await complaints.events(session, complaint.id)  # type: ignore[union-attr, arg-type]
    assert [(e.from_status, e.status) for e in events] == [(None, "received"), ("received", "assigned"), ("assigned", "in_progress")]


async def test_a_change_while_another_worker_redraws_the_board_keeps_it_due(postgres_url: str) -> None:
    """PostgreSQL, two workers: a change read the room (a redraw due), then another worker's redraw
    claimed it and drew the complaints as they were before the change; the change still leaves the
    board due, or it would show the old state until the hourly refresh."""
    database = Database(postgres_url)
    await database.migrate()
    try:
        room_id = await _room(database)
        now = utcnow()
        async with database.session() as session:
            await rooms.mark_board(session, await rooms.get(session, room_id), now, 0)  # type: ignore[arg-type]
        async with database.session() as changing:
            room = await rooms.get(changing, room_id)
            assert room is not None and room.board_due_at == now  # the change sees a redraw due already
            async with database.session() as drawing:
                assert await rooms.claim_board(drawing, room_id, now) is not None  # drawn without the change
            due = await rooms.mark_board(changing, room, now, 0.2)
        assert due == now + timedelta(seconds=0.2)
        async with database.session() as session:
            assert await rooms.due_boards(session) == [(room_id, due)]
    finally:
        await database.close()
