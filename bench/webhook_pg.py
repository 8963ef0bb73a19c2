"""Updates per second of Sotong workers on PostgreSQL, over the webhook, sticky by chat.

    SOTONG_BENCH_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/bench \\
        python bench/webhook_pg.py [--messages 6000] [--rooms 40] [--in-flight 40] [--workers 1 2] [--profile DIR]

The sandbox (the Bot API the workers call) runs in its own process, and each
worker in its own (`sotong run`, webhook mode, every room feature on). The
bench plays Telegram and the load balancer: it posts Telegram-shaped message
updates to the workers' webhooks with `--in-flight` requests open at once,
each chat always to the same worker (its id modulo the number of workers).
The clock runs from the first request until PostgreSQL holds every update as
handled; the workers' CPU time over the same span (from /proc) gives their
cost per update, which a machine shared with other work does not distort as
it does the wall clock. PostgreSQL's and the sandbox's CPU are not counted.
The database's schema is emptied before each run: never point this
at a database you keep. Prints one line per worker count; the last line is
`webhook_pg: workers=1 updates_per_s=... cpu_ms_per_update=... workers=2 ...`.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from databases import empty_postgres  # noqa: E402
from throughput import CHATTER, CIVIC, TOKEN, free_port, sandbox_server, wait_until_up  # noqa: E402

from bot.sandbox.client import SandboxControl  # noqa: E402
from storage.database import Database  # noqa: E402

SECRET = "bench-secret"
RESIDENTS = 20


async def empty(url: str) -> None:
    await empty_postgres(url)
    db = Database(url)
    await db.migrate()  # schema creation is not what we measure
    await db.close()


def config(workdir: Path, index: int, port: int, api_url: str, db_url: str) -> Path:
    path = workdir / f"worker{index}.toml"
    path.write_text(
        f"""
[telegram]
token = "{TOKEN}"
api_url = "{api_url}"
mode = "webhook"

[webhook]
listen = "127.0.0.1"
port = {port}
path = "/telegram"
secret_token = "{SECRET}"

[storage]
url = "{db_url}"

[scheduler]
worker_id = "bench-{index}"

[privacy]
pseudonym_secret = "bench"

