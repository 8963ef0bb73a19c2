"""`sotong demo`: the sandbox, the bot against it and the web page, in one process, offline."""

from __future__ import annotations

import asyncio
import secrets
import signal
from pathlib import Path

from bot.config import settings_from_mapping
from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from bot.sandbox.server import start_sandbox

DEMO_TOKEN = "1000:sotong-demo"
DEMO_JURISDICTION = "gwacheon"  # the demo room's jurisdiction_id in Open311


def _demo_secret(db: Path, suffix: str = ".secret") -> str:
    """A random key kept next to the demo database, so pseudonyms (and the Open311 key) survive restarts."""
    path = db.with_name(db.name + suffix)
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


async def run_demo(host: str, port: int, db: Path) -> int:
    sandbox = await start_sandbox(host=host, port=port, token=DEMO_TOKEN)
    control = SandboxControl(sandbox.url)
    moderator = await control.create_user(first_name="관리자", username="city_staff", language_code="ko")
    resident = await control.create_user(first_name="주민", language_code="ko")
    room = await control.create_chat(title="과천시 소통방 (데모)", type="supergroup", creator_user_id=moderator["id"])
    await control.join(room["id"], resident["id"], signals=())  # already there before the bot
    desk = await control.create_chat(title="도로과 업무방 (데모)", type="supergroup", creator_user_id=moderator["id"])
    api_key = _demo_secret(db, ".open311-key")[:32]
    settings = settings_from_mapping(
        {
            "telegram": {"token": DEMO_TOKEN, "api_url": sandbox.url, "poll_timeout": 10},
            "storage": {"url": f"sqlite+aiosqlite:///{db.resolve()}"},
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
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    await runtime.stop()
    await control.close()
    await sandbox.close()
    return 0
