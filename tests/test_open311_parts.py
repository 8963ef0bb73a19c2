"""Open311's parts as plain functions: what a request may say, the bodies, keys, services, the judgment."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone, UTC

import pytest

from bot.config import IntakeSettings
from bot.open311 import params
from bot.open311.formats import ApiError, encode, errors
from bot.open311.judgment import judge
from bot.open311.keys import ApiKeys, PostLimiter, reporter
from bot.open311.mapping import CLOSED_STATUSES, OPEN_STATUSES, database_statuses, discovery, w3c
from bot.open311.services import GROUP_LABELS, SERVICE_TEXTS, service_list
from moderation.intake.taxonomy import CATEGORIES, COARSE_OF
from moderation.lifecycle import Status
from moderation.pseudonym import pseudonym
from moderation.rules import RoomRules, RuleId

KST = timezone(timedelta(hours=9))


def refused(call, *args) -> ApiError:  # type: ignore[no-untyped-def]
    with pytest.raises(ApiError) as caught:
        call(*args)
    return caught.value


# -- dates and the window ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010-01-01T00:00:00Z", datetime(2010, 1, 1, tzinfo=UTC)),
        ("2010-01-01T09:00:00+09:00", datetime(2010, 1, 1, tzinfo=UTC)),
        ("1994-11-05T08:15:30-05:00", datetime(1994, 11, 5, 13, 15, 30, tzinfo=UTC)),
        ("2010-01-01T09:00+09:00", datetime(2010, 1, 1, tzinfo=UTC)),  # W3C: seconds may be left out
        ("2010-01-01T00:00:00.123456789Z", datetime(2010, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)),
    ],
)
def test_w3c_date_times_with_a_time_zone_are_read(text: str, expected: datetime) -> None:
    assert params.parse_datetime("start_date", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2010-01-01",
        "2010-01-01T00:00:00",
        "2010-01-01 00:00:00Z",
        "2010-13-01T00:00:00Z",
        "2010-02-30T00:00:00Z",
        "2010-01-01T24:00:00Z",
        "2010-01-01T00:00:00+24:00",
        "٢٠١٠-01-01T00:00:00Z",
        "2010-01-01T00:00:00z",
        "2010-01-01T00:00:00Z\n",
        "x" * 100,
    ],
)
def test_anything_else_is_refused_naming_the_argument(text: str) -> None:
    error = refused(params.parse_datetime, "end_date", text)
    assert error.status == 400 and error.description.startswith("end_date:")


def test_an_unencoded_plus_gets_a_hint() -> None:
    assert "%2B" in refused(params.parse_datetime, "start_date", "2010-01-01T00:00:00 09:00").description


def test_the_window_is_the_last_90_days_by_default_and_never_longer() -> None:
    now = datetime(2026, 12, 5, tzinfo=UTC)
    day = timedelta(days=1)
    assert params.window(None, None, now) == (now - 90 * day, now)
    assert params.window(now - 10 * day, None, now) == (now - 10 * day, now + 80 * day)
    assert params.window(None, now - 10 * day, now) == (now - 100 * day, now - 10 * day)
    assert params.window(now - 90 * day, now, now) == (now - 90 * day, now)
    assert "90" in refused(params.window, now - 91 * day, now, now).description
    assert "end_date" in refused(params.window, now, now - day, now).description


# -- lists ------------------------------------------------------------------------------------------


def test_lists_are_comma_delimited_or_declared_again() -> None:
    assert params.request_numbers(["1,2", "3", " 4 ,"]) == [1, 2, 3, 4]
    assert params.service_codes(["road,parks", "animals"]) == ["road", "parks", "animals"]
    assert params.statuses(["open", "closed"]) == ["open", "closed"]
    assert params.request_numbers([]) == [] and params.statuses([""]) == []


@pytest.mark.parametrize(
    ("call", "values"),
    [
        (params.request_numbers, ["0"]),
        (params.request_numbers, ["1234567890"]),  # past the INTEGER column
        (params.request_numbers, ["-1"]),
        (params.request_numbers, [",".join(["1"] * 1001)]),
        (params.service_codes, ["road,Road"]),
        (params.statuses, ["opened"]),
    ],
)
def test_bad_list_items_are_refused(call, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert refused(call, values).status == 400


def test_a_request_path_id_is_a_number_or_nothing() -> None:
    assert params.request_number("12") == 12
    assert params.request_number("012") is None and params.request_number("1e3") is None
    assert params.request_number("12\n") is None and params.request_number("١٢") is None


# -- the POST form ----------------------------------------------------------------------------------


FORM = "application/x-www-form-urlencoded; charset=utf-8"


def test_the_form_is_read_as_utf8_and_a_field_twice_is_refused() -> None:
    assert params.form(FORM, b"description=%EA%B0%80%EB%A1%9C%EB%93%B1&lat=") == {"description": "가로등", "lat": ""}
    # multi-value attributes are the one field the spec sends several times
    assert params.form(FORM, b"attribute[a][]=1&attribute[a][]=2")["attribute[a][]"] == "2"
    assert "api_key" in refused(params.form, FORM, b"api_key=a&api_key=b").description
    assert "UTF-8" in refused(params.form, FORM, b"description=%C3%28").description
    assert "UTF-8" in refused(params.form, FORM, "description=가".encode("euc-kr")).description
    assert "100" in refused(params.form, FORM, "&".join(f"f{i}=1" for i in range(101)).encode()).description
    assert refused(params.form, "multipart/form-data; boundary=x", b"").status == 400


def test_a_location_is_an_address_or_both_coordinates() -> None:
    assert params.location({"address_string": " 과천역 3번 출구 "}) == params.Location("과천역 3번 출구", None, None)
    assert params.location({"lat": "37.4292", "long": "126.9876"}) == params.Location(None, 37.4292, 126.9876)
    assert params.location({"lat": "-33.8", "long": "+151"}) == params.Location(None, -33.8, 151.0)
    for bad in ({}, {"address_string": ""}, {"lat": "37"}, {"lat": "37", "long": "181"}, {"lat": "inf", "long": "1"},
                {"lat": "1e400", "long": "1"}, {"lat": "북위", "long": "1"}, {"lat": "3_7", "long": "1"}, {"lat": "٣٧", "long": "1"},
                {"address_id": "1"}):
        assert refused(params.location, bad).status == 400, bad


def test_text_fields_are_bounded_and_empty_means_absent() -> None:
    assert params.text_field({"x": ""}, "x", 5) is None and params.text_field({"x": "   "}, "x", 5) is None
    assert params.text_field({"x": "abcde"}, "x", 5) == "abcde"
    assert "5" in refused(params.text_field, {"x": "abcdef"}, "x", 5).description


# -- bodies -----------------------------------------------------------------------------------------


def test_xml_is_the_spark_mapping_of_json_and_drops_what_xml_cannot_carry() -> None:
    document = discovery("http://x/open311/v2", "", "", "test")
    root = ET.fromstring(encode("xml", "discovery", document))
    assert root.findtext("endpoints/endpoint/type") == "test"
    assert [f.text for f in root.findall("endpoints/endpoint/formats/format")] == document["endpoints"][0]["formats"]
    assert json.loads(encode("json", "discovery", document)) == document
    request = [{"service_request_id": "1", "description": "밤에\x00 어두워요\x1b\n", "agency_responsible": None, "flag": True}]
    root = ET.fromstring(encode("xml", "service_requests", request))  # would not parse with the control characters
    assert root.findtext("request/description") == "밤에 어두워요\n"
    assert root.find("request/agency_responsible") is not None and root.findtext("request/agency_responsible") == ""
    assert root.findtext("request/flag") == "true"
    assert json.loads(encode("json", "service_requests", request))[0]["agency_responsible"] is None


def test_errors_are_an_array_of_code_and_description() -> None:
    body = errors(403, "invalid api_key")
    assert json.loads(encode("json", "errors", body)) == [{"code": 403, "description": "invalid api_key"}]
    root = ET.fromstring(encode("xml", "errors", body))
    assert (root.tag, root.findtext("error/code"), root.findtext("error/description")) == ("errors", "403", "invalid api_key")


def test_times_are_w3c_in_korean_time() -> None:
    assert w3c(datetime(2026, 12, 5, 0, 30, tzinfo=UTC)) == "2026-12-05T09:30:00+09:00"
    assert w3c(None) is None


def test_every_stored_status_is_open_or_closed_but_withdrawn_is_neither() -> None:
    assert set(OPEN_STATUSES) | set(CLOSED_STATUSES) | {"withdrawn"} == {s.value for s in Status}
    assert not set(OPEN_STATUSES) & set(CLOSED_STATUSES) and "withdrawn" not in CLOSED_STATUSES
    assert database_statuses(["open"]) == list(OPEN_STATUSES) and database_statuses([]) == []


# -- services ---------------------------------------------------------------------------------------


def test_every_category_is_a_service_with_korean_texts_and_a_group() -> None:
    assert set(SERVICE_TEXTS) == set(CATEGORIES) and set(GROUP_LABELS) == set(COARSE_OF.values())
    listed = service_list()
    assert [s["service_code"] for s in listed] == list(CATEGORIES)
    for service in listed:
        assert service["metadata"] is False and service["type"] == "realtime"
        assert service["service_name"] and service["description"] and service["keywords"] and service["group"]


# -- keys -------------------------------------------------------------------------------------------


def test_keys_are_recognised_by_digest_only() -> None:
    keys = ApiKeys(["first-key-0123456789", "second-key-0123456789"])
    first, second = keys.identify("first-key-0123456789"), keys.identify("second-key-0123456789")
    assert first and second and first != second and len(first) == 16
    assert "first-key" not in repr(vars(keys))  # nothing of a key is kept
    for wrong in (None, "", "first-key-012345678", "first-key-0123456789 ", "FIRST-KEY-0123456789"):
        assert keys.identify(wrong) is None
    assert ApiKeys([]).identify("first-key-0123456789") is None


def test_a_key_files_as_one_reporter_per_room_who_is_never_a_resident() -> None:
    one = reporter("secret", -100, "abcd")
    assert one == reporter("secret", -100, "abcd") and len(one) == 32
    assert one != reporter("secret", -200, "abcd") and one != reporter("secret", -100, "abce")
    assert one != reporter("other", -100, "abcd") and one != pseudonym("secret", -100, 0)


def test_posts_are_limited_per_key_in_a_sliding_minute() -> None:
    now = [1000.0]
    limiter = PostLimiter(2, clock=lambda: now[0])
    assert limiter.take("a") == 0 and limiter.take("a") == 0
    assert limiter.take("a") == pytest.approx(60)
    assert limiter.take("b") == 0  # another key has its own budget
    now[0] += 59.5
    assert limiter.take("a") == pytest.approx(0.5)
    now[0] += 0.5
    assert limiter.take("a") == 0


# -- the judgment -----------------------------------------------------------------------------------


INTAKE = IntakeSettings()


def test_a_report_is_filed_with_its_redacted_text() -> None:
    judged = judge("과천역 3번 출구 앞 가로등이 나갔어요 제 번호 010-1234-5678", None, RoomRules(), INTAKE)
    assert judged.files and judged.violation is None
    assert judged.intake.kind == "complaint" and "[전화번호]" in judged.intake.redacted and "010" not in judged.intake.redacted


def test_rule_breaks_and_chatter_are_not_filed() -> None:
    ad = judge("재택 알바 모집! 하루 30분 고수익 보장, 추천인 코드 입력하면 5만원", None, RoomRules(), INTAKE)
    assert not ad.files and ad.violation is not None and ad.violation.rule is RuleId.COMMERCIAL
    chatter = judge("안녕하세요 다들 좋은 아침이에요 오늘 날씨 좋네요", None, RoomRules(), INTAKE)
    assert not chatter.files and chatter.violation is None
    hidden = judge("가로등이 나갔어요 밤에 어두워요", "오픈채팅 t.me/joinchat/abc 로 오세요", RoomRules(), INTAKE)
    assert not hidden.files and hidden.violation is not None and hidden.violation.rule is RuleId.OUTSIDE_LINK


def test_the_rooms_own_rules_apply_and_off_means_off() -> None:
    ad = "재택 알바 모집! 하루 30분 고수익 보장, 추천인 코드 입력하면 5만원"
    relaxed = RoomRules.from_config({"commercial": {"enabled": False}})
    assert judge(ad, None, relaxed, INTAKE).violation is None
    assert judge(ad, None, None, INTAKE).violation is None
