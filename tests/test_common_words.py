"""The everyday words the place guess knows (training/build_common_words.py -> moderation/intake/common_words.json)."""

from __future__ import annotations

import json
from pathlib import Path

from training.build_common_words import words as words_of

ROOT = Path(__file__).resolve().parents[1]


def test_a_rows_words_are_read_without_their_particles_and_its_place_cut_out() -> None:
    words = words_of("두물머리 주차장에서 쓰레기를 버려요 ㅠㅠ", place="두물머리 주차장")
    assert words == ["쓰레기", "버려요"]


def test_the_packaged_list_holds_everyday_words_and_no_landmark_of_an_outside_set() -> None:
    common = set(json.loads((ROOT / "moderation" / "intake" / "common_words.json").read_text(encoding="utf-8")))
    assert len(common) > 10_000
    assert {"주말", "화장실", "쓰레기", "놀이터", "예정"} <= common
    # names the outside writers labelled as places are cut out before counting
    assert not {"두물머리", "양강섬", "궁남지"} & common
