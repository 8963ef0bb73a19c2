"""House rules, fourth round (issue 12 items 1-2): the kinds of error an outside room set showed, described.

Scenarios written for these tests in fresh wording (other cities and styles), not rows of any training or
validation file.
"""

from __future__ import annotations

import pytest

from moderation.decision import decide
from moderation.rules import DEFAULT_RULES, RoomRules, check_text


def broken(text: str, rules: RoomRules = DEFAULT_RULES, heads: bool = True) -> set[str]:
    return {v.rule.value for v in check_text(text, rules, heads=heads)}


# ---------------------------------------------------------------- politics
@pytest.mark.parametrize("text", [
    "[보도자료] 김천시, 2027년 전통시장 시설현대화 사업 대상지 선정",
    "(보도자료) 구미시 낙동강 체육공원 캠핑장 예약 10만 건 돌파",
    "거창군, 승강기 안전점검 결과 발표 [보도자료]",
    "[하남시 보도자료] 미사동 공공도서관 평일 야간 연장 운영",
    "보도 일시: 즉시 / 안성시, 바우덕이 축제 외국인 관람객 3만 명 넘어",
])
def test_the_citys_own_press_release_is_news_not_politics(text: str) -> None:
    assert "politics" not in broken(text, heads=False)


@pytest.mark.parametrize("text", [
    "[보도자료] 박OO 도의원, 양산 물금 통학로 예산 9억 확보",
    "[보도자료] OO당 김포시당 \"시내버스 요금 인상 철회하라\"",
    "(보도자료) 하남시장 후보 이OO, 교통 공약 발표",
])
def test_a_politicians_or_a_partys_press_release_is_politics(text: str) -> None:
    assert "politics" in broken(text, heads=False)


@pytest.mark.parametrize("text", [
    "사전투표 마쳤습니다~ 고민하지 마시고 정답은 2번이에요 ㅎㅎ",
    "투표하러 가실 때 6번 하나만 기억하시면 됩니다",
    "이번 선거는 무조건 답 정해져 있죠 3번뿐입니다",
])
def test_a_ballot_number_given_as_the_answer_is_politics(text: str) -> None:
    assert "politics" in broken(text, heads=False)


@pytest.mark.parametrize("text", [
    "투표소가 체육관 2번 출구 쪽이래요",
    "투표하러 갔더니 대기 번호가 15번이었어요",
    "투표용지 받는 줄이 길어서 3번이나 돌아갔어요",
])
def test_numbers_around_an_election_that_are_not_ballots_are_not_politics(text: str) -> None:
    assert "politics" not in broken(text, heads=False)


@pytest.mark.parametrize("text", [
    "선거사무소에서 유세 기간 자원봉사자 모십니다 하루 7만원 당일 지급 010-4432-1190",
    "군수 후보 캠프 문자 홍보 해주실 분 구해요 일급 드립니다",
])
def test_campaign_hands_paid_by_the_day_are_politics_not_commercial(text: str) -> None:
    rules = broken(text)
    assert "politics" in rules and "commercial" not in rules


# ---------------------------------------------------------------- commercial
@pytest.mark.parametrize("text", [
    "우리 애 다니는 복싱장 신규 등록하면 글러브 증정이래요 관장님 잘 가르치세요 010-2290-7713 연락해 보세요",
    "I teach piano one-on-one for kids, message me for rates",
    "원룸 보증금 200 월 35 시외버스 터미널까지 걸어서 5분 남향이에요",
    "출장 애견미용 합니다 인스타 @groom_car_ha 예약",
    "소형 포장이사 원룸 이사 전문 견적 바로 드려요 010-5512-0087",
    "베이비 박람회 이번 주말 입장 무료 사전등록하면 기저귀 증정 www.babyfair-ks.com",
    "김밥 단체 주문은 카톡 kimbap_yc 으로 주세요 당일 배달 가능",
    "무권리 1층 코너 점포 나왔어요 분식집 하기 딱 좋은 자리",
    "유기농 달걀 공동구매 하실 분 밴드로 오세요 band.us/n/egg77",
    # a short let with its terms and no contact (a later outside set had one filed as a complaint)
    "투룸 단기임대 학생 가능 옥계동 보증금 없음 월 40",
])
def test_listings_services_and_offers_the_outside_set_showed_missed_are_commercial(text: str) -> None:
    assert "commercial" in broken(text, heads=False)


