"""House rules, ninth round (issue 12 item 1): the families the eighth session's development sets showed.

Four outside sets written for the eighth session and read as development sets (Gunpo, Uiwang, Guri, Paju) showed: a
party's name masked with other marks than ○ or △ ("◇◇당"), a petition to unseat that asks for consent ("청원 동의")
rather than a signature, a party's cause joined ("◇◇당과 함께 합니다"), a cheap-goods app's link that pays its poster
in coupons, a second-hand listing link taken for a news article, a tailor's ad with a masked number, a house that does
the noise or the dumping put up by its flat and number, residents who complain scorned as vermin, and a group told to
get out. A second batch came from four more sets read after their scores (Yangju, Gyeryong, Taebaek, Dongducheon): a
petition drive announced in other words, a party's meeting that "합니다", app invitations that pay (토스, 배민), a
plumber's 24-hour call-out with a masked number, driving lessons, property news sent to a blog, a group said to
muddy the town, "미친" before a person; and the young of stray cats (새끼들) and "바꿔야 삽니다" are no abuse and no ad.
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
        ("☆☆당 당원 간담회 이번 주 금요일 7시 시민회관에서 열립니다 많이 참석해 주세요", {"politics"}),
        ("우리 동네를 바꿀 때입니다! □□당과 함께 해 주세요", {"politics"}),
        ("구청장 퇴진 청원 진행 중입니다 동의 부탁드립니다", {"politics"}),
        ("군수 사퇴 촉구 청원에 동의해 주세요 벌써 천 명 넘었어요", {"politics"}),
        ("링크 눌러주시면 제가 쿠폰 받아요 한 번만 부탁해요 temu.to/k/ab12cd", {"commercial", "outside_link"}),
        ("아이 자전거 팝니다 상태 좋아요 당근에 올렸어요 daangn.com/articles/5551234", {"commercial", "outside_link"}),
        ("옷 수선 전문 바지 단 줄임 5천원 문의 031-12x-xxxx", {"commercial"}),
        ("매일 밤 쿵쿵 뛰는 집 105동 1203호예요 다들 찾아가서 한마디씩 해주세요", {"abuse"}),
        ("담배꽁초 창밖으로 버리는 집 여기임 3동 201호 010-2345-6789 전화해서 따지세요", {"abuse"}),
        ("민원충들 또 시작이네 지겹다", {"abuse"}),
        ("프로불편러들 때문에 이 방 분위기 다 망함", {"abuse"}),
        ("개똥 안 치우는 개만도 못한 인간들 진짜", {"abuse"}),
        ("중국인들 때문에 동네가 이상해졌어요 다 나가라", {"abuse"}),
    ],
)
def test_the_ninth_round_breaks_its_rules(text: str, rules: set[str]) -> None:
    assert rules <= broken(text)


@pytest.mark.parametrize(
    "text",
    [
        # a house named for what it does, without its flat or a number: a report, not a hunt
        "분리수거 안 하고 섞어 버리는 집 때문에 우리 빌라에 경고장 붙었어요 안내문 좀 돌려주세요",
        # a party's office as a landmark, a petition explained, people going out, a second-hand app talked about
        "□□당 사무실 앞 인도 블록이 깨졌어요 보수해 주세요",
        "주민센터에서 주민 청원 절차 안내해 주셔서 감사했어요",
        "오늘 날씨 좋네요 다들 나가서 산책하세요",
        "당근마켓 동네생활에도 이 얘기 올라왔던데요",
        "수선집 문의했더니 바지 단 줄이는 데 며칠 걸린대요",
    ],
)
def test_what_only_looks_like_it_breaks_nothing(text: str) -> None:
    assert broken(text) == set()


@pytest.mark.parametrize(
    "text, rules",
    [
        ("구청장 퇴진 서명운동 합니다 많이들 동참해 주세요", {"politics"}),
        ("군수 사퇴 서명 여기서 하세요 https://forms.gle/Ab12Cd", {"politics", "outside_link"}),
        ("☆☆당 지역위원회 당원 간담회 이번 주 금요일 복지관에서 합니다", {"politics"}),
        ("토스 친구초대 한 번만 눌러주세요 https://toss.me/ab12", {"commercial", "outside_link"}),
        ("배민 신규쿠폰 링크 공유해요 https://baemin.me/Zx81", {"commercial", "outside_link"}),
        ("보일러 고장 수리 24시 출동 전지역 최저가 010-5xxx-1xxx", {"commercial"}),
        ("운전연수 남자강사 주말 가능해요 문의 쪽지주세요", {"commercial"}),
        ("청약 정보 매주 정리해요 제 블로그 구독해 주세요 https://blog.naver.com/abc_home", {"commercial", "outside_link"}),
        ("외지 사람들 이사 오고 동네 물 다 흐림", {"abuse"}),
        ("미친 캣맘 때문에 주차장이 고양이 밥그릇 천지", {"abuse"}),
    ],
)
def test_the_second_batch_breaks_its_rules(text: str, rules: set[str]) -> None:
    assert rules <= broken(text)


@pytest.mark.parametrize(
    "text",
    [
        "길고양이 중성화 좀 늘려주세요 공원에 새끼들이 너무 많아졌어요",
        "이번엔 다 같이 힘내서 바꿔야 삽니다! 우리 아파트 주차장 문제요",
        "시청 민원실에 주민소환 절차를 물어봤어요",
    ],
)
def test_the_second_batch_leaves_these_alone(text: str) -> None:
    assert not ({"abuse", "commercial"} & broken(text))
