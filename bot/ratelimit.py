"""Outgoing rate limits: Telegram's flood limits apply to what the bot sends, not to reads.

PTB's AIORateLimiter keeps the overall limit (30/s) and honours a 429's retry_after;
the per-group budget (20 a minute) is kept here instead, so that the courier can
wait for a group's budget first and only then choose which of the group's waiting
calls spends it (bot.courier): an acknowledgement that arrives while a board edit
waits for the budget still goes first.
"""

from __future__ import annotations

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
# Forget budgets once this many groups are known and theirs is full again (as PTB does).
_KEPT_GROUPS = 512


def group_of(chat_id: object) -> int | str | None:
    """The group a call's budget is counted for (as AIORateLimiter counts): None for private chats."""
    try:
        number = int(chat_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return chat_id if isinstance(chat_id, str) else None
    return number if number < 0 else None


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
        super().__init__(overall_max_rate, overall_time_period, 0, 0, max_retries)  # groups are ours
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

    async def take(self, chat_id: int) -> None:
        """Wait for one unit of the chat's budget and take it (nothing to wait for in a private chat)."""
        group = group_of(chat_id)
        if group is not None and self._group_rate and self._group_period:
            await self._budget(group).acquire()

    @staticmethod
    @contextmanager
    def prepaid(chat_id: int) -> Iterator[None]:
        """Calls to `chat_id` made inside this block spend the unit `take` took, not another."""
        token = _PREPAID.set(group_of(chat_id))
        try:
            yield
        finally:
            _PREPAID.reset(token)

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
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
