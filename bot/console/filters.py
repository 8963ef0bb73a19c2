"""The list's filters as they come in the query string, read strictly: what cannot be read is left out and named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from multidict import MultiMapping

from bot.clock import local_time
from moderation.intake.taxonomy import CATEGORIES
from moderation.lifecycle import Status
from storage.console import SORTS, STATUS_GROUPS, Filters

FIELDS = ("room", "state", "category", "department", "overdue", "q", "from", "to", "sort", "order")
STATES = tuple(STATUS_GROUPS) + tuple(s.value for s in Status)
MAX_TEXT = 200
MAX_PAGE = 100_000


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _start_of(day: date) -> datetime:
    """Midnight in Korea, as UTC-aware."""
    return datetime.combine(day, time.min, local_time())


def parse(query: MultiMapping[str]) -> tuple[Filters, int, list[str]]:
    """(filters, page, names of the fields that could not be read)."""
    bad: list[str] = []
    values: dict = {}
    room = query.get("room", "")
    if room:
        if room.isascii() and room.isdigit() and len(room) <= 9:
            values["room_id"] = int(room)
        else:
            bad.append("room")
    state = query.get("state", "")
    if state:
        if state in STATES:
            values["status"] = state
        else:
            bad.append("state")
    category = query.get("category", "")
    if category:
        if category in CATEGORIES:
            values["category"] = category
        else:
            bad.append("category")
    department = query.get("department", "").strip()
    if department:
        if len(department) <= 64:
            values["department"] = department
        else:
            bad.append("department")
    if query.get("overdue") in ("1", "on", "true"):
        values["overdue"] = True
    text = query.get("q", "").strip()
    if len(text) > MAX_TEXT:
        bad.append("q")
    elif text:
        values["text"] = text
    for name, key in (("from", "since"), ("to", "until")):
        raw = query.get(name, "")
        if raw:
            day = _day(raw)
            if day is None:
                bad.append(name)
            else:  # "to" includes its whole day
                values[key] = _start_of(day if name == "from" else day + timedelta(days=1))
    sort = query.get("sort", "")
    if sort:
        if sort in SORTS:
            values["sort"] = sort
        else:
            bad.append("sort")
    order = query.get("order", "")
    if order:
        if order in ("asc", "desc"):
            values["descending"] = order == "desc"
        else:
            bad.append("order")
    page = 1
    raw_page = query.get("page", "")
    if raw_page:
        if raw_page.isascii() and raw_page.isdigit() and 1 <= int(raw_page[:7]) <= MAX_PAGE:
            page = int(raw_page)
        else:
            bad.append("page")
    return Filters(**values), page, bad


def query_of(filters: Filters, **changes: Any) -> str:
    """The query string of `filters` (with `changes`, e.g. page=2), for links and exports."""
    if changes.get("sort") is not None or changes.get("descending") is not None:
        filters = replace(filters, **{k: v for k, v in changes.items() if k in ("sort", "descending")})
    pairs: list[tuple[str, str]] = []
    if filters.room_id is not None:
        pairs.append(("room", str(filters.room_id)))
    if filters.status:
        pairs.append(("state", filters.status))
    if filters.category:
        pairs.append(("category", filters.category))
    if filters.department:
        pairs.append(("department", filters.department))
    if filters.overdue:
        pairs.append(("overdue", "1"))
    if filters.text:
        pairs.append(("q", filters.text))
    if filters.since is not None:
        pairs.append(("from", filters.since.astimezone(local_time()).date().isoformat()))
    if filters.until is not None:
        pairs.append(("to", (filters.until.astimezone(local_time()) - timedelta(days=1)).date().isoformat()))
    pairs.append(("sort", filters.sort))
    pairs.append(("order", "desc" if filters.descending else "asc"))
    page = changes.get("page")
    if page is not None:
        pairs.append(("page", str(page)))
    return urlencode(pairs)


def form_values(filters: Filters) -> dict[str, str]:
    """The filter form's fields as they should show again."""
    return {
        "room": str(filters.room_id) if filters.room_id is not None else "",
        "state": filters.status or "",
        "category": filters.category or "",
        "department": filters.department or "",
        "overdue": "1" if filters.overdue else "",
        "q": filters.text,
        "from": filters.since.astimezone(local_time()).date().isoformat() if filters.since else "",
        "to": (filters.until.astimezone(local_time()) - timedelta(days=1)).date().isoformat() if filters.until else "",
        "sort": filters.sort,
        "order": "desc" if filters.descending else "asc",
    }
