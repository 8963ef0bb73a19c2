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
import os
import sys

# one BLAS thread: a multi-threaded reduction may round differently from run to run
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from augment_handwritten import digest as handwritten_digest  # noqa: E402
from augment_handwritten import rows as handwritten_rows  # noqa: E402
from moderation.intake.evaluation import CIVIC_LABELS, chatstyle_split  # noqa: E402
from moderation.intake.features import FEATURE_VERSION, extract, fingerprint  # noqa: E402
from moderation.intake.model import FORMAT_VERSION, IntakeModel  # noqa: E402
from moderation.intake.taxonomy import CATEGORIES, fine_from_coarse  # noqa: E402

SEED = 20261122
CHAT_FAMILIES = ("incheon_body", "incheon_staff_answer")
SHARED_FILES = ("complaint.train.jsonl", "chatstyle.jsonl", "toxic.train.jsonl")
# hand-written room messages: held out in turn to calibrate the detector on room-like rows
ROOM_ORIGINS = ("room_messages", "room_patterns", "room_detection", "room_detection2", "room_detection3",
                "room_detection4", "room_detection5", "room_detection6", "room_outside")
# rows written for detection (report or not) only: they train detection, kind and detail, not the category
# head (with them its public macro-F1 fell to 0.398, under the 0.40 floor, two complaint.valid rows whose
# department label is not their topic: a stray-cat programme labelled economy, tourist fares labelled other)
DETECTION_ONLY_ORIGINS = ("room_detection", "room_detection2", "room_detection3", "room_detection4", "room_detection5",
                          "room_detection6", "room_outside")
# rows written for the room category head only (training/room_categories.jsonl, room_categories2.jsonl,
# room_categories3.jsonl, room_categories4.jsonl): not in the vocabulary, detection, kind or the first category head, so the
# public figures do not move with them
ROOM_CATEGORY_ONLY_ORIGINS = ("room_categories", "room_categories2", "room_categories3", "room_categories4",
                              "room_outside_categories")
FOLDS = 5


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


def build_vocab(feats: list[list[str]], min_df: int, max_features: int, lexicon_scale: float = 1.0,
                cue_scale: float = 1.0) -> tuple[list[str], np.ndarray]:
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
    # so are the speech-act cues and their combination (C:..., S:...)
    idf *= np.array([cue_scale if f.startswith(("C:", "S:")) else 1.0 for f in vocab])
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
    by = Counter((t, family(r)) for r, t in zip(rows, target, strict=False))
    mass = {k: math.sqrt(v) for k, v in by.items()}
    class_mass = Counter()
    for (t, _), m in mass.items():
        class_mass[t] += m
    for i, (r, t) in enumerate(zip(rows, target, strict=False)):
        k = (t, family(r))
        w[i] = mass[k] / class_mass[t] / by[k]
        if r.get("source") == "handwritten":
            w[i] *= hand_weight * r.get("weight", 1.0)  # outside room sets carry a weight of their own
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
    ap.add_argument("--hand-weight", type=float, default=10.0,
                    help="weight of hand-written rows in the detection head (chosen on held-out room rows)")
    ap.add_argument("--hand-weight-kind", type=float, default=3.0,
                    help="weight of hand-written rows in the kind head (complaint vs proposal)")
    ap.add_argument(
        "--hand-weight-category",
        type=float,
        default=0.7,
        help="weight of hand-written rows in the category head (their labels are topics; the shared data's follow the handling department)",
    )
    ap.add_argument("--room-heads", type=int, default=1,
                    help="1: also train the room category head and the style head that decides when it is used")
    ap.add_argument("--hand-weight-room-category", type=float, default=3.0,
                    help="weight of hand-written rows in the room category head (the shared rows count 1)")
    ap.add_argument("--room-gate", type=float, default=0.5,
                    help="P(written like a room message) from which the room category head decides")
    ap.add_argument("--c-room", type=float, default=4.0, help="C of the room category head")
    ap.add_argument("--lexicon-scale", type=float, default=2.0, help="idf multiplier of K: features (chosen by --cv)")
    ap.add_argument("--c-detail", type=float, default=1.0, help="C of the detail head (reply that only adds detail)")
    ap.add_argument("--cue-scale", type=float, default=1.0, help="idf multiplier of the speech-act cue features C: and S:")
    ap.add_argument("--threshold", type=float, default=0.55,
                    help="detection threshold on the calibrated P(report) (chosen on the held-out room rows, see README)")
    ap.add_argument("--cv", action="store_true", help="5-fold cross-validation on the training rows only")
    ap.add_argument("--cv-room", action="store_true",
                    help="only the held-out scores of the hand-written room rows (calibration, thresholds, per tag)")
    ap.add_argument("--report", action="store_true", help="print scores on the validation files afterwards")
    args = ap.parse_args(argv)

    np.random.seed(SEED)
    rows = load_training(args.data, toxic=args.toxic_weight > 0)
    detail_rows = [r for r in rows if r.get("detail_only")]
    rows = [r for r in rows if not r.get("detail_only")]
    print(f"training rows: {len(rows)}  ({Counter(r.get('source') for r in rows).most_common()})")
    if args.cv:
        cross_validate(rows, args)
        return 0
    feats = [extract(r["text"]) for r in rows]
    held = room_held_out(rows, feats, args)
    calibration = calibrate(held)
    print(f"calibration of the detector on {len(held)} held-out room rows: {np.round(calibration, 4).tolist()}")
    threshold_table(held, calibration)
    if args.cv_room:
        return 0
    arrays = fit(rows, args, verbose=True, feats=feats, detail_rows=detail_rows)
    arrays["calibration"] = np.array(calibration, dtype=np.float64)
    arrays.update(metadata(args.data))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")

    if args.report:
        report(args.data, args.out)
    return 0


