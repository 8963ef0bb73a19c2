"""The one place that picks SQL by dialect: INSERT ... ON CONFLICT DO NOTHING."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert
from sqlmodel.ext.asyncio.session import AsyncSession


def insert_ignoring_duplicates(session: AsyncSession, table, rows: list[dict]) -> Insert:  # type: ignore[no-untyped-def]
    """An INSERT of `rows` that skips rows whose key already exists, on SQLite and PostgreSQL."""
    insert = postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
    return insert(table).values(rows).on_conflict_do_nothing()
