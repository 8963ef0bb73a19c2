"""Judgment, eighteenth round (issue 12 items 1, 2 and 6): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- The city's own voice is no ad: a notice headed "[서구 알림]", a room "run by" a city office, a public body's free
  class with an exclamation mark between, a guess at the local currency's discount and limit in a reply.
- Ads the rules missed: "무자본 창업" bait, a referral link whose clicks are traded ("서로 눌러요").
- Invitations elsewhere: a group on KakaoTalk named in English, a messenger channel to subscribe to; an invitation to
  an event ("행사에 초대해드려요") is none.
- A petition drive for an official's removal is campaigning.
- Abuse: people called vermin by a coined "-충" word, a group of mothers scorned, a group told to be sent away; not
  a class that "없어져서" nobody can go, not the cigarette smoke that smokers leave.
- Under an open report, "저흰 A보다 B가 더 심해요" and "저희는 남산동인데 …" raise a problem of their own.
- A place keeps the blanks a writer left in a name ("상계 ○○초 옆 산책로"), also when the learned guess finds it.
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
