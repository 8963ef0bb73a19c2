"""Domain events inside one unit of work: who reacts to what, in a known order.

A feature that changes something (bot.complaints) emits a small frozen dataclass;
the features that follow it (the announcement, the board, the department's card,
the deadlines) subscribe to its type. Subscribers run in the emitter's unit of work,
in the order of their `order` (then of subscription), so what they send and store
commits or rolls back with the change itself.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bot.work import Work

E = TypeVar("E")
Handler = Callable[["Work", Any], Awaitable[None]]


class Events:
    """Subscriptions by event type; `emit` awaits each subscriber in turn."""

    def __init__(self) -> None:
        self._subscribers: dict[type, list[tuple[int, int, Handler]]] = {}
        self._count = 0

    def subscribe(self, kinds: type[E] | tuple[type, ...], handler: Callable[[Work, E], Awaitable[None]], order: int = 50) -> None:
        """Call `handler(work, event)` for every event of `kinds`; lower `order` first."""
        for kind in kinds if isinstance(kinds, tuple) else (kinds,):
            self._count += 1
            listed = self._subscribers.setdefault(kind, [])
            listed.append((order, self._count, handler))
            listed.sort(key=lambda entry: entry[:2])

    def subscribers(self, kind: type) -> list[Handler]:
        return [handler for _, _, handler in self._subscribers.get(kind, [])]

    async def emit(self, work: Work, event: object) -> None:
        """Run the subscribers of `type(event)`; one that raises fails the unit of work (nothing commits)."""
        for handler in self.subscribers(type(event)):
            await handler(work, event)
