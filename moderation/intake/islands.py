"""An island named before a place belongs to it, and an island alone is the place: "장봉도 해안 산책로", "덕적도".

Island counties (옹진, 신안, 울릉, 완도) and coastal cities name an inhabited island by its name and 도 ("백령도",
"대이작도"); the patterns read no "X도" as a place (도 is also "too": "시장도", "전화도"). The island's name is a
township's or a village's of the national list (백령면, 장봉리, 이작리; "대/소" before it: 대이작도), so the gazetteer
tells an island from a word with "도". Counted over this session's Ongjin set (training/README.md, "Fourteenth
session"), as place rows moved toward or away from their labels: 18 to 0 (its places 0.53 before); the other outside
sets the team has read 4 to 0 (대부도, 삼학도, 나불도); the team's files 0 to 1. An island alone is taken only where
it ends the message or takes a particle ("백령도에", "덕적도는"): "X도" before other words is "too" as often.

Not an island: a city's or a county's name with "도" ("안성도 그래요": Anseong too), a province, 상수도/하수도/지하도,
a village's name that is an everyday word too ("전화도", "소방서도"), the words of _NOT_ISLAND, nor one followed by what
is said of it ("백령도 안 돼요").
"""

from __future__ import annotations

import re

from . import gazetteer
from .place_spans import everyday

__all__ = ["with_island"]

_ISLAND = re.compile(
    r"(?<![가-힣])((?:대|소)?([가-힣]{2,4}))도(?=$|[^가-힣]|에서|에|의|는|은|가|까지|랑|이랑|와|엔|에는|에도|주민|사람)"
)
# words with 도 that a township's or a village's name spells too (found over the public and room files): 지방도 (a
# provincial road), 안내도 (a map), 인지도, and "too" after an everyday noun
_NOT_ISLAND = frozenset({"상수", "하수", "지하", "경기", "강원", "충청", "전라", "경상", "제주", "횡단보", "지하보", "고속", "자전거",
                         "지방", "안내", "인지", "입장", "연기", "학교", "기계", "도덕", "재산", "내구", "개정", "소원", "청소",
                         "진상", "갈지", "수지", "초정", "성동", "도산", "복장", "답동", "효자", "한석", "진사", "진보"})
# an island named alone ends there, or takes a particle: "백령도에", "덕적도는", "… 선재도"
_ALONE_END = re.compile(r"\s*$|[^가-힣\s]|에|의|는|은|까지|엔")
# what follows "X도" when 도 is "too": a predicate ("전화도 안 받아요", "거기도 마찬가지")
_SAID_OF_IT = re.compile(r"\s(?:안|못|없|있|했|하|해|되|돼|받|많|좋|너무|다(?:\s|$)|그렇|마찬가지|똑같|역시|같이|문제)")


def _island(text: str, m: re.Match[str]) -> bool:
    name, stem = m.group(1), m.group(2)
    if {name, stem} & _NOT_ISLAND or any(gazetteer.is_city(word) or gazetteer.is_metropolis(word) for word in (name, stem)):
        return False
    if _SAID_OF_IT.match(text, m.end()) or (name != stem and everyday(name)):
        return False  # ("소방서도 멀어요": a word with 대/소 in front is no 대/소 island)
    for word in {name, stem}:
        if gazetteer.is_township(word + "면", alone=False) or gazetteer.is_township(word + "읍", alone=False):
            return True
        if gazetteer.is_village(word + "리") and not everyday(word):
            return True
    return False


def with_island(text: str, place: str | None) -> str | None:
    """`place` with the island named right before it in `text`; with no place found, the first island named alone."""
    islands = [m for m in _ISLAND.finditer(text) if _island(text, m)]
    if not islands:
        return place
    if not place:
        alone = [m for m in islands if _ALONE_END.match(text, m.end())]
        return alone[0].group(0) if alone else None
    at = text.find(place)
    if at < 0:
        return place
    for m in islands:
        if at == m.end() + 1 and text[m.end()] in " \t":
            return text[m.start():at + len(place)]
    return place
