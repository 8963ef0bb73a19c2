"""The console's figures from stored rows: medians per department (as /stats computes them) and weekly counts."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from bot.clock import local_time
from moderation.deadlines import DepartmentStats, Handled, department_stats
from storage.console import Timeline

WINDOWS = (7, 30)  # days, as /stats
WEEKS = 12


def medians(timelines: list[Timeline], now: datetime, days: int) -> list[DepartmentStats]:
    """Median first response and resolution per department over complaints filed in the last `days` (the busiest first)."""
    handled = [Handled(t.department, t.filed_at, t.first_response_at, t.resolved_at) for t in timelines]
    return sorted(department_stats(handled, now, timedelta(days=days)), key=lambda r: (-r.complaints, r.department))


def week_start(now: datetime, weeks_back: int = WEEKS - 1) -> datetime:
    """Monday 00:00 (Korean time) of the first of the last WEEKS weeks."""
    local = now.astimezone(local_time())
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return monday - timedelta(weeks=weeks_back)


def weekly(filed: list[datetime], resolved: list[datetime], now: datetime) -> tuple[list[str], list[int], list[int]]:
    """Labels (the Mondays, "11/17") and the filed and resolved counts of each of the last WEEKS weeks."""
    start = week_start(now)

    def bucket(times: list[datetime]) -> Counter[int]:
        return Counter(int((t.astimezone(local_time()) - start).days // 7) for t in times if t >= start)

    filed_by, resolved_by = bucket(filed), bucket(resolved)
    labels = [(start + timedelta(weeks=i)).strftime("%m/%d") for i in range(WEEKS)]
    return labels, [filed_by.get(i, 0) for i in range(WEEKS)], [resolved_by.get(i, 0) for i in range(WEEKS)]
