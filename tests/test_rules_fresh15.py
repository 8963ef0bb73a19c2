"""Judgment, fifteenth round (issue 12 items 2 and 6): what two fresh blind sets (Sinan, Busan Haeundae-gu) showed.

Scenarios in fresh wording, not rows of any room file. A flat's resident with a number and "call them all" is
doxxing, and a message doing that is never filed as a complaint; a home and "go and tell her yourself" is too. A
call to an office about someone is a report, not a hunt. 홍어 traded and priced is the fish, not the slur. A place
never starts with a verb ("… 끌려감 시청 앞") nor is a quoting verb taken for a school ("… 끊겼다고 옆집"). An
office's announcement headed by its 읍, 면 or 동 ("[지도읍] … 단속 실시합니다") is no report; a resident's report headed
by her 동 still is. The water supply cut is water_sewer, though a truck or a tank's cleaning is named.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.intake import classify
from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text",
    [
        "밤마다 고성방가하는 동백빌라 203호 아저씨 010-5512-7781 다들 전화 한 통씩 해주세요",
        "음식물 몰래 버리는 그 남자 중앙맨션 405호 살아요 가서 직접 말하세요",
    ],
)
def test_a_flats_resident_put_up_for_the_room_to_go_after_is_doxxing_and_never_filed(text: str) -> None:
    decision = decide(text)
    assert "abuse" in decision.rules
    assert decision.outcome is not Outcome.FILE


@pytest.mark.parametrize(
    "text",
    [
        "1102호 아줌마 혼자 사시는데 며칠째 인기척이 없어요 주민센터에 연락 좀 해주세요",
        "703호 아저씨가 복도에서 계속 담배 피워요 관리사무소에 전화 좀 해주세요",
    ],
)
def test_a_call_to_an_office_about_a_neighbour_is_no_doxxing(text: str) -> None:
    assert "abuse" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    ["영산포 홍어 택배 주문했는데 올해는 값이 많이 올랐네요", "흑산도 홍어 철이라 위판장이 북적이네요"],
)
def test_hongeo_traded_and_priced_is_the_fish(text: str) -> None:
    assert "abuse" not in decide(text).rules


def test_hongeo_aimed_at_people_is_still_abuse() -> None:
    assert "abuse" in decide("저 동네 홍어들은 말이 안 통함").rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("5분 정차했는데 견인됨 구청 민원실 앞 도로에서요", None),
        ("2분 세웠는데 끌려감 중앙시장 앞", "중앙시장 앞"),
        ("경로당 점심 배달이 안 왔다고 옆집 어르신이 그러시네요 신흥동이에요", "신흥동"),
    ],
)
def test_a_place_starts_with_no_verb(text: str, place: str | None) -> None:
    found = find_place(text)
    if place is None:
        assert found is None or not found.startswith("견인됨")
    else:
        assert found == place


@pytest.mark.parametrize(
    "text",
    [
        "바다 보이는 임야 500평 매매 카페부지 추천 010-4412-9087",
        "Simple online job 80,000 won per day, no experience. DM on Telegram",
        "Just like and share our posts, get paid every day",
    ],
)
def test_a_listing_by_its_size_and_a_paid_job_offer_are_commercial(text: str) -> None:
    assert "commercial" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "옆 필지 임야 500평 매매됐다던데 벌목부터 하네요 산사태 걱정돼요",
        "임야 500평 매매하려는데 토지 분할 신청은 어디서 하나요?",
        "My son's part-time job pays 9,860 won an hour, is that legal?",
        "my mom found a part time job, 10,000 won per hour, but the bus there never comes on time",
    ],
)
def test_a_sale_in_the_news_and_ones_own_job_are_not_ads(text: str) -> None:
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    ["주민을 지키는 정당 △△당과 함께 갑니다", "그 당 뽑은 사람들 이제 좀 반성들 하세요", "저 당 찍는 사람들 이해가 안 감"],
)
def test_a_partys_slogan_and_its_voters_blamed_are_politics(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize("text", ["정당 현수막 사거리에 너무 많아요 좀 정리해 주세요", "일하는 정당이라더니 현수막만 잔뜩이네"])
def test_party_banners_complained_of_are_not_politics(text: str) -> None:
    assert "politics" not in decide(text).rules


def test_an_offices_announcement_headed_by_its_town_is_not_filed() -> None:
    decision = decide("[봉양읍] 다음 주 월요일부터 시장 앞 도로 불법 주정차 집중 단속 실시합니다.")
    assert decision.outcome is not Outcome.FILE and decision.kind == "other"


def test_a_residents_report_headed_by_her_neighbourhood_is_filed() -> None:
    assert decide("[신흥동] 놀이터 그네 줄이 끊어졌어요 빨리 고쳐 주세요").outcome is Outcome.FILE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("음식물 수거함 뚜껑이 다 깨졌어요 빨리 바꿔 주세요 학림천 쪽", "학림천 쪽"),
        ("밤마다 폭주족 소리 때문에 잠을 못 자요.. 마린시티 쪽이요", "마린시티 쪽"),
        ("가로등이 또 나갔어요 반대 쪽이요", None),
    ],
)
def test_a_side_named_at_the_end_is_the_place(text: str, place: str | None) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "가뭄 때문에 벌써 열흘째 급수차 오는 시간만 기다려요 관정이라도 파 주세요",
        "저수조 청소한다고 물 끊어놓고 저녁까지 안 나와요 미리 공지라도 해주세요",
    ],
)
def test_the_water_supply_cut_is_water_sewer_whatever_truck_or_cleaning_it_mentions(text: str) -> None:
    assert classify(text).category == "water_sewer"
