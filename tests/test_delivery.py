"""Every update takes effect exactly once, and outgoing messages queue instead of failing."""

from __future__ import annotations

import asyncio
import socket
from datetime import timedelta

import aiohttp
from telegram import Bot

from bot.courier import Courier
from bot.sandbox.client import SandboxControl
from bot.work import Work
from storage import outbox, timesource, updates
from storage.database import Database
from tests.conftest import SWEEP_EVERY_SECOND, TOKEN, Room, bot_messages, eventually, free_port, settled


NO_FLOOD_RULE = {"flood": {"enabled": False}}


async def answers_to(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def test_a_redelivered_update_takes_effect_once(sotong, sandbox, control: SandboxControl, room: Room) -> None:
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: answers_to(control, room.chat_id, asked["message_id"]))
    await control.redeliver(asked["update_id"])
    # wait until the bot has certainly fetched the redelivery and is idle, then check nothing doubled
    await eventually(lambda: _fetched_beyond(control, asked["update_id"]))
    await settled(sotong, sandbox)
    assert len(await answers_to(control, room.chat_id, asked["message_id"])) == 1


async def test_an_update_stored_before_a_crash_is_handled_once_after_restart(
    bot_factory, sandbox, control: SandboxControl, room: Room
) -> None:
    bot = bot_factory(**SWEEP_EVERY_SECOND)  # the default lease (60 s): the restart takes back its own claim at once
    asked = await control.post(room.chat_id, room.resident, "/rules")
    # The crashed process had stored the update but not confirmed it to Telegram:
    # it is in our inbox AND Telegram will deliver it again.
    peek = Bot(TOKEN, base_url=f"{sandbox.url}/bot")
    async with peek:
        [raw] = [u.to_dict() for u in await peek.get_updates(timeout=0) if u.update_id == asked["update_id"]]
    db = Database(bot.db_url)
    await db.migrate()
    import json

    # The crashed process (this host, the default worker id) had claimed it for a minute.
    worker = socket.gethostname()
    assert await updates.receive(db, [(raw["update_id"], json.dumps(raw))], timedelta(seconds=60), worker) == [asked["update_id"]]
    await db.close()

    runtime = await bot.start()
    await eventually(lambda: answers_to(control, room.chat_id, asked["message_id"]))
    await eventually(lambda: _fetched_beyond(control, asked["update_id"]))
    await settled(runtime, sandbox)
    assert len(await answers_to(control, room.chat_id, asked["message_id"])) == 1
    db = Database(bot.db_url)
    assert await updates.pending(db) == []
    assert await updates.is_processed(db, asked["update_id"])
    await db.close()


async def test_a_committed_message_not_yet_sent_goes_out_after_restart(bot_factory, sandbox, control: SandboxControl, room: Room) -> None:
    bot = bot_factory()
    db = Database(bot.db_url)
    await db.migrate()
    async with db.session() as session:
        await outbox.add(session, room.chat_id, "sendMessage", {"chat_id": room.chat_id, "text": "접수 #1 처리 완료"})
    await db.close()
    runtime = await bot.start()
    await eventually(lambda: _said(control, room.chat_id, "접수 #1 처리 완료"))
    await eventually(lambda: _outbox_empty(bot.db_url))
    await settled(runtime, sandbox)
    assert len([m for m in await bot_messages(control, room.chat_id) if m["text"] == "접수 #1 처리 완료"]) == 1


async def test_two_workers_sweeping_one_outbox_make_each_call_once(sandbox, db_url: str, control: SandboxControl, room: Room) -> None:
    here_db, there_db = Database(db_url), Database(db_url)
    await here_db.migrate()
    bot = Bot(TOKEN, base_url=f"{sandbox.url}/bot")
    lease = timedelta(seconds=60)
    here, there = Courier(bot, here_db, worker="here", lease=lease), Courier(bot, there_db, worker="there", lease=lease)
    try:
        async with bot:
            # "here" committed a reply and is about to send it: the other worker's sweep leaves it alone.
            work = Work(here_db, None, "here", lease)
            await work.send(room.chat_id, "sendMessage", text="민원 #1 접수")
            replies = await work.commit()
            assert await there.redeliver_pending() == 0
            here.deliver(replies)
            await here.wait_idle(5)
            # "here" stalled past its claim with a reply queued: the other worker takes it over,
            # and "here" skips the call when it comes to it.
            work = Work(here_db, None, "here", timedelta(seconds=0.2))
            await work.send(room.chat_id, "sendMessage", text="민원 #2 접수")
            stalled = await work.commit()
            timesource.advance(0.3)  # the claim runs out
            assert await there.redeliver_pending() == 1
            await there.wait_idle(5)
            here.deliver(stalled)
            await here.wait_idle(5)
    finally:
        await here.close()
        await there.close()
        await here_db.close()
        await there_db.close()
    assert len(await _said(control, room.chat_id, "민원 #1 접수")) == 1
    assert len(await _said(control, room.chat_id, "민원 #2 접수")) == 1


