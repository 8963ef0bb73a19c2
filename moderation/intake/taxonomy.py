"""The fixed category taxonomy and its mapping onto the coarse topics of the shared data."""

from __future__ import annotations

import re

__all__ = ["CATEGORIES", "COARSE_OF", "COARSE", "KINDS", "LEXICON", "fine_from_coarse", "problem_category"]

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
             "육교", "계단", "과속방지턱", "pothole", "sidewalk", "pavement", "road"),
    # (not "깜빡" or "불이 안 들어와요": a traffic signal blinks and goes dark too)
    "streetlight": ("가로등", "보안등", "조명", "전구", "streetlight", "street light", "lamp"),
    "water_sewer": ("하수", "배수", "맨홀", "상수도", "수돗물", "녹물", "누수", "빗물", "정화조", "수도관", "단수",
                    "drain", "sewer", "sewage", "tapwater", "leak"),
    "traffic": ("신호등", "신호", "신호기", "점멸", "보행등", "좌회전", "우회전", "횡단보도", "버스", "정류장", "배차", "교차로",
                "사거리", "정체", "교통", "과속", "꼬리물기", "지하철", "택시", "노선", "표지판", "bus", "traffic", "signal",
                "crossing", "crosswalk"),
    "parking": ("주차", "주정차", "견인", "이중주차", "parking", "parked"),
    "waste": ("쓰레기", "투기", "분리수거", "재활용", "폐기물", "수거", "청소", "음식물", "꽁초", "trash", "garbage",
              "rubbish", "litter", "dump"),
    "environment": ("소음", "악취", "냄새", "먼지", "매연", "흡연", "담배", "미세먼지", "시끄", "진동", "noise",
                    "smell", "dust", "smoke", "smoking"),
    "parks": ("공원", "놀이터", "가로수", "나무", "산책로", "녹지", "벤치", "화단", "등산로", "그네", "미끄럼틀", "시소",
              "놀이기구", "운동기구", "정자", "잔디", "가지치기", "park", "playground", "tree", "swing", "slide"),
    "housing": ("건물", "건축", "공사장", "신축", "아파트", "빌라", "주택", "빈집", "재개발", "재건축", "임대",
                "철거", "증축", "building", "construction", "housing", "apartment"),
    "safety": ("제설", "눈이", "빙판", "결빙", "얼어", "얼음", "염화칼슘", "모래좀", "침수", "홍수",
               "태풍", "재난", "범죄", "cctv", "씨씨티비", "방범", "순찰", "치안", "비상벨", "붕괴", "무너",
               "축대", "옹벽", "낙석", "산사태", "난간", "소화전", "화재", "안전", "snow", "icy", "flood", "crime",
               "얼었", "꽁꽁", "잠겼", "고립", "unsafe", "fire"),
    "welfare": ("복지", "어린이집", "보육", "육아", "돌봄", "출산", "다자녀", "다둥이", "자녀", "노인", "어르신",
                "경로당", "장애인", "기초생활", "수당", "지원금", "난임", "childcare", "elderly", "welfare"),
    "health": ("보건", "병원", "의료", "방역", "모기", "유충", "해충", "벌레", "진드기", "감염", "코로나", "백신", "접종", "위생",
               "식중독", "약국", "larvae",
               "hospital", "health", "vaccine", "mosquito", "clinic"),
    "economy": ("일자리", "취업", "상가", "시장", "상인", "가게", "노점", "소상공인", "창업", "지역화폐", "상품권",
                "job", "shop", "market", "business"),
    "culture": ("문화", "축제", "도서관", "체육", "수영장", "운동장", "관광", "박물관", "공연", "교육", "학교",
                "강좌", "독서실", "열람실", "스터디", "library", "festival", "sports", "tourism", "school"),
    "animals": ("고양이", "길냥이", "강아지", "유기견", "유기묘", "들개", "대형견", "반려견", "비둘기", "목줄", "멧돼지",
                "개똥", "짖어", "동물", "로드킬", "견주", "배설물", "cat", "dog", "animal", "pigeon", "leash"),
}


