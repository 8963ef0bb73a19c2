"""Within a chat's budget, what a resident waits for goes first; a board edit waits and coalesces."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from bot.courier import Courier
from storage import outbox
from storage.database import Database
from storage.models import OutboxMessage
from storage.outbox import Priority, Purpose, priority_of

ROOM = -1001
LEASE = timedelta(seconds=60)


class Budget:
    """A group budget the test hands out one unit at a time (the courier's limiter interface)."""

    def __init__(self) -> None:
        self.units = asyncio.Semaphore(0)  # spent: nothing goes until the test grants a unit
        self.waiting = asyncio.Event()
        self.low = False  # down to the reserve kept for acknowledgements
        self.refill_seconds = 0.01
        self.asked_for_room = asyncio.Event()
        self.overall_ranks: list[int] = []
        self.overall: asyncio.Semaphore | None = None

    def has_room(self, chat_id: int, reserve: int) -> bool:
        self.asked_for_room.set()
        return not self.low

    async def take(self, chat_id: int) -> None:
        self.waiting.set()
        await self.units.acquire()
        self.waiting.clear()

    async def take_overall(self, rank: int) -> None:
        self.overall_ranks.append(rank)
        if self.overall is not None:  # the overall budget (all chats) is spent too: the test hands it out
            await self.overall.acquire()

    @staticmethod
    @contextmanager
    def prepaid(chat_id: int, rank: int = 1, overall: bool = False) -> Iterator[None]:
        yield


class RecordingBot:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    async def do_api_request(self, method: str, api_kwargs: dict) -> dict:
        self.calls.append((method, api_kwargs))
        return {"message_id": 100 + len(self.calls)}


async def made_a_call(bot: RecordingBot) -> None:
    while not bot.calls:
        await asyncio.sleep(0)


async def stored(db: Database, method: str, params: dict, purpose: Purpose | None) -> OutboxMessage:
    async with db.session() as session:
        message = await outbox.add(session, ROOM, method, {"chat_id": ROOM, **params}, purpose=purpose)
        outbox.claim_new([message], "w", LEASE)
    return message


async def test_an_acknowledgement_goes_before_a_board_edit_waiting_for_the_budget(database: Database) -> None:
    bot, budget = RecordingBot(), Budget()
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget)  # type: ignore[arg-type]
    courier.deliver([await stored(database, "editMessageText", {"message_id": 7, "text": "게시판 1"}, Purpose.BOARD_EDIT)])
    await asyncio.wait_for(budget.waiting.wait(), 10)  # the board edit came first and waits for the budget
    courier.deliver([await stored(database, "sendMessage", {"text": "민원 #1 접수"}, Purpose.ACK)])
    courier.deliver([await stored(database, "editMessageText", {"message_id": 7, "text": "게시판 2"}, Purpose.BOARD_EDIT)])
    budget.units.release()
    budget.units.release()
    await courier.wait_idle(10)
    assert [params["text"] for _method, params in bot.calls] == ["민원 #1 접수", "게시판 2"]
    assert await outbox.pending(database) == []  # the replaced edit is gone from the outbox, not left to a sweep


async def test_calls_of_one_priority_keep_their_order(database: Database) -> None:
    bot, budget = RecordingBot(), Budget()
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget)  # type: ignore[arg-type]
    courier.deliver([await stored(database, "sendMessage", {"text": "안내"}, None)])
    await asyncio.wait_for(budget.waiting.wait(), 10)
    courier.deliver([await stored(database, "sendMessage", {"text": "게시판"}, Purpose.BOARD)])
    courier.deliver([await stored(database, "sendMessage", {"text": "쉬어 가기"}, Purpose.COOLDOWN)])
    courier.deliver([await stored(database, "deleteMessage", {"message_id": 3}, None)])
    courier.deliver([await stored(database, "sendMessage", {"text": "민원 #2 접수"}, Purpose.ACK)])
    for _ in range(5):
        budget.units.release()
    await courier.wait_idle(10)
    texts = [params.get("text", method) for method, params in bot.calls]
    assert texts == ["쉬어 가기", "민원 #2 접수", "안내", "deleteMessage", "게시판"]


