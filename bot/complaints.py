"""The complaint service: the one door every change of a complaint's state goes through.

Room and private commands, department buttons and card replies, the "not a complaint"
button, merges, the staff console and Open311 filings all call this module. It checks
authority and the transition (moderation.lifecycle), stores the status event (storage),
and emits a domain event (bot.events). What follows a change subscribes to its event
instead of being called from each feature: the announcement in the room and to the
followers, the board (bot.features.progress), the department's card
(bot.features.departments) and the deadlines (bot.features.deadlines).

Adding a state is a change in moderation/lifecycle.py (and its label); a new reaction to
a change is one `runtime.events.subscribe(...)` in the reacting feature.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.authority import Grants, may_act
from bot.events import Events
from bot.texts import text
from bot.work import Work
from moderation.lifecycle import Change, InvalidTransition, Status, steps
from storage import complaints
from storage.models import Complaint, ComplaintEvent, Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)


class Refused(Exception):
    """A change that cannot be made; `message` is what the person who asked reads."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# -- domain events ---------------------------------------------------------------------------
# Carried within the unit of work that made the change; the rows are the ones it holds.


@dataclass(frozen=True)
class ComplaintFiled:
    """A new complaint (status received)."""

    room: Room
    complaint: Complaint


@dataclass(frozen=True)
class StatusChanged:
    """A command, a button, a card reply or the console changed the state (the event is stored)."""

    room: Room
    complaint: Complaint
    change: Change
    event: ComplaintEvent
    note: str  # what residents read with the announcement ("" for an assignment)
    audience: tuple[int, ...]  # the followers before the change (a closing change drops them)


@dataclass(frozen=True)
class Withdrawn:
    """"Not a complaint": withdrawn by its author or a moderator, and what was said erased."""

    room: Room
    complaint: Complaint
    role: str  # "author" | "moderator"


@dataclass(frozen=True)
class Merged:
    """`duplicate` became a duplicate of `into`; its supporters and followers moved there."""

    room: Room
    duplicate: Complaint
    into: Complaint
    audience: tuple[int, ...]  # the duplicate's followers, read before the merge moved them


# Any event after which a complaint's state differs: the board, the card and the deadlines follow these.
CHANGED = (StatusChanged, Withdrawn, Merged)


class Order(IntEnum):
    """The order subscribers run in, where it matters."""

    ANNOUNCE = 10  # the room reads the change first
    BOARD = 20
    PROMISE = 30  # a new complaint's deadlines: before its card, which shows them
    CARD = 40
    DEADLINES = 50  # settled after the card is drawn (it shows the promise it kept)


def complaint_of(event: ComplaintFiled | StatusChanged | Withdrawn | Merged) -> Complaint:
    """The complaint whose state the event is about (a merge: the duplicate)."""
    return event.duplicate if isinstance(event, Merged) else event.complaint


# -- the service -------------------------------------------------------------------------------