# -- the problem decides the category ------------------------------------------------------
# A few problems decide the category whatever place or object they come with, where the
# model, weighing every word, lets a nearby keyword win: ice on the path to a senior centre
# is safety (not welfare), a flooded underpass or a stranger following people is safety, a
# loose dog in a park is animals (not parks), a blinking traffic signal is traffic (not
# streetlight), a sign about to fall off a shop is safety (not housing), a drill next to a park is
# environment (not parks). Hand-written, for these confusable pairs only.
_SAFETY_PROBLEM = re.compile(
    # snow and ice
    r"빙판|얼어|얼었|결빙|꽁꽁|염화칼슘|제설|눈이\s?(?:안\s?치|쌓|그대로|얼)|눈\s?(?:온|와서|때문에)|"
    r"\bicy\b|\bice\b|\bsnow|\bsalt\b|"
    # flooding where people are in danger (a flooded underpass, a closure, a warning: _FLOOD_DANGER; other floods
    # are water_sewer, above), and not a blocked drain: that is water_sewer
    # (잠기다 with water or rain: "문이 잠겼어요" is a locked door)
    r"침수|물(?:에|이)?\s?(?:잠[기겼겨]|차[서기])|(?:비|장마|폭우|태풍|하천|강물|물)[^.!?]{0,24}?잠[기겼겨]|범람|불어[나서]|\bflood|"
    # crime and a stranger's menace
    r"도둑|도난|차량\s?털이|털렸|털림|털이범|절도|바바리맨|치한|몰카|스토킹|따라오|따라와|수상한|순찰|방범|"
    r"\bfollowing\b|\bstalk|\btheft|\bstolen\b|\bpatrols?\b|"
    # slopes and walls giving way
    r"옹벽|축대|낙석|산사태|토사|비탈면|흙이\s?(?:흘러|쏟아)",
    re.I,
)
# water where it should not be (a flooded underpass, a basement, a road, fields after rain): the desk that keeps
# drains and watercourses (water_sewer) acts, as every outside writer routes it; ice and crime stay safety
_FLOOD = re.compile(
    r"침수|물(?:에|이)?\s?(?:잠[기겼겨]|차[서고기요]|찼)|물\s?고[여임]|물이?\s?안\s?빠|범람|(?:비|장마|폭우|태풍)[^.!?]{0,24}?잠[기겼겨]|\bflood",
    re.I,
)
# ... but a flooded underpass, and closing a place, warning people or getting them out, are the disaster desk's
# (safety): "지하차도가 잠겨요", "진입 통제",
# "침수 경보", "차 빼라는 안내 방송", "사람 떠내려가겠어요"
_FLOOD_DANGER = re.compile(
    r"지하차도|지하보도|굴다리|\bunderpass|물막이|모래주머니|통제|차단|경보|대피|안내\s?방송|알림|문자|갇[혔힐혀]|떠내려|빠지겠|휩쓸|구조|위험|\bclos(?:e|ed|ing)\b|\bwarn|\bevacuat|\btrapped|\bdanger",
    re.I,
)
_DRAIN = re.compile(r"하수구|계량기|수도관|동파|빗물|배수구|배수로|맨홀|역류|하수관|저류조|\bdrain|\bsewer", re.I)
# a stream or a ditch silted up and never dredged: its water floods the fields, but the desk that acts is the
# one that keeps the watercourse (water_sewer), not the disaster desk
_SILTED = re.compile(r"준설|퇴적|(?:흙|토사|모래|갈대)[이가랑]?\s?(?:꽉\s?)?(?:쌓|차서|막)|\bdredg|\bsilt", re.I)
_ANIMAL = re.compile(
    r"들개|유기견|유기묘|멧돼지|길고양이|고양이|비둘기|목줄|개똥|배설물|견주|짖어|짖는|대형견|진돗개|거북|토끼|거위|고라니|너구리|"
    r"\bdogs?\b|\bcats?\b|\bpigeons?\b|\bleash|\bgeese\b|\bgoose\b|\brabbits?\b",
    re.I,
)
# cars left where they should not be: parking, whatever they block (a bus, a crossing, a hydrant)
_PARKING_PROBLEM = re.compile(
    r"불법\s?주차|이중\s?주차|주차[돼된해한]|불법\s?정차|차를?\s?(?:대[고놓는서]|세워)|\bparked\b|\bparking\b", re.I
)
# the surface of a road or pavement giving way: road, wherever it is (a park's entrance, a bus stop)
_ROAD_PROBLEM = re.compile(
    r"포트홀|보도\s?블[럭록]|싱크홀|아스팔트|도로가?\s?(?:패|파|꺼|갈라)|\bpothole|\bsinkhole|"
    r"방지턱이?\s?(?:다\s?)?(?:깎|닳|없어|부서|파손|깨)",  # a worn speed bump is the road's, not the speeding
    re.I,
)
# a stranger at a parked car, theft and assault: safety (not the parking the car is in)
_CRIME = re.compile(r"차\s?문을?.{0,8}?(?:열어|당겨)|기웃|훔[쳐치]|소매치기|폭행|\btrying\s(?:car\s)?doors?", re.I)
# burning, fumes, noise and smells from a works, a bar or a field: environment, not the road,
# the building or the bus they come from
_NUISANCE = re.compile(
    r"소음|시끄|드릴|쿵쿵|웅웅|진동|확성기|매연|공회전|연기|소각|태우[는고]|태워|매캐|악취|먼지|"
    r"\bnoise|\bloud\b|\bfumes|\bsmoke|\bburn(?:s|ing)?\b|\bdust\b",
    re.I,
)
# pests and hygiene: health, not the rubbish, the drain or the park they are at
_PESTS = re.compile(
    r"모기|유충|해충|바퀴벌레|빈대|진드기|날파리|파리\s?(?:가|떼|들|도|와)|쥐가|쥐\s?(?:떼|들)|방역|소독(?!약)|위생\s?점검|"
    r"\bmosquito|\bticks?\b|\brats?\b|\bcockroach|\bdisinfect",
    re.I,
)
# the running of a block of flats: housing
_HOUSING_PROBLEM = re.compile(
    r"관리비|관리소장|관리사무소|입주자\s?대표|장기수선|하자\s?보수|곰팡이|재개발|재건축|빈집|폐가|\bmou?ld\b|\blandlord|"
    r"\bredevelopment",
    re.I,
)
# the city's own paperwork: other, not the welfare or culture words around it
_ADMIN = re.compile(r"여권|민원\s?발급기|등본|초본|전입\s?신고|인감|고지서|과태료|콜센터|홈페이지", re.I)
_BENEFIT = re.compile(r"수당|연금|지원금|복지|돌봄|보육|수급|장애인", re.I)
_WASTE_PROBLEM = re.compile(r"쓰레기|꽁초|무단\s?투기|\btrash|\blitter|\bgarbage", re.I)
# rubbish bags torn open (by cats, magpies, crows): the bags and how they are put out are the problem (waste),
# not the animals
_BAGS = re.compile(r"봉투|봉지|종량제|\bbin\s?bags?\b|\b(?:rubbish|trash|garbage|refuse)\s?bags?\b", re.I)
# shared e-scooters left lying or standing on the pavement: parking (a vehicle left where it should not be);
# ridden along the pavement they are safety, and the verbs tell the two apart
_SCOOTER_LEFT = re.compile(
    r"(?:킥보드|\bscooters?\b).{0,24}?(?:방치|널브러|널려|널부러|세워|쓰러져\s?있|아무렇게|아무\s?데나|버려|막아|"
    r"\bdumped\b|\babandoned\b|\bleft\b|\blying\b|\bparked\b|\bblock)",
    re.I,
)
# light shining into homes (floodlights, a lit park, a sign): light pollution is environment, not the lamp's desk
_GLARE = re.compile(r"빛\s?공해|눈부|너무\s?밝|환해서|\blight pollution|\bglare\b|\bshines?\s(?:straight\s)?into", re.I)
# fish dying in a stream or a lake: pollution (environment), not the animals, the water works or the park
_DEAD_FISH = re.compile(r"물고기.{0,12}?(?:죽|폐사|배를?\s?뒤집)|폐사|떼죽음|\bdead fish|\bfish kill", re.I)
# a convex mirror at a bend or an alley's mouth: a traffic-safety device (traffic), not the road or the corner
_MIRROR = re.compile(r"반사경|볼록\s?거울|도로\s?거울|\bconvex mirror|\btraffic mirror", re.I)
# something on a building or a works about to fall on people (a sign, tiles, a panel): safety, not the
# housing, shop or park it hangs on; an empty house falling apart stays housing
_FALLING = re.compile(
    r"(?:간판|광고판|광고탑|안내판|표지판|타일|외벽|유리|가림막|구조물|벽돌|철판|자재|현수막|시설물|패널|펜스|담장|담벼락)"
    r".{0,14}?"
    r"(?:떨어[져지질졌]|추락|낙하|덜렁|날아[가와]|기울[어었]|넘어질|쓰러질|무너질)|"
    # a works barrier already down across the way (a fallen trail sign stays the park's)
    r"(?:가림막|펜스|울타리|바리케이드|라바콘|차단봉).{0,10}?(?:쓰러[져졌]|넘어[져졌갔감])|"
    r"\bhanging by\b|\babout to fall\b|\bfalling (?:off|from|onto)\b|\bcould fall\b|"
    r"\b(?:barrier|fence|hoarding)s? (?:has |have )?(?:fallen|blown|toppled|collapsed)",
    re.I,
)
# (a park's own smell or dust is the park's upkeep; noise, fumes and burning next to it are not)
_LOUD_OR_FUMES = re.compile(
    r"소음|시끄|드릴|쿵쿵|확성기|매연|공회전|연기|소각|태우[는고]|태워|매캐|\bnoise|\bloud\b|\bfumes|\bsmoke|\bburn", re.I
)
# a sandpit fouled by cats where the sand is to be changed, disinfected or covered: the park's upkeep (parks),
# not the animals (a dead cat in the sandpit, or droppings with no such ask, stay animals)
_SAND_UPKEEP = re.compile(
    r"모래.{0,40}?(?:교체|갈아|바꿔|소독|덮개|덮어)|(?:교체|소독|덮개).{0,10}?모래|"
    r"\bsand(?:pit|box)?\b.{0,40}?\b(?:replace|change|cover|disinfect)|\b(?:replace|change|cover)\s(?:the\s)?sand",
    re.I,
)
# a semi-basement home flooded where the ask is to move out of it (relocation, a move, housing support): housing,
# the desk that rehouses; a flood-barrier or the flood itself stays safety
_BASEMENT_MOVE = re.compile(
    r"(?:반지하|semi-?basement).{0,60}?(?:이주|이사|주거|relocat|move\s|housing)", re.I
)
_DERELICT = re.compile(r"빈집|폐가|흉가|\babandoned\b", re.I)
_ICE = re.compile(r"빙판|얼어|얼었|결빙|눈이|\bicy\b|\bice\b|\bsnow", re.I)
_SIGNAL = re.compile(r"신호등|신호기|보행등|보행\s?신호|신호가|신호\s|traffic light|\bsignal", re.I)
_LAMP = re.compile(r"가로등|보안등|streetlight|street light|\blamp", re.I)


