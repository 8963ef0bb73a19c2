"""Filing a report into a room from outside Telegram, through the same door as a private report.

`post_anonymous_report` holds the steps of bot/features/private_report.py's
`on_private_message` after the judgment: file it, or add a supporter to the
open complaint it repeats (intake.file_or_support); on a new record, the board,
the deadlines and the department's card (progress.filed); and the bot's
anonymous post in the room with the number, which the courier hook
"private_post" makes the record's message. Nothing in it knows Open311: it is
written to become the one shared function of every anonymous entry point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.intake import Draft, Outcome, ack_markup, file_or_support, place_label
from bot.texts import category_label, kind_label, text
from bot.work import Work, bind, unbind
from storage import rooms
from storage.models import Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

# The anonymous post quotes the report; Telegram allows 4,096 characters with the header around it.
MAX_QUOTED = 3500


async def post_anonymous_report(work: Work, runtime: "Runtime", room: Room, draft: Draft) -> Outcome:
    """File `draft` in `room` (or support the open complaint it repeats) and post it there without any identity."""
    session = await work.session()
    outcome = await file_or_support(session, runtime.settings.intake, room.id, draft)  # type: ignore[arg-type]
    if not outcome.new:
        return outcome
    complaint = outcome.complaint
    await runtime.progress.filed(work, room, complaint)
    language = room.language
    quoted = draft.text if len(draft.text) <= MAX_QUOTED else draft.text[:MAX_QUOTED] + "…"
    # No name, no pseudonym: the room sees only the bot, the number and the (redacted) text.
    await work.send(
        room.chat_id,
        "sendMessage",
        purpose="private_post",
        room_id=room.id,
        text=text(
            "private_post",
            language,
            text=quoted,
            kind=kind_label(complaint.kind, language),
            number=complaint.number,
            category=category_label(complaint.category, language),
            place=place_label(complaint.place, language),
        ),
        reply_markup=ack_markup(complaint, language),
    )
    return outcome


async def file_from_outside(runtime: "Runtime", chat_id: int, title: str, is_forum: bool, draft: Draft) -> tuple[Room, Outcome]:
    """`post_anonymous_report` in a unit of work of its own (no Telegram update carries it), then the sends.

    The room is created on first sight, as any handler does, from what the caller
    read of the chat (read from Telegram before this, outside the transaction: bot.work).
    """
    work = Work(runtime.db, None, runtime.courier.worker, runtime.courier.lease)
    token = bind(work)  # the features called here may look for the unit of work of "their update"
    try:
        session = await work.session()
        room = await rooms.ensure(session, chat_id, title, is_forum, runtime.settings.greeting.language)
        outcome = await post_anonymous_report(work, runtime, room, draft)
        sent = await work.commit()
    except BaseException:
        await work.rollback()
        raise
    finally:
        unbind(token)
    runtime.courier.deliver(sent)
    return room, outcome
