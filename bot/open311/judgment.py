"""Is a POSTed description fit to be filed? The house rules, then the complaint intake.

The one place where an Open311 request is judged: when moderation/decision.py
(one judgment for every entry point) lands, `judge` becomes a call to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import IntakeSettings
from bot.features.intake import FILED_KINDS
from moderation.intake import Intake, classify
from moderation.rules import Action, RoomRules, Violation, check_text

_SEVERITY = {Action.WARN: 0, Action.DELETE: 1, Action.STRIKE: 2}


@dataclass(frozen=True)
class Judgment:
    intake: Intake  # kind, category, place and the redacted text
    files: bool  # file it
    violation: Violation | None = None  # the house rule broken (the strongest), when one is


def judge(text: str, place: str | None, rules: RoomRules | None, intake: IntakeSettings) -> Judgment:
    """The room's house rules first, on the text and the place the room would read (any rule broken
    refuses: the bot would post it under its own name; None: house rules are off), then the intake
    on the text: a complaint or a proposal the room would file, or ask about.

    The POST is the sender's "yes, file it", as a resident's yes to "민원으로 접수할까요?":
    what the room would ask about is filed; what the room would pass over in silence is not.
    """
    result = classify(text)
    violations = check_text(f"{place}\n{text}" if place else text, rules) if rules is not None else []
    if violations:
        return Judgment(result, False, max(violations, key=lambda v: _SEVERITY[v.action]))
    sure = intake.files_outright(result.confidence, result.civic) or result.confidence >= intake.ask_threshold
    return Judgment(result, result.kind in FILED_KINDS and sure)
