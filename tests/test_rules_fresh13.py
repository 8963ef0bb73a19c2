"""House rules, fourteenth round (issue 12 item 1): honest messages the ad writers of training/ads_brief.md wrote.

Scenarios in fresh wording, not rows of any room file: things given away, a customer's word on a shop said to be
no one's ad, an owner asking the city for something as an owner; none of them is commercial, and the owner's
request is filed. And what stays an ad: the same voices inviting custom.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.rules import check_text


def broken(text: str) -> set[str]:
    return {v.rule.value for v in check_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "아이 보행기랑 아기 욕조 무료나눔해요 부림동 경비실에 맡겨둘게요 필요하신 분 쪽지 주세요",
        "이사 가면서 세탁기 무료로 드려요 잘 돌아가요 직접 가져가셔야 해요 쪽지 주세요",
        "피아노 학원 물어보셔서요 저희 애는 별양동 '도레미음악' 다니는데 선생님이 친절하세요. 학원이랑 아무 관계 없는 엄마예요",
    ],
)
def test_giveaways_and_a_customers_word_are_not_commercial(text: str) -> None:
    assert "commercial" not in broken(text)


def test_an_owner_asking_as_an_owner_is_filed() -> None:
    text = "꽃집 하는 사람인데요 가게 앞 인도 공사를 한 달째 안 끝내서 손님이 못 들어와요 언제 끝나는지 알려주세요"
    decision = decide(text)
    assert "commercial" not in decision.rules and decision.outcome is Outcome.FILE


@pytest.mark.parametrize(
    "text",
    [
        "꽃집 하는 사람입니다 ^^ 이번 주 오시면 장미 한 송이씩 드릴게요 부림동 시장 입구예요",
        "냉장고 싸게 팝니다 7년 썼어요 10만원 쪽지 주세요",
    ],
)
def test_the_same_voices_inviting_custom_are_still_commercial(text: str) -> None:
    assert "commercial" in broken(text)
