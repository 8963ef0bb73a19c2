"""House rules, fifth round (issue 12 items 1-2): precision. The kinds of false verdict outside room sets showed.

The abuse rule fired on people named without contempt (banter about a town's people or the room, plain statements
about a group, an official who only told the writer off, a writer naming their own nationality, an exhortation to
everyone) and on words inside other words; the commercial rule on ways into a chat or a club, on ads complained
about, on a community centre's course and on company wanted for a walk. Scenarios written for these tests in fresh
wording, not rows of any training or validation file.
"""

from __future__ import annotations

import pytest

from moderation.decision import decide
from moderation.rules import DEFAULT_RULES, RoomRules, check_text


def broken(text: str, rules: RoomRules = DEFAULT_RULES, heads: bool = True) -> set[str]:
    return {v.rule.value for v in check_text(text, rules, heads=heads)}


# ---------------------------------------------------------------- abuse: people named without contempt
@pytest.mark.parametrize("text", [
    "이 방 사람들 주말엔 다 등산 가나 봐요 ㅋㅋ 조용하네",
    "이 방 사람들 다 야구 보나 봐요 ㅋㅋ 경기 끝나니까 글이 쏟아지네",
    "영천 사람 특: 별빛 축제 얘기 나오면 다들 사진 자랑함 ㅋㅋ",
    "순천 사람들 정원 얘기만 나오면 진심 모드 인정 ㅎㅎ",
    "찬성하는 사람들은 소음 대책을 좀 내놔요 맨날 찬성만 하지 말고",
    "반대하는 주민들은 다른 부지라도 같이 제안해 주면 좋겠어요",
    "그건 님 의견이고요 아래 동네 주민들은 실제로 불편하다니까요",
    "ㅅㅂ 보고서 날아감 ㅋㅋ 팀장한테 깨짐",
    "아 ㅅㅂ 늦잠 자서 지각했다 ㅋㅋ 실장한테 혼남",
    "저는 베트남 사람인데 우리 골목 쓰레기 냄새 너무 나요 치워 주세요",
    "다들 정신 차리세요 이번에 제대로 안 뽑으면 우리 군 끝납니다",
    "여러분 정신 바짝 차리세요 요즘 가스 점검 사칭이 돌아요",
])
def test_people_named_without_contempt_are_neither_abuse_nor_hostile(text: str) -> None:
    d = decide(text)
    assert "abuse" not in {v.rule.value for v in d.verdicts}
    assert d.hostility < 0.5


@pytest.mark.parametrize("text", [
    "저희 강아지가 택배 올 때마다 짖어서 아랫집에 죄송해요",
    "개천 위에 무지개색 기름띠가 떠 있어요 어디서 흘러나오는지 봐 주세요",
    "다문화 가족 지원 신청했는데 두 달째 답이 없어요 어디에 물어봐야 하나요",
])
def test_a_dog_a_word_inside_a_word_and_an_unanswered_request_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


@pytest.mark.parametrize("text", [
    # contempt still breaks the rule, laughing or not, at the room, a group, an official or a person
    "이 방 사람들 수준 알 만하다 ㅋㅋ 맨날 남 탓만 하고",
    "저 동네 사람들 하는 짓 보면 짐승이랑 다를 게 없어",
    "반대하는 사람들은 머리가 있긴 한 건지 설명을 해도 몰라",
    "주민센터 직원들 세금만 축내고 하는 일이 없어요",
    "당신 같은 사람이 이 방 분위기 다 망치는 거예요",
    "도로과 주무관 이름 OOO 번호 010-5xx1-2xx8 다들 전화 폭탄 넣읍시다",
    "구청 가서 그 주무관 얼굴 좀 봐야겠어요 찾아가서 얼굴 좀 보자고요",
])
def test_contempt_and_doxxing_are_still_abuse(text: str) -> None:
    assert "abuse" in broken(text)


# ---------------------------------------------------------------- commercial: what is not an ad
@pytest.mark.parametrize("text, also", [
    ("동네 배드민턴 밴드 만들었어요 가입 코드 shuttle9 넣으면 돼요", "outside_link"),
    ("우리 단지 엄마들 단톡방 열었어요 놀러 오세요", "outside_link"),
    ("분양 홍보 현수막이 횡단보도 앞 가로수마다 묶여 있어요 떼 주세요", None),
    ("대출 광고 전단지가 공동현관에 잔뜩 끼워져 있어요 단속 안 되나요", None),
    ("평생학습관 겨울 강좌 수강생 모집 선착순이래요", None),
    ("저녁에 같이 천변 걷기 하실 분 연락 주세요", None),
])
def test_a_way_into_a_chat_an_ad_complained_about_a_public_course_and_company_are_not_ads(
        text: str, also: str | None) -> None:
    rules = broken(text)
    assert "commercial" not in rules
    if also:
        assert also in rules


@pytest.mark.parametrize("text", [
    "추천인 코드 넣고 가입하면 3천원 적립돼요",
    "주식 리딩방 가입 코드 vip77 지금 입장하세요",
    "족발집 사장입니다 오늘 배달비 무료예요 주문 많이 해 주세요",
    "상가 1층 임대 권리금 없어요 분식 추천 자리",
    "에어컨 청소 전문 전 지역 출장 ☎ 031-5xx-xxxx",
])
def test_referral_bait_a_leading_room_and_shops_in_their_own_voice_are_still_ads(text: str) -> None:
    assert "commercial" in broken(text, heads=False)


