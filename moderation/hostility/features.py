"""Text -> sparse feature vector, shared by training and inference.

One function builds the features both when the model is trained (scikit-learn
fits the weights) and when it runs (numpy dot product), so the two can never
drift apart. Features are hashed (crc32, stable across processes and Python
versions, unlike hash()) into a fixed number of buckets: no vocabulary has to
be shipped, and the artefact is only the weight vector.
"""

from __future__ import annotations

import math
import zlib
from array import array

from moderation.evasion import closed_canonical, decompose
from moderation.hostility.lexicon import derogatory_hits, lexicon_hits

# The version of what this module (and the lexicon it reads) turns a text into. A model is
# trained on one version and refuses to load under another (moderation.hostility.model):
# bump it whenever a change here or in lexicon.py changes any feature of any text.
FEATURES_VERSION = 2

N_BUCKETS = 1 << 18
# Dense lexicon features live in the last few buckets, outside the hashed range.
N_DENSE = 5
N_FEATURES = N_BUCKETS + N_DENSE


def _bucket(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % N_BUCKETS


# word -> the buckets of its grams, per tag. Words come back in message after message, and
# slicing and hashing their grams was most of the model's time. Cleared when full: it only
# saves work, the buckets (and so the scores) are the same with or without it.
# Buckets as int32 arrays, not tuples of ints: 10,000 words per tag take about 5 MB, not 25.
_MEMO_LIMIT = 10_000  # words per tag; a room's everyday words fit
_memo: dict[str, dict[str, array[int]]] = {}


def _forget() -> None:
    _memo.clear()


def _word_buckets(word: str, lo: int, hi: int, tag: str) -> array[int]:
    # Word-bounded grams (like scikit-learn's char_wb): a space pads each word,
    # so "새끼" at the end of a word and inside one are different features.
    padded = f" {word} "
    n_chars = len(padded)
    return array("i", [_bucket(tag + padded[i:i + n]) for n in range(lo, hi + 1) for i in range(n_chars - n + 1)])


def _char_ngrams(text: str, lo: int, hi: int, tag: str, counts: dict[int, float]) -> None:
    memo = _memo.get(tag)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = _memo[tag] = {}
    for word in text.split():
        buckets = memo.get(word)
        if buckets is None:
            buckets = memo[word] = _word_buckets(word, lo, hi, tag)
        for b in buckets:  # in gram order, as the dot product adds them: scores stay bit for bit
            counts[b] = counts.get(b, 0.0) + 1.0


def sparse_features(text: str) -> tuple[list[int], list[float]]:
    """Indices and values of the (sub-linear tf, L2-normalised) feature vector.

    IDF weighting is folded into the model weights at training time, so the
    feature vector itself needs no corpus statistics.
    """
    canon = closed_canonical(text)  # the house rules asked for it a moment ago: computed once
    counts: dict[int, float] = {}
    _char_ngrams(canon, 1, 5, "c", counts)
    _char_ngrams(decompose(canon), 3, 6, "j", counts)
    # Whole words and word pairs: cheap context that char grams miss.
    words = canon.split()
    for i, w in enumerate(words):
        b = _bucket("w" + w)
        counts[b] = counts.get(b, 0.0) + 1.0
        if i:
            b = _bucket("b" + words[i - 1] + " " + w)
            counts[b] = counts.get(b, 0.0) + 1.0
    idx = list(counts)
    vals = [1.0 if c == 1.0 else 1.0 + math.log(c) for c in counts.values()]  # most grams occur once
    norm = math.sqrt(sum(v * v for v in vals)) or 1.0
    vals = [v / norm for v in vals]
    profanity, insults = lexicon_hits(text)
    dense = [
        min(len(profanity), 3) / 3.0,
        min(len(insults), 3) / 3.0,
        1.0 if (profanity or insults) else 0.0,
        min(len(text), 200) / 200.0,
        min(len(derogatory_hits(text)), 3) / 3.0,
    ]
    for k, v in enumerate(dense):
        if v:
            idx.append(N_BUCKETS + k)
            vals.append(v)
    return idx, vals
