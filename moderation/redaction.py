"""Redaction of personal data before a text is stored or echoed.

`redact(text)` replaces, in this order:

- e-mail addresses                          -> [이메일]
- resident registration numbers (YYMMDD-NNNNNNN, also without the hyphen,
  with a plausible month, day and 7th digit) -> [주민번호]
- card numbers: 13-19 digits, contiguous or in groups, that pass the Luhn
  check                                     -> [카드번호]
- Korean phone numbers: mobile (010-1234-5678, 01012345678, 010 1234 5678),
  landlines (02-123-4567, 031-123-4567, 0505/070 numbers) and +82 forms
                                            -> [전화번호]
- bank account numbers: 10-16 digits in hyphen/space separated groups
  (123-456789-01-234, 110-123-456789), or 10-14 contiguous digits next to a
  word like 계좌/은행/입금/account          -> [계좌번호]

Ordinary numbers are kept: addresses ("중앙로 12", "25-328번지"), dates
("2024-01-15", "2024.1.15"), times, "3번 출구", "2자녀", amounts ("30,000원").
Pure: no I/O.
"""

from __future__ import annotations

import re

__all__ = ["redact", "PLACEHOLDERS"]

PLACEHOLDERS = {
    "rrn": "[주민번호]",
    "phone": "[전화번호]",
    "email": "[이메일]",
    "card": "[카드번호]",
    "account": "[계좌번호]",
}

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\s?@\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)

# YYMMDD - [1-8]NNNNNN ; separators: hyphen, en dash, space or nothing.
_RRN = re.compile(
    r"(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?[-–—]?\s?[1-8]\d{6}(?![\d-])"
)

# 13-19 digits, contiguous or in groups of 3-6 separated by one hyphen/space.
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")

_SEP = r"[-.\s]?"
_PHONE = re.compile(
    r"(?<![\d-])(?:"
    # +82 forms: +82 10 1234 5678, +82-2-123-4567, +82 (0)10...
    r"\+\s?82[-.\s]?(?:\(0\)\s?)?(?:1[016789]|2|[3-6][1-5]|70)[-.\s]?\d{3,4}[-.\s]?\d{4}"
    r"|"
    # mobile
    r"01[016789]" + _SEP + r"\d{3,4}" + _SEP + r"\d{4}"
    r"|"
    # Seoul, other area codes, 070 / 050x internet and safe numbers, with optional (0xx)
    r"\(?0(?:2|[3-6][1-5]|70|50\d)\)?" + r"[-.\s)]?\s?" + r"\d{3,4}" + _SEP + r"\d{4}"
    r")(?![\d-])"
)

_ACCOUNT_GROUPS = re.compile(r"(?<![\d.-])\d{2,7}(?:[- ]\d{2,8}){1,4}(?![\d-])")
_ACCOUNT_WORDS = re.compile(r"계좌|은행|입금|송금|이체|뱅크|농협|국민|신한|우리|하나|기업|account|bank", re.I)
_LONG_DIGITS = re.compile(r"(?<![\d-])\d{10,14}(?![\d-])")


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def luhn_ok(number: str) -> bool:
    """True when the digit string passes the Luhn checksum."""
    digits = [int(c) for c in number]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_sub(m: re.Match[str]) -> str:
    raw = m.group(0)
    digits = _digits(raw)
    if not 13 <= len(digits) <= 19:
        return raw
    # groups, when present, must look like card groups (3-6 digits each)
    groups = re.split(r"[ -]", raw)
    if len(groups) > 1 and any(not 3 <= len(g) <= 6 for g in groups):
        return raw
    if not luhn_ok(digits):
        return raw
    return PLACEHOLDERS["card"]


def _account_sub(m: re.Match[str]) -> str:
    raw = m.group(0)
    digits = _digits(raw)
    groups = re.split(r"[- ]", raw)
    if not 10 <= len(digits) <= 16:
        return raw
    # dates like 2024-01-15 are too short already; space-separated runs of
    # short numbers ("12 34 56 78 90") are more likely counts than accounts
    if " " in raw and "-" not in raw and len(groups) > 3:
        return raw
    return PLACEHOLDERS["account"]


def redact(text: str) -> str:
    """Replace personal data in `text` with placeholders; everything else is kept as is."""
    if not text:
        return text
    out = _EMAIL.sub(PLACEHOLDERS["email"], text)
    out = _RRN.sub(PLACEHOLDERS["rrn"], out)
    out = _CARD.sub(_card_sub, out)
    out = _PHONE.sub(PLACEHOLDERS["phone"], out)
    out = _ACCOUNT_GROUPS.sub(_account_sub, out)
    if _ACCOUNT_WORDS.search(out):
        out = _LONG_DIGITS.sub(PLACEHOLDERS["account"], out)
    return out
