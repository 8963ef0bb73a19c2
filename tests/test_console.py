"""The staff console over HTTP against the real bot in the sandbox: login by the bot's one-time link, sessions,
CSRF, escaping, and each role trying what it must not — every change announced in the room like a command's."""

from __future__ import annotations

import re
from datetime import timedelta

import aiohttp
import pytest
from sqlalchemy import select, update

from bot.sandbox.files import picture
from moderation.pseudonym import pseudonym
from storage import rooms
from storage.models import ComplaintEvent, ConsoleLoginToken, ConsoleSession, utcnow
from tests.conftest import bot_messages, eventually
from tests.console_helpers import BENCH, POTHOLE, SIX, STREETLIGHT, City, build_city

LINK = re.compile(r"https?://\S+/console/login/\S+")


@pytest.fixture
async def city(control, bot_factory, desks) -> City:  # type: ignore[no-untyped-def]
    made = await build_city(control, bot_factory, desks)
    await made.file("light", made.room_a, STREETLIGHT)
    await made.file("bench", made.room_a, BENCH)
    await made.file("pothole", made.room_b, POTHOLE)
    return made


async def replies_under(city: City, chat_id: int, posted: dict, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(city.control, chat_id)
            if m.get("reply_to_message_id") == posted["message_id"] and fragment in (m.get("text") or "")]


async def private_messages(city: City, user_id: int) -> list[dict]:
    """What the bot said in someone's private chat (none yet: the chat does not exist)."""
    chats = {chat["id"] for chat in await city.control.chats()}
    return await bot_messages(city.control, user_id) if user_id in chats else []


async def link_from_bot(city: City, user_id: int) -> str:
    """Send /console in the private chat and return the link the bot answers with."""
    before = len(await private_messages(city, user_id))
    await city.control.private(user_id, "/console")

    async def answered() -> list[dict]:
        return (await private_messages(city, user_id))[before:]

    [answer] = await eventually(answered)
    found = LINK.search(answer["text"])
    assert found, answer["text"]
    return found.group(0)


# -- login, sessions, the visitor ------------------------------------------------------------