def test_priorities_follow_purposes() -> None:
    assert priority_of(Purpose.ACK) is Priority.FIRST
    assert priority_of(Purpose.COOLDOWN) is Priority.FIRST
    assert priority_of(None) is Priority.NORMAL
    assert priority_of("no longer known") is Priority.NORMAL
    assert priority_of(Purpose.BOARD_EDIT) is Priority.LATER
    assert priority_of(Purpose.DESK_CARD) is Priority.LATER
    assert priority_of(Purpose.REMINDER) is Priority.LATER


class CountingSessions:
    """Counts the transactions the courier opens."""

    def __init__(self, db: Database) -> None:
        self.db, self.opened = db, 0
        self._session = db.session

    def session(self):  # type: ignore[no-untyped-def]
        self.opened += 1
        return self._session()


async def test_a_call_with_a_fresh_claim_costs_one_transaction_and_a_lapsing_one_is_renewed_first(database: Database) -> None:
    bot = RecordingBot()
    courier = Courier(bot, database, worker="w", lease=LEASE)  # type: ignore[arg-type]
    fresh = await stored(database, "sendMessage", {"text": "민원 #1 접수"}, Purpose.ACK)
    counting = CountingSessions(database)
    database.session = counting.session  # type: ignore[method-assign]
    courier.deliver([fresh])
    await courier.wait_idle(10)
    assert counting.opened == 1  # settling it; no renewal before the call

    async with counting._session() as session:
        lapsing = await outbox.add(session, ROOM, "sendMessage", {"chat_id": ROOM, "text": "민원 #2 접수"}, purpose=Purpose.ACK)
        outbox.claim_new([lapsing], "w", LEASE / 4)  # it waited long: a quarter of the lease is left
        taken = await outbox.add(session, ROOM, "sendMessage", {"chat_id": ROOM, "text": "민원 #3 접수"}, purpose=Purpose.ACK)
        outbox.claim_new([taken], "w", -LEASE)  # ran out, and another worker's sweep took it over
    assert [m.id for m in await outbox.claim_pending(database, "other", LEASE)] == [taken.id]
    counting.opened = 0
    courier.deliver([lapsing, taken])
    await courier.wait_idle(10)
    assert counting.opened == 3  # renew + settle the lapsing one; the renewal of the other finds it is not ours
    assert [params["text"] for _method, params in bot.calls] == ["민원 #1 접수", "민원 #2 접수"]
    assert [m.id for m in await outbox.pending(database)] == [taken.id]  # the other worker makes it


class GrantedBucket:
    """A spent overall budget whose units the test hands out (RankedLimiter's bucket)."""

    def __init__(self) -> None:
        self.units = asyncio.Semaphore(0)

    def has_capacity(self) -> bool:
        return False

    async def acquire(self) -> None:
        await self.units.acquire()


async def test_the_overall_budget_goes_to_the_best_ranked_call_waiting() -> None:
    from bot.ratelimit import RankedLimiter

    limiter = RankedLimiter(30, 1)
    bucket = GrantedBucket()
    limiter._bucket = bucket  # type: ignore[assignment]
    order: list[str] = []

    async def send(name: str, rank: Priority) -> None:
        await limiter.acquire(rank)
        order.append(name)

    calls = [
        asyncio.create_task(send("board, room 1", Priority.LATER)),
        asyncio.create_task(send("warning, room 2", Priority.NORMAL)),
        asyncio.create_task(send("board, room 3", Priority.LATER)),
        asyncio.create_task(send("ack, room 4", Priority.FIRST)),
    ]
    for _ in range(5):
        await asyncio.sleep(0)  # every call waits for the budget
    for _ in range(4):
        bucket.units.release()
    await asyncio.wait_for(asyncio.gather(*calls), 10)
    assert order == ["ack, room 4", "warning, room 2", "board, room 1", "board, room 3"]


async def test_the_last_units_of_a_rooms_budget_are_kept_for_acknowledgements(database: Database) -> None:
    bot, budget = RecordingBot(), Budget()
    budget.low = True
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget)  # type: ignore[arg-type]
    courier.deliver([await stored(database, "sendMessage", {"text": "경고"}, None)])
    courier.deliver([await stored(database, "editMessageText", {"message_id": 7, "text": "게시판"}, Purpose.BOARD_EDIT)])
    await asyncio.wait_for(budget.asked_for_room.wait(), 10)
    assert not budget.waiting.is_set()  # with the budget low, neither takes a unit
    courier.deliver([await stored(database, "sendMessage", {"text": "민원 #1 접수"}, Purpose.ACK)])
    await asyncio.wait_for(budget.waiting.wait(), 10)  # an acknowledgement may spend the reserve
    budget.units.release()
    await asyncio.wait_for(made_a_call(bot), 10)
    assert [params["text"] for _method, params in bot.calls] == ["민원 #1 접수"]
    budget.low = False  # the budget grew back: the others go
    budget.units.release()
    budget.units.release()
    await courier.wait_idle(10)
    assert [params["text"] for _method, params in bot.calls] == ["민원 #1 접수", "경고", "게시판"]


