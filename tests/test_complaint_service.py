"""The complaint service (bot.complaints) on SQLite and PostgreSQL: the lifecycle decides, the
event is stored, and subscribers receive a domain event; a refused change stores and emits nothing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.authority import Grants
from bot.complaints import CHANGED, ComplaintFiled, ComplaintService, Merged, Refused, StatusChanged, Withdrawn, complaint_of
from bot.events import Events
from bot.work import Work
from moderation.lifecycle import Change, Status
from storage import complaints, rooms
from storage.database import Database
from storage.models import Complaint, Room

CHAT = -1001
MODERATOR = Grants(rooms=frozenset({CHAT}))


class _NoDepartments:
    """No configured department: authority is the room's moderators' (bot.authority)."""

    def __init__(self) -> None:
        self.by_name: dict = {}

    def of(self, complaint: Complaint) -> None:
        return None

    def name_of(self, complaint: Complaint) -> None:
        return None


def _service() -> tuple[ComplaintService, list[object]]:
    """A service whose every event lands in the returned list."""
    events = Events()
    seen: list[object] = []

    async def record(work: Work, event: object) -> None:
        seen.append(event)

    events.subscribe((ComplaintFiled, *CHANGED), record)
    return ComplaintService(SimpleNamespace(departments=_NoDepartments()), events), seen  # type: ignore[arg-type]


async def _room_with(database: Database, count: int) -> Room:
    async with database.session() as session:
        room = await rooms.ensure(session, CHAT, "과천")
        for message_id in range(1, count + 1):
            await complaints.file(
                session, room_id=room.id, kind="complaint", category="streetlight", place="과천역",  # type: ignore[arg-type]
                text=f"가로등 {message_id}", reporter=f"p{message_id}", message_id=message_id,
            )
        return room


async def _in_work(database: Database, job):  # type: ignore[no-untyped-def]
    """Run `job(work)` in a unit of work and commit it, as Runtime.perform does."""
    work = Work(database)
    try:
        result = await job(work)
    except BaseException:
        await work.rollback()
        raise
    await work.commit()
    return result


async def _status(database: Database, room: Room, number: int) -> Complaint:
    async with database.session() as session:
        found = await complaints.by_number(session, room.id, number)  # type: ignore[arg-type]
        assert found is not None
        return found


async def test_a_change_is_checked_stored_and_emitted(database: Database) -> None:
    room = await _room_with(database, 1)
    service, seen = _service()
    _, event = await _in_work(
        database, lambda work: service.change(work, room, 1, Change.RESOLVE, actor="mod", grants=MODERATOR, note="교체 완료")
    )
    assert (event.from_status, event.status, event.note) == ("received", "resolved", "교체 완료")
    [emitted] = seen
    assert isinstance(emitted, StatusChanged)
    shown = (emitted.change, emitted.event.status, emitted.note, complaint_of(emitted).number)
    assert shown == (Change.RESOLVE, "resolved", "교체 완료", 1)
    assert (await _status(database, room, 1)).status == "resolved"


async def test_a_refused_change_stores_and_emits_nothing(database: Database) -> None:
    room = await _room_with(database, 1)
    service, seen = _service()
    await _in_work(database, lambda work: service.change(work, room, 1, Change.REJECT, actor="mod", grants=MODERATOR, note="중복"))
    seen.clear()
    with pytest.raises(Refused) as refused:
        await _in_work(database, lambda work: service.change(work, room, 1, Change.RESOLVE, actor="mod", grants=MODERATOR))
    assert "/reopen 1" in refused.value.message  # the lifecycle's reason, in the room's language
    with pytest.raises(Refused):  # nobody's grants: not theirs
        await _in_work(database, lambda work: service.change(work, room, 1, Change.REOPEN, actor="x", grants=Grants()))
    assert seen == []
    assert (await _status(database, room, 1)).status == "rejected"


async def test_withdrawing_a_closed_complaint_is_refused_by_the_lifecycle(database: Database) -> None:
    """Withdrawal used to write a literal "withdrawn" whatever the state; now only an open complaint goes."""
    room = await _room_with(database, 1)
    service, seen = _service()
    await _in_work(database, lambda work: service.change(work, room, 1, Change.RESOLVE, actor="mod", grants=MODERATOR))
    seen.clear()

    async def withdraw(work: Work) -> object:
        held = await complaints.locked(await work.session(), room.id, 1)  # type: ignore[arg-type]
        return await service.withdraw(work, room, held, "p1", "author")  # type: ignore[arg-type]

    with pytest.raises(Refused) as refused:
        await _in_work(database, withdraw)
    assert "#1" in refused.value.message
    kept = await _status(database, room, 1)
    assert (kept.status, kept.text, kept.reporter) == ("resolved", "가로등 1", "p1")  # nothing erased
    assert seen == []


async def test_withdrawing_an_open_complaint_erases_it_and_emits_withdrawn(database: Database) -> None:
    room = await _room_with(database, 1)
    service, seen = _service()

    async def withdraw(work: Work) -> object:
        held = await complaints.locked(await work.session(), room.id, 1)  # type: ignore[arg-type]
        return await service.withdraw(work, room, held, "p1", "author", source="private")  # type: ignore[arg-type]

    event = await _in_work(database, withdraw)
    assert (event.from_status, event.status, event.source) == ("received", "withdrawn", "private")
    [emitted] = seen
    assert isinstance(emitted, Withdrawn) and emitted.role == "author" and emitted.complaint.number == 1
    gone = await _status(database, room, 1)
    assert (gone.status, gone.text, gone.reporter) == (Status.WITHDRAWN, "", "")


async def test_a_merge_emits_merged_with_the_duplicates_followers(database: Database) -> None:
    room = await _room_with(database, 2)
    async with database.session() as session:
        first = await complaints.by_number(session, room.id, 1)  # type: ignore[arg-type]
        assert first is not None
        await complaints.add_follower(session, first.id, 777)  # type: ignore[arg-type]
    service, seen = _service()
    duplicate, kept = await _in_work(database, lambda work: service.merge(work, room, 1, 2, "mod"))
    assert (duplicate.number, duplicate.status, kept.number) == (1, "duplicate", 2)
    [emitted] = seen
    assert isinstance(emitted, Merged) and emitted.audience == (777,) and complaint_of(emitted) is duplicate
    with pytest.raises(Refused):  # closed now: the merge is refused and nothing is emitted
        await _in_work(database, lambda work: service.merge(work, room, 1, 2, "mod"))
    assert len(seen) == 1


async def test_filing_emits_complaint_filed(database: Database) -> None:
    room = await _room_with(database, 1)
    service, seen = _service()
    complaint = await _status(database, room, 1)
    await _in_work(database, lambda work: service.filed(work, room, complaint))
    assert seen == [ComplaintFiled(room, complaint)]


async def test_subscribers_run_in_their_order_and_a_failing_one_stops_the_change() -> None:
    events = Events()
    calls: list[str] = []

    def subscriber(name: str):  # type: ignore[no-untyped-def]
        async def handle(work: object, event: object) -> None:
            calls.append(name)
            if name == "boom":
                raise RuntimeError(name)

        return handle

    events.subscribe(ComplaintFiled, subscriber("card"), order=40)
    events.subscribe(ComplaintFiled, subscriber("board"), order=20)
    events.subscribe((ComplaintFiled, Withdrawn), subscriber("deadlines"), order=30)
    await events.emit(None, ComplaintFiled(None, None))  # type: ignore[arg-type]
    assert calls == ["board", "deadlines", "card"]
    calls.clear()
    await events.emit(None, Withdrawn(None, None, "author"))  # type: ignore[arg-type]
    assert calls == ["deadlines"]
    events.subscribe(Merged, subscriber("boom"), order=10)
    events.subscribe(Merged, subscriber("after"), order=20)
    calls.clear()
    with pytest.raises(RuntimeError):  # the unit of work fails: nothing of the change commits
        await events.emit(None, Merged(None, None, None, ()))  # type: ignore[arg-type]
    assert calls == ["boom"]
