"""Updates per second through the sandbox: Sotong against a bare python-telegram-bot app.

    python bench/throughput.py [--messages 20000] [--chats 20] [--complaint-share 0.1]

The sandbox runs in its own process. For each contender the same number of
group messages is queued first, then the clock runs from start-up until every
update was handled. The bare contender is PTB's own Application with a no-op
handler (its default polling Updater and httpx transport); Sotong runs as in
production: durable inbox, per-chat ordering, SQLite in WAL mode.
Prints both figures and their ratio; asserts nothing.

With --breakdown, Sotong also runs with its room features switched off
(intake, house rules, heat) and with intake alone, after the same bare run,
to show what the durable pipeline costs and what each layer adds. It also
runs the bare application with a handler that only calls the intake model,
then the three detectors Sotong calls on every room message (intake, house
rules, hostility): no storage, no replies, a ceiling for any bot that runs
these models on PTB's dispatch.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
from telegram import Update
from telegram.ext import Application, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from databases import sqlite_settings  # noqa: E402

from bot.runtime import Runtime  # noqa: E402
from bot.sandbox.client import SandboxControl  # noqa: E402
from moderation.hostility import score as hostility_score  # noqa: E402
from moderation.intake import classify  # noqa: E402
from moderation.rules import check_text  # noqa: E402

TOKEN = "1000:bench"

CHATTER = [
    "오늘 날씨 좋네요", "다들 점심 뭐 드셨어요?", "ㅋㅋㅋ 맞아요", "저도 그렇게 생각해요",
    "그 정책은 좀 더 지켜봐야 할 것 같아요", "주말에 행사 있나요?", "감사합니다!", "좋은 의견이네요 👍",
]
CIVIC = [
    "과천역 3번 출구 앞 가로등이 나갔어요", "별양동 놀이터 그네가 부서졌어요 ㅠㅠ",
    "중앙로 12 앞 보도블럭이 깨져서 위험합니다", "관문사거리 신호등이 고장났어요",
    "다자녀 기준을 2자녀로 낮춰 주세요", "원문동 아파트 앞 불법주차 단속해 주세요",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_until_up(url: str, path: str = "/control/chats", seconds: float = 10, what: str = "the sandbox") -> None:
    """Poll `url` + `path` every 0.1 s until it answers 200; give up after `seconds`."""
    async with aiohttp.ClientSession() as http:
        for _ in range(int(seconds * 10)):
            try:
                async with http.get(f"{url}{path}") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{what} did not start")


@contextlib.asynccontextmanager
async def sandbox_server() -> AsyncIterator[str]:
    """The project's Bot API sandbox in a process of its own, up and answering; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "bot.sandbox", "--port", str(port), "--token", TOKEN], stdout=subprocess.DEVNULL)
    try:
        await wait_until_up(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


async def queue_messages(control: SandboxControl, count: int, chats: int, civic_share: float, seed: int) -> None:
    """Create `chats` rooms with residents and queue `count` messages spread over them."""
    rng = random.Random(seed)
    rooms = []
    for c in range(chats):
        owner = await control.create_user(first_name=f"관리자{c}")
        room = await control.create_chat(title=f"소통방 {c}", creator_user_id=owner["id"])
        people = []
        for p in range(5):
            person = await control.create_user(first_name=f"주민{c}-{p}")
            await control.join(room["id"], person["id"], signals=())
            people.append(person["id"])
        rooms.append((room["id"], people))
    per_chat: dict[int, list[dict]] = {room_id: [] for room_id, _ in rooms}
    for _ in range(count):
        room_id, people = rng.choice(rooms)
        text = rng.choice(CIVIC if rng.random() < civic_share else CHATTER)
        per_chat[room_id].append({"user_id": rng.choice(people), "text": text})
    for room_id, messages in per_chat.items():
        for start in range(0, len(messages), 1000):
            await control.bulk_post(room_id, messages[start : start + 1000])


async def until(predicate, poll: float = 0.01) -> None:  # type: ignore[no-untyped-def]
    while not predicate():
        await asyncio.sleep(poll)


def run_detectors(text: str) -> None:
    """What Sotong computes for every room message before it decides anything."""
    check_text(text)
    hostility_score(text)
    classify(text)


def run_intake(text: str) -> None:
    classify(text)


async def run_bare(api_url: str, count: int, detectors: Callable[[str], None] | None = None) -> float:
    """A bare PTB application with a no-op handler (or one that only runs `detectors`), polling; returns updates/s."""
    handled = 0

    async def noop(update: Update, context: object) -> None:
        nonlocal handled
        if detectors is not None and update.message is not None:
            detectors(update.message.text or "")
        handled += 1

    application = Application.builder().token(TOKEN).base_url(f"{api_url}/bot").build()
    application.add_handler(MessageHandler(filters.ALL, noop))
    started = time.perf_counter()
    await application.initialize()
    await application.start()
    await application.updater.start_polling(timeout=1, allowed_updates=Update.ALL_TYPES)
    await until(lambda: handled >= count)
    elapsed = time.perf_counter() - started
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
    return count / elapsed


FEATURES: dict[str, dict] = {
    "all": {},
    "intake only": {"rules": {"enabled": False}, "cooldown": {"enabled": False}},
    "none": {"intake": {"enabled": False}, "rules": {"enabled": False}, "cooldown": {"enabled": False}},
}


async def run_sotong(api_url: str, count: int, workdir: Path, features: dict | None = None) -> float:
    """Sotong as in production (SQLite, polling); returns updates/s. `features` switches sections off."""
    runtime = Runtime(await sqlite_settings(api_url, TOKEN, workdir, **(features or {})))
    started = time.perf_counter()
    await runtime.start()
    await until(lambda: runtime.handled >= count)
    elapsed = time.perf_counter() - started
    await runtime.stop()
    return count / elapsed


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--chats", type=int, default=20)
    parser.add_argument("--complaint-share", type=float, default=0.1, help="share of civic messages in the mix")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--breakdown", action="store_true", help="also run Sotong with intake alone and with no room features")
    args = parser.parse_args()
    variants = list(FEATURES) if args.breakdown else ["all"]

    async with sandbox_server() as url, SandboxControl(url) as control:
        await queue_messages(control, args.messages, args.chats, args.complaint_share, args.seed)
        bare = await run_bare(url, args.messages)
        floors: dict[str, float] = {}
        if args.breakdown:
            run_detectors("모델을 미리 읽어 둔다")  # loading the models is not what we measure
            for name, detectors in (("the intake model", run_intake), ("all three detectors", run_detectors)):
                await queue_messages(control, args.messages, args.chats, args.complaint_share, args.seed)
                floors[name] = await run_bare(url, args.messages, detectors)
        sotong: dict[str, float] = {}
        for variant in variants:
            await queue_messages(control, args.messages, args.chats, args.complaint_share, args.seed)
            with tempfile.TemporaryDirectory() as workdir:
                sotong[variant] = await run_sotong(url, args.messages, Path(workdir), FEATURES[variant])
    print(f"messages: {args.messages} over {args.chats} chats, civic share {args.complaint_share:.0%}")
    print(f"bare python-telegram-bot (no-op handler): {bare:,.0f} updates/s")
    print(f"Sotong:                                   {sotong['all']:,.0f} updates/s")
    print(f"ratio Sotong / bare: {sotong['all'] / bare:.2f}")
    for variant in variants[1:]:
        print(f"  Sotong, room features {variant + ':':12} {sotong[variant]:,.0f} updates/s, ratio {sotong[variant] / bare:.2f}")
    for name, floor in floors.items():
        print(f"  bare PTB running only {name + ':':21} {floor:,.0f} updates/s, ratio {floor / bare:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
