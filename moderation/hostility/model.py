"""Inference for the hostility model: a hashed-feature logistic regression.

Pure Python plus numpy: the weights are a sparse vector in a small .npz
shipped inside the package, read once on first use.
"""

from __future__ import annotations

import math
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import numpy as np

from moderation.hostility.features import N_FEATURES, sparse_features

ARTEFACT = Path(__file__).with_name("model.npz")


class HostilityModel:
    """score(text) -> probability-like hostility in [0, 1]; 0.5 is the cut."""

    def __init__(self, weights: np.ndarray, bias: float) -> None:
        if weights.shape != (N_FEATURES,):
            raise ValueError(f"model has {weights.shape[0]} weights, features need {N_FEATURES}")
        self._weights = weights
        self._bias = bias

    @classmethod
    def load(cls, source: BinaryIO | Path) -> "HostilityModel":
        with np.load(source, allow_pickle=False) as npz:
            n = int(npz["n_features"])
            weights = np.zeros(n, dtype=np.float32)
            weights[npz["index"]] = npz["weight"].astype(np.float32)
            return cls(weights, float(npz["bias"]))

    @classmethod
    def from_file(cls, path: Path) -> "HostilityModel":
        with path.open("rb") as f:
            return cls.load(f)

    @classmethod
    def packaged(cls) -> "HostilityModel":
        ref = resources.files("moderation.hostility").joinpath("model.npz")
        with ref.open("rb") as f:
            return cls.load(f)

    def score(self, text: str) -> float:
        if not text or not text.strip():
            return 0.0
        idx, vals = sparse_features(text)
        z = self._bias + float(np.dot(self._weights[idx], np.asarray(vals, dtype=np.float32)))
        # Clamp to keep exp() finite for extreme texts.
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
