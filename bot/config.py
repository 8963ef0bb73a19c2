"""The one TOML configuration file, parsed into typed settings.

Every key is documented in config.example.toml. A bad file stops start-up with
one `ConfigError` naming the file, the key and what was expected.
"""

from __future__ import annotations

import os
import re
import socket
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_settings import EnvSettingsSource, SettingsError

from moderation.decision import Thresholds

DEFAULT_THRESHOLDS = Thresholds()


class ConfigError(Exception):
    """A configuration problem, worded for the person who wrote the file.

    `problems` holds one line per problem (each naming the file and the key); the
    message is them joined, for callers that show one line.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]

# The placeholders of config.example.toml: a copied file that still holds them is not filled in yet.
PLACEHOLDER = "replace-me"


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


class WebSettings(_Section):
    """The web server in polling mode (webhook mode serves the same routes on [webhook] listen/port)."""

    enabled: bool = True
    listen: str = "127.0.0.1"
    port: int = Field(8081, ge=0, le=65535)  # 0: any free port (tests)
    public_url: str = ""
    # /metrics: with a token, only requests bearing it; without, only direct requests from this host
    metrics_token: str = ""

    @field_validator("public_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")


class ConsoleSettings(_Section):
    """The staff console (bot/console/): login by a one-time link the bot sends privately."""

    enabled: bool = True
    session_key: str = ""  # empty: derived from privacy.pseudonym_secret (bot/console/keys.py)
    login_minutes: float = Field(10, gt=0, le=24 * 60)
    session_hours: float = Field(12, gt=0, le=24 * 30)
    roles_cache_seconds: float = Field(300, ge=0)  # staff-group membership and the rooms one moderates
    page_size: int = Field(50, ge=5, le=500)
    due_soon_hours: float = Field(4, ge=0)
    export_limit: int = Field(50_000, ge=1, le=1_000_000)
    public_page: bool = False  # rooms' moderators may switch a public board page on (/board/<room>)

    @field_validator("session_key")
    @classmethod
    def _long_enough(cls, value: str) -> str:
        if value and len(value) < 32:
            raise ValueError("at least 32 characters (e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')")
        return value


class StorageSettings(_Section):
    url: str = "sqlite+aiosqlite:///sotong.db"
    checkpoint_seconds: float = Field(60, gt=0)  # SQLite: how often the write-ahead log is truncated

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
    first_delay_seconds: float = Field(1, ge=0)
    quiet_seconds: float = Field(10, ge=0)
    max_wait_seconds: float = Field(60, gt=0)
    delete_previous: bool = True
    language: Literal["ko", "en"] = "ko"
    rules_ko: str = ""
    rules_en: str = ""
    greeting_ko: str = ""
    greeting_en: str = ""

    @model_validator(mode="after")
    def _wait_covers_quiet(self) -> GreetingSettings:
        if self.max_wait_seconds < self.quiet_seconds:
            raise ValueError("max_wait_seconds must not be shorter than quiet_seconds")
        return self


class IntakeSettings(_Section):
    enabled: bool = True
    # calibrated P(report), chosen on held-out room messages (training/README.md "Thresholds");
    # the defaults are the decision's own (moderation.decision.Thresholds), so `sotong classify` agrees
    file_threshold: float = Field(DEFAULT_THRESHOLDS.file, ge=0, le=1)
    ask_threshold: float = Field(DEFAULT_THRESHOLDS.ask, ge=0, le=1)
    # filed at once below file_threshold too when this sure it is a report (only unsure which kind)
    sure_threshold: float = Field(DEFAULT_THRESHOLDS.sure, ge=0, le=1)
    question_ttl_seconds: float = Field(600, gt=0)
    duplicate_window_days: float = Field(14, ge=0)
    duplicate_similarity: float = Field(0.4, gt=0, le=1)
    private_report_ttl_seconds: float = Field(3600, gt=0)

    def files_outright(self, confidence: float, civic: float) -> bool:
        """Sure enough to file without asking: of the kind, or at least that it is a report."""
        return confidence >= self.file_threshold or civic >= self.sure_threshold

    @model_validator(mode="after")
    def _ask_below_file(self) -> IntakeSettings:
        if self.ask_threshold > self.file_threshold:
            raise ValueError("ask_threshold must not be above file_threshold")
        return self


class PrivateReportSettings(_Section):
    """[private_report]: anonymous reports from a private chat."""

    per_hour: int = Field(3, ge=1)  # reports a resident may attempt in any hour (refused ones count)


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
    retry_attempts: int = Field(10, ge=1)  # tries of an update failing transiently before it is a dead letter
    retry_first_seconds: float = Field(5, gt=0)
    retry_max_seconds: float = Field(300, gt=0)

    @field_validator("worker_id")
    @classmethod
    def _host_by_default(cls, value: str) -> str:
        return value or socket.gethostname()


class DeadLetterSettings(_Section):
    keep_days: float = Field(30, gt=0)


class BotSettings(_Section):
    """[bot]: what the whole bot shares; `timezone` is the zone every time shown to people is in."""

    timezone: str = "Asia/Seoul"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("an IANA time zone such as \"Asia/Seoul\"") from None
        return value

    @property
    def zone(self):  # type: ignore[no-untyped-def]
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.timezone)


class LoggingSettings(_Section):
    """[logging]: `--log-level` and `--log-format` on the command line override these."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"


