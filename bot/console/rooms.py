"""A room's pages for its moderators: the moderation log and the room's settings (rules, greeting, public page)."""

from __future__ import annotations

from aiohttp import web

from bot.console import actions
from bot.console.access import Action, may
from bot.console.i18n import translate
from bot.console.render import (
    error_page,
    flash,
    language_of,
    render,
    runtime_of,
    staffer_of,
)
from bot.features.rooms_view import greeting_body_of, rules_of
from bot.features.sanctions import shown_actor
from bot.texts import rule_name
from moderation.pseudonym import display_name
from storage import console as store
from storage import moderation_log, rooms
from storage.models import Room

MODLOG_PAGE = 30


async def listing(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    async with runtime.db.session() as session:
        mine = [room for room in await rooms.all_rooms(session) if may(staffer, Action.VIEW, room)]
    return await render(request, "rooms.html", rooms=mine)


def _defaults(room: Room, runtime) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What the room shows when its own text is empty (placeholders)."""
    settings = runtime.settings.greeting
    shown = {}
    for language in ("ko", "en"):
        probe = Room(chat_id=room.chat_id, language=language)  # no own texts: the configured or built-in ones
        shown[f"rules_{language}"] = rules_of(probe, settings)
        shown[f"greeting_{language}"] = greeting_body_of(probe, settings)
    return shown


async def detail(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    room_id = int(request.match_info["id"])
    raw_page = request.query.get("page", "1")
    page = int(raw_page) if raw_page.isascii() and raw_page.isdigit() and 1 <= len(raw_page) <= 5 and int(raw_page) >= 1 else 1
    async with runtime.db.session() as session:
        room = await rooms.get(session, room_id)
        if room is None:
            return await error_page(request, 404, "not_found")
        if not may(staffer, Action.VIEW, room):
            return await error_page(request, 403, "denied")
        entries = (
            await moderation_log.recent(session, room_id, MODLOG_PAGE + 1, (page - 1) * MODLOG_PAGE)
            if may(staffer, Action.MODLOG, room)
            else []
        )
        public = await store.public_board(session, room_id)
    log_rows = [
        {
            "when": entry.created_at,
            "action": entry.action,
            "rule": rule_name(entry.rule, language) if entry.rule else "",
            "whom": display_name(entry.pseudonym, language) if entry.pseudonym else "",
            "actor": shown_actor(entry.actor, language),
            "excerpt": entry.excerpt or "",
        }
        for entry in entries[:MODLOG_PAGE]
    ]
    return await render(
        request,
        "room.html",
        room=room,
        log_rows=log_rows,
        page=page,
        more=len(entries) > MODLOG_PAGE,
        may_settings=may(staffer, Action.SETTINGS, room),
        defaults=_defaults(room, runtime),
        public_allowed=runtime.settings.console.public_page,
        public=public,
        public_url=f"{runtime.web.url}/board/{room.id}" if runtime.web.url else f"/board/{room.id}",
    )


async def save(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    room_id = int(request.match_info["id"])
    form = await request.post()

    def field(name: str) -> str:
        return str(form.get(name, "")).replace("\r\n", "\n").strip()

    texts = actions.RoomTexts(field("rules_ko"), field("rules_en"), field("greeting_ko"), field("greeting_en"), form.get("public") == "1")
    try:
        await actions.save_settings(runtime, staffer, room_id, texts)
    except actions.Denied:
        return await error_page(request, 403, "denied")
    except actions.Invalid as invalid:
        await flash(request, "error", translate(invalid.key, language))
    else:
        await flash(request, "ok", translate("saved", language))
    raise web.HTTPSeeOther(f"/console/rooms/{room_id}")
