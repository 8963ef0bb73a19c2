"""Is a POSTed description fit to be filed? The one decision every entry point uses (moderation.decision).

The POST is the sender's "yes, file it", as a private report is: `decide(private=True)`
files what the room would file or ask about, refuses what it would pass over, and
any house rule broken keeps it out (the bot would post it in its own voice). The
place the room would read is held to the house rules too.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import IntakeSettings
from bot.features.intake import NO_RULES, thresholds_of
from moderation.decision import Outcome, decide
from moderation.intake import Intake
from moderation.rules import Action, RoomRules, Violation, check_text

_SEVERITY = {Action.WARN: 0, Action.DELETE: 1, Action.STRIKE: 2}


@dataclass(frozen=True)
class Judgment:
    intake: Intake  # kind, category, place and the redacted text
    files: bool  # file it
    violation: Violation | None = None  # the house rule broken (the strongest), when one is


def judge(text: str, place: str | None, rules: RoomRules | None, intake: IntakeSettings) -> Judgment:
    """The decision on the text, with the room's house rules (None: the house rules are off)."""
    decision = decide(text, rules or NO_RULES, thresholds=thresholds_of(intake), private=True)
    violation = decision.applied if decision.outcome is Outcome.RULE else None
    if violation is None and place and rules is not None:
        in_place = check_text(place, rules)
        if in_place:
            violation = max(in_place, key=lambda v: _SEVERITY[v.action])
    return Judgment(decision.intake, decision.files and violation is None, violation)
