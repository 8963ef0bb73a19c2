"""House rules on every room message: delete, warn or strike, and mute on repeated strikes.

Runs before every other message handler (group -2) and applies the rule of the
message's decision (moderation.decision: house rules first, abuse is directed).
A deleted message stops further handling (ApplicationHandlerStop), so it is never
filed as a complaint, except an insult inside a report the intake is sure of: the
message goes, with its strike, and the problem is filed all the same (the decision's
outcome `file`). A kept one goes on to heat and intake, and intake reads the
same decision: a message a `commercial`, `politics` or `outside_link` rule only
warns about is still never filed. Angry complaints pass: the abuse rule needs an
insult aimed at a person, and swearing at a situation is not one.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import timedelta
from typing import TYPE_CHECKING

from telegram import Message, Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, MessageHandler, filters

from bot.effects import SendMessage
from bot.features import sanctions
from bot.features.access import runtime_of
from bot.features.intake import room_decision
from moderation.decision import Outcome as Handling
from bot.replies import reply_to
from bot.texts import rule_name, text
from bot.work import Work, current_work
from moderation.flood import FloodDetector
from moderation.pseudonym import pseudonym
from moderation.rules import FLOOD_MESSAGES, FLOOD_SECONDS, Action, RoomRules, Violation, flood_violation
from moderation.strikes import add_strike
from storage import rooms, strikes
from storage.models import Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

GROUP = -2  # before heat (-1) and everything else (0)
FLOOD_WARNING_QUIET = 300.0  # seconds between two flood warnings to one person
MAX_FLOOD_WARNED = 50_000
_SEVERITY = {Action.WARN: 0, Action.DELETE: 1, Action.STRIKE: 2}


def register(application: Application) -> None:
    application.add_handler(
        # Commands too: "/x <an ad>" must not slip past. Moderators are exempt anyway.
        MessageHandler(filters.ChatType.GROUPS & (filters.TEXT | filters.CAPTION), on_message), group=GROUP
    )


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return
    runtime = runtime_of(context)
    edited = update.edited_message is not None
    if await runtime.house_rules.enforce(message, edited=edited):
        decision = room_decision(runtime, message, edited=edited)
        if decision.outcome is Handling.FILE and decision.applied is not None:
            return  # an insult removed from a sure report: heat and intake still see it, and the problem is filed
        raise ApplicationHandlerStop  # deleted: nothing else sees it (no complaint is filed from it)


class HouseRules:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.rules
        self._rules: dict[int, RoomRules] = {}
        self._floods: dict[int, FloodDetector] = {}
        self._flood_warned: OrderedDict[tuple[int, str], float] = OrderedDict()

    def rules_for(self, chat_id: int) -> RoomRules:
        rules = self._rules.get(chat_id)
        if rules is None:
            rules = self._rules[chat_id] = self.settings.room_rules(chat_id)
        return rules

    def _flood(self, chat_id: int, rules: RoomRules) -> FloodDetector | None:
        if not rules.flood.enabled:
            return None
        detector = self._floods.get(chat_id)
        if detector is None:
            detector = self._floods[chat_id] = FloodDetector(
                max_messages=int(rules.flood.threshold("messages", FLOOD_MESSAGES)),
                window_seconds=rules.flood.threshold("seconds", FLOOD_SECONDS),
            )
        return detector

    def _warned_lately(self, chat_id: int, key: str, flood: Violation, now: float) -> bool:
        """A flood warning goes to one person at most once per FLOOD_WARNING_QUIET seconds.

        Warnings only: a bot that answers every burst with a reply floods the room itself.
        Deleting and striking flood rules act on every burst.
        """
        if flood.action is not Action.WARN:
            return False
        last = self._flood_warned.pop((chat_id, key), None)
        if last is not None and now - last < FLOOD_WARNING_QUIET:
            self._flood_warned[(chat_id, key)] = last
            return True
        self._flood_warned[(chat_id, key)] = now
        while len(self._flood_warned) > MAX_FLOOD_WARNED:
            self._flood_warned.popitem(last=False)
        return False

    def longest_strike_memory(self) -> float:
        return max(self.settings.room_rules(int(key) if key else None).strikes.expire_after for key in ("", *self.settings.rooms))

    async def sweep(self) -> None:
        """Strikes older than any room remembers them are dropped (bot.registry runs this in the sweep)."""
        await strikes.prune_expired(self.runtime.db, utcnow() - timedelta(seconds=self.longest_strike_memory()))

    async def enforce(self, message: Message, edited: bool = False) -> bool:
        """Apply the room's rules to one message; True when it was deleted."""
        if not self.settings.enabled:
            return False
        chat_id, user_id = message.chat_id, message.from_user.id  # type: ignore[union-attr]
        rules = self.rules_for(chat_id)
        # The one decision about this message (moderation.decision), the same the intake handler reads.
        decision = room_decision(self.runtime, message, edited=edited)
        violations = [decision.applied] if decision.applied is not None else []
        key = pseudonym(self.runtime.settings.privacy.pseudonym_secret, chat_id, user_id)
        detector = None if edited else self._flood(chat_id, rules)
        now = message.date.timestamp()
        if detector is not None and detector.observe(key, now):
            detector.reset(key)  # one burst, one verdict
            flood = flood_violation(rules)
            if flood is not None and not self._warned_lately(chat_id, key, flood, now):
                violations.append(flood)
        if not violations:
            return False
        # Only now ask who is a moderator: most messages break no rule.
        if await self.runtime.moderators.is_moderator(chat_id, user_id):
            return False
        violation = max(violations, key=lambda v: _SEVERITY[v.action])  # the first of the strongest
        return await self._apply(message, key, violation, rules)

    async def _apply(self, message: Message, key: str, violation: Violation, rules: RoomRules) -> bool:
        work = current_work()
        chat = message.chat
        room = await rooms.ensure(
            await work.session(), chat.id, chat.title or "", bool(chat.is_forum), self.runtime.settings.greeting.language
        )
        language = room.language
        name = rule_name(violation.rule, language)
        explanation = violation.explanation_en if language == "en" else violation.explanation_ko
        await sanctions.log(
            work, room, violation.action.value, rule=violation.rule.value, excerpt=sanctions.excerpt_of(message), pseudonym=key
        )
        if violation.action is Action.WARN:
            await reply_to(work, message, text("rule_warned", language, rule=name, explanation=explanation))
            return False
        await sanctions.delete(work, message)
        thread = message.message_thread_id if message.is_topic_message else None
        notes = [text("rule_removed_room", language, rule=name)]
        private = [text("rule_private", language, title=room.title, rule=name, explanation=explanation)]
        if violation.action is Action.STRIKE:
            room_note, private_note = await self._strike(work, room, message, key, violation, rules)
            notes += room_note
            private.append(private_note)
        await work.do(SendMessage(room.chat_id, "\n".join(notes), message_thread_id=thread))
        # Told privately which rule, when the resident has a private chat with the bot (else Telegram refuses: fine).
        await work.do(SendMessage(message.from_user.id, "\n".join(private)))  # type: ignore[union-attr]
        return True

    async def _strike(
        self, work: Work, room: Room, message: Message, key: str, violation: Violation, rules: RoomRules
    ) -> tuple[list[str], str]:
        session = await work.session()
        now = utcnow()
        policy = rules.strikes
        earlier = await strikes.times(session, room.id, key, now - timedelta(seconds=policy.expire_after))  # type: ignore[arg-type]
        outcome = add_strike([t.timestamp() for t in earlier], now.timestamp(), policy)
        await strikes.add(session, room.id, key, violation.rule.value, now)  # type: ignore[arg-type]
        language = room.language
        if outcome.mute_seconds is None:
            return [], text("strike_private", language, count=outcome.active)
        until = await sanctions.mute(work, room, message.from_user.id, outcome.mute_seconds, now)  # type: ignore[union-attr]
        await sanctions.log(
            work, room, "mute", rule=violation.rule.value, pseudonym=key, excerpt=sanctions.duration(outcome.mute_seconds, "en")
        )
        length = sanctions.duration(outcome.mute_seconds, language)
        return (
            [text("muted_room", language, duration=length)],
            text("muted_private", language, count=outcome.active, duration=length, until=sanctions.clock(until, language)),
        )
