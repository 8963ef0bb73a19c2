"""Korean particles after numbers, Latin letters and words: never "#1와(과)" or "은(는)"."""

from __future__ import annotations

import pytest

from moderation.particles import attach, fill, josa

# How each number is read (Sino-Korean), and so how it ends: a vowel, ㄹ, or another consonant.
VOWEL, RIEUL, CONSONANT = "vowel", "ㄹ", "consonant"
NUMBERS = {
    0: CONSONANT,   # 영
    1: RIEUL,       # 일
    2: VOWEL,       # 이
    3: CONSONANT,   # 삼
    4: VOWEL,       # 사
    5: VOWEL,       # 오
    6: CONSONANT,   # 육
    7: RIEUL,       # 칠
    8: RIEUL,       # 팔
    9: VOWEL,       # 구
    10: CONSONANT,  # 십
    11: RIEUL,      # 십일
    12: VOWEL,      # 십이
    13: CONSONANT,  # 십삼
    14: VOWEL,      # 십사
    15: VOWEL,      # 십오
    16: CONSONANT,  # 십육
    17: RIEUL,      # 십칠
    18: RIEUL,      # 십팔
    19: VOWEL,      # 십구
    20: CONSONANT,  # 이십
    100: CONSONANT,  # 백
    1000: CONSONANT,  # 천
    10000: CONSONANT,  # 만
    102: VOWEL,      # 백이
    1001: RIEUL,     # 천일
    100000000: CONSONANT,  # 억
    1000000000000: VOWEL,  # 조
    10**16: CONSONANT,  # 경
    3000000: CONSONANT,  # 삼백만
}
# The forms each kind of ending takes: 은/는, 이/가, 을/를, 과/와, (으)로.
EXPECTED = {
    VOWEL: ("는", "가", "를", "와", "로"),
    RIEUL: ("은", "이", "을", "과", "로"),  # ㄹ takes 로, not 으로: 일로, 서울로
    CONSONANT: ("은", "이", "을", "과", "으로"),
}
PARTICLES = ("은", "이", "을", "과", "으로")


@pytest.mark.parametrize(("number", "ending"), sorted(NUMBERS.items()))
def test_numbers_take_the_particles_of_their_sino_korean_reading(number: int, ending: str) -> None:
    word = f"#{number}"
    assert tuple(josa(word, p) for p in PARTICLES) == EXPECTED[ending]


@pytest.mark.parametrize(("word", "ending"), [
    ("도로과", VOWEL), ("민원", CONSONANT), ("소통방", CONSONANT), ("제안", CONSONANT), ("공원녹지과", VOWEL),
    ("서울", RIEUL), ("과천시청 교통과", VOWEL), ("별양동", CONSONANT), ("주차장", CONSONANT), ("2번 출구", VOWEL),
    ("3층", CONSONANT), ("30분", CONSONANT), ("1시간", CONSONANT), ("하루", VOWEL), ("물", RIEUL), ("ㅋㅋ", CONSONANT),
])
def test_hangul_words_by_their_last_syllable(word: str, ending: str) -> None:
    assert tuple(josa(word, p) for p in PARTICLES) == EXPECTED[ending]


@pytest.mark.parametrize(("word", "ending"), [
    ("A", VOWEL), ("L", RIEUL), ("M", CONSONANT), ("N", CONSONANT), ("R", RIEUL), ("Z", VOWEL),
    ("CCTV", VOWEL), ("KTX", VOWEL), ("URL", RIEUL), ("SNS", VOWEL), ("PM", CONSONANT),
    ("Sotong", CONSONANT), ("Gwacheon", CONSONANT), ("Seoul", RIEUL), ("email", RIEUL), ("Roads", VOWEL),
    ("Kakao", VOWEL), ("bus", VOWEL), ("app", CONSONANT), ("chat", CONSONANT), ("Facebook", CONSONANT),
    ("street", VOWEL), ("table", RIEUL), ("computer", VOWEL),
])
def test_latin_letters_by_their_names_and_words_by_their_korean_spelling(word: str, ending: str) -> None:
    assert tuple(josa(word, p) for p in PARTICLES) == EXPECTED[ending]


@pytest.mark.parametrize(("word", "expected"), [
    ("「소통방」", "「소통방」은"), ("도로과(2팀)", "도로과(2팀)는"), ("#3!", "#3!은"), ("1,000", "1,000은"),
    ("3.5", "3.5는"), ("50%", "50%는"), ("🚧 공사", "🚧 공사는"), ("공사 🚧", "공사 🚧는"),
])
def test_marks_after_the_word_are_not_read(word: str, expected: str) -> None:
    assert attach(word, "은(는)") == expected


def test_any_spelling_of_a_particle_picks_the_right_form() -> None:
    for spelling in ("은", "는", "은(는)", "는(은)", "은/는"):
        assert josa("#1", spelling) == "은" and josa("#2", spelling) == "는"
    for spelling in ("(으)로", "으로", "로", "으로/로"):
        assert josa("#3", spelling) == "으로" and josa("#7", spelling) == "로" and josa("#9", spelling) == "로"
    assert attach("#2", "이나") == "#2나" and attach("#3", "(이)라") == "#3이라" and attach("서울", "아") == "서울아"
    with pytest.raises(ValueError):
        josa("#1", "의")  # one form only: nothing to choose


def test_fill_resolves_a_particle_right_after_a_placeholder() -> None:
    template = "이미 접수된 {kind} #{number}와(과) 같은 내용입니다. #{number}은(는) {department}(으)로 넘겼습니다."
    assert fill(template, kind="민원", number=1, department="도로과") == (
        "이미 접수된 민원 #1과 같은 내용입니다. #1은 도로과로 넘겼습니다."
    )
    assert fill(template, kind="민원", number=2, department="교통정책팀") == (
        "이미 접수된 민원 #2와 같은 내용입니다. #2는 교통정책팀으로 넘겼습니다."
    )
    # Written-out particles, and markers that follow no placeholder, are left alone.
    assert fill("규칙({rule})에 따라 삭제했습니다 (은(는))", rule="광고") == "규칙(광고)에 따라 삭제했습니다 (은(는))"
    assert fill("{count:>3}건", count=5) == "  5건"


def test_no_text_residents_read_shows_a_particle_with_both_forms() -> None:
    import string

    from bot.texts import _TEXTS, text

    both = ("은(는)", "는(은)", "이(가)", "가(이)", "을(를)", "를(을)", "와(과)", "과(와)", "(으)로", "(이)")
    checked = 0
    for key, variants in _TEXTS.items():
        for language, template in variants.items():
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            if not fields:
                continue
            for sample in (1, 2, 3, 7, 10, "도로과", "서울", "Roads", "교통정책팀"):
                shown = text(key, language, **{f: sample for f in fields})
                assert not any(marker in shown for marker in both), (key, language, shown)
                checked += 1
    assert checked > 100


def test_no_text_of_the_staff_console_shows_a_particle_with_both_forms() -> None:
    import string

    from bot.console.i18n import UI, translate

    both = ("은(는)", "는(은)", "이(가)", "가(이)", "을(를)", "를(을)", "와(과)", "과(와)", "(으)로")
    checked = 0
    for key, variants in UI.items():
        for language, template in zip(("ko", "en"), variants, strict=False):
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            if not fields:
                continue
            for sample in (1, 3, 10, "도로과", "교통정책팀"):
                shown = translate(key, language, **{f: sample for f in fields})
                assert not any(marker in shown for marker in both), (key, language, shown)
                checked += 1
    assert checked > 20
