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
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .taxonomy import COARSE_OF

if TYPE_CHECKING:
    from . import Intake

Row = dict[str, Any]  # one row of a labelled file, as json.loads gives it
Classifier = Callable[[str], "Intake"]

__all__ = [
    "PRF", "IntakeReport", "evaluate", "format_report", "chatstyle_split", "hash_split", "CIVIC_LABELS",
    "RoomReport", "evaluate_room", "format_room_report", "is_room_style", "action_of",
]

CIVIC_LABELS = frozenset({"complaint", "proposal", "petition"})


def hash_split(text: str) -> str:
    """Deterministic train/valid split by text: "valid" for one row in five (first 8 hex digits of SHA-1 mod 5 = 0).

    Used for chatstyle.jsonl (no separate valid file) and for the hand-written room rows of
    training/room_patterns.jsonl, whose "valid" part is never trained on.
    """
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)
    return "valid" if h % 5 == 0 else "train"


chatstyle_split = hash_split


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
    tp = sum(1 for g, p in zip(gold, pred, strict=False) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=False) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=False) if g and not p)
    acc = sum(1 for g, p in zip(gold, pred, strict=False) if g == p) / len(gold) if gold else None
    return PRF(tp, fp, fn, n=len(gold), accuracy=acc, label=label)


def evaluate(rows: Iterable[Row], classifier: Classifier | None = None, keep_errors: int = 20) -> IntakeReport:
    """Classify every row and score the results (see the module docstring)."""
    if classifier is None:
        from . import classify  # late import: avoids a cycle

        classifier = classify
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


# -- room-style files (schema in training/README.md, "Room-style files") ------------------
# text, label (complaint | proposal | none), category, place, rules, hostile, lang, tags,
# optionally reply_to_report. Scored as the bot acts on them: detection, what would be filed
# outright or asked about, a reliability table, categories and places on the rows both sides
# call a report, and detection per pattern tag.

ROOM_FIELDS = frozenset({"rules", "hostile", "lang", "tags", "place", "reply_to_report"})
ROOM_LABELS = frozenset({"complaint", "proposal", "none"})
# confidence bands of the reliability table (lower edges; the last band includes 1.0)
BANDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def is_room_style(rows: list[Row]) -> bool:
    """True when the rows follow the room-data schema (labels complaint/proposal/none and its fields)."""
    return bool(rows) and all(
        isinstance(r, dict) and r.get("label") in ROOM_LABELS and ROOM_FIELDS & set(r) for r in rows
    )


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    n: int
    reports: int  # rows labelled complaint or proposal
    action: str  # what the bot does in this band: "file", "ask", "silent" (or a mix, "silent/ask")
    right: int = 0  # rows decided right: a report filed or asked about, a non-report left alone


_RELATIONAL_TAIL = re.compile(
    r"\s+(?:앞|옆|뒤|쪽|근처|주변|일대|건너편|맞은편|반대편|부근|인근|뒤편|뒷편|앞쪽|옆쪽|뒤쪽|안쪽|입구|아래|위|밑|안|중간|변)$"
)


def _without_relational_tail(place: str) -> str:
    """A place without a trailing relational word, spaces normalised."""
    return _RELATIONAL_TAIL.sub("", " ".join(place.split()))


@dataclass(frozen=True)
class PlaceScore:
    n: int  # rows labelled with a place (both sides call it a report)
    exact: int
    partial: int  # one span contains the other, or they share a word
    missed: int  # no place found
    wrong: int  # a place found that does not overlap
    n_none: int  # rows labelled without a place
    spurious: int  # ... where a place was found anyway
    longer: int = 0  # of the partial ones: the span found holds the labelled one and more
    shorter: int = 0  # ... the span found is part of the labelled one
    shorter_start: int = 0  # ... of those, the labelled one starts earlier
    shorter_end: int = 0  # ... of those, the labelled one ends later
    # ... of the partial ones: the two differ only by a trailing relational word ("과천역 3번 출구" / "과천역 3번
    # 출구 앞"). Writers of room sets split on whether "앞", "쪽", "근처" at the end belong to the place.
    relational_only: int = 0


@dataclass(frozen=True)
class RoomReport:
    detection: PRF
    file_threshold: float
    ask_threshold: float
    filed: PRF  # what would be filed outright: precision is the share of real reports among them
    asked: PRF  # what would be asked about
    bands: list[Band]
    category_n: int
    category_accuracy: float | None
    category_macro_f1: float | None
    per_category: dict[str, PRF]
    places: PlaceScore
    kind_n: int  # rows both sides call a report
    kind_accuracy: float | None  # complaint vs proposal right on them
    per_tag: dict[str, PRF]
    per_lang: dict[str, PRF]
    # replies that only add detail to a report: (rows, taken for a new report, read as detail >= 0.5),
    # and reports read as detail >= 0.5 (those a reply-structure rule would turn into notes by mistake)
    replies: tuple[int, int, int]
    reports_as_detail: tuple[int, int]  # (reports, read as detail >= 0.5)
    errors: list[str] = field(default_factory=list)


def _band_of(p: float) -> int:
    i = 0
    while i + 1 < len(BANDS) and p >= BANDS[i + 1]:
        i += 1
    return i


def _place_overlap(gold: str, pred: str) -> bool:
    g, p = gold.replace(" ", ""), pred.replace(" ", "")
    return g in p or p in g or bool(set(gold.split()) & set(pred.split()))


def action_of(r: Intake, file_threshold: float, ask_threshold: float, sure_threshold: float = 1.0) -> str:
    """What the bot does with an intake result: "file", "ask" or "silent" (bot.config.IntakeSettings)."""
    if r.kind == "other":
        return "silent"
    if r.confidence >= file_threshold or r.civic >= sure_threshold:
        return "file"
    return "ask" if r.confidence >= ask_threshold else "silent"


def evaluate_room(rows: Iterable[Row], classifier: Classifier | None = None, file_threshold: float = 0.75,
                  ask_threshold: float = 0.5, sure_threshold: float = 1.0, keep_errors: int = 0,
                  reply_classifier: Classifier | None = None) -> RoomReport:
    """Score a room-style file the way the bot would act on it (schema: training/README.md).

    A row counts as detected when the intake's kind is complaint or proposal. It would
    be filed outright when its confidence reaches `file_threshold`, asked about from
    `ask_threshold` up, and left alone below. A row marked `reply_to_report` is read by
    `reply_classifier` when given: the bot knows from the reply structure that it answers an
    open report (a short detail or "저도요" is support or a note there, not a new report).
    """
    if classifier is None:
        from . import classify  # late import: avoids a cycle

        classifier = classify
    gold_all: list[bool] = []
    pred_all: list[bool] = []
    filed_g: list[bool] = []
    filed_p: list[bool] = []
    asked_p: list[bool] = []
    band_n = [0] * len(BANDS)
    band_rep = [0] * len(BANDS)
    band_actions: list[set[str]] = [set() for _ in BANDS]
    band_right = [0] * len(BANDS)
    cat_pairs: list[tuple[str, str]] = []
    kind_n = kind_ok = 0
    place = dict(n=0, exact=0, partial=0, missed=0, wrong=0, n_none=0, spurious=0, longer=0, shorter=0, relational_only=0,
                 shorter_start=0, shorter_end=0)
    by_tag: dict[str, tuple[list[bool], list[bool]]] = {}
    by_lang: dict[str, tuple[list[bool], list[bool]]] = {}
    replies = replies_filed = replies_detail = reports_n = reports_detail = 0
    errors: list[str] = []
    for row in rows:
        label = row.get("label")
        if label not in ROOM_LABELS:
            continue
        text = row.get("text") or ""
        r = (reply_classifier if reply_classifier is not None and row.get("reply_to_report") else classifier)(text)
        g = label != "none"
        p = r.kind != "other"
        action = action_of(r, file_threshold, ask_threshold, sure_threshold)
        gold_all.append(g)
        pred_all.append(p)
        filed_g.append(g)
        filed_p.append(action == "file")
        asked_p.append(action == "ask")
        b = _band_of(r.civic)
        band_n[b] += 1
        band_rep[b] += g
        band_actions[b].add(action)
        band_right[b] += (action != "silent") == g
        for tag in row.get("tags") or ["(none)"]:
            gs, ps = by_tag.setdefault(str(tag), ([], []))
            gs.append(g)
            ps.append(p)
        gs, ps = by_lang.setdefault(str(row.get("lang") or "?"), ([], []))
        gs.append(g)
        ps.append(p)
        detail = getattr(r, "detail", 0.0) >= 0.5
        if row.get("reply_to_report") and not g and "reply_detail" in (row.get("tags") or ()):
            replies += 1
            replies_filed += p
            replies_detail += detail
        if g:
            reports_n += 1
            reports_detail += detail
        if g != p and len(errors) < keep_errors:
            errors.append(f"{label} -> {r.kind} {r.confidence:.2f}: {text[:90]}")
        if g and p:
            kind_n += 1
            kind_ok += r.kind == label
            if row.get("category"):
                cat_pairs.append((row["category"], r.category))
            gold_place = row.get("place")
            if gold_place:
                place["n"] += 1
                if r.place is None:
                    place["missed"] += 1
                elif r.place.strip() == gold_place.strip():
                    place["exact"] += 1
                elif _place_overlap(gold_place, r.place):
                    place["partial"] += 1
                    place["relational_only"] += _without_relational_tail(gold_place) == _without_relational_tail(r.place)
                    g_, p_ = gold_place.replace(" ", ""), r.place.replace(" ", "")
                    place["longer"] += g_ in p_
                    if p_ in g_:
                        place["shorter"] += 1
                        place["shorter_start"] += not g_.startswith(p_)
                        place["shorter_end"] += not g_.endswith(p_)
                else:
                    place["wrong"] += 1
            elif "place" in row:
                place["n_none"] += 1
                place["spurious"] += r.place is not None
    per_cat: dict[str, PRF] = {}
    gold_cats = sorted({g for g, _ in cat_pairs})
    for c in sorted({g for g, _ in cat_pairs} | {p for _, p in cat_pairs}):
        per_cat[c] = _prf([g == c for g, _ in cat_pairs], [p == c for _, p in cat_pairs], c)
    bands = []
    for i, low in enumerate(BANDS):
        high = BANDS[i + 1] if i + 1 < len(BANDS) else 1.0
        acts = band_actions[i]
        action = "/".join(a for a in ("silent", "ask", "file") if a in acts) or "-"
        bands.append(Band(low, high, band_n[i], band_rep[i], action, band_right[i]))
    return RoomReport(
        detection=_prf(gold_all, pred_all),
        file_threshold=file_threshold,
        ask_threshold=ask_threshold,
        filed=_prf(filed_g, filed_p),
        asked=_prf(filed_g, asked_p),
        bands=bands,
        category_n=len(cat_pairs),
        category_accuracy=sum(g == p for g, p in cat_pairs) / len(cat_pairs) if cat_pairs else None,
        category_macro_f1=sum(per_cat[c].f1 for c in gold_cats) / len(gold_cats) if gold_cats else None,
        per_category=per_cat,
        places=PlaceScore(**place),
        kind_n=kind_n,
        kind_accuracy=kind_ok / kind_n if kind_n else None,
        per_tag={t: _prf(*v, t) for t, v in sorted(by_tag.items())},
        per_lang={t: _prf(*v, t) for t, v in sorted(by_lang.items())},
        replies=(replies, replies_filed, replies_detail),
        reports_as_detail=(reports_n, reports_detail),
        errors=errors,
    )


