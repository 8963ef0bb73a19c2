"""Complaint intake in the rooms: file, acknowledge, ask when unsure, count duplicates.

A message the detector (moderation.intake.classify) is sure about becomes a
numbered complaint and gets a reply with the number, the category and place it
understood, and two buttons: follow privately, and "not a complaint". An
unsure detection asks "민원으로 접수할까요?" instead; the question expires
quietly. A report of an open problem adds a supporter (공감 +1) to it.
Moderators' and staff's messages are answers: they are never filed.

Merging duplicates (/merge) and every later change of status live in
bot/features/progress.py.

Everything goes through the unit of work (bot.work): the record, the reply and
the update's id commit together, so a redelivered update files nothing twice.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot import metrics
from bot.authority import Asker
from bot.buttons import always_answered, answer
from bot.complaints import Refused
from bot.courier import sent_message_id
from bot.durable import DurableTimer
from bot.config import IntakeSettings
from bot.effects import DeleteMessage, EditMessageText, Json, ReplyTo, SendMessage, SendPhoto
from bot.features import combined_acks
from bot.features.access import language_of, runtime_of
from bot.texts import category_label, kind_label, text
from bot.work import Work, current_work, queue
from moderation.decision import Decision, Thresholds, decide
from moderation.decision import Outcome as Handling
from moderation.intake import classify
from moderation.normalize import is_blank
from moderation.pseudonym import pseudonym
from moderation.lifecycle import Status
from moderation.redaction import redact
from moderation.similarity import Candidate, best_duplicate
from storage import complaints, rooms
from moderation.rules import Action, RoomRules, RuleSettings
from storage.models import Complaint, IntakeQuestion, OutboxMessage, Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

# Handler group of the room intake: apart from group 0, so other features' message handlers
# (house rules, heat) run on the same messages.
INTAKE_GROUP = 5
FILED_KINDS = ("complaint", "proposal")
# `[rules] enabled = false`: the decision sees no house rule at all.
NO_RULES = RoomRules(**{name: RuleSettings(enabled=False) for name in ("politics", "commercial", "abuse", "outside_link", "flood")})
_CALLBACK = re.compile(r"^(c|q):(follow|withdraw|yes|no):([0-9]{1,9})$")  # ids fit the INTEGER column


def register(application: Application) -> None:
    groups = filters.ChatType.GROUPS
    content = filters.TEXT | filters.CAPTION
    application.add_handler(CallbackQueryHandler(always_answered(on_callback), pattern=r"^[cq]:"))
    # a photo without a caption may belong to an album whose captioned photo was filed
    room_content = content | filters.PHOTO
    application.add_handler(
        MessageHandler(groups & filters.UpdateType.MESSAGE & room_content & ~filters.COMMAND, on_room_message), group=INTAKE_GROUP
    )
    application.add_handler(MessageHandler(groups & filters.UpdateType.EDITED_MESSAGE & content, on_room_edit), group=INTAKE_GROUP)


# -- what a report is, wherever it came from --------------------------------------------


@dataclass
class Draft:
    """A report about to be filed: redacted text and where it sits."""

    kind: str
    category: str
    place: str | None
    text: str
    reporter: str  # pseudonym in the room
    message_id: int | None
    thread_id: int | None = None
    reply_to_message_id: int | None = None
    photos: list[str] = field(default_factory=list)
    source: str = "room"
    album: str | None = None  # the media group of a photo sent in an album: the album's other photos join the record


@dataclass
class Outcome:
    complaint: Complaint  # the new record, or the open one this report repeats
    new: bool
    supported: bool = False  # a supporter was added (not the reporter, not twice)
    supporters: int = 0
    filed_before: bool = False  # `complaint` was filed from this very message already: nothing to do


async def file_or_support(session: AsyncSession, settings: IntakeSettings, room_id: int, draft: Draft) -> Outcome:
    """File `draft`, unless it repeats an open complaint of the room: then 공감 +1 there.

    A message is filed once: when a complaint from `draft.message_id` exists already
    (belt and braces: the inbox skips redelivered updates), the outcome says so and
    changes nothing. The duplicate search answers that too, saving a query per filing.
    """
    since = utcnow() - timedelta(days=settings.duplicate_window_days)
    candidates = await complaints.open_candidates(session, room_id, draft.category, since, message_id=draft.message_id)
    if draft.message_id is not None:
        for complaint in candidates:
            if complaint.message_id == draft.message_id:
                return Outcome(complaint, False, filed_before=True)
    key = best_duplicate(
        draft.text, draft.place, [Candidate(c.id, c.text, c.place) for c in candidates], settings.duplicate_similarity  # type: ignore[arg-type]
    )
    if key is not None:
        existing = next(c for c in candidates if c.id == key)
        supported, count = await complaints.support(session, existing, draft.reporter)
        if supported:
            metrics.complaint("supported", existing.kind, existing.category)
        return Outcome(existing, False, supported, count)
    complaint = await complaints.file(
        session,
        room_id=room_id,
        kind=draft.kind,
        category=draft.category,
        place=draft.place,
        text=draft.text,
        reporter=draft.reporter,
        message_id=draft.message_id,
        thread_id=draft.thread_id,
        reply_to_message_id=draft.reply_to_message_id,
        photo_file_ids=draft.photos,
        source=draft.source,
        media_group_id=draft.album,
    )
    log.info("room %s: %s #%d filed (%s)", room_id, complaint.kind, complaint.number, complaint.category)
    metrics.complaint("filed", complaint.kind, complaint.category)
    return Outcome(complaint, True)


def place_label(place: str | None, language: str) -> str:
    return place or text("place_unknown", language)


def ack_markup(complaint: Complaint, language: str) -> dict:
    return {
        "inline_keyboard": [
            [
                {"text": text("button_follow", language), "callback_data": f"c:follow:{complaint.id}"},
                {"text": text("button_not_complaint", language), "callback_data": f"c:withdraw:{complaint.id}"},
            ]
        ]
    }


def outcome_text(outcome: Outcome, language: str) -> str:
    """The reply to a report: acknowledged with a number, or pointed at the existing one."""
    complaint = outcome.complaint
    kind = kind_label(complaint.kind, language)
    if outcome.new:
        return text(
            "intake_ack",
            language,
            kind=kind,
            number=complaint.number,
            category=category_label(complaint.category, language),
            place=place_label(complaint.place, language),
        )
    key = "intake_supported" if outcome.supported else "intake_repeated"
    return text(key, language, kind=kind, number=complaint.number, count=outcome.supporters)


def draft_from_message(message: Message, result, reporter: str) -> Draft:  # type: ignore[no-untyped-def]
    """Where a room message sits: forum topic, reply chain, photos."""
    thread = message.message_thread_id if message.is_topic_message else None
    reply = message.reply_to_message
    # In a forum, a message that replies to nothing "replies" to the topic's creation message.
    reply_to = None
    if reply is not None and not (message.is_topic_message and reply.message_id == message.message_thread_id):
        reply_to = reply.message_id
    photos = [message.photo[-1].file_id] if message.photo else []
    album = message.media_group_id if message.photo else None
    return Draft(
        kind=result.kind,
        category=result.category,
        place=result.place,
        text=result.redacted,
        reporter=reporter,
        message_id=message.message_id,
        thread_id=thread,
        reply_to_message_id=reply_to,
        photos=photos,
        album=album,
    )


async def send_reply(work: Work, room: Room, message_id: int, thread_id: int | None, body: str, purpose: str | None = None,
                     reply_markup: Json | None = None, record_id: int | None = None) -> None:
    """A reply in the room to `message_id`, in its forum topic."""
    reply = SendMessage(room.chat_id, body, message_thread_id=thread_id, reply_parameters=ReplyTo(message_id), reply_markup=reply_markup)
    await work.do(reply, purpose=purpose, room_id=room.id, record_id=record_id)


# -- the room --------------------------------------------------------------------------


def thresholds_of(settings: IntakeSettings) -> Thresholds:
    """The decision's thresholds from `[intake]`."""
    return Thresholds(file=settings.file_threshold, ask=settings.ask_threshold, sure=settings.sure_threshold)


