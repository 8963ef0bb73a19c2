"""Log lines as JSON: each names its update, its chat (a group's id, never a person's) and its worker."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot import logs
from bot.log_masking import SecretsFilter
from bot.sandbox.client import SandboxControl
from tests.conftest import REPO, TOKEN, Room, eventually

STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요"


@pytest.fixture
def json_lines():  # type: ignore[no-untyped-def]
    """What the root logger writes, as `sotong run --log-format json` writes it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.json_formatter())
    handler.addFilter(logs.ContextFilter())
    handler.addFilter(SecretsFilter([TOKEN]))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def read() -> list[dict]:
        return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]

    yield read
    root.removeHandler(handler)
    root.setLevel(level)


async def test_json_lines_carry_update_chat_and_worker_and_no_person(json_lines, sotong, control: SandboxControl, room: Room) -> None:  # type: ignore[no-untyped-def]
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)

    async def filed_in_room() -> list[dict]:
        return [line for line in json_lines() if line["logger"] == "bot.features.intake" and "filed" in line["message"]]

    [line] = await eventually(filed_in_room)
    assert line["update_id"] == posted["update_id"]
    assert line["chat"] == room.chat_id  # a group's id is no one's
    assert line["worker"] == sotong.settings.scheduler.worker_id
    assert line["level"] == "INFO" and line["time"].endswith("+00:00")

    # a report made in the private chat: the unit is a person's chat, named only "private"
    async with sotong.db.session() as session:
        from storage import rooms

        room_id = (await rooms.by_chat(session, room.chat_id)).id  # type: ignore[union-attr]
    await control.deeplink(room.resident, f"https://t.me/sotong_bot?start=report_{room_id}")
    await eventually(lambda: control.messages(room.resident))
    reported = await control.private(room.resident, "별양동 주민센터 앞 보도블록이 깨져서 위험해요")

    async def filed_privately() -> list[dict]:
        return [line for line in json_lines() if line.get("update_id") == reported["update_id"] and "filed" in line["message"]]

    [private] = await eventually(filed_privately)
    assert private["chat"] == "private"
    everything = "\n".join(json.dumps(line, ensure_ascii=False) for line in json_lines())
    assert str(room.resident) not in everything  # no person's id in any line


def test_a_traceback_in_a_json_line_is_masked_too() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.json_formatter())
    handler.addFilter(logs.ContextFilter())
    secret = "1000:WRONGsecretKEYthatMustNeverBeLogged_42"
    handler.addFilter(SecretsFilter([secret]))
    logger = logging.getLogger("tests.json")
    logger.addHandler(handler)
    try:
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{secret}/getMe")
        except ConnectionError:
            logger.exception("request failed for bot%s", secret)
    finally:
        logger.removeHandler(handler)
    [line] = [json.loads(text) for text in stream.getvalue().splitlines()]
    assert "WRONGsecretKEY" not in json.dumps(line)
    assert "1000:***" in line["message"] and "1000:***" in line["exc_info"] and "ConnectionError" in line["exc_info"]


def test_a_start_says_its_database_revision_in_one_line_not_alembics_eighteen(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[telegram]\ntoken = "{TOKEN}"\napi_url = "http://127.0.0.1:9"\n'
        f'[storage]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.db"}"\n[privacy]\npseudonym_secret = "test-secret"\n'
        '[logging]\nformat = "json"\n',
        encoding="utf-8",
    )
    # Nothing listens on port 9: the bot migrates, then waits for the Bot API until it is stopped.
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--config", str(config)], cwd=REPO, stderr=subprocess.PIPE, text=True
    )
    try:
        lines = []
        assert process.stderr is not None
        while len(lines) < 2:
            lines.append(json.loads(process.stderr.readline()))
    finally:
        process.terminate()
        rest = process.communicate(timeout=30)[1]
    assert process.returncode == 0  # stopped while waiting: not a failure
    assert lines[0]["message"].startswith("database at revision ") and lines[0]["logger"] == "bot.runtime"
    assert "does not answer getMe" in lines[1]["message"] and "trying again in 1 s (attempt 1)" in lines[1]["message"]
    everything = [lines[0], lines[1], *(json.loads(line) for line in rest.splitlines() if line.strip())]
    assert not [line for line in everything if line["logger"].startswith("alembic")]
    assert not [line for line in everything if "Unclosed" in line["message"]]
