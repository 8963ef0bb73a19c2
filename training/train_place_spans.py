"""Train the guess of a place where the patterns find none (moderation/intake/place_spans.json; the model is
described in place_spans.py).

    python training/train_place_spans.py [--out moderation/intake/place_spans.json] [--cv]

Rows: every report of the outside room sets in train_place_ends.PLACE_SETS for which the patterns find no place
(place_by_patterns). Each candidate run of words (place_spans.candidates) is a row, positive when it is the labelled
place; reports labelled without a place teach that none of their runs is one. One logistic regression (lbfgs, C = 1)
on binary features seen in at least two rows. Deterministic, so two builds compare equal. `--cv` prints, for a few
thresholds, what the sets in five fixed folds gain, each scored by a model trained on the other four.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from moderation.intake.place_spans import Span, best_guess, candidates  # noqa: E402
from moderation.intake.places import place_by_patterns  # noqa: E402
from moderation.redaction import redact  # noqa: E402
from training import linear_weights  # noqa: E402
from training.train_place_ends import MAX_CHARS, PLACE_SETS  # noqa: E402

C = 1.0  # leave-writers-out at matched spurious places: C = 0.3 and 3 found no more
OUT = REPO / "moderation" / "intake" / "place_spans.json"

Example = tuple[str | None, list[Span]]


def examples(city: str) -> list[Example]:
    """(the labelled place or None, the candidates) for every report of a set whose place the patterns miss."""
    out: list[Example] = []
    for line in (REPO / "training" / f"room_blind_{city}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("label") not in ("complaint", "proposal"):
            continue
        text = redact(row["text"])[:MAX_CHARS]
        if place_by_patterns(text):
            continue
        gold = " ".join(row["place"].split()) if row.get("place") else None
        out.append((gold, candidates(text)))
    return out


def fit(data: list[Example]) -> tuple[dict[str, float], float]:
    return linear_weights.fit(((s.features, s.text == gold) for gold, spans in data for s in spans), C)


def _overlap(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a in b or b in a


def cross_validate(by_set: dict[str, list[Example]]) -> None:
    sets = sorted(by_set)
    folds = [sets[i::5] for i in range(5)]
    guesses: list[tuple[str | None, float, str | None]] = []
    for fold in folds:
        weights, bias = fit([e for s in sets if s not in fold for e in by_set[s]])
        guesses += [(gold, *best_guess(spans, weights, bias)) for s in fold for gold, spans in by_set[s]]
    placed = sum(gold is not None for gold, _, _ in guesses)
    print(f"leave-writers-out over {len(sets)} sets: {placed} reports with a place the patterns miss, "
          f"{len(guesses) - placed} reports without one")
    for threshold in (0.2, 0.3, 0.4, 0.5):
        taken = [(gold, guess) for gold, p, guess in guesses if p >= threshold and guess is not None]
        exact = sum(gold == guess for gold, guess in taken)
        part = sum(gold is not None and gold != guess and _overlap(gold, guess) for gold, guess in taken)
        spurious = sum(gold is None for gold, _ in taken)
        print(f"  threshold {threshold}: exact {exact}, in part {part}, elsewhere {len(taken) - exact - part - spurious}, "
              f"a place on a report without one {spurious}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args()
    by_set = {city: examples(city) for city in PLACE_SETS}
    if args.cv:
        cross_validate(by_set)
    weights, bias = fit([e for city in PLACE_SETS for e in by_set[city]])
    assert math.isfinite(bias)
    linear_weights.write(args.out, weights, bias)
    print(f"{sum(map(len, by_set.values()))} reports from {len(PLACE_SETS)} sets; {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
