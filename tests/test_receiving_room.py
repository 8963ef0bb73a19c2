"""Polling's in-flight bound: handled updates free their room at once, and a full bound waits only briefly."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.receiving import Receiver


def update(update_id: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {"message_id": update_id, "date": 0, "chat": {"id": -5, "type": "supergroup", "title": "t"}, "text": "x"},
        },
        None,
    )


async def test_an_update_handled_without_effects_no_longer_holds_polling_back() -> None:
    receiver = Receiver(db=None, bot=None, queue=asyncio.Queue(), in_flight_limit=3)  # type: ignore[arg-type]
    for i in range(3):
        await receiver.enqueue(update(i))
    assert receiver.room() == 0
    receiver.settled(0)  # handled; its inbox row goes with the next batched write
    assert receiver.room() == 1
    assert 0 in receiver.in_flight  # still known: a sweep does not take it again
    await receiver.enqueue(update(0))  # nor does a redelivery enqueue it twice
    assert receiver.queue.qsize() == 3
    receiver.done(0)
    assert receiver.room() == 1 and 0 not in receiver.in_flight


async def test_at_the_bound_polling_takes_what_room_there_is_after_its_patience() -> None:
    receiver = Receiver(db=None, bot=None, queue=asyncio.Queue(), in_flight_limit=200, patience=0)  # type: ignore[arg-type]
    for i in range(200):
        await receiver.enqueue(update(i))
    waiting = asyncio.create_task(receiver.wait_for_room())
    for _ in range(5):
        await asyncio.sleep(0)
    assert not waiting.done()  # no room at all: it waits
    receiver.settled(7)  # one fits, not a full batch of 100
    assert await asyncio.wait_for(waiting, 10)  # a deadline against a hang, not a timing
    assert receiver.room() == 1


async def test_webhook_updates_arriving_together_are_stored_in_one_transaction(database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from storage import updates as inbox

    stores: list[int] = []
    receive = inbox.receive

    async def counted(db, batch, *args, **kwargs):  # type: ignore[no-untyped-def]
        batch = list(batch)
        stores.append(len(batch))
        return await receive(db, batch, *args, **kwargs)

    monkeypatch.setattr(inbox, "receive", counted)
    receiver = Receiver(db=database, bot=None, queue=asyncio.Queue())  # type: ignore[arg-type]
    results = await asyncio.gather(*(receiver.store_one(({"update_id": i}, update(i))) for i in range(1, 41)))
    assert results == [True] * 40
    assert sum(stores) == 40 and len(stores) <= 2  # not one transaction each: those arriving together share one
    assert sorted(i for i, _payload in await inbox.pending(database)) == list(range(1, 41))
    assert receiver.queue.qsize() == 40
    assert await receiver.store_one(({"update_id": 5}, update(5))) is False  # seen before: stored once
