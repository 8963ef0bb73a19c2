"""End to end in a real headless Chromium: a moderator logs in through the link the bot sends in the private
chat, filters the list, resolves a complaint, and the room sees the announcement and the board change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser import Browser, missing
from tests.conftest import bot_messages, eventually
from tests.console_helpers import BENCH, STREETLIGHT, build_city

pytestmark = pytest.mark.skipif(missing() is not None, reason=f"no browser: {missing()}")


async def test_a_moderator_resolves_a_complaint_in_the_browser_and_the_room_sees_it(control, bot_factory, desks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks)
    await city.file("light", city.room_a, STREETLIGHT)
    await city.file("bench", city.room_a, BENCH)

    async def board() -> dict | None:
        pinned = (await control.chat(city.room_a)).get("pinned_message_id")
        return next((m for m in await bot_messages(control, city.room_a) if m["message_id"] == pinned), None)

    before = await eventually(lambda: _when(board, lambda b: "과천역 3번 출구" in b["text"] and "중앙공원" in b["text"]))

    await control.private(city.moderator_a, "/console")
    [answer] = await eventually(lambda: bot_messages(control, city.moderator_a))
    link = re.search(r"https?://\S+/console/login/\S+", answer["text"]).group(0)  # type: ignore[union-attr]

    browser = await Browser.start(tmp_path / "chromium-profile")
    try:
        await browser.get(link)
        assert browser.url.endswith("/console/") and "대시보드" in await browser.text("h1")

        await browser.click_link("민원 목록")
        assert "중앙공원" in await browser.text("table.list")
        await browser.choose("select[name=category]", "streetlight")
        await browser.click("#apply-filters")
        assert "category=streetlight" in browser.url
        listed = await browser.text("table.list")
        assert "과천역 3번 출구" in listed and "중앙공원" not in listed

        await browser.click_link("#1")
        assert STREETLIGHT in await browser.text("#complaint-text")
        await browser.fill("#action-resolve textarea[name=note]", "가로등을 교체했습니다")
        await browser.click("#action-resolve button")
        assert "#1: 완료" in await browser.text(".flash")
        assert "완료" in await browser.text("#timeline")
    finally:
        await browser.quit()

    async def announced() -> list[dict]:
        return [m for m in await bot_messages(control, city.room_a)
                if m.get("reply_to_message_id") == city.posted["light"]["message_id"] and "완료" in (m.get("text") or "")]

    [announcement] = await eventually(announced)
    assert announcement["text"].startswith("📣 민원 #1 — 완료\n가로등을 교체했습니다")
    after = await eventually(lambda: _when(board, lambda b: "과천역 3번 출구" not in b["text"] and "중앙공원" in b["text"]))
    assert after["message_id"] == before["message_id"]  # the same pinned board, edited


async def _when(probe, condition):  # type: ignore[no-untyped-def]
    value = await probe()
    return value if value is not None and condition(value) else None
