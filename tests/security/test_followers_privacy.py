"""Personal data left behind (issue 11, finding 5, first two bullets).

- A follower's raw Telegram id is kept only while the complaint is open: following a closed,
  withdrawn or duplicate complaint is refused, and no order of events (withdrawal, merge, close,
  reopen, a late follow, a follow racing a close) leaves an id on a complaint that is not open.
- Withdrawn means gone: text, place, photos and whoever filed or supported it are erased; only
  what statistics need stays (kind, category, status, times).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json

import pytest
from sqlalchemy import insert, select

from bot.sandbox.client import SandboxControl
from storage import complaints, rooms
from storage.database import Database
from storage.models import OPEN_STATUSES, Complaint, ComplaintFollower, IntakeQuestion, utcnow
from tests.conftest import Room, card_in, eventually, lock_waiters
from tests.security.two_rooms import STREETLIGHT, buttons_of, complaint, file, followers, pressed, said, town

FOLLOWER = 5_000_000_001  # a raw Telegram user id


async def _room(database: Database, chat_id: int = -1001) -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, chat_id, "과천")).id  # type: ignore[return-value]


async def _file(database: Database, room_id: int, message_id: int, text: str = "과천역 앞 가로등이 나갔어요 010-1234-5678") -> Complaint:
    async with database.session() as session:
        return await complaints.file(
            session, room_id=room_id, kind="complaint", category="streetlight", place="과천역", text=text, reporter="p-author",
            message_id=message_id, photo_file_ids=["photo-1"], media_group_id="album-1",
        )


async def _status(database: Database, complaint_id: int, status: str) -> None:
    async with database.session() as session:
        await complaints.set_status(session, await complaints.locked_by_id(session, complaint_id), status, "p-mod")  # type: ignore[arg-type]


async def _follow(database: Database, complaint_id: int, user_id: int = FOLLOWER) -> str:
    async with database.session() as session:
        return await complaints.follow(session, complaint_id, user_id)


async def _kept(database: Database) -> list[tuple[int, str]]:
    """(complaint, status) of every follower row."""
    async with database.session() as session:
        query = select(ComplaintFollower.complaint_id, Complaint.status).join(Complaint, Complaint.id == ComplaintFollower.complaint_id)
        return [(row[0], row[1]) for row in await session.exec(query)]


@pytest.mark.parametrize("status", ["resolved", "rejected", "duplicate", "withdrawn"])
async def test_following_a_complaint_that_is_not_open_is_refused(database: Database, status: str) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, 1)
    await _status(database, filed.id, status)  # type: ignore[arg-type]
    assert await _follow(database, filed.id) == "closed"  # type: ignore[arg-type]
    assert await _kept(database) == []
    assert await _follow(database, 424242) == "unknown"


async def test_closing_drops_the_ids_and_a_reopened_complaint_starts_with_none(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, 1)
    assert await _follow(database, filed.id) == "added"  # type: ignore[arg-type]
    assert await _follow(database, filed.id) == "already"  # type: ignore[arg-type]
    for closing in ("resolved", "rejected", "duplicate", "withdrawn"):
        await _status(database, filed.id, closing)  # type: ignore[arg-type]
        assert await _kept(database) == [], closing
        await _status(database, filed.id, "received")  # type: ignore[arg-type]  (reopened)
        assert await _kept(database) == []  # the drop holds: nobody is followed again without asking
        assert await _follow(database, filed.id) == "added"  # type: ignore[arg-type]


async def test_no_order_of_events_leaves_an_id_on_a_complaint_that_is_not_open(database: Database) -> None:
    """Every order of follow, close, withdraw, merge and reopen, then a late follow: the invariant holds after each step."""
    for index, order in enumerate(itertools.permutations(("follow", "close", "withdraw", "merge", "reopen"))):
        room_id = await _room(database, -2000 - index)
        one = await _file(database, room_id, 1)
        other = await _file(database, room_id, 2)
        assert await _follow(database, other.id, FOLLOWER + 1) == "added"  # type: ignore[arg-type]  (a merge moves them)
        for step in (*order, "follow"):
            async with database.session() as session:
                if step == "follow":
                    await complaints.follow(session, one.id, FOLLOWER)  # type: ignore[arg-type]
                elif step in ("close", "withdraw"):
                    target = await complaints.locked_by_id(session, one.id)  # type: ignore[arg-type]
                    if target.status in OPEN_STATUSES and step == "close":  # type: ignore[union-attr]
                        await complaints.set_status(session, target, "resolved", "p-mod")  # type: ignore[arg-type]
                    elif target.status in OPEN_STATUSES:  # type: ignore[union-attr]
                        await complaints.withdraw(session, target, "p-author", "not a complaint (author)")  # type: ignore[arg-type]
                elif step == "merge":
                    with contextlib.suppress(complaints.MergeError):  # one of them is closed already
                        await complaints.merge(session, room_id, 2, 1, "p-mod")
                else:  # reopen what may be reopened
                    for c in (one, other):
                        target = await complaints.locked_by_id(session, c.id)  # type: ignore[arg-type]
                        if target.status not in OPEN_STATUSES and target.status != "withdrawn":  # type: ignore[union-attr]
                            await complaints.set_status(session, target, "received", "p-mod")  # type: ignore[arg-type]
            kept = await _kept(database)
            assert all(status in OPEN_STATUSES for _, status in kept), (order, step, kept)


async def test_a_follow_racing_a_close_never_keeps_the_id(postgres_url: str) -> None:
    """PostgreSQL, two workers: the close holds the row; the follow waits, then sees it closed."""
    database = Database(postgres_url)
    await database.migrate()
    try:
        room_id = await _room(database)
        filed = await _file(database, room_id, 1)
        async with database.session() as closing:
            locked = await complaints.locked_by_id(closing, filed.id)  # type: ignore[arg-type]
            racing = asyncio.create_task(_follow(database, filed.id))  # type: ignore[arg-type]
            await eventually(lambda: lock_waiters(database))
            assert not racing.done()  # waits for the closing worker
            await complaints.set_status(closing, locked, "resolved", "p-mod")  # type: ignore[arg-type]
        assert await racing == "closed"
        assert await _kept(database) == []
    finally:
        await database.close()


async def test_followers_left_on_closed_complaints_by_an_older_version_are_swept(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, 1)
    still_open = await _file(database, room_id, 2)
    await _status(database, filed.id, "resolved")  # type: ignore[arg-type]
    async with database.session() as session:  # as an older version could leave them
        await session.exec(insert(ComplaintFollower).values(complaint_id=filed.id, user_id=FOLLOWER, created_at=utcnow()))
        await session.exec(insert(ComplaintFollower).values(complaint_id=still_open.id, user_id=FOLLOWER, created_at=utcnow()))
    async with database.session() as session:
        assert await complaints.forget_followers_of_closed(session) == 1
    assert await _kept(database) == [(still_open.id, "received")]


async def test_withdrawn_means_gone(database: Database) -> None:
    room_id = await _room(database)
    filed = await _file(database, room_id, 1)
    async with database.session() as session:
        session.add(
            IntakeQuestion(
                room_id=room_id, message_id=1, author="p-author", kind="complaint", category="streetlight", place="과천역",
                text="과천역 앞 가로등이 나갔어요 010-1234-5678", status="yes",
            )
        )
        target = await complaints.get(session, filed.id)  # type: ignore[arg-type]
        await complaints.support(session, target, "p-neighbour")  # type: ignore[arg-type]
    assert await _follow(database, filed.id) == "added"  # type: ignore[arg-type]
    async with database.session() as session:
        await complaints.withdraw(session, await complaints.locked_by_id(session, filed.id), "p-author", "not a complaint (author)")  # type: ignore[arg-type]

    async with database.session() as session:
        gone = await complaints.get(session, filed.id)  # type: ignore[arg-type]
        assert gone is not None
        assert (gone.text, gone.place, json.loads(gone.photo_file_ids), gone.media_group_id, gone.reporter) == ("", None, [], None, "")
        assert (gone.kind, gone.category, gone.status, gone.number) == ("complaint", "streetlight", "withdrawn", 1)
        assert gone.created_at is not None and gone.status_at is not None
        assert await complaints.supporter_count(session, filed.id) == 0  # type: ignore[arg-type]
        assert await complaints.followers(session, filed.id) == []  # type: ignore[arg-type]
        actors = [e.actor for e in await complaints.events(session, filed.id)]  # type: ignore[arg-type]
        assert [e.status for e in await complaints.events(session, filed.id)] == ["received", "withdrawn"]  # type: ignore[arg-type]
        assert "p-author" not in actors
        question = (await session.exec(select(IntakeQuestion))).scalars().one()
        assert question.text == "" and question.place is None and question.author == ""


# -- end to end ---------------------------------------------------------------------------


async def test_follow_on_a_closed_complaint_is_refused_with_an_answer(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    neighbour = await control.create_user(first_name="이웃")
    await control.join(t.a.chat_id, neighbour["id"], signals=())
    posted, ack = await file(control, t.a, STREETLIGHT)
    follow = buttons_of(ack)[0]["callback_data"]
    await control.post(t.a.chat_id, t.a.moderator, "/resolve 1 교체했습니다")
    await eventually(lambda: said(control, t.a.chat_id, "민원 #1 — 완료"))
    got = await pressed(control, t.a.chat_id, ack["message_id"], neighbour["id"], follow, forged=False)
    assert "닫힌" in got["text"]
    assert await followers(t.runtime) == []
    await control.post(t.a.chat_id, t.a.moderator, "/reopen 1")
    await eventually(lambda: said(control, t.a.chat_id, "다시 열림"))
    got = await pressed(control, t.a.chat_id, ack["message_id"], neighbour["id"], follow, forged=False)
    assert "1:1" in got["text"]  # open again: following is fine
    assert [user for _, user in await followers(t.runtime)] == [neighbour["id"]]


async def test_a_withdrawn_complaint_keeps_nothing_of_what_was_said(bot_factory, control: SandboxControl, room: Room, desks) -> None:
    t = await town(bot_factory, control, room, desks)
    await control.private(t.a.resident, "/start")
    _, ack = await file(control, t.a, STREETLIGHT + " 제 번호 010-1234-5678")
    card = await card_in(control, t.roads, "민원 #1")
    assert "과천역" in card["text"]
    [follow, withdraw] = [b["callback_data"] for b in buttons_of(ack)]
    await pressed(control, t.a.chat_id, ack["message_id"], t.a.resident, follow, forged=False)
    got = await pressed(control, t.a.chat_id, ack["message_id"], t.a.resident, withdraw, forged=False)
    assert "취소" in got["text"]
    gone = await complaint(t.runtime, t.a, 1)
    assert (gone.status, gone.text, gone.place, gone.reporter) == ("withdrawn", "", None, "")
    assert await followers(t.runtime) == []
    card = await card_in(control, t.roads, "상태: 취소")
    assert "과천역" not in card["text"] and "가로등이 나갔어요" not in card["text"]
    # /status shows the number and its state, nothing of the text
    asked = await control.post(t.a.chat_id, t.a.resident, "/status 1")
    [timeline] = await eventually(lambda: _replies(control, t.a.chat_id, asked["message_id"]))
    assert "취소" in timeline["text"] and "과천역" not in timeline["text"]
    # and it cannot come back: its content is gone
    asked = await control.post(t.a.chat_id, t.a.moderator, "/reopen 1")
    [refused] = await eventually(lambda: _replies(control, t.a.chat_id, asked["message_id"]))
    assert "다시 열 수 없습니다" in refused["text"]


async def _replies(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await control.messages(chat_id) if m["from"]["is_bot"] and m.get("reply_to_message_id") == message_id]
