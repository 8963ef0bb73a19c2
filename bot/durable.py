"""Durable time, once: a kind of stored deadline, armed in memory, fired once, reconciled.

Every timer-driven feature (the greeting, cool-downs, complaint deadlines, intake
questions, the progress board) keeps its due times in the database (DESIGN.md,
"Durable time") and makes one `DurableTimer`:

- `arm(key, due)` (or `arm_after_commit(work, key, due)` once the row is stored) sets an
  APScheduler timer in this process; re-arming a key replaces it;
- `fire(key)` runs the feature's `step(work, key)` in a unit of work of its own;
- `reconcile()`, at start-up and in every sweep, fires whatever came due while no timer
  ran here (a restart, another worker's change) and arms the rest.

Fired exactly once: a timer may fire late, twice (armed here and reconciled after a
restart) or on two workers, so `step` first claims its row with a conditional UPDATE
(storage: rooms.claim_board, cooldowns.claim_lift, complaints.close_question, ...) and
does nothing when the claim fails. The timer's memory is only a wake-up call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import Protocol

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduler import Timers
from bot.work import Work
from storage.database import Database

Pending = Callable[[AsyncSession], Awaitable[Iterable[tuple[int, datetime]]]]
Step = Callable[[Work, int], Awaitable[object]]


class Host(Protocol):
    """What a timer needs of the running bot (bot.runtime.Runtime)."""

    db: Database
    timers: Timers

    async def run_job(self, job: Callable[[Work], Awaitable[object]]) -> None: ...


class DurableTimer:
    """One kind of durable time: rows with a due time, and the step that handles one when due."""

    def __init__(self, host: Host, name: str, pending: Pending, step: Step, enabled: Callable[[], bool] = lambda: True) -> None:
        self.host = host
        self.name = name  # the timers' ids are "<name>:<key>"
        self.pending = pending  # (key, due) of every row still waiting
        self.step = step  # claims the row (conditional UPDATE) and acts; nothing when the claim fails
        self.enabled = enabled  # switched off: stored rows stay quiet, nothing is armed or fired

    def arm(self, key: int, due: datetime) -> None:
        """Wake up at `due` in this process; re-arming the same key replaces the old timer."""
        self.host.timers.at(f"{self.name}:{key}", due, self.fire, key)

    def arm_after_commit(self, work: Work, key: int, due: datetime) -> None:
        """Arm once `work` has committed the row (a rolled-back unit arms nothing)."""
        work.after_commit(lambda: self.arm(key, due))

    async def fire(self, key: int) -> None:
        """Handle one due row in a unit of work of its own."""
        await self.host.run_job(lambda work: self.step(work, key))

    async def reconcile(self) -> None:
        """Fire what came due while no timer ran here; arm the rest (start-up and every sweep)."""
        if not self.enabled():
            return
        async with self.host.db.session() as session:
            pending = list(await self.pending(session))
        await self.host.timers.catch_up(pending, self.fire, self.arm)
