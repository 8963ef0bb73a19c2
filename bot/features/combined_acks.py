"""Acknowledgements that waited together go out as one message.

A group gets 20 messages a minute (bot.ratelimit). In a busy room reports can
arrive faster than that, and one reply each would make the last resident wait
minutes for theirs. So when the courier finds several acknowledgements of one
room (and forum topic) waiting for the room's budget, it sends them as one
message (bot.courier's mergers): a line per report, the line's "글"/"message"
a link to the report it answers, and the follow / "not a complaint" buttons of
each new complaint. Alone, an acknowledgement is sent as it was written.

New complaints and supports are merged separately: a combined acknowledgement
of new complaints is redrawn from the records when one of them is withdrawn
(`redraw`), which a support note never needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.texts import category_label, kind_label, text
from storage import complaints
from storage.database import Database
from storage.models import Complaint, OutboxMessage, Room
from storage.outbox import params_of
from moderation.lifecycle import Status

__all__ = ["Line", "merge_acks", "merge_supports", "redraw", "render", "report_link"]


@dataclass(frozen=True)
class Line:
    """One report answered in a combined message: the record it is about, and the report's message."""

    complaint: Complaint
    report_message_id: int | None
    supporters: int | None = None  # a support line: the count after it; None for a new complaint


def report_link(chat_id: int, message_id: int | None) -> str | None:
    """A link to a message that members of a supergroup can open; None where Telegram has none (basic groups)."""
    internal = -chat_id - 1_000_000_000_000
    if message_id is None or internal <= 0:
        return None
    return f"https://t.me/c/{internal}/{message_id}"


def _utf16(value: str) -> int:
    """Telegram counts entity offsets in UTF-16 code units."""
    return len(value.encode("utf-16-le")) // 2


def render(chat_id: int, lines: Sequence[Line], language: str) -> tuple[str, list[dict], dict | None]:
    """The combined message's text, its link entities and its buttons (None: no buttons)."""
    supports = all(line.supporters is not None for line in lines)
    body = text("acks_support_head" if supports else "acks_filed_head", language, count=len(lines))
    entities: list[dict] = []
    buttons: list[list[dict]] = []
    word = text("acks_message_word", language)
    for line in lines:
        complaint = line.complaint
        values = {"kind": kind_label(complaint.kind, language), "number": complaint.number,
                  "category": category_label(complaint.category, language)}
        if line.supporters is not None:
            rest = text("acks_support_line", language, count=line.supporters, **values)
        elif complaint.status == Status.WITHDRAWN:
            rest = text("acks_withdrawn_line", language, number=complaint.number)
        else:
            rest = text("acks_filed_line", language, place=complaint.place or text("place_unknown", language), **values)
            buttons.append([
                {"text": text("button_follow_number", language, number=complaint.number), "callback_data": f"c:follow:{complaint.id}"},
                {"text": text("button_not_complaint_number", language, number=complaint.number),
                 "callback_data": f"c:withdraw:{complaint.id}"},
            ])
        body += "\n• "
        link = report_link(chat_id, line.report_message_id)
        if link is not None:
            entities.append({"type": "text_link", "offset": _utf16(body), "length": _utf16(word), "url": link})
        body += f"{word} → {rest}"
    markup = {"inline_keyboard": buttons} if buttons or not supports else None
    return body, entities, markup


def _combined(first: OutboxMessage, body: str, entities: list[dict], markup: dict | None) -> dict:
    """The first waiting call's parameters (chat, topic, reply) with the combined text."""
    params = params_of(first)
    params["text"] = body
    params.pop("reply_markup", None)
    params.pop("entities", None)
    if entities:
        params["entities"] = entities
    if markup is not None:
        params["reply_markup"] = markup
    return params


def _reply_target(message: OutboxMessage) -> int | None:
    reply = params_of(message).get("reply_parameters")
    return int(reply["message_id"]) if isinstance(reply, dict) and "message_id" in reply else None


async def _lines(db: Database, messages: Sequence[OutboxMessage], supports: bool) -> tuple[Room | None, list[Line]]:
    lines: list[Line] = []
    room: Room | None = None
    async with db.session() as session:
        for message in messages:
            complaint = await complaints.get(session, message.record_id) if message.record_id is not None else None
            if complaint is None:
                continue
            if room is None:
                room = await session.get(Room, complaint.room_id)
            count = await complaints.supporter_count(session, complaint.id) if supports else None  # type: ignore[arg-type]
            lines.append(Line(complaint, _reply_target(message), count))
    return room, lines


async def _merge(db: Database, messages: Sequence[OutboxMessage], supports: bool) -> dict | None:
    room, lines = await _lines(db, messages, supports)
    if room is None or len(lines) != len(messages):
        return None  # a record is gone (withdrawn and erased, a room forgotten): send them as written
    body, entities, markup = render(room.chat_id, lines, room.language)
    return _combined(messages[0], body, entities, markup)


async def merge_acks(db: Database, messages: Sequence[OutboxMessage]) -> dict | None:
    """One message acknowledging several new complaints (outbox purpose complaint_ack); None: send each."""
    return await _merge(db, messages, supports=False)


async def merge_supports(db: Database, messages: Sequence[OutboxMessage]) -> dict | None:
    """One message for several "same as #N" notes (outbox purpose support_ack); None: send each."""
    return await _merge(db, messages, supports=True)


async def redraw(session: AsyncSession, room: Room, ack_message_id: int) -> tuple[str, list[dict], dict] | None:
    """A combined acknowledgement as its records now stand (one withdrawn: its line says so, its buttons go);
    None when the message acknowledges one complaint only."""
    sharing = await complaints.sharing_ack(session, room.id, ack_message_id)  # type: ignore[arg-type]  # a stored room has an id
    if len(sharing) < 2:
        return None
    lines = [Line(complaint, complaint.message_id) for complaint in sharing]
    body, entities, markup = render(room.chat_id, lines, room.language)
    return body, entities, markup or {"inline_keyboard": []}
