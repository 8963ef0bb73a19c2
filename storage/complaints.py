"""Complaints: filing with per-room numbers, supporters, followers, events, questions, private drafts.

Nothing here knows Telegram; ids of messages are plain integers.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, bindparam, case, delete, exists, func, or_, select, union_all, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import tallies
from storage.dialect import increment
from storage.models import (
    DUPLICATE,
    OPEN_STATUSES,
    RECEIVED,
    WITHDRAWN,
    Complaint,
    ComplaintCounter,
    ComplaintEvent,
    ComplaintFollower,
    ComplaintSupporter,
    ComplaintTally,
    IntakeQuestion,
    PrivateReport,
    PrivateReportAttempt,
    utcnow,
)


class MergeError(Exception):
    """A merge that cannot be done; `reason` is "unknown", "same" or "closed"."""

    def __init__(self, reason: str, number: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.number = number


# -- numbering and filing ------------------------------------------------------------


async def next_number(session: AsyncSession, room_id: int) -> int:
    """The room's next complaint number, in the caller's transaction.

    The counter row is incremented in place (storage.dialect.increment), which
    holds the row's lock until the transaction ends: a second worker waits and
    then gets the next number. UNIQUE(room_id, number) on complaints backs this up.
    """
    return await increment(session, ComplaintCounter.__table__, {"room_id": room_id}, "last_number")


async def file(
    session: AsyncSession,
    *,
    room_id: int,
    kind: str,
    category: str,
    place: str | None,
    text: str,
    reporter: str,
    message_id: int | None,
    thread_id: int | None = None,
    reply_to_message_id: int | None = None,
    photo_file_ids: Sequence[str] = (),
    source: str = "room",
    media_group_id: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    """Store a new complaint with the room's next number, status `received`."""
    now = now or utcnow()
    complaint = Complaint(
        room_id=room_id,
        number=await next_number(session, room_id),
        kind=kind,
        category=category,
        place=place,
        text=text,
        reporter=reporter,
        source=source,
        message_id=message_id,
        thread_id=thread_id,
        reply_to_message_id=reply_to_message_id,
        photo_file_ids=json.dumps(list(photo_file_ids)),
        media_group_id=media_group_id,
        created_at=now,
        updated_at=now,
    )
    session.add(complaint)
    await session.flush()  # the id: the event and the acknowledgement's buttons carry it
    tallies.note(session, room_id, "received", category, None, 1)
    # No flush of its own: the event goes to the database with the next query or the commit.
    session.add(ComplaintEvent(complaint_id=complaint.id, status=RECEIVED, actor=reporter, note=source, source=source, created_at=now))
    return complaint


def photos_of(complaint: Complaint | IntakeQuestion) -> list[str]:
    return list(json.loads(complaint.photo_file_ids or "[]"))


async def add_album_photo(session: AsyncSession, room_id: int, media_group_id: str, file_id: str) -> Complaint | IntakeQuestion | None:
    """Add a photo to the complaint (or the open question) whose photos came in album `media_group_id`.

    Returns the record, or None when no record of the room holds that album (the
    album's captioned photo was not a report). Adding the same photo twice changes nothing.
    """
    record: Complaint | IntakeQuestion | None = (
        await session.exec(
            select(Complaint)
            .where(Complaint.room_id == room_id, Complaint.media_group_id == media_group_id, Complaint.status != WITHDRAWN)
            .order_by(Complaint.id.desc())
        )
    ).scalars().first()
    if record is None:
        record = (
            await session.exec(
                select(IntakeQuestion).where(
                    IntakeQuestion.room_id == room_id, IntakeQuestion.media_group_id == media_group_id, IntakeQuestion.status == "open"
                )
            )
        ).scalars().first()
    if record is None:
        return None
    photos = photos_of(record)
    if file_id not in photos:
        record.photo_file_ids = json.dumps([*photos, file_id])
        if isinstance(record, Complaint):
            record.updated_at = utcnow()
    return record


async def get(session: AsyncSession, complaint_id: int) -> Complaint | None:
    return await session.get(Complaint, complaint_id)


async def by_number(session: AsyncSession, room_id: int, number: int) -> Complaint | None:
    query = select(Complaint).where(Complaint.room_id == room_id, Complaint.number == number)
    return (await session.exec(query)).scalars().first()


