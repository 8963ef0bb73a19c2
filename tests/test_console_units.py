"""The console's pure parts: who may do what, login tokens, local redirects, the query's filters, charts."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, UTC

from multidict import MultiDict

from bot.config import settings_from_mapping
from bot.console import charts, figures
from bot.console.access import Action, Routing, Staffer, may, may_hand_to
from bot.console.filters import parse, query_of
from bot.console.keys import Keys
from bot.console.render import safe_next
from storage.models import Complaint, Room

ROUTING = Routing(names=frozenset({"도로과", "공원녹지과"}), by_category={"streetlight": "도로과", "parks": "공원녹지과"})
ROOM_A, ROOM_B = Room(id=1, chat_id=-1001), Room(id=2, chat_id=-1002)


def complaint(room_id: int = 1, category: str = "streetlight", department: str | None = None) -> Complaint:
    return Complaint(id=9, room_id=room_id, number=1, kind="complaint", category=category, text="t", reporter="r", department=department)


EVERY_ACTION = list(Action)
CHANGES = [Action.ASSIGN, Action.PROGRESS, Action.RESOLVE, Action.REJECT, Action.REOPEN, Action.MERGE]


def test_staff_may_do_everything_everywhere() -> None:
    staff = Staffer(1, staff=True, routing=ROUTING)
    assert all(may(staff, action, target) for action in EVERY_ACTION for target in (ROOM_A, ROOM_B, complaint(2, "waste")))
    assert may_hand_to(staff, complaint(2), "수도과")


def test_a_moderator_acts_in_their_room_and_nowhere_else() -> None:
    moderator = Staffer(2, room_ids=frozenset({1}), routing=ROUTING)
    assert all(may(moderator, action, complaint(1, "waste")) for action in CHANGES + [Action.VIEW])
    assert all(may(moderator, action, ROOM_A) for action in (Action.VIEW, Action.MODLOG, Action.SETTINGS))
    # the other room: not its complaints (even those routed nowhere), not its log, not its settings
    assert not any(may(moderator, action, complaint(2, "waste")) for action in EVERY_ACTION)
    assert not any(may(moderator, action, ROOM_B) for action in EVERY_ACTION)
    assert may_hand_to(moderator, complaint(1), "수도과")  # as /assign: any department name
    assert not may_hand_to(moderator, complaint(2), "도로과")
    assert not may_hand_to(moderator, complaint(1), "@kim")  # a person is never a department


def test_a_departments_staffer_acts_only_on_its_complaints() -> None:
    roads = Staffer(3, departments=frozenset({"도로과"}), routing=ROUTING)
    for mine in (complaint(1, "streetlight"), complaint(2, "streetlight"), complaint(2, "parks", department="도로과")):
        assert all(may(roads, action, mine) for action in CHANGES + [Action.VIEW])
    for theirs in (complaint(1, "parks"), complaint(1, "streetlight", department="공원녹지과"), complaint(1, "waste"),
                   complaint(1, "streetlight", department="수도과")):  # assigned to a department that is not configured
        assert not any(may(roads, action, theirs) for action in EVERY_ACTION), theirs
    assert not any(may(roads, action, room) for action in EVERY_ACTION for room in (ROOM_A, ROOM_B))  # no room's log or settings
    assert may_hand_to(roads, complaint(1), "공원녹지과")  # hand it on to another department
    assert not may_hand_to(roads, complaint(1), "수도과")  # but only to a configured one
    assert not may_hand_to(roads, complaint(1, "parks"), "도로과")  # and only what is theirs


def test_someone_without_a_role_may_do_nothing() -> None:
    nobody = Staffer(4, routing=ROUTING)
    assert not nobody.has_role
    assert not any(may(nobody, action, target) for action in EVERY_ACTION for target in (ROOM_A, complaint(1), complaint(1, "parks")))
    assert not may_hand_to(nobody, complaint(1), "도로과")


def _keys(**console: object) -> Keys:
    return Keys(settings_from_mapping({"telegram": {"token": "1:x"}, "privacy": {"pseudonym_secret": "s"}, "console": console}))


def test_a_login_token_carries_its_person_unforgeably_and_briefly() -> None:
    keys = _keys(login_minutes=10)
    token = keys.login_token(123456789)
    assert "123456789" not in token  # encrypted, not only signed
    assert keys.read_login(token) == 123456789
    assert keys.read_login(token, at=time.time() + 9 * 60) == 123456789
    assert keys.read_login(token, at=time.time() + 11 * 60) is None  # expired
    flipped = token[:40] + ("A" if token[40] != "A" else "B") + token[41:]
    assert keys.read_login(flipped) is None
    assert _keys(session_key="another-key-another-key-another-key").read_login(token) is None
    assert keys.read_login("") is None and keys.read_login("x" * 2000) is None and keys.read_login("가나다") is None


def test_the_session_key_can_come_from_the_environment(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.config import load_settings

    path = tmp_path / "config.toml"
    path.write_text('[telegram]\ntoken = "1:x"\n[privacy]\npseudonym_secret = "s"\n', encoding="utf-8")
    settings = load_settings(path, environ={"SOTONG_CONSOLE__SESSION_KEY": "k" * 40})
    assert settings.console.session_key == "k" * 40


def test_redirects_stay_on_local_console_pages() -> None:
    for evil in ("https://evil.example/console/", "//evil.example/console/", "/\\evil.example", "javascript:alert(1)",
                 "/console/../../etc", "http:/console/", "/console//evil.example", "/other", "", None, "/console/\r\nSet-Cookie: x=1"):
        assert safe_next(evil) == "/console/", evil
    assert safe_next("/console/complaints?state=open") == "/console/complaints?state=open"
    assert safe_next("/board/3") == "/board/3"


def test_filters_are_read_strictly_and_written_back() -> None:
    filters, page, bad = parse(MultiDict(room="3", state="open", category="parks", department="-", overdue="1", q=" 가로등 ",
                                         **{"from": "2026-11-01", "to": "2026-11-30"}, sort="supporters", order="asc", page="2"))
    assert bad == [] and page == 2
    assert (filters.room_id, filters.status, filters.category, filters.department, filters.overdue, filters.text) == (
        3,
        "open",
        "parks",
        "-",
        True,
        "가로등",
    )
    assert filters.since == datetime(2026, 10, 31, 15, tzinfo=UTC) and filters.until == datetime(2026, 11, 30, 15, tzinfo=UTC)
    again, _, _ = parse(MultiDict(__import__("urllib.parse").parse.parse_qsl(query_of(filters))))
    assert again == filters
    _, page, bad = parse(
        MultiDict(room="x", state="gone", category="<script>", q="x" * 300, **{"from": "yesterday"}, sort="id;drop", page="-1")
    )
    assert sorted(bad) == ["category", "from", "page", "q", "room", "sort", "state"] and page == 1


def test_charts_escape_their_labels() -> None:
    svg = str(charts.bars([("<script>alert(1)</script>", 3)], "a & b"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "a &amp; b" in svg
    assert "<svg" in str(charts.paired_bars([("도로과", 12.5, None)], ("첫 응답", "완료"), "t"))
    trend = str(charts.trend(["11/17", "11/24"], [3, 5], [1, 2], ("접수", "완료"), "t"))
    assert trend.count("<polyline") == 2
    assert charts.bars([], "t") == ""


def test_weeks_are_counted_from_monday_in_korea() -> None:
    now = datetime(2026, 11, 25, 3, tzinfo=UTC)  # Wednesday noon in Korea
    sunday_night = datetime(2026, 11, 22, 14, 30, tzinfo=UTC)  # Sunday 23:30 in Korea: last week
    monday = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)  # Monday 00:30 in Korea: this week
    labels, filed, resolved = figures.weekly([sunday_night, monday, monday], [monday], now)
    assert labels[-1] == "11/23" and labels[-2] == "11/16" and len(labels) == figures.WEEKS
    assert filed[-2:] == [1, 2] and resolved[-1] == 1
    assert figures.weekly([now - timedelta(weeks=20)], [], now)[1] == [0] * figures.WEEKS
