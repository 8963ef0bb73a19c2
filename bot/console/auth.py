"""Logging in with the bot's one-time link, the session, and the checks every request passes.

The session is an encrypted cookie (aiohttp-session, Fernet): HttpOnly,
SameSite=Lax, Secure behind HTTPS, and it expires. It holds the Telegram id, a
random session id, a CSRF token and the login time; the database keeps only a
hash of the session id, so logging out ends every copy of the cookie. Without a
live session every console route but the login pages answers 401 with the login
page; every POST must carry the session's CSRF token.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from datetime import timedelta

from aiohttp import web
from aiohttp_session import get_session, new_session

from bot.console.keys import digest
from bot.console.render import (
    LANGUAGE_COOKIE,
    STAFFER,
    error_page,
    render,
    runtime_of,
    safe_next,
    staffer_of,
)
from storage import console as store
from storage.models import utcnow

log = logging.getLogger(__name__)

PUBLIC = frozenset({"login_page", "login", "language"})


@web.middleware
async def authenticate(request: web.Request, handler):  # type: ignore[no-untyped-def]
    """Every console request: a live session, the reader's roles, and on POST the CSRF token."""
    resource = request.match_info.route.resource
    name = resource.name if resource is not None else None
    if name in PUBLIC or name == "static":
        return await handler(request)
    runtime = runtime_of(request)
    session = await get_session(request)
    user_id, session_id = session.get("u"), session.get("s")
    if not isinstance(user_id, int) or not isinstance(session_id, str):
        return await unauthorized(request)
    async with runtime.db.session() as db:  # a short read, closed before Telegram is asked about roles
        alive = await store.session_alive(db, digest(session_id), utcnow())
    if not alive:
        session.invalidate()
        return await unauthorized(request)
    request[STAFFER] = await runtime.console.roles.of(user_id)
    if request.method not in ("GET", "HEAD"):
        form = await request.post()
        given = form.get("csrf")
        expected = session.get("c")
        if not isinstance(given, str) or not isinstance(expected, str) or not hmac.compare_digest(given.encode(), expected.encode()):
            return await error_page(request, 403, "csrf_failed")
    if not staffer_of(request).has_role and name != "logout":
        return await render(request, "message.html", code=403, title_key="denied_title", message_key="no_role")
    return await handler(request)


async def unauthorized(request: web.Request) -> web.Response:
    response = await render(request, "login.html", code=401, message_key="login_needed", minutes=_minutes(request))
    response.headers["WWW-Authenticate"] = 'Telegram-Link realm="sotong console"'
    return response


def _minutes(request: web.Request) -> int:
    return int(runtime_of(request).settings.console.login_minutes)


async def login_page(request: web.Request) -> web.Response:
    key = "logged_out" if request.query.get("bye") else None
    return await render(request, "login.html", message_key=key, minutes=_minutes(request))


async def login(request: web.Request) -> web.Response:
    """GET /console/login/<token>: spend the link once and start a session."""
    runtime = runtime_of(request)
    if request.method == "HEAD":  # a link checker looking: the link stays unspent
        return web.Response(content_type="text/html")
    token = request.match_info["token"]
    user_id = runtime.console.keys.read_login(token)
    used = False
    if user_id is not None:
        now = utcnow()
        async with runtime.db.session() as db:
            used = await store.use_login(db, digest(token), now)
    if user_id is None or not used:
        log.info("a console login link was refused (forged, altered, used or expired)")
        return await render(request, "login.html", code=403, message_key="login_bad_link", minutes=_minutes(request))
    session = await new_session(request)  # a fresh session: nothing carried over from before login
    session_id = secrets.token_urlsafe(32)
    now = utcnow()
    async with runtime.db.session() as db:
        await store.start_session(db, digest(session_id), now, now + timedelta(hours=runtime.settings.console.session_hours))
    session.update({"u": user_id, "s": session_id, "c": secrets.token_urlsafe(32), "t": int(now.timestamp())})
    runtime.console.roles.forget(user_id)  # roles read afresh at each login
    raise web.HTTPSeeOther(safe_next(request.query.get("next")))


async def logout(request: web.Request) -> web.Response:
    runtime = runtime_of(request)
    session = await get_session(request)
    session_id = session.get("s")
    if isinstance(session_id, str):
        async with runtime.db.session() as db:
            await store.end_session(db, digest(session_id), utcnow())
    session.invalidate()
    raise web.HTTPSeeOther("/console/login?bye=1")


async def language(request: web.Request) -> web.Response:
    """GET /console/language/<ko|en>?next=<local page>: the words switch, nothing else."""
    code = request.match_info["code"]
    response = web.HTTPSeeOther(safe_next(request.query.get("next")))
    if code in ("ko", "en"):
        response.set_cookie(LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600, path="/", httponly=True, samesite="Lax")
    raise response
