"""What a room's history costs: filing one complaint, the board, /complaints and /stats with 1,000 and 100,000 complaints.

    python bench/history.py [--sizes 1000,100000] [--repeat 30] [--per-day 50] [--old-open 0.05]

For each size N the database is prefilled with N complaints and their events, laid out
two ways: all in one room ("one"), and spread evenly over 100 rooms ("spread", the timed
room holding N/100). Each room files `--per-day` complaints a day, so a bigger N is a
longer history at the same pace, not a busier month: every recent window (the duplicate
search's 14 days, /stats' 7 and 30) holds the same complaints at 1,000 as at 100,000.
Complaints filed in the last 30 days are in every state; older ones are closed but for
`--old-open` of them (forgotten ones: the backlog the board and /complaints show).

The prefill goes in with SQLAlchemy Core at the schema of migration 0014, then the
database migrates to the newest revision, as an existing deployment would upgrade
(PostgreSQL is then vacuumed and analysed, as autovacuum would).
Then, in the timed room, each operation runs `--repeat` times in its own transaction
(commit included) and the median is printed:
- filing: the storage part of a room message filed as a new complaint
  (bot.features.intake.file_or_support: duplicate search, number, record, event);
- board: the pinned board's text (bot.features.progress.board_text);
- list: /complaints, first page (bot.features.progress.complaints_page);
- stats: /stats (bot.features.stats.stats_text).
On SQLite the statements run on the event loop (storage/database.py), so each figure is
also how long every room waits. Runs on SQLite, and on PostgreSQL when
SOTONG_BENCH_POSTGRES_URL is set (its public schema is dropped and rebuilt).
The last line is SQLite's, one room: history: filing_ms_1k=… filing_ms_100k=… stats_ms_100k=… ratio_100k_1k=…
Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from alembic import command  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from databases import empty_postgres  # noqa: E402

from bot.config import IntakeSettings  # noqa: E402
from bot.features.intake import Draft, file_or_support  # noqa: E402
from bot.features.progress import board_text, complaints_page  # noqa: E402
from bot.features.stats import stats_text  # noqa: E402
from moderation.intake.taxonomy import CATEGORIES as CATEGORY_IDS  # noqa: E402
from storage import rooms  # noqa: E402
from storage.database import Database, alembic_config  # noqa: E402
from storage.models import Complaint, ComplaintCounter, ComplaintEvent, Room, utcnow  # noqa: E402

PRE_REVISION = "0014"  # the schema before this bench's subject; the prefill goes in there
ROOMS = 100
CATEGORIES = list(CATEGORY_IDS)
DEPARTMENTS = ["도로과", "교통과", "청소과", "공원녹지과", "건축과", "복지과"]
RECENT_DAYS = 30
CHUNK = 5000
PLACES = ["과천역 3번 출구", "별양동 놀이터", "중앙로 12", "관문사거리", "원문동 아파트", None]
WORDS = [
    "가로등",
    "보도블럭",
    "신호등",
    "쓰레기",
    "불법주차",
    "포트홀",
    "소음",
    "누수",
    "벤치",
    "그네",
    "배수구",
    "악취",
    "횡단보도",
    "버스정류장",
]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(6)) + f" {rng.randrange(10**9)}"


def _history(rng: random.Random, room_id: int, count: int, per_day: float, old_open: float, now: datetime, ids: list[int]):  # type: ignore[no-untyped-def]
    """Rows of `count` complaints of one room (oldest first) and their events."""
    complaints, events = [], []
    for number in range(1, count + 1):
        complaint_id = ids[0]
        ids[0] += 1
        filed = now - timedelta(days=(count - number + 1) / per_day)
        recent = now - filed < timedelta(days=RECENT_DAYS)
        if recent:
            status = rng.choices(
                ["received", "assigned", "in_progress", "resolved", "rejected", "duplicate", "withdrawn"], [20, 20, 20, 25, 5, 5, 5]
            )[0]
        elif rng.random() < old_open:
            status = rng.choice(["received", "assigned", "in_progress"])
        else:
            status = rng.choices(["resolved", "rejected", "duplicate", "withdrawn"], [80, 8, 7, 5])[0]
        category = rng.choice(CATEGORIES)
        department = rng.choice(DEPARTMENTS) if status in ("assigned", "in_progress", "resolved") else None
        steps = {
            "received": [],
            "assigned": ["assigned"],
            "in_progress": ["assigned", "in_progress"],
            "resolved": ["assigned", "in_progress", "resolved"],
            "rejected": ["rejected"],
            "duplicate": ["duplicate"],
            "withdrawn": ["withdrawn"],
        }[status]
        at = filed
        reporter = f"p{rng.randrange(5000):05d}"
        events.append(
            dict(complaint_id=complaint_id, from_status=None, status="received", source="room", actor=reporter, note="room", created_at=at)
        )
        previous = "received"
        for step in steps:
            at = min(at + timedelta(minutes=rng.randrange(5, 48 * 60)), now)
            events.append(
                dict(complaint_id=complaint_id, from_status=previous, status=step, source="room", actor="staff", note="", created_at=at)
            )
            previous = step
        complaints.append(
            dict(
                id=complaint_id,
                room_id=room_id,
                number=number,
                kind=rng.choice(["complaint", "complaint", "proposal"]),
                category=category,
                place=rng.choice(PLACES),
                text=_text(rng),
                reporter=reporter,
                source="room",
                message_id=number * 10,
                photo_file_ids="[]",
                status=status,
                department=department,
                status_at=at if steps else None,
                created_at=filed,
                updated_at=at,
            )
        )
    return complaints, events


async def _upgrade_to(db: Database, revision: str) -> None:
    def run(connection) -> None:  # type: ignore[no-untyped-def]
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with db.engine.begin() as connection:
        await connection.run_sync(run)


async def _insert(db: Database, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for start in range(0, len(rows), CHUNK):
        async with db.engine.begin() as connection:
            await connection.execute(insert(table), rows[start : start + CHUNK])


async def prefill(db: Database, size: int, layout: str, per_day: float, old_open: float, seed: int) -> int:
    """Migrate to 0014, insert the history, migrate to head; returns the timed room's id."""
    await _upgrade_to(db, PRE_REVISION)
    rng = random.Random(seed)
    now = utcnow()
    room_count = 1 if layout == "one" else ROOMS
    per_room = size // room_count
    room_rows = [
        dict(
            id=i,
            chat_id=-1000000000000 - i,
            title=f"소통방 {i}",
            language="ko",
            is_forum=False,
            greeting_pending=0,
            greeting_count=0,
            created_at=now - timedelta(days=4000),
        )
        for i in range(1, room_count + 1)
    ]
    await _insert(db, Room.__table__, room_rows)
    ids = [1]
    complaint_rows: list[dict] = []
    event_rows: list[dict] = []
    for room_id in range(1, room_count + 1):
        made, happened = _history(rng, room_id, per_room, per_day, old_open, now, ids)
        complaint_rows += made
        event_rows += happened
    await _insert(db, Complaint.__table__, complaint_rows)
    await _insert(db, ComplaintEvent.__table__, event_rows)
    await _insert(db, ComplaintCounter.__table__, [dict(room_id=r, last_number=per_room) for r in range(1, room_count + 1)])
    if db.dialect == "postgresql":  # explicit ids leave the sequences behind
        async with db.engine.begin() as connection:
            for table in ("rooms", "complaints", "complaint_events"):
                await connection.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            await connection.exec_driver_sql("ANALYZE")
    await db.migrate()
    if db.dialect == "postgresql":
        # As autovacuum leaves a table in service: statistics, and the visibility map that lets
        # an index-only scan skip the table (right after a bulk load, each row is visited).
        async with db.engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.exec_driver_sql("VACUUM ANALYZE")
    return 1


