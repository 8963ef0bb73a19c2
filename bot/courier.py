"""Makes the Bot API calls in the outbox: by priority, then in order, per chat; chats in parallel.

Rate limits are bot.ratelimit's job (30/s overall, 20/min per group, 429
retry_after honoured). A chat's worker first waits for one unit of the chat's
budget, then picks the call that spends it: the first waiting call of the most
urgent priority its purpose gives (storage.outbox.priority_of), so an
acknowledgement that arrives while a board edit waits for the budget still goes
first. Optionally the last `reserve` units of a chat's budget are kept for those
first-rank calls: while the budget is that low, the others wait. The overall
budget (30 a second, all chats) is taken the same way, before the call is
chosen, at the rank of the most urgent call waiting, and raised to the first
rank when an acknowledgement arrives meanwhile: a board edit waiting for the
overall budget no longer holds its room's acknowledgements behind it. An edit that replaces a
message's whole content drops an earlier edit of that message still waiting
(storage.outbox.REPLACING): under load, a board is redrawn once per unit of
budget it gets, not once per change. Calls of a purpose with a merger
(bot/features/combined_acks.py: acknowledgements) that waited together for a
unit of budget go out as one call standing for them all: a room whose reports
come faster than its 20 messages a minute gets one reply per unit of budget,
not a queue growing by the minute.

The courier adds durability: a call leaves the outbox
only once Telegram accepted it or refused it for good. With several workers on
one database, each call is made by the worker holding its claim (storage.outbox):
right before each attempt the courier makes sure half a lease or more of the
claim is left (renewing it if not) and skips a call another worker took over.
Half a `lease` must outlast one attempt (the overall limiter's wait and the
time-outs), or a slow call could be made twice. A fresh claim needs no renewal,
so a call costs one transaction: the one that settles it (see Courier._hold).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.ratelimit import SendRateLimiter
from storage import outbox
from storage.database import Database
from storage.models import OutboxMessage, utcnow
from storage.outbox import REPLACING, Priority, priority_of

log = logging.getLogger(__name__)

# purpose -> what to store once a call succeeded; may queue follow-up calls
SentHook = Callable[[AsyncSession, OutboxMessage, object], Awaitable[list[OutboxMessage]]]
# purpose -> what to do when Telegram refused a call for good (the error); may queue calls
FailedHook = Callable[[AsyncSession, OutboxMessage, TelegramError], Awaitable[list[OutboxMessage]]]
# purpose -> the parameters of one call standing for several waiting calls of that purpose
# (same chat, same method, same forum topic); None: make them one by one
Merger = Callable[[Database, Sequence[OutboxMessage]], Awaitable[dict | None]]

MERGE_LIMIT = 10  # calls one merged call stands for at most (its buttons and text stay readable)


class ChatQueue:
    """One chat's waiting calls: by priority, in order within a priority."""

    def __init__(self) -> None:
        self._lanes: tuple[deque[OutboxMessage], ...] = tuple(deque() for _ in Priority)
        self.superseded: list[int] = []  # waiting calls replaced by a later one: to drop, not to make

    def __len__(self) -> int:
        return sum(len(lane) for lane in self._lanes)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for lane in self._lanes:
            yield from lane

    def push(self, message: OutboxMessage) -> None:
        lane = self._lanes[priority_of(message.purpose)]
        if message.purpose in REPLACING:
            target = outbox.params_of(message).get("message_id")
            for waiting in list(lane):
                if waiting.purpose != message.purpose or outbox.params_of(waiting).get("message_id") != target:
                    continue
                if (waiting.id or 0) > (message.id or 0):  # an older edit come back (a sweep): the newer stands
                    self.superseded.append(message.id)  # type: ignore[arg-type]
                    return
                lane.remove(waiting)
                self.superseded.append(waiting.id)  # type: ignore[arg-type]
        lane.append(message)

    def best(self) -> Priority | None:
        """The most urgent priority waiting (None: nothing waits)."""
        for priority, lane in zip(Priority, self._lanes, strict=True):
            if lane:
                return priority
        return None

    def pop(self) -> OutboxMessage:
        for lane in self._lanes:
            if lane:
                return lane.popleft()
        raise IndexError("no call waiting")

    def take_alike(self, message: OutboxMessage, limit: int) -> list[OutboxMessage]:
        """Up to `limit` waiting calls that one call could stand for together with `message`
        (same purpose and method, same forum topic), taken out of the queue in their order."""
        lane = self._lanes[priority_of(message.purpose)]
        topic = outbox.params_of(message).get("message_thread_id")
        alike = [
            waiting for waiting in lane
            if waiting.purpose == message.purpose and waiting.method == message.method
            and outbox.params_of(waiting).get("message_thread_id") == topic
        ][:limit]
        for waiting in alike:
            lane.remove(waiting)
        return alike

    def put_back(self, message: OutboxMessage) -> None:
        """A call that could not be made now goes back to the head of its priority."""
        self._lanes[priority_of(message.purpose)].appendleft(message)


