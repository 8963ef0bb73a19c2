"""`sotong demo` as a person runs it: one process with the sandbox, the bot and a staff group."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
from georeport import GeoReport

from bot.sandbox.client import SandboxControl
from tests.conftest import REPO, bot_messages, eventually
from tests.test_demo_page import free_port


@contextmanager
def running_demo(tmp_path: Path) -> Iterator[tuple[subprocess.Popen, int]]:
    """`sotong demo` on a free port, stopped with Ctrl+C at the end (and it must exit cleanly)."""
    port = free_port()
    demo = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "demo", "--port", str(port), "--db", str(tmp_path / "demo.db")],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert demo.stdout is not None
        yield demo, port
    finally:
        demo.send_signal(signal.SIGINT)
        assert demo.wait(timeout=30) == 0


async def test_the_demo_files_a_complaint_and_hands_it_to_the_department(tmp_path: Path) -> None:
    with running_demo(tmp_path) as (demo, port):
        assert f"open http://127.0.0.1:{port}/" in demo.stdout.readline()  # type: ignore[union-attr]  # printed once the bot runs
        control = SandboxControl(f"http://127.0.0.1:{port}")
        chats = {chat["title"]: chat for chat in await control.chats()}
        room, desk = chats["과천시 소통방 (데모)"], chats["도로과 업무방 (데모)"]
        members = (await control.chat(room["id"]))["members"]
        resident = next(m["user"]["id"] for m in members if m["user"]["first_name"] == "주민")

        posted = await control.post(room["id"], resident, "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요")

        async def acknowledged() -> list[dict]:
            return [m for m in await bot_messages(control, room["id"]) if m.get("reply_to_message_id") == posted["message_id"]]

        [ack] = await eventually(acknowledged)
        assert ack["text"].startswith("✅ 민원 #1 접수했습니다.")
        [card] = await eventually(lambda: bot_messages(control, desk["id"]))
        assert "민원 #1 · 과천시 소통방 (데모)" in card["text"]
        await control.close()


async def printed(demo: subprocess.Popen, count: int) -> list[str]:
    """The demo's next `count` lines; a demo that never prints them fails the test instead of hanging it."""
    return [await asyncio.wait_for(asyncio.to_thread(demo.stdout.readline), 30) for _ in range(count)]  # type: ignore[union-attr]


async def test_the_demo_logs_its_staff_member_into_the_console(tmp_path: Path) -> None:
    with running_demo(tmp_path) as (demo, _port):
        lines = await printed(demo, 6)
        [console] = [line for line in lines if line.startswith("Staff console: ")]
        link = console.removeprefix("Staff console: ").strip()
        assert link.startswith("http://127.0.0.1:") and "/console/login/" in link
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(link) as response:  # the demo's staff member is logged in
                assert response.status == 200 and "대시보드" in await response.text()


async def test_the_demo_serves_open311_as_it_prints(tmp_path: Path) -> None:
    with running_demo(tmp_path) as (demo, port):
        lines = await printed(demo, 6)
        open311_line = re.compile(r"Open311: (http://\S+/open311/v2) \(api_key (\S+), jurisdiction_id (\S+)\)\n")
        match = next((found for found in map(open311_line.fullmatch, lines) if found), None)
        assert match is not None, lines
        base, key, slug = match.groups()
        services = await asyncio.to_thread(GeoReport(base, jurisdiction=slug).get_service_list)
        assert len(services) == 16
        form = {"api_key": key, "jurisdiction_id": slug, "service_code": "streetlight",
                "description": "과천역 3번 출구 앞 가로등이 나갔어요", "address_string": "과천역 3번 출구"}
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{base}/requests.json", data=form) as response:
                assert response.status == 200 and (await response.json())[0]["service_request_id"] == "1"
        control = SandboxControl(f"http://127.0.0.1:{port}")
        room = next(chat for chat in await control.chats() if chat["title"] == "과천시 소통방 (데모)")

        async def announced() -> list[dict]:
            return [m for m in await bot_messages(control, room["id"]) if (m.get("text") or "").startswith("🕶 익명 제보 — 민원 #1")]

        await eventually(announced)
        await control.close()
