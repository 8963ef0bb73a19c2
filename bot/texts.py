"""Everything residents read, Korean first, English available per room: the bot's door to
moderation.catalogue, where every text is kept in one shape (key, Korean, English, parameters).

A particle written with both its forms right after a placeholder ("#{number}은(는)",
"{department}(으)로") becomes the one that fits the value ("#1은", "도로과로"):
see moderation.particles.
"""

from __future__ import annotations

from moderation.catalogue import CATALOGUE, label, text

__all__ = ["COMMAND_NAMES", "CATALOGUE", "category_label", "command_help", "default_rules", "how_to_report",
           "kind_label", "rule_name", "text"]

# The commands Telegram lists (setMyCommands), in the order shown.
COMMAND_NAMES = (
    "start", "help", "rules", "setrules", "setgreeting", "language", "report", "status", "complaints", "assign",
    "progress", "resolve", "reject", "reopen", "merge", "warn", "mute", "unmute", "strikes", "cooldown", "lift",
    "modlog", "stats", "console",
)

# Every text by key and language, as {key: {"ko": ..., "en": ...}} (what the particle test walks).
_TEXTS: dict[str, dict[str, str]] = {key: {"ko": t.ko, "en": t.en} for key, t in CATALOGUE.items()}


def kind_label(kind: str, language: str = "ko") -> str:
    """민원 or 제안 (complaint or proposal)."""
    return text("kind_proposal" if kind == "proposal" else "kind_complaint", language)


def category_label(category: str, language: str = "ko") -> str:
    """A category id as residents read it (Korean, or English in English rooms)."""
    return label("category", category, language)


def rule_name(rule: str, language: str = "ko") -> str:
    """A house rule's name as residents read it ("상업적 게시물"); an unknown id as it is."""
    return label("rule_name", rule, language)


def command_help(command: str, language: str = "ko") -> str:
    """The one-line description Telegram shows beside `command`."""
    return text(f"command_{command}", language)


def default_rules(language: str = "ko") -> str:
    """The house rules a room shows unless it or the configuration sets its own."""
    return text("default_rules", language)


def how_to_report(language: str = "ko") -> str:
    return text("how_to_report", language)
