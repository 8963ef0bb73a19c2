"""The town named right before a place belongs to it (moderation/intake/town_before.py), as outside writers mark it.

Fresh sentences, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.intake import classify
from moderation.intake.places import find_place
from moderation.intake.town_before import with_town_before


@pytest.mark.parametrize(
    "text, place",
    [
        # a township's short name (가은읍) before a market
        ("가은 아자개장터 주차장 바닥이 다 깨졌어요", "가은 아자개장터 주차장"),
        # a county's name before a landmark or a complex that has no district of its own
        ("담양 메타세쿼이아길 주차장 안내판이 쓰러져 있어요", "담양 메타세쿼이아길 주차장"),
        ("영월 청령포 주차장 화장실 휴지가 없어요", "영월 청령포 주차장 화장실"),
        # a county and its township's short name, both ("의성 안계 …" for 안계면 of 의성군)
        ("의성 안계 전통시장 입구 가로등이 꺼졌어요", "의성 안계 전통시장 입구"),
        # a county before the town centre, as writers name it
        ("홍천 읍내 하천 산책로 가로등이 나갔어요", "홍천 읍내 하천 산책로"),
        # a landmark or a new town by its bare name, at the start of the message, before a spot in it
        ("한라산 성판악 주차장 화장실 휴지가 없어요", "한라산 성판악 주차장 화장실"),
        ("운주사 석불 가는 길 안내판이 쓰러졌어요", "운주사 석불 가는 길"),
        ("선운사 동백숲 산책로 데크가 부서졌어요", "선운사 동백숲 산책로"),
    ],
)
def test_a_town_named_right_before_a_place_is_kept_with_it(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # any word before a place that is no town: a time, an interjection, a word of the sentence
        ("오늘 새벽 중앙공원 화장실 문이 부서져 있었어요", "중앙공원 화장실"),
        ("출근시간 서해대교 진입로 정체가 너무 심해요", "서해대교 진입로"),
        ("아이고 중앙시장 하수구 냄새 때문에 못 살겠어요", "중앙시장"),
        ("등본 떼러 면사무소 갔는데 발급기가 고장났어요", "면사무소"),
        # an everyday word of the room files at the start is no town ("아기 …")
        ("아기 예방접종 보건소에서 무료로 되나요", "보건소"),  # (nor the service before the office: 24th session)
    ],
)
def test_no_town_is_added_where_there_is_none_to_add(text: str, place: str) -> None:
    assert find_place(text) == place


def test_only_a_town_standing_right_before_the_place_counts() -> None:
    # (a city before a district of its own: this step adds nothing, the patterns decide)
    assert with_town_before("포항 양덕동 한동대 입구 신호등이 꺼졌어요", "양덕동 한동대 입구") == "양덕동 한동대 입구"
    place = "메타세쿼이아길 주차장"
    assert with_town_before("담양에서 온 친구가 그러는데 메타세쿼이아길 주차장이 좁대요", place) == place
    assert with_town_before("담양\n메타세쿼이아길 주차장이 좁아요", "메타세쿼이아길 주차장") == "메타세쿼이아길 주차장"
    assert with_town_before("아무 데도 없음", None) is None


def test_a_report_is_filed_with_its_town() -> None:
    assert classify("고한 구공탄시장 앞 하수구에서 냄새가 너무 나요 청소 좀 해주세요").place == "고한 구공탄시장 앞"