async def test_a_staffer_logs_in_with_the_link_the_bot_sends_and_the_link_works_once(city: City) -> None:
    link = await link_from_bot(city, city.moderator_a)
    assert link.startswith(f"{city.url}/console/login/")
    assert str(city.moderator_a) not in link  # the person is inside, encrypted
    first = city.visitor()
    async with first.http.head(link) as peek:  # a link checker's HEAD does not spend it
        assert peek.status == 200 and "Set-Cookie" not in peek.headers
    response = await first.open(link, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/console/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age=" in cookie and "Path=/console/" in cookie
    assert "Secure" not in cookie  # plain http here; see the https test
    status, page = await first.get("/console/")
    assert status == 200 and "대시보드" in page
    # the same link again, from anywhere: refused, no session
    second = city.visitor()
    status, page = await second.get(link.removeprefix(city.url))
    assert status == 403 and "만료" in page
    assert (await second.get("/console/complaints"))[0] == 401
    # nothing at rest names the person: the token and the session are hashes
    async with city.runtime.db.session() as session:
        tokens = list((await session.exec(select(ConsoleLoginToken))).scalars())
        sessions = list((await session.exec(select(ConsoleSession))).scalars())
    assert len(tokens) == 1 and tokens[0].used_at is not None and len(sessions) == 1
    for row in (*tokens, *sessions):
        assert str(city.moderator_a) not in repr(row.model_dump())
    await first.close()
    await second.close()


async def test_a_forged_altered_or_expired_link_opens_nothing(city: City) -> None:
    visitor = city.visitor()
    link = await city.runtime.console.login_link(city.moderator_a)
    token = link.rsplit("/", 1)[1]
    altered = token[:30] + ("A" if token[30] != "A" else "B") + token[31:]
    for bad in (altered, "gAAAAA" + "x" * 100, "..%2f..%2fetc", token + "x"):
        status, _ = await visitor.get(f"/console/login/{bad}")
        assert status in (403, 404), bad
    async with city.runtime.db.session() as session:  # the link's time is up
        await session.exec(update(ConsoleLoginToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    status, page = await visitor.get(f"/console/login/{token}")
    assert status == 403 and visitor.cookie() is None
    assert (await visitor.get("/console/"))[0] == 401
    await visitor.close()


async def test_without_a_session_every_console_route_answers_401_and_shows_no_data(city: City) -> None:
    light, pothole = city.ids["light"], city.ids["pothole"]
    room_a = await city.room_id(city.room_a)
    visitor = city.visitor()
    for path in (
        "/console/",
        "/console/complaints",
        "/console/complaints?state=open",
        "/console/complaints.csv",
        "/console/complaints.xlsx",
        f"/console/complaints/{light}",
        f"/console/complaints/{pothole}/photos/0",
        "/console/overdue",
        "/console/stats",
        "/console/rooms",
        f"/console/rooms/{room_a}",
        "/console/nowhere",
    ):
        status, body = await visitor.get(path)
        assert status == 401, path
        assert "가로등" not in body and "포트홀" not in body and "과천시 소통방" not in body, path
    for path, form in ((f"/console/complaints/{light}/actions", {"action": "resolve", "note": "x"}),
                       (f"/console/rooms/{room_a}/settings", {"rules_ko": "해킹"}), ("/console/logout", {})):
        status, _ = await visitor.post(path, {**form, "csrf": "guess"})
        assert status == 401, path
    # a cookie made up, or one from another server's key, is no session either
    visitor.http.cookie_jar.update_cookies({"sotong_console": "gAAAAABmadeup"}, response_url=aiohttp.client.URL(city.url + "/console/"))
    assert (await visitor.get("/console/"))[0] == 401
    assert (await city.complaint("light")).status == "received"
    assert await replies_under(city, city.room_a, city.posted["light"], "완료") == []
    await visitor.close()


async def test_logging_out_ends_the_session_and_every_copy_of_its_cookie(city: City) -> None:
    visitor = await city.signed_in(city.moderator_a)
    copy = city.visitor()
    copy.http.cookie_jar.update_cookies({"sotong_console": visitor.cookie()}, response_url=aiohttp.client.URL(city.url + "/console/"))
    assert (await copy.get("/console/complaints"))[0] == 200
    await visitor.get("/console/")
    status, page = await visitor.post("/console/logout", {})
    assert status == 200 and "로그아웃했습니다" in page
    assert (await visitor.get("/console/complaints"))[0] == 401
    assert (await copy.get("/console/complaints"))[0] == 401  # the copy taken before logout is dead too
    await visitor.close()
    await copy.close()


async def test_a_session_ends_when_its_time_is_up(city: City) -> None:
    visitor = await city.signed_in(city.moderator_a)
    assert (await visitor.get("/console/"))[0] == 200
    async with city.runtime.db.session() as session:
        await session.exec(update(ConsoleSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert (await visitor.get("/console/"))[0] == 401
    await visitor.close()


async def test_console_command_answers_with_a_link_only_in_private_and_only_to_someone_with_a_role(city: City) -> None:
    asked = await city.control.post(city.room_a, city.moderator_a, "/console")
    [answer] = await eventually(lambda: replies_under(city, city.room_a, asked, "1:1"))
    assert "/console" in answer["text"] and "login" not in answer["text"]
    await city.control.private(city.resident, "/console")
    [refusal] = await eventually(lambda: private_messages(city, city.resident))
    assert "방 관리자" in refusal["text"] and "/console/login/" not in refusal["text"]
    async with city.runtime.db.session() as session:
        assert list((await session.exec(select(ConsoleLoginToken))).scalars()) == []  # nothing issued for them
    for user_id in (city.moderator_a, city.staff, city.desks["도로과"].staffer):
        assert (await link_from_bot(city, user_id)).startswith(city.url)


async def test_security_headers_and_escaping_of_what_residents_wrote(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks, room_title="<b>과천</b> 소통방")
    await city.file(
        "evil", city.room_a, "문원동 골목 쓰레기 무단투기 <script>alert('x')</script> <img src=x onerror=alert(1)> 냄새가 심해요"
    )
    visitor = await city.signed_in(city.moderator_a)
    for path in (
        "/console/complaints",
        f"/console/complaints/{city.ids['evil']}",
        "/console/",
        f"/console/rooms/{await city.room_id(city.room_a)}",
    ):
        response = await visitor.open(city.url + path)
        body = (await response.read()).decode()
        assert response.status == 200, path
        assert "<script>alert" not in body and "<img src=x" not in body and "<b>과천</b>" not in body, path
        headers = response.headers
        assert "script-src" not in headers["Content-Security-Policy"] and "default-src 'none'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer" and headers["Cache-Control"] == "no-store"
        assert "<script" not in body  # no script at all, inline or not
    status, detail = await visitor.get(f"/console/complaints/{city.ids['evil']}")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in detail and "&lt;img src=x onerror=alert(1)&gt;" in detail
    await visitor.close()


async def test_behind_https_the_cookie_is_secure(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks, web={"public_url": "https://sotong.example.go.kr"})
    link = await city.runtime.console.login_link(city.moderator_a)
    assert link.startswith("https://sotong.example.go.kr/console/login/")
    token = link.rsplit("/", 1)[1]
    async with aiohttp.ClientSession() as http:
        bound = f"http://{city.runtime.web._runner.addresses[0][0]}:{city.runtime.web._runner.addresses[0][1]}"  # type: ignore[union-attr]
        async with http.get(f"{bound}/console/login/{token}", allow_redirects=False) as response:
            assert response.status == 303
            assert "Secure" in response.headers["Set-Cookie"] and "HttpOnly" in response.headers["Set-Cookie"]
            assert response.headers["Strict-Transport-Security"].startswith("max-age=")


async def test_no_redirect_leaves_the_console(city: City) -> None:
    for evil in ("https://evil.example/", "//evil.example/console/", "/\\evil.example"):
        visitor = city.visitor()
        link = await city.runtime.console.login_link(city.moderator_a)
        response = await visitor.http.get(link, params={"next": evil}, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/console/", evil
        response = await visitor.http.get(f"{city.url}/console/language/en", params={"next": evil}, allow_redirects=False)
        assert response.headers["Location"] == "/console/"
        await visitor.close()
    visitor = city.visitor()
    link = await city.runtime.console.login_link(city.moderator_a)
    response = await visitor.http.get(link, params={"next": f"/console/complaints/{city.ids['light']}"}, allow_redirects=False)
    assert response.headers["Location"] == f"/console/complaints/{city.ids['light']}"
    await visitor.close()


# -- CSRF ------------------------------------------------------------------------------------


async def test_a_change_without_the_sessions_csrf_token_changes_nothing(city: City) -> None:
    moderator = await city.signed_in(city.moderator_a)
    other = await city.signed_in(city.staff)
    await other.get("/console/")
    path = f"/console/complaints/{city.ids['light']}/actions"
    for form in (
        {"action": "resolve"},
        {"action": "resolve", "csrf": ""},
        {"action": "resolve", "csrf": other.csrf},
        {"action": "resolve", "csrf": "x" * 43},
    ):
        status, page = await moderator.post(path, form, csrf=False)
        assert status == 403 and "확인할 수 없습니다" in page, form
    room_a = await city.room_id(city.room_a)
    status, _ = await moderator.post(f"/console/rooms/{room_a}/settings", {"rules_ko": "바뀐 규칙"}, csrf=False)
    assert status == 403
    assert (await city.complaint("light")).status == "received"
    async with city.runtime.db.session() as session:
        assert (await rooms.get(session, room_a)).rules_ko is None  # type: ignore[union-attr]
    await moderator.close()
    await other.close()


# -- actions go through the commands' door -------------------------------------------------------


async def test_resolving_in_the_console_is_announced_like_the_command_and_the_board_and_card_follow(city: City) -> None:
    moderator = await city.signed_in(city.moderator_a)
    light = city.ids["light"]
    await moderator.get(f"/console/complaints/{light}")
    status, page = await moderator.post(f"/console/complaints/{light}/actions", {"action": "assign", "department": "도로과"})
    assert status == 200 and "#1: 배정" in page
    [assigned] = await eventually(lambda: replies_under(city, city.room_a, city.posted["light"], "배정"))
    assert assigned["text"] == "📣 민원 #1 — 배정\n담당: 도로과"
    status, page = await moderator.post(f"/console/complaints/{light}/actions", {"action": "resolve", "note": "가로등을 교체했습니다"})
    assert status == 200 and "#1: 완료" in page
    [resolved] = await eventually(lambda: replies_under(city, city.room_a, city.posted["light"], "완료"))
    assert resolved["text"] == "📣 민원 #1 — 완료\n가로등을 교체했습니다\n담당: 도로과"

    async def board_without_light() -> dict | None:
        pinned = (await city.control.chat(city.room_a))["pinned_message_id"]
        for message in await bot_messages(city.control, city.room_a):
            if message["message_id"] == pinned and "중앙공원" in (message.get("text") or "") and "과천역" not in message["text"]:
                return message
        return None

    await eventually(board_without_light)

    async def card_resolved() -> list[dict]:
        return [
            m
            for m in await bot_messages(city.control, city.desks["도로과"].chat_id)
            if "#1" in (m.get("text") or "") and "완료" in m["text"]
        ]

    await eventually(card_resolved)
    async with city.runtime.db.session() as session:
        events = list(
            (await session.exec(select(ComplaintEvent).where(ComplaintEvent.complaint_id == light).order_by(ComplaintEvent.id))).scalars()
        )
    actor = pseudonym("test-secret", city.room_a, city.moderator_a)
    assert [(e.status, e.source, e.actor) for e in events[1:]] == [("assigned", "console", actor), ("resolved", "console", actor)]
    status, page = await moderator.get(f"/console/complaints/{light}")
    assert "웹 콘솔" in page and "가로등을 교체했습니다" in page  # the timeline
    await moderator.close()


async def test_a_change_the_lifecycle_refuses_is_explained_and_changes_nothing(city: City) -> None:
    moderator = await city.signed_in(city.moderator_a)
    await moderator.get("/console/")
    bench = city.ids["bench"]
    status, page = await moderator.post(f"/console/complaints/{bench}/actions", {"action": "reopen", "note": ""})
    assert status == 200 and "바꾸지 못했습니다" in page and "아직 열려 있는 민원입니다" in page
    status, page = await moderator.post(f"/console/complaints/{bench}/actions", {"action": "reject", "note": ""})
    assert "사유를 적어 주세요" in page
    status, page = await moderator.post(f"/console/complaints/{bench}/actions", {"action": "explode"})
    assert "알 수 없는 처리" in page
    status, page = await moderator.post(f"/console/complaints/{bench}/actions", {"action": "progress", "note": "x" * 1001})
    assert "1,000자" in page
    assert (await city.complaint("bench")).status == "received"
    assert await replies_under(city, city.room_a, city.posted["bench"], "📣") == []
    await moderator.close()


async def test_staff_merge_a_duplicate_and_the_room_hears_it(city: City) -> None:
    await city.file("again", city.room_a, "과천시청 앞 인도 보도블럭이 깨져서 걸려 넘어질 뻔했어요")
    staff = await city.signed_in(city.staff)
    await staff.get("/console/")
    status, page = await staff.post(f"/console/complaints/{city.ids['again']}/actions", {"action": "merge", "into": "#2"})
    assert status == 200 and "#3을 #2의 중복으로 합쳤습니다" in page
    await eventually(lambda: replies_under(city, city.room_a, city.posted["again"], "중복"))
    status, page = await staff.post(f"/console/complaints/{city.ids['light']}/actions", {"action": "merge", "into": "99"})
    assert "없는 번호" in page
    await staff.close()


# -- each role tries what it must not -----------------------------------------------------------


async def test_a_room_moderator_cannot_see_or_touch_another_room(city: City) -> None:
    moderator = await city.signed_in(city.moderator_a)
    room_b = await city.room_id(city.room_b)
    status, listing = await moderator.get("/console/complaints")
    assert status == 200 and "가로등" in listing and "벤치" in listing and "포트홀" not in listing and "별양동 주민방" not in listing
    pothole = city.ids["pothole"]
    for path in (f"/console/complaints/{pothole}", f"/console/rooms/{room_b}", f"/console/complaints/{pothole}/photos/0"):
        status, body = await moderator.get(path)
        assert status == 403 and "포트홀" not in body, path
    await moderator.get("/console/")
    status, _ = await moderator.post(f"/console/complaints/{pothole}/actions", {"action": "resolve", "note": "남의 방"})
    assert status == 403
    status, _ = await moderator.post(f"/console/rooms/{room_b}/settings", {"rules_ko": "남의 방 규칙"})
    assert status == 403
    for export in ("/console/complaints.csv", f"/console/complaints.csv?room={room_b}"):
        status, csv_text = await moderator.get(export)
        assert status == 200 and "포트홀" not in csv_text
    status, stats_page = await moderator.get(f"/console/stats?room={room_b}")
    assert "별양동 주민방" not in stats_page
    assert (await city.complaint("pothole")).status == "received"
    assert await replies_under(city, city.room_b, city.posted["pothole"], "📣") == []
    async with city.runtime.db.session() as session:
        assert (await rooms.get(session, room_b)).rules_ko is None  # type: ignore[union-attr]
    await moderator.close()


async def test_a_department_staffer_acts_only_on_its_complaints_and_may_hand_them_on(city: City) -> None:
    roads = await city.signed_in(city.desks["도로과"].staffer)
    room_a = await city.room_id(city.room_a)
    status, listing = await roads.get("/console/complaints")
    assert "가로등" in listing and "포트홀" in listing and "벤치" not in listing
    bench = city.ids["bench"]
    assert (await roads.get(f"/console/complaints/{bench}"))[0] == 403
    for path in (f"/console/rooms/{room_a}", "/console/rooms"):
        status, body = await roads.get(path)
        assert (path, status) in ((f"/console/rooms/{room_a}", 403), ("/console/rooms", 200)) and "과천시 소통방" not in body
    await roads.get("/console/")
    assert (await roads.post(f"/console/complaints/{bench}/actions", {"action": "resolve"}))[0] == 403
    assert (await roads.post(f"/console/rooms/{room_a}/settings", {"rules_ko": "부서가 바꾼 규칙"}))[0] == 403
    light = city.ids["light"]
    for nowhere in ("수도과", "@kim"):  # only to a configured department, never to a person
        status, _ = await roads.post(f"/console/complaints/{light}/actions", {"action": "assign", "department": nowhere})
        assert status == 403, nowhere
    assert (await city.complaint("light")).status == "received"
    status, page = await roads.post(f"/console/complaints/{light}/actions", {"action": "assign", "department": "공원녹지과"})
    assert status == 200 and "#1: 배정" in page and "민원 목록" in page  # back to the list: the complaint is no longer theirs
    await eventually(lambda: replies_under(city, city.room_a, city.posted["light"], "담당: 공원녹지과"))
    assert (await roads.get(f"/console/complaints/{light}"))[0] == 403  # handed on: no longer theirs
    assert (await roads.post(f"/console/complaints/{light}/actions", {"action": "resolve"}))[0] == 403
    assert (await city.complaint("bench")).status == "received"
    await roads.close()


async def test_a_resident_with_a_session_but_no_role_sees_and_does_nothing(city: City) -> None:
    resident = await city.signed_in(city.resident)
    for path in (
        "/console/",
        "/console/complaints",
        "/console/complaints.csv",
        f"/console/complaints/{city.ids['light']}",
        "/console/stats",
        "/console/overdue",
        f"/console/rooms/{await city.room_id(city.room_a)}",
    ):
        status, body = await resident.get(path)
        assert status == 403 and "가로등" not in body and "포트홀" not in body, path
    status, _ = await resident.post(f"/console/complaints/{city.ids['light']}/actions", {"action": "resolve"})
    assert status == 403
    assert (await city.complaint("light")).status == "received"
    await resident.close()


async def test_staff_see_and_act_everywhere(city: City) -> None:
    staff = await city.signed_in(city.staff)
    status, listing = await staff.get("/console/complaints")
    assert all(word in listing for word in ("가로등", "벤치", "포트홀"))
    room_b = await city.room_id(city.room_b)
    assert (await staff.get(f"/console/rooms/{room_b}"))[0] == 200
    status, page = await staff.post(f"/console/complaints/{city.ids['pothole']}/actions", {"action": "reject", "note": "사유지입니다"})
    assert "#1: 반려" in page
    await eventually(lambda: replies_under(city, city.room_b, city.posted["pothole"], "반려"))
    await staff.close()


# -- the other pages -----------------------------------------------------------------------------


async def test_the_list_filters_sorts_and_pages(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks, console={"page_size": 5})
    for i, body in enumerate(SIX, start=1):
        await city.file(f"c{i}", city.room_a, body)
    staff = await city.signed_in(city.staff)
    status, first = await staff.get("/console/complaints?sort=number&order=asc")
    assert "1 / 2쪽" in first and "#1</a>" in first and "#6</a>" not in first
    status, second = await staff.get("/console/complaints?sort=number&order=asc&page=2")
    assert "2 / 2쪽" in second and "#6</a>" in second and "#1</a>" not in second
    status, found = await staff.get("/console/complaints?q=문원동")
    assert "1건" in found and "문원동" in found and "별양동 사거리" not in found
    status, parks = await staff.get("/console/complaints?category=parks")
    assert "1건" in parks and "그네" in parks and "포트홀" not in parks
    status, odd = await staff.get("/console/complaints?state=nonsense&room=abc")
    assert status == 200 and "알 수 없는 조건은 빼고" in odd and "6건" in odd
    await staff.close()


async def test_overdue_and_statistics_pages(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks)
    await city.file("light", city.room_a, STREETLIGHT)
    async with city.runtime.db.session() as session:  # its first-response promise has passed
        from storage.models import ComplaintDeadline

        await session.exec(
            update(ComplaintDeadline).where(ComplaintDeadline.stage == "first_response").values(deadline_at=utcnow() - timedelta(minutes=5))
        )
    staff = await city.signed_in(city.staff)
    status, page = await staff.get("/console/overdue")
    assert status == 200 and "도로과" in page and "첫 응답" in page and "지남" in page
    status, page = await staff.get("/console/complaints?overdue=1")
    assert "1건" in page
    status, page = await staff.get("/console/")
    assert 'class="tile alert"' in page
    status, page = await staff.get("/console/stats")
    assert status == 200 and page.count("<svg") >= 4 and "가로등" in page and "미배정" in page
    await staff.close()


async def test_a_moderator_edits_the_rooms_rules_and_the_room_reads_them(city: City) -> None:
    moderator = await city.signed_in(city.moderator_a)
    room_a = await city.room_id(city.room_a)
    await moderator.get(f"/console/rooms/{room_a}")
    status, page = await moderator.post(
        f"/console/rooms/{room_a}/settings", {"rules_ko": "1. 서로 존중해 주세요 <b>꼭</b>", "greeting_ko": "어서 오세요!"}
    )
    assert status == 200 and "저장했습니다" in page and "&lt;b&gt;꼭&lt;/b&gt;" in page
    asked = await city.control.post(city.room_a, city.resident, "/rules")
    await eventually(lambda: replies_under(city, city.room_a, asked, "서로 존중해 주세요 <b>꼭</b>"))
    status, page = await moderator.post(f"/console/rooms/{room_a}/settings", {"rules_ko": "x" * 3001})
    assert "3,000자" in page
    await moderator.close()


async def test_the_public_board_is_off_by_default_and_shows_no_personal_data(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    off = await build_city(control, bot_factory, desks)
    async with aiohttp.ClientSession() as http, http.get(f"{off.url}/board/1") as response:
        assert response.status == 404
    await off.runtime.stop()


async def test_a_room_switches_its_public_board_on(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks, console={"public_page": True})
    await city.file("light", city.room_a, STREETLIGHT)
    room_a = await city.room_id(city.room_a)
    async with aiohttp.ClientSession() as http, http.get(f"{city.url}/board/{room_a}") as response:
        assert response.status == 404  # the room has not switched it on
    moderator = await city.signed_in(city.moderator_a)
    await moderator.get(f"/console/rooms/{room_a}")
    status, page = await moderator.post(f"/console/rooms/{room_a}/settings", {"public": "1"})
    assert "저장했습니다" in page and f"/board/{room_a}" in page
    async with aiohttp.ClientSession() as http, http.get(f"{city.url}/board/{room_a}") as response:
        board = await response.text()
        assert response.status == 200 and response.headers["X-Frame-Options"] == "DENY"
    assert "#1" in board and "과천역 3번 출구" in board and "가로등" in board
    assert STREETLIGHT not in board and "주민-" not in board and "로그아웃" not in board  # no text, no pseudonym, no console
    await moderator.close()


async def test_photos_come_through_the_console_without_the_bots_token(city: City) -> None:
    await city.file("photo", city.room_a, caption="부림동 학교 앞 보도블럭이 깨져 있어요 위험해요", photo=True)
    moderator = await city.signed_in(city.moderator_a)
    status, page = await moderator.get(f"/console/complaints/{city.ids['photo']}")
    assert f"/console/complaints/{city.ids['photo']}/photos/0" in page and "test-token" not in page and "/file/bot" not in page
    response = await moderator.open(f"{city.url}/console/complaints/{city.ids['photo']}/photos/0")
    assert response.status == 200 and response.content_type == "image/png"
    photo = await city.complaint("photo")
    assert await response.read() == picture(__import__("json").loads(photo.photo_file_ids)[0])
    assert (await moderator.get(f"/console/complaints/{city.ids['photo']}/photos/5"))[0] == 404
    await moderator.close()


async def test_english_on_request(city: City) -> None:
    visitor = await city.signed_in(city.moderator_a)
    response = await visitor.http.get(f"{city.url}/console/language/en", params={"next": "/console/complaints"})
    page = await response.text()
    assert "Complaints" in page and "Download CSV" in page and 'lang="en"' in page
    await visitor.close()


async def test_the_console_is_served_in_webhook_mode_too(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    city = await build_city(
        control, bot_factory, desks,
        telegram={"mode": "webhook"},
        webhook={"listen": "127.0.0.1", "port": port, "path": "/tg", "public_url": base, "secret_token": "right-secret"},
    )
    await city.file("light", city.room_a, STREETLIGHT)  # updates arrive by webhook
    link = await link_from_bot(city, city.moderator_a)
    assert link.startswith(f"{base}/console/login/")
    visitor = city.visitor()
    assert (await visitor.get("/console/complaints"))[0] == 401
    await visitor.open(link)
    status, page = await visitor.get("/console/complaints")
    assert status == 200 and "과천역 3번 출구" in page
    await visitor.close()


async def test_switched_off_there_is_no_console_and_the_command_says_so(control, bot_factory, desks) -> None:  # type: ignore[no-untyped-def]
    city = await build_city(control, bot_factory, desks, console={"enabled": False})
    async with aiohttp.ClientSession() as http, http.get(f"{city.url}/console/") as response:
        assert response.status == 404
    await city.control.private(city.moderator_a, "/console")
    [answer] = await eventually(lambda: private_messages(city, city.moderator_a))
    assert "켜져 있지 않습니다" in answer["text"]
