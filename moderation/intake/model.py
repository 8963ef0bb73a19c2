"""The packaged intake model: loaded once, lazily, with pure numpy inference.

Artefact (`model.npz`, written by training/train_intake.py):

- `vocab`: UTF-8 bytes of the feature strings joined by "\\n" (row i = feature i);
- `weights`: float16 matrix V x H, already multiplied by each feature's idf;
  columns are [detection, kind, category_0 .. category_{C-1}];
- `idf2`: float32 V, the squared idf (for the L2 norm of a text's vector);
- `bias`: float32 H;
- `categories`: the category ids of the category columns, "\\n"-joined bytes;
- `threshold`: detection probability above which a text is civic.

A text's vector is binary tf * idf, L2-normalised, exactly as in training, so
score = (sum of weight rows of its features) / sqrt(sum of idf^2) + bias.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np

from .features import extract

__all__ = ["Scores", "IntakeModel", "get_model", "ARTEFACT"]

ARTEFACT = "model.npz"


@dataclass(frozen=True)
class Scores:
    p_civic: float
    p_proposal: float  # P(proposal | civic)
    category_probs: dict[str, float]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + np.exp(-x))
    e = np.exp(x)
    return e / (1.0 + e)


class IntakeModel:
    def __init__(self, vocab: list[str], weights: np.ndarray, idf2: np.ndarray, bias: np.ndarray,
                 categories: list[str], threshold: float) -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        # float32 for fast summation; V x H is small (a few MB)
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.idf2 = idf2.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.categories = categories
        self.threshold = float(threshold)

    @classmethod
    def from_npz(cls, data) -> "IntakeModel":
        vocab = bytes(data["vocab"]).decode("utf-8").split("\n")
        cats = bytes(data["categories"]).decode("utf-8").split("\n")
        return cls(vocab, data["weights"], data["idf2"], data["bias"], cats, float(data["threshold"]))

    def indices(self, text: str) -> list[int]:
        get = self.index.get
        return [i for i in map(get, extract(text)) if i is not None]

    def raw(self, text: str) -> np.ndarray | None:
        """Decision values [detection, kind, categories...], or None when no feature is known."""
        idx = self.indices(text)
        if not idx:
            return None
        norm = float(np.sqrt(self.idf2[idx].sum()))
        return self.weights[idx].sum(axis=0) / norm + self.bias

    def scores(self, text: str) -> Scores | None:
        z = self.raw(text)
        if z is None:
            return None
        cat = z[2:].astype(np.float64)
        cat = np.exp(cat - cat.max())
        cat /= cat.sum()
        return Scores(
            p_civic=float(_sigmoid(float(z[0]))),
            p_proposal=float(_sigmoid(float(z[1]))),
            category_probs={c: float(p) for c, p in zip(self.categories, cat)},
        )


_MODEL: IntakeModel | None = None
_LOCK = threading.Lock()


def get_model() -> IntakeModel:
    """The packaged model, loaded on first use."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                ref = resources.files(__package__).joinpath(ARTEFACT)
                with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
                    _MODEL = IntakeModel.from_npz(data)
    return _MODEL
