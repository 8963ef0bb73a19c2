"""Duplicate detection, pure: character-bigram similarity and same-place matching."""

from __future__ import annotations

from moderation.similarity import Candidate, best_duplicate, jaccard, ngrams, same_place, text_similarity


def test_ngrams_ignore_spacing_case_punctuation_and_invisible_characters() -> None:
    assert ngrams("가로등 나감!") == ngrams("가로등\u200b나감") == frozenset({"가로", "로등", "등나", "나감"})
    assert ngrams("ABC") == ngrams("a b c")
    assert ngrams("") == frozenset() and ngrams("🙂🙂 !!") == frozenset()
    assert ngrams("길") == frozenset({"길"})  # shorter than n: the text itself


def test_jaccard_of_empty_sets_is_zero() -> None:
    assert jaccard(frozenset(), frozenset()) == 0.0
    assert jaccard(frozenset({"ab"}), frozenset({"ab"})) == 1.0


def test_the_same_problem_in_other_words_is_similar_and_another_problem_is_not() -> None:
    same = text_similarity("과천역 3번출구 앞 가로등이 나갔어요", "과천역 3번출구 가로등 나갔네요")
    other = text_similarity("과천역 3번출구 앞 가로등이 나갔어요", "중앙공원 벤치가 부서졌어요")
    assert same >= 0.4
    assert other < 0.1


def test_same_place_tolerates_spacing_but_not_a_much_wider_place() -> None:
    assert same_place("과천역 3번출구", "과천역 3번 출구")
    assert same_place("별양동", "별양동")
    assert not same_place("과천역", "과천역 3번출구")  # the station is not one of its exits
    assert not same_place("과천역 3번출구", "과천역 7번출구")
    assert not same_place(None, "과천역") and not same_place(None, None) and not same_place("", "")


def test_best_duplicate_matches_by_place_or_by_text() -> None:
    candidates = [
        Candidate(1, "중앙공원 벤치가 부서졌어요", "중앙공원"),
        Candidate(2, "과천역 3번출구 앞 가로등이 나갔어요", "과천역 3번출구"),
    ]
    # same place, different wording
    assert best_duplicate("밤에 너무 어두워요, 불이 안 들어와요", "과천역 3번 출구", candidates) == 2
    # similar text, place unknown
    assert best_duplicate("과천역 3번출구 가로등 나갔네요", None, candidates) == 2
    # neither: a new complaint
    assert best_duplicate("별양동 횡단보도 신호등이 고장났어요", "별양동", candidates) is None
    assert best_duplicate("아무거나", None, []) is None


def test_the_most_similar_candidate_wins_and_ties_go_to_the_earliest() -> None:
    candidates = [
        Candidate(7, "과천역 가로등이 나갔어요", None),
        Candidate(8, "과천역 3번출구 앞 가로등이 나갔어요", None),
        Candidate(9, "과천역 3번출구 앞 가로등이 나갔어요", None),
    ]
    assert best_duplicate("과천역 3번출구 앞 가로등이 나갔어요!!", None, candidates) == 8


def test_the_threshold_decides_for_texts_at_different_places() -> None:
    candidates = [Candidate(1, "과천역 3번출구 앞 가로등이 나갔어요", "과천역 3번출구")]
    similar = "과천역 3번 출구 가로등이 꺼져 있어요 밤에 너무 어두워요"
    score = text_similarity(similar, candidates[0].text)
    assert best_duplicate(similar, "과천역 3번 출구", candidates, text_threshold=0.99) == 1  # the place decides
    assert best_duplicate(similar, None, candidates, text_threshold=score) == 1
    assert best_duplicate(similar, None, candidates, text_threshold=score + 0.01) is None
