"""Train the intake model (detection, kind, category) and write the packaged artefact.

Usage (from the repository root, with the `train` extra installed):

    python training/train_intake.py --data /work/shared/data --out moderation/intake/model.npz

Reads only the *train* parts: complaint.train.jsonl, the train split of
chatstyle.jsonl (moderation.intake.evaluation.chatstyle_split) and
toxic.train.jsonl (as extra non-civic rows), plus the hand-written rows of
training/augment_handwritten.py. Deterministic: fixed
seeds, sorted vocabulary, liblinear/lbfgs solvers. With --report it then prints
the scores on complaint.valid.jsonl and the valid split of chatstyle.jsonl.
"""

from __future__ import annotations

import argparse
import json
import hashlib
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from augment_handwritten import rows as handwritten_rows  # noqa: E402
from moderation.intake.evaluation import CIVIC_LABELS, chatstyle_split  # noqa: E402
from moderation.intake.features import extract  # noqa: E402
from moderation.intake.taxonomy import CATEGORIES, fine_from_coarse  # noqa: E402

SEED = 20261122
CHAT_FAMILIES = ("incheon_body", "incheon_staff_answer")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_training(data: Path, toxic: bool = True) -> list[dict]:
    rows = read_jsonl(data / "complaint.train.jsonl")
    chat = [r for r in read_jsonl(data / "chatstyle.jsonl") if chatstyle_split(r["text"]) == "train"]
    hand = handwritten_rows()
    # single comments from the hostility data: more varied non-civic talk (label none, any toxicity)
    extra = []
    if toxic and (data / "toxic.train.jsonl").is_file():
        for r in read_jsonl(data / "toxic.train.jsonl"):
            extra.append({"text": r["text"], "label": "none", "source": "toxic_" + str(r.get("source"))})
    return rows + chat + hand + extra


def build_vocab(feats: list[list[str]], min_df: int, max_features: int, lexicon_scale: float = 1.0
                ) -> tuple[list[str], np.ndarray]:
    df = Counter(f for fs in feats for f in set(fs))
    kept = [(f, c) for f, c in df.items() if c >= min_df]
    kept.sort(key=lambda fc: (-fc[1], fc[0]))
    kept = kept[:max_features]
    kept.sort(key=lambda fc: fc[0])
    vocab = [f for f, _ in kept]
    n = len(feats)
    idf = np.array([math.log((1 + n) / (1 + c)) + 1.0 for _, c in kept], dtype=np.float64)
    # topic-word flags (K:...) are single features among hundreds of n-grams: give them more weight
    idf *= np.array([lexicon_scale if f.startswith("K:") else 1.0 for f in vocab])
    return vocab, idf


def vectorise(feats: list[list[str]], index: dict[str, int], idf: np.ndarray) -> sparse.csr_matrix:
    indptr, indices, data = [0], [], []
    for fs in feats:
        idx = sorted({index[f] for f in fs if f in index})
        vals = idf[idx]
        norm = math.sqrt(float((vals**2).sum())) or 1.0
        indices.extend(idx)
        data.extend((vals / norm).tolist())
        indptr.append(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(feats), len(index)), dtype=np.float64)


def family(row: dict) -> str:
    """The source family of a row: the petition months are one family."""
    src = row.get("source") or "unknown"
    if src.startswith("bluehouse_petition"):
        return "bluehouse_petition"
    return "toxic" if src.startswith("toxic_") else src


