"""A place never starts with a word of the sentence around it: "힘드니 병원", "아니고 옆 상가", "그때 시장".

The learned guess and the patterns sometimes take the word before a place with it: a verb's form ("개방한다더니 시청
주차장", "다칠뻔 화양면 놀이터", "들어와예 병원") or an adverb ("매년 시장 뒤", "일단 감일동"). Such a word is no part of
the place; what is left is the place, or none when only a kind of place is left ("힘드니 병원": a hospital, no place).
Counted over the outside room sets the team has read (training/README.md, "Fourteenth session"), as place rows moved
toward or away from their labels: 10 to 0; the team's files 4 to 0. ("…라" is no verb's form here: "중앙빌라 앞")
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import gazetteer

__all__ = ["without_sentence_start"]

# the endings of a verb's connective, adnominal or final forms ("-더니", "-니", "-어서", "-요", "-예", "-뻔", "-러")
_VERBAL = re.compile(r"(?:더니|다고|라고|으니|니까|니|어서|아서|해서|워서|져서|여서|요|예|네|꺼|뻔|김에|때|으러|러|은|온|는|던|을|"
                     r"길래|는데|은데|지만|고)$")
# ... that a place's own name may end in too ("보은", "중앙고", "서면", "송정리")
_PLACE_END = re.compile(r"(?:동|리|면|읍|가|구|시|군|역|교|로|길|고|초|중|대|산|천|강|항|도|호|섬|봉|령|재|골|촌|단지|마을|시장|공원)$")
_ADVERBS = frozenset({"일단", "그냥", "아직", "아직도", "진짜", "정말", "너무", "완전", "제발", "혹시", "특히", "원래", "요즘", "매일",
                      "계속", "또", "다시", "빨리", "지금", "바로", "주소", "그리고", "근데", "그래서", "매년", "그때"})


def _sentence_word(word: str) -> bool:
    if word in _ADVERBS:
        return True
    return (_VERBAL.search(word) is not None and not _PLACE_END.search(word)
            and not (gazetteer.town_stem(word) or gazetteer.is_city(word) or gazetteer.is_township(word)))


def without_sentence_start(place: str | None, kinds_only: Callable[[str], bool]) -> str | None:
    """`place` without a first word of the sentence around it, None when only a kind of place is left (`kinds_only`)."""
    if not place:
        return place
    words = place.split()
    if len(words) < 2 or not _sentence_word(words[0]):
        return place
    rest = " ".join(words[1:])
    return None if kinds_only(rest) else rest
