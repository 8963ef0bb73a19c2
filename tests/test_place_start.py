"""A place never starts with a word of the sentence around it (moderation/intake/place_start.py).

Fresh sentences, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.intake.places import find_place


@pytest.mark.parametrize(
    "text, place",
    [
        # a verb's form before the place
        ("주차장 개방한다더니 구청 주차장 아직도 잠겨 있어요", "구청 주차장"),
        # an adverb before the place
        ("그때 시장 앞에서 본 포트홀 아직 그대로예요", "시장 앞"),
        ("매년 시장 뒤 골목이 물에 잠겨요", "시장 뒤 골목"),
        # only a kind of place left: no place
        ("버스가 하루 두 번 들어와예 병원 가기 힘들어예", None),
    ],
)
def test_a_word_of_the_sentence_is_no_part_of_the_place(text: str, place: str | None) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # names that end like a verb's form: a county, a school, a township
        ("보은 터미널 화장실 문이 고장났어요", "보은 터미널 화장실"),
        ("중앙고 정문 앞 가로등이 나갔어요", "중앙고 정문 앞"),
    ],
)
def test_a_name_that_ends_like_a_verb_stays(text: str, place: str) -> None:
    assert find_place(text) == place
