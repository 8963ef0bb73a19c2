"""Shared fixtures: databases on both backends, the sandbox, and a running bot against it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from storage import timesource
from storage.database import Database

REPO = Path(__file__).resolve().parent.parent
# pytest-xdist runs tests in worker processes gw0, gw1 ...; each has a database and ports of its own.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def _worker_url(url: str) -> str:
    """The worker's own database next to the configured one (`test` -> `test_gw0`); the URL itself without xdist."""
    if not url or not WORKER:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{WORKER}").render_as_string(hide_password=False)


POSTGRES_URL = _worker_url(os.environ.get("SOTONG_TEST_POSTGRES_URL", ""))


async def _create_database(url: str) -> None:
    """Create the worker's database if missing, from the server's `postgres` database."""
    import asyncpg

    parsed = make_url(url)
    dsn = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn)
    try:
        if not await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", parsed.database):
            with contextlib.suppress(asyncpg.DuplicateDatabaseError):  # another run made it just now
                await connection.execute(f'CREATE DATABASE "{parsed.database}"')
        # A test database need not survive a crash of the server: commits return before the disk
        # write (no effect on what any transaction sees), which several PostgreSQL tests wait on.
        await connection.execute(f'ALTER DATABASE "{parsed.database}" SET synchronous_commit = off')
    finally:
        await connection.close()


_created: set[str] = set()


async def _reset_postgres(url: str) -> None:
    if url not in _created:
        await _create_database(url)
        _created.add(url)
    _migrated.pop(url, None)  # empty now: the next `database` migrates it again
    db = Database(url)
    async with db.engine.begin() as connection:
        await connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        await connection.exec_driver_sql("CREATE SCHEMA public")
    await db.close()


# Migrating a database takes Alembic some 50 ms of CPU on SQLite and about 0.4 s of DDL on
# PostgreSQL, and nearly every test needs one. So each worker migrates once and starts each
# test from a copy of that schema with no rows; tests/test_migrations.py runs the real
# migrations (and the fixtures below still run `migrate()`, which finds nothing to do).

# PostgreSQL: the schema a migration left (tables, columns, indexes, constraints, sequences,
# views, triggers, functions, the Alembic revision), to know that a test did not change it.
_SCHEMA_FINGERPRINT = """
SELECT md5(coalesce(string_agg(item, E'\\n' ORDER BY item), '')) FROM (
    SELECT concat_ws(' ', 'c', c.relkind, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                     a.attnotnull, pg_get_expr(d.adbin, d.adrelid)) AS item
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    UNION ALL SELECT concat_ws(' ', 'i', indexdef) FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL SELECT concat_ws(' ', 'k', conrelid::regclass, conname, pg_get_constraintdef(oid))
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT concat_ws(' ', 't', tgrelid::regclass, tgname) FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid AND c.relnamespace = 'public'::regnamespace WHERE NOT tgisinternal
    UNION ALL SELECT concat_ws(' ', 'f', p.oid::regprocedure) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
    UNION ALL SELECT concat_ws(' ', 'v', version_num) FROM public.alembic_version
) AS schema
"""
# url -> the fingerprint of the schema this process migrated there
_migrated: dict[str, str] = {}


async def _postgres_fingerprint(db: Database) -> str | None:
    async with db.engine.connect() as connection:
        if not (await connection.exec_driver_sql("SELECT to_regclass('public.alembic_version')")).scalar():
            return None
        return str((await connection.exec_driver_sql(_SCHEMA_FINGERPRINT)).scalar_one())


