"""House rules, flood detection and strike arithmetic."""

from __future__ import annotations

import pytest

from moderation.flood import FloodDetector
from moderation.rules import (DEFAULT_RULES, Action, RoomRules, RuleId, RuleSettings, check_message, check_text,
                              flood_violation, rules_broken)
from moderation.strikes import StrikePolicy, active_strikes, add_strike, mute_for, prune


def broken(text: str, rules: RoomRules = DEFAULT_RULES) -> set[str]:
    return {v.rule.value for v in check_text(text, rules)}


# ---------------------------------------------------------------- commercial
@pytest.mark.parametrize("text", [
    "재택 부업 하루 1시간 월 300 보장! 카톡 문의 주세요",
    "고수익 알바 모집합니다 누구나 가능 연락 주세요 010-1234-5678",
    "추천인 코드 ABC123 입력하면 5천원 적립돼요",
    "가입하면 쿠폰 드려요 https://shop.example.com/signup?ref=abc123",
    "주식 리딩방 무료 체험 선착순 모집",
    "저희 가게 오픈 기념 20% 할인 이벤트 합니다",
    "우리 식당 개업 기념 방문해 주세요",
    "Earn $500 a day from home, DM me",
    "Use my referral code ABC for 10% off",
])
def test_ads_side_jobs_and_referrals_are_commercial(text: str) -> None:
    assert "commercial" in broken(text)


@pytest.mark.parametrize("text", [
    "선착순 100명 청년 지원금 신청하세요 (시청 공지 참고)",
    "주민센터에 문의 주세요라고 하던데 어디로 전화해야 하나요?",
    "공영주차장 요금 할인 정책이 생겼으면 좋겠어요",
    "우리 가게 앞 도로가 파였어요",
    "공영주차장 50% 할인 정책 좋네요",
    "The 20% off parking discount is a good policy",
    "Can someone DM me the meeting notes?",
])
def test_ordinary_room_talk_is_not_commercial(text: str) -> None:
    assert "commercial" not in broken(text)


# ---------------------------------------------------------------- politics
@pytest.mark.parametrize("text", [
    "기호 2번 홍길동 후보를 뽑아주세요!",
    "이번 선거에서 OO당 후보 꼭 찍어주세요",
    "김OO 의원 낙선 운동에 동참합시다",
    # a politician's release (the city's own releases are news: tests/test_rules_fresh3.py)
    "[보도자료] 과천시의회 김OO 의원, 청년 주거 지원 조례 대표 발의 / 보도일시: 2024.5.1.(수) 06:00",
    "기 호 3 번 잊지 마세요",
    # campaigning against: voters told not to vote for someone (a demand that an incumbent resign asks for
    # no vote: tests/test_rules_kinds.py)
    "저 후보 절대 뽑지 맙시다",
    "Vote for candidate Kim, number 2!",
    "Don't vote for the mayor next time",
])
def test_campaigning_and_press_releases_are_politics(text: str) -> None:
    assert "politics" in broken(text)


@pytest.mark.parametrize("text", [
    "시장님 정책 반대합니다. 다자녀 기준 재검토 바랍니다",
    "시의원님들 이 예산안 다시 한번 봐주세요",
    "도시계획과 결정은 주민 의견을 무시한 것 같아요",
    "이번 청년 정책 공약이 실제로 지켜지고 있나요?",
    "시청 보도자료 보니까 내년부터 버스 노선이 바뀐다네요",
    "담당 과장 사퇴하라는 말까지 나오네요",
    "시장 가는 길이 막혀요 차들 좀 물러나세요",
    "탄핵 소추안 통과됐네요",
    "I'd vote for the new bus route plan",
])
def test_discussing_policy_is_not_politics(text: str) -> None:
    assert "politics" not in broken(text)


# ---------------------------------------------------------------- outside links
@pytest.mark.parametrize("text", [
    "오픈채팅 들어오세요 https://open.kakao.com/o/abcd",
    "https://t.me/joinchat/xyz 여기로 오세요",
    "t . me / abcde 로 오세요",
    "band.us/n/abc 가입하세요",
    "네이버 카페 cafe.naver.com/gwacheonmom 가입해 주세요",
    "오 픈 채 팅 방 검색해서 들어오세요",
    "카톡방 들어오세요~",
    "단톡방 초대해 드릴게요",
    "https://example.com/some-page 가입하세요",
    "링크는...t.me/abcde 입니다",
])
def test_invitations_and_outside_links(text: str) -> None:
    assert "outside_link" in broken(text)


