"""The base of the bot's web server: Telegram's updates in (webhook mode), `/healthz` for the load balancer."""

from __future__ import annotations

import hmac
import logging

from aiohttp import web

from bot.receiving import Receiver
from storage.database import Database

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_webhook_app(receiver: Receiver, db: Database, path: str | None, secret_token: str) -> web.Application:
    """An aiohttp app with `/healthz` and, given a `path`, the webhook that accepts updates only with
    the right secret header (polling mode serves the same app without it; see bot/web.py)."""

    async def on_update(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret_token.encode()):
            log.warning("webhook call with a wrong or missing secret token from %s", request.remote)
            return web.json_response({"ok": False, "error": "forbidden"}, status=403)
        try:
            raw = await request.json()
        except ValueError:
            return web.json_response({"ok": False, "error": "body is not JSON"}, status=400)
        if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
            return web.json_response({"ok": False, "error": "not an update"}, status=400)
        try:
            await receiver.accept([raw])
        except Exception:  # Telegram retries on non-2xx: the update is not lost
            log.exception("storing update %s failed", raw.get("update_id"))
            return web.json_response({"ok": False, "error": "not stored"}, status=500)
        return web.json_response({"ok": True})

    async def health(_request: web.Request) -> web.Response:
        healthy = await db.ping()
        body = {"status": "ok" if healthy else "degraded", "database": healthy, "updates_in_flight": len(receiver.in_flight)}
        return web.json_response(body, status=200 if healthy else 503)

    app = web.Application(client_max_size=1024 * 1024)
    if path:
        app.router.add_post(path, on_update)
    app.router.add_get("/healthz", health)
    return app
