"""Durable receiving: an update is stored before Telegram learns it arrived.

Polling confirms an update only by asking for the next offset, which happens
after the batch is stored; the webhook answers 200 only after storing. Updates
seen before (redeliveries) are dropped here.

Polling asks for more only while fewer than `in_flight_limit` updates are
received and not yet handled: a backlog (a busy hour, a restart after downtime)
waits at Telegram, not parsed in memory, and an update's wait here stays short
next to its claim (were it to outlast it, storage.updates.finish_claimed keeps
a second worker's copy from taking effect). Webhook deliveries are bounded
by Telegram's own max_connections instead.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Iterable
from datetime import timedelta

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError

from storage import updates
from storage.database import Database

log = logging.getLogger(__name__)

# chat_member is not delivered unless asked for, and the greeting needs it.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "chat_member", "my_chat_member"]


class Receiver:
    """Stores raw updates and hands the new ones to the application's queue."""

    def __init__(
        self, db: Database, bot: Bot, queue: asyncio.Queue, lease: timedelta = timedelta(seconds=60), worker: str = "", in_flight_limit: int = 1000
    ) -> None:
        self.db = db
        self.bot = bot
        self.queue = queue
        self.lease = lease
        self.worker = worker
        self.in_flight: set[int] = set()
        self.in_flight_limit = in_flight_limit
        self.peak_in_flight = 0  # the most updates held at once since start (diagnostics, tests)
        self._room = asyncio.Event()
        self._room.set()

    def room(self) -> int:
        """How many more updates polling may fetch now."""
        return max(0, self.in_flight_limit - len(self.in_flight))

    async def wait_for_room(self) -> bool:
        """Until a getUpdates batch fits (a full one of 100, or the whole limit if smaller)."""
        await self._room.wait()
        return True

    def _note_room(self) -> None:
        if self.room() >= min(100, self.in_flight_limit):
            self._room.set()
        else:
            self._room.clear()

    async def accept(self, raw_updates: list[dict]) -> int:
        """Store, then enqueue what is new; returns how many were new."""
        stored = ((u["update_id"], json.dumps(u, ensure_ascii=False)) for u in raw_updates)
        fresh = set(await updates.receive(self.db, stored, self.lease, self.worker))
        for raw in raw_updates:
            if raw["update_id"] in fresh:
                await self.enqueue(raw)
        return len(fresh)

    async def enqueue(self, raw: dict) -> None:
        update_id = raw["update_id"]
        if update_id in self.in_flight:
            return
        self.in_flight.add(update_id)
        self.peak_in_flight = max(self.peak_in_flight, len(self.in_flight))
        self._note_room()
        await self.queue.put(Update.de_json(raw, self.bot))

    async def take_over_abandoned(self, own_too: bool = False) -> int:
        """Handle stored updates whose claim ran out (their worker stopped before finishing);
        with `own_too`, at start-up, also this worker's own from its previous run."""
        return await self.resume(await updates.claim_abandoned(self.db, self.lease, self.worker, own_too))

    async def resume(self, pending: Iterable[tuple[int, str]]) -> int:
        """Enqueue stored but unfinished updates."""
        count = 0
        for update_id, payload in pending:
            if update_id not in self.in_flight:
                await self.enqueue(json.loads(payload))
                count += 1
        return count

    def done(self, update_id: int) -> None:
        self.in_flight.discard(update_id)
        self._note_room()


async def poll(receiver: Receiver, timeout: int, stop: asyncio.Event) -> None:
    """getUpdates until `stop` is set. The offset moves only past stored updates.

    Only the long poll itself is abandoned on stop; a batch being stored is finished.
    """
    bot = receiver.bot
    offset: int | None = None
    backoff = 1.0
    while not stop.is_set():
        try:
            if await _unless_stopped(receiver.wait_for_room(), stop) is None:
                return
            params: dict = {"timeout": timeout, "allowed_updates": ALLOWED_UPDATES, "limit": min(100, receiver.room())}
            if offset is not None:
                params["offset"] = offset
            batch = await _unless_stopped(bot.do_api_request("getUpdates", api_kwargs=params, read_timeout=timeout + 10), stop)
            if batch is None:
                return
            if batch:
                await receiver.accept(list(batch))  # type: ignore[arg-type]
                offset = max(u["update_id"] for u in batch) + 1  # type: ignore[index]
            backoff = 1.0
        except InvalidToken:
            log.error("Telegram refused the bot token; polling stops")
            raise
        except Conflict as exc:
            log.error("another process is polling with this token or a webhook is set: %s", exc)
            await sleep_or_stop(stop, backoff)
            backoff = min(backoff * 2, 30)
        except (NetworkError, TelegramError, OSError) as exc:
            log.warning("getUpdates failed: %s; retrying in %.0f s", exc, backoff)
            await sleep_or_stop(stop, backoff)
            backoff = min(backoff * 2, 30)
        except Exception:  # the store failed: do not confirm, try the same batch again
            log.exception("storing updates failed; not confirming them")
            await sleep_or_stop(stop, backoff)
            backoff = min(backoff * 2, 30)


async def _unless_stopped(call: Awaitable[object], stop: asyncio.Event) -> object | None:
    """The call's result, or None if `stop` was set first (the call is then abandoned)."""
    fetch = asyncio.ensure_future(call)
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
    stopped.cancel()
    if fetch.done():
        return fetch.result()
    fetch.cancel()
    await asyncio.gather(fetch, return_exceptions=True)
    return None


async def sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    """Sleep `seconds`, or less if `stop` is set meanwhile."""
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except asyncio.TimeoutError:
        pass