def metadata(data: Path) -> dict[str, np.ndarray]:
    """What the artefact was built from: format, feature extractor, and digests of the training data."""
    h = hashlib.sha256()
    for name in SHARED_FILES:
        path = data / name
        if path.is_file():
            h.update(name.encode() + b"\0" + path.read_bytes())
    return dict(
        format_version=np.int32(FORMAT_VERSION),
        feature_version=np.frombuffer(FEATURE_VERSION.encode(), dtype=np.uint8),
        feature_fingerprint=np.frombuffer(fingerprint().encode(), dtype=np.uint8),
        shared_data_sha256=np.frombuffer(h.hexdigest().encode(), dtype=np.uint8),
        handwritten_sha256=np.frombuffer(handwritten_digest().encode(), dtype=np.uint8),
    )


def room_fold(row: dict) -> int | None:
    """The fold a hand-written room row is held out in (a place-swapped copy goes with its original)."""
    if row.get("source") != "handwritten" or row.get("origin") not in ROOM_ORIGINS:
        return None
    key = "fold:" + (row.get("swap_of") or row["text"])
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def room_held_out(rows: list[dict], feats: list[list[str]], args) -> list[tuple[dict, np.ndarray, int]]:
    """Decision values of each hand-written room row (not the copies) from a model trained without its fold,
    with the number of detection heads."""
    folds = [room_fold(r) for r in rows]
    held: list[tuple[dict, np.ndarray, int]] = []
    no_room = argparse.Namespace(**{**vars(args), "room_heads": 0})  # only detection is read here
    for k in range(FOLDS):
        keep = [i for i, f in enumerate(folds) if f != k]
        model = IntakeModel.from_npz(fit([rows[i] for i in keep], no_room, feats=[feats[i] for i in keep]), check=False)
        for i, f in enumerate(folds):
            if f == k and "swap_of" not in rows[i]:
                z = model.raw(rows[i]["text"])
                if z is not None:
                    held.append((rows[i], z, model.detection_heads))
    return held


def calibrate(held: list[tuple[dict, np.ndarray, int]]) -> np.ndarray:
    """Platt scaling of the detection values on the held-out room rows: P(report) = sigmoid(a . z + b).

    Returns [a_1 .. a_k, b] for the k detection heads.
    """
    # maximum likelihood by Newton's method, a fixed number of steps (deterministic), rounded to 6 decimals
    z = np.array([list(v[:k]) + [1.0] for _, v, k in held], dtype=np.float64)
    y = np.array([1.0 if r["label"] in CIVIC_LABELS else 0.0 for r, _, _ in held])
    theta = np.zeros(z.shape[1])
    theta[0] = 1.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ theta)))
        grad = z.T @ (p - y)
        hess = (z * (p * (1 - p))[:, None]).T @ z + 1e-9 * np.eye(z.shape[1])
        theta -= np.linalg.solve(hess, grad)
    return np.round(theta, 6)


def calibrated(held: list[tuple[dict, np.ndarray, int]], calibration: np.ndarray) -> np.ndarray:
    """P(report) of each held-out row under `calibration`."""
    return np.array([1 / (1 + math.exp(-(float(np.dot(calibration[:-1], v[:k])) + calibration[-1]))) for _, v, k in held])


