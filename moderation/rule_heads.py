"""Learned heads of the house rules: one logistic regression per rule on the message's own features.

The hand-written patterns of campaigning.py, promotion.py, links.py and abuse.py
catch the phrasings someone thought of; each unseen set of room messages showed
new ones (a candidate's book launch, a "성지" phone deal, "나으리", "부끄러움도
모르는 족속들"). A head reads the same message as character n-grams (spaces
removed, so particles and spacing do not matter: "후보를 찍어주세요" and "후보
찍어 주세요" share "후보", "찍어", "어주세"), Latin words, and what the
patterns already know about it (the commercial score in bands, links by kind, an
invitation in words, someone the message is aimed at, swearing). The hostility
model is left out on purpose: its high score without a target or inside a report
is no abuse (moderation.rules), and a head that read it would undo that. A rule is broken when its pattern fires **or** its head is sure
(P ≥ the head's cut, chosen in cross-validation on the training rows so that
what the head adds keeps precision, see training/train_rule_heads.py).

The artefact `rule_heads.npz` holds one vocabulary, a weight matrix (features ×
rules, pre-scaled), the biases and the cuts. Pure numpy, no I/O after the first
load; one feature extraction and one gather-and-sum per message.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from moderation import abuse, links, promotion
from moderation.hostility.lexicon import lexicon_hits

RULES = ("politics", "commercial", "abuse", "outside_link")
FEATURE_VERSION = 2
MODEL_PATH = Path(__file__).with_name("rule_heads.npz")
# A head of its own reads only what the intake takes for a report: does it carry an ad ("…가로등 고쳐주세요. 저희
# 가게 오픈했어요 010-…")? Trained apart (training/train_report_ad_head.py) on ads written inside complaints, thanks
# and replies and on honest reports naming shops, prices and numbers, so that the commercial head keeps what it knew
# of plain ads (learning both in one head traded one kind for the other) and the rule heads' artefact stays as built.
REPORT_AD = "ad_in_report"
REPORT_AD_PATH = Path(__file__).with_name("report_ad_head.npz")
COMMERCIAL_EVIDENCE = 1.0  # promotion.score weight the commercial head needs beside it

_DIGITS = re.compile(r"\d+")
_PHONE = re.compile(r"01[016789][-\s.]?\d{3,4}[-\s.]?\d{4}")
_LATIN_WORD = re.compile(r"[a-z][a-z']+")
_NOT_TEXT = re.compile(r"[^0-9a-z\uac00-\ud7a3\u3131-\u318e○△]+")


def features(text: str, forms: list[str], found: list[tuple[str, str]]) -> set[str]:
    """The feature set of one message: `forms` (moderation.evasion.variants) and its outside links."""
    base = forms[-1] if forms else text.lower()
    feats: set[str] = set()
    if _PHONE.search(base):
        feats.add("F:phone")
    padded = "<" + _NOT_TEXT.sub("", _DIGITS.sub("0", base)) + ">"
    n = len(padded)
    feats.update({padded[i:i + size] for size in (2, 3, 4) for i in range(n - size + 1)})
    for word in _LATIN_WORD.findall(base):
        feats.add("W:" + word)
    # What the patterns already know, as evidence the head can weigh with the rest.
    total, _ = promotion.score(forms, links.promotional(found))
    feats.add(f"F:promo{min(int(total * 2), 6)}")
    for host, _link in found:
        feats.add("F:link")
        if host in links.INVITE_HOSTS:
            feats.add("F:invite_host")
        if host in links.SHORTENERS:
            feats.add("F:short")
    if links.invitation(forms):
        feats.add("F:invite_words")
    if links.invites_in(forms):
        feats.add("F:way_in")
    if abuse.target(forms) is not None:
        feats.add("F:target")
    profanity, insults = lexicon_hits(text)
    if profanity:
        feats.add("F:swear")
    if insults:
        feats.add("F:insult")
    return feats


def commercial_evidence(forms: list[str], found: list[tuple[str, str]]) -> bool:
    """Some weight of commercial evidence (an offer, a price, a business, a way to order): the commercial head
    needs it, so that a phone number or a link alone is never read as an ad."""
    # the link itself is left out: a short link with a few words ("오늘의 뉴스 bit.ly/…") is no ad, and in an ad
    # its short link is the commercial rule's business, not the outside_link rule's (moderation.links.ad_leads_out)
    total, _ = promotion.score(forms, [])
    return total >= COMMERCIAL_EVIDENCE


@dataclass(frozen=True)
class Heads:
    vocabulary: dict[str, int]
    weights: np.ndarray      # features × rules
    bias: np.ndarray         # rules
    cuts: dict[str, float]   # head -> P from which the head alone breaks its rule
    rows_sha256: str         # of the training rows (the trainer's rows_digest)
    names: tuple[str, ...] = RULES  # the heads, in column order

    def probabilities(self, feats: set[str] | frozenset[str]) -> dict[str, float]:
        get = self.vocabulary.get
        rows = [i for i in map(get, feats) if i is not None]
        z = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0) / math.sqrt(max(1, len(feats)))
        return {rule: 1.0 / (1.0 + math.exp(-float(z[i]))) for i, rule in enumerate(self.names)}


@lru_cache(maxsize=2)
def load(path: Path = MODEL_PATH, names: tuple[str, ...] = RULES) -> Heads | None:
    """The packaged heads (of `names`, in the artefact's column order), or None when the artefact is absent (the
    patterns then work alone)."""
    if not path.exists():
        return None
    data = np.load(path, allow_pickle=False)
    if int(data["feature_version"]) != FEATURE_VERSION:
        raise RuntimeError(f"{path.name} was built for rule-head features v{int(data['feature_version'])}, "
                           f"code is v{FEATURE_VERSION}: rebuild with python training/train_rule_heads.py "
                           "and training/train_report_ad_head.py")
    vocab = [str(v) for v in data["vocabulary"]]
    cuts = {rule: float(c) for rule, c in zip(names, data["cuts"], strict=True)}
    return Heads({f: i for i, f in enumerate(vocab)}, data["weights"].astype(np.float64), data["bias"].astype(np.float64),
                 cuts, str(data["rows_sha256"]), names)


def load_report_ad() -> Heads | None:
    """The packaged ad-in-report head, or None when absent (ads in reports are then the patterns' and the commercial
    head's alone)."""
    return load(REPORT_AD_PATH, (REPORT_AD,))


@lru_cache(maxsize=4)  # the rule heads and the ad-in-report head read the same message
def _features_of(text: str, forms: tuple[str, ...], found: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(features(text, list(forms), list(found)))


def probabilities(text: str, forms: list[str], found: list[tuple[str, str]]) -> dict[str, float]:
    """P(breaks the rule) per rule by the heads; all 0 when no heads are packaged."""
    heads = load()
    if heads is None:
        return {rule: 0.0 for rule in RULES}
    return heads.probabilities(_features_of(text, tuple(forms), tuple(found)))


def report_ad_probability(text: str, forms: list[str], found: list[tuple[str, str]]) -> float:
    """P(the report carries an ad) by the ad-in-report head; 0 when it is not packaged. Asked only of what the intake
    takes for a report (moderation.rules)."""
    head = load_report_ad()
    return 0.0 if head is None else head.probabilities(_features_of(text, tuple(forms), tuple(found)))[REPORT_AD]
