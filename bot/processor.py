"""Updates of one chat in order, different chats in parallel, and no chat waits for another's backlog.

Heat scores, per-room numbering and join de-duplication need the order in which
a chat's updates arrived; PTB's concurrent processing alone would lose it.

Each chat has one ordered queue (a FIFO lock), and only the update at the head
of a chat's queue takes one of the global slots that bound how many updates run
at once. PTB's own semaphore is taken before an update reaches its chat's
queue: left at a bound, a 1,000-message burst in one room would fill it with
updates of that room waiting for each other, and a quiet room's single update
would queue behind all of them. So PTB's is left wide open and the bound is
applied here, after the chat's turn: a chat holds at most one slot, and slots
are granted first come, first served among chats.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's semaphore must never be the one that waits (see above); updates in memory are
# bounded before they get here, by the receiver's in-flight limit (bot.receiving).
_PTB_UNBOUNDED = 1 << 30


def chat_key(update: object) -> int | str:
    """The chat an update belongs to (the user's id for private and inline updates)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return "global"


class PerChatProcessor(BaseUpdateProcessor):
    """Serialises updates per chat; at most `max_concurrent_updates` chats run at once;
    `around` wraps each update (the unit of work)."""

    def __init__(self, around: Callable[[object, Awaitable[Any]], Awaitable[None]], max_concurrent_updates: int = 256) -> None:
        super().__init__(_PTB_UNBOUNDED)
        if max_concurrent_updates < 1:
            raise ValueError("max_concurrent_updates must be a positive integer")
        self._around = around
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int | str, asyncio.Lock] = {}
        self._waiting: dict[int | str, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            # asyncio.Lock is FIFO: the chat's queue, in arrival order; the global bound (the
            # slots) is taken after it, only at the chat's turn.
            async with lock, self._slots:
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
