"""Strike arithmetic: how many strikes count now, and how long to mute.

Pure: the caller (bot/ with storage/) keeps each resident pseudonym's strike
timestamps and passes them in with `now`; nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

DAY = 86_400.0


@dataclass(frozen=True)
class StrikePolicy:
    """Strikes expire after `expire_after` seconds. The `mute_from`-th active
    strike mutes for `mute_ladder[0]` seconds, the next for `mute_ladder[1]`,
    and so on; past the end of the ladder its last step repeats."""

    expire_after: float = 30 * DAY
    mute_from: int = 2  # the first strike is a warning that counts
    mute_ladder: tuple[float, ...] = (3_600.0, DAY, 7 * DAY)

    def __post_init__(self) -> None:
        if self.expire_after <= 0 or self.mute_from < 1 or not self.mute_ladder:
            raise ValueError("expire_after > 0, mute_from >= 1 and a non-empty mute_ladder are required")
        if any(b < a for a, b in zip(self.mute_ladder, self.mute_ladder[1:], strict=False)):
            raise ValueError("mute_ladder must not get shorter")

    @classmethod
    def from_config(cls, table: Mapping[str, Any]) -> StrikePolicy:
        default = cls()
        return cls(
            expire_after=float(table.get("expire_after", default.expire_after)),
            mute_from=int(table.get("mute_from", default.mute_from)),
            mute_ladder=tuple(float(x) for x in table.get("mute_ladder", default.mute_ladder)),
        )


@dataclass(frozen=True)
class StrikeOutcome:
    active: int                 # strikes still counting at `now` (including a new one)
    mute_seconds: float | None  # how long to mute now, or None for no mute


def active_strikes(strike_times: Iterable[float], now: float, policy: StrikePolicy) -> int:
    """Strikes given within `expire_after` seconds before `now` (future ones count too)."""
    cutoff = now - policy.expire_after
    return sum(1 for t in strike_times if t > cutoff)


def mute_for(active: int, policy: StrikePolicy) -> float | None:
    """Mute length for a resident who now has `active` strikes."""
    if active < policy.mute_from:
        return None
    step = min(active - policy.mute_from, len(policy.mute_ladder) - 1)
    return policy.mute_ladder[step]


def add_strike(strike_times: Iterable[float], now: float, policy: StrikePolicy) -> StrikeOutcome:
    """A new strike at `now` on top of earlier ones: the count and the mute to apply.

    The caller stores `now` as a strike time after applying the outcome.
    """
    active = active_strikes(strike_times, now, policy) + 1
    return StrikeOutcome(active, mute_for(active, policy))


def prune(strike_times: Iterable[float], now: float, policy: StrikePolicy) -> list[float]:
    """The strike times worth keeping (expired ones can be deleted from storage)."""
    cutoff = now - policy.expire_after
    return sorted(t for t in strike_times if t > cutoff)