async def test_joins_keep_counting_once_across_a_restart(bot_factory, control: SandboxControl, room: Room) -> None:
    bot = bot_factory(greeting={"quiet_seconds": 0.5, "max_wait_seconds": 30})
    await bot.start()
    people = [await control.create_user(first_name=f"주민{i}") for i in range(12)]
    for person in people[:6]:
        await control.join(room.chat_id, person["id"])
    await eventually(lambda: _residents(bot.db_url, room, expected=6))
    await bot.restart()
    for person in people[6:]:
        await control.join(room.chat_id, person["id"])
    await eventually(lambda: _residents(bot.db_url, room, expected=12))
    texts = [m["text"] for m in await eventually(lambda: _said(control, room.chat_id, "새로 오신"))]
    assert texts  # the pending greeting survived the restart


async def test_a_burst_over_telegrams_limit_is_retried_after_429_not_lost(bot_factory, control: SandboxControl, room: Room) -> None:
    await control.set_rate_limits(per_second=4)
    # One resident fires a dozen commands: a flood by the house rules, which are not what this tests.
    await bot_factory(telegram={"rate_limit": {"overall_per_second": 50, "max_retries": 10}}, rules=NO_FLOOD_RULE).start()
    asked = [await control.post(room.chat_id, room.resident, "/rules") for _ in range(12)]
    for question in asked:
        await eventually(lambda question=question: answers_to(control, room.chat_id, question["message_id"]), timeout=20)
    statuses = (await control.calls(method="sendMessage"))["by_status"]
    assert int(statuses.get("429", 0)) > 0  # Telegram said "too many", and the bot waited as told
    assert int(statuses.get("200", 0)) == 12 + 0  # every reply delivered exactly once


async def test_the_bots_own_limiter_queues_a_burst_without_hitting_429(bot_factory, control: SandboxControl, room: Room) -> None:
    await control.set_rate_limits(per_second=6)
    # aiolimiter is a leaky bucket: a first burst of max_rate, then the rate; 2/s stays under 6 in any second
    await bot_factory(telegram={"rate_limit": {"overall_per_second": 2}}, rules=NO_FLOOD_RULE).start()
    asked = [await control.post(room.chat_id, room.resident, "/rules") for _ in range(10)]
    for question in asked:
        await eventually(lambda question=question: answers_to(control, room.chat_id, question["message_id"]), timeout=20)
    statuses = (await control.calls(method="sendMessage"))["by_status"]
    assert statuses.get("429") is None
    assert int(statuses["200"]) == 10


async def test_a_backlog_is_taken_in_bounded_batches_and_handled_once(bot_factory, control: SandboxControl, room: Room) -> None:
    # The bot was down while the room talked: 250 updates wait at Telegram.
    talk = [{"user_id": room.resident, "text": f"오늘 회의 {i}번째 이야기 잘 들었어요"} for i in range(250)]
    await control.bulk_post(room.chat_id, talk)
    bot = bot_factory(telegram={"in_flight_limit": 30}, rules=NO_FLOOD_RULE, cooldown={"enabled": False})
    runtime = await bot.start()
    await eventually(lambda: _true(runtime.handled >= 250), timeout=30)
    assert runtime.receiver.peak_in_flight <= 30  # never more parsed and waiting than the limit
    await eventually(lambda: _true(runtime.receiver.in_flight == set()))
    assert runtime.handled == 250
    await eventually(lambda: _empty(updates.pending(runtime.db)))


async def _true(value: bool) -> bool:
    return value


async def _empty(pending) -> bool:  # type: ignore[no-untyped-def]
    return await pending == []


