"""House-rule patterns for the kinds of error an unseen room set written by an outsider showed (issue 12, items 1-2).

Each case is read by the patterns alone (`heads=False`), so it shows the pattern, not the learned heads.
The texts are the team's own, written for these tests (not rows of any validation file).
"""

from __future__ import annotations

import pytest

from moderation.rules import check_text


def patterns(text: str) -> set[str]:
    return {v.rule.value for v in check_text(text, heads=False, hostility=lambda _t: 0.0, reports=lambda: False)}


# ---------------------------------------------------------------- politics
@pytest.mark.parametrize("text", [
    "[안내] 이 방에서는 광고, 선거운동, 외부 링크 공유를 금지합니다. 어기면 강퇴",
    "공지: 홍보/정치 글/욕설은 경고 없이 삭제해요",
    "Reminder: ads, campaign posts and links are removed",
])
def test_a_rules_notice_naming_campaigning_is_not_campaigning(text: str) -> None:
    assert "politics" not in patterns(text)


def test_a_rules_notice_is_no_ad_and_no_invitation_either() -> None:
    assert patterns("안내: 이 방은 민원 얘기하는 곳이라 홍보, 초대 링크, 욕설은 바로 지웁니다") == set()


def test_a_campaign_post_that_mentions_the_rule_is_still_campaigning() -> None:
    assert "politics" in patterns("홍보 금지인 거 알지만 광고, 선거운동 말고 그냥 부탁이에요 기호 2번 김민수 후보 꼭 찍어 주세요")


@pytest.mark.parametrize("text", [
    "국회의원 OOO은 사퇴하라",
    "시장은 물러나라!",
    "군수는 책임지고 사퇴하십시오",
    "The mayor must resign",
])
def test_a_demand_that_an_incumbent_resign_is_not_campaigning(text: str) -> None:
    # it asks for no vote; insulting words make it abuse (below), not campaigning
    assert "politics" not in patterns(text)


def test_an_insulting_demand_to_resign_is_abuse() -> None:
    assert patterns("무능한 구청장은 당장 물러나라") == {"abuse"}


@pytest.mark.parametrize("text", [
    "앞으로 최지원 후보 활동 소식 자주 전해 드릴게요 관심 가져 주세요",
    "○○당 청년 후보 인터뷰 영상이에요 주변에도 꼭 알려 주세요",
    "주민소환 서명 이번 주까지 받습니다 동참해 주세요",
])
def test_promoting_a_named_candidate_or_a_recall_is_campaigning(text: str) -> None:
    assert "politics" in patterns(text)


@pytest.mark.parametrize("text", [
    "소각장 후보지 발표에 관심 많이 가져 주세요",
    "교육감 후보 토론회 오늘 밤 10시래요",
])
def test_interest_in_a_site_or_a_debate_is_not_campaigning(text: str) -> None:
    assert "politics" not in patterns(text)


# ---------------------------------------------------------------- commercial
@pytest.mark.parametrize("text", [
    "제 남동생이 운영하는 카페가 역 앞에 새로 생겼어요 한번 가 보세요",
    "조카가 이번에 분식집 오픈했는데 많이 팔아 주세요",
    "쓰리룸 월세 있어요 보증금 500 관리비 포함",
    "다음 달 초 입주 가능합니다 풀옵션 원룸이에요",
    "이 단톡방 회원분들은 오시면 커피 한 잔 서비스로 드려요",
    "방 보고 오셨다고 하면 떡 한 팩 더 얹어 드려요",
    "연금이랑 보험 무료로 진단해 드립니다",
    "Studio for rent near the station, message me",
    "Mention this chat at the counter and get 10% off",
])
def test_family_shops_lettings_member_deals_and_free_checks_are_ads(text: str) -> None:
    assert "commercial" in patterns(text)