@pytest.mark.parametrize("text", [
    "하남 러닝크루 같이 달리실 분 모집해요 인스타 @hn_run_crew 디엠 주세요",
    "[양산시보건소] 대상포진 예방접종 만 65세 무료 시행 중 문의 055-392-5000",
    "보건소에서 안내드립니다 치매 조기검진 무료입니다 문의 031-8024-4300",
    "투룸 월세 55 내고 사는데 관리비까지 너무 비싸요",
    "우리 원룸 보증금 없이 월세 내는데 너무 비싸요",
    "단기임대 주택 부족 문제 해결해주세요",
])
def test_clubs_public_notices_and_a_residents_own_rent_are_not_commercial(text: str) -> None:
    assert "commercial" not in broken(text, heads=False)


# ---------------------------------------------------------------- abuse
@pytest.mark.parametrize("text", [
    "운영자 진짜 무능하네 도배 글 하나 못 막고",
    "무능한 방장은 빠져라",
    "무능력의 표본 그냥 집에 가세요",
    "무능한 시장 내려와라 더 볼 것도 없다",
    "아래 댓글 단 사람 진짜 한심하네",
    "띄어쓰기도 못하는 게 무슨 정책 토론이야",
    "새벽마다 소리 지르고 다니는 짐승들 때문에 잠을 못 자요",
    "택배 기사들 인성 바닥이에요",
    "놀이터 점령한 중학생들 진짜 민폐 덩어리들",
    "그 일밖에 못하니까 그러고 사는 거지",
    "Those tourists act like animals every weekend",
    "창구에 앉은 파마머리 여직원 사람 무시하는 게 몸에 뱄어요",
    "담당 최민호 주무관 사는 데 e편한세상 2단지래요 퇴근길에 기다려봅시다",
])
def test_contempt_without_swearing_and_doxxing_of_the_outside_set_are_abuse_and_hostile(text: str) -> None:
    assert "abuse" in broken(text, heads=False)
    assert decide(text).hostility >= 0.5


def test_a_number_posted_for_others_to_call_is_abuse_and_judged_hostile() -> None:
    text = "1203호 집주인 번호 010-4478-2231 입니다 다들 전화해서 한마디씩 해 주세요"
    assert "abuse" in broken(text, heads=False)
    assert decide(text).hostility >= 0.5  # the rule and the score agree


@pytest.mark.parametrize("text", [
    "다들 싸우지 마세요 같은 동네 사는 사람들끼리",
    "길냥이 얘기만 나오면 또 싸우네요 그만들 좀 하세요",
    "방장님 로봇이세요? 답이 너무 빨라요 ㅋㅋ",
    "고양이 밥 주시는 분들 중성화도 같이 신경 써 주세요 골목마다 새끼가 너무 많아요",
    "Please stop arguing everyone, it's a neighbourhood chat",
])
def test_peacemaking_teasing_and_kittens_are_neither_abuse_nor_hostile(text: str) -> None:
    d = decide(text)
    assert "abuse" not in {v.rule.value for v in d.verdicts}
    assert d.hostility < 0.5


@pytest.mark.parametrize("text", [
    "주차장 자리가 없으면 다들 날아서 출근하시나 봐요",
    "시장 근처 떡집 사장님 인성 최고예요 늘 덤 주세요",
    "우리 아파트 경비 아저씨들 정말 친절하세요",
])
def test_sarcasm_at_a_situation_and_kind_words_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text, heads=False)
