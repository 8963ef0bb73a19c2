"""Department groups: new complaints arrive as cards with buttons; pressing one acts like a command.

`[departments]` maps categories to departments, each with a staff group. A new
complaint of a routed category gets a card in that group: what, where, the
redacted text, its state and deadline, and the buttons that make sense now
(접수 / 처리 중 / 해결). A press goes through the complaint service (bot.complaints) with source
"department", so the room sees the same announcement as after a command. The
card is edited after every change, whoever made it; a complaint assigned to
another configured department moves its card there.

Staff groups are places of work, not rooms: the gate below stops every room
feature there (greeting, intake, house rules), letting through only the
buttons and the progress commands (which then work as in a private chat,
naming the room with @<room id> when there are several).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Message, Update
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler, ContextTypes, MessageHandler, TypeHandler, filters

from bot.authority import Asker
from bot.buttons import always_answered, answer
from bot.courier import sent_message_id
from bot.effects import EditMessageText, SendMessage
from bot.features.access import language_of, runtime_of
from bot.complaints import CHANGED, ComplaintFiled, Merged, Order, Refused, StatusChanged, Withdrawn, complaint_of
from bot.features.progress import MAX_NOTE, summary_of
from bot.replies import reply_to
from bot.clock import local_time, zone_label
from bot.texts import kind_label, text
from bot.work import Work, current_work, queue
from moderation.deadlines import Stage
from moderation.lifecycle import CLOSED, Change, Status, label
from moderation.pseudonym import pseudonym
from storage import complaints, deadlines, outbox, rooms
from storage.models import Complaint, OutboxMessage, Room

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

GATE_GROUP = -100  # before every room feature
MAX_CARD_TEXT = 1500  # of the complaint's text on the card; the card stays well under 4,096
# Commands that make sense in a staff group; everything else there is ignored.
STAFF_COMMANDS = frozenset({"status", "complaints", "assign", "progress", "resolve", "reject", "reopen", "merge", "stats", "help"})
_PRESS = re.compile(r"^d:(accept|progress|resolve):([0-9]{1,9})$")  # ids fit the INTEGER column
_ACTION = {"accept": Change.ASSIGN, "progress": Change.PROGRESS, "resolve": Change.RESOLVE}


def register(application: Application) -> None:
    application.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
    replies = filters.ChatType.GROUPS & filters.UpdateType.MESSAGE & filters.REPLY & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(replies, on_card_reply), group=GATE_GROUP + 1)
    application.add_handler(CallbackQueryHandler(always_answered(on_press), pattern=r"^d:"))


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a staff group, only department buttons and progress commands go on to the handlers."""
    chat = update.effective_chat
    runtime = runtime_of(context)
    if chat is None or chat.id not in runtime.departments.staff_chats:
        return
    if update.callback_query is not None:
        return
    message = update.message
    if update.chat_member is not None or update.my_chat_member is not None or (
        message is not None and (message.new_chat_members or message.left_chat_member is not None)
    ):
        runtime.moderators.forget(chat.id)  # who is in the group changed: its buttons ask again
    if message is not None and message.text and message.text.startswith("/"):
        name = message.text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(message.text) > 1 else ""
        if name in STAFF_COMMANDS:
            return
    reply = message.reply_to_message if message is not None else None
    if reply is not None and reply.from_user is not None and reply.from_user.id == context.bot.id and message.text:
        return  # a note on a card: on_card_reply
    raise ApplicationHandlerStop


