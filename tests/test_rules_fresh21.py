"""Judgment, twenty-first round (issue 12 items 1, 2, 6 and 7): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- Ads: an agent's own listings, a side job for homemakers, a pre-sale rights room, an English class's discount with a
  handle to write to. Not an ad: an office's notice opened with a greeting, a discount store talked about, a game
  partner wanted over a messenger (that handle is an outside link, not an ad).
- Not ads (2): a numbered 동 office's header, a utility board introducing itself, a residents' committee's classes; but
  the writer's own firm offered beside "시에서 안 고쳐주니" is an ad.
- Outside links: a handle to look up ("@… 검색"); not a resident answered by their handle.
- Campaigning: a petition named before the removal it asks for, signatures gathered together, a rally further on in
  the message; a party hailed ("역시 ○○당이지"), its people scorned ("○○당 인간들"), one side always chosen, a recall
  drive's count with a call to sign. Not: a rules notice that hides "다른 방 초대" posts, a survey's one choice.
- Abuse: "X 같은 쓰레기", a quack, "머리가 있으면 생각 좀 하세요", "무능 시장"; not incompetent administration.
  More: "정신나간 사람", driving "개같이", "한글은 배웠냐", "머가리 비었냐", "이 xx야", "배달충", "할 일 없는 백수",
  "상종 못할 인간", a group said to make the town "험악"; not a crowd blamed for chaos, a quoted insult, the weather.
- Places: a town's café street, eating alley or one-room quarter named alone; more builders' brands.
  Stations whose name ends in 전역 (대전역, 마전역, 부전역, 화전역) are stations; "시 전역" is the whole area.
- Categories: a problem added after conceding another ("포트홀도 포트홀인데 그 앞 신호등도 …") is filed under its own.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.intake import classify
from moderation.intake.places import find_place, place_by_patterns


@pytest.mark.parametrize(
    "text",
    [
        "상가 월세 찾으시는 분 제가 보유한 매물 여러개 있어요 쪽지주세요",
        "주부 알바 시간 자유 하루 2시간 포장 작업",
        "분양권 정보 공유방 새로 팠어요 입장코드 4455",
        "Yoga classes by the beach, 10% off this month. DM @jeju_yoga on Instagram",
    ],
)
def test_listings_side_jobs_rights_rooms_and_an_english_class_are_ads(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    "text",
    [
        "안녕하세요 새롬동 행정복지센터입니다. 다음주 화요일 헌혈 버스 옵니다. 문의는 센터로 연락주세요.",
        "무인 아이스크림 할인점만 세 개째 생겼네요 ㅋㅋ",
        "배드민턴 같이 치실분 텔레그램 @minton_club 으로 연락주세요",
    ],
)
def test_an_offices_greeting_a_discount_store_and_a_partner_wanted_are_no_ads(text: str) -> None:
    assert "commercial" not in decide(text).rules


def test_a_handle_to_look_up_is_an_outside_link_and_a_resident_answered_by_handle_is_not() -> None:
    assert "outside_link" in decide("이 채널 좋아요 @town_news_88 검색해보세요").rules
    assert "outside_link" not in decide("@jiwoo_88 님 말씀 맞아요 저도 그 길 무서워요").rules


@pytest.mark.parametrize(
    "text",
    [
        "청원 올렸어요 구청장 퇴진 요구 동의 부탁드립니다",
        "시장 물러나라!! 다들 청원 같이 해요",
        "구청장 퇴진!! 더는 못 참는다!! 일요일 오후 3시 구청 앞 광장 집회 함께해요",
    ],
)
def test_petitions_and_rallies_for_a_removal_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


def test_a_rules_notice_hiding_other_rooms_invitations_campaigns_for_no_one() -> None:
    text = "[운영진] 이 방은 시정 소통방입니다. 광고, 선거운동, 다른 방 초대 글은 예고 없이 가려집니다."
    assert not decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "△△△ 시의원 같은 쓰레기가 또 나온대",
        "그 한의사 완전 돌팔이예요 침 맞고 더 아파요",
        "위에 분 머리가 있으면 생각 좀 하세요",
        "무능 시장 때문에 동네가 이 꼴",
    ],
)
def test_trash_a_quack_no_brains_and_an_incompetent_head_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


def test_incompetent_administration_is_no_abuse() -> None:
    assert "abuse" not in decide("무능 행정 개선해 주세요").rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("카페거리 쪽 고깃집 연기 때문에 창문을 못 열어요", "카페거리 쪽 고깃집"),
        ("먹자골목에 음식물 쓰레기 넘쳐요 치워주세요", "먹자골목"),
        ("원룸촌 쓰레기 무단투기 심해요 단속 좀", "원룸촌"),
        ("양우내안애 분리수거장 냄새 심해요 치워주세요", "양우내안애 분리수거장"),
        ("신안인스빌 아침에 수돗물에서 녹물 나와요", "신안인스빌"),
    ],
)
def test_a_towns_quarter_named_alone_and_more_brands_are_places(text: str, place: str) -> None:
    assert find_place(text) == place


def test_a_residential_area_alone_is_still_no_place() -> None:
    assert find_place("주택가 골목 가로등 나갔어요") is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("포트홀도 포트홀인데 그 앞 신호등도 며칠째 꺼져 있어요", "traffic"),
        ("불법주차도 문제지만 그 앞 버스정류장 지붕이 새요", "traffic"),
        ("모기도 모기지만 공원 벤치가 다 부서졌어요", "parks"),
    ],
)
def test_a_problem_added_after_conceding_another_is_filed_under_its_own_category(text: str, category: str) -> None:
    intake = classify(text)
    assert intake.kind == "complaint"
    assert intake.category == category



@pytest.mark.parametrize(
    "text",
    [
        "[송도2동 행정복지센터] 다음 주 무료 세무상담 있습니다. 전화로 예약 받습니다.",
        "안녕하세요 도로사업본부입니다. 포장 공사 구간 문의는 032-120으로 연락주세요.",
        "📢 신흥동 주민자치회 가을학기 강좌 수강생 모집 - 요가 / 서예 - 선착순 마감",
    ],
)
def test_a_numbered_offices_header_a_utility_board_and_a_committees_classes_are_no_ads(text: str) -> None:
    assert "commercial" not in decide(text).rules


def test_the_writers_own_firm_is_an_ad_whatever_it_says_of_the_city() -> None:
    text = "시에서 안 치워주니 저희 청소업체 부르세요 당일 출동 010-2671-4455 공원 입구 쓰레기 진짜 심각함"
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "민원 몇 번을 무시하는 그 주무관 진짜 정신나간 사람 아님?",
        "마을버스 기사 운전 개같이 함 어르신들 다 넘어지심",
        "답변 쓰는 직원 한글은 배웠냐?",
        "가로등 몇 달째 그대로인데 담당자 머가리 비었냐",
        "놀이터 그네 언제 고치냐고 구청장 이 xx야",
        "인도로 오토바이 쌩쌩 배달충들 다 면허 뺏어야됨",
        "위에 분 종일 헛소리하는 거 보니 할 일 없는 백수신가봐요",
        "옆집 할배 진짜 상종 못할 인간",
        "조선족들 이사 오고 나서 동네 분위기 험악해짐",
    ],
)
def test_more_insults_and_slurs_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "관광객들 때문에 주차장이 난장판이에요 주차요원 배치해주세요",
        "'이 자식아' 라고 욕하는 사람이 있어서 신고했어요",
        "날씨 개같이 춥네 보일러 고장나서 관리실 연락했어요",
        "배달기사분 같은데 신호 무시하고 지나가서 깜짝 놀랐어요",
    ],
)
def test_a_crowd_blamed_a_quoted_insult_the_weather_and_a_courier_are_no_abuse(text: str) -> None:
    assert "abuse" not in decide(text).rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("마전역 앞 은행나무 다 말라 죽음", "마전역 앞"),
        ("화전역에 밤마다 택시가 없어요", "화전역"),
        ("시 전역에 폭설 제설 좀 빨리 해주세요", None),
        ("전역하고 왔는데 가로등 다 나갔네요", None),
    ],
)
def test_stations_ending_in_jeon_yeok_are_stations_and_the_whole_area_is_not(text: str, place: str | None) -> None:
    assert place_by_patterns(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "우리 동네는 역시 ○○당이지 ㅋㅋ 딴 데는 안 됨",
        "선거 때만 나타나는 △△당 인간들 진짜 지겹다",
        "맨날 한쪽만 뽑아주니까 우리 군이 이 모양이지",
        "군수 주민소환 청원 3천명 돌파!! 서명 안 하신 분 군청 앞 천막으로 오세요",
    ],
)
def test_a_party_hailed_its_people_scorned_one_side_always_chosen_and_a_recall_count_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "한쪽만 뽑아야 하는 설문이라 고민돼요",
        "역시 시장님이 최고네요 가로등 고쳐주셔서 감사합니다",
    ],
)
def test_a_survey_choice_and_thanks_to_the_mayor_are_no_campaigning(text: str) -> None:
    assert "politics" not in decide(text).rules