async def _timed(db: Database, repeat: int, operation: Callable[[object, int], Awaitable[object]]) -> tuple[float, float]:
    """The median milliseconds of `operation` in its own transaction (after one untimed run): wall clock, and
    this process's CPU time (on SQLite all of the work, and steadier than the clock on a shared machine)."""
    times, cpu = [], []
    for i in range(repeat + 1):
        started, started_cpu = time.perf_counter(), time.process_time()
        async with db.session() as session:
            await operation(session, i)
        if i:
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(times), statistics.median(cpu)


async def measure(url: str, size: int, layout: str, args: argparse.Namespace) -> dict[str, float]:
    db = Database(url)
    try:
        started = time.perf_counter()
        room_id = await prefill(db, size, layout, args.per_day, args.old_open, args.seed)
        prefill_s = time.perf_counter() - started
        async with db.session() as session:
            room = await rooms.get(session, room_id)
        settings = IntakeSettings()
        rng = random.Random(args.seed + 1)

        async def filing(session, i: int) -> None:  # type: ignore[no-untyped-def]
            draft = Draft(
                kind="complaint",
                category=rng.choice(CATEGORIES),
                place=rng.choice(PLACES),
                text=_text(rng),
                reporter=f"bench{i}",
                message_id=10**9 + i + rng.randrange(10**6) * 100,
            )
            await file_or_support(session, settings, room_id, draft)

        results = {"prefill_s": prefill_s}
        operations = {
            "filing": filing,
            "board": lambda s, i: board_text(s, room, utcnow()),  # type: ignore[arg-type]
            "list": lambda s, i: complaints_page(s, room, 1, 10),  # type: ignore[arg-type]
            "stats": lambda s, i: stats_text(s, room, utcnow()),  # type: ignore[arg-type]
        }
        for name, operation in operations.items():
            results[name], results[f"{name}_cpu"] = await _timed(db, args.repeat, operation)
        return results
    finally:
        await db.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--per-day", type=float, default=50.0, help="complaints a room files a day")
    parser.add_argument("--old-open", type=float, default=0.05, help="share of complaints older than 30 days still open")
    parser.add_argument("--layouts", default="one,spread")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = ["sqlite"] + (["postgresql"] if os.environ.get("SOTONG_BENCH_POSTGRES_URL") else [])
    print(f"history: per_day={args.per_day} old_open={args.old_open} repeat={args.repeat} load={os.getloadavg()[0]:.2f}")
    head = f"{'backend':<11}{'layout':<8}{'N':>8}{'prefill_s':>11}{'filing_ms':>11}{'board_ms':>10}{'list_ms':>9}{'stats_ms':>10}"
    print(head + "   (CPU ms: filing board list stats)")
    figures: dict[tuple[str, str, int], dict[str, float]] = {}
    for backend in backends:
        for layout in args.layouts.split(","):
            for size in sizes:
                with tempfile.TemporaryDirectory() as tmp:
                    if backend == "sqlite":
                        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
                    else:
                        url = os.environ["SOTONG_BENCH_POSTGRES_URL"]
                        await empty_postgres(url)
                    r = figures[(backend, layout, size)] = await measure(url, size, layout, args)
                cpu = " ".join(f"{r[f'{name}_cpu']:.2f}" for name in ("filing", "board", "list", "stats"))
                wall = f"{r['filing']:>11.2f}{r['board']:>10.2f}{r['list']:>9.2f}{r['stats']:>10.2f}"
                print(f"{backend:<11}{layout:<8}{size:>8}{r['prefill_s']:>11.1f}{wall}   ({cpu})", flush=True)
    print(json.dumps({f"{b}/{lay}/{n}": {k: round(v, 3) for k, v in r.items()} for (b, lay, n), r in figures.items()}))
    small, large = figures.get(("sqlite", "one", min(sizes))), figures.get(("sqlite", "one", max(sizes)))
    if small and large:
        print(
            f"history (CPU ms of this process): filing_1k={small['filing_cpu']:.2f} filing_100k={large['filing_cpu']:.2f} "
            f"stats_100k={large['stats_cpu']:.2f} ratio_100k_1k={large['filing_cpu'] / small['filing_cpu']:.2f}"
        )
        print(
            f"history: filing_ms_1k={small['filing']:.2f} filing_ms_100k={large['filing']:.2f} "
            f"stats_ms_100k={large['stats']:.2f} ratio_100k_1k={large['filing'] / small['filing']:.2f}"
        )


if __name__ == "__main__":
    asyncio.run(main())
