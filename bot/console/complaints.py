"""The complaint pages: the list (filters, sorting, pages), one complaint in full, its actions and photos."""

from __future__ import annotations

import logging
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from math import ceil

from aiohttp import web
from telegram.error import TelegramError

from bot.console import actions
from bot.console.access import Action, Staffer, may
from bot.console.filters import form_values, parse, query_of
from bot.console.i18n import local, span, translate
from bot.console.render import (
    error_page,
    flash,
    language_of,
    render,
    runtime_of,
    staffer_of,
)
from bot.features.progress import Refused
from bot.texts import category_label, kind_label
from moderation.intake.taxonomy import CATEGORIES
from moderation.lifecycle import OPEN, Change, InvalidTransition, Status, label, next_status
from moderation.pseudonym import display_name
from storage import complaints as records
from storage import console as store
from storage import deadlines
from storage.models import Complaint, ComplaintDeadline, ComplaintEvent, utcnow

log = logging.getLogger(__name__)

MAX_PHOTO_BYTES = 20 * 1024 * 1024  # the Bot API's getFile limit
PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}
# The changes a complaint's state allows, in the order the page offers them.
OFFERED = (Action.ASSIGN, Action.PROGRESS, Action.RESOLVE, Action.REJECT, Action.MERGE, Action.REOPEN)


def status_options(language: str) -> list[tuple[str, str]]:
    return [("open", translate("state_open", language)), ("closed", translate("state_closed", language))] + [
        (s.value, label(s, language)) for s in Status
    ]


def category_options(language: str) -> list[tuple[str, str]]:
    return sorted(((c, category_label(c, language)) for c in CATEGORIES), key=lambda pair: pair[1])