def room_decision(runtime: Runtime, message: Message, *, under_report: bool = False, edited: bool = False) -> Decision:
    """The one decision (moderation.decision) about a room message or caption, with the room's house rules.

    The house rules (bot/features/house_rules.py) and this handler ask about the same
    message; the decision is cached per text, so it is made once.
    """
    rules = runtime.house_rules.rules_for(message.chat_id) if runtime.settings.rules.enabled else NO_RULES
    return decide(message.text or message.caption or "", rules, reply_to_open_report=under_report,
                  thresholds=thresholds_of(runtime.settings.intake), edited=edited, classifier=classify)


def _replied_id(message: Message) -> int | None:
    """The message this one replies to, if any (in a forum, the topic's first message does not count)."""
    reply = message.reply_to_message
    if reply is None or (message.is_topic_message and reply.message_id == message.message_thread_id):
        return None
    return reply.message_id


async def on_room_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return
    if message.sender_chat is not None:
        return  # anonymous administrators and channels speak for the room: answers, not complaints
    runtime = runtime_of(context)
    settings = runtime.settings.intake
    body = message.text or message.caption or ""
    if not settings.enabled:
        return
    if is_blank(body):
        if message.photo and message.media_group_id:
            await join_album(message)
        return
    decision = room_decision(runtime, message)
    replied = _replied_id(message)
    # A reply may sit under an open report: ask the database only when that would change the decision.
    under: Complaint | None = None
    if replied is not None and room_decision(runtime, message, under_report=True).outcome is not decision.outcome:
        session = await current_work().session()
        room = await rooms.by_chat(session, message.chat_id)
        under = await complaints.open_under(session, room.id, replied) if room is not None else None  # type: ignore[arg-type]
        if under is not None:
            decision = room_decision(runtime, message, under_report=True)
    if decision.outcome not in (Handling.FILE, Handling.ASK, Handling.SUPPORT_OR_NOTE):
        return  # a house rule keeps it out (never filed, whatever the rule's action), or nothing to file
    if await runtime.moderators.is_moderator(message.chat_id, message.from_user.id):
        return  # moderators and staff answer; they are never filed
    work = current_work()
    session = await work.session()
    chat = message.chat
    room = await rooms.ensure(session, chat.id, chat.title or "", bool(chat.is_forum), runtime.settings.greeting.language)
    reporter = pseudonym(runtime.settings.privacy.pseudonym_secret, chat.id, message.from_user.id)
    if decision.outcome is Handling.SUPPORT_OR_NOTE:
        # "저도요", "104동 쪽이에요" under an open report: the author backs that report (공감 +1, once,
        # never the reporter), quietly; no new record, no reply that would bury the thread.
        if under is not None:
            await complaints.support(session, under, reporter)
        return
    result = decision.intake
    draft = draft_from_message(message, result, reporter)
    draft.kind = decision.kind
    certain = decision.outcome is Handling.FILE
    # Filed already? file_or_support asks along the way (Outcome.filed_before); a question, here.
    if not certain and await complaints.by_message(session, room.id, message.message_id) is not None:
        return
    if certain:
        outcome = await file_or_support(session, settings, room.id, draft)
        # An insult in a sure report: the house rules removed the message, the problem is filed all the same.
        removed = decision.applied is not None and decision.applied.action is not Action.WARN
        await acknowledge(work, room, outcome, message.message_id, draft.thread_id, removed=removed)
        if outcome.new:
            await runtime.complaints.filed(work, room, outcome.complaint)
    else:
        await runtime.intake.ask(work, room, draft)