class Courier:
    def __init__(
        self,
        bot: Bot,
        db: Database,
        hooks: dict[str, SentHook] | None = None,
        retry_seconds: float = 2.0,
        failure_hooks: dict[str, FailedHook] | None = None,
        worker: str = "",
        lease: timedelta = timedelta(seconds=60),
        limiter: SendRateLimiter | None = None,
        reserve: int = 0,
        mergers: dict[str, Merger] | None = None,
    ) -> None:
        self.bot = bot
        self.limiter = limiter  # None: the bot's own limiter (if any) budgets each call as it is made
        # Units of a group's budget kept for FIRST calls: below it, the others wait. Off by
        # default: 5 delayed a heated room's reminders and warnings by up to 15 s.
        self.reserve = reserve
        self._urgent: dict[int, asyncio.Event] = {}  # chat -> set when a FIRST call arrives
        self.db = db
        self.worker = worker
        self.lease = lease
        self.hooks = hooks or {}
        self.failure_hooks = failure_hooks or {}
        self.mergers = mergers or {}
        self.retry_seconds = retry_seconds
        self._queues: dict[int, ChatQueue] = {}
        self._workers: dict[int, asyncio.Task] = {}
        self._queued: set[int] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self._closed = False

    def deliver(self, messages: Iterable[OutboxMessage]) -> None:
        """Queue committed calls; a call already queued is not queued twice."""
        for message in messages:
            if message.id is None or message.id in self._queued:
                continue
            self._queued.add(message.id)
            queue = self._queues.get(message.chat_id)
            if queue is None:
                queue = self._queues[message.chat_id] = ChatQueue()
            queue.push(message)
            if message.chat_id in self._urgent and priority_of(message.purpose) is Priority.FIRST:
                self._urgent[message.chat_id].set()
            for superseded in queue.superseded:
                self._queued.discard(superseded)
            if message.chat_id not in self._workers and not self._closed:
                self._idle.clear()
                self._workers[message.chat_id] = asyncio.create_task(self._work(message.chat_id), name=f"courier:{message.chat_id}")

    async def redeliver_pending(self, own_too: bool = False) -> int:
        """Queue the calls in the outbox whose claim ran out (sweeps); with `own_too`, at
        start-up, also those this worker's previous run had claimed."""
        claimed = await outbox.claim_pending(self.db, self.worker, self.lease, own_too=own_too)
        pending = [m for m in claimed if m.id not in self._queued]
        self.deliver(pending)
        return len(pending)

    @property
    def idle(self) -> bool:
        """No call queued or being made."""
        return self._idle.is_set()

    async def wait_idle(self, timeout: float | None = None) -> None:
        await asyncio.wait_for(self._idle.wait(), timeout)

    async def close(self, timeout: float = 10.0) -> None:
        """Finish what is queued (bounded), then stop; the rest stays in the outbox."""
        self._closed = True
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            for task in self._workers.values():
                task.cancel()
            await asyncio.gather(*self._workers.values(), return_exceptions=True)

    async def _work(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue:
                await self._drop_superseded(queue)
                if self.limiter is not None:
                    await self._keep_reserve(chat_id, queue)
                    await self.limiter.take(chat_id)  # the budget first, then the call that deserves it
                    await self._take_overall(chat_id, queue)
                await self._drop_superseded(queue)
                if not queue:
                    break  # every waiting call was replaced meanwhile (the unit of budget is spent: rare)
                message = queue.pop()
                batch = [message]
                if message.purpose in self.mergers:  # under load, several waited for this unit of budget
                    batch += queue.take_alike(message, MERGE_LIMIT - 1)
                if self.limiter is not None:
                    with self.limiter.prepaid(chat_id, priority_of(message.purpose), overall=True):
                        follow_ups, settled = await self._send(batch)
                else:
                    follow_ups, settled = await self._send(batch)
                for waiting in reversed([m for m in batch if m not in settled]):
                    queue.put_back(waiting)  # taken to merge but not made (not mergeable after all): their turn comes
                if follow_ups is None:
                    break  # transient failure: keep order, the sweep retries later
                for made in settled:
                    self._queued.discard(made.id)  # type: ignore[arg-type]
                self.deliver(follow_ups)  # after the discard: the calls are settled, their follow-ups queue behind them
            await self._drop_superseded(queue)
        finally:
            for message in queue:
                self._queued.discard(message.id)  # type: ignore[arg-type]
            del self._queues[chat_id]
            del self._workers[chat_id]
            self._urgent.pop(chat_id, None)
            if not self._workers:
                self._idle.set()

    async def _hold(self, message: OutboxMessage) -> bool:
        """Whether this worker still holds the call's claim, renewed if less than half of it is left.

        A claim this worker took (in the unit of work that stored the call, or in a sweep)
        with half a lease or more to run cannot have been taken over (storage.leases takes
        only claims that ran out): the call is made without a transaction of its own, and
        settling it is the one transaction per call. A call that waited longer (a slow
        budget, a retry) is renewed first, in a transaction committed before the call:
        no transaction waits on Telegram.
        """
        until = message.claimed_until
        if message.claimed_by == self.worker and until is not None and until.tzinfo is not None and until - utcnow() >= self.lease / 2:
            return True
        async with self.db.session() as session:
            if not await outbox.renew(session, message.id, self.worker, self.lease):  # type: ignore[arg-type]
                return False
        message.claimed_by, message.claimed_until = self.worker, utcnow() + self.lease
        return True

    async def _keep_reserve(self, chat_id: int, queue: ChatQueue) -> None:
        """While only calls that can wait are queued and the chat's budget is down to its
        reserve, wait for the budget to grow back or for a FIRST call to arrive: under
        load, the last units of a room's budget are an acknowledgement's, and board
        redraws queue (and coalesce) meanwhile."""
        assert self.limiter is not None
        while (best := queue.best()) is not None and best is not Priority.FIRST and not self.limiter.has_room(chat_id, self.reserve):
            event = self._urgent.setdefault(chat_id, asyncio.Event())
            event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), max(self.limiter.refill_seconds, 0.01))

    async def _take_overall(self, chat_id: int, queue: ChatQueue) -> None:
        """A unit of the overall budget (shared by all chats), waited for at the rank of the chat's
        most urgent waiting call, and at the first rank as soon as such a call arrives: a board
        edit waiting behind other rooms' acknowledgements must not hold this room's back."""
        assert self.limiter is not None
        while True:
            best = queue.best()
            if best is None or best is Priority.FIRST:
                await self.limiter.take_overall(Priority.FIRST)
                return
            urgent = self._urgent.setdefault(chat_id, asyncio.Event())
            urgent.clear()
            taking = asyncio.ensure_future(self.limiter.take_overall(best))
            arrived = asyncio.ensure_future(urgent.wait())
            try:
                await asyncio.wait((taking, arrived), return_when=asyncio.FIRST_COMPLETED)
            except BaseException:  # the courier is closing: leave no wait behind
                taking.cancel()
                arrived.cancel()
                raise
            arrived.cancel()
            if not taking.done():
                taking.cancel()  # an urgent call came: wait again, at its rank (the cancelled place goes to the next)
                await asyncio.wait((taking,))  # (not `await taking`: its CancelledError must not pass for ours)
            if not taking.cancelled():
                taking.result()
                return  # the unit came (perhaps at the same moment as the urgent call): it is ours

    async def _drop_superseded(self, queue: ChatQueue) -> None:
        ids, queue.superseded = queue.superseded, []
        if ids:
            try:
                await outbox.drop_superseded(self.db, ids, self.worker)
            except Exception:  # they stay in the outbox: a sweep makes them, harmlessly out of date
                log.exception("dropping %d superseded calls failed", len(ids))

    async def _params(self, batch: list[OutboxMessage]) -> tuple[dict, list[OutboxMessage]]:
        """The parameters of one call standing for `batch` (its merger's, or the first call's own) and the calls it stands for."""
        if len(batch) > 1:
            try:
                merged = await self.mergers[batch[0].purpose or ""](self.db, batch)
            except Exception:  # a merger's failure must not hold the calls back: they go one by one
                log.exception("merging %d %s calls failed", len(batch), batch[0].purpose)
                merged = None
            if merged is not None:
                return merged, batch
        return outbox.params_of(batch[0]), batch[:1]

    async def _send(self, batch: list[OutboxMessage]) -> tuple[list[OutboxMessage] | None, list[OutboxMessage]]:
        """Make one call for `batch` (one waiting call, or several a merger combines) and settle it.

        Returns the calls that follow (None after a transient failure) and the calls of
        `batch` settled: made, refused for good, or another worker's to make. The others
        (not mergeable after all) are the caller's to queue again; after a transient
        failure, none is settled.
        """
        kept = list(batch)
        gone: list[OutboxMessage] = []  # another worker holds them now: theirs to make
        params: dict | None = None
        result: object = None
        refused: TelegramError | None = None
        for attempt in range(3):
            held = [message for message in kept if await self._hold(message)]
            gone += [message for message in kept if message not in held]
            if not held:
                return [], gone
            if params is None or held != kept:
                params, kept = await self._params(held)
            try:
                result = await self.bot.do_api_request(kept[0].method, api_kwargs=params)
                break
            except RetryAfter as exc:  # the rate limiter's retries ran out; wait as told
                await asyncio.sleep(_seconds(exc.retry_after))
            except (BadRequest, Forbidden) as exc:
                log.warning("%s to %s refused for good: %s", kept[0].method, _where(kept[0].chat_id), exc)
                result, refused = None, exc
                break
            except (NetworkError, TelegramError) as exc:
                log.warning("%s to %s failed (%s), attempt %d", kept[0].method, _where(kept[0].chat_id), exc, attempt + 1)
                await asyncio.sleep(self.retry_seconds * (attempt + 1))
        else:
            return None, gone
        follow_ups: list[OutboxMessage] = []
        async with self.db.session() as session:
            for message in kept:
                await outbox.done(session, message.id)  # type: ignore[arg-type]
                hook = self.hooks.get(message.purpose or "")
                if hook is not None and result is not None:
                    follow_ups += await hook(session, message, result)
                failed = self.failure_hooks.get(message.purpose or "")
                if failed is not None and refused is not None:
                    follow_ups += await failed(session, message, refused)
            outbox.claim_new(follow_ups, self.worker, self.lease)
        return follow_ups, gone + kept


def sent_message_id(result: object) -> int | None:
    """The id of the message a successful send or edit created, for SentHooks; None otherwise."""
    if isinstance(result, dict) and "message_id" in result:
        return int(result["message_id"])
    return None


def _seconds(value: object) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB's settings."""
    total = getattr(value, "total_seconds", None)
    return float(total() if callable(total) else value)  # type: ignore[arg-type]


def _where(chat_id: int) -> str:
    """A chat for the logs: groups by id; a private chat's id is a person's, so it stays out."""
    return f"chat {chat_id}" if chat_id < 0 else "a private chat"
