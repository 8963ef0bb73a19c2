"""The packaged intake model: loaded once, lazily, with pure numpy inference.

Artefact (`model.npz`, written by training/train_intake.py):

- `vocab`: UTF-8 bytes of the feature strings joined by "\\n" (row i = feature i);
- `weights`: float16 matrix V x H, already multiplied by each feature's idf;
  columns are [detection_1 .. detection_k, kind, category_0 .. category_{C-1}];
- `idf2`: float32 V, the squared idf (for the L2 norm of a text's vector);
- `bias`: float32 H;
- `categories`: the category ids of the category columns, "\\n"-joined bytes;
- `threshold`: calibrated P(report) from which a text is a report (complaint or proposal);
- `detection_heads`: how many of the first columns are detection heads (k);
- `detail_head`: 1 when the last column is the detail head (a reply that only adds
  detail to someone else's report vs a report of its own), else 0;
- `room_heads`: 1 when the category columns are followed by a second category head trained
  with the hand-written room rows weighted up (same category order) and a style head,
  P(the text is written like a room message rather than a petition or board title); from
  that probability `room_gate` on, the room category head decides (training/README.md);
- `calibration`: float64 [a_1 .. a_k, b]: P(report) = sigmoid(a . detection values + b),
  fitted on hand-written room messages held out from the model that scored them
  (training/README.md);
- metadata: `format_version` (int), `feature_version` and `feature_fingerprint` (the
  extractor it was trained with, moderation.intake.features), `shared_data_sha256` and
  `handwritten_sha256` (digests of the training data). A model whose format or feature
  fingerprint differs from this code's is refused at load with IntakeModelMismatch:
  its weights would be read against the wrong features.

A text's vector is binary tf * idf, L2-normalised, exactly as in training, so
score = (sum of weight rows of its features) / sqrt(sum of idf^2) + bias.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

import numpy as np

from .features import FEATURE_VERSION, extract, fingerprint

__all__ = ["Scores", "IntakeModel", "IntakeModelMismatch", "get_model", "ARTEFACT", "FORMAT_VERSION"]

ARTEFACT = "model.npz"
FORMAT_VERSION = 2
REBUILD = "python training/train_intake.py --data <shared data> --out moderation/intake/model.npz"


class IntakeModelMismatch(ValueError):
    """The artefact does not fit this code (another format, or trained on other features)."""


@dataclass(frozen=True)
class Scores:
    p_civic: float  # calibrated P(report)
    p_proposal: float  # P(proposal | civic)
    category_probs: dict[str, float]
    p_detail: float | None = None  # P(only adds detail to a report | text), when the model has the head
    p_room: float | None = None  # P(written like a room message | text), when the model has the room heads


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


class IntakeModel:
    def __init__(self, vocab: list[str], weights: np.ndarray, idf2: np.ndarray, bias: np.ndarray,
                 categories: list[str], threshold: float, calibration: np.ndarray | None = None,
                 meta: dict[str, str] | None = None, detection_heads: int = 1, detail_head: int = 0,
                 room_heads: int = 0, room_gate: float = 0.5) -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.detection_heads = int(detection_heads)
        self.detail_head = int(detail_head)
        self.room_heads = int(room_heads)
        self.room_gate = float(room_gate)
        if calibration is None:  # uncalibrated: the first head's own probability
            calibration = np.array([1.0] + [0.0] * (self.detection_heads - 1) + [0.0])
        self.calibration = np.asarray(calibration, dtype=np.float64)
        self._detection_weights: list[float] = self.calibration[: self.detection_heads].tolist()
        self._detection_bias = float(self.calibration[self.detection_heads])
        self.meta = dict(meta or {})
        # float32 for fast summation; V x H is small (a few MB). The squared idf rides along as the
        # last column, so one gather and one sum give the scores and the norm together.
        self.weights = np.ascontiguousarray(
            np.concatenate([np.asarray(weights, dtype=np.float32), np.asarray(idf2, dtype=np.float32)[:, None]], axis=1)
        )
        self.bias = bias.astype(np.float32)
        self.categories = categories
        self.threshold = float(threshold)

    @classmethod
    def from_npz(cls, data: Mapping[str, np.ndarray], check: bool = True) -> IntakeModel:
        """A model from the arrays of an artefact; with `check`, refuse one that does not fit this code."""
        keys = set(getattr(data, "files", None) or data.keys())

        def text(key: str) -> str:
            return bytes(data[key]).decode("utf-8") if key in keys else ""

        meta = {k: text(k) for k in ("feature_version", "feature_fingerprint", "shared_data_sha256", "handwritten_sha256")}
        meta["format_version"] = str(int(data["format_version"])) if "format_version" in keys else ""
        if check:
            if meta["format_version"] != str(FORMAT_VERSION):
                raise IntakeModelMismatch(
                    f"intake model format {meta['format_version'] or '(none)'} is not this code's {FORMAT_VERSION}; "
                    f"rebuild it: {REBUILD}"
                )
            if meta["feature_fingerprint"] != fingerprint():
                raise IntakeModelMismatch(
                    f"intake model was trained with feature extractor {meta['feature_version'] or '?'} "
                    f"({meta['feature_fingerprint'] or 'no fingerprint'}), this code extracts {FEATURE_VERSION} "
                    f"({fingerprint()}); rebuild it: {REBUILD}"
                )
        vocab = text("vocab").split("\n")
        cats = text("categories").split("\n")
        calibration = np.asarray(data["calibration"]) if "calibration" in keys else None
        heads = int(data["detection_heads"]) if "detection_heads" in keys else 1
        detail = int(data["detail_head"]) if "detail_head" in keys else 0
        room = int(data["room_heads"]) if "room_heads" in keys else 0
        gate = float(data["room_gate"]) if "room_gate" in keys else 0.5
        return cls(vocab, data["weights"], data["idf2"], data["bias"], cats, float(data["threshold"]),
                   calibration, meta, heads, detail, room, gate)

    def indices(self, text: str) -> list[int]:
        index = self.index
        # sorted: a set's order follows the process's string hashing, and float32 sums follow the order, so a message's
        # scores would differ in the last digits from one start to the next
        return sorted(map(index.__getitem__, index.keys() & extract(text)))

    def raw(self, text: str) -> np.ndarray | None:
        """Decision values [detection heads..., kind, categories..., detail], or None when no feature is known."""
        idx = self.indices(text)
        if not idx:
            return None
        total = self.weights.take(idx, axis=0).sum(axis=0)
        scores: np.ndarray = total[:-1] / math.sqrt(float(total[-1])) + self.bias
        return scores

    def scores(self, text: str) -> Scores | None:
        z = self.raw(text)
        if z is None:
            return None
        # In Python floats from here: a message's few dozen values cost numpy more in calls than in sums.
        v: list[float] = z.tolist()
        k = self.detection_heads
        n_cat = len(self.categories)
        cat = v[k + 1 : k + 1 + n_cat]
        p_room = None
        if self.room_heads:
            p_room = _sigmoid(v[k + 1 + 2 * n_cat])
            if p_room >= self.room_gate:  # written like a room message: the room category head decides
                cat = v[k + 1 + n_cat : k + 1 + 2 * n_cat]
        top = max(cat)
        exps = [math.exp(c - top) for c in cat]
        norm = math.fsum(exps)
        det = math.fsum(a * b for a, b in zip(self._detection_weights, v[:k], strict=True)) + self._detection_bias
        return Scores(
            p_civic=_sigmoid(det),
            p_proposal=_sigmoid(v[k]),
            category_probs={c: e / norm for c, e in zip(self.categories, exps, strict=True)},
            p_detail=_sigmoid(v[-1]) if self.detail_head else None,
            p_room=p_room,
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
