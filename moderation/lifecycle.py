"""The complaint lifecycle: which change is allowed from which state, and why not.

received (접수) -> assigned (배정) -> in_progress (처리 중) -> resolved (완료),
plus rejected (반려), duplicate (중복, merged into another) and reopen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from moderation.catalogue import text


class Status(StrEnum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    WITHDRAWN = "withdrawn"  # "not a complaint": pressed by its author or a moderator


class Change(StrEnum):
    ASSIGN = "assign"
    PROGRESS = "progress"
    RESOLVE = "resolve"
    REJECT = "reject"
    MERGE = "merge"
    REOPEN = "reopen"
    WITHDRAW = "withdraw"


# The one place the states are sorted: everything else (storage queries, the board, statistics,
# department cards, the console, Open311) reads these sets, so a new state is added here.
OPEN = frozenset({Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS})
CLOSED = frozenset({Status.RESOLVED, Status.REJECTED, Status.DUPLICATE, Status.WITHDRAWN})
# "Not a complaint": erased, and left out of lists and statistics unless asked for by name.
GONE = frozenset({Status.WITHDRAWN})
# Closed with an answer: what "closed" means in lists, filters and Open311.
SETTLED = CLOSED - GONE
# Moves out of `received` that do not count as a first response.
NOT_A_RESPONSE = frozenset({Status.RECEIVED}) | GONE


def values(states: frozenset[Status]) -> tuple[str, ...]:
    """The stored values of `states`, in the lifecycle's order (the order of `Status`)."""
    return tuple(s.value for s in Status if s in states)


ORDER: tuple[Status, ...] = tuple(Status)  # the order lists and statistics show states in
OPEN_ORDER: tuple[Status, ...] = tuple(s for s in ORDER if s in OPEN)  # the board's groups

# (from, change) -> the states it passes through, the last one is where it ends.
# Reassigning an item in progress sends it back to "assigned": the new department
# has not started yet. A progress note on a received complaint is somebody starting
# on it: it is accepted on the way (for the department it is routed to, as /assign
# would), then in progress.
_ALLOWED: dict[tuple[Status, Change], tuple[Status, ...]] = {
    **{(s, Change.ASSIGN): (Status.ASSIGNED,) for s in OPEN},
    (Status.RECEIVED, Change.PROGRESS): (Status.ASSIGNED, Status.IN_PROGRESS),
    (Status.ASSIGNED, Change.PROGRESS): (Status.IN_PROGRESS,),
    (Status.IN_PROGRESS, Change.PROGRESS): (Status.IN_PROGRESS,),  # a further progress note
    **{(s, Change.RESOLVE): (Status.RESOLVED,) for s in OPEN},
    **{(s, Change.REJECT): (Status.REJECTED,) for s in OPEN},
    **{(s, Change.MERGE): (Status.DUPLICATE,) for s in OPEN},
    **{(s, Change.WITHDRAW): (Status.WITHDRAWN,) for s in OPEN},
    **{(s, Change.REOPEN): (Status.RECEIVED,) for s in CLOSED},
}


@dataclass(frozen=True)
class Refusal:
    """Why a change is not allowed: a catalogue text and its values, shown to the person who asked."""

    key: str
    number: int
    state: Status

    def text(self, language: str) -> str:
        return text(self.key, language, number=self.number, state=label(self.state, language))

    @property
    def ko(self) -> str:
        return self.text("ko")

    @property
    def en(self) -> str:
        return self.text("en")


class InvalidTransition(ValueError):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.en)
        self.refusal = refusal


def label(status: Status, language: str = "ko") -> str:
    return text(f"state_{status.value}", language)


def steps(current: Status, change: Change, number: int) -> tuple[Status, ...]:
    """The states `change` passes through, in order (the last is where it ends), or
    InvalidTransition saying why it cannot happen."""
    path = _ALLOWED.get((current, change))
    if path is not None:
        return path
    raise InvalidTransition(_refusal(current, change, number))


def next_status(current: Status, change: Change, number: int) -> Status:
    """The state after `change`, or InvalidTransition saying why it cannot happen."""
    return steps(current, change, number)[-1]


def _refusal(current: Status, change: Change, number: int) -> Refusal:
    return Refusal("refusal_still_open" if change is Change.REOPEN else "refusal_closed", number, current)