def source_weights(rows: list[dict], target: list[int], hand_weight: float) -> np.ndarray:
    """Balance the two classes, then give each source family the same share within its class
    (a family's share is damped by the square root of its size, so big families still count more)."""
    w = np.ones(len(rows))
    by = Counter((t, family(r)) for r, t in zip(rows, target))
    mass = {k: math.sqrt(v) for k, v in by.items()}
    class_mass = Counter()
    for (t, _), m in mass.items():
        class_mass[t] += m
    for i, (r, t) in enumerate(zip(rows, target)):
        k = (t, family(r))
        w[i] = mass[k] / class_mass[t] / by[k]
        if r.get("source") == "handwritten":
            w[i] *= hand_weight
    return w * len(rows) / w.sum()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="directory holding complaint.train.jsonl, chatstyle.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "moderation/intake/model.npz")
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--max-features", type=int, default=60000)
    ap.add_argument("--c-det", type=float, default=8.0)
    ap.add_argument("--chat-weight", type=float, default=4.0)
    ap.add_argument("--toxic-weight", type=float, default=0.35,
                    help="weight of toxic.train.jsonl comments as extra non-civic rows (0: not used)")
    ap.add_argument("--c-kind", type=float, default=4.0)
    ap.add_argument("--c-cat", type=float, default=4.0)
    ap.add_argument("--hand-weight", type=float, default=3.0)
    ap.add_argument("--hand-weight-category", type=float, default=1.0,
                    help="weight of hand-written rows in the category head (their labels are topics; the shared data's follow the handling department)")
    ap.add_argument("--lexicon-scale", type=float, default=2.0, help="idf multiplier of K: features (chosen by --cv)")
    ap.add_argument("--threshold", type=float, default=0.6, help="detection threshold (chosen by --cv)")
    ap.add_argument("--cv", action="store_true", help="5-fold cross-validation on the training rows only")
    ap.add_argument("--report", action="store_true", help="print scores on the validation files afterwards")
    args = ap.parse_args(argv)

    np.random.seed(SEED)
    rows = load_training(args.data, toxic=args.toxic_weight > 0)
    print(f"training rows: {len(rows)}  ({Counter(r.get('source') for r in rows).most_common()})")
    if args.cv:
        cross_validate(rows, args)
        return 0
    arrays = fit(rows, args, verbose=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")

    if args.report:
        report(args.data, args.out)
    return 0


def fit(rows: list[dict], args, verbose: bool = False) -> dict[str, np.ndarray]:
    """Train the three heads on `rows`; return the arrays of the artefact."""
    feats = [extract(r["text"]) for r in rows]
    vocab, idf = build_vocab(feats, args.min_df, args.max_features, args.lexicon_scale)
    index = {f: i for i, f in enumerate(vocab)}
    X = vectorise(feats, index, idf)
    if verbose:
        print(f"vocabulary: {len(vocab)} features")

    # 1. detection: civic vs none
    y_det = [1 if r["label"] in CIVIC_LABELS else 0 for r in rows]
    w_det = source_weights(rows, y_det, args.hand_weight)
    # room-like rows (residents' complaint bodies and staff answers) count more (chosen by --cv)
    w_det *= np.array([args.chat_weight if family(r) in CHAT_FAMILIES
                       else args.toxic_weight if family(r) == "toxic" else 1.0 for r in rows])
    det = LogisticRegression(C=args.c_det, solver="liblinear", random_state=SEED, max_iter=2000)
    det.fit(X, y_det, sample_weight=w_det)

    # 2. kind: proposal vs complaint, on complaint/proposal rows
    kind_idx = [i for i, r in enumerate(rows) if r["label"] in ("complaint", "proposal")]
    y_kind = [1 if rows[i]["label"] == "proposal" else 0 for i in kind_idx]
    w_kind = source_weights([rows[i] for i in kind_idx], y_kind, args.hand_weight)
    kind = LogisticRegression(C=args.c_kind, solver="liblinear", random_state=SEED, max_iter=2000)
    kind.fit(X[kind_idx], y_kind, sample_weight=w_kind)

    # 3. category: fine ids; shared-data rows carry coarse topics -> fine_from_coarse
    cat_idx, y_cat = [], []
    for i, r in enumerate(rows):
        c = r.get("category")
        if not c or r["label"] not in CIVIC_LABELS:
            continue
        fine = c if r.get("source") == "handwritten" else fine_from_coarse(c, r["text"])
        cat_idx.append(i)
        y_cat.append(CATEGORIES.index(fine))
    if verbose:
        print(f"category rows: {len(cat_idx)}  {Counter(CATEGORIES[y] for y in y_cat).most_common()}")
    cw = Counter(y_cat)
    w_cat = np.array(
        [(len(y_cat) / (len(cw) * cw[y])) *  # fully class-balanced (chosen by --cv)
          (args.hand_weight_category if rows[i].get("source") == "handwritten" else 1.0)
         for i, y in zip(cat_idx, y_cat)]
    )
    cat = LogisticRegression(C=args.c_cat, solver="lbfgs", random_state=SEED, max_iter=5000)
    cat.fit(X[cat_idx], y_cat, sample_weight=w_cat)
    cat_classes = [CATEGORIES[int(k)] for k in cat.classes_]

    # pack: weights pre-multiplied by idf, so inference is a row sum / norm
    W = np.concatenate([det.coef_.T, kind.coef_.T, cat.coef_.T], axis=1) * idf[:, None]
    bias = np.concatenate([det.intercept_, kind.intercept_, cat.intercept_])
    return dict(
        vocab=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
        weights=W.astype(np.float16),
        idf2=(idf**2).astype(np.float32),
        bias=bias.astype(np.float32),
        categories=np.frombuffer("\n".join(cat_classes).encode("utf-8"), dtype=np.uint8),
        threshold=np.float32(args.threshold),
    )


def cross_validate(rows: list[dict], args, folds: int = 5) -> None:
    """Score on held-out folds of the *training* rows (for choosing settings without the valid files)."""
    import moderation.intake.model as m
    from moderation.intake import classify
    from moderation.intake.evaluation import evaluate, format_report

    shared = [r for r in rows if r.get("source") != "handwritten"]
    hand = [r for r in rows if r.get("source") == "handwritten"]
    fold_of = [int(hashlib.sha1(r["text"].encode("utf-8")).hexdigest()[:8], 16) % folds for r in shared]
    held_out: dict[str, object] = {}
    for k in range(folds):
        train = [r for r, f in zip(shared, fold_of) if f != k] + hand
        m._MODEL = m.IntakeModel.from_npz(fit(train, args))
        for r, f in zip(shared, fold_of):
            if f == k:
                held_out[r["text"]] = classify(r["text"])
    m._MODEL = None
    chat = [r for r in shared if r.get("source") in ("incheon_body", "incheon_staff_answer")]
    rest = [r for r in shared if r.get("source") not in ("incheon_body", "incheon_staff_answer")]
    print("== cv: complaint.train ==")
    print(format_report(evaluate(rest, classifier=held_out.__getitem__)))
    print("== cv: chatstyle train split ==")
    print(format_report(evaluate(chat, classifier=held_out.__getitem__)))

def report(data: Path, artefact: Path) -> None:
    import moderation.intake.model as m
    from moderation.intake.evaluation import evaluate, format_report

    with np.load(artefact, allow_pickle=False) as npz:  # the artefact just written, not the packaged one
        m._MODEL = m.IntakeModel.from_npz(npz)
    valid = read_jsonl(data / "complaint.valid.jsonl")
    chat = [r for r in read_jsonl(data / "chatstyle.jsonl") if chatstyle_split(r["text"]) == "valid"]
    print("\n== complaint.valid.jsonl ==")
    print(format_report(evaluate(valid)))
    print("\n== chatstyle.jsonl (valid split) ==")
    print(format_report(evaluate(chat)))


if __name__ == "__main__":
    raise SystemExit(main())
