"""Where a place ends: a small learned choice between the place the patterns found and the same place ending a few
words later or earlier (pure: the weights are packaged in place_ends.json, trained by training/train_place_ends.py).

Residents and the writers of the outside room sets agree on where a place starts far more often than on where it
ends: is it "평거동", "평거동 둔치" or "평거동 둔치 공중화장실"; "중앙초 앞" or "중앙초 앞 스쿨존"; "논산대로 쪽 육교" or
"... 육교 엘리베이터"? The patterns of places.py keep a hand-made list of the spots and the ground a place is grown over;
the long tail of such words (보호소, 둔치, 갓길, 논 ...) is learned here instead, from how outside writers ended the
places they labelled. The candidates are the span found, the span grown over up to three following words (each as
typed and without its particle; never past the end of a clause or a sentence, never ending on a light, a signal or
works), and the span cut back by whole words (never a number). Each candidate is scored by a logistic regression over
its last word, the word after it and how far it moved; the best wins, the span found when none scores higher.
Left out in training, the sets of other writers gained 5,644 -> 6,030 exact places of 7,518 (58 sets, five folds;
training/README.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .taxonomy import LEXICON

__all__ = ["Candidate", "candidates", "choose", "closes_clause", "endings", "ends_clause", "features", "is_function_word",
           "settle_end", "strip_particle"]

# the longest move of the end, in words, either way
MAX_MOVE = 3

# a particle or a postposition closing the word a place ends on ("둔치에", "화장실이", "입구까지")
_PARTICLE = re.compile(
    r"(?:에서부터|에서는|에서도|에서|에는|에도|에|으로|로|은|는|이|가|을|를|도|의|까지|부터|이랑|랑|하고|와|과|만)$"
)
_ONE_SYLLABLE_PLACES = frozenset({
    "길", "집", "앞", "옆", "뒤", "쪽", "논", "밭", "산", "강", "역", "위", "밑", "안", "문", "숲", "섬", "항", "둑", "벽", "담", "천",
    "교", "굴", "곳", "데",
})
_PUNCTUATION = re.compile(r"[.,!?~ㅠㅜㅋㅎ]+$")
_WORD = re.compile(r"\S+")
# a word that ends a clause ("나오면", "철거하면서", "예약했는데", "막혀서"), or an English word that is not part of a
# name ("is", "on", "again"): the place has ended before it
# (and the contracted "나서", "가서", "와서": "비 오고 나서 도로에 자갈이 …" has no place "나서 도로")
_PREDICATE = re.compile(r"(?:는데|면서|니까|지만|했고|하고|해서|라서|어서|아서|져서|혀서|[으하되나오가보]면|습니다|어요|아요|해요|네요)$|"
                        r"^(?:나서|가서|와서|봐서|돼서)$")
_EN_FUNCTION = frozenset({
    "is", "are", "was", "were", "be", "been", "am", "on", "in", "at", "with", "again", "and", "or", "the", "a",
    "an", "to", "for", "of", "near", "has", "have", "had", "keeps", "kept", "from", "by", "every", "all", "this",
    "that", "it", "its", "there", "where", "when", "because", "so", "but", "very", "really", "always", "still",
    "too", "not", "no", "since", "after", "before", "during", "until", "about",
})
# what is broken or going on, which a place never ends on: a light, a signal, works ("마곡지구 공사 먼지" is at
# 마곡지구). Over the outside room sets 4 of about 700 mentions of a light or a signal and 5 of 423 of works ended a
# labelled place.
_NEVER_LAST = frozenset({
    "가로등", "보안등", "신호등", "신호기", "보행등", "공사", "signal", "signals", "light", "lights", "streetlight", "streetlights",
    "lamp", "lamps",
})
_RELATIONAL_END = re.compile(r"(?:앞|옆|뒤|쪽|근처|주변|건너편|맞은편|뒤편|사이|부근|인근)$")


@dataclass(frozen=True)
class Candidate:
    """A place ending `move` words after (> 0) or before (< 0) the span found, with the words around its end."""

    span: str
    move: int
    last: str  # the last word of the span, as kept
    after: str | None  # the word after it in the text as typed, None at the end of the text
    cut: str = ""  # the particle cut off the last word ("둔치에" kept as "둔치")
    crossed: bool = False  # the span was grown across a word that ended in a particle


def strip_particle(word: str) -> tuple[str, str, bool]:
    """A word without its trailing punctuation and particle, the particle, and whether it had punctuation."""
    plain = _PUNCTUATION.sub("", word)
    bare = _PARTICLE.sub("", plain)
    # (a syllable is rarely a place on its own: "인도", "도로", "사이" keep their last syllable; "길이", "앞에" do not)
    if not bare or (len(bare) == 1 and len(plain) == 2 and bare not in _ONE_SYLLABLE_PLACES):
        return plain, "", plain != word
    return bare, plain[len(bare):], plain != word


def closes_clause(word: str) -> bool:
    """True for a Korean word that ends a clause ("나오면", "철거하면서", "막혀서")."""
    return bool(_PREDICATE.search(word))


def is_function_word(word: str) -> bool:
    """True for an English function word ("on", "the", "again")."""
    return word.lower() in _EN_FUNCTION


def ends_clause(word: str) -> bool:
    """True for a word no place runs over: a clause's ending, an English function word, an English possessive or
    contraction ("Station's", "don't")."""
    return closes_clause(word) or is_function_word(word) or "'" in word


def _locate(text: str, span: str) -> tuple[int, int] | None:
    """Where `span` (its words joined by single spaces) stands in `text`, whatever spaces the text has between them."""
    words = span.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (m.start(), m.end()) if m else None


def candidates(text: str, span: str) -> list[Candidate]:
    """The span found first, then its end moved over up to MAX_MOVE words either way (see the module doc).

    A word the end moves over is kept as typed and, when it ends in what may be a particle, without it ("도로에" is
    "도로"; "도로" may be "도로" or "도" + 로, so both are candidates).
    """
    where = _locate(text, span)
    if where is None:
        return []
    start, end = where
    words = span.split()
    following = [(m.start(), m.group()) for m in _WORD.finditer(text, end)][:MAX_MOVE + 1]
    out = [Candidate(" ".join(words), 0, words[-1], following[0][1] if following else None)]
    seen = {out[0].span}
    crossed = False
    for k, (at, word) in enumerate(following[:MAX_MOVE]):
        after = following[k + 1][1] if k + 1 < len(following) else None
        bare, particle, punctuation = strip_particle(word)
        plain = _PUNCTUATION.sub("", word)
        if ends_clause(plain):
            break
        for kept, cut in ((plain, ""), (bare, particle)):
            grown = " ".join((text[start:at] + kept).split())
            if kept and grown not in seen and kept.lower() not in _NEVER_LAST:
                seen.add(grown)
                out.append(Candidate(grown, k + 1, kept, after, cut, crossed))
        if punctuation:
            break  # the sentence ends here
        crossed = crossed or bool(particle)
    for k in range(1, min(len(words), MAX_MOVE + 1)):
        shorter = " ".join(words[:-k])
        # (never cut off a number: a road's or a building's, "축항대로212번길 4", "주공 3단지")
        if shorter not in seen and not any(ch.isdigit() for ch in words[-k]):
            seen.add(shorter)
            out.append(Candidate(shorter, -k, words[-k - 1], words[-k]))
    return out


# the topic words of each category (taxonomy.LEXICON): a word never seen ending a place is still known as a
# streetlight (the object that is broken, never kept) or a park (often the place itself)
_TOPIC = tuple((category, stem.lower()) for category, stems in LEXICON.items() for stem in stems if len(stem) >= 2)


@lru_cache(maxsize=8192)  # the words around a place's end repeat from message to message
def _word_features(prefix: str, word: str) -> tuple[str, ...]:
    word = word.lower()
    out = [f"{prefix}w={word}", f"{prefix}s1={word[-1:]}", f"{prefix}s2={word[-2:]}"]
    out += sorted({f"{prefix}topic={category}" for category, stem in _TOPIC if stem in word})
    if any(ch.isdigit() for ch in word):
        out.append(prefix + "digit")
    if re.search("[가-힣]", word):
        out.append(prefix + "ko")
    return tuple(out)


def features(c: Candidate) -> list[str]:
    """The names of the features a candidate has (each worth 1)."""
    way = "0" if c.move == 0 else "+" if c.move > 0 else "-"
    named = list(_word_features("L_", c.last))
    if c.cut:
        named += ["L_cut", f"L_cut={c.cut}"]
    if c.crossed:
        named.append("crossed")
    if c.after is None:
        named.append("N_none")
    else:
        bare, particle, punctuation = strip_particle(c.after)
        named += _word_features("N_", bare)
        if particle:
            named += ["N_particle", f"N_p={particle}"]
        if punctuation:
            named.append("N_punct")
        named.append(f"LN={c.last[-2:].lower()}|{bare[-2:].lower()}")
    if _RELATIONAL_END.search(c.span):
        named.append("relational_end")
    out = [f"move={c.move}", f"words={min(len(c.span.split()), 6)}"]
    return out + named + [way + f for f in named]


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, float], float]:
    raw = json.loads(resources.files(__package__).joinpath("place_ends.json").read_text(encoding="utf-8"))
    return raw["weights"], float(raw["bias"])


def score(c: Candidate, weights: dict[str, float], bias: float = 0.0) -> float:
    """The model's log-odds that `c` ends where a resident would end the place."""
    return bias + sum(weights.get(f, 0.0) for f in features(c))


