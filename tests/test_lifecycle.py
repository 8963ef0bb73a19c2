"""The complaint lifecycle and the pinned board, as staff and residents meet them."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC

import pytest

from moderation.board import MAX_BOARD_CHARS, BoardItem, format_age, render_board
from moderation.lifecycle import CLOSED, OPEN, Change, InvalidTransition, Status, next_status, steps

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_the_happy_path_from_received_to_resolved() -> None:
    status = Status.RECEIVED
    for change, expected in [
        (Change.ASSIGN, Status.ASSIGNED),
        (Change.PROGRESS, Status.IN_PROGRESS),
        (Change.PROGRESS, Status.IN_PROGRESS),
        (Change.RESOLVE, Status.RESOLVED),
    ]:
        status = next_status(status, change, number=7)
        assert status is expected


@pytest.mark.parametrize("closed", sorted(CLOSED))
def test_a_closed_complaint_changes_only_by_reopening(closed: Status) -> None:
    for change in (Change.ASSIGN, Change.PROGRESS, Change.RESOLVE, Change.REJECT, Change.MERGE, Change.WITHDRAW):
        with pytest.raises(InvalidTransition) as refused:
            next_status(closed, change, number=3)
        assert "/reopen 3" in refused.value.refusal.ko and "#3" in refused.value.refusal.en
    assert next_status(closed, Change.REOPEN, number=3) is Status.RECEIVED


@pytest.mark.parametrize("open_status", sorted(OPEN))
def test_open_complaints_can_be_rejected_merged_or_reassigned_but_not_reopened(open_status: Status) -> None:
    assert next_status(open_status, Change.REJECT, 1) is Status.REJECTED
    assert next_status(open_status, Change.MERGE, 1) is Status.DUPLICATE
    assert next_status(open_status, Change.ASSIGN, 1) is Status.ASSIGNED
    assert next_status(open_status, Change.WITHDRAW, 1) is Status.WITHDRAWN
    with pytest.raises(InvalidTransition, match="still open"):
        next_status(open_status, Change.REOPEN, 1)


def test_a_progress_note_on_a_received_complaint_accepts_it_on_the_way() -> None:
    assert steps(Status.RECEIVED, Change.PROGRESS, number=12) == (Status.ASSIGNED, Status.IN_PROGRESS)
    assert next_status(Status.RECEIVED, Change.PROGRESS, number=12) is Status.IN_PROGRESS
    assert steps(Status.ASSIGNED, Change.PROGRESS, number=12) == (Status.IN_PROGRESS,)
    with pytest.raises(InvalidTransition):
        steps(Status.RESOLVED, Change.PROGRESS, number=12)


@pytest.mark.parametrize(("number", "subject"), [(1, "#1은"), (2, "#2는"), (10, "#10은"), (13, "#13은"), (19, "#19는")])
def test_refusals_use_the_particle_that_fits_the_number(number: int, subject: str) -> None:
    with pytest.raises(InvalidTransition) as still_open:
        next_status(Status.RECEIVED, Change.REOPEN, number)
    with pytest.raises(InvalidTransition) as closed:
        next_status(Status.RESOLVED, Change.RESOLVE, number)
    for refusal in (still_open.value.refusal, closed.value.refusal):
        assert refusal.ko.startswith(subject + " ") and "(는)" not in refusal.ko and "(은)" not in refusal.ko


def test_the_board_groups_open_items_by_state_with_their_age() -> None:
    items = [
        BoardItem(1, Status.RECEIVED, "가로등 · 과천역 3번 출구", NOW - timedelta(minutes=12)),
        BoardItem(2, Status.IN_PROGRESS, "도로 · 중앙로 12", NOW - timedelta(hours=3), department="건설과"),
        BoardItem(3, Status.RESOLVED, "쓰레기 · 별양동", NOW - timedelta(days=1)),
        BoardItem(4, Status.ASSIGNED, "주차 · 원문동", NOW - timedelta(days=3), department="교통과"),
    ]
    board = render_board(items, NOW)
    assert board.startswith("📌 처리 중인 민원 (3)")
    assert board.index("[접수]") < board.index("[배정]") < board.index("[처리 중]")
    assert "#1 가로등 · 과천역 3번 출구 — 12분" in board
    assert "#2 도로 · 중앙로 12 · 건설과 — 3시간" in board
    assert "#4 주차 · 원문동 · 교통과 — 3일" in board
    assert "#3" not in board  # solved notes come off the board


def test_an_empty_board_says_so_in_the_rooms_language() -> None:
    assert "열려 있는 민원이 없습니다" in render_board([], NOW)
    assert "Nothing open" in render_board([BoardItem(1, Status.RESOLVED, "x", NOW)], NOW, "en")


def test_a_long_board_stays_within_telegrams_limit_and_says_how_many_more() -> None:
    items = [
        BoardItem(n, Status.RECEIVED, "보도블럭 파손 · 과천시 중앙동 어딘가 " + "길" * 40, NOW - timedelta(minutes=n))
        for n in range(1, 300)
    ]
    board = render_board(items, NOW)
    assert len(board) <= MAX_BOARD_CHARS + 40
    assert "외 " in board and board.rstrip().endswith("건: /complaints")


@pytest.mark.parametrize(
    ("seconds", "ko", "en"), [(5, "방금", "just now"), (600, "10분", "10 min"), (7200, "2시간", "2 h"), (86400 * 4, "4일", "4 d")]
)
def test_ages_read_naturally(seconds: float, ko: str, en: str) -> None:
    assert format_age(seconds) == ko and format_age(seconds, "en") == en
