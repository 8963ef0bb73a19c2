"""The tables. Residents appear only as pseudonyms; raw Telegram ids live only in working storage."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC; SQLModel's UTCDateTime refuses naive datetimes."""
    return datetime.now(timezone.utc)


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
    # The pending combined greeting: how many joined, since when, and when it is due.
    greeting_pending: int = 0
    greeting_first_at: datetime | None = None
    greeting_due_at: datetime | None = Field(default=None, index=True)
    last_greeting_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
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


class ProcessedUpdate(SQLModel, table=True):
    """The id of a handled update, so a redelivery is recognised and skipped."""

    __tablename__ = "processed_updates"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    processed_at: datetime = Field(default_factory=utcnow, index=True)


class OutboxMessage(SQLModel, table=True):
    """A Bot API call decided by a committed change and not yet made (transactional outbox)."""

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    method: str = Field(max_length=64)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    # What to remember once sent, e.g. "greeting" stores the message id on the room.
    purpose: str | None = Field(default=None, max_length=64)
    room_id: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


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