async def locked(session: AsyncSession, room_id: int, number: int) -> Complaint | None:
    """#number of a room, its row locked until the transaction ends (PostgreSQL; SQLite has one writer).

    A status change reads the current status and writes the next one: two
    moderators acting at once must not both start from the same status.
    """
    query = select(Complaint).where(Complaint.room_id == room_id, Complaint.number == number).with_for_update()
    return (await session.exec(query.execution_options(populate_existing=True))).scalars().first()


async def locked_by_id(session: AsyncSession, complaint_id: int) -> Complaint | None:
    """A complaint by id, its row locked until the transaction ends (see `locked`)."""
    query = select(Complaint).where(Complaint.id == complaint_id).with_for_update()
    return (await session.exec(query.execution_options(populate_existing=True))).scalars().first()


async def by_message(session: AsyncSession, room_id: int, message_id: int) -> Complaint | None:
    query = select(Complaint).where(Complaint.room_id == room_id, Complaint.message_id == message_id)
    return (await session.exec(query)).scalars().first()


async def open_under(session: AsyncSession, room_id: int, message_id: int) -> Complaint | None:
    """The open complaint a reply to `message_id` sits under: filed from that message, or the bot's acknowledgement of one."""
    # Open or not is asked of the few rows found: with the status in the query, the planner may
    # read all the room's open complaints (by status) instead of the two indexed lookups.
    query = select(Complaint).where(
        Complaint.room_id == room_id, or_(Complaint.message_id == message_id, Complaint.ack_message_id == message_id)
    ).order_by(Complaint.id)
    found = list((await session.exec(query)).scalars())
    own = [c for c in found if c.message_id == message_id]
    if not own and len(found) > 1:
        return None  # an acknowledgement of several reports at once (bot/features/combined_acks.py): under which one?
    return next((c for c in own + found if c.status in OPEN_STATUSES), None)


async def sharing_ack(session: AsyncSession, room_id: int, ack_message_id: int) -> list[Complaint]:
    """The complaints one acknowledgement answers (several when it was sent combined), by number."""
    query = select(Complaint).where(Complaint.room_id == room_id, Complaint.ack_message_id == ack_message_id).order_by(Complaint.number)
    return list((await session.exec(query)).scalars())


# The queries of every filing, built once (building one costs as much as running it on SQLite).
_CANDIDATE = and_(
    Complaint.category == bindparam("category"), Complaint.status.in_(OPEN_STATUSES), Complaint.created_at >= bindparam("since")
)
_CANDIDATES = select(Complaint).where(Complaint.room_id == bindparam("room_id"), _CANDIDATE).order_by(Complaint.id)
_CANDIDATES_OR_FILED = (
    select(Complaint)
    .where(Complaint.room_id == bindparam("room_id"), or_(_CANDIDATE, Complaint.message_id == bindparam("message_id")))
    .order_by(Complaint.id)
)
_SUPPORT = select(
    func.count(), func.coalesce(func.max(case((ComplaintSupporter.pseudonym == bindparam("pseudonym"), 1), else_=0)), 0)
).where(ComplaintSupporter.complaint_id == bindparam("complaint_id"))


async def by_card(session: AsyncSession, chat_id: int, message_id: int) -> Complaint | None:
    """The complaint whose card in a department's group is that message."""
    query = select(Complaint).where(Complaint.desk_chat_id == chat_id, Complaint.desk_message_id == message_id)
    return (await session.exec(query)).scalars().first()


async def open_candidates(
    session: AsyncSession, room_id: int, category: str, since: datetime, message_id: int | None = None
) -> list[Complaint]:
    """Open complaints of a room and category filed since `since`, oldest first (duplicate candidates).

    With `message_id`, also the room's complaint filed from that message, whatever
    its category or status: one query answers "filed already?" along the way.
    """
    params: dict = {"room_id": room_id, "category": category, "since": since}
    query = _CANDIDATES
    if message_id is not None:
        query, params["message_id"] = _CANDIDATES_OR_FILED, message_id
    return list((await session.exec(query, params=params)).scalars())


async def update_text(session: AsyncSession, complaint: Complaint, text: str, now: datetime | None = None) -> None:
    complaint.text = text
    complaint.updated_at = now or utcnow()
    await session.flush()


_KEEP = object()


