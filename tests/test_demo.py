"""`sotong demo` as a person runs it: one process with the sandbox, the bot and a staff group."""

from __future__ import annotations

import asyncio
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import aiohttp
from georeport import GeoReport

from bot.sandbox.client import SandboxControl
from tests.conftest import REPO, bot_messages, eventually
from tests.conftest import free_port


def start_demo(port: int, db: Path, timeout: float = 60) -> tuple[subprocess.Popen, list[str]]:
    """The demo, and what it printed once the bot runs (up to its Metrics line)."""
    demo = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "demo", "--port", str(port), "--db", str(db)],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in demo.stdout], daemon=True).start()  # type: ignore[union-attr]
    printed: list[str] = []
    try:
        printed.append(lines.get(timeout=timeout))
        assert f"open http://127.0.0.1:{port}/" in printed[0]  # printed once the bot runs
        while not printed[-1].startswith("Metrics: "):
            printed.append(lines.get(timeout=timeout))
    except (queue.Empty, AssertionError):
        demo.kill()
        demo.wait()
        raise AssertionError(f"the demo did not start as expected; it printed {printed}") from None
    return demo, printed


def stop_demo(demo: subprocess.Popen) -> None:
    demo.send_signal(signal.SIGINT)
    assert demo.wait(timeout=30) == 0


async def room_desk_and_resident(control: SandboxControl) -> tuple[dict, dict, int]:
    chats = {chat["title"]: chat for chat in await control.chats()}
    room, desk = chats["과천시 소통방 (데모)"], chats["도로과 업무방 (데모)"]
    members = (await control.chat(room["id"]))["members"]
    resident = next(m["user"]["id"] for m in members if m["user"]["first_name"] == "주민")
    return room, desk, resident


async def acknowledgement(control: SandboxControl, room: dict, posted: dict) -> dict:
    async def acknowledged() -> list[dict]:
        return [m for m in await bot_messages(control, room["id"]) if m.get("reply_to_message_id") == posted["message_id"]]

    [ack] = await eventually(acknowledged, timeout=20)
    return ack


async def test_the_demo_files_a_complaint_and_hands_it_to_the_department(tmp_path: Path) -> None:
    port = free_port()
    demo, printed = start_demo(port, tmp_path / "demo.db")
    try:
        control = SandboxControl(f"http://127.0.0.1:{port}")
        room, desk, resident = await room_desk_and_resident(control)

        posted = await control.post(room["id"], resident, "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요")

        ack = await acknowledgement(control, room, posted)
        assert ack["text"].startswith("✅ 민원 #1 접수했습니다.")
        [card] = await eventually(lambda: bot_messages(control, desk["id"]))
        assert "민원 #1 · 과천시 소통방 (데모)" in card["text"]
        metrics_url = printed[-1].removeprefix("Metrics: ").strip()
        async with aiohttp.ClientSession() as http, http.get(metrics_url) as response:
            assert response.status == 200
            assert 'sotong_complaints_filed_total{category="streetlight",kind="complaint"} 1.0' in await response.text()
        await control.close()
    finally:
        stop_demo(demo)


async def test_a_demo_restarted_in_the_same_folder_answers_and_remembers(tmp_path: Path) -> None:
    port, db = free_port(), tmp_path / "demo.db"
    demo, _ = start_demo(port, db)
    try:
        control = SandboxControl(f"http://127.0.0.1:{port}")
        room, _desk, resident = await room_desk_and_resident(control)
        first = await control.post(room["id"], resident, "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요")
        assert (await acknowledgement(control, room, first))["text"].startswith("✅ 민원 #1 접수했습니다.")
        await control.close()
    finally:
        stop_demo(demo)

    demo, _ = start_demo(port, db)  # the same folder: the same database and sandbox state
    try:
        control = SandboxControl(f"http://127.0.0.1:{port}")
        chats = [chat["title"] for chat in await control.chats()]
        assert sorted(chats) == sorted(set(chats))  # nobody and nothing made twice
        room, _desk, again = await room_desk_and_resident(control)
        assert again == resident
        history = [m["message_id"] for m in await control.messages(room["id"])]
        assert first["message_id"] in history  # the room still shows what was said
        second = await control.post(room["id"], resident, "별양동 주공아파트 앞 신호등이 고장났어요")
        assert second["message_id"] > max(history)
        ack = await acknowledgement(control, room, second)  # the restarted demo hears it
        assert ack["text"].startswith("✅ 민원 #2 접수했습니다.")
        await control.close()
    finally:
        stop_demo(demo)


async def test_the_demo_logs_its_staff_member_into_the_console(tmp_path: Path) -> None:
    demo, printed = start_demo(free_port(), tmp_path / "demo.db")
    try:
        [console] = [line for line in printed if line.startswith("Staff console: ")]
        link = console.removeprefix("Staff console: ").strip()
        assert link.startswith("http://127.0.0.1:") and "/console/login/" in link
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http, http.get(link) as response:
            # the demo's staff member is logged in
            assert response.status == 200 and "대시보드" in await response.text()
    finally:
        stop_demo(demo)


async def test_the_demo_serves_open311_as_it_prints(tmp_path: Path) -> None:
    port = free_port()
    demo, printed = start_demo(port, tmp_path / "demo.db")
    try:
        open311_line = re.compile(r"Open311: (http://\S+/open311/v2) \(api_key (\S+), jurisdiction_id (\S+)\)\n")
        match = next((found for found in map(open311_line.fullmatch, printed) if found), None)
        assert match is not None, printed
        base, key, slug = match.groups()
        services = await asyncio.to_thread(GeoReport(base, jurisdiction=slug).get_service_list)
        assert len(services) == 16
        form = {"api_key": key, "jurisdiction_id": slug, "service_code": "streetlight",
                "description": "과천역 3번 출구 앞 가로등이 나갔어요", "address_string": "과천역 3번 출구"}
        async with aiohttp.ClientSession() as http, http.post(f"{base}/requests.json", data=form) as response:
            assert response.status == 200 and (await response.json())[0]["service_request_id"] == "1"
        control = SandboxControl(f"http://127.0.0.1:{port}")
        room = next(chat for chat in await control.chats() if chat["title"] == "과천시 소통방 (데모)")

        async def announced() -> list[dict]:
            return [m for m in await bot_messages(control, room["id"]) if (m.get("text") or "").startswith("🕶 익명 제보 — 민원 #1")]

        await eventually(announced)
        await control.close()
    finally:
        stop_demo(demo)
