"""Outgoing rate limits: Telegram's flood limits apply to what the bot sends, not to reads.

PTB's AIORateLimiter honours a 429's retry_after; both budgets are kept here
instead. The per-group one (20 a minute): the courier waits for a group's budget
first and only then chooses which of the group's waiting calls spends it
(bot.courier), so an acknowledgement that arrives while a board edit waits for
the budget still goes first. The overall one (30 a second), shared by all
chats: its units go to the best-ranked call waiting (storage.outbox.Priority),
so when the bot sends more than that, acknowledgements in one room do not queue
behind board edits and warnings of twenty others.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

# Reads that must not wait behind a group's 20-messages-a-minute budget: a moderator
# check in a busy room would otherwise stall that room's processing.
_READS = frozenset({
    "getMe", "getChat", "getChatMember", "getChatAdministrators", "getChatMemberCount",
    "getUpdates", "getWebhookInfo", "getMyCommands", "getFile",
})
# The group whose budget the call being made has already taken (see SendRateLimiter.take).
_PREPAID: ContextVar[int | str | None] = ContextVar("sotong_prepaid_group", default=None)
# The rank of the call being made for the overall budget (lower first; see storage.outbox.Priority).
_RANK: ContextVar[int] = ContextVar("sotong_send_rank", default=1)
# Whether the call being made has already taken its unit of the overall budget (see SendRateLimiter.take_overall).
_OVERALL_PAID: ContextVar[bool] = ContextVar("sotong_overall_prepaid", default=False)
# Forget budgets once this many groups are known and theirs is full again (as PTB does).
_KEPT_GROUPS = 512


def group_of(chat_id: object) -> int | str | None:
    """The group a call's budget is counted for (as AIORateLimiter counts): None for private chats."""
    try:
        number = int(chat_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return chat_id if isinstance(chat_id, str) else None
    return number if number < 0 else None


class RankedLimiter:
    """`rate` units per `period` (aiolimiter's leaky bucket), each unit to the best-ranked
    waiter (lowest rank, then first come)."""

    def __init__(self, rate: float, period: float) -> None:
        self._bucket = AsyncLimiter(rate, period)
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._granting: asyncio.Task[None] | None = None

    async def acquire(self, rank: int) -> None:
        if not self._waiting and self._granting is None and self._bucket.has_capacity():
            await self._bucket.acquire()  # a unit is free and nobody waits: no queue
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (rank, next(self._order), future))
        if self._granting is None:
            self._granting = asyncio.create_task(self._grant(), name="send-budget")
        await future

    async def _grant(self) -> None:
        try:
            while self._waiting:
                await self._bucket.acquire()  # the unit first, then whoever deserves it now
                while self._waiting:
                    _rank, _order, future = heapq.heappop(self._waiting)
                    if not future.done():  # a caller that gave up (cancelled) leaves its unit to the next
                        future.set_result(None)
                        break
        finally:
            self._granting = None


class SendRateLimiter(AIORateLimiter):
    """30/s overall and 429 retry_after (PTB's AIORateLimiter), and `group_max_rate` per
    `group_time_period` in each group, for sends only."""

    def __init__(
        self,
        overall_max_rate: float = 30,
        overall_time_period: float = 1,
        group_max_rate: float = 20,
        group_time_period: float = 60,
        max_retries: int = 0,
    ) -> None:
        super().__init__(0, 0, 0, 0, max_retries)  # PTB keeps only retry_after; the budgets are ours
        self._overall = RankedLimiter(overall_max_rate, overall_time_period) if overall_max_rate and overall_time_period else None
        self._group_rate = group_max_rate
        self._group_period = group_time_period
        self._groups: dict[int | str, AsyncLimiter] = {}

    def _budget(self, group: int | str) -> AsyncLimiter:
        if group not in self._groups and len(self._groups) > _KEPT_GROUPS:
            for key, limiter in list(self._groups.items()):
                if limiter.has_capacity(limiter.max_rate):
                    del self._groups[key]
        if group not in self._groups:
            self._groups[group] = AsyncLimiter(self._group_rate, self._group_period)
        return self._groups[group]

    def has_room(self, chat_id: int, reserve: int) -> bool:
        """Whether the chat's budget could give one unit now and still keep `reserve` (at most a
        quarter of the budget, so a small budget keeps none); always, in a private chat."""
        group = group_of(chat_id)
        if group is None or not (self._group_rate and self._group_period):
            return True
        budget = self._budget(group)
        return budget.has_capacity(min(reserve, int(budget.max_rate // 4)) + 1)

    @property
    def refill_seconds(self) -> float:
        """How long a group's budget takes to win back one unit."""
        return self._group_period / self._group_rate if self._group_rate else 0.0

    async def take(self, chat_id: int) -> None:
        """Wait for one unit of the chat's budget and take it (nothing to wait for in a private chat)."""
        group = group_of(chat_id)
        if group is not None and self._group_rate and self._group_period:
            await self._budget(group).acquire()

    async def take_overall(self, rank: int) -> None:
        """Wait for one unit of the overall budget, ranked (lower first), and take it.

        The courier takes it before choosing the call that spends it, as with a group's
        unit: a chat's board edit waiting for the overall budget at a low rank must not
        hold that chat's acknowledgements behind it (bot.courier upgrades the wait)."""
        if self._overall is not None:
            await self._overall.acquire(rank)

    @staticmethod
    @contextmanager
    def prepaid(chat_id: int, rank: int = 1, overall: bool = False) -> Iterator[None]:
        """Calls to `chat_id` made inside this block spend the unit `take` took, not another,
        and wait for the overall budget with `rank` (not at all with `overall`: `take_overall` took it)."""
        group_token, rank_token, overall_token = _PREPAID.set(group_of(chat_id)), _RANK.set(rank), _OVERALL_PAID.set(overall)
        try:
            yield
        finally:
            _OVERALL_PAID.reset(overall_token)
            _RANK.reset(rank_token)
            _PREPAID.reset(group_token)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict | list[dict]:
        if endpoint in _READS:
            return await callback(*args, **kwargs)
        group = group_of(data.get("chat_id"))
        if group is not None and group != _PREPAID.get() and self._group_rate and self._group_period:
            await self._budget(group).acquire()
        if self._overall is not None and data.get("chat_id") is not None and not _OVERALL_PAID.get():  # as PTB counts: calls to a chat
            await self._overall.acquire(_RANK.get())
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
