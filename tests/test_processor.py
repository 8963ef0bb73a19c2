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
