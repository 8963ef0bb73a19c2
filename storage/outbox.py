"""The transactional outbox: Bot API calls stored with the change that decided them."""

from __future__ import annotations

import json

from sqlalchemy import bindparam, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import Database
from storage.models import OutboxMessage


async def add(
    session: AsyncSession,
    chat_id: int,
    method: str,
    params: dict,
    purpose: str | None = None,
    room_id: int | None = None,
) -> OutboxMessage:
    """Queue a call within the caller's transaction; it is made only if that commits."""
    message = OutboxMessage(
        chat_id=chat_id,
        method=method,
        payload=json.dumps(params, ensure_ascii=False),
        purpose=purpose,
        room_id=room_id,
    )
    # No flush of its own: the row goes with the commit (or the next query), and its id is
    # needed only after the commit, by the courier. A unit's calls then insert together.
    session.add(message)
    return message


async def pending(db: Database) -> list[OutboxMessage]:
    """Calls committed but not yet made, in the order they were decided."""
    async with db.session() as session:
        return list((await session.exec(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


# Built once: it runs after every call the courier makes (see storage.dialect).
_DONE = delete(OutboxMessage.__table__).where(OutboxMessage.__table__.c.id == bindparam("id"))


async def done(session: AsyncSession, message_id: int) -> None:
    # Core, not ORM: the courier's session holds no outbox objects to synchronise.
    await (await session.connection()).execute(_DONE, {"id": message_id})


def params_of(message: OutboxMessage) -> dict:
    return json.loads(message.payload)
