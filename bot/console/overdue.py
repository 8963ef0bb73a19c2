"""Overdue work: promises missed and those due soon, per department."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from bot.console.i18n import translate
from bot.console.render import language_of, render, runtime_of, staffer_of
from bot.texts import category_label
from moderation.lifecycle import Status, label
from storage import console as store
from storage.models import utcnow


async def page(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    hours = runtime.settings.console.due_soon_hours
    now = utcnow()
    async with runtime.db.session() as session:
        due = await store.due_by(session, staffer.scope, now + timedelta(hours=hours))
    groups: dict[str, dict[str, list[dict]]] = {}
    for item in due:
        department = staffer.routing.department_of(item.complaint) or item.complaint.department or translate("unassigned", language)
        missed = item.deadline_at <= now
        row = {
            "due": item,
            "stage": translate(f"deadline_{item.stage}", language),
            "status": label(Status(item.complaint.status), language),
            "category": category_label(item.complaint.category, language),
            "distance": abs((now - item.deadline_at).total_seconds()),
        }
        groups.setdefault(department, {"missed": [], "upcoming": []})["missed" if missed else "upcoming"].append(row)
    ordered = sorted(groups.items(), key=lambda pair: (-len(pair[1]["missed"]), pair[0]))
    return await render(request, "overdue.html", groups=ordered, hours=f"{hours:g}")