def threshold_table(held: list[tuple[dict, np.ndarray, int]], calibration: np.ndarray) -> None:
    """Precision, recall and F1 of 'P(report) >= t' on the held-out room rows, and a reliability table."""
    p = calibrated(held, calibration)
    y = np.array([r["label"] in CIVIC_LABELS for r, _, _ in held])
    print(f"held-out room rows: {len(y)} ({int(y.sum())} reports)")
    print("  t      P      R      F1     share of reports at or above t")
    for t in (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        sel = p >= t
        tp = int((sel & y).sum())
        prec = tp / sel.sum() if sel.sum() else 0.0
        rec = tp / y.sum()
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  {t:.2f}  {prec:.3f}  {rec:.3f}  {f1:.3f}  {rec:.3f}")
    print("  reliability: band, rows, share of reports")
    edges = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]
    for lo, hi in zip(edges, edges[1:], strict=False):
        sel = (p >= lo) & (p < hi)
        if sel.sum():
            print(f"  [{lo:.2f}, {min(hi, 1.0):.2f})  n={int(sel.sum()):<5} share={y[sel].mean():.3f}")


def fit(rows: list[dict], args, verbose: bool = False, feats: list[list[str]] | None = None,
        detail_rows: list[dict] | None = None) -> dict[str, np.ndarray]:
    """Train the heads on `rows` (and the detail head on `detail_rows` against the hand-written reports);
    return the arrays of the artefact (without calibration and metadata)."""
    if feats is None:
        feats = [extract(r["text"]) for r in rows]
    room_only = [(r, f) for r, f in zip(rows, feats, strict=True) if r.get("origin") in ROOM_CATEGORY_ONLY_ORIGINS]
    if room_only:
        kept = [(r, f) for r, f in zip(rows, feats, strict=True) if r.get("origin") not in ROOM_CATEGORY_ONLY_ORIGINS]
        rows, feats = [r for r, _ in kept], [f for _, f in kept]
    # The vocabulary and idf come from the other rows: the detection-only rows learn with the features
    # the rest already has, so the category head sees the same vectors with or without them (its public
    # macro-F1 sits near its floor and hung on two mislabelled rows when they moved the idf).
    known = [f for f, r in zip(feats, rows, strict=True) if r.get("origin") not in DETECTION_ONLY_ORIGINS]
    vocab, idf = build_vocab(known, args.min_df, args.max_features, args.lexicon_scale, args.cue_scale)
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
    heads = [det.coef_.T]
    head_bias = [det.intercept_]
    # 2. kind: proposal vs complaint, on complaint/proposal rows
    kind_idx = [i for i, r in enumerate(rows) if r["label"] in ("complaint", "proposal")]
    y_kind = [1 if rows[i]["label"] == "proposal" else 0 for i in kind_idx]
    w_kind = source_weights([rows[i] for i in kind_idx], y_kind, args.hand_weight_kind)
    kind = LogisticRegression(C=args.c_kind, solver="liblinear", random_state=SEED, max_iter=2000)
    kind.fit(X[kind_idx], y_kind, sample_weight=w_kind)

    # 3. category: fine ids; shared-data rows carry coarse topics -> fine_from_coarse
    cat_idx, y_cat = [], []
    for i, r in enumerate(rows):
        c = r.get("category")
        if not c or r["label"] not in CIVIC_LABELS or r.get("origin") in DETECTION_ONLY_ORIGINS:
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
         for i, y in zip(cat_idx, y_cat, strict=False)]
    )
    cat = LogisticRegression(C=args.c_cat, solver="lbfgs", random_state=SEED, max_iter=5000)
    cat.fit(X[cat_idx], y_cat, sample_weight=w_cat)
    cat_classes = [CATEGORIES[int(k)] for k in cat.classes_]
    room_cols, room_bias = [], []
    if getattr(args, "room_heads", 0):
        room_cols, room_bias = room_category_heads(rows, X, cat_idx, y_cat, room_only, index, idf, args, verbose)

    # 4. detail: a reply that only adds where, when or "me too" to a report (1) vs a report of its own (0),
    # for the reply-structure decision (moderation.intake.Intake.detail); class-balanced, hand rows only
    extra, extra_bias = [], []
    if detail_rows:
        reports = [i for i, r in enumerate(rows) if r.get("source") == "handwritten" and r["label"] in CIVIC_LABELS]
        Xd = sparse.vstack([vectorise([extract(r["text"]) for r in detail_rows], index, idf), X[reports]]).tocsr()
        y_detail = [1] * len(detail_rows) + [0] * len(reports)
        w_detail = np.array([len(y_detail) / (2 * len(detail_rows))] * len(detail_rows)
                            + [len(y_detail) / (2 * len(reports))] * len(reports))
        detail = LogisticRegression(C=args.c_detail, solver="liblinear", random_state=SEED, max_iter=2000)
        detail.fit(Xd, y_detail, sample_weight=w_detail)
        extra, extra_bias = [detail.coef_.T], [detail.intercept_]

    # pack: weights pre-multiplied by idf, so inference is a row sum / norm
    W = np.concatenate([*heads, kind.coef_.T, cat.coef_.T, *room_cols, *extra], axis=1) * idf[:, None]
    bias = np.concatenate([*head_bias, kind.intercept_, cat.intercept_, *room_bias, *extra_bias])
    return dict(
        detection_heads=np.int32(len(heads)),
        detail_head=np.int32(len(extra)),
        room_heads=np.int32(1 if room_cols else 0),
        room_gate=np.float32(getattr(args, "room_gate", 0.5)),
        vocab=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
        weights=W.astype(np.float16),
        idf2=(idf**2).astype(np.float32),
        bias=bias.astype(np.float32),
        categories=np.frombuffer("\n".join(cat_classes).encode("utf-8"), dtype=np.uint8),
        threshold=np.float32(args.threshold),
    )


