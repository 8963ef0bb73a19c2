"""House rules, seventh round (issue 12 item 1): a messenger handle, or a chat named in quotes, with nothing more said.

Outside writers mark "텔레그램 @…", "카톡 coin77", "인스타 @…", "오픈채팅 '…'" at the end of an ad or a pitch as an
outside link (13 rows to 3 over the outside room sets; the four sets written in the sixth session had 11 such
outside_link misses). The ad stays commercial too. Scenarios in fresh wording, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.rules import DEFAULT_RULES, RoomRules, check_text


def broken(text: str, rules: RoomRules = DEFAULT_RULES) -> set[str]:
    return {v.rule.value for v in check_text(text, rules)}


HANDLES = [
    ("비트코인 급등 코인 미리 알려드림 수익 인증 가득 텔레그램 @coin_moon88", {"commercial", "outside_link"}),
    ("손세차 출장 갑니다 SUV 5만원 카톡 wash_king9", {"commercial", "outside_link"}),
    ("속눈썹 연장 오픈 기념 40% 할인 인스타 @eyelash_mina", {"commercial", "outside_link"}),
    ("햇사과 산지 직송 5kg 3만원 주문은 오픈채팅 '사과농부'로", {"commercial", "outside_link"}),
    ("Selling my bike, good condition, 80k won. Kakao id bike_seller22", {"outside_link"}),
    ("재택 부업 하루 두 시간 월 200 가능 오픈채팅 @side_job5 로 연락 주세요", {"commercial", "outside_link"}),
    ("매출 안 나오는 가게 마케팅 대행해 드립니다 상담은 카톡 growshop", {"commercial", "outside_link"}),
    ("비상장 주식 상장 전 선착순 분양 DM @pre_ipo_kr", {"commercial", "outside_link"}),
]


@pytest.mark.parametrize("text, rules", HANDLES)
def test_a_messenger_handle_or_a_quoted_chat_leads_out(text: str, rules: set[str]) -> None:
    assert rules <= broken(text)


def test_a_room_that_leaves_an_ads_contact_to_the_commercial_rule_still_can() -> None:
    ad_links_to_commerce = RoomRules.from_config({"outside_link": {"thresholds": {"ad_links": 0}}})
    assert broken("손세차 출장 갑니다 SUV 5만원 카톡 wash_king9", ad_links_to_commerce) == {"commercial"}


@pytest.mark.parametrize("text", [
    "카톡 알림으로 단수 안내 받았어요 감사합니다",
    "인스타에 올라온 사진 보니까 공원 분수 고쳤네요",
    "라인 2호선 막차 시간 좀 늘려 주세요",
    "dm으로 물어보니 시청에서 바로 답 주셨어요",
    "인스타 story 보니까 축제 사진 예쁘게 나왔네요",
    "Does the city hall have a KakaoTalk channel for English speakers?",
])
def test_a_messenger_named_without_a_handle_is_no_link(text: str) -> None:
    assert "outside_link" not in broken(text)


# ------------------------------------------------------------------------------------- commercial: what an ad says of itself
@pytest.mark.parametrize("text", [
    "상가 매매 임대 전문 ☎ 055-381-2277 행복공인중개사",          # an agent's trade and number
    "해수욕장 가시는 길에 ○○횟집 들렀다 가세요~ 단체 예약 환영",     # come by on the way, group bookings
    "무료 건강 강좌 목요일 오후 3시 △△한의원 많이 오세요 체질 상담 가능",  # a named clinic's event
])
def test_an_ad_is_known_by_what_it_says_of_itself(text: str) -> None:
    assert "commercial" in broken(text)


@pytest.mark.parametrize("text", [
    "(평생학습과) 요가 강좌 월 3만원, 시민 20% 할인됩니다.",              # a department's answer with its fees
    "네 주민센터에서도 판매합니다. 마트 품절은 업체에 요청해 두었어요.",   # the city selling its own bags
    "전세 상담은 어디서 받나요? 구청에 가면 되나요",                      # a resident asking
    "○○식당 사장 번호 010-2211-4455 이 사람이 쓰레기 버림",              # a shop used to point at a person
])
def test_a_staff_answer_a_question_or_a_pointed_finger_is_no_ad(text: str) -> None:
    assert "commercial" not in broken(text)


# ------------------------------------------------------------------ abuse: doxxing of the one who did it, vermin, unworthy
@pytest.mark.parametrize("text", [
    # someone who did something, with their home or number and a call to go after them
    "담배꽁초 버린 사람 누군지 알아요 한빛아파트 503호 사는 박○○ 씨 번호 010-3321-7788 찾아가 보세요",
    "현수막 뗀 사람 사는 곳 ○○맨션 302호 공개합니다 다들 가서 따지세요",
    "밤마다 쓰레기 태우는 사람 구암동 빨간 지붕 집 이씨 아저씨임 다들 항의하세요",
    # people called vermin, an official called unworthy of the post, voters put out of the town
    "분양 업자들 또 몰려왔네 완전 거머리 떼",
    "민원실 그 주무관 태도 보니까 저런 게 공무원이라니 한숨만 나오네",
    "○○당 뽑는 사람들은 우리 시 사람도 아니다",
])
def test_doxxing_and_contempt_in_new_forms_are_abuse(text: str) -> None:
    assert "abuse" in broken(text)


@pytest.mark.parametrize("text", [
    "싱크대 밑에 바퀴벌레들이 계속 나와요 방역 좀 해 주세요",        # pests, not people
    "공무원분들도 사람인데 욕은 하지 맙시다",                          # the room asked not to swear
    "월급루팡이라는 표현은 좀 지나치네요 다들 애쓰시는데",              # a word quoted to take it back
    "우리 집 대문이 파란색인데 앞에 쓰레기를 자꾸 버려요",             # one's own home
])
def test_pests_peacemaking_and_taking_a_word_back_are_no_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


# ------------------------------------------- politics: a party's camp, its voters blamed, a petition, a rally, a slogan
@pytest.mark.parametrize("text", [
    "○○당 지지자분들 이번 주말에 모입시다 우리 시에서도 바람 한번 일으켜요",
    "ㅇㅇ당 찍는 사람들은 도대체 무슨 생각인지",
    "현 군수 뽑은 사람들 지금 좀 보세요 읍내 꼴이 이게 뭡니까",
    "40년 한 당만 뽑아서 이 모양이에요",
    "시의원 ○○○ 퇴진 요구! 서명 참여 부탁드립니다",
    "일요일 터미널 앞 유세 함께 가요 빨간 모자 쓰고 오세요",
    "농민을 아는 군수, 우리 고장을 아는 군수! ○○○",
])
def test_campaigning_for_or_against_a_party_or_a_politician_in_new_forms_is_politics(text: str) -> None:
    assert "politics" in broken(text)


@pytest.mark.parametrize("text", [
    "시장은 책임지고 사퇴하라 이게 몇 번째 침수냐",               # a resignation demanded, no vote, no petition
    "민주당 의원들이 예산안 수정했다는 기사 봤어요",              # news of a party's councillors
    "주민 서명 받아서 신호등 설치 요청하려고 해요 동참해 주세요",   # a petition for a traffic light
])
def test_news_a_resignation_demand_and_a_petition_for_the_town_are_not_politics(text: str) -> None:
    assert "politics" not in broken(text)


@pytest.mark.parametrize("text", [
    "계단에 쓰레기 버리는 사람 블랙박스로 찾았음 상록빌라 201호 문 앞에 다시 갖다 놓읍시다",
    "민원실 공무원들 불친절 끝판왕이에요",
])
def test_a_home_found_on_camera_and_staff_called_the_worst_are_abuse(text: str) -> None:
    assert "abuse" in broken(text)


def test_the_citys_own_channel_said_to_be_so_is_no_outside_link() -> None:
    assert "outside_link" not in broken("구정 소식 카톡 채널 추가하시면 단수 알림 받아요 (구청 공식 채널입니다)")
    assert "outside_link" in broken("동네 소식 카톡 채널 추가하시면 할인 쿠폰 드려요")
