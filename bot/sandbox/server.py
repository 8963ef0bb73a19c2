"""Assemble the sandbox application and run it in-process on a free port."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from .botapi import BotApi
from .client import SandboxControl
from .control import Control
from .ratelimit import FloodControl, RateLimits
from .state import World
from .webhook import WebhookDelivery

WORLD_KEY = web.AppKey("sandbox_world", World)
BOTAPI_KEY = web.AppKey("sandbox_botapi", BotApi)
PAGE = Path(__file__).with_name("page.html")


def build_app(token: str | None = None, rate_limits: RateLimits | None = None) -> web.Application:
    """The sandbox as an aiohttp app; token=None accepts any bot token."""
    world = World()
    flood = FloodControl(rate_limits or RateLimits())
    delivery = WebhookDelivery(world)
    api = BotApi(world, token, flood, delivery)
    control = Control(world, flood)
    # Benchmarks post large bulk bodies; the default 1 MiB limit is too small.
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[WORLD_KEY] = world
    app[BOTAPI_KEY] = api
    app.router.add_route("*", "/bot{token}/{method}", api.handle)
    app.router.add_get("/file/bot{token}/{path:.+}", api.download)
    app.router.add_routes(control.routes())
    app.router.add_get("/", _page)

    async def stop_background(_: web.Application) -> None:
        """Release long polls and the webhook sender so shutdown is quick."""
        api.closing = True
        world.wake()
        await delivery.close()

    app.on_shutdown.append(stop_background)
    return app


async def _page(request: web.Request) -> web.Response:
    """The web chat page."""
    return web.Response(text=PAGE.read_text(encoding="utf-8"), content_type="text/html")


@dataclass
class RunningSandbox:
    """A sandbox serving on a local port."""

    url: str
    state: World
    app: web.Application
    runner: web.AppRunner

    @property
    def api_url(self) -> str:
        """The base_url for python-telegram-bot: Bot(token, base_url=sandbox.api_url)."""
        return f"{self.url}/bot"

    def control(self) -> SandboxControl:
        """A control API client for this sandbox (close it, or use it with async with)."""
        return SandboxControl(self.url)

    async def close(self) -> None:
        """Stop serving."""
        await self.runner.cleanup()


async def start_sandbox(host: str = "127.0.0.1", port: int = 0, *, token: str | None = None,
                        rate_limits: RateLimits | None = None) -> RunningSandbox:
    """Start the sandbox in this event loop; port 0 picks a free port."""
    app = build_app(token=token, rate_limits=rate_limits)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound_port = runner.addresses[0][1]  # the real port when port=0
    return RunningSandbox(f"http://{host}:{bound_port}", app[WORLD_KEY], app, runner)
