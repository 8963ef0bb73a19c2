"""What the bot told moderators once: a right it lacks in a room (rights_notices)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.dialect import insert_ignoring_duplicates_statement, table_of
from storage.models import RightsNotice, utcnow


async def remember(session: AsyncSession, chat_id: int, right: str) -> bool:
    """Note that the room was told about `right`; False if it was told already."""
    connection = await session.connection()
    statement = insert_ignoring_duplicates_statement(session, table_of(RightsNotice))
    result = await connection.execute(statement, {"chat_id": chat_id, "right": right, "noticed_at": utcnow()})
    return result.rowcount == 1


async def forget(session: AsyncSession, chat_id: int, rights: Iterable[str]) -> None:
    """The bot has these rights again: a later loss is told anew."""
    rights = list(rights)
    if rights:
        table = table_of(RightsNotice)
        connection = await session.connection()
        await connection.execute(delete(table).where(table.c.chat_id == chat_id, table.c.right.in_(rights)))