[logging]
level = "WARNING"
""",
        encoding="utf-8",
    )
    return path


def updates_for(rooms: list[tuple[dict, list[dict]]], count: int, civic_share: float, seed: int) -> list[dict]:
    rng = random.Random(seed)
    now = int(time.time())
    made = []
    for update_id in range(1, count + 1):
        chat, people = rng.choice(rooms)
        person = rng.choice(people)
        body = rng.choice(CIVIC if rng.random() < civic_share else CHATTER)
        made.append(
            {
                "update_id": update_id,
                "message": {
                    "message_id": 10_000 + update_id,
                    "date": now,
                    "chat": {"id": chat["id"], "type": "supergroup", "title": chat["title"]},
                    "from": {"id": person["id"], "is_bot": False, "first_name": person["first_name"]},
                    "text": body,
                },
            }
        )
    return made


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def handled(db: Database) -> int:
    async with db.engine.connect() as connection:
        done = (await connection.execute(text("SELECT count(*) FROM processed_updates"))).scalar_one()
        dead = (await connection.execute(text("SELECT count(*) FROM dead_letters"))).scalar_one()
    return int(done) + int(dead)


async def run(
    workers: int, db_url: str, api_url: str, rooms: list[tuple[dict, list[dict]]], count: int, in_flight: int,
    civic_share: float, seed: int, profile: str | None = None,
) -> tuple[float, float]:
    """Updates per second (wall clock), and the workers' CPU milliseconds per update."""
    await empty(db_url)
    ports = [free_port() for _ in range(workers)]
    with tempfile.TemporaryDirectory() as workdir:
        processes = [
            subprocess.Popen(
                [sys.executable, *(["-c", _PROFILED, str(Path(profile) / f"worker-{workers}-{i}.prof")] if profile else ["-m", "bot.cli"]),
                 "run", "--config", str(config(Path(workdir), i, port, api_url, db_url))],
                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
            )
            for i, port in enumerate(ports)
        ]
        try:
            for port in ports:
                await wait_until_up(f"http://127.0.0.1:{port}", "/healthz", 30, f"the worker on port {port}")
            batch = updates_for(rooms, count, civic_share, seed)
            database = Database(db_url)
            gate = asyncio.Semaphore(in_flight)
            connector = aiohttp.TCPConnector(limit=in_flight)
            async with aiohttp.ClientSession(connector=connector) as http:

                async def deliver(update: dict) -> None:
                    port = ports[abs(update["message"]["chat"]["id"]) % workers]  # sticky: a chat has one worker
                    async with gate:
                        while True:
                            async with http.post(
                                f"http://127.0.0.1:{port}/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                            ) as response:
                                if response.status == 200:
                                    return
                            await asyncio.sleep(0.1)  # as Telegram would, later

                started, cpu_before = time.perf_counter(), sum(cpu_seconds(p.pid) for p in processes)
                await asyncio.gather(*(deliver(update) for update in batch))
                while await handled(database) < count:
                    await asyncio.sleep(0.05)
                elapsed = time.perf_counter() - started
                cpu = sum(cpu_seconds(p.pid) for p in processes) - cpu_before
            await database.close()
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
    return count / elapsed, cpu * 1000 / count


# A worker under cProfile counting CPU time (process_time), not the wall clock: on a machine shared with
# other work, a wall-clock profile charges the time the worker was not running to whatever it was in.
_PROFILED = """
import cProfile, runpy, sys, time
out = sys.argv.pop(1)
sys.argv[0] = "sotong"
profile = cProfile.Profile(time.process_time)
try:
    profile.runcall(runpy.run_module, "bot.cli", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
finally:
    profile.dump_stats(out)
"""

_PACKAGES = (  # (label, a path fragment of its files), first match wins
    ("sqlalchemy", "/sqlalchemy/"), ("sqlmodel", "/sqlmodel/"), ("asyncpg", "/asyncpg/"), ("python-telegram-bot", "/telegram/"),
    ("aiohttp", "/aiohttp/"), ("httpx/httpcore", "/http"), ("pydantic", "/pydantic"), ("numpy", "/numpy/"),
    ("sotong moderation (detectors)", "/moderation/"), ("sotong storage", "/storage/"), ("sotong bot", "/bot/"),
    ("asyncio", "/asyncio/"), ("json", "/json/"),
)


def by_package(paths: list[Path]) -> str:
    """Where the workers' CPU went: own time (tottime) summed by package."""
    import pstats

    totals: dict[str, float] = {}
    for path in paths:
        stats = pstats.Stats(str(path))
        for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            if name in ("<method 'poll' of 'select.epoll' objects>", "<method 'select' of 'select.epoll' objects>"):
                label = "idle (waiting for the network)"  # CPU spent in the poll call itself
            else:
                label = next((label for label, fragment in _PACKAGES if fragment in filename), "other (builtins, stdlib)")
            totals[label] = totals.get(label, 0.0) + tottime
    busy = sum(value for label, value in totals.items() if not label.startswith("idle"))
    lines = [f"profile of {len(paths)} worker(s): {busy:.1f} s of CPU (start-up included)"]
    for label, value in sorted(totals.items(), key=lambda item: -item[1]):
        share = "" if label.startswith("idle") else f" ({value / busy:.0%} of busy)"
        lines.append(f"  {label:32s} {value:7.2f} s{share}")
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=6000)
    parser.add_argument("--rooms", type=int, default=40)
    parser.add_argument("--in-flight", type=int, default=40)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--complaint-share", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", metavar="DIR", help="run each worker under cProfile, write its profile to DIR and "
                        "print where a worker's CPU went, by package (start-up and idle waits included)")
    args = parser.parse_args()
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    db_url = os.environ.get("SOTONG_BENCH_POSTGRES_URL")
    if not db_url:
        raise SystemExit("set SOTONG_BENCH_POSTGRES_URL to a PostgreSQL database this bench may empty")
    figures: dict[int, float] = {}
    costs: dict[int, float] = {}
    async with sandbox_server() as api_url:
        async with SandboxControl(api_url) as control:
            rooms = []
            for c in range(args.rooms):
                owner = await control.create_user(first_name=f"관리자{c}")
                chat = await control.create_chat(title=f"소통방 {c}", creator_user_id=owner["id"])
                people = []
                for p in range(RESIDENTS):
                    person = await control.create_user(first_name=f"주민{c}-{p}")
                    await control.join(chat["id"], person["id"], signals=())
                    people.append(person)
                rooms.append((chat, people))
        for workers in args.workers:
            figures[workers], costs[workers] = await run(
                workers, db_url, api_url, rooms, args.messages, args.in_flight, args.complaint_share, args.seed, args.profile
            )
            if args.profile:
                print(by_package(sorted(Path(args.profile).glob(f"worker-{workers}-*.prof"))), flush=True)
            print(
                f"{workers} worker(s), {args.in_flight} requests in flight, sticky by chat: {figures[workers]:,.0f} updates/s; "
                f"workers' CPU {costs[workers]:.2f} ms an update ({1000 / costs[workers]:,.0f} updates per CPU-second)",
                flush=True,
            )
    if 1 in figures and len(figures) > 1:
        for workers, rate in figures.items():
            if workers != 1:
                print(f"{workers} workers / 1 worker: {rate / figures[1]:.2f}")
    print("webhook_pg: " + " ".join(f"workers={w} updates_per_s={r:.0f} cpu_ms_per_update={costs[w]:.2f}" for w, r in figures.items()))


if __name__ == "__main__":
    asyncio.run(main())
