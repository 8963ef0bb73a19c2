"""What the console changes, through the same doors as the chat commands — the one module that calls them.

A complaint changes through the complaint service (`runtime.complaints`, bot.complaints: changes
and merges, as the commands do), inside one unit of work (`Runtime.perform`): the
room reads the same announcement, the board, the department's card and the deadlines
follow, and the event's actor is the staffer's pseudonym in that room, its source
"console". Authority is checked inside the same transaction, on the row it changes.
A room's texts change through the storage call /setrules and /setgreeting use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.console.access import Action, Staffer, may, may_hand_to
from bot.features.progress import MAX_NOTE, Refused
from bot.texts import text
from bot.work import Work
from moderation.lifecycle import Change, Status, label
from storage import complaints, console, rooms
from storage.models import Complaint, Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

SOURCE = "console"
CHANGES = {
    Action.ASSIGN: Change.ASSIGN,
    Action.PROGRESS: Change.PROGRESS,
    Action.RESOLVE: Change.RESOLVE,
    Action.REJECT: Change.REJECT,
    Action.REOPEN: Change.REOPEN,
}
NOTE_REQUIRED = frozenset({Action.PROGRESS, Action.REJECT})
MAX_ROOM_TEXT = 3000  # as bot.features.guide.MAX_TEXT


class Denied(Exception):
    """Not within the staffer's authority (or no such record): nothing changes."""


class Invalid(Exception):
    """A malformed request: nothing changes; `key` names the console's message."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Done:
    """A change made: what the staffer reads afterwards."""

    number: int
    status: str  # the status label in the room's language
    merged_into: int | None = None
    visible: bool = True  # False when the change took it out of the staffer's reach (handed to another department)


def check_change(action: Action, note: str, department: str, into: int | None) -> None:
    """Refuse a malformed change before any transaction (raises Invalid)."""
    if action not in CHANGES and action is not Action.MERGE:
        raise Invalid("bad_action")
    if len(note) > MAX_NOTE:
        raise Invalid("note_too_long")
    if action in NOTE_REQUIRED and not note:
        raise Invalid("note_required")
    if action is Action.ASSIGN and not department:
        raise Invalid("department_required")
    if action is Action.MERGE and into is None:
        raise Invalid("merge_target_required")


async def change(
    runtime: Runtime, user: Staffer, complaint_id: int, action: Action, *, note: str = "", department: str = "", into: int | None = None
) -> Done:
    """Make one change; raises Denied, Invalid or Refused (the lifecycle's reason) and changes nothing then."""
    check_change(action, note, department, into)

    async def job(work: Work) -> Done:
        session = await work.session()
        found = await console.find(session, complaint_id)
        if found is None:
            raise Denied()
        complaint, room = found
        # Locked and read afresh: authority is judged on the row as it is changed (it may have moved department).
        current = await complaints.locked(session, room.id, complaint.number)  # type: ignore[arg-type]
        if current is None or not may(user, action, current):
            raise Denied()
        actor = runtime.progress.actor_key(room, user.user_id)
        if action is Action.MERGE:
            return await _merge(work, runtime, user, room, current, into, actor)  # type: ignore[arg-type]
        if action is Action.ASSIGN and not may_hand_to(user, current, department):
            raise Denied()
        changed, event = await runtime.complaints.change(
            work,
            room,
            current.number,
            CHANGES[action],
            actor=actor,
            note="" if action is Action.ASSIGN else note,
            grants=user.grants_in(room),
            source=SOURCE,
            department=department if action is Action.ASSIGN else None,
        )
        return Done(changed.number, label(Status(event.status), room.language), visible=may(user, Action.VIEW, changed))

    return await runtime.perform(job)


async def _merge(work: Work, runtime: Runtime, user: Staffer, room: Room, source: Complaint, into: int, actor: str) -> Done:
    session = await work.session()
    target = await complaints.locked(session, room.id, into)  # type: ignore[arg-type]
    if target is None:
        raise Refused(text("merge_unknown", room.language, number=into))
    if not may(user, Action.MERGE, target):
        raise Denied()
    merged, kept = await runtime.complaints.merge(work, room, source.number, into, actor, origin=SOURCE)
    return Done(merged.number, label(Status.DUPLICATE, room.language), merged_into=kept.number)


@dataclass(frozen=True)
class RoomTexts:
    rules_ko: str
    rules_en: str
    greeting_ko: str
    greeting_en: str
    public: bool


async def save_settings(runtime: Runtime, user: Staffer, room_id: int, texts: RoomTexts) -> None:
    """A room's rules and greeting (empty: the configured or built-in text) and its public page."""
    for body in (texts.rules_ko, texts.rules_en, texts.greeting_ko, texts.greeting_en):
        if len(body) > MAX_ROOM_TEXT:
            raise Invalid("text_too_long")

    async def job(work: Work) -> None:
        session = await work.session()
        room = await rooms.get(session, room_id)
        if room is None or not may(user, Action.SETTINGS, room):
            raise Denied()
        for kind, language, body in (
            ("rules", "ko", texts.rules_ko),
            ("rules", "en", texts.rules_en),
            ("greeting", "ko", texts.greeting_ko),
            ("greeting", "en", texts.greeting_en),
        ):
            await rooms.set_text(session, room, kind, language, body or None)
        if runtime.settings.console.public_page:
            await console.set_public_board(session, room_id, texts.public, runtime.progress.actor_key(room, user.user_id))

    await runtime.perform(job)
