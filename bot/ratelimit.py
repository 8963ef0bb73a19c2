"""Outgoing rate limits: Telegram's flood limits apply to what the bot sends, not to reads."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

# Reads that must not wait behind a group's 20-messages-a-minute budget: a moderator
# check in a busy room would otherwise stall that room's processing.
_READS = frozenset({
    "getMe", "getChat", "getChatMember", "getChatAdministrators", "getChatMemberCount",
    "getUpdates", "getWebhookInfo", "getMyCommands", "getFile",
})


class SendRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (30/s overall, 20/min per group, 429 retry_after) for sends only."""

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
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
