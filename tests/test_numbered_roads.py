"""A numbered road locates a problem with its number (moderation/intake/numbered_roads.py), as outside writers mark it.

Fresh sentences, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text, place",
    [
        # the road alone, with its direction or stretch
        ("로드킬 당한 너구리가 사흘째 그대로예요 44번 국도 서석 방향", "44번 국도 서석 방향"),
        ("밤마다 화물차 과속이 심해요 59번 국도 진부-정선 구간", "59번 국도 진부-정선 구간"),
        ("국도 46호선 출근길마다 꽉 막혀요 신호 좀 조정해 주세요", "국도 46호선"),
        # a place on the road, after it or after a direction
        ("418번 지방도 남면 사거리 근처 반사경이 깨졌어요", "418번 지방도 남면 사거리 근처"),
        # the number left before "국도 …"
        ("24번 국도 청산면 구간 아스팔트가 갈라졌어요", "24번 국도 청산면 구간"),
        # the way to the road from a place before it
        ("화천읍 들어가는 5번 국도 가드레일이 찌그러졌어요", "화천읍 들어가는 5번 국도"),
    ],
)
def test_a_numbered_road_is_kept_with_its_number(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a bus number, a floor, an exit: no road
        ("3번 버스 배차가 너무 길어요 늘려 주세요", None),
        ("과천역 3번 출구 앞 가로등이 나갔어요", "과천역 3번 출구 앞"),
    ],
)
def test_other_numbers_are_no_road(text: str, place: str | None) -> None:
    assert find_place(text) == place
