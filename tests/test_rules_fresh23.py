"""Judgment, twenty-third round (issue 12 items 1, 2, 6 and 7): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- Campaigning: an office holder to be recalled ("리콜합시다", a recall petition to sign), a councillor's dismissal
  petitioned, a masked candidate's pledges recommended. Not campaigning: a room's rules notice whose list of
  forbidden kinds has lost its separators ("광고선거운동욕설은 삭제"), a manager's dismissal petitioned in an
  apartment block, a car recall.
- Ads: a redevelopment stake or an investment consultation offered, a price in words by the box from a truck, the
  writer's own firm offering its trade. Not ads: the residents' self-government classes with a notice header, a
  party's event (politics only), a price complained about.
- Places: not the predicate, the "how bad" word or the taxi before a place ("짜증남 …역", "콜택시 …동"), not the
  particle or copula the end model kept after it ("도로로", "통학로로", "…인데"); an English numbered 동 ("Yeonsu
  2-dong") and a capitalised "Near" at a sentence's start.
- Categories: a sports court's floodlights are culture and sport, a street lamp by the court a streetlight.
"""

from __future__ import annotations

import pytest

from moderation.decision import decide
from moderation.intake import classify
from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text",
    [
        "도서관 예산 깎은 군수 리콜합시다 서명 주소는 공지에",
        "이런 시장은 리콜 서명 ㄱㄱ 다들 동참",
        "구의원 김○○ 해임 청원 링크 남깁니다 forms.gle/abc123",
        "시의원 고민이시면 □□□ 공약 한번 읽어보세요 진짜 괜찮아요",
    ],
)
def test_a_recall_a_dismissal_petition_and_a_masked_candidates_pledges_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "[교통행정과] 이 채팅방은 군청 공식 소통방입니다. 홍보·선거운동·욕설·외부링크는 경고 없이 삭제될 수 있습니다.",
        "[소통담당관] 공식 소통방 안내: 광고·선거운동·욕설은 예고 없이 지워질 수 있어요.",
        "관리사무소장 해임 동의서 받는다네요 입주민 회의 때",
        "차 리콜 받으러 갔다가 시장 앞 도로 막혀서 한시간 걸림",
    ],
)
def test_a_rules_notice_without_separators_a_managers_dismissal_and_a_car_recall_are_no_campaign(text: str) -> None:
    assert "politics" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "재개발 들어가는 구역 지분 쪼개기 매물 있어요 투자상담 무료",
        "아파트 앞에 수박트럭 왔어요 큰거 한통 한박스 만원 선착순 마감",
        "방수 공사 필요하시면 저희 회사가 이쪽 전문이에요 카톡 id: bangsu77",
    ],
)
def test_a_stake_an_investment_talk_a_box_price_and_a_firms_trade_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "[공지] 주민자치 프로그램 수강생 모집합니다 (탁구·서예) 접수 행정복지센터 1층 선착순",
        "이번 주 일요일 시민공원에서 ○○당 주민과의 대화 행사 열려요 많이 오세요",
        "토요일 체육공원에서 △△당 정책 간담회 합니다 많이 와주세요",
        "귤 한박스 만원이던게 이제 삼만원 ㅠ 물가 어쩔",
    ],
)
def test_a_public_course_a_partys_event_and_a_price_complained_of_are_no_ads(text: str) -> None:
    assert "commercial" not in decide(text).rules


def test_a_partys_event_is_still_campaigning() -> None:
    assert "politics" in decide("이번 주 일요일 시민공원에서 ○○당 주민과의 대화 행사 열려요 많이 오세요").rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("밤마다 오토바이 굉음 진짜 짜증남 중앙역 2번출구", "중앙역 2번출구"),
        ("장애인 콜택시 송정동에서 잡으면 한시간 넘게 걸려요", "송정동"),
        ("트럭들 송림동 공단 앞 도로로 미친듯이 달려요", "송림동 공단 앞 도로"),
        ("우리 애 학교 가는 송림초 통학로로 덤프트럭 다녀요", "송림초 통학로"),
        ("수돗물에서 녹물 나와요 한신더휴인데 우리집만 그런가요?", "한신더휴"),
        ("Bins have been overflowing for a week in Yeonsu 2-dong. Please collect them.", "Yeonsu 2-dong"),
        ("Someone dumps furniture every weekend. Near Seoksa 1-dong office.", "Near Seoksa 1-dong office"),
    ],
)
def test_a_predicate_or_a_taxi_before_a_place_a_particle_or_copula_after_it_are_not_the_place(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("월곶 해안도로 가드레일 휘어졌어요", "월곶 해안도로"),
        ("중앙로로 가는 길 막혔어요 신호 좀 봐주세요", "중앙로로 가는 길"),
    ],
)
def test_a_way_ending_in_road_keeps_its_name(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("체육공원 족구장 조명 8시면 꺼져요 퇴근하고 운동을 못해요", "culture"),
        ("근린공원 테니스장 조명 절반이 나가서 저녁엔 못 쳐요", "culture"),
        ("테니스장 옆 가로등 깜빡거려요 밤에 무서워요", "streetlight"),
    ],
)
def test_a_sports_courts_floodlights_are_the_sports_facilitys(text: str, category: str) -> None:
    assert classify(text).category == category
