"""One decision per message (moderation.decision): house rules first, abuse is directed, then intake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation.decision import Decision, Outcome, Thresholds, decide
from moderation.intake import Intake, classify
from moderation.rules import Action, RoomRules
from moderation.rules_evaluation import evaluate, format_report

REPO = Path(__file__).resolve().parents[1]
AD = "집에서 폰으로 하루 한두시간 투자로 월 250 가능! 부업 원하시는 분 연락 주세요"
CAMPAIGN = "이번 시장 선거에서 기호 2번 한상우 후보 꼭 찍어 주세요"
INVITE = "우리 동 주민 오픈채팅방 있어요 참여코드 5151"
SWEARING_COMPLAINT = "아 ㅅㅂ 중앙공원 앞 횡단보도 신호등 또 고장났네 진짜 욕나온다 빨리 고쳐주세요"
OFFICIAL_INSULT = "도로과 공무원들 진짜 세금도둑이네 일을 이따위로 하냐"


def civic(text: str) -> Intake:
    """An intake model that is sure everything is a complaint (to show the rules come first)."""
    return Intake("complaint", "road", None, 0.99, text, civic=0.99)


def unsure(text: str) -> Intake:
    return Intake("complaint", "road", None, 0.6, text, civic=0.6)


@pytest.mark.parametrize("text", [AD, CAMPAIGN, INVITE])
def test_a_message_the_house_rules_keep_out_is_never_filed(text: str) -> None:
    decision = decide(text, classifier=civic)  # even when intake is sure it is a complaint
    assert decision.outcome is Outcome.RULE and decision.kind == "other"
    assert decision.applied is not None and decision.applied.rule.value in decision.rules


@pytest.mark.parametrize("text", [AD, CAMPAIGN, INVITE])
def test_a_rule_that_only_warns_still_keeps_the_message_out_of_intake(text: str) -> None:
    warn_all = RoomRules.from_config({name: {"action": "warn"} for name in ("politics", "commercial", "outside_link")})
    decision = decide(text, warn_all, classifier=civic)
    assert decision.outcome is Outcome.RULE and decision.kind == "other"
    assert decision.applied is not None and decision.applied.action is Action.WARN


def test_swearing_at_a_situation_in_a_report_is_filed_and_not_punished() -> None:
    decision = decide(SWEARING_COMPLAINT)
    assert decision.outcome is Outcome.FILE and decision.kind == "complaint"
    assert decision.verdicts == () and decision.applied is None
    assert decision.hostility < 0.5


def test_an_insult_at_an_official_without_profanity_is_abuse_and_scores_hostile() -> None:
    decision = decide(OFFICIAL_INSULT)
    assert decision.outcome is Outcome.RULE and decision.rules == ["abuse"]
    assert decision.applied is not None and decision.applied.action is Action.STRIKE
    assert decision.hostility >= 0.5


def test_an_insult_in_a_sure_report_is_removed_and_the_problem_still_filed() -> None:
    # The city must not lose the broken pavement because the resident insulted its staff: the abuse
    # rule removes the message and counts its strike (applied), and the report is filed.
    text = "무능한 공무원 놈들아 중앙로 45 앞 보도블럭 깨진 거 당장 고쳐라"
    decision = decide(text, classifier=civic)
    assert decision.outcome is Outcome.FILE and decision.kind == "complaint"
    assert decision.applied is not None and (decision.applied.rule.value, decision.applied.action) == ("abuse", Action.STRIKE)
    # unsure whether it reports anything: only the rule (a question would hang under a removed message)
    assert decide(text, classifier=unsure).outcome is Outcome.RULE
    # a room that only warns: warned, and filed, as before
    warned = decide(text, RoomRules.from_config({"abuse": {"action": "warn"}}), classifier=civic)
    assert warned.outcome is Outcome.FILE and warned.kind == "complaint"
    assert [v.rule.value for v in warned.warnings] == ["abuse"] and warned.applied is warned.warnings[0]


def test_an_insult_in_a_report_the_bot_would_ask_about_is_filed_when_it_names_the_place() -> None:
    # Removed, the message cannot be asked about; naming where the problem is makes it a report of its own
    # ("세금도둑들아 … 터널 입구 구멍 몇달째냐"), while a rant that names no place is only the rule.
    text = "도로과 세금도둑들아 일 좀 해라 양지터널 입구 구멍 몇달째냐"

    def unsure_with_a_place(t: str) -> Intake:
        return Intake("complaint", "road", "양지터널 입구", 0.7, t, civic=0.7)

    decision = decide(text, classifier=unsure_with_a_place)
    assert decision.outcome is Outcome.FILE and decision.kind == "complaint"
    assert decision.applied is not None and decision.applied.rule.value == "abuse"
    assert decide(text, classifier=unsure).outcome is Outcome.RULE  # no place: only the rule
    assert decide(text, classifier=unsure_with_a_place, reply_to_open_report=True).outcome is Outcome.RULE


def test_a_report_the_insult_alone_made_doubtful_is_read_without_it() -> None:
    # With the packaged intake: the insults drag the report under the asking line (civic 0.15: it reads as a rant);
    # cut out, what is left is a report that names where, and it is filed while the rule removes the insult. A rant
    # at people with its insult cut out names no place and stays only the rule.
    text = "도로과 공무원들 머리는 장식이냐 월산동 사거리 또 파였다 세금 받아먹고 뭐함"
    decision = decide(text)
    assert decision.outcome is Outcome.FILE and decision.kind == "complaint"
    assert decision.intake.place == "월산동 사거리" and decision.rules == ["abuse"]
    assert decide("개념 없는 새끼들 때문에 주차장이 맨날 난장판이다").outcome is Outcome.RULE
    assert decide("우리 군수는 무능 그 자체 하는 일마다 엉망").outcome is Outcome.RULE


def test_doxxing_is_never_filed_for_its_author_however_sure_the_report() -> None:
    decision = decide("불법주차 차주 번호 010-3344-5566 이에요 중앙공원 앞 소화전 앞에 매일 세움 다들 전화하세요", classifier=civic)
    assert decision.outcome is Outcome.RULE and decision.kind == "other" and decision.rules == ["abuse"]


@pytest.mark.parametrize(
    "text",
    [
        # a group hated, and nothing left that says where a problem is (the intake sure of everything, but of no place)
        "외국인 노동자들 때문에 중앙공원 밤에 무서워서 못 다녀요 다 내쫓아야 돼",
    ],
)
def test_hate_with_no_problem_of_its_own_left_is_not_filed(text: str) -> None:
    decision = decide(text, classifier=civic)
    assert decision.outcome is Outcome.RULE and decision.kind == "other" and decision.rules == ["abuse"]
    assert decide("노인네들이 벤치 다 차지하고 떠들어서 애들이 못 앉아요 집에나 계시지").outcome is Outcome.RULE
    assert decide("외국인들 다 쫓아내야 함 더러워서 못살겠음").outcome is Outcome.RULE


def test_rubbish_blamed_on_a_hated_group_is_removed_and_the_rubbish_filed_without_the_hate() -> None:
    # the abuse rule removes the message; the city still gets the dumping, and the record keeps no word of the hate
    decision = decide("신촌리 빌라 앞 음식물 쓰레기 무단투기 진짜 심함 외노자들 짓임 싹 다 내쫓아야 됨")
    assert decision.outcome is Outcome.FILE and decision.kind == "complaint" and decision.rules == ["abuse"]
    assert decision.applied is not None and decision.applied.rule.value == "abuse"
    assert decision.intake.place == "신촌리 빌라 앞"
    assert "외노자" not in decision.intake.redacted and "내쫓" not in decision.intake.redacted
    assert "무단투기" in decision.intake.redacted


def test_a_report_filed_from_a_removed_insult_keeps_no_insult_in_its_record() -> None:
    decision = decide("가로등 고쳐라 무능한 시장놈아 동문동 다 깜깜하다")
    assert decision.outcome is Outcome.FILE and decision.rules == ["abuse"]
    assert "시장놈" not in decision.intake.redacted and "무능" not in decision.intake.redacted
    assert "가로등" in decision.intake.redacted


def test_an_insulting_report_sent_privately_or_edited_is_not_filed() -> None:
    text = "무능한 공무원 놈들아 중앙로 45 앞 보도블럭 깨진 거 당장 고쳐라"
    assert decide(text, classifier=civic, private=True).outcome is Outcome.RULE
    assert decide(text, classifier=civic, edited=True).outcome is Outcome.RULE


def test_moderators_are_exempt_and_never_filed() -> None:
    decision = decide(AD, is_moderator=True, classifier=civic)
    assert decision.verdicts == () and decision.outcome is Outcome.IGNORE


def test_file_ask_or_ignore_by_the_thresholds() -> None:
    assert decide("중앙공원 벤치 부서졌어요", classifier=civic).outcome is Outcome.FILE
    assert decide("중앙공원 벤치 부서졌어요", classifier=unsure).outcome is Outcome.ASK
    strict = Thresholds(file=0.999, ask=0.7, sure=0.999)
    assert decide("중앙공원 벤치 부서졌어요", thresholds=strict, classifier=unsure).outcome is Outcome.IGNORE
    assert decide("오늘 날씨 좋네요 ㅎㅎ").outcome is Outcome.IGNORE


@pytest.mark.parametrize("text", ["저도 어제 거기서 넘어질 뻔했어요", "104동 쪽 입구예요", "저도요 ㅠㅠ", "same here"])
def test_a_short_reply_under_an_open_report_is_support_or_a_note(text: str) -> None:
    decision = decide(text, reply_to_open_report=True, classifier=lambda t: classify(t))
    assert decision.outcome is Outcome.SUPPORT_OR_NOTE


# (with "아 그리고 …" in front it says it adds a problem, and is read as a report of its own: see
# test_a_reply_that_turns_to_a_problem_of_its_own_is_a_new_report)
@pytest.mark.parametrize("text", ["길 건너 공원 화장실은 물이 안 나와요", "주차장 입구 차단기가 고장나서 외부 차들이 막 들어와요",
                                  "학교 앞 횡단보도 신호등이 어제부터 안 켜져요"])
def test_a_short_reply_that_raises_a_problem_of_its_own_is_asked_about(text: str) -> None:
    # sure it is a report, and the detail head finds no note on the report it answers (outside writers file such
    # replies): the author is asked, as for any report the bot is not to file on its own
    assert decide(text, reply_to_open_report=True).outcome is Outcome.ASK


@pytest.mark.parametrize("text", ["ㅇㅈ 매일 지나가는데 볼때마다 불안함", "인정 비 오면 발목까지 잠김", "저도 어제 봤어요 진짜 위험해요"])
def test_a_reply_that_opens_by_agreeing_stays_support(text: str) -> None:
    assert decide(text, reply_to_open_report=True).outcome is Outcome.SUPPORT_OR_NOTE


def test_chatter_under_a_report_is_ignored_and_a_long_new_report_is_filed() -> None:
    assert decide("ㅋㅋ 그러게요", reply_to_open_report=True).outcome is Outcome.IGNORE
    long_report = ("그건 그렇고 별양동 주공5단지 502동 앞 맨홀 뚜껑이 깨져서 아이들이 빠질 뻔했어요. "
                   "어제 저녁부터 그대로고 주변에 안전 표시도 없습니다. 빨리 조치 부탁드려요")
    assert decide(long_report, reply_to_open_report=True, classifier=civic).outcome is Outcome.FILE


@pytest.mark.parametrize(
    "text",
    [
        "주차장 유료화하면 손님 다 떨어져요 저는 반대합니다",
        "공원에 캠핑장 만드는 거 찬성이에요 주말에 갈 데가 생기잖아요",
        "I'm against the new bike lane, traffic is bad enough already",
    ],
)
def test_a_stance_on_a_plan_is_an_opinion_not_a_report(text: str) -> None:
    assert decide(text).outcome is Outcome.IGNORE


def test_a_stance_that_asks_for_something_is_still_read_as_a_report() -> None:
    d = decide("숲 밀어서 주차장 만드는 계획 반대합니다 주민 의견 다시 들어주세요")
    assert d.outcome in (Outcome.FILE, Outcome.ASK) and d.kind in ("complaint", "proposal")


@pytest.mark.parametrize(
    "text",
    [
        "[OO경찰서] 보이스피싱 주의 안내: 검찰 사칭 전화는 바로 끊어주세요",
        "[공지] 폭설로 시내버스 3개 노선 운행을 오늘 중단합니다",
        "[긴급재난문자] 호우경보 발효 중, 하천변 산책로 이용을 자제하시기 바랍니다 -OO군",
        "[환경위생과] 이번 주 토요일 전 지역 방역 소독 예정입니다. 창문을 닫아 주세요",
        "관리자님 스팸 광고 좀 지워 주세요 매일 올라와요",
    ],
)
def test_a_notice_pasted_and_a_request_to_the_rooms_admin_are_no_report(text: str) -> None:
    assert decide(text).outcome is Outcome.IGNORE


def test_an_edit_never_files_but_the_rules_still_apply() -> None:
    assert decide("중앙공원 벤치 부서졌어요", edited=True, classifier=civic).outcome is Outcome.IGNORE
    assert decide(AD, edited=True).outcome is Outcome.RULE


def test_a_private_report_is_filed_when_the_room_would_file_or_ask_and_no_house_rule_keeps_it_out() -> None:
    report = decide("별양동 주공7단지 뒷길 가로등이 한달째 나가있어요", private=True)
    assert report.outcome is Outcome.FILE and report.kind == "complaint"
    for chatter in ("감사합니다", "12", "ㅋㅋㅋ 그렇죠"):
        assert decide(chatter, private=True).outcome is Outcome.IGNORE, chatter  # no report: the resident is told why
    assert decide(AD, private=True).outcome is Outcome.RULE


@pytest.mark.parametrize("text", [
    "Hi everyone, is the library open on Sundays?", "Thanks for fixing the streetlight so fast!",
    "Where can I buy the official garbage bags?", "The bus was late again this morning, so annoying",
])
def test_ordinary_english_is_left_alone(text: str) -> None:
    decision = decide(text)
    assert decision.verdicts == () and decision.hostility < 0.5


@pytest.mark.parametrize("text", [
    "세금 축내는 것들이 하는 일이 다 그렇지", "너 같은 인간이랑 말 섞기 싫다", "님 머리는 장식이에요?",
    "ㅅㅂ 진짜 배고프다", "가로등 또 나갔네 ㅆㅂ 고쳐줘요", "어제 제설 감사합니다", "시장님 정책 실망이에요",
    "이 동네 노인네들은 다 똑같아 세금만 축내고", "You people are pathetic", "Damn this weather",
])
def test_the_abuse_rule_and_the_hostility_score_agree(text: str) -> None:
    decision: Decision = decide(text)
    assert (decision.hostility >= 0.5) == ("abuse" in decision.rules), (decision.hostility, decision.rules)


def test_the_decision_is_the_same_however_often_it_is_asked() -> None:
    first = decide(SWEARING_COMPLAINT)
    assert decide(SWEARING_COMPLAINT) == first and decide(SWEARING_COMPLAINT, classifier=classify) == first


# ---------------------------------------------------------------- the team's room-style rule data
def _rows(name: str) -> list[dict]:
    with (REPO / "training" / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("name", ["room_rules.jsonl", "room_rules_valid.jsonl"])
def test_the_rule_data_follows_the_room_schema(name: str) -> None:
    rows = _rows(name)
    assert len({row["text"] for row in rows}) == len(rows)
    for row in rows:
        assert row["label"] in ("complaint", "proposal", "none") and row["lang"] in ("ko", "en")
        assert set(row["rules"]) <= {"politics", "commercial", "abuse", "outside_link"}
        assert isinstance(row["hostile"], bool) and isinstance(row["tags"], list)
        assert row["place"] is None or row["place"] in row["text"]


def test_the_validation_set_is_not_the_development_set() -> None:
    assert not {r["text"] for r in _rows("room_rules.jsonl")} & {r["text"] for r in _rows("room_rules_valid.jsonl")}


def test_the_rules_meet_the_issue_targets_on_the_development_set() -> None:
    # The rules were written against this file: a regression guard, not a measure of unseen rooms.
    report = evaluate(_rows("room_rules.jsonl"))
    text = format_report(report)
    for name in ("politics", "commercial", "outside_link"):
        assert report.rules[name].recall >= 0.85 and report.rules[name].precision >= 0.95, text
    assert report.rules["abuse"].recall >= 0.75 and report.rules["abuse"].precision >= 0.85, text
    assert report.kept_out_filed == 0, text
    scored, total = report.ordinary_hostile["en"]
    assert scored * 16 <= total, text  # at most 1 in 16 ordinary English messages scored hostile


def test_privately_even_a_rule_the_room_only_warns_about_keeps_the_report_out() -> None:
    from moderation.rules import RoomRules

    warn_only = RoomRules.from_config({"abuse": {"action": "warn"}})
    angry = "중앙로 45 앞 포트홀 3주째 그대로네 담당 공무원들 진짜 세금도둑들이다"
    in_room = decide(angry, warn_only)
    assert in_room.applied is not None and in_room.applied.rule.value == "abuse"
    assert in_room.outcome is not Outcome.RULE  # in the room: warned, and the report still handled
    assert decide(angry, warn_only, private=True).outcome is Outcome.RULE  # privately: no author to warn


def test_a_detail_of_someone_elses_report_posted_without_replying_is_no_report_of_its_own() -> None:
    from moderation.intake import Intake

    def reading(confidence: float, detail: float):  # type: ignore[no-untyped-def]
        return lambda text: Intake("complaint", "road", "104동", confidence, text, confidence, detail=detail)

    text = "저도 어제 봤어요 104동 쪽이요"
    unsure = decide(text, classifier=reading(0.7, detail=0.8))
    assert (unsure.outcome, unsure.kind) == (Outcome.IGNORE, "other")
    assert decide(text, classifier=reading(0.95, detail=0.8)).outcome is Outcome.ASK  # sure of a report too: the author says
    assert decide(text, classifier=reading(0.95, detail=0.1)).outcome is Outcome.FILE
    under = decide(text, reply_to_open_report=True, classifier=reading(0.7, detail=0.8))
    assert (under.outcome, under.kind) == (Outcome.SUPPORT_OR_NOTE, "other")


@pytest.mark.parametrize("text", [
    "+1 아침마다 애 데리고 거기 건너는데 차들이 안 서요",
    "동감이에요 거기 밤에 진짜 어두워요",
    "저희 연립주택도 똑같아요 녹물 나와요",
    "우리 동네도 마찬가지예요 수거차가 안 와요",
    "Same here, the lamp across the road is dead too",
    "me too, the bus skipped our stop twice this week",
])
def test_a_message_that_opens_by_agreeing_with_another_is_no_report_of_its_own(text: str) -> None:
    # posted without replying, read as a report but not a sure one: it backs someone else's report
    # (before: asked "민원으로 접수할까요?" as if it were a new one)
    def reading(confidence: float):  # type: ignore[no-untyped-def]
        return lambda t: Intake("complaint", "road", None, confidence, t, confidence, detail=0.1)

    unsure = decide(text, classifier=reading(0.7))
    assert (unsure.outcome, unsure.kind) == (Outcome.IGNORE, "other")
    assert decide(text, classifier=reading(0.95)).outcome is Outcome.ASK  # sure of a report too: the author says


@pytest.mark.parametrize("text", [
    "저도 모르게 넘어질 뻔했어요 시장 골목 빙판 좀 치워주세요",  # 저도 inside a report, not an agreement opener
    "우리 아파트 놀이터 그네 줄이 끊어졌어요",
    "Same bus stop as last month, the shelter roof is leaking again",
    "공감 능력 없는 민원 답변 때문에 화가 나요 다시 답변해주세요",
])
def test_a_report_that_only_starts_with_a_similar_word_is_still_asked_about(text: str) -> None:
    def reading(t: str) -> Intake:
        return Intake("complaint", "road", None, 0.7, t, 0.7, detail=0.1)

    assert decide(text, classifier=reading).outcome is Outcome.ASK


@pytest.mark.parametrize(
    "text",
    [
        "가로등 얘기 나와서 말인데 중앙공원 정문 앞 횡단보도 신호등도 며칠째 꺼져 있어요",
        "주차도 문제지만 그 골목 하수구가 막혀서 비만 오면 물이 넘쳐요 좀 봐주세요",
        "거기만 그런 게 아니라 시장 뒤편 공영주차장 차단기도 고장 나서 차들이 못 나가요",
        "It's not just the lights, the pavement by the library entrance is cracked and people trip on it every day",
        # another thing than the one reported (ninth session: 23 replies over every room file toward their labels, 3 away)
        "거기 말고 그 옆 골목은 보안등이 아예 없어요",
        "재활용 말고 음식물 쓰레기도 사흘째 안 가져가요 우리 빌라",
        "저희 동네는 가로등보다 하수구 냄새가 더 문제예요",
        "주차도 주차지만 그 앞 횡단보도 신호등이 계속 꺼져 있어요",
        "그 옆 버스정류장 의자도 부서졌어요 이것도 좀 고쳐주세요",
        "Same road, the pedestrian button doesn't work either",
        # "그리고", "게다가", "X뿐 아니라" add a problem (tenth session: 10 replies toward their labels, 1 away)
        "동감이에요 그리고 그 앞 어린이공원 미끄럼틀이 부서져서 애들이 다칠 뻔했어요",
        "게다가 그 옆 버스정류장은 의자가 다 깨져 있어요",
        "정류장뿐 아니라 바로 옆 횡단보도 신호등도 꺼졌어요",
        "아 그리고 주차장 입구 차단기가 고장나서 외부 차들이 막 들어와요",
        # the same said in more ways, and the writer's own street or block named (eleventh session: 17 replies over the
        # readable room files toward their labels, 2 away)
        "거기만 그런 거 아니에요 읍내 농협 앞 인도도 다 깨져 있어요",
        "신호등도 그렇지만 그 앞 과속방지턱 페인트가 다 지워졌어요",
        "의자만 부서진 게 아니라 정류장 지붕도 구멍 났어요",
        "저희 동네도 보안등 나갔어요 북면 신촌리 마을회관 앞이요",
        "저희 단지는 물은 나오는데 엘리베이터가 사흘째 멈춰 있어요 중앙동 한빛아파트 102동이요",
    ],
)
def test_a_reply_that_turns_to_a_problem_of_its_own_is_a_new_report(text: str) -> None:
    # Under an open report a reply is a note or a supporter, unless it turns to another problem
    decision = decide(text, reply_to_open_report=True)
    assert decision.outcome in (Outcome.FILE, Outcome.ASK) and decision.kind in ("complaint", "proposal")


@pytest.mark.parametrize("text", ["정문 말고 후문 쪽 두 번째 전봇대예요", "102동 말고 103동 앞이요",
                                  "맞아요 정문 말고 후문 쪽도 똑같이 꺼져 있어요"])
def test_a_reply_that_corrects_where_or_says_the_same_goes_elsewhere_stays_a_note(text: str) -> None:
    assert decide(text, reply_to_open_report=True).outcome in (Outcome.SUPPORT_OR_NOTE, Outcome.IGNORE)


@pytest.mark.parametrize("text", ["저도요 거기 어제도 그랬어요", "맞아요 저희 아파트 앞도 똑같아요 3일째 그대로예요",
                                  "아 그리고 거기 반사경 깨진 거 맞아요 저도 지난주에 봤어요"])
def test_a_reply_that_only_backs_the_report_stays_a_note(text: str) -> None:
    assert decide(text, reply_to_open_report=True).outcome in (Outcome.SUPPORT_OR_NOTE, Outcome.IGNORE)


@pytest.mark.parametrize("text", ["관리자님 광고 글 좀 막아 주세요 하루에 몇 개씩 올라와요", "도배하는 사람 강퇴해 주세요 방장님",
                                  "Admins, please ban the crypto spammer"])
def test_a_request_to_the_rooms_admin_about_the_room_is_no_report(text: str) -> None:
    assert decide(text).kind == "other"


def test_a_buildings_manager_in_a_report_is_not_the_rooms_admin() -> None:
    assert decide("아파트 관리자님이 주차장 입구를 막아놨어요 차를 못 빼요").outcome in (Outcome.FILE, Outcome.ASK)
