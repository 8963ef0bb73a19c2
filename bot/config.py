"""The one TOML configuration file, parsed into typed settings.

Every key is documented in config.example.toml. A bad file stops start-up with
one `ConfigError` naming the file, the key and what was expected.
"""

from __future__ import annotations

import os
import socket
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class ConfigError(Exception):
    """A configuration problem, worded for the person who wrote the file."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RateLimitSettings(_Section):
    overall_per_second: float = Field(30, gt=0)
    group_per_minute: float = Field(20, gt=0)
    max_retries: int = Field(5, ge=0)


class TelegramSettings(_Section):
    token: str = ""
    api_url: str = "https://api.telegram.org"
    mode: Literal["polling", "webhook"] = "polling"
    poll_timeout: int = Field(30, ge=0, le=50)
    in_flight_limit: int = Field(1000, ge=1)  # updates received but not yet handled, at most
    rate_limit: RateLimitSettings = RateLimitSettings()

    @field_validator("api_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")


class WebhookSettings(_Section):
    listen: str = "0.0.0.0"
    port: int = Field(8443, ge=1, le=65535)
    path: str = "/telegram"
    public_url: str = ""
    secret_token: str = ""

    @field_validator("secret_token")
    @classmethod
    def _telegram_charset(cls, value: str) -> str:
        # Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value and (len(value) > 256 or not all(c.isascii() and (c.isalnum() or c in "_-") for c in value)):
            raise ValueError("1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value


class StorageSettings(_Section):
    url: str = "sqlite+aiosqlite:///sotong.db"

    @field_validator("url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("a sqlite+aiosqlite:// or postgresql+asyncpg:// URL")
        return value


class PrivacySettings(_Section):
    pseudonym_secret: str = ""


class StaffSettings(_Section):
    user_ids: tuple[int, ...] = ()
    admin_cache_seconds: float = Field(300, ge=0)


class GreetingSettings(_Section):
    enabled: bool = True
    quiet_seconds: float = Field(10, ge=0)
    max_wait_seconds: float = Field(60, gt=0)
    delete_previous: bool = True
    language: Literal["ko", "en"] = "ko"
    rules_ko: str = ""
    rules_en: str = ""
    greeting_ko: str = ""
    greeting_en: str = ""

    @model_validator(mode="after")
    def _wait_covers_quiet(self) -> "GreetingSettings":
        if self.max_wait_seconds < self.quiet_seconds:
            raise ValueError("max_wait_seconds must not be shorter than quiet_seconds")
        return self


class IntakeSettings(_Section):
    enabled: bool = True
    # calibrated P(report), chosen on held-out room messages (training/README.md "Thresholds")
    file_threshold: float = Field(0.9, ge=0, le=1)
    ask_threshold: float = Field(0.55, ge=0, le=1)
    # filed at once below file_threshold too when this sure it is a report (only unsure which kind)
    sure_threshold: float = Field(0.9, ge=0, le=1)
    question_ttl_seconds: float = Field(600, gt=0)
    duplicate_window_days: float = Field(14, ge=0)
    duplicate_similarity: float = Field(0.4, gt=0, le=1)
    private_report_ttl_seconds: float = Field(3600, gt=0)

    def files_outright(self, confidence: float, civic: float) -> bool:
        """Sure enough to file without asking: of the kind, or at least that it is a report."""
        return confidence >= self.file_threshold or civic >= self.sure_threshold

    @model_validator(mode="after")
    def _ask_below_file(self) -> "IntakeSettings":
        if self.ask_threshold > self.file_threshold:
            raise ValueError("ask_threshold must not be above file_threshold")
        return self


class ProgressSettings(_Section):
    board: bool = True
    board_delay_seconds: float = Field(3, ge=0)
    board_refresh_minutes: float = Field(60, gt=0)
    page_size: int = Field(10, ge=1, le=30)


class DepartmentTable(_Section):
    """One department: the staff group where its new complaints arrive, and the categories it handles."""

    chat_id: int
    categories: tuple[str, ...] = ()

    @field_validator("chat_id")
    @classmethod
    def _a_group(cls, value: int) -> int:
        if value >= 0:
            raise ValueError("a group chat id, such as -1001234567890")
        return value

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        _check_categories(value)
        return value


def _check_categories(names: object) -> None:
    from moderation.intake.taxonomy import CATEGORIES

    unknown = [name for name in names if name not in CATEGORIES]  # type: ignore[attr-defined]
    if unknown:
        raise ValueError(f"unknown categories {unknown}; known: {', '.join(CATEGORIES)}")


class DeadlineSettings(_Section):
    enabled: bool = True
    first_response_minutes: float = Field(30, gt=0)
    resolution_hours: float = Field(72, gt=0)
    resolution_hours_by_category: dict[str, float] = {}
    escalate_after_minutes: float = Field(30, gt=0)
    supervisor_chat_id: int = 0

    @field_validator("resolution_hours_by_category")
    @classmethod
    def _per_category(cls, value: dict[str, float]) -> dict[str, float]:
        _check_categories(value)
        if any(hours <= 0 for hours in value.values()):
            raise ValueError("hours must be positive")
        return value

    @field_validator("supervisor_chat_id")
    @classmethod
    def _a_group_or_none(cls, value: int) -> int:
        if value > 0:
            raise ValueError("a group chat id, such as -1001234567890 (0: none)")
        return value


class SchedulerSettings(_Section):
    sweep_seconds: float = Field(30, gt=0)
    update_lease_seconds: float = Field(60, gt=0)
    worker_id: str = Field("", max_length=128, validate_default=True)

    @field_validator("worker_id")
    @classmethod
    def _host_by_default(cls, value: str) -> str:
        return value or socket.gethostname()


class RuleTable(_Section):
    """One house rule's tuning; keys left out keep the built-in defaults (moderation/rules.py)."""

    enabled: bool | None = None
    action: Literal["delete", "warn", "strike"] | None = None
    extra_words: tuple[str, ...] | None = None
    removed_words: tuple[str, ...] | None = None
    allowed_domains: tuple[str, ...] | None = None
    thresholds: dict[str, float] | None = None


