"""Feature extraction for the intake model: one function, shared by training and inference.

Features are chosen to survive how residents actually type:

- NFKC, invisible characters removed, lower case, emoji dropped;
- laughter/crying jamo runs (ㅋㅋㅋ, ㅎㅎ, ㅠㅠ, ㅜㅜ) become one flag each and are
  removed from the text stream, so "나갔어요ㅠㅠㅠ" ends like "나갔어요";
- repeated characters squashed ("!!!!!" -> "!!", "요오오오" -> "요오");
- digits collapsed to 0, so "3번출구" and "5번출구" share features;
- character 1-4 grams over the text with all spaces removed, with start and
  end markers: spacing errors ("보도블럭이깨졌어요" vs "보도 블럭이 깨졌어요")
  give the same n-grams, and the end marker captures the speech act
  ("주세요$", "감사해요$", "인가요$", "드립니다$");
- the last 1-3 syllables as explicit ending features, and a flag for an
  interrogative ending (a question without "?" still reads as a question);
- Latin word tokens (English support) and a few shape flags (question mark,
  length bucket, has a number);
- topic-word flags ("K:parking") from the hand-written LEXICON in taxonomy.py.

Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata

from moderation.normalize import squash_repeats, strip_invisible

from .taxonomy import LEXICON

__all__ = ["clean", "extract"]

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_LAUGH = re.compile(r"[ㅋㅎ]{1,}")
_CRY = re.compile(r"[ㅠㅜ]{1,}")
_JAMO = re.compile(r"[\u3131-\u318e]+")
_PLACEHOLDER = re.compile(r"\[(주민번호|전화번호|이메일|카드번호|계좌번호)\]")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# keep Hangul syllables, Latin letters, digits, '?' and '!' ; everything else is a separator
_DROP = re.compile(r"[^0-9a-z\uac00-\ud7a3?! ]+")
_SPACES = re.compile(r"\s+")
_LATIN_WORD = re.compile(r"[a-z]{2,}")
_TRAIL = re.compile(r"[?! ]+$")
# interrogative endings, so a question reads as one even without "?"
_QUESTION_END = re.compile(r"(?:나요|까요|가요|니까|는지요|은지요|을까|ㄹ까|냐|니|나|래요|던가요|인지)$")


def clean(text: str) -> tuple[str, frozenset[str]]:
    """Normalise `text` for features; return (cleaned text, flags)."""
    flags: set[str] = set()
    t = unicodedata.normalize("NFKC", text)
    t = strip_invisible(t).lower()
    t = _URL.sub(" ", t)
    if _PLACEHOLDER.search(t):
        flags.add("F:pii")
        t = _PLACEHOLDER.sub(" ", t)
    if _LAUGH.search(t):
        flags.add("F:laugh")
        t = _LAUGH.sub(" ", t)
    if _CRY.search(t):
        flags.add("F:cry")
        t = _CRY.sub(" ", t)
    t = _JAMO.sub(" ", t)
    t = _DROP.sub(" ", t)
    t = squash_repeats(t, keep=2)
    if "?" in t:
        flags.add("F:q")
    if "!" in t:
        flags.add("F:excl")
    if _DIGITS.search(t):
        flags.add("F:num")
        t = _DIGITS.sub("0", t)
    t = _SPACES.sub(" ", t).strip()
    return t, frozenset(flags)


# A named place keeps only its kind ("중앙공원" -> "공원", "과천역" -> "역"): a place says
# where, not whether, and a name that happened to come up more in chatter than in
# reports must not count against a report there. A list of its own, not places.py's:
# the packaged model was trained on exactly these features, so a change to the place
# patterns must not change them (the 역 look-behind keeps 지역, 구역, 방역... whole).
_PLACE_NAME = re.compile(
    r"(?<![가-힣])[가-힣]{2,8}?"
    r"(공원|(?<![지구방검통번용징병권광영전수해무])역|아파트|단지|사거리|삼거리|오거리|교차로|시장|초등학교|중학교|고등학교|도서관|체육관|"
    r"주민센터|행정복지센터|보건소|시청|구청|회관|대로)"
    r"(?=[^가-힣]|$|에|의|은|는|이|가|을|를|앞|옆|쪽|근처|에서|으로|도)"
)


def extract(text: str) -> list[str]:
    """Feature strings of one text (duplicates removed, order not meaningful)."""
    t, flags = clean(text)
    t = _PLACE_NAME.sub(r"\1", t)
    feats: set[str] = set(flags)
    body = _TRAIL.sub("", t)
    compact = body.replace(" ", "").replace("?", "").replace("!", "")
    n = len(compact)
    if n == 0:
        feats.add("F:empty")
        return sorted(feats)
    # length bucket (in characters, spaces excluded)
    feats.add("L:" + ("1" if n <= 4 else "2" if n <= 10 else "3" if n <= 25 else "4" if n <= 60 else "5"))
    s = "^" + compact + "$"
    ls = len(s)
    feats.update(s)
    feats.update([s[i : i + 2] for i in range(ls - 1)])
    feats.update([s[i : i + 3] for i in range(ls - 2)])
    feats.update([s[i : i + 4] for i in range(ls - 3)])
    for k in (1, 2, 3):
        if n >= k:
            feats.add("E:" + compact[-k:])
    if _QUESTION_END.search(compact):
        feats.add("F:qend")
    for w in _LATIN_WORD.findall(t):
        feats.add("W:" + w)
    feats.update("K:" + _STEM_CAT[m] for m in _LEX_RE.findall(compact))
    return list(feats)


# one pass over the text for all topic words (longest stems first)
_STEM_CAT = {stem: cat for cat, stems in LEXICON.items() for stem in stems}
_LEX_RE = re.compile("|".join(re.escape(st) for st in sorted(_STEM_CAT, key=len, reverse=True)))
