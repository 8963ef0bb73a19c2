"""The tables. Residents appear only as pseudonyms; raw Telegram ids live only in working storage."""

from __future__ import annotations

from datetime import datetime, UTC

from sqlalchemy import BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from moderation.lifecycle import CLOSED, OPEN, SETTLED, Status, values
from moderation.lifecycle import NOT_A_RESPONSE as NOT_A_RESPONSE_STATES

# re-exported: everything reads durable time as storage.models.utcnow (a test clock can move it)
from storage.timesource import utcnow as utcnow


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Room(SQLModel, table=True):
    """A group chat the bot serves. Chat ids of groups are not personal data."""

    __tablename__ = "rooms"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, unique=True, nullable=False))
    title: str = ""
    language: str = "ko"
    is_forum: bool = False
    rules_ko: str | None = Field(default=None, sa_column=Column(Text))
    rules_en: str | None = Field(default=None, sa_column=Column(Text))
    greeting_ko: str | None = Field(default=None, sa_column=Column(Text))
    greeting_en: str | None = Field(default=None, sa_column=Column(Text))
    # The greeting of the current burst of joins: how many joined and are not welcomed yet, when
    # the burst began, when the greeting is due (sent, or edited to count later joiners), and how
    # many the greeting already welcomes (0: none sent yet in this burst; migration 0011).
    greeting_pending: int = 0
    greeting_first_at: datetime | None = None
    greeting_due_at: datetime | None = Field(default=None, index=True)
    greeting_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    last_greeting_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    # The pinned "open complaints" board (migration 0006): its message, and when it is due
    # to be redrawn (a burst of changes makes one edit).
    board_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    board_due_at: datetime | None = Field(default=None, index=True)
    board_drawn_at: datetime | None = None  # last redraw: ages on the board go stale without one
    created_at: datetime = Field(default_factory=utcnow)


class Resident(SQLModel, table=True):
    """A person in a room, known only by the pseudonym HMAC(secret, room:user)."""

    __tablename__ = "residents"
    __table_args__ = (UniqueConstraint("room_id", "pseudonym"),)

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id", index=True)
    pseudonym: str = Field(max_length=64)
    joined_at: datetime | None = None
    last_seen_at: datetime = Field(default_factory=utcnow)


class InboxUpdate(SQLModel, table=True):
    """A received update not yet handled. Raw (ids, unredacted text): deleted once handled."""

    __tablename__ = "inbox_updates"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    received_at: datetime = Field(default_factory=utcnow)
    # The worker that stored (or took over) the update handles it until then; after
    # that another worker may take it over, so a crashed worker's updates are not lost.
    claimed_until: datetime = Field(default_factory=utcnow, index=True)
    # Which worker holds the claim: a worker restarting after a crash takes back its own at once.
    claimed_by: str = Field(default="", max_length=128)
    # Transient failures so far (database, network), and when the next try is due (None:
    # now); after [scheduler] retry_attempts the update becomes a dead letter (migration 0010).
    attempts: int = 0
    next_attempt_at: datetime | None = None


class ProcessedUpdate(SQLModel, table=True):
    """The id of a handled update, so a redelivery is recognised and skipped."""

    __tablename__ = "processed_updates"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    processed_at: datetime = Field(default_factory=utcnow, index=True)


class DeadLetter(SQLModel, table=True):
    """An update that could not be handled, set aside for an operator (`sotong deadletters`).

    `error` and `summary` are written for the log and the operator's screen: no person's id
    or name, text only as a redacted excerpt. `payload` is the stored update (stripped of
    what handling does not need, bot.inbound.strip), kept so that it can be retried; it
    still holds ids and text, so dead letters expire ([deadletters] keep_days).
    """

    __tablename__ = "dead_letters"

    id: int | None = Field(default=None, primary_key=True)
    update_id: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))  # None: it had no usable id
    error: str = Field(sa_column=Column(Text, nullable=False))
    summary: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    attempts: int = 0  # transient failures before it was set aside
    failed_at: datetime = Field(default_factory=utcnow, index=True)


