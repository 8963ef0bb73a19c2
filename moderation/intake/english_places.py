"""Where an English report locates its problem: the phrase around the named place, as writers of English reports mark it.

The patterns (places.py) find the named place: "Tangjeong Station", "Gocheon-dong", "Hankyong Univ main gate".
Residents writing in English locate a problem with the phrase around it, and outside writers mark that phrase. Over
the 817 English reports with a place in the outside room sets the team has read (training/README.md):

- a relational word before the place belongs to it: "near X" 114 times to 13, "in front of X" 45 to 4, "next to X"
  17 to 3, "behind X" 15 to 0, "outside X" 13 to 2; "at", "in" and "on" do not (23 to 202, 6 to 84, 7 to 81);
- "the" before a name is kept: "the Hoam-dong stop" 164 to 42;
- a relational word after a spot is where the place starts: "The sidewalk near X" is "near X" (41 to 21), but a stop
  or a way is kept with it: "the stop at X", "the path behind X" (twentieth session: 54 to 6);
- a chain of them is kept whole: "behind the convenience store near X", "outside my one-room in Seokjeong-dong";
- a name with what it is ("the 용전천 walking path", "Jaraseom playground") is kept with it.

A name with no kind and no relational word before it ("in Sokcho", "at Sunmoon") is most often the town itself or
a place writers leave unmarked, so none is guessed from it.
"""

from __future__ import annotations

import re

__all__ = ["is_english", "settle_english"]

_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[가-힣]")


def is_english(text: str) -> bool:
    """True for a message written in English, Korean names in it or not ("near 홍성역 exit 1")."""
    return len(_LATIN.findall(text)) > 2 * len(_HANGUL.findall(text))


_RELATION = r"(?:(?:right|just)\s)?(?:in front of|near|behind|next to|outside|around|across from|opposite|beside)\s"

# capitalised words that are the sentence's, not a name
_NOT_NAME = (
    r"(?!(?:Please|The|This|That|There|It|Its|I|We|They|My|Our|Since|Every|And|But|So|Also|Thanks|Thank|Help|Can|"
    r"Could|Would|Is|Are|Was|Were|Has|Have|Someone|Nobody|Why|When|What|How|Still|Again|Today|Yesterday|In|On|At|"
    r"Near|For|From|All|No|Yes|Hi|Hello|Same|Each|Some|Any|Another|English|Korean|Chinese|Vietnamese|Suggestion|"
    r"Sundays?|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Weekends?|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Dear|Who|Where|Does|Do|Did|Will|Should|If|Maybe|"
    r"Not)\b)"
)
# a word of a name: capitalised, romanised with hyphens ("Chung-Ang"), Korean, or an acronym ("KNUT", "GS25")
_NAME = rf"(?:{_NOT_NAME}[A-Z][A-Za-z]*(?:[-'][A-Za-z]+)*\d*|[가-힣]+\d*|(?!AND\b|OR\b)[A-Z]{{2,}}\d*)"
# what a named place is, after its name
_KIND = (
    r"(?:(?:main|back|front|side|north|south|east|west)\s|\d{1,2}(?:st|nd|rd|th)\s)?(?:gate(?:\s\d+)?|building\s\d+|\d+\sdanji|danji|apt|campus|"
    r"block(?:\s\d+)?|complex\s\d+|"
    r"gym|playground|viewpoint|beach area|area|river path|riverside path|walking trail|dorm gate(?:\s\d+)?|entrance|"
    r"exit(?:\s\d+)?|station|park|market|mart|library|school|elementary|university|univ|college|bus terminal|terminal|"
    r"bus stop|stop|beach|lake|river|stream|trail|walking path|bike path|path|riverside|promenade|bridge|intersection|"
    r"crossroads|junction|hospital|center|centre|office|headquarters|hq|hall|plaza|square|street|road|village|port|harbor|"
    r"industrial complex|complex|dorms?|apartments?)"
)
_KINDS_AFTER = re.compile(rf"(?:\s{_KIND})+(?![A-Za-z가-힣])")
# a complex, block, gate or building named with its number after it ("Complex 11", "Block 3")
_NUMBERED = re.compile(r"(?i)(?:complex|block|gate|exit|building|bldg|danji|apt|apartments?|tower)$")
_NUMBER_AFTER = re.compile(r"\s\d{1,4}(?![\d:.,]?\d)(?![A-Za-z])(?!\s?(?:am|pm|min|minutes?|days?|hours?|years?|times|weeks?|months?|%)\b)")
# a named place after a locating preposition, where the patterns found none: "near KNUT", "by the 홍성역 entrance"
_LOCATED = re.compile(
    r"(?<![A-Za-z])(?:in|at|near|along|on|by|behind|outside|around|in front of|next to|across from)\s(?:the\s)?"
    rf"((?:{_NAME})(?:\s{_NAME}){{0,3}}(?:\s{_KIND}){{0,2}})(?![A-Za-z가-힣])"
)
_RELATED = re.compile(r"(?:near|behind|outside|around|in front of|next to|across from)\s(?:the\s)?$")
# (a kind written with a capital is one too: "at Yulha Humansia Complex 3", "at Dongbaek Central Park")
_NAMED = re.compile(rf"(?i:\s{_KIND})$|-[a-z]+\b|[가-힣]")
# the spot a relational word locates is not marked: "The sidewalk near X" is "near X"
_SPOT_BEFORE = re.compile(
    rf"^(?:sidewalk|crosswalk|road|street|playground|stairs|ramp|slope|path|bus stop|parking lot)\s(?={_RELATION})"
)
_STARTS_RELATED = re.compile(_RELATION)
_RELATION_BEFORE = re.compile(rf"(?<![A-Za-z])({_RELATION}(?:the\s)?)$")
_THE_BEFORE = re.compile(r"(?i)(?<![A-Za-z])the\s$")
# a home located by a relational word: "outside my one-room in Seokjeong-dong" ("My rented room in X" is X)
_HOME_BEFORE = re.compile(rf"(?i)(?<![A-Za-z]){_RELATION}(?:my|our)\s(?:[a-z-]+\s){{1,2}}?in\s$")
# a chain of relations: "behind the convenience store near X", "in front of the school gate on Muchon-ro"
_CHAIN_BEFORE = re.compile(
    rf"(?<![A-Za-z]){_RELATION}(?:the\s|my\s|our\s|a\s)?(?:[a-z0-9-]+\s){{1,3}}?(?:near|behind|on|in|at|by|next to|outside)\s"
    r"(?:the\s)?$"
)
# a stop or a way located by a relation is kept with it: "the stop at Naun-dong", "the riverside path behind Yangsan
# Tower", "our alley near Haeundae Market" (outside writers: stop 37 to 3, path 17 to 3, trail, alley, underpass 13 to 0;
# a park, a plaza or a field 7 to 0 in the twenty-second session; a sidewalk, crosswalk or road is not: 9 to 92, 7 to
# 12, 23 to 17)
_ROUTE_SPOT_BEFORE = re.compile(
    # a stop named by a name or "bus" only ("the buses stop at X" is a verb), a way by any words before it
    r"(?:(?<![A-Za-z])(?:[Tt]he|[Oo]ur)\s(?:[A-Z가-힣][A-Za-z가-힣'-]*\s){0,3}?(?:bus\s)?stops?"
    r"|(?<![A-Za-z])(?:[Tt]he|[Oo]ur)\s(?:(?!(?:the|on|at|in|of|to|and|or|is|are|was|were|has|have|for|with|a|an)\b)"
    r"[A-Za-z가-힣-]*[A-Za-z가-힣]\s){0,3}?(?:path|trail|alley|underpass|park|plaza|square|field)"
    r"|(?:^|(?<=[.!?]\s))[Bb]us\sstops?)\s(?P<at>at\s(?:the\s)?)?$"
)
_CHAIN_TO_RELATION = re.compile(rf"(?<![A-Za-z]){_RELATION}(?:the|my|our|a)\s(?:[a-z0-9-]+\s){{1,2}}?$")
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|for|and|but|because)\b")


