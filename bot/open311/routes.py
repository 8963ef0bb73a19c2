"""The HTTP side of GeoReport v2: routes under /open311/v2, each answering in JSON or XML.

GET discovery, services, services/{code}, requests and requests/{id} need no
key (the spec's choice); POST requests needs an api_key. Every refusal,
including an unknown path or method, is the spec's error document in the
format the path asked for (XML, the spec's required format, when it named none).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web
from multidict import MultiMapping
from telegram.error import TelegramError

from bot.features.intake import Draft
from bot.open311 import params
from bot.open311.filing import file_from_outside
from bot.open311.formats import ApiError, Format, content_type, encode, errors
from bot.open311.judgment import judge
from bot.open311.keys import ApiKeys, PostLimiter, reporter
from bot.open311.mapping import database_statuses, discovery, service_request
from bot.open311.params import refuse
from bot.open311.services import is_service, service_definition, service_list
from bot.texts import rule_name, text
from moderation.normalize import strip_invisible
from moderation.redaction import redact
from storage import open311 as queries
from storage import rooms
from storage.models import Complaint, Room, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

PREFIX = "/open311/v2"
_FORMAT = r"{fmt:(json|xml)}"
_REASONS = {404: "api_not_found", 405: "api_method_not_allowed"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def respond(fmt: Format, root: str, value: dict | list, status: int = 200, headers: dict | None = None) -> web.Response:
    return web.Response(
        body=encode(fmt, root, value), status=status, content_type=content_type(fmt), charset="utf-8", headers=headers
    )


def _format_of(request: web.Request) -> Format:
    return "json" if request.path.endswith(".json") else "xml"


@web.middleware
async def spec_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Any refusal as the spec's error document; a failure inside is its "general service error" (400)."""
    fmt = _format_of(request)
    try:
        return await handler(request)
    except ApiError as exc:
        return respond(fmt, "errors", errors(exc.status, exc.description), exc.status, exc.headers)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        reason = _REASONS.get(exc.status)
        # Another HTTP error: its English is HTTP's own reason phrase ("payload too large.").
        described = params.both(reason) if reason else f"{text('api_cannot_handle', 'ko')} / {exc.reason.lower()}."
        return respond(fmt, "errors", errors(exc.status, described), exc.status)
    except Exception:
        log.exception("open311: %s %s failed", request.method, request.path)
        return respond(fmt, "errors", errors(400, params.both("api_service_error")), 400)


def _single(query: MultiMapping[str], name: str) -> str | None:
    values = query.getall(name, [])
    if len(values) > 1:
        raise refuse(400, "api_sent_twice", name=name)
    return params.present(values[0]) if values else None


def _has_words(body: str) -> bool:
    """At least two letters or digits (as a private report needs)."""
    return sum(ch.isalnum() for ch in strip_invisible(body)) >= 2


