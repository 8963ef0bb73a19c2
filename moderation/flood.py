"""Flood detection: too many messages from one resident within a few seconds.

A sliding window per resident pseudonym. Time is an argument (message date),
never the clock. Memory is bounded: each resident keeps at most `max_messages`
timestamps, idle residents are dropped, and the number of residents tracked
is capped (least recently active are forgotten first).
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Hashable


class FloodDetector:
    """`observe(author, now)` is True when this message completes a flood burst."""

    def __init__(self, max_messages: int = 6, window_seconds: float = 10.0, max_authors: int = 50_000) -> None:
        if max_messages < 2 or window_seconds <= 0 or max_authors < 1:
            raise ValueError("max_messages >= 2, window_seconds > 0 and max_authors >= 1 are required")
        self.max_messages = max_messages
        self.window_seconds = window_seconds
        self.max_authors = max_authors
        # Insertion order = recency: an author is moved to the end on each message.
        self._recent: OrderedDict[Hashable, deque[float]] = OrderedDict()

    def observe(self, author: Hashable, now: float) -> bool:
        times = self._recent.pop(author, None)
        if times is None:
            times = deque(maxlen=self.max_messages)
        times.append(now)
        self._recent[author] = times
        self._evict(now)
        # Flooding: the last `max_messages` messages all fell inside the window.
        # max - min rather than last - first: Telegram dates can arrive slightly out of order.
        return len(times) == self.max_messages and max(times) - min(times) <= self.window_seconds

    def reset(self, author: Hashable) -> None:
        """Forget an author's burst (after acting on it, so one burst is one verdict)."""
        self._recent.pop(author, None)

    def _evict(self, now: float) -> None:
        while len(self._recent) > self.max_authors:
            self._recent.popitem(last=False)
        # Oldest-active first: stop at the first author still inside the window.
        while self._recent:
            author, times = next(iter(self._recent.items()))
            if now - times[-1] <= self.window_seconds:
                break
            del self._recent[author]

    def __len__(self) -> int:
        return len(self._recent)
