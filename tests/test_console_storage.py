"""The console's storage on SQLite and PostgreSQL: login links spent once, sessions ended, and the complaint
list's filters, sorting, pages, overdue deadlines and scopes — each scope exactly what `may` allows."""

from __future__ import annotations

from datetime import timedelta

from storage import complaints, console, deadlines, rooms
from storage.console import Filters, Scope
from storage.database import Database
from storage.models import utcnow
from bot.console.access import Action, Routing, Staffer, may

ROUTING = Routing(names=frozenset({"도로과", "공원녹지과"}), by_category={"streetlight": "도로과", "road": "도로과", "parks": "공원녹지과"})


async def test_a_login_link_is_spent_once_and_not_after_it_expired(database: Database) -> None:
    now = utcnow()
    async with database.session() as session:
        await console.issue_login(session, "a" * 64, now + timedelta(minutes=10), now)
        await console.issue_login(session, "b" * 64, now - timedelta(seconds=1), now - timedelta(minutes=10))
    async with database.session() as session:
        assert await console.use_login(session, "a" * 64, now) is True
    async with database.session() as session:
        assert await console.use_login(session, "a" * 64, now) is False  # used
        assert await console.use_login(session, "b" * 64, now) is False  # expired
        assert await console.use_login(session, "c" * 64, now) is False  # never issued


async def test_a_session_lives_until_it_expires_or_ends(database: Database) -> None:
    now = utcnow()
    async with database.session() as session:
        await console.start_session(session, "s1", now, now + timedelta(hours=1))
        await console.start_session(session, "s2", now, now + timedelta(hours=1))
    async with database.session() as session:
        assert await console.session_alive(session, "s1", now)
        assert not await console.session_alive(session, "s1", now + timedelta(hours=2))
        await console.end_session(session, "s2", now)
    async with database.session() as session:
        assert not await console.session_alive(session, "s2", now)
        assert await console.session_alive(session, "s1", now)
        assert not await console.session_alive(session, "nope", now)


async def _city(database: Database) -> dict[str, int]:
    """Two rooms; streetlight, parks, road and waste complaints at different stages; ids by name."""
    made: dict[str, int] = {}
    async with database.session() as session:
        a = await rooms.ensure(session, -1001, "과천시 소통방")
        b = await rooms.ensure(session, -1002, "별양동 주민방")
        made["room_a"], made["room_b"] = a.id, b.id  # type: ignore[assignment]
        rows = [
            ("a_light", a.id, "streetlight", "과천역 3번 출구 가로등이 나갔어요", "과천역 3번 출구", None),
            ("a_park", a.id, "parks", "중앙공원 벤치가 부서졌어요 50%_할인 아님", "중앙공원", None),
            ("a_waste", a.id, "waste", "문원동 쓰레기 무단투기", "문원동", None),
            ("b_road", b.id, "road", "별양동 사거리 포트홀", "별양동 사거리", None),
            (
                "b_light_parks",
                b.id,
                "streetlight",
                "공원 가로등 깜빡임",
                None,
                "공원녹지과",
            ),  # assigned away from its category's department
        ]
        for name, room_id, category, text, place, department in rows:
            complaint = await complaints.file(
                session,
                room_id=room_id,
                kind="complaint",
                category=category,
                place=place,
                text=text,
                reporter=f"r-{name}",
                message_id=len(made),
            )
            if department:
                await complaints.set_status(session, complaint, "assigned", "mod", department, department=department)
            made[name] = complaint.id  # type: ignore[assignment]
    return made


NO_FILTERS = Filters()


async def _listed(database: Database, scope: Scope, filters: Filters = NO_FILTERS, now=None) -> list[int]:  # type: ignore[no-untyped-def]
    async with database.session() as session:
        return [item.complaint.id for item in await console.search(session, scope, filters, now or utcnow(), limit=100)]  # type: ignore[misc]


