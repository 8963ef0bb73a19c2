"""Private intake: a resident picks a room in the private chat, writes, and the bot posts it anonymously.

Entry points: the greeting's "🕶 익명으로 제보" deep link (/start report_<room id>)
and /report (a list of the person's rooms as buttons). The choice is stored
under a pseudonym of the private chat, never the raw id; the next message is
filed like a room report (numbered, duplicates counted) and posted in the room
by the bot with no name and no pseudonym.

Anonymity must not launder abuse: the bot posts the report in its own voice, so it is
judged as a message in that room would be, and more strictly. The room's house rules
first (any rule broken, even one the room only warns about: there is no author to warn),
then the same intake judgment with the `[intake]` thresholds: what does not read as a
complaint or proposal is not posted. Either way the resident is told why in one line and
the room stays chosen for a rewrite. In the band where the room would ask its author
"민원으로 접수할까요?", a private report is filed: writing it here after choosing a room is
already the author's "yes", and asking again would only keep the text longer. Private
reports are limited per resident (`[private_report] per_hour`), counting every attempt
that was judged, in the database, so a restart does not reset the count.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from telegram import ChatMember, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.buttons import always_answered, answer
from bot.effects import SendMessage
from bot.features.access import command, runtime_of
from bot.features.anonymous_post import post_anonymous_report
from bot.features.intake import (
    INTAKE_GROUP,
    NO_RULES,
    Draft,
    ack_markup,
    outcome_text,
    place_label,
    thresholds_of,
)
from bot.features.rooms_view import deep_link
from bot.features.sanctions import clock
from bot.replies import reply_to
from bot.texts import category_label, kind_label, rule_name, text
from bot.work import current_work
from moderation.decision import Outcome, decide
from moderation.intake import Intake, classify
from moderation.normalize import strip_invisible
from moderation.pseudonym import pseudonym
from storage import complaints, rooms
from storage.models import Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

MAX_ROOMS_LISTED = 30
LIMIT_WINDOW = timedelta(hours=1)


def register(application: Application) -> None:
    application.add_handler(command("report", on_report))
    application.add_handler(CallbackQueryHandler(always_answered(on_pick), pattern=r"^p:"))
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & ~filters.COMMAND
    application.add_handler(
        MessageHandler(private & (filters.TEXT | filters.CAPTION | filters.PHOTO), on_private_message), group=INTAKE_GROUP
    )


def _language(update: Update) -> str:
    user = update.effective_user
    return "en" if user is not None and (user.language_code or "").startswith("en") else "ko"


def _person(runtime: Runtime, user_id: int) -> str:
    """The pseudonym of someone's private chat with the bot (chat id == user id)."""
    return pseudonym(runtime.settings.privacy.pseudonym_secret, user_id, user_id)


async def is_member(context: ContextTypes.DEFAULT_TYPE, room: Room, user_id: int) -> bool:
    """Read-only: is the person in the room now?"""
    try:
        member = await context.bot.get_chat_member(room.chat_id, user_id)
    except TelegramError:
        return False
    if member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER):
        return True
    return member.status == ChatMember.RESTRICTED and bool(getattr(member, "is_member", False))


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE, room: Room) -> None:
    """/start report_<room id>: wait for this person's report to `room`."""
    message = update.effective_message
    work = current_work()
    chosen = await _choose(update, context, room)
    await reply_to(work, message, _prompt(room, chosen))


def _prompt(room: Room, chosen: bool) -> str:
    if not chosen:
        return text("private_not_member", room.language)
    return text("private_write", room.language, room=room.title or text("room_untitled"))


async def _choose(update: Update, context: ContextTypes.DEFAULT_TYPE, room: Room) -> bool:
    """Remember the room for this person's next private message; False if not a member."""
    runtime = runtime_of(context)
    user_id = update.effective_user.id
    if not await is_member(context, room, user_id):
        return False
    session = await current_work().session()
    expires = utcnow() + timedelta(seconds=runtime.settings.intake.private_report_ttl_seconds)
    await complaints.start_private(session, _person(runtime, user_id), room.id, expires)  # type: ignore[arg-type]
    return True


async def on_report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report: in a room, points to the private chat; in private, lists the person's rooms."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    runtime = runtime_of(context)
    work = current_work()
    session = await work.session()
    if message.chat.type != "private":
        chat = message.chat
        room = await rooms.ensure(session, chat.id, chat.title or "", bool(chat.is_forum), runtime.settings.greeting.language)
        button = {"text": text("button_private", room.language), "url": deep_link(runtime.bot.username, "report", room)}
        await reply_to(work, message, text("report_in_private", room.language), reply_markup={"inline_keyboard": [[button]]})
        return
    language = _language(update)
    mine = []
    for room in (await rooms.all_rooms(session))[: MAX_ROOMS_LISTED * 3]:
        if await is_member(context, room, update.effective_user.id):
            mine.append(room)
        if len(mine) >= MAX_ROOMS_LISTED:
            break
    if not mine:
        await reply_to(work, message, text("private_no_rooms", language))
        return
    buttons = [[{"text": room.title or f"#{room.id}", "callback_data": f"p:room:{room.id}"}] for room in mine]
    await reply_to(work, message, text("private_pick_room", language), reply_markup={"inline_keyboard": buttons})