async def test_a_small_group_budget_keeps_no_reserve() -> None:
    from bot.ratelimit import SendRateLimiter

    small = SendRateLimiter(group_max_rate=1, group_time_period=60)
    assert small.has_room(-1001, reserve=5)  # one message a minute: nothing to keep back
    await small.take(-1001)
    assert not small.has_room(-1001, reserve=5)
    usual = SendRateLimiter(group_max_rate=20, group_time_period=60)
    for _ in range(14):
        await usual.take(-1001)
    assert usual.has_room(-1001, reserve=5)  # 6 left: one may go, 5 stay for acknowledgements
    await usual.take(-1001)
    assert not usual.has_room(-1001, reserve=5)
    assert usual.has_room(42, reserve=5)  # a private chat has no group budget


async def test_an_older_board_edit_coming_back_does_not_replace_a_newer_one(database: Database) -> None:
    bot, budget = RecordingBot(), Budget()
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget)  # type: ignore[arg-type]
    older = await stored(database, "editMessageText", {"message_id": 7, "text": "게시판 1"}, Purpose.BOARD_EDIT)
    newer = await stored(database, "editMessageText", {"message_id": 7, "text": "게시판 2"}, Purpose.BOARD_EDIT)
    courier.deliver([newer])
    await asyncio.wait_for(budget.waiting.wait(), 10)
    courier.deliver([older])  # e.g. taken back by a sweep after its claim ran out
    budget.units.release()
    await courier.wait_idle(10)
    assert [params["text"] for _method, params in bot.calls] == ["게시판 2"]
    assert await outbox.pending(database) == []


async def _joined(db: Database, messages) -> dict | None:  # type: ignore[no-untyped-def]
    return {"chat_id": ROOM, "text": " + ".join(outbox.params_of(m)["text"] for m in messages)}


async def _unmergeable(db: Database, messages) -> dict | None:  # type: ignore[no-untyped-def]
    return None


async def _broken(db: Database, messages) -> dict | None:  # type: ignore[no-untyped-def]
    raise RuntimeError("a merger's bug")


async def test_acknowledgements_waiting_together_go_out_as_one_call(database: Database) -> None:
    bot, budget = RecordingBot(), Budget()
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget, mergers={Purpose.ACK: _joined})  # type: ignore[arg-type]
    courier.deliver([await stored(database, "sendMessage", {"text": "#1"}, Purpose.ACK)])
    await asyncio.wait_for(budget.waiting.wait(), 10)  # the first waits for the room's budget; two more arrive meanwhile
    courier.deliver([await stored(database, "sendMessage", {"text": "#2"}, Purpose.ACK)])
    courier.deliver([await stored(database, "editMessageText", {"message_id": 7, "text": "게시판"}, Purpose.BOARD_EDIT)])
    courier.deliver([await stored(database, "sendMessage", {"text": "#3"}, Purpose.ACK)])
    budget.units.release()
    budget.units.release()
    await courier.wait_idle(10)
    assert [params["text"] for _method, params in bot.calls] == ["#1 + #2 + #3", "게시판"]
    assert await outbox.pending(database) == []  # the three are settled by the one call


async def test_calls_a_merger_cannot_combine_go_one_by_one_and_none_is_lost(database: Database) -> None:
    for merger in (_unmergeable, _broken):
        bot, budget = RecordingBot(), Budget()
        courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget, mergers={Purpose.ACK: merger})  # type: ignore[arg-type]
        courier.deliver([await stored(database, "sendMessage", {"text": "#1"}, Purpose.ACK)])
        await asyncio.wait_for(budget.waiting.wait(), 10)
        courier.deliver([await stored(database, "sendMessage", {"text": "#2"}, Purpose.ACK)])
        for _ in range(2):
            budget.units.release()
        await courier.wait_idle(10)
        assert [params["text"] for _method, params in bot.calls] == ["#1", "#2"]
        assert await outbox.pending(database) == []