class RetentionSettings(_Section):
    """[retention] (PIPA): what is kept only as long as needed; 0 keeps it for good."""

    complaint_text_days: float = Field(365, ge=0)  # closed complaints' texts, places and photos
    moderation_excerpt_days: float = Field(90, ge=0)  # excerpts in the moderation log


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
    def _valid_rules(self) -> RulesSettings:
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
    message_weight: float = Field(0.05, ge=0)
    hostility_weight: float = Field(2.5, ge=0)
    hostility_floor: float = Field(0.3, ge=0, lt=1)
    exchange_weight: float = Field(3.0, ge=0)
    warm_at: float = Field(15, gt=0)
    hot_at: float = Field(35, gt=0)

    @model_validator(mode="after")
    def _order(self) -> HeatTable:
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


_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$")


class Open311Settings(_Section):
    """[open311]: the Open311 GeoReport v2 API at {web URL}/open311/v2 (bot/open311/)."""

    enabled: bool = False
    # Keys that may POST service requests; env SOTONG_OPEN311__API_KEYS (a JSON list) replaces them.
    api_keys: tuple[str, ...] = ()
    jurisdictions: dict[str, int] = {}  # jurisdiction_id slug -> the room's chat id
    posts_per_minute: int = Field(10, ge=1)  # per API key; more gets 429
    contact: str = Field("", max_length=500)
    key_service: str = Field("", max_length=500)
    endpoint_type: Literal["production", "test"] = "production"

    @field_validator("api_keys")
    @classmethod
    def _strong_keys(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for key in value:
            if not 16 <= len(key) <= 256 or not all(c.isascii() and c.isprintable() and not c.isspace() for c in key):
                raise ValueError("each key is 16-256 printable ASCII characters without spaces (e.g. openssl rand -hex 24)")
        if len(set(value)) != len(value):
            raise ValueError("a key is listed twice")
        return value

    @field_validator("jurisdictions")
    @classmethod
    def _slugs_and_rooms(cls, value: dict[str, int]) -> dict[str, int]:
        for slug, chat_id in value.items():
            if not _SLUG.match(slug):
                raise ValueError(f"jurisdiction ids are 1-64 of a-z, 0-9, '.', '_', '-' such as \"gwacheon\" (got {slug!r})")
            if chat_id >= 0:
                raise ValueError(f"{slug}: a group chat id, such as -1001234567890")
        if len(set(value.values())) != len(value):
            raise ValueError("two jurisdiction ids name the same room")
        return value

    @model_validator(mode="after")
    def _rooms_when_enabled(self) -> Open311Settings:
        if self.enabled and not self.jurisdictions:
            raise ValueError("jurisdictions: name at least one room when enabled, e.g. gwacheon = -1001234567890")
        return self


class Settings(_Section):
    bot: BotSettings = BotSettings()
    logging: LoggingSettings = LoggingSettings()
    retention: RetentionSettings = RetentionSettings()
    telegram: TelegramSettings = TelegramSettings()
    webhook: WebhookSettings = WebhookSettings()
    web: WebSettings = WebSettings()
    console: ConsoleSettings = ConsoleSettings()
    storage: StorageSettings = StorageSettings()
    privacy: PrivacySettings = PrivacySettings()
    staff: StaffSettings = StaffSettings()
    greeting: GreetingSettings = GreetingSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    intake: IntakeSettings = IntakeSettings()
    private_report: PrivateReportSettings = PrivateReportSettings()
    progress: ProgressSettings = ProgressSettings()
    rules: RulesSettings = RulesSettings()
    cooldown: CooldownSettings = CooldownSettings()
    departments: dict[str, DepartmentTable] = {}
    deadlines: DeadlineSettings = DeadlineSettings()
    deadletters: DeadLetterSettings = DeadLetterSettings()
    open311: Open311Settings = Open311Settings()

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

    @model_validator(mode="after")
    def _open311_rooms_are_rooms(self) -> Settings:
        for slug, chat_id in self.open311.jurisdictions.items():
            if chat_id in self.staff_chats():
                raise ValueError(f"open311.jurisdictions.{slug}: {chat_id} is a staff group, not a room")
        return self

    def staff_chats(self) -> frozenset[int]:
        """Department and supervisor groups: places of work for staff, not rooms of residents."""
        chats = {table.chat_id for table in self.departments.values()}
        if self.deadlines.supervisor_chat_id:
            chats.add(self.deadlines.supervisor_chat_id)
        return frozenset(chats)

    @model_validator(mode="after")
    def _complete(self) -> Settings:
        problems = incomplete(self)
        if problems:
            raise ValueError("\n".join(problems))  # one line each (see _describe)
        return self


def incomplete(settings: Settings) -> list[str]:
    """What a file copied from config.example.toml still lacks, one line each."""
    problems = []
    token, secret = settings.telegram.token, settings.privacy.pseudonym_secret
    if not token:
        problems.append("telegram.token: missing; set it in the file or in SOTONG_TELEGRAM_TOKEN")
    elif PLACEHOLDER in token.lower():
        problems.append(
            "telegram.token: still the example's placeholder; put the token @BotFather gave you here (or in SOTONG_TELEGRAM_TOKEN)"
        )
    if not secret:
        problems.append("privacy.pseudonym_secret: missing; set it in the file or in SOTONG_PSEUDONYM_SECRET")
    elif PLACEHOLDER in secret.lower():
        problems.append(
            "privacy.pseudonym_secret: still the example's placeholder; put a long random string here, "
            "e.g. the output of: python -c \"import secrets; print(secrets.token_hex(32))\""
        )
    if settings.telegram.mode == "webhook" and not settings.webhook.secret_token:
        problems.append("webhook.secret_token: required in webhook mode, so forged updates are refused")
    return problems


# The two secrets' names from before every key could come from the environment; still honoured.
_LEGACY_VARIABLES = {
    "SOTONG_TELEGRAM_TOKEN": ("telegram", "token"),
    "SOTONG_PSEUDONYM_SECRET": ("privacy", "pseudonym_secret"),
}
ENV_PREFIX = "SOTONG_"
ENV_NESTING = "__"


def load_settings(path: str | Path, environ: Mapping[str, str] | None = None) -> Settings:
    """Read and validate a configuration file, with environment variables over it.

    Every key can come from the environment as SOTONG_<SECTION>__<KEY> (nested tables
    with more `__`; lists and tables as JSON), so a password need not sit in the file:
    SOTONG_STORAGE__URL, SOTONG_STAFF__USER_IDS='[1, 2]'. Parsing is pydantic-settings'.
    """
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
    for variable, (section, key) in _LEGACY_VARIABLES.items():
        if environ.get(variable):
            table = raw.setdefault(section, {})
            if isinstance(table, dict):
                table[key] = environ[variable]
    source = EnvSettingsSource(Settings, env_prefix=ENV_PREFIX, env_nested_delimiter=ENV_NESTING, case_sensitive=False)  # type: ignore[arg-type]
    source.env_vars = {name.lower(): value for name, value in environ.items() if name.upper().startswith(ENV_PREFIX)}
    try:
        from_environment = source()
    except SettingsError as exc:  # e.g. a list that is not JSON
        raise ConfigError(f"environment: {exc}") from None
    return settings_from_mapping(_merged(raw, from_environment), source=str(path), environ=environ)


def _merged(base: dict, over: Mapping) -> dict:
    """`over` on top of `base`, table by table."""
    result = dict(base)
    for key, value in over.items():
        result[key] = _merged(result[key], value) if isinstance(value, Mapping) and isinstance(result.get(key), dict) else value
    return result


def settings_from_mapping(raw: dict, source: str = "<config>", environ: Mapping[str, str] | None = None) -> Settings:
    """Validate an already-parsed mapping (the demo and the tests build one in code)."""
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{source}: {line}" for line in _describe(exc, environ or {})]
        raise ConfigError("; ".join(problems), problems) from None


def _describe(exc: ValidationError, environ: Mapping[str, str]) -> list[str]:
    """One line per problem, each naming its key (and its variable, when it came from the environment)."""
    lines: list[str] = []
    given = {name.upper() for name in environ}
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"])
        variable = ENV_PREFIX + ENV_NESTING.join(str(part) for part in error["loc"]).upper()
        if variable in given:
            key += f" (from {variable})"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "missing"
        elif "input" in error and error["type"] not in ("value_error",):
            message = f"{message} (got {error['input']!r})"
        for line in message.splitlines():  # a validator may report several problems, a line each
            lines.append(f"{key}: {line}" if key else line)
    return lines