async def set_status(
    session: AsyncSession,
    complaint: Complaint,
    status: str,
    actor: str,
    note: str = "",
    source: str = "room",
    department: object = _KEEP,
) -> ComplaintEvent:
    """Change the status (and optionally the department) and record the event, from -> to.

    The caller checks the transition (moderation.lifecycle.next_status) and holds the row
    (`locked`). A complaint that is no longer open drops its followers' raw ids here, whoever
    closed it: read `followers` first to tell them. With the row lock, `follow` cannot slip
    one in meanwhile.
    """
    now = utcnow()
    event = ComplaintEvent(
        complaint_id=complaint.id,  # type: ignore[arg-type]
        from_status=complaint.status,
        status=status,
        actor=actor,
        note=note,
        source=source,
        created_at=now,
    )
    if status != complaint.status:
        complaint.status_at = now
    before = (complaint.status, complaint.department)
    complaint.status = status
    if department is not _KEEP:
        complaint.department = department  # type: ignore[assignment]
    tallies.moved(session, complaint.room_id, complaint.category, before, (complaint.status, complaint.department))
    complaint.updated_at = now
    session.add(event)
    await session.flush()
    if status not in OPEN_STATUSES:
        await forget_followers(session, complaint.id)  # type: ignore[arg-type]
    return event


async def withdraw(session: AsyncSession, complaint: Complaint, actor: str, note: str, source: str = "room") -> ComplaintEvent:
    """"Not a complaint": withdrawn means gone.

    What was said and who said it is erased: the text, the place, the photos and their
    album, the reporter's and the supporters' pseudonyms (in the events too), the followers'
    ids, and the text of the question it was filed from. What statistics count stays: kind,
    category, status, number and times. The message ids stay too (numbers, not content): they
    keep a redelivered message from being filed again.
    """
    reporter = complaint.reporter
    event = await set_status(session, complaint, WITHDRAWN, actor, note, source=source)
    complaint.text, complaint.place, complaint.photo_file_ids, complaint.media_group_id = "", None, "[]", None
    complaint.reporter = ""
    if reporter:
        await session.exec(
            update(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint.id, ComplaintEvent.actor == reporter)
            .values(actor="")
            .execution_options(synchronize_session="fetch")
        )
    await session.exec(delete(ComplaintSupporter).where(ComplaintSupporter.complaint_id == complaint.id))
    if complaint.message_id is not None:
        await session.exec(
            update(IntakeQuestion)
            .where(IntakeQuestion.room_id == complaint.room_id, IntakeQuestion.message_id == complaint.message_id)
            .values(text="", place=None, author="", photo_file_ids="[]", media_group_id=None)
            .execution_options(synchronize_session="fetch")
        )
    await session.flush()
    return event


async def open_in_room(session: AsyncSession, room_id: int, offset: int = 0, limit: int | None = None) -> list[Complaint]:
    """Open complaints of a room, by number.

    With a limit, the numbers come first, the lowest `offset + limit` of each open status
    (ix_complaints_by_status hands them over in order), then those rows: "status IN (...)
    ORDER BY number" would read and sort every open complaint of the room for one page.
    """
    in_room = Complaint.room_id == room_id
    if limit is None:
        query = select(Complaint).where(in_room, Complaint.status.in_(OPEN_STATUSES)).order_by(Complaint.number).offset(offset)
        return list((await session.exec(query)).scalars())
    firsts = [
        select(Complaint.number).where(in_room, Complaint.status == status).order_by(Complaint.number).limit(offset + limit).subquery()
        for status in OPEN_STATUSES
    ]
    found = await session.exec(union_all(*(select(first.c.number) for first in firsts)))
    numbers = sorted(row[0] for row in found)[offset : offset + limit]
    if not numbers:
        return []
    query = select(Complaint).where(in_room, Complaint.number.in_(numbers)).order_by(Complaint.number)
    return list((await session.exec(query)).scalars())


async def open_count(session: AsyncSession, room_id: int) -> int:
    """How many of the room's complaints are open (from the tallies: no count over its history)."""
    await tallies.settle(session)
    query = select(func.coalesce(func.sum(ComplaintTally.complaints), 0)).where(
        ComplaintTally.room_id == room_id, ComplaintTally.status.in_(OPEN_STATUSES)
    )
    return int((await session.exec(query)).scalar_one())


async def events(session: AsyncSession, complaint_id: int) -> list[ComplaintEvent]:
    query = select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id).order_by(ComplaintEvent.id)
    return list((await session.exec(query)).scalars())


# -- supporters and followers -----------------------------------------------------------


