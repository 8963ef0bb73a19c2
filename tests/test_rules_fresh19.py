"""Judgment, nineteenth round (issue 12 items 1, 2 and 6): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- Threats: someone's face "remembered", a resident asked where they live; a number posted for retaliation; everything
  blamed on a group ("다 그들 때문"); an official called "놈" by "이란"; elders told to stay home; the room called full
  of racists in English. A joke praised as "미쳤다" is no insult.
- Ads: a tutor "available" with a rate by the hour, a cash job "no visa check", a shop written with a Latin blank
  ("OO사진관") and a price. A sharing room to drop by is an invitation, not an ad; a café's "놀러오세요" stays an ad.
- Campaigning: a vote ordered ("무소속 누구 찍어라"), members wanted for a recall drive.
- Places: never across a request ("… 확대해주세요 모래사장"), never a verb before a 동 ("다 가져감 백석동 풋살장"), nor a
  count of people ("1인가구"), a route's number ("7번국도") or a word of the sentence after a 동 (a cat's kittens, the
  writer's home, the weather, a weekday).
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.intake.place_ends import candidates
from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text",
    [
        "민원실 김주무관 너 얼굴 기억한다 퇴근할때 보자",
        "그쪽 어디 사냐? 한번 보자",
        "쓰레기 무단투기 신고한 놈 번호 010-5512-8834 이거임 다들 보복 문자 ㄱㄱ",
        "버스 정류장 더러운거 다 걔들 때문임 외국인들 싹 다",
        "구청장이란 놈은 사진 찍으러만 다니고 민원은 쌩깜",
        "늙으면 집에나 계시지 왜 주말 아침마다 공원 운동기구를 다 차지하냐",
        "This group is full of bigots, honestly",
    ],
)
def test_threats_retaliation_blame_and_scorn_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize("text", ["ㅋㅋㅋ 위에분 드립 미쳤다", "아까 그분 센스 미쳤네 ㅋㅋ"])
def test_a_joke_praised_as_crazy_is_no_insult(text: str) -> None:
    assert "abuse" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "Math tutor available near Gwonseon station, 40k/hour, middle and high school, message me",
        "Warehouse work, cash daily, no visa needed. Text me",
        "증명사진 6천원! 영통동 OO사진관 10분 완성 가능합니다",
    ],
)
def test_a_tutor_for_hire_cash_work_and_a_blanked_shop_with_a_price_are_ads(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules
    assert decision.outcome is Outcome.RULE


def test_a_sharing_room_to_drop_by_is_an_invitation_not_an_ad() -> None:
    rules = decide("육아용품 나눔하실분 영통 육아방 놀러오세요 open.kakao.com/o/gYt77Ab").rules
    assert "outside_link" in rules
    assert "commercial" not in rules


def test_a_cafes_drop_by_is_still_an_ad() -> None:
    assert "commercial" in decide("행궁동 카페 ○○ 새 디저트 나왔어요 놀러오세요~ 인스타 @hg_cafe_").rules


@pytest.mark.parametrize(
    "text",
    [
        "두 당 다 거기서 거기 이번 선거엔 무소속 이○○ 찍어라",
        "시장 주민소환 추진위원 구합니다 뜻있는 분 연락 바람",
    ],
)
def test_a_vote_ordered_and_a_recall_drive_recruiting_are_campaigning(text: str) -> None:
    decision = decide(text)
    assert "politics" in decision.rules
    assert decision.outcome is Outcome.RULE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("주말 예약은 맨날 같은 동호회가 다 가져감 매탄동 테니스장", "매탄동 테니스장"),
        ("인계동 1인가구 안심귀갓길 늘려주세요", "인계동"),
        ("아침마다 43번국도 광교 방향 정체 심해요 신호 좀 조정해 주세요", "43번국도 광교 방향"),
        ("영통동 새끼 고양이들 굶고 다녀요 급식소 설치해주세요", "영통동"),
        ("매탄동 저희집 수돗물에서 흙냄새 나요", "매탄동"),
        ("원천동 화요일에 음식물 수거 안해갔어요", "원천동"),
    ],
)
def test_a_place_never_runs_over_a_request_a_verb_a_count_or_the_sentence(text: str, place: str) -> None:
    assert find_place(text) == place


def test_a_place_end_never_moves_over_a_request() -> None:
    text = "광교호수공원 금연구역 확대해주세요 잔디밭에서 담배 피워요"
    assert [c.span for c in candidates(text, "광교호수공원")] == ["광교호수공원", "광교호수공원 금연구역"]