async def test_a_merged_call_that_failed_for_now_leaves_every_call_it_stood_for_in_the_outbox(database: Database) -> None:
    class Down(RecordingBot):
        async def do_api_request(self, method: str, api_kwargs: dict) -> dict:
            from telegram.error import NetworkError

            self.calls.append((method, api_kwargs))
            raise NetworkError("down")

    bot, budget = Down(), Budget()
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget, mergers={Purpose.ACK: _joined},  # type: ignore[arg-type]
                      retry_seconds=0)
    courier.deliver([await stored(database, "sendMessage", {"text": "#1"}, Purpose.ACK)])
    await asyncio.wait_for(budget.waiting.wait(), 10)
    courier.deliver([await stored(database, "sendMessage", {"text": "#2"}, Purpose.ACK)])
    budget.units.release()
    await courier.wait_idle(10)
    assert {params["text"] for _method, params in bot.calls} == {"#1 + #2"}
    assert [outbox.params_of(m)["text"] for m in await outbox.pending(database)] == ["#1", "#2"]


async def test_a_board_edit_waiting_for_the_overall_budget_lets_an_acknowledgement_of_its_room_go_first(database: Database) -> None:
    # Other rooms have spent the bot's 30 calls a second: this room's board edit waits for a unit at its
    # low rank. An acknowledgement arriving meanwhile must not wait behind it.
    bot, budget = RecordingBot(), Budget()
    budget.overall = asyncio.Semaphore(0)
    for _ in range(2):
        budget.units.release()  # the room's own budget has room
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget)  # type: ignore[arg-type]
    courier.deliver([await stored(database, "editMessageText", {"message_id": 7, "text": "게시판"}, Purpose.BOARD_EDIT)])
    await _until(lambda: budget.overall_ranks == [Priority.LATER])
    courier.deliver([await stored(database, "sendMessage", {"text": "민원 #1 접수"}, Purpose.ACK)])
    await _until(lambda: budget.overall_ranks == [Priority.LATER, Priority.FIRST])  # the wait is raised to the first rank
    budget.overall.release()
    budget.overall.release()
    await courier.wait_idle(10)
    assert [params["text"] for _method, params in bot.calls] == ["민원 #1 접수", "게시판"]


async def _until(condition, timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
    async def wait() -> None:
        while not condition():
            await asyncio.sleep(0.001)

    await asyncio.wait_for(wait(), timeout)


async def test_closing_while_a_raised_overall_wait_is_being_withdrawn_stops_the_courier(database: Database) -> None:
    # The moment the courier withdraws a low-rank wait for the overall budget (an acknowledgement came) is
    # also a moment it may be told to close: that cancellation must end it, not be taken for the wait's own.
    class SlowToLetGo(Budget):
        def __init__(self) -> None:
            super().__init__()
            self.withdrawing = asyncio.Event()
            self.let_go = asyncio.Event()

        async def take_overall(self, rank: int) -> None:
            self.overall_ranks.append(rank)
            try:
                await asyncio.Event().wait()  # the overall budget is spent for good
            except asyncio.CancelledError:
                self.withdrawing.set()
                await self.let_go.wait()  # leaving the queue takes a moment
                raise

    bot, budget = RecordingBot(), SlowToLetGo()
    for _ in range(2):
        budget.units.release()
    courier = Courier(bot, database, worker="w", lease=LEASE, limiter=budget)  # type: ignore[arg-type]
    courier.deliver([await stored(database, "editMessageText", {"message_id": 7, "text": "게시판"}, Purpose.BOARD_EDIT)])
    await _until(lambda: budget.overall_ranks == [Priority.LATER])
    courier.deliver([await stored(database, "sendMessage", {"text": "민원 #1 접수"}, Purpose.ACK)])
    await asyncio.wait_for(budget.withdrawing.wait(), 10)  # the low-rank wait is being withdrawn
    closing = asyncio.ensure_future(courier.close(timeout=0.05))
    await asyncio.sleep(0.2)
    budget.let_go.set()
    await asyncio.wait_for(closing, 5)  # closed, instead of waiting again at the first rank for ever
    assert bot.calls == [] and len(await outbox.pending(database)) == 2  # nothing made; both stay for the next start
