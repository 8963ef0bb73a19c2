"""House rules, twelfth round (issue 12 items 1-2): what the eleventh session's development sets showed.

Scenarios in fresh wording, not rows of any room file: a drive, a rally or a petition against an office holder to
join; a party's or its members' event with the town invited; slogans with the candidate's name masked or the town
named twice; call-out trades, loans to those banks refuse, a flat let by its owner, a shop named as the writer's own;
English lessons and produce offered; the city's own Kakao channel; a chat's ID given with its label; a people or a
university's students scorned as a lot, someone called a jerk; and what must stay clean: a farm "dying" of a late
programme, a polite question about who reads the room, a teacher's class, a residents' petition about a plan.
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
        ("시장 퇴진 운동 같이 하실 분 구합니다", {"politics"}),
        ("군수 퇴진 촉구 집회 엽니다 토요일 오후 군청 광장으로 모여주세요", {"politics"}),
        ("시의원 박○○ 사퇴 요구 서명운동 시작했어요 읍사무소 앞 천막에서 받습니다", {"politics"}),
        ("현 시장 재선 반대 온라인 청원 동의 좀 해주세요", {"politics"}),
        ("구의원 박○○ 사퇴 촉구 청원이에요 동의 부탁드립니다", {"politics"}),
        ("◇◇당 청년위원회 토크콘서트 금요일 저녁 시민회관 많이 와주세요", {"politics"}),
        ("이번 주말 당원 간담회 있어요 문화원 2층 많이들 오세요", {"politics"}),
        ("확 바꾸자! 새로운 영천! 2번과 함께!", {"politics"}),
        ("오직 ○○○! 힘있는 변화", {"politics"}),
        ("5번 꼭 기억해주세요!!", {"politics"}),
        ("○○당이 20년 동안 이 동네 망쳐 놓은 거 다들 알죠? 다음 선거때 기억합시다", {"politics"}),
        ("군수님 이번에 연임하시면 좋겠네요 일 잘하시는데", {"politics"}),
        ("남원을 바꾸자! 새로운 남원!", {"politics"}),
        ("젊은 보령, 당당한 보령!", {"politics"}),
        # not campaigning: a teacher's class, the mayor's town meeting passed on, a residents' petition about a plan,
        # an opinion that the bus routes must change, an exit to remember
        ("어르신 한글교실 ○○○ 선생님과 함께해요", set()),
        ("구청장님 주민 간담회 다음주 화요일 주민센터에서 열린대요", set()),
        ("소각장 설치 반대 서명 받고 있어요 관리사무소에 용지 있어요", set()),
        ("소각장 반대 청원 동의 부탁드려요", set()),
        ("버스 노선을 바꿔야 산다 진짜", set()),
        ("3번 출구 기억해두세요", set()),
        ("함께 만들어요! 깨끗한 공원", set()),
        # asking the room not to campaign, asking about the election for no one
        ("선거 얘기는 좋은데 홍보는 여기서 좀 하지 맙시다", set()),
        ("선거 홍보는 여기서 좀 하지 말아 주세요", set()),
        ("이번 군의원 선거 후보들 공약 정리해 둔 자료 있나요?", set()),
        ("기호 2번 찍어주실 거죠?", {"politics"}),
    ],
)
def test_fresh_politics_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        ("보일러 누수 출장수리 24시 연중무휴 읍내 전지역 010-4471-2290", {"commercial"}),
        ("에어컨 분해청소 출장 전문 벽걸이 6만 스탠드 10만 후기는 블로그에", {"commercial"}),
        ("대출 필요하신 분 저신용 무직자 당일 승인 ㅋ톡 cash88", {"commercial", "outside_link"}),
        ("빛가람 호반 25평 전세 나왔어요 중개수수료 없이 직거래해요 쪽지 주세요", {"commercial"}),
        ("시내 아파트 전세 있습니다 입주 바로 가능 부동산 아니고 집주인이에요", {"commercial"}),
        ("저희 읍내반찬 오늘 장조림 새로 했어요 배달 010-5512-3390", {"commercial"}),
        ("입주청소 화장실청소 전문 010-7782-4410", {"commercial"}),
        ("Ski lessons for kids, private or group, good prices. DM me", {"commercial"}),
        # not ads: a repair waited for, a city loan programme asked about, a question about a lease, a clinic wished for
        ("에어컨 실외기 소음 때문에 출장수리 불렀는데 아직 안 와요", set()),
        ("대출 이자 지원 사업 신청 언제까지예요?", set()),
        ("우리 아파트 전세 있어요?", set()),
        ("소아과 전문 병원 좀 만들어 주세요", set()),
        ("작년엔 5만 올해는 8만이래요 주차비", set()),
        # a public body's free class or counselling, a notice signed by a city office
        ("다문화가족센터에서 무료 한국어 수업 해요 화요일 목요일 저녁", set()),
        ("일자리지원센터에서 무료 취업상담 가능합니다 예약 없이 오세요", set()),
        ("이번 주말 강변공원 음악회 있습니다 입장 무료! -OO시 문화관광과-", set()),
        ("센터에서 무료 상담 해드려요 보험 리모델링 010-2222-3333", {"commercial"}),
    ],
)
def test_fresh_commercial_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        ("Foreigners in town group chat! kakao open chat id: townforeign", {"outside_link"}),
        # talk about rooms and links that invites nobody: subscribers counted, someone welcomed in this room, the room's
        # rule told, a staff answer promising news in this room
        ("시청 유튜브 구독자가 또 늘었대요 ㅋㅋ", set()),
        ("어르신들 단톡방 들어오셨네요 환영합니다", set()),
        ("외부 카페 링크는 금지래요 공지 보세요", set()),
        ("[도로관리팀] 보수 일정이 정해지면 이 방에 안내드리겠습니다.", set()),
        # the city's own channel, said to be so, with or without its address
        ("Foreign workers in town chat, code: ft2025", {"outside_link"}),
        ("동네 중고거래방 있어요 카톡 오픈채팅에 '읍내 장터' 치면 나와요", {"outside_link"}),
        ("맘들 모임 있어요 밴드에서 '읍내맘' 치시면 나와요", {"outside_link"}),
        ("배드민턴 모임 톡방 있어요 관심 있으면 톡 주세요 ID bad_min2", {"outside_link"}),
        # a place or a form found by its name on a map or the city's site is no community
        ("네이버 지도에서 '중앙시장' 검색하면 나와요", set()),
        ("시청 홈페이지에서 '대형폐기물' 검색하면 신청할 수 있어요", set()),
        ("군청 공식 카카오톡 채널 추가하면 재난 알림 받을 수 있어요", set()),
        ("구청 공식 카카오 채널이에요 pf.kakao.com/_guofficial", set()),
    ],
)
def test_fresh_outside_link_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


@pytest.mark.parametrize(
    "text, rules",
    [
        ("위에 신고한 사람 진상이네 할 일 그렇게 없나", {"abuse"}),
        ("○○대 애들은 술 먹고 쓰레기 버리고 무식해", {"abuse"}),
        ("외국인 노동자들 때문에 동네 이미지 다 버렸음", {"abuse"}),
        ("개빠들 때문에 공원 못 가겠음 개념이 없어", {"abuse"}),
        ("Locals here are so ignorant", {"abuse"}),
        ("typical foreigners, never sorting their trash", {"abuse"}),
        ("새벽마다 짖는 개 주인 미친x 아님?", {"abuse"}),
        # a home, a flat or a direct line put up for a visit or a call campaign
        ("어제 애 치고 간 오토바이 운전자 집 중리 해뜰빌라 3동 102호래요 다같이 찾아가서 따집시다", {"abuse"}),
        ("밤마다 음악 트는 집 주공 104동 9xx호임 가서 한마디씩 해주세요", {"abuse"}),
        ("행패부린 그 아저씨 읍내 빌라촌 3동 사는 사람이에요 가서 따지세요", {"abuse"}),
        ("그 차주 집 상리 113-2 번지임 직접 찾아가보셈", {"abuse"}),
        ("건축과 주무관 직통번호 063-540-3xxx 다들 항의전화 돌립시다", {"abuse"}),
        # staff called thieves or lazy, people called worse, a people blamed for a town's mood
        ("민원 석 달째 무시 건설과 월급도둑들아 대답 좀 해라", {"abuse"}),
        ("시의원이고 뭐고 다 쓰레기들임", {"abuse"}),
        ("수거차 아저씨들 게을러터진 인간들 일 똑바로 해라", {"abuse"}),
        ("개념없는 캣맘년들 밥그릇 좀 치워라", {"abuse"}),
        ("외노자들 때문에 동네 분위기 다 버렸음", {"abuse"}),
        ("Officials here are useless, lazy bums", {"abuse"}),
        ("Those ajummas at the market are so rude, stupid racists.", {"abuse"}),
        # not abuse: farms hit by a late programme, a polite question about who reads the room, one rude driver
        ("인력 배정이 늦어서 농가들 다 죽어요", set()),
        ("사과값 폭락해서 농민들 다 죽겠어요", set()),
        ("이 방에 구청 직원분들도 계신가요?", set()),
        ("이 방 군청 공무원들도 보는 거 맞아요?", set()),
        ("The bus driver was rude to my mum", set()),
        ("The buses here are useless after 9pm", set()),
        ("비 와서 축제 분위기 완전 망했어요 ㅠ", set()),
        ("분리수거 봉투가 다 쓰레기들이네 정리 좀 해야겠어요", set()),
        ("월급도둑 소리 듣기 싫으면 시장 뒤 쓰레기 더미 좀 치워요 벌써 3주째", set()),
        ("도로과 문의는 031-590-xxxx 로 하시면 됩니다", set()),
        ("대학생들 방학이라 원룸촌 조용해요", set()),
        # goodwill toward the officials named: sympathy, praise
        ("요즘 주민센터 직원들 예전보다 훨씬 친절해요", set()),
        ("시청 직원들도 사람인데 너무 몰아붙이지 맙시다", set()),
        ("구청 공무원들 밤늦게까지 제설하느라 고생 많았어요", set()),
    ],
)
def test_fresh_abuse_cases(text: str, rules: set[str]) -> None:
    assert broken(text) == rules


def test_a_farm_dying_of_a_late_programme_is_filed_not_punished() -> None:
    decision = decide("계절근로자 배정이 또 늦어서 수확을 못 하고 있어요 농가 다 죽어요 군청에서 빨리 좀 해 주세요")
    assert decision.rules == [] and decision.kind == "complaint"


def test_a_scorned_people_is_hostile_too() -> None:
    # the abuse rule and the hostility score agree
    assert decide("Koreans in this chat are so rude, typical.").hostility >= 0.5