@pytest.mark.parametrize("text", [
    "시에서 무료 세무 상담 해준대요 주민센터 가 보세요",
    "풀옵션 원룸 월세 보통 얼마 정도 해요?",
    "행복주택 12월부터 입주 가능하대요",
    "우리 아들이 다니는 학원 앞에 불법주차 너무 많아요",
    "친구가 하는 말로는 그 식당 곧 문 닫는대요",
    "보험 무료 점검해 준다는 전화는 다 영업이에요 끊으세요",
])
def test_city_offers_questions_and_hearsay_are_not_ads(text: str) -> None:
    assert "commercial" not in patterns(text)


# ---------------------------------------------------------------- outside_link
@pytest.mark.parametrize("text", [
    "제 카톡 아이디 sunny_77 입니다 궁금하시면 추가하세요",
    "길게 얘기하기 뭐하니 텔레그램으로 연락 주세요",
    "관심 있는 사람끼리 따로 방 파서 얘기해요",
    "VIP 종목방 원하시는 분 쪽지 주시면 넣어 드릴게요",
    "주식 정보방 자리 몇 개 남았어요 원하시면 안내해 드려요",
    "Let's move this to Telegram, I'll explain there",
])
def test_moving_the_talk_to_a_messenger_or_a_private_room_is_an_outside_link(text: str) -> None:
    assert "outside_link" in patterns(text)


@pytest.mark.parametrize("text", [
    "관리사무소 카톡 채널로 문의하면 답 빨리 와요",
    "카톡으로 투자방 초대받으신 분들 절대 들어가지 마세요 사기예요",
    "놀이방 만들었어요 아이들이 좋아해요",
    "카톡 아이디 도용당했어요 이상한 메시지 받으신 분 무시하세요",
])
def test_talk_about_messengers_and_rooms_is_no_invitation(text: str) -> None:
    assert "outside_link" not in patterns(text)


# ---------------------------------------------------------------- abuse
@pytest.mark.parametrize("text", [
    "택시 기사들은 다 신호 무시하는 족속이에요",
    "요즘 고딩들 하는 짓 보면 가정교육을 어떻게 받은 건지",
    "미화원분들 대충 치우고 월급은 꼬박꼬박 받아 가시네",
    "휠체어 탄 사람들 때문에 다들 기다려요 집에나 있지",
    "캣맘들은 생각 없는 사람들이에요",
])
def test_contempt_for_a_group_without_swearing_is_abuse(text: str) -> None:
    assert "abuse" in patterns(text)


@pytest.mark.parametrize("text", [
    "주민센터 직원들은 귀가 장식인가 봐요",
    "콜센터 상담원들 로봇이에요 똑같은 말만",
    "구청 사람들 머릿속엔 승진 말고는 없어요",
    "공무원들 세금 받아먹고 하는 일이 뭐예요",
    "The clerks at the tax office are useless",
])
def test_contempt_for_staff_without_swearing_is_abuse(text: str) -> None:
    assert "abuse" in patterns(text)


def test_demanding_that_a_described_employee_be_fired_is_abuse() -> None:
    assert "abuse" in patterns("3번 창구 안경 쓴 남자 직원 당장 잘라야 합니다")
    # a request about the work, or a staff member nobody could find from it, is not
    assert "abuse" not in patterns("담당자 징계해 주세요 절차를 어겼어요")


@pytest.mark.parametrize("text", [
    "매일 소화전 앞에 대는 차 45다 7789 이 차예요",
    "접촉 사고 내고 도망간 차 123허 4567 보신 분 차주 좀 찾아 주세요",
    "불법 전단 뿌리는 업자 번호 010-2234-5566 다들 전화해서 항의합시다",
    # a number with digits masked is still posted to be used; an address or a home given out with it
    "그 식당 사장 전화번호 010-XXXX-5678 이에요 다들 전화해서 따지세요 주소는 중앙동 OO빌딩 2층",
    "아까 우긴 그 아저씨 송학동 OO아파트 103동 사는 사람이던데 번호 010-xxxx 다들 한마디씩 해주세요",
    "신평빌라 201호 사는 사람 매일 쓰레기를 창밖으로 던져요 번호 010-3321-7790 이니까 다들 전화해서 뭐라 하세요",
])
def test_a_plate_or_a_number_posted_to_go_after_someone_is_doxxing(text: str) -> None:
    assert "abuse" in patterns(text)