async def join_album(message: Message) -> None:
    """A photo without a caption, sent in an album whose captioned photo was filed (or asked about): add it there.

    A client sends an album as one message per photo, the caption on one of them
    (the first); only that one is classified.
    """
    session = await current_work().session()
    room = await rooms.by_chat(session, message.chat_id)
    if room is not None:
        await complaints.add_album_photo(session, room.id, message.media_group_id, message.photo[-1].file_id)  # type: ignore[arg-type]


async def acknowledge(work: Work, room: Room, outcome: Outcome, message_id: int, thread_id: int | None, removed: bool = False) -> None:
    """The reply to a filed report; `removed`: the house rules took the message down (an insult in it)."""
    if outcome.filed_before:
        return  # acknowledged when it was filed
    body = outcome_text(outcome, room.language)
    if removed:
        body += "\n" + text("intake_filed_though_removed", room.language)
    if outcome.new:
        await send_reply(
            work, room, message_id, thread_id, body, purpose="complaint_ack", reply_markup=ack_markup(outcome.complaint, room.language),
            record_id=outcome.complaint.id,
        )
    else:
        await send_reply(work, room, message_id, thread_id, body, purpose="support_ack", record_id=outcome.complaint.id)


async def on_room_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited report updates the stored (redacted) text; an edit never files anything.

    An edit that turns the message into something the house rules keep out (an ad, a
    campaign post, an invitation) changes no record, and an open "민원으로 접수할까요?"
    about it is withdrawn: its "yes" must not file what the message has become.
    """
    message = update.edited_message
    if message is None:
        return
    body = message.text or message.caption or ""
    if is_blank(body):
        return
    kept_out = message.from_user is not None and room_decision(runtime_of(context), message, edited=True).outcome is Handling.RULE
    work = current_work()
    session = await work.session()
    room = await rooms.by_chat(session, message.chat_id)
    if room is None:
        return
    complaint = await complaints.by_message(session, room.id, message.message_id)
    if complaint is not None and complaint.status != Status.WITHDRAWN and not kept_out:
        await complaints.update_text(session, complaint, redact(body))
    question = await complaints.question_by_message(session, room.id, message.message_id)
    if question is not None and question.status == "open":
        if not kept_out:
            question.text = redact(body)
        elif await complaints.close_question(session, question.id, "no") is not None and question.question_message_id is not None:  # type: ignore[arg-type]
            await work.do(DeleteMessage(room.chat_id, question.question_message_id))


# -- buttons ----------------------------------------------------------------------------


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    match = _CALLBACK.match(query.data or "")
    if match is None or query.from_user is None or not isinstance(query.message, Message):
        await answer(query, text("cb_unknown", language_of(update)))
        return
    prefix, action, ident = match.group(1), match.group(2), int(match.group(3))
    desk = runtime_of(context).intake
    if prefix == "c" and action == "follow":
        await desk.follow(query, ident)
    elif prefix == "c" and action == "withdraw":
        await desk.withdraw(query, ident)
    elif prefix == "q" and action in ("yes", "no"):
        await desk.answer_question(query, ident, action)
    else:
        await answer(query, text("cb_unknown", language_of(update)))


def language_of_query(query) -> str:  # type: ignore[no-untyped-def]
    user = query.from_user
    return "en" if user is not None and (user.language_code or "").startswith("en") else "ko"


def _on_its_message(query, room: Room, own_message_id: int | None) -> bool:  # type: ignore[no-untyped-def]
    """A record's button pressed where that record's message is.

    In the room: the record's own message there (while its id is not stored yet, bot.buttons
    has made sure the button is on this bot message of the room). In a private chat: the
    presser's own chat with the bot, where their anonymous report was acknowledged.
    """
    message = query.message
    if message.chat.type == "private":
        return message.chat.id == query.from_user.id
    return message.chat.id == room.chat_id and own_message_id in (None, message.message_id)


class IntakeDesk:
    """The parts of intake that need the runtime: questions and their expiry, buttons, courier hooks."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.intake
        # intake_questions.expires_at: an unanswered question is removed once (close_question)
        self.timer = DurableTimer(runtime, "question", complaints.open_questions, self._expire)
        self.durable_timers = (self.timer,)

    def pseudonym(self, chat_id: int, user_id: int) -> str:
        return pseudonym(self.runtime.settings.privacy.pseudonym_secret, chat_id, user_id)

    # -- questions --------------------------------------------------------------------

    async def ask(self, work: Work, room: Room, draft: Draft) -> None:
        """Store an uncertain detection and ask "민원으로 접수할까요?" under it."""
        session = await work.session()
        expires_at = utcnow() + timedelta(seconds=self.settings.question_ttl_seconds)
        question = await complaints.ask(
            session,
            IntakeQuestion(
                room_id=room.id,  # type: ignore[arg-type]
                message_id=draft.message_id,  # type: ignore[arg-type]
                thread_id=draft.thread_id,
                reply_to_message_id=draft.reply_to_message_id,
                author=draft.reporter,
                kind=draft.kind,
                category=draft.category,
                place=draft.place,
                text=draft.text,
                photo_file_ids=json.dumps(draft.photos),
                media_group_id=draft.album,
                expires_at=expires_at,
            ),
        )
        if question is None:
            return
        metrics.complaint("asked", draft.kind, draft.category)
        language = room.language
        body = text(
            "intake_question", language, category=category_label(draft.category, language), place=place_label(draft.place, language)
        )
        markup = {
            "inline_keyboard": [
                [
                    {"text": text("button_yes", language), "callback_data": f"q:yes:{question.id}"},
                    {"text": text("button_no", language), "callback_data": f"q:no:{question.id}"},
                ]
            ]
        }
        await send_reply(
            work, room, draft.message_id, draft.thread_id, body, purpose="intake_question", reply_markup=markup, record_id=question.id
        )
        self.timer.arm_after_commit(work, question.id, expires_at)  # type: ignore[arg-type]

    async def _expire(self, work: Work, question_id: int) -> None:
        session = await work.session()
        question = await complaints.close_question(session, question_id, "expired", now=utcnow())
        if question is None or question.question_message_id is None:
            return  # answered, not due, or not sent yet (the courier hook deletes it then)
        room = await rooms.get(session, question.room_id)
        if room is not None:
            await work.do(DeleteMessage(room.chat_id, question.question_message_id))

    async def answer_question(self, query, question_id: int, reply: str) -> None:  # type: ignore[no-untyped-def]
        async with self.runtime.db.session() as peek:  # a short read, closed before asking Telegram (bot.work)
            known = await complaints.get_question(peek, question_id)
            place = await rooms.get(peek, known.room_id) if known is not None else None
            author = known is not None and place is not None and self.pseudonym(place.chat_id, query.from_user.id) == known.author
        is_moderator = place is not None and not author and await self.runtime.moderators.is_moderator(place.chat_id, query.from_user.id)
        work = current_work()
        session = await work.session()
        question = await complaints.get_question(session, question_id)
        room = await rooms.get(session, question.room_id) if question is not None else None
        if question is None or room is None or query.message.chat.id != room.chat_id:
            await answer(query, text("cb_unknown", language_of_query(query)))
            return
        language = room.language
        if question.question_message_id not in (None, query.message.message_id):
            await answer(query, text("cb_unknown", language))  # this question's button on another message
            return
        if question.status != "open":
            await answer(query, text("cb_question_closed", language))
            return
        if not (self.pseudonym(room.chat_id, query.from_user.id) == question.author or is_moderator):
            await answer(query, text("cb_only_author", language))
            return
        if await complaints.close_question(session, question_id, reply) is None:
            await answer(query, text("cb_question_closed", language))
            return
        question_message = question.question_message_id or query.message.message_id
        if reply == "no":
            await work.do(DeleteMessage(room.chat_id, question_message))
            await answer(query, text("cb_not_filed", language))
            return
        draft = Draft(
            kind=question.kind,
            category=question.category,
            place=question.place,
            text=question.text,
            reporter=question.author,
            message_id=question.message_id,
            thread_id=question.thread_id,
            reply_to_message_id=question.reply_to_message_id,
            photos=complaints.photos_of(question),
            album=question.media_group_id,
        )
        outcome = await file_or_support(session, self.settings, room.id, draft)  # type: ignore[arg-type]
        if outcome.new:
            await self.runtime.complaints.filed(work, room, outcome.complaint)
        body = outcome_text(outcome, language)
        # The question becomes the acknowledgement: one message under the report, not two.
        markup = ack_markup(outcome.complaint, language) if outcome.new else None
        await work.do(EditMessageText(room.chat_id, question_message, body, reply_markup=markup),
                      purpose="complaint_ack" if outcome.new else "support_ack", room_id=room.id,
                      record_id=outcome.complaint.id)
        await answer(query, text("cb_filed", language, number=outcome.complaint.number))

    # -- acknowledgement buttons --------------------------------------------------------

    async def follow(self, query, complaint_id: int) -> None:  # type: ignore[no-untyped-def]
        """"Follow privately": the presser's raw id is kept, only while the complaint is open."""
        work = current_work()
        session = await work.session()
        known = await complaints.get(session, complaint_id)
        room = await rooms.get(session, known.room_id) if known is not None else None
        if known is None or room is None or not _on_its_message(query, room, known.ack_message_id):
            await answer(query, text("cb_unknown", language_of_query(query)))
            return
        language = room.language
        user_id = query.from_user.id
        outcome = await complaints.follow(session, complaint_id, user_id)  # holds the row: a close cannot slip in
        if outcome != "added":
            key = {"already": "cb_already_following", "closed": "cb_follow_closed"}.get(outcome, "cb_unknown")
            await answer(query, text(key, language, number=known.number))
            return
        body = text(
            "follow_private",
            language,
            room=room.title or text("room_untitled"),
            kind=kind_label(known.kind, language),
            number=known.number,
            category=category_label(known.category, language),
        )
        # Delivered if the person has started the bot; Telegram refuses it otherwise (logged, dropped).
        await work.do(SendMessage(user_id, body))
        await answer(query, text("cb_following", language, number=known.number), alert=True)

    async def withdraw(self, query, complaint_id: int) -> None:  # type: ignore[no-untyped-def]
        """"Not a complaint": the author or a moderator withdraws the record, and what was said is erased."""
        user_id = query.from_user.id
        async with self.runtime.db.session() as peek:  # a short read, closed before asking Telegram (bot.work)
            known = await complaints.get(peek, complaint_id)
            place = await rooms.get(peek, known.room_id) if known is not None else None
            author = place is not None and known is not None and self.pseudonym(place.chat_id, user_id) == known.reporter
        grants = None
        if place is not None and not author:
            asker = Asker.of_query(query, self.runtime.departments)
            grants = await self.runtime.progress.authority.grants(asker, rooms=[place.chat_id]) if asker is not None else None
        work = current_work()
        session = await work.session()
        complaint = await complaints.locked_by_id(session, complaint_id)
        room = await rooms.get(session, complaint.room_id) if complaint is not None else None
        if complaint is None or room is None or not _on_its_message(query, room, complaint.ack_message_id):
            await answer(query, text("cb_unknown", language_of_query(query)))
            return
        language = room.language
        presser = self.pseudonym(room.chat_id, user_id)
        is_author = bool(complaint.reporter) and presser == complaint.reporter
        is_moderator = grants is not None and grants.over_room(room.chat_id)
        if not is_author and not is_moderator:
            await answer(query, text("cb_only_author", language))
            return
        role = "author" if is_author else "moderator"
        source = "private" if query.message.chat.type == "private" else "room"
        try:  # the lifecycle says whether it can still be withdrawn (only while open)
            await self.runtime.complaints.withdraw(work, room, complaint, presser, role, source=source)
        except Refused:
            await answer(query, text("cb_not_open", language))
            return
        body = text("intake_withdrawn", language, number=complaint.number)
        edited: set[tuple[int, int]] = set()
        if complaint.ack_message_id is not None:
            edited.add((room.chat_id, complaint.ack_message_id))
        edited.add((query.message.chat.id, query.message.message_id))
        combined = await combined_acks.redraw(session, room, complaint.ack_message_id) if complaint.ack_message_id is not None else None
        for chat_id, message_id in sorted(edited):
            if combined is not None and (chat_id, message_id) == (room.chat_id, complaint.ack_message_id):
                # it answers other reports too: only this one's line changes, their buttons stay
                redrawn, entities, markup = combined
                await work.do(EditMessageText(chat_id, message_id, redrawn, reply_markup=markup, entities=entities or None))
            else:
                await work.do(EditMessageText(chat_id, message_id, body))
        await answer(query, text("cb_withdrawn", language, number=complaint.number))

    # -- courier hooks ----------------------------------------------------------------

    @property
    def mergers(self) -> dict:
        """Acknowledgements that waited together for a busy room's budget go out as one (bot/features/combined_acks.py)."""
        return {"complaint_ack": combined_acks.merge_acks, "support_ack": combined_acks.merge_supports}

    @property
    def sent_hooks(self) -> dict:
        return {
            "complaint_ack": self._remember_ack,
            "intake_question": self._remember_question,
            "private_post": self._remember_post,
        }

    async def _remember_ack(self, session: AsyncSession, message: OutboxMessage, result: object) -> list[OutboxMessage]:
        complaint_id = message.record_id
        sent = sent_message_id(result)
        if complaint_id is None or sent is None:
            return []
        complaint = await session.get(Complaint, complaint_id)
        if complaint is not None:
            complaint.ack_message_id = sent
        return []

    async def _remember_question(self, session: AsyncSession, message: OutboxMessage, result: object) -> list[OutboxMessage]:
        question_id = message.record_id
        sent = sent_message_id(result)
        if question_id is None or sent is None:
            return []
        question = await session.get(IntakeQuestion, question_id)
        if question is None:
            return []
        question.question_message_id = sent
        if question.status == "expired":  # it expired before it was even sent: remove it now
            return [await queue(session, DeleteMessage(message.chat_id, question.question_message_id))]
        return []

    async def _remember_post(self, session: AsyncSession, message: OutboxMessage, result: object) -> list[OutboxMessage]:
        """A private report was posted in the room: that post is now the record's message."""
        complaint_id = message.record_id
        sent = sent_message_id(result)
        if complaint_id is None or sent is None:
            return []
        complaint = await session.get(Complaint, complaint_id)
        if complaint is None:
            return []
        complaint.message_id = complaint.ack_message_id = sent
        follow_ups = []
        for file_id in complaints.photos_of(complaint):
            photo = SendPhoto(message.chat_id, file_id, reply_parameters=ReplyTo(complaint.message_id))
            follow_ups.append(await queue(session, photo, room_id=complaint.room_id))
        return follow_ups
