"""The staff console: a web page where city staff work through complaints (issue 15).

Served by the bot's one web server (bot/web.py) under /console/, in polling and
webhook mode alike. Login has no password: /console in a private chat with the
bot (bot/features/console_login.py) answers with a one-time link. Modules:
keys (secrets and login links), access (who may see and do what), auth (login,
sessions, CSRF), actions (every change, through the chat commands' doors), the
pages (dashboard, complaints, overdue, stats, rooms, public), exports and charts;
SQL lives in storage/console.py.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from aiohttp import web
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.console.access import Roles
from bot.console.keys import Keys, digest
from storage import console as store
from storage.models import utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime


class Console:
    """The console's state in one process: its keys and the roles it has read from Telegram."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.console
        self.keys = Keys(runtime.settings)
        self.roles = Roles(runtime)

    @property
    def available(self) -> bool:
        """Enabled, and the web server is serving (links need its address)."""
        return self.settings.enabled and self.runtime.web.url is not None

    async def issue_login(self, session: AsyncSession, user_id: int) -> str:
        """A one-time login link for `user_id`; only its hash is stored (in `session`'s transaction)."""
        token = self.keys.login_token(user_id)
        now = utcnow()
        await store.issue_login(session, digest(token), now + timedelta(minutes=self.settings.login_minutes), now)
        return f"{self.runtime.web.url}/console/login/{token}"

    async def login_link(self, user_id: int) -> str:
        """The same in a transaction of its own (`sotong demo`)."""
        async with self.runtime.db.session() as session:
            return await self.issue_login(session, user_id)


def setup(app: web.Application, runtime: Runtime) -> None:
    """Add the console's routes to the bot's web server (a WEB_FEATURES entry)."""
    if not runtime.settings.console.enabled:
        return
    from bot.console.app import build_console, build_public

    app.add_subapp("/console/", build_console(runtime))
    app.router.add_get("/console", _to_console)
    if runtime.settings.console.public_page:
        app.add_subapp("/board/", build_public(runtime))


async def _to_console(_request: web.Request) -> web.Response:
    raise web.HTTPPermanentRedirect("/console/")

