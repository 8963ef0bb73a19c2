"""Durable receiving: an update is stored before Telegram learns it arrived.

Polling confirms an update only by asking for the next offset, which happens
after the batch is stored; the webhook answers 200 only after storing. Updates
seen before (redeliveries) are dropped here.

Nothing is stored before it passes bot.inbound (a parseable update, stripped of what
handling does not need). What fails there, or in a handler, never blocks the others:
a transient failure is retried later with back-off, anything else becomes a dead
letter (storage.deadletters) that an operator lists, retries or drops.

Polling asks for more only while fewer than `in_flight_limit` updates are
received and not yet handled (an update handled whose bookkeeping waits for the
next batched write no longer counts): a backlog (a busy hour, a restart after downtime)
waits at Telegram, not parsed in memory, and an update's wait here stays short
next to its claim (were it to outlast it, storage.updates.finish_claimed keeps
a second worker's copy from taking effect). Webhook deliveries are bounded
by Telegram's own max_connections instead. At the limit, polling waits for room
for a full batch, but only briefly (`patience`): Telegram delivers in order, so
a quiet room's next update waits there behind another room's backlog, and a few
small batches cost less than holding it back until a hundred are handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError

from bot.failures import describe, is_transient
from bot.inbound import HANDLED_KINDS, NotAnUpdate, parse_update, strip, summarise, usable_update_id
from bot.metrics import Metrics
from bot.texts import text
from storage import deadletters, updates
from storage.database import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

ALLOWED_UPDATES = list(HANDLED_KINDS)
# Items without a usable update id cannot be confirmed by an offset and come back until a
# later update's offset passes them: remember this many, so each is set aside once.
_REMEMBERED_WITHOUT_ID = 1000


@dataclass(frozen=True)
class RetryPolicy:
    """How a transiently failing update is retried: `attempts` tries in all, waiting
    `first` seconds after the first failure, twice as long after each next, at most `longest`."""

    attempts: int = 10
    first: float = 5.0
    longest: float = 300.0

    def backoff(self, failures: int) -> timedelta:
        return timedelta(seconds=min(self.first * 2 ** max(failures - 1, 0), self.longest))


class Receiver:
    """Stores raw updates and hands the new ones to the application's queue."""

    def __init__(
        self,
        db: Database,
        bot: Bot,
        queue: asyncio.Queue,
        lease: timedelta = timedelta(seconds=60),
        worker: str = "",
        in_flight_limit: int = 1000,
        retry: RetryPolicy = RetryPolicy(),
        metrics: Metrics | None = None,
        patience: float = 0.02,
    ) -> None:
        self.metrics = metrics or Metrics()
        self.db = db
        self.bot = bot
        self.queue = queue
        self.lease = lease
        self.worker = worker
        self.retry = retry
        self.in_flight: set[int] = set()
        self.in_flight_limit = in_flight_limit
        self.patience = patience
        self._settling: set[int] = set()  # handled, their inbox rows dropped by the next batched write
        self.peak_in_flight = 0  # the most updates waiting at once since start (diagnostics, tests)
        self.dead_lettered = 0  # updates set aside since start
        self.retries = 0  # transient failures put off for a later try since start
        self._without_id: OrderedDict[str, None] = OrderedDict()
        self._arriving: list[tuple[tuple[dict, Update], asyncio.Future[bool]]] = []  # webhook updates for the next store
        self._storing: asyncio.Task | None = None
        self._room = asyncio.Event()  # a full batch fits
        self._room.set()
        self._any_room = asyncio.Event()  # at least one update fits
        self._any_room.set()

    @property
    def waiting(self) -> int:
        """Updates received and not yet handled."""
        return len(self.in_flight) - len(self._settling)

    def room(self) -> int:
        """How many more updates polling may fetch now."""
        return max(0, self.in_flight_limit - self.waiting)

    async def wait_for_room(self) -> bool:
        """Until a getUpdates batch fits (a full one of 100, or the whole limit if smaller),
        or, after `patience` seconds, until any update fits."""
        if not self._room.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._room.wait(), self.patience)
            await self._any_room.wait()
        return True

    def _note_room(self) -> None:
        room = self.room()
        if room >= min(100, self.in_flight_limit):
            self._room.set()
        else:
            self._room.clear()
        if room >= 1:
            self._any_room.set()
        else:
            self._any_room.clear()

    def parse(self, raw: object) -> tuple[dict, Update]:
        """The stripped update and its parsed form; raises NotAnUpdate (see bot.inbound)."""
        return parse_update(raw, self.bot)

    async def accept(self, raw_updates: list[object]) -> int:
        """Polling: check each item, store and enqueue the new updates, set aside what is
        not one (a dead letter, confirmed to Telegram like the rest: it would fail again).
        Returns how many were new."""
        parsed: list[tuple[dict, Update]] = []
        for raw in raw_updates:
            try:
                parsed.append(self.parse(raw))
            except NotAnUpdate as exc:
                await self._set_aside(raw, exc)
                await self.answer_refused_press(raw)
        return await self.store(parsed)

    async def answer_refused_press(self, raw: object) -> None:
        """A button press refused at the door (say, forged data with a NUL) still gets its answer, so
        the presser's spinner stops; it changed nothing. Best effort: an answer is not worth a retry."""
        query = raw.get("callback_query") if isinstance(raw, dict) else None
        query_id = query.get("id") if isinstance(query, dict) else None
        if not isinstance(query_id, str) or not 0 < len(query_id) <= 64 or not query_id.isprintable():
            return
        sender = query.get("from") if isinstance(query, dict) else None
        code = sender.get("language_code") if isinstance(sender, dict) else None
        language = "en" if isinstance(code, str) and code.startswith("en") else "ko"
        try:
            await self.bot.answer_callback_query(query_id, text=text("cb_unknown", language))
        except Exception as exc:  # noqa: BLE001 - too old, already answered, or the API is away
            log.info("a refused button press could not be answered: %s", type(exc).__name__)

    async def store(self, parsed: list[tuple[dict, Update]]) -> int:
        """Store checked updates, then enqueue those not seen before; returns how many were new."""
        return len(await self.store_batch(parsed))

    async def store_one(self, parsed: tuple[dict, Update]) -> bool:
        """Webhook: store one checked update, in one transaction with those arriving while the
        previous store runs (as polling stores a getUpdates batch); True once it is stored
        (False: seen before). Raises what the store raised: the caller answers non-2xx."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._arriving.append((parsed, future))
        if self._storing is None:
            self._storing = asyncio.create_task(self._store_arriving(), name="inbox-store")
        return await asyncio.shield(future)  # a request given up on does not cancel the others' store

    async def _store_arriving(self) -> None:
        try:
            while self._arriving:
                batch, self._arriving = self._arriving, []
                try:
                    fresh = await self.store_batch([parsed for parsed, _future in batch])
                except Exception as exc:  # noqa: BLE001 - each request answers non-2xx; Telegram redelivers
                    for _parsed, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for (_stripped, update), future in batch:
                    if not future.done():
                        future.set_result(update.update_id in fresh)
        finally:
            self._storing = None

    async def store_batch(self, parsed: list[tuple[dict, Update]]) -> set[int]:
        """Store checked updates, enqueue the new ones; returns their ids."""
        stored = ((update.update_id, json.dumps(stripped, ensure_ascii=False)) for stripped, update in parsed)
        fresh = set(await updates.receive(self.db, stored, self.lease, self.worker))
        new = set(fresh)
        for _stripped, update in parsed:
            if update.update_id in fresh:
                fresh.discard(update.update_id)  # a batch may repeat an id: handle it once
                self.metrics.received(update)
                await self.enqueue(update)
        return new

    async def enqueue(self, update: Update) -> None:
        update_id = update.update_id
        if update_id in self.in_flight:
            return
        self.in_flight.add(update_id)
        self.peak_in_flight = max(self.peak_in_flight, self.waiting)
        self._note_room()
        await self.queue.put(update)

    async def _set_aside(self, raw: object, reason: NotAnUpdate) -> None:
        """A dead letter for an item of getUpdates that is not an update the bot can handle."""
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        update_id = update_id if usable_update_id(update_id) else None
        try:  # ASCII: a lone surrogate or a NUL is escaped, so any store takes it
            payload = json.dumps(strip(raw) if isinstance(raw, dict) else raw, ensure_ascii=True)
        except (ValueError, TypeError, RecursionError):
            payload = json.dumps(repr(raw)[:1000])
        if update_id is None:
            digest = hashlib.sha256(payload.encode()).hexdigest()
            if digest in self._without_id:
                return
            self._without_id[digest] = None
            if len(self._without_id) > _REMEMBERED_WITHOUT_ID:
                self._without_id.popitem(last=False)
        error = f"not an update: {reason}"
        summary = summarise(raw)
        if await deadletters.set_aside(self.db, update_id, payload, error, summary):
            self._counted(update_id, error, summary)

    async def take_over_abandoned(self, own_too: bool = False) -> int:
        """Handle stored updates whose claim ran out (their worker stopped before finishing);
        with `own_too`, at start-up, also this worker's own from its previous run."""
        return await self.resume(await updates.claim_abandoned(self.db, self.lease, self.worker, own_too))

    async def resume(self, pending: Iterable[tuple[int, str]]) -> int:
        """Enqueue stored but unfinished updates; one that cannot be parsed (stored by an older
        version, or retried from the dead letters) goes back to the dead letters."""
        count = 0
        for update_id, payload in pending:
            if update_id in self.in_flight:
                continue
            try:
                raw = json.loads(payload)
            except (ValueError, RecursionError):
                raw = None
            try:
                _stripped, update = self.parse(raw)
                if update.update_id != update_id:
                    raise NotAnUpdate("its update_id differs from the stored one")
            except NotAnUpdate as exc:
                await self._bury(update_id, f"not an update: {exc}", summarise(raw))
                continue
            await self.enqueue(update)
            count += 1
        return count

    async def failed(self, update_id: int, error: BaseException | None, raw: object) -> None:
        """A handler, or the commit of its changes, failed: nothing of it took effect.

        Transient (bot.failures): counted on the inbox row and tried again after a back-off,
        by whichever worker's sweep comes first, until the retry policy gives up. Anything
        else: set aside as a dead letter at once. Either way the update leaves this worker.
        """
        description, summary = describe(error), summarise(raw)
        try:
            if is_transient(error):
                attempts = await updates.postpone(self.db, update_id, description, summary, self.retry.attempts, self.retry.backoff)
                if attempts is not None and attempts >= self.retry.attempts:
                    self._counted(update_id, f"gave up after {attempts} attempts; last: {description}", summary)
                elif attempts is not None:
                    self.retries += 1
                    self.metrics.update_retries.inc()
                    log.warning(
                        "update %s failed (%s), attempt %d of %d; retried later", update_id, description, attempts, self.retry.attempts
                    )
            else:
                await self._bury(update_id, description, summary)
        except Exception:  # the database is away: the claim runs out and a sweep retries it
            log.exception("recording the failure of update %s failed; it stays in the inbox", update_id)
        finally:
            self.done(update_id)

    async def _bury(self, update_id: int, error: str, summary: str) -> None:
        async with self.db.session() as session:
            buried = await deadletters.bury(session, update_id, error, summary)
        if buried:
            self._counted(update_id, error, summary)

    def _counted(self, update_id: int | None, error: str, summary: str) -> None:
        self.dead_lettered += 1
        self.metrics.dead_lettered.inc()
        log.warning("update %s set aside as a dead letter (sotong deadletters list): %s; %s", update_id, error, summary)

    def settled(self, update_id: int) -> None:
        """Handled without effects; its inbox row goes with the next batched write (bot.runtime).
        It stays known (a sweep does not take it again) but no longer holds polling back."""
        if update_id in self.in_flight:
            self._settling.add(update_id)
            self._note_room()

    def done(self, update_id: int) -> None:
        self.in_flight.discard(update_id)
        self._settling.discard(update_id)
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
                await receiver.accept(list(batch))
                # Past every item with a usable id, parseable or set aside: none comes back.
                ids = [u["update_id"] for u in batch if isinstance(u, dict) and usable_update_id(u.get("update_id"))]
                if ids:
                    offset = max(ids) + 1
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


async def _unless_stopped(call: Awaitable[T], stop: asyncio.Event) -> T | None:
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
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
