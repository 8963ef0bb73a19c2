"""Inference for the hostility model: a hashed-feature logistic regression.

Pure Python plus numpy: the weights are a sparse vector in a small .npz
shipped inside the package, read once on first use.
"""

from __future__ import annotations

import math
from importlib import resources
from pathlib import Path
from typing import IO

import numpy as np

from moderation.hostility.features import FEATURES_VERSION, N_FEATURES, sparse_features

ARTEFACT = Path(__file__).with_name("model.npz")
# Layout of model.npz: index, weight, bias, n_features, and the metadata below.
FORMAT_VERSION = 2


class ModelMismatch(ValueError):
    """The artefact was made for another format or feature extractor than the code that loads it."""


class HostilityModel:
    """score(text) -> probability-like hostility in [0, 1]; 0.5 is the cut.

    The artefact carries `format_version`, `features_version` (moderation.hostility.features)
    and `training_sha256` (of the training inputs and settings, see training/train_hostility.py);
    loading checks the first two and refuses a mismatch with the reason.
    """

    def __init__(self, weights: np.ndarray, bias: float, training_sha256: str = "") -> None:
        if weights.shape != (N_FEATURES,):
            raise ValueError(f"model has {weights.shape[0]} weights, features need {N_FEATURES}")
        self._weights = weights
        self._bias = bias
        self.training_sha256 = training_sha256

    @classmethod
    def load(cls, source: IO[bytes] | Path) -> HostilityModel:
        with np.load(source, allow_pickle=False) as npz:
            check_metadata(npz)
            n = int(npz["n_features"])
            weights = np.zeros(n, dtype=np.float32)
            weights[npz["index"]] = npz["weight"].astype(np.float32)
            return cls(weights, float(npz["bias"]), str(npz["training_sha256"]))

    @classmethod
    def from_file(cls, path: Path) -> HostilityModel:
        with path.open("rb") as f:
            return cls.load(f)

    @classmethod
    def packaged(cls) -> HostilityModel:
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


def check_metadata(npz) -> None:  # type: ignore[no-untyped-def]
    """Raise ModelMismatch unless the artefact's format and feature versions are this code's."""
    if "format_version" not in npz.files:
        raise ModelMismatch("hostility model: the artefact has no metadata (format 1); retrain it with "
                            "training/train_hostility.py")
    found = int(npz["format_version"])
    if found != FORMAT_VERSION:
        raise ModelMismatch(f"hostility model: artefact format {found}, this code reads format {FORMAT_VERSION}; "
                            "retrain it with training/train_hostility.py")
    features = int(npz["features_version"])
    if features != FEATURES_VERSION:
        raise ModelMismatch(f"hostility model: trained on feature extractor version {features}, the code extracts "
                            f"version {FEATURES_VERSION} (moderation/hostility/features.py); retrain it with "
                            "training/train_hostility.py")
