"""The base of the bot's web server: Telegram's updates in (webhook mode), `/healthz` for the load balancer."""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web

from bot.inbound import NotAnUpdate
from bot.receiving import Receiver
from storage.database import Database

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_webhook_app(receiver: Receiver, db: Database, path: str | None, secret_token: str) -> web.Application:
    """An aiohttp app with `/healthz` and, given a `path`, the webhook that accepts updates only with
    the right secret header (polling mode serves the same app without it; see bot/web.py).

    A body that is not an update the bot can handle (bot.inbound) is answered 400 and
    stored nowhere: whoever sent it learns at once, and nothing half-read reaches the inbox.
    """

    async def on_update(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret_token.encode()):
            log.warning("webhook call with a wrong or missing secret token from %s", request.remote)
            return web.json_response({"ok": False, "error": "forbidden"}, status=403)
        try:
            raw = json.loads(await request.read())
        except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested past the parser's depth
            return web.json_response({"ok": False, "error": "body is not JSON"}, status=400)
        try:
            parsed = receiver.parse(raw)
        except NotAnUpdate as exc:
            log.warning("webhook body refused, not stored: %s", exc)
            await receiver.answer_refused_press(raw)
            return web.json_response({"ok": False, "error": f"not an update: {exc}"}, status=400)
        try:
            await receiver.store_one(parsed)  # with the others arriving meanwhile: one transaction
        except Exception:  # Telegram retries on non-2xx: the update is not lost
            log.exception("storing update %s failed", parsed[1].update_id)
            return web.json_response({"ok": False, "error": "not stored"}, status=500)
        return web.json_response({"ok": True})

    async def health(_request: web.Request) -> web.Response:
        healthy = await db.ping()
        body = {
            "status": "ok" if healthy else "degraded",
            "database": healthy,
            "updates_in_flight": len(receiver.in_flight),
            "dead_letters_since_start": receiver.dead_lettered,
        }
        return web.json_response(body, status=200 if healthy else 503)

    app = web.Application(client_max_size=1024 * 1024)
    if path:
        app.router.add_post(path, on_update)
    app.router.add_get("/healthz", health)
    return app
