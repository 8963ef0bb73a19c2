"""Times people read: in the configured zone, with the date when it is not today; the sandbox's
refusal of a muted resident in Korean with an end time a person can read."""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timedelta, UTC
from zoneinfo import ZoneInfo

import pytest

from bot.clock import restore, use
from bot.features.sanctions import clock
from bot.sandbox.client import ControlAPIError, SandboxControl
from tests.conftest import REPO, Room, bot_messages, eventually


def test_a_time_today_is_a_clock_and_another_day_has_its_date() -> None:
    now = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)  # 12:00 in Seoul, a Saturday
    token = use(ZoneInfo("Asia/Seoul"))
    try:
        assert clock(now + timedelta(hours=2, minutes=5), "ko", now) == "14:05"
        assert clock(now + timedelta(days=7, hours=2, minutes=5), "ko", now) == "12월 12일 (토) 14:05"
        assert clock(now + timedelta(days=7, hours=2, minutes=5), "en", now) == "Sat 12 Dec 14:05 KST"
    finally:
        restore(token)
    token = use(ZoneInfo("Europe/Berlin"))
    try:
        assert clock(now + timedelta(hours=2, minutes=5), "en", now) == "06:05 CET"
    finally:
        restore(token)


async def test_a_weeks_mute_names_its_day_in_the_configured_zone(bot_factory, control: SandboxControl, room: Room) -> None:  # type: ignore[no-untyped-def]
    await bot_factory(bot={"timezone": "Europe/Berlin"}).start()
    said = await control.post(room.chat_id, room.resident, "아무 말")
    await control.post(room.chat_id, room.moderator, "/mute 10080", reply_to_message_id=said["message_id"])

    async def muted() -> list[dict]:
        return [m for m in await bot_messages(control, room.chat_id) if m["text"].startswith("🔇")]

    [reply] = await eventually(muted)
    member = await control.member(room.chat_id, room.resident)
    end = datetime.fromtimestamp(member["until_date"], UTC).astimezone(ZoneInfo("Europe/Berlin"))
    shown = f"{end.month}월 {end.day}일 ({'월화수목금토일'[end.weekday()]}) {end:%H:%M}"
    # the reply says 7일 and the day; the until_date carries one second of margin
    assert "7일 동안(" in reply["text"] and (shown in reply["text"] or f"{(end - timedelta(seconds=1)):%H:%M}" in reply["text"])
    assert f"{end.month}월 {end.day}일" in reply["text"]

    with pytest.raises(ControlAPIError) as refused:
        await control.post(room.chat_id, room.resident, "왜 안 써지죠?")
    assert refused.value.status == 403
    message = refused.value.message
    assert message.startswith("글쓰기가 제한되어 있습니다: ")
    seoul = datetime.fromtimestamp(member["until_date"], UTC).astimezone(ZoneInfo("Asia/Seoul"))
    assert f"{seoul.month}월 {seoul.day}일" in message and f"{seoul:%H:%M}" in message and "KST" in message
    assert str(member["until_date"]) not in message  # not a Unix time


async def test_the_standalone_sandbox_prints_an_api_url_that_works() -> None:
    from telegram import Bot

    from bot.request import AiohttpRequest
    from tests.conftest import free_port

    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.sandbox", "--port", str(port), cwd=REPO, stdout=asyncio.subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        lines = [(await asyncio.wait_for(process.stdout.readline(), 30)).decode() for _ in range(4)]
        [api_line] = [line for line in lines if line.startswith("api_url = ")]
        [token_line] = [line for line in lines if line.startswith("token = ")]
        api_url, token = api_line.split('"')[1], token_line.split('"')[1]
        # as the bot uses it: {api_url}/bot{token}/{method}
        bot = Bot(token, base_url=f"{api_url}/bot", request=AiohttpRequest())
        async with bot:
            assert (await bot.get_me()).username == "sotong_bot"
    finally:
        process.terminate()
        await process.wait()
