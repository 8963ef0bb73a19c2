"""Heat of a discussion, and the cool-down ladder.

A thread is a forum topic, or a whole ordinary group (its cool-down rests the
whole room anyway, and people who quarrel there rarely keep to one reply
tree). What heats it is what a careful moderator watches, in this order:

1. Back-and-forth between the same two people. Answering someone who has
   just answered you adds to that pair's quarrel: a little when it is civil,
   much more when it is hostile. An answer is a reply, or a message right
   after the other person's (people often answer without replying).
2. Directed hostility. A message's offence is 0 up to `hostility_floor` of
   its hostility score and rises to 1; an insult word (always aimed at a
   person) is 1. It counts squared, so the model's noise on ordinary talk adds
   next to nothing while a real insult adds a lot; aimed at nobody (anger at
   a pothole) it counts half.
3. Volume, barely: every message adds a trace, a quarter of it in a crowd.

The thread's heat is its general heat (2 and 3, everyone together) plus its
most hostile person and its hottest quarrel (1). A fight between two people is
not diluted by others talking, a troll stands out, and a crowd's many short
exchanges never add up to one quarrel: each pair in a crowd answers the other
once or twice, not ten times.

calm -> warm: the bot posts a gentle reminder of the rules in that thread.
warm -> hot: the bot/ layer cools the thread down (closes the topic or
restricts the room) for a duration picked by `CooldownLadder`.

Pure: time is always an argument. Memory is bounded: idle threads are
forgotten, at most `max_threads` are tracked (least recently active go), and
each keeps at most `max_pairs` quarrels.
"""

from __future__ import annotations

import math
from collections import OrderedDict, deque
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar


K = TypeVar("K", bound=Hashable)  # a person, or a pair of people


class Level(StrEnum):
    CALM = "calm"
    WARM = "warm"
    HOT = "hot"


class Transition(StrEnum):
    WARMED = "warmed"   # calm -> warm: remind the thread of the rules
    HEATED = "heated"   # -> hot: start a cool-down
    COOLED = "cooled"   # warm/hot -> calm again


@dataclass(frozen=True)
class HeatSettings:
    """All the knobs, with defaults chosen on the scripted rooms of tests/test_heat.py.

    Scale: two people trading personal jabs, a couple of them insults, warm at
    about the 5th message and get hot between the 10th and the 15th, whether
    they type every second or every ten; the same two arguing civilly stay
    calm for 40 fast messages; fifteen people debating at 45 messages a minute
    stay calm for good.
    """

    half_life_seconds: float = 300.0
    message_weight: float = 0.05          # every message (volume), times crowd_factor in a crowd
    hostility_weight: float = 2.5         # times the offence (0..1) of a message, squared
    hostility_floor: float = 0.3          # hostility scores below this are ordinary language
    undirected_part: float = 0.5          # offence aimed at nobody counts this much
    exchange_weight: float = 3.0          # an answer in a two-person back-and-forth, times ...
    exchange_calm_part: float = 0.05      # ... (this + its offence)
    exchange_window_seconds: float = 180.0  # the other side answered within this long
    answer_seconds: float = 30.0          # a non-reply this soon after another's message answers it
    crowd_size: int = 6                   # this many distinct recent authors is a crowd
    crowd_factor: float = 0.25            # volume counts this much in a crowd
    recent_messages: int = 20             # authors remembered per thread for the crowd test
    warm_at: float = 15.0
    hot_at: float = 35.0
    cool_ratio: float = 0.6               # fall below threshold * ratio to go down a level
    idle_seconds: float = 7_200.0         # forget threads quiet this long
    max_threads: int = 10_000
    max_pairs: int = 16                   # quarrels and answers remembered per thread

    def offence(self, hostility: float, insult: bool = False) -> float:
        """How offensive one message is, 0..1: nothing below the floor, 1 for an insult word."""
        if insult:
            return 1.0
        h = max(0.0, min(1.0, hostility))
        return max(0.0, h - self.hostility_floor) / (1.0 - self.hostility_floor)