async def on_pick(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A room button of /report was pressed."""
    query = update.callback_query
    _, _, ident = (query.data or "").partition("p:room:")
    message = query.message
    # the list of rooms is sent in the person's own private chat: pressed anywhere else, it is forged
    if query.from_user is None or message is None or message.chat.type != "private" or message.chat.id != query.from_user.id:
        await answer(query, text("cb_unknown", _language(update)))
        return
    known = None
    if ident.isascii() and ident.isdigit() and len(ident) <= 9:
        async with runtime_of(context).db.session() as peek:  # a short read, closed before asking Telegram (bot.work)
            known = await rooms.get(peek, int(ident))
    if known is None:
        await answer(query, text("cb_unknown", _language(update)))
        return
    chosen = await _choose(update, context, known)
    await current_work().do(SendMessage(query.from_user.id, _prompt(known, chosen)))
    await answer(query)


def _has_words(body: str) -> bool:
    """At least two letters or digits: emoji, punctuation and invisible characters are not a report."""
    return sum(ch.isalnum() for ch in strip_invisible(body)) >= 2


async def on_private_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return
    runtime = runtime_of(context)
    work = current_work()
    session = await work.session()
    person = _person(runtime, message.from_user.id)
    now = utcnow()
    room_id = await complaints.pending_private(session, person, now)
    if room_id is None:
        await reply_to(work, message, text("private_idle", _language(update)))
        return
    room = await rooms.get(session, room_id)
    if room is None:
        await complaints.take_private(session, person, now)
        await reply_to(work, message, text("private_idle", _language(update)))
        return
    language = room.language
    body = message.text or message.caption or ""
    if not _has_words(body):
        await reply_to(work, message, text("private_need_text", language))
        return  # the choice of room stays; the next message is the report
    refusal, result = await _judged(runtime, session, person, room, body, now)
    if refusal is not None or result is None:
        await reply_to(work, message, refusal or text("private_refused_not_report", language))
        return  # nothing posted; the choice of room stays for a rewrite (the limit counts it)
    await complaints.take_private(session, person, now)
    draft = Draft(
        kind=result.kind,
        category=result.category,
        place=result.place,
        text=result.redacted,
        reporter=pseudonym(runtime.settings.privacy.pseudonym_secret, room.chat_id, message.from_user.id),
        message_id=None,
        photos=[message.photo[-1].file_id] if message.photo else [],
        source="private",
    )
    outcome = await post_anonymous_report(work, runtime, room, draft)
    complaint = outcome.complaint
    if not outcome.new:
        await reply_to(work, message, outcome_text(outcome, language))
        return
    labels = {
        "kind": kind_label(complaint.kind, language),
        "number": complaint.number,
        "category": category_label(complaint.category, language),
        "place": place_label(complaint.place, language),
    }
    await reply_to(
        work,
        message,
        text("private_filed", language, room=room.title or text("room_untitled"), **labels),
        reply_markup=ack_markup(complaint, language),
    )


async def _judged(runtime: Runtime, session, person: str, room: Room, body: str, now) -> tuple[str | None, Intake | None]:  # type: ignore[no-untyped-def]
    """(why this private report is not posted, in one line; or None and the intake's reading of it).

    In order: the hourly limit, the room's house rules, the intake judgment.
    """
    language = room.language
    limit = runtime.settings.private_report.per_hour
    recent = await complaints.report_attempts(session, person, now - LIMIT_WINDOW)
    if len(recent) >= limit:
        return text("private_rate_limited", language, limit=limit, until=clock(recent[0] + LIMIT_WINDOW, language)), None
    await complaints.note_report_attempt(session, person, now, now - LIMIT_WINDOW)
    rules = runtime.house_rules.rules_for(room.chat_id) if runtime.settings.rules.enabled else NO_RULES
    decision = decide(body, rules, thresholds=thresholds_of(runtime.settings.intake), private=True, classifier=classify)
    if decision.outcome is Outcome.RULE and decision.applied is not None:
        log.info("room %s: a private report was refused under the %s rule", room.id, decision.applied.rule.value)
        return text("private_refused_rule", language, rule=rule_name(decision.applied.rule.value, language)), None
    if not decision.files:
        return text("private_refused_not_report", language), None
    return None, decision.intake
