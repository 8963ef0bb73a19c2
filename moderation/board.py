"""The pinned "open complaints" board: open items grouped by state, with their age.

Like the post-it board in Bucheon's mayor's office: a note comes off when its
request is solved. Pure: the caller passes the items and the time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from moderation.catalogue import text
from moderation.lifecycle import OPEN, OPEN_ORDER, Status, label

# Telegram's limit is 4,096 characters; keep room for the "and N more" line.
MAX_BOARD_CHARS = 3800


@dataclass(frozen=True)
class BoardItem:
    number: int
    status: Status
    summary: str  # category and place as understood, e.g. "가로등 · 과천역 3번 출구"
    since: datetime  # when the item entered its current state (the age shown)
    department: str | None = None


def format_age(seconds: float, language: str = "ko") -> str:
    """'방금', '12분', '3시간', '2일' (or English)."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return text("age_just_now", language)
    if minutes < 60:
        return text("age_minutes", language, minutes=minutes)
    hours = minutes // 60
    if hours < 48:
        return text("age_hours", language, hours=hours)
    return text("age_days", language, days=hours // 24)


def render_board(items: Iterable[BoardItem], now: datetime, language: str = "ko") -> str:
    """The board text; resolved, rejected and merged items never appear on it."""
    open_items = [i for i in items if i.status in OPEN]
    title = text("board_title", language)
    if not open_items:
        return f"{title}\n\n{text('board_empty', language)}"
    lines = [f"{title} ({len(open_items)})"]
    shown = 0
    for status in OPEN_ORDER:
        group = sorted((i for i in open_items if i.status is status), key=lambda i: i.since)
        if not group:
            continue
        header = f"\n[{label(status, language)}] {len(group)}"
        if len("\n".join(lines)) + len(header) > MAX_BOARD_CHARS:
            break
        lines.append(header)
        for item in group:
            who = f" · {item.department}" if item.department else ""
            line = f"#{item.number} {item.summary}{who} — {format_age((now - item.since).total_seconds(), language)}"
            if len("\n".join(lines)) + len(line) + 1 > MAX_BOARD_CHARS:
                break
            lines.append(line)
            shown += 1
    if shown < len(open_items):
        lines.append(text("board_more", language, rest=len(open_items) - shown))
    return "\n".join(lines)


def next_change(since: Iterable[datetime], now: datetime) -> datetime | None:
    """The first moment after `now` at which an age on the board reads differently (format_age
    counts minutes, then hours from the first hour, then days from the second day); None when
    the board shows no ages. A board redrawn then keeps its ages right without redrawing more."""
    moments = []
    for start in since:
        age = max(0.0, (now - start).total_seconds())
        step = 60.0 if age < 3600 else 3600.0 if age < 48 * 3600 else 86400.0
        moments.append(start + timedelta(seconds=(age // step + 1) * step))
    return min(moments, default=None)
