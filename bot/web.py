"""The bot's one web server, in polling and webhook mode alike.

Webhook mode serves it on `[webhook] listen/port` (Telegram's updates come in
there too); polling mode on `[web] listen/port` when `[web] enabled`. Every
web feature (the staff console, the Open311 API, metrics) adds its routes in
`WEB_FEATURES`, so both modes serve the same pages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from aiohttp import web

from bot import console, open311
from bot.webhook import build_webhook_app

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

# Each adds its routes to the app; called once, before the server starts.
WebFeature = Callable[[web.Application, "Runtime"], None]
WEB_FEATURES: list[WebFeature] = [console.setup, open311.setup]


class WebServer:
    """Starts and stops the server; `url` is where people and systems reach it."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.url: str | None = None  # None while not serving
        self._runner: web.AppRunner | None = None

    @property
    def wanted(self) -> bool:
        settings = self.runtime.settings
        return settings.telegram.mode == "webhook" or settings.web.enabled

    def build(self) -> web.Application:
        settings = self.runtime.settings
        webhook = settings.telegram.mode == "webhook"
        app = build_webhook_app(
            self.runtime.receiver, self.runtime.db, settings.webhook.path if webhook else None, settings.webhook.secret_token
        )
        for setup in WEB_FEATURES:
            setup(app, self.runtime)
        return app

    async def start(self) -> None:
        if not self.wanted:
            return
        settings = self.runtime.settings
        webhook = settings.telegram.mode == "webhook"
        listen, port = (settings.webhook.listen, settings.webhook.port) if webhook else (settings.web.listen, settings.web.port)
        self._runner = web.AppRunner(self.build(), access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, listen, port).start()
        host, bound = self._runner.addresses[0][:2]
        shown = f"[{host}]" if ":" in str(host) else host
        self.url = (settings.web.public_url or (settings.webhook.public_url if webhook else "") or f"http://{shown}:{bound}").rstrip("/")
        log.info("web server at %s", self.url)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            self.url = None
