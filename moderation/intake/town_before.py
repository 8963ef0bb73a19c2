"""The town named right before a place belongs to it: "고한 구공탄시장", "담양 코아루 아파트", "내포 LH 3단지".

Residents name a township by its short name ("고한" for 고한읍), a county by its own ("담양" for 담양군) and a new
town or an old one by a bare name ("내포", "장유", "미사강변") before a market, a complex or a landmark that its own
name would not locate, and outside writers keep that name in the place. Counted over the outside room sets the team
has read (training/README.md, "Thirteenth session"), as place rows moved toward or away from their labels:

- a township's short name the gazetteer knows, right before the place: 11 toward, 0 away;
- a city's or a county's name before a place that starts with no district of its own ("부여 LH 2단지"): 11 to 0;
  before a township's short name or the town centre ("단양 매포 도담삼봉 주차장", "홍천 읍내"), too: a blind check
  of 108 places written for this (training/README.md) moved 11 toward and none away, the readable sets none
  (they hold no such place); before a district with its suffix ("예산 문곡동") this step adds no city: the patterns
  decide (places._with_region);
- any other bare name standing where a district may be named (at the start of a sentence, after a time or an
  adverb: places._district_may_start) before a place that is not a district with its suffix, and that is none of the
  room files' everyday words ("아기", "예방접종"): 30 to 0 ("의림지 둑방 산책로", "하당 부영7차 놀이터"). Without
  the everyday words 38 to 2, but the names frequent in the sets read so far are among them ("남악", "위례"): in a
  city the room files never saw, its own names are not.

The team's own files, labelled the older way (a town before a district left out), move 9 to 17.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import gazetteer

__all__ = ["with_town_before"]

# the word right before the place, on its line: nothing but a space between them
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([가-힣]{2,4})[ \t]$")
# a district named with its suffix ("귀인동", "신곡2동"): a bare name before it is the patterns' to join (places._with_region)
_DISTRICT_END = re.compile(r"[가-힣]\d*(?:동|읍|면|리|구|가)$")
# a time before the place ("출근시간 …", "하교때 …"), a plural ("공무원들 …") or a verb's purpose ("떼러 …"): no name
_NOT_A_NAME = re.compile(r"(?:시간|때|철|날|쯤|무렵|마다|들|러)$")


def with_town_before(text: str, place: str | None, bare_district: Callable[[str, int], bool] = lambda word, at: False
                      ) -> str | None:
    """`place` with a township's short name or a city's name that stands right before it in `text`, as said above.

    `bare_district(word, at)` tells a bare name standing where a district may be named (places.py knows which)."""
    if not place:
        return place
    at = text.find(place)
    if at <= 0:
        return place
    m = _WORD_BEFORE.search(text, 0, at)
    if not m:
        return place
    word = m.group(1)
    if gazetteer.town_stem(word):
        return with_town_before(text, f"{word} {place}", bare_district)  # and the county before it: "단양 매포 …"
    if _DISTRICT_END.search(place.split()[0]):
        return place  # a district with its suffix: the patterns decide whether the town belongs (places._with_region)
    if gazetteer.is_city(word) or (not gazetteer.is_metropolis(word) and not _NOT_A_NAME.search(word)
                                   and bare_district(word, m.start(1))):
        return f"{word} {place}"
    return place
