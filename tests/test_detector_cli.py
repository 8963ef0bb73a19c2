"""`sotong classify` and `sotong eval` as a city's IT team would call them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def sotong(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True, cwd=REPO, timeout=120)


def test_classify_answers_each_line_in_order_with_every_field() -> None:
    lines = [
        {"text": "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ"},
        {"text": "다들 점심 뭐 드셨어요? ㅋㅋ"},
        {"text": "연락처 010-1234-5678 로 주세요, 중앙로 보도블럭이 깨졌어요"},
    ]
    result = sotong("classify", stdin="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 3
    for answer in answers:
        assert set(answer) == {"kind", "category", "place", "confidence", "redacted", "hostility", "rules", "outcome", "applied"}
        assert 0.0 <= answer["confidence"] <= 1.0 and 0.0 <= answer["hostility"] <= 1.0
    assert answers[0]["kind"] == "complaint" and answers[0]["category"] == "streetlight"
    assert answers[0]["outcome"] == "file" and answers[0]["applied"] is None
    assert answers[1]["kind"] == "other" and answers[1]["outcome"] == "ignore"
    assert "010-1234-5678" not in answers[2]["redacted"]


def test_classify_keeps_going_past_a_bad_line() -> None:
    result = sotong("classify", stdin='not json\n{"txt": 1}\n{"text": "광고 아님"}\n')
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in a) for a in answers] == [True, True, False]
    assert result.returncode == 0


def test_classify_lists_the_rules_a_text_breaks() -> None:
    result = sotong(
        "classify",
        stdin=json.dumps({"text": "부업 하실 분 월 300 보장! 오픈채팅 open.kakao.com/o/abc123 으로 오세요"}, ensure_ascii=False) + "\n",
    )
    [answer] = [json.loads(line) for line in result.stdout.splitlines()]
    assert "commercial" in answer["rules"] and "outside_link" in answer["rules"]


def test_eval_scores_an_intake_file(tmp_path: Path) -> None:
    path = tmp_path / "mini.jsonl"
    rows = [
        {"text": "과천역 앞 가로등이 고장났어요", "label": "complaint", "source": "mine", "category": "road_infrastructure"},
        {"text": "오늘 날씨 좋네요", "label": "none", "source": "mine"},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = sotong("eval", str(path))
    assert result.returncode == 0, result.stderr
    assert "detection" in result.stdout and "F1=" in result.stdout and "mine" in result.stdout


def test_eval_scores_a_hostility_file(tmp_path: Path) -> None:
    path = tmp_path / "toxic.jsonl"
    rows = [
        {"text": "이 XX 새끼야 꺼져", "label": "toxic", "source": "mine"},
        {"text": "좋은 하루 보내세요", "label": "clean", "source": "mine"},
        {"text": "애매하네", "label": "borderline", "source": "mine"},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = sotong("eval", str(path))
    assert result.returncode == 0, result.stderr
    assert "borderline left out" in result.stdout and "OVERALL" in result.stdout


def test_eval_refuses_a_missing_or_unlabelled_file(tmp_path: Path) -> None:
    assert sotong("eval", str(tmp_path / "nope.jsonl")).returncode == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "라벨 없음"}\n', encoding="utf-8")
    result = sotong("eval", str(bad))
    assert result.returncode == 2 and "label" in result.stdout


def test_eval_can_score_only_the_validation_split(tmp_path: Path) -> None:
    from moderation.intake.evaluation import chatstyle_split

    texts = [f"중앙로 {i}번길 가로등이 고장났어요" for i in range(40)]
    path = tmp_path / "chat.jsonl"
    path.write_text(
        "".join(json.dumps({"text": t, "label": "complaint", "source": "s"}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8"
    )
    expected = sum(chatstyle_split(t) == "valid" for t in texts)
    assert 0 < expected < 40
    result = sotong("eval", str(path), "--split", "valid")
    assert result.returncode == 0, result.stderr
    assert f"valid split: {expected} rows" in result.stdout


def test_classify_prints_the_final_decision_house_rules_first() -> None:
    texts = [
        "중앙동 상가 분식집 오픈 기념 떡볶이 50% 할인해요 많이 와주세요 포장 주문 가능",  # an ad about a place
        "이번 선거 기호 1번 후보 꼭 뽑아 주세요 우리 동네 도로 확 바꿉니다",
        "도로과 직원들 진짜 월급루팡이네 민원 넣어도 답이 없어",
        "아 진짜 욕나온다 별양동 사거리 신호등 또 고장났어요 빨리 고쳐주세요",
    ]
    result = sotong("classify", stdin="".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts))
    ad, campaign, insult, complaint = [json.loads(line) for line in result.stdout.splitlines()]
    assert (ad["kind"], ad["outcome"], ad["rules"]) == ("other", "rule", ["commercial"])
    assert ad["applied"] == {"rule": "commercial", "action": "strike"} and ad["place"] is None
    assert (campaign["kind"], campaign["outcome"], campaign["rules"]) == ("other", "rule", ["politics"])
    assert insult["rules"] == ["abuse"] and insult["hostility"] >= 0.5 and insult["kind"] == "other"
    assert complaint["kind"] == "complaint" and complaint["outcome"] in ("file", "ask") and complaint["rules"] == []
    assert complaint["hostility"] < 0.5


def test_eval_scores_house_rules_and_hostility_by_language_on_a_room_file(tmp_path: Path) -> None:
    path = tmp_path / "room.jsonl"
    rows = [
        {
            "text": "추천인 코드 QW12 넣으면 5천원 적립돼요",
            "label": "none",
            "rules": ["commercial"],
            "hostile": False,
            "lang": "ko",
            "tags": ["referral"],
        },
        {"text": "세금도둑들 일 좀 해라", "label": "none", "rules": ["abuse"], "hostile": True, "lang": "ko", "tags": ["insult_official"]},
        {"text": "오늘 날씨 좋네요", "label": "none", "rules": [], "hostile": False, "lang": "ko", "tags": ["chatter"]},
        {"text": "Is the library open today?", "label": "none", "rules": [], "hostile": False, "lang": "en", "tags": ["english"]},
        {"text": "Shut up, idiot", "label": "none", "rules": ["abuse"], "hostile": True, "lang": "en", "tags": ["english"]},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = sotong("eval", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    [commercial] = [line for line in lines if line.startswith("commercial ")]
    assert commercial.split()[1:] == ["1", "1", "1.000", "1.000"]
    [korean] = [line for line in lines if line.startswith("ko ")]
    [english] = [line for line in lines if line.startswith("en ")]
    assert korean.split()[1:6] == ["1", "1", "1.000", "1.000", "1.000"] and korean.endswith("0 of 1")
    assert english.split()[1:6] == ["1", "1", "1.000", "1.000", "1.000"] and english.endswith("0 of 1")


def test_eval_scores_a_room_style_file_as_the_bot_would_act_on_it(tmp_path: Path) -> None:
    # the schema of the room data: text, label, category, place, rules, hostile, lang, tags
    rows = [
        {"text": "별양동 주공6단지 재활용장 스티로폼 3주째 안 치워가요", "label": "complaint", "category": "waste",
         "place": "별양동 주공6단지 재활용장", "rules": [], "hostile": False, "lang": "ko", "tags": []},
        {"text": "가로등 고쳐주셔서 감사합니다", "label": "none", "category": None, "place": None, "rules": [],
         "hostile": False, "lang": "ko", "tags": ["thanks"]},
    ]
    path = tmp_path / "room.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = sotong("eval", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "P=1.000  R=1.000  F1=1.000" in out
    assert "filed outright (confidence >= 0.90): 1  precision=1.000" in out
    assert "reliability" in out and "category (rows both sides call a report)  n=1  accuracy=1.000" in out
    assert "exact=1.000" in out and "thanks" in out


def test_eval_reports_the_held_out_fifth_of_the_hand_written_room_rows() -> None:
    result = sotong("eval", "training/room_patterns.jsonl", "--split", "valid")
    assert result.returncode == 0, result.stderr
    assert "valid split: " in result.stdout and "reliability" in result.stdout


def test_classify_reads_a_reply_under_an_open_report_as_support_not_a_new_report() -> None:
    text = "저도 어제 그 앞에서 넘어질 뻔했어요 104동 쪽이요"
    lines = [{"text": text}, {"text": text, "reply_to_report": True}]
    result = sotong("classify", stdin="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    alone, under = [json.loads(line) for line in result.stdout.splitlines()]
    assert (under["kind"], under["outcome"]) == ("other", "support_or_note")
    assert alone["outcome"] != "file"  # without the reply it reads as a detail of someone else's report
