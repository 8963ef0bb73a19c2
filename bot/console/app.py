"""The console's aiohttp sub-applications: routes, the session, language, authority and security headers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web
from aiohttp_session import session_middleware
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from bot.console import (
    auth,
    complaints,
    dashboard,
    exports,
    overdue,
    public,
    rooms,
    stats,
)
from bot.console.render import RUNTIME, language_middleware, setup_templates

if TYPE_CHECKING:
    from bot.runtime import Runtime

STATIC = Path(__file__).with_name("static")
COOKIE = "sotong_console"

# No inline script or style anywhere: the pages need neither, and a slip of escaping then runs nothing.
CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"


def secure_url(runtime: Runtime) -> bool:
    """Whether people reach the server over HTTPS (then cookies are Secure and HSTS is sent)."""
    settings = runtime.settings
    public_url = settings.web.public_url or (settings.webhook.public_url if settings.telegram.mode == "webhook" else "")
    return public_url.startswith("https://")


def _headers_hook(secure: bool):  # type: ignore[no-untyped-def]
    async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP)
        headers["X-Frame-Options"] = "DENY"
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"  # a login link's token never leaves in a Referer
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if not request.path.startswith("/console/static/"):
            headers.setdefault("Cache-Control", "no-store")
        if secure:
            headers["Strict-Transport-Security"] = "max-age=31536000"

    return add_headers


def build_console(runtime: Runtime) -> web.Application:
    settings = runtime.settings.console
    secure = secure_url(runtime)
    storage = EncryptedCookieStorage(
        runtime.console.keys.cookie,
        cookie_name=COOKIE,
        path="/console/",
        max_age=int(settings.session_hours * 3600),
        httponly=True,
        secure=secure,
        samesite="Lax",
    )
    app = web.Application(
        middlewares=[session_middleware(storage), language_middleware, auth.authenticate],
        client_max_size=64 * 1024,  # forms only
    )
    app[RUNTIME] = runtime
    setup_templates(app)
    app.on_response_prepare.append(_headers_hook(secure))
    router = app.router
    router.add_get("/login", auth.login_page, name="login_page")
    router.add_get("/login/{token}", auth.login, name="login")
    router.add_post("/logout", auth.logout, name="logout")
    router.add_get("/language/{code}", auth.language, name="language")
    router.add_static("/static/", STATIC, name="static")
    router.add_get("/", dashboard.page, name="dashboard")
    router.add_get("/complaints", complaints.listing, name="complaints")
    router.add_get("/complaints.csv", exports.csv_export, name="export_csv")
    router.add_get("/complaints.xlsx", exports.xlsx_export, name="export_xlsx")
    router.add_get("/complaints/{id:[0-9]{1,9}}", complaints.detail, name="complaint")
    router.add_post("/complaints/{id:[0-9]{1,9}}/actions", complaints.act, name="complaint_act")
    router.add_get("/complaints/{id:[0-9]{1,9}}/photos/{n:[0-9]{1,2}}", complaints.photo, name="photo")
    router.add_get("/overdue", overdue.page, name="overdue")
    router.add_get("/stats", stats.page, name="stats")
    router.add_get("/rooms", rooms.listing, name="rooms")
    router.add_get("/rooms/{id:[0-9]{1,9}}", rooms.detail, name="room")
    router.add_post("/rooms/{id:[0-9]{1,9}}/settings", rooms.save, name="room_settings")
    return app


def build_public(runtime: Runtime) -> web.Application:
    """/board/<room>: a room's open complaints and headline figures, for anyone, when its moderators allow."""
    app = web.Application(middlewares=[language_middleware])
    app[RUNTIME] = runtime
    setup_templates(app)
    app.on_response_prepare.append(_headers_hook(secure_url(runtime)))
    app.router.add_get("/{id:[0-9]{1,9}}", public.board, name="board")
    app.router.add_static("/static/", STATIC, name="static")
    return app

