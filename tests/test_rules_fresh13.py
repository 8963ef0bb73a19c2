"""House rules, fourteenth round (issue 12 item 1): the ad writers of training/ads_brief.md and two blind sets.

Scenarios in fresh wording, not rows of any room file: things given away, a customer's word on a shop said to be
no one's ad, an owner asking the city for something as an owner; none of them is commercial, and the owner's
request is filed. What stays an ad: the same voices inviting custom. And ad forms the Seogwipo and Daejeon sets
showed: a side job that starts with a fee, an affiliate link, "예약은 여기서", the shop's name to look up, an offer on
an order with a price in decimals, a shop open as usual in a complaint.
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
        "꽃집 하는 사람입니다 ^^ 이번 주 장미 20% 할인해요 부림동 시장 입구예요",
        "냉장고 싸게 팝니다 7년 썼어요 10만원 쪽지 주세요",
    ],
)
def test_the_same_voices_inviting_custom_are_still_commercial(text: str) -> None:
    assert "commercial" in broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "집에서 하는 볼펜 조립 부업 교육비만 내시면 오늘부터 시작 가능해요",
        "가성비 최고 전기장판 추천해요 겨울 필수템 coupa.ng/aBc123",
        "제주 공항 근처 캠핑카 최저가 예약은 여기서!! www.camping-best-jeju.co.kr",
        "둔산동 숙소 찾으시면 저희 게스트하우스 주말 30% 할인해요 네이버에 '둔산하루' 검색",
        "이번 주 피자나라 포장 주문시 콜라 1.5 무료~ 많이 찾아주세요",
    ],
)
def test_ad_forms_of_the_new_sets_are_commercial(text: str) -> None:
    assert "commercial" in broken(text)


def test_a_complaint_that_ends_with_the_shop_open_as_usual_is_never_filed() -> None:
    text = "상가 앞 하수도 공사 한 달째라 손님이 뚝 끊겼어요 언제 끝나요? 그래도 저희 떡집 정상영업합니다 많이 사러 오세요"
    decision = decide(text)
    assert "commercial" in decision.rules and decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "고맙데이 구청 직원들 ㅎㅎ",                            # thanks in Gyeongsang's words
        "고맙소 군청 직원들 ㅎㅎ",
        "한남리 축사 냄새 때문에 창문을 못 열어요 단속해 주세요",  # a village, not a slur
    ],
)
def test_dialect_thanks_and_a_village_named_like_a_slur_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


def test_the_slur_itself_is_still_abuse() -> None:
    assert "abuse" in broken("한남들은 하나같이 다 똑같아")


@pytest.mark.parametrize(
    "text",
    [
        "민원 넣었더니 담당자라는 사람이 모른대요 이딴 게 공무원이라고 ㅉㅉ",
        "가로등 석 달째 그대로네 담당 공무원 머리에 뭐가 들었냐",
        "The bus drivers on line 700 are rude idiots, they never stop at the Dunsan stop",
    ],
)
def test_contempt_for_officials_in_new_words_is_abuse(text: str) -> None:
    assert "abuse" in broken(text)


def test_saying_people_are_no_idiots_is_not_abuse() -> None:
    assert "abuse" not in broken("The drivers here are not idiots, the road itself is the problem")


def test_a_neighbours_flat_named_as_where_the_one_blamed_lives_is_doxxing() -> None:
    assert "abuse" in broken("길고양이 밥 주는 사람 푸른마을 208동 1503호 사는 아줌마임 구청은 단속 좀 해라")
    assert "abuse" not in broken("저 208동 1503호 사는 사람인데요 누수 확인 좀 해주세요")  # the writer's own flat
