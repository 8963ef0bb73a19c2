"""The dashboard: what is open, overdue and due soon, the last week's flow, and the reader's rooms."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from bot.console import charts
from bot.console.i18n import translate
from bot.console.render import language_of, render, runtime_of, staffer_of
from bot.console.stats import state_bars
from bot.texts import category_label
from moderation.lifecycle import Status, label
from storage import console as store
from storage.models import OPEN_STATUSES, utcnow

TOP_OVERDUE = 5


async def page(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    scope = staffer.scope
    now = utcnow()
    soon = now + timedelta(hours=runtime.settings.console.due_soon_hours)
    async with runtime.db.session() as session:
        by_state = await store.count_by_status(session, scope)
        by_category = await store.count_by_category(session, scope)
        due = await store.due_by(session, scope, soon)
        filed, resolved = await store.filed_and_resolved(session, scope, now - timedelta(days=7))
        room_list = await store.rooms_in(session, scope) if staffer.staff else [
            r for r in await store.rooms_in(session, scope) if r.id in staffer.room_ids
        ]
    missed = [d for d in due if d.deadline_at <= now]
    overdue_complaints = {d.complaint.id for d in missed}
    return await render(
        request,
        "dashboard.html",
        open_count=sum(by_state.get(s, 0) for s in OPEN_STATUSES),
        overdue_count=len(overdue_complaints),
        soon_count=len({d.complaint.id for d in due if d.deadline_at > now} - overdue_complaints),
        filed_7d=len(filed),
        resolved_7d=len(resolved),
        state_chart=charts.bars(state_bars(by_state, language), translate("by_state", language)),
        category_chart=charts.bars([(category_label(c, language), n) for c, n in by_category[:8]], translate("by_category", language)),
        most_overdue=[
            {"due": d, "late": (now - d.deadline_at).total_seconds(), "stage": translate(f"deadline_{d.stage}", language),
             "status": label(Status(d.complaint.status), language), "category": category_label(d.complaint.category, language)}
            for d in missed[:TOP_OVERDUE]
        ],
        rooms=room_list,
    )
