"""House rules, sixth round (issue 12 items 1-2): outside_link and commercial precision, abuse recall.

Conventions counted over the 17 outside room sets (training/room_blind_*.jsonl): an ad's short link, shop site or
messenger contact is marked commercial only in 19 rows of 11 files for links, 7 rows of 6 files for contacts, but
both in the fifth session's four fresh sets and in an earlier count (28 rows to 15), so both rules stay the default
and `thresholds = {ad_links = 0}` leaves such an ad to the commercial rule; a leading room, a chat, a blog or a way
in offered with the link is marked outside_link too; a campaign's short link is
outside_link (4 of 4); video, blog and photo links are outside_link, news and the city's own sites are not. The
abuse families the outside writers mark and the patterns missed: a number or a home pointed at without a call to
act, contempt for groups and staff without swearing, English contempt for groups. Scenarios written for these tests
in fresh wording, not rows of any training or validation file.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.rules import DEFAULT_RULES, RoomRules, check_text


def broken(text: str, rules: RoomRules = DEFAULT_RULES) -> set[str]:
    return {v.rule.value for v in check_text(text, rules)}


# ------------------------------------------------- an ad's link or contact: both rules, or commercial only if the room says
ADS_WITH_A_LINK_OR_CONTACT = [
    "논산 딸기 농장 직송 2kg 한 박스 2만 9천원 주문은 bit.ly/nsBerry7",
    "수제 그릭요거트 팔아요 500g 12,000원 smartstore.naver.com/yogurt_ds",
    "오픈 기념 전 메뉴 15% 할인 이벤트 중이에요 예약은 naver.me/Gk2pQ 에서",
    "에어컨 분해 청소 특가 3만원 당일 방문 가능 카톡 ID aircool_dj",
    "하루 두 시간 포장 부업 일당 6만 텔레그램 @pack_day 으로 연락",
    "속눈썹 펌 신규 30% 할인 예약 문의는 인스타 @lash_bora",
]
AD_LINKS_TO_COMMERCE = RoomRules.from_config({"outside_link": {"thresholds": {"ad_links": 0}}})


@pytest.mark.parametrize("text", ADS_WITH_A_LINK_OR_CONTACT)
def test_an_ads_short_link_shop_or_messenger_contact_breaks_both_rules_by_default(text: str) -> None:
    # most outside writers mark such an ad both commercial and outside_link (the fifth session's fresh sets
    # nearly always): the default follows them
    assert broken(text) == {"commercial", "outside_link"}
    assert decide(text).outcome is Outcome.RULE  # kept out, never filed


@pytest.mark.parametrize("text", ADS_WITH_A_LINK_OR_CONTACT)
def test_a_room_can_leave_an_ads_own_link_or_contact_to_the_commercial_rule(text: str) -> None:
    assert broken(text, AD_LINKS_TO_COMMERCE) == {"commercial"}
    assert decide(text, AD_LINKS_TO_COMMERCE).outcome is Outcome.RULE


@pytest.mark.parametrize("text", [
    "해외선물 리딩방 무료 체험 수익 인증 매일 bit.ly/fxRoom3",  # a leading room the link leads into
    "급등주 공유 단톡 선착순 입장 https://open.kakao.com/o/sUp99",  # a chat
    "미술 학원 수강생 모집 중 수업 사진은 블로그에 blog.naver.com/art_dn 첫 수업 무료",  # a blog
    "웨딩 박람회 이번 주말 무료 입장 사은품 증정 www.wedfair-ex.kr",  # a way in with the link
    "종목 추천방 자리 남았어요 원하시면 넣어 드려요 수익 월 20%",  # a room offered with a way in
])
def test_an_ad_that_leads_into_a_room_a_chat_or_a_blog_is_an_outside_link_too(text: str) -> None:
    assert {"commercial", "outside_link"} <= broken(text)
    assert {"commercial", "outside_link"} <= broken(text, AD_LINKS_TO_COMMERCE)


@pytest.mark.parametrize("text, rules", [
    ("자세한 내용은 bit.ly/dl4x 참고하세요", {"outside_link"}),  # a short link with no ad: hides where it goes
    ("예산 설명 영상 올렸어요 youtube.com/watch?v=bdg7 한번 보세요", {"outside_link"}),
    ("시장 후보 박OO 공약 정리 han.gl/vote7 꼭 투표해 주세요", {"politics", "outside_link"}),
    ("제설 관련 기사예요 https://www.kwnews.co.kr/page/view/2026120611", set()),  # news passes
    ("시 공식 블로그에 장미 축제 셔틀 시간표 있어요 blog.naver.com/samcheok_city", set()),  # the city's own
    ("군포시청 공식 유튜브에 제설 영상 올라왔네요 youtube.com/@gunpo_city", set()),
])
def test_links_outside_ads_keep_their_conventions(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


# ---------------------------------------------------------------- invitations the patterns missed
@pytest.mark.parametrize("text", [
    "주말 테니스 같이 치실 분 인스타 DM 주세요 @tennis_wkd",
    "육아 얘기는 여기서 말고 텔레그램 @mom_talk 방으로 오세요",
    "동네 나눔방 따로 있어요 오픈톡에서 검색하면 나옴 참여코드 7788",
    "네이버카페 '보령맘' 같이 해요 여기보다 소식이 빨라요",
])
def test_an_invitation_by_dm_a_named_room_or_a_join_code_is_an_outside_link(text: str) -> None:
    assert "outside_link" in broken(text)


# ---------------------------------------------------------------- commercial: shop promotion as a customer's tip
@pytest.mark.parametrize("text", [
    "홍보 아니고요 제가 쓰는 공기청정기 필터 여기가 제일 싸요 coupa.ng/Fq81x",
    "저희 대천동 칼국수집 한번 와 보세요 사장이 직접 반죽해요",
    "저는 보령 '바다상회' 젓갈만 쓰는데 네이버에 검색하면 바로 나와요",
    "사장님이 저희 고모라서 홍보 좀 할게요 ○○분식 오늘 라면 천원 할인이래요 가 보세요",
    "서산 생강 직거래합니다 10kg 택배 가능 문자 주세요",
    "토스 만보기 초대코드 공유해요 서로 눌러 줘요 Q7RT2",
])
def test_shop_promotion_passed_off_as_a_tip_and_direct_sales_are_ads(text: str) -> None:
    assert "commercial" in broken(text)


@pytest.mark.parametrize("text", [
    "보령 시민은 머드축제 입장료 50% 할인돼요 신분증 챙기세요",
    "지역화폐 할인율 다시 10%로 올려 주세요 시장 상인들이 힘들어해요",
    "시장 상인분들 판로가 없대요 시에서 공동 판매 플랫폼 만들어 주면 좋겠어요",
    "보건소입니다. 이번 달 말까지 치매 검사 무료 행사가 있습니다.",
])
def test_a_residents_discount_a_proposal_or_a_public_notice_is_no_ad(text: str) -> None:
    assert "commercial" not in broken(text)


# ---------------------------------------------------------------- abuse: recall
@pytest.mark.parametrize("text", [
    "구청 청소과 직원 개인번호 알아냈어요 010-2847-3390 이 사람임",
    "밤마다 드럼 치는 집 찾았음 1204호 그 아저씨임",
    "민원 넣은 그 아줌마 전화번호 010-3318-4402 ㅋㅋ",
    "그쪽 누군지 다 알아 집 주소도 앎",
    "차 빼 달라고 한 그 사람 현대아파트 103동 사는 그 사람임 차번호 45다 12XX",
])
def test_a_number_or_a_home_pointed_at_is_doxxing(text: str) -> None:
    assert "abuse" in broken(text)
    assert decide(text).hostility >= 0.5


@pytest.mark.parametrize("text", [
    "학생이 벼슬이냐 버스에서 자리 안 비켜 주고",
    "노인네들 때문에 마트 계산대가 늘 밀려요 느려 터져서",
    "그 당 지지자들은 머리가 텅 비었어",
    "늙으면 곱게 늙어야지 벤치에서 고함 지르는 영감들",
    "장애인들 버스 타는 게 뭐 대수라고 다들 기다려야 해",
    "담당자 수준이 딱 초등학생이네 말이 안 통해",
    "저런 사람은 상대할 가치도 없어요",
    "시청 편드는 사람들은 다 알바임 ㅋㅋ",
    "도시과 ㅅㄲ들 민원은 읽기나 하냐",
    "그 의원 진짜 ㄱㅅㄲ",
    "The tourists here act like animals every summer weekend",
    "Those foreign workers should just go home, nobody wants them here",
    "Honestly the locals complaining in this chat are lazy people who want everything free",
])
def test_contempt_for_groups_and_people_without_swearing_is_abuse(text: str) -> None:
    assert "abuse" in broken(text)


@pytest.mark.parametrize("text", [
    "재건축 미루자는 사람들 때문에 몇 년째 이 모양인 거죠 설득할 방법을 찾아봐요",  # a town "like this"
    "전어 회 못 먹는 사람 손 ✋ ㅋㅋ",  # a show of hands about food
    "홍어 못 먹는 사람 손 들어 봐요 ㅋㅋ",
    "[작성자] : 김민수 [전화번호] : 041-000-0000",  # a form's field label
])
def test_blame_of_a_town_a_show_of_hands_and_a_field_label_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


# ---------------------------------------------------------------- politics
@pytest.mark.parametrize("text", [
    "O당 사람들 이번엔 절대 찍지 맙시다",
    "현 군수 재선되면 우리 군 진짜 끝이다",
    "도의원 ○○○ 의원님 덕분에 다리 예산 나온 거 잊지 맙시다 다음에도 꼭!",
])
def test_a_party_placeholder_and_an_incumbent_voted_for_or_against_are_politics(text: str) -> None:
    assert "politics" in broken(text)


@pytest.mark.parametrize("text", [
    "시장님 다음에도 꼭 현장 와 주세요",
    "[알림] 이 방은 시민 소통방입니다. 비방, 광고, 정치 선거운동, 외부 링크는 제한됩니다.",
    "그 구의원 집 OO동 ○○아파트 102동이래요 다 같이 찾아가서 항의합시다",  # a hunt: abuse, not campaigning
])
def test_a_request_a_rules_notice_and_a_hunt_are_no_campaigning(text: str) -> None:
    assert "politics" not in broken(text)


# ------------------------------------------------- later the same session: families probed with fresh wording
@pytest.mark.parametrize("text", [
    "월세 놓아요 터미널 근처 투룸 반려동물 가능 쪽지 주세요",
    "신축 아파트 분양권 프리미엄 싸게 넘깁니다 관심 있으신 분",
])
def test_a_lease_offered_in_one_word_or_a_right_to_a_new_flat_sold_on_is_an_ad(text: str) -> None:
    assert "commercial" in broken(text)
    assert decide(text).outcome is Outcome.RULE


@pytest.mark.parametrize("text", ["우리 집 월세가 또 올랐어요 너무하네요", "분양권 전매 제한이 풀린다는데 사실인가요?"])
def test_rent_talked_about_is_no_ad(text: str) -> None:
    assert "commercial" not in broken(text)


@pytest.mark.parametrize("text", [
    "밤마다 개 짖게 두는 애 엄마 번호가 010-4455-6677 이래요 직접 연락해 보세요",
    "쓰레기 버리는 견주 집이 중앙동 ○○빌라 3층이에요 현관에 쪽지 좀 붙여 주세요",
])
def test_a_parents_number_or_a_dog_owners_home_put_up_to_be_gone_after_is_doxxing(text: str) -> None:
    assert broken(text) == {"abuse"}
    assert decide(text).outcome is Outcome.RULE  # never filed with the number or the home in it


@pytest.mark.parametrize("text", [
    "저희 엄마가 010-1234-5678 로 연락 달래요 경로당 일정 문의요",
    "민원 접수하시려면 직접 연락해 보세요 대표번호 031-123-4567",
])
def test_ones_own_family_or_an_offices_number_is_no_doxxing(text: str) -> None:
    assert "abuse" not in broken(text)


@pytest.mark.parametrize("text", ["These tourists are pigs, they leave rubbish everywhere", "The drivers on this street are idiots"])
def test_english_contempt_for_tourists_or_drivers_is_abuse(text: str) -> None:
    assert "abuse" in broken(text)


def test_english_news_about_tourists_is_no_abuse() -> None:
    assert broken("The tourists are back, the beach is packed this weekend") == set()


def test_a_group_told_to_die_by_a_cut_service_is_the_writers_complaint_not_hate() -> None:
    # an older resident's complaint, "do they want us all dead?", names her own group as the victim
    text = "우리 동네 노인들 다 죽으라는 건지 마을버스를 또 줄였어요"
    assert "abuse" not in broken(text)
    assert "abuse" in broken("외국인들 다 죽어버렸으면 좋겠다")