def test_any_outside_link_breaks_the_rule_unless_the_room_lets_plain_links_through() -> None:
    # "No outside links" (the mission's house rules): a plain link to an article, a video or a photo page is
    # kept out by default; a room that allows plain links sets every_link = 0.
    plain_links = RoomRules.from_config({"outside_link": {"thresholds": {"every_link": 0}}})
    for text in ("https://example.com/some-page", "시의회 본회의 유튜브 생중계 https://youtube.com/@council",
                 "사진 여기 올렸어요 imgur.com/a/xYz12", "이 블로그에 배출 요일 정리돼 있어요 https://blog.naver.com/life/2233"):
        assert "outside_link" in broken(text)
        assert "outside_link" not in broken(text, plain_links)


@pytest.mark.parametrize("text", [
    "관련 기사 https://news.example.co.kr/article/1 참고하세요",
    "역 얘기 나온 기사 공유해요 https://www.cbnews-today.com/news/articleView.html?idxno=81234",
    "이 사건 기사 보세요 어이없음 https://www.news1.kr/articles/5123456",
    "경북도, 이차전지 특화단지 예산 증액 https://www.imaeil.com/page/view/2024",
    "Article about the new bus routes: https://www.koreaherald.com/view.php?ud=2024",
    "다음 뉴스 https://v.daum.net/v/20240412093001234 보니까 내년 착공이래요",
])
def test_a_news_article_is_discussion_not_an_outside_link(text: str) -> None:
    # Sharing a report about the city takes part in the discussion: outside writers of room sets did not count
    # such links (7 of 9). A room that keeps them out too sets news_articles = 0.
    assert "outside_link" not in broken(text)
    no_news = RoomRules.from_config({"outside_link": {"thresholds": {"news_articles": 0}}})
    assert "outside_link" in broken(text, no_news)


@pytest.mark.parametrize("text", [
    "기사 보시고 저희 채널 구독 부탁드려요 https://news.example.co.kr/article/1",  # offered with an invitation
    "뉴스 요약방 들어오세요 https://open.kakao.com/o/gNews12",  # a chat, whatever it is about
    "오늘의 뉴스 bit.ly/3xNews9",  # a short link hides where it goes
    "https://dailynews.shop/article/5 최저가 보러 가기",  # a shop's domain
    "신상 입고 소식 https://smartstore.naver.com/news/shop123",  # an online shop, whatever its path says
])
def test_links_that_only_look_like_news_still_break_the_rule(text: str) -> None:
    assert "outside_link" in broken(text)


@pytest.mark.parametrize("text", [
    "자세한 내용은 https://www.gwacheon.go.kr/notice/123 참고하세요",
    "공지 gwacheon.go.kr 에 있어요",
    "버스 배차 간격이 3.5배 늘었어요",
    "이 방 규칙 좀 알려 주세요",
    "답변은 minsu.kim@example.com 으로 주세요",  # an e-mail address is not an invitation elsewhere
])
def test_city_domain_and_plain_text_pass(text: str) -> None:
    assert "outside_link" not in broken(text)


def test_allowed_domains_are_configurable() -> None:
    rules = RoomRules.from_config({"outside_link": {"allowed_domains": ["gwacheon.go.kr", "example.com"],
                                                    "thresholds": {"every_link": 1}}})
    assert "outside_link" not in broken("https://example.com/page", rules)
    assert "outside_link" not in broken("https://www.gwacheon.go.kr/", rules)
    assert "outside_link" in broken("https://open.kakao.com/o/x", rules)


# ---------------------------------------------------------------- abuse
@pytest.mark.parametrize("text", [
    "담당자 XX 새끼", "ㅅㅂ 너 진짜", "ㅆㅂ 너 뭐하는 거야", "시1발 너", "s i b a l 너 뭐냐", "s1bal 당신 뭐야", "시\u200b발 너 뭐냐",
    "ㅂㅅ같은 행정", "병 신", "ㅅl발 니가 뭔데", "씨 1 발 너", "ㅄ", "개 새 끼", "ㅅㅣㅂㅏㄹ 너 말이야", "tlqkf 너", "씨이이이발 너",
    "닥쳐 이 한심한 놈아",
])
def test_insults_and_their_disguises_are_abuse(text: str) -> None:
    # swear words in any disguise, aimed at someone (second person) or insult words themselves
    assert "abuse" in broken(text)


