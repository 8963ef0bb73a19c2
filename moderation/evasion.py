"""Undo the tricks people use to slip words past a filter.

Residents who want to swear past a word list split Hangul into jamo (ㅅㅣㅂㅏㄹ),
put digits, dots or spaces inside a word (시1발, 씨 발, 시.발), type the
Korean word on an English keyboard (tlqkf = 시발), use Latin look-alikes and
digits (s1bal), stretch letters (씨이이발) or hide zero-width characters.
Nothing here decides what is bad: it only produces comparable *variants* of a
text, so that the rules and the hostility model look at the same canonical
spelling whatever the disguise was.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import lru_cache

from moderation.normalize import normalize, strip_invisible

_SBASE = 0xAC00
_SLAST = 0xD7A3
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
         "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_JONG_INDEX = {j: i for i, j in enumerate(_JONG) if j}
_CHO_INDEX = {c: i for i, c in enumerate(_CHO)}
_JUNG_INDEX = {v: i for i, v in enumerate(_JUNG)}
# Two typed vowels or finals that form one compound letter (ㅗ+ㅏ = ㅘ, ㄹ+ㄱ = ㄺ).
_VOWEL_PAIRS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
                ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_FINAL_PAIRS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
                ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
                ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}

# Standard two-set (두벌식) keyboard: Korean typed with the input method off.
_KEYBOARD = dict(zip("qwertyuiopasdfghjklzxcvbnm",
                     "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ", strict=True))
_KEYBOARD_SHIFT = {"Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ"}

# Digits and symbols used as Latin letters (s1bal, f*ck, $hit).
_LEET = str.maketrans({"1": "i", "!": "i", "|": "i", "0": "o", "3": "e", "4": "a", "@": "a",
                       "5": "s", "$": "s", "7": "t", "*": "u", "8": "b"})
# Look-alike letters from other scripts folded to Hangul jamo or Latin.
# (Greek and Cyrillic capitals/lower case that look Latin; NFKC leaves them alone.)
_LOOKALIKE = str.maketrans({"Ι": "i", "Ο": "o", "Α": "a", "Ѕ": "s", "В": "b",
                            "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "і": "i"})

# NFKC turns compatibility jamo (ㅅ, U+3145) into conjoining jamo (U+1109), which
# neither composes nor matches the word lists; map them back after normalising.
def _conjoining_to_compat() -> dict[int, str]:
    table = {}
    for c in range(0x3131, 0x318F):
        nfkc = unicodedata.normalize("NFKC", chr(c))
        if len(nfkc) == 1 and nfkc != chr(c):
            table[ord(nfkc)] = chr(c)
    # Final-consonant forms (U+11A8..) too, so nothing conjoining survives.
    for c in range(0x11A8, 0x11C3):
        name = unicodedata.name(chr(c)).replace("HANGUL JONGSEONG ", "HANGUL LETTER ")
        with contextlib.suppress(KeyError):
            table.setdefault(c, unicodedata.lookup(name))
    return table


_CONJOINING_TO_COMPAT = _conjoining_to_compat()

# "ㅅl발", "ㅂ1ㅅ": a Latin l, I, 1 or | right after a lone consonant stands in for the vowel ㅣ.
# Not after ㅋ or ㅎ: "ㅋㅋ1등" is laughter and "1st place".
_I_LOOKALIKE = re.compile(r"(?<=[ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅌㅍ])[lI1|!](?=[\uac00-\ud7a3ㄱ-ㅎ]|$|\s)")

_HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
# Filler a resident may put inside a word: spaces, digits, punctuation, emoji-free symbols.
_FILLER_INSIDE_HANGUL = re.compile(
    r"(?<=[\uac00-\ud7a3\u3131-\u318e])[\s\d.,·_\-~*^'\"`/\\|+=:;!?()\[\]{}<>ㆍ]+(?=[\uac00-\ud7a3\u3131-\u318e])")

# Starts with a letter (or $/@) and ends with a letter, so "10km" and "covid19" keep their digits.
_LATIN_RUN = re.compile(r"[A-Za-z$@][A-Za-z0-9!|@$*]*[A-Za-z]")
# (not a romanised place's suffix after its hyphen: "Gyeongchun-ro to block" would be read "…-개 새 block", "개새")
_LATIN_WORD = re.compile(r"(?<![A-Za-z-])[A-Za-z]+")
_SPACED_LATIN = re.compile(r"\b(?:[A-Za-z0-9@$*!|][\s.\-_]+){2,}[A-Za-z0-9@$*!|]\b")


def is_hangul(ch: str) -> bool:
    """True for a Hangul syllable or a compatibility jamo."""
    return bool(_HANGUL_RE.fullmatch(ch))


def decompose(text: str) -> str:
    """Spell every Hangul syllable as compatibility jamo: "시발" -> "ㅅㅣㅂㅏㄹ"."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if _SBASE <= code <= _SLAST:
            index = code - _SBASE
            out.append(_CHO[index // 588])
            out.append(_JUNG[(index % 588) // 28])
            if index % 28:
                out.append(_JONG[index % 28])
        else:
            out.append(ch)
    return "".join(out)


def initials(text: str) -> str:
    """The initial consonant of each syllable ("시발" -> "ㅅㅂ"), other characters kept."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        out.append(_CHO[(code - _SBASE) // 588] if _SBASE <= code <= _SLAST else ch)
    return "".join(out)


def _syllable(cho: str, jung: str, jong: str = "") -> str:
    return chr(_SBASE + (_CHO_INDEX[cho] * 21 + _JUNG_INDEX[jung]) * 28 + (_JONG_INDEX[jong] if jong else 0))


def compose(text: str) -> str:
    """Join loose compatibility jamo into syllables: "ㅅㅣㅂㅏㄹ" -> "시발".

    Runs without a vowel ("ㅅㅂ", "ㅋㅋ") are left alone: they are abbreviations,
    not split syllables, and the rules match them as they are.
    """
    chars = list(text)
    out: list[str] = []
    i = 0
    n = len(chars)
    while i < n:
        c = chars[i]
        if c in _CHO_INDEX and i + 1 < n and chars[i + 1] in _JUNG_INDEX:
            vowel = chars[i + 1]
            j = i + 2
            if j < n and (vowel, chars[j]) in _VOWEL_PAIRS:
                vowel = _VOWEL_PAIRS[(vowel, chars[j])]
                j += 1
            final = ""
            # A consonant is a final only if no vowel follows it (else it starts the next syllable).
            if j < n and chars[j] in _JONG_INDEX and not (j + 1 < n and chars[j + 1] in _JUNG_INDEX):
                final = chars[j]
                j += 1
                if (j < n and (final, chars[j]) in _FINAL_PAIRS
                        and not (j + 1 < n and chars[j + 1] in _JUNG_INDEX)):
                    final = _FINAL_PAIRS[(final, chars[j])]
                    j += 1
            out.append(_syllable(c, vowel, final))
            i = j
        elif (c in _JONG_INDEX and c not in "ㅋㅎ" and out and _open_syllable(out[-1])
              and not (i + 1 < n and _is_jamo(chars[i + 1]))):
            # A loose consonant after a syllable without a final: "시바ㄹ" (what NFKC
            # leaves of "ㅅㅣㅂㅏㄹ") is "시발".
            out[-1] = chr(ord(out[-1]) + _JONG_INDEX[c])
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _is_jamo(ch: str) -> bool:
    return 0x3131 <= ord(ch) <= 0x318E


def _open_syllable(ch: str) -> bool:
    code = ord(ch)
    return _SBASE <= code <= _SLAST and (code - _SBASE) % 28 == 0


def keyboard_to_hangul(word: str) -> str:
    """Read Latin letters as keys of a Korean keyboard: "tlqkf" -> "시발".

    Only when every key lands in a full syllable: "cctv" would give the loose
    jamo "ㅊㅊㅅㅍ" and "ok" "ㅐㅏ", which are not Korean typed by mistake, so
    those words come back unchanged.
    """
    jamo = "".join(_KEYBOARD_SHIFT.get(ch) or _KEYBOARD.get(ch.lower(), ch) for ch in word)
    composed = compose(jamo)
    if all(_SBASE <= ord(ch) <= _SLAST for ch in composed):
        return composed
    return word


def fold_leet(text: str) -> str:
    """Digits and symbols inside Latin words read as letters: "s1bal" -> "sibal"."""
    return _LATIN_RUN.sub(lambda m: m.group(0).translate(_LEET), text)


def join_spaced_latin(text: str) -> str:
    """"s i b a l" and "f.u.c.k" -> "sibal", "fuck" (single letters split by spaces/dots)."""
    return _SPACED_LATIN.sub(lambda m: re.sub(r"[\s.\-_]+", "", m.group(0)), text)


def close_hangul_gaps(text: str) -> str:
    """Undo spacing and filler tricks inside a word: "시1발", "시.발", "씨 발", "개 새 끼".

    Digits or punctuation between two Hangul letters are always dropped. Plain
    spaces are dropped only between one-syllable pieces ("씨 발", "병 신"):
    ordinary words keep their spaces, so "집에 미리" never becomes "집에미리"
    and matches a root across a word boundary.
    """
    # "시1발", "시.발": filler with no space inside is always a disguise.
    text = _FILLER_INSIDE_HANGUL.sub(lambda m: m.group(0) if re.search(r"\s", m.group(0)) else "", text)
    # "시 1 발", "시 . 발": filler with spaces only between two lone syllables,
    # so "배다리방면) 상기" keeps its gap and never reads as "면상".
    # (not a word before a time: "저 30년 여기 살았는데" is no "저년")
    text = _LONE_PAIR.sub(lambda m: m.group(0) if _before_a_time(m) else m.group(1) + m.group(2), text)
    return _SINGLE_SYLLABLES.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text)


_LONE_PAIR = re.compile(
    r"(?<![\uac00-\ud7a3\u3131-\u318e])([\uac00-\ud7a3\u3131-\u318e])"
    r"[\s\d.,·_\-~*^'\"`/\\|+=:;!?()\[\]{}<>ㆍ]*[^\s\uac00-\ud7a3\u3131-\u318e][\s\d.,·_\-~*^'\"`/\\|+=:;!?()\[\]{}<>ㆍ]*"
    r"([\uac00-\ud7a3\u3131-\u318e])(?![\uac00-\ud7a3\u3131-\u318e])")
_NUMBER_AND_UNIT = re.compile(r"\s+\d[\d,.]*")
_TIME_UNITS = frozenset("년월일주분초시")


def _before_a_time(m: re.Match[str]) -> bool:
    """A syllable, a space, and a number with its unit of time: "저 30년" (a disguise puts no year in a word)."""
    return ("가" <= m.group(1) <= "힣" and m.group(2) in _TIME_UNITS
            and _NUMBER_AND_UNIT.fullmatch(m.group(0)[1:-1]) is not None)
_SINGLE_SYLLABLES = re.compile(
    r"(?<![\uac00-\ud7a3\u3131-\u318e])[\uac00-\ud7a3\u3131-\u318e](?:\s+[\uac00-\ud7a3\u3131-\u318e]"
    r"(?![\uac00-\ud7a3\u3131-\u318e]))+")


def canonical(text: str) -> str:
    """The single cleaned-up spelling the hostility model is trained and run on.

    NFKC, no invisible characters, look-alikes folded, Latin leetspeak folded,
    split jamo composed, long runs squashed ("씨이이이발" keeps two), lower case.
    Spaces are kept so word boundaries still carry meaning.
    """
    text = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_LOOKALIKE)
    text = join_spaced_latin(text)
    text = fold_leet(text)
    text = normalize(text).translate(_CONJOINING_TO_COMPAT)
    return compose(_I_LOOKALIKE.sub("ㅣ", text))


# The house rules, the lexicon and the hostility model each ask for these forms of the
# message being handled, one after the other: remember the last two texts, not more.
@lru_cache(maxsize=2)
def _canonical_forms(text: str) -> tuple[str, str]:
    base = canonical(text)
    return base, close_hangul_gaps(base)


def closed_canonical(text: str) -> str:
    """`close_hangul_gaps(canonical(text))`: the form the hostility model reads."""
    return _canonical_forms(text)[1]


def variants(text: str) -> list[str]:
    """Distinct matching variants of `text`, most literal first.

    1. canonical form (see `canonical`)
    2. the same with gaps inside Hangul closed ("씨 발", "시1발" -> "시발")
    3. Latin words re-read as Korean keyboard input ("tlqkf" -> "시발")
    4. stretched vowels collapsed ("씨이발" -> "씨발")
    """
    return list(_variants(text))


@lru_cache(maxsize=2)  # see _canonical_forms
def _variants(text: str) -> tuple[str, ...]:
    base, closed = _canonical_forms(text)
    typed = _LATIN_WORD.sub(lambda m: keyboard_to_hangul(m.group(0)), unicodedata.normalize(
        "NFKC", strip_invisible(text)).translate(_CONJOINING_TO_COMPAT))
    typed = close_hangul_gaps(typed.lower()) if typed != text else ""
    stretched = _collapse_stretch(closed)
    seen: list[str] = []
    for v in (base, closed, typed, stretched):
        if v and v not in seen:
            seen.append(v)
    return tuple(seen)


_STRETCH = re.compile(r"([\uac00-\ud7a3])([이아어으우오에])+(?=[\uac00-\ud7a3])")


def _collapse_stretch(text: str) -> str:
    """"씨이이발" -> "씨발": a vowel-only syllable echoing the previous one is a stretch.

    Only an echo of the same vowel is removed ("씨이" yes, "씨아" no), so normal
    words like "아이" survive.
    """
    def repl(m: re.Match[str]) -> str:
        first = m.group(1)
        vowel = decompose(first)[1]
        echo = decompose(m.group(2))[1]
        return first if vowel == echo else m.group(0)

    return _STRETCH.sub(repl, text)
