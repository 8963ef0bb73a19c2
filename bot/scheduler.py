"""Timers for durable deadlines. The database holds the time; this only wakes us up.

APScheduler fires a stored `due_at` on time while the process runs; a periodic
sweep and the start-up reconcile catch whatever a timer missed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler


class Timers:
    def __init__(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone="UTC")

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def at(self, job_id: str, when: datetime, func: Callable[..., Awaitable[None]], *args: object) -> None:
        """Run `func(*args)` at `when`; re-arming the same id replaces the old timer."""
        # misfire_grace_time=None: a late timer still fires instead of being skipped silently.
        self._scheduler.add_job(func, "date", run_date=when, args=args, id=job_id, replace_existing=True, misfire_grace_time=None)

    def every(self, job_id: str, seconds: float, func: Callable[[], Awaitable[None]]) -> None:
        self._scheduler.add_job(func, "interval", seconds=seconds, id=job_id, replace_existing=True, max_instances=1, coalesce=True)
