"""Live progress: complaints move received -> assigned -> in_progress -> resolved (or rejected,
duplicate, reopened), and the room sees each step.

The commands here change a complaint through the complaint service (bot.complaints),
the one door of every entry point (a command in the room, the same command in a
private chat naming the room, department buttons, the console). This module
subscribes to its events: it announces a change as a reply under the original
complaint, tells the followers privately, and marks the room's pinned board for a
redraw. The redraw is durable time (rooms.board_due_at), coalesced so a burst of
changes makes one edit.

Residents never see who acted: the department when there is one, else "담당자".
The event stores the moderator's pseudonym.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from bot.authority import NOBODY, Asker, Authority, Grants, Place, may_act
from bot.buttons import always_answered, answer
from bot.complaints import CHANGED, ComplaintFiled, Merged, Order, Refused, StatusChanged, Withdrawn
from bot.courier import sent_message_id
from bot.durable import DurableTimer
from bot import board_ages
from bot.clock import local_time
from bot.effects import DeleteMessage, EditMessageText, PinChatMessage, ReplyTo, SendMessage
from bot.features.access import command, language_of, runtime_of
from bot.replies import command_argument, reply_to
from bot.texts import category_label, kind_label, text
from bot.work import Work, current_work, queue
from moderation.board import BoardItem, format_age, render_board
from moderation.lifecycle import Change, Status, label
from moderation.pseudonym import pseudonym
from storage import complaints, outbox, rooms
from storage.models import Complaint, ComplaintEvent, OutboxMessage, Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

MAX_DEPARTMENT = 64  # the column's width
MAX_NOTE = 1000
MAX_ROOMS_CHECKED = 50  # rooms asked about when a private command names none
BOARD_ITEMS = 300  # the board shows what fits (render_board cuts at Telegram's limit)
BOARD_LANDING_SECONDS = 2.0  # how soon a redraw waiting for its board to be sent looks again
_PAGE_CALLBACK = re.compile(r"^pg:([0-9]{1,9}):([0-9]{1,4})$")


def register(application: Application) -> None:
    for name, handler in (
        ("assign", on_assign),
        ("progress", on_progress),
        ("resolve", on_resolve),
        ("reject", on_reject),
        ("reopen", on_reopen),
        ("merge", on_merge),
        ("status", on_status),
        ("complaints", on_complaints),
    ):
        application.add_handler(command(name, handler))
    application.add_handler(CallbackQueryHandler(always_answered(on_page), pattern=r"^pg:"))


def number_of(argument: str) -> int | None:
    """"3" or "#3" -> 3; anything else None."""
    argument = argument.strip().lstrip("#")
    if not argument.isascii() or not argument.isdigit() or len(argument) > 9:
        return None
    value = int(argument)
    return value if value > 0 else None


class AmbiguousRoom(ValueError):
    """More than one room selector, or something that starts like one but is not ("@2,", "@2번")."""


_ROOM_SELECTOR = re.compile(r"@([0-9]+)")
_TOKEN = re.compile(r"\S+")


def split_room(argument: str) -> tuple[int | None, str]:
    """The room a command names, and its argument without the selector.

    The rule (README, Commands): one `@N` token, N the room number /complaints shows,
    anywhere among the arguments, names the room and is not part of the note. A token that
    starts like one ("@" then a digit) but is not exactly one, or a second one, makes the
    command ambiguous: AmbiguousRoom, and the caller answers with the usage line. A note
    keeps its line breaks.
    """
    found: list[tuple[int, int, int]] = []
    for token in _TOKEN.finditer(argument):
        folded = unicodedata.normalize("NFKC", token.group())  # "＠２" is "@2"
        if len(folded) < 2 or folded[0] != "@" or not folded[1].isdigit():
            continue
        match = _ROOM_SELECTOR.fullmatch(folded)
        if match is None:
            raise AmbiguousRoom(token.group())
        found.append((int(match.group(1)), token.start(), token.end()))
    if not found:
        return None, argument.strip()
    if len(found) > 1:
        raise AmbiguousRoom(argument)
    room, start, end = found[0]
    head, tail = argument[:start].rstrip(), argument[end:].lstrip()
    return room, f"{head} {tail}".strip() if head and tail else (head or tail).strip()


def shown_actor(complaint: Complaint, language: str) -> str:
    """Who acted, as residents read it: the department, never a person."""
    return complaint.department or text("staff_label", language)


def summary_of(complaint: Complaint, language: str) -> str:
    category = category_label(complaint.category, language)
    return f"{category} · {complaint.place}" if complaint.place else category


def _note_line(note: str) -> str:
    return f"{note}\n" if note else ""


# -- the change -------------------------------------------------------------------------


class Progress:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.progress
        self.authority = Authority(runtime)
        self._swept_followers = False
        # rooms.board_due_at: a burst of changes makes one redraw, claimed once (claim_board)
        self.timer = DurableTimer(runtime, "board", rooms.due_boards, self._redraw)
        self.durable_timers = (self.timer,)
        events = runtime.events
        events.subscribe(StatusChanged, self._announce_change, Order.ANNOUNCE)
        events.subscribe(Merged, self._announce_merge, Order.ANNOUNCE)
        events.subscribe((ComplaintFiled, *CHANGED), self._redraw_later, Order.BOARD)

    def actor_key(self, room: Room, user_id: int) -> str:
        return pseudonym(self.runtime.settings.privacy.pseudonym_secret, room.chat_id, user_id)

    # -- what follows a change (bot.complaints emits it) ---------------------------------

    async def _announce_change(self, work: Work, event: StatusChanged) -> None:
        language = event.room.language
        status = label(Status(event.event.status), language)
        if event.change is Change.REOPEN:
            status = f"{status} ({text('progress_reopened', language)})"
        await self.announce(work, event.room, event.complaint, status, event.note, list(event.audience))

    async def _announce_merge(self, work: Work, event: Merged) -> None:
        """The duplicate's announcement, to its followers as they were before the merge moved them."""
        language = event.room.language
        note = text("progress_merged_note", language, into=event.into.number)
        await self.announce(work, event.room, event.duplicate, label(Status.DUPLICATE, language), note, list(event.audience))

    async def _redraw_later(self, work: Work, event: ComplaintFiled | StatusChanged | Withdrawn | Merged) -> None:
        await self.mark_board(work, event.room)

    async def announce(self, work: Work, room: Room, complaint: Complaint, status: str, note: str, audience: list[int]) -> None:
        """The change as a reply under the original complaint, and privately to `audience` (its followers before the change)."""
        language = room.language
        values = {
            "kind": kind_label(complaint.kind, language),
            "number": complaint.number,
            "status": status,
            "actor": shown_actor(complaint, language),
        }
        body = text("progress_announce", language, note=_note_line(note), **values)
        reply = ReplyTo(complaint.message_id) if complaint.message_id else None
        await work.do(SendMessage(room.chat_id, body, message_thread_id=complaint.thread_id, reply_parameters=reply), room_id=room.id)
        private = text("progress_private", language, room=room.title or text("room_untitled"), note=_note_line(note), **values)
        for user_id in audience:
            # Telegram refuses people who never started the bot or blocked it: the courier drops those.
            # A closing change was the last message they asked for: storage dropped their ids already.
            await work.do(SendMessage(user_id, private))

    # -- the board ----------------------------------------------------------------------

    async def mark_board(self, work: Work, room: Room) -> None:
        """Redraw the room's board a little later (one edit for a burst of changes)."""
        if not self.settings.board:
            return
        session = await work.session()
        due = await rooms.mark_board(session, room, utcnow(), self.settings.board_delay_seconds)
        self.timer.arm_after_commit(work, room.id, due)  # type: ignore[arg-type]

    async def fire(self, room_id: int) -> None:
        """Redraw the room's board if it is due (what its timer does)."""
        await self.timer.fire(room_id)

    async def sweep(self) -> None:
        """Before the board timer's reconcile: boards whose ages went stale come due now."""
        now = utcnow()
        if not self._swept_followers:
            # Ids a version before this one could leave on closed complaints: dropped once per start.
            async with self.runtime.db.session() as session:
                dropped = await complaints.forget_followers_of_closed(session)
            if dropped:
                log.info("dropped %d follower ids kept on complaints that are no longer open", dropped)
            self._swept_followers = True
        async with self.runtime.db.session() as session:
            if self.settings.board:
                stale = await rooms.stale_boards(session, now - timedelta(minutes=self.settings.board_refresh_minutes))
                for room in stale:
                    await rooms.mark_board(session, room, now, 0)

    async def _redraw(self, work: Work, room_id: int) -> None:
        session = await work.session()
        now = utcnow()
        room = await rooms.claim_board(session, room_id, now)
        if room is None:
            return  # not due yet, or another worker redraws it
        if room.board_message_id is None and await outbox.waiting(session, outbox.Purpose.BOARD, room.id):  # type: ignore[arg-type]
            # The board is still on its way (Telegram out of reach, a restart): a second one
            # would be pinned over it and the first deleted. Look again once it can have landed.
            due = await rooms.mark_board(session, room, now, BOARD_LANDING_SECONDS)
            self.timer.arm_after_commit(work, room.id, due)  # type: ignore[arg-type]
            return
        body = await board_text(session, room, now)
        if room.board_message_id is None:
            await work.do(SendMessage(room.chat_id, body), purpose="board", room_id=room.id)
        else:
            await work.do(EditMessageText(room.chat_id, room.board_message_id, body), purpose="board_edit", room_id=room.id)
        await board_ages.schedule_next(self, work, session, room, now, BOARD_ITEMS)  # its ages stay right

    @property
    def sent_hooks(self) -> dict:
        return {"board": self._remember_board}

    @property
    def failure_hooks(self) -> dict:
        return {"board_edit": self._board_edit_failed}

    async def _remember_board(self, session: AsyncSession, message: OutboxMessage, result: object) -> list[OutboxMessage]:
        """A new board: keep its id, pin it quietly, remove a board it replaces."""
        message_id = sent_message_id(result)
        if message.room_id is None or message_id is None:
            return []
        previous = await rooms.remember_board(session, message.room_id, message_id)
        chat_id = message.chat_id
        calls = [await queue(session, PinChatMessage(chat_id, message_id, disable_notification=True))]
        if previous is not None:
            calls.append(await queue(session, DeleteMessage(chat_id, previous)))
        return calls

    async def _board_edit_failed(self, session: AsyncSession, message: OutboxMessage, error: TelegramError) -> list[OutboxMessage]:
        """The board could not be edited. Unchanged text is fine; a board that is gone is posted anew."""
        reason = str(error).lower()
        if "not modified" in reason or message.room_id is None:
            return []
        params = outbox.params_of(message)
        if not await rooms.forget_board(session, message.room_id, int(params.get("message_id", 0))):
            return []  # a newer board exists already
        log.info("room %s: the board message is gone (%s); posting a new one", message.room_id, error)
        board = SendMessage(message.chat_id, str(params.get("text", "")))
        return [await queue(session, board, purpose="board", room_id=message.room_id)]