async def on_card_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a staff group, a reply to a card is a progress note (as /progress N note)."""
    message = update.message
    departments = runtime_of(context).departments
    if message is None or message.chat_id not in departments.staff_chats:
        return  # a room's reply: the room features handle it
    await departments.note(message)
    raise ApplicationHandlerStop  # nothing else reads a staff group


@dataclass(frozen=True)
class Department:
    name: str
    chat_id: int


def due_label(when: datetime, now: datetime, language: str) -> str:
    """"14:05" today, "11/25 14:05" on another day (Korean time)."""
    local, today = when.astimezone(local_time()), now.astimezone(local_time())
    shown = local.strftime("%H:%M") if local.date() == today.date() else local.strftime("%m/%d %H:%M")
    return f"{shown} {zone_label(when)}" if language == "en" else shown


class Departments:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        settings = runtime.settings
        self.by_name = {name: Department(name, table.chat_id) for name, table in settings.departments.items()}
        self.by_category = {category: self.by_name[name] for name, table in settings.departments.items() for category in table.categories}
        self.by_chat = {department.chat_id: department for department in self.by_name.values()}
        self.staff_chats = settings.staff_chats()
        runtime.events.subscribe(ComplaintFiled, self._on_filed, Order.CARD)
        runtime.events.subscribe(CHANGED, self._on_changed, Order.CARD)

    def of(self, complaint: Complaint) -> Department | None:
        """The configured department handling a complaint: the one it was assigned to, else its category's."""
        if complaint.department is not None:
            return self.by_name.get(complaint.department)
        return self.by_category.get(complaint.category)

    def name_of(self, complaint: Complaint) -> str | None:
        """The name of `of(complaint)`: whose staff group may act on it (bot.authority)."""
        department = self.of(complaint)
        return department.name if department is not None else None

    # -- cards --------------------------------------------------------------------------

    async def _on_filed(self, work: Work, event: ComplaintFiled) -> None:
        await self.route(work, event.room, event.complaint)

    async def _on_changed(self, work: Work, event: StatusChanged | Withdrawn | Merged) -> None:
        await self.follow(work, event.room, complaint_of(event))

    async def route(self, work: Work, room: Room, complaint: Complaint) -> None:
        """A new complaint: its card goes to its department's group, if it has one."""
        department = self.of(complaint)
        if department is not None:
            await self._post_card(work, room, complaint, department)

    async def follow(self, work: Work, room: Room, complaint: Complaint) -> None:
        """After any change (its events): move the card to a newly assigned department, or bring it up to date."""
        department = self.of(complaint)
        if department is not None and department.chat_id != complaint.desk_chat_id and Status(complaint.status) not in CLOSED:
            if complaint.desk_chat_id is not None and complaint.desk_message_id is not None:
                await self._edit_card(work, room, complaint, moved_to=department.name)
            await self._post_card(work, room, complaint, department)
        elif complaint.desk_message_id is not None:
            await self._edit_card(work, room, complaint)

    async def _post_card(self, work: Work, room: Room, complaint: Complaint, department: Department) -> None:
        complaint.desk_chat_id, complaint.desk_message_id = department.chat_id, None
        body, markup = await self.card(await work.session(), room, complaint)
        card = SendMessage(department.chat_id, body, reply_markup=markup)
        await work.do(card, purpose="desk_card", room_id=room.id, record_id=complaint.id)

    async def _edit_card(self, work: Work, room: Room, complaint: Complaint, moved_to: str | None = None) -> None:
        body, markup = await self.card(await work.session(), room, complaint)
        if moved_to is not None:
            body, markup = body + text("desk_moved", room.language, department=moved_to), None
        edit = EditMessageText(complaint.desk_chat_id, complaint.desk_message_id, body, reply_markup=markup or {"inline_keyboard": []})  # type: ignore[arg-type]
        await work.do(edit, purpose="desk_edit")

    async def card(self, session: AsyncSession, room: Room, complaint: Complaint) -> tuple[str, dict | None]:
        """The card's text and the buttons that make sense in the complaint's state."""
        language = room.language
        status = Status(complaint.status)
        body = complaint.text if len(complaint.text) <= MAX_CARD_TEXT else complaint.text[:MAX_CARD_TEXT] + "…"
        if not body and status is Status.WITHDRAWN:
            body = text("desk_erased", language)
        due = ""
        stage = Stage.FIRST_RESPONSE if status is Status.RECEIVED else Stage.RESOLUTION
        if status not in CLOSED:
            for row in await deadlines.of_complaint(session, complaint.id):  # type: ignore[arg-type]
                if row.stage == stage.value:
                    key = "desk_due_first" if stage is Stage.FIRST_RESPONSE else "desk_due_resolution"
                    due = text(key, language, due=due_label(row.deadline_at, complaint.created_at, language))
        values = {
            "kind": kind_label(complaint.kind, language),
            "number": complaint.number,
            "room": room.title or text("room_untitled"),
            "summary": summary_of(complaint, language),
            "text": body,
            "status": label(status, language),
            "department": text("desk_department", language, department=complaint.department) if complaint.department else "",
            "due": due,
        }
        actions = {
            Status.RECEIVED: ("accept", "resolve"),
            Status.ASSIGNED: ("progress", "resolve"),
            Status.IN_PROGRESS: ("progress", "resolve"),
        }
        names = {"accept": "button_accept", "progress": "button_in_progress", "resolve": "button_resolve"}
        owner = self.of(complaint)
        if complaint.desk_chat_id is not None and (owner is None or owner.chat_id != complaint.desk_chat_id):
            actions = {}  # assigned to a department without this group: nothing left to press here
        buttons = [{"text": text(names[a], language), "callback_data": f"d:{a}:{complaint.id}"} for a in actions.get(status, ())]
        return text("desk_card", language, **values), ({"inline_keyboard": [buttons]} if buttons else None)

    # -- courier hooks --------------------------------------------------------------------

    @property
    def sent_hooks(self) -> dict:
        return {"desk_card": self._remember_card}

    async def _remember_card(self, session: AsyncSession, message: OutboxMessage, result: object) -> list[OutboxMessage]:
        """Keep the card's id; if the complaint changed while the card was on its way, bring it up to date."""
        complaint_id = message.record_id
        sent = sent_message_id(result)
        complaint = await complaints.get(session, complaint_id) if complaint_id is not None else None
        if complaint is None or sent is None or complaint.desk_chat_id != message.chat_id:
            return []
        complaint.desk_message_id = sent
        room = await rooms.get(session, complaint.room_id)
        if room is None:
            return []
        body, markup = await self.card(session, room, complaint)
        if body == outbox.params_of(message).get("text"):
            return []
        edit = EditMessageText(message.chat_id, sent, body, reply_markup=markup or {"inline_keyboard": []})
        return [await queue(session, edit, purpose="desk_edit")]

    # -- notes ------------------------------------------------------------------------------

    async def note(self, message: Message) -> None:
        """A staffer's reply to a card: the note goes to the room as progress. A received complaint is
        accepted for this department on the way (bot.complaints), as pressing 접수 first would."""
        work = current_work()
        reply = message.reply_to_message
        asker = Asker.of_message(message, self)
        if reply is None or asker is None:
            return
        grants = await self.runtime.progress.authority.grants(asker)  # is the author in this group (asked before the transaction)
        session = await work.session()
        complaint = await complaints.by_card(session, message.chat_id, reply.message_id)
        room = await rooms.get(session, complaint.room_id) if complaint is not None else None
        if complaint is None or room is None:
            return  # a reply to a reminder or another bot message: not a note on a card
        note = (message.text or "").strip()
        if not note or len(note) > MAX_NOTE:
            await reply_to(work, message, text("usage_card_note", room.language))
            return
        actor = pseudonym(self.runtime.settings.privacy.pseudonym_secret, message.chat_id, asker.user_id)
        try:
            changed, event = await self.runtime.complaints.change(
                work, room, complaint.number, Change.PROGRESS, actor=actor, grants=grants, note=note, source="department",
                department=asker.department,
            )
        except Refused as refused:
            await reply_to(work, message, refused.message)
            return
        status = label(Status(event.status), room.language)
        await reply_to(
            work,
            message,
            text("progress_done_private", room.language, room=room.title or text("room_untitled"), number=changed.number, status=status),
        )

    # -- buttons ----------------------------------------------------------------------------

    async def press(self, query, change: Change, complaint_id: int, language: str) -> None:  # type: ignore[no-untyped-def]
        """A card's button: the presser must be in this group now, and the card must be this complaint's card here."""
        work = current_work()
        chat_id = query.message.chat.id
        department = self.by_chat.get(chat_id)
        asker = Asker.of_query(query, self)
        if department is None or asker is None:
            await answer(query, text("cb_unknown", language))
            return
        grants = await self.runtime.progress.authority.grants(asker)  # getChatMember, cached; before the transaction
        if not (grants.everything or grants.departments):
            await answer(query, text("cb_not_member", language), alert=True)
            return
        session = await work.session()
        complaint = await complaints.get(session, complaint_id)
        room = await rooms.get(session, complaint.room_id) if complaint is not None else None
        if complaint is None or room is None:
            await answer(query, text("cb_unknown", language))
            return
        language = room.language
        if complaint.desk_chat_id != chat_id:
            await answer(query, text("cb_desk_elsewhere", language), alert=True)
            return
        if complaint.desk_message_id is not None and complaint.desk_message_id != query.message.message_id:
            await answer(query, text("cb_unknown", language))  # this complaint's button on another card
            return
        if change is Change.ASSIGN and complaint.department == department.name and complaint.status != Status.RECEIVED:
            await answer(query, text("cb_desk_already", language, number=complaint.number))
            return
        actor = pseudonym(self.runtime.settings.privacy.pseudonym_secret, chat_id, asker.user_id)
        try:
            changed, event = await self.runtime.complaints.change(
                work, room, complaint.number, change, actor=actor, grants=grants, source="department", department=department.name
            )
        except Refused as refused:
            await answer(query, refused.message[:200], alert=True)
            return
        await answer(query, text("cb_desk_done", language, number=changed.number, status=label(Status(event.status), language)))


async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    match = _PRESS.match(query.data or "")
    language = language_of(update)
    if match is None or query.from_user is None or query.message is None:
        await answer(query, text("cb_unknown", language))
        return
    await runtime_of(context).departments.press(query, _ACTION[match.group(1)], int(match.group(2)), language)
