"""A quiet room's update latency while another room takes a burst.

    python bench/fairness.py [--burst 1000] [--interval-ms 25] [--complaint-share 0.1]

The sandbox runs in its own process; Sotong runs as in production (polling,
SQLite in WAL mode, every room feature on). One room gets `--burst` messages at
once; from then until the burst is handled, a quiet room gets one message every
`--interval-ms`. A quiet message's latency runs from just before the sandbox is
asked to post it until Sotong finished handling it (its unit of work committed).
Prints the quiet room's p50, p99 and max in two groups: messages posted once the
whole burst had reached the inbox (what the processor decides: whether a room's
backlog holds up another room), and messages posted before that, which polling
receives in order, behind the burst (what receiving costs). The last line is
`fairness: quiet_p99_ms=... quiet_p99_ms_behind_burst=...`. Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from databases import sqlite_settings  # noqa: E402
from throughput import CHATTER, CIVIC, TOKEN, sandbox_server, until  # noqa: E402

from bot.processor import chat_key  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from bot.sandbox.client import SandboxControl  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def room_with_people(control: SandboxControl, name: str, people: int) -> tuple[int, list[int]]:
    owner = await control.create_user(first_name=f"{name} 관리자")
    room = await control.create_chat(title=name, creator_user_id=owner["id"])
    residents = []
    for p in range(people):
        person = await control.create_user(first_name=f"{name} 주민{p}")
        await control.join(room["id"], person["id"], signals=())
        residents.append(person["id"])
    return room["id"], residents


async def measure(
    url: str, workdir: Path, burst: int, interval: float, civic_share: float, seed: int
) -> tuple[list[float], list[float], float, float]:
    rng = random.Random(seed)
    settings = await sqlite_settings(url, TOKEN, workdir)
    async with SandboxControl(url) as control:
        busy, busy_people = await room_with_people(control, "붐비는 방", 20)
        quiet, quiet_people = await room_with_people(control, "조용한 방", 3)
        runtime = Runtime(settings)
        processor = runtime.application.update_processor
        inner = processor._around  # noqa: SLF001 - the bench times the unit of work from outside
        finished: dict[int, float] = {}
        busy_done = 0

        async def timed(update: object, coroutine: object) -> None:
            nonlocal busy_done
            await inner(update, coroutine)  # type: ignore[arg-type]
            if chat_key(update) == busy:
                busy_done += 1
            elif chat_key(update) == quiet:
                finished[update.update_id] = time.perf_counter()  # type: ignore[attr-defined]

        processor._around = timed  # noqa: SLF001
        enqueue = runtime.receiver.enqueue
        busy_in = 0
        burst_in: list[float] = []  # when the whole burst had reached the inbox

        async def counted(update: object) -> None:
            nonlocal busy_in
            if chat_key(update) == busy:
                busy_in += 1
                if busy_in == burst + 1:
                    burst_in.append(time.perf_counter())
            await enqueue(update)  # type: ignore[arg-type]

        runtime.receiver.enqueue = counted  # type: ignore[method-assign]
        await runtime.start()
        try:
            for chat_id, people in ((busy, busy_people), (quiet, quiet_people)):  # warm-up: first messages create the rooms
                await control.post(chat_id, people[0], "안녕하세요")
            await until(lambda: busy_done == 1 and len(finished) == 1)
            finished.clear()
            messages = [
                {"user_id": rng.choice(busy_people), "text": rng.choice(CIVIC if rng.random() < civic_share else CHATTER)}
                for _ in range(burst)
            ]
            started = time.perf_counter()
            for first in range(0, burst, 1000):
                await control.bulk_post(busy, messages[first : first + 1000])
            posted: dict[int, float] = {}
            quiet_count = 0
            while busy_done < burst + 1:
                before = time.perf_counter()
                sent = await control.post(quiet, rng.choice(quiet_people), rng.choice(CHATTER))
                posted[sent["update_id"]] = before
                quiet_count += 1
                await asyncio.sleep(max(0.0, interval - (time.perf_counter() - before)))
            burst_seconds = time.perf_counter() - started
            await until(lambda: all(update_id in finished for update_id in posted))
        finally:
            await runtime.stop()
    behind = [(finished[i] - posted[i]) * 1000 for i in posted if posted[i] < burst_in[0]]
    during = [(finished[i] - posted[i]) * 1000 for i in posted if posted[i] >= burst_in[0]]
    return behind, during, burst_in[0] - started, burst_seconds


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--interval-ms", type=float, default=25.0)
    parser.add_argument("--complaint-share", type=float, default=0.1, help="share of civic messages in the burst")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    async with sandbox_server() as url:
        with tempfile.TemporaryDirectory() as workdir:
            behind, during, received_seconds, burst_seconds = await measure(
                url, Path(workdir), args.burst, args.interval_ms / 1000, args.complaint_share, args.seed
            )
    print(f"burst: {args.burst} messages in one room, in the inbox after {received_seconds:.2f} s, handled after {burst_seconds:.2f} s")
    for name, values in (
        ("posted before the burst was in the inbox (queued behind it at Telegram)", behind),
        ("posted once the burst was in the inbox", during),
    ):
        if values:
            print(
                f"quiet room, {name}: {len(values)} messages; latency p50 {statistics.median(values):.1f} ms, "
                f"p99 {percentile(values, 0.99):.1f} ms, max {max(values):.1f} ms"
            )
    print(
        f"fairness: quiet_p99_ms={percentile(during, 0.99):.1f} quiet_p99_ms_behind_burst={percentile(behind, 0.99) if behind else 0:.1f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