async def listing(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    filters, page, bad = parse(request.query)
    size = runtime.settings.console.page_size
    now = utcnow()
    scope = staffer.scope
    async with runtime.db.session() as session:
        total = await store.count(session, scope, filters, now)
        pages = max(1, ceil(total / size))
        page = min(page, pages)
        rows = await store.search(session, scope, filters, now, offset=(page - 1) * size, limit=size)
        room_list = await store.rooms_in(session, scope)
        named = await store.departments_in(session, scope)
    departments = sorted(set(named) | set(staffer.routing.names))
    return await render(
        request,
        "complaints.html",
        rows=rows,
        total=total,
        page=page,
        pages=pages,
        form=form_values(filters),
        bad=[translate(_FIELD_KEYS.get(name, name), language) if name in _FIELD_KEYS else name for name in bad],
        rooms=room_list,
        departments=departments,
        states=status_options(language),
        categories=category_options(language),
        sorts=[(s, translate(f"sort_{s}", language)) for s in store.SORTS],
        query_prev=query_of(filters, page=page - 1),
        query_next=query_of(filters, page=page + 1),
        export_query=query_of(filters),
        status_label=lambda s: label(Status(s), language),
        category_label=lambda c: category_label(c, language),
        kind_label=lambda k: kind_label(k, language),
    )


_FIELD_KEYS = {
    "room": "room",
    "state": "state",
    "category": "category",
    "department": "department",
    "q": "search",
    "from": "date_from",
    "to": "date_to",
    "sort": "sort",
    "order": "sort",
}


@dataclass(frozen=True)
class Offer:
    action: str
    needs_note: bool
    note_optional: bool


def _offers(user: Staffer, complaint: Complaint) -> list[Offer]:
    """The changes the lifecycle allows now and the reader may make."""
    offers = []
    for action in OFFERED:
        change = Change.MERGE if action is Action.MERGE else actions.CHANGES[action]
        try:
            next_status(Status(complaint.status), change, complaint.number)
        except InvalidTransition:
            continue
        if may(user, action, complaint):
            offers.append(Offer(action.value, action in actions.NOTE_REQUIRED, action in (Action.RESOLVE, Action.REOPEN)))
    return offers


async def detail(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    complaint_id = int(request.match_info["id"])
    async with runtime.db.session() as session:
        found = await store.find(session, complaint_id)
        if found is None:
            return await error_page(request, 404, "not_found")
        complaint, room = found
        if not may(staffer, Action.VIEW, complaint):
            return await error_page(request, 403, "denied")
        supporters = await records.supporter_count(session, complaint_id)
        followers = await store.follower_count(session, complaint_id)
        events = await records.events(session, complaint_id)
        promises = await deadlines.of_complaint(session, complaint_id)
        duplicate_of = await records.get(session, complaint.duplicate_of) if complaint.duplicate_of else None
    now = utcnow()
    photos = records.photos_of(complaint)
    return await render(
        request,
        "complaint.html",
        complaint=complaint,
        room=room,
        may_see_room=may(staffer, Action.VIEW, room),
        status=label(Status(complaint.status), language),
        category=category_label(complaint.category, language),
        kind=kind_label(complaint.kind, language),
        photos=range(len(photos)),
        supporters=supporters,
        followers=followers,
        timeline=[_event_row(event, language) for event in events],
        promises=[_promise_row(row, complaint, now, language) for row in promises],
        duplicate_of=duplicate_of.number if duplicate_of is not None else None,
        offers=_offers(staffer, complaint),
        configured=sorted(staffer.routing.names),
    )


def _actor(event: ComplaintEvent, language: str) -> str:
    actor = event.actor or ""
    if len(actor) == 32 and all(c in "0123456789abcdef" for c in actor):
        if event.from_status is None:
            return display_name(actor, language)
        return translate("staff_name", language, code=actor[:4].upper())
    return actor


def _event_row(event: ComplaintEvent, language: str) -> dict:
    source_key = f"source_{event.source}"
    return {
        "when": event.created_at,
        "from": label(Status(event.from_status), language) if event.from_status else "",
        "to": label(Status(event.status), language) if event.from_status else translate("filed_event", language),
        "note": "" if event.from_status is None else event.note,
        "source": translate(source_key, language) if source_key in _SOURCES else event.source,
        "actor": _actor(event, language),
    }


_SOURCES = {"source_room", "source_private", "source_department", "source_console"}


def _promise_row(row: ComplaintDeadline, complaint: Complaint, now: datetime, language: str) -> dict:
    stage = translate(f"deadline_{row.stage}", language)
    if row.met_at is not None:
        state, late = translate("deadline_met", language, when=local(row.met_at)[5:]), False
    elif complaint.status not in OPEN or (row.stage == "first_response" and complaint.status != Status.RECEIVED):
        state, late = "—", False
    elif row.deadline_at <= now:
        state, late = translate("deadline_missed", language, late=span((now - row.deadline_at).total_seconds(), language)), True
    else:
        state, late = translate("deadline_left", language, left=span((row.deadline_at - now).total_seconds(), language)), False
    return {"stage": stage, "deadline_at": row.deadline_at, "met_at": row.met_at, "state": state, "late": late}


async def act(request: web.Request) -> web.Response:
    """POST: one change from the detail page; the answer is shown there after a redirect."""
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    complaint_id = int(request.match_info["id"])
    form = await request.post()
    raw_action = str(form.get("action", ""))
    note = str(form.get("note", "")).strip()
    department = str(form.get("department", "")).strip()
    into_raw = str(form.get("into", "")).strip().lstrip("#")
    into = int(into_raw) if into_raw.isascii() and into_raw.isdigit() and len(into_raw) <= 9 else None
    back = f"/console/complaints/{complaint_id}"
    try:
        action = Action(raw_action)
    except ValueError:
        await flash(request, "error", translate("bad_action", language))
        raise web.HTTPSeeOther(back) from None
    try:
        done = await actions.change(runtime, staffer, complaint_id, action, note=note, department=department, into=into)
    except actions.Denied:
        log.info("console: an action outside the reader's authority was refused")
        return await error_page(request, 403, "denied")
    except actions.Invalid as invalid:
        await flash(request, "error", translate(invalid.key, language))
    except Refused as refused:
        await flash(request, "error", translate("refused", language, reason=refused.message))
    else:
        if done.merged_into is not None:
            await flash(request, "ok", translate("done_merge", language, number=done.number, into=done.merged_into))
        else:
            await flash(request, "ok", translate("done_change", language, number=done.number, status=done.status))
        if not done.visible:
            back = "/console/complaints"
    raise web.HTTPSeeOther(back)


async def photo(request: web.Request) -> web.StreamResponse:
    """A complaint's photo, fetched through getFile: the bot's token never reaches the browser."""
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    complaint_id, index = int(request.match_info["id"]), int(request.match_info["n"])
    async with runtime.db.session() as session:
        found = await store.find(session, complaint_id)
    if found is None:
        return await error_page(request, 404, "not_found")
    complaint, _room = found
    if not may(staffer, Action.VIEW, complaint):
        return await error_page(request, 403, "denied")
    photos = records.photos_of(complaint)
    if index >= len(photos):
        return await error_page(request, 404, "not_found")
    try:
        file = await runtime.bot.get_file(photos[index])
        if file.file_size is not None and file.file_size > MAX_PHOTO_BYTES:
            return await error_page(request, 404, "not_found")
        data = bytes(await file.download_as_bytearray())
    except (TelegramError, RuntimeError) as exc:
        log.warning("console: a photo could not be fetched: %s", type(exc).__name__)
        return await error_page(request, 404, "not_found")
    kind = mimetypes.guess_type(file.file_path or "")[0] or ""
    if kind not in PHOTO_TYPES:
        kind = "image/jpeg"  # Telegram keeps photos as JPEG; never let a file path choose an active type
    return web.Response(body=data, content_type=kind, headers={"Content-Disposition": "inline", "Cache-Control": "private, max-age=3600"})
