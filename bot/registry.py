"""The features of the running bot, listed once: made, hooked to the courier, swept and closed in this order.

A feature is a class made with the runtime (`Feature(runtime)`) and kept on it under its
name (`runtime.progress`). Everything else it offers is optional and found here, so the
runtime never names a feature:

- `durable_timers`: its DurableTimers (bot.durable), reconciled at start-up and in every sweep;
- `sweep()`: bookkeeping before its timers are reconciled (e.g. boards gone stale);
- `sent_hooks` / `failure_hooks` / `mergers`: courier hooks by purpose (bot.courier);
- `close()`: at shutdown, after the updates in flight are done;
- subscriptions to domain events (bot.events), made in its constructor.

Its Telegram handlers are registered in bot.application.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot import console
from bot.features import cooldown, deadlines, departments, greeting, house_rules, intake, progress
from bot.retention import Retention
from bot.rights import RightsWatch

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

# (attribute on the runtime, the class). Made in this order: a feature may use one made before it.
FEATURES: tuple[tuple[str, Callable[[Runtime], object]], ...] = (
    ("greetings", greeting.Greetings),
    ("intake", intake.IntakeDesk),
    ("house_rules", house_rules.HouseRules),
    ("cooldowns", cooldown.Cooldowns),
    ("progress", progress.Progress),
    ("departments", departments.Departments),
    ("deadlines", deadlines.Deadlines),
    ("console", console.Console),
    ("rights", RightsWatch),
    ("retention", Retention),
)


class Features:
    """The made features of one runtime."""

    def __init__(self, runtime: Runtime, listed: tuple[tuple[str, Callable[[Runtime], object]], ...] = FEATURES) -> None:
        self.all: list[object] = []
        for name, make in listed:
            feature = make(runtime)
            setattr(runtime, name, feature)
            self.all.append(feature)

    def _hooks(self, kind: str) -> dict:
        merged: dict = {}
        for feature in self.all:
            hooks = getattr(feature, kind, None) or {}
            clash = merged.keys() & hooks.keys()
            if clash:  # a purpose belongs to one feature: two hooks for it would be a silent override
                raise ValueError(f"courier {kind} for {sorted(clash)} are claimed twice")
            merged.update(hooks)
        return merged

    @property
    def sent_hooks(self) -> dict:
        return self._hooks("sent_hooks")

    @property
    def failure_hooks(self) -> dict:
        return self._hooks("failure_hooks")

    @property
    def mergers(self) -> dict:
        return self._hooks("mergers")

    async def sweep(self) -> None:
        """Each feature's bookkeeping, then its timers' reconcile (fire what came due, arm the rest)."""
        for feature in self.all:
            sweep = getattr(feature, "sweep", None)
            if sweep is not None:
                await sweep()
            for timer in getattr(feature, "durable_timers", ()):
                await timer.reconcile()

    async def close(self) -> None:
        for feature in reversed(self.all):
            close = getattr(feature, "close", None)
            if close is not None:
                await close()