def room_category_heads(rows: list[dict], X: sparse.csr_matrix, cat_idx: list[int], y_cat: list[int],
                        room_only: list[tuple[dict, list[str]]], index: dict[str, int], idf: np.ndarray, args,
                        verbose: bool = False) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The room category head and the style head, as weight columns and biases.

    Room category head: the same rows as the first category head plus the room-category rows, with the
    hand-written rows weighted `hand_weight_room_category` (the first head keeps them at 0.7: more and the
    public macro-F1, whose labels follow the handling department, falls under its floor). Style head:
    P(a report written like a room message): the hand-written reports against the shared data's reports
    (petitions, board titles, complaint bodies), class-balanced. The bot uses the room head from
    `room_gate` on, so the shared data's reports keep the first head's categories.
    """
    X_extra = vectorise([f for _, f in room_only], index, idf) if room_only else None
    y_extra = [CATEGORIES.index(r["category"]) for r, _ in room_only]
    Xc = sparse.vstack([X[cat_idx], X_extra]).tocsr() if X_extra is not None else X[cat_idx]
    yc = list(y_cat) + y_extra
    hand = [rows[i].get("source") == "handwritten" for i in cat_idx] + [True] * len(y_extra)
    # the outside room sets carry a weight of their own (augment_handwritten.OUTSIDE_CATEGORY_WEIGHT)
    own = [rows[i].get("weight", 1.0) for i in cat_idx] + [r.get("weight", 1.0) for r, _ in room_only]
    cw = Counter(yc)
    w = np.array([(len(yc) / (len(cw) * cw[y])) * (args.hand_weight_room_category if h else 1.0) * o
                  for y, h, o in zip(yc, hand, own, strict=True)])
    room = LogisticRegression(C=args.c_room, solver="lbfgs", random_state=SEED, max_iter=5000)
    room.fit(Xc, yc, sample_weight=w)
    if list(room.classes_) != sorted(set(y_cat)):
        raise ValueError("the room category head must know the categories of the first head, in its order")
    civic = [i for i, r in enumerate(rows) if r["label"] in CIVIC_LABELS]
    Xs_parts = [X[civic]] + ([X_extra] if X_extra is not None else [])
    Xs = sparse.vstack(Xs_parts).tocsr()
    ys = [1 if rows[i].get("source") == "handwritten" else 0 for i in civic] + [1] * len(y_extra)
    n1 = sum(ys)
    ws = np.array([len(ys) / (2 * n1) if y else len(ys) / (2 * (len(ys) - n1)) for y in ys])
    style = LogisticRegression(C=1.0, solver="liblinear", random_state=SEED, max_iter=2000)
    style.fit(Xs, ys, sample_weight=ws)
    if verbose:
        print(f"room category rows: {len(yc)} ({len(y_extra)} room-category only); style rows: {n1} room, "
              f"{len(ys) - n1} shared")
    return [room.coef_.T, style.coef_.T], [room.intercept_, style.intercept_]


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
        train = [r for r, f in zip(shared, fold_of, strict=False) if f != k] + hand
        m._MODEL = m.IntakeModel.from_npz(fit(train, args))
        for r, f in zip(shared, fold_of, strict=False):
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