class StrikeTable(_Section):
    expire_after: float | None = Field(None, gt=0)
    mute_from: int | None = Field(None, ge=1)
    mute_ladder: tuple[float, ...] | None = None


class RuleSet(_Section):
    politics: RuleTable = RuleTable()
    commercial: RuleTable = RuleTable()
    abuse: RuleTable = RuleTable()
    outside_link: RuleTable = RuleTable()
    flood: RuleTable = RuleTable()
    strikes: StrikeTable = StrikeTable()

    def mapping(self) -> dict:
        """The tables as RoomRules.from_config reads them, only the keys that were set."""
        names = ("politics", "commercial", "abuse", "outside_link", "flood", "strikes")
        dumped = self.model_dump(include=set(names), exclude_none=True)
        return {name: table for name, table in dumped.items() if table}


class RulesSettings(RuleSet):
    """[rules]: house rules for every room, and [rules.rooms."<chat id>"] overrides for one room."""

    enabled: bool = True
    rooms: dict[str, RuleSet] = {}

    @field_validator("rooms")
    @classmethod
    def _chat_ids(cls, value: dict[str, RuleSet]) -> dict[str, RuleSet]:
        for key in value:
            if not key.lstrip("-").isdigit():
                raise ValueError(f"room keys are chat ids such as \"-100123\" (got {key!r})")
        return value

    @model_validator(mode="after")
    def _valid_rules(self) -> "RulesSettings":
        for key in ("", *self.rooms):
            self.room_rules(int(key) if key else None)  # e.g. a mute_ladder that gets shorter
        return self

    def room_rules(self, chat_id: int | None):  # type: ignore[no-untyped-def]
        """The RoomRules of one room (moderation/ is pure and cheap to import)."""
        from moderation.rules import RoomRules

        return RoomRules.from_config(self.room_rules_mapping(chat_id))

    def room_rules_mapping(self, chat_id: int | None) -> dict:
        """The [rules] tables with the room's own tables merged over them, key by key."""
        merged = {name: dict(table) for name, table in self.mapping().items()}
        override = self.rooms.get(str(chat_id)) if chat_id is not None else None
        if override is not None:
            for name, table in override.mapping().items():
                merged.setdefault(name, {}).update(table)
        return merged


