"""A place where the patterns find none: a small learned guess among the text's short runs of words (pure: the
weights are packaged in place_spans.json, trained by training/train_place_spans.py).

The patterns of places.py know the shapes of Korean addresses and landmarks. What they miss is the long tail that
outside writers still call a place: a landmark by its own name ("안성맞춤랜드 캠핑장", "백운계곡 입구", "임고서원"), a
village or a township said short ("송우리", "공도 물류센터"), the city's one facility of its kind ("포천시 노인복지관",
"보건소"), a quarter ("구도심", "남원 시내") and English ("Hakdong beach", "the bus terminal"). Every run of one to four
words that no clause ending interrupts is a candidate (its last word as typed and without its particle); a logistic
regression over its first and last words, the words around it, the gazetteer's names and its position gives each a
probability of being the place, and the best is taken when that is at least THRESHOLD.
"""

from __future__ import annotations

import json
import math
import re
from itertools import repeat
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import gazetteer
from .place_ends import closes_clause, is_function_word, strip_particle

__all__ = ["THRESHOLD", "Span", "best_guess", "candidates", "everyday_key", "features", "guess_place", "probability"]

MAX_WORDS = 4
# A guess is taken when the model gives it this probability or more. Over the 58 outside sets it is trained on, each
# scored by a model trained without it, 0.3 found 284 places exactly and 56 in part of the 1,065 the patterns missed,
# and put a place on 90 of 2,141 reports labelled without one (0.2: 344, 97, 139; 0.4: 232, 37, 54); training/README.md.
THRESHOLD = 0.3

_WORD = re.compile(r"\S+")
_EDGE_MARKS = re.compile(r"^[^\w가-힣]+|[^\w가-힣]+$")
_MASKS = "○●◎◯△□◇☆★*"
# the edge marks but for the blanks a writer puts in a name
_EDGE_UNMASKED = re.compile(rf"^[^\w가-힣{_MASKS}]+|[^\w가-힣{_MASKS}]+$")
_VILLAGE = re.compile(r"[가-힣]{1,4}리")
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_HANGUL = re.compile(r"[가-힣]{2,}")


def everyday_key(word: str) -> str | None:
    """The form of `word` looked up in the everyday words: without its edge marks and its particle, when it is a Hangul
    word of two syllables or more; else None. training/build_common_words.py counts words in the same form."""
    word = _EDGE_MARKS.sub("", word)
    return strip_particle(word)[0] if _HANGUL.fullmatch(word) else None


def _rare(word: str) -> bool:
    """True for a word outside the everyday words that is no everyday word with an ending ("예정대로": 예정) nor two
    everyday words run together ("환승통로") either."""
    common = _common_words()
    if word in common:
        return False
    if len(word) >= 3 and (word[:-1] in common or word[:-2] in common):
        return False
    return not any(word[:i] in common and word[i:] in common for i in range(2, len(word) - 1))


