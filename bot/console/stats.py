"""The statistics page: counts by state and category, medians per department over 7 and 30 days, the weekly trend."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from bot.console import charts, figures
from bot.console.i18n import translate
from bot.console.render import language_of, render, runtime_of, staffer_of
from bot.texts import category_label
from moderation.lifecycle import ORDER, label
from storage import console as store
from storage.models import utcnow


def state_bars(counts: dict[str, int], language: str) -> list[tuple[str, float]]:
    return [(label(s, language), counts[s.value]) for s in ORDER if counts.get(s.value)]


def median_chart(rows, language: str, title: str):  # type: ignore[no-untyped-def]
    """Paired bars of median first response and resolution, in minutes or hours, whichever reads better."""
    values = [v for r in rows for v in (r.median_first_response_minutes, r.median_resolution_minutes) if v is not None]
    in_hours = bool(values) and max(values) >= 120
    scale = 60 if in_hours else 1
    unit = translate("hours_short" if in_hours else "minutes", language)
    pairs = [
        (
            translate("unassigned", language) if r.department == "-" else r.department,
            None if r.median_first_response_minutes is None else round(r.median_first_response_minutes / scale, 1),
            None if r.median_resolution_minutes is None else round(r.median_resolution_minutes / scale, 1),
        )
        for r in rows[:12]
    ]
    names = (translate("median_first", language), translate("median_resolution", language))
    return charts.paired_bars(pairs, names, title, unit=" " + unit)


async def page(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    scope = staffer.scope
    now = utcnow()
    async with runtime.db.session() as session:
        room_list = await store.rooms_in(session, scope)
        raw = request.query.get("room", "")
        room_id = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 9 and int(raw) in {r.id for r in room_list} else None
        by_state = await store.count_by_status(session, scope, room_id)
        by_category = await store.count_by_category(session, scope, room_id)
        timelines = await store.timelines(session, scope, now - timedelta(days=max(figures.WINDOWS)), room_id)
        filed, resolved = await store.filed_and_resolved(session, scope, figures.week_start(now), room_id)
    windows = []
    for days in figures.WINDOWS:
        rows = figures.medians(timelines, now, days)
        windows.append({
            "days": days,
            "rows": rows,
            "chart": median_chart(rows, language, translate("medians", language, days=days)),
        })
    weeks, filed_counts, resolved_counts = figures.weekly(filed, resolved, now)
    return await render(
        request,
        "stats.html",
        rooms=room_list,
        room_id=room_id,
        total=sum(by_state.values()),
        state_chart=charts.bars(state_bars(by_state, language), translate("by_state", language)),
        category_chart=charts.bars([(category_label(c, language), n) for c, n in by_category], translate("by_category", language)),
        windows=windows,
        weeks=figures.WEEKS,
        trend_chart=charts.trend(
            weeks, filed_counts, resolved_counts,
            (translate("filed", language), translate("resolved", language)), translate("weekly", language, weeks=figures.WEEKS),
        ),
        weekly_rows=list(zip(weeks, filed_counts, resolved_counts, strict=True)),
    )