class ComplaintService:
    def __init__(self, runtime: Runtime, events: Events) -> None:
        self.runtime = runtime
        self.events = events

    async def filed(self, work: Work, room: Room, complaint: Complaint) -> None:
        """A complaint was just filed (storage.complaints.file): everything that follows a new one."""
        await self.events.emit(work, ComplaintFiled(room, complaint))

    async def change(
        self,
        work: Work,
        room: Room,
        number: int,
        change: Change,
        *,
        actor: str,
        grants: Grants,
        note: str = "",
        source: str = "room",
        department: str | None = None,
    ) -> tuple[Complaint, ComplaintEvent]:
        """Make one change of complaint #number in `room`, or raise Refused (nothing changes).

        Every entry point comes through here with what Telegram said about the person
        (`grants`, bot.authority); the one rule is applied to the complaint as locked now.
        """
        session = await work.session()
        language = room.language
        complaint = await complaints.locked(session, room.id, number)  # type: ignore[arg-type]
        if complaint is None:
            raise Refused(text("progress_unknown", language, number=number))
        departments = self.runtime.departments
        if not may_act(grants, room.chat_id, departments.name_of(complaint)):
            raise Refused(text("authority_not_yours", language, number=number))
        if change is Change.ASSIGN and not grants.over_room(room.chat_id) and department not in departments.by_name:
            # a department's staff hand over to a department with a group, never into the void
            raise Refused(text("authority_assign_configured", language, departments=", ".join(departments.by_name)[:300]))
        if change is Change.REOPEN and complaint.status == Status.WITHDRAWN:
            raise Refused(text("progress_withdrawn_gone", language, number=number))
        try:
            path = steps(Status(complaint.status), change, number)
        except InvalidTransition as exc:
            raise Refused(exc.refusal.text(language)) from None
        target = path[-1]
        if len(path) > 1:  # a progress note on a received complaint accepts it on the way
            await self._accept_on_the_way(session, complaint, actor, source, department)
        extra: dict = {}
        if change is Change.ASSIGN:
            extra["department"] = department
        elif source == "department" and complaint.department is None and change is not Change.REOPEN:
            extra["department"] = department  # a department that acts unassigned takes it on
        elif change is Change.REOPEN:
            extra["department"] = None  # reopened: to be assigned again
            complaint.duplicate_of = None  # a reopened duplicate stands on its own again
        event_note = department if change is Change.ASSIGN else note
        # the followers before a closing change drops them
        audience = await complaints.followers(session, complaint.id)  # type: ignore[arg-type]
        event = await complaints.set_status(session, complaint, target.value, actor, event_note or "", source=source, **extra)
        log.info("room %s: #%d %s -> %s (%s)", room.id, complaint.number, event.from_status, target.value, source)
        shown = "" if change is Change.ASSIGN else note
        await self.events.emit(work, StatusChanged(room, complaint, change, event, shown, tuple(audience)))
        return complaint, event

    async def _accept_on_the_way(
        self, session: AsyncSession, complaint: Complaint, actor: str, source: str, department: str | None
    ) -> None:
        """Accept a received complaint, as /assign would, for the department acting on it (a
        department's group) or else the one it is routed to. With no department to accept it for,
        it goes straight on to in progress, and residents read "담당자"."""
        if source != "department":
            routed = self.runtime.departments.of(complaint)
            department = routed.name if routed is not None else None
        if department:
            await complaints.set_status(session, complaint, Status.ASSIGNED.value, actor, department, source=source, department=department)

    async def withdraw(self, work: Work, room: Room, complaint: Complaint, actor: str, role: str, source: str = "room") -> ComplaintEvent:
        """"Not a complaint": withdraw a complaint the caller holds (storage.complaints.locked_by_id)
        and erase what was said, or raise Refused when the lifecycle does not allow it now."""
        try:
            steps(Status(complaint.status), Change.WITHDRAW, complaint.number)
        except InvalidTransition as exc:
            raise Refused(exc.refusal.text(room.language)) from None
        session = await work.session()
        event = await complaints.withdraw(session, complaint, actor, f"not a complaint ({role})", source=source)
        log.info("room %s: #%d withdrawn as not a complaint by the %s", room.id, complaint.number, role)
        await self.events.emit(work, Withdrawn(room, complaint, role))
        return event

    async def merge(self, work: Work, room: Room, number: int, into: int, actor: str, origin: str = "room") -> tuple[Complaint, Complaint]:
        """#number becomes a duplicate of #into (both open, else Refused); returns (duplicate, kept).

        Callers judge authority on the rows they lock first (the lower number first, as
        storage.complaints.merge does, so two merges cannot deadlock).
        """
        session = await work.session()
        found = await complaints.by_number(session, room.id, number)  # type: ignore[arg-type]
        # the duplicate's followers, before the merge moves them
        audience = await complaints.followers(session, found.id) if found is not None else []  # type: ignore[arg-type]
        try:
            duplicate, kept = await complaints.merge(session, room.id, number, into, actor, origin=origin)  # type: ignore[arg-type]
        except complaints.MergeError as exc:
            key = {"unknown": "merge_unknown", "closed": "merge_closed"}.get(exc.reason, "usage_merge")
            raise Refused(text(key, room.language, number=exc.number)) from None
        await self.events.emit(work, Merged(room, duplicate, kept, tuple(audience)))
        return duplicate, kept