async def add_supporter(session: AsyncSession, complaint: Complaint, pseudonym: str) -> bool:
    """공감 +1 from `pseudonym`; False when it is the reporter or already a supporter."""
    if pseudonym == complaint.reporter:
        return False
    exists = await session.exec(
        select(ComplaintSupporter.id).where(ComplaintSupporter.complaint_id == complaint.id, ComplaintSupporter.pseudonym == pseudonym)
    )
    if exists.first() is not None:
        return False
    session.add(ComplaintSupporter(complaint_id=complaint.id, pseudonym=pseudonym))
    complaint.updated_at = utcnow()
    await session.flush()
    return True


async def supporter_count(session: AsyncSession, complaint_id: int) -> int:
    query = select(func.count()).select_from(ComplaintSupporter).where(ComplaintSupporter.complaint_id == complaint_id)
    return (await session.exec(query)).scalar_one()


async def support(session: AsyncSession, complaint: Complaint, pseudonym: str) -> tuple[bool, int]:
    """공감 +1 from `pseudonym` and the supporter count after it, in one query and one insert.

    (added, count): not added when it is the reporter or already a supporter. The
    insert goes to the database with the commit; UNIQUE(complaint_id, pseudonym)
    still refuses a second row should two workers add the same person at once.
    """
    count, present = (await session.exec(_SUPPORT, params={"pseudonym": pseudonym, "complaint_id": complaint.id})).one()
    if pseudonym == complaint.reporter or present:
        return False, count
    session.add(ComplaintSupporter(complaint_id=complaint.id, pseudonym=pseudonym))
    complaint.updated_at = utcnow()
    return True, count + 1


async def add_follower(session: AsyncSession, complaint_id: int, user_id: int) -> bool:
    """Remember a raw user id for private progress messages; False when already following.

    For a merge, which holds both rows already. A resident's press goes through `follow`.
    """
    exists = await session.exec(
        select(ComplaintFollower.id).where(ComplaintFollower.complaint_id == complaint_id, ComplaintFollower.user_id == user_id)
    )
    if exists.first() is not None:
        return False
    session.add(ComplaintFollower(complaint_id=complaint_id, user_id=user_id))
    await session.flush()
    return True


async def follow(session: AsyncSession, complaint_id: int, user_id: int) -> str:
    """A resident asks for private progress messages: "added", "already", "closed" or "unknown".

    The raw id is kept only while the complaint is open. The row is locked first, so a
    follow racing a close waits for it and then sees it closed (PostgreSQL; SQLite has one
    writer): whatever the order, no id stays on a complaint that is not open.
    """
    complaint = await locked_by_id(session, complaint_id)
    if complaint is None:
        return "unknown"
    if complaint.status not in OPEN_STATUSES:
        return "closed"
    return "added" if await add_follower(session, complaint_id, user_id) else "already"


async def followers(session: AsyncSession, complaint_id: int) -> list[int]:
    query = select(ComplaintFollower.user_id).where(ComplaintFollower.complaint_id == complaint_id).order_by(ComplaintFollower.id)
    return [row[0] for row in await session.exec(query)]


async def forget_followers(session: AsyncSession, complaint_id: int) -> None:
    """Drop the raw ids kept for private messages: kept only as long as needed (DESIGN.md, Privacy)."""
    await session.exec(delete(ComplaintFollower).where(ComplaintFollower.complaint_id == complaint_id))


async def forget_followers_of_closed(session: AsyncSession) -> int:
    """Drop every follower of a complaint that is not open (left by a version before `follow` checked); how many."""
    # Driven by the followers (few), not by every closed complaint of every room.
    closed = exists().where(Complaint.id == ComplaintFollower.complaint_id, Complaint.status.not_in(OPEN_STATUSES))
    result = await session.exec(delete(ComplaintFollower).where(closed))
    return result.rowcount or 0


async def merge(
    session: AsyncSession, room_id: int, number: int, into: int, actor: str, origin: str = "room"
) -> tuple[Complaint, Complaint]:
    """Mark #number a duplicate of #into; its reporter, supporters and followers move over.

    Raises MergeError and changes nothing when a number is unknown, both are
    the same, or either is no longer open.
    """
    if number == into:
        raise MergeError("same", number)
    # Both rows locked, the lower number first, so two merges at once cannot deadlock.
    rows = {n: await locked(session, room_id, n) for n in sorted((number, into))}
    source, target = rows[number], rows[into]
    if source is None:
        raise MergeError("unknown", number)
    if target is None:
        raise MergeError("unknown", into)
    for complaint in (source, target):
        if complaint.status not in OPEN_STATUSES:
            raise MergeError("closed", complaint.number)
    moved = [source.reporter] + [
        row[0] for row in await session.exec(select(ComplaintSupporter.pseudonym).where(ComplaintSupporter.complaint_id == source.id))
    ]
    for pseudonym in moved:
        await add_supporter(session, target, pseudonym)
    for user_id in await followers(session, source.id):
        await add_follower(session, target.id, user_id)
    source.duplicate_of = target.id
    await set_status(session, source, DUPLICATE, actor, f"merged into #{target.number}", source=origin)
    session.add(
        ComplaintEvent(
            complaint_id=target.id,
            from_status=target.status,
            status=target.status,
            actor=actor,
            note=f"#{source.number} merged in",
            source=origin,
        )
    )
    await session.flush()
    return source, target


