"""An island named before a place belongs to it, an island alone is the place (moderation/intake/islands.py).

Fresh sentences, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text, place",
    [
        # an island before a place the patterns find
        ("흑산도 예리항 대합실 앞 보도블록이 다 깨졌어요", "흑산도 예리항 대합실 앞"),
        ("욕지도 덕동해수욕장 앞에 쓰레기가 쌓여 있어요", "욕지도 덕동해수욕장 앞"),
        # an island alone, with a particle
        ("비금도에 소아과 진료 한 달에 한 번이라도 와 주세요", "비금도"),
        ("추자도는 택배가 일주일씩 걸려요 개선해 주세요", "추자도"),
    ],
)
def test_an_island_is_a_place(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "안성도 버스 배차가 너무 길어요",          # a city's name with 도, "too"
        "전화도 안 받고 답변도 없네요",            # a word with 도
        "상수도 요금이 또 올랐어요 설명 좀 해주세요",  # the water supply
        "소방서도 너무 멀어요 출동이 늦어요",        # a word with 소 in front
        "지방도 포장이 다 깨졌어요",                # a provincial road
    ],
)
def test_no_island_where_do_means_too(text: str) -> None:
    place = find_place(text)
    assert place is None or not place.endswith("도")
