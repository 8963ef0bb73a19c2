"""Korean particles (조사) that fit the word before them: "#1은", "#2는", "#7로", "도로과로".

Whether a particle takes its consonant form (은, 이, 을, 과, 으로) depends on
how the word before it is *read*: numbers as Sino-Korean (1 일, 10 십, 100 백,
1000 천, 10000 만), Latin letters by their names (L 엘, M 엠, N 엔, R 알),
Latin words by a rule of thumb for their Korean spelling ("Gwacheon" ends in
ㄴ, "Roads" in 즈), Hangul by its last syllable. 으로 is the exception: after ㄹ
it is 로 ("1로" 일로, "서울로").

Hand-written rather than a library: `tossi` (BSD, the usual choice) has had no
release since 2018 and leaves Latin words undecided ("은(는)"), which is
exactly what residents should never read; the rules fit in this module.
"""

from __future__ import annotations

import re
import string
import unicodedata

# The two forms of each particle: (after a final consonant, after a vowel).
_FORMS: dict[str, tuple[str, str]] = {
    "은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"), "으로": ("으로", "로"),
    "이나": ("이나", "나"), "이라": ("이라", "라"), "이랑": ("이랑", "랑"), "아": ("아", "야"),
    "이며": ("이며", "며"), "이든": ("이든", "든"), "이야": ("이야", "야"),
}
# Every way a particle is written, with or without its optional part: "는", "은(는)", "(으)로", "이/가".
_SPELLINGS: dict[str, str] = {}
for _key, (_with, _without) in _FORMS.items():
    for _spelling in (_with, _without, f"{_with}({_without})", f"{_without}({_with})", f"{_with}/{_without}",
                      f"{_without}/{_with}", f"({_with[0]}){_without}" if len(_with) > len(_without) else _with):
        _SPELLINGS.setdefault(_spelling, _key)
# In a template, only the spellings that leave the choice open are markers to resolve.
_MARKER = re.compile("|".join(sorted((re.escape(s) for s in _SPELLINGS if "(" in s), key=len, reverse=True)))

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # index of ㄹ among the final consonants of a Hangul syllable
# How a word ends when read aloud: a vowel, ㄹ (which takes 로, not 으로), or another consonant.
_NONE, _RIEUL_CODA, _OTHER = "", "ㄹ", "other"

# Sino-Korean readings: how each digit ends (영 일 이 삼 사 오 육 칠 팔 구), and how a number
# ending in n zeros ends: 십 (1), 백 (2), 천 (3), 만 (4-7), 억 (8-11), 조 (12-15), 경 (16 and more).
_DIGIT_CODA = dict(
    zip("0123456789", (_OTHER, _RIEUL_CODA, _NONE, _OTHER, _NONE, _NONE, _OTHER, _RIEUL_CODA, _RIEUL_CODA, _NONE), strict=True)
)
_ZEROS_CODA = [(16, _OTHER), (12, _NONE), (8, _OTHER), (4, _OTHER), (3, _OTHER), (2, _OTHER), (1, _OTHER)]

# Names of Latin letters: only L (엘), M (엠), N (엔) and R (알) end in a consonant.
_LETTER_CODA = {"l": _RIEUL_CODA, "r": _RIEUL_CODA, "m": _OTHER, "n": _OTHER}


def _coda_of_hangul(char: str) -> str | None:
    code = ord(char)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        final = (code - _HANGUL_FIRST) % 28
        return _NONE if final == 0 else _RIEUL_CODA if final == _RIEUL else _OTHER
    if 0x3131 <= code <= 0x314E:  # a lone consonant (ㅋ, ㄹ) reads as its name: 키읔, 리을
        return _RIEUL_CODA if char == "ㄹ" else _OTHER
    if 0x314F <= code <= 0x3163:  # a lone vowel (ㅠ)
        return _NONE
    return None