@pytest.mark.parametrize("text", ["ㅅㅂ 진짜", "시1발", "s i b a l", "s1bal", "시\u200b발 뭐냐", "ㅅㅣㅂㅏㄹ", "tlqkf", "씨이이이발"])
def test_the_same_swearing_aimed_at_nobody_is_not_abuse(text: str) -> None:
    # issue 12: abuse is directed; swearing at a situation (or at nothing) is not (a room that wants
    # every swear word gone lists them in [rules.abuse] extra_words)
    assert "abuse" not in broken(text)
    rules = RoomRules.from_config({"abuse": {"extra_words": ["ㅅㅂ", "시발", "sibal", "씨발"]}})
    assert "abuse" in broken(text, rules)


@pytest.mark.parametrize("text", [
    "아 진짜 이 도로 몇 달째 방치냐 너무하네",
    "가로등이 꺼져 있어요 빨리 고쳐주세요",
    "민원 넣은 지 한 달인데 씹혔네요. 너무한 거 아닙니까",
    "이게 행정입니까? 정말 화가 납니다. 당장 고쳐 주세요!!!",
    "당신네 담당자 업무처리가 왜 그러시죠?? 민원을 몇 번이나 넣었는데 답이 없네요",
    "cctv 설치 요청합니다. 감염병 예방 홍보도 부탁드려요",
    "2018년 7월 28일에 올린 민원입니다. 배다리방면) 상기 도로 보수 요청",
    "시발점이 어디에요?",
    "도로옆에 새끼 길고양이가 있어요",
    "어제 제설 빨리 해주셔서 감사해요",
    "오늘 쓰레기 수거일인가요?",
])
def test_angry_or_ordinary_complaints_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


@pytest.mark.parametrize("text", [
    "아 ㅅㅂ 우리 골목 가로등 또 나갔네 벌써 세번째다",
    "시발 놀이터 미끄럼틀 부서진거 언제 고쳐요",
    "존나 어둡네 공원 조명 좀 고쳐주세요",
])
def test_swearing_in_a_report_of_a_problem_is_not_abuse(text: str) -> None:
    # the issue: a furious but legitimate complaint is filed, not punished, unless it insults a person
    assert "abuse" not in broken(text)


def test_swearing_at_a_person_in_a_report_is_still_abuse() -> None:
    assert "abuse" in broken("병신같은 행정 가로등도 못고치냐")  # an insult word
    assert "abuse" in broken("ㅅㅂ 담당자 너 일 안하냐")  # swearing at someone, no report


def test_abuse_model_path_needs_a_target() -> None:
    # A very hostile score alone is anger at a situation; with a person it is abuse.
    def always_hostile(_t: str) -> float:
        return 0.99

    assert not [v for v in check_text("이 도로 상태 정말 최악이다", hostility=always_hostile)
                if v.rule is RuleId.ABUSE]
    hits = [v for v in check_text("담당자 당신 정말 최악이다", hostility=always_hostile) if v.rule is RuleId.ABUSE]
    assert hits and "hostility" in hits[0].evidence


# ---------------------------------------------------------------- configuration
def test_violation_carries_action_and_explanations() -> None:
    (v,) = check_text("기호 2번 후보 뽑아주세요")
    assert v.rule is RuleId.POLITICS and v.action is Action.DELETE
    assert "보도자료" in v.explanation_ko and "campaigning" in v.explanation_en
    assert "기호 2번" in v.evidence


def test_rules_can_be_switched_off_and_retuned() -> None:
    rules = RoomRules.from_config({
        "politics": {"enabled": False},
        "abuse": {"action": "warn", "removed_words": ["ㅅㅂ"]},
        "commercial": {"extra_words": ["공동구매"]},
    })
    assert "politics" not in broken("기호 2번 후보 뽑아주세요", rules)
    assert "abuse" not in broken("ㅅㅂ 진짜", rules)
    assert "commercial" in broken("공동구매 하실 분", rules)
    assert rules.abuse.action is Action.WARN
    with pytest.raises(ValueError):
        RoomRules.from_config({"no_such_rule": {}})


