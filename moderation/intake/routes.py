"""A way between two places is the place: "가평역에서 자라섬까지", "정문에서 재궁초 가는 길", "사거리에서 농협 방향".

Residents locate a missing bus route, a dark road or a broken pavement by its two ends, and outside writers keep
both ends in the place. The finder reads one end: the near one when the far one is a name it does not know
("홍성역에서 내포까지" gave "홍성역"), the far one when it ends in a way ("오이도역에서 배곧 가는 길" gave "배곧 가는
길"). Counted over the outside room sets the team has read (training/README.md, "Fourteenth session"), as place rows
moved toward or away from their labels, 24 to 1:

- after the place: `에서` + the other end + `까지` (and a way after it), + `(쪽으로) 가는 길/골목`, or + `방향/방면`;
- before a place that is a way ("… 가는 길"): the near end, when the finder reads it as a place of its own.

A bus "X에서 Y 가는" (no way after it) stays at its stop: writers keep the stop alone (3 to 13), and "시내", "서울",
"바로" or a verb in between end no way ("밀양IC 진출로에서 시내 방향", "일로읍 쪽에서 바람불면 남악까지").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["with_route"]

# a word that names no far end: home, here, the town centre, a time, a hand, an adverb
_NO_END = frozenset({"집", "우리집", "여기", "거기", "저기", "회사", "직장", "학교", "이곳", "그곳", "시내", "시내버스", "바로",
                     "서울", "밤", "새벽", "아침", "저녁", "오후", "오전", "끝", "끝까지"})
# a first word that ends a clause or carries a particle: the second word is no part of a far end
_CLAUSE_END = re.compile(r"(?:면|고|서|며|데|니|다|요|는|은|을|를|도|이|가)$")
_WORD = r"[가-힣A-Za-z0-9]{1,12}"
_GOING = r"(?:걸어|내려|올라|넘어|들어)?가는\s(?:길|골목)(?=$|[^가-힣]|[이에은는을도])"
_ONWARD = re.compile(
    rf"에서\s(?P<end>[가-힣A-Za-z0-9]{{2,12}}(?:\s{_WORD})?)"
    rf"(?:까지(?:\s{_GOING})?|\s(?:쪽으로\s|으로\s|로\s)?{_GOING}|\s(?:방향|방면))(?![가-힣])"
)
_A_WAY = re.compile(rf"{_GOING}$")
# the near end right before a way: "휴천1동 한신아파트에서 " (up to four words, on its line)
_NEAR_END = re.compile(rf"(?:^|(?<=[\s.,!?]))(?P<near>{_WORD}(?:[ \t]{_WORD}){{0,3}})에서[ \t]$")


def _far_end(words: str) -> bool:
    parts = words.split()
    if any(part in _NO_END or part.endswith("까지") for part in parts):
        return False
    return len(parts) == 1 or not _CLAUSE_END.search(parts[0])


def with_route(text: str, place: str | None, find: Callable[[str], str | None]) -> str | None:
    """`place` grown over the way it is one end of in `text`, as said above. `find` is the place finder, asked
    whether the words before a way name a place of their own."""
    if not place:
        return place
    at = text.find(place)
    if at < 0:
        return place
    end = at + len(place)
    onward = _ONWARD.match(text, end)
    if onward and _far_end(onward.group("end")):
        return text[at:onward.end()]
    if not _A_WAY.search(place):
        return place
    before = _NEAR_END.search(text, 0, at)
    if not before:
        return place
    words = before.group("near").split()
    for k in range(len(words), 0, -1):  # the longest run of the last words that is a place on its own
        near = " ".join(words[-k:])
        if find(near + "에서") == near:
            return text[text.rfind(near, 0, at):end]
    return place
