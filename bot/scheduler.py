"""Timers for durable deadlines. The database holds the time; this only wakes us up.

APScheduler fires a stored `due_at` on time while the process runs; a periodic
sweep and the start-up reconcile catch whatever a timer missed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from storage import timesource

log = logging.getLogger(__name__)


class Timers:
    def __init__(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._running: set[asyncio.Task] = set()
        self._closing = False

    def start(self) -> None:
        self._scheduler.start()

    async def close(self, timeout: float = 10.0) -> None:
        """Stop firing and let jobs already running finish (APScheduler would cancel them mid-query)."""
        self._closing = True
        if self._scheduler.running:
            self._scheduler.pause()
        if self._running:
            await asyncio.wait(set(self._running), timeout=timeout)
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    @property
    def idle(self) -> bool:
        """No timer job running right now."""
        return not self._running

    def at(self, job_id: str, when: datetime, func: Callable[..., Awaitable[None]], *args: object) -> None:
        """Run `func(*args)` at `when`; re-arming the same id replaces the old timer."""
        if self._closing:
            return
        # misfire_grace_time=None: a late timer still fires instead of being skipped silently.
        # APScheduler waits on the wall clock: a test clock moved ahead (storage.timesource) fires earlier.
        run_date = when - timesource.offset()
        self._scheduler.add_job(
            self._guarded, "date", run_date=run_date, args=(func, *args), id=job_id, replace_existing=True, misfire_grace_time=None
        )

    async def catch_up(
        self, pending: Iterable[tuple[int, datetime]], fire: Callable[[int], Awaitable[None]], arm: Callable[[int, datetime], None]
    ) -> None:
        """Fire now whatever came due while no timer ran here (a restart, another worker's change); arm the rest."""
        now = timesource.utcnow()
        for key, due in pending:
            if due <= now:
                await fire(key)
            else:
                arm(key, due)

    def every(self, job_id: str, seconds: float, func: Callable[[], Awaitable[None]]) -> None:
        self._scheduler.add_job(
            self._guarded, "interval", seconds=seconds, args=(func,), id=job_id, replace_existing=True, max_instances=1, coalesce=True
        )

    async def _guarded(self, func: Callable[..., Awaitable[None]], *args: object) -> None:
        if self._closing:
            return
        task = asyncio.current_task()
        assert task is not None
        self._running.add(task)
        try:
            await func(*args)
        except Exception:
            log.exception("timer job %s failed", getattr(func, "__name__", func))
        finally:
            self._running.discard(task)
