"""Train the ad-in-report head (moderation/report_ad_head.npz): does what the intake takes for a report carry an ad?

    python training/train_report_ad_head.py [--out moderation/report_ad_head.npz] [--cv]

A resident's complaint that ends "저희 식당 점심 특선 8천원 ☎…" is an ad the room must not file. The commercial
head (training/train_rule_heads.py) learns plain ads; taught these too, in one head, it lost plain bait it had caught
and flagged staff answers that name a fee (training/README.md, "Fourteenth session"). So this head is apart, and
asked only about reports (moderation.rules): the same features (moderation.rule_heads.features), one logistic
regression (liblinear, balanced classes, C = 8).

Rows (never the validation files or room_blind_*.jsonl):

- training/room_rules_fresh6.jsonl: 360 ads carried inside complaints, proposals, thanks, questions and replies,
  and 360 honest messages naming shops, prices and numbers, by six writers of training/ads_brief.md who saw none of
  the team's data (every row: the writers judged whether it promotes the writer's own business);
- the reports (complaint or proposal) of the rule files and of the train split of training/room_patterns.jsonl,
  with their commercial label;
- the reports of training/room_messages.jsonl: no ad.

The cut is chosen in 5-fold cross-validation (--cv prints the curve) as for the rule heads: the lowest P (not below
0.7) at which the head alone, on the rows it would be asked about (read as a report, with commercial evidence), is
right `HEAD_PRECISION` of the time and what it adds to the patterns `ADDED_PRECISION`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

from train_rule_heads import RULE_FILES, _read, featurise, fit, matrix, rows_digest, vocabulary  # noqa: E402

from moderation import links, rule_heads  # noqa: E402
from moderation.decision import Thresholds  # noqa: E402
from moderation.evasion import variants  # noqa: E402
from moderation.intake import classify  # noqa: E402
from moderation.intake.evaluation import hash_split  # noqa: E402
from moderation.rules import DEFAULT_ALLOWED_DOMAINS, DEFAULT_RULES, check_text  # noqa: E402

AD_FILES = ("room_rules_fresh6.jsonl",)
HEAD_PRECISION = 0.99
ADDED_PRECISION = 0.9
CUT_GRID = [round(x, 2) for x in np.arange(0.7, 0.96, 0.05)]
FALLBACK_CUT = 0.95
_REPORT = ("complaint", "proposal")


def rows() -> list[tuple[str, dict[str, int | None]]]:
    """(text, {"ad_in_report": 1 or 0}), first occurrence of each text."""
    out: list[tuple[str, int]] = []
    for name in AD_FILES:
        out += [(r["text"], int("commercial" in r["rules"])) for r in _read(name)]
    for name in RULE_FILES:
        out += [(r["text"], int("commercial" in r["rules"])) for r in _read(name) if r.get("label") in _REPORT]
    out += [(r["text"], int("commercial" in r["rules"])) for r in _read("room_patterns.jsonl")
            if r["label"] in _REPORT and hash_split(r["text"]) == "train"]
    out += [(r["text"], 0) for r in _read("room_messages.jsonl") if r["label"] in _REPORT]
    seen: set[str] = set()
    unique = []
    for text, label in out:
        if text not in seen:
            seen.add(text)
            unique.append((text, {rule_heads.REPORT_AD: label}))
    return unique


def _asked(text: str) -> bool:
    """Would the head be asked about `text`: read as a report (filed or asked about), with commercial evidence."""
    result = classify(text)
    return (result.kind != "other" and result.confidence >= Thresholds().ask
            and rule_heads.commercial_evidence(variants(text), links.find_links(text, DEFAULT_ALLOWED_DOMAINS)))


def choose_cut(texts: list[str], gold: np.ndarray, feats: list[set[str]], verbose: bool, folds: int = 5) -> float:
    n = len(texts)
    fold = np.arange(n) % folds
    oof = np.full(n, np.nan)
    for k in range(folds):
        train = [i for i in range(n) if fold[i] != k]
        test = [i for i in range(n) if fold[i] == k]
        vocab = vocabulary([feats[i] for i in train])
        model = fit(matrix([feats[i] for i in train], vocab), gold[train])
        oof[test] = model.predict_proba(matrix([feats[i] for i in test], vocab))[:, 1]
    asked = np.array([_asked(t) for t in texts])
    pattern = np.array(["commercial" in {v.rule.value for v in check_text(t, DEFAULT_RULES, heads=False)} for t in texts])
    chosen = FALLBACK_CUT
    for cut in CUT_GRID:
        head = (oof >= cut) & asked
        added = head & ~pattern
        head_p = (gold & head).sum() / max(1, head.sum())
        added_p = (gold & added).sum() / max(1, added.sum())
        if verbose:
            print(f"  cut {cut:.2f}: head alone P {head_p:.3f} R {(gold & head).sum() / max(1, gold.sum()):.3f}; "
                  f"adds {int(added.sum())} to the patterns ({added_p:.3f} right), "
                  f"patterns and head R {(gold & (head | pattern)).sum() / max(1, gold.sum()):.3f}")
        if head_p >= HEAD_PRECISION and (not added.any() or added_p >= ADDED_PRECISION) and chosen == FALLBACK_CUT:
            chosen = cut
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=rule_heads.REPORT_AD_PATH)
    ap.add_argument("--cv", action="store_true", help="print the cross-validated curve")
    args = ap.parse_args()
    data = rows()
    texts = [t for t, _ in data]
    gold = np.array([lab[rule_heads.REPORT_AD] for _, lab in data], dtype=bool)
    feats = featurise(texts)
    print(f"{len(texts)} rows, {int(gold.sum())} ads")
    cut = choose_cut(texts, gold, feats, args.cv)
    print(f"cut: {cut}")
    vocab = vocabulary(feats)
    model = fit(matrix(feats, vocab), gold)
    weights = model.coef_[0].astype(np.float32)
    keep = np.abs(weights) > 1e-6
    names = np.array(sorted(vocab, key=vocab.get))[keep]
    np.savez_compressed(args.out, vocabulary=names, weights=weights[keep][:, None],
                        bias=np.array([model.intercept_[0]], dtype=np.float32), cuts=np.array([cut], dtype=np.float32),
                        feature_version=np.array(rule_heads.FEATURE_VERSION), rows_sha256=np.array(rows_digest(data)))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {int(keep.sum()):,} features)")


if __name__ == "__main__":
    main()