async def board_text(session: AsyncSession, room: Room, now: datetime) -> str:
    language = room.language
    items = [
        BoardItem(
            number=c.number,
            status=Status(c.status),
            summary=summary_of(c, language),
            since=c.status_at or c.created_at,
            department=c.department,
        )
        for c in await complaints.open_in_room(session, room.id, limit=BOARD_ITEMS)  # type: ignore[arg-type]
    ]
    return render_board(items, now, language)


# -- which room, who asks ---------------------------------------------------------------

MAX_ROOM_ID = 2**31 - 1  # the column's range


@dataclass
class Asked:
    room: Room
    argument: str  # the command's argument without the room selector
    source: str  # "room" | "private" | "department"
    message: Message
    grants: Grants  # what the person may do (bot.authority), asked of Telegram before the transaction
    department: str | None = None  # the department whose staff group asked


async def asked_room(update: Update, context: ContextTypes.DEFAULT_TYPE, moderators_only: bool, usage: str) -> Asked | None:
    """The room a command is about, its remaining argument and the asker's authority; None after saying why not.

    In a room: that room (naming another one is refused). In a private chat or a staff
    group: the room named by its one `@N` selector (anywhere among the arguments, see
    `split_room`), or the one room there is to choose. Telegram is asked who the person is
    before the unit's transaction opens (see bot.work).
    """
    message = update.effective_message
    if message is None or update.effective_user is None:
        return None
    runtime = runtime_of(context)
    asker = Asker.of_message(message, runtime.departments)
    if asker is None:
        return None  # a channel speaking in a group: nobody's command
    authority = runtime.progress.authority
    work = current_work()
    try:
        named, argument = split_room(command_argument(message))
        ambiguous = False
    except AmbiguousRoom:
        named, argument, ambiguous = None, "", True
    if named is not None and not 0 < named <= MAX_ROOM_ID:
        named = -1  # names no room
    if asker.place is Place.ROOM:
        chat = message.chat
        grants = await authority.grants(asker, rooms=[chat.id]) if moderators_only else NOBODY
        session = await work.session()
        room = await rooms.ensure(session, chat.id, chat.title or "", bool(chat.is_forum), runtime.settings.greeting.language)
        if ambiguous:
            await reply_to(work, message, text(usage, room.language) + text("room_selector_rule", room.language))
            return None
        if named is not None and named != room.id:
            await reply_to(work, message, text("room_elsewhere", room.language))
            return None
        if moderators_only and not grants.over_room(chat.id):
            await reply_to(work, message, text("only_moderators", room.language))
            return None
        return Asked(room, argument, Place.ROOM.value, message, grants)

    language = language_of(update)
    if ambiguous:
        await reply_to(work, message, text(usage, language) + text("room_selector_rule", language))
        return None
    if named is not None:
        known = None
        if named > 0:
            async with runtime.db.session() as peek:  # a short read, closed before asking Telegram
                known = await rooms.get(peek, named)
        if known is None:
            await reply_to(work, message, text("progress_unknown_room", language, room=str(named)[:20] if named > 0 else "?"))
            return None
        grants = await authority.grants(asker, rooms=[known.chat_id], all_departments=True)
        room = await rooms.get(await work.session(), known.id)  # type: ignore[arg-type]
        if room is None or not grants.anything:
            await reply_to(work, message, text("only_moderators", known.language))
            return None
        return Asked(room, argument, asker.place.value, message, grants, asker.department)
    async with runtime.db.session() as peek:
        candidates = [(r.id, r.chat_id) for r in (await rooms.all_rooms(peek))[:MAX_ROOMS_CHECKED]]
    grants = await authority.grants(asker, rooms=[chat_id for _, chat_id in candidates], all_departments=True)
    # staff and a department's staff serve every room; a moderator, their own
    mine = [room_id for room_id, chat_id in candidates if grants.everything or grants.departments or chat_id in grants.rooms]
    session = await work.session()
    if not mine:
        await reply_to(work, message, text("only_moderators", language))
        return None
    if len(mine) > 1:
        listing = "\n".join(f"@{r.id} {r.title}" for r in [await rooms.get(session, room_id) for room_id in mine] if r is not None)
        await reply_to(work, message, text("progress_pick_room", language, example=mine[0], rooms=listing))
        return None
    room = await rooms.get(session, mine[0])
    if room is None:
        await reply_to(work, message, text("only_moderators", language))
        return None
    return Asked(room, argument, asker.place.value, message, grants, asker.department)


