"""Open311's queries on SQLite and PostgreSQL: the window, the filters, the limit, and what is never listed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from storage import complaints, deadlines, open311, rooms
from storage.database import Database
from storage.models import utcnow

NOW = utcnow()
DAY = timedelta(days=1)


async def _room(database: Database, chat_id: int) -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, chat_id, "과천")).id  # type: ignore[return-value]


async def _file(database: Database, room_id: int, category: str, filed: datetime) -> int:
    async with database.session() as session:
        complaint = await complaints.file(
            session, room_id=room_id, kind="complaint", category=category, place=None, text="내용", reporter="p", message_id=None, now=filed
        )
        return complaint.id  # type: ignore[return-value]


async def _set(database: Database, room_id: int, number: int, *statuses: str) -> None:
    async with database.session() as session:
        complaint = await complaints.by_number(session, room_id, number)
        for status in statuses:
            await complaints.set_status(session, complaint, status, "mod", f"→ {status}")  # type: ignore[arg-type]


async def test_a_window_lists_the_rooms_complaints_newest_first_with_filters(database: Database) -> None:
    room, other = await _room(database, -1001), await _room(database, -1002)
    for category, age in (("road", 100), ("road", 30), ("parks", 20), ("road", 10), ("streetlight", 1)):
        await _file(database, room, category, NOW - age * DAY)  # #1 .. #5
    await _file(database, other, "road", NOW - 5 * DAY)
    await _set(database, room, 2, "resolved")
    await _set(database, room, 4, "withdrawn")  # "not a complaint": never a service request
    since, until = NOW - 90 * DAY, NOW

    async with database.session() as session:
        async def numbers(**kwargs) -> list[int]:  # type: ignore[no-untyped-def]
            found = await open311.in_window(
                session, room, kwargs.pop("since", since), kwargs.pop("until", until), limit=kwargs.pop("limit", 1000), **kwargs
            )
            return [c.number for c in found]

        assert await numbers() == [5, 3, 2]  # #1 is older than 90 days, #4 withdrawn, the other room's apart
        assert await numbers(categories=["road"]) == [2]
        assert await numbers(categories=["road", "streetlight"]) == [5, 2]
        assert await numbers(statuses=["resolved", "rejected", "duplicate"]) == [2]
        assert await numbers(statuses=["received", "assigned", "in_progress"]) == [5, 3]
        assert await numbers(limit=2) == [5, 3]
        assert await numbers(since=NOW - 25 * DAY, until=NOW - 15 * DAY) == [3]
        # bounds are inclusive, compared as instants whatever the offset
        kst = timezone(timedelta(hours=9))
        exactly = (NOW - 20 * DAY).astimezone(kst)
        assert await numbers(since=exactly, until=exactly) == [3]
        assert [c.number for c in await open311.by_numbers(session, room, [5, 1, 4, 99, 5])] == [1, 5]
        assert await open311.by_numbers(session, room, []) == []


async def test_the_latest_event_and_the_resolution_deadline_of_each_complaint(database: Database) -> None:
    room = await _room(database, -1001)
    first, second = await _file(database, room, "road", NOW), await _file(database, room, "parks", NOW)
    await _set(database, room, 1, "assigned", "in_progress")
    promised = NOW + 3 * DAY
    async with database.session() as session:
        await deadlines.promise(session, first, "first_response", NOW + timedelta(minutes=30))
        await deadlines.promise(session, first, "resolution", promised)
        await deadlines.promise(session, second, "first_response", NOW + timedelta(minutes=30))
    async with database.session() as session:
        events = await open311.latest_events(session, [first, second])
        assert (events[first].status, events[first].note) == ("in_progress", "→ in_progress")
        assert (events[second].from_status, events[second].status) == (None, "received")
        expected = await open311.resolution_deadlines(session, [first, second])
        assert expected == {first: promised}  # a proposal-like record without the promise has none
        assert await open311.latest_events(session, []) == {} and await open311.resolution_deadlines(session, []) == {}
