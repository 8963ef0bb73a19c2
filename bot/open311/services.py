"""The services of GET services: one per complaint category, service_code = the category id."""

from __future__ import annotations

from dataclasses import dataclass

from bot.texts import category_label
from moderation.intake.taxonomy import CATEGORIES, COARSE_OF


@dataclass(frozen=True)
class ServiceText:
    description: str  # a brief description of the service type (Korean)
    keywords: tuple[str, ...]  # synonyms of the name and group, Korean and English


# What each category covers, as the README's category table says it, in Korean.
SERVICE_TEXTS: dict[str, ServiceText] = {
    "road": ServiceText(
        "도로·보도 파손, 포트홀, 보도블록, 방지턱", ("도로", "보도", "인도", "포트홀", "보도블록", "road", "sidewalk", "pothole")
    ),
    "streetlight": ServiceText("가로등·보안등 고장과 조명", ("가로등", "보안등", "조명", "streetlight", "lamp")),
    "water_sewer": ServiceText("하수구·배수, 상수도, 누수, 맨홀", ("하수", "배수", "상수도", "누수", "맨홀", "drain", "sewer", "water")),
    "traffic": ServiceText(
        "신호등, 횡단보도, 버스·정류장, 교통 정체", ("신호등", "횡단보도", "버스", "정류장", "교통", "traffic", "signal", "bus")
    ),
    "parking": ServiceText("불법 주정차와 주차 시설", ("주차", "주정차", "불법주차", "견인", "parking")),
    "waste": ServiceText(
        "쓰레기, 무단 투기, 분리수거, 청소", ("쓰레기", "무단투기", "분리수거", "재활용", "청소", "waste", "trash", "litter")
    ),
    "environment": ServiceText("소음, 악취, 먼지, 흡연", ("소음", "악취", "먼지", "흡연", "noise", "smell", "dust", "smoking")),
    "parks": ServiceText("공원, 놀이터, 가로수, 녹지", ("공원", "놀이터", "가로수", "녹지", "벤치", "park", "playground", "tree")),
    "housing": ServiceText("건물, 공사장, 주택", ("건물", "건축", "공사장", "주택", "아파트", "building", "construction", "housing")),
    "safety": ServiceText("제설, 침수, 재난, 범죄 예방, CCTV", ("제설", "빙판", "침수", "재난", "방범", "CCTV", "safety", "snow", "flood")),
    "welfare": ServiceText(
        "복지, 보육, 가족·어르신 정책", ("복지", "보육", "어린이집", "돌봄", "어르신", "다자녀", "welfare", "childcare")
    ),
    "health": ServiceText("보건, 방역, 위생", ("보건", "방역", "위생", "병원", "health")),
    "economy": ServiceText("일자리, 상가, 전통시장", ("일자리", "취업", "상가", "시장", "소상공인", "economy", "jobs", "shops")),
    "culture": ServiceText("문화, 체육, 관광, 교육", ("문화", "체육", "관광", "도서관", "축제", "교육", "culture", "sports")),
    "animals": ServiceText("길고양이, 유기견, 반려동물, 비둘기", ("동물", "길고양이", "유기견", "반려견", "비둘기", "animals")),
    "other": ServiceText("그 밖의 불편 사항과 정책 제안", ("기타", "제안", "other")),
}

# The group of a service: the coarse topic of its category (moderation.intake.taxonomy), in Korean.
GROUP_LABELS: dict[str, str] = {
    "road_infrastructure": "도로·기반시설",
    "transport_parking": "교통·주차",
    "waste_cleaning": "청소",
    "environment_pollution": "환경",
    "parks_green": "공원·녹지",
    "building_housing": "건축·주택",
    "safety_disaster": "안전·재난",
    "welfare": "복지",
    "health": "보건",
    "economy_jobs": "경제·일자리",
    "culture_tourism_sports": "문화·체육·관광",
    "animals": "동물",
    "other": "기타",
}


def service_name(code: str) -> str:
    return category_label(code, "ko")


def service_list() -> list[dict]:
    """GET services: every category, in the taxonomy's order."""
    return [
        {
            "service_code": code,
            "service_name": service_name(code),
            "description": SERVICE_TEXTS[code].description,
            "metadata": False,  # nothing to ask beyond the description and the place
            "type": "realtime",  # the service_request_id comes back at once
            "keywords": ", ".join(SERVICE_TEXTS[code].keywords),
            "group": GROUP_LABELS[COARSE_OF[code]],
        }
        for code in CATEGORIES
    ]


def is_service(code: str) -> bool:
    return code in CATEGORIES


def service_definition(code: str) -> dict:
    """GET services/{code}: no extra attributes (metadata is false), served for clients that ask anyway."""
    return {"service_code": code, "attributes": []}
