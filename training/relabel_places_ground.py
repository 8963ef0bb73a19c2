"""Relabel hand-written room rows to the place convention of issue 12 item 6 (second round).

The ground a problem sits on after a place (a spot across 앞/옆/뒤/건너편 ..., a path, a stretch, a
named bridge on a road; in English the spot before "of/behind/near X" and what locates X after it)
is now part of the place. A row whose labelled place stops right where that ground starts is
relabelled to the whole span, as `moderation.intake.places` grows it; no other row is touched.

    python training/relabel_places_ground.py training/room_patterns.jsonl training/room_messages.jsonl

Prints what changed per file. Never run on the validation files (room_valid*.jsonl).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from moderation.intake import places


def whole_span(text: str, place: str) -> str:
    """`place` grown over the ground that follows (or, in English, surrounds) it in `text`."""
    start = text.find(place)
    if start < 0:
        return place
    end = start + len(place)
    if place[:1].isascii() and place[:1].isalpha():
        return places._english_whole(text, start, end, place)
    # a spot the finder grew over before this convention (재활용장, 후문, 보조경기장 ...) that the label leaves
    # out was left out on purpose: not this relabelling's business, unless it is ground ("보건소 주차장")
    old_spot = places._EXTEND.match(text, end) or places._NAME_THEN_SPOT.match(text, end)
    if old_spot and not places._GROUND_NEXT.match(text, end):
        return place
    dong = len(place.split()) == 1 and places._DISTRICT_END.search(place) is not None
    grown = places._grow(text, start, end, dong)
    return text[start:grown].strip() if grown > end else place


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        if "valid" in path.name:
            raise SystemExit(f"{path}: validation files keep their labels")
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        changed = 0
        for row in rows:
            place = row.get("place")
            if not place:
                continue
            new = whole_span(row["text"], place)
            if new != place:
                print(f"  {place!r} -> {new!r}")
                row["place"] = new
                changed += 1
        labelled = sum(1 for r in rows if r.get("place"))
        print(f"{path}: {changed} of {labelled} labelled places relabelled")
        if changed:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
