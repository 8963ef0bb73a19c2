"""Shared fixtures: databases on both backends, the sandbox, and a running bot against it."""

from __future__ import annotations

import asyncio
import contextlib
import os
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
    db = Database(url)
    async with db.engine.begin() as connection:
        await connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        await connection.exec_driver_sql("CREATE SCHEMA public")
    await db.close()


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


@pytest.fixture
async def database(db_url: str) -> AsyncIterator[Database]:
    """A migrated database on each backend."""
    db = Database(db_url)
    await db.migrate()
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


def bot_process(config: Path) -> subprocess.Popen:
    """The bot in an OS process of its own (`sotong run`), for crash and multi-process scenarios."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--config", str(config), "--log-level", "WARNING"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def bot_settings(api_url: str, db_url: str, **sections: dict) -> Settings:
    """Settings for a bot under test; fast timers so scenarios finish in seconds."""
    raw: dict = {
        "telegram": {"token": TOKEN, "api_url": api_url, "poll_timeout": 1},
        "storage": {"url": db_url},
        "privacy": {"pseudonym_secret": "test-secret"},
        "greeting": {"quiet_seconds": 0.3, "max_wait_seconds": 3},
        "scheduler": {"sweep_seconds": 1},
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
async def bot_factory(sandbox, tmp_path):  # type: ignore[no-untyped-def]
    """Make bots (started by the test, so it can arrange things first); all stopped at the end."""
    made: list[BotUnderTest] = []

    def make(db_url: str | None = None, **sections: dict) -> BotUnderTest:
        bot = BotUnderTest(sandbox.url, db_url or f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", sections)
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
