"""The hostility model: contract, clear cases, evaluation code, and its scores on real data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from moderation.hostility import score
from moderation.hostility.evaluation import HostilityReport, evaluate, format_report

REPO = Path(__file__).resolve().parents[1]
TARGET_OVERALL = 0.82
TARGET_PER_SOURCE = 0.75
# What the shipped model reaches today (see training/README_hostility.md), less
# a margin: a retrain that makes it clearly worse fails here.
FLOOR_OVERALL = 0.70
FLOOR_PER_SOURCE = 0.65


def _valid_file() -> Path | None:
    env = os.environ.get("SOTONG_SHARED_DATA")
    base = Path(env) if env else REPO.parent / "shared" / "data"
    path = base / "toxic.valid.jsonl"
    return path if path.is_file() else None


@pytest.fixture(scope="module")
def valid_report() -> HostilityReport:
    path = _valid_file()
    if path is None:
        pytest.skip("toxic.valid.jsonl not found (set SOTONG_SHARED_DATA or put shared/data beside the repo)")
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    report = evaluate(rows)
    print("\n" + format_report(report))
    return report


def test_score_is_a_probability_and_deterministic() -> None:
    for text in ["", "   ", "안녕하세요", "ㅅㅂ", "a" * 5000]:
        value = score(text)
        assert 0.0 <= value <= 1.0
        assert score(text) == value
    assert score("") == 0.0


@pytest.mark.parametrize("text", ["담당자 개새끼야", "ㅅㅂ 병신들", "닥쳐 이 한심한 놈아", "시1발 꺼져라", "니애미 ㅋㅋ"])
def test_clear_insults_score_hostile(text: str) -> None:
    assert score(text) >= 0.5


@pytest.mark.parametrize("text", [
    "어제 제설 빨리 해주셔서 감사해요",
    "오늘 쓰레기 수거일인가요?",
    "다자녀 기준을 2자녀로 낮춰 주세요",
    "OO사거리 가로등이 나갔어요",
    "이 동네 주차 문제 심각합니다 대책 세워주세요",
    "아 진짜 이 도로 몇 달째 방치냐 너무하네",
])
def test_room_talk_and_angry_complaints_score_calm(text: str) -> None:
    assert score(text) < 0.5


def test_disguised_swearing_scores_like_plain() -> None:
    assert score("시\u200b발 진짜") >= 0.5
    assert score("ㅅㅣㅂㅏㄹ 진짜") >= 0.5


def test_evaluation_counts_and_leaves_borderline_out() -> None:
    rows = [
        {"text": "a", "label": "toxic", "source": "s1"},
        {"text": "b", "label": "clean", "source": "s1"},
        {"text": "c", "label": "toxic", "source": "s2"},
        {"text": "d", "label": "borderline", "source": "s2"},
    ]
    fake = {"a": 0.9, "b": 0.6, "c": 0.1, "d": 0.9}
    report = evaluate(rows, scorer=fake.__getitem__)
    assert report.skipped_borderline == 1
    assert report.per_source["s1"].precision == 0.5 and report.per_source["s1"].recall == 1.0
    assert report.per_source["s2"].f1 == 0.0
    assert report.overall.n == 3 and report.overall.positives == 2
    assert abs(report.overall.f1 - 0.5) < 1e-9
    text = format_report(report)
    assert "OVERALL" in text and "s2" in text and "borderline rows left out: 1" in text


def test_valid_scores_stay_above_the_floor(valid_report: HostilityReport) -> None:
    assert valid_report.overall.f1 >= FLOOR_OVERALL, format_report(valid_report)
    for name, s in valid_report.per_source.items():
        assert s.f1 >= FLOOR_PER_SOURCE, f"{name}: {s.f1:.3f}\n{format_report(valid_report)}"


# Known gap, issue open: the model is below the targets. strict: once a retrain meets them,
# this XPASSes, fails the run, and the marker must come off.
@pytest.mark.xfail(reason="the shipped model is below the issue's targets (about 0.72 overall, 0.68-0.78 per "
                          "source): see training/README_hostility.md", strict=True)
def test_valid_scores_meet_the_issue_targets(valid_report: HostilityReport) -> None:
    assert valid_report.overall.f1 >= TARGET_OVERALL, format_report(valid_report)
    for name, s in valid_report.per_source.items():
        assert s.f1 >= TARGET_PER_SOURCE, f"{name}: {s.f1:.3f}\n{format_report(valid_report)}"


def test_the_word_memo_never_changes_features_or_scores(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from moderation.hostility import features

    texts = ["시 1 발 진짜 너무하네", "가로등이 나갔어요 가로등이", "ㅋㅋㅋ 맞아요", "tlqkf 뭐하는 거야", "새끼 고양이가 있어요"]
    features._forget()
    cold = [(features.sparse_features(t), score(t)) for t in texts]
    warm = [(features.sparse_features(t), score(t)) for t in texts]
    assert warm == cold
    # the grams of each word, as the model was trained on them, whatever the memo holds
    idx, _ = features.sparse_features("가로등")
    assert idx[:3] == [features._bucket("c" + g) for g in (" ", "가", "로")]
    monkeypatch.setattr(features, "_MEMO_LIMIT", 2)  # a full memo starts over
    assert [(features.sparse_features(t), score(t)) for t in texts] == cold
    assert all(len(words) <= 3 for words in features._memo.values())


# ---------------------------------------------------------------- English (issue 12)
ORDINARY_ENGLISH = [
    "Hi all, I run a small English tutoring class near the station. First lesson free!",
    "Please vote for Park on June 3rd, she cares about our schools",
    "Don't re-elect the current mayor, he did nothing in four years",
    "Does anyone know if the community center is open during the holidays?",
    "Thanks for fixing the crosswalk light so quickly",
    "The bus stop near my building has no shelter, it gets really cold",
    "My kids loved the fireworks last night haha",
    "Where do I register my dog with the city?",
    "Welcome to the neighbourhood, hope you like it here",
    "Is the swimming pool crowded on weekends?",
    "I disagree, the old bus route was better for the elderly",
    "The garbage truck skipped our street again, this is such bullshit",
    "Damn, it's freezing today",
    "This heat is killing me",
    "What a stupid idea to close the park at night",
    "lol same here",
]


@pytest.mark.parametrize("text", ORDINARY_ENGLISH)
def test_ordinary_english_is_not_hostile(text: str) -> None:
    # The n-gram model never saw English: English messages take the English path.
    assert score(text) < 0.5


@pytest.mark.parametrize("text", [
    "You are an idiot, nobody asked for your opinion",
    "Shut up, moron",
    "These lazy bureaucrats at city hall are useless parasites",
    "The mayor is a joke",
    "Foreigners are ruining this neighbourhood, get out",
    "I know where you live",
    "what a loser",
    "you r such a clown",
])
def test_english_insults_threats_and_hate_are_hostile(text: str) -> None:
    assert score(text) >= 0.5


def test_which_path_a_message_takes() -> None:
    from moderation.hostility.english import is_english

    assert is_english("Is the library open today?")
    assert is_english("The bus to 과천 is late")  # a place name in Hangul does not make it Korean
    assert not is_english("과천역 가로등이 나갔어요 ㅠㅠ")
    assert not is_english("tlqkf 너 진짜")
    assert not is_english("👍👍")
    # romanised Korean swearing in Latin letters is read through the Korean lexicon
    assert 0.0 < score("sibal") < 0.5 and score("byungsin") >= 0.5


# ---------------------------------------------------------------- the artefact's metadata (issue 13 item 8)
def _rewrite(tmp_path: Path, **changes: object) -> Path:
    import numpy as np

    from moderation.hostility.model import ARTEFACT

    with np.load(ARTEFACT, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    for name, value in changes.items():
        if value is None:
            arrays.pop(name)
        else:
            arrays[name] = np.asarray(value)
    out = tmp_path / "model.npz"
    np.savez_compressed(out, **arrays)
    return out


def test_the_packaged_model_carries_its_metadata() -> None:
    from moderation.hostility.features import FEATURES_VERSION
    from moderation.hostility.model import HostilityModel

    model = HostilityModel.packaged()
    assert len(model.training_sha256) == 64 and FEATURES_VERSION >= 2


@pytest.mark.parametrize("changes, reason", [
    ({"features_version": 1}, "feature extractor version 1"),
    ({"format_version": 1}, "artefact format 1"),
    ({"format_version": None, "features_version": None, "training_sha256": None}, "no metadata"),
])
def test_a_model_made_for_other_features_is_refused_with_the_reason(tmp_path: Path, changes: dict, reason: str) -> None:
    from moderation.hostility.model import HostilityModel, ModelMismatch

    with pytest.raises(ModelMismatch, match=reason) as caught:
        HostilityModel.from_file(_rewrite(tmp_path, **changes))
    assert "train_hostility.py" in str(caught.value)  # says what to do


def test_the_packaged_model_was_trained_on_the_inputs_it_names() -> None:
    # Fails when the training data, the room rows or a training setting changed but the model was not retrained.
    env = os.environ.get("SOTONG_SHARED_DATA")
    base = Path(env) if env else REPO.parent / "shared" / "data"
    train, civic = base / "toxic.train.jsonl", base / "complaint.train.jsonl"
    if not (train.is_file() and civic.is_file()):
        pytest.skip("toxic.train.jsonl / complaint.train.jsonl not found (set SOTONG_SHARED_DATA)")
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_hostility", REPO / "training" / "train_hostility.py")
    trainer = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(trainer)  # type: ignore[union-attr]
    from moderation.hostility.model import HostilityModel

    digest = trainer.training_sha256([train, civic, REPO / "training" / "hostility_room.jsonl"])
    assert HostilityModel.packaged().training_sha256 == digest


@pytest.mark.parametrize("text", [
    "공무원들 하는 일 없이 월급만 받아가는 기생충들",  # contempt for officials without a swear word
    "외국인들 다 내보내야 동네가 살아요",
])
def test_contempt_without_profanity_scores_hostile(text: str) -> None:
    # the room rows (training/hostility_room.jsonl) taught the model what news comments did not
    assert score(text) >= 0.5


@pytest.mark.parametrize("text", ["공무원분들 고생 많으세요 답변 감사합니다", "외국인 주민 지원센터 위치가 어디예요?"])
def test_the_same_groups_mentioned_kindly_score_calm(text: str) -> None:
    assert score(text) < 0.5
