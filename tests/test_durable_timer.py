"""Durable time in one abstraction (bot.durable) on SQLite and PostgreSQL, and the feature registry
(bot.registry): a timer fires its row exactly once, across a restart and a late duplicate; a rolled-back
unit arms nothing; features are made, hooked, swept and closed from one list."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import pytest

from bot.durable import DurableTimer
from bot.registry import Features
from bot.scheduler import Timers
from bot.work import Work
from storage import rooms
from storage.database import Database
from storage.models import utcnow


class _Process:
    """What a timer needs of the running bot: the database, its timers, and units of work."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.timers = Timers()

    async def run_job(self, job: Callable[[Work], Awaitable[object]]) -> None:
        work = Work(self.db)
        await job(work)
        await work.commit()


def _board_timer(process: _Process, redrawn: list[int], fired: asyncio.Event | None = None) -> DurableTimer:
    """The board's kind of durable time: rooms.board_due_at, claimed by rooms.claim_board."""

    async def redraw(work: Work, room_id: int) -> None:
        if await rooms.claim_board(await work.session(), room_id, utcnow()) is not None:
            redrawn.append(room_id)
            if fired is not None:
                fired.set()

    return DurableTimer(process, "board", rooms.due_boards, redraw)  # type: ignore[arg-type]


async def _room_due(database: Database, due: datetime) -> int:
    async with database.session() as session:
        room = await rooms.ensure(session, -1001, "과천")
        await rooms.mark_board(session, room, due, 0)
        return room.id  # type: ignore[return-value]


async def test_a_timer_armed_before_a_crash_fires_once_after_the_restart(database: Database) -> None:
    redrawn: list[int] = []
    room_id = await _room_due(database, utcnow() - timedelta(seconds=1))
    before = _Process(database)  # armed, then the process died before its scheduler ran
    _board_timer(before, redrawn).arm(room_id, utcnow() - timedelta(seconds=1))
    await before.timers.close()
    assert redrawn == []

    after = _Process(database)
    timer = _board_timer(after, redrawn)
    await timer.reconcile()  # start-up: what came due while nothing ran fires now
    assert redrawn == [room_id]
    await timer.reconcile()  # the next sweep: nothing is pending any more
    await timer.fire(room_id)  # a late duplicate (another worker's timer, the old process's): the claim refuses
    assert redrawn == [room_id]
    async with database.session() as session:
        assert await rooms.due_boards(session) == []


async def test_an_armed_timer_fires_in_the_running_process_and_reconcile_arms_the_future(database: Database) -> None:
    redrawn: list[int] = []
    fired = asyncio.Event()
    process = _Process(database)
    process.timers.start()
    try:
        # far enough ahead that storing the room and reconciling (slow on a loaded machine) end before it
        soon = utcnow() + timedelta(seconds=2)
        room_id = await _room_due(database, soon)
        timer = _board_timer(process, redrawn, fired)
        await timer.reconcile()  # not due yet: armed, not fired
        assert redrawn == []
        await asyncio.wait_for(fired.wait(), timeout=30)
        assert redrawn == [room_id]
    finally:
        await process.timers.close()


async def test_a_rolled_back_unit_arms_nothing_and_a_switched_off_timer_stays_quiet(database: Database) -> None:
    redrawn: list[int] = []
    room_id = await _room_due(database, utcnow() - timedelta(seconds=1))
    process = _Process(database)
    armed: list[tuple[str, datetime]] = []
    process.timers.at = lambda job_id, when, *rest: armed.append((job_id, when))  # type: ignore[method-assign]
    timer = _board_timer(process, redrawn)
    work = Work(database)
    await work.session()
    timer.arm_after_commit(work, room_id, utcnow())
    await work.rollback()
    assert armed == []
    committed = Work(database)
    await committed.session()
    due = utcnow() + timedelta(hours=1)
    timer.arm_after_commit(committed, room_id, due)
    await committed.commit()
    assert armed == [(f"board:{room_id}", due)]

    quiet = DurableTimer(process, "board", rooms.due_boards, timer.step, enabled=lambda: False)  # type: ignore[arg-type]
    await quiet.reconcile()
    assert redrawn == []  # due, but switched off
    await process.timers.close()


class _Feature:
    def __init__(self, name: str, log: list[str], hooks: dict | None = None) -> None:
        self.name, self.log = name, log
        self.sent_hooks = hooks or {}
        self.durable_timers = (self,)  # its own timer, for the order of the sweep

    async def sweep(self) -> None:
        self.log.append(f"{self.name}.sweep")

    async def reconcile(self) -> None:
        self.log.append(f"{self.name}.timer")

    async def close(self) -> None:
        self.log.append(f"{self.name}.close")


async def test_the_registry_makes_hooks_sweeps_and_closes_features_from_one_list() -> None:
    log: list[str] = []
    runtime = type("Runtime", (), {})()
    features = Features(
        runtime,  # type: ignore[arg-type]
        (("first", lambda _: _Feature("first", log, {"a": 1})), ("second", lambda _: _Feature("second", log, {"b": 2}))),
    )
    assert runtime.first.name == "first" and runtime.second.name == "second"  # type: ignore[attr-defined]
    assert features.sent_hooks == {"a": 1, "b": 2} and features.failure_hooks == {}
    await features.sweep()
    await features.close()
    assert log == ["first.sweep", "first.timer", "second.sweep", "second.timer", "second.close", "first.close"]
    clash = Features(runtime, (("x", lambda _: _Feature("x", log, {"a": 1})), ("y", lambda _: _Feature("y", log, {"a": 2}))))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        _ = clash.sent_hooks