def problem_category(text: str, predicted: str) -> str:
    """The category of `text`, given the model's `predicted` one, when the problem itself decides it."""
    # (parked cars and a broken surface first: ice, floods and crime still make them safety below)
    if predicted in ("road", "traffic", "parks", "housing", "economy", "other", "safety") and _PARKING_PROBLEM.search(text):
        predicted = "parking"
    elif (predicted in ("traffic", "parking", "parks", "housing", "other", "safety", "water_sewer")
          and _ROAD_PROBLEM.search(text) and not _ICE.search(text)):
        predicted = "road"
    if predicted in ("road", "traffic", "safety", "parks") and _SCOOTER_LEFT.search(text):
        predicted = "parking"
    if predicted in ("safety", "environment", "parks", "other") and _SILTED.search(text) and not _CRIME.search(text):
        return "water_sewer"
    if (predicted in ("safety", "road", "parks", "other", "housing", "traffic") and _FLOOD.search(text)
            and not _FLOOD_DANGER.search(text) and not _ICE.search(text) and not _CRIME.search(text)
            and not (predicted == "housing" and _BASEMENT_MOVE.search(text))):
        return "water_sewer"
    if (predicted != "streetlight" and _SAFETY_PROBLEM.search(text) and not _DRAIN.search(text)
            and not (predicted == "housing" and _BASEMENT_MOVE.search(text))):
        return "safety"
    if predicted not in ("streetlight", "animals") and _CRIME.search(text):
        return "safety"
    if (predicted in ("housing", "parks", "culture", "economy", "road", "other", "environment")
            and _FALLING.search(text) and not _DERELICT.search(text)):
        return "safety"
    if predicted in ("safety", "animals", "water_sewer", "parks", "health") and _DEAD_FISH.search(text):
        return "environment"
    if (predicted in ("parks", "other", "culture", "housing", "environment", "waste") and _ANIMAL.search(text)
            and not (predicted == "waste" and _BAGS.search(text))
            and not (predicted == "parks" and _SAND_UPKEEP.search(text))):
        return "animals"
    if predicted in ("streetlight", "parks", "culture", "safety") and _GLARE.search(text):
        return "environment"
    if predicted in ("road", "safety", "parks", "other") and _MIRROR.search(text):
        return "traffic"
    if predicted == "streetlight" and _SIGNAL.search(text) and not _LAMP.search(text):
        return "traffic"
    if predicted in ("traffic", "parks") and _LAMP.search(text) and not _SIGNAL.search(text):
        return "streetlight"
    if predicted in ("traffic", "parks") and _WASTE_PROBLEM.search(text) and not _NUISANCE.search(text):
        return "waste"
    if predicted == "parks" and _DRAIN.search(text):  # a drain or a manhole in a park
        return "water_sewer"
    if predicted in ("road", "housing", "traffic", "economy") and _NUISANCE.search(text):
        return "environment"
    if predicted == "parks" and _LOUD_OR_FUMES.search(text):
        return "environment"
    if predicted in ("environment", "water_sewer", "parks", "housing", "other") and _PESTS.search(text):
        return "health"
    if predicted in ("other", "economy", "welfare") and _HOUSING_PROBLEM.search(text):
        return "housing"
    if predicted in ("welfare", "culture", "economy") and _ADMIN.search(text) and not _BENEFIT.search(text):
        return "other"
    return predicted
