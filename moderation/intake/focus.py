"""The problem a message is about when it first concedes another one.

A reply that adds a problem to one already raised says so by conceding the first ("포트홀도 포트홀인데 그 앞 신호등도
고장이에요", "가로등도 문제지만 그 골목 하수구 냄새도 심해요", "거기뿐 아니라 …", "쓰레기는 그렇다 치고 …"): what follows the
concession is what the writer asks the city about, and its category is that problem's (outside writers' room files: 126
of 134 such reports right read after the concession, 112 read whole).
"""

from __future__ import annotations

import re

__all__ = ["after_concession"]

# the conceded problem within the first few words: "X도 X인데/지만/이고", "X도 그렇고/그렇지만/문제지만", "X만이 아니라",
# "X뿐 아니라", "X는 그렇다 치고"
_CONCESSION = re.compile(
    r"^(?:\S+\s){0,3}?(?P<x>[가-힣]{1,8})(?:도|만)\s*(?:(?P=x)\s*(?:이)?(?:인데|지만|이지만|고)|그렇(?:고|지만|긴\s*한데|긴\s*하지만)"
    r"|문제(?:지만|인데|이지만|고|긴\s*한데)|(?:이\s*)?아니라)\s+"
    r"|^(?:\S+\s){0,3}?[가-힣]{1,8}(?:뿐|뿐만)\s*(?:이\s*)?아니라\s+"
    r"|^(?:\S+\s){0,3}?[가-힣]{1,8}(?:은|는)\s*그렇다\s*치고\s+"
)
# what is left must say something of its own ("… 도 문제지만 그쪽도요" names no problem)
_MIN_REST = 8


def after_concession(text: str) -> str | None:
    """The part of `text` after a conceded first problem, or None when it concedes none."""
    m = _CONCESSION.search(text)
    if m is None:
        return None
    rest = text[m.end():]
    return rest if len(rest.strip()) >= _MIN_REST else None
