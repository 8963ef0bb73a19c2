"""Filing a report into a room from outside Telegram, through the same door as a private report
(bot.features.anonymous_post), in a unit of work of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.anonymous_post import post_anonymous_report
from bot.features.intake import Draft, Outcome
from bot.work import Work, bind, unbind
from storage import rooms
from storage.models import Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

async def file_from_outside(runtime: Runtime, chat_id: int, title: str, is_forum: bool, draft: Draft) -> tuple[Room, Outcome]:
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
