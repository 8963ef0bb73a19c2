"""Update processing order: one chat in order, many chats at once."""

from __future__ import annotations

import asyncio
import random

from telegram import Update

from bot.processor import PerChatProcessor


def message_update(update_id: int, chat_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {"message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "supergroup", "title": "t"}, "text": "x"},
        },
        None,
    )


async def test_updates_of_one_chat_keep_their_order_while_chats_overlap() -> None:
    seen: dict[int, list[int]] = {}
    running = 0
    most_at_once = 0
    rng = random.Random(7)

    async def handle(update: Update) -> None:
        nonlocal running, most_at_once
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(rng.random() / 200)  # uneven work, so a naive scheduler would reorder
        seen.setdefault(update.effective_chat.id, []).append(update.update_id)
        running -= 1

    async def around(update: object, coroutine) -> None:  # type: ignore[no-untyped-def]
        await coroutine

    processor = PerChatProcessor(around, max_concurrent_updates=64)
    updates = [message_update(i, -100 - (i % 4)) for i in range(200)]
    await asyncio.gather(*(processor.process_update(u, handle(u)) for u in updates))

    for chat_id, ids in seen.items():
        assert ids == sorted(ids), f"chat {chat_id} out of order"
    assert sum(len(ids) for ids in seen.values()) == 200
    assert most_at_once > 1  # different chats did run in parallel
    assert processor._locks == {}  # idle chats are forgotten


async def test_a_quiet_chat_is_handled_while_a_busy_chat_has_a_long_queue() -> None:
    """The global bound is taken at a chat's turn: a backlog in one chat, longer than the
    bound, does not hold the slots another chat's update needs."""
    busy, quiet = -100, -200
    release = asyncio.Event()
    quiet_done = asyncio.Event()
    seen: list[int] = []

    async def handle(update: Update) -> None:
        if update.effective_chat.id == busy:
            await release.wait()  # the busy chat's head blocks: its whole queue stays pending
        seen.append(update.update_id)
        if update.effective_chat.id == quiet:
            quiet_done.set()

    async def around(update: object, coroutine) -> None:  # type: ignore[no-untyped-def]
        await coroutine

    processor = PerChatProcessor(around, max_concurrent_updates=4)
    backlog = [message_update(i, busy) for i in range(50)]
    tasks = [asyncio.create_task(processor.process_update(u, handle(u))) for u in backlog]
    lone = message_update(1000, quiet)
    tasks.append(asyncio.create_task(processor.process_update(lone, handle(lone))))

    await asyncio.wait_for(quiet_done.wait(), 10)  # a deadline against a hang, not a timing
    assert seen == [1000]  # the quiet chat's update ran while the busy chat's 50 were all pending
    release.set()
    await asyncio.gather(*tasks)
    assert seen == [1000, *range(50)]  # and the busy chat's kept their order
    assert processor._locks == {}


async def test_the_global_bound_holds_across_chats() -> None:
    running = most = 0
    gate = asyncio.Event()

    async def handle(update: Update) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await gate.wait()
        running -= 1

    async def around(update: object, coroutine) -> None:  # type: ignore[no-untyped-def]
        await coroutine

    processor = PerChatProcessor(around, max_concurrent_updates=3)
    updates = [message_update(i, -100 - i) for i in range(10)]
    tasks = [asyncio.create_task(processor.process_update(u, handle(u))) for u in updates]
    while running < 3:
        await asyncio.sleep(0)
    for _ in range(20):  # let every other task reach its wait
        await asyncio.sleep(0)
    assert running == 3
    gate.set()
    await asyncio.gather(*tasks)
    assert most == 3
