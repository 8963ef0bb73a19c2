"""Response deadlines: a reminder to the department when a promise passes, then an escalation.

Every complaint gets two promises when it is filed (moderation/deadlines.py):
a first response (`[deadlines] first_response_minutes`, 30 by default) and a
resolution (per category); a policy proposal only the first. Each is a stored row whose `due_at` is durable
time: APScheduler fires it while the process runs, the sweep and the start-up
reconcile catch what a timer missed (a restart, another worker's filing), and
each step is claimed by a conditional UPDATE, so with several processes on one
database exactly one sends it. A change that keeps a promise settles it; a
reopened complaint gets fresh promises.

Reminders go to the department's group (the card's, else the category's),
escalations to `[deadlines] supervisor_chat_id`; with no group to tell, the
step is still recorded and logged.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.complaints import CHANGED, ComplaintFiled, Merged, Order, StatusChanged, Withdrawn, complaint_of
from bot.durable import DurableTimer
from bot.effects import ReplyTo, SendMessage
from bot.features.progress import summary_of
from bot.texts import kind_label, text
from bot.work import Work
from moderation.board import format_age
from moderation.deadlines import DeadlinePolicy, Stage, Step, is_met, next_step
from moderation.lifecycle import Change, Status, label
from storage import complaints, deadlines, rooms
from storage.models import Complaint, ComplaintDeadline, Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)


class Deadlines:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        settings = runtime.settings.deadlines
        self.enabled = settings.enabled
        # complaint_deadlines.due_at: each reminder and escalation claimed once (claim_reminder, claim_escalation).
        # Switched off: promises stored earlier stay quiet.
        self.timer = DurableTimer(runtime, "deadline", deadlines.pending, self._step, enabled=lambda: self.enabled)
        self.durable_timers = (self.timer,)
        runtime.events.subscribe(ComplaintFiled, self._on_filed, Order.PROMISE)
        runtime.events.subscribe(CHANGED, self._on_changed, Order.DEADLINES)
        self.supervisor_chat_id = settings.supervisor_chat_id or None
        self.policy = DeadlinePolicy(
            first_response=timedelta(minutes=settings.first_response_minutes),
            resolution=timedelta(hours=settings.resolution_hours),
            per_category_resolution={c: timedelta(hours=h) for c, h in settings.resolution_hours_by_category.items()},
            escalate_after=timedelta(minutes=settings.escalate_after_minutes),
        )

    # -- promises -------------------------------------------------------------------------

    async def _on_filed(self, work: Work, event: ComplaintFiled) -> None:
        await self.promise(work, event.complaint)

    async def _on_changed(self, work: Work, event: StatusChanged | Withdrawn | Merged) -> None:
        reopened = isinstance(event, StatusChanged) and event.change is Change.REOPEN
        await self.follow(work, complaint_of(event), reopened)

    async def promise(self, work: Work, complaint: Complaint, since: datetime | None = None) -> None:
        """Start both promises of a complaint (filed, or reopened at `since`)."""
        if not self.enabled:
            return
        session = await work.session()
        start = since or complaint.created_at
        # A policy proposal is answered, not fixed: it gets the first-response promise only.
        stages = [Stage.FIRST_RESPONSE] if complaint.kind == "proposal" else list(Stage)
        for stage in stages:
            row = await deadlines.promise(session, complaint.id, stage.value, self.policy.due(stage, start, complaint.category))  # type: ignore[arg-type]
            self.timer.arm_after_commit(work, row.id, row.deadline_at)  # type: ignore[arg-type]

    async def follow(self, work: Work, complaint: Complaint, reopened: bool = False) -> None:
        """After a change: settle the promises it keeps; a reopened complaint starts afresh."""
        if not self.enabled:
            return
        if reopened:
            await self.promise(work, complaint, since=utcnow())
            return
        session = await work.session()
        now = utcnow()
        for row in await deadlines.of_complaint(session, complaint.id):  # type: ignore[arg-type]
            if row.due_at is not None and is_met(Stage(row.stage), Status(complaint.status)):
                await deadlines.settle(session, row.id, now)  # type: ignore[arg-type]

    # -- time -------------------------------------------------------------------------------

    async def _step(self, work: Work, deadline_id: int) -> None:
        session = await work.session()
        now = utcnow()
        row = await deadlines.get(session, deadline_id)
        if row is None or row.due_at is None or row.due_at > now:
            return  # settled, escalated, or re-armed for later (another worker got here first)
        complaint = await complaints.get(session, row.complaint_id)
        room = await rooms.get(session, complaint.room_id) if complaint is not None else None
        if complaint is None or room is None:
            return
        stage, status = Stage(row.stage), Status(complaint.status)
        step = next_step(stage, status, row.deadline_at, now, row.reminded_at, row.escalated_at is not None, self.policy)
        if step is None:
            await deadlines.settle(session, deadline_id, now)
        elif step[0] is Step.REMIND:
            escalate_at = now + self.policy.escalate_after
            if await deadlines.claim_reminder(session, deadline_id, now, escalate_at):
                self.runtime.metrics.deadline("missed", row.stage, work)
                await self._remind(work, room, complaint, row)
                self.timer.arm_after_commit(work, deadline_id, escalate_at)
        elif await deadlines.claim_escalation(session, deadline_id, now):
            self.runtime.metrics.deadline("escalated", row.stage, work)
            await self._escalate(work, room, complaint, row)

    # -- what the staff read ----------------------------------------------------------------

    def _values(self, room: Room, complaint: Complaint, row: ComplaintDeadline) -> dict:
        language = room.language
        stage = Stage(row.stage)
        return {
            "stage": text(f"deadline_{stage.value}", language),
            "kind": kind_label(complaint.kind, language),
            "number": complaint.number,
            "room": room.title or text("room_untitled"),
            "summary": summary_of(complaint, language),
            "status": label(Status(complaint.status), language),
            "promise": format_age((row.deadline_at - complaint.created_at).total_seconds(), language),
        }

    async def _remind(self, work: Work, room: Room, complaint: Complaint, row: ComplaintDeadline) -> None:
        department = self.runtime.departments.of(complaint)
        chat_id = complaint.desk_chat_id or (department.chat_id if department else None) or self.supervisor_chat_id
        log.info(
            "room %s: #%d missed its %s deadline; reminding %s",
            room.id,
            complaint.number,
            row.stage,
            chat_id or "nobody (no group configured)",
        )
        if chat_id is None:
            return
        values = self._values(room, complaint, row)
        body = text(
            "deadline_remind", room.language, age=format_age((utcnow() - complaint.created_at).total_seconds(), room.language), **values
        )
        reply: ReplyTo | None = None
        if chat_id == complaint.desk_chat_id and complaint.desk_message_id is not None:
            reply = ReplyTo(complaint.desk_message_id)
        await work.do(SendMessage(chat_id, body, reply_parameters=reply), purpose="reminder", room_id=room.id)

    async def _escalate(self, work: Work, room: Room, complaint: Complaint, row: ComplaintDeadline) -> None:
        log.info(
            "room %s: #%d still misses its %s deadline; escalating to %s",
            room.id,
            complaint.number,
            row.stage,
            self.supervisor_chat_id or "nobody (no supervisor group)",
        )
        if self.supervisor_chat_id is None:
            return
        language = room.language
        values = self._values(room, complaint, row)
        after = format_age(self.policy.escalate_after.total_seconds(), language)
        body = text("deadline_escalate", language, department=complaint.department or text("unassigned", language), after=after, **values)
        await work.do(SendMessage(self.supervisor_chat_id, body), purpose="reminder", room_id=room.id)
