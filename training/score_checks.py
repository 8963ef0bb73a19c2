"""Score the blind checks of the thirteenth and fourteenth sessions (training/README.md, "Thirteenth session", "Fourteenth session").

    python training/score_checks.py

`check_ads_blind*.jsonl` (the third, fourth and fifth scored at the start and the end of a session and not read
before; the fourth and fifth were written from training/ads_brief.md): reports carrying the writer's own
business ("ad": true) and honest messages naming shops, prices and numbers ("ad": false), written by helpers who saw
none of the team's data. Prints, per file, how many ads the house rules catch (the commercial rule) and how many would
still be filed, and how many honest rows are flagged.
`check_ads_writers3.jsonl`: 720 more rows of training/ads_brief.md by six more writers, held out from the ad-in-report
head (trained on it too, the head caught no more of the unread checks), scored before and after without being read.
`check_places_blind.jsonl`: reports with the place a clerk would copy; prints how many places the finder gets exactly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.decision import Outcome, decide  # noqa: E402
from moderation.intake.places import find_place  # noqa: E402

HERE = Path(__file__).resolve().parent


def _rows(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ads(name: str) -> str:
    caught = filed = flagged = n_ads = n_honest = 0
    for row in _rows(name):
        decision = decide(row["text"])
        commercial = "commercial" in decision.rules
        if row["ad"]:
            n_ads += 1
            caught += commercial
            filed += decision.outcome is Outcome.FILE
        else:
            n_honest += 1
            flagged += commercial
    return f"{name}: ads {n_ads}, caught {caught}, filed {filed}; honest {n_honest}, flagged {flagged}"


def places(name: str) -> str:
    labelled = [row for row in _rows(name) if row.get("place")]
    exact = sum(find_place(row["text"]) == row["place"] for row in labelled)
    return f"{name}: places {len(labelled)}, exact {exact} ({exact / len(labelled):.3f})"


if __name__ == "__main__":
    print(ads("check_ads_blind.jsonl"))
    print(ads("check_ads_blind2.jsonl"))
    print(ads("check_ads_blind3.jsonl"))
    print(ads("check_ads_blind4.jsonl"))
    print(ads("check_ads_blind5.jsonl"))
    print(ads("check_ads_writers3.jsonl"))
    print(places("check_places_blind.jsonl"))
