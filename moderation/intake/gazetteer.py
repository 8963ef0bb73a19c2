"""The names of Korea's townships, neighbourhoods, villages and cities (gazetteer.json, built by training/build_gazetteer.py
from the national list of legal districts): a place finder in any city knows them without a pattern.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["is_city", "is_neighbourhood", "is_township", "is_village", "town_stem"]

# a conditional ending, not only a township: "강하면", "청하면", "오가면" are townships and "if" clauses alike
_CONDITIONAL_LIKE = re.compile(
    r"(?:이면|으면|다면|라면|려면|자면|지면|시면|하면|되면|나면|보면|오면|가면|서면|주면|치면|타면|비면|리면|르면|우면|기면|어면|해면)$"
)


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files(__package__).joinpath("gazetteer.json").read_text(encoding="utf-8"))
    return {kind: frozenset(names) for kind, names in raw.items()}


def is_township(word: str, alone: bool = True) -> bool:
    """A 읍 or 면 the gazetteer knows. Standing `alone`, only one of three syllables or more that no sentence ending
    shares ("왕궁면", "흥해읍"; not "서면", "청하면"); before a place any ("서면 아화리", "청하면 월포리")."""
    if word not in _names()["townships"]:
        return False
    return not alone or (len(word) >= 3 and not _CONDITIONAL_LIKE.search(word))


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
def _stems() -> frozenset[str]:
    # (not a city's or a county's name: "옥천" is 옥천읍 and 옥천군, and a city named first is no part of the place)
    cities = _cities()
    # (nor an everyday word: "대신", "연기", "다시")
    return frozenset(name[:-1] for name in _names()["townships"]
                     if len(name) >= 3 and name[:-1] not in cities and name[:-1] not in _names()["everyday"])


def town_stem(word: str) -> bool:
    """A township's short name, as residents say it ("해평" for 해평면, "흥해" for 흥해읍)."""
    return len(word) >= 2 and word in _stems()
