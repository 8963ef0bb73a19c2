"""Moderators' commands: /cooldown, /lift, /warn, /mute, /unmute, /strikes, /modlog.

/warn, /mute, /unmute and /strikes act on the message replied to. Anyone else
gets the same polite refusal as the other moderator commands, a wrong call
gets its usage line, and nothing changes. /strikes and /modlog answer in the
moderator's private chat: the room does not need to read who was punished.
"""

from __future__ import annotations

from datetime import timedelta

from telegram import Message, Update
from telegram.ext import Application, ContextTypes

from bot.clock import local_time
from bot.effects import SendMessage
from bot.features import sanctions
from bot.features.cooldown import replied_message, topic_of
from bot.features.access import command, from_moderator, moderator_room, runtime_of
from bot.replies import command_argument, reply_to
from bot.texts import rule_name, text
from bot.work import current_work
from moderation.pseudonym import display_name, pseudonym
from storage import cooldowns, moderation_log, strikes
from storage.models import Room, utcnow

MODLOG_PAGE = 10
MAX_MINUTES = 366 * 24 * 60  # Telegram treats longer restrictions as forever ...
MIN_MUTE_MINUTES = 1  # ... and shorter than 30 seconds too


def register(application: Application) -> None:
    for name, handler in (
        ("cooldown", on_cooldown),
        ("lift", on_lift),
        ("warn", on_warn),
        ("mute", on_mute),
        ("unmute", on_unmute),
        ("strikes", on_strikes),
        ("modlog", on_modlog),
    ):
        application.add_handler(command(name, handler))


def _minutes(argument: str) -> float | None:
    """A positive number of minutes, or None."""
    try:
        value = float(argument)
    except ValueError:
        return None
    return value if 0 < value <= MAX_MINUTES else None


def _key(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int) -> str:
    return pseudonym(runtime_of(context).settings.privacy.pseudonym_secret, chat_id, user_id)


def _actor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    return sanctions.actor_of(_key(context, update.effective_chat.id, update.effective_user.id))  # type: ignore[union-attr]


async def _resident(update: Update, context: ContextTypes.DEFAULT_TYPE, room: Room, usage: str) -> Message | None:
    """The replied-to message of a resident (not a bot, not a moderator), or None after saying why."""
    message = update.effective_message
    target = replied_message(message)  # type: ignore[arg-type]
    work = current_work()
    if target is None or target.from_user is None or target.from_user.is_bot:
        await reply_to(work, message, text(usage, room.language))  # type: ignore[arg-type]
        return None
    if await runtime_of(context).moderators.is_moderator(room.chat_id, target.from_user.id):
        await reply_to(work, message, text("not_on_moderators", room.language))  # type: ignore[arg-type]
        return None
    return target


async def on_cooldown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    runtime = runtime_of(context)
    saved = None
    user = update.effective_user
    # Telegram before the unit's transaction (bot.work): the permissions to restore afterwards.
    if message.chat.type != "private" and topic_of(message) is None and user is not None and await from_moderator(runtime, message):
        saved = await runtime.cooldowns.permissions_to_save(message.chat.id)
    room = await moderator_room(update, context)
    if room is None:
        return
    work = current_work()
    argument = command_argument(message)
    minutes = _minutes(argument) if argument else None
    if argument and minutes is None:
        await reply_to(work, message, text("usage_cooldown", room.language))
        return
    topic = topic_of(message)
    kind = cooldowns.TOPIC if topic is not None else cooldowns.ROOM
    cooling = runtime_of(context).cooldowns
    started = await cooling.start(
        work, room, kind, topic, saved=saved, seconds=minutes * 60 if minutes else None, actor=_actor(update, context)
    )
    if started is None:
        active = await cooldowns.active(await work.session(), room.id, kind, topic)
        if active is not None:
            await reply_to(work, message, text("already_cooling", room.language, until=sanctions.clock(active.until, room.language)))
        else:
            await reply_to(work, message, text("room_silent", room.language))


