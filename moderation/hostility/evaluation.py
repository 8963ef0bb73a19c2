"""Precision, recall and F1 of the hostility model, overall and per source.

Rows are the toxic data set's: `text`, `label` (toxic / clean / borderline),
`source`. Borderline rows are left out: they are neither right nor wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scores:
    n: int
    positives: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class HostilityReport:
    overall: Scores
    per_source: dict[str, Scores] = field(default_factory=dict)
    skipped_borderline: int = 0
    threshold: float = 0.5


def _scores(pairs: list[tuple[bool, bool]]) -> Scores:
    tp = sum(1 for gold, pred in pairs if gold and pred)
    fp = sum(1 for gold, pred in pairs if not gold and pred)
    fn = sum(1 for gold, pred in pairs if gold and not pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(len(pairs), tp + fn, precision, recall, f1)


def evaluate(rows: Iterable[Mapping[str, object]], scorer: Callable[[str], float] | None = None,
             threshold: float = 0.5) -> HostilityReport:
    """Score every non-borderline row and compare with its label."""
    if scorer is None:
        from moderation.hostility import score

        scorer = score
    by_source: dict[str, list[tuple[bool, bool]]] = {}
    skipped = 0
    for row in rows:
        label = row["label"]
        if label not in ("toxic", "clean"):
            skipped += 1
            continue
        pair = (label == "toxic", scorer(str(row["text"])) >= threshold)
        by_source.setdefault(str(row.get("source", "unknown")), []).append(pair)
    everything = [p for pairs in by_source.values() for p in pairs]
    return HostilityReport(
        overall=_scores(everything),
        per_source={s: _scores(p) for s, p in sorted(by_source.items())},
        skipped_borderline=skipped,
        threshold=threshold,
    )


def format_report(report: HostilityReport) -> str:
    lines = [f"{'source':32s} {'n':>5s} {'pos':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
    for name, s in [*report.per_source.items(), ("OVERALL", report.overall)]:
        lines.append(f"{name:32s} {s.n:5d} {s.positives:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    lines.append(f"(borderline rows left out: {report.skipped_borderline}; hostile if score >= {report.threshold})")
    return "\n".join(lines)
