"""Judgment, eighteenth round (issue 12 items 1, 2, 3 and 6): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- The city's own voice is no ad: a notice headed "[서구 알림]", a room "run by" a city office, a public body's free
  class with an exclamation mark between, a guess at the local currency's discount and limit in a reply, a city
  hospital's notice; nor is a teacher's job, a rally call, a question about a discount or market talk.
- Ads the rules missed: "무자본 창업" bait, referral clicks traded or asked for in a payment app, a flat offered
  direct, a stock clearance, land pushed as an investment, an English shop's offer.
- Invitations elsewhere: a group on KakaoTalk named in English, a messenger channel to subscribe to; an invitation to
  an event ("행사에 초대해드려요") is none.
- Campaigning: a petition drive or a chant for an official's removal, a recall group, the one person for the job, a
  ballot number pushed, a party refused ("저 당 찍지 맙시다"); one demand said once is none.
- Abuse: coined "-충" words, 개줌마, 성격파탄자, scorned mothers, a group sent away, a 동/면 head scorned, a home by its
  road address posted for a visit; not a class that "없어져서" nobody can go, cigarette smoke, what neglect "tells" a
  group ("집에만 있으라는 건지"), a bulging wall "like a paunch", a crane's chick.
- Under an open report, "저흰 A보다 B가 더 심해요" and "저희는 남산동인데 …" raise a problem of their own.
- A place keeps the blanks a writer left in a name ("상계 ○○초 옆 산책로"), also when the learned guess finds it, and
  a 동 named without its suffix before it ("길음 뉴타운 …"); directions alone ("오른 쪽") are none.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text",
    [
        "[서구 알림] 이번 주말 국화축제가 열립니다. 행사 기간 공원 주변 도로가 통제되니 버스를 이용해 주세요.",
        "네 구청 홍보과에서 운영하는 방이에요. 올려 주시면 담당 부서에 넘겨 드려요",
        "복지관에서 요가 수업 해요! 무료예요",
        "도서관에서 영어 수업 해요! 공짜래요",
        "아마 이번 달은 7% 할인일걸요 한도 50만원",
        "이번 달은 5%인가 그럴걸요 한도 20만원",
    ],
)
def test_the_citys_own_notices_classes_and_currency_are_no_ad(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "무자본 창업 가능! 하루 2시간이면 충분 상담은 프로필 링크로",
        "이벤트 링크 서로 눌러요~ toss.im/_m/Qw12",
    ],
)
def test_no_capital_bait_and_traded_referral_clicks_are_ads(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "Expats in Suwon group on KakaoTalk, search ID: suwonexpat",
        "텔레그램 아파트 시세 채널 @apt_sise_info 구독하세요",
    ],
)
def test_a_messenger_group_or_channel_to_join_is_an_outside_link(text: str) -> None:
    assert "outside_link" in decide(text).rules


def test_an_invitation_to_an_event_is_no_outside_link() -> None:
    decision = decide("주민자치회 회원 되시면 연말 행사에 초대해드려요")
    assert decision.rules == []


@pytest.mark.parametrize("text", ["군수 퇴진 촉구 서명 동참 부탁드립니다", "서명 참여 부탁드려요 시의원 사퇴 요구 청원입니다"])
def test_a_petition_drive_for_a_removal_is_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "민원실 그 주무관 완전 진상충임 다들 조심",
        "이 동네 꼰대충들 때문에 못살겠다",
        "단지 엄마들 하나같이 극성이라 상종을 못함",
        "외국인 노동자들 다 내보내라",
    ],
)
def test_vermin_words_scorned_mothers_and_a_group_sent_away_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    ["다문화가족센터 상담 창구 없어져서 불편해요", "흡연자들 때문에 베란다로 담배냄새 올라와요 단속해주세요"],
)
def test_a_service_gone_or_cigarette_smoke_is_a_report_not_hate(text: str) -> None:
    decision = decide(text)
    assert "abuse" not in decision.rules
    assert decision.outcome is Outcome.FILE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("상계 ○○초 옆 산책로 데크 계단이 미끄러워요", "상계 ○○초 옆 산책로"),
        ("매곡 ○○아파트 뒤 공터에 쓰레기 쌓여요", "매곡 ○○아파트 뒤 공터"),
        ("밤마다 중리 ○○공원에서 오토바이 굉음 나요", "중리 ○○공원"),
    ],
)
def test_a_place_keeps_the_blanks_written_in_a_name(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "저흰 쓰레기보다 날파리가 더 심해요 ㅠ",
        "저희는 남산동인데 요즘 새벽에도 화물차 지나가요 이거 야간 통행 제한 위반 아닌가요",
    ],
)
def test_a_reply_with_a_worse_problem_or_the_writers_own_dong_is_a_report(text: str) -> None:
    decision = decide(text, reply_to_open_report=True)
    assert decision.outcome in (Outcome.FILE, Outcome.ASK)


def test_the_same_problem_in_the_writers_dong_backs_the_report() -> None:
    decision = decide("저희도 중앙동인데 아침에 물이 누렇게 나왔어요", reply_to_open_report=True)
    assert decision.outcome is Outcome.SUPPORT_OR_NOTE


@pytest.mark.parametrize(
    "text",
    ["우리 구 살릴 사람은 김○○ 밖에 없습니다 다들 아시죠", "2번 찍는 사람들은 동네가 이 꼴인데 또 찍겠지", "이번엔 바꿉시다 4번!"],
)
def test_the_one_person_for_the_job_and_a_ballot_number_pushed_are_campaigning(text: str) -> None:
    decision = decide(text)
    assert "politics" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    ["중앙동 래미안 32평 전세 급하게 나왔습니다 저한테 직접 연락주세요", "남문시장 ○○그릇 창고 대방출 전 품목 반값!! 주말까지만"],
)
def test_a_flat_offered_direct_and_a_stock_clearance_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "군수 퇴진하라! 토요일 군청 앞 집회 참여하실분 연락주세요",
        "구민은 구립 캠핑장 할인 되나요?",
        "요즘 전세 많이 나왔어요 가격도 내렸고",
        "장마 시작 전에 창고 정리들 하세요",
    ],
)
def test_a_rally_a_question_about_a_discount_and_market_talk_are_no_ads(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "개줌마들 때문에 벤치에 앉을 수가 없음",
        "택시 기사들 왜 다 성격파탄자임?",
        "면장이라는 사람은 머리가 있는거냐 마을회관 보일러 석 달째 고장",
    ],
)
def test_slurs_for_women_and_drivers_and_a_township_head_scorned_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


def test_what_neglect_tells_a_group_is_the_writers_complaint_not_hate() -> None:
    decision = decide("산복도로 계단에 쉴 의자 하나 없어요 늙은이들은 그냥 집에만 있으라는 건지 모르겠네요")
    assert "abuse" not in decision.rules
    assert decision.kind == "complaint"


def test_a_home_by_its_road_address_posted_for_a_visit_is_doxxing() -> None:
    decision = decide("개 풀어놓는 그 아저씨 집 중앙로 21번길 7 2층이에요 다들 찾아가서 한마디 하세요")
    assert "abuse" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "Hello all, I teach math at a high school in Suwon, nice to meet you",
        "이번 달은 8%예요. 한도 70만원",
        "[시립의료원] 토요일 진료는 오후 1시까지입니다. 이후에는 응급실을 이용해 주세요.",
    ],
)
def test_a_teachers_job_a_currency_limit_and_a_hospital_notice_are_left_alone(text: str) -> None:
    decision = decide(text)
    assert decision.rules == []
    assert decision.outcome is Outcome.IGNORE


@pytest.mark.parametrize(
    "text",
    [
        "아파트 정자에서 담배 피우는 고등학생들 때문에 창문 열면 냄새 다 들어와요",
        "공원 벤치를 싹 다 치워버려서 노인들 쉴 데가 없어요",
        "담벼락이 배불뚝이처럼 불룩 튀어나왔어요 무너질 것 같아요 중앙동 시장 뒤",
    ],
)
def test_smoke_benches_taken_away_and_a_bulging_wall_are_reports_not_abuse(text: str) -> None:
    decision = decide(text)
    assert "abuse" not in decision.rules
    assert decision.outcome is Outcome.FILE


def test_a_cranes_chick_born_is_no_insult() -> None:
    assert decide("습지공원에 새끼 두루미 태어났대요").rules == []


@pytest.mark.parametrize(
    "text",
    [
        "다음엔 절대 저 당 찍지 맙시다",
        "군의원 ○○○ 퇴진하라!! 퇴진하라!!",
        "시장 사퇴 촉구 서명 ㄱㄱ",
        "구청장 주민소환 모임 있어요 같이 해요",
    ],
)
def test_a_party_refused_a_removal_chanted_and_a_recall_group_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    ["의장은 이번 사태에 책임지고 사퇴하라", "소각장 반대 집회 토요일 군청 앞이에요 많이 와주세요"],
)
def test_one_demand_said_once_or_a_rally_about_a_facility_is_no_campaign(text: str) -> None:
    assert "politics" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "토스 만보기 같이해요 ㅎㅎ",
        "읍내 땅 지금 사두시면 무조건 오릅니다 문의 주세요",
        "Italian restaurant near City Hall, 20% off this weekend only!",
        "I run an English academy downtown, DM me for trial classes",
    ],
)
def test_app_clicks_land_pushed_and_english_shops_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


def test_an_app_event_asked_about_is_no_ad() -> None:
    assert decide("다음 달 토스 이벤트 한다던데 뭔지 아세요?").rules == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("길음 뉴타운 9단지 앞 횡단보도 신호등 고장났어요", "길음 뉴타운 9단지 앞 횡단보도"),
        ("정말 짜증나네 명지 오션시티 상가 앞 보도블럭 다 깨짐", "명지 오션시티 상가 앞"),
        ("시지 욱수천 산책로 가로등이 나갔어요", "시지 욱수천 산책로"),
        ("지금 중앙사거리 신호등 꺼졌어요", "중앙사거리"),
        ("태백 황지동 주택가 골목에 들개가 돌아다녀요", "태백 황지동 주택가 골목"),
    ],
)
def test_a_dong_named_without_its_suffix_belongs_to_the_place(text: str, place: str) -> None:
    assert find_place(text) == place


def test_directions_alone_are_no_place() -> None:
    assert find_place("오른 쪽 차선이 너무 좁아요") is None


@pytest.mark.parametrize(
    "text",
    [
        "대기업 취업 100% 보장 교육비 입금하시면 바로 시작합니다",
        "하수구 냄새 심해요 그나저나 저희 청소업체 부르시면 반값! 문의 카톡 clean_hero",
        "Thai restaurant opened near the station! 15% off this week",
    ],
)
def test_a_job_guaranteed_for_a_fee_a_firm_of_ones_own_and_a_new_restaurant_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


def test_a_public_office_telling_its_hours_is_no_ad() -> None:
    assert "commercial" not in decide("보건소 예방접종실은 토요일에도 운영하고 있습니다 대기 많으면 예약 이용해 주세요").rules


@pytest.mark.parametrize(
    "text",
    [
        "목줄 안 하는 견주들은 뇌가 없나 봐요",
        "노인네들 복지관 가서 놀지 왜 출근시간 버스에 타는지",
        "길고양이 밥 주는 그 할머니 중앙빌라 2층 살아요 010-3321-7788 다들 전화해서 말리세요",
    ],
)
def test_owners_called_brainless_elders_told_to_go_play_and_a_grandmothers_home_posted_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


def test_a_rally_hosted_by_a_party_is_campaigning() -> None:
    assert "politics" in decide("10월 3일 '동구를 바꾸자' 집회 ○○당 주최 역 광장 많이들 나와주세요").rules


def test_asking_the_admins_to_remove_scammers_is_no_abuse_but_an_insult_in_it_is() -> None:
    assert decide("이런 사기꾼들 좀 강퇴해주세요 관리자님").rules == []
    assert "abuse" in decide("관리자님 이 쓰레기 같은 놈 강퇴해주세요").rules
