"""/stats for moderators and staff: the room's complaints by state and category (all time), and
each department's median first-response and resolution times over the last 7 and 30 days.

Counts are all time so the open ones match /complaints and the board: an old complaint
still open is exactly what a moderator must not lose sight of. Medians are over the
complaints filed in each window; what counts as a response or a resolution is decided
in storage/stats.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.features.access import command, runtime_of
from bot.features.progress import asked_room
from bot.replies import reply_to
from bot.texts import category_label, text
from bot.work import current_work
from moderation.deadlines import DepartmentStats, Handled, department_stats
from moderation.lifecycle import CLOSED, OPEN, ORDER, Status, label
from storage import stats
from storage.models import Room, utcnow

WINDOWS = (7, 30)  # days
MAX_CATEGORIES = 8  # there are 16; the rest are summed up as "… 외 N개"
MAX_DEPARTMENTS = 10  # per window; department names run to 64 characters
TELEGRAM_LIMIT = 4096


def register(application: Application) -> None:
    application.add_handler(command("stats", on_stats))


async def on_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: in the room, or privately (/stats @room when someone moderates several).

    A department's staff group reads its department's figures only, whoever asks there: the
    answer is posted in the group. Privately, someone who is staff only through department
    groups reads those departments' figures.
    """
    asked = await asked_room(update, context, moderators_only=True, usage="usage_stats")
    if asked is None:
        return
    # Anything after the command is ignored: /stats takes no argument, and a stray word
    # ("/stats 30") should not cost the moderator the answer.
    work = current_work()
    scope = None
    if asked.department is not None or not asked.grants.over_room(asked.room.chat_id):
        names = [asked.department] if asked.department is not None else sorted(asked.grants.departments)
        tables = runtime_of(context).settings.departments
        scope = stats.scope_of((name, tables[name].categories) for name in names if name in tables)
    await reply_to(work, asked.message, await stats_text(await work.session(), asked.room, utcnow(), scope))


async def stats_text(session: AsyncSession, room: Room, now: datetime, scope: stats.Scope | None = None) -> str:
    """The whole /stats reply for `room` (or the part of it `scope` covers), in the room's language, within Telegram's limit."""
    language = room.language
    title = room.title or text("room_untitled")
    by_status = await stats.count_by_status(session, room.id, scope)  # type: ignore[arg-type]
    total = sum(by_status.values())
    named = ", ".join(scope.departments) if scope is not None else ""
    if total == 0:
        if scope is not None:
            return text("stats_empty_department", language, room=title, room_id=room.id, department=named or "-")
        return text("stats_empty", language, room=title, room_id=room.id)
    categories = [(category_label(c, language), n) for c, n in await stats.count_by_category(session, room.id, scope)]  # type: ignore[arg-type]
    head = (
        text("stats_head_department", language, room=title, room_id=room.id, total=total, department=named) if scope is not None else None
    )
    lines = [
        head or text("stats_head", language, room=title, room_id=room.id, total=total),
        _states_line("stats_open", OPEN, by_status, language),
        _states_line("stats_closed", CLOSED, by_status, language),
        text("stats_categories", language, categories=_listed(categories, MAX_CATEGORIES, language)),
    ]
    filed = await stats.timelines(session, room.id, now - timedelta(days=max(WINDOWS)), scope)  # type: ignore[arg-type]
    handled = [Handled(t.department, t.filed_at, t.first_response_at, t.resolved_at) for t in filed]
    for days in WINDOWS:
        lines.append("")
        lines.append(text("stats_window", language, days=days))
        lines.extend(_department_lines(department_stats(handled, now, timedelta(days=days)), language))
    lines.append("")
    lines.append(text("stats_legend", language))
    body = "\n".join(lines)
    return body if len(body) <= TELEGRAM_LIMIT else body[: TELEGRAM_LIMIT - 1] + "…"


def _states_line(key: str, states: Iterable[Status], counts: Mapping[str, int], language: str) -> str:
    """"열림 3건: 접수 2 · 처리 중 1"; states with nothing in them are left out."""
    shown = [(label(s, language), counts.get(s.value, 0)) for s in ORDER if s in states and counts.get(s.value, 0)]
    count = sum(n for _, n in shown)
    states_text = ": " + " · ".join(f"{name} {n}" for name, n in shown) if shown else ""
    return text(key, language, count=count, states=states_text)


def _listed(items: list[tuple[str, int]], limit: int, language: str) -> str:
    shown = " · ".join(f"{name} {n}" for name, n in items[:limit])
    if len(items) > limit:
        shown += " " + text("stats_more", language, count=len(items) - limit)
    return shown


def _department_lines(rows: list[DepartmentStats], language: str) -> list[str]:
    if not rows:
        return [text("stats_window_empty", language)]
    rows = sorted(rows, key=lambda r: (-r.complaints, r.department))  # the busiest first
    lines = [
        text(
            "stats_department",
            language,
            department=text("unassigned", language) if r.department == "-" else r.department,
            count=r.complaints,
            first=duration(r.median_first_response_minutes, language),
            resolved=duration(r.median_resolution_minutes, language)
            + (text("stats_resolved_count", language, count=r.resolved) if r.resolved else ""),
        )
        for r in rows[:MAX_DEPARTMENTS]
    ]
    if len(rows) > MAX_DEPARTMENTS:
        lines.append(text("stats_more", language, count=len(rows) - MAX_DEPARTMENTS))
    return lines


def duration(minutes: float | None, language: str) -> str:
    """"—", "1분 미만", "25분", "2시간 5분", "3일 4시간" (or English)."""
    if minutes is None:
        return "—"
    whole = int(minutes)
    if whole < 1:
        return text("stats_under_minute", language)
    if whole < 60:
        return text("stats_minutes", language, minutes=whole)
    if whole < 48 * 60:
        hours, rest = divmod(whole, 60)
        return text("stats_hours", language, hours=hours) + (" " + text("stats_minutes", language, minutes=rest) if rest else "")
    days, rest = divmod(whole, 24 * 60)
    hours = rest // 60
    return text("stats_days", language, days=days) + (" " + text("stats_hours", language, hours=hours) if hours else "")
