"""House rules, tenth round (issue 12 item 1): what the ninth session's development sets showed.

홍어 is a regional slur when it names people and the dish everywhere else: the street in Yeongsanpo named after it,
its shops and festival, "홍어도 이제 먹음". A resident reporting a broken pavement on 홍어거리 broke no rule.
Scenarios in fresh wording, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.rules import check_text


def broken(text: str) -> set[str]:
    return {v.rule.value for v in check_text(text)}


@pytest.mark.parametrize(
    "text, rules",
    [
        ("영산포 홍어거리 입구 가로등 사흘째 꺼져 있어요 확인 부탁드려요", set()),
        ("홍어거리 공영주차장 주말마다 꽉 차요 한 층 더 올려 주세요", set()),
        ("흑산도 홍어 잘하는 식당 아시는 분? 부모님 모시고 가려고요", set()),
        ("처음엔 냄새 때문에 못 먹었는데 이젠 홍어도 잘 먹어요 ㅋㅋ", set()),
        ("홍어축제 기간에 셔틀버스 좀 늘려 주세요 터미널에서 너무 멀어요", set()),
        # the slur, still
        ("홍어들은 여기 오지 마라 냄새나", {"abuse"}),
        ("저 인간 말하는 거 보니 홍어 새끼 맞네", {"abuse"}),
        ("전라도 홍어족 다 쫓아내야 함", {"abuse"}),
    ],
)
def test_fresh_rule_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules
