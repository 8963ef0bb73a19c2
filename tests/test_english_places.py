"""Places in English reports: the phrase that locates the problem, as outside writers of English reports mark it
(moderation/intake/english_places.py)."""

from __future__ import annotations

import pytest

from moderation.intake import classify
from moderation.intake.english_places import is_english
from moderation.intake.places import find_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a relational word before the place belongs to it, a spot before the relational word does not
        ("The pavement near Jeonggwan Station exit 2 has caved in", "near Jeonggwan Station exit 2"),
        ("Weeds have covered the crosswalk in front of Okjeong Middle School", "in front of Okjeong Middle School"),
        # a home located by a relational word, kept whole
        ("The streetlight outside my studio in Hwamyeong-dong has been off since Friday",
         "outside my studio in Hwamyeong-dong"),
        ("A burst pipe is flooding the lane behind our villa in Sinpyeong-dong", "behind our villa in Sinpyeong-dong"),
        # a chain of relations, kept whole
        ("Rubbish piles up behind the bakery near Yeonsan Station every weekend", "behind the bakery near Yeonsan Station"),
        ("There is no crosswalk in front of the day care on Suyeong-ro", "in front of the day care on Suyeong-ro"),
        # "the" before a name is kept; "at", "in" and "on" are not
        ("The bins at the Dalmaji Park entrance are overflowing", "the Dalmaji Park entrance"),
        ("Cars speed all night on the Gwangan-ro stretch", "the Gwangan-ro stretch"),
        # a Korean name keeps the English kind after it
        ("The benches along the 온천천 walking path are all broken", "the 온천천 walking path"),
        # a name the patterns do not know, located by a relational word
        ("Water keeps leaking from a pipe near DGIST, please send someone", "near DGIST"),
        ("A dead cat is lying by the 금정역 entrance", "the 금정역 entrance"),
    ],
)
def test_an_english_report_keeps_the_phrase_that_locates_it(text: str, place: str) -> None:
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # the town itself, or a campus only named as where the writer studies: no place is guessed
        "Why is there no pharmacy open after 10pm in Gimhae?",
        "Could the city add English bus announcements? Many students at Inje ride them",
        "Please open the library on Sundays, students need it",
    ],
)
def test_a_bare_name_is_not_guessed_for_a_place(text: str) -> None:
    assert find_place(text) is None


def test_korean_reports_with_latin_letters_are_not_english() -> None:
    assert not is_english("LH 임대아파트 3단지 앞 CCTV 고장났어요")
    assert is_english("The streetlight near 홍성역 exit 1 is out")


def test_the_intake_files_the_english_place() -> None:
    # as the room shows it: the filed report carries the whole locating phrase
    result = classify("The manhole cover next to the bus stop near Gupo Market is missing, someone will fall in")
    assert result.kind == "complaint"
    assert result.place == "next to the bus stop near Gupo Market"
