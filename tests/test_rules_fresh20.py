"""Judgment, twentieth round (issue 12 items 1, 2, 3, 6 and 7): what the fresh development sets showed.

Scenarios in fresh wording, not rows of any room file:
- Ads: a booking "at the profile link", vouchers bought at a rate, a yearly lease (연세) let, a month's sum with a side
  job, a cleaning firm's review count and its name to look up in KakaoTalk, "call us" with years as a specialist, a
  lunch discount by percent, a drain firm's masked number beside "광고 아님". Not an ad: the city's own notice that
  sends readers to its site.
- Outside links: a messenger ID after "친추", an Instagram account to follow by its handle.
- Campaigning: a masked party hailed ("… 힘 ○○당!"), a ballot number as the answer to "who will you vote for",
  a recall committee recruiting.
- Abuse: a head called bad, an official told he has no business in the post, workers' pay called wasted; not a
  writer's own head, nor the smell of what anglers leave.
- Staff: an office's bracketed advice on how to report, a desk's bracketed answer ("[가로등 담당]") are no reports.
- Places: a numbered village (하귀2리) starts the place; an English stop or way keeps its noun ("the stop at X").
- Categories: a public kids' café or toy library is welfare.
"""

from __future__ import annotations

import pytest

from moderation.decision import Outcome, decide
from moderation.intake.places import find_place
from moderation.intake.taxonomy import problem_category


@pytest.mark.parametrize(
    "text",
    [
        "오션뷰 독채 풀빌라 운영해요 예약은 프로필 링크 참고해주세요",
        "온누리상품권 삽니다 93% 매입 바로 입금",
        "신엄리 단독주택 연세 놓습니다 1년 1200 바로 입주",
        "폰으로 월 150 부업 누구나 가능 👉 bit.ly/xj2-job",
        "입주청소 전문 후기 320건 카톡 검색 '반짝홈'",
        "인테리어 필요하시면 저희 한번 불러주세요 전문 15년 경력",
        "새로 연 파스타집 평일 점심 15% 할인합니다 많이 와주세요",
        "변기 막힘 뚫음 ☎ 032-611-xxxx 24시 출동 (광고아님)",
    ],
)
def test_bookings_vouchers_leases_side_jobs_and_trades_are_ads(text: str) -> None:
    decision = decide(text)
    assert "commercial" in decision.rules
    assert decision.outcome is Outcome.RULE


def test_the_citys_notice_pointing_to_its_site_is_no_ad() -> None:
    text = "[안내] 상하수도 요금 전자고지 신청하면 매월 300원 할인됩니다. 자세한 건 구청 홈페이지 참고하세요."
    assert "commercial" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "코인 정보 받고 싶으신 분 카톡 친추 coin_k88 해주세요",
        "동네 빵집 리뷰하는 인스타 계정 만들었어요 @bread_walker 팔로우 부탁해요",
    ],
)
def test_a_messenger_id_to_befriend_and_a_handle_to_follow_are_outside_links(text: str) -> None:
    assert "outside_link" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "우리 동네의 희망 △△당! 일요일 시장 앞에서 만나요",
        "이번 구청장 누구 찍을지 고민이면 답은 3번이죠 ㅎㅎ",
        "구청장 주민소환 추진위 같이 하실 분 모집합니다",
    ],
)
def test_a_party_hailed_a_ballot_answer_and_a_recall_committee_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "위에 댓글 단 사람 머리가 진짜 나쁜듯",
        "도시과장은 일도 안하면서 그 자리에 왜 앉아있는지 모르겠네",
        "청소 안하는 미화원들 월급 아깝다 진짜",
    ],
)
def test_a_head_called_bad_a_post_begrudged_and_pay_called_wasted_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "아 난 머리가 나쁜듯 세 번 읽어도 모르겠네요",
        "낚시꾼들 떡밥이랑 쓰레기 버리고 가서 선착장 냄새 장난 아님",
    ],
)
def test_ones_own_head_and_the_smell_of_what_people_leave_are_no_abuse(text: str) -> None:
    assert "abuse" not in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "[한림읍] 민원 올리실 때 리 이름이랑 가까운 건물을 같이 적어주시면 처리가 빨라집니다",
        "[도로 담당] 말씀하신 포트홀은 오늘 오후 보수 예정입니다. 불편 드려 죄송합니다.",
        "[경제자유구역청] 호수공원 보트 대여소 겨울철 운영 중단 안내",
    ],
)
def test_an_offices_advice_and_a_desks_answer_are_no_reports(text: str) -> None:
    assert decide(text).kind == "other"


