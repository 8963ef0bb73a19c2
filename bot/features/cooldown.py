"""Heat per thread, and cool-downs: a reminder when a thread warms, a rest when it gets hot.

A thread is a forum topic, or the whole of an ordinary group: people who
quarrel there often answer without replying, and its cool-down rests the
whole room anyway. A hot topic is closed (closeForumTopic); a hot ordinary
group rests (setChatPermissions), after saving the room's permissions
(getChat) so the lift restores exactly them. The end is durable time: a row
with `until`, lifted by a timer, at start-up or by the sweep, claimed once.

Heat runs before the house rules: an insult they delete is the strongest sign
of a quarrel, and must count towards its cool-down.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.durable import DurableTimer
from bot.effects import CloseForumTopic, ReopenForumTopic, SendMessage, SetChatPermissions
from bot.features import sanctions
from bot.features.access import runtime_of
from bot.replies import reply_to
from bot.texts import text
from bot.work import Work, current_work
from moderation.heat import CooldownLadder, HeatSettings, HeatTracker, Transition
from moderation.hostility.lexicon import lexicon_hits
from moderation.pseudonym import pseudonym
from storage import cooldowns, rooms
from storage.models import Cooldown, Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

GROUP = -3  # before the house rules (-2): what they delete still heats the thread


def register(application: Application) -> None:
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.ChatType.GROUPS & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_message
        ),
        group=GROUP,
    )


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return
    await runtime_of(context).cooldowns.observe(message)


def replied_message(message: Message) -> Message | None:
    """The message this one answers; a forum topic's opening message is not an answer."""
    reply = message.reply_to_message
    if reply is None or reply.forum_topic_created is not None:
        return None
    if message.is_topic_message and reply.message_id == message.message_thread_id:
        return None
    return reply


def topic_of(message: Message) -> int | None:
    """The forum topic a message is in (None in an ordinary group or a forum's General)."""
    return message.message_thread_id if message.chat.is_forum and message.is_topic_message else None