async def on_lift(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    message = update.effective_message
    work = current_work()
    topic = topic_of(message)
    active = await cooldowns.active(await work.session(), room.id, cooldowns.TOPIC if topic is not None else cooldowns.ROOM, topic)
    if active is None or await runtime_of(context).cooldowns.lift(work, active.id, early=True, actor=_actor(update, context)) is None:
        await reply_to(work, message, text("no_cooldown", room.language))


async def on_warn(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    target = await _resident(update, context, room, "usage_warn")
    if target is None:
        return
    work = current_work()
    key = _key(context, room.chat_id, target.from_user.id)  # type: ignore[union-attr]
    await sanctions.log(work, room, "warn", excerpt=sanctions.excerpt_of(target), pseudonym=key, actor=_actor(update, context))
    await reply_to(work, target, text("moderator_warning", room.language))


async def on_mute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    message = update.effective_message
    minutes = _minutes(command_argument(message))
    work = current_work()
    if minutes is None or minutes < MIN_MUTE_MINUTES or replied_message(message) is None:
        await reply_to(work, message, text("usage_mute", room.language))
        return
    target = await _resident(update, context, room, "usage_mute")
    if target is None:
        return
    seconds = minutes * 60
    until = await sanctions.mute(work, room, target.from_user.id, seconds, utcnow())  # type: ignore[union-attr]
    key = _key(context, room.chat_id, target.from_user.id)  # type: ignore[union-attr]
    await sanctions.log(work, room, "mute", excerpt=sanctions.duration(seconds, "en"), pseudonym=key, actor=_actor(update, context))
    language = room.language
    await reply_to(
        work, message, text("muted_done", language, duration=sanctions.duration(seconds, language), until=sanctions.clock(until, language))
    )


async def on_unmute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    target = await _resident(update, context, room, "usage_unmute")
    if target is None:
        return
    work = current_work()
    await sanctions.unmute(work, room, target.from_user.id)  # type: ignore[union-attr]
    key = _key(context, room.chat_id, target.from_user.id)  # type: ignore[union-attr]
    await sanctions.log(work, room, "unmute", pseudonym=key, actor=_actor(update, context))
    await reply_to(work, update.effective_message, text("unmuted_done", room.language))  # type: ignore[arg-type]


async def _tell_privately(update: Update, room: Room, body: str) -> None:
    """Answer a moderator in the private chat (Telegram refuses if they never started the bot)."""
    work = current_work()
    await work.do(SendMessage(update.effective_user.id, body))  # type: ignore[union-attr]
    await reply_to(work, update.effective_message, text("sent_privately", room.language))  # type: ignore[arg-type]


async def on_strikes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    target = await _resident(update, context, room, "usage_strikes")
    if target is None:
        return
    work = current_work()
    policy = runtime_of(context).house_rules.rules_for(room.chat_id).strikes
    key = _key(context, room.chat_id, target.from_user.id)  # type: ignore[union-attr]
    given = await strikes.times(await work.session(), room.id, key, utcnow() - timedelta(seconds=policy.expire_after))
    body = text(
        "strikes_count", room.language, who=display_name(key, room.language), count=len(given), days=round(policy.expire_after / 86_400)
    )
    await _tell_privately(update, room, body)


async def on_modlog(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    room = await moderator_room(update, context)
    if room is None:
        return
    message = update.effective_message
    work = current_work()
    argument = command_argument(message)
    if argument and not (argument.isdigit() and int(argument) >= 1):
        await reply_to(work, message, text("usage_modlog", room.language))
        return
    page = int(argument or 1)
    entries = await moderation_log.recent(await work.session(), room.id, MODLOG_PAGE, (page - 1) * MODLOG_PAGE)
    language = room.language
    if not entries:
        await _tell_privately(update, room, f"{room.title}: {text('modlog_empty', language)}")
        return
    lines = [f"{text('modlog_head', language, page=page)} — {room.title}"]
    for entry in entries:
        when = entry.created_at.astimezone(local_time()).strftime("%m-%d %H:%M")
        parts = [when, entry.action]
        if entry.rule:
            parts.append(rule_name(entry.rule, language))
        if entry.pseudonym:
            parts.append(display_name(entry.pseudonym, language))
        parts.append(f"← {sanctions.shown_actor(entry.actor, language)}")
        line = " · ".join(parts)
        if entry.excerpt:
            line += f"\n   “{entry.excerpt}”"
        lines.append(line)
    await _tell_privately(update, room, "\n".join(lines))
