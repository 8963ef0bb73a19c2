"""The one place that picks SQL by dialect: INSERT ... ON CONFLICT DO NOTHING."""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel.ext.asyncio.session import AsyncSession


async def insert_ignoring_duplicates(session: AsyncSession, table: Table, rows: list[dict]) -> None:
    """Insert `rows`, skipping those whose key exists, on SQLite and PostgreSQL.

    One statement executed for many rows, so it compiles once and stays cached
    (a multi-row VALUES clause would compile anew for every batch size).
    """
    if not rows:
        return
    insert = postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
    connection = await session.connection()
    await connection.execute(insert(table).on_conflict_do_nothing(), rows)
