"""The town named right before a place belongs to it: "고한 구공탄시장", "흥해 초곡지구 공사장", "담양 코아루 아파트".

Residents name a township by its short name ("고한" for 고한읍) and a county by its own ("담양" for 담양군) before a
market, a complex or a landmark that the name alone would not locate, and outside writers keep that name in the
place. Counted over the outside room sets the team has read (training/README.md, "Thirteenth session"), as place
rows moved toward or away from their labels: a township's short name right before the place found, 11 toward and 0
away; a city's or a county's name before a place that starts with no district of its own ("부여 LH 2단지", "장수
한우타운"), 11 to 0. Before a district ("예산 문곡동", "파주 교하 초등학교") this step adds no city (the patterns decide
whether it belongs: places._with_region). The team's own files, labelled the older way, move 3 to 0 and 3 to 6. Any other word of two to
four syllables right before a place is kept by writers about once in twenty-five ("내포", "남악" and the like, which no
list holds, against every word of a sentence): not guessed.
"""

from __future__ import annotations

import re

from . import gazetteer

__all__ = ["with_town_before"]

# the word right before the place, on its line: nothing but a space between them
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([가-힣]{2,4})[ \t]$")
_DISTRICT_END = re.compile(r"[가-힣]\d*(?:동|읍|면|리|구|가)$")
_AREA_WORDS = frozenset({"읍내", "시내", "면내", "구도심", "원도심", "신도심", "신도시"})


def _district(word: str) -> bool:
    """A word that is itself a district: a legal 동, 읍, 면 or 리, a township's short name, a 동 without its 동."""
    return (
        word in _AREA_WORDS
        or _DISTRICT_END.search(word) is not None
        or gazetteer.town_stem(word)
        or gazetteer.is_neighbourhood(word + "동")
    )


def with_town_before(text: str, place: str | None) -> str | None:
    """`place` with a township's short name or a city's name that stands right before it in `text`, as said above."""
    if not place:
        return place
    at = text.find(place)
    if at <= 0:
        return place
    m = _WORD_BEFORE.search(text, 0, at)
    if not m:
        return place
    word = m.group(1)
    first = place.split()[0]
    if gazetteer.town_stem(word) or (gazetteer.is_city(word) and not _district(first)):
        return f"{word} {place}"
    return place