async def test_webhook_refuses_a_wrong_secret_and_serves_the_right_one(bot_factory, control: SandboxControl, room: Room) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    bot = bot_factory(
        telegram={"mode": "webhook"},
        webhook={"listen": "127.0.0.1", "port": port, "path": "/tg", "public_url": base, "secret_token": "right-secret"},
    )
    await bot.start()
    forged = {
        "update_id": 999_999,
        "message": {"message_id": 1, "date": 0, "chat": {"id": room.chat_id, "type": "supergroup"}, "text": "/rules"},
    }
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong-secret"}):
            async with http.post(f"{base}/tg", json=forged, headers=headers) as response:
                assert response.status == 403
        async with http.post(f"{base}/tg", data="not json", headers={"X-Telegram-Bot-Api-Secret-Token": "right-secret"}) as response:
            assert response.status == 400
        async with http.get(f"{base}/healthz") as response:
            assert response.status == 200
            health = await response.json()
            assert health["database"] is True and health["updates_in_flight"] == 0  # nothing received yet
    db = Database(bot.db_url)
    assert not await updates.is_processed(db, 999_999)
    assert await updates.pending(db) == []
    await db.close()

    # Telegram (the sandbox) delivers with the right secret, and the room is served.
    person = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, person["id"])
    await eventually(lambda: _said(control, room.chat_id, "환영합니다"))
    deliveries = await control.webhook_deliveries()
    assert deliveries["url"] == f"{base}/tg" and deliveries["has_secret_token"]


async def _fetched_beyond(control: SandboxControl, update_id: int) -> bool:
    """True once the bot asked getUpdates with an offset past `update_id` (it has it)."""
    calls = (await control.calls(method="getUpdates"))["calls"]
    return any(int((c.get("params") or {}).get("offset") or 0) > update_id for c in calls)


async def _said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


async def _outbox_empty(db_url: str) -> bool:
    db = Database(db_url)
    try:
        return await outbox.pending(db) == []
    finally:
        await db.close()


async def _residents(db_url: str, room: Room, expected: int) -> bool:
    from sqlalchemy import func, select

    from storage.models import Resident

    db = Database(db_url)
    try:
        async with db.session() as session:
            count = (await session.exec(select(func.count()).select_from(Resident))).scalar_one()
        return count == expected
    finally:
        await db.close()


async def test_the_bot_runs_the_same_on_each_backend(bot_factory, sandbox, db_url: str, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(db_url=db_url).start()
    newcomer = await control.create_user(first_name="새주민")
    await control.join(room.chat_id, newcomer["id"])
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: answers_to(control, room.chat_id, asked["message_id"]))
    await control.redeliver(asked["update_id"])
    await eventually(lambda: _said(control, room.chat_id, "새로 오신 분"))
    await eventually(lambda: _fetched_beyond(control, asked["update_id"]))
    await settled(runtime, sandbox)
    assert len(await answers_to(control, room.chat_id, asked["message_id"])) == 1


async def test_a_moderator_check_does_not_wait_behind_the_rooms_message_budget(bot_factory, control: SandboxControl, room: Room) -> None:
    # One message a minute per group: the first reply uses the budget, later replies queue.
    runtime = await bot_factory(telegram={"rate_limit": {"group_per_minute": 1}}).start()
    await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: _said(control, room.chat_id, "소통방 규칙"))
    runtime.moderators.forget(room.chat_id)
    # getChatAdministrators is a read: Telegram's flood limits do not apply to it
    assert await asyncio.wait_for(runtime.moderators.is_moderator(room.chat_id, room.moderator), timeout=5)


async def test_a_refused_private_message_is_logged_without_the_persons_id(bot_factory, control: SandboxControl, room: Room, caplog) -> None:
    bot = bot_factory()
    db = Database(bot.db_url)
    await db.migrate()
    async with db.session() as session:  # the resident never started the bot: Telegram refuses
        await outbox.add(session, room.resident, "sendMessage", {"chat_id": room.resident, "text": "#1 처리 완료"})
    await db.close()
    with caplog.at_level("WARNING", logger="bot.courier"):
        await bot.start()
        await eventually(lambda: _outbox_empty(bot.db_url))
    refusals = [r.getMessage() for r in caplog.records if "refused for good" in r.getMessage()]
    assert refusals and all(str(room.resident) not in line for line in refusals)
