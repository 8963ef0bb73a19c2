"""The running bot: storage, the PTB application, receiving, the courier and timers.

Every update runs inside one unit of work (bot.work); this module owns its life:
commit with the update's id, then hand the decided Bot API calls to the courier.
A unit that fails (in a handler or while committing) commits nothing; the receiver
then retries the update later or sets it aside as a dead letter (bot.receiving).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

from telegram import Update
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import Application, ContextTypes

from bot import clock, logs, metrics
from bot.application import build_application
from bot.complaints import ComplaintService
from bot.config import Settings
from bot.courier import Courier
from bot.events import Events
from bot.features import guide
from bot.registry import Features
from bot.metrics import Metrics
from bot.moderators import Moderators
from bot.ratelimit import SendRateLimiter
from bot.request import AiohttpRequest
from bot.receiving import ALLOWED_UPDATES, Receiver, RetryPolicy, poll, sleep_or_stop
from bot.scheduler import Timers
from bot.web import WEB_FEATURES, WebServer
from bot.work import Work, bind, current_work, unbind
from storage import deadletters, updates
from storage.database import Database
from storage.models import utcnow

if TYPE_CHECKING:
    from bot.console import Console
    from bot.features.cooldown import Cooldowns
    from bot.features.deadlines import Deadlines
    from bot.features.departments import Departments
    from bot.features.greeting import Greetings
    from bot.features.house_rules import HouseRules
    from bot.features.intake import IntakeDesk
    from bot.features.progress import Progress
    from bot.retention import Retention
    from bot.rights import RightsWatch

log = logging.getLogger(__name__)
T = TypeVar("T")

# Telegram keeps an unconfirmed update for 24 hours; remember handled ids a while longer.
PROCESSED_HORIZON = timedelta(days=3)
# An unreachable Bot API at start-up is asked again after 1, 2, 4 ... seconds, at most this long.
START_RETRY_MAX_SECONDS = 60.0
if metrics.add_routes not in WEB_FEATURES:
    WEB_FEATURES.append(metrics.add_routes)  # /metrics


class StartCancelled(Exception):
    """A stop was asked for while start-up waited for the Bot API."""


class Runtime:
    # Made by bot.registry.Features (FEATURES lists them); declared here for readers and type checkers.
    greetings: Greetings
    intake: IntakeDesk
    house_rules: HouseRules
    cooldowns: Cooldowns
    progress: Progress
    departments: Departments
    deadlines: Deadlines
    console: Console
    rights: RightsWatch
    retention: Retention
    # the Bot API sessions (calls, getUpdates); build_application sets them
    requests: tuple[AiohttpRequest, AiohttpRequest]

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.zone = settings.bot.zone
        self.metrics = Metrics()
        self.db = Database(settings.storage.url)
        self.application: Application = build_application(self)
        self.bot = self.application.bot
        scheduler = settings.scheduler
        self.receiver = Receiver(
            self.db,
            self.bot,
            self.application.update_queue,
            timedelta(seconds=scheduler.update_lease_seconds),
            scheduler.worker_id,
            settings.telegram.in_flight_limit,
            RetryPolicy(scheduler.retry_attempts, scheduler.retry_first_seconds, scheduler.retry_max_seconds),
            metrics=self.metrics,
        )
        self.moderators = Moderators(self.bot, settings.staff.user_ids, settings.staff.admin_cache_seconds)
        self.timers = Timers()
        # Domain events first: the features below subscribe to them as they are made.
        self.events = Events()
        self.complaints = ComplaintService(self, self.events)
        self.features = Features(self)  # bot.registry: each feature becomes runtime.<name>
        self.courier = Courier(
            self.bot,
            self.db,
            hooks=self.features.sent_hooks,
            failure_hooks=self.features.failure_hooks,
            mergers=self.features.mergers,
            worker=scheduler.worker_id,
            lease=self.receiver.lease,
            limiter=self.bot.rate_limiter if isinstance(self.bot.rate_limiter, SendRateLimiter) else None,
        )
        self._finished: list[int] = []
        self.handled = 0  # updates handled since start, for health and benchmarks
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task] = []
        self.web = WebServer(self)
        self._checkpointed_at = float("-inf")  # loop time of the last WAL truncation (SQLite)

    # -- life cycle ---------------------------------------------------------

    async def start(self) -> None:
        """Migrate, reach the Bot API (waiting for it if it does not answer), start receiving.

        Raises StartCancelled if `interrupt()` is called while waiting for the Bot API.
        """
        # Tasks started from here on (polling, timers, the web server's handlers) count in
        # this bot's metrics and show times in its zone, also with several bots in one process.
        metrics.activate(self.metrics)
        clock.set_default(self.zone)
        clock.use(self.zone)
        logs.set_worker(self.settings.scheduler.worker_id)
        before, after = await self.db.migrate()
        log.info("database at revision %s%s", after, f" (migrated from {before or 'an empty database'})" if before != after else "")
        # After a crash the write-ahead log may hold raw updates: fold it into the database
        # file, whose deleted rows secure_delete has zeroed, and cut the log to nothing.
        await self._checkpoint()
        await self._until_answered("getMe", self.application.initialize)
        await self.application.start()
        await self._until_answered("setMyCommands", self._publish_commands)
        await self.courier.redeliver_pending(own_too=True)  # this worker's calls from before a crash
        await self.receiver.take_over_abandoned(own_too=True)  # this worker's updates from before a crash
        self.timers.start()
        await self.sweep()
        self.timers.every("sweep", self.settings.scheduler.sweep_seconds, self.sweep)
        self._tasks.append(asyncio.create_task(self._flush_finished_forever(), name="finisher"))
        if self.settings.telegram.mode == "polling":
            await self._until_answered("deleteWebhook", lambda: self.bot.delete_webhook(drop_pending_updates=False))
            self._tasks.append(asyncio.create_task(poll(self.receiver, self.settings.telegram.poll_timeout, self._stop), name="polling"))
        await self.web.start()
        if self.settings.telegram.mode == "webhook":
            await self._until_answered("setWebhook", self._register_webhook)
        self._tasks.append(asyncio.create_task(self.rights.check_known_rooms(), name="rights"))
        log.info("Sotong is running as @%s (%s mode)", self.bot.username, self.settings.telegram.mode)

    def idle(self) -> bool:
        """Nothing in hand: every update received is handled, every committed call made, no timer
        job running (tests wait for this before asserting that nothing more happened)."""
        return not self.receiver.in_flight and self.courier.idle and self.timers.idle

    def interrupt(self) -> None:
        """Stop waiting: a start-up still waiting for the Bot API gives up (StartCancelled)."""
        self._stop.set()

    async def _until_answered(self, method: str, call: Callable[[], Awaitable[T]]) -> T:
        """`call()`, asked again with back-off while the Bot API does not answer (a network
        error, Telegram's 5xx); one log line per attempt. A refusal (bad token, bad request) is final."""
        delay, attempt = 1.0, 1
        while True:
            try:
                return await call()
            except NetworkError as exc:
                if isinstance(exc, BadRequest):
                    raise
                log.warning(
                    "the Telegram Bot API at %s does not answer %s (%s); trying again in %.0f s (attempt %d)",
                    self.settings.telegram.api_url, method, exc, delay, attempt,
                )
            if self._stop.is_set():
                raise StartCancelled
            await sleep_or_stop(self._stop, delay)
            if self._stop.is_set():
                raise StartCancelled
            delay, attempt = min(delay * 2, START_RETRY_MAX_SECONDS), attempt + 1

    async def stop(self, drain_timeout: float = 15.0) -> None:
        """Stop receiving, finish the updates in flight, then close everything."""
        self._stop.set()
        await self.web.stop()
        try:
            await asyncio.wait_for(self.application.update_queue.join(), drain_timeout)
        except TimeoutError:
            log.warning("updates still in flight at shutdown stay in the inbox for the next start")
        if self.application.running:
            await self.application.stop()
        await self.timers.close()
        # polling and the finisher watch the stop event: cancelling them could cut a transaction
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._flush_finished()
        await self.features.close()
        await self.courier.close()
        await self.application.shutdown()
        for request in self.requests:  # closed by the shutdown above unless start-up failed before it
            await request.shutdown()
        await self.db.close()

    async def _publish_commands(self) -> None:
        """The command menu, Korean by default and English for English-language clients."""
        try:
            await self.bot.set_my_commands(guide.bot_commands("ko"))
            await self.bot.set_my_commands(guide.bot_commands("en"), language_code="en")
        except NetworkError as exc:
            if not isinstance(exc, BadRequest):
                raise  # the Bot API does not answer: start-up waits for it
            log.warning("could not publish the command menu: %s", exc)
        except TelegramError as exc:  # a menu is a nicety; the bot works without it
            log.warning("could not publish the command menu: %s", exc)

    async def _register_webhook(self) -> None:
        hook = self.settings.webhook
        if hook.public_url:
            await self.bot.set_webhook(
                url=hook.public_url.rstrip("/") + hook.path, secret_token=hook.secret_token, allowed_updates=ALLOWED_UPDATES
            )

    # -- units of work ------------------------------------------------------

    async def handle(self, update: object, coroutine: object) -> None:
        """Run one update's handlers inside a unit of work (the processor calls this)."""
        known = update if isinstance(update, Update) else None
        chat = known.effective_chat if known is not None else None
        scope = self._enter(known.update_id if known is not None else None, chat.id if chat is not None else None)
        started, ok = time.perf_counter(), False
        try:
            ok = await self._handle(known, coroutine)
        finally:
            self.handled += 1
            self.metrics.handled(update, time.perf_counter() - started, ok)
            self._leave(scope)

    def _enter(self, update_id: int | None, chat_id: int | None) -> tuple[object, object, object]:
        """Log lines, metrics and shown times of this unit of work belong to this bot."""
        return logs.enter(update_id, chat_id, self.courier.worker), metrics.activate(self.metrics), clock.use(self.zone)

    def _deliver(self, calls: list) -> None:
        """Hand committed calls to the courier; its tasks (one per chat, serving later units
        too) start outside this unit, so their log lines do not name this update."""
        contextvars.Context().run(self.courier.deliver, calls)

    @staticmethod
    def _leave(scope: tuple[object, object, object]) -> None:
        log_token, metrics_token, zone_token = scope
        clock.restore(zone_token)
        metrics.deactivate(metrics_token)
        logs.leave(log_token)

    async def _handle(self, update: Update | None, coroutine: object) -> bool:
        """True if the update took effect (or had none); False if it failed (retried or set aside)."""
        update_id = update.update_id if update is not None else None
        work = Work(self.db, update_id, self.courier.worker, self.courier.lease)
        token = bind(work)
        try:
            await coroutine  # type: ignore[misc]
        except Exception as exc:
            log.exception("update %s failed", update_id)
            work.fail(exc)
        finally:
            unbind(token)
        if work.failed:
            try:
                await work.rollback()
            except Exception:  # a broken connection: its transaction is gone anyway
                log.exception("rolling back update %s failed", update_id)
            await self._failed(update, work.error)
            return False
        try:
            if work.touched:
                self._deliver(await work.commit())
                if update_id is not None:
                    self.receiver.done(update_id)
                return True
        except updates.HandledElsewhere:
            log.info("update %s was handled by another worker first; this worker's changes are dropped", update_id)
            if update_id is not None:
                self.receiver.done(update_id)
            return True
        except Exception as exc:  # nothing was committed
            log.exception("committing update %s failed", update_id)
            await self._failed(update, exc)
            return False
        if update_id is not None:
            # No effects: batch the bookkeeping.
            self._finished.append(update_id)
            self.receiver.settled(update_id)
        return True

    async def _failed(self, update: Update | None, error: BaseException | None) -> None:
        """Retry later or set aside (bot.receiving.Receiver.failed); never just drop it."""
        if update is None:
            return
        try:
            raw: object = update.to_dict()
        except Exception:  # noqa: BLE001 - a summary is a courtesy; the stored payload is what counts
            raw = None
        await self.receiver.failed(update.update_id, error, raw)

    async def run_job(self, job) -> None:  # type: ignore[no-untyped-def]
        """Run `job(work)` in its own unit of work (timers, sweeps)."""
        work = Work(self.db, None, self.courier.worker, self.courier.lease)
        scope = self._enter(None, None)
        try:
            await job(work)
            self.courier.deliver(await work.commit())
        except Exception:
            log.exception("job %s failed", getattr(job, "__name__", job))
            await work.rollback()
        finally:
            self._leave(scope)

    async def perform(self, job: Callable[[Work], Awaitable[T]]) -> T:
        """Run `job(work)` in its own unit of work and return its result (the console's actions).

        Unlike run_job, what the job raises (a refusal) rolls the unit back and reaches the caller.
        """
        work = Work(self.db, None, self.courier.worker, self.courier.lease)
        try:
            result = await job(work)
        except BaseException:
            await work.rollback()
            raise
        self.courier.deliver(await work.commit())
        return result

    async def _flush_finished(self) -> None:
        ids, self._finished = self._finished, []
        if not ids:
            return
        try:
            async with self.db.session() as session:
                await updates.finish(session, ids)
        except Exception:
            log.exception("recording %d handled updates failed; they stay in the inbox", len(ids))
        for update_id in ids:
            self.receiver.done(update_id)

    async def _flush_finished_forever(self) -> None:
        while not self._stop.is_set():
            await sleep_or_stop(self._stop, 0.2)
            await self._flush_finished()

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """PTB's error handler: log, keep the error on the unit of work (it decides between a
        retry and a dead letter), roll the update's changes back, keep serving."""
        log.error("handler failed on update %s", getattr(update, "update_id", "?"), exc_info=context.error)
        with contextlib.suppress(RuntimeError):
            current_work().fail(context.error)

    # -- durable time ---------------------------------------------------------

    async def sweep(self) -> None:
        """Catch up on whatever a timer or a crash missed; also run at start-up."""
        try:
            await self.courier.redeliver_pending()
            await self.receiver.take_over_abandoned()
            await self.features.sweep()  # each feature's bookkeeping and durable timers (bot.registry)
            await updates.prune_processed(self.db, utcnow() - PROCESSED_HORIZON)
            await deadletters.purge(self.db, utcnow() - timedelta(days=self.settings.deadletters.keep_days))
            if asyncio.get_running_loop().time() - self._checkpointed_at >= self.settings.storage.checkpoint_seconds:
                await self._checkpoint()
        except Exception:
            log.exception("sweep failed; the next one retries")

    async def _checkpoint(self) -> None:
        """SQLite: truncate the write-ahead log, where handled updates linger after deletion."""
        if await self.db.checkpoint():
            self._checkpointed_at = asyncio.get_running_loop().time()
        else:
            log.info("the write-ahead log could not be truncated now (a reader is busy); the next sweep tries again")
