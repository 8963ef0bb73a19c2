"""Assemble the sandbox application and run it in-process on a free port."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import web

from . import persist
from .botapi import BotApi
from .client import SandboxControl
from .control import Control
from .ratelimit import FloodControl, RateLimits
from .state import World
from .webhook import WebhookDelivery

WORLD_KEY = web.AppKey("sandbox_world", World)
BOTAPI_KEY = web.AppKey("sandbox_botapi", BotApi)
PAGE = Path(__file__).with_name("page.html")


def build_app(token: str | None = None, rate_limits: RateLimits | None = None, world: World | None = None) -> web.Application:
    """The sandbox as an aiohttp app; token=None accepts any bot token; a new world unless given."""
    world = world if world is not None else World()
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
    keeper: persist.Keeper | None = None

    @property
    def api_url(self) -> str:
        """The base_url for python-telegram-bot: Bot(token, base_url=sandbox.api_url)."""
        return f"{self.url}/bot"

    def control(self) -> SandboxControl:
        """A control API client for this sandbox (close it, or use it with async with)."""
        return SandboxControl(self.url)

    @property
    def config_api_url(self) -> str:
        """What `[telegram] api_url` of a bot's configuration takes (the bot adds /bot<token>)."""
        return self.url

    async def close(self) -> None:
        """Stop serving (and write the world to its state file, if it has one)."""
        await self.runner.cleanup()
        if self.keeper is not None:
            await self.keeper.close()


async def start_sandbox(host: str = "127.0.0.1", port: int = 0, *, token: str | None = None,
                        rate_limits: RateLimits | None = None, state: Path | None = None,
                        first_update_id: int = 1, timezone: str = "Asia/Seoul") -> RunningSandbox:
    """Start the sandbox in this event loop; port 0 picks a free port.

    With `state`, the world is read from that file if it exists and written back to it
    shortly after every change (bot.sandbox.persist): a restarted sandbox goes on where it
    stopped. Update ids start at `first_update_id` at the earliest.
    """
    world = (persist.read(state) if state is not None else None) or World(timezone)
    world.zone = ZoneInfo(timezone)
    persist.skip_update_ids(world, first_update_id)
    app = build_app(token=token, rate_limits=rate_limits, world=world)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound_port = runner.addresses[0][1]  # the real port when port=0
    keeper = None
    if state is not None:
        keeper = persist.Keeper(world, state)
        keeper.save()
        keeper.start()
    return RunningSandbox(f"http://{host}:{bound_port}", app[WORLD_KEY], app, runner, keeper)
