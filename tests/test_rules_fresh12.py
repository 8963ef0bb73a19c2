"""House rules, thirteenth round (issue 12 items 1-2): what the twelfth session's development sets showed.

Scenarios in fresh wording, not rows of any room file: a report with the writer's own trade and number tacked on
(never filed), a guest house's or a camp site's number given to book, amusement businesses opening with an offer,
English crypto bait, property-information bands and cafés, a link pressed for the writer's points, a neighbour's
number posted for everyone to ring, a people scorned as unfit to live with, a recall drive to join; and what must
stay clean: a firm complained about with the office's number, dirty places named beside the people who use them,
a question about how a recall works.
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
        "놀이터 배수구 막혔네요 시청은 감감무소식.. 급하시면 저희 대성설비 불러주세요 010-2345-6789",
        "현관 앞 대형 쓰레기 한 달째 안 치워가요 저희 청소업체는 당일 방문 가능합니다 010-1111-2222",
        "하천 산책로 가로등 꺼졌어요 ㅠㅠ (솔숲캠핑장 이번 주 예약 가능 010-7777-8888)",
        "마을회관 앞 보도블록 다 깨졌어요\n참고로 저희 폐기물 처리업체 부르시면 당일수거 해요 010-2020-3030",
    ],
)
def test_a_report_with_the_writers_trade_and_number_tacked_on_is_an_ad_and_never_filed(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules
    assert decision.outcome is Outcome.RULE and decision.kind == "other"


@pytest.mark.parametrize(
    "text, rules",
    [
        ("동네 코인노래방 새로 생겼는데 오픈 기념 1시간 무료래요", {"commercial"}),
        ("읍내 스크린골프장 신규오픈 첫 게임 50% 할인", {"commercial"}),
        ("USDT daily income 3% guaranteed, join now", {"commercial"}),
        ("Weekly returns on crypto trading, message me for the group", {"commercial"}),
        ("우리 지역 부동산 정보 밴드 있어요 가입하세요 band.us/@ourland", {"commercial", "outside_link"}),
        ("재건축 투자정보 매일 올리는 텔레그램 t.me/rebuild_money 들어오세요", {"commercial", "outside_link"}),
        ("이 링크 눌러주시면 저한테 적립금 들어와요 ㅎㅎ toss.im/_m/xYz12", {"commercial", "outside_link"}),
        ("출석체크 한 번만 눌러주세요 🙏 https://han.gl/aB12c", {"commercial", "outside_link"}),
        ("시장 주민소환 추진합니다 함께하실 분 모여주세요", {"politics"}),
        ("군수 주민소환 하실 분 이번 주 토요일 군청 앞으로 오세요", {"politics"}),
        # not ads or campaigning: a firm complained about with the office's number, a recall asked about
        ("이사업체 불렀는데 엘베를 하루 종일 막아놨어요 관리실 031-123-4567", set()),
        ("주민소환 요건이 어떻게 되나요? 서명 몇 명 필요해요?", set()),
    ],
)
def test_fresh_commercial_and_politics_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


def test_a_neighbours_number_posted_for_everyone_to_ring_is_doxxing_and_not_filed() -> None:
    text = "담배꽁초 창밖으로 버리는 사람 찾았음 3층 사는 김씨 아저씨 010-5656-7878 이분임 전화들 좀 해주세요"
    decision = decide(text)
    assert decision.rules == ["abuse"] and decision.outcome is Outcome.RULE


def test_a_people_scorned_as_unfit_to_live_with_is_hate_but_the_problem_beside_it_is_filed() -> None:
    decision = decide("중앙동 원룸 골목 쓰레기 산더미예요 매일 쌓여요\n중국인들 진짜 같이 못 살겠음")
    assert "abuse" in decision.rules and decision.outcome is Outcome.FILE
    assert "중국인" not in decision.intake.redacted


@pytest.mark.parametrize(
    "text",
    [
        "외국인 근로자 쉼터 화장실 더러워요 청소 좀 해주세요",
        "노인들 쉬는 정자 바닥이 더러워서 앉지를 못해요",
    ],
)
def test_a_dirty_place_named_beside_the_people_who_use_it_is_a_report_not_hate(text: str) -> None:
    decision = decide(text)
    assert decision.rules == [] and decision.outcome is Outcome.FILE


@pytest.mark.parametrize(
    "text",
    [
        # the writer speaking as the business, whatever its trade
        "공원 화장실 휴지가 맨날 없어요 ㅠ\n\n참고로 저희가 이사 청소 전문이라 필요하신 분 연락주세요 010-2323-4545",
        # a business named in quotes by its trade, with a call to visit
        "시장 앞 횡단보도 신호가 너무 짧아요\n\n치과 가실 일 있으면 '하늘미소치과' 들르세요 스케일링 할인 중 031-777-8888",
        # the writer naming their post or their years in the trade
        "버스 배차 간격 좀 줄여주세요 30분은 너무해요\n(원장) 피아노 교습 상담 010-1212-3434",
        "빗물받이 막혀서 물바다예요\n동파 수리 20년 했습니다 급하시면 연락주세요 010-5656-1212",
        # in English: our business making an offer, the writer's own lessons
        "The playground slide at Jungang Park is cracked, please fix it.\nBtw our bakery just opened next door, "
        "come by for a free cookie! Insta @sunny_bakery",
        "Streetlight out on Hill Road again.\nAlso I do English tutoring for kids, reasonable price, KakaoTalk: tutor_mina",
    ],
)
def test_a_report_with_the_writers_business_in_any_words_is_an_ad(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules and decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        # a price complained about, with the resident's own number for a callback
        "The taxi from the station charged me 40,000 won for a 10 minute ride. Is that legal? "
        "My number is 010-1111-2222 if the office needs details.",
        # a scam warned about, its words quoted, with the city's number to check
        "⚠️ '가스점검원'이라고 하면서 점검비 2만원 달라는 사람 돌아다녀요 시청에 물어보니 그런 거 없대요 "
        "의심되면 031-123-4567 로 확인하세요",
        # an illegal flyer complained about, quoted with its number
        "아파트 현관마다 '무직자 당일 대출 010-3434-xxxx' 전단지 붙이고 가요 떼도 또 붙어요 단속 좀 해주세요",
        # a shop named in quotes in a complaint about it, or whose owner is thanked; a public centre quoted with its number
        "'행복마트' 앞에 트럭이 매일 인도에 서 있어요 유모차가 못 지나가요",
        "동네 '솔빛마트' 사장님이 쓰러진 할머니를 도와주셨어요 칭찬합니다 031-555-6666 로 감사 전화 드렸어요",
        "'치매안심센터' 상담 예약은 031-345-6789 로 하시면 돼요 어르신들 참고하세요",
    ],
)
def test_a_business_price_or_number_in_an_honest_message_is_no_ad(text: str) -> None:
    assert "commercial" not in decide(text).rules
