"""The engine, sessions and schema migrations, the same for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import tallies

_MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL + busy timeout: concurrent writers wait instead of failing with "database is locked".
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Raw updates are deleted once handled; this keeps them from lingering in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class _RunNow:
    """Stands in for aiosqlite's queue to its thread: runs each call as it is queued."""

    def put_nowait(self, item: tuple) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting caller, as aiosqlite's thread does
            if future is not None:
                future.set_exception(exc)
        else:
            if future is not None:
                future.set_result(result)


class _InlineSqlite(aiosqlite.Connection):
    """aiosqlite's connection with every call made at once, on the event loop, no thread.

    Why: the process has one SQLite connection (see Database), so aiosqlite's thread
    adds no parallelism, only a hand-off for each call: a cursor, an execute, a fetch
    and a close per statement, each a queue, a future and a wake-up of the loop. That
    was half of the event loop's time per statement, and a filing makes several. A
    statement on a local file in WAL mode (synchronous=NORMAL: no fsync per commit)
    takes microseconds; the loop can stall longer only for a checkpoint's fsync, or up
    to busy_timeout while another process holds the write lock (one process writes
    SQLite here: several workers need PostgreSQL). aiosqlite's own code runs unchanged
    around the queue (futures come back done), so errors and closing behave as before.
    """

    def __init__(self, connector, iter_chunk_size: int = 64) -> None:  # type: ignore[no-untyped-def]
        super().__init__(connector, iter_chunk_size)
        self._tx = _RunNow()  # type: ignore[assignment]

    def __await__(self):  # type: ignore[no-untyped-def]
        return self._connect().__await__()  # without starting the thread


def _inline_sqlite_engine(url: str, **kwargs: object) -> AsyncEngine:
    """An aiosqlite engine whose connections run inline (_InlineSqlite), with the URL's connect arguments."""
    probe = create_async_engine(url)
    args, options = probe.dialect.create_connect_args(probe.url)
    probe.sync_engine.dispose()

    async def connect() -> aiosqlite.Connection:
        return await _InlineSqlite(lambda: sqlite3.connect(*args, **options))

    return create_async_engine(url, async_creator=connect, **kwargs)


class Database:
    """One engine per process; `session()` gives a unit of work that commits or rolls back."""

    def __init__(self, url: str) -> None:
        self.url = url
        # A failed statement's message must not quote its values (raw text, Telegram ids):
        # it is logged, and the first line of it goes into a dead letter.
        kwargs: dict = {"hide_parameters": True}
        if url.startswith("postgresql"):
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        else:
            # SQLite has one writer. With several connections, a transaction that read and
            # then writes after another one committed fails with SQLITE_BUSY_SNAPSHOT, which
            # no busy timeout retries: an update's effects would be lost. One connection
            # makes units of work queue in asyncio instead. Several workers need PostgreSQL.
            kwargs.update(pool_size=1, max_overflow=0, pool_timeout=60)
        if url.startswith("sqlite"):
            self.engine: AsyncEngine = _inline_sqlite_engine(url, **kwargs)
        else:
            self.engine = create_async_engine(url, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self._sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        async with self._sessions() as session, session.begin():
            yield session
            # Counts noted along the way go in last, in key order (storage/tallies.py says why).
            await tallies.settle(session)

    async def migrate(self) -> tuple[str | None, str | None]:
        """Bring the schema to the newest Alembic revision; returns (revision before, after).

        Alembic's own INFO lines (a dozen and more at every start) are held back: the
        caller reports one line instead. Its warnings and errors still show.
        """
        alembic_log = logging.getLogger("alembic")
        level = alembic_log.level
        alembic_log.setLevel(max(logging.WARNING, alembic_log.getEffectiveLevel()))
        try:
            async with self.engine.begin() as connection:
                before = await connection.run_sync(_current_revision)
                await connection.run_sync(_upgrade)
                after = await connection.run_sync(_current_revision)
        finally:
            alembic_log.setLevel(level)
        return before, after

    async def revisions(self) -> tuple[str | None, str | None]:
        """(the database's revision, the newest this code knows); None: no schema yet."""
        async with self.engine.connect() as connection:
            current = await connection.run_sync(_current_revision)
        return current, head_revision()

    async def checkpoint(self) -> bool:
        """SQLite: copy the write-ahead log into the database file and truncate it to zero bytes.

        Deleted rows (handled raw updates) are zeroed by secure_delete, but their earlier
        versions stay readable in the log until it is overwritten; a TRUNCATE checkpoint
        removes them. False if a reader kept it from completing. Nothing to do on PostgreSQL.
        """
        if self.dialect != "sqlite":
            return True
        async with self.engine.connect() as connection:
            busy, _log, _done = (await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")).one()
        return busy == 0

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as connection:
                await connection.exec_driver_sql("SELECT 1")
            return True
        except Exception:  # noqa: BLE001 - a health check reports, it does not raise
            return False

    async def close(self) -> None:
        await self.engine.dispose()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revision(revision: str) -> bool:
    """Whether this code has the migration `revision` (a database a newer version migrated has not)."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises its own errors for unknown revisions
        return False


def _current_revision(connection) -> str | None:  # type: ignore[no-untyped-def]
    return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
