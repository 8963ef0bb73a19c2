"""Updates of one chat in order, different chats in parallel.

Heat scores, per-room numbering and join de-duplication need the order in which
a chat's updates arrived; PTB's concurrent processing alone would lose it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | str:
    """The chat an update belongs to (the user's id for private and inline updates)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return "global"


class PerChatProcessor(BaseUpdateProcessor):
    """Serialises updates per chat; `around` wraps each update (the unit of work)."""

    def __init__(self, around: Callable[[object, Awaitable[Any]], Awaitable[None]], max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._around = around
        self._locks: dict[int | str, asyncio.Lock] = {}
        self._waiting: dict[int | str, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:  # asyncio.Lock is FIFO: tasks queue in arrival order
                await self._around(update, coroutine)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # no one else queued: forget the chat, memory stays bounded
                del self._waiting[key]
                del self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""