class OutboxMessage(SQLModel, table=True):
    """A Bot API call decided by a committed change and not yet made (transactional outbox)."""

    __tablename__ = "outbox"
    # Ids are never reused (SQLite would reuse the highest after a delete): the courier
    # tells calls apart by id, and a follow-up must not pass for the call it follows.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    method: str = Field(max_length=64)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    # What the call is for (storage.outbox.Purpose): what to remember once sent (e.g. a
    # greeting's message id on the room) and how soon it goes within its chat's budget.
    purpose: str | None = Field(default=None, max_length=64)
    room_id: int | None = None
    # The record the call belongs to (a complaint for an acknowledgement or a department
    # card, an intake question for its question), for what is remembered once it is sent.
    record_id: int | None = None
    created_at: datetime = Field(default_factory=utcnow)
    # The worker that makes the call, until then; after that another worker's sweep may
    # take it over. Without a claim, two workers' sweeps would both send the same call.
    # Unclaimed rows (epoch) are anyone's at once.
    claimed_until: datetime = Field(default_factory=lambda: EPOCH, index=True)
    claimed_by: str = Field(default="", max_length=128)


# -- complaint intake (migration 0002) -------------------------------------------

# The stored values of the lifecycle's sets (moderation.lifecycle defines the states once).
# Open: new reports of the same problem support it.
OPEN_STATUSES = values(OPEN)
CLOSED_STATUSES = values(CLOSED)
SETTLED_STATUSES = values(SETTLED)  # closed with an answer ("closed" in lists and Open311)
WITHDRAWN = Status.WITHDRAWN.value  # "not a complaint": erased, left out of lists and statistics
RECEIVED, RESOLVED, DUPLICATE = Status.RECEIVED.value, Status.RESOLVED.value, Status.DUPLICATE.value
NOT_A_RESPONSE = values(NOT_A_RESPONSE_STATES)  # moves out of received that are no first response


