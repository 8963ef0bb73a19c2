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
