"""House rules, eighth round (issue 12 item 1): the families the seventh session's outside room sets showed.

Thirteen outside sets read as development sets in the seventh session (training/README.md, "House rules, eighth
round") showed: a party's own events and petitions to unseat an official not taken for campaigning, the city's
currency sold at its discount and its offices' services taken for ads, staff named with an honorific taken for abuse
by the learned head, a foreign resident saying who they are taken for hate, and addresses and workplaces put up to be
gone after not taken for doxxing. Scenarios in fresh wording, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.rules import check_text


def broken(text: str) -> set[str]:
    return {v.rule.value for v in check_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "○○당 시민소통위원회 주민 간담회 다음 주 수요일 7시 복지회관에서 열립니다 많이 참석해 주세요",
        "더불어민주당 청년위원회 봉사 행사 안내 이번 일요일 오전 10시",
        "△△당이 여러분 곁으로 갑니다 이번 주말 역 광장에서 인사드립니다",
        "군수 퇴진 서명운동에 동참해 주세요 천 명 모이면 전달합니다",
        "구청장 탄핵 서명 받습니다 관심 있는 분 댓글",
        "도의원 OOO 다음 선거엔 절대 안 됨 #OOO아웃",
        "공약 하나도 못 지켰으면서 생색은 ㅋㅋ 다음엔 절대 안 뽑음",
    ],
)
def test_a_partys_events_petitions_to_unseat_and_a_vote_refused_are_politics(text: str) -> None:
    assert "politics" in broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "선거 홍보 글은 이 방에 올리면 안 되는 거죠?",
        "여기는 선거운동 하는 방 아닙니다 다들 참고하세요",
        "이번 시장 선거 누구 찍어야 될지 진짜 모르겠어요",
        "그 사진관 다음엔 절대 안 찍어요 너무 불친절",
        "○○당 행사 때문에 시청 앞 도로가 다 막혔어요",
    ],
)
def test_a_rules_reminder_a_voters_doubt_and_a_partys_traffic_jam_are_not_politics(text: str) -> None:
    assert "politics" not in broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "[경제정책과] 서산사랑상품권 설 명절 15% 특별할인 판매합니다. 1인 월 70만원 한도입니다.",
        "[안내] 온누리상품권 환급 행사 이번 주말 전통시장에서 진행합니다. 구매 영수증 지참",
        "수도사업소입니다. 누수 의심 가구는 신청하시면 무료로 점검해 드립니다.",
        "면사무소로 전화 주시면 어르신 병원 동행 예약 도와드립니다.",
        "아이들 감기 유행인데 어린이집은 왜 계속 수업해요?",
    ],
)
def test_the_citys_currency_and_services_and_a_lesson_asked_about_are_no_ad(text: str) -> None:
    assert "commercial" not in broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "캐시워크 친구 추가 해주실 분~ 서로 해요 코드 KW77Q",
        "Private math tutoring by a native speaker, affordable rates. DM me!",
        "We're hiring delivery drivers in town, 3M won a month, message me",
        "폰 하나로 하루 5만 원 용돈 주부 환영 댓글 주세요",
        "이거 진짜 좋아요 여기서 사세요 쿠팡 최저가",
        "전원주택 부지 300평 매매합니다 남향 평당 협의",
        "신축 아파트 분양 정보방 들어오세요 입장코드 7777",
        "동네 포차 새로 열었어요 두 병 주문 시 계란말이 서비스",
    ],
)
def test_referrals_tutors_hiring_a_phone_job_a_buy_here_link_and_land_for_sale_are_ads(text: str) -> None:
    assert "commercial" in broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "군수 놈은 행사 때만 얼굴 비추고 끝이지",
        "외지 것들이 땅 다 사서 값만 올려놨다",
        "의원이란 작자는 예산 가지고 생색만 내네",
        "그 택시 기사 인성 완전 쓰레기네 ㅋ",
        "세금 루팡들 오늘도 칼퇴하셨겠죠",
        "필리핀 애들 밤마다 시끄럽게 몰려다니는 거 보기 싫다",
        "과장님 제정신이세요? 이걸 답변이라고 다셨어요?",
        "불법투기한 사람 집주소 공개합니다 삼산동 ○○빌라 2XX호 가서 한마디씩 하세요",
        "그 견주 여자 주소 알아요 중앙로 45 3층 찾아가서 따지세요",
        "주차 막은 차주 이름 ○○○이고 ○○건설 다님 회사로 전화해서 항의하세요",
    ],
)
def test_contempt_hate_and_doxxing_in_new_forms_are_abuse(text: str) -> None:
    assert "abuse" in broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "안녕하세요 저 캄보디아 사람 이에요. 원룸 앞 쓰레기 냄새 너무 나요 어떻게 해요?",
        "이 방 운영자분 계세요? 공지 좀 올려 주세요",
        "와 시청 직원분들 밤에도 답해 주시네 감사해요",
        "주무관님들도 사람인데 너무 몰아세우지 맙시다",
        "관광객들이 과자를 던져줘서 비둘기가 떼로 몰려와요",
        "누가 또 공원에 이불 버렸네 양심 어디 갔냐",
        "민원 접수할 때 주소 남겨 주시면 방문합니다",
    ],
)
def test_a_foreigner_saying_who_they_are_polite_words_for_staff_and_a_dumper_scolded_are_no_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


# The second batch of the round, from three more outside sets (Yeongcheon, Pocheon, Anseong) read after their scores.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("구청장 사퇴 촉구 온라인 서명 진행 중입니다 많이 참여해 주세요", "politics"),
        ("거대 양당 다 똑같아요 이번 선거는 무소속 찍읍시다", "politics"),
        ("코인 투자 정보 텔레그램방 들어오세요 수익 인증 많아요", "commercial"),
        ("이 링크 눌러서 가입해주시면 저도 포인트 받아요 부탁드려요", "commercial"),
        ("주식으로 석 달 만에 천만원 벌었어요 방법 궁금하면 댓글", "commercial"),
        ("○○영어 여름방학 특강 모집 무료 레벨테스트 진행 중", "commercial"),
        ("The bus drivers in this town are absolute idiots", "abuse"),
        ("동네 주차단속반 배불뚝이 아저씨 우리 가게만 잡아요", "abuse"),
        ("윗분 잘 모르면 좀 가만히 계세요", "abuse"),
        ("구청장 하는 꼴 보면 머리가 있나 싶어요", "abuse"),
    ],
)
def test_the_second_batch_breaks_its_rule(text: str, rule: str) -> None:
    assert rule in broken(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("여기 선거운동 하는 곳 아니에요 다들 참고", "politics"),
        ("캠핑장 예약 선착순 말고 추첨으로 바꿔 주세요 매크로만 이겨요", "commercial"),
    ],
)
def test_a_rules_reminder_and_a_booking_complaint_break_nothing(text: str, rule: str) -> None:
    assert rule not in broken(text)
