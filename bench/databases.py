"""The databases the benches run on: a fresh migrated SQLite file with Sotong's settings, or PostgreSQL emptied."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import Settings, settings_from_mapping  # noqa: E402
from storage.database import Database  # noqa: E402


async def sqlite_settings(api_url: str, token: str, workdir: Path, **sections: dict) -> Settings:
    """Sotong's settings for a bench: the sandbox at `api_url`, a new SQLite file in `workdir`, already
    migrated (schema creation is not what a bench measures), and `sections` on top."""
    db_url = f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
    database = Database(db_url)
    await database.migrate()
    await database.close()
    return settings_from_mapping(
        {
            "telegram": {"token": token, "api_url": api_url, "poll_timeout": 1},
            "storage": {"url": db_url},
            "privacy": {"pseudonym_secret": "bench"},
            **sections,
        }
    )


async def empty_postgres(url: str) -> None:
    """Drop and recreate the public schema of the PostgreSQL database at `url`: never one you keep."""
    db = Database(url)
    async with db.engine.begin() as connection:
        await connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        await connection.exec_driver_sql("CREATE SCHEMA public")
    await db.close()
