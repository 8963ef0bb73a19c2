"""moderation.intake.focus: the problem after a conceded one."""

from __future__ import annotations

import pytest

from moderation.intake.focus import after_concession


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("포트홀도 포트홀인데 그 앞 신호등도 꺼져 있어요", "그 앞 신호등도 꺼져 있어요"),
        ("거기 가로등도 문제지만 바로 옆 하수구 뚜껑이 덜컹거려요", "바로 옆 하수구 뚜껑이 덜컹거려요"),
        ("놀이터도 그렇고 바로 옆 공중화장실 물이 안 내려가요", "바로 옆 공중화장실 물이 안 내려가요"),
        ("거기뿐 아니라 그 옆 골목은 가로등 자체가 없어요", "그 옆 골목은 가로등 자체가 없어요"),
        ("쓰레기는 그렇다 치고 밤마다 폭죽 소리에 잠을 못 자요", "밤마다 폭죽 소리에 잠을 못 자요"),
    ],
)
def test_what_follows_a_conceded_problem_is_the_problem(text: str, rest: str) -> None:
    assert after_concession(text) == rest


@pytest.mark.parametrize(
    "text",
    [
        "스티커도 안붙이고 소파 버리고 갔어요",  # "도" that concedes nothing
        "공영주차장 만차인데 안내판은 빈자리 12개래요",
        "거기 가로등도 문제지만 그쪽도요",  # nothing of its own after it
        "어제 저녁에 반상회에서 한참 얘기하다가 보니 가로등도 문제지만 하수구도 그래요",  # too far in
    ],
)
def test_a_message_that_concedes_nothing_at_its_start_is_read_whole(text: str) -> None:
    assert after_concession(text) is None
