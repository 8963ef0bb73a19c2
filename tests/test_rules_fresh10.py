"""House rules, eleventh round (issue 12 items 1-2): what the tenth session's development sets showed.

Scenarios in fresh wording, not rows of any room file: produce sold "direct from the farm" with orders taken through
the seller's profile, a room let as listings write it ("월 30"), land sold as an investment "now or never", a plumbing
firm's number passed on by a "neighbour"; people in the room or the town insulted in English, someone named by what
they argue for ("위에 … 편드는 분") insulted, people blamed for their upbringing; a party's event open to all.
"""

from __future__ import annotations

import pytest

from moderation.decision import decide
from moderation.rules import check_text


def broken(text: str) -> set[str]:
    return {v.rule.value for v in check_text(text)}


@pytest.mark.parametrize(
    "text, rules",
    [
        ("햇감자 농가직송 10kg 2만원 주문은 프로필 보시고 톡 주세요", {"commercial"}),
        ("꿀고구마 산지에서 바로 보내요 구매는 프로필 링크로", {"commercial"}),
        ("터미널 앞 투룸 풀옵션 월 45 바로 입주 됩니다", {"commercial"}),
        ("읍내 외곽 임야 투자 지금이 마지막 기회입니다 문의 010-3xxx-4xxx", {"commercial"}),
        ("변기 막혀서 고생했는데 한솔설비 010-2231-8890 불렀더니 10분만에 오셨어요 여러분도 부르세요", {"commercial"}),
        # not ads: a resident's own rent, the town's collection schedule, a farm's smell
        ("저희 원룸 월세가 갑자기 올라서 걱정이에요 월 3만원씩이나", set()),
        ("원룸촌 쓰레기 수거를 월 2회에서 주 2회로 늘려 주세요", set()),
        ("농장 퇴비 냄새 때문에 창문을 못 열어요", set()),
    ],
)
def test_fresh_commercial_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        ("All of you complaining about the buses are so dumb", {"abuse"}),
        ("Everybody in this group is a clown", {"abuse"}),
        ("Honestly I hate the locals, always yelling at foreigners", {"abuse"}),
        ("아까 주차장 편드시는 분 머리가 나쁜 건가 싶네요", {"abuse"}),
        ("밤마다 놀이터에서 소리 지르는 애들 부모가 뭘 가르쳤는지 모르겠네", {"abuse"}),
        # not abuse: what people do is the problem, people worried, thanks to everyone, one's own memory
        ("I hate when people leave their bags on the bus seats", set()),
        ("Parents picking up kids at the school gate are worried about the traffic", set()),
        ("Everyone here has been so helpful, thanks a lot", set()),
        ("요즘 머리가 나빠졌는지 신청 날짜를 또 놓쳤어요", set()),
        ("도와주시는 분들 덕분에 제설이 빨리 끝났어요 감사합니다", set()),
    ],
)
def test_fresh_abuse_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


def test_english_contempt_for_the_room_is_hostile_too() -> None:
    # the abuse rule and the hostility score agree
    assert decide("All of you complaining about the buses are so dumb").hostility >= 0.5
    assert decide("Everyone here has been so helpful, thanks a lot").hostility < 0.5


@pytest.mark.parametrize(
    "text, rules",
    [
        ("토요일 오후 2시 청소년 정책 토론회 엽니다 당원 아니셔도 누구나 오세요", {"politics"}),
        ("주민 간담회 진행합니다 많은 참석 바랍니다 ◇◇당 ○○시 지역위원회", {"politics"}),
        # a residents' own meeting is no campaign
        ("주민 설명회 합니다 많이 와주세요 ○○동 주민자치위원회", set()),
    ],
)
def test_fresh_politics_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules
