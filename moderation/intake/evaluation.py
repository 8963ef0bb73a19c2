"""Scoring the intake classifier on labelled rows (pure: the caller reads the file).

Rows are dicts with `text`, `label` (complaint | proposal | petition | none),
optionally `source` and `category` (a coarse topic of the shared data, or null).

- Detection: civic (complaint, proposal, petition) vs none; precision, recall
  and F1 of the civic class overall. Per source, most sources hold one label
  only, so a per-source civic F1 would be undefined for the all-none ones: each
  source is scored on the class it holds ("civic" or "none"), F1 of that class
  within the source (= 2a/(1+a) for accuracy a when the source is one class),
  and its accuracy is shown too. A mixed source gets the civic F1.
- Kind: accuracy of complaint vs proposal on complaint/proposal rows that
  were detected as civic.
- Category: on rows with a category, the predicted taxonomy id is mapped to
  its coarse topic; per-topic P/R/F1 and macro-F1 over the topics present in
  the gold labels (`macro_f1`), and, stricter, over gold and predicted topics
  (`macro_f1_all`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .taxonomy import COARSE_OF

__all__ = ["PRF", "IntakeReport", "evaluate", "format_report", "chatstyle_split", "CIVIC_LABELS"]

CIVIC_LABELS = frozenset({"complaint", "proposal", "petition"})


def chatstyle_split(text: str) -> str:
    """Deterministic train/valid split of chatstyle.jsonl rows: "valid" for one row in five."""
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)
    return "valid" if h % 5 == 0 else "train"


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int
    n: int = 0  # rows scored
    accuracy: float | None = None
    label: str = "civic"  # the class the scores are about

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


@dataclass(frozen=True)
class IntakeReport:
    detection: PRF
    per_source: dict[str, PRF]
    kind_accuracy: float | None
    kind_n: int
    per_category: dict[str, PRF]
    macro_f1: float | None
    macro_f1_all: float | None
    category_n: int
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (source, gold, predicted kind) samples


def _prf(gold: list[bool], pred: list[bool], label: str = "civic") -> PRF:
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold) if gold else None
    return PRF(tp, fp, fn, n=len(gold), accuracy=acc, label=label)


def evaluate(rows: Iterable[dict], classifier: Callable | None = None, keep_errors: int = 20) -> IntakeReport:
    """Classify every row and score the results (see the module docstring)."""
    if classifier is None:
        from . import classify as classifier  # late import: avoids a cycle
    gold_all: list[bool] = []
    pred_all: list[bool] = []
    by_source: dict[str, tuple[list[bool], list[bool]]] = {}
    kind_ok = kind_n = 0
    cat_pairs: list[tuple[str, str]] = []
    errors: list[tuple[str, str, str]] = []
    for row in rows:
        text = row.get("text") or ""
        label = row.get("label")
        if label not in CIVIC_LABELS and label != "none":
            continue
        result = classifier(text)
        g = label in CIVIC_LABELS
        p = result.kind != "other"
        gold_all.append(g)
        pred_all.append(p)
        src = row.get("source") or "unknown"
        gs, ps = by_source.setdefault(src, ([], []))
        gs.append(g)
        ps.append(p)
        if g != p and len(errors) < keep_errors:
            errors.append((src, label, result.kind + ": " + text[:80]))
        if label in ("complaint", "proposal") and p:
            kind_n += 1
            kind_ok += result.kind == label
        gold_cat = row.get("category")
        if gold_cat and g:
            cat_pairs.append((gold_cat, COARSE_OF.get(result.category, "other")))
    per_source: dict[str, PRF] = {}
    for src, (gs, ps) in sorted(by_source.items()):
        if any(gs):
            per_source[src] = _prf(gs, ps, "civic")
        else:  # all-none source: score the none class
            per_source[src] = _prf([not g for g in gs], [not p for p in ps], "none")
    per_cat: dict[str, PRF] = {}
    gold_topics = sorted({g for g, _ in cat_pairs})
    all_topics = sorted({g for g, _ in cat_pairs} | {p for _, p in cat_pairs})
    for t in all_topics:
        per_cat[t] = _prf([g == t for g, _ in cat_pairs], [p == t for _, p in cat_pairs], t)
    macro = sum(per_cat[t].f1 for t in gold_topics) / len(gold_topics) if gold_topics else None
    macro_all = sum(per_cat[t].f1 for t in all_topics) / len(all_topics) if all_topics else None
    return IntakeReport(
        detection=_prf(gold_all, pred_all),
        per_source=per_source,
        kind_accuracy=kind_ok / kind_n if kind_n else None,
        kind_n=kind_n,
        per_category=per_cat,
        macro_f1=macro,
        macro_f1_all=macro_all,
        category_n=len(cat_pairs),
        errors=errors,
    )


def format_report(report: IntakeReport) -> str:
    """A plain-text table of the report."""
    d = report.detection
    lines = [
        f"detection (civic vs none)  n={d.n}  P={d.precision:.3f}  R={d.recall:.3f}  F1={d.f1:.3f}"
        + (f"  acc={d.accuracy:.3f}" if d.accuracy is not None else ""),
        "per source (F1 of the class the source holds):",
    ]
    for src, s in report.per_source.items():
        lines.append(
            f"  {src:<32} n={s.n:<5} class={s.label:<5} P={s.precision:.3f} R={s.recall:.3f} "
            f"F1={s.f1:.3f} acc={s.accuracy:.3f}"
        )
    if report.kind_accuracy is not None:
        lines.append(f"kind (complaint vs proposal, detected rows)  n={report.kind_n}  acc={report.kind_accuracy:.3f}")
    if report.category_n:
        lines.append(f"category (coarse topics, civic rows with a category)  n={report.category_n}")
        for t, s in report.per_category.items():
            lines.append(
                f"  {t:<24} support={s.tp + s.fn:<4} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
            )
        lines.append(f"  macro-F1 (gold topics)          = {report.macro_f1:.3f}")
        lines.append(f"  macro-F1 (gold+predicted topics) = {report.macro_f1_all:.3f}")
    return "\n".join(lines)