def test_a_plate_reported_to_the_city_is_no_doxxing() -> None:
    assert "abuse" not in patterns("45다 7789 차량이 소화전 앞에 매일 주차합니다 단속 부탁드려요")
    # nor the writer's own masked number, nor an office's
    assert "abuse" not in patterns("제 번호 010-XXXX-1234 로 연락 주시면 사진 보내 드릴게요")
    assert "abuse" not in patterns("민원 담당자 연락처는 063-XXX-1234 이고 주소는 시청 별관 2층입니다")


@pytest.mark.parametrize("text", [
    "You're obviously too dumb to understand this",
    "People like you are the problem with this town",
])
def test_english_insults_with_an_adverb_or_people_like_you_are_abuse(text: str) -> None:
    assert "abuse" in patterns(text)


@pytest.mark.parametrize("text", [
    "비 오면 인도가 호수가 되네요 다들 수영해서 출근하시나 봐요",
    "I would like to propose a small community garden near the library, what do you think?",
    "The staff at the library were really helpful today",
    "어르신들 위한 무더위 쉼터가 더 많아졌으면 좋겠어요",
    "학생들이 쓸모 있게 쓸 수 있는 공간이 필요해요",
])
def test_jokes_polite_proposals_and_talk_about_groups_are_not_abuse(text: str) -> None:
    assert "abuse" not in patterns(text)


@pytest.mark.parametrize("text", [
    "매번 같은 답변만 되풀이하는 앵무새들 정말",
    "민원 넣었는데 귀가 없나 몇 번을 말해도 그대로",
    "세금 받아먹고 하는 게 이거냐",
])
def test_staff_called_machines_deaf_or_living_off_taxes_without_a_role_named_is_abuse(text: str) -> None:
    assert "abuse" in patterns(text)


def test_a_number_posted_to_hunt_whoever_has_it_is_doxxing_and_an_offices_landline_is_not() -> None:
    assert "abuse" in patterns("이 번호 010-3321-4456 다들 전화해서 따지세요")
    assert "abuse" not in patterns("문의하신 건은 담당자 연락처 031-8075-2345 로 전화 주시면 자세히 안내해 드리겠습니다")
    assert "abuse" not in patterns("헬스장 운동 기계들이 다 고장났어요")


@pytest.mark.parametrize("text", [
    "옆집 개가 하루 종일 짖어요",
    "안내판 영어 철자가 틀려서 외국인 관광객 보기 민망해요",
])
def test_a_barking_dog_and_an_embarrassing_sign_are_no_abuse(text: str) -> None:
    assert "abuse" not in patterns(text)


def test_telling_someone_to_stop_barking_is_still_abuse() -> None:
    assert "abuse" in patterns("어디서 개소리를 짖고 있어")
    assert "abuse" in patterns("그만 좀 짖어라 시끄럽다")


# ---------------------------------------------------------------- second look (a second outside set, 2026-12-06)
@pytest.mark.parametrize("text", [
    "옆 라인 대표 그 사람 인간이 덜 된 것 같아요 회의 때마다 소리 지름",
    "그 과장님 철면피네요 사과 한마디 없고",
    "댓글 단 분 띄어쓰기도 못 하면서 훈계는 ㅋㅋ 무식하긴",
    "신고해도 나 몰라라 하는 무책임한 인간들",
])
def test_contempt_said_of_someone_without_a_swear_word_is_abuse(text: str) -> None:
    assert "abuse" in patterns(text)


