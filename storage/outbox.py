"""The transactional outbox: Bot API calls stored with the change that decided them.

Each call is made by one worker. The worker whose transaction stored a call claims
it in that transaction (`claim_new`) and renews the claim just before making the
call (`renew`); a sweep takes over only calls whose claim ran out (`claim_pending`),
by a conditional UPDATE. Both sides decide on the same row, so of two workers
exactly one makes the call, and a worker that crashed leaves its calls to the others.

A call's purpose says what to remember once it is sent and how soon it goes
within its chat's budget (`priority_of`): what a resident waits for first,
what refreshes a display last.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from enum import IntEnum, StrEnum

from sqlalchemy import bindparam, delete, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import leases
from storage.database import Database
from storage.models import OutboxMessage, utcnow


class Purpose(StrEnum):
    """What an outgoing call is for. The values are stored: never rename one."""

    ACK = "complaint_ack"  # a new complaint's acknowledgement (record: the complaint)
    SUPPORT_ACK = "support_ack"  # "added to #12": a report that supported an open complaint
    INTAKE_QUESTION = "intake_question"  # "file this?" under a report (record: the question)
    PRIVATE_POST = "private_post"  # a private report posted in its room (record: the complaint)
    REFUSAL = "refusal"  # a command or button refused
    COOLDOWN = "cooldown"  # a cool-down starting or ending, and its announcement
    GREETING = "greeting"
    MUTE = "mute"
    UNMUTE = "unmute"
    BOARD = "board"  # a new open-complaints board
    BOARD_EDIT = "board_edit"  # the board redrawn in place
    DESK_CARD = "desk_card"  # a complaint's card in its department's group (record: the complaint)
    DESK_EDIT = "desk_edit"  # that card brought up to date
    REMINDER = "reminder"  # a deadline reminder or escalation


class Priority(IntEnum):
    """Within one chat's budget, lower goes first; calls of one priority keep their order."""

    FIRST = 0  # what a resident is waiting for: acknowledgements, refusals, cool-downs
    NORMAL = 1  # everything without a purpose of the other two kinds
    LATER = 2  # displays and reminders, which a later call may replace or which can wait


_PRIORITY = {
    Purpose.ACK: Priority.FIRST,
    Purpose.SUPPORT_ACK: Priority.FIRST,
    Purpose.INTAKE_QUESTION: Priority.FIRST,
    Purpose.PRIVATE_POST: Priority.FIRST,
    Purpose.REFUSAL: Priority.FIRST,
    Purpose.COOLDOWN: Priority.FIRST,
    Purpose.BOARD: Priority.LATER,
    Purpose.BOARD_EDIT: Priority.LATER,
    Purpose.DESK_CARD: Priority.LATER,
    Purpose.DESK_EDIT: Priority.LATER,
    Purpose.REMINDER: Priority.LATER,
}

# Edits that replace a message's whole content: of two waiting for the same message, only the later needs making.
REPLACING = frozenset({Purpose.BOARD_EDIT, Purpose.DESK_EDIT})


def priority_of(purpose: str | None) -> Priority:
    """How soon a call goes within its chat's budget (stored purposes unknown to this version: NORMAL)."""
    try:
        return _PRIORITY.get(Purpose(purpose), Priority.NORMAL) if purpose else Priority.NORMAL
    except ValueError:
        return Priority.NORMAL


async def add(
    session: AsyncSession,
    chat_id: int,
    method: str,
    params: dict,
    purpose: Purpose | str | None = None,
    room_id: int | None = None,
    record_id: int | None = None,
) -> OutboxMessage:
    """Queue a call within the caller's transaction; it is made only if that commits."""
    message = OutboxMessage(
        chat_id=chat_id,
        method=method,
        payload=json.dumps(params, ensure_ascii=False),
        purpose=Purpose(purpose).value if purpose is not None else None,
        room_id=room_id,
        record_id=record_id,
    )
    # No flush of its own: the row goes with the commit (or the next query), and its id is
    # needed only after the commit, by the courier. A unit's calls then insert together.
    session.add(message)
    return message


async def waiting(session: AsyncSession, purpose: Purpose, room_id: int) -> bool:
    """Whether a call for `purpose` in the room is committed and not yet made."""
    query = select(OutboxMessage.id).where(OutboxMessage.purpose == purpose.value, OutboxMessage.room_id == room_id).limit(1)
    return (await session.exec(query)).first() is not None


def claim_new(messages: Iterable[OutboxMessage], worker: str, lease: timedelta) -> None:
    """Claim calls for `worker` within the transaction that stores them (before its commit)."""
    until = utcnow() + lease
    for message in messages:
        message.claimed_by, message.claimed_until = worker, until


async def pending(db: Database) -> list[OutboxMessage]:
    """Calls committed but not yet made, in the order they were decided (whoever holds them)."""
    async with db.session() as session:
        return list((await session.exec(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


async def claim_pending(db: Database, worker: str, lease: timedelta, own_too: bool = False, limit: int = 1000) -> list[OutboxMessage]:
    """Take over calls whose claim ran out, oldest first; with `own_too` (at start-up),
    also those this worker's previous run had claimed. Each call goes to one worker."""
    table = OutboxMessage.__table__
    async with db.session() as session:
        claimed = [row[0] for row in await leases.take_over(session, table, table.c.id, worker, lease, own_too, limit)]
        if not claimed:
            return []
        return list((await session.exec(select(OutboxMessage).where(OutboxMessage.id.in_(claimed)).order_by(OutboxMessage.id))).scalars())


# Built once: it runs before every call the courier makes.
_RENEW = (
    update(OutboxMessage.__table__)
    .where(OutboxMessage.__table__.c.id == bindparam("message_id"), OutboxMessage.__table__.c.claimed_by == bindparam("worker"))
    .values(claimed_until=bindparam("until"))
)


async def renew(session: AsyncSession, message_id: int, worker: str, lease: timedelta) -> bool:
    """Extend `worker`'s claim on a call about to be made; False when the call is no longer
    `worker`'s to make (another worker took it over after the claim ran out, or made it)."""
    result = await (await session.connection()).execute(_RENEW, {"message_id": message_id, "worker": worker, "until": utcnow() + lease})
    return result.rowcount == 1


# Built once: it runs after every call the courier makes (see storage.dialect).
_DONE = delete(OutboxMessage.__table__).where(OutboxMessage.__table__.c.id == bindparam("id"))


async def done(session: AsyncSession, message_id: int) -> None:
    # Core, not ORM: the courier's session holds no outbox objects to synchronise.
    await (await session.connection()).execute(_DONE, {"id": message_id})


# Built once: calls superseded while waiting (see REPLACING) are dropped in one statement.
_DROP = delete(OutboxMessage.__table__).where(
    OutboxMessage.__table__.c.id.in_(bindparam("ids", expanding=True)), OutboxMessage.__table__.c.claimed_by == bindparam("worker")
)


async def drop_superseded(db: Database, message_ids: list[int], worker: str) -> None:
    """Drop waiting calls a later call replaces, if they are still `worker`'s to make."""
    if message_ids:
        async with db.session() as session:
            await (await session.connection()).execute(_DROP, {"ids": message_ids, "worker": worker})


def params_of(message: OutboxMessage) -> dict:
    return json.loads(message.payload)
