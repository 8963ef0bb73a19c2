"""Judgment, sixteenth round (issue 12 items 1 and 2): a shop's number posted for the room to ring is no ad.

Scenarios in fresh wording, not rows of any room file. A restaurant's owner put up with his number and "everyone
call and complain" is doxxing, which the abuse rule takes; naming the shop and saying "call" made the commercial rule
read it as the shop's own advert as well. A shop advertising itself with its number, or its booking line, still is an ad.
An invitation to a developer's sales presentation for new flats is an ad; a resident who went to one and says so is
not. A vote withheld from a party or an office holder ("다음엔 표 안 줍니다") is campaigning; a ticket not given is not.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide


@pytest.mark.parametrize(
    "text",
    [
        "우리동네 ○○치킨 음식물쓰레기 골목에 버림 사장 번호 010-4821-3390 다들 항의 전화 넣어주세요",
        "새벽마다 골목에 음식물 쏟아놓는 ○○치킨 사장 010-7732-1904 다들 전화해서 따지세요",
    ],
)
def test_a_shops_number_posted_for_everyone_to_complain_to_is_doxxing_not_an_ad(text: str) -> None:
    decision = decide(text)
    assert decision.rules == ["abuse"]
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "○○치킨 오픈 이벤트 20% 할인 배달 시키세요 010-2211-3344 전화주세요",
        "춘장대 바다향기펜션 주말 예약 가능 010-5521-3344 연락주세요",
    ],
)
def test_a_shop_giving_its_own_number_is_still_an_ad(text: str) -> None:
    assert "commercial" in decide(text).rules


def test_an_invitation_to_a_flats_sales_presentation_is_an_ad() -> None:
    assert "commercial" in decide("역세권 신축 아파트 분양 설명회에 초대합니다 참석하시는 분께 상품권 드려요").rules


@pytest.mark.parametrize("text", ["분양 설명회 다녀왔는데 분담금 얘기는 없네요", "분양 설명회 언제 하는지 아시는 분?"])
def test_a_sales_presentation_talked_about_is_no_ad(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    ["주차장 부족한데 ○○당 의원들은 뭐하나 다음엔 표 안 줍니다", "군수님 이번엔 표 안 드립니다 공약 하나도 안 지켰잖아요"],
)
def test_a_vote_withheld_from_a_party_or_an_office_holder_is_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize("text", ["민원실에서 번호표 안 줘요 그냥 줄 서래요", "주차 표 안 줘서 요금 다 냈어요"])
def test_a_ticket_not_given_is_no_vote(text: str) -> None:
    assert "politics" not in decide(text).rules
