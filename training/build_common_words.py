"""Build moderation/intake/common_words.json: the Korean words residents use every day, so that a word outside it
(a landmark's own name: "두물머리", "궁남지", "양강섬") can be told apart by the place guess (place_spans.py).

    python training/build_common_words.py --data ../shared/data > moderation/intake/common_words.json

Words: every Hangul word of two syllables or more, without its particle, in the form the guess looks them up
(place_spans.everyday_key), in the public texts (complaint.train, chatstyle, toxic.train), the team's room files and
the outside sets the place models are trained on, with each row's labelled place cut out first. A word seen at least
twice is common, unless writers put it in places at least as often. Deterministic, so two builds compare equal. (The
outside sets' own words make the leave-writers-out figure of train_place_spans.py a little kind to the sets held out:
an everyday word of theirs is known. Without them, everyday words the smaller list lacked, "예정대로", "오른", were taken
for names.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from moderation.intake.place_spans import everyday_key  # noqa: E402

MIN_COUNT = 2


def words(text: str, place: str | None = None) -> list[str]:
    """The Hangul words of `text` without their particles, its labelled `place` cut out."""
    if place:  # (with the particle on its last word: "주차장에서")
        text = re.sub(re.escape(place) + r"\S*", " ", text)
    return [key for key in map(everyday_key, text.split()) if key is not None]


def build(data: Path) -> list[str]:
    seen: Counter[str] = Counter()
    for name in ("complaint.train.jsonl", "chatstyle.jsonl", "toxic.train.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            seen.update(words(json.loads(line)["text"]))
    in_places: Counter[str] = Counter()
    for path in _room_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if isinstance(row.get("text"), str):
                seen.update(words(row["text"], row.get("place")))
                if row.get("place"):
                    in_places.update(words(row["place"]))
    # (a word writers put in places at least as often as elsewhere is a name, though its set chats about it too:
    # "요즘 궁남지 많이 예뻐졌어요")
    return sorted(w for w, n in seen.items() if n >= MIN_COUNT and n > in_places[w])


def _room_files() -> list[Path]:
    """The team's room files and the outside sets the place models are trained on (train_place_ends.PLACE_SETS): not
    the sets kept for scores."""
    from training.train_place_ends import PLACE_SETS

    team = [p for p in sorted((REPO / "training").glob("room_*.jsonl")) if not p.name.startswith("room_blind_")]
    return team + [REPO / "training" / f"room_blind_{city}.jsonl" for city in PLACE_SETS]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data directory")
    args = parser.parse_args()
    json.dump(build(args.data), sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
