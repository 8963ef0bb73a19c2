"""Who may moderate a room: its administrators (asked from Telegram, cached briefly) and staff."""

from __future__ import annotations

import logging
import time

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)


class Moderators:
    def __init__(self, bot: Bot, staff_ids: tuple[int, ...], cache_seconds: float) -> None:
        self.bot = bot
        self.staff_ids = frozenset(staff_ids)
        self.cache_seconds = cache_seconds
        self._admins: dict[int, tuple[float, frozenset[int]]] = {}

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

    def forget(self, chat_id: int) -> None:
        """Drop the cache of a room whose administrators changed."""
        self._admins.pop(chat_id, None)
