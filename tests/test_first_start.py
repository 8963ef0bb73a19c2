"""A first start: a copied example is caught line by line, and a Bot API that is not up yet is waited for."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from bot.sandbox.server import start_sandbox
from tests.conftest import REPO, TOKEN, bot_messages, bot_settings, eventually
from tests.conftest import free_port


def test_a_copied_example_is_refused_with_one_line_per_placeholder(tmp_path: Path) -> None:
    copied = tmp_path / "config.toml"
    copied.write_text((REPO / "config.example.toml").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--config", str(copied)],
        capture_output=True, text=True, cwd=REPO, timeout=60, env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"sotong: configuration error: {copied}: telegram.token: still the example's placeholder")
    assert "@BotFather" in lines[0]
    assert lines[1].startswith(f"sotong: configuration error: {copied}: privacy.pseudonym_secret: still the example's placeholder")


def test_the_time_zone_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[bot]\ntimezone = "Asia/Gwacheon"\n[telegram]\ntoken = "1:abc"\n[privacy]\npseudonym_secret = "s3cret"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="bot.timezone: an IANA time zone"):
        load_settings(path, environ={})
    path.write_text(path.read_text(encoding="utf-8").replace("Asia/Gwacheon", "Europe/Berlin"), encoding="utf-8")
    assert load_settings(path, environ={}).bot.timezone == "Europe/Berlin"


async def test_a_bot_started_before_its_api_waits_for_it_then_runs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    port = free_port()
    api_url = f"http://127.0.0.1:{port}"
    runtime = Runtime(bot_settings(api_url, f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"))
    caplog.set_level(logging.WARNING, logger="bot.runtime")
    starting = asyncio.create_task(runtime.start())
    try:
        def waiting() -> list[str]:
            return [r.getMessage() for r in caplog.records if "does not answer getMe" in r.getMessage()]

        said = await eventually(lambda: _later(waiting), timeout=15)
        assert f"the Telegram Bot API at {api_url} does not answer getMe" in said[0] and "trying again in 1 s (attempt 1)" in said[0]
        assert not starting.done()  # waiting, not exited
        sandbox = await start_sandbox(port=port, token=TOKEN)
        try:
            await asyncio.wait_for(starting, 30)
            control = SandboxControl(sandbox.url)
            resident = await control.create_user(first_name="주민")
            chat = await control.create_chat(title="과천시 소통방", creator_user_id=resident["id"])
            await control.post(chat["id"], resident["id"], "/rules")
            await eventually(lambda: bot_messages(control, chat["id"]))
            await control.close()
        finally:
            await runtime.stop()
            await sandbox.close()
    finally:
        if not starting.done():
            runtime.interrupt()
            await asyncio.gather(starting, return_exceptions=True)
            await runtime.stop()


async def _later(probe):  # type: ignore[no-untyped-def]
    return probe()


def test_a_failed_start_closes_its_connections(tmp_path: Path) -> None:
    """A refused token ends the start: one error line, and no "Unclosed client session" after it."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        # A server that answers 401 as Telegram does for a wrong token.
        server = subprocess.Popen(
            [sys.executable, "-c", _UNAUTHORISED.format(port=port)], cwd=REPO, stdout=subprocess.PIPE, text=True,
        )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        config = tmp_path / "config.toml"
        config.write_text(
            f'[telegram]\ntoken = "{TOKEN}"\napi_url = "http://127.0.0.1:{port}"\n'
            f'[storage]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.db"}"\n'
            '[privacy]\npseudonym_secret = "test-secret"\n[web]\nport = 0\n',
            encoding="utf-8",
        )
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "run", "--config", str(config)], capture_output=True, text=True, cwd=REPO, timeout=60
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result.returncode == 1
    assert "start-up failed" in result.stderr
    assert "Unclosed" not in result.stderr and "Traceback" not in result.stderr


_UNAUTHORISED = """
import asyncio
from aiohttp import web
async def main():
    async def refuse(request):
        return web.json_response({{"ok": False, "error_code": 401, "description": "Unauthorized"}}, status=401)
    app = web.Application()
    app.router.add_route("*", "/{{tail:.*}}", refuse)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", {port}).start()
    print("ready", flush=True)
    await asyncio.Event().wait()
asyncio.run(main())
"""
