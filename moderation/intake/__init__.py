"""Complaint intake: is a message a complaint or a proposal, about what, where, and how sure.

    >>> from moderation.intake import classify
    >>> r = classify("과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요ㅠㅠ")
    >>> r.kind, r.category, r.place
    ('complaint', 'road', '과천역 3번출구')

`classify(text)` redacts personal data first (moderation.redaction), then runs
the small trained model (moderation.intake.model: character n-gram features,
linear heads for detection, kind and category, pure numpy) and a place
finder (moderation.intake.places). `category` is the model's best taxonomy id
even when kind is "other" (the bot files nothing then); it is "other" for
empty or unreadable text. `confidence` is the model's probability that `kind`
is right.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderation.normalize import is_blank
from moderation.redaction import redact

from .model import get_model
from .places import find_place
from .taxonomy import CATEGORIES, COARSE_OF, KINDS

__all__ = ["Intake", "classify", "CATEGORIES", "COARSE_OF", "KINDS", "MAX_CHARS"]

# Only the start of a very long message is analysed (a Telegram message holds up to 4,096 characters).
MAX_CHARS = 1000


@dataclass(frozen=True)
class Intake:
    kind: str  # "complaint" | "proposal" | "other"
    category: str  # one of CATEGORIES
    place: str | None
    confidence: float  # 0..1, confidence that `kind` is right
    redacted: str
    # 0..1, that the text is a complaint or a proposal at all, whichever of the two it is:
    # the bot need not ask "민원으로 접수할까요?" about a report it is sure of, only unsure which kind
    civic: float = 0.0


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
    category = max(s.category_probs, key=s.category_probs.__getitem__)
    civic = round(s.p_civic, 4)
    if s.p_civic < model.threshold:
        return Intake("other", category, None, round(1.0 - s.p_civic, 4), redacted, civic)
    kind = "proposal" if s.p_proposal >= 0.5 else "complaint"
    p_kind = s.p_proposal if kind == "proposal" else 1.0 - s.p_proposal
    place = find_place(head)
    return Intake(kind, category, place, round(s.p_civic * p_kind, 4), redacted, civic)
