"""Train the hostility model and write moderation/hostility/model.npz.

    python training/train_hostility.py --train ../shared/data/toxic.train.jsonl \
        --valid ../shared/data/toxic.valid.jsonl \
        --extra-clean ../shared/data/complaint.train.jsonl \
        --room training/hostility_room.jsonl

Features come from moderation.hostility.features (the same code that runs in
the bot); scikit-learn only fits the weights. Deterministic: fixed seeds, a
fixed fold split, a fixed sample of the extra clean rows, and an artefact written
byte for byte the same (fixed zip timestamps). The artefact records its format,
the feature extractor's version and the sha256 of the training inputs and
settings; `--check` recomputes that sha256 and compares it with the shipped
artefact's without training.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sys
import zipfile
from pathlib import Path

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # scipy and scikit-learn come with the `train` extra; `--check` and the tests need neither
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.hostility.evaluation import evaluate, format_report  # noqa: E402
from moderation.hostility.features import FEATURES_VERSION, N_FEATURES, sparse_features  # noqa: E402
from moderation.hostility.model import ARTEFACT, FORMAT_VERSION, HostilityModel  # noqa: E402

SEED = 20261122
C = 6.0
# Civic text (complaints, proposals) is never hostile by label, however angry:
# a sample teaches the model that "방치", "민원", "왜 안 고쳐" are not insults.
EXTRA_CLEAN_N = 1500
EXTRA_CLEAN_WEIGHT = 0.5
# Hand-written room messages (training/hostility_room.jsonl): contempt for officials by role and for
# groups without a swear word (toxic), swearing at a situation and firm criticism (clean). Few rows,
# so each weighs like several comments.
ROOM_WEIGHT = 2.0


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def to_matrix(texts: list[str]) -> csr_matrix:
    from scipy.sparse import csr_matrix

    indices: list[int] = []
    data: list[float] = []
    indptr = [0]
    for text in texts:
        idx, vals = sparse_features(text)
        indices.extend(idx)
        data.extend(vals)
        indptr.append(len(indices))
    return csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices), np.asarray(indptr)),
                      shape=(len(texts), N_FEATURES))


def fit(X: csr_matrix, y: np.ndarray, weights: np.ndarray) -> tuple[LogisticRegression, np.ndarray]:
    """Fit NB-LR; return the model and the per-feature log-count ratios."""
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    # NB-LR (Wang & Manning 2012): scale each feature by its log-count ratio
    # between hostile and clean rows before fitting. The scale folds into the
    # shipped weights (w_eff = r * w), so inference is unchanged.
    present = (X > 0).astype(np.float64)
    pos = np.asarray(present[y == 1].sum(axis=0)).ravel() + 1.0
    neg = np.asarray(present[y == 0].sum(axis=0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    model.fit((X @ diags(ratio)).tocsr(), y, sample_weight=weights)
    return model, ratio


def training_sha256(paths: list[Path]) -> str:
    """sha256 over the training inputs (name and bytes, in order) and the settings that shape the model."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    settings = {"seed": SEED, "C": C, "extra_clean_n": EXTRA_CLEAN_N, "extra_clean_weight": EXTRA_CLEAN_WEIGHT,
                "room_weight": ROOM_WEIGHT, "features_version": FEATURES_VERSION, "format_version": FORMAT_VERSION}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()


def write_artefact(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez_compressed, but byte for byte the same on every run (np.savez stamps the current time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, required=True)
    ap.add_argument("--valid", type=Path, help="report scores on this file (never used for fitting)")
    ap.add_argument("--extra-clean", type=Path, help="complaint.train.jsonl: civic rows added as clean")
    ap.add_argument("--room", type=Path, help="training/hostility_room.jsonl: hand-written room messages")
    ap.add_argument("--out", type=Path, default=ARTEFACT)
    ap.add_argument("--check", action="store_true", help="only compare the inputs' sha256 with the artefact's")
    args = ap.parse_args(argv)

    inputs = [p for p in (args.train, args.extra_clean, args.room) if p is not None]
    digest = training_sha256(inputs)
    if args.check:
        recorded = HostilityModel.from_file(args.out).training_sha256
        print(f"inputs {digest}\nmodel  {recorded}\n{'same' if recorded == digest else 'DIFFERENT: retrain'}")
        return 0 if recorded == digest else 1

    rows = [r for r in read_jsonl(args.train) if r["label"] in ("toxic", "clean")]
    texts = [r["text"] for r in rows]
    y = np.array([r["label"] == "toxic" for r in rows], dtype=int)
    weights = np.ones(len(rows))
    if args.extra_clean:
        civic = [r["text"] for r in read_jsonl(args.extra_clean) if r["label"] in ("complaint", "proposal")]
        random.Random(SEED).shuffle(civic)
        civic = civic[:EXTRA_CLEAN_N]
        texts += civic
        y = np.concatenate([y, np.zeros(len(civic), dtype=int)])
        weights = np.concatenate([weights, np.full(len(civic), EXTRA_CLEAN_WEIGHT)])
    if args.room:
        room = [r for r in read_jsonl(args.room) if r["label"] in ("toxic", "clean")]
        texts += [r["text"] for r in room]
        y = np.concatenate([y, np.array([r["label"] == "toxic" for r in room], dtype=int)])
        weights = np.concatenate([weights, np.full(len(room), ROOM_WEIGHT)])

    from scipy.sparse import diags
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    X = to_matrix(texts)
    # Pick the decision threshold on out-of-fold predictions of the training
    # data only (the NB ratios are recomputed inside each fold, so no label
    # leaks), then move the intercept so that threshold lands on 0.5 (the
    # contract: score >= 0.5 means hostile).
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    oof = np.zeros(len(y))
    for fit_idx, held_idx in folds.split(X, y):
        fold_model, fold_ratio = fit(X[fit_idx], y[fit_idx], weights[fit_idx])
        oof[held_idx] = fold_model.predict_proba((X[held_idx] @ diags(fold_ratio)).tocsr())[:, 1]
    grid = np.arange(0.25, 0.66, 0.01)
    # The threshold is chosen on the toxic file's rows only: the civic and room rows shape the
    # weights, the cut keeps the meaning it has on comments like the ones scored in toxic.valid.
    scored = slice(0, len(rows))
    f1s = [f1_score(y[scored], oof[scored] >= t) for t in grid]
    best = float(grid[int(np.argmax(f1s))])
    print(f"threshold from 5-fold CV on the toxic training rows: {best:.2f} (CV F1 {max(f1s):.3f})")

    model, ratio = fit(X, y, weights)
    coef = (model.coef_[0] * ratio).astype(np.float32)
    bias = float(model.intercept_[0] - np.log(best / (1 - best)))
    # Weights of features never seen in training are exactly zero: drop them.
    nz = np.flatnonzero(np.abs(coef) > 1e-4)
    write_artefact(args.out, {
        "index": nz.astype(np.int32), "weight": coef[nz].astype(np.float16), "bias": np.float32(bias),
        "n_features": np.int64(N_FEATURES), "format_version": np.int64(FORMAT_VERSION),
        "features_version": np.int64(FEATURES_VERSION), "training_sha256": np.str_(digest),
    })
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(nz)} weights, "
          f"sha256 {hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]}…, training inputs {digest[:16]}…)")

    if args.valid:
        scorer = HostilityModel.from_file(args.out)
        valid = read_jsonl(args.valid)
        report = evaluate(valid, scorer=scorer.score)
        print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