def everyday(word: str) -> bool:
    """True for one of the everyday words of the room files ("아기", "예방접종", "출근시간")."""
    return word in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The everyday words of common_words.json (built by training/build_common_words.py)."""
    return frozenset(json.loads(resources.files(__package__).joinpath("common_words.json").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Span:
    """A run of words that may be the place, with what the model reads of it."""

    text: str
    features: tuple[str, ...]


@lru_cache(maxsize=4096)  # a word is the first or the last of several runs, in many messages
def _word_features(prefix: str, word: str) -> tuple[str, ...]:
    w = word.lower()
    out = [f"{prefix}w={w}", f"{prefix}s1={w[-1:]}", f"{prefix}s2={w[-2:]}", f"{prefix}s3={w[-3:]}", f"{prefix}p1={w[:1]}"]
    if gazetteer.is_township(w, alone=False):
        out.append(prefix + "township")
    if gazetteer.is_neighbourhood(w):
        out.append(prefix + "dong")
    if gazetteer.is_city(w):
        out.append(prefix + "city")
    if gazetteer.town_stem(w):
        out.append(prefix + "townstem")
    if _VILLAGE.fullmatch(w):
        out.append(prefix + "ri")
    key = everyday_key(w)
    if key is not None and _rare(key):
        out.append(prefix + "rare")  # a word no resident uses every day: a landmark's own name, often ("두물머리")
    if any(ch.isdigit() for ch in w):
        out.append(prefix + "digit")
    if _CAPITALISED.match(word):
        out.append(prefix + "cap")
    if not re.search("[가-힣]", w):
        out.append(prefix + "latin")
    return tuple(out)


def features(inner: list[str], kept: str, cut: str, punctuation: bool, before: str | None, after: str | None,
             position: str) -> list[str]:
    """The names of the features of the run `inner[:-1] + [kept]` (each worth 1)."""
    out = [f"n={len(inner)}", *_word_features("F_", inner[0]), *_word_features("L_", kept)]
    if cut:
        out += ["cut", f"cut={cut}", f"cutL={kept[-1:]}|{cut}"]
    out += [f"P_w={before.lower()}", f"P_s1={before[-1:]}"] if before else ["P_none"]
    if after:
        after_bare, after_particle, _ = strip_particle(after)
        out += [f"N_w={after_bare.lower()}", f"N_s1={after[-1:]}", f"N_p={after_particle}"]
    else:
        out.append("N_none")
    if punctuation:
        out.append("punct_end")
    out.append(f"pos={position}")
    out += [f"M_s1={w[-1:]}" for w in inner[1:-1]]
    return out


def candidates(text: str) -> list[Span]:
    """Every run of one to MAX_WORDS words that may name a place (see the module doc)."""
    words = _WORD.findall(text)
    out: list[Span] = []
    for i in range(len(words)):
        for j in range(i, min(len(words), i + MAX_WORDS)):
            inner = [_EDGE_MARKS.sub("", w) for w in words[i:j + 1]]
            shown = [_EDGE_UNMASKED.sub("", w) for w in words[i:j + 1]]
            if not all(inner) or any(closes_clause(w) for w in inner[:-1]):
                break  # a mark alone, or a clause ended inside: no longer run is a place either
            bare, particle, punctuation = strip_particle(words[j])
            bare = _EDGE_MARKS.sub("", bare)
            position = "start" if i == 0 else "end" if j == len(words) - 1 else "mid"
            before = words[i - 1] if i > 0 else None
            after = words[j + 1] if j + 1 < len(words) else None
            seen: set[str] = set()
            for kept, cut in ((inner[-1], ""), (bare, particle)):
                # the text as written, with the blanks a writer left in a name ("남목 ○○아파트 앞"); the features
                # read the words without them
                span = " ".join(shown[:-1] + [shown[-1] if not cut else _EDGE_UNMASKED.sub("", strip_particle(words[j])[0])])
                if not kept or span in seen or is_function_word(span):
                    continue
                seen.add(span)
                out.append(Span(span, tuple(features(inner, kept, cut, punctuation, before, after, position))))
    return out


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, float], float]:
    raw = json.loads(resources.files(__package__).joinpath("place_spans.json").read_text(encoding="utf-8"))
    return raw["weights"], float(raw["bias"])


def probability(span: Span, weights: dict[str, float], bias: float) -> float:
    """The model's probability that `span` is the place the text names."""
    z = bias + sum(map(weights.get, set(span.features), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z))


def guess_place(text: str) -> str | None:
    """The likeliest run of words to be the place, when the model gives it THRESHOLD or more; else None."""
    p, guess = best_guess(candidates(text), *_weights())
    return guess if p >= THRESHOLD else None


def best_guess(spans: list[Span], weights: dict[str, float], bias: float) -> tuple[float, str | None]:
    """The likeliest of `spans` (the first at a tie) with its probability; (0.0, None) when there is none."""
    if not spans:
        return 0.0, None
    p, k = max((probability(s, weights, bias), -k) for k, s in enumerate(spans))
    return p, spans[-k].text