async def _usage(asked: Asked, key: str) -> None:
    body = text(key, asked.room.language)
    if asked.source != Place.ROOM:
        body += text("room_selector_rule", asked.room.language)
    await reply_to(current_work(), asked.message, body)


async def _perform(update: Update, context: ContextTypes.DEFAULT_TYPE, change: Change, usage: str, note_required: bool) -> None:
    asked = await asked_room(update, context, moderators_only=True, usage=usage)
    if asked is None:
        return
    head, _, rest = asked.argument.partition(" ")
    number = number_of(head)
    note = rest.strip()
    if number is None or (note_required and not note) or len(note) > MAX_NOTE:
        await _usage(asked, usage)
        return
    # A department is a name like "도로과", never someone's account ("@kim"): residents read it.
    if change is Change.ASSIGN and (len(note) > MAX_DEPARTMENT or "\n" in note or note.startswith("@")):
        await _usage(asked, usage)
        return
    await _apply(update, context, asked, change, number, note)


async def _apply(update: Update, context: ContextTypes.DEFAULT_TYPE, asked: Asked, change: Change, number: int, note: str) -> None:
    runtime = runtime_of(context)
    work = current_work()
    room = asked.room
    actor = runtime.progress.actor_key(room, update.effective_user.id)  # type: ignore[union-attr]
    try:
        complaint, event = await runtime.complaints.change(
            work,
            room,
            number,
            change,
            actor=actor,
            grants=asked.grants,
            note="" if change is Change.ASSIGN else note,
            source=asked.source,
            department=note if change is Change.ASSIGN else asked.department,
        )
    except Refused as refused:
        await reply_to(work, asked.message, refused.message)
        return
    if asked.source != Place.ROOM:  # in the room the announcement is the answer
        status = label(Status(event.status), room.language)
        await reply_to(
            work,
            asked.message,
            text("progress_done_private", room.language, room=room.title or text("room_untitled"), number=complaint.number, status=status),
        )


