"""Finding 5: a token is never written to the log, not even a rejected one."""

from __future__ import annotations

import asyncio
import io
import logging
import sys
from pathlib import Path

import aiohttp

from bot.log_masking import SecretsFilter
from tests.conftest import REPO

WRONG_TOKEN = "1000:WRONGsecretKEYthatMustNeverBeLogged_42"


async def test_a_rejected_token_is_masked_in_the_log(sandbox, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[telegram]\ntoken = "{WRONG_TOKEN}"\napi_url = "{sandbox.url}"\npoll_timeout = 1\n'
        f'[storage]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.db"}"\n[web]\nport = 0\n[privacy]\npseudonym_secret = "test-secret"\n',
        encoding="utf-8",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", "--config", str(config), "--log-level", "DEBUG",
        cwd=REPO, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    log = output.decode("utf-8", "replace")
    assert process.returncode == 1  # the sandbox refuses any token but its own, as Telegram does
    assert "was rejected by the server" in log and "start-up failed" in log
    assert "WRONGsecretKEY" not in log
    assert "1000:***" in log  # which bot, without its key


def test_exception_text_and_arguments_from_any_library_are_masked() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    handler.addFilter(SecretsFilter([WRONG_TOKEN]))
    loggers = [logging.getLogger(name) for name in ("telegram.ext.ExtBot", "aiohttp.client", "bot.receiving")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        url = f"https://api.telegram.org/bot{WRONG_TOKEN}/getUpdates"
        loggers[0].warning("calling %s", url)
        try:
            raise aiohttp.ClientConnectionError(f"Cannot connect to {url}")
        except aiohttp.ClientError:
            loggers[1].exception("request failed")
        other = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"  # not configured here, but shaped like a token
        loggers[2].error("polling with %s stopped", other)
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    log = stream.getvalue()
    assert "WRONGsecretKEY" not in log and "AAHdqTcv" not in log
    assert log.count("1000:***") == 2 and "123456789:***" in log  # the message, the exception in the traceback
    assert "Traceback" in log and "ClientConnectionError" in log