def format_room_report(rep: RoomReport) -> str:
    """A plain-text table of a room-style report."""
    d, f, a = rep.detection, rep.filed, rep.asked
    lines = [
        f"detection (complaint or proposal vs none)  n={d.n}  P={d.precision:.3f}  R={d.recall:.3f}  F1={d.f1:.3f}",
        f"filed outright (confidence >= {rep.file_threshold:.2f}): {f.tp + f.fp}  precision={f.precision:.3f}"
        f"  share of reports filed={f.recall:.3f}",
        f"asked about ({rep.ask_threshold:.2f} <= confidence < {rep.file_threshold:.2f}): {a.tp + a.fp}"
        f"  of them reports={a.tp}",
        "reliability (P(report) band: rows, reports, share, what the bot does, share of right decisions):",
    ]
    for b in rep.bands:
        if not b.n:
            continue
        share = b.reports / b.n
        lines.append(
            f"  [{b.low:.2f}, {b.high:.2f}{']' if b.high == 1.0 else ')'}  n={b.n:<5} reports={b.reports:<5}"
            f" share={share:.3f}  {b.action:<11} right={b.right / b.n:.3f}"
        )
    if rep.kind_n:
        lines.append(f"kind (complaint vs proposal, rows both sides call a report)  n={rep.kind_n}  accuracy={rep.kind_accuracy:.3f}")
    if rep.category_n:
        lines.append(
            f"category (rows both sides call a report)  n={rep.category_n}  accuracy={rep.category_accuracy:.3f}"
            f"  macro-F1={rep.category_macro_f1:.3f}"
        )
        for c, s in rep.per_category.items():
            lines.append(f"  {c:<12} support={s.tp + s.fn:<4} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
    pl = rep.places
    if pl.n:
        lines.append(
            f"places (rows both sides call a report, labelled with a place)  n={pl.n}  exact={pl.exact / pl.n:.3f}"
            f"  partial={pl.partial / pl.n:.3f}  wrong={pl.wrong / pl.n:.3f}  missed={pl.missed / pl.n:.3f}"
        )
        lines.append(
            f"  of the partial ones: found more than labelled {pl.longer}, found less {pl.shorter}"
            f" (the label starts earlier {pl.shorter_start}, ends later {pl.shorter_end});"
            f" only a trailing 앞/옆/쪽/근처 … apart {pl.relational_only}"
            f" (exact but for it: {(pl.exact + pl.relational_only) / pl.n:.3f})"
        )
    if pl.n_none:
        lines.append(f"  labelled without a place: {pl.n_none}, a place found anyway: {pl.spurious}")
    if rep.replies[0]:
        lines.append(
            f"replies that only add detail to a report: {rep.replies[0]}, taken for a new report: {rep.replies[1]},"
            f" read as detail (>= 0.5): {rep.replies[2]}; reports read as detail: {rep.reports_as_detail[1]}"
            f" of {rep.reports_as_detail[0]}"
        )
    lines.append("detection by language:")
    for t, s in rep.per_lang.items():
        lines.append(f"  {t:<4} n={s.n:<5} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} acc={s.accuracy:.3f}")
    lines.append("detection by tag (acc = share decided right):")
    for t, s in rep.per_tag.items():
        lines.append(f"  {t:<22} n={s.n:<5} reports={s.tp + s.fn:<4} detected={s.tp + s.fp:<4} acc={s.accuracy:.3f}")
    lines.extend("  " + e for e in rep.errors)
    return "\n".join(lines)
