"""Response deadlines and response statistics for complaints (pure: times come in as arguments).

Two promises per complaint: a first response (default 30 minutes, Daejeon's
promise) and a resolution (per category). When one passes unmet, the
department is reminded; after a second period, a supervisor gets an escalation.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from moderation.lifecycle import CLOSED, Status


class Stage(StrEnum):
    FIRST_RESPONSE = "first_response"
    RESOLUTION = "resolution"


class Step(StrEnum):
    REMIND = "remind"  # tell the department
    ESCALATE = "escalate"  # tell the supervisor


@dataclass(frozen=True)
class DeadlinePolicy:
    first_response: timedelta = timedelta(minutes=30)
    resolution: timedelta = timedelta(days=3)
    per_category_resolution: Mapping[str, timedelta] = field(default_factory=dict)
    escalate_after: timedelta = timedelta(minutes=30)  # after the reminder, with no change

    def due(self, stage: Stage, filed_at: datetime, category: str) -> datetime:
        if stage is Stage.FIRST_RESPONSE:
            return filed_at + self.first_response
        return filed_at + self.per_category_resolution.get(category, self.resolution)


def is_met(stage: Stage, status: Status) -> bool:
    """A first response is any change out of `received`; a resolution is any closing state."""
    if stage is Stage.FIRST_RESPONSE:
        return status is not Status.RECEIVED
    return status in CLOSED


def next_step(stage: Stage, status: Status, due_at: datetime, now: datetime, reminded_at: datetime | None,
              escalated: bool, policy: DeadlinePolicy) -> tuple[Step, datetime] | None:
    """What to do about one deadline and when: (step, at), or None when nothing is left to do.

    `at` may be in the past: the caller does it now (a restart after the time).
    """
    if is_met(stage, status) or escalated:
        return None
    if reminded_at is None:
        return (Step.REMIND, due_at)
    return (Step.ESCALATE, reminded_at + policy.escalate_after)


@dataclass(frozen=True)
class Handled:
    """One complaint's timeline as the statistics need it."""

    department: str | None
    filed_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class DepartmentStats:
    department: str
    complaints: int
    median_first_response_minutes: float | None
    median_resolution_minutes: float | None
    resolved: int = 0  # how many of `complaints` the resolution median is taken over


def department_stats(items: Iterable[Handled], now: datetime, window: timedelta) -> list[DepartmentStats]:
    """Median first-response and resolution minutes per department, over complaints filed in `window`."""
    since = now - window
    by_department: dict[str, list[Handled]] = {}
    for item in items:
        if item.filed_at >= since:
            by_department.setdefault(item.department or "-", []).append(item)
    result = []
    for department, handled in sorted(by_department.items()):
        first = [(h.first_response_at - h.filed_at).total_seconds() / 60 for h in handled if h.first_response_at]
        resolved = [(h.resolved_at - h.filed_at).total_seconds() / 60 for h in handled if h.resolved_at]
        result.append(DepartmentStats(
            department,
            len(handled),
            round(statistics.median(first), 1) if first else None,
            round(statistics.median(resolved), 1) if resolved else None,
            len(resolved),
        ))
    return result
