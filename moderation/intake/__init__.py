"""Complaint intake: is a message a complaint or a proposal, about what, where, and how sure.

    >>> from moderation.intake import classify
    >>> r = classify("과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요ㅠㅠ")
    >>> r.kind, r.category, r.place
    ('complaint', 'road', '과천역 3번출구')

`classify(text)` redacts personal data first (moderation.redaction), then runs
the small trained model (moderation.intake.model: character n-gram features,
linear heads for detection, kind, category and detail, pure numpy) and a place
finder (moderation.intake.places). `category` is the model's best taxonomy id
even when kind is "other" (the bot files nothing then); it is "other" for
empty or unreadable text.

`civic` is the calibrated probability that the message is a report (complaint or
proposal): among room messages given 0.8, about 8 in 10 are reports (the
reliability table in training/README.md). `confidence` is the probability that
the report-or-not decision is right: `civic` for a complaint or proposal,
1 - `civic` for "other". Which of complaint and proposal it is does not decide
whether the bot files it; that is `kind_confidence`.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderation.normalize import is_blank
from moderation.redaction import redact

from .focus import after_concession
from .measures import ASKED, asks_the_city_to_act
from .model import get_model
from .places import find_place
from .taxonomy import CATEGORIES, COARSE_OF, KINDS, problem_category

__all__ = ["Intake", "classify", "CATEGORIES", "COARSE_OF", "KINDS", "MAX_CHARS"]

# Only the start of a very long message is analysed (a Telegram message holds up to 4,096 characters).
MAX_CHARS = 1000


@dataclass(frozen=True)
class Intake:
    kind: str  # "complaint" | "proposal" | "other"
    category: str  # one of CATEGORIES
    place: str | None
    confidence: float  # 0..1, that the report-or-not decision is right (`civic`, or 1 - `civic` for "other")
    redacted: str
    # 0..1, calibrated: that the text is a complaint or a proposal at all, whichever of the two it is
    civic: float = 0.0
    kind_confidence: float = 0.0  # 0..1, that a report is the `kind` given rather than the other kind
    category_confidence: float = 0.0  # 0..1, the category head's probability of `category`
    # 0..1, that the text only adds where, when or "me too" to a report rather than reporting on its
    # own ("104동 쪽이에요", "저도 어제 봤어요"): for a reply under someone else's report, where a high
    # value means a note on that report, not a new one. Read from the text alone.
    detail: float = 0.0


def classify(text: str) -> Intake:
    """Classify one message (or photo caption)."""
    text = text or ""
    redacted = redact(text)
    if is_blank(text):
        return Intake("other", "other", None, 1.0, redacted)
    head = redacted[:MAX_CHARS]
    model = get_model()
    s = model.scores(head)
    if s is None:  # nothing the model knows (emoji only, unknown script)
        return Intake("other", "other", None, 0.99, redacted)
    predicted = max(s.category_probs, key=s.category_probs.__getitem__)
    # (a model's probability is never certainty: rounded into [0.0001, 0.9999], so that a threshold of 1.0 in the
    # config means "never", whatever the model's margin)
    civic = min(0.9999, max(0.0001, round(s.p_civic, 4)))
    kind = "proposal" if s.p_proposal >= 0.5 else "complaint"
    p_kind = round(s.p_proposal if kind == "proposal" else 1.0 - s.p_proposal, 4)
    detail = round(s.p_detail, 4) if s.p_detail is not None else 0.0
    asked = s.p_civic < model.threshold and asks_the_city_to_act(head)
    if asked:
        # a request to act the model did not read as a report ("… 대책 있나요?"): one, to be asked about (measures.py)
        civic = max(civic, ASKED)
    elif s.p_civic < model.threshold:
        # Never filed: the model's category is enough (the problem rules below cost a tenth of a message's time)
        p_category = round(s.category_probs[predicted], 4)
        return Intake("other", predicted, None, round(1.0 - civic, 4), redacted, civic, p_kind, p_category, detail)
    # A problem added after conceding another ("포트홀도 포트홀인데 그 앞 신호등도 고장이에요") is the one asked about: its
    # category is read from what follows the concession.
    read, category_scores = head, s
    rest = after_concession(head)
    about = model.scores(rest) if rest is not None else None
    if rest is not None and about is not None:
        read, category_scores = rest, about
        predicted = max(about.category_probs, key=about.category_probs.__getitem__)
    category = problem_category(read, predicted)  # ice, floods, crime, loose animals, signals
    p_category = round(category_scores.category_probs[category], 4)
    return Intake(kind, category, find_place(head), civic, redacted, civic, p_kind, p_category, detail)
