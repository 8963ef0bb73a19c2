"""A place where the patterns find none (moderation.intake.place_spans): the learned guess, and what find_place keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation.intake.place_spans import THRESHOLD, candidates, guess_place
from moderation.intake.places import find_place, place_by_patterns


@pytest.mark.parametrize(
    "text, place",
    [
        # a market, a forest path and a beach by their own names, an old quarter: no pattern knows them
        ("새말 오일장 쓰레기 좀 치워주세요", "새말 오일장"),
        ("금강송 숲길 안내판이 다 바랬어요", "금강송 숲길"),
        ("The toilets at Sokcho beach are locked at night", "Sokcho beach"),
        ("구도심 빈집 정비 좀 해주세요", "구도심"),
    ],
)
def test_a_place_no_pattern_knows_is_guessed(text: str, place: str) -> None:
    assert place_by_patterns(text) is None
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "쓰레기 수거 좀 제때 해주세요",
        "요즘 밤에 너무 시끄러워서 잠을 못 자요 단속 좀 해주세요",
        "Why does the garbage truck come so early?",
    ],
)
def test_a_report_that_names_no_place_gets_none(text: str) -> None:
    assert find_place(text) is None


@pytest.mark.parametrize(
    "text, guess",
    [
        # kinds of places and the words that relate them to the problem locate nothing on their own
        ("교회 앞 골목에 CCTV가 없어요", "교회 앞 골목"),
        ("학교 가는 길에 가로등이 꺼져 있어요", "학교 가는 길"),
        ("부동산 앞에 불법주차", "부동산 앞"),
    ],
)
def test_a_guess_made_only_of_kinds_of_places_is_no_place(text: str, guess: str) -> None:
    assert guess_place(text) == guess
    assert find_place(text) is None


def test_runs_are_up_to_four_words_and_stop_at_a_clause_ending() -> None:
    runs = {s.text for s in candidates("공도 물류센터 화물차 밤새 공회전하는 소리 때문에 잠을 못자요")}
    assert {"공도", "공도 물류센터", "공도 물류센터 화물차 밤새"} <= runs
    assert "공도 물류센터 화물차 밤새 공회전하는" not in runs  # five words
    ended = {s.text for s in candidates("다리 밑에 가보면 쓰레기가 많아요")}
    assert "다리 밑" in ended and "다리 밑에" in ended  # the last word as typed and without its particle
    assert not any(r.startswith("가보면 ") for r in ended) and "다리 밑에 가보면 쓰레기" not in ended


def test_an_english_function_word_is_never_a_run_of_its_own() -> None:
    runs = {s.text for s in candidates("Trash at the beach again")}
    assert "the beach" in runs and "the" not in runs and "again" not in runs


def test_the_threshold_and_the_weights_are_packaged() -> None:
    raw = json.loads((Path(__file__).resolve().parents[1] / "moderation/intake/place_spans.json").read_text("utf-8"))
    assert set(raw) == {"bias", "weights"} and len(raw["weights"]) > 1000
    assert 0.0 < THRESHOLD < 1.0


@pytest.mark.parametrize(
    "text, place",
    [
        # the town's own facilities named by their kind are places, as outside writers keep them
        ("시외버스터미널 대합실 의자가 다 부서졌어요", "시외버스터미널 대합실"),
        ("공설운동장 트랙에 물웅덩이가 생겨서 못 뛰어요", "공설운동장 트랙"),
        ("노인복지관 엘리베이터가 또 멈췄어요 어르신들 계단으로 다니세요", "노인복지관"),
        ("밤마다 터미널 뒤 골목에서 오토바이들이 굉음 내요", "터미널 뒤 골목"),
        # ... not the office that serves, nor a kind of place anywhere in town
        ("보건소 예방접종 예약 전화가 하루 종일 안 돼요", None),
        ("아파트 주차장 바닥이 깨졌어요", None),
    ],
)
def test_a_towns_own_facility_named_by_its_kind_is_a_place(text: str, place: str | None) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a landmark's own name, a word no resident uses every day, is guessed where the patterns find nothing
        ("달맞이섬에 화장실 좀 만들어 주세요", "달맞이섬"),
        ("솔향원 주말마다 쓰레기 천지예요", "솔향원"),
        # ... not an everyday word with an ending, nor two run together
        ("예정대로 공사 진행합니다", None),
        ("말한대로 됐네요", None),
    ],
)
def test_a_word_outside_the_everyday_words_may_be_a_landmarks_name(text: str, place: str | None) -> None:
    assert find_place(text) == place
