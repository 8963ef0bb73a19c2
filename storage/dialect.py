"""The one place that picks SQL by dialect: INSERT ... ON CONFLICT (DO NOTHING, or a counter's increment).

The statements are built once per dialect and table and kept: building a
statement and its cache key costs more than running it on SQLite, and these
run under every handled update or filing.
"""

from __future__ import annotations

from sqlalchemy import Executable, Table, bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

_built: dict[tuple, Executable] = {}


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a table model (SQLModel sets `__table__` when it makes the class, untyped)."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def _dialect(session: AsyncSession) -> str:
    """The session's database: "postgresql" or "sqlite"."""
    bind = session.bind
    assert bind is not None, "storage.database binds every session to its engine"
    return bind.dialect.name


def _insert(session: AsyncSession):  # type: ignore[no-untyped-def]
    return postgresql.insert if _dialect(session) == "postgresql" else sqlite.insert


async def insert_ignoring_duplicates(session: AsyncSession, table: Table, rows: list[dict]) -> None:
    """Insert `rows`, skipping those whose key exists, on SQLite and PostgreSQL.

    One statement executed for many rows, so it compiles once and stays cached
    (a multi-row VALUES clause would compile anew for every batch size).
    """
    if not rows:
        return
    connection = await session.connection()
    await connection.execute(insert_ignoring_duplicates_statement(session, table), rows)


def insert_ignoring_duplicates_statement(session: AsyncSession, table: Table):  # type: ignore[no-untyped-def]
    """The INSERT ... ON CONFLICT DO NOTHING of `table` for the session's database, built once.

    Executed with one row, its rowcount says whether the row went in (1) or existed (0).
    """
    key = ("ignore", _dialect(session), table.name)
    statement = _built.get(key)
    if statement is None:
        statement = _built[key] = _insert(session)(table).on_conflict_do_nothing()
    return statement


async def increment(session: AsyncSession, table: Table, key: dict, column: str) -> int:
    """Add 1 to `column` of the row with primary key `key` (created at 1 if missing); the new value.

    One INSERT ... ON CONFLICT DO UPDATE ... RETURNING instead of insert, update
    and select: it runs under each filing. Both databases take the row's lock
    for the rest of the transaction, so a second writer waits and then sees
    the incremented value (PostgreSQL re-checks the conflict after the wait).
    """
    built = ("increment", _dialect(session), table.name, *key, column)
    statement = _built.get(built)
    if statement is None:
        statement = _built[built] = (
            _insert(session)(table)
            .values({**{name: bindparam(name) for name in key}, column: 1})
            .on_conflict_do_update(index_elements=list(key), set_={column: table.c[column] + 1})
            .returning(table.c[column])
        )
    connection = await session.connection()
    return (await connection.execute(statement, key)).scalar_one()


async def add_counts(session: AsyncSession, table: Table, rows: list[dict], column: str) -> None:
    """Add each row's `column` to the row with the same key (created with that value if missing).

    The key is every primary-key column; one INSERT ... ON CONFLICT DO UPDATE executed for
    all rows, so it compiles once. Keys must be distinct within `rows`.
    """
    if not rows:
        return
    built = ("add", _dialect(session), table.name, column)
    statement = _built.get(built)
    if statement is None:
        insert = _insert(session)(table)
        statement = _built[built] = insert.on_conflict_do_update(
            index_elements=[c.name for c in table.primary_key.columns], set_={column: table.c[column] + insert.excluded[column]}
        )
    connection = await session.connection()
    await connection.execute(statement, rows)


async def without_parallel_workers(session: AsyncSession) -> None:
    """PostgreSQL: no parallel workers for the rest of the transaction (nothing to do on SQLite).

    For a query over a window of a thousand or so rows the planner may start a worker
    process; starting it cost three times the query itself (bench/history.py's /stats).
    """
    if _dialect(session) == "postgresql":
        connection = await session.connection()
        await connection.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
