"""Judgment, twenty-fourth round (issue 12 items 1, 2, 3 and 6): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- Replies: under an open report, another thing there that is broken too ("그 옆 배수구 덮개도 깨졌어요", "이참에 거기
  방범등도 달아주세요") is a report of its own; "저희 아버지도 …", "오늘 새벽에도 …", "저도요 … 도 …" and a block
  that is the same stay notes and supporters.
- Abuse: not a lone word and a number read as a slur ("저 20년 …" is no "저년"), not "몇 달은 각오해야겠죠"; a whole
  problem laid on a nationality as the verdict ("… 다 중국인들이 하는거임") and an office's staff called "rude and
  stupid" are; one cause named ("정체는 관광객들 때문임") is not.
- Campaigning: an office holder denounced or to be replaced with a petition ("규탄 서명", "교체 요구 연명부").
- Ads: a lease put up by its owner ("전세 나왔어요"), a price by the piece in words ("한마리 만원") with a shop; not a
  shop complained about for selling spoiled food ("상한거 팔아요").
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text",
    [
        "그 옆 배수구 덮개도 깨졌어요 애들 발 빠지겠어요",
        "거기 건너편 버스정류장 지붕도 부서져 있던데요",
        "이참에 거기 방범등도 같이 달아주세요",
        "그 앞 보도블럭도 다 패였어요",
    ],
)
def test_a_reply_naming_another_broken_thing_there_is_a_report_of_its_own(text: str) -> None:
    decision = decide(text, reply_to_open_report=True)
    assert decision.outcome in (Outcome.FILE, Outcome.ASK) and decision.kind != "other"


@pytest.mark.parametrize(
    "text",
    [
        "저희 아버지도 거기서 넘어지실 뻔했어요 빨리 고쳐주세요",
        "오늘 새벽에도 꺼져 있었어요",
        "저도요 ㅠㅠ 거기 유모차도 못 지나가요",
        "저희 단지도 똑같아요 녹물 나온지 열흘째",
        "아직도 안 고쳐졌어요 방금 지나옴",
    ],
)
def test_a_supporter_a_time_and_a_block_that_is_the_same_stay_notes(text: str) -> None:
    assert decide(text, reply_to_open_report=True).outcome is Outcome.SUPPORT_OR_NOTE


@pytest.mark.parametrize(
    "text",
    [
        "저 20년 여기 살았는데 이런 공사는 처음 봐요",
        "리모델링 하면 좋긴한데 소음 몇 달은 각오해야겠죠",
        "정체는 관광객들 때문임 주말마다 그래요",
    ],
)
def test_a_number_after_a_word_a_hardship_expected_and_one_cause_named_are_no_abuse(text: str) -> None:
    assert "abuse" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "골목 쓰레기 무단투기 다 중국인들이 하는거임 단속 좀",
        "분리수거 엉망인거 다 저 원룸 사는 외노자들 때문임",
        "The clerks at the district office are so lazy and useless",
        "너 각오해라 찾아간다",
    ],
)
def test_a_problem_laid_whole_on_a_nationality_staff_called_names_and_a_threat_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "군의원 박○○ 막말 규탄 서명 받습니다 면사무소 앞",
        "동장 교체 요구 연명부 돌립니다 이름 적어주세요",
    ],
)
def test_an_office_holder_denounced_or_to_be_replaced_by_petition_is_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize("text", ["시장 상인회 대형마트 규탄 서명 받습니다", "한의원 원장 교체 요구했는데 안 바뀌네요"])
def test_the_market_or_a_clinic_denouncing_or_replacing_is_no_campaign(text: str) -> None:
    assert "politics" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "자이 24평 월세 나왔어요 부동산 안 끼고 직거래 하실 분",
        "시장 통닭집 개업 기념 한마리 만원!! 전화주문 환영",
    ],
)
def test_a_lease_put_up_by_its_owner_and_a_price_by_the_piece_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "시장 정육점 상한거 팔아요 위생점검 좀 해주세요",
        "반찬가게 파리 앉은 채로 팔아요 단속 안 하나요",
    ],
)
def test_a_shop_complained_about_for_what_it_sells_is_no_ad(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("비만 오면 신3동 저지대 도로가 잠겨요", "신3동 저지대"),
        ("소아과 야간진료 서구에도 지정해주세요", "서구"),
        ("구립도서관 24시간 열람실 운영해 주세요", "구립도서관"),
        ("보도블럭 다 깨졌어요 중앙로 시청 앞", "중앙로 시청 앞"),
        ("휠체어로 시청 민원실 들어가기 너무 힘들어요", "시청 민원실"),
    ],
)
def test_places_a_one_syllable_dong_a_district_hours_and_the_road_before_a_spot(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "□□당 동구 당원모임 금요일 저녁 7시 ○○카페에서 합니다 관심 있는 분 오세요",
        "□□당 시당 여성위원 모집합니다 30~40대 환영 연락주세요",
    ],
)
def test_a_partys_members_meeting_or_posts_filled_are_campaigning_not_ads(text: str) -> None:
    rules = decide(text).rules
    assert "politics" in rules and "commercial" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "홈플러스 ○○점 오늘 수박 세일하던데요 득템",
        "시장 반찬가게 오늘 세일해요 사장님이 떨이래요 ㅋㅋ",
        "동네 청년들 디코방 있어요 초대코드 abc2030 게임도 하고 번개도 해요",
    ],
)
def test_a_sale_a_customer_saw_and_a_game_chats_code_are_no_ads(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    ["우리 가게 오늘 세일해요 떨이래요 많이 오세요", "반찬가게 오픈 기념 세일합니다 많이 찾아주세요"],
)
def test_a_shops_own_sale_is_still_an_ad(text: str) -> None:
    assert "commercial" in decide(text).rules


# Round four: the second batch, read after its held-out scores.
@pytest.mark.parametrize("text", ["너 누군지 안다 시장 앞에서 한번 보자", "너 몇동 사냐 찾아가서 한번 보자"])
def test_told_they_are_known_and_will_be_met_is_a_threat(text: str) -> None:
    assert "abuse" in decide(text).rules


def test_crowded_is_no_slur() -> None:
    assert "abuse" not in decide("토요일 축제라 역 앞 엄청 붐빌거예요 참고하세요").rules


def test_a_reply_that_agrees_and_then_turns_to_another_thing_is_a_report() -> None:
    decision = decide("맞아요 근데 거기 배수구 냄새도 심해요 시장 후문 쪽", reply_to_open_report=True)
    assert decision.kind != "other"


@pytest.mark.parametrize(
    "text",
    [
        "떡볶이집 오픈했어요~ 시식하러 오세요 시장 입구 쪽이에요",
        "Homemade kimchi delivered to your door, DM me for the price list",
        "bit.ly/3abcXyz 여기 가입만 하면 오천원 줌 ㄹㅇ",
    ],
)
def test_a_tasting_a_price_list_on_request_and_cash_for_signing_up_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


def test_going_to_vote_for_a_number_together_is_campaigning_and_going_to_take_photos_is_not() -> None:
    assert "politics" in decide("사전투표 날 다들 1번 찍으러 갑시다~").rules
    assert "politics" not in decide("주말에 벚꽃 사진 찍으러 가요 호수공원").rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("여권 발급 구청에서만 되는거 너무 불편해요", "구청"),
        ("독감 예방접종 보건소 백신 벌써 떨어졌대요", "보건소"),
        ("출근 시간 중앙로 정체 너무 심해요", "중앙로"),
    ],
)
def test_a_service_or_a_time_before_a_place_is_not_part_of_it(text: str, place: str) -> None:
    assert find_place(text) == place