def test_settings_thresholds() -> None:
    s = RuleSettings(thresholds=(("hostility", 0.9),))
    assert s.threshold("hostility", 0.5) == 0.9 and s.threshold("other", 0.5) == 0.5


def test_moderators_are_exempt() -> None:
    assert check_message("https://open.kakao.com/o/x 기호 2번 후보", is_moderator=True) == []
    assert check_message("https://open.kakao.com/o/x", is_moderator=False)


def test_rules_broken_lists_ids_and_never_flood() -> None:
    assert rules_broken("오픈채팅 들어오세요 병신들아") == ["abuse", "outside_link"]
    assert rules_broken("") == []
    assert rules_broken("좋은 아침입니다") == []


# ---------------------------------------------------------------- flood
def test_flood_triggers_on_many_messages_in_seconds() -> None:
    flood = FloodDetector(max_messages=6, window_seconds=10)
    results = [flood.observe("주민-1", 100.0 + i) for i in range(6)]
    assert results == [False] * 5 + [True]
    assert flood_violation() is not None and flood_violation().rule is RuleId.FLOOD


def test_slow_messages_and_other_people_do_not_flood() -> None:
    flood = FloodDetector(max_messages=6, window_seconds=10)
    assert not any(flood.observe("주민-1", 100.0 + 3 * i) for i in range(30))
    assert not any(flood.observe(f"이웃-{i}", 200.0) for i in range(50))


def test_flood_memory_is_bounded() -> None:
    flood = FloodDetector(max_messages=6, window_seconds=10, max_authors=100)
    for i in range(10_000):
        flood.observe(f"주민-{i}", float(i) / 100)
    assert len(flood) <= 100
    flood.observe("late", 10_000.0)  # everyone else is long idle
    assert len(flood) == 1


def test_flood_rule_off() -> None:
    assert flood_violation(RoomRules.from_config({"flood": {"enabled": False}})) is None


# ---------------------------------------------------------------- strikes
def test_strikes_escalate() -> None:
    policy = StrikePolicy(expire_after=7 * 86_400, mute_from=2, mute_ladder=(3600, 86_400, 604_800))
    times: list[float] = []
    mutes = []
    for k in range(5):
        now = 1000.0 + k * 60
        outcome = add_strike(times, now, policy)
        mutes.append(outcome.mute_seconds)
        times.append(now)
    assert mutes == [None, 3600, 86_400, 604_800, 604_800]


def test_strikes_expire() -> None:
    policy = StrikePolicy(expire_after=86_400, mute_from=2, mute_ladder=(600,))
    times = [0.0, 10.0]
    assert active_strikes(times, 100.0, policy) == 2
    assert active_strikes(times, 86_401.0, policy) == 1
    assert active_strikes(times, 86_411.0, policy) == 0
    # Old strikes no longer count: a new one is a first strike again, no mute.
    assert add_strike(times, 200_000.0, policy).mute_seconds is None
    assert prune(times, 86_401.0, policy) == [10.0]
    assert mute_for(0, policy) is None


def test_strike_policy_validates_and_reads_config() -> None:
    with pytest.raises(ValueError):
        StrikePolicy(mute_ladder=(600, 60))
    rules = RoomRules.from_config({"strikes": {"expire_after": 3600, "mute_ladder": [60, 120]}})
    assert rules.strikes == StrikePolicy(expire_after=3600.0, mute_from=2, mute_ladder=(60.0, 120.0))


