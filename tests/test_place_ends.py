"""Where a place ends (moderation.intake.place_ends): the learned choice over the place the patterns found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation.intake.place_ends import Candidate, candidates, features, settle_end
from moderation.intake.places import find_place, place_by_patterns
from moderation.redaction import redact

TRAINING = Path(__file__).resolve().parents[1] / "training"


# The patterns' place, and where residents end it. Each line was a find_place expectation of an earlier round; the
# patterns still find what they found, and the learned end moves it the way outside writers end such places
# (counts over the 48 outside sets read when it was written: writers who kept the word after the place : who stopped
# before it). Where writers split evenly the end is not pinned here ("대화동 인도가 …": 인도 kept 9 : 6, and the
# model's choice turned with four more sets).
@pytest.mark.parametrize(
    "text, by_patterns, place",
    [
        ("종로3가 지하철 입구", "종로3가", "종로3가 지하철 입구"),
        ("과천시민회관 대강당 의자가 다 부서졌어요", "과천시민회관", "과천시민회관 대강당"),  # a hall inside it
        ("우면산 자락에 흙이 쓸려 내려와요", "우면산", "우면산 자락"),
        ("과천대로 2차로에 구멍이 났어요", "과천대로", "과천대로 2차로"),  # the lane of the road
        ("중구 축항대로212번길 4일원 보도", "중구 축항대로212번길 4", "중구 축항대로212번길 4일원 보도"),
        ("산본 쪽 버스가 너무 안 와요", "산본", "산본 쪽"),  # 쪽 after such a name kept 5 : 0
        ("하당 쪽은 밤에 너무 시끄러워요", "하당", "하당 쪽"),
        ("팔탄면 쪽 축사 냄새 좀 어떻게 해 주세요", "팔탄면 쪽", "팔탄면 쪽 축사"),  # 축사 kept 5 : 6, the source
        ("비봉면 축사 냄새 때문에 여름엔 창문을 못 열어요", "비봉면", "비봉면 축사"),
        ("삼천포항 어판장 냄새가 너무 심해요", "삼천포항", "삼천포항 어판장"),
        # ("금호천 주변 풀숲에서 모기가 …": since the 17th session the end stays at "금호천 주변"; writers keep 풀숲 1 : 1)
        ("하동 골목 전봇대 전선이 축 늘어져 있어요", "하동 골목", "하동 골목 전봇대"),  # 전봇대 kept 6 : 1
        # the object that is broken is not the place: a fountain, a deck, a retaining wall, the pavement
        ("대흥공원 분수 고장난 채로 석달째", "대흥공원 분수", "대흥공원"),
        ("모락산 산림욕장 데크가 썩었어요", "모락산 산림욕장 데크", "모락산 산림욕장"),
        ("산성 둘레길 데크 중간에 판자가 빠졌어요", "산성 둘레길 데크", "산성 둘레길"),  # 데크 kept 15 : 15
        ("명륜동 빌라 뒤편 옹벽이 불룩하게 튀어나왔어요", "명륜동 빌라 뒤편 옹벽", "명륜동 빌라 뒤편"),
    ],
)
def test_the_learned_end_moves_the_patterns_place(text: str, by_patterns: str, place: str) -> None:
    assert place_by_patterns(text) == by_patterns
    assert find_place(text) == place


# Where outside writers split on the word after the place, the learned end is not pinned: these pin the patterns'
# span (unchanged) and that the learned place is that span or the span without its last word or with one more
# (counts over the 58 sets the models are trained on: writers who kept the word : who did not).
@pytest.mark.parametrize(
    "text, by_patterns",
    [
        ("별양동 래미안에코팰리스 정문 쪽 보도가 꺼졌어요", "별양동 래미안에코팰리스 정문 쪽 보도"),  # 보도 7 : 4
        ("용산역 2번 출구 건너편 인도 턱이 너무 높아요", "용산역 2번 출구 건너편 인도"),  # 인도 63 : 21, its kerb broken
        ("남면 송정리 축사 냄새 때문에 창문을 못 열어요", "남면 송정리 축사"),  # 축사 7 : 10
        ("반송동 LH 임대아파트 복도에 곰팡이가 다 폈어요", "반송동 LH 임대아파트"),  # 복도 0 : 1
    ],
)
def test_where_writers_split_the_learned_end_moves_by_one_word_at_most(text: str, by_patterns: str) -> None:
    assert place_by_patterns(text) == by_patterns
    words = by_patterns.split()
    place = find_place(text)
    assert place is not None
    assert place == by_patterns or place == " ".join(words[:-1]) or (place.startswith(by_patterns + " ")
                                                                     and len(place.split()) == len(words) + 1)


@pytest.mark.parametrize(
    "text, place",
    [
        # a light, a signal or works is what the report is about, never where
        ("별양동 주공5단지 앞 가로등이 나갔어요", "별양동 주공5단지 앞"),
        ("The Ssangyong intersection signal is stuck on red", "The Ssangyong intersection"),
        ("마곡지구 공사 먼지가 심해요", "마곡지구"),
        ("과천역 3번 출구 앞 보도블럭 깨져서 넘어질뻔 했어요ㅠㅠ", "과천역 3번 출구 앞"),
    ],
)
def test_the_learned_end_keeps_the_object_of_the_report_out(text: str, place: str) -> None:
    assert find_place(text) == place


def test_candidates_grow_over_a_word_as_typed_and_without_its_particle() -> None:
    spans = {c.span: c for c in candidates("평거동 둔치에 쓰레기가 쌓였어요", "평거동")}
    assert "평거동 둔치" in spans and spans["평거동 둔치"].cut == "에"
    assert "평거동 둔치에" in spans  # (as typed: some names end in what reads as a particle)
    # a particle is not taken off a two-syllable word that would leave one: "도로" is not 도 + 로
    assert "부림동 쪽 도로" in {c.span for c in candidates("부림동 쪽 도로 막혀요", "부림동 쪽")}
    assert "부림동 쪽 도" not in {c.span for c in candidates("부림동 쪽 도로 막혀요", "부림동 쪽")}


def test_candidates_stop_at_the_end_of_a_clause_and_never_cut_a_number() -> None:
    spans = [c.span for c in candidates("논산역 1번 출구 나오면 바로 앞이 깜깜해요", "논산역 1번 출구")]
    assert spans[0] == "논산역 1번 출구"
    assert not any("나오면" in s for s in spans)
    assert "논산역 1번" in spans and "논산역" not in spans  # "1번" holds a number: never cut off
    english = [c.span for c in candidates("Trash at Jungang Market on weekends is awful", "Jungang Market")]
    assert english == ["Jungang Market", "Jungang"]  # "on" is no part of a name


def test_candidates_of_a_span_missing_from_the_text_are_none() -> None:
    assert candidates("아무 말", "과천역") == []
    assert settle_end("아무 말", "과천역") == "과천역"


def test_features_name_the_move_and_the_words_around_the_end() -> None:
    c = Candidate("금호천 주변 풀숲", 1, "풀숲", "모기가", cut="에서")
    names = set(features(c))
    assert {"move=1", "L_w=풀숲", "+L_w=풀숲", "L_cut=에서", "N_w=모기", "N_p=가", "+N_p=가"} <= names
    assert "relational_end" not in names
    assert "relational_end" in features(Candidate("금호천 주변", 0, "주변", "풀숲에서"))


def test_every_weight_names_a_feature() -> None:
    raw = json.loads((Path(__file__).resolve().parents[1] / "moderation/intake/place_ends.json").read_text("utf-8"))
    assert set(raw) == {"bias", "weights"} and len(raw["weights"]) > 1000
    # every name the model weighs is one features() can produce
    prefixes = ("move=", "words=", "relational_end", "crossed")
    sides = ("L_", "N_", "LN=")
    for name in raw["weights"]:
        bare = name[1:] if name[0] in "0+-" else name
        assert bare.startswith(prefixes + sides), name


def _outside_rows(city: str) -> list[dict]:
    rows = [json.loads(line) for line in (TRAINING / f"room_blind_{city}.jsonl").read_text("utf-8").splitlines()]
    return [r for r in rows if r.get("label") in ("complaint", "proposal") and r.get("place")]


def test_on_outside_sets_never_trained_on_the_learned_end_is_exact_more_often() -> None:
    """The sets kept for final scores (training/train_place_ends.py leaves them out) judge it without having taught it."""
    from training.train_place_ends import PLACE_SETS

    held_out = sorted(p.stem.removeprefix("room_blind_") for p in TRAINING.glob("room_blind_*.jsonl")
                      if p.stem.removeprefix("room_blind_") not in PLACE_SETS)
    assert len(held_out) >= 6
    rules = learned = 0
    for city in held_out:
        for row in _outside_rows(city):
            text = redact(row["text"])[:1000]
            rules += place_by_patterns(text) == row["place"].strip()
            learned += find_place(text) == row["place"].strip()
    assert learned > rules
