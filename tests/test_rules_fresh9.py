"""House rules, tenth round (issue 12 item 1): what the ninth session's development sets showed.

홍어 is a regional slur when it names people and the dish everywhere else: the street in Yeongsanpo named after it,
its shops and festival, "홍어도 이제 먹음". A resident reporting a broken pavement on 홍어거리 broke no rule.
Scenarios in fresh wording, not rows of any room file.
"""

from __future__ import annotations

import pytest

from moderation.rules import check_text


def broken(text: str) -> set[str]:
    return {v.rule.value for v in check_text(text)}


@pytest.mark.parametrize(
    "text, rules",
    [
        ("영산포 홍어거리 입구 가로등 사흘째 꺼져 있어요 확인 부탁드려요", set()),
        ("홍어거리 공영주차장 주말마다 꽉 차요 한 층 더 올려 주세요", set()),
        ("흑산도 홍어 잘하는 식당 아시는 분? 부모님 모시고 가려고요", set()),
        ("처음엔 냄새 때문에 못 먹었는데 이젠 홍어도 잘 먹어요 ㅋㅋ", set()),
        ("홍어축제 기간에 셔틀버스 좀 늘려 주세요 터미널에서 너무 멀어요", set()),
        # the slur, still
        ("홍어들은 여기 오지 마라 냄새나", {"abuse"}),
        ("저 인간 말하는 거 보니 홍어 새끼 맞네", {"abuse"}),
        ("전라도 홍어족 다 쫓아내야 함", {"abuse"}),
    ],
)
def test_fresh_rule_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


# What the four development sets of the ninth session showed, in fresh wording: a drain-and-leak call-out listed as
# such ads list their trades, land speculation, local currency bought for cash at a cut, an English seller; a party's
# fans insulted; an insult word quoted to say it goes too far; a township's or a 동's notice under its header.
@pytest.mark.parametrize(
    "text, rules",
    [
        ("싱크대막힘 하수구 고압세척 24시간 친절 출동 ☎ 010-2345-6789", {"commercial"}),
        ("누수탐지 전문 24시 어디든 출동합니다 031-777-1234", {"commercial"}),
        ("신도시 토지 개발호재 정보 공유합니다 관심 있는 분 밴드 '땅부자들' 가입하세요", {"commercial", "outside_link"}),
        ("지역화폐 삽니다 5% 빼고 현금 드려요 쪽지 주세요", {"commercial"}),
        ("I sell homemade kimchi, delivery available, DM me!", {"commercial"}),
        ("○○당 빠들은 뇌가 있긴 한 거냐", {"abuse", "politics"}),
        ("말 좀 가려서 하세요 정신병자는 너무하잖아요", set()),
        ("[OO동] 이번 주 토요일 하천 정화활동 있습니다 참여하실 분은 주민센터로 연락주세요", set()),
        ("[가곡면] 다음 주 화요일 경로당 독감 예방접종 있습니다 문의는 면사무소로 연락주세요", set()),
        # a resident's drain, and the day it has stunk, are no ad
        ("하수구 막혀서 물이 역류해요 24시간 내내 냄새 나요 빨리 좀 와 주세요", set()),
    ],
)
def test_fresh_rule_cases_second_batch(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


# From every room file read, the rule misses that recur (ninth session): property deals (members' shares, resale
# rights, "buy to invest"), a payment app's paying "neighbour" button, free stock picks, a short link that "looks up"
# a payment, a shop's produce sent by post, lodging priced by the night in 만, English side income; a petition drive
# signed for a party or to unseat a councillor and shared. And what stays clean: a parcel not delivered, a crowd.
@pytest.mark.parametrize(
    "text, rules",
    [
        ("순환도로 조기 착공! 주민 서명 받습니다 ◇◇당 시흥지역위원회", {"politics"}),
        ("[서명] 시의회 △△△ 의원 사퇴 촉구 서명 forms.gle/abc123 공유 부탁드려요", {"politics", "outside_link"}),
        ("신도시 조합원 물건 나왔어요 관심 있는 분 연락 주세요", {"commercial"}),
        ("강변 전원주택 부지 분양 특가 선착순 3세대 상담 www.example-land.co.kr", {"commercial", "outside_link"}),
        ("토스 이웃 찬스 한 번만 눌러주세요 toss.me/abcd12", {"commercial", "outside_link"}),
        ("주식 무료 추천 종목 받으실 분 밴드 가입하세요", {"commercial", "outside_link"}),
        ("bit.ly/3abcd 누르면 재난지원금 대상 조회됩니다", {"commercial", "outside_link"}),
        ("오늘 싱싱한 전어 들어왔어요 택배도 가능 연락주세요", {"commercial"}),
        ("계곡 펜션 평일 8만 주말 13만 예약 010-2233-4455", {"commercial"}),
        ("Easy side income, paid daily! bit.ly/4qEarn9", {"commercial", "outside_link"}),
        ("택배가 안 와요 배송 조회가 안 돼요", set()),
        ("주말 12만 명 넘게 왔대요 축제 주차장 부족해요", set()),
    ],
)
def test_fresh_rule_cases_third_batch(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


# Doxxing by the floor or the basement someone lives on, a face kept to show, a camera's find, a flat pointed at;
# a resident's own floor, a camera asked to be checked and a neighbour in need are none.
@pytest.mark.parametrize(
    "text, rules",
    [
        ("쓰레기 버린 사람 찾았어요 중앙동 ○○빌라 3층 사는 30대 남자예요 얼굴 사진도 있음", {"abuse"}),
        ("cctv로 보니 ○○마트 사장 아들이던데 번호 010-1234-5678", {"abuse"}),
        ("불법주차 흰색 트럭 차주 ○○아파트 103동 704호임", {"abuse"}),
        ("저희 집 3층인데 윗집 누수로 물이 새요 관리사무소 번호 아시는 분?", set()),
        ("cctv 보니 불법투기 차량이 찍혔어요 단속 부탁드립니다", set()),
        ("우리 빌라 2층 사는 할머니 혼자 사시는데 복지 지원 받을 수 있을까요", set()),
    ],
)
def test_fresh_rule_cases_doxxing(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


# Hate at a group of foreign residents: sent "back to their own country", the town "ruined", foreign wives "so noisy";
# a resident's own noise complaint and a class asked for them are none.
@pytest.mark.parametrize(
    "text, rules",
    [
        ("외국인들 들어오고 우리 동네 분위기 완전 망함 다 자기 나라로 보내야 함", {"abuse"}),
        ("필리핀 며느리들 동네에 너무 많아 시끄러워 죽겠네", {"abuse"}),
        ("윗집 공사 소리 때문에 시끄러워 죽겠네요 주말에도 해요", set()),
        ("외국인 주민 늘어서 한국어 교실 더 필요해요", set()),
    ],
)
def test_fresh_rule_cases_hate(text: str, rules: set[str]) -> None:
    assert broken(text) == rules
