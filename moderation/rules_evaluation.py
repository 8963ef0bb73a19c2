"""House rules and hostility on a room-style labelled file (the team's ROOM_DATA schema).

Each row has `text`, `rules` (the house rules it breaks), `hostile` and `lang`
(and optionally `reply_to_report`). Every row goes through the one decision
(moderation.decision.decide, default room rules and thresholds), as the bot
would make it; then for each rule, precision and recall of "breaks this rule",
and for Korean and English separately, precision, recall and F1 of the judged
hostility score (>= 0.5 is hostile), plus how many of the ordinary messages of
each language (no rule broken, not hostile) were scored hostile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from moderation.decision import Decision

RULES = ("politics", "commercial", "abuse", "outside_link")
HOSTILE_AT = 0.5


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: bool, predicted: bool) -> Counts:
        return Counts(self.tp + (gold and predicted), self.fp + (predicted and not gold), self.fn + (gold and not predicted))


@dataclass(frozen=True)
class RulesReport:
    n: int
    rules: dict[str, Counts]
    hostility: dict[str, Counts]                   # by language
    ordinary_hostile: dict[str, tuple[int, int]]   # by language: (ordinary messages scored hostile, ordinary messages)
    kept_out_filed: int = 0                        # rows breaking a keep-out rule whose decision still files them
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, rule, text) for --verbose


def is_room_file(rows: Iterable[Mapping[str, object]]) -> bool:
    """True when every row carries the room-style `rules` list."""
    rows = list(rows)
    return bool(rows) and all(isinstance(r.get("rules"), list) for r in rows)


def evaluate(rows: Iterable[Mapping[str, object]], decide: Callable[..., Decision] | None = None) -> RulesReport:
    if decide is None:
        from moderation.decision import decide as default_decide

        decide = default_decide
    from moderation.decision import KEEP_OUT, Outcome

    keep_out = {rule.value for rule in KEEP_OUT}
    rules = {name: Counts() for name in RULES}
    hostility: dict[str, Counts] = {}
    ordinary: dict[str, tuple[int, int]] = {}
    misses: list[tuple[str, str, str]] = []
    kept_out_filed = 0
    n = 0
    for row in rows:
        n += 1
        text = str(row["text"])
        decision = decide(text, reply_to_open_report=bool(row.get("reply_to_report")))
        predicted = set(decision.rules)
        gold = {str(r) for r in cast("Iterable[object]", row.get("rules") or [])}
        for name in RULES:
            rules[name] = rules[name].add(name in gold, name in predicted)
            if (name in gold) != (name in predicted):
                misses.append(("missed" if name in gold else "false", name, text))
        if gold & keep_out and decision.outcome is Outcome.FILE:
            kept_out_filed += 1
        lang = str(row.get("lang") or "ko")
        hostile = decision.hostility >= HOSTILE_AT
        gold_hostile = bool(row.get("hostile"))
        hostility[lang] = hostility.get(lang, Counts()).add(gold_hostile, hostile)
        if hostile != gold_hostile:
            misses.append(("missed" if gold_hostile else "false", f"hostile/{lang}", text))
        if not gold and not gold_hostile:
            scored, total = ordinary.get(lang, (0, 0))
            ordinary[lang] = (scored + hostile, total + 1)
    return RulesReport(n, rules, dict(sorted(hostility.items())), dict(sorted(ordinary.items())), kept_out_filed, misses)


def format_report(report: RulesReport, verbose: bool = False) -> str:
    lines = [f"house rules ({report.n} rows, the decision of moderation.decision with the default rules)",
             f"{'rule':14s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s}"]
    for name, c in report.rules.items():
        lines.append(f"{name:14s} {c.tp + c.fn:5d} {c.tp + c.fp:5d} {c.precision:6.3f} {c.recall:6.3f}")
    lines.append(f"rows breaking politics/commercial/outside_link that would be filed: {report.kept_out_filed}")
    lines.append(f"hostility (judged score >= {HOSTILE_AT})")
    lines.append(f"{'lang':14s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}  ordinary messages scored hostile")
    for lang, c in report.hostility.items():
        scored, total = report.ordinary_hostile.get(lang, (0, 0))
        lines.append(f"{lang:14s} {c.tp + c.fn:5d} {c.tp + c.fp:5d} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  {scored} of {total}")
    if verbose:
        for kind, rule, text in report.misses:
            lines.append(f"  {kind:6s} {rule:14s} {text[:100]}")
    return "\n".join(lines)
