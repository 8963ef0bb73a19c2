"""Who may act on which complaint: one rule, whichever entry point asked.

- `[staff] user_ids`: everything, everywhere.
- A room's moderators (its administrators, including one posting anonymously as the group):
  their own room's complaints, from the room, a private chat or a staff group.
- Members of a department's staff group: the complaints routed or assigned to that department
  (and handing them to another configured department), from that group or a private chat.
- Anyone else: nothing.

Telegram is asked what a person is (administrator, staff-group member) before a unit of work
opens its transaction (bot.work); the answers are `Grants`. The decision itself, `may_act`,
is pure and is made on the complaint as locked in the transaction, so it holds even when the
complaint moved to another department in the meantime.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Message

if TYPE_CHECKING:
    from bot.features.departments import Departments
    from bot.runtime import Runtime


class Place(StrEnum):
    """Where someone asked: the event's `source` too."""

    ROOM = "room"
    PRIVATE = "private"
    DEPARTMENT = "department"


@dataclass(frozen=True)
class Grants:
    """What Telegram said about one person, as far as it was asked."""

    everything: bool = False  # [staff] user_ids
    rooms: frozenset[int] = frozenset()  # chat ids of the rooms they moderate
    departments: frozenset[str] = frozenset()  # departments whose staff group they are in

    @property
    def anything(self) -> bool:
        return self.everything or bool(self.rooms) or bool(self.departments)

    def over_room(self, chat_id: int) -> bool:
        """Everything in that room: staff, or one of its moderators."""
        return self.everything or chat_id in self.rooms


NOBODY = Grants()


def may_act(grants: Grants, room_chat_id: int, department: str | None) -> bool:
    """The one rule: staff on everything, moderators on their room, a department's staff on its complaints.

    `department` is the configured department handling the complaint (assigned, else its
    category's; None when no configured department has it).
    """
    return grants.over_room(room_chat_id) or (department is not None and department in grants.departments)


@dataclass(frozen=True)
class Asker:
    """Who asked, and where."""

    user_id: int
    chat_id: int
    place: Place
    as_group: bool = False  # an administrator posting anonymously as the chat itself
    department: str | None = None  # the staff group's department, when asked there

    @classmethod
    def of_message(cls, message: Message, desks: Departments) -> Asker | None:
        """The asker of a command or a card reply; None for a channel speaking in a group."""
        chat = message.chat
        as_group = message.sender_chat is not None and message.sender_chat.id == chat.id
        if (message.sender_chat is not None and not as_group) or message.from_user is None:
            return None  # a channel: nobody's authority
        return cls._at(message.from_user.id, chat.id, chat.type, desks, as_group)

    @classmethod
    def of_query(cls, query: CallbackQuery, desks: Departments) -> Asker | None:
        """The presser of a button, where the button's message is."""
        if query.from_user is None or query.message is None:
            return None
        chat = query.message.chat
        return cls._at(query.from_user.id, chat.id, chat.type, desks, False)

    @classmethod
    def _at(cls, user_id: int, chat_id: int, chat_type: str, desks: Departments, as_group: bool) -> Asker:
        if chat_type == "private":
            return cls(user_id, chat_id, Place.PRIVATE)
        if chat_id in desks.staff_chats:  # a department's group, or the supervisors' (no department of its own)
            department = desks.by_chat.get(chat_id)
            return cls(user_id, chat_id, Place.DEPARTMENT, as_group, department.name if department is not None else None)
        return cls(user_id, chat_id, Place.ROOM, as_group)


class Authority:
    """Asks Telegram (through the cached bot.moderators) what a person may do."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def grants(self, asker: Asker, rooms: Iterable[int] = (), all_departments: bool = False) -> Grants:
        """The person's authority over `rooms` (chat ids) and, depending on where they asked, departments.

        In a room: that room only, if they moderate it. In a staff group: its department, if they
        are in the group, and the rooms they moderate. In a private chat: the rooms they
        moderate and, with `all_departments`, every department whose group they are in.
        """
        moderators = self.runtime.moderators
        if asker.user_id in moderators.staff_ids:
            return Grants(everything=True)
        rooms = list(dict.fromkeys(rooms))
        if asker.place is Place.ROOM:
            moderates = asker.chat_id in rooms and (asker.as_group or await moderators.is_moderator(asker.chat_id, asker.user_id))
            return Grants(rooms=frozenset({asker.chat_id}) if moderates else frozenset())
        moderated = frozenset([r for r in rooms if not asker.as_group and await moderators.is_moderator(r, asker.user_id)])
        departments: frozenset[str] = frozenset()
        if asker.place is Place.DEPARTMENT and asker.department is not None:
            if asker.as_group or await moderators.is_member(asker.chat_id, asker.user_id):
                departments = frozenset({asker.department})
        elif asker.place is Place.PRIVATE and all_departments and not (rooms and moderated == frozenset(rooms)):
            # (a moderator of every room asked about needs no department on top)
            departments = await self.departments_of(asker.user_id)
        return Grants(rooms=moderated, departments=departments)

    async def departments_of(self, user_id: int) -> frozenset[str]:
        """Every configured department whose staff group the person is in (asked at once, cached)."""
        by_name = self.runtime.departments.by_name
        names = list(by_name)
        answers = await asyncio.gather(*(self.runtime.moderators.is_member(by_name[name].chat_id, user_id) for name in names))
        return frozenset(name for name, member in zip(names, answers, strict=True) if member)