async def test_each_role_lists_exactly_the_complaints_it_may_see(database: Database) -> None:
    city = await _city(database)
    staffers = [
        Staffer(1, staff=True, routing=ROUTING),
        Staffer(2, room_ids=frozenset({city["room_a"]}), routing=ROUTING),
        Staffer(3, departments=frozenset({"도로과"}), routing=ROUTING),
        Staffer(4, departments=frozenset({"공원녹지과"}), routing=ROUTING),
        Staffer(5, room_ids=frozenset({city["room_b"]}), departments=frozenset({"공원녹지과"}), routing=ROUTING),
        Staffer(6, routing=ROUTING),
    ]
    async with database.session() as session:
        every = {c.complaint.id: c.complaint for c in await console.search(session, Scope(everything=True), Filters(), utcnow(), limit=100)}
    assert len(every) == 5
    expected = {
        1: set(every),
        2: {city["a_light"], city["a_park"], city["a_waste"]},
        3: {city["a_light"], city["b_road"]},
        4: {city["a_park"], city["b_light_parks"]},
        5: {city["b_road"], city["b_light_parks"], city["a_park"]},
        6: set(),
    }
    for staffer in staffers:
        listed = set(await _listed(database, staffer.scope))
        assert listed == {cid for cid, c in every.items() if may(staffer, Action.VIEW, c)}, staffer
        assert listed == expected[staffer.user_id], staffer


async def test_filters_narrow_the_list(database: Database) -> None:
    city = await _city(database)
    everything = Scope(everything=True)
    assert await _listed(database, everything, Filters(room_id=city["room_b"])) == [city["b_light_parks"], city["b_road"]]
    assert await _listed(database, everything, Filters(category="streetlight", sort="number", descending=False)) == [
        city["a_light"],
        city["b_light_parks"],
    ]
    assert await _listed(database, everything, Filters(department="공원녹지과")) == [city["b_light_parks"]]
    assert set(await _listed(database, everything, Filters(department="-"))) == {
        city["a_light"],
        city["a_park"],
        city["a_waste"],
        city["b_road"],
    }
    assert await _listed(database, everything, Filters(status="assigned")) == [city["b_light_parks"]]
    assert len(await _listed(database, everything, Filters(status="open"))) == 5
    assert await _listed(database, everything, Filters(status="closed")) == []
    # text: in the text or the place; LIKE's own characters are plain text here
    assert await _listed(database, everything, Filters(text="포트홀")) == [city["b_road"]]
    assert await _listed(database, everything, Filters(text="과천역")) == [city["a_light"]]
    assert await _listed(database, everything, Filters(text="50%_")) == [city["a_park"]]
    assert await _listed(database, everything, Filters(text="%")) == [city["a_park"]]
    assert set(await _listed(database, everything, Filters(text="#1"))) == {city["a_light"], city["b_road"]}
    now = utcnow()
    assert len(await _listed(database, everything, Filters(since=now - timedelta(hours=1), until=now + timedelta(hours=1)))) == 5
    assert await _listed(database, everything, Filters(until=now - timedelta(hours=1))) == []


async def test_withdrawn_complaints_show_only_when_asked_for(database: Database) -> None:
    city = await _city(database)
    async with database.session() as session:
        complaint = await complaints.get(session, city["a_waste"])
        await complaints.set_status(session, complaint, "withdrawn", "r-a_waste")  # type: ignore[arg-type]
    assert city["a_waste"] not in await _listed(database, Scope(everything=True))
    assert await _listed(database, Scope(everything=True), Filters(status="withdrawn")) == [city["a_waste"]]