# -- uncertain detections: questions ------------------------------------------------------


async def ask(session: AsyncSession, question: IntakeQuestion) -> IntakeQuestion | None:
    """Store a question; None when this message was already asked about."""
    query = select(IntakeQuestion.id).where(IntakeQuestion.room_id == question.room_id, IntakeQuestion.message_id == question.message_id)
    if (await session.exec(query)).first() is not None:
        return None
    session.add(question)
    await session.flush()
    return question


async def get_question(session: AsyncSession, question_id: int) -> IntakeQuestion | None:
    return await session.get(IntakeQuestion, question_id)


async def question_by_message(session: AsyncSession, room_id: int, message_id: int) -> IntakeQuestion | None:
    query = select(IntakeQuestion).where(IntakeQuestion.room_id == room_id, IntakeQuestion.message_id == message_id)
    return (await session.exec(query)).scalars().first()


async def close_question(session: AsyncSession, question_id: int, status: str, now: datetime | None = None) -> IntakeQuestion | None:
    """Close an open question as `status` (yes/no/expired); None when it was already closed.

    A conditional UPDATE: with several workers (or a press racing the expiry)
    exactly one closes it. With `now`, only a question due by then is closed.
    Unless the answer is yes, the stored text is erased: only complaints keep text.
    """
    condition = [IntakeQuestion.id == question_id, IntakeQuestion.status == "open"]
    if now is not None:
        condition.append(IntakeQuestion.expires_at <= now)
    values: dict = {"status": status, "expires_at": None}
    if status != "yes":  # not a complaint after all: its text is not kept
        values.update(text="", photo_file_ids="[]")
    result = await session.exec(
        update(IntakeQuestion).where(*condition).values(**values).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return None
    return await session.get(IntakeQuestion, question_id, populate_existing=True)


async def open_questions(session: AsyncSession) -> list[tuple[int, datetime]]:
    """(id, expires_at) of every open question."""
    query = select(IntakeQuestion.id, IntakeQuestion.expires_at).where(
        IntakeQuestion.status == "open", IntakeQuestion.expires_at.is_not(None)
    )
    return [(row[0], row[1]) for row in await session.exec(query)]


# -- private intake drafts ------------------------------------------------------------------


async def start_private(session: AsyncSession, person: str, room_id: int, expires_at: datetime) -> None:
    draft = await session.get(PrivateReport, person)
    if draft is None:
        session.add(PrivateReport(person=person, room_id=room_id, expires_at=expires_at))
    else:
        draft.room_id, draft.expires_at, draft.created_at = room_id, expires_at, utcnow()
    await session.flush()


async def take_private(session: AsyncSession, person: str, now: datetime) -> int | None:
    """The room a person's pending private report goes to (consumed), None when none or expired."""
    draft = await session.get(PrivateReport, person)
    if draft is None:
        return None
    room_id, expires_at = draft.room_id, draft.expires_at
    await session.delete(draft)
    await session.flush()
    return room_id if expires_at > now else None


async def pending_private(session: AsyncSession, person: str, now: datetime) -> int | None:
    draft = await session.get(PrivateReport, person)
    return draft.room_id if draft is not None and draft.expires_at > now else None


async def report_attempts(session: AsyncSession, person: str, since: datetime) -> list[datetime]:
    """When `person` tried to report privately since `since`, oldest first."""
    query = select(PrivateReportAttempt.at).where(PrivateReportAttempt.person == person, PrivateReportAttempt.at >= since)
    return sorted(row[0] for row in await session.exec(query))


async def note_report_attempt(session: AsyncSession, person: str, now: datetime, forget_before: datetime) -> None:
    """Count one private report attempt; attempts older than `forget_before` (anyone's) are dropped."""
    await session.exec(delete(PrivateReportAttempt).where(PrivateReportAttempt.at < forget_before))
    session.add(PrivateReportAttempt(person=person, at=now))
