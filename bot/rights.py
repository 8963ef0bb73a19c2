"""The administrator rights the bot needs in a room, and telling moderators when one is missing.

What a room needs follows from what is switched on: the house rules delete
messages; mutes (strikes, /mute) and a room's cool-down restrict members; a
forum's cool-down closes topics; the board is pinned. `sotong doctor` checks
these for every known room (bot.doctor); the running bot checks a room when
Telegram refuses such a call, and every known room at start-up, and tells the
room's moderators once per right it lacks (remembered in the database, so a
restart does not repeat it; a right that comes back and goes again is told again).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ChatMemberHandler, ContextTypes

from bot.config import Settings
from bot.effects import SendMessage
from bot.texts import text
from storage import notices, rooms
from storage.models import OutboxMessage
from storage.outbox import Purpose

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.work import Work

log = logging.getLogger(__name__)


def right_name(right: str, language: str = "ko") -> str:
    """The right's name in Telegram's group settings (Administrators → the bot)."""
    return text(f"right_{right}", language)

# Calls that fail when the bot lacks a right: a refusal of one makes the bot look at its rights.
NEEDS_A_RIGHT = frozenset({
    "deleteMessage", "deleteMessages", "restrictChatMember", "setChatPermissions", "banChatMember",
    "pinChatMessage", "unpinChatMessage", "closeForumTopic", "reopenForumTopic",
})
RECHECK_SECONDS = 60.0  # a burst of refusals in one room makes one check


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER), group=-3)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot's own standing in a group changed (promoted, rights taken away): look again."""
    changed = update.my_chat_member
    if changed is not None and changed.chat.id < 0:
        context.application.bot_data["runtime"].rights.soon(changed.chat.id, now=True)


@dataclass(frozen=True)
class Need:
    right: str
    feature: str  # the catalogue key of the feature that needs it, as moderators read it

    @property
    def ko(self) -> str:
        return text(self.feature, "ko")

    @property
    def en(self) -> str:
        return text(self.feature, "en")


def room_needs(settings: Settings, is_forum: bool) -> list[Need]:
    """The rights a room needs for what is switched on."""
    needs = []
    if settings.rules.enabled:
        needs.append(Need("can_delete_messages", "need_delete"))
    needs.append(Need("can_restrict_members", "need_mute"))
    if settings.cooldown.enabled:
        if is_forum:
            needs.append(Need("can_manage_topics", "need_close_topic"))
        else:
            needs.append(Need("can_restrict_members", "need_rest_room"))
    if settings.progress.board:
        needs.append(Need("can_pin_messages", "need_pin_board"))
    return needs


def lacking(member: dict, needs: list[Need]) -> dict[str, list[Need]]:
    """right -> the needs it leaves unmet, for the bot's ChatMember (getChatMember JSON)."""
    status = member.get("status")
    if status == "creator":
        return {}
    missing: dict[str, list[Need]] = {}
    for need in needs:
        if status != "administrator" or not member.get(need.right):
            missing.setdefault(need.right, []).append(need)
    return missing


def fix(right: str) -> tuple[str, str]:
    """How to give the bot `right`, Korean and English."""
    return (text("rights_fix", "ko", right=right_name(right, "ko")), text("rights_fix", "en", right=right_name(right, "en")))


def notice_text(missing: dict[str, list[Need]], language: str) -> str:
    lines = []
    for right, needs in missing.items():
        features = ", ".join(dict.fromkeys(text(n.feature, language) for n in needs))
        lines.append(text("rights_line", language, right=right_name(right, language), needs=features))
    return "\n".join([text("rights_head", language), *lines, text("rights_tail", language)])


class RightsWatch:
    """Checks the bot's rights in a room and tells its moderators once what is missing."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._checked: dict[int, float] = {}  # chat -> loop time of the last check
        self._tasks: set[asyncio.Task] = set()

    @property
    def failure_hooks(self) -> dict:
        """Courier hooks for calls refused for good (bot.courier): calls without a purpose, mutes and cool-downs."""
        return {"": self._refused, Purpose.MUTE: self._refused, Purpose.UNMUTE: self._refused, Purpose.COOLDOWN: self._refused}

    async def _refused(self, session: AsyncSession, message: OutboxMessage, error: TelegramError) -> list[OutboxMessage]:
        if message.method in NEEDS_A_RIGHT and message.chat_id < 0:
            self.soon(message.chat_id)  # after this transaction: the check asks Telegram
        return []

    def soon(self, chat_id: int, now: bool = False) -> None:
        """Check a room in the background; after refusals at most once a minute, `now` at once."""
        moment = asyncio.get_running_loop().time()
        if not now and moment - self._checked.get(chat_id, float("-inf")) < RECHECK_SECONDS:
            return
        self._checked[chat_id] = moment
        task = asyncio.create_task(self.check(chat_id), name=f"rights:{chat_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def check_known_rooms(self) -> None:
        """At start-up: every room the bot knows (one getChatMember each)."""
        async with self.runtime.db.session() as session:
            chats = [room.chat_id for room in await rooms.all_rooms(session)]
        for chat_id in chats:
            self._checked[chat_id] = asyncio.get_running_loop().time()
            await self.check(chat_id)

    async def check(self, chat_id: int) -> None:
        bot = self.runtime.bot
        try:  # a network read, before the unit of work (bot.work)
            member = await bot.do_api_request("getChatMember", api_kwargs={"chat_id": chat_id, "user_id": bot.id})
        except TelegramError as exc:
            log.info("cannot read the bot's rights in %s: %s", chat_id, exc)
            return
        if not isinstance(member, dict) or member.get("status") in ("left", "kicked"):
            return  # not in the room: nobody there to tell
        await self.runtime.run_job(lambda work: self._tell(work, chat_id, member))  # type: ignore[arg-type]

    async def _tell(self, work: Work, chat_id: int, member: dict) -> None:
        session = await work.session()
        room = await rooms.by_chat(session, chat_id)
        if room is None:
            return
        needs = room_needs(self.runtime.settings, room.is_forum)
        missing = lacking(member, needs)
        await notices.forget(session, chat_id, {need.right for need in needs} - set(missing))
        new = {right: unmet for right, unmet in missing.items() if await notices.remember(session, chat_id, right)}
        if new:
            log.warning("room %s: the bot lacks %s; telling its moderators", chat_id, ", ".join(new))
            await work.do(SendMessage(chat_id, notice_text(new, room.language)), room_id=room.id)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
