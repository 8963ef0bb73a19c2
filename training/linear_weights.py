"""A logistic regression over named binary features, kept as a dict of weights (the place models' training).

The place models of moderation/intake (place_ends.json, place_spans.json) are read as {"bias": b, "weights": {name:
w}}: a feature's weight is added when the feature is present. `fit` trains one from rows of feature names and a
label; `write` stores it so that two builds compare equal.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np


def fit(rows: Iterable[tuple[Iterable[str], bool]], c: float, min_count: int = 2) -> tuple[dict[str, float], float]:
    """(weights, bias) of a logistic regression (lbfgs, `c`) on every feature seen in `min_count` rows or more."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    named = [(set(names), positive) for names, positive in rows]
    seen = Counter(f for names, _ in named for f in names)
    vocab = sorted(f for f, n in seen.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    cells = [(r, index[f]) for r, (names, _) in enumerate(named) for f in names if f in index]
    x = csr_matrix((np.ones(len(cells)), ([r for r, _ in cells], [k for _, k in cells])), shape=(len(named), len(vocab)))
    y = np.array([positive for _, positive in named], dtype=int)
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    weights = {f: round(float(w), 4) for f, w in zip(vocab, model.coef_[0], strict=True) if round(float(w), 4) != 0.0}
    return weights, round(float(model.intercept_[0]), 4)


def write(path: Path, weights: dict[str, float], bias: float) -> None:
    """Store a model as the moderation/intake loaders read it, its weights sorted by name."""
    path.write_text(json.dumps({"bias": bias, "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=0)
                    + "\n", encoding="utf-8")
