"""Simulated Telegram flood limits on the messages the bot sends."""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class RateLimits:
    """Flood limits; None switches a limit off (Telegram: ~30/s overall, ~20/min per group)."""

    per_second: int | None = None
    per_group_per_minute: int | None = None

    @classmethod
    def telegram(cls) -> RateLimits:
        """The limits Telegram documents for bots."""
        return cls(per_second=30, per_group_per_minute=20)

    @property
    def enabled(self) -> bool:
        """Whether any limit is on."""
        return self.per_second is not None or self.per_group_per_minute is not None


@dataclass
class FloodControl:
    """Sliding windows of recent sends; answers how long the bot must wait, if at all."""

    limits: RateLimits = field(default_factory=RateLimits)
    _overall: deque[float] = field(default_factory=deque)
    _groups: dict[int, deque[float]] = field(default_factory=dict)

    def reset(self, limits: RateLimits) -> None:
        """Switch limits and forget recent sends, so a test starts from a clean window."""
        self.limits = limits
        self._overall.clear()
        self._groups.clear()

    def check(self, chat_id: int, is_group: bool) -> int:
        """0 and count the send if it is allowed, else the retry_after seconds."""
        if not self.limits.enabled:
            return 0
        t = time.monotonic()
        wait = 0.0
        if self.limits.per_second is not None:
            wait = max(wait, _window_wait(self._overall, t, 1.0, self.limits.per_second))
        group = None
        if is_group and self.limits.per_group_per_minute is not None:
            group = self._groups.setdefault(chat_id, deque())
            wait = max(wait, _window_wait(group, t, 60.0, self.limits.per_group_per_minute))
        if wait > 0:
            return max(1, math.ceil(wait))
        self._overall.append(t)
        if group is not None:
            group.append(t)
        return 0


def _window_wait(window: deque[float], t: float, span: float, limit: int) -> float:
    """Seconds until the window has room again (0 if it has room now)."""
    while window and window[0] <= t - span:
        window.popleft()
    if len(window) < limit:
        return 0.0
    return window[len(window) - limit] + span - t
