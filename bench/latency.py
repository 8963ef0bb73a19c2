"""Acknowledgement latency under a steady load, with the default send limits.

    python bench/latency.py [--rate 200] [--rooms 20] [--residents 5] [--seconds 10] [--complaint-share 0.1]

The sandbox runs in its own process; Sotong runs as in production (polling,
SQLite in WAL mode, every room feature on, the default limits of 30 sends a
second and 20 a minute in one group). For `--seconds`, `--rate` messages a
second are posted over `--rooms` rooms of `--residents` residents each (with 5,
as in bench/throughput.py, each resident posts twice a second: the flood rule
warns them, so acknowledgements share the room's budget with warnings; with 100
nobody floods), a share of them reports of a problem. A report's latency runs from its
post until Sotong's reply to it (the acknowledgement, the "added to #N" note,
or the "file this?" question) was accepted by the Bot API; a combined
acknowledgement answers each report it links to. Prints p50, p99 and
max, how many reports got no reply before the deadline, and what else the bot
sent; the last line is `latency: ack_p99_ms=...`. Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from databases import sqlite_settings  # noqa: E402
from fairness import percentile  # noqa: E402
from throughput import CHATTER, CIVIC, TOKEN, sandbox_server, until  # noqa: E402

from bot.runtime import Runtime  # noqa: E402
from bot.sandbox.client import SandboxControl  # noqa: E402

_LINK = re.compile(r"^https://t\.me/c/[0-9]+/([0-9]+)$")  # a report's link in a supergroup
TICK = 0.5  # seconds between posting rounds (one bulk post per room and round)


class Watched:
    """The courier's bot, noting when each call was accepted."""

    def __init__(self, bot: object, replied: dict[tuple[int, int], float], methods: Counter) -> None:
        self._bot = bot
        self._replied = replied
        self._methods = methods

    def __getattr__(self, name: str) -> object:
        return getattr(self._bot, name)

    async def do_api_request(self, method: str, api_kwargs: dict | None = None, **kwargs: object) -> object:
        result = await self._bot.do_api_request(method, api_kwargs=api_kwargs, **kwargs)  # type: ignore[attr-defined]
        params = api_kwargs or {}
        self._methods[method] += 1
        reply = params.get("reply_parameters")
        if method == "sendMessage" and isinstance(reply, dict):
            now = time.perf_counter()
            chat_id = int(params["chat_id"])
            self._replied.setdefault((chat_id, int(reply["message_id"])), now)
            # a combined acknowledgement (bot/features/combined_acks.py) links each report it answers
            for entity in params.get("entities") or []:
                if entity.get("type") == "text_link" and (found := _LINK.search(entity.get("url", ""))):
                    self._replied.setdefault((chat_id, int(found.group(1))), now)
        return result


async def run(
    url: str, workdir: Path, rate: float, rooms: int, residents: int, seconds: float, civic_share: float, seed: int, drain: float
) -> dict:
    rng = random.Random(seed)
    settings = await sqlite_settings(url, TOKEN, workdir)
    replied: dict[tuple[int, int], float] = {}
    methods: Counter = Counter()
    async with SandboxControl(url) as control:
        chats: list[tuple[int, list[int]]] = []
        for c in range(rooms):
            owner = await control.create_user(first_name=f"관리자{c}")
            room = await control.create_chat(title=f"소통방 {c}", creator_user_id=owner["id"])
            people = []
            for p in range(residents):
                person = await control.create_user(first_name=f"주민{c}-{p}")
                await control.join(room["id"], person["id"], signals=())
                people.append(person["id"])
            chats.append((room["id"], people))
        runtime = Runtime(settings)
        runtime.courier.bot = Watched(runtime.courier.bot, replied, methods)  # type: ignore[assignment]
        await runtime.start()
        reports: dict[tuple[int, int], float] = {}
        refused = posted = 0
        try:
            started = time.perf_counter()
            rounds = int(seconds / TICK)
            for r in range(rounds):
                tick = started + r * TICK
                await asyncio.sleep(max(0.0, tick - time.perf_counter()))
                batch: dict[int, list[tuple[bool, dict]]] = {}
                for _ in range(int(rate * TICK)):
                    chat_id, people = rng.choice(chats)
                    civic = rng.random() < civic_share
                    text = rng.choice(CIVIC if civic else CHATTER)
                    batch.setdefault(chat_id, []).append((civic, {"user_id": rng.choice(people), "text": text}))
                for chat_id, items in batch.items():
                    sent_at = time.perf_counter()
                    answer = await control.bulk_post(chat_id, [body for _civic, body in items])
                    refused += len(answer.get("refused") or [])
                    posted += answer["count"]
                    for (civic, _body), message_id in zip(items, answer["message_ids"], strict=False):
                        if civic and message_id is not None:
                            reports[(chat_id, message_id)] = sent_at
            load_seconds = time.perf_counter() - started
            deadline = time.perf_counter() + drain
            await until(lambda: all(key in replied for key in reports) or time.perf_counter() > deadline, poll=0.1)
        finally:
            await runtime.stop()
    latencies = [(replied[key] - at) * 1000 for key, at in reports.items() if key in replied]
    return {
        "posted": posted,
        "refused": refused,
        "load_seconds": load_seconds,
        "reports": len(reports),
        "latencies": latencies,
        "methods": methods,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200, help="messages a second, over all rooms")
    parser.add_argument("--rooms", type=int, default=20)
    parser.add_argument("--residents", type=int, default=5, help="residents in each room")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--complaint-share", type=float, default=0.1)
    parser.add_argument("--drain", type=float, default=120, help="how long to wait for the last replies")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    async with sandbox_server() as url:
        with tempfile.TemporaryDirectory() as workdir:
            result = await run(
                url, Path(workdir), args.rate, args.rooms, args.residents, args.seconds, args.complaint_share, args.seed, args.drain
            )
    latencies = result["latencies"]
    print(
        f"load: {result['posted']} messages in {result['load_seconds']:.1f} s over {args.rooms} rooms "
        f"({result['posted'] / result['load_seconds']:.0f}/s), {result['refused']} refused by the sandbox, {result['reports']} reports"
    )
    print("bot calls: " + ", ".join(f"{method} {count}" for method, count in result["methods"].most_common()))
    print(f"reports without a reply after the drain: {result['reports'] - len(latencies)}")
    if latencies:
        print(
            f"acknowledgement latency: p50 {statistics.median(latencies):.0f} ms, "
            f"p99 {percentile(latencies, 0.99):.0f} ms, max {max(latencies):.0f} ms"
        )
    print(f"latency: ack_p99_ms={percentile(latencies, 0.99) if latencies else float('nan'):.0f}")


if __name__ == "__main__":
    asyncio.run(main())
