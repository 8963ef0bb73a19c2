"""Configuration: the example file works, and every kind of mistake gets one clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from tests.conftest import REPO

GOOD = """
[telegram]
token = "1:abc"
[privacy]
pseudonym_secret = "s3cret"
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


FILLED_IN = {"SOTONG_TELEGRAM_TOKEN": "123456:AAH-real-looking-token", "SOTONG_PSEUDONYM_SECRET": "a-long-random-string"}


def test_example_file_is_valid_and_documents_the_required_keys() -> None:
    # Valid once its two placeholders are filled in (here through the environment).
    settings = load_settings(REPO / "config.example.toml", environ=FILLED_IN)
    assert settings.telegram.api_url == "https://api.telegram.org"
    assert settings.telegram.mode == "polling"
    assert settings.storage.url == "sqlite+aiosqlite:///sotong.db"
    assert settings.staff.user_ids == ()
    text = (REPO / "config.example.toml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            assert "#" in line, f"undocumented key: {line}"


def test_minimal_file_gets_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, GOOD), environ={})
    assert settings.telegram.token == "1:abc"
    assert settings.greeting.language == "ko"
    assert settings.telegram.rate_limit.group_per_minute == 20


def test_environment_overrides_secrets(tmp_path: Path) -> None:
    env = {"SOTONG_TELEGRAM_TOKEN": "2:from-env", "SOTONG_PSEUDONYM_SECRET": "env-secret"}
    settings = load_settings(write(tmp_path, "[telegram]\nmode = \"polling\"\n"), environ=env)
    assert settings.telegram.token == "2:from-env"
    assert settings.privacy.pseudonym_secret == "env-secret"


def test_every_key_can_come_from_the_environment(tmp_path: Path) -> None:
    env = {
        "SOTONG_STORAGE__URL": "postgresql+asyncpg://sotong:pa55@db.internal/sotong",  # no password in the file
        "SOTONG_STAFF__USER_IDS": "[11, 22]",
        "SOTONG_TELEGRAM__RATE_LIMIT__GROUP_PER_MINUTE": "12",
        "SOTONG_GREETING__LANGUAGE": "en",
        "SOTONG_TEST_POSTGRES_URL": "postgresql+asyncpg://x/y",  # not a setting: left alone
    }
    settings = load_settings(write(tmp_path, GOOD + "[storage]\nurl = \"sqlite+aiosqlite:///file.db\"\n"), environ=env)
    assert settings.storage.url == "postgresql+asyncpg://sotong:pa55@db.internal/sotong"
    assert settings.staff.user_ids == (11, 22)
    assert settings.telegram.rate_limit.group_per_minute == 12
    assert settings.telegram.token == "1:abc"  # the rest of the file stays
    assert settings.greeting.language == "en"


def test_a_bad_value_from_the_environment_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(write(tmp_path, GOOD), environ={"SOTONG_GREETING__QUIET_SECONDS": "soon"})
    assert "greeting.quiet_seconds (from SOTONG_GREETING__QUIET_SECONDS)" in str(error.value)
    with pytest.raises(ConfigError, match="environment"):
        load_settings(write(tmp_path, GOOD), environ={"SOTONG_STAFF__USER_IDS": "1, 2"})  # a list must be JSON


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[telegram\ntoken = 1", "not valid TOML"),
        (GOOD + '[storage]\nurl = "sqlite+aiosqlite:///x.db"\ncolour = "blue"\n', "storage.colour: unknown key"),
        (GOOD + '[telegram.rate_limit]\ngroup_per_minute = "lots"\n', "telegram.rate_limit.group_per_minute"),
        (GOOD + '[staff]\nuser_ids = ["alice"]\n', "staff.user_ids.0"),
        (GOOD.replace('token = "1:abc"', ""), "telegram.token: missing"),
        (GOOD + '[storage]\nurl = "mysql://x"\n', "storage.url: a sqlite+aiosqlite:// or postgresql+asyncpg:// URL"),
        (GOOD.replace('token = "1:abc"', 'token = "1:abc"\nmode = "webhook"'), "webhook.secret_token: required"),
        (GOOD + '[tlegram]\nmode = "polling"\n', "tlegram: unknown key"),
        (GOOD + '[departments."도로과"]\nchat_id = 42\n', "departments.도로과.chat_id: a group chat id"),
        (GOOD + '[departments."도로과"]\nchat_id = -42\ncategories = ["roads"]\n', "unknown categories ['roads']"),
        (
            GOOD + '[departments.a]\nchat_id = -1\ncategories = ["road"]\n[departments.b]\nchat_id = -2\ncategories = ["road"]\n',
            "departments: category 'road' is in both 'a' and 'b'",
        ),
        (GOOD + "[departments.a]\nchat_id = -1\n[departments.b]\nchat_id = -1\n", "'a' and 'b' share the chat -1"),
        (
            GOOD + "[deadlines.resolution_hours_by_category]\nparking = 0\n",
            "deadlines.resolution_hours_by_category: hours must be positive",
        ),
        (GOOD + "[deadlines]\nfirst_response_minutes = 0\n", "deadlines.first_response_minutes"),
    ],
)
def test_bad_files_name_file_key_and_expectation(tmp_path: Path, body: str, expected: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as error:
        load_settings(path, environ={})
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_cli_reports_a_bad_file_in_one_line_without_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "[greeting]\nquiet_seconds = -1\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--config", str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "greeting.quiet_seconds" in lines[0] and str(path) in lines[0]


OPEN311 = GOOD + '[open311]\nenabled = true\napi_keys = ["a-long-enough-key-01"]\n[open311.jurisdictions]\ngwacheon = -1001\n'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD + "[open311]\nenabled = true\n", "open311: jurisdictions: name at least one room when enabled"),
        (OPEN311.replace("gwacheon =", "Gwacheon ="), "jurisdiction ids are 1-64 of a-z"),
        (OPEN311.replace("-1001", "1001"), "gwacheon: a group chat id"),
        (OPEN311 + "anyang = -1001\n", "two jurisdiction ids name the same room"),
        (OPEN311.replace("a-long-enough-key-01", "short"), "open311.api_keys: each key is 16-256"),
        (OPEN311.replace('"a-long-enough-key-01"', '"a-long-enough-key-01", "a-long-enough-key-01"'), "a key is listed twice"),
        (OPEN311 + "[departments.a]\nchat_id = -1001\n", "open311.jurisdictions.gwacheon: -1001 is a staff group, not a room"),
    ],
)
def test_bad_open311_sections_are_named(tmp_path: Path, body: str, expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(write(tmp_path, body), environ={})
    assert expected in str(error.value)


def test_open311_keys_come_from_the_environment_too(tmp_path: Path) -> None:
    settings = load_settings(
        write(tmp_path, OPEN311), environ={"SOTONG_OPEN311__API_KEYS": '["env-key-0123456789ab", "other-key-0123456789"]'}
    )
    assert settings.open311.api_keys == ("env-key-0123456789ab", "other-key-0123456789")
    assert settings.open311.jurisdictions == {"gwacheon": -1001}
    assert load_settings(write(tmp_path, OPEN311), environ={}).open311.api_keys == ("a-long-enough-key-01",)
    assert load_settings(write(tmp_path, GOOD), environ={}).open311.enabled is False  # off unless asked for
