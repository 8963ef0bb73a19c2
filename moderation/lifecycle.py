"""The complaint lifecycle: which change is allowed from which state, and why not.

received (접수) -> assigned (배정) -> in_progress (처리 중) -> resolved (완료),
plus rejected (반려), duplicate (중복, merged into another) and reopen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from moderation.particles import attach


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

STATUS_LABEL = {
    Status.RECEIVED: ("접수", "received"),
    Status.ASSIGNED: ("배정", "assigned"),
    Status.IN_PROGRESS: ("처리 중", "in progress"),
    Status.RESOLVED: ("완료", "resolved"),
    Status.REJECTED: ("반려", "rejected"),
    Status.DUPLICATE: ("중복", "duplicate"),
    Status.WITHDRAWN: ("취소", "withdrawn"),
}

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
    """Why a change is not allowed, in the words shown to the person who asked."""

    ko: str
    en: str

    def text(self, language: str) -> str:
        return self.en if language == "en" else self.ko


class InvalidTransition(ValueError):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.en)
        self.refusal = refusal


def label(status: Status, language: str = "ko") -> str:
    ko, en = STATUS_LABEL[status]
    return en if language == "en" else ko


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
    state_ko, state_en = STATUS_LABEL[current]
    subject = attach(f"#{number}", "은")
    if change is Change.REOPEN:
        return Refusal(f"{subject} 아직 열려 있는 민원입니다 ({state_ko}).", f"#{number} is still open ({state_en}).")
    return Refusal(
        f"{subject} 이미 '{state_ko}' 상태라 바꿀 수 없습니다. 다시 열려면 /reopen {number}",
        f"#{number} is already {state_en} and cannot change. To reopen: /reopen {number}",
    )
