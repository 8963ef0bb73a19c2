"""The fixed category taxonomy and its mapping onto the coarse topics of the shared data."""

from __future__ import annotations

import re

__all__ = ["CATEGORIES", "COARSE_OF", "COARSE", "KINDS", "LEXICON", "fine_from_coarse"]

CATEGORIES: tuple[str, ...] = (
    "road",
    "streetlight",
    "water_sewer",
    "traffic",
    "parking",
    "waste",
    "environment",
    "parks",
    "housing",
    "safety",
    "welfare",
    "health",
    "economy",
    "culture",
    "animals",
    "other",
)

COARSE_OF: dict[str, str] = {
    "road": "road_infrastructure",
    "streetlight": "road_infrastructure",
    "water_sewer": "road_infrastructure",
    "traffic": "transport_parking",
    "parking": "transport_parking",
    "waste": "waste_cleaning",
    "environment": "environment_pollution",
    "parks": "parks_green",
    "housing": "building_housing",
    "safety": "safety_disaster",
    "welfare": "welfare",
    "health": "health",
    "economy": "economy_jobs",
    "culture": "culture_tourism_sports",
    "animals": "animals",
    "other": "other",
}

COARSE: tuple[str, ...] = tuple(dict.fromkeys(COARSE_OF.values()))

KINDS: tuple[str, ...] = ("complaint", "proposal", "other")

_STREETLIGHT = re.compile(r"가로등|보안등|가로 등|조명|streetlight|street light|lamp", re.I)
_WATER = re.compile(r"하수|배수|맨홀|상수도|수도|누수|빗물|우수관|정화조|침수|drain|sewer|water", re.I)
_PARKING = re.compile(r"주차|주정차|견인|parking|parked", re.I)


def fine_from_coarse(coarse: str, text: str) -> str:
    """A fine taxonomy id for a row that only has a coarse topic (used to label training data).

    Coarse topics that hold one fine id map directly; road_infrastructure and
    transport_parking are split by the words in the text.
    """
    if coarse == "road_infrastructure":
        if _STREETLIGHT.search(text):
            return "streetlight"
        if _WATER.search(text):
            return "water_sewer"
        return "road"
    if coarse == "transport_parking":
        return "parking" if _PARKING.search(text) else "traffic"
    for fine, c in COARSE_OF.items():
        if c == coarse:
            return fine
    return "other"


# Topic words per category, written by hand. They are model *features* ("K:road"
# fires when a word of the road list occurs, spaces ignored), weighted by the
# trained model like any other feature; they let the model generalise from few
# examples. Stems are matched on the cleaned text with spaces removed.
LEXICON: dict[str, tuple[str, ...]] = {
    "road": ("도로", "보도", "인도", "보도블럭", "보도블록", "포트홀", "아스팔트", "포장", "차도", "갓길", "방지턱",
             "육교", "계단", "pothole", "sidewalk", "pavement", "road"),
    "streetlight": ("가로등", "보안등", "조명", "불이꺼", "불이안", "깜빡", "streetlight", "lamp"),
    "water_sewer": ("하수", "배수", "맨홀", "상수도", "수돗물", "녹물", "누수", "빗물", "정화조", "수도관", "단수",
                    "drain", "sewer", "sewage", "tapwater", "leak"),
    "traffic": ("신호등", "신호", "횡단보도", "버스", "정류장", "배차", "교차로", "사거리", "정체", "교통", "과속",
                "지하철", "택시", "노선", "bus", "traffic", "signal", "crossing", "crosswalk"),
    "parking": ("주차", "주정차", "견인", "이중주차", "parking", "parked"),
    "waste": ("쓰레기", "투기", "분리수거", "재활용", "폐기물", "수거", "청소", "음식물", "꽁초", "trash", "garbage",
              "rubbish", "litter", "dump"),
    "environment": ("소음", "악취", "냄새", "먼지", "매연", "흡연", "담배", "미세먼지", "시끄", "진동", "noise",
                    "smell", "dust", "smoke", "smoking"),
    "parks": ("공원", "놀이터", "가로수", "나무", "산책로", "녹지", "벤치", "화단", "등산로", "그네", "미끄럼틀",
              "park", "playground", "tree"),
    "housing": ("건물", "건축", "공사장", "신축", "아파트", "빌라", "주택", "빈집", "재개발", "재건축", "임대",
                "철거", "증축", "building", "construction", "housing", "apartment"),
    "safety": ("제설", "눈이", "빙판", "침수", "홍수", "태풍", "재난", "범죄", "cctv", "씨씨티비", "방범", "순찰",
               "위험", "붕괴", "화재", "안전", "snow", "flood", "crime", "unsafe", "fire"),
    "welfare": ("복지", "어린이집", "보육", "육아", "돌봄", "출산", "다자녀", "다둥이", "자녀", "노인", "어르신",
                "경로당", "장애인", "기초생활", "수당", "지원금", "난임", "childcare", "elderly", "welfare"),
    "health": ("보건", "병원", "의료", "방역", "모기", "감염", "코로나", "백신", "접종", "위생", "식중독", "약국",
               "hospital", "health", "vaccine", "mosquito", "clinic"),
    "economy": ("일자리", "취업", "상가", "시장", "상인", "가게", "노점", "소상공인", "창업", "지역화폐", "상품권",
                "job", "shop", "market", "business"),
    "culture": ("문화", "축제", "도서관", "체육", "수영장", "운동장", "관광", "박물관", "공연", "교육", "학교",
                "강좌", "library", "festival", "sports", "tourism", "school"),
    "animals": ("고양이", "길냥이", "강아지", "유기견", "들개", "반려견", "비둘기", "목줄", "동물", "cat", "dog",
                "animal", "pigeon"),
}