@pytest.mark.parametrize("text", [
    "소방도로 막는 차주 폰번호 010-4455-6677 이에요 다 같이 전화 돌립시다",
    "새벽마다 쿵쿵대는 가해자 301동 1203호예요 얼굴도 공개할까요",
])
def test_a_number_or_a_home_with_a_call_to_gang_up_is_doxxing(text: str) -> None:
    assert "abuse" in patterns(text)


@pytest.mark.parametrize("text", [
    "외국인거리 골목 쓰레기 무단투기 때문에 냄새가 심해요",
    "장애인주차구역에 일반차가 또 세워져 있어요",
    "노인복지관 셔틀 시간 바뀌었나요?",
    "Tourists always get lost near the station, we need better signs",
    "제가 무식해서 그런데 분리수거 요일이 언제예요?",
])
def test_a_place_named_after_a_group_or_getting_lost_is_no_abuse(text: str) -> None:
    assert "abuse" not in patterns(text)


def test_get_lost_said_to_someone_is_still_an_insult() -> None:
    assert "abuse" in patterns("Get lost, nobody asked for your opinion on the bus routes")


@pytest.mark.parametrize("text", [
    "시장 안 반찬가게 추석 전 주문 받아요 택배로 보내 드려요",
    "정육점인데 명절 선물세트 예약받습니다 택배 가능합니다",
])
def test_a_shop_taking_orders_in_its_own_voice_is_an_ad(text: str) -> None:
    assert "commercial" in patterns(text)


@pytest.mark.parametrize("text", [
    "주민센터 독감 접종 예약 받는대요",
    "택배 가능한 시간이 언제예요?",
    "택배 분실됐는데 경비실에서 모른대요",
])
def test_orders_and_parcels_talked_about_are_no_ad(text: str) -> None:
    assert "commercial" not in patterns(text)


@pytest.mark.parametrize("text", [
    "재택 알바 하실 분 텔레그램 @side_cash 으로 연락 주세요",
    "궁금하신 분 인스타 @dongne_walk 로 DM 주세요",
    "Message me on Telegram for the details",
    "여기 시끄러워서 조용한 방 새로 팠어요 원하시는 분 개인톡 주세요",
])
def test_a_messenger_handle_or_a_new_room_to_move_to_is_an_outside_link(text: str) -> None:
    assert "outside_link" in patterns(text)


@pytest.mark.parametrize("text", [
    "@kim_dong 님 그 사거리 신호 저도 봤어요",
    "텔레그램 app 업데이트하니까 알림이 안 와요",
    "이 방 만들었던 분 누구예요? 공지 좀 바꿔주세요",
])
def test_mentions_and_talk_about_messengers_or_this_room_are_no_outside_link(text: str) -> None:
    assert "outside_link" not in patterns(text)


@pytest.mark.parametrize("text", [
    "석사동 투룸 보증금 500 관리비 포함 연락주세요",
    "후평동 상가 1층 권리금 없음 010-1234-5678",
    "근화동 원룸 단기임대 가능 한달 55 풀옵션",
    "남춘천역 도보 5분 신축빌라 입주금 0원 전액대출",
    "명동 상가 자리 좋은 곳 나왔어요 관심 있으신 분 쪽지",
    "Cheap moving service, call 010-2222-3333, best price in town",
])
def test_property_listings_and_services_with_a_contact_are_ads(text: str) -> None:
    assert "commercial" in patterns(text)


@pytest.mark.parametrize("text", [
    "LH 임대 보증금 500 올린다는데 말이 되나요",
    "월세 40에 관리비 20이면 너무 비싼 거 아닌가요",
    "관리사무소에 전화해도 안 받아요 보증금 반환도 안 해주고",
    "역세권이라 좋다더니 도보 15분이에요 버스라도 늘려 주세요",
    "나는 월세 70 내는데 집주인이 또 올린대요",
])
def test_residents_talking_about_their_own_rent_are_no_ad(text: str) -> None:
    assert "commercial" not in patterns(text)
