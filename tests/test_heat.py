"""Thread heat and the cool-down ladder, on scripted conversations.

The hostility numbers are what the packaged model gives messages of each kind
(e.g. "너 같은 사람이 뭘 안다고 떠들어" 0.53, "니가 뭔데 나한테 이래라저래라야" 0.70,
"그 정책은 완전히 틀렸다고요" 0.16, "말씀하신 부분도 일리는 있어요" 0.19);
`insult` marks a message with an insult word, as the house rules' lexicon finds it.
"""

from __future__ import annotations

import random

import pytest

from moderation.heat import CooldownLadder, HeatSettings, HeatTracker, Level, Transition

# Two residents trading personal jabs, two of them insults (hostility, insult).
JABS = [(0.53, False), (0.70, False), (0.91, False), (0.43, False), (0.97, True), (0.72, False), (0.51, False),
        (0.52, False), (0.99, True), (0.92, False), (0.60, False), (0.47, False), (0.36, False), (0.61, False),
        (0.55, False), (0.63, False)]
# Two residents disagreeing hard but civilly: "그 정책은 완전히 틀렸다고요", "아니요, 그 통계는 작년 기준이에요" ...
CIVIL = [0.16, 0.25, 0.34, 0.23, 0.26, 0.22, 0.28, 0.19, 0.13, 0.38, 0.05, 0.27, 0.24, 0.21, 0.33, 0.17, 0.18,
         0.32, 0.19, 0.22]


def duel(tracker: HeatTracker, lines: list[tuple[float, bool]], every: float, replies: bool = True,
         start: float = 0.0) -> list[Transition | None]:
    """Two residents, A and B, answering each other line by line."""
    out = []
    for i, (hostility, insult) in enumerate(lines):
        me, other = ("A", "B") if i % 2 == 0 else ("B", "A")
        reply = other if replies and i else None
        out.append(tracker.observe("room", "t", me, start + i * every, hostility=hostility, insult=insult,
                                   reply_to_author=reply).transition)
    return out


def first(transitions: list[Transition | None], wanted: Transition) -> int | None:
    """1-based number of the message that caused `wanted`, None if it never came."""
    return transitions.index(wanted) + 1 if wanted in transitions else None


@pytest.mark.parametrize("every", [1.5, 10.0])
@pytest.mark.parametrize("replies", [True, False], ids=["replying", "just-answering"])
def test_two_residents_trading_jabs_get_a_reminder_then_a_cooldown_within_15_messages(every: float, replies: bool) -> None:
    transitions = duel(HeatTracker(), JABS, every, replies)
    warned, heated = first(transitions, Transition.WARMED), first(transitions, Transition.HEATED)
    assert warned is not None and heated is not None
    assert warned <= 8 and heated <= 15
    assert heated - warned >= 3  # the reminder comes first, with time to heed it
    if every == 1.5:
        assert (heated - 1) * every <= 30  # and within 30 seconds


def test_two_residents_arguing_civilly_stay_calm() -> None:
    tracker = HeatTracker()
    transitions = duel(tracker, [(h, False) for h in CIVIL * 2], every=2.0)  # 40 messages in 80 seconds
    assert transitions == [None] * 40
    slow = duel(HeatTracker(), [(h, False) for h in CIVIL * 6], every=15.0)  # half an hour of it
    assert Transition.HEATED not in slow


def test_a_lively_civil_debate_among_many_stays_calm() -> None:
    tracker = HeatTracker()
    rnd = random.Random(3)
    now = 0.0
    for _ in range(900):  # twenty minutes, 45 messages a minute, fifteen people
        author = f"p{rnd.randrange(15)}"
        reply = f"p{rnd.randrange(15)}" if rnd.random() < 0.5 else None
        # Mostly ordinary language, one message in ten sharp ("그건 말이 안 되죠", 0.35-0.55).
        hostility = rnd.uniform(0.35, 0.55) if rnd.random() < 0.1 else rnd.uniform(0.0, 0.35)
        assert tracker.observe("room", "debate", author, now, hostility=hostility, reply_to_author=reply).level is Level.CALM
        now += rnd.expovariate(1 / 1.33)


def test_a_quarrel_is_not_diluted_by_the_people_talking_around_it() -> None:
    tracker = HeatTracker()
    rnd = random.Random(4)
    jabs = iter(JABS)
    now, heated_at = 0.0, None
    for i in range(60):
        if i % 3 == 2:  # every third message is the duel, the rest a calm crowd
            hostility, insult = next(jabs)
            me, other = ("A", "B") if (i // 3) % 2 == 0 else ("B", "A")
            update = tracker.observe("room", "t", me, now, hostility=hostility, insult=insult, reply_to_author=other)
        else:
            update = tracker.observe("room", "t", f"p{rnd.randrange(12)}", now, hostility=rnd.uniform(0.0, 0.3))
        if update.transition is Transition.HEATED:
            heated_at = i // 3 + 1  # in duel messages
            break
        now += 1.5
    assert heated_at is not None and heated_at <= 16


def test_one_troll_against_many_heats_the_thread() -> None:
    def room(with_troll: bool) -> tuple[list[Transition | None], float]:
        tracker = HeatTracker()
        rnd = random.Random(5)
        out = []
        for i in range(60):
            now = i * 2.0
            if with_troll and i % 3 == 0:  # insults aimed at a different resident each time
                update = tracker.observe("room", "t", "troll", now, hostility=0.95, insult=True, reply_to_author=f"p{rnd.randrange(10)}")
            elif with_troll and i % 3 == 1:  # someone answers back, annoyed but civil
                update = tracker.observe("room", "t", f"p{rnd.randrange(10)}", now, hostility=0.4, reply_to_author="troll")
            else:
                update = tracker.observe("room", "t", f"p{rnd.randrange(10)}", now, hostility=rnd.uniform(0.0, 0.3))
            out.append(update.transition)
        return out, update.heat

    trolled, heat = room(with_troll=True)
    assert first(trolled, Transition.WARMED) is not None and first(trolled, Transition.HEATED) is not None
    assert first(trolled, Transition.WARMED) < first(trolled, Transition.HEATED)  # type: ignore[operator]
    calm, calm_heat = room(with_troll=False)
    assert calm == [None] * 60 and calm_heat < heat / 5


def test_offence_counts_from_the_floor_and_an_insult_word_is_the_most() -> None:
    settings = HeatSettings()
    assert settings.offence(0.2) == 0.0 and settings.offence(settings.hostility_floor) == 0.0
    assert 0.0 < settings.offence(0.6) < settings.offence(0.9) < 1.0
    assert settings.offence(0.1, insult=True) == 1.0


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
