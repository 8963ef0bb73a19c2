"""Webhook delivery: POST each update to the bot's URL in order, retrying like Telegram."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any

import aiohttp

from .state import World, allowed_set, now

# Telegram retries a failing webhook with growing pauses; the sandbox keeps them short and
# bounded so tests see both the retry and the eventual give-up quickly.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
ATTEMPT_TIMEOUT = 10.0


class WebhookDelivery:
    """One background task that drains the update queue into the webhook URL."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    def kick(self) -> None:
        """Start delivering if a webhook is set and nobody delivers yet."""
        if self.world.webhook.url and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self._run())
        self.world.wake()

    async def close(self) -> None:
        """Stop delivering and release the HTTP session."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _run(self) -> None:
        """Deliver until the webhook is removed."""
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=ATTEMPT_TIMEOUT))
        world = self.world
        while world.webhook.url:
            if not world.pending:
                waiter = world.update_waiter()
                await waiter.wait()
                continue
            update = world.pending[0]
            if update.kind not in allowed_set(world.webhook.allowed_updates):
                world.pending.popleft()
                continue
            url = world.webhook.url
            await self._deliver(url, update.update_id, update.body())
            # The queue may have been cleared (drop_pending_updates) meanwhile.
            if world.pending and world.pending[0] is update:
                world.pending.popleft()

    async def _deliver(self, url: str, update_id: int, update: Any) -> bool:
        """POST one update, retrying a bounded number of times; True if the bot took it."""
        assert self._session is not None
        body = json.dumps(update, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        if self.world.webhook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.world.webhook.secret_token
        for attempt in range(len(RETRY_DELAYS) + 1):
            status: int | None = None
            error: str | None = None
            try:
                async with self._session.post(url, data=body, headers=headers) as resp:
                    status = resp.status
                    await resp.read()
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                error = f"{type(exc).__name__}: {exc}"
            self.world.deliveries.append({"update_id": update_id, "attempt": attempt + 1,
                                          "status": status, "error": error,
                                          "time": time.time()})
            if status is not None and 200 <= status < 300:
                return True
            self.world.webhook.last_error_date = now()
            self.world.webhook.last_error_message = (
                error or f"Wrong response from the webhook: {status}")
            if attempt < len(RETRY_DELAYS):
                await asyncio.sleep(RETRY_DELAYS[attempt])
            if self.world.webhook.url != url:
                return False
        # Like Telegram after its retries, give the update up; the log says so.
        self.world.deliveries.append({"update_id": update_id, "attempt": None, "status": None,
                                      "error": "gave up", "time": time.time()})
        return False
