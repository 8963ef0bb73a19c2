"""Judgment, seventeenth round (issue 12 items 1-3): what the four fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- "천박" (vulgar) is said of someone; the same letters inside a name ("복천박물관", "오천박람회") are no insult.
- A referral code posted with "추천", a link the reader is asked to press, a shop's page to follow ("Follow us on
  instagram"), "궁금하신 분 여기" before a short link: the writer's own ad.
- A café for mums ("맘카페") is an online community, not a coffee shop; its "가입하면 등업 해 드려요" is no offer.
- A re-election slogan for a county head ("일 잘하는 군수"), an official to be voted out in English: campaigning.
- A village head's home address with a call to go and have it out with him: doxxing.
- Under an open report, "X 말고 Y도 고장이에요", "A는 괜찮은데 B가 …" and "하나 건의하자면 …" raise a problem of their own.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide


@pytest.mark.parametrize(
    "text",
    [
        "복천박물관 앞 보도블럭 깨져서 유모차가 걸려요",
        "오천박람회장 주차장 입구 가로등 나갔어요",
        "신천박스공장 옆 하수구 냄새 심해요",
    ],
)
def test_the_letters_of_an_insult_inside_a_name_are_no_insult(text: str) -> None:
    decision = decide(text)
    assert "abuse" not in decision.rules
    assert decision.outcome is Outcome.FILE


@pytest.mark.parametrize("text", ["저 의원 말하는 거 진짜 천박하다", "구청장 말투가 천박스럽네요"])
def test_vulgar_said_of_someone_is_still_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "배민 친구 추천하면 둘다 쿠폰! 추천 코드 HAPPY2024 넣어주세요",
        "당근 동네친구 추천 이벤트 중이에요 코드 MAPO88 입력 ㄱㄱ",
        "관절 영양제 먹고 효과 대박 궁금하신 분 여기 보세요 bit.ly/jnt55",
        "걷기 챌린지 같이해요 링크 눌러주세요 toss.me/walk_ok",
        "Best Thai restaurant in Yuseong, 15% off this week! Follow us on instagram @thai_yuseong",
    ],
)
def test_a_writers_own_ad_is_commercial(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules
    assert decision.outcome is Outcome.RULE


def test_a_mums_cafe_taking_members_is_an_outside_link_not_an_ad() -> None:
    decision = decide("신정동 맘카페 새로 열었어요 cafe.naver.com/sinjeongmom 가입하면 바로 등업 해드려요")
    assert decision.rules == ["outside_link"]


@pytest.mark.parametrize(
    "text",
    [
        "일 잘하는 군수! 다시 한번 믿어주세요",
        "The mayor did nothing for our street lights. Vote him out in June!",
        "Vote out the mayor next time, the buses are a mess",
    ],
)
def test_a_re_election_slogan_or_a_vote_out_call_is_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


def test_a_village_heads_address_with_a_call_to_go_there_is_doxxing() -> None:
    decision = decide("통장 집 주소 중앙로 45-2 이에요 다들 직접 찾아가서 따집시다")
    assert "abuse" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "거기 말고 시청 사거리 보행자 신호등도 고장이에요",
        "저희 쪽은 수압은 괜찮은데 하수구 냄새가 너무 심해요",
        "저도 하나 건의하자면 그 횡단보도에 바닥 신호등도 같이 설치해 주세요",
        "소음도 소음인데 거기 가로등도 두 개 나가 있어요",
        "저는 그 앞에 사는데 주차보다 밤마다 오토바이 굉음이 더 문제예요",
        "댓글 보고 생각났는데 그 횡단보도 앞에 과속방지턱 하나 만들어 주시면 사고 줄 것 같아요",
    ],
)
def test_a_reply_that_turns_to_another_problem_is_a_report_of_its_own(text: str) -> None:
    decision = decide(text, reply_to_open_report=True)
    assert decision.outcome in (Outcome.FILE, Outcome.ASK)
    assert decision.kind != "other"


@pytest.mark.parametrize(
    "text",
    ["낮에는 괜찮은데 비 오면 물이 발목까지 차요", "정문 말고 후문 쪽 두 번째 전봇대예요", "오늘은 괜찮은데 어제 밤엔 심했어요"],
)
def test_a_reply_that_only_adds_to_the_report_stays_a_note(text: str) -> None:
    assert decide(text, reply_to_open_report=True).outcome is Outcome.SUPPORT_OR_NOTE


@pytest.mark.parametrize(
    "text",
    [
        "조선족들 들어오고 나서 대림동 분위기 다 망함",
        "외국인들 들어오고 나서 원곡동 분위기 다 망함",
        "석수동에 외노자들 너무 많아 동네 분위기 다 버렸음",
    ],
)
def test_hate_that_reads_as_no_report_is_never_filed_from_what_the_cut_leaves(text: str) -> None:
    decision = decide(text)
    assert "abuse" in decision.rules
    assert decision.outcome is Outcome.RULE


def test_a_report_with_hate_in_it_still_files_the_problem() -> None:
    decision = decide("봉명동 원룸 골목 쓰레기 또 난장판이에요 외국인들 다 쫓아내야 돼요")
    assert "abuse" in decision.rules
    assert decision.outcome is Outcome.FILE


@pytest.mark.parametrize(
    "text",
    [
        "당근에 '제주 감귤 농장 직송 10kg 만원' 올려놓고 입금받고 잠수탄 사람 있어요 다들 조심하세요",
        "우편함에 '재택 부업 하루 2시간 월 200 보장 문자 주세요' 전단지 들어왔는데 사기예요 절대 연락하지 마세요",
    ],
)
def test_a_scam_ad_quoted_in_a_warning_is_no_ad(text: str) -> None:
    assert "commercial" not in decide(text).rules


def test_a_warning_that_ends_with_the_writers_own_shop_is_still_an_ad() -> None:
    text = "'한우 반값' 전단지 가짜예요 선입금 받고 잠수탑니다 조심하세요 저희 정육점은 오늘 한우 20% 할인해요 들러주세요"
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "버스 배차 좀 늘려주세요 출근길 지옥이에요\n저희 세탁소도 지역화폐 받아요 수선 싸게 해드려요",
        "축제 때 화장실 좀 늘려주세요\n참고로 저희 사진관은 여권사진 10분 완성이에요 들러주세요",
    ],
)
def test_the_writers_shop_named_by_its_trade_with_a_particle_is_an_ad(text: str) -> None:
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize("text", ["그래도 일자리는 생기잖아요 우리 딸도 펜션에서 일해요", "우리 동호회 카페도 놀러 오세요 배드민턴 쳐요"])
def test_a_relative_working_at_a_shop_or_a_clubs_cafe_is_no_shop_of_the_writers(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "구청장 리콜 청원 동의 부탁드립니다 forms.gle/abc123",
        "시장 주민소환 서명 참여해 주세요 주민센터 앞에서 받아요",
        "해운대구민이라면 2번! 깨끗한 해운대!",
        "희망당 찍으면 우리 구 또 4년 날립니다",
    ],
)
def test_recall_drives_ballot_numbers_and_a_named_party_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    "text", ["맛있는 식당 찍으면 사진 올려주세요", "성당 찍으면 예쁘게 나와요 야경 명소", "시민이면 누구나 3번 출구 쪽 무료 주차 돼요"]
)
def test_photos_of_a_restaurant_and_an_exit_number_are_no_campaign(text: str) -> None:
    assert "politics" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "동네 맛집 리뷰 유튜브 시작했어요 구독 좋아요 부탁드려요 youtube.com/@townfood",
        "이 링크 한번만 눌러주면 저 커피 받아요 ㅠ han.gl/abcd1",
        "금은방 금 매입 최고가!! 시세보다 더 쳐드려요",
        "폐업 정리 땡처리 전품목 70% 오늘까지!",
    ],
)
def test_channel_promotion_rewards_for_clicks_and_closing_sales_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "○○대생들 매너 없는 거 유명함 지들이 동네 주인인 줄 앎",
        "중앙시장 상인들 다 사기꾼임 저울 속이고",
        "옆집 할망구 또 새벽에 소리 지르네",
    ],
)
def test_contempt_for_students_merchants_or_an_old_woman_is_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "이번 선거 ○○당 찍으면 우리 동네 망합니다 다들 정신 차리세요",  # campaigning, not an insult
        "개똥은 치우는 사람이 대부분이에요 싸잡아 말하지 마세요",  # defending a group
        "현풍 할매국수 아직 영업하죠?",  # a shop's name
    ],
)
def test_an_exhortation_a_defence_or_a_shops_name_is_no_abuse(text: str) -> None:
    assert "abuse" not in decide(text).rules


def test_an_address_lived_at_posted_for_a_visit_is_doxxing() -> None:
    decision = decide("쓰레기 버린 사람 찾았어요 신촌마을 23-4 사는 남자임 다들 가서 한마디씩 하세요")
    assert "abuse" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "노숙자도 사람이에요 쫓아내자는 말은 좀 그렇네요",
        "외국인도 같은 이웃인데 다 내보내자는 건 너무해요",
        "싸잡아 욕하지 마세요 대부분 잘 치워요",
    ],
)
def test_a_group_defended_against_contempt_is_no_abuse(text: str) -> None:
    assert "abuse" not in decide(text).rules


def test_contempt_for_the_same_group_is_still_abuse() -> None:
    assert "abuse" in decide("노숙자들 다 쫓아내야 돼 더러워서 못 다니겠네").rules