class Cooldowns:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.cooldown
        # cooldowns.until: lifted once (claim_lift), also after a restart
        self.timer = DurableTimer(runtime, "cooldown", cooldowns.pending, self.lift)
        self.durable_timers = (self.timer,)
        heat = self.settings.heat
        self.tracker = HeatTracker(
            HeatSettings(
                half_life_seconds=heat.half_life_seconds,
                message_weight=heat.message_weight,
                hostility_weight=heat.hostility_weight,
                hostility_floor=heat.hostility_floor,
                exchange_weight=heat.exchange_weight,
                warm_at=heat.warm_at,
                hot_at=heat.hot_at,
            )
        )
        self.ladder = CooldownLadder(tuple(float(d) for d in self.settings.durations), self.settings.window_seconds)

    # -- heat -------------------------------------------------------------------

    @staticmethod
    def _thread(message: Message) -> tuple[str, int]:
        topic = topic_of(message)
        return ("topic", topic) if topic is not None else ("room", 0)

    async def observe(self, message: Message) -> None:
        if not self.settings.enabled:
            return
        thread = self._thread(message)
        runtime = self.runtime
        if await runtime.moderators.is_moderator(message.chat_id, message.from_user.id):  # type: ignore[union-attr]
            return  # moderators calm threads down, they do not heat them
        secret = runtime.settings.privacy.pseudonym_secret
        reply = replied_message(message)
        replied_author = None
        if reply is not None and reply.from_user is not None and not reply.from_user.is_bot:
            replied_author = pseudonym(secret, message.chat_id, reply.from_user.id)
        from moderation.hostility import score

        body = message.text or message.caption or ""
        change = self.tracker.observe(
            message.chat_id,
            thread,
            pseudonym(secret, message.chat_id, message.from_user.id),  # type: ignore[union-attr]
            message.date.timestamp(),
            hostility=score(body),
            reply_to_author=replied_author,
            insult=bool(lexicon_hits(body)[1]),
        )
        if change.transition is None or change.transition is Transition.COOLED:
            return
        work = current_work()
        chat = message.chat
        topic = topic_of(message)
        saved = None
        if change.transition is Transition.HEATED and topic is None:
            saved = await self.permissions_to_save(chat.id)  # Telegram before the transaction (bot.work)
        room = await rooms.ensure(await work.session(), chat.id, chat.title or "", bool(chat.is_forum), runtime.settings.greeting.language)
        if change.transition is Transition.WARMED:
            if self.settings.reminder:
                await reply_to(work, message, text("heat_reminder", room.language))
                await sanctions.log(work, room, "reminder", excerpt=f"heat {change.heat:.1f}")
            return
        started = await self.start(work, room, cooldowns.TOPIC if topic is not None else cooldowns.ROOM, topic, saved=saved)
        if started is not None:
            self.tracker.reset(message.chat_id, thread)  # it reopens calm

    # -- cool-downs ----------------------------------------------------------------

    async def permissions_to_save(self, chat_id: int) -> dict | None:
        """The room's permissions, to restore after a room cool-down; None when they cannot be read
        or the room is silent already. A network read: call it before the unit's transaction opens."""
        try:  # read-only, so direct
            chat = await self.runtime.bot.do_api_request("getChat", api_kwargs={"chat_id": chat_id})
        except TelegramError as exc:
            log.warning("cannot read the permissions of %s, no cool-down: %s", chat_id, exc)
            return None
        saved = dict(chat.get("permissions") or {})  # type: ignore[union-attr]
        if not saved.get("can_send_messages", True):
            # Already silent (by hand, or a lift not delivered yet): resting it adds nothing, and
            # these are not the permissions to restore afterwards.
            log.info("room %s is silent already; no cool-down", chat_id)
            return None
        return saved

    async def start(
        self,
        work: Work,
        room: Room,
        kind: str,
        topic: int | None,
        *,
        saved: dict | None = None,
        seconds: float | None = None,
        actor: str = "bot",
    ) -> Cooldown | None:
        """Cool a topic or the room down; None when it is resting already, or for a room whose
        permissions to restore (`saved`, from permissions_to_save) are unknown."""
        if kind == cooldowns.ROOM and saved is None:
            return None
        session = await work.session()
        if await cooldowns.active(session, room.id, kind, topic) is not None:
            return None
        now = utcnow()
        if seconds is None:
            earlier = await cooldowns.starts_since(session, room.id, kind, topic, now - timedelta(seconds=self.ladder.window_seconds))
            seconds = self.ladder.next_duration([t.timestamp() for t in earlier], now.timestamp())
        until = now + timedelta(seconds=seconds)
        row = await cooldowns.start(
            session, room.id, kind, now, until, message_thread_id=topic, saved_permissions=saved,
            reason="heat" if actor == "bot" else "moderator", actor=actor,
        )
        self.runtime.metrics.cooldown("started", kind, work)
        language = room.language
        why = text("why_heat" if actor == "bot" else "why_moderator", language)
        values = {"why": why, "until": sanctions.clock(until, language), "duration": sanctions.duration(seconds, language)}
        if kind == cooldowns.ROOM:
            # silenced first, then told: the rest is timed from `now`, so the restriction goes out before anything else
            # (announced first, a loaded machine started the silence late and the room rested less than it was told)
            silence = SetChatPermissions(room.chat_id, sanctions.silenced(saved), use_independent_chat_permissions=True)
            await work.do(silence, purpose="cooldown")
            await work.do(SendMessage(room.chat_id, text("cooldown_room", language, **values)), purpose="cooldown")
        else:
            announcement = SendMessage(room.chat_id, text("cooldown_topic", language, **values), message_thread_id=topic)
            await work.do(announcement, purpose="cooldown")
            await work.do(CloseForumTopic(room.chat_id, topic), purpose="cooldown")
        where = "room" if topic is None else f"topic {topic}"
        await sanctions.log(work, room, "cooldown", excerpt=f"{where}, {sanctions.duration(seconds, 'en')}", actor=actor)
        self.timer.arm_after_commit(work, row.id, until)  # type: ignore[arg-type]
        return row

    async def lift(self, work: Work, cooldown_id: int, *, early: bool = False, actor: str = "bot") -> Cooldown | None:
        """End a cool-down (when due, or now if `early`); None when it is not due or was lifted already."""
        session = await work.session()
        row = await cooldowns.claim_lift(session, cooldown_id, utcnow(), early=early)
        if row is None:
            return None
        self.runtime.metrics.cooldown("lifted", row.kind, work)
        room = await rooms.get(session, row.room_id)
        if room is None:
            return row
        if row.kind == cooldowns.ROOM:
            saved = cooldowns.permissions_of(row) or {name: True for name in sanctions.SENDING}
            await work.do(SetChatPermissions(room.chat_id, saved, use_independent_chat_permissions=True), purpose="cooldown")
            await work.do(SendMessage(room.chat_id, text("cooldown_lifted_room", room.language)), purpose="cooldown")
        else:
            await work.do(ReopenForumTopic(room.chat_id, row.message_thread_id), purpose="cooldown")
            lifted = SendMessage(room.chat_id, text("cooldown_lifted_topic", room.language), message_thread_id=row.message_thread_id)
            await work.do(lifted, purpose="cooldown")
        where = "room" if row.kind == cooldowns.ROOM else f"topic {row.message_thread_id}"
        await sanctions.log(work, room, "lift", excerpt=where, actor=actor)
        return row