# a request or a sentence's end ("확대해주세요", "고쳐주세요", "없나요", "했다"): a place is never grown over one
# ("영일대 해수욕장 금연구역 확대해주세요 모래사장에서 …" has no place "… 확대해주세요 모래사장"). Applied where the model
# chooses, not to the candidates it was trained on (training/train_place_ends.py reads those).
_REQUEST_END = re.compile(r"(?:세요|셔요|십시오|나요|까요|[었았였겠했됐]다|[한된]다|는다|더라)$")


def settle_end(text: str, span: str) -> str:
    """`span`, or the same place ending a few words later or earlier when the model prefers that ending."""
    cands = endings(text, span)
    if len(cands) < 2:
        return span
    weights, bias = _weights()
    return _without_copula(choose(cands, weights, bias))


# what may be left on the last word the model chose as typed: a copula ("… 3층 상가주택입니다"), the particle 로 after a
# way that itself ends in 로 or 도 ("공단 앞 도로로", "통학로로", "횡단보도로"), 도 after a plural ("골목들도")
_LEFT_ON = re.compile(r"(?<=[가-힣]{2})(?:입니다|이에요|인데요|인데)$|(?<=도로|보도)로$|(?<=[^도\s]로)로$|(?<=[가-힣]들)도$")


def _without_copula(span: str) -> str:
    """`span` without the copula or the particle left on its last word (see _LEFT_ON)."""
    return _LEFT_ON.sub("", span)


def endings(text: str, span: str) -> list[Candidate]:
    """The candidates the model chooses among: those of `candidates`, but none grown over a request or a sentence's
    end."""
    grown_from = len(span.split())
    return [c for c in candidates(text, span)
            if not any(_REQUEST_END.search(_PUNCTUATION.sub("", w)) for w in c.span.split()[grown_from:])]


def choose(cands: list[Candidate], weights: dict[str, float], bias: float) -> str:
    """The ending the model prefers: the first candidate (the span found) unless another scores higher."""
    scores = [score(c, weights, bias) for c in cands]
    best = max(range(len(cands)), key=lambda i: (scores[i], i == 0))
    return cands[best].span if scores[best] > scores[0] else cands[0].span
