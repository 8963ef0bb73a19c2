"""Open311 GeoReport v2 end to end: a city system reads the room's complaints through an independent
client (the `georeport` package, JSON and XML), files one by POST, and watches its progress."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, UTC

import aiohttp
import pytest
from georeport import GeoReport

from bot.sandbox.client import SandboxControl
from moderation.intake.taxonomy import CATEGORIES
from tests.conftest import Room, bot_messages, eventually
from tests.test_progress_flow import board, file, said, stored

KEY = "test-open311-key-0123456789"
SLUG = "gwacheon"
FIELDS = {  # the spec's service request, without what Sotong never has (lat, long, address_id, zipcode, media_url)
    "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
    "agency_responsible", "requested_datetime", "updated_datetime", "expected_datetime", "address",
}
STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요 밤에 너무 어두워요"
POTHOLE = "별양동 사거리 도로에 포트홀이 생겼어요 위험해요 연락은 010-1234-5678"
BENCH = "중앙공원 벤치가 부서졌어요 앉으면 위험해요"
AD = "재택 알바 모집! 하루 30분 고수익 보장, 추천인 코드 입력하면 5만원 t.me/money_fast"


def open311(room: Room, **extra: object) -> dict:
    return {"open311": {"enabled": True, "api_keys": [KEY], "jurisdictions": {SLUG: room.chat_id}, **extra}}


async def start(bot_factory, room: Room, **sections: dict) -> tuple[object, str]:  # type: ignore[no-untyped-def]
    runtime = await bot_factory(**{**open311(room), **sections}).start()
    return runtime, f"{runtime.web.url}/open311/v2"


def client(base: str, fmt: str) -> GeoReport:
    return GeoReport(base, jurisdiction=SLUG, output_format=fmt)


async def post(base: str, fmt: str = "json", **form: str) -> tuple[int, object]:
    """POST requests.{fmt} as a city system would (form-encoded); the status and the parsed body."""
    async with aiohttp.ClientSession() as http, http.post(f"{base}/requests.{fmt}", data=form) as response:
        return response.status, await parsed(response, fmt)


async def get(base: str, path: str, **query: str) -> tuple[int, object]:
    fmt = "json" if path.endswith(".json") else "xml"
    async with aiohttp.ClientSession() as http, http.get(f"{base}/{path}", params=query) as response:
        return response.status, await parsed(response, fmt)


async def parsed(response: aiohttp.ClientResponse, fmt: str) -> object:
    body = await response.read()
    if fmt == "json":
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
        return await response.json()
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert body.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    return ET.fromstring(body)


def xml_errors(root: ET.Element) -> list[dict]:
    assert root.tag == "errors"
    return [{"code": int(e.findtext("code")), "description": e.findtext("description")} for e in root.findall("error")]  # type: ignore[arg-type]


def report(**extra: str) -> dict:
    return {
        "api_key": KEY,
        "jurisdiction_id": SLUG,
        "service_code": "streetlight",
        "description": STREETLIGHT,
        "address_string": "과천역 3번 출구",
        **extra,
    }


# -- reading: services and requests through the georeport client --------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_the_georeport_client_lists_one_service_per_category(bot_factory, room: Room, fmt: str) -> None:
    _, base = await start(bot_factory, room)
    services = await asyncio.to_thread(client(base, fmt).get_service_list)
    assert [s["service_code"] for s in services] == list(CATEGORIES)
    road = services[0]
    assert road["service_name"] == "도로·보도" and road["group"] == "도로·기반시설"
    assert "포트홀" in road["keywords"] and road["description"]
    # XML carries text: the same values as JSON's booleans
    assert (road["metadata"], road["type"]) == ((False, "realtime") if fmt == "json" else ("false", "realtime"))
    definition = await asyncio.to_thread(client(base, fmt).get_service_definition, "parks")
    assert definition["service_code"] == "parks" and not definition["attributes"]


async def test_discovery_points_at_the_endpoint_in_both_formats(bot_factory, room: Room) -> None:
    _, base = await start(bot_factory, room)
    status, document = await get(base, "discovery.json")
    assert status == 200
    [endpoint] = document["endpoints"]  # type: ignore[index]
    assert endpoint == {
        "specification": "http://wiki.open311.org/GeoReport_v2", "url": base, "changeset": document["changeset"],  # type: ignore[index]
        "type": "production", "formats": ["text/xml", "application/json"],
    }
    assert document["contact"] and document["key_service"]  # type: ignore[index]
    status, root = await get(base, "discovery.xml")
    assert status == 200 and root.tag == "discovery"  # type: ignore[union-attr]
    assert [f.text for f in root.iter("format")] == ["text/xml", "application/json"]  # type: ignore[union-attr]
    assert root.findtext("endpoints/endpoint/url") == base  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_the_georeport_client_reads_the_rooms_complaints_with_the_specs_filters(
    bot_factory, control: SandboxControl, room: Room, desks, fmt: str  # type: ignore[no-untyped-def]
) -> None:
    runtime, base = await start(
        bot_factory, room, departments={"도로과": {"chat_id": desks["도로과"].chat_id, "categories": ["road", "streetlight"]}}
    )
    for body in (STREETLIGHT, POTHOLE, BENCH):
        await file(control, room, body)
    await control.post(room.chat_id, room.moderator, "/resolve 3 벤치를 교체했습니다")
    await eventually(lambda: said(control, room.chat_id, "민원 #3 — 완료"))
    await control.post(room.chat_id, room.moderator, "/assign 2 도로과")
    await eventually(lambda: said(control, room.chat_id, "민원 #2 — 배정"))
    geo = client(base, fmt)

    everything = await asyncio.to_thread(geo.get_service_requests)
    assert [r["service_request_id"] for r in everything] == ["3", "2", "1"]  # newest first
    streetlight, pothole, bench = everything[2], everything[1], everything[0]
    assert set(streetlight) == FIELDS  # nothing about the reporter, no coordinates
    assert streetlight["status"] == "open" and streetlight["status_notes"] == "접수"
    assert (streetlight["service_code"], streetlight["service_name"]) == ("streetlight", "가로등")
    assert streetlight["address"] == "과천역 3번 출구 앞" and streetlight["agency_responsible"] == "도로과"  # routed by category
    assert pothole["description"] == "별양동 사거리 도로에 포트홀이 생겼어요 위험해요 연락은 [전화번호]"  # the redacted text
    assert pothole["status_notes"] == "배정 — 도로과" and pothole["agency_responsible"] == "도로과"
    assert bench["status"] == "closed" and bench["status_notes"] == "완료 — 벤치를 교체했습니다"
    assert bench["agency_responsible"] in (None, "")  # parks goes to no department here (XML: an empty element)
    [row] = [c for c in await stored(runtime) if c.number == 1]
    requested = datetime.fromisoformat(streetlight["requested_datetime"])
    assert requested.utcoffset() == timedelta(hours=9) and abs(requested - row.created_at) < timedelta(seconds=1)
    expected = datetime.fromisoformat(streetlight["expected_datetime"])
    assert expected - requested == timedelta(hours=72)  # the resolution deadline

    closed = await asyncio.to_thread(geo.get_service_requests, status="closed")
    assert _ids(closed) == ["3"]
    assert _ids(await asyncio.to_thread(geo.get_service_requests, status="open")) == ["2", "1"]
    assert _ids(await asyncio.to_thread(geo.get_service_requests, service_code="road,parks")) == ["3", "2"]
    # service_request_id overrides every other argument
    assert _ids(await asyncio.to_thread(geo.get_service_requests, service_request_id="1,3", status="open")) == ["1", "3"]
    now = datetime.now(UTC)
    window = {
        "start_date": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end_date": (now + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    assert _ids(await asyncio.to_thread(geo.get_service_requests, **window)) == ["3", "2", "1"]
    status, found = await get(base, f"requests.{fmt}", service_request_id="2", start_date="whenever", status="pending")
    assert status == 200  # the overridden arguments are not even read
    one = await asyncio.to_thread(geo.get_service_request, "2")
    assert one["service_request_id"] == "2" and one["service_code"] == "road"


def _ids(found: object) -> list[str]:
    """xmltodict gives one <request> as a dict, several as a list."""
    items = found if isinstance(found, list) else [found]
    return [item["service_request_id"] for item in items]  # type: ignore[index]


async def test_an_empty_window_and_a_withdrawn_complaint_show_nothing(bot_factory, control: SandboxControl, room: Room) -> None:
    _, base = await start(bot_factory, room)
    _, ack = await file(control, room, STREETLIGHT)
    old = {"start_date": "2020-01-01T00:00:00+09:00", "end_date": "2020-03-01T00:00:00+09:00"}
    status, found = await get(base, "requests.json", **old)
    assert (status, found) == (200, [])
    status, root = await get(base, "requests.xml", **old)
    assert status == 200 and root.tag == "service_requests" and list(root) == []  # type: ignore[union-attr]
    withdraw = ack["reply_markup"]["inline_keyboard"][0][1]["callback_data"]
    await control.press(room.chat_id, ack["message_id"], room.resident, withdraw)
    await eventually(lambda: said(control, room.chat_id, "접수를 취소했습니다"))
    assert await get(base, "requests.json") == (200, [])
    status, found = await get(base, "requests/1.json")
    assert status == 404


# -- filing: POST through the room's judgment and the anonymous post ------------------------


async def test_a_post_files_into_the_room_and_its_progress_shows_in_get(bot_factory, control: SandboxControl, room: Room) -> None:
    _, base = await start(bot_factory, room)  # the bot has not seen the room yet: it asks Telegram about it
    status, answer = await post(base, **report())
    assert status == 200
    [filed] = answer  # type: ignore[misc]
    assert filed["service_request_id"] == "1" and filed["account_id"] is None and "#1" in filed["service_notice"]

    async def posted() -> list[dict]:
        return [m for m in await bot_messages(control, room.chat_id) if (m.get("text") or "").startswith("🕶 익명 제보")]

    [announcement] = await eventually(posted)
    assert announcement["text"] == f"🕶 익명 제보 — 민원 #1\n분류: 가로등 · 장소: 과천역 3번 출구\n\n{STREETLIGHT}"
    await eventually(lambda: board(control, room, "#1 가로등 · 과천역 3번 출구"))

    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    await eventually(lambda: said(control, room.chat_id, "민원 #1 — 배정"))
    await control.post(room.chat_id, room.moderator, "/progress 1 내일 오전 교체 예정입니다")
    await eventually(lambda: said(control, room.chat_id, "민원 #1 — 처리 중"))
    geo = client(base, "json")
    progressed = await asyncio.to_thread(geo.get_service_request, "1")
    assert (progressed["status"], progressed["status_notes"]) == ("open", "처리 중 — 내일 오전 교체 예정입니다")
    assert progressed["agency_responsible"] == "도로과"
    await control.post(room.chat_id, room.moderator, "/resolve 1 교체했습니다")
    await eventually(lambda: said(control, room.chat_id, "민원 #1 — 완료"))
    resolved = await asyncio.to_thread(client(base, "xml").get_service_request, "1")
    assert (resolved["status"], resolved["status_notes"]) == ("closed", "완료 — 교체했습니다")
    assert resolved["updated_datetime"] >= resolved["requested_datetime"]


async def test_a_post_answers_in_xml_and_a_repeat_joins_the_open_complaint(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime, base = await start(bot_factory, room)
    status, root = await post(base, "xml", **report())
    assert status == 200 and root.tag == "service_requests"  # type: ignore[union-attr]
    assert root.findtext("request/service_request_id") == "1"  # type: ignore[union-attr]
    assert root.find("request/account_id") is not None and root.findtext("request/account_id") in (None, "")  # type: ignore[union-attr]
    # A client retrying the same report (a timeout, say) gets the same id, and nothing is filed twice.
    status, answer = await post(base, **report(description=STREETLIGHT + "!"))
    assert status == 200 and answer[0]["service_request_id"] == "1"  # type: ignore[index]
    assert "이미" in answer[0]["service_notice"]  # type: ignore[index]
    assert len(await stored(runtime)) == 1
    await eventually(lambda: said(control, room.chat_id, "🕶 익명 제보 — 민원 #1"))
    assert len(await said(control, room.chat_id, "🕶 익명 제보")) == 1


async def test_coordinates_are_the_place_when_nothing_else_says_where(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime, base = await start(bot_factory, room)
    form = report(description="가로등이 나갔어요 밤에 너무 어두워요", lat="37.4292", long="126.9876")
    del form["address_string"]
    status, _ = await post(base, **form)
    assert status == 200
    [complaint] = await stored(runtime)
    assert complaint.place == "37.42920, 126.98760" and complaint.source == "open311"


async def test_what_a_post_says_is_redacted_before_the_room_or_the_api_shows_it(bot_factory, control: SandboxControl, room: Room) -> None:
    _, base = await start(bot_factory, room)
    form = report(
        description=STREETLIGHT + " 제 번호 010-1234-5678",
        address_string="과천역 3번 출구\n(관리실 02-123-4567)",
        email="me@example.org",
        phone="010-1234-5678",
        first_name="홍길동",
    )
    assert (await post(base, **form))[0] == 200
    [request] = (await get(base, "requests.json"))[1]  # type: ignore[misc]
    assert request["description"] == STREETLIGHT + " 제 번호 [전화번호]"
    assert request["address"] == "과천역 3번 출구 (관리실 [전화번호])"
    [announcement] = await eventually(lambda: said(control, room.chat_id, "🕶 익명 제보"))
    for secret in ("1234-5678", "123-4567", "example.org", "홍길동"):
        assert secret not in announcement["text"] and secret not in str(request)


async def test_a_rule_breaking_post_is_refused_and_posts_nothing(bot_factory, control: SandboxControl, room: Room) -> None:
    runtime, base = await start(bot_factory, room)
    status, refused = await post(base, **report(service_code="economy", description=AD))
    assert status == 400
    [error] = refused  # type: ignore[misc]
    assert error["code"] == 400 and "상업적 게시물" in error["description"]
    status, refused = await post(base, "xml", **report(description="안녕하세요 다들 좋은 아침이에요 오늘 날씨 좋네요"))
    assert status == 400 and "민원이나 정책 제안으로 보기 어려워" in xml_errors(refused)[0]["description"]  # type: ignore[arg-type]
    # an ad hidden in the place is refused too: the room would read it
    status, _ = await post(base, **report(address_string="고수익 부업 모집 추천인 코드 입력"))
    assert status == 400
    # and a good report after them is #1: nothing was filed, nothing posted before it
    assert (await post(base, **report()))[0] == 200
    await eventually(lambda: said(control, room.chat_id, "🕶 익명 제보 — 민원 #1"))
    assert [c.number for c in await stored(runtime)] == [1]
    assert not await said(control, room.chat_id, "알바")


# -- errors, in the spec's format ------------------------------------------------------------


BAD_POSTS = [
    ({"api_key": ""}, 403, "api_key"),
    ({"api_key": "not-the-key-0123456789"}, 403, "api_key"),
    ({"api_key": KEY * 20}, 403, "api_key"),
    ({"jurisdiction_id": "seoul"}, 404, "jurisdiction_id"),
    ({"service_code": ""}, 400, "service_code"),
    ({"service_code": "potholes"}, 404, "service_code"),
    ({"description": ""}, 400, "description"),
    ({"description": "!!! 😡"}, 400, "description"),
    ({"description": "가" * 4001}, 400, "4000"),
    ({"address_string": "", "lat": "37.4"}, 400, "lat"),
    ({"address_string": "", "lat": "91", "long": "127"}, 400, "lat"),
    ({"address_string": "", "lat": "nan", "long": "127"}, 400, "lat"),
    ({"address_string": ""}, 400, "address_string"),
    ({"address_string": "", "address_id": "545483"}, 400, "address_id"),
    ({"address_string": "과" * 201}, 400, "address_string"),
    ({"media_url": "https://example.org/" + "a" * 2100}, 400, "media_url"),
]


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_bad_posts_get_the_specs_errors_and_file_nothing(bot_factory, room: Room, fmt: str) -> None:
    runtime, base = await start(bot_factory, room, open311={**open311(room)["open311"], "posts_per_minute": 100})
    for change, code, word in BAD_POSTS:
        status, body = await post(base, fmt, **report(**change))
        found = body if fmt == "json" else xml_errors(body)  # type: ignore[arg-type]
        assert (status, [e["code"] for e in found]) == (code, [code]), change  # type: ignore[union-attr]
        assert word in found[0]["description"], (change, found)  # type: ignore[index]
    assert await stored(runtime) == []


async def test_a_post_must_be_form_encoded_utf8_and_small(bot_factory, room: Room) -> None:
    _, base = await start(bot_factory, room)
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{base}/requests.json", json=report()) as response:
            assert response.status == 400 and "x-www-form-urlencoded" in (await response.json())[0]["description"]
        big = "description=" + "a" * (70 * 1024)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        async with http.post(f"{base}/requests.xml", data=big, headers=headers) as response:
            assert response.status == 413 and xml_errors(ET.fromstring(await response.read()))[0]["code"] == 413

        async def chunks():  # type: ignore[no-untyped-def]
            for _ in range(100):
                yield b"a" * 1024

        async with http.post(f"{base}/requests.json", data=chunks(), headers=headers) as response:
            assert response.status == 413  # no Content-Length: counted as it arrives
        async with http.post(f"{base}/requests.json", data=b"api_key=%FF%FE", headers=headers) as response:
            assert response.status == 400 and "UTF-8" in (await response.json())[0]["description"]
        twice = f"api_key={KEY}&api_key={KEY}&service_code=road"
        async with http.post(f"{base}/requests.json", data=twice, headers=headers) as response:
            assert response.status == 400 and "api_key" in (await response.json())[0]["description"]


BAD_GETS = [
    ("requests.{fmt}", {"start_date": "2026-01-01"}, 400, "start_date"),
    ("requests.{fmt}", {"end_date": "yesterday"}, 400, "end_date"),
    ("requests.{fmt}", {"start_date": "2026-01-01T00:00:00 09:00"}, 400, "%2B"),
    ("requests.{fmt}", {"start_date": "2026-02-30T00:00:00Z"}, 400, "start_date"),
    ("requests.{fmt}", {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, 400, "90"),
    ("requests.{fmt}", {"start_date": "2026-06-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"}, 400, "end_date"),
    ("requests.{fmt}", {"service_code": "road,potholes"}, 400, "potholes"),
    ("requests.{fmt}", {"status": "pending"}, 400, "status"),
    ("requests.{fmt}", {"service_request_id": "1,abc"}, 400, "service_request_id"),
    ("requests.{fmt}", {"jurisdiction_id": "seoul"}, 404, "jurisdiction_id"),
    ("services.{fmt}", {"jurisdiction_id": "seoul"}, 404, "jurisdiction_id"),
    ("services/potholes.{fmt}", {}, 404, "service_code"),
    ("requests/99.{fmt}", {}, 404, "99"),
    ("requests/abc.{fmt}", {}, 404, "abc"),
    ("tokens/12.{fmt}", {}, 404, "no such resource"),
    ("services.{fmt}x", {}, 404, "no such resource"),
]


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_bad_queries_get_the_specs_errors(bot_factory, room: Room, fmt: str) -> None:
    _, base = await start(bot_factory, room)
    for path, query, code, word in BAD_GETS:
        status, body = await get(base, path.format(fmt=fmt), **query)
        found = xml_errors(body) if isinstance(body, ET.Element) else body  # a path naming no format gets XML
        assert (status, [e["code"] for e in found]) == (code, [code]), (path, query)  # type: ignore[union-attr]
        assert word in found[0]["description"], (path, query, found)  # type: ignore[index]
    async with aiohttp.ClientSession() as http, http.delete(f"{base}/requests.{fmt}") as response:
        assert response.status == 405
        found = await response.json() if fmt == "json" else xml_errors(ET.fromstring(await response.read()))
        assert found[0]["code"] == 405


async def test_several_rooms_need_a_jurisdiction_id(bot_factory, control: SandboxControl, room: Room) -> None:
    other = await control.create_chat(title="안양시 소통방", type="supergroup", creator_user_id=room.moderator)
    _, base = await start(
        bot_factory, room, open311={**open311(room)["open311"], "jurisdictions": {SLUG: room.chat_id, "anyang": other["id"]}}
    )
    status, found = await get(base, "requests.json")
    assert status == 400 and "jurisdiction_id" in found[0]["description"]  # type: ignore[index]
    status, found = await post(base, **{k: v for k, v in report().items() if k != "jurisdiction_id"})
    assert status == 400 and "jurisdiction_id" in found[0]["description"]  # type: ignore[index]
    assert (await post(base, **report(jurisdiction_id="anyang")))[0] == 200
    await eventually(lambda: said(control, other["id"], "🕶 익명 제보 — 민원 #1"))
    assert await get(base, "requests.json", jurisdiction_id=SLUG) == (200, [])
    status, found = await get(base, "requests.json", jurisdiction_id="ANYANG")
    assert status == 200 and _ids(found) == ["1"]


async def test_posts_are_rate_limited_per_key(bot_factory, room: Room) -> None:
    _, base = await start(bot_factory, room, open311={**open311(room)["open311"], "posts_per_minute": 2})
    chatter = report(description="안녕하세요 다들 좋은 아침이에요 오늘 날씨 좋네요")
    assert (await post(base, **chatter))[0] == 400  # refused posts count too: they cost the judgment
    assert (await post(base, **chatter))[0] == 400
    async with aiohttp.ClientSession() as http, http.post(f"{base}/requests.json", data=report()) as response:
        assert response.status == 429 and int(response.headers["Retry-After"]) >= 1
        assert (await response.json())[0]["code"] == 429
    assert (await post(base, **report(api_key="not-the-key-0123456789")))[0] == 403  # a wrong key is not counted as ours


async def test_the_api_is_off_unless_enabled(bot_factory, room: Room) -> None:
    runtime = await bot_factory().start()
    async with aiohttp.ClientSession() as http, http.get(f"{runtime.web.url}/open311/v2/services.json") as response:
        assert response.status == 404
