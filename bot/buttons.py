"""Button presses are checked against the message they arrived on, and always answered.

Telegram does not promise that a callback's data came from a button of that message: a
modified client can send any data on any message it can see. Before any feature reads a
press, `gate` checks that the message is the bot's own (still there) and carries a button
with exactly that data; each feature then checks that the message is the one of its record
(an acknowledgement, a question, a card, a list) in the right chat, and that the presser may
act. Whatever is refused is answered with a short text, so the client's spinner stops:
never silence, not even when a handler fails.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler, ContextTypes, TypeHandler

from bot.features.access import language_of
from bot.texts import text

log = logging.getLogger(__name__)

GATE_GROUP = -101  # before everything, the staff groups' gate included

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def register(application: Application) -> None:
    """The gate first; the fallback last in group 0, after every feature's own handler."""
    application.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
    application.add_handler(CallbackQueryHandler(always_answered(on_unknown)))


def own_button(query: CallbackQuery, bot_id: int) -> bool:
    """The press came on the bot's own message, and that message has a button with exactly this data."""
    message = query.message
    if not isinstance(message, Message) or message.from_user is None or message.from_user.id != bot_id:
        return False  # an inaccessible (deleted) message, or someone else's
    markup = message.reply_markup
    if markup is None or query.data is None:
        return False
    return any(button.callback_data == query.data for row in markup.inline_keyboard for button in row)


async def answer(query: CallbackQuery, body: str | None = None, alert: bool = False) -> None:
    """Answer a press; a press too old to answer (or answered already) is no error."""
    try:
        await query.answer(body, show_alert=alert)
    except TelegramError as exc:
        log.info("a button press could not be answered: %s", exc)


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every press: refused and answered unless it is one of the buttons of the bot's own message."""
    query = update.callback_query
    if query is None:
        return
    if not own_button(query, context.bot.id):
        await answer(query, text("cb_unknown", language_of(update)))
        raise ApplicationHandlerStop


async def on_unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Data no feature knows (an old version's button, say): answered all the same."""
    await answer(update.callback_query, text("cb_unknown", language_of(update)))  # type: ignore[arg-type]


def always_answered(handler: Handler) -> Handler:
    """A button handler whose press is answered even when it fails (the failure still rolls back)."""

    @functools.wraps(handler)
    async def wrapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            await handler(update, context)
        except ApplicationHandlerStop:
            raise
        except Exception:
            if update.callback_query is not None:
                await answer(update.callback_query, text("cb_failed", language_of(update)))
            raise

    return wrapped