async def _empty_rows(db: Database) -> None:
    """Every row deleted and every sequence restarted: what a fresh migration leaves (it adds no rows).

    DELETE, not TRUNCATE: on tables of a few rows TRUNCATE makes new files for each table and
    index and takes a second or more; the DELETEs take milliseconds. Replica mode skips the
    foreign-key triggers, so the order of the tables does not matter (none is left with rows)."""
    async with db.engine.begin() as connection:
        tables = (await connection.exec_driver_sql(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
        )).scalars().all()
        sequences = (await connection.exec_driver_sql(
            "SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = 'public'"
        )).scalars().all()
        await connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for table in tables:
            await connection.exec_driver_sql(f"DELETE FROM public.{table}")
        for sequence in sequences:
            await connection.exec_driver_sql(f"ALTER SEQUENCE public.{sequence} RESTART")


async def _migrated_postgres(url: str) -> None:
    """The worker's PostgreSQL database at head with no rows: emptied when this process migrated it
    and its schema is still the same, otherwise dropped and migrated afresh."""
    if url not in _created:
        await _create_database(url)
        _created.add(url)
    db = Database(url)
    try:
        if url in _migrated and await _postgres_fingerprint(db) == _migrated[url]:
            await _empty_rows(db)
            return
    finally:
        await db.close()
    await _reset_postgres(url)
    db = Database(url)
    try:
        await db.migrate()
        fingerprint = await _postgres_fingerprint(db)
        assert fingerprint is not None
        _migrated[url] = fingerprint
    finally:
        await db.close()


_sqlite_template: Path | None = None


async def _sqlite_migrated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite database this process migrated (no rows), made on first use."""
    global _sqlite_template
    if _sqlite_template is None:
        template = tmp_path_factory.mktemp("template") / "migrated.db"
        db = Database(f"sqlite+aiosqlite:///{template}")
        try:
            await db.migrate()
            assert await db.checkpoint()  # everything in the file itself, no write-ahead log to copy
        finally:
            await db.close()
        assert not template.with_name(template.name + "-wal").exists()
        _sqlite_template = template
    return _sqlite_template


# Ports a test must know before something listens on them (a webhook, a browser's debugging port).
# Each xdist worker draws from a range of its own, so two workers never pick the same port.
_PORTS_PER_WORKER = 1000
_given: set[int] = set()


def free_port() -> int:
    """A free local port of this worker's range, not given out before in this process."""
    index = int(WORKER[2:]) if WORKER.startswith("gw") and WORKER[2:].isdigit() else 0
    first = 20_000 + index * _PORTS_PER_WORKER
    for port in range(first, first + _PORTS_PER_WORKER):
        if port in _given:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _given.add(port)
        return port
    raise RuntimeError(f"no free port left in {first}..{first + _PORTS_PER_WORKER}")


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    """A clean PostgreSQL database (the configured one, or the xdist worker's own; its public schema emptied)."""
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


@pytest.fixture(params=["sqlite", "postgresql"])
async def database(request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Database]:
    """A migrated database with no rows, once per backend."""
    if request.param == "sqlite":
        shutil.copyfile(await _sqlite_migrated_once(tmp_path_factory), tmp_path / "sotong.db")
        url = f"sqlite+aiosqlite:///{tmp_path / 'sotong.db'}"
    else:
        if not POSTGRES_URL:
            pytest.skip("SOTONG_TEST_POSTGRES_URL is not set: PostgreSQL storage tests skipped")
        await _migrated_postgres(POSTGRES_URL)
        url = POSTGRES_URL
    db = Database(url)
    await db.migrate()  # finds the schema at head, as a restarted bot does
    yield db
    await db.close()


async def lock_waiters(database: Database) -> int:
    """PostgreSQL: how many sessions on this database wait for a lock another one holds."""
    query = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    async with database.engine.connect() as connection:
        return int((await connection.exec_driver_sql(query)).scalar_one())


# -- the sandbox and a bot running against it ---------------------------------

from dataclasses import dataclass, field  # noqa: E402

from bot.config import Settings, settings_from_mapping  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from bot.sandbox.client import SandboxControl  # noqa: E402
from bot.sandbox.server import start_sandbox  # noqa: E402