def test_a_resident_naming_the_neighbourhood_in_brackets_is_still_a_report() -> None:
    assert decide("[중앙동] 시장 입구 가로등이 나갔어요 고쳐주세요").kind == "complaint"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("금능1리 마을회관 앞 배수로 막혀서 물 넘쳐요", "금능1리 마을회관 앞"),
        ("옹포2리 농협 옆 보안등 나갔어요", "옹포2리 농협 옆"),
        ("Bus 202 skipped the stop at Hallim Park again this morning.", "the stop at Hallim Park"),
        ("There are no lights on the walking path behind Sinchon library.", "the walking path behind Sinchon library"),
    ],
)
def test_a_numbered_village_and_an_english_stop_or_way_start_the_place(text: str, place: str) -> None:
    assert find_place(text) == place


def test_an_english_sidewalk_near_a_place_is_still_the_place_near_it() -> None:
    assert find_place("The sidewalk near Hallim Station is broken again.") == "near Hallim Station"


@pytest.mark.parametrize(
    "text",
    ["공공 키즈카페 하나 더 지어주세요 주말엔 예약이 안돼요", "장난감도서관 대여 기간 좀 늘려주세요"],
)
def test_a_public_kids_cafe_or_toy_library_is_welfare(text: str) -> None:
    assert problem_category(text, "culture") == "welfare"


# ---------------------------------------------------------------- the second round (the third batch, read)


@pytest.mark.parametrize(
    "text",
    [
        "길에 침 뱉는 사람 봤는데 은하빌라 302호 아저씨에요 전화번호 010-5521-8890 벌금 좀 물려주세요",
        "밤마다 쿵쿵대는 집 푸른마을 3단지 105동 902호에요 참고하세요",
        "매일 공원에 개똥 두고 가는 사람 행복빌라 사는 최○○임 얼굴도 앎",
        "그 불친절한 직원 박○○ 집이 한빛마을 204동이래요 퇴근길에 만나보세요",
    ],
)
def test_a_flat_a_masked_name_or_a_home_pointed_at_is_doxxing(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "단속반 니들 다 눈 삐었냐 저걸 못봐?",
        "윗분 난독증이세요? 글을 좀 읽고 말하세요",
        "이 노선 짠 공무원들 머리에 똥만 찼냐",
        "싸우는 님들 다 바보임",
        "민원실 그 뚱뚱한 여자직원 너무 불친절해요",
        "The morons at the district office never answer the phone.",
        "Whoever wrote that is just a grumpy old hag",
    ],
)
def test_insults_the_patterns_missed_are_abuse(text: str) -> None:
    assert "abuse" in decide(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "행복마트 중앙점 오늘 삼겹살 반값 세일합니다",
        "저희 부동산에 좋은 매물 많아요 언제든 들르세요",
        "광고 죄송합니다 ○○영어 초등 신규반 모집합니다",
        "ㅇㅇ곱창 오늘 주민 인증하시면 음료 서비스 드려요",
        "리뷰 알바 건당 5000원 즉시지급",
    ],
)
def test_a_branch_sale_an_agent_an_apologised_ad_and_instant_pay_are_ads(text: str) -> None:
    assert "commercial" in decide(text).rules


def test_an_app_that_pays_points_proposed_for_the_city_is_no_ad() -> None:
    assert "commercial" not in decide("음식물 쓰레기 줄이면 포인트 주는 앱 도입하면 어떨까요").rules


@pytest.mark.parametrize(
    "text",
    ["솔직히 이번엔 △△당 밀어줘야 지하철 연장됩니다", "3번은 절대 뽑으면 안됨 동네 망친 사람들"],
)
def test_a_party_pushed_and_a_ballot_number_refused_are_campaigning(text: str) -> None:
    assert "politics" in decide(text).rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("커낼웨이 벤치 다 부서졌어요 고쳐주세요", "커낼웨이"),
        ("트랜짓몰 인도에 오토바이 주차 너무 많아요", "트랜짓몰 인도"),
    ],
)
def test_a_new_towns_named_promenade_or_mall_is_a_place(text: str, place: str) -> None:
    assert find_place(text) == place


def test_a_youth_mall_to_build_is_no_place() -> None:
    assert find_place("청년몰 같은 거 만들어서 빈 점포 살렸으면 좋겠어요") is None