async def _body(request: web.Request) -> bytes:
    """The request body, refused past MAX_BODY however it is sent (Content-Length or chunked)."""
    too_big = refuse(413, "api_body_too_large", kb=params.MAX_BODY // 1024)
    if request.content_length is not None and request.content_length > params.MAX_BODY:
        raise too_big
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        if len(body) > params.MAX_BODY:
            raise too_big
    return bytes(body)


class Open311:
    """The routes, with what they share: the jurisdictions, the keys and the POST limiter."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.open311
        self.jurisdictions = dict(self.settings.jurisdictions)  # slug -> chat id
        self.keys = ApiKeys(self.settings.api_keys)
        self.limiter = PostLimiter(self.settings.posts_per_minute)

    def app(self) -> web.Application:
        app = web.Application(middlewares=[spec_errors])
        app.router.add_get(f"/discovery.{_FORMAT}", self.get_discovery)
        app.router.add_get(f"/services.{_FORMAT}", self.get_services)
        app.router.add_get(r"/services/{code:[^/]{1,64}}." + _FORMAT, self.get_service)
        app.router.add_get(f"/requests.{_FORMAT}", self.get_requests)
        app.router.add_post(f"/requests.{_FORMAT}", self.post_request)
        app.router.add_get(r"/requests/{id:[^/]{1,64}}." + _FORMAT, self.get_request)
        return app

    # -- shared -------------------------------------------------------------------------

    def jurisdiction(self, value: str | None) -> tuple[str, int]:
        """(slug, chat id) of the room a request names; optional while one room is served."""
        if value is None:
            if len(self.jurisdictions) == 1:
                return next(iter(self.jurisdictions.items()))
            raise refuse(400, "api_jurisdiction_needed")
        slug = value.strip().lower()
        if slug not in self.jurisdictions:
            raise refuse(404, "api_jurisdiction_unknown", value=value[:64])
        return slug, self.jurisdictions[slug]

    def agency(self, complaint: Complaint) -> str | None:
        """The department handling it: the one it was assigned to, else the one its category goes to."""
        if complaint.department is not None:
            return complaint.department
        department = self.runtime.departments.of(complaint)
        return department.name if department is not None else None

    async def _service_requests(self, room: Room, found: list[Complaint]) -> list[dict]:
        async with self.runtime.db.session() as session:
            ids = [complaint.id for complaint in found]
            events = await queries.latest_events(session, ids)  # type: ignore[arg-type]
            expected = await queries.resolution_deadlines(session, ids)  # type: ignore[arg-type]
        return [service_request(c, room, events.get(c.id), expected.get(c.id), self.agency) for c in found]  # type: ignore[arg-type]

    # -- GET ----------------------------------------------------------------------------

    async def get_discovery(self, request: web.Request) -> web.Response:
        base = f"{self.runtime.web.url or ''}{PREFIX}"
        s = self.settings
        return respond(request.match_info["fmt"], "discovery", discovery(base, s.contact, s.key_service, s.endpoint_type))  # type: ignore[arg-type]

    async def get_services(self, request: web.Request) -> web.Response:
        self.jurisdiction(_single(request.query, "jurisdiction_id"))
        return respond(request.match_info["fmt"], "services", service_list())  # type: ignore[arg-type]

    async def get_service(self, request: web.Request) -> web.Response:
        self.jurisdiction(_single(request.query, "jurisdiction_id"))
        code = request.match_info["code"]
        if not is_service(code):
            raise refuse(404, "api_service_unknown", code=code[:32])
        return respond(request.match_info["fmt"], "service_definition", service_definition(code))  # type: ignore[arg-type]

    async def get_requests(self, request: web.Request) -> web.Response:
        query = request.query
        fmt = request.match_info["fmt"]
        _, chat_id = self.jurisdiction(_single(query, "jurisdiction_id"))
        numbers = params.request_numbers(query.getall("service_request_id", []))
        if not numbers:  # service_request_id "overrides all other arguments": they are read only without it
            codes = params.service_codes(query.getall("service_code", []))
            start, end = (_single(query, name) for name in ("start_date", "end_date"))
            since, until = params.window(
                params.parse_datetime("start_date", start) if start else None,
                params.parse_datetime("end_date", end) if end else None,
                utcnow(),
            )
            wanted = database_statuses(params.statuses(query.getall("status", [])))
        async with self.runtime.db.session() as session:
            room = await rooms.by_chat(session, chat_id)
            if room is None:  # the bot has not seen the room yet: nothing filed there
                found: list[Complaint] = []
            elif numbers:
                found = await queries.by_numbers(session, room.id, numbers)  # type: ignore[arg-type]
            else:
                found = await queries.in_window(
                    session, room.id, since, until, categories=codes, statuses=wanted, limit=params.LIMIT  # type: ignore[arg-type]
                )
        items = await self._service_requests(room, found) if room is not None else []
        return respond(fmt, "service_requests", items)  # type: ignore[arg-type]

    async def get_request(self, request: web.Request) -> web.Response:
        _, chat_id = self.jurisdiction(_single(request.query, "jurisdiction_id"))
        ident = request.match_info["id"]
        number = params.request_number(ident)
        async with self.runtime.db.session() as session:
            room = await rooms.by_chat(session, chat_id)
            found = await queries.by_numbers(session, room.id, [number]) if room is not None and number is not None else []  # type: ignore[arg-type]
        if room is None or not found:
            raise refuse(404, "api_request_unknown", ident=ident[:32])
        return respond(request.match_info["fmt"], "service_requests", await self._service_requests(room, found))  # type: ignore[arg-type]

    # -- POST ---------------------------------------------------------------------------

    async def post_request(self, request: web.Request) -> web.Response:
        fmt: Format = request.match_info["fmt"]  # type: ignore[assignment]
        fields = params.form(request.headers.get("Content-Type", ""), await _body(request))
        presented = params.present(fields.get("api_key"))
        if presented is None:
            raise refuse(403, "api_key_missing")
        key_id = self.keys.identify(presented) if len(presented) <= params.MAX_TOKEN else None
        if key_id is None:
            raise refuse(403, "api_key_invalid")
        wait = self.limiter.take(key_id)
        if wait:
            seconds = max(1, math.ceil(wait))
            raise ApiError(429, params.both("api_too_many_requests", seconds=seconds), {"Retry-After": str(seconds)})
        _, chat_id = self.jurisdiction(params.text_field(fields, "jurisdiction_id", params.MAX_TOKEN))
        code = params.text_field(fields, "service_code", params.MAX_TOKEN)
        if code is None:
            raise refuse(400, "api_service_code_missing")
        if not is_service(code):
            raise refuse(404, "api_service_unknown", code=code[:32])
        description = params.text_field(fields, "description", params.MAX_DESCRIPTION)
        if description is None or not _has_words(description):
            raise refuse(400, "api_description_needed")
        where = params.location(fields)
        params.text_field(fields, "media_url", params.MAX_MEDIA_URL)  # bounded, then left aside: see README
        rules = self.runtime.house_rules.rules_for(chat_id) if self.runtime.settings.rules.enabled else None
        judgment = judge(description, where.address, rules, self.runtime.settings.intake)
        if judgment.violation is not None:
            violation = judgment.violation
            log.info("open311: key %s refused by the %s rule", key_id, violation.rule.value)
            ko = text("api_refused_rule", "ko", rule=rule_name(violation.rule, "ko"), explanation=violation.explanation_ko)
            en = text("api_refused_rule", "en", rule=rule_name(violation.rule, "en"), explanation=violation.explanation_en)
            raise ApiError(400, f"{ko} / {en}")
        if not judgment.files:
            raise refuse(400, "api_not_a_report")
        # What the room reads of the place: redacted like the text, on one line.
        place = " ".join(redact(where.address).split())[: params.MAX_ADDRESS] if where.address else judgment.intake.place
        if place is None and where.lat is not None:
            place = f"{where.lat:.5f}, {where.long:.5f}"
        title, is_forum = await self._chat(chat_id)
        draft = Draft(
            kind=judgment.intake.kind,
            category=code,  # the sender chose the service
            place=place,
            text=judgment.intake.redacted,
            reporter=reporter(self.runtime.settings.privacy.pseudonym_secret, chat_id, key_id),
            message_id=None,
            source="open311",
        )
        room, outcome = await file_from_outside(self.runtime, chat_id, title, is_forum, draft)
        number = outcome.complaint.number
        log.info("open311: key %s %s #%d in room %s", key_id, "filed" if outcome.new else "repeated", number, room.id)
        answer = {"service_request_id": str(number), "service_notice": self._notice(room, outcome.new, number), "account_id": None}
        return respond(fmt, "service_requests", [answer])

    async def _chat(self, chat_id: int) -> tuple[str, bool]:
        """Title and forum flag of a room the bot has not seen yet, from Telegram; known rooms need no call."""
        async with self.runtime.db.session() as session:
            room = await rooms.by_chat(session, chat_id)
        if room is not None:
            return room.title, room.is_forum
        try:
            chat = await self.runtime.bot.get_chat(chat_id)
        except TelegramError as exc:
            log.warning("open311: room %s cannot be reached: %s", chat_id, exc)
            raise refuse(400, "api_room_unreachable") from None
        return chat.title or "", bool(chat.is_forum)

    @staticmethod
    def _notice(room: Room, new: bool, number: int) -> str:
        title = room.title or text("room_untitled")
        return text("api_filed" if new else "api_joined", room.language, title=title, number=number)


def setup(app: web.Application, runtime: Runtime) -> None:
    """bot.web's hook: serve /open311/v2 when [open311] is enabled."""
    if runtime.settings.open311.enabled:
        app.add_subapp(PREFIX, Open311(runtime).app())
