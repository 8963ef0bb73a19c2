"""The names of Korea's townships, neighbourhoods, villages and cities (gazetteer.json, built by training/build_gazetteer.py
from the national list of legal districts): a place finder in any city knows them without a pattern.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["is_city", "is_metropolis", "is_neighbourhood", "is_township", "is_village", "town_stem"]

# townships whose name is also a verb's "if" form or a noun's "if it is": "강하면" (강하다), "해보면" (해보다),
# "금지면" (if it is banned). Not every name with such an ending: "고서면", "사리면", "산서면", "진보면" are read as
# nothing else in every room file (250 mentions of 50 such names, all the township but for 40 of "해보면").
_ALSO_A_CONDITIONAL = frozenset({
    "강하면", "청하면", "임하면", "상하면", "남하면", "해보면", "오가면", "삼가면", "부리면", "세지면", "다시면", "금지면", "임자면",
    "토지면", "연기면", "양보면", "인지면", "유치면", "장기면", "효자면", "내가면", "대가면", "신기면", "수지면",
})


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files(__package__).joinpath("gazetteer.json").read_text(encoding="utf-8"))
    return {kind: frozenset(names) for kind, names in raw.items()}


def is_township(word: str, alone: bool = True) -> bool:
    """A 읍 or 면 the gazetteer knows. Standing `alone`, only one of three syllables or more that is no "if" form too
    ("왕궁면", "흥해읍", "고서면"; not "서면", "청하면"); before a place any ("서면 아화리", "청하면 월포리")."""
    if word not in _names()["townships"]:
        return False
    return not alone or (len(word) >= 3 and word not in _ALSO_A_CONDITIONAL)


def is_neighbourhood(word: str) -> bool:
    """A legal 동 or 가 ("나운동", "명륜1가")."""
    return word in _names()["neighbourhoods"]


def is_village(word: str) -> bool:
    """A legal 리 of three syllables or more that is no everyday word ("구아리", "창대리"; not "사거리", "목소리")."""
    return word in _names()["villages"]


@lru_cache(maxsize=2)  # both readings are asked for: with districts (_stems), without (is_city)
def _cities(districts: bool = True) -> frozenset[str]:
    ends = r"(?:특별자치시|특별자치도|특별시|광역시|도|시|군|구)$" if districts else r"(?:시|군)$"
    return frozenset(re.sub(ends, "", name) for name in _names()["cities"] if districts or re.search(ends, name))


def is_city(word: str) -> bool:
    """A city's or a county's name without its 시 or 군 ("안동", "하동"; not a 구's, "일산동" of 일산동구)."""
    return word in _cities(districts=False)


@lru_cache(maxsize=1)
def _metropolises() -> frozenset[str]:
    ends = r"(?:특별자치시|특별시|광역시)$"
    return frozenset(re.sub(ends, "", name) for name in _names()["cities"] if re.search(ends, name))


def is_metropolis(word: str) -> bool:
    """A big city's name without its 특별시 or 광역시 ("부산", "세종"): a city, not a district of one."""
    return word in _metropolises()


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    # (not a city's or a county's name: "옥천" is 옥천읍 and 옥천군, and a city named first is no part of the place)
    cities = _cities()
    # (nor an everyday word: "대신", "연기", "다시")
    return frozenset(name[:-1] for name in _names()["townships"]
                     if len(name) >= 3 and name[:-1] not in cities and name[:-1] not in _names()["everyday"])


def town_stem(word: str) -> bool:
    """A township's short name, as residents say it ("해평" for 해평면, "흥해" for 흥해읍)."""
    return len(word) >= 2 and word in _stems()