class HeatTable(_Section):
    half_life_seconds: float = Field(300, gt=0)
    message_weight: float = Field(0.2, ge=0)
    hostility_weight: float = Field(3.0, ge=0)
    warm_at: float = Field(15, gt=0)
    hot_at: float = Field(35, gt=0)

    @model_validator(mode="after")
    def _order(self) -> "HeatTable":
        if self.hot_at <= self.warm_at:
            raise ValueError("hot_at must be above warm_at")
        return self


class CooldownSettings(_Section):
    enabled: bool = True
    durations: tuple[float, ...] = (600, 1800, 3600)
    window_seconds: float = Field(86_400, gt=0)
    reminder: bool = True
    heat: HeatTable = HeatTable()

    @field_validator("durations")
    @classmethod
    def _positive(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if not value or any(d <= 0 for d in value):
            raise ValueError("a non-empty list of positive seconds")
        return value


class Settings(_Section):
    telegram: TelegramSettings = TelegramSettings()
    webhook: WebhookSettings = WebhookSettings()
    storage: StorageSettings = StorageSettings()
    privacy: PrivacySettings = PrivacySettings()
    staff: StaffSettings = StaffSettings()
    greeting: GreetingSettings = GreetingSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    intake: IntakeSettings = IntakeSettings()
    progress: ProgressSettings = ProgressSettings()
    rules: RulesSettings = RulesSettings()
    cooldown: CooldownSettings = CooldownSettings()
    departments: dict[str, DepartmentTable] = {}
    deadlines: DeadlineSettings = DeadlineSettings()

    @field_validator("departments")
    @classmethod
    def _one_department_each(cls, value: dict[str, DepartmentTable]) -> dict[str, DepartmentTable]:
        """A category goes to one department, a staff chat belongs to one, and names fit the column."""
        owner: dict[str, str] = {}
        chats: dict[int, str] = {}
        for name, table in value.items():
            if not name.strip() or len(name) > 64:
                raise ValueError(f"department names are 1-64 characters (got {name!r})")
            for category in table.categories:
                if category in owner:
                    raise ValueError(f"category {category!r} is in both {owner[category]!r} and {name!r}")
                owner[category] = name
            if table.chat_id in chats:
                raise ValueError(f"{chats[table.chat_id]!r} and {name!r} share the chat {table.chat_id}")
            chats[table.chat_id] = name
        return value

    def staff_chats(self) -> frozenset[int]:
        """Department and supervisor groups: places of work for staff, not rooms of residents."""
        chats = {table.chat_id for table in self.departments.values()}
        if self.deadlines.supervisor_chat_id:
            chats.add(self.deadlines.supervisor_chat_id)
        return frozenset(chats)

    @model_validator(mode="after")
    def _complete(self) -> "Settings":
        if not self.telegram.token:
            raise ValueError("telegram.token: missing; set it in the file or in SOTONG_TELEGRAM_TOKEN")
        if not self.privacy.pseudonym_secret:
            raise ValueError("privacy.pseudonym_secret: missing; set it in the file or in SOTONG_PSEUDONYM_SECRET")
        if self.telegram.mode == "webhook" and not self.webhook.secret_token:
            raise ValueError("webhook.secret_token: required in webhook mode, so forged updates are refused")
        return self


_ENV_OVERRIDES = {
    "SOTONG_TELEGRAM_TOKEN": ("telegram", "token"),
    "SOTONG_PSEUDONYM_SECRET": ("privacy", "pseudonym_secret"),
}


def load_settings(path: str | Path, environ: dict[str, str] | None = None) -> Settings:
    """Read and validate a configuration file; environment variables override secrets."""
    path = Path(path)
    environ = os.environ if environ is None else environ
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    for variable, (section, key) in _ENV_OVERRIDES.items():
        if environ.get(variable):
            table = raw.setdefault(section, {})
            if isinstance(table, dict):
                table[key] = environ[variable]
    return settings_from_mapping(raw, source=str(path))


def settings_from_mapping(raw: dict, source: str = "<config>") -> Settings:
    """Validate an already-parsed mapping (the demo and the tests build one in code)."""
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {_describe(exc)}") from None


def _describe(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "missing"
        elif "input" in error and error["type"] not in ("value_error",):
            message = f"{message} (got {error['input']!r})"
        lines.append(f"{key}: {message}" if key else message)
    return "; ".join(lines)
