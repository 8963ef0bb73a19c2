"""A numbered national or provincial road locates a problem with its number: "38번 국도 사북 ~ 고한 구간", "국도 37호선".

Rural residents name the road by its number ("42번 국도", "904번 지방도", "국도 24호선") and then the stretch, the
direction or the spot on it; outside writers keep the number in the place. The finder reads no number as a place:
it missed the road ("17번 국도 이월 방향" gave nothing), cut its number off ("19번 국도 괴산읍 구간" gave "국도
괴산읍 구간") or kept only the spot after it ("461번 국도 구만교 근처" gave "구만교 근처"). Counted over the outside
room sets the team has read (training/README.md, "Fourteenth session"), as place rows moved toward or away from their
labels: 13 to 0 (and 7 rows nearer their labels); the team's files hold none.

- no place found: the road, with the stretch or the direction that follows it, and the place it leads to before it
  ("독천 가는 국도 2호선");
- a place found right after the road (or after a direction: "7번국도 흥해 방면 유강 나들목"): the road and the place;
- a place found on "국도 …" with the number left before it: the number too;
- a place found right before "가는 N번 국도": the way to the road ("땅끝마을 들어가는 77번 국도").
"""

from __future__ import annotations

import re

__all__ = ["with_numbered_road"]

_ROAD = r"(?:\d{1,3}\s?번\s?(?:국도|지방도|군도)|(?:국도|지방도)\s?\d{1,3}\s?호선)"
_ANY_ROAD = re.compile(rf"(?<![가-힣0-9]){_ROAD}(?![가-힣0-9])")
_GOING = r"(?:가는|들어가는|넘어가는|나가는)"
# the road alone: with what it leads to before it, the stretch or the direction after it
_ALONE = re.compile(
    rf"(?<![가-힣0-9])(?:[가-힣]{{1,6}}\s{_GOING}\s)?{_ROAD}(?![가-힣0-9])"
    r"(?:\s(?:[가-힣]{1,6}(?:\s?[~\-→]\s?[가-힣]{1,6})?\s)?(?:방향|방면|구간)(?![가-힣]))?"
)
_ROAD_BEFORE = re.compile(rf"(?<![가-힣0-9]){_ROAD}\s(?:[가-힣]{{1,6}}\s(?:방향|방면)\s)?$")
_NUMBER_BEFORE = re.compile(r"(?<![가-힣0-9])\d{1,3}\s?번\s?$")
_TOWARD_ROAD = re.compile(rf"\s{_GOING}\s{_ROAD}(?![가-힣0-9])")


def with_numbered_road(text: str, place: str | None) -> str | None:
    """`place` with the numbered road it lies on in `text`, or the road itself when no place was found, as said above."""
    if not _ANY_ROAD.search(text):
        return place
    if not place:
        alone = _ALONE.search(text)
        return alone.group(0) if alone else place
    at = text.find(place)
    if at < 0:
        return place
    end = at + len(place)
    if place.startswith(("국도", "지방도")):
        number = _NUMBER_BEFORE.search(text, 0, at)
        if number:
            return text[number.start():end]
    road = _ROAD_BEFORE.search(text, 0, at)
    if road:
        return text[road.start():end]
    toward = _TOWARD_ROAD.match(text, end)
    return text[at:toward.end()] if toward else place
