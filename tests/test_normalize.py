"""Text normalisation (moderation/normalize.py): what a resident types, made comparable."""

from __future__ import annotations

from moderation.normalize import normalize, squash_repeats


def test_stretched_letters_are_squashed_and_numbers_kept_as_typed() -> None:
    # a price and a phone number are no stretched word: "1000원" read as "100원" and "7777" as "77" hid ads' numbers
    assert normalize("정말!!!!! 와아아아 1000원 010-7777-1234") == "정말!! 와아아 1000원 010-7777-1234"


def test_the_intake_features_squash_digits_as_the_model_was_trained() -> None:
    assert squash_repeats("1000원", digits=True) == "100원"
    assert squash_repeats("1000원") == "1000원"