async def test_sorting_and_pages(database: Database) -> None:
    city = await _city(database)
    everything = Scope(everything=True)
    async with database.session() as session:
        light = await complaints.get(session, city["a_light"])
        for n in range(3):
            await complaints.add_supporter(session, light, f"supporter-{n}")  # type: ignore[arg-type]
        first = await console.search(session, everything, Filters(sort="supporters"), utcnow(), offset=0, limit=2)
        second = await console.search(session, everything, Filters(sort="supporters"), utcnow(), offset=2, limit=2)
        third = await console.search(session, everything, Filters(sort="supporters"), utcnow(), offset=4, limit=2)
        assert await console.count(session, everything, Filters(), utcnow()) == 5
    assert first[0].complaint.id == city["a_light"] and first[0].supporters == 3
    ids = [item.complaint.id for page in (first, second, third) for item in page]
    assert len(ids) == 5 and len(set(ids)) == 5  # every complaint once over the pages
    oldest_first = await _listed(database, everything, Filters(sort="filed", descending=False))
    assert oldest_first[0] == city["a_light"]


async def test_overdue_is_an_unkept_promise_past_its_time(database: Database) -> None:
    city = await _city(database)
    now = utcnow()
    async with database.session() as session:
        await deadlines.promise(session, city["a_light"], "first_response", now - timedelta(minutes=5))  # missed
        await deadlines.promise(session, city["a_park"], "resolution", now + timedelta(hours=2))  # due soon
        await deadlines.promise(session, city["b_road"], "resolution", now + timedelta(days=3))  # far off
        kept = await deadlines.promise(session, city["a_waste"], "first_response", now - timedelta(minutes=5))
        await deadlines.settle(session, kept.id, now)  # type: ignore[arg-type]
        # assigned already: its first response is no longer owed, whatever the row says
        await deadlines.promise(session, city["b_light_parks"], "first_response", now - timedelta(minutes=5))
    everything = Scope(everything=True)
    assert await _listed(database, everything, Filters(overdue=True)) == [city["a_light"]]
    async with database.session() as session:
        soon = await console.due_by(session, everything, now + timedelta(hours=4))
        listed = await console.search(session, everything, Filters(), now, limit=100)
    assert [(d.complaint.id, d.stage) for d in soon] == [(city["a_light"], "first_response"), (city["a_park"], "resolution")]
    assert {item.complaint.id for item in listed if item.overdue} == {city["a_light"]}
    roads_only = Staffer(3, departments=frozenset({"도로과"}), routing=ROUTING).scope
    async with database.session() as session:
        assert [d.complaint.id for d in await console.due_by(session, roads_only, now + timedelta(hours=4))] == [city["a_light"]]


async def test_statistics_follow_the_scope(database: Database) -> None:
    city = await _city(database)
    roads = Staffer(3, departments=frozenset({"도로과"}), routing=ROUTING).scope
    async with database.session() as session:
        assert await console.count_by_status(session, Scope(everything=True)) == {"received": 4, "assigned": 1}
        assert await console.count_by_status(session, roads) == {"received": 2}
        assert await console.count_by_status(session, Scope(everything=True), city["room_b"]) == {"received": 1, "assigned": 1}
        assert dict(await console.count_by_category(session, roads)) == {"streetlight": 1, "road": 1}
        light = await complaints.get(session, city["a_light"])
        await complaints.set_status(session, light, "resolved", "mod", "fixed")  # type: ignore[arg-type]
    async with database.session() as session:
        timelines = await console.timelines(session, roads, utcnow() - timedelta(days=1))
        filed, resolved = await console.filed_and_resolved(session, roads, utcnow() - timedelta(days=1))
    assert len(timelines) == 2 and sum(1 for t in timelines if t.resolved_at and t.first_response_at) == 1
    assert (len(filed), len(resolved)) == (2, 1)


async def test_a_public_board_is_switched_on_and_off(database: Database) -> None:
    city = await _city(database)
    async with database.session() as session:
        assert not await console.public_board(session, city["room_a"])
        await console.set_public_board(session, city["room_a"], True, "mod")
        await console.set_public_board(session, city["room_a"], True, "mod")  # twice: still one row
    async with database.session() as session:
        assert await console.public_board(session, city["room_a"])
        await console.set_public_board(session, city["room_a"], False, "mod")
    async with database.session() as session:
        assert not await console.public_board(session, city["room_a"])
