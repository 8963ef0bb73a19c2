"""Thread heat and the cool-down ladder."""

from __future__ import annotations

import random

import pytest

from moderation.heat import CooldownLadder, HeatSettings, HeatTracker, Level, Transition


def exchange(tracker: HeatTracker, n: int, start: float = 0.0, every: float = 10.0, hostility: float = 0.7,
             thread: str = "t") -> list[Transition | None]:
    """Two residents answering each other, `n` messages."""
    out = []
    for i in range(n):
        me, other = ("A", "B") if i % 2 == 0 else ("B", "A")
        out.append(tracker.observe("room", thread, me, start + i * every, hostility=hostility,
                                   reply_to_author=other if i else None).transition)
    return out


def test_back_and_forth_goes_calm_warm_hot_then_cools() -> None:
    tracker = HeatTracker()
    transitions = exchange(tracker, 20)
    seen = [t for t in transitions if t is not None]
    assert seen == [Transition.WARMED, Transition.HEATED]
    # Warm comes well before hot: there is room for the gentle reminder first.
    assert transitions.index(Transition.HEATED) - transitions.index(Transition.WARMED) >= 4
    end = 20 * 10.0
    assert tracker.level("room", "t", end).level is Level.HOT
    # Quiet for a while: the heat decays; the drop to calm is reported once.
    later = tracker.level("room", "t", end + 3600)
    assert later.level is Level.CALM and later.transition is Transition.COOLED
    assert tracker.level("room", "t", end + 3700).transition is None


def test_sweep_reports_cooling_without_new_messages() -> None:
    tracker = HeatTracker()
    exchange(tracker, 20)
    assert tracker.sweep(300.0) == []
    assert tracker.sweep(5000.0) == [(("room", "t"), Transition.COOLED)]


def test_many_calm_people_do_not_heat() -> None:
    tracker = HeatTracker()
    rnd = random.Random(1)
    now = 0.0
    for _ in range(720):  # an hour, a message every 5 s from twenty people
        author = f"p{rnd.randrange(20)}"
        reply = f"p{rnd.randrange(20)}" if rnd.random() < 0.5 else None
        update = tracker.observe("room", "busy", author, now, hostility=rnd.random() * 0.3, reply_to_author=reply)
        assert update.level is Level.CALM
        now += 5


def test_back_and_forth_heats_more_than_a_crowd_at_the_same_rate() -> None:
    pair, crowd = HeatTracker(), HeatTracker()
    exchange(pair, 30, hostility=0.5)
    rnd = random.Random(2)
    for i in range(30):
        crowd.observe("room", "t", f"p{i % 15}", i * 10.0, hostility=0.5, reply_to_author=f"p{rnd.randrange(15)}")
    assert pair.level("room", "t", 300).heat > crowd.level("room", "t", 300).heat


def test_a_calm_two_person_conversation_stays_below_hot() -> None:
    tracker = HeatTracker()
    transitions = exchange(tracker, 120, every=15.0, hostility=0.1)
    assert Transition.HEATED not in transitions


def test_hostile_language_alone_heats() -> None:
    tracker = HeatTracker()
    levels = [tracker.observe("room", "t", f"p{i}", i * 5.0, hostility=0.95).level for i in range(20)]
    assert Level.HOT in levels


def test_reset_forgets_a_thread() -> None:
    tracker = HeatTracker()
    exchange(tracker, 20)
    tracker.reset("room", "t")
    assert tracker.level("room", "t", 201.0).level is Level.CALM
    assert len(tracker) == 0


def test_idle_threads_are_evicted_and_the_count_is_capped() -> None:
    settings = HeatSettings(max_threads=50, idle_seconds=600)
    tracker = HeatTracker(settings)
    for i in range(5000):  # threads come and go: each gets a few messages, then silence
        for k in range(3):
            tracker.observe("room", i, f"p{k}", i * 30.0 + k, hostility=0.2)
        assert len(tracker) <= 50
    # Idle ones went before the cap was needed: only the last ~600 s of threads remain.
    assert len(tracker) <= 21
    tracker.sweep(5000 * 30.0 + 10_000)
    assert len(tracker) == 0


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        HeatSettings().warm_at = 1.0  # type: ignore[misc]


def test_cooldown_ladder_escalates_within_a_day() -> None:
    ladder = CooldownLadder()
    assert ladder.durations == (600.0, 1800.0, 3600.0)
    day = 86_400.0
    assert ladder.next_duration([], 10 * day) == 600
    assert ladder.next_duration([10 * day - 3600], 10 * day) == 1800
    assert ladder.next_duration([10 * day - 7200, 10 * day - 3600], 10 * day) == 3600
    assert ladder.next_duration([10 * day - 3 * 3600, 10 * day - 7200, 10 * day - 3600], 10 * day) == 3600
    # Cool-downs more than a day ago no longer count.
    assert ladder.next_duration([8 * day, 9 * day - 1], 10 * day) == 600


def test_cooldown_ladder_from_config_values() -> None:
    ladder = CooldownLadder(durations=(60.0, 120.0))
    assert ladder.next_duration([0.0, 1.0, 2.0], 3.0) == 120.0
    with pytest.raises(ValueError):
        CooldownLadder(durations=())