class Complaint(SQLModel, table=True):
    """A filed complaint or proposal, numbered per room. Text is stored redacted only."""

    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("room_id", "number"),
        UniqueConstraint("room_id", "message_id"),
        Index("ix_complaints_album", "room_id", "media_group_id"),
        # The hot paths read a room's recent or open complaints, never its whole history
        # (migration 0015); each index leads with the room, so it serves room_id alone too.
        # The duplicate search: a room's open complaints of a category filed since a time.
        Index("ix_complaints_candidates", "room_id", "category", "status", "created_at"),
        # The board, /complaints, the public board: a room's complaints of one status by number.
        Index("ix_complaints_by_status", "room_id", "status", "number"),
        # /stats' timelines, Open311's list, the console's list: a room's complaints by filing time.
        Index("ix_complaints_filed", "room_id", "created_at"),
        # A reply under the bot's acknowledgement (open_under); a press on a department's card (by_card).
        Index("ix_complaints_ack", "room_id", "ack_message_id"),
        Index("ix_complaints_card", "desk_chat_id", "desk_message_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id")  # indexed by every composite index above
    number: int  # #1, #2, ... within the room
    kind: str = Field(max_length=16)  # "complaint" | "proposal"
    category: str = Field(max_length=32)
    place: str | None = Field(default=None, max_length=200)
    text: str = Field(sa_column=Column(Text, nullable=False))  # redacted
    reporter: str = Field(max_length=64)  # pseudonym of the author in this room
    source: str = Field(default="room", max_length=16)  # "room" | "private" (posted anonymously by the bot)
    thread_id: int | None = Field(default=None, sa_column=Column(BigInteger))  # forum topic
    reply_to_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))  # reply chain
    message_id: int | None = Field(default=None, sa_column=Column(BigInteger))  # the original message (or the bot's anonymous post)
    photo_file_ids: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    media_group_id: str | None = Field(default=None, max_length=64)  # the album its photos came in (migration 0008)
    status: str = Field(default=RECEIVED, max_length=16, index=True)
    duplicate_of: int | None = Field(default=None, foreign_key="complaints.id")
    ack_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))  # the bot's acknowledgement
    department: str | None = Field(default=None, max_length=64)  # who handles it (shown instead of a person)
    status_at: datetime | None = None  # when it entered its current status (None: since filing)
    desk_chat_id: int | None = Field(default=None, sa_column=Column(BigInteger))  # the department group holding its card
    desk_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))  # the card there (None until sent)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ComplaintCounter(SQLModel, table=True):
    """The last complaint number given out in a room (incremented under the row's lock)."""

    __tablename__ = "complaint_counters"

    room_id: int = Field(foreign_key="rooms.id", primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_number: int = 0


class ComplaintTally(SQLModel, table=True):
    """How many of a room's complaints are in a status, category and department (migration 0015).

    /stats, /complaints, the console and /metrics count from here instead of the room's
    whole history. Kept by storage.tallies: filing and every status change (the only
    doors) note a change, and it is added when the transaction commits.
    """

    __tablename__ = "complaint_tallies"

    room_id: int = Field(foreign_key="rooms.id", primary_key=True, sa_column_kwargs={"autoincrement": False})
    status: str = Field(max_length=16, primary_key=True)
    category: str = Field(max_length=32, primary_key=True)
    department: str = Field(default="", max_length=64, primary_key=True)  # "": unassigned (a key cannot be NULL)
    complaints: int = 0


class ComplaintSupporter(SQLModel, table=True):
    """공감 +1: another resident (pseudonym) reported the same open problem."""

    __tablename__ = "complaint_supporters"
    __table_args__ = (UniqueConstraint("complaint_id", "pseudonym"),)

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id", index=True)
    pseudonym: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


class ComplaintFollower(SQLModel, table=True):
    """Someone who asked for private progress messages.

    PRIVACY EXCEPTION: `user_id` is the raw Telegram user id, kept because a
    private message needs it and the person asked for exactly that by pressing
    "follow progress privately". Nowhere else are raw ids stored.
    """

    __tablename__ = "complaint_followers"
    __table_args__ = (UniqueConstraint("complaint_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id", index=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class ComplaintEvent(SQLModel, table=True):
    """One change of a complaint: from and to status, actor (a pseudonym, "staff" or the
    reporter), note, where it was made (room, private chat, department chat) and when."""

    __tablename__ = "complaint_events"
    __table_args__ = (
        # A complaint's events; with status, from_status and time in the index, /stats' timelines
        # read no event row (migration 0015).
        Index("ix_complaint_events_timeline", "complaint_id", "status", "from_status", "created_at"),
        # Resolutions since a time (the console's weekly trend), without reading every complaint of the rooms.
        Index("ix_complaint_events_status", "status", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id")  # indexed first in ix_complaint_events_timeline
    from_status: str | None = Field(default=None, max_length=16)  # None: filed
    status: str = Field(max_length=16)
    source: str = Field(default="room", max_length=16)  # "room" | "private" | "department"
    actor: str = Field(max_length=64)
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class ComplaintDeadline(SQLModel, table=True):
    """A promise about one complaint: first response or resolution (moderation/deadlines.py).

    `due_at` is durable time: when the next step (a reminder, then an escalation)
    is due, None once the promise is met or escalated. Each step is claimed by a
    conditional UPDATE, so with several workers exactly one sends it.
    """

    __tablename__ = "complaint_deadlines"
    __table_args__ = (UniqueConstraint("complaint_id", "stage"),)

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id", index=True)
    stage: str = Field(max_length=16)  # "first_response" | "resolution"
    deadline_at: datetime  # the promise itself
    due_at: datetime | None = Field(default=None, index=True)  # the next step's time
    reminded_at: datetime | None = None
    escalated_at: datetime | None = None
    met_at: datetime | None = None


class IntakeQuestion(SQLModel, table=True):
    """An uncertain detection: "민원으로 접수할까요?" waits for the author or a moderator."""

    __tablename__ = "intake_questions"
    __table_args__ = (UniqueConstraint("room_id", "message_id"), Index("ix_intake_questions_album", "room_id", "media_group_id"))

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id", index=True)
    message_id: int = Field(sa_column=Column(BigInteger, nullable=False))  # the resident's message
    thread_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    reply_to_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    author: str = Field(max_length=64)  # pseudonym
    kind: str = Field(max_length=16)
    category: str = Field(max_length=32)
    place: str | None = Field(default=None, max_length=200)
    text: str = Field(sa_column=Column(Text, nullable=False))  # redacted
    photo_file_ids: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    media_group_id: str | None = Field(default=None, max_length=64)
    question_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    status: str = Field(default="open", max_length=16)  # open | yes | no | expired
    expires_at: datetime | None = Field(default=None, index=True)  # None once answered or expired
    created_at: datetime = Field(default_factory=utcnow)


class PrivateReport(SQLModel, table=True):
    """A resident chose a room in the private chat and the bot waits for the complaint text.

    `person` is a pseudonym of the private chat (HMAC of the user id), not the raw id.
    """

    __tablename__ = "private_reports"

    person: str = Field(max_length=64, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id")
    expires_at: datetime
    created_at: datetime = Field(default_factory=utcnow)


class PrivateReportAttempt(SQLModel, table=True):
    """One private report a resident tried to make, for the hourly limit (kept an hour, then pruned).

    `person` is the pseudonym of the private chat, as in PrivateReport: no raw id, no text.
    """

    __tablename__ = "private_report_attempts"

    id: int | None = Field(default=None, primary_key=True)
    person: str = Field(max_length=64, index=True)
    at: datetime = Field(index=True)


class ModerationRecord(SQLModel, table=True):
    """One moderation action: which rule, what was done, to whom (pseudonym), by whom, when.

    `excerpt` is redacted before it is stored; `actor` is "bot" or a moderator's pseudonym.
    """

    __tablename__ = "moderation_log"

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id", index=True)
    rule: str | None = Field(default=None, max_length=32)
    action: str = Field(max_length=32)
    excerpt: str | None = Field(default=None, sa_column=Column(Text))
    pseudonym: str | None = Field(default=None, max_length=64)
    actor: str = Field(default="bot", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Strike(SQLModel, table=True):
    """A strike against a resident pseudonym; expired strikes stop counting and are pruned."""

    __tablename__ = "strikes"
    __table_args__ = (Index("ix_strikes_room_pseudonym", "room_id", "pseudonym"),)

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id")
    pseudonym: str = Field(max_length=64)
    rule: str = Field(max_length=32)
    given_at: datetime = Field(default_factory=utcnow, index=True)


class Cooldown(SQLModel, table=True):
    """A cool-down of a forum topic (kind "topic") or a whole room (kind "room").

    `until` is durable time: it is lifted on time by a timer, at start-up, or by
    the sweep; `lifted_at` is set by the one worker that claims the lift. A room
    cool-down keeps the permissions it replaced (getChat JSON) to restore them.
    """

    __tablename__ = "cooldowns"

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="rooms.id", index=True)
    kind: str = Field(max_length=16)
    message_thread_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    started_at: datetime = Field(default_factory=utcnow)
    until: datetime = Field(index=True)
    saved_permissions: str | None = Field(default=None, sa_column=Column(Text))
    reason: str = Field(default="heat", max_length=32)
    actor: str = Field(default="bot", max_length=64)
    lifted_at: datetime | None = Field(default=None, index=True)


# -- the staff console (migration 0012) --------------------------------------


class ConsoleLoginToken(SQLModel, table=True):
    """A one-time login link the bot sent: only its hash, never the link or whom it is for.

    The link itself carries the person, encrypted (bot/console/keys.py); this row
    makes it single use (`used_at`, set by a conditional UPDATE) and short-lived.
    """

    __tablename__ = "console_login_tokens"

    token_hash: str = Field(max_length=64, primary_key=True)  # SHA-256 hex of the link's token
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(index=True)
    used_at: datetime | None = None


class ConsoleSession(SQLModel, table=True):
    """A console session, known here only by a hash of its random id (the cookie holds who it is).

    Logging out sets `ended_at`, so a copy of the cookie stops working too.
    """

    __tablename__ = "console_sessions"

    session_hash: str = Field(max_length=64, primary_key=True)  # SHA-256 hex of the id in the cookie
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(index=True)
    ended_at: datetime | None = None


class PublicBoard(SQLModel, table=True):
    """A room whose moderators switched its public web board on (only when [console] public_page allows)."""

    __tablename__ = "public_boards"

    room_id: int = Field(foreign_key="rooms.id", primary_key=True, sa_column_kwargs={"autoincrement": False})
    enabled_at: datetime = Field(default_factory=utcnow)
    enabled_by: str = Field(max_length=64)  # the moderator's pseudonym


# -- operations (migration 0014) ------------------------------------------------------


class RightsNotice(SQLModel, table=True):
    """The bot told a room's moderators that it lacks an administrator right (once per loss:
    the row goes when the right is back, so a later loss is told again)."""

    __tablename__ = "rights_notices"

    chat_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    right: str = Field(max_length=32, primary_key=True)
    noticed_at: datetime = Field(default_factory=utcnow)


class ScheduledJob(SQLModel, table=True):
    """A job that runs every so often (the retention purge): its next due time is durable,
    so a restart neither skips nor repeats it, and with several workers one claims each run."""

    __tablename__ = "scheduled_jobs"

    name: str = Field(max_length=64, primary_key=True)
    due_at: datetime
    last_run_at: datetime | None = None
