"""The bot's web server answers in polling mode too, where the console and Open311 will live."""

from __future__ import annotations

import aiohttp


async def test_a_polling_bot_serves_healthz_on_its_web_server(bot_factory) -> None:  # type: ignore[no-untyped-def]
    runtime = await bot_factory().start()
    assert runtime.web.url is not None and runtime.web.url.startswith("http://127.0.0.1:")
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{runtime.web.url}/healthz") as response:
            assert response.status == 200
            assert (await response.json())["database"] is True
        async with http.post(f"{runtime.web.url}/telegram", json={"update_id": 1}) as response:
            assert response.status in (404, 405)  # polling mode takes no webhook updates


async def test_a_polling_bot_with_the_web_server_off_serves_nothing(bot_factory) -> None:  # type: ignore[no-untyped-def]
    runtime = await bot_factory(web={"enabled": False}).start()
    assert runtime.web.url is None


async def test_public_url_is_what_links_use(bot_factory) -> None:  # type: ignore[no-untyped-def]
    runtime = await bot_factory(web={"public_url": "https://sotong.example.go.kr/"}).start()
    assert runtime.web.url == "https://sotong.example.go.kr"
