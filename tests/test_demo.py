"""`sotong demo` as a person runs it: one process with the sandbox, the bot and a staff group."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp

from bot.sandbox.client import SandboxControl
from tests.conftest import REPO, bot_messages, eventually
from tests.test_demo_page import free_port


async def test_the_demo_files_a_complaint_and_hands_it_to_the_department(tmp_path: Path) -> None:
    port = free_port()
    demo = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "demo", "--port", str(port), "--db", str(tmp_path / "demo.db")],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert demo.stdout is not None
        assert f"open http://127.0.0.1:{port}/" in demo.stdout.readline()  # printed once the bot runs
        lines = [demo.stdout.readline() for _ in range(3)]
        [console] = [line for line in lines if line.startswith("Staff console: ")]
        link = console.removeprefix("Staff console: ").strip()
        assert link.startswith("http://127.0.0.1:") and "/console/login/" in link
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(link) as response:  # the demo's staff member is logged in
                assert response.status == 200 and "대시보드" in await response.text()
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
    finally:
        demo.send_signal(signal.SIGINT)
        assert demo.wait(timeout=30) == 0
