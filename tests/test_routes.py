"""A way between two places is the place (moderation/intake/routes.py), as outside writers mark it.

Fresh sentences, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text, place",
    [
        # a bus route wanted between a station and a name the finder does not know
        ("청량역에서 물안개섬까지 주말 셔틀버스 운행해 주세요", "청량역에서 물안개섬까지"),
        ("송림읍에서 별빛누리까지 가는 길이 너무 어두워요", "송림읍에서 별빛누리까지 가는 길"),
        # a dark way from a complex's gate to a school
        ("한빛동 푸른마을 2단지 후문에서 한빛초 가는 길 가로등이 다 나갔어요", "한빛동 푸른마을 2단지 후문에서 한빛초 가는 길"),
        # the near end before a way the finder read alone
        ("솔내역에서 가람지구 넘어가는 길 인도가 끊겨 있어요", "솔내역에서 가람지구 넘어가는 길"),
        # a lane towards a place, by its direction
        ("미르사거리에서 우체국 방향 차선에 포트홀이 생겼어요", "미르사거리에서 우체국 방향"),
    ],
)
def test_a_way_between_two_places_is_the_place(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a bus from a stop, with no way after it: the stop
        ("한빛터미널에서 가람지구 가는 버스가 너무 안 와요", "한빛터미널"),
        # no far end: the town centre, home, a time, a verb in between
        ("솔내역에서 시내까지 택시비가 너무 비싸요 버스 좀 늘려주세요", "솔내역"),
        ("한빛동 공영주차장에서 새벽까지 공회전하는 트럭 때문에 잠을 못 자요", "한빛동 공영주차장"),
        ("가람읍 쪽에서 바람불면 읍내까지 축사 냄새가 나요", "가람읍 쪽"),
    ],
)
def test_no_way_without_a_far_end(text: str, place: str) -> None:
    assert find_place(text) == place
