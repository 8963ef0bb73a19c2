"""Shared fixtures: databases on both backends, the sandbox, and a running bot against it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage.database import Database

POSTGRES_URL = os.environ.get("SOTONG_TEST_POSTGRES_URL", "")
REPO = Path(__file__).resolve().parent.parent


async def _reset_postgres(url: str) -> None:
    db = Database(url)
    async with db.engine.begin() as connection:
        await connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        await connection.exec_driver_sql("CREATE SCHEMA public")
    await db.close()


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    """A clean PostgreSQL database (the `test` database's public schema, emptied)."""
    if not POSTGRES_URL:
        pytest.skip("SOTONG_TEST_POSTGRES_URL is not set: PostgreSQL storage tests skipped")
    await _reset_postgres(POSTGRES_URL)
    yield POSTGRES_URL


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'sotong.db'}"
    else:
        if not POSTGRES_URL:
            pytest.skip("SOTONG_TEST_POSTGRES_URL is not set: PostgreSQL storage tests skipped")
        await _reset_postgres(POSTGRES_URL)
        yield POSTGRES_URL


@pytest.fixture
async def database(db_url: str) -> AsyncIterator[Database]:
    """A migrated database on each backend."""
    db = Database(db_url)
    await db.migrate()
    yield db
    await db.close()