TOKEN = "1000:test-token"
# Sections of a bot whose periodic sweep runs every second (the default in tests is rarely: see bot_settings).
SWEEP_EVERY_SECOND: dict = {"scheduler": {"sweep_seconds": 1}}


def bot_process(config: Path) -> subprocess.Popen:
    """The bot in an OS process of its own (`sotong run`), for crash and multi-process scenarios."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--config", str(config), "--log-level", "WARNING"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def bot_settings(api_url: str, db_url: str, **sections: dict) -> Settings:
    """Settings for a bot under test; fast timers so scenarios finish in seconds."""
    raw: dict = {
        # A short long poll: tests wait for the bot's getUpdates that confirms an update (the sandbox
        # records a call when it returns), which without new updates comes back after this timeout.
        "telegram": {"token": TOKEN, "api_url": api_url, "poll_timeout": 1},
        "storage": {"url": db_url},
        "privacy": {"pseudonym_secret": "test-secret"},
        "greeting": {"quiet_seconds": 0.3, "max_wait_seconds": 3},
        # A sweep costs some 7 ms of CPU, and later() runs one when a test moves the clock. A test that
        # waits for the periodic sweep itself (retries, take-overs, redraws) asks for SWEEP_EVERY_SECOND.
        "scheduler": {"sweep_seconds": 30},
        "progress": {"board_delay_seconds": 0.2},  # 3 s in production: a scenario would wait that long per change
        "web": {"port": 0},  # any free port: tests run side by side
    }
    for name, values in sections.items():
        raw.setdefault(name, {}).update(values)
    return settings_from_mapping(raw, source="test")


@pytest.fixture
async def sandbox():  # type: ignore[no-untyped-def]
    running = await start_sandbox(token=TOKEN)
    yield running
    await running.close()


@pytest.fixture
async def control(sandbox) -> AsyncIterator[SandboxControl]:  # type: ignore[no-untyped-def]
    client = SandboxControl(sandbox.url)
    yield client
    await client.close()


@dataclass
class Room:
    """A supergroup whose owner (the moderator) and a resident were there before the bot."""

    chat_id: int
    moderator: int
    resident: int


@pytest.fixture
async def room(control: SandboxControl) -> Room:
    moderator = await control.create_user(first_name="시청 소통담당", username="staff")
    resident = await control.create_user(first_name="주민")
    chat = await control.create_chat(title="과천시 소통방", type="supergroup", creator_user_id=moderator["id"])
    await control.join(chat["id"], resident["id"], signals=())  # joined long ago: no update now
    return Room(chat_id=chat["id"], moderator=moderator["id"], resident=resident["id"])


@dataclass
class BotUnderTest:
    """Starts, stops and restarts the real bot against the sandbox, on one database."""

    api_url: str
    db_url: str
    sections: dict = field(default_factory=dict)
    runtime: Runtime | None = None

    async def start(self) -> Runtime:
        self.runtime = Runtime(bot_settings(self.api_url, self.db_url, **self.sections))
        await self.runtime.start()
        return self.runtime

    async def stop(self) -> None:
        if self.runtime is not None:
            await self.runtime.stop()
            self.runtime = None

    async def restart(self) -> Runtime:
        await self.stop()
        return await self.start()


@pytest.fixture
async def bot_factory(sandbox, tmp_path, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Make bots (started by the test, so it can arrange things first); all stopped at the end.

    Without a `db_url`, the bots share a SQLite file that starts as a migrated database with no rows."""
    made: list[BotUnderTest] = []
    default, template = tmp_path / "bot.db", await _sqlite_migrated_once(tmp_path_factory)

    def make(db_url: str | None = None, **sections: dict) -> BotUnderTest:
        if db_url is None and not default.exists():
            shutil.copyfile(template, default)
        bot = BotUnderTest(sandbox.url, db_url or f"sqlite+aiosqlite:///{default}", sections)
        made.append(bot)
        return bot

    yield make
    for bot in made:
        await bot.stop()