def test_the_score_that_aims_a_plain_mention_is_the_callers() -> None:
    # A group named in a plain statement is aimed at only when the message scores hostile. The rule and the decision
    # already hold the message's score: abuse.target uses theirs, so a caller's (or a test's) score decides alike.
    from moderation.abuse import target
    from moderation.evasion import variants

    forms = variants("이 방 사람들 오늘따라 왜 이리 조용해요")
    assert target(forms, lambda _t: 0.9) is not None
    assert target(forms, lambda _t: 0.1) is None


@pytest.mark.parametrize("text, invites", [
    ("동네 육아 톡방 열었어요 놀러 오세요", True),  # a chat room by its everyday name, opened elsewhere
    ("캠핑 좋아하는 분들 톡방 파놨어요 오세요~", True),
    ("이 톡방 들어오시면 공지부터 읽어주세요", False),  # this room
    ("우리 톡방 들어온 지 일년 됐네요", False),
])
def test_a_talk_room_opened_elsewhere_is_an_invitation(text: str, invites: bool) -> None:
    assert ("outside_link" in broken(text)) is invites


# ---------------------------------------------------------------- what a fresh outside set still showed missing
@pytest.mark.parametrize("text, rule", [
    ("햇사과 산지직송 5kg 32,000원 주문은 smartstore.naver.com/orchard_kim", "commercial"),  # an online shop sells
    ("신용 상관없음 대출 한도 조회 무료로 해 드려요", "commercial"),  # loan bait in other words
    ("폐가전 삽니다 냉장고 세탁기 고가매입 현금 즉시", "commercial"),  # a dealer buying
    ("같은 당이 군수 삼십 년 했으면 됐다 이번엔 무조건 바꾸자", "politics"),  # vote the incumbent out, no vote word
    ("외노자들 몰려와서 우리 일자리 다 뺏어가요", "abuse"),  # hate at a group without a swear word
])
def test_shops_loans_dealers_incumbents_and_job_hate(text: str, rule: str) -> None:
    assert rule in broken(text)


@pytest.mark.parametrize("text", [
    "쿠팡에서 산 제습기가 고장났는데 as는 어디로 하나요",
    "전통시장 간판 이번엔 꼭 바꿔야 해요 글씨가 안 보여요",
    "시장님 이번엔 꼭 가로등 바꿔주세요",
    "외국인 근로자 일자리 지원사업 신청했는데 답이 없어요",
    "중고로 산 자전거 도난당했어요 현금 주고 산 건데",
])
def test_a_shop_named_a_sign_to_change_or_jobs_asked_for_break_no_rule(text: str) -> None:
    assert broken(text) == set()


@pytest.mark.parametrize("text", [
    "그 구의원 양반 집 주소 송정동 OO빌라 201호래요 다들 찾아가서 따집시다",  # a home put up: doxxing, not an insult
    "어제 그 택시 기사 진짜 무례한 인간이더라",  # rudeness called what a person is
    "옆집 인간은 진짜 무개념 쓰레기임 새벽마다 쿵쿵",
])
def test_homes_put_up_and_people_called_rude_or_rubbish_are_abuse(text: str) -> None:
    assert "abuse" in broken(text)


def test_a_home_put_up_with_an_insult_is_never_filed_as_a_report() -> None:
    decision = decide("그 구의원 양반 집 주소 송정동 OO빌라 201호래요 다들 찾아가서 따집시다 가로등도 안 고쳐주고")
    assert decision.outcome.value == "rule"


@pytest.mark.parametrize("text", [
    "버스 기사님이 너무 불친절해요 인사도 안 받아요",  # unkind service is a complaint, not abuse
    "직원이 불친절한데 교육 좀 시켜주세요",
    "이 동네 쓰레기 무단 투기 좀 막아주세요",
])
def test_unkind_service_and_rubbish_on_the_street_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


@pytest.mark.parametrize("text", [
    "포항 사람들 과메기 없으면 겨울 못 나는 거 인정?",  # asking one's own town to agree: banter
    "첫눈 오니까 애들 신났네 ㅋㅋ 눈사람 만든다고 난리",
    "ㅋㅋ 사투리 모르는 관광객들 '욕보소' 듣고 깜짝 놀람",
    "고라니 어제 또 나왔어요 새끼 두 마리 데리고",  # an animal's young
    "투표는 각자 하시되 여기서 선거운동은 좀..",  # asking the room not to campaign
])
def test_banter_young_animals_and_no_campaigning_here_break_no_rule(text: str) -> None:
    assert broken(text) == set()


def test_a_vote_refused_in_ones_own_voice_is_politics() -> None:
    assert "politics" in broken("이번 군수는 주민 무시만 하니 다음엔 절대 안 뽑는다")
    assert broken("ㅋㅋ 관광객들 진짜 개념 없네 쓰레기 다 버리고 감") == {"abuse"}  # laughing with scorn is no banter


@pytest.mark.parametrize("text, rules", [
    ("순천 분양 마지막 세대! 오션뷰 중도금 무이자 상담 010-2233-xxxx", {"commercial"}),
    ("출장 마사지 24시 ☎ 010-1234-xxxx 모텔 호텔 방문", {"commercial"}),
    ("등산 동호회 밴드 모집중! 매주 일요일 출발 밴드 초대코드 HIKE22", {"outside_link"}),  # a club's way in, no reward
])
def test_flats_sold_call_massage_and_a_clubs_code(text: str, rules: set[str]) -> None:
    assert broken(text) == rules
