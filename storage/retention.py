"""Retention (PIPA): texts are kept only as long as needed, the figures for good.

A complaint closed (resolved, rejected, merged as a duplicate, withdrawn) longer
ago than the retention period loses its text, its place, its photos and the notes
of its events; its number, kind, category, department, status, reporter's
pseudonym and every time stay, so /stats and the deadlines' figures do not change.
An answered or expired "file this?" question loses its text and photos the same
way. A moderation-log entry older than its period loses its excerpt; the rule,
the action, who and when stay. Each `survey` counts what `purge` would clear, per
room and kind; `purge` clears it in batches, each its own short transaction, and
returns the same counts. A row cleared once is not counted again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import Database
from storage.models import CLOSED_STATUSES as CLOSED
from storage.models import Complaint, ComplaintEvent, IntakeQuestion, ModerationRecord, Room

BATCH = 500
QUESTION, MODERATION = "question", "moderation"  # kinds besides a complaint's own (complaint, proposal)


@dataclass(frozen=True)
class Cutoffs:
    """Content older than these goes; None keeps it for good."""

    complaint_texts: datetime | None
    moderation_excerpts: datetime | None


@dataclass(frozen=True)
class Count:
    room_id: int
    chat_id: int
    title: str
    kind: str  # complaint, proposal, question, moderation
    rows: int


def _closed_complaints(before: datetime) -> ColumnElement[bool]:
    closed_at = func.coalesce(Complaint.status_at, Complaint.updated_at, Complaint.created_at)
    has_content = or_(
        Complaint.text != "", Complaint.place.is_not(None), Complaint.photo_file_ids != "[]", Complaint.media_group_id.is_not(None)
    )
    return and_(Complaint.status.in_(CLOSED), closed_at < before, has_content)


def _closed_questions(before: datetime) -> ColumnElement[bool]:
    has_content = or_(IntakeQuestion.text != "", IntakeQuestion.photo_file_ids != "[]", IntakeQuestion.media_group_id.is_not(None))
    return and_(IntakeQuestion.status != "open", IntakeQuestion.created_at < before, has_content)


def _old_excerpts(before: datetime) -> ColumnElement[bool]:
    return and_(ModerationRecord.created_at < before, ModerationRecord.excerpt.is_not(None))


async def survey(db: Database, cutoffs: Cutoffs) -> list[Count]:
    """What `purge` would clear now, per room and kind; nothing changes."""
    tally: Counter[tuple[int, str]] = Counter()
    async with db.session() as session:
        if cutoffs.complaint_texts is not None:
            query = (
                select(Complaint.room_id, Complaint.kind, func.count())
                .where(_closed_complaints(cutoffs.complaint_texts))
                .group_by(Complaint.room_id, Complaint.kind)
            )
            tally.update({(room, kind): n for room, kind, n in await session.exec(query)})  # type: ignore[call-overload]
            query = (
                select(IntakeQuestion.room_id, func.count())
                .where(_closed_questions(cutoffs.complaint_texts))
                .group_by(IntakeQuestion.room_id)
            )
            tally.update({(room, QUESTION): n for room, n in await session.exec(query)})  # type: ignore[call-overload]
        if cutoffs.moderation_excerpts is not None:
            query = (
                select(ModerationRecord.room_id, func.count())
                .where(_old_excerpts(cutoffs.moderation_excerpts))
                .group_by(ModerationRecord.room_id)
            )
            tally.update({(room, MODERATION): n for room, n in await session.exec(query)})  # type: ignore[call-overload]
        return await _counts(session, tally)


async def purge(db: Database, cutoffs: Cutoffs, batch: int = BATCH) -> list[Count]:
    """Clear what the retention periods no longer allow; the counts of what was cleared."""
    tally: Counter[tuple[int, str]] = Counter()
    if cutoffs.complaint_texts is not None:
        before = cutoffs.complaint_texts
        while await _purge_complaints(db, before, batch, tally):
            pass
        while await _purge_batch(
            db,
            IntakeQuestion,
            _closed_questions(before),
            {"text": "", "photo_file_ids": "[]", "media_group_id": None},
            QUESTION,
            batch,
            tally,
        ):
            pass
    if cutoffs.moderation_excerpts is not None:
        while await _purge_batch(
            db, ModerationRecord, _old_excerpts(cutoffs.moderation_excerpts), {"excerpt": None}, MODERATION, batch, tally
        ):
            pass
    async with db.session() as session:
        return await _counts(session, tally)


async def _purge_complaints(db: Database, before: datetime, batch: int, tally: Counter[tuple[int, str]]) -> bool:
    async with db.session() as session:
        rows = (
            await session.exec(
                select(Complaint.id, Complaint.room_id, Complaint.kind)
                .where(_closed_complaints(before))
                .order_by(Complaint.id)
                .limit(batch)
            )
        ).all()  # type: ignore[call-overload]
        if not rows:
            return False
        ids = [row[0] for row in rows]
        await session.exec(update(ComplaintEvent).where(ComplaintEvent.complaint_id.in_(ids), ComplaintEvent.note != "").values(note=""))  # type: ignore[call-overload]
        await session.exec(
            update(Complaint).where(Complaint.id.in_(ids)).values(text="", place=None, photo_file_ids="[]", media_group_id=None)
        )  # type: ignore[call-overload]
        tally.update((room, kind) for _id, room, kind in rows)
    return len(rows) == batch


async def _purge_batch(
    db: Database, model: type, condition: ColumnElement[bool], values: dict, kind: str, batch: int, tally: Counter[tuple[int, str]]
) -> bool:
    async with db.session() as session:
        rows = (await session.exec(select(model.id, model.room_id).where(condition).order_by(model.id).limit(batch))).all()  # type: ignore[attr-defined, call-overload]
        if not rows:
            return False
        await session.exec(update(model).where(model.id.in_([row[0] for row in rows])).values(**values))  # type: ignore[attr-defined, call-overload]
        tally.update((room, kind) for _id, room in rows)
    return len(rows) == batch


async def _counts(session: AsyncSession, tally: Counter[tuple[int, str]]) -> list[Count]:
    if not tally:
        return []
    room_ids = sorted({room for room, _kind in tally})
    rooms = {room.id: room for room in (await session.exec(select(Room).where(Room.id.in_(room_ids)))).scalars()}  # type: ignore[union-attr, call-overload]
    order = {"complaint": 0, "proposal": 1, QUESTION: 2, MODERATION: 3}
    counts = []
    for (room_id, kind), rows in sorted(tally.items(), key=lambda item: (item[0][0], order.get(item[0][1], 9), item[0][1])):
        room = rooms.get(room_id)
        counts.append(Count(room_id, room.chat_id if room else 0, room.title if room else "", kind, rows))
    return counts
