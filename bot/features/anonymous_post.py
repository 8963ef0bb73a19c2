"""An anonymous report posted into a room by the bot: the one door of every anonymous entry point.

A private /report and an Open311 POST end here once judged: file it, or add a
supporter to the open complaint it repeats (intake.file_or_support); on a new
record, the board, the deadlines and the department's card (bot.complaints.ComplaintService.filed);
and the bot's post in the room with the number and no identity, which the
courier hook "private_post" makes the record's message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.effects import SendMessage
from bot.features.intake import Draft, Outcome, ack_markup, file_or_support, place_label
from bot.texts import category_label, kind_label, text
from bot.work import Work
from storage.models import Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

# The anonymous post quotes the report; Telegram allows 4,096 characters with the header around it.
MAX_QUOTED = 3500


async def post_anonymous_report(work: Work, runtime: Runtime, room: Room, draft: Draft) -> Outcome:
    """File `draft` in `room` (or support the open complaint it repeats) and post it there without any identity."""
    session = await work.session()
    outcome = await file_or_support(session, runtime.settings.intake, room.id, draft)  # type: ignore[arg-type]
    if not outcome.new:
        return outcome
    complaint = outcome.complaint
    await runtime.complaints.filed(work, room, complaint)
    language = room.language
    quoted = draft.text if len(draft.text) <= MAX_QUOTED else draft.text[:MAX_QUOTED] + "…"
    # No name, no pseudonym: the room sees only the bot, the number and the (redacted) text.
    body = text(
        "private_post",
        language,
        text=quoted,
        kind=kind_label(complaint.kind, language),
        number=complaint.number,
        category=category_label(complaint.category, language),
        place=place_label(complaint.place, language),
    )
    post = SendMessage(room.chat_id, body, reply_markup=ack_markup(complaint, language))
    await work.do(post, purpose="private_post", room_id=room.id, record_id=complaint.id)
    return outcome
