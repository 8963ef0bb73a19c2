"""The unit of work: everything one update (or one scheduled job) changes, committed at once.

Handlers never call the Bot API to change a room directly: they `do()` a typed effect
(bot/effects.py), which
stores the call in the outbox inside the same transaction as their other changes
and the update's id. The call is made only after the commit, so a crash never
loses an effect nor doubles it.

Do Telegram reads (getChatAdministrators, getChat) before the first
`session()`: on SQLite every unit of work queues for one connection, and a
transaction left open across a network call stalls all the others.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from contextvars import ContextVar
from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.effects import Effect
from storage import outbox, updates
from storage.database import Database
from storage.models import OutboxMessage

log = logging.getLogger(__name__)

_current: ContextVar[Work | None] = ContextVar("sotong_work", default=None)


class Work:
    """A lazily opened transaction plus the Bot API calls it decided."""

    def __init__(self, db: Database, update_id: int | None = None, worker: str = "", lease: timedelta = timedelta(seconds=60)) -> None:
        self.db = db
        self.update_id = update_id
        self.worker = worker  # claims the calls this unit decides (see storage.outbox)
        self.lease = lease
        self.failed = False
        self.error: BaseException | None = None  # why it failed: a retry may cure it or not (bot.failures)
        self.sent: list[OutboxMessage] = []
        self._after_commit: list[Callable[[], Awaitable[None] | None]] = []
        self._context: AbstractAsyncContextManager[AsyncSession] | None = None
        self._session: AsyncSession | None = None

    @property
    def touched(self) -> bool:
        """True once anything was read or written through this unit."""
        return self._session is not None

    async def session(self) -> AsyncSession:
        if self._session is None:
            self._context = self.db.session()
            self._session = await self._context.__aenter__()
        return self._session

    async def do(
        self, effect: Effect, purpose: str | None = None, room_id: int | None = None, record_id: int | None = None
    ) -> None:
        """Make the Bot API call `effect` after this unit commits. `purpose` (storage.outbox.Purpose)
        ranks it within its chat's budget and picks what is remembered once it is sent;
        `record_id` is the record it belongs to."""
        message = await queue(await self.session(), effect, purpose=purpose, room_id=room_id, record_id=record_id)
        outbox.claim_new([message], self.worker, self.lease)  # the courier of this worker makes the call
        self.sent.append(message)

    async def send(
        self,
        chat_id: int,
        method: str,
        purpose: str | None = None,
        room_id: int | None = None,
        record_id: int | None = None,
        **params: object,
    ) -> None:
        """Make a Bot API call given by name after this unit commits (prefer `do` and a typed effect)."""
        session = await self.session()
        params = {key: value for key, value in params.items() if value is not None}
        params.setdefault("chat_id", chat_id)
        message = await outbox.add(session, chat_id, method, params, purpose=purpose, room_id=room_id, record_id=record_id)
        outbox.claim_new([message], self.worker, self.lease)  # the courier of this worker makes the call
        self.sent.append(message)

    def after_commit(self, callback: Callable[[], Awaitable[None] | None]) -> None:
        """Run `callback` once the changes are durable (e.g. arm a timer for a stored deadline)."""
        self._after_commit.append(callback)

    def fail(self, error: BaseException | None) -> None:
        """A handler failed: nothing of this unit is committed; the first error is the reason."""
        self.failed = True
        if self.error is None:
            self.error = error

    async def commit(self) -> list[OutboxMessage]:
        """Commit (marking the update handled) and return the calls to make; roll back if failed."""
        if self._context is None or self._session is None:
            return []
        context, session = self._context, self._session
        self._context = self._session = None
        if self.failed:
            await context.__aexit__(RuntimeError, RuntimeError("handler failed"), None)
            return []
        try:
            if self.update_id is not None:
                await updates.finish_claimed(session, self.update_id)
        except BaseException as exc:
            await context.__aexit__(type(exc), exc, exc.__traceback__)
            raise
        await context.__aexit__(None, None, None)
        for callback in self._after_commit:
            try:  # committed already: a failing callback (a timer) must not hide that, nor the sends
                result = callback()
                if result is not None:
                    await result
            except Exception:
                log.exception("an after-commit callback failed; the sweep catches up")
        return self.sent

    async def rollback(self) -> None:
        if self._context is not None:
            context = self._context
            self._context = self._session = None
            await context.__aexit__(RuntimeError, RuntimeError("rolled back"), None)


async def queue(
    session: AsyncSession, effect: Effect, purpose: str | None = None, room_id: int | None = None, record_id: int | None = None
) -> OutboxMessage:
    """Store `effect` in the outbox within `session`'s transaction (a courier hook's follow-up call)."""
    return await outbox.add(session, effect.chat_id, effect.method, effect.params(), purpose=purpose, room_id=room_id, record_id=record_id)


def current_work() -> Work:
    """The unit of work of the update being handled."""
    work = _current.get()
    if work is None:
        raise RuntimeError("no unit of work: handlers run inside Runtime.handle()")
    return work


def bind(work: Work | None) -> object:
    return _current.set(work)


def unbind(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]