async def on_assign(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _perform(update, context, Change.ASSIGN, "usage_assign", note_required=True)


async def on_progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _perform(update, context, Change.PROGRESS, "usage_progress", note_required=True)


async def on_resolve(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _perform(update, context, Change.RESOLVE, "usage_resolve", note_required=False)


async def on_reject(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _perform(update, context, Change.REJECT, "usage_reject", note_required=True)


async def on_reopen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _perform(update, context, Change.REOPEN, "usage_reopen", note_required=False)


async def on_merge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/merge N M: #N becomes a duplicate of #M; its supporters and followers move to #M."""
    asked = await asked_room(update, context, moderators_only=True, usage="usage_merge")
    if asked is None:
        return
    room = asked.room
    work = current_work()
    numbers = [number_of(arg) for arg in asked.argument.split()]
    if len(numbers) != 2 or None in numbers or numbers[0] == numbers[1]:
        await _usage(asked, "usage_merge")
        return
    session = await work.session()
    runtime = runtime_of(context)
    progress = runtime.progress
    # Both rows held (the lower number first, as complaints.merge does), then the one rule on each.
    held = {n: await complaints.locked(session, room.id, n) for n in sorted(numbers)}  # type: ignore[arg-type, type-var]
    for n in numbers:
        found = held[n]
        if found is not None and not may_act(asked.grants, room.chat_id, runtime.departments.name_of(found)):
            await reply_to(work, asked.message, text("authority_not_yours", room.language, number=n))
            return
    actor = progress.actor_key(room, update.effective_user.id)  # type: ignore[union-attr]
    try:
        source, target = await runtime.complaints.merge(work, room, numbers[0], numbers[1], actor, origin=asked.source)  # type: ignore[arg-type]
    except Refused as refused:
        await reply_to(work, asked.message, refused.message)
        return
    count = await complaints.supporter_count(session, target.id)  # type: ignore[arg-type]
    await reply_to(work, asked.message, text("merged", room.language, number=source.number, into=target.number, count=count))


# -- reading: /status and /complaints -------------------------------------------------------


def _outside_rooms(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Asked in a private chat or a staff group: reading a room from there is for moderators and staff."""
    chat = update.effective_chat
    return chat is not None and (chat.type == "private" or chat.id in runtime_of(context).departments.staff_chats)


async def on_status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/status N: anyone, the complaint's timeline."""
    asked = await asked_room(update, context, moderators_only=_outside_rooms(update, context), usage="usage_status")
    if asked is None:
        return
    number = number_of(asked.argument)
    if number is None:
        await _usage(asked, "usage_status")
        return
    room = asked.room
    work = current_work()
    session = await work.session()
    complaint = await complaints.by_number(session, room.id, number)  # type: ignore[arg-type]
    if complaint is None:
        await reply_to(work, asked.message, text("progress_unknown", room.language, number=number))
        return
    await reply_to(work, asked.message, await timeline(session, room, complaint))


async def timeline(session: AsyncSession, room: Room, complaint: Complaint) -> str:
    language = room.language
    lines = [
        text(
            "status_head",
            language,
            kind=kind_label(complaint.kind, language),
            number=complaint.number,
            status=label(Status(complaint.status), language),
        )
    ]
    details = summary_of(complaint, language)
    if complaint.department:
        details += " · " + text("status_department", language, department=complaint.department)
    lines.append(details)
    lines.append("")
    numbers: dict[int, int] = {}
    for event in await complaints.events(session, complaint.id):  # type: ignore[arg-type]
        when = event.created_at.astimezone(local_time()).strftime("%m-%d %H:%M")
        line = f"• {when} {label(Status(event.status), language)}"
        note = _shown_note(event, language, numbers)
        if event.from_status is not None and event.from_status == event.status and not note:
            continue
        if note:
            line += f" — {note}"
        lines.append(line)
    body = "\n".join(lines)
    return body if len(body) <= 4000 else body[:3999] + "…"


_MERGED_INTO = re.compile(r"^merged into #(\d+)$")
_MERGED_IN = re.compile(r"^#(\d+) merged in$")


def _shown_note(event: ComplaintEvent, language: str, _cache: dict) -> str:
    """What residents read of an event's note: filing and withdrawal notes are internal."""
    if event.from_status is None or event.status == Status.WITHDRAWN:
        return ""
    note = event.note or ""
    match = _MERGED_INTO.match(note)
    if match:
        return text("status_merged_into", language, number=match.group(1))
    match = _MERGED_IN.match(note)
    if match:
        return text("status_merged_in", language, number=match.group(1))
    return note if len(note) <= 300 else note[:300] + "…"


async def on_complaints(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/complaints: anyone, the open complaints of the room, a page at a time."""
    asked = await asked_room(update, context, moderators_only=_outside_rooms(update, context), usage="usage_complaints")
    if asked is None:
        return
    work = current_work()
    body, markup = await complaints_page(await work.session(), asked.room, 1, runtime_of(context).settings.progress.page_size)
    await reply_to(work, asked.message, body, reply_markup=markup)


async def complaints_page(session: AsyncSession, room: Room, page: int, size: int) -> tuple[str, dict | None]:
    language = room.language
    title = room.title or text("room_untitled")
    count = await complaints.open_count(session, room.id)  # type: ignore[arg-type]
    if count == 0:
        return text("complaints_empty", language, room=title, room_id=room.id), None
    pages = ceil(count / size)
    page = min(max(page, 1), pages)
    items = await complaints.open_in_room(session, room.id, offset=(page - 1) * size, limit=size)  # type: ignore[arg-type]
    now = utcnow()
    lines = [text("complaints_head", language, room=title, count=count, page=page, pages=pages, room_id=room.id)]
    for c in items:
        age = format_age((now - (c.status_at or c.created_at)).total_seconds(), language)
        who = f" · {c.department}" if c.department else ""
        lines.append(f"#{c.number} [{label(Status(c.status), language)}] {summary_of(c, language)}{who} — {age}")
    buttons = []
    if page > 1:
        buttons.append({"text": text("button_previous", language), "callback_data": f"pg:{room.id}:{page - 1}"})
    if page < pages:
        buttons.append({"text": text("button_next", language), "callback_data": f"pg:{room.id}:{page + 1}"})
    return "\n".join(lines), ({"inline_keyboard": [buttons]} if buttons else None)


async def on_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A page button of /complaints: the list message is edited in place.

    bot.buttons let through only a button of this very message; here the list must be of a
    room that exists and, in a group, of the room it was sent in (a staff group's lists name
    their room). In a private chat, only its owner presses.
    """
    query = update.callback_query
    match = _PAGE_CALLBACK.match(query.data or "")
    runtime = runtime_of(context)
    message = query.message
    refused = text("cb_unknown", language_of(update))
    if match is None or not isinstance(message, Message) or query.from_user is None:
        await answer(query, refused)
        return
    chat = message.chat
    if chat.type == "private" and chat.id != query.from_user.id:
        await answer(query, refused)
        return
    work = current_work()
    session = await work.session()
    room = await rooms.get(session, int(match.group(1)))
    if room is None or (chat.type != "private" and chat.id not in runtime.departments.staff_chats and chat.id != room.chat_id):
        await answer(query, refused)
        return
    body, markup = await complaints_page(session, room, int(match.group(2)), runtime.settings.progress.page_size)
    await work.do(EditMessageText(chat.id, message.message_id, body, reply_markup=markup))
    await answer(query)
