"""The room guide: /start and /help in private, /rules in a room, and the moderators' setters."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, ContextTypes, filters

from bot.features import private_report
from bot.features.access import command, language_of, moderator_room, runtime_of
from bot.features.rooms_view import how_to_report, rules_of
from bot.replies import command_argument, reply_to
from bot.texts import COMMAND_NAMES, command_help, text
from bot.work import current_work
from storage import rooms

MAX_TEXT = 3000  # leaves room under Telegram's 4,096 characters for the greeting around it


def register(application: Application) -> None:
    application.add_handler(command("start", on_start, filters.ChatType.PRIVATE))
    application.add_handler(command("help", on_help))
    application.add_handler(command("rules", on_rules))
    application.add_handler(command("setrules", on_setrules))
    application.add_handler(command("setgreeting", on_setgreeting))
    application.add_handler(command("language", on_language))


def bot_commands(language: str) -> list[BotCommand]:
    return [BotCommand(name, command_help(name, language)) for name in COMMAND_NAMES]


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start [rules_N | howto_N | report_N]: the deep links of the greeting buttons land here."""
    message = update.effective_message
    work = current_work()
    action, _, room_id = (context.args[0] if context.args else "").partition("_")
    room = None
    if room_id.isascii() and room_id.isdigit() and len(room_id) <= 9:  # ids fit the INTEGER column
        room = await rooms.get(await work.session(), int(room_id))
    language = room.language if room is not None else language_of(update)
    settings = runtime_of(context).settings.greeting
    if action == "rules" and room is not None:
        body = rules_of(room, settings)
    elif action == "howto":
        body = how_to_report(language)
    elif action == "report" and room is not None:
        await private_report.begin(update, context, room)
        return
    elif action == "report":
        body = text("private_idle", language)
    else:
        body = text("start_private", language)
    await reply_to(work, message, body)


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    work = current_work()
    language = language_of(update)
    if message.chat.type != "private":
        room = await rooms.by_chat(await work.session(), message.chat_id)
        language = room.language if room is not None else runtime_of(context).settings.greeting.language
    await reply_to(work, message, text("help", language) + "\n\n" + how_to_report(language))


async def on_rules(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    work = current_work()
    runtime = runtime_of(context)
    if message.chat.type == "private":
        await reply_to(work, message, text("group_only", language_of(update)))
        return
    chat = message.chat
    room = await rooms.ensure(await work.session(), chat.id, chat.title or "", bool(chat.is_forum), runtime.settings.greeting.language)
    await reply_to(work, message, rules_of(room, runtime.settings.greeting))


def _split_language(argument: str, default: str) -> tuple[str, str]:
    """"en Some text" -> ("en", "Some text"); text without a language tag is in `default`."""
    head, _, rest = argument.partition(" ")
    if head in ("ko", "en") and rest.strip():
        return head, rest.strip()
    return default, argument


async def _set_text(update: Update, context: ContextTypes.DEFAULT_TYPE, field: str, usage: str, saved: str) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    message = update.effective_message
    work = current_work()
    language, body = _split_language(command_argument(message), room.language)
    if not body:
        await reply_to(work, message, text(usage, room.language))
        return
    if len(body) > MAX_TEXT:
        await reply_to(work, message, text("too_long", room.language, limit=MAX_TEXT))
        return
    await rooms.set_text(await work.session(), room, field, language, body)
    await reply_to(work, message, text(saved, room.language))


async def on_setrules(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _set_text(update, context, "rules", "usage_setrules", "rules_saved")


async def on_setgreeting(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _set_text(update, context, "greeting", "usage_setgreeting", "greeting_saved")


async def on_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    message = update.effective_message
    choice = command_argument(message).lower()
    if choice not in ("ko", "en"):
        await reply_to(current_work(), message, text("usage_language", room.language))
        return
    room.language = choice
    await reply_to(current_work(), message, text("language_saved", choice))
