"""The one place that picks SQL by dialect: INSERT ... ON CONFLICT (DO NOTHING, or a counter's increment)."""

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


async def increment(session: AsyncSession, table: Table, key: dict, column: str) -> int:
    """Add 1 to `column` of the row with primary key `key` (created at 1 if missing); the new value.

    One INSERT ... ON CONFLICT DO UPDATE ... RETURNING instead of insert, update
    and select: it runs under each filing. Both databases take the row's lock
    for the rest of the transaction, so a second writer waits and then sees
    the incremented value (PostgreSQL re-checks the conflict after the wait).
    """
    insert = postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .values({**key, column: 1})
        .on_conflict_do_update(index_elements=list(key), set_={column: table.c[column] + 1})
        .returning(table.c[column])
    )
    connection = await session.connection()
    return (await connection.execute(statement)).scalar_one()
