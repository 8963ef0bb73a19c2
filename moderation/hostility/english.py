"""Hostility of English messages: a small lexicon of insults and slurs plus directed-insult patterns.

Why a separate path: the hostility model is character n-grams fitted on Korean
comments. Latin letters are rare there and mostly come with swearing or
trolling, so the model scores any English sentence near its cut (0.38-0.49 for
"Hi everyone, is the library open on Sunday?") and many above it. It has no
English to learn from, and no English toxic data ships with the project. For a
message written in English, `score` replaces the model with what a moderator
reads in it:

- a slur, an insult said to someone ("you idiot", "shut up, moron"), a threat or
  hate at a group                                       -> 0.9-0.95
- contempt for a person or an official by role ("lazy bureaucrats",
  "the mayor is useless")                               -> 0.85
- an insult word with nobody named ("what a moron")     -> 0.7
- swearing at a situation ("this is bullshit", "damn, it's cold") -> 0.3
- anything else                                         -> 0.05

Romanised Korean swearing ("sibal", "tlqkf") is read through the Korean lexicon.
`is_english` decides which path a message takes; `directed` is the abuse rule's
view of the same patterns (moderation.abuse).
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.hostility.lexicon import lexicon_hits

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile(r"[A-Za-z]")

INSULTS = (r"idiots?|morons?|imbeciles?|cretins?|losers?|scum(?:bags?)?|bastards?|assholes?|arseholes?|jerks?|dickheads?|"
           r"douche(?:bags?)?|pricks?|twats?|cunts?|bitch(?:es)?|retards?|dumbass(?:es)?|dipshits?|lowlifes?|degenerates?|"
           r"freeloaders?|brats?|leeches|parasites?|vermin|halfwits?|nitwits?|numbskulls?|dimwits?|buffoons?|clowns?|pigs?|rats|trash|garbage")
# Words that are insults even said about a thing are few; these only count aimed at people.
_AMBIGUOUS = {"clown", "clowns", "pig", "pigs", "rats", "trash", "garbage", "parasite", "parasites", "leeches", "vermin"}
SLURS = re.compile(r"\b(?:nigg(?:er|a)s?|chinks?|gooks?|japs?|faggots?|fags?|trann(?:y|ies)|kikes?|spics?|wetbacks?|pakis?|"
                   r"ragheads?|towelheads?|dykes?|retards?)\b")
PEOPLE = (r"bureaucrats?|officials?|officers?|politicians?|mayor|councill?ors?|council\s+members?|staff|clerks?|civil\s+servants?|"
          r"public\s+servants?|government\s+workers?|people|persons?|guys?|woman|women|man|men|neighbou?rs?|residents?|"
          r"foreigners?|immigrants?|folks|workers?|employees?|boomers?|kids")
_CONTEMPT_ADJ = (r"lazy|useless|incompetent|corrupt|stupid|dumb|pathetic|worthless|brainless|clueless|disgusting|filthy|"
                 r"ignorant|greedy|lying|good[\s-]for[\s-]nothing|spineless|shameless|moronic|idiotic|dirty|scummy|bloodsucking")
# People by where they are from or what they do, named in a sentence of contempt only (they are no target of their own).
_MORE_PEOPLE = (r"locals|tourists|drivers|riders|soldiers|students|teenagers|teens|tenants|landlords|parents|moms|mums|seniors|"
                r"elderly|cyclists|smokers|owners|complainers|newcomers|expats|villagers|migrants|racists|bigots")
_GROUPS = r"foreigners|immigrants|chinese|muslims|gays|blacks|refugees|migrants|old\s+people|boomers|foreign\s+workers"
TARGET = re.compile(r"\b(?:you|your|you're|u|ur|he|she|they|them|him|her|" + PEOPLE + r")\b")

DIRECTED = (
    ("insult", re.compile(r"\b(?:you|u|ya)\s*(?:are|r|'re)?\s*(?:clearly\s+|obviously\s+|really\s+|just\s+|truly\s+|simply\s+|"
                          r"literally\s+|honestly\s+)?(?:such\s+|a\s+|an\s+|such\s+an?\s+|so\s+|too\s+|the\s+biggest\s+)?"
                          r"(?:fucking\s+|stupid\s+|damn\s+|total\s+|complete\s+|absolute\s+)?(?:" + INSULTS + r"|stupid|dumb|pathetic|"
                          r"worthless|useless|disgusting|brainless|clueless)\b")),
    ("insult", re.compile(r"\b(?:shut\s+(?:up|your\s+(?:mouth|face|trap))|fuck\s+(?:you|off|u)|screw\s+you|go\s+to\s+hell|"
                          r"piss\s+off|kill\s+yourself|kys|drop\s+dead|go\s+die|nobody\s+asked\s+(?:you|for\s+your)|"
                          r"go\s+back\s+to\s+(?:your\s+(?:own\s+)?country|where\s+you\s+came\s+from|china|africa)|"
                          r"you\s+(?:\w+\s+)?(?:have|got)\s+no\s+(?:brain|brains|clue|life|shame)|brain\s*-?dead|get\s+a\s+life|"
                          r"nobody\s+cares\s+(?:about\s+)?(?:you|what\s+you)|"
                          r"get\s+out\s+of\s+(?:our|my|this)\s+(?:country|neighbou?rhood|city|town))\b")),
    # "get lost" said to someone (a sentence of its own, or "just get lost"), not "workers get lost" finding their way
    ("insult", re.compile(r"(?:^|[.!?,;:]\s*|\b(?:just|now|so|pls|please|go\s+and|why\s+don'?t\s+you)\s+)get\s+lost\b")),
    ("contempt", re.compile(r"\b(?:people|someone|somebody|folks|idiots?|morons?)\s+like\s+(?:you|u|him|her|them)\b[^.!?\n]{0,50}?"
                            r"\b(?:pathetic|problem|why\s+(?:this|our|we|the)|ruin\w*|disgrace\w*|shame\w*|should\s+(?:leave|shut|not\s+be)|"
                            r"don'?t\s+belong|go\s+away|embarrass\w*)")),
    ("threat", re.compile(r"\bi(?:'ll|\s+will|\s*'m\s+going\s+to|\s+am\s+going\s+to|\s+gonna)\s+(?:find|kill|beat|hurt|get|come\s+for)\s+"
                          r"(?:you|him|her|them)\b|\bwatch\s+your\s+back\b|\bi\s+know\s+where\s+you\s+live\b|\byou(?:'ll|\s+will)\s+regret\b")),
    # (a lot of them at once too: "a useless bunch of officials", "lazy pack of clerks")
    ("contempt", re.compile(r"\b(?:" + _CONTEMPT_ADJ + r")\s+(?:(?:bunch|pack|lot|load|gang|crowd)\s+of\s+|\w+\s+)?(?:" + PEOPLE + r"|"
                            + _MORE_PEOPLE + r"|" + INSULTS + r")\b")),
    # "the clerks at the tax office are useless": a place after the people is still them
    # (also with what they do between: "you people complaining all day are so stupid"; and everyone in the room)
    ("contempt", re.compile(r"\b(?:the\s+|these\s+|those\s+|you\s+)?(?:" + PEOPLE + r"|" + _MORE_PEOPLE +
                            r"|everyone|everybody|y'?all|all\s+of\s+you)"
                            r"(?:\s+(?:at|in|of|from|on)(?:\s+[a-z0-9-]+){1,3}?|\s+(?:who\s+[a-z]+|[a-z]+ing)(?:\s+[a-z-]+){0,3}?|\s+here)?"
                            r"\s+(?:is|are|was|were)\s+"
                            r"(?:all\s+|such\s+|so\s+|just\s+|totally\s+|absolute\s+|complete\s+|total\s+|utter\s+)?"
                            # (an insult after a word of its own: "are rude idiots"; not "are not idiots")
                            # (also second in a pair: "are so rude and stupid")
                            r"(?:an?\s+|a\s+bunch\s+of\s+)?(?:(?!not\b|never\b|no\b)[a-z]+\s+and\s+)?"
                            r"(?:" + _CONTEMPT_ADJ + r"|" + INSULTS + r"|a\s+joke|parasites|"
                            r"(?!not\b|never\b|no\b)[a-z]+\s+(?:" + INSULTS + r"))\b")),
    # people as animals or vermin: "they behave like animals", "a bunch of savages", "people who … are pests themselves"
    ("contempt", re.compile(r"\b(?:they|these|those|" + PEOPLE + r"|" + _MORE_PEOPLE + r")\b[^.!?\n]{0,60}?\b"
                            r"(?:behave|act|acting|live|living|eat|drive|"
                            r"carry\s+on)\w*\s+like\s+(?:\w+\s+)?(?:animals|pigs|savages|barbarians|apes|monkeys|beasts|cavemen)\b|"
                            r"\b(?:bunch|pack|herd)\s+of\s+(?:\w+\s+)?(?:savages|animals|pigs|barbarians|pests|parasites|vermin|"
                            r"morons|idiots|clowns|losers|leeches)\b|"
                            r"\b(?:" + PEOPLE + r")\b[^.!?\n]{0,40}?\b(?:are|r)\s+(?:\w+\s+){0,2}(?:pests|parasites|vermin|savages|"
                            r"barbarians|scum|leeches|animals)\b")),
    # the staff of an office called idiots, someone called a hag: "the idiots at city hall", "is just a bitter old hag"
    ("contempt", re.compile(r"\bthe\s+(?:" + INSULTS + r")\s+(?:at|in|from|running)\s+(?:the\s+)?(?:city\s+hall|council|"
                            r"(?:[a-z-]+\s+){0,2}office|district|ward|government|county)\b|"
                            r"\b(?:is|are|you're|she's|he's)\s+(?:just\s+|such\s+|a\s+|an\s+)*(?:[a-z]+\s+){0,2}(?:hags?|old\s+bags?)\b")),
    # the room or the town called a nest of them: "This chat is full of racists lol pathetic", "this town is nothing but idiots"
    ("contempt", re.compile(r"\b(?:this|the|our)\s+(?:chat|room|group|town|city|neighbou?rhood)\s+is\s+(?:so\s+)?"
                            r"(?:full\s+of|nothing\s+but)\s+(?:\w+\s+)?(?:racists|bigots|" + INSULTS + r")\b")),
    # the town's people as a whole hated: "I hate this town and its people", "I hate the locals" (not "I hate when
    # people park here", which is about what they do)
    ("contempt", re.compile(r"\bi\s+(?:really\s+|just\s+|honestly\s+|fucking\s+)?hate\s+(?:this\s+(?:town|city|place|county|village)"
                            r"\s+and\s+(?:its|the|all\s+the|all\s+its)\s+people|(?:all\s+)?(?:the\s+)?(?:people|locals|residents)\s+"
                            r"(?:here|in\s+this\s+(?:town|city|place|county|village))|(?:all\s+)?(?:the\s+)?locals|koreans|"
                            r"everyone\s+(?:here|in\s+this)|all\s+of\s+you|you\s+(?:all|guys|people))\b")),
    # a people called rude, lazy or dirty as a whole: "Koreans in this chat are so rude, typical", "locals here are so
    # ignorant" (not "the bus driver was rude to me", a complaint about one person)
    ("hate", re.compile(r"\b(?:koreans|foreigners|chinese|americans|vietnamese|locals|immigrants|migrants|expats|westerners)\b"
                        r"(?:\s+(?:in|here|of|from|around)(?:\s+[a-z-]+){0,3}?)?\s+(?:are|r)\s+(?:all\s+|so\s+|such\s+|just\s+|always\s+|really\s+)*"
                        r"(?:rude|lazy|dirty|selfish|arrogant|stupid|loud|uncivili[sz]ed|ignorant|savages?|animals)\b|"
                        r"\btypical\s+(?:koreans?|foreigners?|chinese|locals?|immigrants?)\b")),
    ("hate", re.compile(r"\b(?:" + _GROUPS + r")\b[^.!?\n]{0,60}\b"
                        r"(?:ruin\w*|dirty|filthy|should\s+(?:just\s+|all\s+)?(?:leave|go\s+(?:back|home)|"
                        r"be\s+banned|get\s+out)|get\s+out|go\s+back|go\s+home|don'?t\s+belong|vermin|rats|disease|criminals|animals|invading|"
                        r"invasion)\b|"
                        r"\b(?:ban|deport|kick\s+out|get\s+rid\s+of)\s+(?:all\s+)?(?:the\s+)?(?:" + _GROUPS + r")\b|"
        # ... told to go home a sentence later: "Foreigners in this room please don't post in English. Go back home."
        r"\b(?:" + _GROUPS + r")\b[^\n]{0,120}?\b(?:go\s+back\s+(?:home|to\s+(?:your|their)\s+(?:own\s+)?country)|go\s+home)\b")),
)
# The Korean lexicon lists a few English insults too; English text is judged here, with its direction.
ENGLISH_WORDS = frozenset({"idiot", "moron", "asshole", "bastard", "fuck", "fuk", "fck", "shit", "bitch", "wtf"})
_INSULT_WORD = re.compile(r"\b(?:" + INSULTS + r")\b")
PROFANITY = re.compile(r"\b(?:fuck\w*|shit\w*|damn\w*|crap\w*|bullshit|wtf|hell|piss(?:ed)?|goddamn\w*|bloody)\b")


def is_english(text: str) -> bool:
    """True when a message is written in Latin letters with (almost) no Hangul."""
    if not _LATIN.search(text):
        return False  # most messages in a Korean room: no Latin letter at all
    latin = len(_LATIN.findall(text))
    if latin < 2:
        return False
    hangul = len(_HANGUL.findall(text))
    return hangul == 0 or hangul * 3 <= latin  # a place name in Hangul does not make a sentence Korean


def _lower(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


# A prejudice quoted to be rejected: "I don't think foreigners make the town dirty. That's unfair to say."
_DISPUTED = re.compile(r"\b(?:i\s+)?(?:don'?t|do\s+not|doesn'?t|never)\s+(?:think|believe|agree|say)\b|\bnot\s+(?:true|fair)\b|"
                       r"\bunfair\s+to\b|\bstop\s+saying\b|\bwrong\s+to\s+say\b|\bthat'?s\s+(?:racist|prejudice|a\s+stereotype)\b|"
                       r"\bit'?s\s+not\s+(?:like|that)\b|\bnot\s+all\b")


def directed(text: str) -> tuple[str, str] | None:
    """(kind, evidence) when the English in `text` abuses a person or a group, else None."""
    lowered = _lower(text)
    if not _LATIN.search(lowered):
        return None
    m = SLURS.search(lowered)
    if m:
        return ("insult", m.group(0))
    for kind, pattern in DIRECTED:
        m = pattern.search(lowered)
        if m and not _only_ambiguous(m.group(0), kind) and not (kind in ("hate", "contempt") and _DISPUTED.search(lowered)):
            return (kind, m.group(0))
    return None


def _only_ambiguous(evidence: str, kind: str) -> bool:
    # "a pig" said to someone is an insult; "the pigs" of a farm are not: the ambiguous words
    # count after "you", or after a contempt word, never by themselves.
    return kind == "insult" and evidence.split()[-1] in _AMBIGUOUS and not evidence.startswith(("you", "u ", "ya"))


@lru_cache(maxsize=1024)
def score(text: str) -> float:
    """Hostility of an English message in [0, 1] (see the module's table)."""
    lowered = _lower(text)
    if SLURS.search(lowered):
        return 0.95
    found = directed(text)
    if found is not None:
        return {"insult": 0.92, "threat": 0.92, "hate": 0.92}.get(found[0], 0.85)
    korean_insults = [hit for hit in lexicon_hits(text)[1] if hit not in ENGLISH_WORDS]
    if korean_insults:
        return 0.85
    words = [w for w in _INSULT_WORD.findall(lowered) if w not in _AMBIGUOUS]
    if words:
        return 0.7
    if PROFANITY.search(lowered) or lexicon_hits(text)[0]:  # swearing, in English or romanised Korean
        return 0.3
    return 0.05