def settle_english(text: str, found: str | None) -> str | None:
    """The phrase that locates the problem in the English `text`, around `found` (the place the patterns found)."""
    place = found or _located(text)
    if not place:
        return None
    start = text.find(place)
    if start < 0:
        return place
    end = start + len(place)
    kinds = _KINDS_AFTER.match(text, end)
    if kinds:
        end = kinds.end()
    number = _NUMBER_AFTER.match(text, end) if _NUMBERED.search(text, start, end) else None
    if number:  # "near Complex 11", "in front of Garak Maeul Complex 13": the number is the complex's
        end = number.end()
    spot = _SPOT_BEFORE.match(text[start:end])
    if spot:
        start += spot.end()
    if not _STARTS_RELATED.match(text, start, end):
        before = _RELATION_BEFORE.search(text, 0, start) or _THE_BEFORE.search(text, 0, start)
        if before:
            start = before.start()
    route = _ROUTE_SPOT_BEFORE.search(text, 0, start)
    if route and (_STARTS_RELATED.match(text, start, end) or route.group("at")):
        start = route.start()
        before = _RELATION_BEFORE.search(text, 0, start)
        if before:  # "next to the bus stop in front of X"
            start = before.start()
    home = _HOME_BEFORE.search(text, 0, start)
    if home:
        start = home.start()
    chain = (_CHAIN_TO_RELATION if _STARTS_RELATED.match(text, start, end) else _CHAIN_BEFORE).search(text, 0, start)
    if chain and not _CLAUSE_WORD.search(chain.group(0)):
        start = chain.start()
    return text[start:end]


def _located(text: str) -> str | None:
    """A named place after a locating preposition: with its kind, romanised with its suffix, Korean, or located by a
    relational word."""
    for m in _LOCATED.finditer(text):
        if _NAMED.search(m.group(1)) or _RELATED.search(text, 0, m.start(1)):
            return m.group(1)
    return None
