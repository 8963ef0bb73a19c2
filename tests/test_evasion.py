"""De-obfuscation: every disguise of a word comes back to one spelling."""

from __future__ import annotations

import pytest

from moderation.evasion import (canonical, close_hangul_gaps, compose, decompose, initials, keyboard_to_hangul,
                                variants)


def test_decompose_and_compose_round_trip() -> None:
    for word in ["시발", "과천시청", "읽다", "닭", "괜찮아요", "ㅋㅋ"]:
        assert compose(decompose(word)) == word


def test_initials() -> None:
    assert initials("시발") == "ㅅㅂ"
    assert initials("병신 ab") == "ㅂㅅ ab"


def test_abbreviations_are_not_composed() -> None:
    # A run of consonants is an abbreviation (ㅅㅂ, ㅋㅋ), not split syllables.
    assert compose("ㅅㅂ") == "ㅅㅂ"
    assert canonical("ㅂㅅ같은") == "ㅂㅅ같은"  # survives NFKC, which maps ㅂ to a conjoining jamo


def test_laughter_after_a_word_is_not_glued_on() -> None:
    assert canonical("좋아ㅋㅋ") == "좋아ㅋㅋ"
    assert canonical("좋아요ㅠㅠ") == "좋아요ㅠㅠ"


@pytest.mark.parametrize("disguised", [
    "ㅅㅣㅂㅏㄹ", "ㅅl발", "ㅆ1발", "시1발", "시.발", "씨 발", "시\u200b발", "시\u2060발", "tlqkf", "씨이이이발", "ㅆㅣㅂㅏㄹ",
])
def test_disguises_reach_the_plain_word(disguised: str) -> None:
    forms = variants(disguised)
    assert any("시발" in f or "씨발" in f for f in forms), forms


@pytest.mark.parametrize("disguised,plain", [("s1bal", "sibal"), ("s i b a l", "sibal"), ("f.u.c.k", "fuck"),
                                             ("$hit", "shit")])
def test_latin_look_alikes(disguised: str, plain: str) -> None:
    assert plain in variants(disguised)[0]


def test_keyboard_typing() -> None:
    assert keyboard_to_hangul("tlqkf") == "시발"
    assert keyboard_to_hangul("qudtls") == "병신"
    assert keyboard_to_hangul("dkssudgktpdy") == "안녕하세요"


def test_spaces_are_closed_only_between_single_syllables() -> None:
    assert close_hangul_gaps("개 새 끼") == "개새끼"
    assert close_hangul_gaps("병 신") == "병신"
    # Ordinary words keep their spaces, so nothing matches across a word boundary.
    assert close_hangul_gaps("집에 미리 한 남자") == "집에 미리 한 남자"
    assert close_hangul_gaps("시1발") == "시발"


def test_canonical_is_lower_case_and_visible() -> None:
    assert canonical("  HELLO\u200b  World ") == "hello world"
    assert canonical("ㅋㅋㅋㅋㅋㅋ") == "ㅋㅋ"
