"""Are two complaints about the same problem? Character n-gram similarity, pure.

Korean complaints about one broken streetlight rarely share whole words
("가로등이 나갔어요" / "가로등 꺼졌네요"), but they share character pairs,
so texts are compared as sets of character bigrams (Jaccard) after
normalisation (NFKC, invisible characters removed, lower case) with spaces and
punctuation dropped. Places are compared the same way, a little stricter.

No I/O, no telegram/sqlmodel/aiohttp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderation.normalize import normalize

__all__ = ["Candidate", "best_duplicate", "jaccard", "ngrams", "same_place", "text_similarity"]

# Texts at least this similar are the same report even at different (or unknown) places.
DEFAULT_TEXT_THRESHOLD = 0.4


def _compact(text: str) -> str:
    """Normalised text with only letters and digits kept."""
    return "".join(ch for ch in normalize(text or "") if ch.isalnum())


def ngrams(text: str, n: int = 2) -> frozenset[str]:
    """The set of character n-grams of the compacted text (the text itself when shorter)."""
    compact = _compact(text)
    if not compact:
        return frozenset()
    if len(compact) <= n:
        return frozenset({compact})
    return frozenset(compact[i : i + n] for i in range(len(compact) - n + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def text_similarity(a: str, b: str) -> float:
    """0..1: how much two texts share, as bigram Jaccard."""
    return jaccard(ngrams(a), ngrams(b))


def same_place(a: str | None, b: str | None) -> bool:
    """True when both places are known and name the same spot.

    "과천역 3번출구" and "과천역 3번 출구" are the same; one containing the
    other ("과천역" in "과천역 3번출구") counts only when the shorter is most
    of the longer, so "과천역" does not swallow every exit of the station.
    """
    if not a or not b:
        return False
    x, y = _compact(a), _compact(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return short in long and len(short) / len(long) >= 0.75


@dataclass(frozen=True)
class Candidate:
    """An open complaint to compare with: its key (e.g. database id), text and place."""

    key: int
    text: str
    place: str | None


def best_duplicate(
    text: str,
    place: str | None,
    candidates: Sequence[Candidate],
    text_threshold: float = DEFAULT_TEXT_THRESHOLD,
) -> int | None:
    """The key of the candidate this report repeats, or None.

    The caller passes only open complaints of the same room and category. A
    candidate matches at the same place, or with similar enough text; among
    matches the most similar wins (a same place counts as a full point), ties
    go to the earliest candidate.
    """
    mine = ngrams(text)
    best: tuple[float, int] | None = None
    for candidate in candidates:
        similarity = jaccard(mine, ngrams(candidate.text))
        placed = same_place(place, candidate.place)
        if not placed and similarity < text_threshold:
            continue
        score = similarity + (1.0 if placed else 0.0)
        if best is None or score > best[0]:
            best = (score, candidate.key)
    return None if best is None else best[1]
