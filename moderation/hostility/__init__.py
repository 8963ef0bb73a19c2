"""Hostility: a scored model of insulting / hateful / abusive language (0..1).

Korean (and mixed) text is scored by the packaged n-gram model; a message written
in English takes the English path (moderation.hostility.english), because the
model never saw English and scores any English sentence near its cut.
"""

from __future__ import annotations

from functools import lru_cache

from moderation.hostility import english
from moderation.hostility.model import HostilityModel


@lru_cache(maxsize=1)
def _model() -> HostilityModel:
    # Loaded on first use, not on import: importing moderation stays cheap.
    return HostilityModel.packaged()


def score(text: str) -> float:
    """Hostility of one message in [0, 1]; 0.5 and above means hostile."""
    if english.is_english(text):
        return english.score(text)
    return _model().score(text)


__all__ = ["HostilityModel", "score"]
