"""Complaint intake: chat-style scenarios, hard negatives, robustness, and the quality targets.

None of the sentences here is in training/augment_handwritten.py (the
hand-written augmentation), so these scenarios test generalisation, not recall.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from bot.config import IntakeSettings
from moderation.intake import CATEGORIES, COARSE_OF, Intake, classify
from moderation.intake.evaluation import chatstyle_split, evaluate, evaluate_room, format_report, format_room_report
from moderation.intake.places import find_place

# --- the public surface ----------------------------------------------------------------


def test_taxonomy_ids_and_mapping():
    assert CATEGORIES == (
        "road", "streetlight", "water_sewer", "traffic", "parking", "waste", "environment", "parks",
        "housing", "safety", "welfare", "health", "economy", "culture", "animals", "other",
    )
    assert set(COARSE_OF) == set(CATEGORIES)
    assert COARSE_OF["streetlight"] == "road_infrastructure"
    assert COARSE_OF["parking"] == "transport_parking"
    assert COARSE_OF["culture"] == "culture_tourism_sports"


def test_result_shape():
    r = classify("OO사거리 가로등이 나갔어요")
    assert isinstance(r, Intake)
    assert r.kind in ("complaint", "proposal", "other")
    assert r.category in CATEGORIES
    assert 0.0 <= r.confidence <= 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.kind = "other"  # type: ignore[misc]  # frozen


# --- chat-style complaints and proposals -------------------------------------------------


@pytest.mark.parametrize(
    "text, category, place",
    [
        ("OO사거리 가로등이 나갔어요", "streetlight", "OO사거리"),
        ("과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요ㅠㅠ", "road", "과천역 3번출구 앞"),
        ("별양동 주민센터 앞 불법주차 너무 심해요 단속 좀 해주세요", "parking", "별양동 주민센터 앞"),
        ("부림동 놀이터 그네 줄 끊어졌어요 애들 위험해요", "parks", "부림동 놀이터"),
        ("중앙로 12 앞 맨홀 뚜껑 열려있어요!!", "water_sewer", "중앙로 12 앞"),
        ("문원초 앞 횡단보도 신호가 너무 짧아요", "traffic", "문원초 앞 횡단보도"),
        ("래미안슈르 아파트 앞 도로에 싱크홀 생겼어요", "road", "래미안슈르 아파트 앞 도로"),
        ("갈현동 골목 쓰레기 무단투기 장난아님ㅡㅡ", "waste", "갈현동 골목"),  # a 동's alleys are a place in it
        # (17th session: the end model, trained on 117 outside sets, ends before the broken pavement, as writers do
        # before "인도 블럭" 3 times of 3)
        ("시청역 2번출구 앞 인도 블럭이 다 들고일어났어요", "road", "시청역 2번출구 앞"),
    ],
)
def test_chat_complaints_with_category_and_place(text, category, place):
    r = classify(text)
    assert r.kind == "complaint", r
    assert r.category == category, r
    assert r.place == place, r


@pytest.mark.parametrize(
    "text, category",
    [
        ("밤새 공사소음때문에 한숨도 못잤어요ㅠㅠ", "environment"),
        ("빗물받이 막혀서 비올때마다 물바다에요", "water_sewer"),
        ("가로등이 나갔어요", "streetlight"),
    ],
)
def test_complaints_without_a_place(text, category):
    r = classify(text)
    assert r.kind == "complaint", r
    assert r.category == category, r
    assert r.place is None


@pytest.mark.parametrize(
    "text, category",
    [
        ("다자녀 기준을 2자녀로 낮춰 주세요", "welfare"),
        ("어린이집 보육료 지원 늘려주세요", "welfare"),
        ("공공도서관 주말 운영시간 늘려주세요", "culture"),
        ("경로당에 안마의자 하나 놓아주시면 좋겠어요", "welfare"),
    ],
)
def test_proposals(text, category):
    r = classify(text)
    assert r.kind == "proposal", r
    assert r.category == category, r


@pytest.mark.parametrize(
    "text",
    ["중앙동 삼거리 신호등 고장나서 계속 빨간불이에요 위험해요 빨리 고쳐주세요", "감사합니다 ㅎㅎ", "과천역 3번 출구 앞 가로등이 나갔어요"],
)
def test_a_probability_is_never_certainty_so_a_threshold_of_one_means_never(text):
    intake = classify(text)
    assert 0.0 < intake.civic < 1.0 and intake.confidence < 1.0
    never = IntakeSettings(file_threshold=1.0, sure_threshold=1.0, ask_threshold=0.5)
    assert not never.files_outright(intake.confidence, intake.civic)


def test_proposal_place_is_not_a_number_phrase():
    # "2자녀로" ends in 로 like a road name, but it is not a place
    assert classify("다자녀 기준을 2자녀로 낮춰 주세요").place is None


# --- hard negatives: a room is not a complaint board ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # thanks
        "어제 제설 빨리 해주셔서 감사해요",
        "Thanks for the quick fix!",
        # questions
        "오늘 쓰레기 수거일인가요?",
        "이번 축제 언제 해요?",
        "What time does the city hall close?",
        # opinions / arguments that are not requests
        "저는 다자녀 기준 낮추는거 반대입니다",
        # chit-chat
        "ㅋㅋㅋㅋㅋ 진짜요?",
        "오늘 저녁 뭐먹지",
        "좋은 아침입니다~",
        # city staff answering in the room
        "하수관 맨홀 정비 공사를 완료하고 도로를 폐쇄하였음을 알려드립니다",
        "해당 민원은 현장 확인 후 조치하였음을 알려드립니다",
        "민원 접수되었습니다 담당 부서에서 확인 후 연락드리겠습니다",
        "안녕하세요 교통과입니다 신호등은 오늘 오후 수리 예정입니다",
    ],
)
def test_hard_negatives_are_not_filed(text):
    r = classify(text)
    assert r.kind == "other", r
    assert r.place is None


# --- a day in a room: written blind, before the FOLLOWUPS rows of the augmentation ---------
# (none of these sentences is in training/augment_handwritten.py; 9 of the 40 talk lines were
# classified civic before FOLLOWUPS was added, 5 after)

ROOM_TALK = [
    "제가 올린 민원 처리됐는지 어떻게 확인해요?",
    "지난주에 신고한 가로등 건 아직 답이 없네요?",
    "민원 넣으면 보통 며칠 걸려요?",
    "이 방은 누가 관리하시나요?",
    "시청 민원실 몇 시까지 하나요?",
    "재활용 분리배출 요일이 언제예요?",
    "과천 시민 체육대회 언제 하는지 아시는 분?",
    "버스 노선 개편된 거 맞나요?",
    "그 공원 주차 가능한가요?",
    "주민센터에서 등본 떼려면 신분증 필요하죠?",
    "다들 투표하셨어요?",
    "저도 같은 생각이에요",
    "그건 좀 과한 요구 아닌가요",
    "예산 생각하면 어려울 것 같긴 해요",
    "찬성합니다 좋은 의견이에요",
    "저는 반대예요 세금 낭비라고 봐요",
    "ㅇㅈ합니다",
    "오 빨리 고쳐졌네요 감사합니다",
    "담당자님 답변 감사합니다!",
    "어제 올린 건 해결됐어요 다들 감사해요",
    "오늘 날씨 진짜 춥네요",
    "아이들 방학 언제부터예요?",
    "저희 동네는 조용해서 좋아요",
    "뉴스 보니까 내년에 도서관 새로 짓는대요",
    "시의회 회의록 어디서 봐요?",
    "이번 주말 벼룩시장 열린대요 놀러오세요",
    "안녕하세요 별양동 사는 주민입니다 잘 부탁드려요",
    "오랜만에 공원 산책했는데 단풍 예쁘더라구요",
    "신고는 120으로 하면 되나요?",
    "그거 구청 소관 아닌가요?",
    "해당 구간은 내일 오전 중 보수 예정입니다",
    "말씀하신 불법주차 차량은 단속반에 전달했습니다",
    "현장 확인 후 조치 결과 안내드리겠습니다",
    "맞아요 저도 거기 지날때마다 무서웠어요",
    "헐 진짜요? 몰랐네요",
    "사진 보니까 심각하네요",
    "저 민원 저도 공감 눌렀어요",
    "좋은 아침입니다 다들 화이팅",
    "오늘 회의 몇시에 시작해요?",
    "정책 제안은 어디에 올리는 거예요?",
]
ROOM_REPORTS = [
    "우리 아파트 앞 횡단보도 신호가 너무 짧아요",
    "문원동 골목길 가로등 두개 나갔어요 밤에 깜깜해요",
    "공원 화장실 휴지가 매일 없어요 관리 좀 해주세요",
    "별양로 인도에 킥보드 방치된 거 치워주세요",
    "주말마다 공원에서 고기 굽는 사람들 단속해 주세요",
    "어린이집 앞 도로에 과속방지턱 설치해주세요",
    "경로당에 안마의자 하나 놔주시면 좋겠어요",
    "밤 12시까지 상가 간판 불빛 때문에 잠을 못자요",
    "하수구 막혀서 물이 역류해요 빨리 와주세요",
    "버스정류장 의자가 부서졌어요",
    "쓰레기 수거차가 새벽 5시에 와서 너무 시끄러워요",
    "학교 가는 길에 인도가 없어서 애들이 차도로 걸어요",
    "공공자전거 대여소 더 늘려주세요",
    "청년 월세 지원 과천에도 도입해 주세요",
    "반려견 놀이터 만들어 주세요",
    "도서관 열람실 좌석 예약제 도입해 주세요",
    "중앙공원 분수대 물이 썩은 냄새 나요",
    "길고양이 사체가 도로에 있어요 치워주세요",
    "아파트 공사장 덤프트럭 때문에 도로가 흙투성이에요",
    "지하도에 물이 새요 바닥이 미끄러워요",
    "노인정 앞 계단에 난간 설치 부탁드립니다",
    "마을버스 막차 시간 좀 늘려주세요",
    "공영주차장 요금 너무 비싸요 내려주세요",
    "초등학교 앞 불법 현수막 철거해주세요",
    "놀이터 모래에 유리 조각이 있어요 위험해요",
    "동네 약국이 다 일찍 닫아요 심야약국 지정해주세요",
    "눈 온 뒤로 인도 빙판 그대로예요 제설 부탁드려요",
    "우리 골목에 CCTV 하나 달아주세요 도둑이 들었어요",
    "시장 주변 노점상 때문에 통행이 불편해요",
    "재난문자가 너무 늦게 와요 개선해주세요",
]

# a second day, written blind after the model of 2026-11-22 was trained (nothing retrained on it)
ROOM_TALK += [
    "혹시 내일 주민설명회 온라인으로도 하나요?",
    "저는 찬성인데 다른 분들 생각은 어떠세요",
    "지난 회의 때 나온 얘기 정리해봤어요 참고하세요 👍",
    "이번 주 토요일 공원 플리마켓 재밌었어요",
    "우리 애 학교 급식 맛있대요 ㅎㅎ",
    "과천 처음 이사왔는데 살기 좋네요",
    "담당자분이 친절하게 답해주셔서 좋았어요",
    "오늘 비 온대서 우산 챙기세요~",
    "그 식당 맛집이에요 추천합니다",
    "아 그게 그런 뜻이었군요 이해했어요",
    "저도 어제 그 길로 지나갔는데 괜찮던데요",
    "회의 자료는 어디서 받을 수 있나요",
    "방장님 공지 감사합니다",
    "네 확인했습니다 😊",
    "이 방 규칙 다시 한번 읽어봤어요",
    "다음 설명회 날짜 나오면 알려주세요",
    "ㅋㅋㅋㅋ 그건 좀 웃기네요",
    "무슨 말씀인지 잘 모르겠어요",
    "그럼 저는 이만 가볼게요 좋은 하루 되세요",
    "예산안 공개된 거 보셨나요?",
    "시청 앞 광장 크리스마스 트리 예쁘더라고요",
    "요즘 미세먼지 좀 덜하네요",
    "새해 복 많이 받으세요 🎉",
    "그 문제는 국토부 소관이라 시에서는 못한대요",
    "다들 의견 감사합니다 정리해서 올릴게요",
    "저도 그 민원 올리려고 했는데 먼저 올리셨네요",
    "토론회 영상 다시보기 있나요?",
    "주말에 자원봉사 같이 하실 분 계세요?",
    "헐 벌써 12월이네요",
    "어제 올린 글 수정했어요",
]
ROOM_REPORTS += [
    "중앙공원 화장실 세면대 물이 안 나와요",
    "2단지 앞 버스정류장 전광판 꺼져 있어요 📵",
    "밤마다 오토바이 굉음 때문에 잠을 못자요 단속 부탁드립니다",
    "인도에 전동킥보드가 넘어져 있어서 유모차가 못 지나가요",
    "학교 앞 횡단보도 도색이 다 지워졌어요",
    "어린이 공원 모래놀이터 소독 좀 해주세요",
    "아파트 단지 뒤 산책로에 멧돼지가 나왔대요 조심하라는 안내라도 해주세요",
    "과천역 지하상가 에스컬레이터 또 멈췄어요",
    "가로수 가지가 전선에 닿아있어서 위험해 보여요",
    "청소년 독서실 운영시간을 밤 11시까지 늘려주세요",
    "주민센터에 유모차 대여 서비스 생기면 좋겠어요",
    "분리수거장에 CCTV 설치해 주세요 무단투기가 너무 많아요",
    "도서관 앞 자전거 거치대가 부족해요",
    "하천에서 악취가 심하게 나요 오염된 것 같아요",
    "골목길 보안등이 너무 어두워서 밝은 걸로 교체해주세요",
    "경로당 에어컨이 고장나서 어르신들이 더위에 고생하세요",
    "공공와이파이가 공원에서 잘 안 잡혀요",
    "빗물받이에 낙엽이 꽉 차서 비 오면 넘쳐요",
    "시내버스 정류장에 의자 좀 놔주세요",
    "불법 현수막이 사거리마다 걸려 있어요 철거해주세요",
]


def test_a_named_place_counts_as_its_kind_not_its_name():
    # Which park, station or crossing a report names must not make it more or less a report.
    pairs = [
        ("중앙공원 벤치가 부서졌어요", "문원근린공원 벤치가 부서졌어요"),
        ("과천역 앞에 쓰레기가 쌓였어요", "인덕원역 앞에 쓰레기가 쌓였어요"),
        ("관문사거리 신호가 너무 짧아요", "별양사거리 신호가 너무 짧아요"),
    ]
    for one, other in pairs:
        a, b = classify(one), classify(other)
        assert (a.kind, a.category, a.confidence) == (b.kind, b.category, b.confidence)
        assert a.place != b.place


def test_a_day_of_room_talk_is_not_filed_without_asking():
    settings = IntakeSettings()
    civic = [(t, r) for t in ROOM_TALK if (r := classify(t)).kind != "other"]
    filed_outright = [(t, r.confidence, r.civic) for t, r in civic if settings.files_outright(r.confidence, r.civic)]
    assert filed_outright == []  # uncertain ones are asked about, which the author can decline
    assert len(civic) <= 9, civic  # 5 of the first day's 40 and 4 of the second day's 30 when written


def test_a_day_of_room_reports_are_all_detected():
    missed = [(t, r.confidence) for t in ROOM_REPORTS if (r := classify(t)).kind == "other"]
    assert missed == []


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "base, variants",
    [
        (
            "가로등이 나갔어요",
            ["가로등이나갔어요", "가 로 등 이 나 갔 어 요", "가로등이 나갔어요ㅋㅋㅋㅋㅋ", "가로등이 나갔어요😭😭",
             "가\u200b로\u200b등이 나갔어요", "가로등이 나갔어요!!!!!!", "가로등이  나갔어요ㅠㅠㅠㅠ"],
        ),
        (
            "과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요",
            ["과천역3번출구앞 보도블럭깨져서 넘어질뻔했어요ㅠㅠ", "과천역 3번 출구 앞 보도블럭 깨져서 넘어질뻔 했어요😢",
             "과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요ㅋㅋ"],
        ),
        (
            "오늘 쓰레기 수거일인가요?",
            ["오늘쓰레기수거일인가요?", "오늘 쓰레기 수거일인가요??? ㅎㅎ", "오늘 쓰레기 수거일인가요🤔"],
        ),
    ],
)
def test_spelling_spacing_and_emoji_variants_agree(base, variants):
    b = classify(base)
    for v in variants:
        r = classify(v)
        assert (r.kind, r.category) == (b.kind, b.category), (v, r, b)


def test_english():
    r = classify("The streetlight on Main Street is broken")
    assert (r.kind, r.category, r.place) == ("complaint", "streetlight", "Main Street")
    assert classify("Please extend the library hours on weekends").kind == "proposal"
    assert classify("Thanks, see you all tomorrow").kind == "other"


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "😀😀😀", "🙏", "ㅋㅋㅋㅋ", "?!", "...", "a" * 4096,
                                  "가" * 4096, "ㅋ" * 4096, "😀" * 4096])
def test_degenerate_input_is_other_and_does_not_crash(text):
    r = classify(text)
    assert r.kind == "other"
    assert r.category in CATEGORIES


def test_long_complaint_still_classified():
    r = classify("과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요 " * 150)
    assert r.kind == "complaint"
    assert len(r.redacted) > 4000


def test_redaction_happens_before_anything_is_returned():
    r = classify("중앙로 12 가로등 나갔어요 연락은 010-1234-5678 로 주세요")
    assert "010-1234-5678" not in r.redacted
    assert "[전화번호]" in r.redacted
    assert "중앙로 12" in r.redacted
    assert r.kind == "complaint"


def test_confidence_orders_clear_over_vague():
    clear = classify("하수구가 막혀서 길이 물바다예요 빨리 좀 뚫어주세요")
    vague = classify("음 그렇군요")
    assert clear.kind == "complaint" and vague.kind == "other"
    assert clear.confidence > 0.5 and vague.confidence > 0.5


# --- places --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, place",
    [
        ("서해대로483번길 앞 인도에 구멍", "서해대로483번길 앞 인도"),
        ("전동 25-328번지 옆 주차장이 어두워요", "전동 25-328번지 옆 주차장"),
        ("시청 앞 삼거리 신호등", "시청 앞 삼거리"),
        ("정부과천청사역 앞에서 버스가 안 서요", "정부과천청사역 앞"),
        ("인덕원역 5번 출구 에스컬레이터 고장", "인덕원역 5번 출구 에스컬레이터"),
        ("이 동네는 운동하기 좋아요", None),
        ("다들 활동 열심히 하시네요", None),
        ("우리 지역 예산이 부족해요", None),
        ("어린이보호구역 과속 차량", None),
        ("어르신들 위한 스마트폰 교실 열어주세요", None),
        ("주공 3단지 뒤 언덕길", "주공 3단지 뒤 언덕길"),
        ("북성동 3가 3번지 앞 골목", "북성동 3가 3번지 앞 골목"),
        ("삼성역 계단에 광고판", "삼성역 계단"),
        # (the district named right before an address belongs to it)
        # particles, endings and quantities that look like addresses or stations
        ("음식물쓰레기 수거가 3일째 안 됐어요", None),
        ("여름마다 모기 난리예요 방역 좀 부탁해요", None),
        ("그 사람 누나면 20대일걸요", None),
        ("공약사항으로 15억을 들였대요", None),
        ("중앙로1차선 막혔어요", None),
        ("요즘 서명운동 하던데요", None),
        ("투명한 아파트 관리가 필요해요", None),
        ("해당 공영주차장의 조명", None),
        ("어르신들 경로당 난방비", None),
        # a road named without a number, when a place word or a road object follows
        ("과천대로 신호등 고장났어요", "과천대로"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("별양로 쪽 인도 파손", "별양로 쪽"),
        ("새말길 쪽 하수구 막힘", "새말길 쪽"),
        ("예정대로 공사 진행합니다", None),
        ("주소를 안심카드로 변경해 주세요", None),
        ("학교로 버스 다녀요", None),
        ("골목길 앞 가로등", None),
        ("불법 현수막이 사거리마다 걸려 있어요", None),
        ("별양동 사거리 앞 신호등", "별양동 사거리 앞"),
        ("There's a huge pothole on Jungang-ro near the school", "Jungang-ro"),
        ("Seohae-daero 483beon-gil lights are out", "Seohae-daero 483beon-gil"),
        ("Re-do the sidewalk please", None),
        # halls, gyms, museums and mountains by name; a kind of place is no place
        # (the room where the problem is belongs to the place, as outside writers keep it: 8 rows to 0)
        ("문원체육관 샤워실 온수가 안 나와요", "문원체육관 샤워실"),
        ("국립현대미술관 앞 주차 단속 좀", "국립현대미술관 앞"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("청계산 입구 쪽 화장실이 잠겨 있어요", "청계산 입구 쪽"),
        ("부동산 앞에 불법주차", None),
        ("버스정류장 의자 좀 놔주세요", None),
        ("지하주차장 조명이 어두워요", None),
        ("반려견 놀이터 만들어 주세요", None),
        ("국공립 어린이집 더 늘려주세요", None),
        ("대기 너무 길어서 짜증남 병원 좀 늘려줘요", None),
        ("정류장이 멀어서 불편하므로 정류장 옮겨주세요", None),
        # boulevards and roads by name without a number; 대로 and 로 as particles
        ("경수대로 건널 때 신호가 너무 짧아요", "경수대로"),
        ("밤마다 중앙로에 불법주차가 줄지어 있어요", "중앙로"),
        ("한누리7로 인도 블록이 깨졌어요", "한누리7로 인도"),
        ("빈집을 단기임대로 내놓으면 좋겠어요", None),
        ("짜여진 시간표대로 움직여요", None),
        ("말한대로 됐네요", None),
        ("실제로는 아무도 안 지켜요", None),
        ("환승통로에 안내판 좀 달아주세요", None),
        # streams, apartment brands, exits and chain branches
        ("학의천에서 물고기가 떼로 죽어 있어요", "학의천"),
        ("국회의원 공천 반대합니다", None),
        ("하천에 쓰레기가 떠다녀요", None),
        ("푸르지오 정문 앞에 포트홀 생겼어요", "푸르지오 정문 앞"),
        ("그분은 인격자이고 좋은 분이에요", None),
        ("범계역 2번 출구에 쓰레기가 쌓였어요", "범계역 2번 출구"),
        ("Lights at 정부청사역 exit 7 are out", "정부청사역 exit 7"),
        ("GS25 별양점 앞에서 밤마다 술판이에요", "GS25 별양점 앞"),
        ("스타벅스 가봤어?", None),
        # 읍 and 동 before a copula; districts, shopping arcades, forests
        ("밤마다 너무 어두워요 송학동입니다", "송학동"),
        ("양촌읍에 빈집이 늘어요", "양촌읍"),
        # (a known failure since the ninth session: the learned guess takes a word outside the everyday words it knows
        # for a landmark's own name, which gained places over the outside sets, 255 -> 271 exact and 85 -> 78 spurious;
        # "국제무역" is such a word, and this formal title gets it as its place, 0.35)
        pytest.param("국제무역 활성화 방안", None, marks=pytest.mark.xfail(strict=True, reason="a formal word the room's "
                     "everyday words lack is read as a landmark's name")),
        ("마곡지구 공사 먼지가 심해요", "마곡지구"),
        ("지구 온난화 대책 세워주세요", None),
        pytest.param("중앙상가 화장실이 잠겨 있어요", "중앙상가 화장실", marks=pytest.mark.xfail(strict=True, reason=(
            "17th session: the end model trained on 117 outside sets ends before 화장실 here (중앙상가); writers keep "
            "a toilet after a named place 61 times to 21"))),
        ("건강보험공단 상담이 안 돼요", None),
        ("", None),
        # the whole span that locates the problem: 동 + complex + building or spot
        ("중앙동 한라비발디 2단지 분리수거장에 폐가구가 쌓여 있어요", "중앙동 한라비발디 2단지 분리수거장"),
        ("원천동 삼성아파트 103동 뒤 가로등이 나갔어요", "원천동 삼성아파트 103동 뒤"),
        ("역삼동 한신아파트 후문 쪽 보도블럭이 깨졌어요", "역삼동 한신아파트 후문 쪽"),
        ("은행동 은행주공 경로당 보일러가 고장났어요", "은행동 은행주공 경로당"),
        ("송파도서관 3층 열람실 의자가 삐걱거려요", "송파도서관 3층 열람실"),
        ("정자동 카페거리에 불법주차가 심해요", "정자동 카페거리"),
        ("과천시 별양동 주공4단지 분리수거장에 쓰레기가 넘쳐요", "과천시 별양동 주공4단지 분리수거장"),
        ("원문동 래미안슈르 아파트 단지 내 놀이터 미끄럼틀", "원문동 래미안슈르 아파트 단지 내 놀이터"),
        ("혹시 별양동 가로등 고쳐주실 수 있나요", "별양동"),
        # station + exit (+ the bus stop there), a road with its number, an intersection across 앞
        ("사당역 4번 출구 버스정류장 의자가 부서졌어요", "사당역 4번 출구 버스정류장"),
        ("성남대로 1102 앞 인도가 꺼졌어요", "성남대로 1102 앞 인도"),
        ("한빛초 앞 삼거리 신호등이 꺼졌어요", "한빛초 앞 삼거리"),
        # the ground across 앞 is part of the place (issue 12 item 6, second round: the labelled places run on
        # over the spot the problem is at), but not the thing that is broken
        ("호수공원 앞 횡단보도 신호가 짧아요", "호수공원 앞 횡단보도"),
        # a place named at the end counts as much as one at the start
        ("음식물 수거함이 넘쳐요 신갈동 새릉마을 5단지 재활용장이요", "신갈동 새릉마을 5단지 재활용장"),
        ("밤에 너무 어두워요 월계동 미륭아파트 정문입니다", "월계동 미륭아파트 정문"),
        ("하수구가 막혔어요 중앙공원 어린이 놀이터 옆이에요", "중앙공원 어린이 놀이터 옆"),
        ("중랑천 산책로 가로등이 나갔어요 면목동 쪽이요", "중랑천 산책로"),
        # a 동 alone only when that is all that is said
        ("밤마다 오토바이 소리 때문에 못 자요 구의동이에요", "구의동"),
        # never a fragment of a sentence, a person's title, or a kind of place
        ("그건 제 말이 아닌데 아파트 관리실에 물어보세요", None),
        ("현 시장이 공약을 안 지켜요", None),
        ("전 시장 때 만든 공원", None),
        ("사고가 발생하였고 앞으로도 위험해요", None),
        ("무노동 무임금 원칙 지켜주세요", None),
        ("아파트 단지 안에 개똥이 많아요", None),
        ("공원 산책로에 가로등 좀 달아주세요", None),
        # English reports with romanised places
        ("Broken swings at the playground in Seongnae-dong 2-ga", "Seongnae-dong 2-ga"),
        ("Overflowing bins all along Haeundae Beach", "Haeundae Beach"),
        # a station with its particle, not a word ending in 역 ("내역", "지역")
        ("밤 10시 넘으면 가평역에 택시가 한 대도 없어요", "가평역"),
        ("연신내역은 엘리베이터가 한 대뿐이라 줄이 길어요", "연신내역"),
        ("위택스 납부내역은 정상인데 고지서가 또 날아왔어요", None),
        ("우리 지역에 소아과가 하나도 없어요", None),
    ],
)
def test_find_place(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a 동 and the name that follows it: a complex, a street, a quarter (issue 12 item 6; the finder before: the 동 alone)
        ("원문동 과천자이 정문 앞에 불법주차 때문에 구급차가 못 들어가요", "원문동 과천자이 정문 앞"),
        ("청라동 커낼웨이 주말마다 주차 지옥이에요", "청라동 커낼웨이"),
        ("봉천동 은행나무길 낙엽이 배수구를 다 막았어요", "봉천동 은행나무길"),
        ("밤길이 무서워요 신림동 고시촌 골목이에요", "신림동 고시촌 골목"),
        ("스티로폼이 3주째 그대로예요 갈현동 제이드자이 분리수거장이요", "갈현동 제이드자이 분리수거장"),
        # a name before a building number or a gate is a complex, with or without 아파트
        ("위버필드 105동 앞 보안등이 며칠째 꺼져 있어요", "위버필드 105동 앞"),
        ("만수동 담방마을 아파트 101동 앞 보안등이 안 들어와요", "만수동 담방마을 아파트 101동 앞"),
        # park and sports facilities, and quarters, are part of the place
        ("관문체육공원 테니스장 조명이 반만 켜져요", "관문체육공원 테니스장"),
        ("문원동 문원체육공원 족구장 그물이 찢어졌어요", "문원동 문원체육공원 족구장"),
        ("양재천 징검다리 돌이 빠졌어요", "양재천 징검다리"),
        ("중계동 은행사거리 학원가에 전단지가 너무 많아요", "중계동 은행사거리 학원가"),
        ("개포동 주공 4단지 재건축 현장 가림막이 인도로 넘어왔어요", "개포동 주공 4단지 재건축 현장"),
        ("송내역 지하보도가 비만 오면 물이 차요", "송내역 지하보도"),
        ("깜깜해요 고잔동 호수공원 산책로예요", "고잔동 호수공원 산책로"),
        # ... but not an object of the report, a time, a verb, or a kind of place after the 동
        ("매탄동 가로등 진짜 다 꺼졌어요", "매탄동"),
        ("영통동 마을버스 배차가 너무 길어요", "영통동"),
        ("별양동 새벽마다 오토바이 소리가 시끄러워요", "별양동"),
        ("부림동 사는데 가로등이 나갔어요", "부림동"),
        # (the town's senior welfare centre is a place of its own: ninth session)
        ("노인복지관 가는 언덕이 빙판이에요", None),  # a lone generic office: writers name none (16th session)
        # a kind of facility after a 동 is that 동's own; an English word after it is the sentence going on
        ("문원동 청소년수련관 연습실 방음이 안 돼요", "문원동 청소년수련관"),
        ("Just moved to 별양동 from Seoul and the streetlights are all out", "별양동"),
        # English reports get the whole span after a romanised place (issue 12 item 5)
        ("The bins at Munwon-dong block 3 are overflowing again", "Munwon-dong block 3"),
        ("No answer from the Bupyeong-dong community center about the broken lift", "the Bupyeong-dong community center"),
        ("The signal at the Dongil-ro and Sanggye-ro intersection is dark", "the Dongil-ro and Sanggye-ro intersection"),
        ("Loose tiles at Sanggye-dong Jugong 7 complex gate, my mother tripped", "Sanggye-dong Jugong 7 complex gate"),
        ("Trash everywhere in Guwol-dong Please send a truck", "Guwol-dong"),
        ("The crosswalk near Gwacheon Station exit 3 has no signal", "near Gwacheon Station exit 3"),
        ("그 사람 인격자이고 뭐고 주차 좀 제대로 하지", None),
    ],
)
def test_find_place_keeps_the_whole_span_in_any_city(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # the ground right after a landmark, a complex, a gate or a quarter (issue 12 item 6, second round:
        # the labelled place runs on over the spot the problem is at; the finder before stopped short)
        ("명륜동 성균관대 후문 인도에 전동킥보드가 널브러져 있어요", "명륜동 성균관대 후문 인도"),
        ("망원시장 골목에 음식물 쓰레기가 쌓였어요", "망원시장 골목"),
        ("연산동 주택가 골목 보안등이 며칠째 나갔어요", "연산동 주택가 골목"),
        ("부산대 정문 오르막길이 빙판이에요", "부산대 정문 오르막길"),
        ("광안대교 진입 구간에 낙하물이 있어요", "광안대교 진입 구간"),
        ("서면역 버스 정류장 의자가 다 부서졌어요", "서면역 버스 정류장"),
        ("구청 주차장 차단기가 안 올라가요", "구청 주차장"),
        ("수영로 도로변에 불법 주차가 줄지어 있어요", "수영로 도로변"),
        ("대학동 원룸촌 골목 이면도로에 쓰레기가 넘쳐요", "대학동 원룸촌 골목 이면도로"),
        ("경성대 후문 골목 가로등이 꺼졌어요", "경성대 후문 골목"),
        # ... and across a relational word into the ground there
        ("연제동 법원 건너편 횡단보도 신호등이 고장났어요", "연제동 법원 건너편 횡단보도"),
        ("이마트 뒤 원룸촌에 쓰레기 무단투기가 심해요", "이마트 뒤 원룸촌"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("홈플러스 앞 장애인 주차구역에 일반 차량이 서 있어요", "홈플러스 앞"),
        ("용호초등학교 앞 어린이보호구역에서 과속하는 차가 많아요", "용호초등학교 앞 어린이보호구역"),
        ("명지동 도서관 맞은편 산책로 가로등이 나갔어요", "명지동 도서관 맞은편 산책로"),
        # a road and a stretch of it; a named bridge or street on a road; the town before a park by its kind
        ("반송로 석대동 구간 포트홀 좀 메워주세요", "반송로 석대동 구간"),
        ("동부순환로 반여사거리 진입 구간이 매일 막혀요", "동부순환로 반여사거리 진입 구간"),
        ("강변도로 영도교~부산교 구간에 물이 고였어요", "강변도로 영도교~부산교 구간"),
        ("중앙로 무지개다리 조명이 꺼졌어요", "중앙로 무지개다리"),
        ("동성로 차 없는 거리에 오토바이가 다녀요", "동성로 차 없는 거리"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("광교 호수공원 화장실이 잠겨 있어요", "광교 호수공원"),
        ("무심천 다리 아래 산책로가 어두워요", "무심천 다리 아래 산책로"),
        # English: the whole locating phrase
        ("The back entrance of Haeundae Library on Jwadong-ro is blocked by bins", "The back entrance of Haeundae Library on Jwadong-ro"),
        ("The trail behind Suyeong library is pitch dark", "The trail behind Suyeong library"),
        ("Potholes all over Suyeong-ro by the Namcheon intersection", "Suyeong-ro by the Namcheon intersection"),
        ("Someone dumped furniture at Seomyeon Station west exit", "Seomyeon Station west exit"),
        ("Drivers never stop at the Pusan University main gate crosswalk", "the Pusan University main gate crosswalk"),
        ("Big pothole on Jungang-daero right after the Choryang overpass", "Jungang-daero right after the Choryang overpass"),
        # ... but not the thing that is broken (a trailing 앞 stays with the place), not the ground after a 동 alone
        ("연제동 법원 앞 가로등이 나갔어요", "연제동 법원 앞"),
        ("용호초등학교 앞에 불법 주차가 심해요", "용호초등학교 앞"),
        ("사직동 골목에 쓰레기가 쌓였어요", "사직동 골목"),  # (outside writers keep a 동's alleys: 8 rows to 0)
        ("학교 앞 횡단보도 신호가 짧아요", None),
        ("다리 아래 산책로가 어두워요", None),
        ("종교 시설 앞 도로가 막혀요", None),
        ("There's a pothole on Suyeong-ro near the school", "Suyeong-ro"),
    ],
)
def test_find_place_runs_on_over_the_ground_the_problem_is_at(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text,place",
    [
        # a relational word after the place locates the problem by it, and belongs to the span (as most outside
        # writers of room sets label it)
        ("상록동 보건지소 근처에 들개가 자꾸 나타나요", "상록동 보건지소 근처"),
        ("청림동 물류단지 쪽에서 매일 밤 매캐한 냄새가 나요", "청림동 물류단지 쪽"),
        ("대명교 밑에 누가 폐가구를 버렸어요", "대명교 밑"),
        ("해오름시장 안에 조명이 반은 나갔어요", "해오름시장 안"),
        # ... and what stands across it: a park, an empty shop, a stream, a building site, a daycare
        ("송현역 앞 공원에 깨진 병이 널려 있어요", "송현역 앞 공원"),
        ("대흥시장 뒤 빈 점포에 쓰레기가 쌓였어요", "대흥시장 뒤 빈 점포"),
        ("청운대교 아래 하천에 거품이 떠 있어요", "청운대교 아래 하천"),
        ("신진초 옆 공사장 먼지 때문에 창문을 못 열어요", "신진초 옆 공사장"),
        ("한빛마을 3단지 201동 옆 어린이집 앞에 차들이 서 있어요", "한빛마을 3단지 201동 옆 어린이집 앞"),
        # not a negation, a verb or the broken object after it
        ("반송시장 주차장 안 치워요 한달째", "반송시장 주차장"),
        ("구암공원 앞 맨홀 뚜껑이 들렸어요", "구암공원 앞"),
        ("정말 너무하네 석천동 사거리 신호 좀 봐라", "석천동 사거리"),
    ],
)
def test_find_place_keeps_the_relational_word_and_what_stands_across_it(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text,place",
    [
        # an imperative or a chat ending before a place is not a district or a name ("정신 좀 차려라 석사동 ...")
        ("몇 번을 말해야 알아듣냐 정신 좀 차려라 월평동 갈마 삼거리", "월평동 갈마 삼거리"),
        ("아 진짜 짜증나네 아파트 입구에 트럭을 세워놨어요 두호동 현대아파트 정문", "두호동 현대아파트 정문"),
        # a word of the sentence before a school is no district ("단속 카메라 율량초 정문 쪽")
        ("과속 단속 카메라 문덕초 정문 쪽에도 달아주세요", "문덕초 정문 쪽"),
    ],
)
def test_find_place_takes_no_word_of_the_sentence_for_a_district(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text,place",
    [
        # the facility in a place where the problem is (outside writers keep it; the broken object stays out)
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("봉명역 2번 출구 엘리베이터 고장난 지 일주일째예요", "봉명역 2번 출구"),
        ("용지공원 화장실 휴지가 하나도 없어요", "용지공원 화장실"),
        ("해안 둘레길 데크 나무판이 빠졌어요", "해안 둘레길 데크"),
        # a 동 with its number, before what is in it
        ("상대2동 상대초 앞 스쿨존에서 과속하는 차가 많아요", "상대2동 상대초 앞 스쿨존"),
        # a township's village, with a particle or a stem like a verb ending ("대지리")
        ("산내면 대지리에 버스가 하루 두 번뿐이에요", "산내면 대지리"),
        ("부곡면 신촌리는 편의점도 없어서 면까지 나가야 해요", "부곡면 신촌리"),
        ("청리면 덕산리 들어가는 길 다 패였어요", "청리면 덕산리 들어가는 길"),
        # new towns by purpose
        ("어린이집이 너무 부족해요 혁신도시 국공립 좀 늘려주세요", "혁신도시"),
        ("장애인 체육시설 혁신도시 쪽에도 하나 있으면 좋겠어요", "혁신도시 쪽"),
        # inside a market, the pavement across 쪽
        ("풍물시장 안 가로등이 깜빡거려요", "풍물시장 안"),
        ("용당초 후문 쪽 인도 블록이 다 들떴어요", "용당초 후문 쪽 인도"),
        # a road before the place on it, but not 로 as a particle
        ("중앙로 대흥지하차도 안에 물이 차요", "중앙로 대흥지하차도 안"),
        ("버스로 시청 가는데 너무 오래 걸려요", None),
        ("카드로 시장 가서 장 봤어요", None),
        # a district after a clause, and no verb taken for one
        ("비만 오면 동탄 반송동 사거리가 물바다예요", "동탄 반송동 사거리"),
        ("개가 밤새 짖는데 주인은 신경도 안씀 일산동 한신빌라 2층", "일산동 한신빌라 2층"),
    ],
)
def test_find_place_keeps_facilities_villages_new_towns_and_roads_before_a_place(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text,place",
    [
        # rivers, numbered bridges and alleys known by what is sold there
        ("밤마다 낙동강 둔치에서 쓰레기 태우는 연기가 올라와요", "낙동강 둔치"),
        ("신천2교 보행로 난간이 흔들려요", "신천2교 보행로"),
        ("막창골목에서 주말마다 야시장 열면 좋겠어요", "막창골목"),
        # a school whose name ends in 하 ("장하초"), a 동 whose name ends like a common word, before a spot in it
        ("장하초 앞 어린이보호구역 표지판이 안 보여요", "장하초 앞 어린이보호구역"),
        ("모충동 주택가 빗물받이가 다 막혔어요", "모충동 주택가"),
        ("무노동 무임금 원칙 지켜주세요", None),
        # a village whose name ends like a common word, after its township
        ("청산면 농소리 큰길에 덤프트럭이 과속해요", "청산면 농소리 큰길"),
        # a 구 alone, when that is all the text says; not a drain, an exit or a restoration
        ("소아과 야간 진료 병원을 서남구에도 지정해주세요", "서남구"),
        ("실내수영장 하나 더 지어주세요 동북구 쪽은 자리가 없어요", "동북구 쪽"),
        ("하수구에서 냄새가 올라와요", None),
        ("공사 끝나면 원상복구는 안 하나요", None),
        # (17th session) a stream named alone, when nothing else says where; not a city, an amount or a recommendation
        ("안양천 모기 떼 장난 아니에요 방역 언제 해요?", "안양천"),
        ("비만 오면 양재천 산책로 잠겨요 배수 대책 없나요", "양재천 산책로"),
        ("탄천에 누가 폐타이어 버리고 갔어요", "탄천"),
        ("춘천에도 공공자전거 도입해 주세요", None),
        ("몇천 명이 쓰는 버스인데 배차 좀 늘려주세요", None),
        ("맨발걷기 황톳길 만들어주세요 다른 동네 추천해요", None),
        # (17th session) a verb joined by 고 before the children is no school: "깨지고 애들"
        ("폐공장 유리창 다 깨지고 애들이 들어가 놀아요 온산 화산리", "온산 화산리"),
        ("양지고 앞 횡단보도 신호등 고장났어요", "양지고 앞 횡단보도"),
    ],
)
def test_find_place_knows_rivers_bridges_alleys_and_districts(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text,place",
    [
        # a car's plate is no 가 district; the place comes after it
        ("불법주차 신고합니다 34나 5678 흰색 차량 매일 봉명동 체육공원 입구 장애인구역에 세워요", "봉명동 체육공원 입구 장애인구역"),
        # a word with an ending before 시장 is no market's name ("저런걸 시장이라고")
        ("시장이라는 사람은 행사만 다니고 신흥동 침수는 나몰라라 저런걸 시장이라고", "신흥동"),
        ("남문공연장 주변 공연 있는 날 불법주차 엄청나요", "남문공연장 주변"),
        # exercise equipment is what is broken, not where; what follows a village is where in it (sixth round: 62 rows to 16)
        ("호반공원 운동기구가 다 녹슬었어요", "호반공원"),
    ],
)
def test_find_place_takes_no_plate_ending_object_or_barn_for_a_place(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text,place",
    [
        # the way to a place by its name, though no pattern knows the name
        ("새만금홍보관 가는 길 안내판이 쓰러졌어요", "새만금홍보관 가는 길"),
        ("덕산동 부영3단지 후문 나가는 도로에 포트홀이 엄청 커요", "덕산동 부영3단지 후문 나가는 도로"),
        # not the way to a kind of place or to a person
        ("학교 가는 길에 가로등이 꺼져 있어요", None),
        # two places listed are one span, with what lies between them (outside writers keep them whole)
        ("봉곡동이랑 형곡동 사이 공터에 쓰레기가 쌓였어요", "봉곡동이랑 형곡동 사이 공터"),
        ("반납함 나운동이랑 수송동에도 하나씩 놔주세요", "나운동이랑 수송동"),
        ("교동시장이랑 중앙시장 묶어서 야시장 열면 좋겠어요", "교동시장이랑 중앙시장"),
        ("친구 가는 길 배웅했는데 가로등이 꺼져 있었어요", None),
        # industrial estates by number, interchanges, streets named like 경리단길
        ("2공단 근처에서 밤마다 타는 냄새가 나요", "2공단 근처"),
        ("북대전IC 앞 로터리 표지판이 가려져 안 보여요", "북대전IC 앞 로터리"),
        ("송리단길 주말마다 관광객 차가 골목을 막아요", "송리단길"),
    ],
)
def test_find_place_keeps_the_way_to_a_named_place_estates_and_interchanges(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # issue 12 item 6, third round: an unseen set's partial places stopped short of the label's end on
        # stretches of named roads, ranges, 쪽, across a relational word to a yard or a kind of landmark, and
        # a building number or a station exit with a spot after it; (the finder before stopped short)
        ("형산강 하상도로 연일대교~섬안큰다리 구간에 낙석이 있어요", "형산강 하상도로 연일대교~섬안큰다리 구간"),
        ("창원대로 성산동 방향 구간 포트홀 투성이에요", "창원대로 성산동 방향 구간"),
        ("번영로 신부동 방면 구간 가로등이 다 꺼졌어요", "번영로 신부동 방면 구간"),
        ("천안대로 성환읍 방향 2차로에 포트홀", "천안대로 성환읍 방향 2차로"),
        ("포항역에서 환호공원 사이 구간 버스가 너무 안 와요", "포항역에서 환호공원 사이 구간"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("천안역에서 터미널까지 인도가 엉망이에요", "천안역에서 터미널까지"),
        ("구성동 현대아파트와 구성초 사이 골목이 너무 어두워요", "구성동 현대아파트와 구성초 사이 골목"),
        ("중앙시장 쪽 횡단보도 신호가 너무 짧아요", "중앙시장 쪽 횡단보도"),
        ("원성동 원성초 후문 쪽 골목 가로등 고장", "원성동 원성초 후문 쪽 골목"),
        ("남산공원 둘레길 쪽 산책로에 멧돼지", "남산공원 둘레길 쪽 산책로"),
        ("용지아이파크 상가 앞 분리수거장에 음식물이 넘쳐요", "용지아이파크 상가 앞 분리수거장"),
        ("쌍용동 주공 3단지 상가 뒤편 분리수거장 냄새", "쌍용동 주공 3단지 상가 뒤편 분리수거장"),
        ("성정동 이마트 건너편 상가 골목에 쓰레기가 쌓여요", "성정동 이마트 건너편 상가 골목"),
        ("신부동 터미널 맞은편 공원 입구 가로등이 나갔어요", "신부동 터미널 맞은편 공원 입구"),
        ("퇴계동 현진에버빌 104동 쓰레기장 냄새가 심해요", "퇴계동 현진에버빌 104동 쓰레기장"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("불당동 대원칸타빌 203동 현관 앞 경사로가 얼었어요", "불당동 대원칸타빌 203동 현관 앞"),
        ("남산 둘레길 초입 안내판이 쓰러졌어요", "남산 둘레길 초입"),
        ("금성관 뒤편 주차장에 캠핑카가 한 달째 서 있어요", "금성관 뒤편 주차장"),
        # ... at the end of the message as much as at the start
        ("빙판길 좀 치워주세요 제발 영도대교 남단 보행로요", "영도대교 남단 보행로"),
        ("한 달째 그대로예요 두정동 현대아이파크 105동 앞 분리수거장", "두정동 현대아이파크 105동 앞 분리수거장"),
        # places missed entirely: no 동 and no suffix the finder knew (하상도로, 고가, 굴다리, 하굿둑, a named 다리)
        ("양덕 하상도로 물 빠짐이 엉망이에요", "양덕 하상도로"),
        ("용당교 밑 하상도로에 토사가 쌓였어요", "용당교 밑 하상도로"),
        ("소티재 고가 밑에 불법 투기 쓰레기가 쌓였어요", "소티재 고가 밑"),
        ("쌍용고가 밑 교차로 신호가 이상해요", "쌍용고가 밑 교차로"),
        ("철길 굴다리 벽에 금이 갔어요", "철길 굴다리"),
        ("금강하굿둑 밑 굴다리 조명이 다 나갔어요", "금강하굿둑 밑 굴다리"),
        ("여좌천 로망스다리 밑에 쓰레기가 떠다녀요", "여좌천 로망스다리 밑"),
        # English: a road before the landmark near it, lower-case landmark words, stretches, ground after a name
        ("Cars speed on Jungang-daero near Duho Elementary School", "Jungang-daero near Duho Elementary School"),
        ("Speeding on Beonyeong-ro right after the Sinbu intersection", "Beonyeong-ro right after the Sinbu intersection"),
        ("The streetlights along the Yeongildae Beach promenade are out", "the Yeongildae Beach promenade"),
        ("The Ssangyong intersection signal is stuck on red", "The Ssangyong intersection"),
        ("Someone dumped a mattress under the Yangdeok overpass", "the Yangdeok overpass"),
        ("Can someone fix the lights in the Dujeong tunnel?", "the Dujeong tunnel"),
        ("The footbridge over Cheonan Station is rusting", "The footbridge over Cheonan Station"),
        ("The sidewalk from Byeolyang-ro to Gwacheon Station is broken everywhere", "Byeolyang-ro to Gwacheon Station"),
        ("Buses skip the stretch between Jungang Market and City Hall Station", "Jungang Market and City Hall Station"),
    ],
)
def test_find_place_keeps_stretches_ranges_and_the_spot_after_a_place(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # ... and the new rules do not overreach: 고가 is also a word with a particle (사고가, 신고가), 다리 a
        # leg, 과 a department, 에서 a particle; a kind of building before "앞 골목" is no place; the pavement
        # on a side (쪽) is as often what is broken; which side of a 동 is the sentence's
        ("눈 온 다음 날 차가 미끄러져서 접촉사고가 났어요", None),
        ("신고가 안 돼요 전화도 안 받아요", None),
        ("교량 점검 언제 했는지 다리 입구에 붙여주세요", None),
        ("놀이터 흔들다리 줄이 끊어졌어요", None),
        ("춘천시 도시공원과 담당자입니다 풀베기는 다음 주 예정입니다", None),
        ("역에서 내려서 집에 가는 길이 어두워요", None),
        ("시청과 협의해서 정하세요", None),
        ("교회 앞 골목에 CCTV가 없어요", None),
        ("정문 쪽 보도가 꺼졌어요", None),
        ("부림동 쪽 도로가 막혀요", "부림동 쪽"),
        ("광안리 해변로 폭주족 소리", None),
    ],
)
def test_find_place_stretches_and_ranges_do_not_overreach(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # issue 12 item 6, fourth round. Rural units: a 면 alone, a 리 after its 면 or 읍 or before its ground,
        # and the village's ground after it (농로, 마을 안길, 큰길, 고갯길, 새로 난 길)
        ("장평면에 버스가 너무 안 와요", "장평면"),
        ("옥천면 신복리 농로에 폐타이어가 버려져 있어요", "옥천면 신복리 농로"),
        ("정남면 보통리 농로가 물에 잠겼어요", "정남면 보통리 농로"),
        ("금산면 용동리 마을 안길이 패여서 물이 고여요", "금산면 용동리 마을 안길"),
        ("가곡리 마을 안길 가로등 좀 고쳐 주세요", "가곡리 마을 안길"),
        ("봉동읍 구암리 큰길에 과속 차량이 많아요", "봉동읍 구암리 큰길"),
        ("남면 발산리 고갯길 눈 좀 치워 주세요", "남면 발산리 고갯길"),
        ("비봉면 양노리 새로 생긴 길에 차들이 과속해요", "비봉면 양노리 새로 생긴 길"),
        ("구례리 마을회관 앞 농로가 패였어요", "구례리 마을회관 앞 농로"),
        ("쓰레기가 한가득이에요 마도면 슬항리 농로요", "마도면 슬항리 농로"),
        # a district or an old town named without a suffix before a place, at the start of a sentence or
        # after a time word
        ("분당 정자동 카페거리 쓰레기가 너무 많아요", "분당 정자동 카페거리"),
        # (17th session: ends before the pavement that is broken, as writers do before "인도가" 6 times of 10)
        ("일산 탄현동 두산위브 앞 인도가 깨졌어요", "일산 탄현동 두산위브 앞"),
        ("평촌 귀인초 옆 소공원 그네가 부서졌어요", "평촌 귀인초 옆 소공원"),
        ("위례 신도시 중앙공원 화장실이 잠겨 있어요", "위례 신도시 중앙공원 화장실"),
        ("산본 중심상가 뒤 공영주차장이 늘 만차예요", "산본 중심상가 뒤 공영주차장"),
        ("어제 분당 서현동 먹자골목에 쓰레기가 넘쳤어요", "분당 서현동 먹자골목"),
        ("평촌 학원가 골목에 불법 주차가 심해요", "평촌 학원가 골목"),
        ("하당 신도심 먹자골목 쓰레기가 넘쳐요", "하당 신도심 먹자골목"),
        # ... and alone, when nothing else locates the problem
        # places without an admin suffix: industrial parks, halls, school zones, the way to a place out of town
        ("반월공단 쪽에서 매연 냄새가 넘어와요", "반월공단 쪽"),
        ("시화산단 진입로 포트홀 좀 메워 주세요", "시화산단 진입로"),
        ("녹산 국가산업단지 기숙사 앞 도로에 가로등이 없어요", "녹산 국가산업단지 기숙사 앞 도로"),
        ("성남 아트센터 앞 광장 분수대가 고장났어요", "성남 아트센터 앞 광장 분수대"),
        ("의정부 예술의전당 앞 광장에 쓰레기가 많아요", "의정부 예술의전당 앞 광장"),
        ("대성경로당 가는 언덕길이 미끄러워요", "대성경로당 가는 언덕길"),
        ("양지마을 경로당 가는 길 가로등이 꺼졌어요", "양지마을 경로당 가는 길"),
        ("용담저수지 가는 농로가 꺼졌어요", "용담저수지 가는 농로"),
        # fragments: a determiner after a 동 is no name, a facility with a quantity no place
        ("가경동 다른 곳은 다 치웠는데 여기만 그대로예요", "가경동"),
        ("24시간 어린이집 앞에 주차 좀 하지 마세요", None),
        # English: a road between two places, a school's whole name, a spot in a township or an industrial complex
        ("The road from Osan Station to the town center is full of potholes", "The road from Osan Station to the town center"),
        ("The slope in front of Daejeon Foreign Language High School is icy",
         "in front of Daejeon Foreign Language High School"),
        ("Trucks block the farm road in Jeongnam-myeon", "the farm road in Jeongnam-myeon"),
        ("The dorms in Sihwa industrial complex smell like chemicals", "The dorms in Sihwa industrial complex"),
    ],
)
def test_find_place_rural_units_districts_without_a_suffix_and_places_out_of_town(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # ... and they do not overreach: 면 and 리 end many words and endings, a bare word before a place is
        # often a time, a pronoun or an object, "X 쪽" a side, "가는 길" the way somewhere, a spot in a 동 the 동's
        ("그러면 우리 동네는 언제 해주나요", None),
        ("그 예산이면 차라리 다른 데 쓰는게 낫지 않나요", None),
        ("노면에 구멍이 너무 많아요", None),
        ("울타리에 쓰레기가 걸려 있어요", None),
        ("두 마리에게 밥을 주는 사람이 있어요", None),
        ("길거리에 쓰레기통이 없어요", None),
        ("반대쪽 인도에 쓰레기가 많아요", None),
        ("오른 쪽 차선이 너무 좁아요", None),
        ("신고하면 빨리 처리되나요 가로등이 깜빡여요", None),
        ("아기 예방접종 보건소에서 무료로 되나요", "보건소"),  # (nor the service before the office: 24th session)
        ("이번주 일요일 관악산 등산로 정비한대요", "관악산 등산로"),
        ("그동안 문원동 행정복지센터 앞이 너무 어두웠어요", "문원동 행정복지센터 앞"),
        ("시장 가는 길에 보도블록이 깨졌어요", None),
        ("정자동 가는 길이 너무 막혀요", "정자동 가는 길"),  # (the way to it: outside writers keep it, 38 rows to 2)
        ("There is broken glass in the alley in Gyo-dong", "Gyo-dong"),
        ("The playground in Sinwol park has broken glass", "Sinwol park"),
    ],
)
def test_find_place_rural_units_and_districts_do_not_overreach(text, place):
    assert find_place(text) == place


# --- quality on the shared validation files (skipped when the data is absent) ---------------


def _shared_data() -> Path | None:
    env = os.environ.get("SOTONG_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[1].parent / "shared" / "data")
    for c in candidates:
        if (c / "complaint.valid.jsonl").is_file() and (c / "chatstyle.jsonl").is_file():
            return c
    return None


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def valid_reports():
    data = _shared_data()
    if data is None:
        pytest.skip("shared data not found (set SOTONG_SHARED_DATA or place it at ../shared/data)")
    valid = evaluate(_read(data / "complaint.valid.jsonl"))
    chat_rows = [r for r in _read(data / "chatstyle.jsonl") if chatstyle_split(r["text"]) == "valid"]
    chat = evaluate(chat_rows)
    print(format_report(valid))
    print(format_report(chat))
    return valid, chat


def test_detection_f1_on_every_source(valid_reports):
    valid, chat = valid_reports
    assert valid.detection.f1 >= 0.90
    for src, s in {**valid.per_source, **chat.per_source}.items():
        assert s.f1 >= 0.90, (src, s)


def test_detection_f1_on_chatstyle(valid_reports):
    _, chat = valid_reports
    assert chat.detection.n >= 150
    assert chat.detection.f1 >= 0.85


def test_category_macro_f1_floor(valid_reports):
    # Regression floor for what the model reaches today on the noisy coarse labels
    # (Incheon's come from the handling department); see training/README.md.
    valid, _ = valid_reports
    assert valid.category_n >= 150
    assert valid.macro_f1 >= 0.40


# Known gap, issue blocked (see training/README.md). strict: once a model meets the target this XPASSes and the marker must go.
@pytest.mark.xfail(reason="issue target 0.80 not reached: 0.45 on complaint.valid (labels follow the "
                          "handling department, not the topic); see training/README.md", strict=True)
def test_category_macro_f1_target(valid_reports):
    valid, _ = valid_reports
    assert valid.macro_f1 >= 0.80


# --- evaluation arithmetic (no data needed) ------------------------------------------------


def test_evaluate_with_a_stub_classifier():
    rows = [
        {"text": "a", "label": "complaint", "source": "s1", "category": "road_infrastructure"},
        {"text": "b", "label": "complaint", "source": "s1", "category": "transport_parking"},
        {"text": "c", "label": "proposal", "source": "s2"},
        {"text": "d", "label": "none", "source": "s3"},
        {"text": "e", "label": "none", "source": "s3"},
        {"text": "f", "label": "borderline", "source": "s3"},  # not a detection label: ignored
    ]
    answers = {
        "a": Intake("complaint", "streetlight", None, 0.9, "a"),
        "b": Intake("complaint", "road", None, 0.9, "b"),
        "c": Intake("complaint", "welfare", None, 0.9, "c"),
        "d": Intake("other", "other", None, 0.9, "d"),
        "e": Intake("proposal", "welfare", None, 0.9, "e"),
    }
    rep = evaluate(rows, classifier=answers.__getitem__)
    assert (rep.detection.tp, rep.detection.fp, rep.detection.fn) == (3, 1, 0)
    assert rep.detection.n == 5
    assert rep.per_source["s1"].f1 == 1.0 and rep.per_source["s1"].label == "civic"
    assert rep.per_source["s3"].label == "none" and rep.per_source["s3"].accuracy == 0.5
    assert rep.kind_n == 3 and abs(rep.kind_accuracy - 2 / 3) < 1e-9
    # category: road_infrastructure right (streetlight maps to it), transport_parking wrong (road)
    assert rep.category_n == 2
    assert rep.per_category["road_infrastructure"].tp == 1
    assert rep.per_category["transport_parking"].f1 == 0.0
    assert abs(rep.macro_f1 - (2 / 3 + 0.0) / 2) < 1e-9
    text = format_report(rep)
    assert "macro-F1" in text and "s3" in text


# --- issue 12: what a report is, in the styles residents write ---------------------------------
# Written after the model of this commit was trained, and not trained on. The model before it
# missed 3 of these 12 reports ("교체 계획은 없나요?", "진짜 욕나오네 ...", "미친 인도 블럭 ...") and took
# the last opinion for a report; this one misses the sarcastic "밤에 쉬나 봐요" (P(report) 0.41).

STYLE_REPORTS = [
    # phrased as a question
    "우리 아파트 앞 맨홀 뚜껑 들썩거리는 거 언제 고쳐주시나요?",
    "놀이터 그네 부서진 지 한 달 넘었는데 교체 계획은 없나요?",
    "버스정류장 전광판 꺼진 거 왜 아무도 안 고치는 거예요?",
    "골목 가로등이 일주일째 꺼져 있는데 이거 언제 수리돼요?",
    # swearing at the situation
    "아 ㅅㅂ 하수구 또 역류해서 가게 앞이 물바다임",
    "진짜 욕나오네 쓰레기 수거차 또 안 왔어 벌써 닷새째",
    "미친 인도 블럭 빠진 데 발 걸려서 넘어짐 개아픔",
    # sarcastic
    "우리 동네 가로등은 밤에 쉬나 봐요 해 지면 꺼지네요 ^^",
    "보도블럭 공사를 올해만 세 번째 하시네요 블럭 수집하시나 봐요",
    # short, without a place; English
    "맨홀 뚜껑 없어짐 위험",
    "음식물 쓰레기 일주일째 안 가져가요",
    "Streetlights are out along Jungang-ro near the school",
]
STYLE_OTHERS = [
    # thanks for a repair
    "어제 말씀드린 하수구 벌써 뚫어주셨네요 정말 감사합니다",
    "놀이터 그네 새 걸로 바꿔주셔서 애들이 좋아해요 고맙습니다",
    # city staff, with and without their department
    "[자원순환과] 말씀하신 골목 쓰레기는 오늘 오후 수거 예정입니다",
    "안녕하세요 도로관리과입니다 해당 맨홀은 내일 교체하겠습니다",
    "현장 확인 결과 보수가 필요해 다음 주 중 공사하겠습니다",
    # where, when, news, an opinion without a request
    "대형폐기물 신고는 어디서 하나요?",
    "이번 주 재활용 수거는 무슨 요일이에요?",
    "시청 민원실 토요일에도 열어요?",
    "뉴스에서 보니 내년에 우리 동네에 도서관 생긴대요",
    "저는 가로등을 LED로 바꾸는 거 찬성이에요",
]


def test_reports_in_every_style_are_taken_for_reports():
    missed = [(t, r.civic) for t in STYLE_REPORTS if (r := classify(t)).kind == "other"]
    assert len(missed) <= 1, missed


def test_thanks_staff_answers_questions_news_and_opinions_are_not_reports():
    taken = [(t, r.civic) for t in STYLE_OTHERS if (r := classify(t)).kind != "other"]
    assert taken == []


def test_a_clear_report_naming_a_problem_and_a_place_is_filed_without_asking():
    # the model before took "호수공원 놀이터 그네 줄이 끊어졌어요" for a report but asked (0.72)
    settings = IntakeSettings()
    clear = [
        "문원동 한양아파트 앞 보도블럭이 다 깨졌어요",
        "호수공원 놀이터 그네 줄이 끊어졌어요",
        "별양동 주공6단지 재활용장에 쓰레기가 넘쳐요",
        "과천역 2번 출구 앞 가로등이 나갔어요",
        "중앙로 12 앞 하수구가 막혔어요",
        "관문사거리 신호등이 고장났어요",
        "갈현동 어린이집 앞에 불법주차 차량 때문에 애들이 위험해요",
        "양재천 산책로 벤치가 부서졌어요",
    ]
    asked = [(t, r.confidence) for t in clear if not settings.files_outright((r := classify(t)).confidence, r.civic)]
    assert asked == []


def test_a_message_scores_the_same_whatever_the_process_string_hashing():
    """Restarting the bot must not move a report across a threshold: the scores may not follow set order."""
    import subprocess
    import sys

    script = ("from moderation.intake import classify; r = classify('축제 때 임시 화장실이 부족해서 상가 화장실로 다 몰려요'); "
              "print(repr((r.civic, r.confidence, r.category_confidence, r.kind_confidence)))")
    root = Path(__file__).resolve().parents[1]
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=root,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert len(seen) == 1, seen


def test_confidence_of_a_report_is_its_probability_of_being_one():
    r = classify("호수공원 놀이터 그네 줄이 끊어졌어요")
    assert r.kind == "complaint" and r.confidence == r.civic
    o = classify("이번 주 재활용 수거는 무슨 요일이에요?")
    assert o.kind == "other" and abs(o.confidence - (1 - o.civic)) < 1e-3
    assert 0.0 <= r.kind_confidence <= 1.0 and 0.0 <= r.category_confidence <= 1.0


@pytest.mark.parametrize(
    "text, category",
    [
        # ice and snow are safety, wherever they are (the model before: welfare, road)
        ("경로당 가는 골목이 꽁꽁 얼어서 어르신들이 못 나오세요", "safety"),
        ("어린이집 앞 인도가 눈 때문에 빙판이에요", "safety"),
        ("Ice on the path to the senior center, someone will fall", "safety"),
        # a traffic signal that blinks or goes dark is traffic, a streetlight that does is streetlight
        ("사거리 신호등이 밤새 노란불로 깜빡거려요", "traffic"),
        ("횡단보도 신호등 불이 아예 안 들어와요", "traffic"),
        ("The traffic light at the crossing keeps blinking yellow", "traffic"),
        ("골목 가로등이 깜빡거리다 꺼졌어요", "streetlight"),
        # animals in a park are animals; a broken bench is parks
        ("공원 놀이터에 목줄 안 한 큰 개가 돌아다녀요", "animals"),
        ("산책로에 멧돼지가 나타났어요 조심하라고 안내 좀 해주세요", "animals"),
        ("공원 벤치 다리가 부러졌어요", "parks"),
        # a flooded underpass and a blocked drain are water_sewer (the seventh round: five outside writers of six
        # route the underpass to drainage); a prowler is safety
        ("비만 오면 지하차도가 잠겨서 차가 못 지나가요", "water_sewer"),
        ("빗물받이가 막혀서 골목에 물이 고여요", "water_sewer"),
        ("밤마다 주차장에서 차 문 열어보는 수상한 사람이 있어요", "safety"),
    ],
)
def test_the_problem_decides_the_category_not_a_nearby_keyword(text, category):
    assert classify(text).category == category


@pytest.mark.parametrize(
    "text, category",
    [
        # the place a problem is at names a topic of its own: the problem still decides (issue 12 item 7)
        ("도서관 앞 보도블럭이 다 깨졌어요", "road"),
        ("공원 화장실 앞에 쓰레기가 산더미예요", "waste"),
        ("보건소 주차장 입구에 차들이 이중주차를 해요", "parking"),
        ("경로당 옆 골목 가로등이 나갔어요", "streetlight"),
        ("놀이터 옆 맨홀에서 하수 냄새가 올라와요", "water_sewer"),
        ("체육관 앞 횡단보도 신호가 너무 짧아요", "traffic"),
        ("학교 앞 과속방지턱이 다 닳아서 없어졌어요", "road"),
        ("복지관 가는 비탈길에 눈이 그대로 쌓여 있어요", "safety"),
        ("공원 산책로에서 목줄 풀린 개가 사람을 물었어요", "animals"),
        ("어린이집 앞 도로에 차들이 너무 빨리 달려요 과속카메라 달아주세요", "traffic"),
        # (stalls that block the pavement are the stalls' business, economy: outside writers 30 rows to 7 road over
        # the 71 sets that may be read; it read road until the category head learned from 26 more of them)
        ("시장 앞 인도에 노점이 꽉 차서 못 지나가요", "economy"),
        ("The pedestrian signal by the school blinks and goes dark at night", "traffic"),
        # parked cars are parking whatever they block, a broken surface is road wherever it is
        ("교차로 안에 이중주차한 차 때문에 버스가 못 돌아요", "parking"),
        ("횡단보도 한가운데 차를 세워두고 가버렸어요", "parking"),
        ("공원 입구 싱크홀이 점점 커져요", "road"),
        ("들개들이 음식물 쓰레기통을 다 뒤집어 놨어요", "animals"),
        # (the model before: parks, traffic, welfare)
        ("공원 벤치 밑에 개 배설물이 잔뜩 있어요 견주들이 안 치워요", "animals"),
        ("학교 앞 과속방지턱이 다 깎여서 차들이 쌩쌩 달려요", "road"),
        ("스터디카페처럼 공공 독서실 좀 만들어주세요", "culture"),
    ],
)
def test_the_problem_decides_the_category_where_the_place_names_another_topic(text, category):
    assert classify(text).category == category


@pytest.mark.parametrize(
    "text, category",
    [
        # the problem decides against the place or the thing it comes from (issue 12 item 7; the model
        # before: parking, road, parks, parks, safety, animals, parks)
        ("지하 주차장에서 누가 차 문을 하나씩 당겨보고 다녀요", "safety"),
        ("도로 공사 현장에서 새벽부터 드릴 소리가 나요", "environment"),
        ("공원 연못 주변에 모기가 들끓어요", "health"),
        ("The geese at the lake park keep chasing children", "animals"),
        ("수도 계량기가 얼어 터져서 물이 안 나와요", "water_sewer"),
        ("The bar next to our building plays loud music at night", "environment"),
        # (noise with no animal or lamp in it: the English head read "at night" as barking and "street" as its lamps)
        ("A bar plays loud music at night", "environment"),
        ("Loud music at night from the pub across the street", "environment"),
        ("Rats running around the playground at night, please send pest control", "health"),
        # and the other side of each pair stays
        ("교차로 모퉁이 가로등이 꺼져 있어서 건너는 사람이 안 보여요", "streetlight"),
        ("버스정류장 의자 밑에 꽁초랑 쓰레기가 수북해요", "waste"),
        ("재개발 구역 빈집들이 몇 년째 방치돼 있어요", "housing"),
        ("무인민원발급기가 어르신들 쓰기엔 너무 어려워요", "other"),
        ("하천 둔치 풀밭에 진드기가 많다는데 방역 좀 해주세요", "health"),
    ],
)
def test_the_problem_decides_in_the_other_confusable_pairs(text, category):
    r = classify(text)
    assert r.kind != "other" and r.category == category


@pytest.mark.parametrize(
    "text, predicted, category",
    [
        # something about to fall on people is safety, not the building, shop or park it hangs on
        ("상가 옥상 광고판이 바람에 덜렁거려서 떨어질 것 같아요", "housing", "safety"),
        ("공원 입구 담장이 기울어서 곧 무너질 것 같아요", "parks", "safety"),
        ("A shop sign on the main street is hanging by one screw", "economy", "safety"),
        # ... but an empty house falling apart is housing
        ("폐가 담벼락이 무너질 것 같은데 집주인을 모른대요", "housing", "housing"),
        # a lamp, a drain, noise or fumes in a park are the lamp's, the drain's and the noise's
        ("공원 둘레길 보안등이 사흘째 안 켜져요", "parks", "streetlight"),
        ("공원 입구 하수구에서 물이 역류해요", "parks", "water_sewer"),
        ("공원 옆 공사장에서 아침마다 드릴 소리가 나요", "parks", "environment"),
        ("People burn leaves next to the park every evening, the smoke is awful", "parks", "environment"),
        # ... and the park's own upkeep stays parks
        ("공원 화장실 냄새가 입구까지 나요", "parks", "parks"),
        ("공원 분수대 타일이 깨졌어요", "parks", "parks"),
    ],
)
def test_the_problem_decides_over_the_place_third_round(text, predicted, category):
    # taxonomy.problem_category alone, given what the model said (issue 12 item 7, third round)
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


@pytest.mark.parametrize(
    "text, predicted, category",
    [
        # a watercourse never dredged floods the fields: the desk that keeps it (water_sewer), not disasters
        ("마을 앞 하천 준설을 안 해서 비만 오면 논이 잠겨요", "safety", "water_sewer"),
        ("The ditch by our fields is full of silt and floods every storm", "safety", "water_sewer"),
        # ... while a flooded underpass stays safety
        ("지하차도가 물에 잠겼는데 통제를 안 해요", "safety", "safety"),
        # bags torn open by cats: the rubbish is the problem
        ("고양이들이 분리 안 한 쓰레기봉투를 밤마다 찢어놔요", "waste", "waste"),
        # ... a cat by the bins with nothing about the bags is still the animal
        ("쓰레기장 옆에 다친 고양이가 며칠째 있어요", "waste", "animals"),
        # e-scooters strewn on the pavement are the parking desk's to remove (seventh session: 13 outside writers of
        # 45 sets say parking, 10 safety); ridden along it they are safety
        ("역 앞 인도에 공유킥보드가 널브러져 있어요", "traffic", "parking"),
        ("Rental scooters dumped across the pavement outside the station", "road", "parking"),
        ("킥보드가 인도로 쌩쌩 달려서 무서워요", "safety", "safety"),
        # light shining into homes is pollution, a lamp that is out is the lamp's
        ("공원 야간 조명이 너무 밝아서 앞 아파트가 잠을 못 자요", "streetlight", "environment"),
        ("공원 가로등이 사흘째 안 켜져요", "streetlight", "streetlight"),
        # dead fish in a stream: pollution
        ("하천에 물고기가 떼로 죽어서 떠 있어요", "animals", "environment"),
        # a convex mirror at a bend: a traffic-safety device
        ("커브길 반사경이 깨져서 맞은편 차가 안 보여요", "road", "traffic"),
        # a works barrier already down across the pavement is safety; a fallen trail sign stays the park's
        ("공사장 바리케이드가 쓰러져서 인도를 막고 있어요", "road", "safety"),
        ("등산로 입구 안내판이 쓰러져 있어요", "parks", "parks"),
    ],
)
def test_the_problem_decides_over_the_place_fourth_round(text, predicted, category):
    # taxonomy.problem_category alone, given what the model said (issue 12 item 7, fourth round)
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


@pytest.mark.parametrize(
    "text, predicted, category",
    [
        # a sandpit fouled by cats where the sand is to be changed or covered: the park's upkeep
        ("아파트 옆 놀이터 모래밭에 길고양이 똥이 많아요 모래 좀 바꿔 주세요", "parks", "parks"),
        ("Cats use the playground sandbox as a toilet, please cover it at night", "parks", "parks"),
        # ... a dead cat in it is still the animals' (droppings with no such ask: parks since the sixth round, below)
        ("놀이터 모래밭에 고양이가 죽어 있어요", "parks", "animals"),
        # a flooded semi-basement where the ask is to move out: the desk that rehouses
        ("반지하 사는데 비만 오면 물이 차요 이주 지원은 없나요", "housing", "housing"),
        ("Our semi-basement floods every summer, can the city help us relocate?", "housing", "housing"),
        # ... the flood itself, or a flood barrier, stays safety
        ("반지하 집에 물이 차서 물막이판이 필요해요", "housing", "safety"),
        # dog-poo bags thrown on a trail: litter (waste), like bags torn open by cats
        ("산책로에 개똥 봉지를 아무 데나 버리고 가요", "waste", "waste"),
    ],
)
def test_the_problem_decides_over_the_place_fifth_round(text, predicted, category):
    # taxonomy.problem_category alone, given what the model said (issue 12 item 7, fifth round)
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


@pytest.mark.parametrize(
    "text, predicted, category",
    [
        # water where it should not be: the desk that keeps drains and watercourses, as outside writers route it
        ("지하주차장이 비만 오면 물에 잠겨요 배수펌프 좀 봐주세요", "safety", "water_sewer"),
        ("논에 물이 안 빠져서 모가 다 잠겼어요", "safety", "water_sewer"),
        ("Our street floods every time it rains, the water just sits there for days", "road", "water_sewer"),
        # ... but a closure, a warning or a flood barrier is the disaster desk's (a flooded underpass itself is
        # water_sewer since the seventh round)
        ("비만 오면 지하차도가 잠겨서 차가 못 지나가요", "road", "water_sewer"),
        ("하천 산책로가 물에 잠겼는데 통제를 안 해요", "parks", "safety"),
        ("반지하 집에 물이 차서 물막이판이 필요해요", "housing", "safety"),
        # a locked door is no flood
        ("공원 화장실 문이 잠겼어요", "parks", "parks"),
    ],
)
def test_a_flood_is_water_sewer_unless_people_are_in_danger(text, predicted, category):
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


def test_the_room_category_head_decides_for_a_text_written_like_a_room_message():
    # a model with room heads: the style head's P(room) picks which category head decides (model.py)
    import numpy as np

    from moderation.intake.features import extract
    from moderation.intake.model import IntakeModel

    room, board = extract("공원 벤치가 부서졌어요"), extract("BOARD TITLE REQUEST")
    vocab = sorted(set(room) | set(board))
    # columns: detection, kind, category (a, b), room category (a, b), style
    w = np.zeros((len(vocab), 7))
    for i, f in enumerate(vocab):
        if f in room and f not in board:
            w[i] = [1, 0, 1, 0, 0, 1, 4]  # the first head says a, the room head b, the style head "room"
        elif f in board and f not in room:
            w[i] = [1, 0, 1, 0, 0, 1, -4]
    idf2 = np.ones(len(vocab), dtype=np.float32)
    bias = np.zeros(7, dtype=np.float32)
    with_room = IntakeModel(vocab, w, idf2, bias, ["parks", "road"], 0.5, room_heads=1, room_gate=0.5)
    s_room, s_board = with_room.scores("공원 벤치가 부서졌어요"), with_room.scores("BOARD TITLE REQUEST")
    assert s_room is not None and s_board is not None
    assert s_room.p_room is not None and s_room.p_room > 0.9 and max(s_room.category_probs, key=s_room.category_probs.get) == "road"
    assert s_board.p_room is not None and s_board.p_room < 0.1
    assert max(s_board.category_probs, key=s_board.category_probs.get) == "parks"
    # without room heads the same first columns give the first head's category, and no P(room)
    plain = IntakeModel(vocab, w[:, :4], idf2, bias[:4], ["parks", "road"], 0.5)
    s_plain = plain.scores("공원 벤치가 부서졌어요")
    assert s_plain is not None and s_plain.p_room is None
    assert max(s_plain.category_probs, key=s_plain.category_probs.get) == "parks"


def test_the_packaged_model_reads_room_messages_as_room_style():
    # the style head of the packaged model: room messages use the room category head
    from moderation.intake.model import get_model

    model = get_model()
    assert model.room_heads == 1
    for text in ("복지관 앞 계단 손잡이가 빠졌어요 어르신들 넘어지시겠어요", "공원 옆 술집 음악 소리 때문에 잠을 못 자요 ㅠㅠ",
                 "The bins at the station are overflowing again"):
        s = model.scores(text)
        assert s is not None and s.p_room is not None and s.p_room >= model.room_gate, text


def test_a_reply_that_only_adds_detail_reads_as_detail_and_a_report_does_not():
    # Intake.detail, for the reply-structure decision: a short reply under someone else's report
    for text in ("2단지 정문 쪽이에요", "저도 어제 거기서 봤어요", "오늘 아침에도 그대로였어요"):
        assert classify(text).detail >= 0.5, text
    for text in ("2단지 정문 앞 가로등이 나갔어요", "하수구가 막혀서 물이 넘쳐요"):
        assert classify(text).detail < 0.5, text


# --- the packaged artefact -------------------------------------------------------------------


def _packaged_arrays() -> dict:
    from importlib import resources

    import numpy as np

    ref = resources.files("moderation.intake").joinpath("model.npz")
    with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def test_the_model_carries_its_format_features_and_training_data():
    from moderation.intake.features import FEATURE_VERSION, fingerprint
    from moderation.intake.model import FORMAT_VERSION, get_model

    meta = get_model().meta
    assert meta["format_version"] == str(FORMAT_VERSION)
    assert meta["feature_version"] == FEATURE_VERSION
    assert meta["feature_fingerprint"] == fingerprint()
    assert len(meta["shared_data_sha256"]) == 64 and len(meta["handwritten_sha256"]) == 64


def test_a_model_trained_with_other_features_is_refused_with_a_clear_error():
    import numpy as np

    from moderation.intake.model import IntakeModel, IntakeModelMismatch

    arrays = _packaged_arrays()
    arrays["feature_fingerprint"] = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
    with pytest.raises(IntakeModelMismatch, match="feature extractor.*rebuild it"):
        IntakeModel.from_npz(arrays)
    arrays = _packaged_arrays()
    arrays["format_version"] = np.int32(1)
    with pytest.raises(IntakeModelMismatch, match="format 1"):
        IntakeModel.from_npz(arrays)
    del arrays["format_version"]  # an artefact from before the metadata
    with pytest.raises(IntakeModelMismatch, match="format"):
        IntakeModel.from_npz(arrays)
    IntakeModel.from_npz(_packaged_arrays())  # the packaged one fits


def test_training_place_labels_run_on_over_the_ground():
    # the team's place labels follow the place convention of training/README.md: none stops where the ground
    # the problem is at begins ("법원 앞" before "횡단보도"), as training/relabel_places_ground.py grows it
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    try:
        from relabel_places_ground import whole_span
    finally:
        sys.path.pop(0)
    path = Path(__file__).resolve().parents[1] / "training" / "room_patterns.jsonl"
    rows = [r for r in _read(path) if r.get("place")]
    assert len(rows) > 200
    short = [(r["place"], whole_span(r["text"], r["place"])) for r in rows]
    assert [pair for pair in short if pair[0] != pair[1]] == []
    # the checker itself grows a label that stops short, and leaves a whole one alone
    assert whole_span("법원 앞 횡단보도 신호가 짧아요", "법원") == "법원 앞 횡단보도"
    assert whole_span("법원 앞 가로등이 나갔어요", "법원") == "법원"


def test_the_packaged_model_was_trained_on_the_hand_written_rows_of_this_tree():
    # an edit to training/*.jsonl, training/augment_handwritten.py or the place patterns (the
    # place-swapped copies) without rebuilding the model fails here
    import sys

    from moderation.intake.model import get_model

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    try:
        import augment_handwritten
    finally:
        sys.path.pop(0)
    assert get_model().meta["handwritten_sha256"] == augment_handwritten.digest()


def test_the_outside_room_sets_train_detection_and_the_room_category_head_once_their_blind_scores_are_in():
    # an outside writer's set is blind until scored; after that it teaches the model the way outside writers
    # write (issue 12: detection and categories are judged on sets written by outsiders)
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    try:
        import augment_handwritten
    finally:
        sys.path.pop(0)
    training = Path(__file__).resolve().parents[1] / "training"
    rows = augment_handwritten.rows()
    detection = [r for r in rows if r["origin"] == "room_outside"]
    categories = [r for r in rows if r["origin"] == "room_outside_categories"]
    listed = [json.loads(line) for city in augment_handwritten.OUTSIDE_SETS
              for line in (training / f"room_blind_{city}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(augment_handwritten.OUTSIDE_SETS) >= 17 and len(detection) == len(listed)
    # the sets listed for the room category head only add their reports there, and no detection row
    category_only = [json.loads(line) for city in augment_handwritten.CATEGORY_ONLY_SETS
                     for line in (training / f"room_blind_{city}.jsonl").read_text(encoding="utf-8").splitlines()
                     if line.strip()]
    assert not set(augment_handwritten.CATEGORY_ONLY_SETS) & set(augment_handwritten.OUTSIDE_SETS)
    assert len(categories) == sum(r["label"] in ("complaint", "proposal") and bool(r["category"])
                                  for r in listed + category_only)
    # a reply under someone else's report that the writer calls no report trains only the detail head, as the bot
    # reads such a reply from the reply structure
    replies = [r for r in listed if r.get("reply_to_report") and r["label"] == "none"]
    assert replies and sum(r.get("detail_only", False) for r in detection) >= len(replies)
    # the reports weigh less than the rest (formal petitions kept their public floor so), both less than the team's
    assert {r["weight"] for r in detection} == set(augment_handwritten.OUTSIDE_DETECTION_WEIGHTS)
    # a blind set not yet listed is not read (the three written for the seventh session's final score are committed
    # but unlisted)
    read = {p.resolve() for p in augment_handwritten.outside_set_paths() + augment_handwritten.category_only_set_paths()}
    unlisted = [p for p in training.glob("room_blind_*.jsonl") if p.resolve() not in read]
    assert len(unlisted) >= 3 and all(p.stem.removeprefix("room_blind_") not in augment_handwritten.OUTSIDE_SETS
                                      + augment_handwritten.CATEGORY_ONLY_SETS for p in unlisted)


# --- the held-out fifth of the hand-written room rows (training/room_patterns.jsonl) ------------


@pytest.fixture(scope="module")
def room_dev():
    from moderation.intake.evaluation import evaluate_room, hash_split

    path = Path(__file__).resolve().parents[1] / "training" / "room_patterns.jsonl"
    rows = [r for r in _read(path) if hash_split(r["text"]) == "valid"]
    s = IntakeSettings()
    return evaluate_room(rows, file_threshold=s.file_threshold, ask_threshold=s.ask_threshold,
                         sure_threshold=s.sure_threshold)


def test_room_dev_split_detection_filing_categories_and_places(room_dev):
    # the model before: F1 0.88, category 0.88, places exact 0.32 on these rows (never trained on)
    assert room_dev.detection.n >= 200
    assert room_dev.detection.f1 >= 0.90 and room_dev.detection.precision >= 0.90
    assert room_dev.filed.precision >= 0.95
    assert room_dev.category_accuracy >= 0.85
    # (these labels leave a trailing 앞/쪽/근처 out, which the finder now keeps as most outside writers do: exact
    # but for that word)
    assert (room_dev.places.exact + room_dev.places.relational_only) / room_dev.places.n >= 0.75


def test_evaluate_room_reads_a_reply_under_a_report_as_the_bot_does():
    # the bot knows a reply under an open report from the reply structure; `sotong eval` reads such rows with it
    rows = [
        {"text": "저도요 거기 어제도 그랬어요", "label": "none", "category": None, "place": None, "tags": ["reply_detail"],
         "lang": "ko", "reply_to_report": True},
        {"text": "저도요 거기 어제도 그랬어요", "label": "none", "category": None, "place": None, "tags": ["reply_detail"],
         "lang": "ko"},
    ]
    standalone = Intake("complaint", "road", None, 0.92, "x", 0.92)
    as_reply = Intake("other", "road", None, 0.92, "x", 0.92)
    rep = evaluate_room(rows, classifier=lambda _t: standalone, reply_classifier=lambda _t: as_reply)
    assert (rep.detection.fp, rep.replies) == (1, (1, 0, 0))  # only the row posted without replying is taken
    rep = evaluate_room(rows, classifier=lambda _t: standalone)
    assert (rep.detection.fp, rep.replies) == (2, (1, 1, 0))  # without it, both


def test_evaluate_room_with_a_stub_classifier():
    rows = [
        {
            "text": "a",
            "label": "complaint",
            "category": "road",
            "place": "별양동 주공6단지 재활용장",
            "tags": ["question_complaint"],
            "lang": "ko",
        },
        {
            "text": "b",
            "label": "complaint",
            "category": "traffic",
            "place": "과천역 3번 출구",
            "tags": ["swearing_complaint"],
            "lang": "ko",
        },
        {"text": "c", "label": "proposal", "category": "parks", "place": None, "tags": ["proposal"], "lang": "ko"},
        {"text": "d", "label": "none", "category": None, "place": None, "tags": ["thanks"], "lang": "ko"},
        {"text": "e", "label": "none", "category": None, "place": None, "tags": ["reply_detail"], "lang": "en", "reply_to_report": True},
        {"text": "f", "label": "complaint", "category": "safety", "place": "중앙로 12", "tags": [], "lang": "en"},
    ]
    answers = {  # kind, category, place, confidence, redacted, civic, kind_confidence, category_confidence, detail
        "a": Intake("complaint", "road", "별양동", 0.95, "a", 0.95),  # filed, category right, place partial
        "b": Intake("complaint", "streetlight", "과천역 3번 출구", 0.7, "b", 0.7),  # asked, category wrong, place exact
        "c": Intake("proposal", "parks", "중앙공원", 0.92, "c", 0.92),  # filed, a place where none is named
        "d": Intake("complaint", "road", None, 0.91, "d", 0.91),  # a thank-you filed by mistake
        "e": Intake("other", "other", None, 0.8, "e", 0.2, detail=0.9),  # a reply read as detail
        "f": Intake("other", "safety", None, 0.6, "f", 0.4),  # a report missed
    }
    rep = evaluate_room(rows, classifier=answers.__getitem__, file_threshold=0.9, ask_threshold=0.6)
    d = rep.detection
    assert (d.tp, d.fp, d.fn, d.n) == (3, 1, 1, 6)
    assert (rep.filed.tp, rep.filed.fp) == (2, 1) and abs(rep.filed.precision - 2 / 3) < 1e-9
    assert (rep.asked.tp, rep.asked.fp) == (1, 0)
    # reliability: a in [0.95, 1], c and d in [0.9, 0.95), b in [0.7, 0.8), f in [0.4, 0.5), e in [0.2, 0.3)
    bands = {(b.low, b.n, b.reports, b.action) for b in rep.bands if b.n}
    assert bands == {(0.95, 1, 1, "file"), (0.9, 2, 1, "file"), (0.7, 1, 1, "ask"), (0.4, 1, 1, "silent"),
                     (0.2, 1, 0, "silent")}
    assert [b.right for b in rep.bands if b.low == 0.4] == [0]  # silent on a report: wrong
    # categories and places on the rows both sides call a report (a, b, c)
    assert rep.category_n == 3 and abs(rep.category_accuracy - 2 / 3) < 1e-9
    assert (rep.places.n, rep.places.exact, rep.places.partial, rep.places.missed) == (2, 1, 1, 0)
    assert (rep.places.n_none, rep.places.spurious) == (1, 1)
    assert rep.places.relational_only == 0  # "별양동" for a longer label is a real miss, not a convention
    assert rep.replies == (1, 0, 1)
    assert rep.per_tag["thanks"].fp == 1 and rep.per_lang["en"].fn == 1
    text = format_room_report(rep)
    assert "reliability" in text and "places" in text and "question_complaint" in text


def test_places_apart_only_by_a_trailing_relational_word_are_counted_apart() -> None:
    # Writers of room sets split on "과천역 3번 출구 앞": the report shows how much of "partial" is that convention.
    rows = [
        {"text": "a", "label": "complaint", "category": "road", "place": "과천역 3번 출구 앞", "tags": [], "lang": "ko"},
        {"text": "b", "label": "complaint", "category": "road", "place": "별양동 주공5단지", "tags": [], "lang": "ko"},
        {"text": "c", "label": "complaint", "category": "road", "place": "중앙공원", "tags": [], "lang": "ko"},
    ]
    answers = {
        "a": Intake("complaint", "road", "과천역 3번 출구", 0.95, "a", 0.95),  # apart by "앞" only
        "b": Intake("complaint", "road", "별양동 주공5단지 앞", 0.95, "b", 0.95),  # the other way round
        "c": Intake("complaint", "road", "중앙공원 놀이터", 0.95, "c", 0.95),  # more than a relational word
    }
    rep = evaluate_room(rows, classifier=answers.__getitem__, file_threshold=0.9, ask_threshold=0.6)
    assert (rep.places.exact, rep.places.partial, rep.places.relational_only) == (0, 3, 2)
    assert "exact but for it: 0.667" in format_room_report(rep)


# --- complaints in the styles the other-city set showed missed, and its news and hearsay (issue 12) ---------
# Fresh sentences, in no training or validation file. The model before training/room_detection.jsonl
# missed 3 of these 10 reports (mould in public housing 0.44, uncut grass 0.49, a misspelt sign 0.52).
MISSED_STYLES = [
    "행정복지센터 무인발급기 터치가 안 먹어서 서류를 못 뗐어요 일주일째 고장 안내문만 붙어 있네요",
    "국민임대 사는데 안방 벽지 뒤에 곰팡이가 퍼졌어요 관리사무소에 몇 번 말해도 와보지도 않아요",
    "일요일 아침마다 역 앞 골목이 술병이랑 토한 자국으로 엉망이에요 치워 주세요",
    "근린공원 풀이 허벅지까지 자랐어요 예초 한 번을 안 해주네요",
    "한부모 가정 지원 신청 넣고 석 달째 아무 답이 없어요 어디에 물어봐야 하나요",
    "구청 대표번호 40분 대기하다 끊겼어요 이게 말이 되나요",
    "The English sign at the city aquarium says 'Enterance'. Could someone correct it?",
    "A stray dog with a broken leg is lying by the river path near the stadium, please send someone.",
    "약수터 물에서 흙냄새 나는데 검사는 제대로 하고 있는 건가요",
    "고가차도 밑 기둥에 금이 쭉 갔던데 이대로 둬도 안전한 건가요",
]
NEWS_AND_QUESTIONS = [
    "구립 도서관 주말 야간 개방 내년부터 늘린대요",
    "체육센터 수영장 공사 때문에 겨울엔 일부만 운영한다고 기사에 나왔어요",
    "마을 축제 부스 참가 신청 받는대요 공고는 구청 게시판에 있어요",
    "종이팩은 무슨 요일에 내놓는 거예요?",
    "시장이 바뀔 때마다 역 개발 계획이 엎어지는 게 제일 문제라고 봐요",
    "택시 요금 오른다는 소문 들었는데 얼마나 오르는지 아세요?",
    "공원 잔디 새로 깔고 나니까 산책할 맛 나네요",
    "Heard the night market is moving to the riverside next spring.",
]


def test_complaints_in_the_missed_styles_are_reports():
    missed = [t for t in MISSED_STYLES if classify(t).kind == "other"]
    assert missed == []


def test_news_hearsay_schedule_questions_and_opinions_are_mostly_not_reports():
    taken = [t for t in NEWS_AND_QUESTIONS if classify(t).kind != "other"]
    assert len(taken) <= 1, taken  # today: the English hearsay line (0.89) is still taken for a report


# --- detection, second round (issue 12 item 3): what an unseen set of another city showed --------------
# Fresh sentences, in no training or validation file. The model before training/room_detection2.jsonl
# took 3 of these 10 non-reports for reports (the sewage-works headline 0.99, the booklet 0.98, the
# investment pitch 0.56); today the two headlines that name a nuisance or a senior centre still are.
NOT_REPORTS_SECOND_ROUND = [
    "[의왕시 보도자료] 오전동 생활체육공원 야구장 조명탑 설치 완료, 야간 경기 가능해져",
    "고창군, 읍내 하수처리장 악취 저감시설 준공… 주민 불편 해소 기대",
    "산청군 ‘어르신 생활안전 수칙’ 소책자 펴내 경로당에 배부",
    "장성읍 쪽에 메기매운탕 잘하는 식당 추천 좀 해주실 분",
    "부모님 칠순 잔치 할 만한 한정식집 추천해주세요 보성 근처요",
    "시내 순환버스 요금 올리는 건 저는 찬성하는 쪽이에요 적자 노선이라",
    "광장에 대형 전광판 세우는 건 반대입니다 경관을 해쳐요",
    "어제 밤새 모기랑 싸우느라 눈이 퀭하네요 ㅋㅋ 아직도 모기가 있다니",
    "윗집 세탁기 돌아가는 소리에 아침잠 깼어요 ㅎㅎ 토요일인데",
    "역세권 신축 오피스텔 선착순 분양 중, 월세 수익 보장해드립니다",
]
REPORTS_SECOND_ROUND = [
    "우리 빌라 앞 전봇대 전선이 축 늘어져서 트럭이 걸릴 것 같은데 한전이나 시에서 언제 와요?",
    "공원 분수대 물이 초록색으로 변해서 냄새까지 나는데 이게 정상이에요?",
    "아 ㅅㅂ 또 가로등 나갔네 골목 완전 깜깜함 대체 몇 번을 말해야 함",
    "재활용 수거 줄였더니 집 앞이 쓰레기 산이네요 정책 효과 아주 훌륭합니다",
    "마트 앞 사거리 좌회전 신호만 조금 길게 주시면 출근길이 한결 나아질 것 같아요",
    "영구임대 사는데 베란다 곰팡이가 벽을 타고 번져요 관리소에 말해도 나중에 보겠다는 말뿐이에요",
    "계량기가 얼어서 이틀째 씻지도 못하는데 수도사업소에 전화하면 계속 통화 중이에요",
]


def test_press_releases_recommendations_and_opinions_are_flagged_as_such():
    from moderation.intake.features import extract

    assert "F:press" in extract("[의왕시 보도자료] 오전동 생활체육공원 야구장 조명탑 설치 완료")
    assert "F:press" in extract("산청군, 어르신 생활안전 수칙 소책자 배부")
    assert "F:press" in extract("읍내 하수처리장 악취 저감시설 다음 달 착공… 연말 완공 목표")
    assert "F:recommend" in extract("장성읍 쪽에 메기매운탕 잘하는 식당 추천 좀 해주실 분")
    assert "F:opinion" in extract("광장에 대형 전광판 세우는 건 반대입니다")
    assert "F:opinion" in extract("Personally I'm against the new parking fees")
    # the other side of the road is not an opinion, a report is not a press release
    plain = extract("반대편 차선 신호등이 고장 났어요 하수처리장 앞이에요")
    assert not {"F:press", "F:recommend", "F:opinion"} & set(plain)


def test_headlines_recommendation_questions_opinions_chatter_and_pitches_are_mostly_not_reports():
    taken = [t for t in NOT_REPORTS_SECOND_ROUND if classify(t).kind != "other"]
    assert len(taken) <= 2, taken


def test_complaints_asked_sworn_sarcastic_or_soft_are_still_reports():
    missed = [t for t in REPORTS_SECOND_ROUND if classify(t).kind == "other"]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("여름에 중앙공원 분수 고장나서 애들이 실망했어요", "중앙공원 분수"),
        ("토요일 중앙공원 화장실 휴지가 없어요", "중앙공원 화장실"),
        ("한겨울 호수공원 산책로 빙판이라 미끄러워요", "호수공원 산책로"),
        ("오창 호수공원 화장실 문이 고장났어요", "오창 호수공원 화장실"),  # a town before a park named by its kind still counts
    ],
)
def test_a_time_or_a_season_before_a_park_is_not_its_town(text: str, place: str) -> None:
    assert find_place(text) == place


def test_the_place_finder_does_not_reach_the_model_through_the_place_swaps(monkeypatch) -> None:
    # place_swaps reads the places frozen in training/place_swaps_frozen.json, so a change of the finder changes
    # neither the hand-written rows nor the model (which records their digest): a finder that finds nothing
    # leaves the digest as it is.
    import sys

    import moderation.intake.places as places

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    try:
        import augment_handwritten
    finally:
        sys.path.pop(0)
    before = augment_handwritten.digest()
    monkeypatch.setattr(places, "find_place", lambda text: None)
    assert augment_handwritten.digest() == before


# --- detection, third round (issue 12 item 3): staff who answer by name of their post, headlines passed on -------
def test_a_staff_answer_opening_with_the_post_of_who_answers_and_a_headline_with_its_paper_are_flagged():
    from moderation.intake.features import extract

    # the department and who answers for it (before: only "…과입니다" and "[…과]" were read as a department)
    assert "F:dept" in extract("하수도과 담당자입니다. 말씀하신 배수로 준설은 다음 달 중 시행하겠습니다")
    assert "F:dept" in extract("교통행정과 주무관입니다 노선 조정은 협의 중입니다")
    assert "F:dept" in extract("허가민원과 박OO 주무관입니다. 서류는 온라인으로도 됩니다")
    assert "F:dept" in extract("Hello, this is the county health office. Flu shots start on Monday.")
    assert "F:dept" in extract("Parks team here: the fountain will be drained this week.")
    # a resident naming the post, or an office in a complaint, is not a staff answer
    for text in ("건설과 담당자가 전화를 안 받아요", "this is the office that never answers the phone",
                 "This is the third time the bus skipped our stop", "검사 결과입니다"):
        assert "F:dept" not in extract(text), text
    # a headline passed on with its paper or broadcaster
    assert "F:press" in extract("강원도민일보 기사: 홍천군, 농어촌버스 노선 전면 개편")
    assert "F:press" in extract("KBS 뉴스: 폭설 대비 제설 장비 사전 배치")
    assert "F:press" in extract("Local news: county to open an English help desk")
    for text in ("MBC 앞 횡단보도 신호등이 고장 났어요", "신문 배달이 사흘째 안 와요", "뉴스에서 봤는데 도로 공사 한대요"):
        assert "F:press" not in extract(text), text


# Fresh sentences, in no training or validation file. The model before training/room_detection3.jsonl took
# 3 of these 8 non-reports for reports (the road office's "담당입니다" answer 0.80, the English road office
# 0.75, the headline passed on with its paper 0.88); today the English office's answer still is (0.66).
NOT_REPORTS_THIRD_ROUND = [
    "공원녹지과 주무관입니다. 말씀하신 놀이터 그네는 부품이 들어오는 대로 다음 주에 교체하겠습니다.",
    "상하수도사업소 담당자입니다 녹물 민원 지역은 이번 달 안에 관 세척을 진행할 예정입니다",
    "환경위생과 팀장입니다. 모기 방역은 하천변부터 주 2회로 늘려 실시하고 있습니다.",
    "도로관리과 담당입니다. 제설 취약 골목은 소형 제설기를 투입해 순차적으로 치우고 있습니다.",
    "This is the county road office. The potholes on the main road will be patched on Thursday.",
    "영남일보 기사: 군위군, 농어촌버스 배차 간격 30분으로 단축",
    "KBS 뉴스: 폭설에 제설 장비 40대 긴급 투입",
    "면사무소 복지팀 직원분이 어머니 서류를 끝까지 챙겨주셔서 칭찬하고 싶어요",
]
# (a sarcastic one, "ㅋㅋ 제설 잘하시네요 우리 골목은 아직 눈썰매장입니다", is still missed: 0.09)
REPORTS_THIRD_ROUND = [
    "The bus into town is late every single morning and the app says it's on time, so annoying.",
    "Could the county add English to the recycling guide? Nobody in our building can read it.",
    "하천 모기 때문에 밤에 창문을 못 여는데 방역은 언제 와요?",
    "민원 넣은 지 두 달째인데 아직 검토 중이래요 도대체 언제까지 검토만 하나요",
    "청년 월세가 또 올라서 학교 근처에선 살 수가 없어요 지원 좀 늘려주세요",
]


def test_staff_answers_by_post_headlines_with_their_paper_and_praise_are_mostly_not_reports():
    taken = [t for t in NOT_REPORTS_THIRD_ROUND if classify(t).kind != "other"]
    assert len(taken) <= 1, taken


def test_service_complaints_without_a_place_asked_or_in_english_are_reports():
    missed = [t for t in REPORTS_THIRD_ROUND if classify(t).kind == "other"]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a road in 로 by its name alone, where 로 cannot be the particle (it would be 으로 after a closed syllable)
        ("덕천로 밤마다 트럭들 과속해요 단속 좀", "덕천로"),
        ("퇴근길에 장승로부터 막혀서 한 시간 걸렸어요", "장승로"),
        ("비 오면 택시로 다녀야 해요 버스가 안 와요", None),
        ("등산로에 쓰러진 나무 좀 치워주세요", None),
        ("공공근로 일자리 신청이 너무 어려워요", None),
        # a pond or a temple's site ends in 지 as a verb does
        ("용연지 가는 길 포장이 다 깨졌어요", "용연지 가는 길"),
        ("그렇지 않아도 힘든데 전단지까지 붙여놨네요 갈현동", "갈현동"),
        # the ground along a stream or up a hill after its name, though no pattern knows the name
        ("석남천 둔치 산책로에 가로등이 없어요", "석남천 둔치 산책로"),
        ("밤에 매봉재 옛길 걷기 무서워요 조명 좀", "매봉재 옛길"),
        ("영산강 둑방길에 벤치 좀 놔주세요", "영산강 둑방길"),
        ("겨울철 언덕길에 모래함 좀 놔주세요", None),
        # a building site and the lanes of a place belong to it
        ("봉곡동 빌라 신축 현장 먼지 때문에 창문을 못 열어요", "봉곡동 빌라 신축 현장"),
        ("서문시장 옆길 가로등이 나갔어요", "서문시장 옆길"),
        # the city's own hall and library where the problem is at the building, not the hall as a service
        ("시청 앞 횡단보도 신호가 너무 짧아요", "시청 앞 횡단보도"),
        ("구청 민원실 번호표 기계가 고장났어요", "구청 민원실"),
        ("시립도서관 열람실 의자가 다 부서졌어요", "시립도서관 열람실"),
        ("시청 홈페이지 로그인이 안 돼요", None),
        # a stretch of a road by what happens on it, its lanes, a quarter of rooms, the stairs up to a place
        ("무학로 홈플러스 앞 유턴 구간에서 접촉사고가 자꾸 나요", "무학로 홈플러스 앞 유턴 구간"),
        ("봉명로 이마트 앞 2차로에 포트홀이 생겼어요", "봉명로 이마트 앞 2차로"),
        ("산호동 전문대 후문 원룸가 쓰레기 무단투기가 심해요", "산호동 전문대 후문 원룸가"),
        ("달빛공원 올라가는 계단 난간이 흔들려요", "달빛공원 올라가는 계단"),
        # a word of the sentence before a kind of place is no name ("아닌데 아파트", issue 12 item 6)
        ("어르신들 키오스크 교육 복지관에서 더 자주 해주세요", None),
        ("아니 무슨 보건소 예약이 전화로만 돼요", None),
        ("마을버스 기사님 정류장 그냥 지나쳐요 벌써 세 번째", None),
        ("앱 첫화면에 공지 좀 띄워주세요", None),
        ("제설함에 모래를 미리 채워두면 주민들이 뿌릴 수 있어요", None),
        ("포두면 쪽 버스가 하루 두 번밖에 안 와요", "포두면 쪽"),
        # English: a romanised name before a school, a street, a park or a trail in lower case
        ("A stray dog keeps chasing kids near Hwasan elementary school every morning", "near Hwasan elementary school"),
        ("Please put English signs on the Dobongsan hiking trails", "the Dobongsan hiking trails"),
        ("Same street, the drain cover is missing again", None),
    ],
)
def test_find_place_knows_roads_in_ro_ponds_paths_and_sites_by_their_names(text, place):
    # places, seventh round: families counted over the seventeen outside room sets (training/README.md)
    assert find_place(text) == place


# Places, sixth round: the national gazetteer of townships (moderation/intake/gazetteer.json), a 동's alleys,
# old and new markets, "구" (old) before a place, public hospitals and dams, a new town with its particle, a
# trailing direction or copula, a road named before what is broken on it.
@pytest.mark.parametrize(
    "text, place",
    [
        # a township the gazetteer knows stands alone, before a space too
        ("고산면 버스가 하루에 네 번밖에 안 와요", "고산면"),
        ("다시 청하면 들어줄까요? 몇 번을 말했는데", None),  # a conditional, though 청하면 is a township too
        # a township's short name, before 쪽 anywhere in the sentence; not an everyday word that is one
        ("집수리 지원사업 읍면까지 넓혀 주세요 삼례 쪽 어르신들 집 지붕이 다 새요", "삼례 쪽"),
        ("이번엔 연기 쪽이 문제예요 다들 기침해요", None),
        ("구시장 뒷골목 하수구 냄새가 심해요", "구시장 뒷골목"),
        ("신시장 입구 맨홀 뚜껑이 덜컹거려요", "신시장 입구"),
        ("구 군산역 부지 펜스가 쓰러져 있어요", "구 군산역 부지"),
        ("옛 군산역 부지에 청년 창업공간 만들어 주세요", "옛 군산역 부지"),
        # where in a village the problem is belongs to it; an intersection is no village
        ("비봉면 구암리 축사 냄새 때문에 창문을 못 열어요", "비봉면 구암리 축사"),
        ("고산면 소향리 도로에 고라니 사체가 있어요", "고산면 소향리 도로"),
        ("고산면 소향리 날파리 때문에 못 살겠어요", "고산면 소향리"),
        ("시청 사거리 도로 땜질을 또 했네요", "시청 사거리"),
        # the estate of the flats named
        ("나운동 아파트 단지 사이 도로 빗물받이가 막혔어요", "나운동 아파트 단지 사이 도로"),
        # the way to a place found, in town too ("…가는 길" kept by outside writers, 38 rows to 2); a kind of place
        # alone still names none
        ("월명공원 가는 길 가로등이 다 꺼져 있어요", "월명공원 가는 길"),
        ("나운동 들어가는 길 중앙선이 다 지워졌어요", "나운동 들어가는 길"),
        ("학교 가는 길에 가로등이 꺼져 있어요", None),
        ("나운동 구 군산역 앞 보도블럭이 다 들떴어요", "나운동 구 군산역 앞"),
        ("군산의료원 가는 버스가 한 시간에 한 대예요", "군산의료원"),
        ("대청댐 쪽 녹조가 올해 유독 심해요", "대청댐 쪽"),
        ("혁신신도시는 애들은 많은데 어린이집이 모자라요", "혁신신도시"),
        ("소화전 앞에 매일 같은 차를 세워놔요. 중앙빌라 앞입니다", "중앙빌라 앞"),
        ("번영로 시청 방향 신호가 너무 짧아요", "번영로 시청 방향"),
        ("무인 반납함을 송정동 쪽에도 하나 설치해 주세요", "송정동 쪽"),  # (a side of a 동 is no name after it)
        ("중앙로 가로수 가지가 전선에 걸렸어요", "중앙로"),
        ("택시로 가로등 없는 길을 돌아왔어요", None),
        ("Why is there no bus to Gamcheon Culture Village on weekends?", "Gamcheon Culture Village"),
    ],
)
def test_find_place_knows_townships_markets_and_old_places(text: str, place: str | None) -> None:
    assert find_place(text) == place


# Places, eighth round (issue 12 item 6): what the outside writers of 28 room sets keep, each family checked over every
# room file (training/README.md, "Places, eighth round"). Fresh sentences, in no room file.
@pytest.mark.parametrize(
    "text, place",
    [
        # a 동 with 엔, 만, 부터, 까지; a city's name is no 동
        ("대흥동엔 경로당이 하나도 없어요 만들어 주세요", "대흥동"),
        ("원평동부터 거점 수거함 시범 운영해 주세요", "원평동"),
        ("안동엔 야간 약국이 하나도 없어요", None),
        ("소각장 연기 방향 바뀌면 능현동까지 타는 냄새 와요", "능현동"),  # (a verb's "if" is no township before it)
        # lakes, ports and airports by name; not a password, a signal, a request or a person's name
        ("송정호 쪽 녹조가 올해 유독 심해요", "송정호 쪽"),
        ("원주공항 가는 버스가 하루 두 대예요", "원주공항"),
        ("홈페이지 비밀번호 찾기가 계속 안 돼요", None),
        ("보행신호가 너무 짧아서 어르신들이 못 건너요", None),
        ("요청사항 확인 좀 해주세요 답이 없어요", None),
        ("정준호 씨네 가게 앞 불법주차 단속 좀", None),
        # the writer's own home or an old building in a district
        ("월평동 우리 집 앞에 쓰레기가 2주째 쌓였어요", "월평동 우리 집 앞"),
        ("신흥동 오래된 빌라 외벽이 자꾸 갈라져요", "신흥동 오래된 빌라"),
        ("수정동 새 아파트 하자보수를 시공사가 안 해줘요", "수정동 새 아파트"),
        ("가좌동 오래된 주택가 골목이 너무 어두워요", "가좌동"),
        # the zone, the room, the arcade or the drain where the problem is
        ("동백초 앞 스쿨존인데 과속하는 차가 너무 많아요", "동백초 앞 스쿨존"),
        ("동남의료원 응급실 대기가 너무 길어요", "동남의료원 응급실"),
        ("서문시장 아케이드 천장에서 비가 새요", "서문시장 아케이드"),
        # (16th session: the end model, trained on 109 outside sets, ends it here as their writers mostly do)
        ("신평동 상가 앞 배수로가 막혀서 물이 넘쳐요", "신평동 상가 앞"),
        # a township's hamlet; not its barn, nor a word going on with the sentence
        ("봉강면 지곡 버스가 하루 두 번이에요", "봉강면 지곡"),
        ("덕산면 축사 냄새 때문에 여름엔 못 살아요", "덕산면"),
        ("대청호 녹조 경보 뜨면 주민들한테 알려 주세요", "대청호"),
        ("삼랑진역 무궁화호가 하루 두 번밖에 안 서요", "삼랑진역"),  # (a train is no lake)
        ("시청 앞 로터리 지날 때마다 차선이 안 보여요", "시청 앞 로터리"),  # (로터리 ends like a village, and is none)
        ("종량기 단독주택 많은 신평동 골목에도 설치해 주세요", "신평동 골목"),  # (a particle after the alley is no part of it)
    ],
)
def test_find_place_eighth_round(text: str, place: str | None) -> None:
    assert find_place(text) == place


# Places, ninth round (issue 12 item 6): what the outside writers of 41 room sets keep, each family counted over every
# room file (training/README.md, "Places, ninth round"). Fresh sentences, in no room file.
@pytest.mark.parametrize(
    "text, place",
    [
        # an English relational word belongs to the place, as 앞 and 근처 do; at, in and on do not
        ("The sidewalk near Hwaseong Station exit 4 is cracked", "near Hwaseong Station exit 4"),
        ("Someone dumped sofas in front of Dongbu Library again", "in front of Dongbu Library"),
        ("Loud karaoke music near Yeonmu Elementary School till 2am", "near Yeonmu Elementary School"),
        ("The bins behind Samsan Market are overflowing", "behind Samsan Market"),
        ("Streetlight out at Jangan Bus Terminal for a week", "Jangan Bus Terminal"),
        # a stadium's track, a stream's bank, a wall, a ramp, a riverside or a hill after a place
        ("공설운동장 트랙 우레탄이 다 일어났어요", "공설운동장 트랙"),
        ("공설운동장 트랙 개방 시간 좀 늘려 주세요", "공설운동장"),  # (the track as a service)
        ("봉산리 하천 제방에 금이 갔어요", "봉산리 하천 제방"),
        ("매곡동 보건소 앞 경사로가 너무 가팔라요", "매곡동 보건소 앞 경사로"),
        ("금남면 용강리 강변에 캠핑객 쓰레기가 그대로예요", "금남면 용강리 강변"),
        ("강변 산책로 벤치가 부서졌어요", "강변 산책로"),  # (a riverside alone is a kind of place)
        # the way by a place across a relational word, the road across 쪽, the pavement of a road named
        ("대흥동 경로당 앞 길이 움푹 패였어요", "대흥동 경로당 앞 길"),
        ("중앙시장 입구 쪽 도로에 포트홀이 생겼어요", "중앙시장 입구 쪽 도로"),
        ("번영로 인도에 킥보드가 널브러져 있어요", "번영로 인도"),
        ("신월동 통학로 인도가 너무 좁아요", "신월동 통학로"),
        # "in the middle" is no part of a path
        # public rental housing after its district names the complex; the landlord alone names no place
        ("중흥동 영구임대 보일러가 또 고장 났어요", "중흥동 영구임대"),
        ("임대아파트 곰팡이 LH에 말해도 안 고쳐줘요", None),
        # a verb's noun form is no name before a landmark ("피움" is "smokes"), nor an unlicensed building a place
        # (the town's terminal is one: ninth session)
        ("다들 담배 피움 터미널 앞 정류장에서", "터미널 앞 정류장"),
        ("무허가 건물 철거해 주세요", None),
    ],
)
def test_find_place_ninth_round(text: str, place: str | None) -> None:
    assert find_place(text) == place


# --- categories, sixth round (issue 12 item 7): the outside writers' routing, by the problem -----------------------
# Fresh sentences, in no training or validation file: (text, what the model said, the category the problem decides).
# Each family was mislabelled in several of the outside room sets of other cities (training/README.md,
# "Categories, sixth round"); the second half of each group is the side that stays.
SIXTH_ROUND = [
    # an insult at the office is no theft, vomit no landslide: the problem decides
    ("세금도둑들아 석 달째 방치된 보도 구멍 좀 메워라", "road", "road"),
    ("월급 도둑들 일 좀 해라 하천 산책로 쓰레기 안 치우냐", "waste", "waste"),
    ("술집 골목이 주말마다 토사물 천지예요 청소 좀", "waste", "waste"),
    ("주차한 차에서 지갑을 도둑맞았어요", "parking", "safety"),
    ("비 오고 나서 뒷산에서 토사가 흘러내려요", "parks", "safety"),
    # animals tearing into the rubbish: how it is kept is the problem (waste) ...
    ("음식물 수거통 뚜껑이 깨져서 고양이들이 밤마다 헤집어 놔요", "animals", "waste"),
    ("Crows and cats rip the rubbish at our recycling corner every morning", "animals", "waste"),
    # ... a hurt cat by the bins, or a pack of dogs, stays the animals'
    ("쓰레기장 옆에 다친 고양이가 쓰러져 있어요", "animals", "animals"),
    ("들개 떼가 밤마다 짖으면서 쓰레기 봉투를 뜯어요", "animals", "animals"),
    # a sandpit fouled by droppings: the park's upkeep, also with no ask
    ("어린이공원 모래놀이터에 고양이 똥이 굴러다녀요", "animals", "parks"),
    ("어린이공원 모래놀이터에 고양이 똥이 굴러다녀요", "parks", "parks"),
    # ... feeding, or droppings on benches, stay the animals'
    ("공원 모래밭 옆에서 고양이 밥을 주는 분이 있어 똥이 많아요", "animals", "animals"),
    ("공원 벤치가 비둘기 똥 범벅이에요", "animals", "animals"),
    # a playground for dogs: animals
    ("근린공원 한편에 반려견 놀이터 만들어 주세요", "parks", "animals"),
    ("A fenced dog park by the river would be lovely", "parks", "animals"),
    ("공원 놀이터 미끄럼틀이 부서졌어요", "parks", "parks"),
    # a festival's shuttle: culture; an ordinary bus route stays traffic
    ("벚꽃축제 셔틀버스가 한 시간째 안 와요", "traffic", "culture"),
    ("시청에서 터미널 가는 버스 노선 좀 늘려 주세요", "traffic", "traffic"),
    # illegal banners: other; one about to fall stays safety
    ("교차로 신호등 기둥마다 불법 현수막이 붙어 있어요", "traffic", "other"),
    ("Illegal banners are hung on every tree along the avenue", "parks", "other"),
    ("육교 현수막이 끈이 풀려서 떨어질 것 같아요", "traffic", "traffic"),
    # drivers breaking the rules: traffic
    ("마트 앞에서 불법 유턴하는 차가 많아요", "other", "traffic"),
    ("새벽에 오토바이들이 신호 무시하고 달려요 시끄럽기도 하고", "environment", "traffic"),
    # the devices of a school zone: traffic
    ("초등학교 앞에 옐로카펫 깔아 주세요", "other", "traffic"),
    ("어린이보호구역인데 트럭이 쌩쌩 달려요 어린이집 앞이에요", "welfare", "traffic"),
    # how often a bus runs, its stop's roof: traffic, also for older riders ...
    ("마을버스가 하루 세 번뿐이라 어르신들이 병원을 못 가세요", "welfare", "traffic"),
    ("정류장에 지붕이 없어서 할머니들이 비를 맞고 기다려요", "welfare", "traffic"),
    # ... a senior centre's shuttle or a call taxi stays welfare
    ("경로당 가는 셔틀 버스 배차를 늘려 주세요", "welfare", "welfare"),
    ("장애인 콜택시 배차가 두 시간씩 걸려요", "welfare", "welfare"),
    # branches on power lines: the tree's pruning, the parks desk's, as outside writers route it (ninth session: 18
    # rows to 8 over every outside set read; with the earlier rule that made them safety, 15 rows went wrong)
    ("가로수 가지가 전깃줄에 닿아서 스파크가 튀어요", "parks", "parks"),
    ("The tree outside our building is tangled in the power lines", "parks", "parks"),
    # empty buildings where teenagers smoke or light fires: the empty house's desk (housing), as outside writers route
    # them (ninth session: 12 rows to 6; the rule that made them safety is gone), like the empty house itself
    ("폐건물에 밤마다 중학생들이 들어가서 담배 피워요", "housing", "housing"),
    ("옆 빈집 지붕이 내려앉았어요 집주인 좀 찾아 주세요", "housing", "housing"),
    ("빈집에 사람들이 드나드는 것 같아요", "housing", "housing"),
    # signs along a trail: parks; rescue location markers stay safety
    ("둘레길 갈림길 이정표가 반대로 돌아가 있어요", "traffic", "parks"),
    ("등산로에 119 위치 표지판 좀 달아 주세요", "safety", "safety"),
    # the community centre's own counter: other; a benefit there stays welfare
    ("행정복지센터 민원창구에 직원이 한 명뿐이에요", "welfare", "other"),
    ("행정복지센터에 기초연금 신청했는데 연락이 없어요", "welfare", "welfare"),
    # a car park's own trouble: parking; a festival's crowds stay the model's
    ("도서관 주차장이 좁아서 주말엔 자리가 없어요", "culture", "parking"),
    ("축제 때 주차장 만차에 셔틀도 없어요", "culture", "culture"),
    # a building's water supply: water_sewer; the block's own pipes for its management stay housing
    ("아파트 수압이 너무 약해서 샤워를 못 해요", "housing", "water_sewer"),
    ("Water pressure in our building has been terrible all week", "housing", "water_sewer"),
    ("관리사무소가 녹물 나오는 배관을 안 바꿔 줘요", "housing", "housing"),
    # rooms split or floors added without a permit: housing
    ("원룸 건물주가 방을 불법 쪼개기 했어요 불나면 못 나가요", "other", "housing"),
    # a lamp in a dark alley: streetlight; a camera or a patrol asked for stays safety
    ("골목에 외등이 없어서 밤에 다니기 무서워요", "safety", "streetlight"),
    ("어두운 골목에 CCTV랑 비상벨 달아 주세요", "safety", "safety"),
    ("가로등이 기울어서 쓰러질 것 같아요", "safety", "safety"),
    # a farmers' market: economy
    ("공원에서 주말 직거래 장터를 열어 주세요", "culture", "economy"),
    # services for foreign residents: welfare; a website's English page stays other; a Korean class for workers is a
    # course (the nineteenth round: outside writers file it culture 101 times to 57 over every room file), one for
    # 다문화 families stays welfare
    ("외국인 주민 상담센터를 주말에도 열어 주세요", "other", "welfare"),
    ("Please run Korean classes in the evening for migrant workers", "culture", "culture"),
    ("다문화 가정 엄마들 한국어 교실 저녁반 열어 주세요", "culture", "welfare"),
    ("시청 홈페이지 영어 메뉴가 없어요", "other", "other"),
    # a lift or an escalator out of order: safety
    ("역 에스컬레이터가 한 달째 멈춰 있어요", "road", "safety"),
    ("The overpass elevator has been out of order for weeks", "road", "safety"),
    # park golf and gateball: culture
    ("강변에 파크골프장 하나 더 만들어 주세요 어르신들 예약이 밀려요", "welfare", "culture"),
    # midges and bedbugs: health
    ("강변 마을에 깔따구 떼가 너무 많아요 방제 좀", "safety", "health"),
    # oil or algae on a river or a lake: environment; a park's pond stays parks
    ("하천에 기름띠가 떠 있어요", "safety", "environment"),
    ("공원 연못이 녹조로 썩어 가요", "parks", "parks"),
    # trees planted against dust: environment; for shade, the greenery desk's (twenty-second round: outside writers file
    # shade trees parks 16 times to 2, the team's files environment 4 to 2); a dead tree in a park stays parks
    ("광장에 나무를 더 심어 주세요 그늘이 하나도 없어요", "parks", "parks"),
    ("광장에 나무를 더 심어 주세요 미세먼지가 너무 심해요", "parks", "environment"),
    ("공원 나무가 말라 죽었어요", "parks", "parks"),
    # a hoarding about to go over: safety
    ("공사장 가림막이 바람에 넘어갈 것 같아요", "housing", "safety"),
    # burning in the open: environment, not the rubbish burnt
    ("강둑에서 매일 저녁 쓰레기를 태워서 연기가 집으로 들어와요", "waste", "environment"),
    # a car left at a hydrant: parking
    ("소화전 앞에 또 차 대놨네요", "other", "parking"),
    # a signal dark at a school is the traffic desk's, however dangerous; ice at a crossing stays safety
    ("학교 앞 보행 신호등이 밤마다 꺼져요 애들 위험해요", "safety", "traffic"),
    ("횡단보도 신호등 앞이 빙판이에요", "safety", "safety"),
    # an animal's name inside a place's name is no animal
    ("거북공원 분수가 일 년째 고장이에요", "parks", "parks"),
]


@pytest.mark.parametrize("text, predicted, category", SIXTH_ROUND)
def test_the_problem_decides_over_a_nearby_word_sixth_round(text, predicted, category):
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


SEVENTH_ROUND = [
    # a senior, a child or a foreigner named is not welfare: the facility the problem is at decides
    ("시골 버스정류장 의자가 없어서 할머니들이 길바닥에 앉아 계세요", "welfare", "traffic"),
    ("시외버스터미널 대기실 히터가 고장 나서 어르신들이 오들오들 떠세요", "other", "traffic"),
    ("Older people wait at the bus shelter on the main road and every bench is broken", "welfare", "traffic"),
    ("어르신들 매일 건너는 개울 다리 난간이 흔들거려요", "welfare", "safety"),
    ("아이들 데려가기 좋은 캠핑장을 시에서 하나 만들어 주세요", "welfare", "culture"),
    ("섬 어르신들 타는 병원선이 한 달째 안 들어와요", "welfare", "health"),
    ("애들 데리고 산책하는 강변 공원에 공중화장실 하나만 지어 주세요", "welfare", "parks"),
    # ... while a service, a benefit or a care stays welfare, whoever the place
    ("버스정류장 앞 경로식당 배식이 주 2회로 줄었어요", "welfare", "welfare"),
    ("독거 어르신 도시락 배달이 끊겼어요 확인 좀 해 주세요", "welfare", "welfare"),
    ("장애인 저상버스가 너무 적어서 휠체어로는 한 시간씩 기다려요", "welfare", "welfare"),
    ("다둥이 가족 공영주차장 할인 혜택 좀 넣어 주세요", "welfare", "welfare"),
    ("경로당 화장실이 한 칸뿐이라 줄을 서요", "welfare", "welfare"),
    # a public toilet: the park's in a park or on a trail, otherwise the city's facilities (other)
    ("둘레길 입구 화장실이 주말마다 잠겨 있어요", "safety", "parks"),
    ("시장 공영화장실 변기가 막혀서 냄새가 진동해요", "environment", "other"),
    ("공원 화장실에 비상벨 좀 달아 주세요 밤에 무서워요", "safety", "safety"),  # a safety device stays
    ("공원 화장실 앞 하수구가 역류해요", "water_sewer", "water_sewer"),  # a drain at it stays
    ("문학관 화장실 문고리가 고장 났어요 답사객이 많은데", "culture", "culture"),  # a tourist site's: writers split
    # scooters strewn across the pavement, tripping people up, and a parking zone or a dock asked for: parking
    ("인도 한복판에 공유 킥보드가 쓰러져 있어서 밤에 걸려 넘어졌어요", "safety", "parking"),
    ("E-scooters abandoned all over the footpath by the station exit", "safety", "parking"),
    ("공유 킥보드 아무 데나 세우지 말고 전용 주차구역을 지정해 주세요", "safety", "parking"),
    ("킥보드 타다가 포트홀에 걸려 넘어질 뻔했어요", "road", "road"),
    # a manhole lid sunk below the road is the road's surface; one that overflows stays water_sewer
    ("사거리 맨홀 뚜껑이 푹 꺼져서 차가 지날 때마다 덜컹해요", "water_sewer", "road"),
    ("맨홀 뚜껑이 내려앉아서 오토바이가 휘청해요", "environment", "road"),
    ("맨홀이 꺼진 데서 오수가 넘쳐요", "water_sewer", "water_sewer"),
    # an underpass filling with water is drainage; a barrier or a warning asked for is left to the model
    ("소나기만 오면 역 앞 지하차도에 물이 차서 차가 갇혀요", "safety", "water_sewer"),
    ("지하차도 침수 대비해서 진입 차단기 좀 설치해 주세요", "safety", "safety"),
    ("지하차도 천장에서 마감재가 떨어졌어요", "safety", "safety"),
    # public bikes, their docks and racks are the transport desk's; a park's own bike hire stays the park's
    ("공영자전거 대여소 자전거가 다 녹슬었어요", "safety", "traffic"),
    ("Could we get bike racks near the station exit?", "road", "traffic"),
    ("호수공원 안 자전거 대여소 자전거가 바람이 빠졌어요", "parks", "parks"),
    # a loose or wild animal is the animal desk's wherever it roams
    ("국도에 고라니가 자꾸 뛰어들어요", "traffic", "animals"),
    ("떠돌이 개가 초등학교 운동장에 들어왔어요", "culture", "animals"),
    ("A stray dog keeps chasing kids outside the school gate", "safety", "animals"),
    # the "safe way home" schemes are safety
    ("원룸촌 골목을 안심귀갓길로 지정해 주세요", "road", "safety"),
    ("여성 1인 가구용 안심택배함을 더 늘려 주세요", "housing", "safety"),
    # rubbish torn into by animals stays waste, whatever the model said
    ("음식물 수거함 뚜껑이 깨져서 고양이들이 밤마다 헤집어요", "other", "waste"),
    ("쓰레기장 옆에 다친 고양이가 있어요", "other", "animals"),
    # a speed bump missing is traffic calming (traffic); a worn one stays the road's
    ("초등학교 앞에 과속방지턱이 없어서 차들이 쌩쌩 달려요", "traffic", "traffic"),
    ("과속방지턱이 다 깨져서 차가 튀어요", "traffic", "road"),
]


@pytest.mark.parametrize("text, predicted, category", SEVENTH_ROUND)
def test_the_facility_decides_not_who_uses_it_seventh_round(text, predicted, category):
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


# --- categories, eighth round (issue 12 item 7): rules narrowed where they broke more than they fixed on held-out
# data, and three families every outside writer routes one way. Fresh sentences; (text, model's category, final).
EIGHTH_ROUND = [
    # a flood the model already sends to the drainage desk stays there (26 of 28 outside rows say water_sewer)
    ("우리 골목은 장마철마다 침수되는데 몇 년째 그대로예요", "water_sewer", "water_sewer"),
    ("시장님은 행사만 다니고 저지대 침수는 나 몰라라 하네요", "water_sewer", "water_sewer"),
    # ... while ice and a prowler still make it safety
    ("비 온 뒤 이면도로가 꽁꽁 얼어서 빙판이에요 염화칼슘 좀 뿌려 주세요", "water_sewer", "safety"),
    # a stray dog that follows children or raids a coop is the animal desk's, not a stranger's menace
    ("유기견 두 마리가 아침마다 등굣길 애들을 따라와요", "animals", "animals"),
    ("들개들이 내려와서 닭장이 털렸어요", "animals", "animals"),
    # "얼어 죽겠다" is a person cold, not ice
    ("정류장에 바람막이가 하나도 없어서 얼어 죽겠어요", "traffic", "traffic"),
    # floor tiles coming up and a rider who "could fall" are the road's surface, not a thing falling on people
    ("시청 앞 광장 바닥 타일이 들떠서 넘어질 뻔했어요", "road", "road"),
    ("Deep pothole on the bridge road, cyclists could fall into it", "road", "road"),
    # ... a sign that could fall is still safety
    ("The sign over the bakery is loose and could fall on someone", "economy", "safety"),
    # noise between floors is the housing desk's; a manhole lid thudding under cars is the road's
    ("윗집 층간소음 때문에 잠을 못 자요 관리실은 손 놓았고요", "housing", "housing"),
    ("맨홀 뚜껑이 헐거워서 차 지날 때마다 쿵쿵 울려요", "road", "road"),
    # smoke from people grilling in a park is the park's keeping; a works' drill next to it stays environment
    ("공원 잔디밭에서 고기 구워 먹는 사람들 때문에 연기가 자욱해요", "parks", "parks"),
    ("공원 옆 공사장에서 아침마다 드릴 소리가 나요", "parks", "environment"),
    # a park's broken fountain breeding mosquitoes is the park's upkeep, not drainage or pest control
    ("근린공원 분수가 고장 나서 물이 고이고 모기가 들끓어요", "parks", "parks"),
    ("공원 연못 주변에 모기가 들끓어요 방역 좀 해 주세요", "parks", "health"),
    # jellyfish are not flies
    ("항구 앞바다에 해파리 떼랑 기름띠가 떠 있어요", "environment", "environment"),
    # a market's empty stalls and their fees are the economy's, not housing
    ("전통시장 빈 점포가 늘어서 상인들 관리비 부담만 커요", "economy", "economy"),
    # a camera against fly-tipping is the rubbish desk's (14 outside rows in 13 files); a camera against theft is not
    ("전봇대 밑에 쓰레기를 몰래 버리고 가요 감시카메라 좀 달아 주세요", "safety", "waste"),
    ("People keep dumping old sofas behind the mart, please put up a CCTV camera", "other", "waste"),
    ("주차장에서 차량 털이가 있었어요 CCTV 좀 달아 주세요", "safety", "safety"),
    # the boat to an island, its timetable and how often it runs, is the transport desk's; its terminal's toilet is not
    ("섬에 들어가는 배편이 겨울엔 하루 두 번뿐이에요 늘려 주세요", "other", "traffic"),
    ("The ferry timetable online doesn't match the one at the pier", "culture", "traffic"),
    ("여객선 터미널 화장실이 너무 더러워요", "other", "other"),
    # people crossing where there is no crossing: traffic
    ("시장 앞 도로에 무단횡단하는 어르신들이 많아요 펜스라도 설치해 주세요", "housing", "traffic"),
    ("People jaywalk across the four-lane road by the market every day", "waste", "traffic"),
    # outdoor exercise machines are the park's; a site opened at night is culture's
    ("강변 산책로 운동기구 손잡이가 헐거워서 빙빙 돌아요", "culture", "parks"),
    ("Two of the outdoor gym machines by the reservoir have been broken since spring", "other", "parks"),
    ("여름엔 성곽길 야간 개방 좀 해 주세요 낮엔 더워서 못 걸어요", "other", "culture"),
    # bikes and motorbikes raced along a footpath or a riverside trail among walkers: safety; their noise stays
    ("천변 산책로에서 자전거들이 쌩쌩 달려서 아이들이 다칠 뻔했어요", "parks", "safety"),
    ("Delivery motorbikes keep racing along the pavement on Station Road", "traffic", "safety"),
    ("밤마다 인도 옆 도로로 오토바이 폭주족이 굉음 내며 달려요", "traffic", "traffic"),
]


@pytest.mark.parametrize("text, predicted, category", EIGHTH_ROUND)
def test_the_problem_decides_eighth_round(text, predicted, category):
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


# --- categories, ninth round (seventh session): light into homes by its source. A streetlight too bright is the
# streetlight desk's to dim or turn (outside writers 6 rows to 0); a sign, a cross or floodlights are light pollution
# (6 to 0). Fresh sentences; (text, model's category, final).
NINTH_ROUND = [
    ("새로 바꾼 LED 가로등이 너무 밝아서 안방까지 환해요", "environment", "streetlight"),
    ("The new street lamp shines straight into our bedroom all night", "environment", "streetlight"),
    ("모텔 간판 네온이 너무 밝아서 잠을 못 자요", "streetlight", "environment"),
    ("운동장 야간 조명 빛공해 때문에 커튼을 쳐도 소용없어요", "culture", "environment"),
]


@pytest.mark.parametrize("text, predicted, category", NINTH_ROUND)
def test_light_into_homes_goes_by_its_source_ninth_round(text, predicted, category):
    from moderation.intake.taxonomy import problem_category

    assert problem_category(text, predicted) == category


# --- detection, fourth round (issue 12 items 3-4): repair news, found things, delight, English failures ------------
def test_repair_news_found_notices_and_english_failures_have_their_cues():
    from moderation.intake.features import extract

    def cues(text: str) -> set[str]:
        return {f[2:] for f in extract(text) if f.startswith("C:")}

    # the repair said as news, in the past; the same verb asked for is a request, not a repair
    assert "fixed" in cues("금광동 골목 보안등 불 들어왔네요 밤길 훨씬 낫다")
    assert "fixed" in cues("학교 앞 과속방지턱 새로 깔았네요 민원 넣은 보람 있어요")
    assert "fixed" in cues("신호 안 바뀌던 거 하루 만에 복구됐네")
    for request in ("제설함 좀 채워주세요", "그네 사슬 갈아주세요", "움푹 팬 데 새로 깔아주세요", "불 좀 들어오게 해주세요"):
        assert "fixed" not in cues(request), request
    assert "request" in cues("제설함 좀 채워주세요")
    # a found thing handed in, and delight at a view or an animal
    assert "found" in cues("버스 안에서 목도리 습득했어요 기사님께 드렸어요")
    assert "delight" in cues("저수지에 고니 가족 놀러 왔어요 진짜 예쁘네요")
    # English says a problem with a negation or a duration
    assert "problem" in cues("The recycling behind our block wasn't collected for weeks")
    assert "problem" in cues("Nobody answers the phone at the permit desk")
    # an office signing with "<name> here:" in English; a place "here" in a report is no signature
    assert "F:dept" in extract("Residents Help Desk here: parking permits can now be renewed online.")
    assert "F:dept" not in extract("Bus stop near the office here is broken")


# Fresh sentences, in no training or validation file. Main's model before training/room_detection4.jsonl took 4
# of these 6 non-reports for reports (the light back on 0.75, the speed bump laid 0.80, the key handed in 0.91, the
# help desk 0.65); now the key handed in still is (0.64).
NOT_REPORTS_FOURTH_ROUND = [
    "금광동 골목 보안등 불 들어왔네요 ㅎㅎ 밤길 훨씬 낫다",
    "학교 앞 과속방지턱 새로 깔았네요 민원 넣은 보람 있어요",
    "버스 안에서 목도리 습득했어요 주인 찾아가세요 기사님께 드렸어요",
    "저수지에 고니 가족 놀러 왔어요 진짜 예쁘네요",
    "Thanks to the crew who patched the road outside the bakery, smooth ride this morning",
    "Residents Help Desk here: parking permits can now be renewed online.",
]
REPORTS_FOURTH_ROUND = [
    "장터 뒤 하수구 냄새 진동",
    "읍사무소 앞 인도 불법주차 천지임",
    "버스 배차 60분 실화? 기다리다 늙겠어요",
    "The recycling behind our block wasn't collected for weeks and it's spilling into the road",
    "청년 전월세 이자 지원 나이 기준이 너무 좁아요 좀 넓혀주세요",
]


def test_repair_news_found_things_and_chat_about_wildlife_are_mostly_not_reports():
    taken = [t for t in NOT_REPORTS_FOURTH_ROUND if classify(t).kind != "other"]
    assert len(taken) <= 1, taken


def test_short_complaints_sarcasm_and_policy_asks_stay_reports():
    missed = [t for t in REPORTS_FOURTH_ROUND if classify(t).kind == "other"]
    assert missed == []


# Detection, sixth round (issue 12 item 3): a suggestion asked or said as a hypothetical is a proposal, a question
# about when a fix comes or why nobody enforces is a request. Fresh sentences, in no training or validation file.
def test_suggestions_and_questions_about_a_fix_carry_their_cues():
    from moderation.intake.features import extract

    for text in ("읍내 장날에만이라도 마을버스 한 대 더 돌리면 어떠세요", "공원 입구에 무료 양산 대여함 놓으면 여름에 다들 좋아할 텐데",
                 "What if the city added a few benches along the long hill up to the hospital?",
                 "How about a night market on the riverside on Friday evenings?"):
        assert "C:suggest" in extract(text), text
    for text in ("터미널 앞 횡단보도 없어서 다들 무단횡단하는데 설치 계획 있나요?", "학교 뒤 비탈길 낙석 방지망 찢어진 거 언제 고쳐주나요",
                 "시장 골목 불법 노점 때문에 소방차도 못 들어가는데 단속 안 하나요?", "윗집 새벽마다 뛰는데 이런 건 어디다 말해야 하나요"):
        assert "C:request" in extract(text), text


# Main's model before training/room_detection6.jsonl read the first of these as chat (0.53); the two chat
# questions with the same "어때요" stay chat.
ENGLISH_SUGGESTIONS_SIXTH_ROUND = [
    "What if the city added a few benches along the long hill up to the hospital?",
    "How about a night market on the riverside on Friday evenings?",
    "Maybe the city could run a Korean language class on Saturday mornings",
]
CHAT_QUESTIONS_SIXTH_ROUND = ["주말 오후 카페 거리 분위기 어때요?", "그 동네 살기 어때요? 이사 고민 중"]


def test_a_suggestion_to_the_city_is_a_proposal_and_a_chat_question_is_not():
    from moderation.decision import Outcome, decide

    for text in ENGLISH_SUGGESTIONS_SIXTH_ROUND:
        d = decide(text)
        assert d.kind == "proposal" and d.outcome in (Outcome.FILE, Outcome.ASK), (text, d.intake.civic)
    for text in CHAT_QUESTIONS_SIXTH_ROUND:
        assert decide(text).outcome is Outcome.IGNORE, text


def test_a_service_that_is_not_there_a_proposal_named_as_one_and_an_own_opinion_carry_their_cues():
    from moderation.intake.features import extract

    for text in ("주말에 문 여는 치과가 한 곳도 없어서 이 아픈 거 참다가 월요일에 갔어요",
                 "국공립 어린이집 대기가 200명이래요 복직은 어떻게 하라고",
                 "보건소 치매검사 예약 두 달 뒤라네요", "주말마다 역 공영주차장 만차라서 기차 놓칠 뻔했어요"):
        assert "C:problem" in extract(text), text
    for text in ("폐교된 초등학교를 주민 공유 작업장으로 쓰는 방안 제안합니다", "읍사무소 앞 공터에 주민 쉼터 만들어 주시길 건의드립니다"):
        assert "C:request" in extract(text), text
    for text in ("개인 의견인데 요즘 시내버스 기사님들 많이 친절해졌어요", "제 생각엔 이번 축제는 작년보다 나았던 것 같아요"):
        assert "F:opinion" in extract(text), text


# Main's model before the sixth round read the first as chat (0.48): a gap in a service said without a request.
SERVICE_GAPS_SIXTH_ROUND = [
    "주말에 문 여는 치과가 한 곳도 없어서 이 아픈 거 참다가 월요일에 갔어요",
    "국공립 어린이집 대기가 200명이래요 복직은 어떻게 하라고",
    "보건소 치매검사 예약 두 달 뒤라네요 그 사이에 나빠지면 어쩌라고",
    "주말마다 역 공영주차장 만차라서 기차 놓칠 뻔했어요",
]


def test_a_gap_in_a_service_said_without_a_request_is_a_report():
    missed = [t for t in SERVICE_GAPS_SIXTH_ROUND if classify(t).kind == "other"]
    assert missed == []
