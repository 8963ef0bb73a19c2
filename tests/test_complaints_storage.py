"""Complaint storage on SQLite and PostgreSQL: numbering, supporters, followers, merges, questions, drafts."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from storage import complaints, rooms
from storage.database import Database
from storage.models import Complaint, IntakeQuestion, utcnow


async def _room(database: Database, chat_id: int = -1001) -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, chat_id, "과천")).id  # type: ignore[return-value]


async def _file(
    database: Database, room_id: int, text: str = "가로등이 나갔어요", reporter: str = "p1", message_id: int | None = None, **extra
) -> Complaint:  # type: ignore[no-untyped-def]
    async with database.session() as session:
        return await complaints.file(
            session, room_id=room_id, kind="complaint", category=extra.pop("category", "streetlight"), place=extra.pop("place", None),
            text=text, reporter=reporter, message_id=message_id, **extra,
        )


async def test_numbers_count_per_room_from_one(database: Database) -> None:
    first, second = await _room(database, -1001), await _room(database, -1002)
    numbers = [(await _file(database, first, message_id=i)).number for i in range(1, 4)]
    assert numbers == [1, 2, 3]
    assert (await _file(database, second, message_id=1)).number == 1
    assert (await _file(database, first, message_id=4)).number == 4


async def test_a_complaint_keeps_what_the_issue_asks_for(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(
        database, room_id, text="[전화번호] 로 연락", reporter="abc", message_id=77, thread_id=5, reply_to_message_id=70,
        photo_file_ids=["ph1"], place="과천역",
    )
    async with database.session() as session:
        stored = await complaints.by_message(session, room_id, 77)
        assert stored is not None and stored.id == filed.id
        assert (stored.number, stored.kind, stored.category, stored.place, stored.status) == (
            1,
            "complaint",
            "streetlight",
            "과천역",
            "received",
        )
        assert (stored.reporter, stored.thread_id, stored.reply_to_message_id) == ("abc", 5, 70)
        assert complaints.photos_of(stored) == ["ph1"]
        assert stored.created_at is not None and stored.updated_at is not None
        [event] = await complaints.events(session, stored.id)  # type: ignore[arg-type]
        assert (event.status, event.actor) == ("received", "abc")


async def test_two_workers_filing_at_once_never_share_a_number(database: Database) -> None:
    room_id = await _room(database)
    filed = await asyncio.gather(*(_file(database, room_id, message_id=i) for i in range(1, 9)))
    assert sorted(c.number for c in filed) == list(range(1, 9))


async def test_the_database_refuses_a_second_complaint_with_the_same_number(database: Database) -> None:
    room_id = await _room(database)
    await _file(database, room_id, message_id=1)
    with pytest.raises(IntegrityError):
        async with database.session() as session:
            session.add(Complaint(room_id=room_id, number=1, kind="complaint", category="road", text="x", reporter="p"))
            await session.flush()
    with pytest.raises(IntegrityError):  # and a second record of one message
        async with database.session() as session:
            session.add(Complaint(room_id=room_id, number=99, kind="complaint", category="road", text="x", reporter="p", message_id=1))
            await session.flush()


async def test_supporters_count_once_and_never_the_reporter(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, reporter="author", message_id=1)
    async with database.session() as session:
        complaint = await complaints.get(session, filed.id)  # type: ignore[arg-type]
        assert await complaints.add_supporter(session, complaint, "neighbour")
        assert not await complaints.add_supporter(session, complaint, "neighbour")
        assert not await complaints.add_supporter(session, complaint, "author")
        assert await complaints.supporter_count(session, filed.id) == 1  # type: ignore[arg-type]


async def test_support_answers_added_and_count_in_one_go(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, reporter="author", message_id=1)
    async with database.session() as session:
        complaint = await complaints.get(session, filed.id)  # type: ignore[arg-type]
        assert await complaints.support(session, complaint, "author") == (False, 0)  # type: ignore[arg-type]
        assert await complaints.support(session, complaint, "neighbour") == (True, 1)  # type: ignore[arg-type]
        assert await complaints.support(session, complaint, "neighbour") == (False, 1)  # type: ignore[arg-type]  # seen before the commit
    async with database.session() as session:
        complaint = await complaints.get(session, filed.id)  # type: ignore[arg-type]
        assert await complaints.support(session, complaint, "third") == (True, 2)  # type: ignore[arg-type]
        assert await complaints.support(session, complaint, "neighbour") == (False, 2)  # type: ignore[arg-type]
    async with database.session() as session:
        assert await complaints.supporter_count(session, filed.id) == 2  # type: ignore[arg-type]


async def test_followers_keep_raw_ids_once(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, message_id=1)
    async with database.session() as session:
        assert await complaints.add_follower(session, filed.id, 5_000_000_001)  # type: ignore[arg-type]
        assert not await complaints.add_follower(session, filed.id, 5_000_000_001)  # type: ignore[arg-type]
        assert await complaints.followers(session, filed.id) == [5_000_000_001]  # type: ignore[arg-type]


async def test_duplicate_candidates_are_open_same_category_and_recent(database: Database) -> None:
    room_id = await _room(database)
    old = await _file(database, room_id, message_id=1)
    fresh = await _file(database, room_id, message_id=2)
    await _file(database, room_id, message_id=3, category="road")
    closed = await _file(database, room_id, message_id=4)
    async with database.session() as session:
        (await complaints.get(session, old.id)).created_at = utcnow() - timedelta(days=30)  # type: ignore[arg-type, union-attr]
        await complaints.set_status(session, await complaints.get(session, closed.id), "withdrawn", "p1")  # type: ignore[arg-type]
    async with database.session() as session:
        found = await complaints.open_candidates(session, room_id, "streetlight", utcnow() - timedelta(days=14))
    assert [c.id for c in found] == [fresh.id]


async def test_candidates_with_a_message_id_include_what_that_message_filed(database: Database) -> None:
    room_id = await _room(database)
    other_room = await _room(database, -1002)
    closed = await _file(database, room_id, message_id=7, category="road")
    await _file(database, other_room, message_id=7)  # the same message id in another room is another message
    fresh = await _file(database, room_id, message_id=8)
    async with database.session() as session:
        await complaints.set_status(session, await complaints.get(session, closed.id), "withdrawn", "p1")  # type: ignore[arg-type]
    async with database.session() as session:
        since = utcnow() - timedelta(days=14)
        assert [c.id for c in await complaints.open_candidates(session, room_id, "streetlight", since, message_id=7)] == [
            closed.id,
            fresh.id,
        ]
        assert [c.id for c in await complaints.open_candidates(session, room_id, "streetlight", since, message_id=99)] == [fresh.id]


async def test_merge_moves_reporter_supporters_and_followers(database: Database) -> None:
    room_id = await _room(database)
    target = await _file(database, room_id, reporter="first", message_id=1)
    source = await _file(database, room_id, reporter="second", message_id=2)
    async with database.session() as session:
        s = await complaints.get(session, source.id)  # type: ignore[arg-type]
        await complaints.add_supporter(session, s, "third")
        await complaints.add_supporter(session, s, "first")  # already the target's reporter
        await complaints.add_follower(session, source.id, 42)  # type: ignore[arg-type]
    async with database.session() as session:
        merged, into = await complaints.merge(session, room_id, 2, 1, actor="moderator")
        assert (merged.status, merged.duplicate_of) == ("duplicate", target.id)
    async with database.session() as session:
        assert await complaints.supporter_count(session, target.id) == 2  # type: ignore[arg-type]  # "second" and "third"
        assert await complaints.followers(session, target.id) == [42]  # type: ignore[arg-type]
        assert [e.status for e in await complaints.events(session, source.id)] == ["received", "duplicate"]  # type: ignore[arg-type]


@pytest.mark.parametrize(("number", "into", "reason"), [(2, 9, "unknown"), (9, 1, "unknown"), (1, 1, "same"), (3, 1, "closed")])
async def test_a_refused_merge_changes_nothing(database: Database, number: int, into: int, reason: str) -> None:
    room_id = await _room(database)
    for i in (1, 2, 3):
        await _file(database, room_id, reporter=f"p{i}", message_id=i)
    async with database.session() as session:
        await complaints.set_status(session, await complaints.by_number(session, room_id, 3), "withdrawn", "p3")  # type: ignore[arg-type]
    with pytest.raises(complaints.MergeError) as refused:
        async with database.session() as session:
            await complaints.merge(session, room_id, number, into, actor="moderator")
    assert refused.value.reason == reason
    async with database.session() as session:
        statuses = [(await complaints.by_number(session, room_id, n)).status for n in (1, 2, 3)]  # type: ignore[union-attr]
        assert statuses == ["received", "received", "withdrawn"]
        assert await complaints.supporter_count(session, (await complaints.by_number(session, room_id, 1)).id) == 0  # type: ignore[arg-type, union-attr]


async def test_a_question_is_asked_once_and_closed_once(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()

    def question() -> IntakeQuestion:
        return IntakeQuestion(
            room_id=room_id, message_id=9, author="p", kind="complaint", category="road", text="t", expires_at=now + timedelta(seconds=60)
        )

    async with database.session() as session:
        asked = await complaints.ask(session, question())
        assert asked is not None
        assert await complaints.ask(session, question()) is None  # the same message again
    async with database.session() as session:
        assert await complaints.close_question(session, asked.id, "expired", now=now) is None  # type: ignore[arg-type]  # not due yet
        assert [q for q, _ in await complaints.open_questions(session)] == [asked.id]
    async with database.session() as session:
        closed = await complaints.close_question(session, asked.id, "yes")  # type: ignore[arg-type]
        assert closed is not None and closed.status == "yes" and closed.expires_at is None and closed.text == "t"
    async with database.session() as session:
        assert await complaints.close_question(session, asked.id, "no") is None  # type: ignore[arg-type]
        assert await complaints.close_question(session, asked.id, "expired", now=now + timedelta(hours=1)) is None  # type: ignore[arg-type]
        assert await complaints.open_questions(session) == []


async def test_a_private_draft_is_taken_once_and_expires(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()
    async with database.session() as session:
        await complaints.start_private(session, "person", room_id, now + timedelta(minutes=5))
        await complaints.start_private(session, "late", room_id, now - timedelta(seconds=1))
    async with database.session() as session:
        assert await complaints.pending_private(session, "person", now) == room_id
        assert await complaints.pending_private(session, "late", now) is None
        assert await complaints.take_private(session, "person", now) == room_id
        assert await complaints.take_private(session, "person", now) is None
        assert await complaints.take_private(session, "late", now) is None
        assert await complaints.pending_private(session, "nobody", now) is None


@pytest.mark.parametrize("answer", ["no", "expired"])
async def test_a_question_that_was_not_a_complaint_keeps_no_text(database: Database, answer: str) -> None:
    room_id = await _room(database)
    async with database.session() as session:
        asked = await complaints.ask(
            session,
            IntakeQuestion(
                room_id=room_id,
                message_id=9,
                author="p",
                kind="complaint",
                category="road",
                text="별양동 어딘가",
                photo_file_ids='["ph"]',
                expires_at=utcnow(),
            ),
        )
    async with database.session() as session:
        closed = await complaints.close_question(session, asked.id, answer, now=utcnow())  # type: ignore[arg-type, union-attr]
        assert closed is not None and (closed.status, closed.text, closed.photo_file_ids) == (answer, "", "[]")


async def test_an_albums_photos_join_its_complaint_or_open_question_once(database: Database) -> None:
    room_id, other_room = await _room(database), await _room(database, -1002)
    filed = await _file(database, room_id, message_id=1, photo_file_ids=["a1"], media_group_id="album-a")
    async with database.session() as session:
        asked = await complaints.ask(
            session,
            IntakeQuestion(room_id=room_id, message_id=5, author="p", kind="complaint", category="road", text="t",
                           photo_file_ids='["b1"]', media_group_id="album-b", expires_at=utcnow() + timedelta(seconds=60)),
        )
    async with database.session() as session:
        assert (await complaints.add_album_photo(session, room_id, "album-a", "a2")).id == filed.id  # type: ignore[union-attr]
        assert (await complaints.add_album_photo(session, room_id, "album-a", "a2")).id == filed.id  # type: ignore[union-attr]  # redelivered
        assert (await complaints.add_album_photo(session, room_id, "album-b", "b2")).id == asked.id  # type: ignore[union-attr]
        assert await complaints.add_album_photo(session, room_id, "album-c", "c1") is None  # an album nobody reported from
        assert await complaints.add_album_photo(session, other_room, "album-a", "x") is None  # another room
    async with database.session() as session:
        assert complaints.photos_of(await session.get(Complaint, filed.id)) == ["a1", "a2"]  # type: ignore[arg-type]
        assert complaints.photos_of(await session.get(IntakeQuestion, asked.id)) == ["b1", "b2"]  # type: ignore[arg-type]
        await complaints.close_question(session, asked.id, "no")  # type: ignore[arg-type]
    async with database.session() as session:
        assert await complaints.add_album_photo(session, room_id, "album-b", "b3") is None  # answered: nothing waits for photos