# ---------------------------------------------------------------- issue 12: what a room really sees
# Fresh sentences, written for these tests (not taken from the room data files).
@pytest.mark.parametrize("text", [
    "관양동 치킨집 새로 오픈했어요~ 포장 주문하시면 콜라 서비스 드립니다",
    "원룸 청소 10평 기준 12만원, 주말 예약 가능합니다 문의는 문자로",
    "초중등 수학 공부방 신규생 모집! 첫 주 무료 수업 진행해요",
    "코인 선물 리딩 3개월 수익률 인증합니다 관심 있으시면 말씀 주세요",
    "퇴근 후 집에서 하는 부업 하루 두 시간이면 충분합니다 월 150 가능",
    "주식 초보도 따라만 하면 되는 종목 무료로 공유해 드려요",
    "무직자도 당일 대출 가능! 한도 조회만 해보세요",
    "배민 신규가입 쿠폰 받으시려면 제 추천인 코드 넣어주세요",
    "이 앱 가입만 하면 3천원 바로 들어와요 han.gl/Qw12e",
    "아기 옷 물려받은 거 사이즈 80 5벌 만원에 팝니다",
    "I'm selling a barely used stroller, 80,000 won, pick up near the station",
])
def test_ads_bait_and_referrals_are_commercial(text: str) -> None:
    assert "commercial" in broken(text)


@pytest.mark.parametrize("text", [
    "관양동 치킨집 앞에 배달 오토바이가 인도를 막고 있어요",
    "코인 노래방 옆 골목에 쓰레기 좀 치워 주세요",
    "리딩방 사기 문자 또 왔네요 다들 조심하세요",
    "주민센터에서 어르신 스마트폰 교실 수강생 모집한대요",
    "상품권 할인 판매는 언제 하나요?",
    "주차요금 3000원은 너무 비싸요 조정해 주세요",
    "제 연락처 010-2345-6789 남길게요 확인되면 연락 주세요",
    "시장 상인회가 주차장 확충을 요청했다네요",
])
def test_talk_about_shops_money_and_scams_is_not_commercial(text: str) -> None:
    assert "commercial" not in broken(text)


@pytest.mark.parametrize("text", [
    "이번 구청장 선거 기호 3번 박지훈 꼭 찍어 주세요",
    "6월 선거 때 ㅇㅇ당 후보 밀어 주세요 동네가 달라집니다",
    "재개발 막은 그 의원 이번엔 반드시 낙선시킵시다",
    "시민과 함께 뛰는 시장, 이민재가 해내겠습니다",
    "현 구청장 다시 뽑으면 안 돼요 주변에도 꼭 말해 주세요",
    "내일 오후 과천역 광장에서 최 후보 유세 있습니다 와서 응원해 주세요",
    "[보도자료] 김OO 의원, 지역 도서관 예산 5억 확보",
    "Please vote for candidate Lee on election day!",
])
def test_campaigning_slogans_and_press_releases_are_politics(text: str) -> None:
    assert "politics" in broken(text)


@pytest.mark.parametrize("text", [
    "시장님 이번 버스 노선 개편은 주민 의견을 좀 더 들으셨어야 해요",
    "투표소 위치 바뀌었나요? 작년엔 초등학교였는데",
    "선거 끝났으니 현수막 좀 빨리 철거해 주세요",
    "놀이터에 잡초 좀 뽑아 주세요 애들 다리에 걸려요",
    "민원 접수증 사진 찍어 주세요",
    "의원님들 예산 심의 꼼꼼히 해주세요",
    "어느 당이 되든 교통 문제부터 해결했으면 좋겠네요",
])
def test_policy_talk_and_election_logistics_are_not_politics(text: str) -> None:
    assert "politics" not in broken(text)


@pytest.mark.parametrize("text", [
    "동네 엄마들 오픈톡 있어요 입장코드 2468",
    "육아 정보는 밴드에 더 많아요 가입 신청해 주세요",
    "우리 단지 주민 단톡방 들어오실 분 연락 주세요",
    "디스코드에서 얘기해요 discord.gg/abc12",
    "설문 링크 me2.kr/AbC1",
    "카페 'ㅇㅇ동 이웃들' 검색하시면 나와요 비번은 공지 참고",
    "Join our Telegram group for local news!",
])
def test_invitations_codes_and_short_links_are_outside_links(text: str) -> None:
    assert "outside_link" in broken(text)


@pytest.mark.parametrize("text", [
    "공고는 www.anyang.go.kr 에서 확인하세요",
    "정부24 www.gov.kr 에서 발급돼요",
    "정책브리핑 www.korea.kr 참고",
    "카페 앞 횡단보도 신호가 너무 짧아요",
    "밴드 공연 소리 때문에 잠을 못 자요",
    "단톡방에서 본 얘기인데 사실인지 모르겠어요",
    "I opened a small restaurant. So many rules and nobody explains them in English.",
])
def test_city_sites_and_places_named_cafe_or_band_are_not_outside_links(text: str) -> None:
    assert "outside_link" not in broken(text)


