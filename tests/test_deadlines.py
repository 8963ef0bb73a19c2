"""Response deadlines and department statistics, as a city's supervisor would read them."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC

from moderation.deadlines import DeadlinePolicy, Handled, Stage, Step, department_stats, is_met, next_step
from moderation.lifecycle import Status

FILED = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
POLICY = DeadlinePolicy(per_category_resolution={"streetlight": timedelta(days=1)})


def test_the_daejeon_promise_and_per_category_resolution_times() -> None:
    assert POLICY.due(Stage.FIRST_RESPONSE, FILED, "road") == FILED + timedelta(minutes=30)
    assert POLICY.due(Stage.RESOLUTION, FILED, "streetlight") == FILED + timedelta(days=1)
    assert POLICY.due(Stage.RESOLUTION, FILED, "road") == FILED + timedelta(days=3)


def test_what_counts_as_meeting_each_promise() -> None:
    assert not is_met(Stage.FIRST_RESPONSE, Status.RECEIVED)
    assert is_met(Stage.FIRST_RESPONSE, Status.ASSIGNED)
    assert is_met(Stage.FIRST_RESPONSE, Status.REJECTED)
    assert not is_met(Stage.RESOLUTION, Status.IN_PROGRESS)
    assert is_met(Stage.RESOLUTION, Status.RESOLVED) and is_met(Stage.RESOLUTION, Status.DUPLICATE)


def test_an_unanswered_complaint_is_reminded_then_escalated_then_left_alone() -> None:
    due = POLICY.due(Stage.FIRST_RESPONSE, FILED, "road")
    assert next_step(Stage.FIRST_RESPONSE, Status.RECEIVED, due, FILED, None, False, POLICY) == (Step.REMIND, due)
    reminded = due + timedelta(seconds=5)
    assert next_step(Stage.FIRST_RESPONSE, Status.RECEIVED, due, reminded, reminded, False, POLICY) == (
        Step.ESCALATE, reminded + timedelta(minutes=30))
    assert next_step(Stage.FIRST_RESPONSE, Status.RECEIVED, due, reminded, reminded, True, POLICY) is None


def test_an_answered_complaint_needs_no_reminder() -> None:
    due = POLICY.due(Stage.FIRST_RESPONSE, FILED, "road")
    assert next_step(Stage.FIRST_RESPONSE, Status.ASSIGNED, due, FILED, None, False, POLICY) is None
    assert next_step(Stage.RESOLUTION, Status.RESOLVED, due, FILED, FILED, False, POLICY) is None


def test_department_medians_over_a_window() -> None:
    now = FILED + timedelta(days=10)
    items = [
        Handled("건설과", now - timedelta(days=2), now - timedelta(days=2) + timedelta(minutes=10), now - timedelta(days=1)),
        Handled("건설과", now - timedelta(days=3), now - timedelta(days=3) + timedelta(minutes=30), None),
        Handled("건설과", now - timedelta(days=20), now - timedelta(days=20) + timedelta(minutes=999), None),  # outside 7 days
        Handled("교통과", now - timedelta(days=1), None, None),
    ]
    stats = {s.department: s for s in department_stats(items, now, timedelta(days=7))}
    assert stats["건설과"].complaints == 2
    assert stats["건설과"].median_first_response_minutes == 20.0
    assert stats["건설과"].median_resolution_minutes == 1440.0
    assert stats["건설과"].resolved == 1  # the median of one resolution: the reader should know
    assert stats["교통과"].resolved == 0
    assert stats["교통과"].median_first_response_minutes is None
    assert len(department_stats(items, now, timedelta(days=30))) == 2
    assert {s.complaints for s in department_stats(items, now, timedelta(days=30)) if s.department == "건설과"} == {3}
