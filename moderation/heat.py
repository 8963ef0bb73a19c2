"""Heat of a discussion thread, and the cool-down ladder.

Each thread (a forum topic, or a reply tree in an ordinary group) keeps one
number that every message raises and time lets decay exponentially:

- every message adds a little (the message rate);
- hostile language adds a lot (the hostility score, 0..1);
- a reply inside a back-and-forth between the same two people adds more,
  and more still when it is hostile;
- in a crowd (many different people in the recent messages) the rate and
  back-and-forth parts count for less: many people chatting is a busy room,
  not a fight.

calm -> warm: the bot posts a gentle reminder of the rules in that thread.
warm -> hot: the bot/ layer cools the thread down (closes the topic or
restricts the room) for a duration picked by `CooldownLadder`.

Pure: time is always an argument. Memory is bounded: idle threads are
forgotten, and at most `max_threads` are tracked (least recently active go).
"""

from __future__ import annotations

import math
from collections import OrderedDict, deque
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum


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
    """All the knobs, with defaults tuned on the scenarios in tests/test_heat.py.

    Scale: a hostile two-person exchange (hostility ~0.7, one message every
    10 s) warms at the 7th message and gets hot at the 16th; twenty
    calm people posting every 5 s between them stay calm.
    """

    half_life_seconds: float = 300.0
    message_weight: float = 0.2           # every message
    hostility_weight: float = 3.0         # times how far hostility is above the floor
    hostility_floor: float = 0.3          # scores below this are ordinary language
    exchange_weight: float = 1.0          # a reply in a two-person back-and-forth ...
    exchange_calm_part: float = 0.15      # ... scaled by (this + hostility)
    exchange_window_seconds: float = 180.0  # the other side replied within this long
    crowd_size: int = 6                   # this many distinct recent authors is a crowd
    crowd_factor: float = 0.5             # rate and exchange parts count this much in a crowd
    recent_messages: int = 20             # authors remembered per thread for the crowd test
    warm_at: float = 15.0
    hot_at: float = 35.0
    cool_ratio: float = 0.6               # fall below threshold * ratio to go down a level
    idle_seconds: float = 7_200.0         # forget threads quiet this long
    max_threads: int = 10_000
    max_pairs: int = 16                   # back-and-forth pairs remembered per thread


@dataclass
class _Thread:
    heat: float = 0.0
    updated: float = 0.0   # time the heat was last decayed to
    last_message: float = 0.0  # time of the last message: what idle eviction looks at
    level: Level = Level.CALM
    authors: deque[Hashable] = field(default_factory=deque)
    # (replier, replied-to) -> time of the latest such reply; small and capped.
    replies: OrderedDict[tuple[Hashable, Hashable], float] = field(default_factory=OrderedDict)


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
                hostility: float = 0.0, reply_to_author: Hashable | None = None) -> HeatUpdate:
        """Account for one message and report the thread's level and any transition."""
        s = self.settings
        key = (room, thread)
        state = self._threads.pop(key, None)
        if state is None:
            state = _Thread(updated=now, last_message=now, authors=deque(maxlen=s.recent_messages))
        state.last_message = max(state.last_message, now)
        self._threads[key] = state  # most recently active last
        self._decay(state, now)

        state.authors.append(author)
        crowd = len(set(state.authors)) >= s.crowd_size
        social = s.crowd_factor if crowd else 1.0

        added = s.message_weight * social
        hostile = max(0.0, min(1.0, hostility) - s.hostility_floor) / (1.0 - s.hostility_floor)
        added += s.hostility_weight * hostile
        if reply_to_author is not None and reply_to_author != author:
            # Back-and-forth: the person I answer answered me a moment ago.
            answered_me = state.replies.get((reply_to_author, author))
            if answered_me is not None and now - answered_me <= s.exchange_window_seconds:
                added += s.exchange_weight * (s.exchange_calm_part + max(0.0, hostility)) * social
            pair = (author, reply_to_author)
            state.replies.pop(pair, None)
            state.replies[pair] = now
            while len(state.replies) > s.max_pairs:
                state.replies.popitem(last=False)
        state.heat += added

        transition = self._relevel(state)
        self._evict(now)
        return HeatUpdate(state.heat, state.level, transition)

    def level(self, room: Hashable, thread: Hashable, now: float) -> HeatUpdate:
        """The thread's heat at `now` (decayed), and the transition if it just cooled."""
        state = self._threads.get((room, thread))
        if state is None:
            return HeatUpdate(0.0, Level.CALM, None)
        self._decay(state, now)
        transition = self._relevel(state)
        return HeatUpdate(state.heat, state.level, transition)

    def sweep(self, now: float) -> list[tuple[ThreadKey, Transition]]:
        """Decay every thread to `now`: report the ones that cooled, forget idle ones.

        Threads cool without new messages, so the bot calls this now and then
        (e.g. once a minute) to learn that a warm or hot thread has calmed.
        """
        cooled: list[tuple[ThreadKey, Transition]] = []
        for key, state in list(self._threads.items()):
            self._decay(state, now)
            if self._relevel(state) is Transition.COOLED:
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
            state.heat *= math.exp(-self._decay_rate * dt)
            state.updated = now

    def _relevel(self, state: _Thread) -> Transition | None:
        s = self.settings
        old = state.level
        if state.heat >= s.hot_at:
            new = Level.HOT
        elif state.heat >= s.warm_at:
            new = Level.HOT if old is Level.HOT and state.heat >= s.hot_at * s.cool_ratio else Level.WARM
        elif old is not Level.CALM and state.heat >= s.warm_at * s.cool_ratio:
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
