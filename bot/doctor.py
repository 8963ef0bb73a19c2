"""`sotong doctor --config FILE`: is everything in place for the bot to run?

Checks, in order: the configuration (one line per problem), the token (masked),
that the Bot API answers (getMe), the database and its migrations (the database's
revision against the newest this code knows), and for every known room (the rooms
table) and staff group (the configuration) the bot's membership and rights
against what the enabled features need (bot.rights). Prints a checklist, ✔ or ✖
with the fix in Korean and English for each problem, and exits 1 when a problem
blocks the bot (it cannot start, or cannot see or reach a room or group it
serves), else 0: a missing right only switches a feature off.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url
from telegram import Bot
from telegram.error import InvalidToken, TelegramError
from telegram.warnings import PTBUserWarning

from bot.config import ConfigError, Settings, load_settings
from bot.log_masking import mask_secret
from bot.request import AiohttpRequest
from bot.rights import Need, fix, lacking, right_name, room_needs
from bot.texts import text
from storage import rooms
from storage.database import Database, known_revision

warnings.filterwarnings("ignore", message=r"Please use 'Bot\.", category=PTBUserWarning)

OK, PROBLEM = "✔", "✖"


def _fix(key: str) -> tuple[str, str]:
    """How to fix a problem, Korean and English (moderation/texts/operations.py)."""
    return text(key, "ko"), text(key, "en")


@dataclass
class Checklist:
    out: TextIO
    passed: int = 0
    problems: int = 0
    blocking: int = 0
    lines: list[str] = field(default_factory=list)

    def ok(self, line: str) -> None:
        self.passed += 1
        print(f"{OK} {line}", file=self.out)

    def note(self, line: str) -> None:
        print(f"  {line}", file=self.out)

    def fail(self, line: str, ko: str, en: str, blocking: bool = True) -> None:
        self.problems += 1
        self.blocking += blocking
        print(f"{PROBLEM} {line}{'  [blocking]' if blocking else ''}", file=self.out)
        print(f"    {text('doctor_fix', 'ko', fix=ko)}", file=self.out)
        print(f"    {text('doctor_fix', 'en', fix=en)}", file=self.out)

    def finish(self) -> int:
        if not self.problems:
            print(f"all {self.passed} checks passed", file=self.out)
            return 0
        blocking = f"{self.blocking} blocking" if self.blocking else "none blocking"
        print(f"{self.passed} passed, {self.problems} problem{'s' if self.problems != 1 else ''} ({blocking})", file=self.out)
        return 1 if self.blocking else 0


async def run_doctor(path: Path, out: TextIO) -> int:
    checks = Checklist(out)
    print(f"Sotong doctor: {path}", file=out)
    try:
        settings = load_settings(path)
    except ConfigError as exc:
        for problem in exc.problems:
            checks.fail(f"configuration: {problem}", *_fix("doctor_config"))
        return checks.finish()
    checks.ok(f"configuration: {path} (times shown in {settings.bot.timezone})")
    await _check_token(settings, checks)
    requests = (AiohttpRequest(connect_timeout=5, read_timeout=15), AiohttpRequest(connection_limit=1))
    bot = Bot(settings.telegram.token, base_url=f"{settings.telegram.api_url}/bot", request=requests[0], get_updates_request=requests[1])
    try:
        me = await _check_api(bot, settings, checks)
        known = await _check_database(settings, checks)
        if me is not None:
            await _check_chats(bot, me, settings, known, checks)
    finally:
        await bot.shutdown()
        for request in requests:  # when getMe failed the bot never took them over: close their sessions here
            await request.shutdown()
    return checks.finish()


async def _check_token(settings: Settings, checks: Checklist) -> None:
    token = settings.telegram.token
    bot_id, colon, key = token.partition(":")
    if not (bot_id.isdigit() and colon and key):
        checks.fail(f"token {mask_secret(token)}: not a bot token (digits, a colon, then the key)",
                    *_fix("doctor_token_format"))
        return
    checks.ok(f"token: {mask_secret(token)} (bot id {bot_id})")
    if len(settings.privacy.pseudonym_secret) < 16:
        checks.fail("privacy.pseudonym_secret: shorter than 16 characters, so pseudonyms are easier to reverse",
                    *_fix("doctor_secret_short"), blocking=False)


async def _check_api(bot: Bot, settings: Settings, checks: Checklist) -> dict | None:
    api_url = settings.telegram.api_url
    try:
        await bot.initialize()  # getMe
    except InvalidToken:
        checks.fail(f"Bot API at {api_url}: the token was refused",
                    *_fix("doctor_token_refused"))
        return None
    except TelegramError as exc:
        checks.fail(f"Bot API at {api_url} does not answer: {exc}",
                    *_fix("doctor_api_unreachable"))
        return None
    me = bot.bot.to_dict()
    checks.ok(f"Bot API at {api_url} answers: @{me.get('username')} (id {me.get('id')})")
    return me


async def _check_database(settings: Settings, checks: Checklist) -> bool:
    """True if the schema exists (rooms can be read)."""
    url = settings.storage.url
    shown = make_url(url).render_as_string(hide_password=True)
    db = Database(url)
    try:
        current, head = await db.revisions()
    except Exception as exc:  # noqa: BLE001 - any driver's failure is the finding
        checks.fail(f"database {shown}: cannot be opened ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})",
                    *_fix("doctor_database_open"))
        return False
    finally:
        await db.close()
    if current is None:
        checks.ok(f"database {shown}: empty; sotong run creates the schema (revision {head}) at start")
        return False
    if current == head:
        checks.ok(f"database {shown}: revision {current}, the newest")
    elif known_revision(current):
        checks.ok(f"database {shown}: revision {current}; sotong run migrates it to {head} at start")
    else:
        checks.fail(f"database {shown}: revision {current} is unknown to this version (newest here: {head}); a newer Sotong migrated it",
                    *_fix("doctor_database_newer"))
        return False
    return True


@dataclass(frozen=True)
class _Chat:
    chat_id: int
    title: str
    is_forum: bool
    staff: str | None  # the department (or "supervisors") of a staff group; None for a room


async def _known_chats(settings: Settings, schema: bool) -> list[_Chat]:
    chats: list[_Chat] = []
    if schema:
        db = Database(settings.storage.url)
        try:
            async with db.session() as session:
                chats += [_Chat(r.chat_id, r.title, r.is_forum, None) for r in await rooms.all_rooms(session)]
        finally:
            await db.close()
    staff = {table.chat_id: name for name, table in settings.departments.items()}
    if settings.deadlines.supervisor_chat_id:
        staff.setdefault(settings.deadlines.supervisor_chat_id, "supervisors")
    seen = {chat.chat_id for chat in chats}
    chats += [_Chat(chat_id, name, False, name) for chat_id, name in staff.items() if chat_id not in seen]
    return chats


async def _check_chats(bot: Bot, me: dict, settings: Settings, schema: bool, checks: Checklist) -> None:
    chats = await _known_chats(settings, schema)
    if not chats:
        checks.ok("rooms: none known yet (add the bot to a room; run doctor again after its first messages)")
        return
    reads_all = bool(me.get("can_read_all_group_messages"))
    for chat in chats:
        what = f"staff group {chat.title}" if chat.staff else f"room {chat.title or '?'}"
        label = f"{what} ({chat.chat_id})"
        try:
            member = await bot.do_api_request("getChatMember", api_kwargs={"chat_id": chat.chat_id, "user_id": me["id"]})
        except TelegramError as exc:
            member = {"status": "left", "error": str(exc)}
        status = member.get("status") if isinstance(member, dict) else None
        if status in (None, "left", "kicked"):
            why = f"the bot is not in it ({member.get('error') or status})" if isinstance(member, dict) else "the bot is not in it"
            if chat.staff:
                checks.fail(f"{label}: {why}", *_fix("doctor_staff_group_missing"))
            else:
                checks.fail(f"{label}: {why}", *_fix("doctor_room_missing"), blocking=False)
            continue
        if chat.staff:
            if status == "restricted" and not member.get("can_send_messages", True):
                checks.fail(f"{label}: the bot may not send messages there", *_fix("doctor_staff_group_muted"))
            else:
                checks.ok(f"{label}: the bot is a member ({status})")
            continue
        if status not in ("administrator", "creator") and not reads_all:
            checks.fail(f"{label}: the bot is not an administrator and privacy mode is on, so it only sees commands",
                        *_fix("doctor_room_admin"))
        missing = lacking(member, room_needs(settings, chat.is_forum))
        if not missing:
            checks.ok(f"{label}: the bot is an administrator with every right the enabled features need")
        for right, needs in missing.items():
            ko, en = fix(right)
            checks.fail(f"{label}: the bot lacks '{right_name(right, 'en')}' ({_features(needs)})", ko, en, blocking=False)


def _features(needs: list[Need]) -> str:
    return ", ".join(dict.fromkeys(need.en for need in needs))