@pytest.fixture
async def sotong(bot_factory) -> Runtime:  # type: ignore[no-untyped-def]
    """A running bot with default test settings."""
    return await bot_factory().start()


async def eventually(probe, timeout: float = 10.0, interval: float = 0.05):  # type: ignore[no-untyped-def]
    """Poll the async `probe()` until it returns something truthy; fail after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s; last value: {result!r}")
        await asyncio.sleep(interval)


async def settled(runtime: Runtime, sandbox, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until the bot is idle: Telegram (the sandbox) has no update it has not confirmed, and
    the bot has handled every update, made every committed call and runs no timer job.

    Checks that something did NOT happen wait for this and then assert: a late duplicate
    would have happened by then, so the check can fail."""
    world = sandbox.state
    seen = [0]

    async def idle() -> bool:
        # twice in a row, a poll apart: nothing was starting in between
        seen[0] = seen[0] + 1 if not world.pending and runtime.idle() else 0
        return seen[0] >= 2

    await eventually(idle, timeout=timeout, interval=0.02)


async def later(runtime: Runtime, sandbox, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """What `seconds` from now brings: move the bot's clock ahead, run a sweep (which fires every timer
    that came due, as the periodic one would), and wait until the bot is idle. No sleeping."""
    timesource.advance(seconds)
    await runtime.sweep()
    await settled(runtime, sandbox)


@pytest.fixture(autouse=True)
def _wall_clock() -> Iterator[None]:
    """Every test starts and ends on the wall clock (storage.timesource)."""
    timesource.reset()
    yield
    timesource.reset()


async def bot_messages(control: SandboxControl, chat_id: int) -> list[dict]:
    """What the bot has posted in a chat and is still visible."""
    return [m for m in await control.messages(chat_id) if (m.get("from") or {}).get("is_bot")]


# -- department staff groups -------------------------------------------------------


@dataclass
class Desk:
    """A department's staff group: a city employee in it, and the bot."""

    chat_id: int
    staffer: int


@pytest.fixture
async def desks(control: SandboxControl) -> dict[str, Desk]:
    made = {}
    for name in ("도로과", "공원녹지과"):
        staffer = await control.create_user(first_name=f"{name} 주무관")
        chat = await control.create_chat(title=f"{name} 민원 업무방", type="supergroup", creator_user_id=staffer["id"])
        made[name] = Desk(chat["id"], staffer["id"])
    return made


def routed(desks: dict[str, Desk], **deadlines: object) -> dict:
    """Sections for a bot whose streetlight and road complaints go to 도로과, parks to 공원녹지과."""
    return {
        "departments": {
            "도로과": {"chat_id": desks["도로과"].chat_id, "categories": ["streetlight", "road"]},
            "공원녹지과": {"chat_id": desks["공원녹지과"].chat_id, "categories": ["parks"]},
        },
        "deadlines": deadlines,
    }


async def card_in(control: SandboxControl, desk: Desk, fragment: str) -> dict:
    """The one card (a message of the bot's with buttons) in a staff group that contains `fragment`.

    Reminders and escalations name the complaint too ("민원 #1 … 기한이 지났습니다") but carry no buttons."""
    async def probe() -> list[dict]:
        return [m for m in await bot_messages(control, desk.chat_id)
                if fragment in (m.get("text") or "") and m.get("reply_markup")]

    [card] = await eventually(probe)
    return card


def button(card: dict, label: str) -> str:
    """The callback data of the card's button labelled `label`."""
    [data] = [b["callback_data"] for row in (card.get("reply_markup") or {}).get("inline_keyboard", []) for b in row if label in b["text"]]
    return data


async def press(control: SandboxControl, desk: Desk, card: dict, label: str) -> dict:
    pressed = await control.press(desk.chat_id, card["message_id"], desk.staffer, button(card, label))
    return await eventually(lambda: control.answer_of(pressed))