def _coda_of_number(digits: str) -> str:
    """The final sound of a number read in Sino-Korean: 1 일, 20 이십, 300 삼백, 1000 천, 50000 오만."""
    if "." in digits:  # 3.5 삼 점 오: decimals are read digit by digit
        return _DIGIT_CODA[digits[-1]]
    digits = digits.replace(",", "").lstrip("0")
    if not digits:
        return _DIGIT_CODA["0"]  # 영
    zeros = len(digits) - len(digits.rstrip("0"))
    for at_least, coda in _ZEROS_CODA:
        if zeros >= at_least:
            return coda
    return _DIGIT_CODA[digits[-1]]


def _coda_of_latin(word: str) -> str:
    """Final sound of a Latin word or acronym as Koreans say it."""
    if len(word) == 1 or (word.isupper() and len(word) <= 5):  # a letter or an acronym: CCTV 씨씨티비, URL 유알엘
        return _LETTER_CODA.get(word[-1].lower(), _NONE)
    w = word.lower()
    if w.endswith(("l", "le")):  # school 스쿨, table 테이블
        return _RIEUL_CODA
    if w.endswith(("m", "n", "ng")):  # team 팀, Gwacheon 과천, Sotong 소통
        return _OTHER
    # A stop after one short vowel is a final consonant (chat 챗, book 북, web 웹); otherwise an
    # extra vowel is heard (bus 버스, road 로드, make 메이크, computer 컴퓨터).
    if re.search(r"(?:^|[^aeiou])[aeiou](?:ck|pp|tt|[ptkb])$", w) or w.endswith("ook"):
        return _OTHER
    return _NONE


_SIGNIFICANT = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?$|[A-Za-z]+$")
_READ_AS_VOWEL = frozenset("%℃°")  # 퍼센트, 도: signs read aloud, ending in a vowel


def _coda(word: str) -> str:
    """"" (a vowel), "ㄹ" or "other": how `word` ends when read aloud. Brackets, quotes and other
    marks at the end are skipped ("#1", "「소통방」", "도로과(2팀)" ends in 과)."""
    text = word.rstrip()
    while text:
        if text.endswith(")") and "(" in text:  # a parenthetical is not read with the word
            text = text[: text.rindex("(")].rstrip()
            continue
        last = text[-1]
        if last in _READ_AS_VOWEL:
            return _NONE
        hangul = _coda_of_hangul(last)
        if hangul is not None:
            return hangul
        match = _SIGNIFICANT.search(text)
        if match is not None:
            token = match.group(0)
            return _coda_of_number(token) if token[0].isdigit() else _coda_of_latin(token)
        if unicodedata.category(last)[0] in "LN":  # another script (漢字, かな): no rule; read as a vowel
            return _NONE
        text = text[:-1]  # punctuation, quotes, emoji
    return _NONE


def josa(word: str, particle: str) -> str:
    """The form of `particle` that follows `word`; `particle` is any of its spellings ("은", "는",
    "은(는)", "이/가", "(으)로", "로" ...). josa("#1", "은") == "은", josa("#2", "와") == "와"."""
    key = _SPELLINGS.get(particle)
    if key is None:
        raise ValueError(f"not a particle with two forms: {particle!r}")
    with_coda, without = _FORMS[key]
    coda = _coda(word)
    if key == "으로":
        return without if coda in (_NONE, _RIEUL_CODA) else with_coda
    return without if coda == _NONE else with_coda


def attach(word: str, particle: str) -> str:
    """`word` followed by the right form of `particle`: attach("#10", "을") == "#10을"."""
    return word + josa(word, particle)


def fill(template: str, **values: object) -> str:
    """str.format, where a particle written with both forms right after a placeholder
    ("{number}은(는)", "{department}(으)로") becomes the form that fits the value."""
    formatter = string.Formatter()
    out: list[str] = []
    previous: str | None = None
    for literal, field, spec, conversion in formatter.parse(template):
        if previous is not None:
            match = _MARKER.match(literal)
            if match is not None:
                literal = josa(previous, match.group(0)) + literal[match.end():]
        out.append(literal)
        if field is None:
            previous = None
            continue
        value, _ = formatter.get_field(field, (), values)
        value = formatter.convert_field(value, conversion)
        previous = formatter.format_field(value, formatter.vformat(spec or "", (), values))
        out.append(previous)
    return "".join(out)