@dataclass
class _Thread:
    heat: float = 0.0      # general heat: everyone's hostility, and volume
    updated: float = 0.0   # time the heats were last decayed to
    last_message: float = 0.0  # time of the last message: what idle eviction looks at
    level: Level = Level.CALM
    last_author: Hashable | None = None
    authors: deque[Hashable] = field(default_factory=deque)
    # (replier, replied-to) -> time of the latest such answer; small and capped.
    answers: OrderedDict[tuple[Hashable, Hashable], float] = field(default_factory=OrderedDict)
    # The hostility of one person, and the quarrel of two people -> its heat (both small and
    # capped). Stored times `growth` rather than decayed one by one: all decay alike, so
    # dividing by one number reads them all.
    people: OrderedDict[Hashable, float] = field(default_factory=OrderedDict)
    quarrels: OrderedDict[frozenset[Hashable], float] = field(default_factory=OrderedDict)
    growth: float = 1.0

    def total(self) -> float:
        hottest = (max(self.people.values()) if self.people else 0.0) + (max(self.quarrels.values()) if self.quarrels else 0.0)
        return self.heat + hottest / self.growth

    def add(self, heats: OrderedDict[K, float], key: K, amount: float, cap: int) -> None:
        """Add to one heat of `people` or `quarrels`, forgetting the least recent beyond `cap`."""
        heats[key] = heats.pop(key, 0.0) + amount * self.growth
        while len(heats) > cap:
            heats.popitem(last=False)


@dataclass(frozen=True)
class HeatUpdate:
    heat: float
    level: Level
    transition: Transition | None


ThreadKey = tuple[Hashable, Hashable]


