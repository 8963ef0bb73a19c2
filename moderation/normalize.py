"""Text normalisation shared by the detectors: what a resident types, made comparable."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and other invisible format characters that people insert to split words.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\u034f\u115f\u1160\u3164\uffa0]")
_REPEATS = re.compile(r"(.)\1{2,}")
_REPEATS_NOT_DIGITS = re.compile(r"(\D)\1{2,}")
_SPACES = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    """Remove zero-width and other invisible characters."""
    return _INVISIBLE.sub("", text)


def squash_repeats(text: str, keep: int = 2, digits: bool = False) -> str:
    """Shorten runs of one character ("ㅋㅋㅋㅋㅋ", "!!!!!") to `keep` characters; runs of a digit only when `digits`
    (a number is no stretched word: "1000원", "010-7777-1234" stay as typed)."""
    return (_REPEATS if digits else _REPEATS_NOT_DIGITS).sub(lambda m: m.group(1) * keep, text)


def normalize(text: str) -> str:
    """NFKC, no invisible characters, repeats squashed, white space folded, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text)
    text = squash_repeats(text)
    return _SPACES.sub(" ", text).strip().lower()


def is_blank(text: str | None) -> bool:
    """True for None, empty text, or text of only white space and invisible characters."""
    return not text or not strip_invisible(text).strip()
