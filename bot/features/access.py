"""Who is asking: the language to answer a person in, and the room of a moderator's command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Message, Update
from telegram.ext import CommandHandler, ContextTypes, filters
from telegram.ext.filters import BaseFilter

from bot.replies import reply_to
from bot.texts import text
from bot.work import current_work
from storage import rooms
from storage.models import Room

if TYPE_CHECKING:
    from bot.runtime import Runtime


def command(name: str, callback, only: BaseFilter | None = None) -> CommandHandler:  # type: ignore[no-untyped-def]
    """A command handler for new messages only: an edited message is never a new command.

    python-telegram-bot's CommandHandler matches edited messages too by default, so fixing a
    typo in "/status 1" to "/resolve 1" would resolve #1, and an edit of "/resolve 1 note"
    would announce it twice.
    """
    new = filters.UpdateType.MESSAGE
    return CommandHandler(name, callback, new if only is None else new & only)


def runtime_of(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    """The running bot behind a handler (bot.application puts it in bot_data)."""
    return context.application.bot_data["runtime"]


def language_of(update: Update) -> str:
    """Korean unless the person's Telegram client is set to English."""
    user = update.effective_user
    return "en" if user is not None and (user.language_code or "").startswith("en") else "ko"


async def from_moderator(runtime, message: Message) -> bool:  # type: ignore[no-untyped-def]
    """Whether a room message comes from one of its moderators.

    An administrator posting anonymously arrives as the group itself (sender_chat, with
    Telegram's GroupAnonymousBot as the sender): only administrators can do that.
    """
    if message.sender_chat is not None and message.sender_chat.id == message.chat.id:
        return True
    return message.from_user is not None and await runtime.moderators.is_moderator(message.chat.id, message.from_user.id)


async def moderator_room(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Room | None:
    """The room of a moderator's command, or None after telling the user why not."""
    message = update.effective_message
    work = current_work()
    runtime = runtime_of(context)
    if message.chat.type == "private":
        await reply_to(work, message, text("group_only", language_of(update)))
        return None
    chat = message.chat
    # Ask Telegram before opening the unit's transaction: it must not wait on the network.
    allowed = await from_moderator(runtime, message)
    room = await rooms.ensure(await work.session(), chat.id, chat.title or "", bool(chat.is_forum), runtime.settings.greeting.language)
    if not allowed:
        await reply_to(work, message, text("only_moderators", room.language))
        return None
    return room