class HeatTracker:
    """Heat per (room, thread)."""

    def __init__(self, settings: HeatSettings | None = None) -> None:
        self.settings = settings or HeatSettings()
        self._threads: OrderedDict[ThreadKey, _Thread] = OrderedDict()
        self._decay_rate = math.log(2) / self.settings.half_life_seconds

    def observe(self, room: Hashable, thread: Hashable, author: Hashable, now: float,
                hostility: float = 0.0, reply_to_author: Hashable | None = None,
                insult: bool = False) -> HeatUpdate:
        """Account for one message and report the thread's level and any transition.

        `hostility` is the message's hostility score (0..1), `insult` whether it
        holds an insult word, `reply_to_author` whom it replies to (None when it
        is no reply: then it answers the previous message, if that came soon).
        """
        s = self.settings
        key = (room, thread)
        state = self._threads.pop(key, None)
        if state is None:
            state = _Thread(updated=now, last_message=now, authors=deque(maxlen=s.recent_messages))
        previous_author, previous_time = state.last_author, state.last_message
        state.last_message = max(state.last_message, now)
        state.last_author = author
        self._threads[key] = state  # most recently active last
        self._decay(state, now)

        state.authors.append(author)
        crowd = len(set(state.authors)) >= s.crowd_size
        target = reply_to_author
        if target is None and previous_author is not None and now - previous_time <= s.answer_seconds:
            target = previous_author
        if target == author:
            target = None

        offence = s.offence(hostility, insult)
        directed = target is not None or insult
        hostile = s.hostility_weight * offence * offence * (1.0 if directed else s.undirected_part)
        state.heat += s.message_weight * (s.crowd_factor if crowd else 1.0) + hostile
        if hostile > 0:
            state.add(state.people, author, hostile, s.max_pairs)
        if target is not None:
            answered_me = state.answers.get((target, author))
            if answered_me is not None and now - answered_me <= s.exchange_window_seconds:
                # Back-and-forth: the person I answer answered me a moment ago.
                state.add(state.quarrels, frozenset((author, target)), s.exchange_weight * (s.exchange_calm_part + offence), s.max_pairs)
            state.answers.pop((author, target), None)
            state.answers[(author, target)] = now
            while len(state.answers) > s.max_pairs:
                state.answers.popitem(last=False)

        heat = state.total()
        transition = self._relevel(state, heat)
        self._evict(now)
        return HeatUpdate(heat, state.level, transition)

    def level(self, room: Hashable, thread: Hashable, now: float) -> HeatUpdate:
        """The thread's heat at `now` (decayed), and the transition if it just cooled."""
        state = self._threads.get((room, thread))
        if state is None:
            return HeatUpdate(0.0, Level.CALM, None)
        self._decay(state, now)
        heat = state.total()
        transition = self._relevel(state, heat)
        return HeatUpdate(heat, state.level, transition)

    def sweep(self, now: float) -> list[tuple[ThreadKey, Transition]]:
        """Decay every thread to `now`: report the ones that cooled, forget idle ones.

        Threads cool without new messages, so the bot calls this now and then
        (e.g. once a minute) to learn that a warm or hot thread has calmed.
        """
        cooled: list[tuple[ThreadKey, Transition]] = []
        for key, state in list(self._threads.items()):
            self._decay(state, now)
            if self._relevel(state, state.total()) is Transition.COOLED:
                cooled.append((key, Transition.COOLED))
        self._evict(now)
        return cooled

    def reset(self, room: Hashable, thread: Hashable) -> None:
        """Forget a thread (e.g. after its cool-down: it reopens calm)."""
        self._threads.pop((room, thread), None)

    def __len__(self) -> int:
        return len(self._threads)

    def _decay(self, state: _Thread, now: float) -> None:
        dt = now - state.updated
        if dt > 0:
            factor = math.exp(-self._decay_rate * dt)
            state.heat *= factor
            state.growth /= factor
            if state.growth > 1e12:  # rebase now and then, long before floats lose precision
                _divide(state.people, state.growth)
                _divide(state.quarrels, state.growth)
                state.growth = 1.0
            state.updated = now

    def _relevel(self, state: _Thread, heat: float) -> Transition | None:
        s = self.settings
        old = state.level
        if heat >= s.hot_at:
            new = Level.HOT
        elif heat >= s.warm_at:
            new = Level.HOT if old is Level.HOT and heat >= s.hot_at * s.cool_ratio else Level.WARM
        elif old is not Level.CALM and heat >= s.warm_at * s.cool_ratio:
            new = Level.WARM  # hysteresis: a thread hovering at the line does not flap
        else:
            new = Level.CALM
        state.level = new
        if new is old:
            return None
        if new is Level.HOT:
            return Transition.HEATED
        if new is Level.WARM and old is Level.CALM:
            return Transition.WARMED
        if new is Level.CALM:
            return Transition.COOLED
        return None  # hot -> warm: nothing to do, the cool-down runs its course

    def _evict(self, now: float) -> None:
        s = self.settings
        while len(self._threads) > s.max_threads:
            self._threads.popitem(last=False)
        # Least recently active first; stop at the first thread still in use.
        while self._threads:
            key, state = next(iter(self._threads.items()))
            if now - state.last_message < s.idle_seconds:
                break
            del self._threads[key]


@dataclass(frozen=True)
class CooldownLadder:
    """Repeated cool-downs within `window_seconds` get longer: [600, 1800, 3600] by default."""

    durations: tuple[float, ...] = (600.0, 1800.0, 3600.0)
    window_seconds: float = 86_400.0

    def __post_init__(self) -> None:
        if not self.durations or any(d <= 0 for d in self.durations):
            raise ValueError("durations must be positive and non-empty")

    def next_duration(self, previous_starts: Iterable[float], now: float) -> float:
        """Seconds for a cool-down starting at `now`, given when earlier ones started."""
        recent = sum(1 for t in previous_starts if now - self.window_seconds < t <= now)
        return self.durations[min(recent, len(self.durations) - 1)]


def _divide(heats: OrderedDict[K, float], by: float) -> None:
    """Divide every heat by `by`, keeping the order (the least recent first)."""
    for key in heats:
        heats[key] /= by
