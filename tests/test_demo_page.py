"""The demo's web page in a real browser: a resident joins by clicking, and sees the greeting.

Drives headless Chromium over the DevTools protocol; skipped where no Chromium is installed.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import Room, eventually, free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)")


class Browser:
    """Just enough of the DevTools protocol: navigate and evaluate JavaScript."""

    def __init__(self, socket_: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket_
        self.ids = itertools.count(1)

    async def call(self, method: str, **params: object) -> dict:
        message_id = next(self.ids)
        await self.socket.send_json({"id": message_id, "method": method, "params": params})
        async for message in self.socket:
            data = json.loads(message.data)
            if data.get("id") == message_id:
                if "error" in data:
                    raise AssertionError(f"{method}: {data['error']}")
                return data.get("result", {})
        raise AssertionError("the browser closed the connection")

    async def evaluate(self, expression: str) -> object:
        result = await self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        return result.get("result", {}).get("value")


async def test_a_resident_joins_in_the_browser_and_the_page_shows_the_greeting(sandbox, room: Room, sotong, tmp_path: Path) -> None:
    port = free_port()
    chromium = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--remote-debugging-port={port}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as http:
            targets = await eventually(lambda: _page_targets(http, port), timeout=30)
            async with http.ws_connect(targets[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                browser = Browser(ws)
                await browser.call("Page.navigate", url=f"{sandbox.url}/")
                await eventually(lambda: browser.evaluate("document.getElementById('chatTitle').innerText.includes('과천시 소통방')"))
                await browser.evaluate("document.getElementById('newUserName').value = '김과천'")
                await browser.evaluate("document.getElementById('createUser').click()")
                await eventually(
                    lambda: browser.evaluate("document.getElementById('userSelect').selectedOptions[0].text.includes('김과천')")
                )
                await browser.evaluate("document.getElementById('joinBtn').click()")
                shown = await eventually(lambda: browser.evaluate(
                    "(t => t.includes('환영합니다') && t)(document.getElementById('messages').innerText)"), timeout=20)
        assert "김과천님이 입장했습니다" in shown
        assert "새로 오신 분" in shown and "소통방 규칙" in shown and "민원 올리는 법" in shown
    finally:
        chromium.terminate()
        chromium.wait(timeout=10)


async def _page_targets(http: aiohttp.ClientSession, port: int) -> list[dict]:
    try:
        async with http.get(f"http://127.0.0.1:{port}/json/list") as response:
            return [t for t in await response.json() if t.get("type") == "page"]
    except (TimeoutError, aiohttp.ClientError):
        return []


async def test_the_page_arrives_as_a_resident_and_its_sidebar_fits_1280_px(sandbox, room: Room, sotong, tmp_path: Path) -> None:
    port = free_port()
    chromium = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,800",
         f"--user-data-dir={tmp_path / 'profile'}", f"--remote-debugging-port={port}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as http:
            targets = await eventually(lambda: _page_targets(http, port), timeout=30)
            async with http.ws_connect(targets[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                browser = Browser(ws)
                await browser.call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
                await browser.call("Page.navigate", url=f"{sandbox.url}/")
                await eventually(lambda: browser.evaluate("document.getElementById('chatTitle').innerText.includes('과천시 소통방')"))
                chosen = await eventually(lambda: browser.evaluate("document.getElementById('userSelect').selectedOptions[0]?.text"))
                assert chosen.startswith("주민")  # the room's resident, not its administrator (listed first)
                layout = await browser.evaluate("""(() => {
                    const aside = document.querySelector('aside');
                    const box = aside.getBoundingClientRect();
                    const outside = [...aside.querySelectorAll('button, input, select')]
                        .filter(e => e.getBoundingClientRect().right > box.right + 0.5).map(e => e.innerText || e.id);
                    return {width: innerWidth, page: document.documentElement.scrollWidth,
                            aside: [aside.scrollWidth, aside.clientWidth], outside};
                })()""")
        assert layout["width"] == 1280
        assert layout["page"] <= 1280
        assert layout["aside"][0] <= layout["aside"][1], layout
        assert layout["outside"] == [], layout
    finally:
        chromium.terminate()
        chromium.wait(timeout=10)
