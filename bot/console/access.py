"""Who may see and do what in the console: the same authority as the chat commands.

- `[staff] user_ids`: everything, everywhere.
- A room's moderators (its Telegram administrators, `runtime.moderators`): that
  room's complaints, its moderation log and settings.
- Members of a department's staff group (getChatMember on the group, cached):
  the complaints routed to that department (assigned to it, or unassigned with a
  category routed to it, as bot.features.departments routes them), including
  handing them to another configured department; nothing else.

The complaint rule itself is bot.authority.may_act, the one every entry point uses;
membership of a staff group is asked through runtime.moderators.is_member (cached).

Roles are read from Telegram once per `[console] roles_cache_seconds` (`Roles`),
then every decision is the pure `may(user, action, target)`, and every list is
filtered by the same rule in SQL (`Staffer.scope`, storage.console.Scope).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.authority import Grants, may_act
from storage import rooms
from storage.console import Scope
from storage.models import Complaint, Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

MAX_DEPARTMENT = 64  # the column's width (bot.features.progress.MAX_DEPARTMENT)


class Action(StrEnum):
    VIEW = "view"  # a complaint's details and photos, or a room's pages
    ASSIGN = "assign"
    PROGRESS = "progress"
    RESOLVE = "resolve"
    REJECT = "reject"
    REOPEN = "reopen"
    MERGE = "merge"
    MODLOG = "modlog"  # a room's moderation log
    SETTINGS = "settings"  # a room's rules, greeting and public page


COMPLAINT_ACTIONS = frozenset({Action.VIEW, Action.ASSIGN, Action.PROGRESS, Action.RESOLVE, Action.REJECT, Action.REOPEN, Action.MERGE})
ROOM_ACTIONS = frozenset({Action.VIEW, Action.MODLOG, Action.SETTINGS})


@dataclass(frozen=True)
class Routing:
    """The configured departments and the categories routed to each."""

    names: frozenset[str] = frozenset()
    by_category: Mapping[str, str] = field(default_factory=dict)

    def department_of(self, complaint: Complaint) -> str | None:
        """The configured department handling a complaint (bot.features.departments.Departments.of)."""
        if complaint.department is not None:
            return complaint.department if complaint.department in self.names else None
        return self.by_category.get(complaint.category)


@dataclass(frozen=True)
class Staffer:
    """A logged-in person's roles. `user_id` lives in memory and in the encrypted cookie only."""

    user_id: int
    staff: bool = False
    room_ids: frozenset[int] = frozenset()  # rooms (storage ids) they moderate
    departments: frozenset[str] = frozenset()  # staff groups they are in
    routing: Routing = Routing()

    def grants_in(self, room: Room) -> Grants:
        """Their authority as bot.authority states it, for a change in `room` (rooms by chat id there)."""
        moderates = frozenset({room.chat_id}) if room.id in self.room_ids else frozenset()
        return Grants(everything=self.staff, rooms=moderates, departments=self.departments)

    @property
    def has_role(self) -> bool:
        return self.staff or bool(self.room_ids) or bool(self.departments)

    @property
    def scope(self) -> Scope:
        """The complaints they may see, for SQL: exactly those `may(VIEW)` allows."""
        if self.staff:
            return Scope(everything=True)
        categories = frozenset(c for c, name in self.routing.by_category.items() if name in self.departments)
        return Scope(room_ids=self.room_ids, departments=self.departments, categories=categories)


def may(user: Staffer, action: Action, target: Complaint | Room) -> bool:
    """Whether `user` may do `action` on a complaint or a room (complaints: bot.authority's one rule)."""
    if user.staff:
        return True
    if isinstance(target, Room):
        return action in ROOM_ACTIONS and target.id in user.room_ids
    if action not in COMPLAINT_ACTIONS:
        return False
    # Rooms by storage id here: `may_act` only compares the room against the grants' rooms.
    grants = Grants(rooms=user.room_ids, departments=user.departments)
    return may_act(grants, target.room_id, user.routing.department_of(target))


def may_hand_to(user: Staffer, complaint: Complaint, department: str) -> bool:
    """Whether `user` may assign `complaint` to `department` (`may(ASSIGN)` is checked too).

    Moderators of its room and staff name any department, as with /assign; a
    staff group's members hand complaints only to a configured department.
    """
    if not valid_department(department) or not may(user, Action.ASSIGN, complaint):
        return False
    return user.staff or complaint.room_id in user.room_ids or department in user.routing.names


def valid_department(name: str) -> bool:
    """A department is a name like "도로과", never someone's account: residents read it (as /assign checks)."""
    return bool(name) and len(name) <= MAX_DEPARTMENT and "\n" not in name and "\r" not in name and not name.startswith("@")


class Roles:
    """Reads someone's roles from Telegram and remembers them for a while."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        settings = runtime.settings
        self.cache_seconds = settings.console.roles_cache_seconds
        self.staff_ids = frozenset(settings.staff.user_ids)
        self.groups = {name: table.chat_id for name, table in settings.departments.items()}
        self.routing = Routing(
            names=frozenset(settings.departments),
            by_category={category: name for name, table in settings.departments.items() for category in table.categories},
        )
        self._known: dict[int, tuple[float, Staffer]] = {}

    async def of(self, user_id: int) -> Staffer:
        """Their roles now (cached). Telegram is asked before any transaction opens (see bot.work)."""
        cached = self._known.get(user_id)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        staffer = await self._read(user_id)
        self._known[user_id] = (time.monotonic() + self.cache_seconds, staffer)
        return staffer

    def forget(self, user_id: int) -> None:
        self._known.pop(user_id, None)

    async def _read(self, user_id: int) -> Staffer:
        if user_id in self.staff_ids:
            return Staffer(user_id, staff=True, routing=self.routing)
        async with self.runtime.db.session() as session:  # a short read, closed before asking Telegram
            known = [(room.id, room.chat_id) for room in await rooms.all_rooms(session)]
        moderators = self.runtime.moderators
        staff_chats = self.runtime.departments.staff_chats
        checks = await asyncio.gather(*(moderators.is_moderator(chat_id, user_id) for _, chat_id in known if chat_id not in staff_chats))
        rooms_of = [room_id for (room_id, chat_id) in known if chat_id not in staff_chats]
        moderated = frozenset(room_id for room_id, yes in zip(rooms_of, checks, strict=True) if yes and room_id is not None)
        memberships = await asyncio.gather(*(moderators.is_member(chat_id, user_id) for chat_id in self.groups.values()))
        departments = frozenset(name for name, yes in zip(self.groups, memberships, strict=True) if yes)
        return Staffer(user_id, room_ids=moderated, departments=departments, routing=self.routing)
