"""Newcomer greeting: one greeting per burst of joins, with the rules and buttons.

The first newcomer in a quiet room is welcomed at once (`first_delay_seconds`,
1 s: whoever joins meanwhile shares the greeting). People who join in the next
`max_wait_seconds` are counted into that same greeting: it is edited ("새로
오신 30분") once joins quiet down, rather than a second greeting being posted.
So nobody waits for a burst to end, the room gets one message per burst, and
an edit does not ping the room again.

A join arrives twice (a chat_member update and a new_chat_members service
message); residents.record_join makes it count once. The greeting's due time is
stored on the room (durable time) and fired by a timer, the sweep or start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Chat, ChatMember, Update
from telegram.ext import Application, ChatMemberHandler, ContextTypes, MessageHandler, filters

from bot.courier import sent_message_id
from bot.durable import DurableTimer
from bot.config import GreetingSettings
from bot.effects import DeleteMessage, EditMessageText, SendMessage
from bot.features.access import runtime_of
from bot.features.rooms_view import deep_link, greeting_body_of, rules_of
from bot.texts import text
from bot.work import Work, current_work, queue
from moderation.pseudonym import pseudonym
from storage import residents, rooms
from storage.models import OutboxMessage, Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

# Both signals of one join arrive within seconds; a real re-join after this is greeted again.
JOIN_DEDUPE_SECONDS = 600


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(on_chat_member, ChatMemberHandler.CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, on_new_chat_members))


def _is_in_chat(member: ChatMember) -> bool:
    if member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER):
        return True
    return member.status == ChatMember.RESTRICTED and bool(getattr(member, "is_member", False))


_ADMIN_STATUSES = (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def on_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    change = update.chat_member
    if change is None or change.new_chat_member.user.is_bot:
        return
    runtime = runtime_of(context)
    if change.old_chat_member.status in _ADMIN_STATUSES or change.new_chat_member.status in _ADMIN_STATUSES:
        runtime.moderators.forget(change.chat.id)  # a promotion or demotion counts at once
    if not _is_in_chat(change.old_chat_member) and _is_in_chat(change.new_chat_member):
        await runtime.greetings.note(change.chat, [change.new_chat_member.user.id])


async def on_new_chat_members(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    people = [user.id for user in message.new_chat_members if not user.is_bot]
    if people:
        await runtime_of(context).greetings.note(message.chat, people)


class Greetings:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.greeting
        # rooms.greeting_due_at: a burst of joins is greeted once, when it is due
        self.timer = DurableTimer(runtime, "greeting", rooms.due_greetings, self._greet)
        self.durable_timers = (self.timer,)

    async def note(self, chat: Chat, user_ids: list[int]) -> None:
        """Count new people (once per person) towards the room's pending greeting."""
        work = current_work()
        session = await work.session()
        room = await rooms.ensure(session, chat.id, chat.title or "", bool(chat.is_forum), language=self.settings.language)
        now = utcnow()
        secret = self.runtime.settings.privacy.pseudonym_secret
        fresh = 0
        for user_id in user_ids:
            if await residents.record_join(session, room.id, pseudonym(secret, chat.id, user_id), now, JOIN_DEDUPE_SECONDS):  # type: ignore[arg-type]
                fresh += 1
        if fresh and self.settings.enabled:
            s = self.settings
            due = await rooms.note_joins(session, room, fresh, now, s.first_delay_seconds, s.quiet_seconds, s.max_wait_seconds)
            self.timer.arm_after_commit(work, room.id, due)  # type: ignore[arg-type]

    @property
    def sent_hooks(self) -> dict:
        """Courier hooks: what to store once a greeting went out."""
        return {"greeting": self._remember_greeting}

    async def _remember_greeting(self, session: AsyncSession, message: OutboxMessage, result: object) -> list[OutboxMessage]:
        """Keep the new greeting's id (later joiners are counted into it by an edit). A previous one
        still known here (a greeting that was on its way when the next was posted) is deleted."""
        sent = sent_message_id(result)
        if message.room_id is None or sent is None:
            return []
        previous = await rooms.remember_greeting(session, message.room_id, sent)
        if previous is None or not self.settings.delete_previous:
            return []
        return [await queue(session, DeleteMessage(message.chat_id, previous))]

    async def _greet(self, work: Work, room_id: int) -> None:
        session = await work.session()
        due = await rooms.claim_greeting(session, room_id, utcnow())
        if due is None:
            return  # not due yet, or another worker greeted
        room = await rooms.get(session, room_id)
        if room is None:
            return
        body, markup = compose(room, due.count, self.settings, self.runtime.bot.username)
        if due.edit is not None:  # later joiners of the burst: count them into its greeting
            await work.do(EditMessageText(room.chat_id, due.edit, body, reply_markup=markup), room_id=room.id)
            return
        await work.do(SendMessage(room.chat_id, body, reply_markup=markup), purpose="greeting", room_id=room.id)
        if due.replaced is not None and self.settings.delete_previous:
            await work.do(DeleteMessage(room.chat_id, due.replaced))


def compose(room: Room, count: int, settings: GreetingSettings, bot_username: str) -> tuple[str, dict]:
    """The greeting text and its buttons, in the room's language."""
    language = room.language
    title = room.title or text("greeting_untitled", language)
    head = text("greeting_one", language, title=title) if count == 1 else text("greeting_many", language, title=title, count=count)
    body = f"{head}\n\n{greeting_body_of(room, settings)}\n\n{rules_of(room, settings)}"
    buttons = [
        [{"text": text("button_rules", language), "url": deep_link(bot_username, "rules", room)}],
        [{"text": text("button_howto", language), "url": deep_link(bot_username, "howto", room)}],
        [{"text": text("button_private", language), "url": deep_link(bot_username, "report", room)}],
    ]
    return body, {"inline_keyboard": buttons}
