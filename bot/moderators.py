"""What Telegram says about people, cached briefly: a room's administrators and a staff group's members."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict

from telegram import Bot, ChatMember
from telegram.error import TelegramError

log = logging.getLogger(__name__)

MAX_MEMBERSHIPS = 20_000  # cached (chat, user) answers; the oldest go first
_PRESENT = frozenset({ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER})


class Moderators:
    def __init__(self, bot: Bot, staff_ids: tuple[int, ...], cache_seconds: float) -> None:
        self.bot = bot
        self.staff_ids = frozenset(staff_ids)
        self.cache_seconds = cache_seconds
        self._admins: dict[int, tuple[float, frozenset[int]]] = {}
        self._members: OrderedDict[tuple[int, int], tuple[float, bool]] = OrderedDict()

    async def is_moderator(self, chat_id: int, user_id: int) -> bool:
        if user_id in self.staff_ids:
            return True
        return user_id in await self.admins(chat_id)

    async def admins(self, chat_id: int) -> frozenset[int]:
        cached = self._admins.get(chat_id)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        try:
            members = await self.bot.get_chat_administrators(chat_id)
        except TelegramError as exc:  # unknown: nobody but staff, until Telegram answers
            log.warning("cannot read the administrators of %s: %s", chat_id, exc)
            return cached[1] if cached else frozenset()
        ids = frozenset(member.user.id for member in members)
        self._admins[chat_id] = (time.monotonic() + self.cache_seconds, ids)
        return ids

    async def is_member(self, chat_id: int, user_id: int) -> bool:
        """Whether someone is in a chat now (a staff group): member, administrator, owner, or restricted but in it.

        getChatMember, cached like the administrators. When Telegram cannot be asked, the
        answer is no: a staff group's authority is not handed out on a guess.
        """
        key = (chat_id, user_id)
        cached = self._members.get(key)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        try:
            member = await self.bot.get_chat_member(chat_id, user_id)
        except TelegramError as exc:
            log.warning("cannot read a membership of %s: %s", chat_id, exc)
            return False
        present = member.status in _PRESENT or (member.status == ChatMember.RESTRICTED and bool(getattr(member, "is_member", False)))
        self._members[key] = (time.monotonic() + self.cache_seconds, present)
        self._members.move_to_end(key)
        while len(self._members) > MAX_MEMBERSHIPS:
            self._members.popitem(last=False)
        return present

    def forget(self, chat_id: int) -> None:
        """Drop what is cached about a chat whose administrators or members changed."""
        self._admins.pop(chat_id, None)
        for key in [key for key in self._members if key[0] == chat_id]:
            del self._members[key]