@pytest.mark.parametrize("text", [
    "세금 도둑들이 또 보도블록 갈아엎네",
    "교통과 직원들 월급루팡 소리 들어도 싸다",
    "시청 공무원 나부랭이들이 뭘 알겠어요",
    "무능한 구청장 때문에 동네가 엉망",
    "담당 주무관 하는 짓 보면 양심도 없는 인간이에요",
    "님 같은 사람이 제일 피곤해요",
    "외국인들 동네에서 다 쫓아내야 합니다",
    "한 번만 더 댓글 달면 찾아간다",
    "저 집 아저씨 번호 010-8765-4321이에요 다들 전화해서 항의해요",
    "These lazy officials are a joke",
    "Shut up, nobody asked you",
])
def test_directed_insults_contempt_hate_threats_and_doxxing_are_abuse(text: str) -> None:
    assert "abuse" in broken(text)


@pytest.mark.parametrize("text", [
    "ㅅㅂ 또 정전이네 언제 복구돼요?",
    "아 진짜 욕 나온다 버스 30분째 안 와",
    "씨발 오늘 왜 이렇게 춥냐",
    "가로등이 꺼져 있어요 고쳐 주세요",
    "담당 부서 답변이 너무 늦어요. 두 달째 기다리는 중입니다",
    "탁상행정이라는 말이 괜히 나오는 게 아니네요 현장 좀 보세요",
    "토지는 나대지 상태로 방치되어 있습니다",
    "도시락 싸가지고 공원 가요",
    "제가 멍청했네요 날짜를 잘못 봤어요",
    "공원에 고양이 새끼 세 마리가 있어요",
    "What a stupid idea to close the pool in summer",
    "Damn, the bus is late again",
])
def test_swearing_at_situations_criticism_and_ordinary_words_are_not_abuse(text: str) -> None:
    assert "abuse" not in broken(text)


def test_a_high_score_aimed_at_someone_is_abuse_but_not_in_a_report() -> None:
    def always_hostile(_t: str) -> float:  # above the abuse rule's model cut (0.7)
        return 0.75

    assert "abuse" in {v.rule.value for v in check_text("당신 진짜 최악이다", hostility=always_hostile, reports=lambda: False)}
    assert "abuse" not in {v.rule.value for v in check_text("당신 진짜 최악이다", hostility=always_hostile, reports=lambda: True)}
    assert "abuse" not in {v.rule.value for v in check_text("오늘 날씨 최악이다", hostility=always_hostile, reports=lambda: False)}


def test_removed_words_are_not_counted() -> None:
    rules = RoomRules.from_config({"commercial": {"removed_words": ["팝니다"]}, "abuse": {"removed_words": ["세금도둑"]}})
    assert "commercial" not in broken("자전거 팝니다", rules)
    assert "commercial" in broken("자전거 팝니다")
    assert "abuse" not in broken("세금도둑", rules) and "abuse" in broken("세금도둑")


# A ballot number urged without an election word: the number itself is the candidate ("4번으로 뭉칩시다").
@pytest.mark.parametrize("text", [
    "이번엔 우리 단지 다 같이 4번으로 뭉칩시다",
    "1번에 몰아 주셔야 우리 동 재개발이 됩니다",
    "6월 3일엔 2번 찍기로 약속해요 부모님께도 전해 주세요",
    "5번에 도장 꾹 눌러 주세요 동네 토박이입니다",
    "We're all voting number 3 this time, spread the word",
])
def test_a_ballot_number_urged_is_politics(text: str) -> None:
    assert "politics" in broken(text)


@pytest.mark.parametrize("text", [
    "관리사무소에 3번 부탁드렸는데 아직도 안 고쳐줘요",
    "스탬프 투어 도장 3번 찍어야 기념품 준대요",
    "2번 창구에서 도장 받으시면 돼요",
    "5번 출구 앞으로 다 같이 모여요 동참하실 분들 환영",
    "Bus number 3 never comes on time, we should all complain",
])
def test_numbers_that_are_not_ballots_are_not_politics(text: str) -> None:
    assert "politics" not in broken(text)
