"""Rendering a console page: the templates (autoescaped), the reader's language, and what every page shows."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import SESSION_KEY, get_session

from bot.console.i18n import LANGUAGES, local, span, translate

if TYPE_CHECKING:
    from bot.console.access import Staffer
    from bot.runtime import Runtime

RUNTIME: web.AppKey[Runtime] = web.AppKey("sotong_runtime")


def _request_key(name: str, kind: type) -> Any:
    """A typed request key where aiohttp has them (3.13+), else the plain name."""
    make = getattr(web, "RequestKey", None)
    return make(name, kind) if make is not None else name


LANGUAGE = _request_key("sotong_language", str)
STAFFER = _request_key("sotong_staffer", object)
TEMPLATES = Path(__file__).with_name("templates")
LANGUAGE_COOKIE = "sotong_console_lang"
LOCAL_PREFIXES = ("/console/", "/board/")


def setup_templates(app: web.Application) -> None:
    # autoescape: everything residents wrote is escaped wherever it appears; StrictUndefined: a typo fails loudly.
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        filters={"local": local},
    )


def runtime_of(request: web.Request) -> Runtime:
    return request.config_dict[RUNTIME]


@web.middleware
async def language_middleware(request: web.Request, handler):  # type: ignore[no-untyped-def]
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    request[LANGUAGE] = chosen if chosen in LANGUAGES else "ko"
    return await handler(request)


def language_of(request: web.Request) -> str:
    return request.get(LANGUAGE, "ko")


def staffer_of(request: web.Request) -> Staffer:
    """The reader's roles (bot.console.auth put them there)."""
    return request[STAFFER]


def safe_next(value: str | None, default: str = "/console/") -> str:
    """Where to go after login or a language switch: only a local console or board page, never elsewhere."""
    if not value or "\\" in value or any(ord(c) < 0x20 for c in value):
        return default
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith(LOCAL_PREFIXES) or "//" in parts.path or ".." in parts.path:
        return default
    return value


async def render(request: web.Request, template: str, *, code: int = 200, **context: Any) -> web.Response:
    """The page `template` with what every page needs: language, words, the reader and a CSRF token."""
    language = language_of(request)
    runtime = runtime_of(request)
    csrf, flash = "", None
    if request.get(SESSION_KEY) is not None or STAFFER in request:
        session = await get_session(request)
        csrf = session.get("c", "")
        flash = session.pop("flash", None)
    values = {
        "lang": language,
        "t": partial(translate, language=language),
        "span": partial(span, language=language),
        "staffer": request.get(STAFFER),
        "csrf": csrf,
        "flash": flash,
        "here": request.path_qs,
        "bot": runtime.bot.username if runtime.application.running else "",
        **context,
    }
    return aiohttp_jinja2.render_template(template, request, values, status=code)


async def flash(request: web.Request, kind: str, message: str) -> None:
    """A one-line message shown on the next page (after a redirect)."""
    session = await get_session(request)
    session["flash"] = [kind, message]


async def error_page(request: web.Request, status: int, key: str) -> web.Response:
    return await render(request, "message.html", code=status, title_key="denied_title" if status == 403 else "not_found", message_key=key)
