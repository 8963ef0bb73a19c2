"""/metrics: after real traffic through the sandbox, the figures say what happened."""

from __future__ import annotations

import aiohttp
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from tests.conftest import Room, bot_messages, bot_settings, eventually

STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요"


async def scrape(url: str, **headers: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http, http.get(f"{url}/metrics", headers=headers) as response:
        return response.status, await response.text()


def samples(exposition: str) -> dict[tuple[str, tuple], float]:
    """(sample name, sorted labels) -> value, parsed by prometheus_client's own parser."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


def value(found: dict, name: str, **labels: str) -> float | None:
    return found.get((name, tuple(sorted(labels.items()))))


async def answer_yes(control: SandboxControl, room: Room, author: int, posted: dict) -> None:
    async def question() -> list[dict]:
        return [m for m in await bot_messages(control, room.chat_id) if m.get("reply_to_message_id") == posted["message_id"]]

    [asked] = await eventually(question)
    assert "접수할까요" in asked["text"]
    yes = asked["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    pressed = await control.press(room.chat_id, asked["message_id"], author, yes)
    await eventually(lambda: control.answer_of(pressed))


async def test_metrics_count_the_traffic_of_a_room(bot_factory, control: SandboxControl, room: Room) -> None:  # type: ignore[no-untyped-def]
    # Unsure of everything (files only at certainty, 1.0): each report is asked about first.
    runtime = await bot_factory(intake={"file_threshold": 1.0, "sure_threshold": 1.0, "ask_threshold": 0.5}).start()
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())

    first = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await answer_yes(control, room, room.resident, first)  # asked, then filed
    second = await control.post(room.chat_id, neighbour["id"], STREETLIGHT)
    await answer_yes(control, room, neighbour["id"], second)  # asked, then 공감 +1
    await control.post(room.chat_id, room.moderator, "/cooldown 10")
    await eventually(lambda: _room_silent(control, room))
    await control.post(room.chat_id, room.moderator, "/lift")

    async def settled() -> dict | None:
        status, text = await scrape(runtime.web.url)
        assert status == 200
        found = samples(text)
        return found if value(found, "sotong_cooldowns_lifted_total", kind="room") == 1 else None

    found = await eventually(settled)
    assert value(found, "sotong_complaints_asked_total", kind="complaint", category="streetlight") == 2
    assert value(found, "sotong_complaints_filed_total", kind="complaint", category="streetlight") == 1
    assert value(found, "sotong_complaints_supported_total", kind="complaint", category="streetlight") == 1
    assert value(found, "sotong_complaints_open", state="received") == 1
    assert value(found, "sotong_complaints_open", state="in_progress") == 0
    assert value(found, "sotong_cooldowns_started_total", kind="room") == 1
    assert value(found, "sotong_updates_received_total", kind="message") >= 4
    assert value(found, "sotong_updates_received_total", kind="callback_query") == 2
    assert value(found, "sotong_updates_handled_total", kind="callback_query", outcome="ok") == 2
    assert value(found, "sotong_update_handling_seconds_count", kind="message") >= 4
    assert value(found, "sotong_bot_api_calls_total", method="sendMessage", outcome="ok") >= 3
    assert value(found, "sotong_bot_api_calls_total", method="getUpdates", outcome="ok") >= 1
    assert value(found, "sotong_inbox_depth") is not None and value(found, "sotong_outbox_depth") is not None
    assert value(found, "sotong_dead_letters") == 0 and value(found, "sotong_database_up") == 1
    assert all(name.startswith(("sotong_", "process_", "python_")) for name, _labels in found)


async def _room_silent(control: SandboxControl, room: Room) -> bool:
    return (await control.chat(room.chat_id))["permissions"]["can_send_messages"] is False


async def test_429s_are_counted_by_method(bot_factory, control: SandboxControl, room: Room) -> None:  # type: ignore[no-untyped-def]
    runtime = await bot_factory().start()
    await control.set_rate_limits(per_second=1)
    for _ in range(3):
        await control.post(room.chat_id, room.resident, "/rules")

    async def throttled() -> float | None:
        found = samples((await scrape(runtime.web.url))[1])
        return value(found, "sotong_bot_api_throttled_total", method="sendMessage")

    assert await eventually(throttled, timeout=20) >= 1
    await control.set_rate_limits()


async def test_each_bot_in_a_process_counts_its_own(bot_factory, sandbox, control: SandboxControl, room: Room, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = await bot_factory().start()
    other = Runtime(bot_settings(sandbox.url, f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"))  # built, not started
    await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: bot_messages(control, room.chat_id))
    found = samples((await scrape(first.web.url))[1])
    assert value(found, "sotong_updates_received_total", kind="message") == 1
    theirs = samples(generate_latest(other.metrics.registry).decode())
    assert value(theirs, "sotong_updates_received_total", kind="message") is None


async def test_metrics_are_for_this_host_or_a_token_bearer(bot_factory) -> None:  # type: ignore[no-untyped-def]
    open_bot = await bot_factory().start()
    assert (await scrape(open_bot.web.url))[0] == 200  # straight from this host
    assert (await scrape(open_bot.web.url, **{"X-Forwarded-For": "203.0.113.7"}))[0] == 403  # through a proxy: from elsewhere
    await open_bot.stop()
    guarded = await bot_factory(web={"port": 0, "metrics_token": "scrape-me-please"}).start()
    assert (await scrape(guarded.web.url))[0] == 401
    assert (await scrape(guarded.web.url, Authorization="Bearer wrong-token"))[0] == 401
    status, text = await scrape(guarded.web.url, Authorization="Bearer scrape-me-please")
    assert status == 200 and "sotong_updates_received_total" in text
