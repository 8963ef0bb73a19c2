"""A room's public page (off unless `[console] public_page` and the room's moderators switch it on).

The open-complaints board — Bucheon's post-it board on the web — and headline
figures. Only what the room's pinned board shows already: number, state,
category, place, department and age; never a text, a pseudonym or a person.
"""

from __future__ import annotations

import statistics
from datetime import timedelta

from aiohttp import web

from bot.console.render import error_page, language_of, render, runtime_of
from bot.features.progress import summary_of
from moderation.lifecycle import OPEN_ORDER, label
from storage import complaints, rooms
from storage import console as store
from storage.models import OPEN_STATUSES, utcnow

MAX_ITEMS = 300


async def board(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    room_id = int(request.match_info["id"])
    now = utcnow()
    async with runtime.db.session() as session:
        room = await rooms.get(session, room_id)
        if room is None or not await store.public_board(session, room_id):
            return await error_page(request, 404, "not_found")
        scope = store.Scope(room_ids=frozenset({room_id}))
        items = await complaints.open_in_room(session, room_id, limit=MAX_ITEMS)
        by_state = await store.count_by_status(session, scope)
        _filed, resolved = await store.filed_and_resolved(session, scope, now - timedelta(days=30))
        timelines = await store.timelines(session, scope, now - timedelta(days=30))
    language = language_of(request)
    waits = [(t.first_response_at - t.filed_at).total_seconds() for t in timelines if t.first_response_at]
    groups = []
    for status in OPEN_ORDER:
        group = sorted((c for c in items if c.status == status), key=lambda c: c.status_at or c.created_at)
        if group:
            groups.append({
                "label": label(status, language),
                "items": [
                    {"number": c.number, "summary": summary_of(c, language), "department": c.department or "",
                     "age": (now - (c.status_at or c.created_at)).total_seconds()}
                    for c in group
                ],
            })
    return await render(
        request,
        "board.html",
        public_page=True,
        room=room,
        groups=groups,
        open_count=sum(by_state.get(s, 0) for s in OPEN_STATUSES),
        resolved_30d=len(resolved),
        median_first=statistics.median(waits) if waits else None,
        now=now,
    )
