"""`sotong demo`: the sandbox, the bot against it and the web page, in one process, offline.

Restarting it in the same folder goes on where it stopped: the sandbox keeps its
world (users, rooms, messages, update ids) next to the demo database
(`<db>.sandbox.json`, bot.sandbox.persist), as Telegram keeps its own while a bot
restarts; and it hands out update ids past the highest the database has seen,
should the file have missed the last moments before a crash. Without both, the
bot would take new updates for redeliveries of old ones and stay deaf.
"""

from __future__ import annotations

import asyncio
import secrets
import signal
from pathlib import Path

from bot.config import settings_from_mapping
from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from bot.sandbox.server import start_sandbox
from storage import updates
from storage.database import Database

DEMO_TOKEN = "1000:sotong-demo"
ROOM, DESK = "과천시 소통방 (데모)", "도로과 업무방 (데모)"
DEMO_JURISDICTION = "gwacheon"  # the demo room's jurisdiction_id in Open311


def _demo_secret(db: Path, suffix: str = ".secret") -> str:
    """A random key kept next to the demo database, so pseudonyms (and the Open311 key) survive restarts."""
    path = db.with_name(db.name + suffix)
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


async def _first_update_id(url: str) -> int:
    database = Database(url)
    try:
        await database.migrate()
        return await updates.highest_seen(database) + 1
    finally:
        await database.close()


async def _people_and_rooms(control: SandboxControl) -> tuple[dict, dict, dict]:
    """The demo's administrator, room and staff group: made on the first start, found after."""
    users = {u["first_name"]: u for u in await control.users()}
    chats = {c["title"]: c for c in await control.chats()}
    moderator = users.get("관리자") or await control.create_user(first_name="관리자", username="city_staff", language_code="ko")
    if ROOM not in chats:
        resident = users.get("주민") or await control.create_user(first_name="주민", language_code="ko")
        chats[ROOM] = await control.create_chat(title=ROOM, type="supergroup", creator_user_id=moderator["id"])
        await control.join(chats[ROOM]["id"], resident["id"], signals=())  # already there before the bot
    if DESK not in chats:
        chats[DESK] = await control.create_chat(title=DESK, type="supergroup", creator_user_id=moderator["id"])
    return moderator, chats[ROOM], chats[DESK]


async def run_demo(host: str, port: int, db: Path) -> int:
    url = f"sqlite+aiosqlite:///{db.resolve()}"
    state = db.with_name(db.name + ".sandbox.json")
    sandbox = await start_sandbox(host=host, port=port, token=DEMO_TOKEN, state=state, first_update_id=await _first_update_id(url))
    control = SandboxControl(sandbox.url)
    moderator, room, desk = await _people_and_rooms(control)
    api_key = _demo_secret(db, ".open311-key")[:32]
    settings = settings_from_mapping(
        {
            "telegram": {"token": DEMO_TOKEN, "api_url": sandbox.config_api_url, "poll_timeout": 10},
            "storage": {"url": url},
            "privacy": {"pseudonym_secret": _demo_secret(db)},
            "staff": {"user_ids": [moderator["id"]]},
            "greeting": {"quiet_seconds": 2, "max_wait_seconds": 10},
            "web": {"listen": host, "port": 0},
            "departments": {"도로과": {"chat_id": desk["id"], "categories": ["road", "streetlight", "traffic", "parking"]}},
            "open311": {
                "enabled": True,
                "api_keys": [api_key],
                "jurisdictions": {DEMO_JURISDICTION: room["id"]},
                "endpoint_type": "test",
            },
        },
        source="demo",
    )
    runtime = Runtime(settings)
    await runtime.start()
    print(f"Sotong demo: open {sandbox.url}/ in a browser (Ctrl+C stops)", flush=True)
    print(f"  room: {room['title']} — join as a new resident to see the greeting", flush=True)
    print(f"  staff group: {desk['title']} — road and streetlight complaints arrive there with buttons", flush=True)
    if runtime.console.available:  # the demo's moderator is configured staff: the console shows everything
        print(f"Staff console: {await runtime.console.login_link(moderator['id'])}", flush=True)
        print("  (the link works once; send /console to the bot as 관리자 in the page for another)", flush=True)
    print(f"Open311: {runtime.web.url}/open311/v2 (api_key {api_key}, jurisdiction_id {DEMO_JURISDICTION})", flush=True)
    print(f"Metrics: {runtime.web.url}/metrics", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    await runtime.stop()
    await control.close()
    await sandbox.close()
    return 0
