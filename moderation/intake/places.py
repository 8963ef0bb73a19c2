"""Find the place a message names, if any (pure regular expressions, no I/O).

Recognised, Korean first:
- road names on their own when a place word or a road object follows ("과천대로 신호등",
  "별양로 쪽"), since 로 is also a particle ("카드로 변경");
- road-name and lot addresses with numbers: "중앙로 12", "서해대로483번길", "전동 25-328번지",
  "별양동 12-3", "부림동 12단지", "신흥동1가 79번지";
- intersections: "OO사거리", "시청 앞 삼거리", "교차로";
- stations and exits: "과천역 3번 출구", "정부청사역";
- schools, apartment complexes, and landmarks (공원, 시장, 주민센터, 터미널, 정류장, 회관,
  체육관, ...), but not a kind of place ("버스정류장", "지하주차장", "반려견 놀이터");
- mountains by name when a place word follows ("관악산 입구");
- 동 and 읍 names on their own, when not a common word (운동, 활동, ...);
- bridges and stretches: "무심교 진입 구간", "하상도로 서문교~모충교 구간", "직지대로 복대동 구간";
- roads along a stream or a coast, overpasses, railway underpasses and waterside places by name, with or
  without a 동 ("양덕 하상도로", "소티재 고가", "철길 굴다리", "금강하굿둑", "여좌천 로망스다리"), and an unknown
  name before a relational word and the ground there ("금성관 뒤편 주차장");
- the townships, towns and 동 of the national list of legal districts (gazetteer.py, sixth round): a township
  alone ("왕궁면 축사"), a township's short name before 쪽 or a place ("해평 쪽", "아포 대신리 축사"), a 동 that looks
  like a common word ("나운동"), a township of any length before its village ("서면 아화리 마을");
- townships and villages (issue 12 item 6, fourth round): a 면 alone with a particle, 쪽 or its 리 after it
  ("장평면에", "옥천면 신복리"), a 리 after its 면 or 읍 or before the village's ground ("가곡리 마을 안길"), and that
  ground: 농로, 마을 안길, 큰길, 고갯길, 새로 난 길 (after a 리 any ground; after a 면 or 읍 alone only a village's);
- a district or an old town named without a suffix before a place, at the start of a sentence or after a time
  word ("분당 정자동 카페거리", "평촌 귀인초 옆 소공원", "위례 신도시 중앙공원", "포항 오천 ..."), and alone before
  쪽 when nothing else locates the problem ("산본 쪽 버스가 ..."); quarters and halls named by their district
  ("평촌 학원가", "하당 신도심 먹자골목", "성남 아트센터"); industrial parks (공단, 산단, 산업단지); the way to a place
  out of town ("대성경로당 가는 언덕길", "선착장 가는 길"; "시장 가는 길에" is the sentence's);
- English: "Main Street", "Gangnam Station exit 3", "Central Park", and romanised
  addresses ("Jungang-ro 12", "Byeolyang-dong", "Seohae-daero 483beon-gil"); "road from X Station to the town
  center", a school's whole name ("slope in front of X Foreign Language High School"), a spot in a township, a
  village or an industrial complex ("farm road in X-myeon", "dorms in X industrial complex"; not in a 동).

Not places: numbers that count something ("수거가 3일째", "1차선", "15억", "24시간 어린이집"), particles
and endings before a landmark word ("투명한 아파트"), and words that merely end in
역 or 동 ("방역", "서명운동").

The whole span that locates the problem is kept: places next to each other are
joined ("별양동" + "주공6단지"), and grown over the spots that follow them
(재활용장, 후문, 104동, 3층 열람실, 버스정류장...) and over the ground the problem
is at: a path, crossing, stop, parking, zone or stretch right after a place that
is more than a 동 ("육거리시장 골목", "청주대 후문 골목", "충북대 정문 오르막길",
"산남초 후문 인도", "직지대로 복대동 구간"), and the same across a relational word
(앞, 옆, 뒤, 뒤편, 건너편, 맞은편, 사이, 근처 ...): "호수공원 앞 횡단보도",
"법원 앞 횡단보도", "홈플러스 뒤 원룸촌", "상가 앞 장애인 주차구역". A trailing
relational word belongs to the place it locates by ("법원 앞에" is "법원 앞", "터미널 근처",
"하천 주변", "공단 쪽", "다리 밑"), and so does the park, stream, shop or site across it
("역 앞 공원", "시장 뒤 빈 점포"); not the object that is broken ("법원 앞 가로등" is
"법원 앞"), not the ground right after a 동 alone ("갈현동 골목" is "갈현동"). A named
bridge or street on a road belongs to it ("상당로 꽃다리", "성안길 차 없는 거리"),
and so do the city, district, 면 or town named before a place ("과천시 별양동 ...",
"오창 호수공원": a park named by its kind). In English the whole locating phrase:
the spot before "of / behind / near / at X" and what locates X after it ("back
entrance of X Library on Y-ro", "X Station west exit", "X main gate crosswalk",
"Y-ro by the Z intersection", "Y-daero right after the Z overpass").

Ranges and stretches are kept whole (issue 12 item 6, third round): the other end of a range
("A교~B교 구간", "A역에서 B공원 사이 구간", "A아파트와 B초 사이 골목", "A역에서 B까지 인도";
"from X to Y", "between X and Y"), the stretch toward a place ("Y대로 Z동 방향 구간", "... 방향
2차로"), the ground or a yard across 쪽 and across a kind of landmark ("시장 쪽 횡단보도", "상가 앞
분리수거장", "이마트 건너편 상가 골목"), and spots after a building number ("104동 쓰레기장", "203동
현관"). A range needs ~, or 사이, 까지, a stretch or ground after its other end ("시청과 협의해서" is none).

Of the places a text names, the most specific wins wherever it stands (a place
at the end counts as much as one at the start); a 동 alone only when nothing
more is named. A span made only of kinds of places ("아파트 단지", "공원 산책로")
is no place.
"""

from __future__ import annotations

import re
from typing import Any

from . import gazetteer
from .english_places import is_english, settle_english
from .islands import with_island
from .place_ends import settle_end
from .place_spans import everyday, guess_place
from .place_start import without_sentence_start
from .numbered_roads import with_numbered_road
from .routes import with_route
from .town_before import with_town_before
from .taxonomy import LEXICON

__all__ = ["find_place", "place_by_patterns"]

_H = r"[가-힣A-Za-z0-9]"
_NAME = rf"{_H}{{1,12}}"
_NUM = r"\d+(?:[-_]\d+)?"
# A number that is a quantity, not a house number: "1차선", "45억", "3일째", "20대"
# (nor a count of people, "1인가구", nor a route's number, "7번국도", "12번 버스"; "12번길" and "79번지" are addresses)
_NOT_HOUSE = (r"(?![\d_-])(?!(?:차선|차로|차(?![가-힣])|억|만|천|원|일(?!원)|시|분|초|개|명|대|층|월|년|살|세|번째|인|번(?!\s?길|지)|순환|"
              r"km|m\b|%))")

# verbs joined by 고 that a school's short form would otherwise take ("깨지고", "떨어지고", "버리고", "생기고")
_NOT_A_VERB_GO = "".join(f"(?<!{stem})" for stem in ("깨지", "꺼지", "터지", "가지", "빠지", "어지", "아지", "워지", "러지", "너지",
                                                       "져지", "그리", "버리", "생기", "만들", "놔두", "세우", "남기"))

_LANDMARK = (
    r"(?:초등학교|중학교|고등학교|대학교|학교|여중|여고|유치원|어린이집|"
    r"아파트|빌라|오피스텔|단지|타운|빌딩|타워|"
    r"공원|(?<=[가-힣]{2})(?<!워터)파크|"
    # a new town's named promenade or mall ("커낼웨이", "커낼워크", "트랜짓몰", "트리플스트리트"; not a "청년몰" to build,
    # a "무빙워크" to install, any "쇼핑몰")
    r"(?<=[가-힣]{2})(?<!청년)(?<!쇼핑)(?<!무빙)(?<!온라인)(?:웨이|워크|몰|스트리트|스퀘어)(?![가-힣])|놀이터|시장|마트|주민센터|행정복지센터|복지관|경로당|시청|구청|군청|보건소|도서관|체육센터|스포츠\s?센터|"
    r"회관|체육관|과학관|예술의\s?전당|문화의\s?전당|문화의\s?집|아트홀|아트센터|(?<!보험)(?<!연금)(?<!관리)(?<!진흥)(?<!시설)(?<!환경)(?<!교통)(?<!복지)공단(?!로)|산단(?!로)|농공단지|(?<=[가-힣]{2})온천|향교|성당|박물관|미술관|문화원|수련관|청사|문화센터|백화점|프라자|플라자|상가|산업단지|지구|"
    r"(?<=[가-힣]{2})관광지|(?<=[가-힣]{2})공연장|세무서|법원|교육청|등기소|고용센터|(?<=[가-힣]{2})숲(?![가-힣])|"
    r"수영장|터미널|주유소|정류장|정류소|병원|(?<=[가-힣]{2})의료원|(?<=[가-힣]{2})댐|우체국|경찰서|파출소|지구대|소방서|광장|해수욕장|보건지소|운동장|경기장|스타디움|마을|"
    r"지하차도|육교|고가도로|대교|터널|공영주차장|주차장|하천|천변|산책로|등산로|둘레길|"
    # roads along a stream, a coast or over a covered stream, overpasses and tunnels under a railway, the
    # waterside ("포항운하 하상도로", "남산고가", "역전 굴다리", "금강하굿둑", "속초항 방파제", "로망스다리")
    r"(?:하상|복개|해안|산복|강변|순환|우회)도로|(?<![최신사재광경보원참공])고가(?=\s?(?:밑|아래|위|하부|도로|차도|앞|옆|사거리|교차로|진입|구간))|굴다리|하굿둑|방파제|선착장|저수지|유원지|"
    r"해변(?!로)|보행교|스카이워크|(?<![허벅양쪽한쪽아랫윗두흔들])다리|"
    # airports, ports and lakes by name ("군산공항", "대포항", "영랑호"; not 요청사항, 출항, 강력항의, 비밀번호, 보행신호,
    # 환경보호, nor a person's given name: 이민호, 정준호, 조세호)
    r"(?<=[가-힣]{2})공항|(?<=[가-힣]{2})(?<![사조저반출입결대귀이선공강력])항|"
    r"(?<=[가-힣]{2})(?<![신번보간구선기부환애우칭국연호창상수옹엄점제가적비문명사전민준재세성현승태형불화을])호)"
)
_SUFFIX = (
    r"(?:\s?(?:정문|후문|입구|\d+번\s?출구|\d+동))?"
    # a landmark word must end the word, or be followed by a particle ("스마트폰" is not a 마트)
    r"(?=$|[^가-힣]|에|의|은|는|이|가|을|를|앞|옆|뒤|쪽|근처|으로|로|도|안|내|주변|입구|정문|후문|와|과(?=\s(?!담당|입니다))|랑|하고|부터|까지)"
)

# Apartment brands: a complex is named by its brand as often as by 아파트
_APARTMENT_BRAND = (
    "래미안|푸르지오|힐스테이트|e편한세상|아이파크|롯데캐슬|센트레빌|꿈에그린|써밋|"
    "더샵|SK뷰|휴먼시아|리슈빌|스위첸|데시앙|하늘채|위브|베르디움|더휴|어울림|수자인|스타힐스|S클래스|우미린|"
    "풍경채|노블랜드|엘가|블루밍|예가|홈타운|굿모닝힐|파라곤|캐슬|위브더제니스|트리지움|파크리오|메트로시티|칸타빌|"
    # more builders' brands, national and regional ("정관 이진캐스빌", "신안인스빌", "한라비발디", "동원로얄듀크")
    "캐스빌|인스빌|이지더원|휴플러스|유보라|포레나|해링턴|비발디|메르디앙|그린코아|아너스빌|해모로|그랑블|펜테리움|"
    "스타클래스|해피트리|휴먼빌|로얄듀크|에일린의뜰|파밀리에|엘리프|내안애|퍼스트빌|프라디움|아이유쉘|유쉘|하이빌|"
    "더리브|아크로|디에이치|트리마제|오투그란데|린스트라우스|리더스카이|스카이뷰|더퍼스트|모아미래도"
)
# 자이 only closes a word ("과천자이 정문", "센트럴자이에서"; not "인격자이고")
_XI = r"[가-힣A-Za-z0-9]{1,8}자이(?=\s|$|[^가-힣A-Za-z0-9]|에|의|앞|옆|뒤|쪽|정문|후문|단지|아파트|상가|\d)"

# A road name without a number, ending in 대로 or 길 (not an everyday 길: 골목길, 출근길, 산책길...)
_BARE_ROAD = r"[가-힣]{2,6}(?:대로|(?<!골목|빙판|출근|퇴근|등굣|하굣|오솔|산책)길)"

# a bridge by name: 무심교, 영도교 (not 학교, 종교, 비교, 외교, 하교, 등교 ...)
_BRIDGE = r"(?:[가-힣]{2,5}(?<![학종비외선전불기사하등수순설도])|[가-힣]{2,4}\d)교"

# dong names alone: 별양동, 중앙동에 (common words ending in 동 are excluded in find_place)
_DONG_ALONE = re.compile(
    r"(?<![가-힣])(?:(?:[가-힣]{1,3}|[가-힣]{1,3}\d)(?:동|읍)|[가-힣]{1,3}\d리)(?=\s|$|[^가-힣]|에|의|은|는|쪽|앞|옆|주민|입니다|이에요|이요|인데|엔|만|부터|까지|"
    r"(?:이랑|랑|하고|이나|과|와)\s)"
)

# 면 and 리 names alone: "장평면에", "금산면 용동리", "가곡리 마을 안길". 면 and 리 end many words and
# endings ("노면에", "하면", "소리", "울타리에"): a 면 needs a particle, 쪽 or a 리 after it; a 리 a 면 or
# 읍 before it, or the village's ground or a spot after it (the words are checked in _candidates)
_VILLAGE_GROUND = (
    r"(?:마을|농로|농삿길|마을\s?안길|안길|마을길|큰길|고갯길|새로\s?(?:난|생긴)\s?길|경로당|회관|마을회관|이장|저수지|들판|"
    r"원룸촌|삼거리|사거리|버스\s?정류장|정류장)"
)
# a 구 named alone, when that is all the text says: "서북구 쪽은 자리가 없어요", "동남구에도 지정해주세요" (not 입구,
# 친구, 요구 ...: _NOT_ADMIN, checked in _candidates)
# the five districts named for a direction, the only two-syllable ones ("북구에도 지정해주세요")
_DIRECTION_GU = {"중구", "동구", "서구", "남구", "북구"}
_GU_ALONE = re.compile(r"(?<![가-힣])[가-힣]{1,3}구(?=에도|에는|에서|에|의|는|은|쪽|\s쪽)")
_NOT_GU = {
    "수구", "기구", "풍구", "화구", "입구", "출구", "창구", "가구", "도구", "연구", "요구", "친구", "항구", "지구", "축구", "농구",
    "배구", "야구", "탁구", "족구", "당구", "용구", "문구", "공구", "비구", "호구", "무구", "소구", "장구", "추구", "강구", "탐구",
    "복구", "전구", "경구", "청구", "두구",
}
_MYEON_ALONE = re.compile(
    r"(?<![가-힣])[가-힣]{1,3}면(?=\s[가-힣]{1,4}리(?![가-힣])|\s[가-힣]{1,4}리(?:는|은|에|에서|도|의|가|까지|쪽)(?![가-힣])|에서|에(?!게)|의|쪽|\s쪽|\s?(?:주민|사무소|소재지|일대))"
)
# a township the national gazetteer knows stands alone, before a space too: "왕궁면 축사 냄새", "도개면 버스"
_TOWNSHIP_KNOWN = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}면(?=$|[^가-힣]|에서|에(?!게)|의|은|는|도|쪽|까지|부터|으로|이요|입니다|이에요|인데|엔)"
)
# a village the national gazetteer knows stands alone: "구아리 포트홀", "창대리 옹벽", "광탄리인데"
_VILLAGE_KNOWN = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}리(?=$|[^가-힣]|에서|에(?!게)|의|은|는|도|쪽|까지|부터|으로|로|이요|입니다|이에요|인데|에요|예요|"
    r"요(?![가-힣])|엔|만|사람|주민|마을)"
)
_RI_ALONE = re.compile(
    r"(?<=[면읍]\s)[가-힣]{1,4}리(?![가-힣])|(?<=[면읍]\s)[가-힣]{1,4}리(?=(?:는|은|에|에서|도|의|가|까지|쪽)(?![가-힣]))"
    rf"|(?<![가-힣])[가-힣]{{1,4}}리(?=\s?{_VILLAGE_GROUND}|(?<=[가-힣]{{3}})(?:에서|에|쪽|\s쪽))"
)
# common words ending in 면 or 리, not villages ("노면에", "한 자리에서", "울타리 입구")
_NOT_VILLAGE = {
    "노면", "벽면", "지면", "전면", "측면", "이면", "정면", "화면", "표면", "평면", "단면", "국면", "방면", "장면", "내면",
    "외면", "반면", "양면", "앞면", "뒷면", "윗면", "겉면", "옆면", "밑면", "바닥면", "사면", "수면", "도면", "대면",
    "체면", "가면", "당면", "냉면", "라면", "쫄면", "곡면", "경사면", "일면", "서면", "하면", "되면", "보면", "오면", "주면",
    "나면", "두면", "자면", "치면", "타면", "비면", "그러면", "아니면", "그러니까면",
    "다리", "거리", "자리", "소리", "머리", "마리", "꼬리", "허리", "뿌리", "유리", "요리", "정리", "처리", "관리", "수리",
    "우리", "오리", "무리", "의리", "진리", "논리", "원리", "권리", "편리", "심리", "물리", "분리", "도리", "고리", "가리",
    "항아리", "울타리", "개나리", "미나리", "병아리", "보따리", "메아리", "꾀꼬리", "소쿠리", "가장자리", "이리", "저리",
    "그리", "빨리", "멀리", "널리", "따로따로", "모서리", "언저리", "부스러기", "귀퉁이", "저희", "대리", "총리", "경리",
    "테두리", "너구리", "코끼리", "독수리", "잠자리", "도토리", "고사리", "실마리", "우두머리", "석면", "안면", "후면",
    "상면", "관리소", "아리", "꾸러미", "너머리", "조리", "부리", "코리", "끼리", "차라리", "아무리", "모조리", "가까이",
}
# a conditional ending, not a township: "예산이면 차라리", "신고하면 빨리"
_CONDITIONAL = re.compile(r"(?:이면|으면|다면|라면|려면|자면|지면|시면|하면|되면|나면|보면|오면|가면)$")

# words that name a spot after a romanised place in an English report ("... block 6", "... complex gate")
_EN_SPOT = (
    r"(?:block|complex|apartments?|apt|building|bldg|gate|entrance|exit|community center|center|centre|station|"
    r"market|park|playground|school|library|greenhouse area|area|(?:three|four|five|six)-way intersection|intersection|"
    r"crossroads|junction|parking lot|"
    r"bus stop|stop|cafe street|food street|alley|underpass|overpass|bridge|trail|plaza|square|shopping street|street)"
)

# capitalised words that start a sentence, not a name ("... in Guwol-dong Please fix it")
_EN_NOT_NAME = (
    r"(?!(?:Please|The|This|That|There|It|Its|I|We|They|My|Our|Since|Every|And|But|So|Also|Thanks|Thank|Help|Can|"
    r"Could|Would|Is|Are|Was|Were|Has|Have|Someone|Nobody|Why|When|What|How|Still|Again|Today|Yesterday|In|On|At|"
    r"Near|For|From|All|Been|Not|No|Yes|Hi|Hello|Same|Main|Each|Some|Any|Another|Whole|Entire|Every)\b)"
)

# a city, district, county or province hall: one in its town ("시청 주차장" is a place, "아파트 주차장" a kind)
_HALLS = {"시청", "구청", "군청", "도청"}
# the town's own facilities, one of each in most towns: named by their kind they are places all the same, as outside
# writers keep them ("터미널 근처", "종합운동장 트랙", "노인복지관": 135 rows to 4 for the terminal, 23 to 0 for the
# stadium). Not the offices that serve ("보건소 예약 전화가 안 돼요", "민원실 대기"): there the office is who is asked,
# and writers name no place as often as not (보건소 54 to 36).
_TOWN_FACILITIES = {
    "노인복지관", "종합사회복지관", "장애인복지관", "청소년수련관", "종합운동장", "공설운동장", "시민운동장", "실내체육관",
    "시민공원", "터미널", "버스터미널", "시외버스터미널", "고속버스터미널", "공용버스터미널", "우체국", "문화예술회관",
    "예술의전당", "문화회관", "시민회관", "군민회관", "구민회관",
}
# a town's one street or quarter known by what is there ("카페거리", "먹자골목", "로데오거리", "원룸촌", "해안도로",
# "둘레길"): named alone, it is the place all the same, as outside writers keep it (카페거리 11 rows to 0, 먹자골목 10 to 0,
# 로데오거리 4 to 0, 원룸촌 12 to 6, 해안도로 5 to 1, 둘레길 3 to 1; not 주택가, 1 to 18, nor 학원가 or 식당가)
_QUARTER = r"(?:(?:카페|커피|먹자|로데오|맛집|먹거리|술집|포차|벽화|공구|한옥|패션|젊음의|문화의)\s?(?:거리|골목)|원룸촌|해안도로|둘레길)"
_QUARTER_ALONE = re.compile(rf"^{_QUARTER}(?:에서|에|의|은|는|이|가|을|를|도)?(?:\s(?:쪽|근처|주변|일대|입구|앞))?$")
# ... and the spot in it or beside it ("먹자골목 뒤 공터", "원룸촌 골목", "먹자골목 양쪽"): a place the patterns find too
_QUARTER_START = re.compile(rf"^{_QUARTER}(?![가-힣])")
# ... found by the patterns only when nothing else locates the problem (a 동 or a named place beside it is the place)
_QUARTER_NAMED = re.compile(rf"(?<![가-힣]){_QUARTER}(?=$|[^가-힣]|에서|에|은|는|이|가|을|를|도|의|쪽|앞|뒤|옆|까지)")

_PATTERNS: list[re.Pattern[str]] = [
    # road-name address: 중앙로 12, 서해대로483번길 12-3, 문원로12길
    # ("사항으로 15": 으로 is a particle)
    re.compile(rf"{_NAME}(?<!으)(?:대로|로|길)\s?{_NUM}{_NOT_HOUSE}(?:번길|길)?(?:\s?{_NUM}{_NOT_HOUSE})?(?:번지)?"),
    # a road named without a number, when what follows shows it is a place: "과천대로 신호등", "중앙로 앞"
    # (로 alone is also a particle, "행사로", "카드로": it needs a place word right after)
    re.compile(
        rf"(?<![가-힣0-9])\d{{0,2}}(?:{_BARE_ROAD}|[가-힣]{{1,5}}(?<![으므바도])로)"
        r"(?=\s?(?:앞|옆|뒤|뒤편|건너편|맞은편|쪽|근처|일대|방향|방면|사거리|삼거리|오거리|교차로|도로변|갓길|이면도로|진입|구간)"
        # a named spot on it: "2순환로 산남사거리", "상당로 꽃다리", "성안길 차 없는 거리"
        r"|\s[가-힣0-9]{1,8}(?:사거리|삼거리|오거리|교차로|[가-힣]교|동\s?구간)(?![가-힣])|\s[가-힣]{1,3}(?<!사)다리(?![가-힣])|\s차\s?없는\s?거리)"
    ),
    re.compile(
        rf"(?<![가-힣]){_BARE_ROAD}"
        r"(?=에서|\s(?:신호등|신호|가로등|보도|인도|도로|횡단보도|버스|정류장|하수구|맨홀|포트홀|공사|가로수|불법\s?주차|주차))"
    ),
    # a road in 로 named before what is broken on it: "선화로 가로수 은행 냄새", "공단로 구멍", "가야로 자전거도로" (로 is
    # also a particle: the word before it is checked by _is_name and _MEANS in _candidates, "버스로 가로등" names none)
    _ROAD_BEFORE_OBJECT := re.compile(
        r"(?<![가-힣0-9])[가-힣]{2,4}(?<![으므])로"
        r"(?=\s(?:가로수|가로등|보안등|신호등|신호|구멍|포트홀|인도|보도|보도블럭|횡단보도|자전거\s?도로|중앙\s?분리대|맨홀|하수구|"
        r"빗물받이|버스\s?정류장|정류장|갓길|노면|아스팔트|차선|과속\s?방지턱|방지턱)(?![가-힣]{2}))"
    ),
    # 대로 after a noun is a boulevard ("과천대로 따라", "관악대로 건널 때"); after an adnominal
    # ending it means "as" ("하는대로", "말한대로"), and as-nouns are in _NOT_PLACE ("예정대로")
    # (nor a noun ending in 대 with the particle 로: "단기임대로", "청년세대로", "야외무대로", "시간표대로")
    re.compile(r"(?<![가-힣])[가-힣]{2,6}(?<![는은던한된할운린임상세시무군부기반절최표서려])대로(?![가-힣])"),
    # 로 followed by 에 ends a noun, not the particle ("별양로에"; "카드로에" is no Korean; 로는, 로의
    # and 로가 are: "실제로는", "비닐로의"), unless a common noun ("통로에", "진로에", "수로에");
    # or with a block number: "보듬7로 인도"
    re.compile(
        r"(?<![가-힣])(?:[가-힣]{2,5}(?<![으므바도통진경선수항행회미차])로(?=에|에서|변)|[가-힣]{1,5}\d{1,2}로(?![가-힣])|[가-힣]{2,5}\s\d{1,2}로(?![가-힣]))"
    ),
    # lot address: 전동 25-328번지, 별양동 12-3, 운남동 1434번지, 부림동 12단지, 시도리 632-2번지
    re.compile(rf"{_NAME}(?:동|리|읍)\s?{_NUM}{_NOT_HOUSE}\s?(?:번지|단지|호)?"),
    # 가 and 면 are particles and endings too ("수거가 3일째", "누나면 20대"): a 가 district
    # carries its number before 가 ("신흥동1가 79번지"), a 면 lot needs 번지
    # (nor a car's plate: "12가 3456", "123가4567")
    re.compile(rf"{_H}{{0,11}}[가-힣]\s?\d+가(?!지|량)(?!\s?\d{{4}}(?!\d))(?:\s?{_NUM}{_NOT_HOUSE}(?:\s?번지)?)?"),
    re.compile(rf"{_NAME}면\s?{_NUM}\s?번지"),
    # station (+ exit)
    re.compile(rf"{_H}{{2,12}}역(?:\s?{_NUM}\s?번\s?(?:출구|출입구|게이트)|\s[Ee]xit\s?\d+|(?![가-힣]))"),
    re.compile(rf"{_H}{{2,12}}역(?=\s?(?:\d|앞|옆|근처|에서|쪽|출구|사거리|광장))"),
    # a station with its particle: "가평역에 택시가 없어요", "청평역은 밤마다" (_NOT_STATION keeps out 지역에, 구역은)
    re.compile(rf"{_H}{{2,12}}역(?=(?:에|은|는|이|도|엔)(?![가-힣]))"),
    # intersections
    # (the name is not a word with a particle: "현수막이 사거리마다" names no intersection)
    re.compile(rf"(?:{_NAME}(?<![이가은는을를에의도])\s?)?(?:앞\s)?(?:사거리|삼거리|오거리|네거리|교차로|로터리)"),
    # schools, complexes, landmarks: "래미안 아파트", "별양동 주민센터", "OO초등학교 후문"
    re.compile(rf"{_H}{{2,12}}{_LANDMARK}{_SUFFIX}"),
    # the word before must be a name, not a particle or an adnominal ending ("투명한 아파트", "입니다 구청")
    # (nor a chat ending or 으로/므로: "대기임 병원", "좋아요 공원", "방해되므로 정류장")
    # (a name of two syllables or more: "현 시장" and "전 구청장" are titles)
    _NAME_LANDMARK := re.compile(
        rf"{_H}{{2,12}}(?<![에을를은는이가의도서고면며게한된던는다상들요임음함남됨짐옴감랑만라해데든네냐죠까걸엔움줌봄씀둠])(?<!으로)(?<!므로)\s(?!다리)"
        # (a kind between the name and the landmark: "도안 근린공원", "신대 작은도서관", "중리 어린이공원")
        rf"(?:근린|작은|어린이|시립|구립|군립|공영)?{_LANDMARK}{_SUFFIX}"
    ),
    # a mountain by name, when a place word follows ("관악산 입구", "청계산 둘레길"; not "부동산 앞")
    re.compile(
        r"(?<![가-힣])[가-힣]{2,4}(?<!부동)산"
        r"(?:\s?(?:입구|둘레길|등산로|산책로|산림욕장|자연휴양림|정상|약수터)|(?=\s?(?:자락|중턱|기슭|쪽|앞|근처|에서)))"
    ),
    # streams by name, when what follows shows it is a place: "안양천에서", "탄천 산책로"
    re.compile(
        # (two syllables or more before 천: 공천, 승천, 춘천 and 과천 are not streams)
        r"(?<![가-힣])[가-힣]{2,3}(?<![추실하원온사천보개발출귀승공선후])천"
        r"(?=에서|에|변|옆|\s?(?:산책로|둔치|다리|자전거길|따라)|[^가-힣]|$)"
    ),
    # rivers by name, when what follows shows it is a place: "소양강 둔치", "미호강 작천보 하류" ("미사강변" is a town)
    re.compile(
        r"(?<![가-힣])[가-힣]{1,3}강(?=에서|\s?(?:둔치|산책로|자전거길|공원|시민공원|다리|하류|상류|하구|수변|유원지|[가-힣]{1,4}보(?![가-힣])))"
    ),
    # apartment complexes by number, and chain stores that are landmarks on their own
    re.compile(r"(?:[가-힣A-Za-z]{1,10}\s?)?\d+\s?단지(?:\s?(?:정문|후문|입구))?"),
    # apartment brands name a complex on their own: "래미안에서", "과천푸르지오써밋 101동"
    re.compile(
        rf"(?:[가-힣A-Za-z0-9]{{0,8}}(?:{_APARTMENT_BRAND})[가-힣A-Za-z0-9]{{0,8}}?|{_XI})"
        r"(?:\s?\d+\s?단지)?(?:\s?\d{2,4}동)?(?:\s?(?:정문|후문|입구))?"
        r"(?=$|[^가-힣A-Za-z0-9]|에|의|은|는|이|가|을|를|앞|옆|뒤|쪽|근처|상가|주민|단지|아파트)"
    ),
    # public rental housing names a complex too: "복룡동 LH 임대아파트", "신풍동 영구임대", "모전동 행복주택"
    # (outside writers keep it: the 동 alone was 6 rows short in four sets)
    # (only after the district: "LH에 말해도" names the landlord, "행복주택 입주 자격" a programme)
    re.compile(r"(?<=[동읍면리]\s)(?:LH(?:\s?(?:임대|국민임대|영구임대)?\s?(?:아파트|주택|단지))?(?![A-Za-z])|"
               r"(?:영구|국민|공공)\s?임대(?:\s?(?:아파트|주택|단지))?|행복\s?주택)"),
    # an unknown name before a building number or a gate names a complex: "위버필드 105동", "한빛 후문"
    # (the name is checked by _is_name in _candidates: not a kind of place, an object or a word with an ending)
    _NAME_GATE := re.compile(
        r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z][가-힣A-Za-z0-9]{1,9}\s?(?:[1-9]\d{2,3}동|정문|후문)(?![가-힣])"
    ),
    re.compile(r"(?:이마트|홈플러스|롯데마트|코스트코|다이소|올리브영)(?:\s?[가-힣]{1,6}점)?"),
    # the old and the new market are names in most towns: "구시장 뒷골목", "신시장 입구"
    re.compile(rf"(?<![가-힣])[구신]시장{_SUFFIX}"),
    # other chains only with their branch: "GS25 과천별양점", "롯데백화점 평촌점" ("스타벅스 가봤어?" names none)
    re.compile(r"(?:롯데백화점|현대백화점|신세계백화점|GS25|CU|세븐일레븐|이마트24|스타벅스|맥도날드)\s?[가-힣]{1,8}점"),
    # universities by their short name, when a place word follows: "단국대 정문", "한남대 앞"
    re.compile(r"(?<![가-힣])[가-힣]{2,4}대(?=\s?(?:정문|후문|입구|앞|옆|캠퍼스|병원|사거리|삼거리|역))"),
    # streets known by a name: "정자동 카페거리", "로데오거리", "나혜석거리" (not 볼거리, 먹거리, 이야깃거리)
    re.compile(r"(?<![가-힣])(?:[가-힣]{0,4}(?:카페|로데오|먹자|패션|문화의|젊음의)거리|[가-힣]{3,5}(?<!이야깃)(?<!먹을)거리(?=에|에서|는|은|의|\s|$)"
               # alleys known by what is sold there: "닭갈비골목", "순대골목", "곱창골목"
               r"|(?:닭갈비|순대|곱창|막창|족발|칼국수|떡볶이|횟집|국밥|공구|인쇄|가구|한약|약령|벽화|맛집|카페|술집)\s?골목(?=에|에서|는|은|의|\s|$))"),
    # bridges by name, when what follows shows it is a place: "무심교 진입 구간", "서문교~모충교 구간"
    re.compile(
        rf"(?<![가-힣]){_BRIDGE}"
        r"(?=\s?(?:진입|구간|아래|밑|위|남단|북단|사거리|삼거리|교차로|앞|옆|근처|부근|인근|방면|방향|에서|~|보행로|보도|인도|난간|"
        r"건너기|건너서|지나서))"
    ),
    # a road and the stretch of it between two points: "하상도로 서문교~모충교 구간"
    re.compile(
        r"(?<![가-힣])[가-힣0-9]{1,8}(?:도로|대로|로|길)\s[가-힣0-9]{1,8}\s?(?:~|-|에서)\s?[가-힣0-9]{1,8}?(?:까지)?\s?(?:사이\s)?구간"
    ),
    # a road named without a number, with the place it runs toward: "번영로 신부동 방면 구간" (the name before
    # 로 is checked by _is_name in _candidates: "버스로 시청 방향" names no road)
    _ROAD_TOWARDS := re.compile(r"(?<![가-힣0-9])[가-힣]{2,6}(?:대로|로|길)(?=\s[가-힣0-9]{1,10}\s?(?:방향|방면))"),
    # a road named before the place on it: "번영로 두정지하차도", "상당로 육거리시장 입구", "치악로 세무서 앞" (kept only
    # when a place follows it, and its name is checked by _is_name: "버스로 시청 가요" names no road)
    # (로 is also a particle, "택시로 원주역 갔는데": a road in 로 only at the start of a sentence and before a named
    # place, which _candidates checks)
    _ROAD_BEFORE := re.compile(r"(?<![가-힣0-9])[가-힣]{2,5}\d{0,2}(?<![으므])(?:대로|로|길)(?=\s[가-힣A-Za-z0-9])"),
    # an unknown name before a relational word and the ground there names a landmark: "금성관 뒤편 주차장",
    # "양유정 앞 공터", "백운쇼핑 앞 육교" (the name is checked by _is_name in _candidates: "우리 집 앞 골목",
    # "학교 앞 횡단보도" and "매일 밤 골목" name none)
    _NAME_BEFORE_GROUND := re.compile(
        r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z][가-힣A-Za-z0-9]{1,9}"
        r"(?=\s(?:앞|옆|뒤편|뒤쪽|뒤|건너편|맞은편|쪽)\s(?:횡단보도|건널목|골목|이면도로|산책로|공영\s?주차장|주차장|"
        r"버스\s?정류장|정류장|택시\s?승강장|육교|굴다리|지하도|공터|광장|교차로|사거리|삼거리|오거리)(?![가-힣]{2}))"
    ),
    # the way to a place by its name, though the patterns do not know the name: "미륵사지 가는 길", "국가식품클러스터
    # 들어가는 길" (the name is checked by _is_name in _candidates: "학교 가는 길", "친구 집 가는 길" name none)
    _NAME_BEFORE_WAY := re.compile(
        r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11}"
        r"(?=\s(?:가는|들어가는|올라가는|내려가는|넘어가는)\s(?:길|도로|농로|산책로|등산로|오르막길?|언덕길|고갯길|진입로)(?![가-힣]{2}))"
    ),
    # the city's own hall and library, one in a town, where a problem is at the building ("시청 앞 도로", "시청 민원실",
    # "시립도서관 열람실"); not the hall as a service ("시청 홈페이지", "시청에 전화"): outside writers, 46 rows to 3
    _CIVIC_HALL := re.compile(
        rf"(?<![가-힣])(?:(?:{'|'.join(sorted(_HALLS))})"
        r"(?=\s?(?:앞(?!으로)|옆|뒤편|뒤|건너편|맞은편|별관|본관|민원실|주차장|광장|정문|후문|로비|청사))|"
        r"(?:시립|구립|군립)\s?(?:도서관|미술관|박물관)(?=$|[^가-힣]|에서|에|의|은|는|이|가|을|를|도|앞|옆|쪽|열람실|주차장))"
    ),
    # a road in 로 by its name alone, wherever it stands, when the syllable before 로 closes on a consonant other
    # than ㄹ: the particle would be 으로 there ("해룡로 대형트럭들", "보문로 주차 지옥", "중앙로부터"; not "택시로",
    # "지하철로", "시청으로"; checked by _consonant_road in _candidates)
    _ROAD_CONSONANT := re.compile(
        r"(?<![가-힣A-Za-z0-9])[가-힣]{2,5}로(?=$|[^가-힣0-9]|에서|에|는|도|부터|까지|따라|쪽|가(?![가-힣])|를|의|만|엔)"
    ),
    # the ground along a stream or up a hill after its name, though the patterns do not know the name: "감천 둔치
    # 산책로", "만경강 둑방길", "박달재 옛길", "동천변 자전거도로" (the name is checked by _is_name in _candidates)
    _NAME_BEFORE_PATH := re.compile(
        r"(?<![가-힣A-Za-z0-9])[가-힣][가-힣0-9]{1,7}"
        r"\s(?:둔치(?:\s(?:산책로|자전거\s?도로|주차장|체육공원|공원))?|제방길|제방|둑방길|둑길|뚝방길|언덕길|옛길|데크길|"
        r"자전거\s?도로|솔밭|계곡|백사장|모래사장)(?=$|[^가-힣]|에서|에|의|은|는|이|가|을|를|도|쪽|옆|앞|근처|주변|따라)"
    ),
    # a quarter or a hall named by its district: "평촌 학원가", "하당 신도심 먹자골목", "흥업 원룸촌", "성남 아트센터"
    # (the name is checked by _district_name in _candidates: "우리 학원가", "대학로 원룸촌" name none)
    _DISTRICT_QUARTER := re.compile(
        r"(?<![가-힣A-Za-z0-9])[가-힣]{2,3}(?:\s(?:신도심|구도심|신도시|원도심|구시가지))?\s"
        r"(?:원룸촌|먹자골목|카페\s?거리|학원가|식당가|먹거리촌|빌라촌|유흥가|번화가|로데오\s?거리|"
        r"아트센터|아트홀|예술의\s?전당|문화의\s?전당|(?:문화)?예술회관|문화회관|시민회관|실내체육관|종합운동장)(?![가-힣])"
    ),
    # named streets with spaces: "차 없는 거리", "문화의 거리"
    _NAMED_STREET := re.compile(r"(?<![가-힣])(?:차\s?없는|문화의|젊음의|걷고\s?싶은)\s거리"),
    # school short forms: 문원초 앞, 과천중 후문 (not a verb joined by 고 before the children: "유리창 다 깨지고 애들이",
    # "쓰레기 버리고 학생들"; 양지고, 대지고 and 경기고 are schools)
    re.compile(r"[가-힣]{2,5}(?:초|(?<![였했하되었았겠이있없다라자냐려])" + _NOT_A_VERB_GO + r"(?:중|고))"
               r"(?=\s?(?:앞|옆|뒤|후문|정문|근처|주변|쪽|에서|사거리|삼거리|학생|애들|통학로|운동장|스쿨존|어린이\s?보호\s?구역))"),
    # English
    re.compile(
        r"\b(?:[A-Z][a-z]+\s){1,5}(?:Street|St|Road|Rd|Avenue|Ave|Station|Park|School|Bridge|Market|Square|Beach|Lake|"
        r"Trail|Library|Hall|Terminal|Center|Centre|Plaza|Mall|Hospital|Stream|Mountain|University|College|Stadium|Village|"
        r"Apartments|Tower|Office)\b"
        r"(?:\s(?:exit|Exit)\s\d+)?"
    ),
    # a name before a lower-case landmark word: "Osong library", "Sannam park", "Yangdeok overpass",
    # "Ssangyong intersection", "Dujeong tunnel"
    re.compile(
        rf"\b{_EN_NOT_NAME}[A-Z][a-z]+(?:-[a-z]+)?\s(?:library|park|station|market|school|university|stadium|plaza|hall|"
        r"intersection|crossroads|junction|roundabout|overpass|underpass|tunnel|bridge|footbridge|terminal|stream|lake|"
        r"promenade|industrial complex|industrial park|"
        # (schools, streets, parks and trails by their kind in lower case: "Seoksa elementary school", "Myeongdong
        # street", "Hyeoksin city park", "Geumosan hiking trails", "Sangdang public health center")
        r"(?:elementary|middle|high) school|street|city park|neighborhood park|(?:hiking |walking |bike )?trails?|"
        r"(?:walking|bike) path|(?:public )?health center|community center|bus terminal|ferry terminal)\b"
    ),
    # romanised Korean addresses: "Jungang-ro 12", "Byeolyang-dong", "Seohae-daero 483beon-gil", and what
    # names a spot in them: "Galhyeon-dong block 6", "Byeolyang-dong Jugong 5 complex gate",
    # "Juam-dong greenhouse area", "the Jungang-ro and Gwanmun-ro intersection"
    re.compile(
        # (a numbered 동 too: "Gajwa 1-dong", "Sanggye9-dong")
        r"\b[A-Z][a-z]+(?:-[a-z]+)?(?:-(?:daero|ro|gil|dong|gu|eup|myeon|ri)|\s?\d{1,2}-dong)\b(?:\s\d+(?:-ga|beon-gil|-gil)?(?:\s\d+)?)?"
        r"(?:\s(?:and|&)\s[A-Z][a-z]+(?:-[a-z]+)?-(?:daero|ro|gil)\s(?:intersection|crossroads|junction))?"
        rf"(?:\s(?:[A-Z][a-z]+-(?:daero|ro|gil|dong|gu|eup|myeon|ri)\b|\d+(?:-(?:ro|gil|ga)\b)?|"
        rf"{_EN_NOT_NAME}[A-Z][a-z]+(?![\w-])|{_EN_SPOT}\b))*"
    ),
    # new towns by their purpose: "혁신도시", "기업도시", "원주혁신도시", "위례신도시" (a name of their own; the
    # word before is the sentence's: "체육시설 혁신도시 쪽에도")
    re.compile(r"(?<![가-힣])(?:[가-힣]{2,3}(?=혁신|기업|행정|신도시))?(?:혁신|기업|행정|(?<=[가-힣]{2})신)도시(?![가-힣])|(?<![가-힣])(?:혁신|기업|행정)도시(?=에|의|은|는|도|쪽|로|에서)"
               # (a new town by name with its particle: "도청신도시는", "도청신도시에서도")
               r"|(?<![가-힣])[가-힣]{2,3}신도시(?=에서|에|의|은|는|도|쪽|로|까지)"),
    # ring roads by their number or kind: "2순환로", "제2순환로", "내부순환로", "외곽순환도로"
    re.compile(r"(?<![가-힣0-9])(?:제?\d|내부|외부|외곽|도시)\s?순환\s?(?:고속\s?)?(?:도로|로)"
               r"(?=$|[^가-힣]|에서|에|은|는|이|가|을|를|도|의|쪽|부터|까지)"),
    # industrial estates by number, interchanges, "-리단길" streets: "3공단 근처", "구미IC 나오자마자", "금리단길"
    re.compile(r"(?<![가-힣0-9])\d\s?(?:공단|산단|단지(?=\s?(?:근처|쪽|앞|주변|일대)))|(?<![가-힣A-Za-z])[가-힣]{2,4}\s?(?:IC|나들목|JC|분기점)(?![A-Za-z])"
               r"|(?<![가-힣])[가-힣]{1,2}리단길"),
    _DONG_ALONE,
    _GU_ALONE,
    _MYEON_ALONE,
    _TOWNSHIP_KNOWN,
    _RI_ALONE,
    _VILLAGE_KNOWN,
]

_NOT_PLACE = {
    "운동", "활동", "행동", "이동", "자동", "공동", "감동", "충동", "노동", "변동", "작동", "출동", "가동",
    "난동", "소동", "연동", "아동", "동동", "동", "진동", "폭동", "선동", "협동", "발동", "부동", "경동",
    "정리", "처리", "관리", "수리", "무리", "거리", "요리", "우리", "머리", "소리", "자리", "진리", "논리",
    "원리", "권리", "편리", "심리", "유리", "물리", "분리", "의리", "다리", "도리", "가리", "고리",
    "장면", "측면", "방면", "이면", "전면", "표면", "내면", "화면", "라면", "하면", "되면", "보면", "으면",
    "이로", "그로", "새로", "서로", "바로", "대로", "그대로", "이대로", "마음대로", "멋대로", "제대로",
    "길", "그길", "이길", "저길", "골목길", "빙판길", "출근길", "퇴근길", "등굣길", "하굣길", "오솔길", "산책길",
    "경로", "진로", "통로", "과로", "선로", "항로", "미로", "경로로", "앞으로", "뒤로", "위로", "아래로", "이리로",
    "다음", "해외", "요즘", "통학로",
    "예정대로", "계획대로", "원칙대로", "약속대로", "규정대로", "법대로", "말대로", "생각대로", "순서대로", "맘대로",
    "뜻대로", "요청대로", "지시대로", "저대로", "그길로", "이길로", "차로", "도로", "인도로", "보도로", "골목으로",
}

# common words whose last two syllables no 동 name ends in ("무노동", "재활동"; 정자동 and 은행동 are places)
# a topic particle after a name: what the sentence is about ("안동엔 …", "안동은 …")
_TOPIC_AFTER = re.compile(r"엔|에는|에도|은|는|도")
_COMMON_DONG_WORDS = {"운동", "활동", "노동", "감동", "충동", "작동", "출동", "난동", "폭동", "협동", "발동"}

# Words ending in 역 that are not stations (a station name has two syllables or more before 역).
# Only endings no station name shares: 삼성역, 상주역 and 정부역 are stations, so 성역/주역/부역 are not here.
# (풍무역 and 상무역 are stations; 국제무역 is trade; 대전역, 마전역, 부전역 and 화전역 are stations, 관내 전역 the whole area)
_NOT_STATION = re.compile(
    r"(?:방역|검역|통역|번역|용역|징역|병역|권역|광역|구역|지역|영역|(?<![대마부화])전역|(?<![풍상])무역|수역|해역|배역|하역|고역|노역|현역|퇴역|"
    # (details of a payment or a record, not 연신내역)
    r"복역|주인공역|(?:납부|거래|사용|결제|지출|이용|청구|처리|상세|세부|변경|진료|입금|출금|구매|주문|신청|부과|통화|송금)내역)$"
)

_GENERIC_HEAD = {
    "앞", "옆", "뒤", "우리", "저희", "동네", "근처", "이", "그", "저", "이번", "여기", "거기", "집", "집앞", "그냥",
    "너무", "정말", "진짜", "좀", "또", "어제", "오늘", "내일", "매일", "지금", "아까", "방금", "요즘",
    "먼저", "해당", "귀", "각", "모든", "여러", "인근", "관내", "일대", "주변",
    "사거리", "삼거리", "오거리", "네거리", "교차로", "로터리",  # an intersection without a name is no place
    "뒤편", "건너편", "맞은편", "아래", "밑", "바로", "어르신", "주민", "시내", "및", "또는", "구간", "부근", "단지", "아파트",
    "전통", "노후", "빈", "시민", "공공", "하천", "둔치", "외곽", "시골", "농촌", "산골", "어촌", "윗", "아랫",
    "the", "a", "our", "my", "this", "that", "in", "near", "at",
    # words of the sentence that stand before a place's kind ("어르신들 스마트폰 교육 경로당으로 …", "아니 무슨 보건소
    # 예약이 …", "41번 버스 기사님 정류장 그냥 지나치심"): adverbs, swearing and the topic that is asked for
    "특히", "요새", "아니", "무슨", "어느", "이런", "저런", "그런", "씨발", "시발", "씨바", "존나", "졸라", "개", "교육", "정보",
    "공간", "가구", "무시", "종량기", "다른", "각종",
}
# (a word with an ending or a title before a place's kind is the sentence's: "기사님 정류장", "도시처럼 학교", "장난하나
# 주차장", "채워두면")
_SENTENCE_HEAD = re.compile(r"(?:님|처럼|마다|보다|하나|하면|두면|인데|는데|지만|해서|라서)$")
_LANDMARK_ONLY = re.compile(rf"^{_LANDMARK}(?:\s?(?:정문|후문|입구))?$")
# A kind of place, not a place: "버스정류장", "지하주차장", "반려견 놀이터", "국공립 어린이집"
_KIND_MODIFIER = (
    r"(?:버스|지하|반려견|애견|어린이|노인|장애인|청소년|여성|구민|군민|생활|임대|공공임대|영구임대|국민임대|진료|야간|주말|동네|근린|소공원|국공립|공립|시립|구립|사립|민간|가정|직장|공영|"
    r"실내|야외|대형|소형|무료|유료|새|큰|작은|동물|요양|종합|야간진료|달빛어린이|전통|노후|빈|시민|공공|주민|하천|둔치|우리|"
    # (an unlicensed building is a kind too: "무허가 건물"; "신축" is left out: "노학동 신축 단지" names a complex)
    r"무허가|불법)"
)
_KIND_OF_PLACE = re.compile(rf"^{_KIND_MODIFIER}\s?{_LANDMARK}$")


def _clean(span: str) -> str:
    span = span.strip()
    parts = span.split()
    while len(parts) > 1 and (parts[0].lower() in _GENERIC_HEAD or _SENTENCE_HEAD.search(parts[0])):
        parts = parts[1:]
    span = " ".join(parts)
    if _NOT_STATION.search(span) or _LANDMARK_ONLY.match(span) or _KIND_OF_PLACE.match(span) or span.lower() in _GENERIC_HEAD:
        return ""
    return span


# Spots inside a place, kept when they follow it: "주공6단지 재활용장", "현대아파트 후문",
# "한울마을 5단지 산책로", "송파도서관 3층 열람실", "범계역 3번 출구 버스정류장". The ground
# (골목, 인도, 횡단보도, 구간 ...) is grown by its own rules below, never after a 동 alone ("갈현동 골목");
# the objects of a report (가로등, 맨홀, 벤치 ...) never.
_SPOT = (
    r"(?:정문|후문|입구|출입구|지하상가|상가|지하주차장|주차장|분리수거장|재활용장|쓰레기\s?집하장|집하장|클린하우스|"
    r"놀이터|어린이\s?놀이터|산책로|등산로|둘레길|자전거길|정자|광장|잔디밭|분수대|운동장|보조경기장|체육관|"
    r"아파트|경비실|관리사무소|먹자골목|뒷골목|뒷길|버스정류장|정류장|공사장|공사\s?현장|열람실|자료실|자연학습장|체험장|"
    r"족욕체험장|기숙사|주민센터|행정복지센터|경로당|노인정|어린이집|빈집들|빈집|청년몰|재개발\s?구역|재건축\s?구역|(?:이전\s?)?부지|빈\s?땅|"
    # facilities a resident names as where in a place the problem is ("터미널 화장실", "1번 출구 에스컬레이터",
    # "육교 엘리베이터", "공원 분수", "둘레길 데크"): outside writers keep them, unlike the object that is broken
    r"화장실|엘리베이터|에스컬레이터|계단|데크|분수|호수|민원실|\d+\s?통(?![가-힣])|"
    r"관리동|쓰레기장|공동\s?현관|현관|필로티|초입|남단|북단|동단|서단|진입부|"
    # the estate of the flats named: "동천동 아파트 단지 입구", "어양동 아파트 단지 사이 공터"
    r"(?<=아파트\s)단지|(?<=아파트)단지|"
    # facilities of a park, a sports ground or a station: where in it the problem is
    r"공중\s?화장실|테니스장|축구장|농구장|족구장|배드민턴장|게이트볼장|풋살장|야구장|인라인\s?스케이트장|"
    r"스케이트장|물놀이장|캠핑장|야영장|피크닉장|체력단련장|공연장|롤러장|반려견\s?놀이터|"
    r"야외무대|전망대|쉼터|약수터|생태습지|습지|징검다리|출렁다리|자전거도로|"
    r"승강장|대합실|매표소|환승센터|환승장|지하보도|식당가|먹거리촌|빌라촌|원룸촌|고시촌|주택가|학원가|"
    # (the rooms of a building where the problem is, "체육관 샤워실", "의료원 응급실": outside writers keep them, 8 rows
    # to 0; so the arcade of a market or a row of shops, 11 to 2, and the drain along a place, 7 to 2)
    r"샤워실|탈의실|응급실|아케이드|배수로|"
    # the track of a stadium, the bank of a stream, the wall or ramp, the riverside or the wooded hill where the
    # problem is ("종합운동장 트랙", "하천 제방", "해안 옹벽", "복지관 앞 경사로", "마을 뒷산": outside writers keep
    # them, 31 rows to 0 over 41 sets)
    # (a riverside or a hill alone is a kind of place, "강변 산책로": only after a place)
    # (not the track as a service: "운동장 트랙 개방 시간")
    r"트랙(?!\s?(?:개방|이용|예약|운영|야간))|제방|옹벽|경사로|(?<=\s)(?:강변|뒷산|야산)|"
    r"재건축\s?현장|재개발\s?현장|상가\s?건물|상가동|자전거\s?보관소|[A-Z]?\d+\s?블록|비닐하우스촌|비닐하우스|통학로|출구|택시\s?승강장|음악분수|바닥분수|"
    r"(?:카페|커피|클럽|벽화|맛집|먹거리|술집|공구|인쇄|한옥|쇼핑|포차|로데오)\s?(?:골목|거리)|"
    # a building site at a place: "내곡동 아파트 신축 현장", "하소동 신축현장" (outside writers keep it: 9 rows to 0
    # over six sets; a market's arcade they split, 5 to 5, when its roof leaks)
    r"(?:신축|건설|신축\s?공사|건축)\s?현장|야외음악당|음악당|주차타워|주차빌딩|진입로|휴게소|"
    r"\d+\s?번\s?(?:출구|출입구|게이트)|\d+\s?층|\d{2,4}\s?동|\d{3,4}\s?호|\d\s?차(?!로|선)|\d+\s?단지)"
)
# a particle or copula may close a spot: "재활용장이요", "후문 쪽", "놀이터에서", "3단지입니다"
_SPOT_END = r"(?=$|[^가-힣A-Za-z0-9]|에|의|은|는|이|가|을|를|앞|옆|뒤|쪽|근처|으로|로|도|입니다|이에요|이요|예요|요|인데)"
_EXTEND = re.compile(rf"\s?{_SPOT}{_SPOT_END}")
# one unknown name between a place and a spot: "둔산동 갤러리아 뒷길", "다산동 자이 2차"
# (not a clause's ending: "근린공원 갔는데 놀이터")
_NAME_WORD = (r"[가-힣A-Za-z0-9]{2,10}(?<![에을를은는이가의도서고면며게한된던다요랑만])"
              r"(?<!는데)(?<!은데)(?<!던데)(?<!인데)(?<!한데)(?<!텐데)")
_NAME_THEN_SPOT = re.compile(rf"\s({_NAME_WORD}|[가-힣A-Za-z]{{2,10}}(?=\s?\d))\s?{_SPOT}{_SPOT_END}")
_ONE_NAME = re.compile(rf"^\s({_NAME_WORD})\s$")
# The ground a problem sits on: paths, crossings, stops, parking, zones and stretches. It belongs to the
# place it follows across a relational word ("법원 앞 횡단보도", "아파트 뒤편 산책로", "마트 뒤 원룸촌"),
# and right after a place that is more than a 동 ("육거리시장 골목", "정문 오르막길", "복대동 구간").
# Not the object that is broken (가로등, 신호등, 맨홀, 벤치 ...); a trailing 앞/옆 alone is added by _with_relation.
# the ground of a village: farm roads, the lanes inside it, its main road, a pass, a road just built
_RURAL_GROUND = r"(?:농로|농삿길|농도|마을\s?안길|안길|마을길|큰길|고갯길|새로\s?난\s?길|새로\s?생긴\s?길|둑길|제방길|들길|논길|임도)"
# a road's lanes ("2차로", "편도 3차로", "우회전 차로", "버스전용차로")
_LANES = r"(?:편도\s?)?\d\s?차로|(?:우회전|좌회전|버스\s?전용)\s?차로"
_GROUND_PATH = (
    rf"(?:{_RURAL_GROUND}|횡단보도|건널목|골목길|뒷골목|골목|이면도로|진입\s?도로|진입로|진입\s?구간|진출로|도로변|갓길|보행로|보행자\s?도로|"
    r"산책로|산책길|등산로|둘레길|자전거\s?도로|자전거길|오르막길|오르막|내리막길|내리막|언덕길|비탈길|샛길|뒷길|통학로|"
    # the lanes of a place (outside writers keep them: "성당 옆길", "벚꽃길", "커브길", "둑방길")
    r"옆길|윗길|아랫길|벚꽃길|꽃길|황톳길|맨발길|둑방길|뚝방길|커브길|굽은\s?길|"
    # a stretch of a road by what happens on it, and its lanes ("세명로 내리막 구간", "원광대병원 앞 유턴 구간",
    # "홈플러스 앞 2차로", "도청 앞 버스전용차로"), quarters of rooms or shops ("후문 원룸가", "원룸 밀집지역")
    rf"(?:커브|공사|유턴|내리막|오르막|굽은|합류|진입|확장)\s?구간|{_LANES}|"
    r"원룸가|(?:원룸|상가|주택)\s?밀집\s?지역|"
    r"굴다리|지하도|지하보도|육교|교통섬|데크길|데크\s?구간|보행교|지하차도|(?:하상|복개|해안|강변)도로|버스\s?정류장|정류장|정류소|택시\s?승강장|공영\s?주차장|주차장|(?:장애인\s?)?주차\s?구역|장애인\s?구역|"
    r"(?:어린이|노인)\s?보호\s?구역|(?:흡연|금연)\s?구역|종점|차고지|회차지|보호\s?구역|스쿨존|원룸촌|주택가|빌라촌|공터|놀이터|광장|쉼터|천변|둔치|하천변|구간|다리|"
    r"교차로|사거리|삼거리|오거리|네거리|로터리)"
)
# (the pavement and the road themselves only across a relational word or after a gate: "대화동 인도가
#울퉁불퉁해요" is 대화동, "한누리7로 인도 블록" is 한누리7로, "산남초 후문 인도" and "시청 앞 도로" are whole)
_GROUND = rf"(?:{_GROUND_PATH}|인도|보도|차도|도로)"
# the yards of a complex or a market, across a relational word: "상가 앞 분리수거장" (not a building there,
# "시장 앞 경로당", nor a site or a depot that is itself what the report is about)
_YARD = r"(?:분리수거장|재활용장|쓰레기장|클린하우스|소공원|쌈지공원|공터)"
_RELATION = r"(?:앞|옆|뒤편|뒤쪽|뒤|건너편|맞은편|사이|근처|인근|부근|주변|밑|아래|위|너머)"
# a place continues across 앞/옆/뒤 ... into the ground there ("시청 앞 삼거리", "법원 앞 횡단보도", with a
# name before an intersection: "시청 앞 중앙 사거리"), and across 안/내 into a spot inside it ("중앙공원 안 화장실")
_ACROSS = re.compile(
    rf"\s(?:{_RELATION}\s(?:[가-힣]{{1,8}}\s?(?=사거리|삼거리|오거리|네거리|교차로|로터리))?(?:{_GROUND}|{_YARD}|길)"
    # the same across a kind of landmark there: "이마트 건너편 상가 골목", "터미널 맞은편 공원 입구"
    rf"|{_RELATION}\s{_LANDMARK}\s?(?:{_GROUND_PATH}|{_YARD}|입구|정문|후문)"
    # (across 쪽 a path, a crossing, a stop, a yard or the pavement: "중앙시장 쪽 횡단보도", "후문 쪽 인도")
    rf"|쪽\s(?:{_GROUND_PATH}|{_YARD}|인도|보도|차도|도로)"
    rf"|(?:단지\s)?(?:안|내)\s?(?:{_SPOT}|{_GROUND}))" + _SPOT_END
)
_GROUND_NEXT = re.compile(rf"\s?{_GROUND_PATH}{_SPOT_END}")
# the alleys of a 동 are a place in it, unlike its road or pavement: outside writers keep "소양동 골목", "대성동 골목"
# (8 rows to 0 over ten sets), as they keep "시장 골목"
_ALLEY_NEXT = re.compile(rf"\s(?:골목길|뒷골목|골목){_SPOT_END}")
# a stretch between this place and another: "하소교~청전교 구간", "석림사거리~시청 사이 구간", "아파트와 칠금초
# 사이 골목", "포항역에서 환호공원 사이 구간", "정읍역과 터미널 사이 인도". After 와/과/에서/부터 the range needs
# 사이 or a stretch or ground after the other end (not "시청과 협의해서", "역에서 내려서"); the other end is a
# place by its own word (checked in _grow)
_RANGE = re.compile(
    r"(?:(?P<tilde>\s?[~∼～]\s?)|(?:에서|부터|와|과|하고|이랑|랑)\s)"
    r"(?P<end>[가-힣A-Za-z0-9]{2,12}?(?:\s(?:\d+번\s?출구|정문|후문|입구|\d{2,4}동))?)(?P<until>까지)?"
    rf"(?P<tail>\s?사이(?:\s(?:구간|{_GROUND}))?|\s(?:방향|방면)(?:\s(?:구간|{_GROUND}))?|\s(?:구간|{_GROUND}))?" + _SPOT_END
)
# what can end a range: a word that names a place by its ending, or one the patterns take for a place
_ENDPOINT = re.compile(
    r"(?:교|역|동|리|읍|면|사거리|삼거리|오거리|네거리|교차로|로터리|IC|나들목|톨게이트|터널|고가|육교|다리|시청|구청|"
    r"군청|공원|시장|초|중|고|대|마트|터미널|아파트|단지|입구|정문|후문|출구|로|길|대로|센터|병원|학교|광장|"
    r"주차장|정류장|마을|하우스|타워|빌딩|프라자|플라자)$"
)
# the stretch toward a place: "창원대로 성산동 방향 구간", "해안로 수산물시장 방향 구간 갓길"
_TOWARDS = re.compile(
    rf"\s(?:{_H}{{1,12}}\s)?(?:방향|방면)\s?(?:쪽\s)?(?:구간|{_GROUND}|\d\s?차로|\d\s?차선|[상하]행선|[상하]행\s?차로)" + _SPOT_END
)
_GROUND_AFTER_GATE = re.compile(r"(?:정문|후문|입구|출입구|출구)$")
_GROUND_ANY_NEXT = re.compile(rf"\s{_GROUND}{_SPOT_END}")
# the pavement of a road named ("남승룡로 인도", "여주로 인도": outside writers keep it)
# (a named road, not the way to a place nor a school route: "불국사 가는 길 인도", "통학로 인도": the writers split)
_PAVED_ROAD = re.compile(rf"\s(?:인도|보도|차도){_SPOT_END}")
_NAMED_ROAD = re.compile(r"(?<![가-힣])(?!통학로)[가-힣]{1,6}\d{0,2}(?:로|대로)(?:\s?\d{1,3}번?길)?$")
_LANE = re.compile(rf"\s?(?:{_LANES})")
# a named bridge or street on a road: "상당로 꽃다리", "성안길 차 없는 거리"
_ROAD_END = re.compile(r"(?:로|길)$")
_ON_ROAD = re.compile(
    rf"\s(?:[가-힣]{{1,3}}(?<!사)다리|{_BRIDGE})(?![가-힣])|\s(?:차\s?없는|문화의|젊음의)\s거리{_SPOT_END}"
)
# words that name a kind of thing, not a place, before a spot ("종로3가 지하철 입구")
_GENERIC_NAME = _GENERIC_HEAD | {"지하철", "버스", "학교", "공원", "아파트", "단지", "건물", "빌라", "상가", "마트", "시장", "도로", "인도"}
_GENERIC_WORD = re.compile(
    rf"^(?:{_KIND_MODIFIER}?\s?{_LANDMARK}|{_SPOT}|{_KIND_MODIFIER})"
    r"(?:입니다|이에요|이요|에서|으로|에|의|은|는|이|가|을|를|도|요)?$"
)
_INTERSECTION = re.compile(r"(?:사거리|삼거리|오거리|네거리|교차로|로터리)$")


# What follows a 동 or a complex is a name only when it is not an object of a report, a kind of
# place, a time, an adverb or a word with an ending: "청라동 커낼웨이", "원문동 과천자이 정문", but not
# "매탄동 가로등", "별양동 새벽마다", "부림동 사는데".
_NOT_NAME = {
    "골목", "골목길", "길", "거리", "동네", "일대", "일부", "전역", "전체", "곳곳",
    # people, the writer's home, the weather and the days, which follow a 동 as the sentence goes on ("원곡동 새끼 고양이",
    # "구암동 캣맘입니다", "평창동 저희집 수돗물", "광평동 폭우에", "신성동 수요일에")
    "새끼", "캣맘", "저희집", "폭우", "폭설", "장마",
    "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
    "쪽", "방향", "방면", "부근", "근방", "사이", "주민", "주민들",
    "새벽", "아침", "저녁", "밤", "낮", "오전", "오후", "오늘", "어제", "내일", "주말", "평일", "매일", "매번", "요즘", "최근",
    "항상", "계속", "자꾸", "또", "진짜", "너무", "완전", "정말", "엄청", "벌써", "아직", "이미", "지금", "방금", "아까",
    "이번", "지난", "저번", "다음", "한", "두", "세", "몇", "그", "이", "저", "좀", "다", "제일", "가장", "특히", "혹시", "근데",
    "가게", "식당", "건물", "집", "우리집", "빌딩", "상점", "차", "차들", "사람", "사람들", "애들", "아이들", "어르신", "어르신들",
    "출근", "퇴근", "등교", "하교", "출근길", "퇴근길", "등굣길", "하굣길", "밤길", "산책", "운동", "공사", "주변",
    "정문", "후문", "입구", "출구", "단지", "아파트", "빌라", "상가", "학교", "공원", "마트", "시장", "도로", "인도", "차도",
    "바닥", "벽", "지붕", "계단", "난간", "엘리베이터", "에스컬레이터", "화단", "울타리", "펜스", "전봇대", "전신주", "간판",
    "현수막", "배수구", "하수구", "빗물받이", "맨홀", "소화전", "자전거", "오토바이", "트럭", "택시", "차량", "불", "물",
    # what the city does about it ("청라동 단속 나와주셔서")
    "단속", "수리", "점검", "민원", "신고", "청소", "소독", "순찰", "제설", "보수", "교체", "설치", "철거", "정비",
    "관리", "행사", "안내", "공지", "주민센터에서",
    # adnominals and determiners: "가경동 다른 곳", "용강동 여러 군데" ("다른" is no name)
    "다른", "여러", "모든", "몇몇", "온갖", "각종", "대부분", "거의", "이런", "저런", "그런", "어떤", "무슨", "아무",
    "웬만한", "전부", "군데군데", "여기저기", "어디", "여기", "거기", "저기",
}
# (not 이, 가 or 도: names end in them, "커낼웨이", "바닷가", "청라국제도"; such a word is kept whole)
_PARTICLE_END = re.compile(r"(?:에서도|에서는|에도|에는|에선|에서|에게|까지|부터|마다|처럼|보다|으로|이랑|이요|이에요|입니다|"
                           r"에|의|은|는|(?<!마)을|를)$")  # (마을 is a village: "대치동 구마을")
# (and 들: "정자동 맘들", "주민들"; 신, 시, 셔: "거동 불편하신")
_VERB_END = re.compile(r"(?:다|데|고|서|면|며|게|지|네|음|함|임|됨|요|죠|까|니|나|야|자|는|던|한|된|할|될|운|은|어|아|해|돼|들|신|시|셔)$")


# the topic words of the categories: objects of a report ("가로등", "불법주차"), not names
_OBJECT_STEMS = tuple(sorted({st.lower() for stems in LEXICON.values() for st in stems if len(st) >= 2}))
# (a learned guess made only of these, or of the objects that break, names no place: "하수구", "가로등", "공원")
_OBJECTS = frozenset(_OBJECT_STEMS) | {"하수구", "배수구", "빗물받이", "맨홀", "전봇대", "전신주", "신호등", "가로등", "보안등"}


# kinds of buildings and shops: before "앞 골목" they say what is there, not which place ("교회 앞 골목")
_KINDS = {
    "교회", "성당", "절", "편의점", "식당", "카페", "학원", "약국", "은행", "가게", "공장", "창고", "주택", "원룸",
    "빌라", "건물", "회사", "사무실", "모텔", "호텔", "술집", "노래방", "PC방", "피시방", "세탁소", "미용실", "주유소",
    "정비소", "세차장", "빵집", "치킨집", "꽃집", "부동산", "고깃집", "헬스장", "목욕탕", "사우나", "찜질방", "공사장",
    "옆집", "앞집", "뒷집", "윗집", "아랫집", "우리집", "본인집", "상가", "점포", "매장", "시설", "현장", "공터",
}


# a pond or a temple's site ends in 지 as a verb does: "의림지", "미륵사지", "천호지" (not "있겠지", "그렇지", "하지")
# (not 전단지, 광고지, 신문지)
_SITE_NAME = re.compile(r"[가-힣]{2,}(?<![겠았었했렇르니랬였않없있같좋싶하되말그가보오주치시리키단고장문내])지$")


def _is_name(word: str) -> bool:
    """A word that can be a proper name of a complex, a street or a spot (not an object, a time or a verb)."""
    if len(word) < 2 or word in _NOT_NAME or word.lower() in _GENERIC_HEAD:
        return False
    if _VERB_END.search(word) and not _SITE_NAME.search(word):
        return False
    if _GENERIC_WORD.match(word) or _KIND_OF_PLACE.match(word) or word in _NOT_PLACE:
        return False
    # an object of a report at either end ("가로등", "마을버스", "인도가"), not inside a name ("은행나무길")
    compact = word.lower()
    bare = re.sub(r"[이가도]$", "", compact)
    return not any(w.startswith(_OBJECT_STEMS) or w.endswith(_OBJECT_STEMS) for w in (compact, bare))


# nouns in 로 that are kinds of ways, not a road's name ("등산로에", "진입로는", "통학로 따라")
_WAY_NOUN = re.compile(
    r"(?:경|진|통|선|항|공|원|행|활|판|관|육|등산|산책|보행|순환|진입|출입|통학|탐방|진출|수송|우회|통행|탈출|비상|대피|자전거|"
    r"산림|임|농|송수|하수|방수|급수|배수|유입|접근|연결|이동|간선|지선|차|근)로$"  # (근로: work)
)
# words before a path that say where or when, not which, and that _is_name lets through ("강변 자전거도로", "동천 따라
# 자전거도로", "작년 언덕길"; times, 동네, 하천 and the like it already turns away)
_NOT_PATH_NAME = {"강변", "호숫가", "냇가", "개울", "따라", "동쪽", "서쪽", "남쪽", "북쪽", "작년"}


def _path_name(span: str) -> bool:
    """The name before a path ("감천 둔치 산책로"): a name, not a kind, a time or a word of the sentence."""
    words = span.split()
    name = words[0]
    return (len(words) >= 2 and _is_name(name) and name not in _KINDS and name not in _NOT_PATH_NAME
            and not name.endswith(("철", "든", "른")) and not _DONG_ALONE.fullmatch(name))


def _consonant_road(word: str) -> bool:
    """"해룡로", "중앙로": a road's name in 로 after a closed syllable (not ㄹ), where 로 cannot be the particle."""
    stem = word[:-1]
    code = ord(stem[-1]) - 0xAC00
    if not 0 <= code < 11172 or code % 28 in (0, 8):
        return False
    return not _WAY_NOUN.search(word) and word not in _NOT_PLACE and _is_name(stem)


_QUANTITY = re.compile(r"^\d+\s?(?:시간|년|층|개월|개|명|평|세|살|분|km|m)(?![가-힣])")


def _village_word(word: str) -> bool:
    """A 면 or 리 word that can be a township or a village ("장평면", "가곡리"; not "노면", "울타리")."""
    bare = _PARTICLE_END.sub("", word)
    bare = re.sub(r"쪽$", "", bare)
    if bare in _NOT_VILLAGE or bare in _NOT_PLACE or (len(bare) >= (3 if bare.endswith("리") else 4) and bare[-2:] in _NOT_VILLAGE):
        return False
    # (a three-letter 면 ending like a common word is one only if it is a township: "도화면", not "첫화면")
    if len(bare) == 3 and bare.endswith("면") and bare[-2:] in _NOT_VILLAGE and not gazetteer.is_township(bare, alone=False):
        return False
    return not _VERB_END.search(bare[:-1]) or len(bare) == 2


# things and means that take the particle 로 ("카드로", "전화로"): no road
_MEANS = {"카드", "전화", "문자", "메일", "택배", "배달", "온라인", "현금", "계좌", "우편", "팩스", "인터넷", "카톡", "민원", "신고",
          "서류", "사진", "영상", "직접", "따로", "새로", "혼자", "같이", "걸어", "뛰어"}


# adverbs of degree and frequency and times, which _NAME_LANDMARK's word before a landmark may be
_ADVERB_OR_TIME = frozenset({"완전", "완존", "진짜", "정말", "너무", "넘", "엄청", "되게", "진심", "특히", "하필", "항상", "계속", "자꾸",
                             "매일", "맨날", "요즘", "요새", "오늘", "어제", "내일", "아까", "방금", "지금", "그냥", "거의", "아예"})


def _village_after_township(word: str) -> bool:
    """A 리 word right after a township is its village unless a common word ("흥업면 매지리"; not "서면 소리")."""
    bare = _PARTICLE_END.sub("", word)
    return bare not in _NOT_VILLAGE and bare not in _NOT_PLACE  # ("주촌면 농소리": a village though it ends in 소리)


def _candidates(text: str, quarters: bool = False) -> list[tuple[int, int, bool]]:
    """Every span a pattern takes for a place: (start, end, 동 or 읍 alone); with `quarters`, the town's quarters
    named alone too (_QUARTER_NAMED)."""
    out: list[tuple[int, int, bool]] = []
    roads: list[tuple[int, int]] = []
    for pat in (*_PATTERNS, _QUARTER_NAMED) if quarters else _PATTERNS:
        for m in pat.finditer(text):
            # (the city's hall is a kind of place in every town, but the one of this town: not cleaned away)
            span = m.group(0).strip() if pat is _CIVIC_HALL else _clean(m.group(0))
            word = span.split()[-1] if span else ""
            if not span or span in _NOT_PLACE or (word in _NOT_PLACE and pat is not _NAMED_STREET):
                continue
            # "미투운동", "인사이동", "무노동" (but 정자동, 은행동 and 신이동 are 동 names, and so is a word like one
            # before a spot in it: "모충동 주택가", "구운동 주민센터")
            common = word[-2:] in (_NOT_PLACE if len(word) >= 4 else _COMMON_DONG_WORDS)
            # (a 동 the gazetteer knows is one: "나운동", "신이동")
            if pat is _DONG_ALONE and common and not (len(word) == 3 and _EXTEND.match(text, m.end())) and not (
                len(word) >= 3 and gazetteer.is_neighbourhood(_PARTICLE_END.sub("", word))
            ):
                continue
            # (a city's name is no 동 when the sentence is about the city: "안동엔 소아과가 없어요"; "하동 골목" in 여주
            # is its 하동; 정읍 is the town as well as the city)
            if pat is _DONG_ALONE and word.endswith("동") and gazetteer.is_city(word) and _TOPIC_AFTER.match(text, m.end()):
                continue
            if len(span.replace(" ", "")) < 2:
                continue
            if pat is _TOWNSHIP_KNOWN and not gazetteer.is_township(_PARTICLE_END.sub("", word)):
                continue
            if pat is _VILLAGE_KNOWN and (not gazetteer.is_village(word) or word in _NOT_VILLAGE):
                continue
            if pat is _GU_ALONE and word not in _DIRECTION_GU and (word in _NOT_ADMIN or len(word) < 3
                                                                   or _VERB_END.search(word[:-1]) or word[-2:] in _NOT_GU):
                continue
            # a 리 after a 면 needs that 면 to be a township ("예산이면 차라리" is none)
            before = re.search(r"([가-힣]+면)\s$", text[:m.start()])
            township = before is not None and not _CONDITIONAL.search(before.group(1)) and _village_word(before.group(1))
            # (after a township any 리 but a common word is its village: "흥업면 매지리")
            village = _village_word(word) or (pat is _RI_ALONE and township and _village_after_township(word))
            if (pat is _MYEON_ALONE or pat is _RI_ALONE) and not village:
                continue
            if pat is _RI_ALONE and before and not township and not re.search(rf"^{_H}*리\s?{_VILLAGE_GROUND}", text[m.start():]):
                continue
            if pat is _MYEON_ALONE:
                next_ri = re.match(r"\s([가-힣]{1,4}리)(?=$|[^가-힣]|(?:는|은|에|에서|도|의|가|까지|쪽)(?![가-힣]))", text[m.end():])
                spaced = text[m.end():m.end() + 1].isspace()
                # (a conditional before a space is a verb, "다시 뽑으면 우리 동네", unless a village follows it:
                # "소라면 덕양리")
                village_next = next_ri is not None and _village_after_township(next_ri.group(1))
                verb = spaced and not village_next and (next_ri is not None or _CONDITIONAL.search(word) is not None)
                if verb and not re.match(r"\s(?:쪽|주민|사무소|소재지|일대)", text[m.end():]):
                    continue
            # a quantity is no name: "24시간 어린이집", "3층 건물"
            if _QUANTITY.match(span):
                continue
            if pat in (_NAME_BEFORE_GROUND, _NAME_BEFORE_WAY) and (
                not _is_name(span) or _DONG_ALONE.fullmatch(span) or span in _KINDS or span in _NOT_DISTRICT
                or (pat is _NAME_BEFORE_WAY and (re.search(r"(?:친구|네|님|씨)$", span) or _PARTICLE_END.search(span)))
            ):
                continue
            if pat is _ROAD_CONSONANT and not _consonant_road(span):
                continue
            if pat is _NAME_BEFORE_PATH and not _path_name(span):
                continue
            if pat is _DISTRICT_QUARTER and not _district_name(span.split()[0]):
                continue
            if pat in (_ROAD_TOWARDS, _ROAD_BEFORE) and not _is_name(re.sub(r"\d*(?:대로|로|길)$", "", span)):
                continue
            if pat is _ROAD_BEFORE_OBJECT and (span[:-1] in _MEANS or not _is_name(span[:-1]) or span in _NOT_PLACE):
                continue
            if pat is _ROAD_BEFORE:
                roads.append((m.start(), m.end()))
                continue
            # a word in 로 before a landmark is a road ("별양로 초등학교"), or the particle after a thing or a
            # means ("버스로 시청", "카드로 시장", "전화로 시청에")
            first = span.split()[0]
            # an adverb or a time is no name: "출퇴근 시간 완전 주차장이에요" is a metaphor, "요즘 아파트" is no complex
            if pat is _NAME_LANDMARK and first in _ADVERB_OR_TIME:
                continue
            if pat is _NAME_LANDMARK and first.endswith("로") and not first.endswith("대로") and (
                not _is_name(first[:-1]) or first[:-1] in _MEANS
            ):
                continue
            if pat is _NAME_GATE and not _is_name(span.split()[0] if " " in span else re.split(r"\d|정문|후문", span)[0]):
                continue
            # _clean drops generic words at the head ("우리 아파트" -> "아파트"): locate what is left
            first = span.split()[0]
            start = text.find(first, m.start(), m.end())
            end = start + len(text[start:m.end()].rstrip())
            if pat is _NAME_BEFORE_WAY:
                way = _WAY_TO.match(text, end)
                end = way.end() if way else end
            # (a road named alone is as weak as a district alone: a place named beside it is more specific)
            weak = (_DONG_ALONE, _GU_ALONE, _MYEON_ALONE, _TOWNSHIP_KNOWN, _RI_ALONE, _VILLAGE_KNOWN, _ROAD_CONSONANT)
            out.append((start, end, pat in weak))
    # a road before a place only joins that place
    named = {start for start, end, dong in out if not dong and len(text[start:end].split()[0]) >= 3}
    for start, end in roads:
        particle = text[end - 1] == "로" and not text[end - 2].isdigit() and text[end - 2:end] != "대로"
        if end + 1 in named and (not particle or _SENTENCE_END.search(text[:start])):
            out.append((start, end, False))
    return out


# a 동, 읍, 리 or 가 district ends the span so far: the name that follows it may be the complex,
# street or spot in it ("청라동 커낼웨이", "원문동 과천자이 정문", "반포동 서래섬 쪽")
_DISTRICT_END = re.compile(r"[가-힣](?:동|읍|(?<![거자다])리|\d가)$|[가-힣]\d리$")
_NEXT_WORD = re.compile(r"\s([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?=$|\s|[^가-힣A-Za-z0-9])")


# where in a village a problem is: outside writers keep it with the village (62 rows to 16 over eleven sets)
_VILLAGE_SPOT = re.compile(
    r"\s(?:[가-힣]{1,3}(?:밭|논|과수원|농장|공장|창고|하우스)|축사|돈사|우사|계사|양계장|농장|과수원|비닐하우스|창고|공장|폐공장|"
    r"원룸|원룸촌|빈집|농촌\s?빈집|하천|개울|도랑|저수지|도로|도로변|해안도로|국도|지방도|들판|야산|뒷산|공단|마을)(?=$|[^가-힣]|에|의|은|는|이|가|을|를|도|쪽|옆|앞|뒤|근처|주변)"
)
_RELATIONAL_START = re.compile(r"(?:쪽|앞|옆|뒤|근처|주변|일대|인근|부근|방향|방면)(?:에|에서|에도|에는|으로|은|는|도|엔|$)")
_GOING = {"가는", "들어가는", "올라가는", "내려가는", "넘어가는", "이어지는", "나가는", "나오는", "들어오는", "오는"}


# any district's or township's end, numbered too ("동문1동"), before the writer's home in it
_ANY_DISTRICT_END = re.compile(r"[가-힣0-9](?:동|읍|면|리|가)$")
# the writer's own home or block in a district: "호암동 우리 집 앞", "청호동 우리 아파트 앞에", "노은면 우리 마을"
# (outside writers keep it, 9 rows to 1; "우리 동네" after a district is the district)
_OURS = re.compile(
    r"\s(?:우리\s?(?:집|아파트|마을|건물|빌라|원룸|상가|단지)"
    # an old or new building in it: "덕풍동 오래된 빌라", "사우동 오래된 상가건물", "미장동 새 아파트", "읍내동 옛날 극장
    # 건물" (outside writers keep it, 11 rows to 1)
    r"|(?:오래된|낡은|옛날|새|신축)\s(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:빌라|건물|아파트|주택(?!가)|다세대|연립))"
    r"(?=$|[^가-힣]|에|의|은|는|이|가|을|를|도|앞|옆|뒤|쪽|인데)"
)


def _name_after_district(text: str, start: int, end: int) -> int:
    """The end of the name that follows a district at text[start:end], or `end`."""
    ours = _OURS.match(text, end) if _ANY_DISTRICT_END.search(text[start:end]) else None
    if ours:
        return ours.end()
    if _VILLAGE_END.search(text[start:end]) and not _INTERSECTION.search(text[start:end]):
        # what follows a village is no named complex, but where in the village the problem is belongs to it:
        # its barn, field, road or empty house ("화산리 축사", "고창리 고구마밭", "국당리 도로"; not its gnats)
        spot = _VILLAGE_SPOT.match(text, end)
        return spot.end() if spot else end
    # (a township the gazetteer knows may be followed by its village, hamlet or site too: "가야곡면 두월리", "광도면
    # 죽림", "병천면 아우내장터 옆 하천"; only a bare word, "지품면 막차가" goes on with the sentence)
    township = _TOWNSHIP_END.search(text[start:end]) is not None and gazetteer.is_township(
        text[start:end].split()[-1], alone=False)
    if (not _DISTRICT_END.search(text[start:end]) and not township) or _INTERSECTION.search(text[start:end]):
        return end  # (nor an intersection, though 로터리 ends like a village: "시청 앞 로터리 지날 때마다")
    m = _NEXT_WORD.match(text, end)
    if not m or (_VILLAGE_END.search(text[start:end]) and _RURAL_NEXT.match(text, end)):
        return end  # (a village's own ground is grown as ground: "보통리 농로가")
    word = m.group(1)
    if word in _GOING:
        return end  # "가곡리 들어가는 길": the way to it, grown by _WAY_TO
    if _RELATIONAL_START.match(word):
        return end  # "모현동 쪽에도": a side of it, grown by _with_relation
    bare = _PARTICLE_END.sub("", word)
    if township and not _DISTRICT_END.search(text[start:end]) and (
        bare != word or re.search(r"(?:[이가도]|는디)$", word) or _VILLAGE_SPOT.match(text, end)
    ):
        return end  # (a township's barn or factory is the sentence's: "왕궁면 축사 냄새"; outside writers leave it out)
    if not re.search("[가-힣]", bare) or (bare != word and len(bare) < 2):
        return end  # an English word after the 동 is the sentence going on ("moved to 별양동 from Seoul")
    # a kind of facility after a 동 is that 동's own ("문원동 청소년수련관", "별양동 노인복지관")
    if not _is_name(bare) and not _KIND_OF_PLACE.match(bare):
        return end
    return end + 1 + len(bare)


def _range_ok(m: re.Match[str]) -> bool:
    """A range whose other end is a place, with 사이, a stretch or ground after it unless joined by ~."""
    other = m.group("end")
    until = m.group("until") is not None and m.group(0).startswith(("에서", "부터"))  # "역에서 터미널까지"
    if not (m.group("tilde") or m.group("tail") or until):
        return False
    word = other.split()[0]
    if word in _NOT_PLACE or word.lower() in _GENERIC_HEAD or (_VERB_END.search(word) and not _ENDPOINT.search(word)):
        return False
    return bool(_ENDPOINT.search(word) or _candidates(other))


_VILLAGE_END = re.compile(r"[가-힣]리$")
_TOWNSHIP_END = re.compile(r"[가-힣](?:면|읍)$")
_RURAL_NEXT = re.compile(rf"\s?{_RURAL_GROUND}{_SPOT_END}")
# the way to a place: "대성경로당 가는 언덕길", "용담저수지 가는 농로", "선착장 들어가는 큰길"
_WAY_TO = re.compile(
    # (the stairs up or down to a place: "자산공원 올라가는 계단")
    rf"\s(?:가는|들어가는|올라가는|내려가는|넘어가는|나가는|이어지는)\s"
    rf"(?:{_GROUND_PATH}|도로|(?<=올라가는\s)계단|(?<=내려가는\s)계단|(길))" + _SPOT_END
)
# ("가는 길" is as often "on the way to": the way itself only to a place out of town, "선착장 가는 길")
_OUT_OF_TOWN = re.compile(
    r"(?:[가-힣]리|[가-힣]면|[가-힣]읍|경로당|마을회관|회관|마을|저수지|선착장|보건지소|보건진료소|공단|산단|산업단지|온천|농장|"
    r"축사|캠핑장|휴양림|유원지|해수욕장|방파제|항|포구)$"
)


def _grow(text: str, start: int, end: int, dong: bool) -> int:
    """Extend a place over the spots, the name before a spot, and the ground that follow it."""
    while True:
        for rx in (_EXTEND, _NAME_THEN_SPOT, _ACROSS, _GROUND_NEXT, _GROUND_ANY_NEXT, _ON_ROAD, _RANGE, _TOWARDS, _WAY_TO):
            if rx is _ON_ROAD and not _ROAD_END.search(text[start:end]):
                continue
            # "갈현동 골목" is 갈현동: the ground right after a 동 alone is the sentence's; a village's own
            # ground is not ("가곡리 마을 안길", "장평면 농로")
            village = _VILLAGE_END.search(text[start:end]) or (
                _TOWNSHIP_END.search(text[start:end]) and _RURAL_NEXT.match(text, end)
            )
            if rx is _GROUND_NEXT and dong and not village and not _ALLEY_NEXT.match(text, end):
                continue
            if rx is _GROUND_ANY_NEXT and not (_GROUND_AFTER_GATE.search(text[start:end]) or (
                    not dong and _PAVED_ROAD.match(text, end) and _NAMED_ROAD.search(text[start:end]))):
                continue
            if rx is _GROUND_NEXT and _ROAD_END.search(text[start:end]) and _LANE.match(text, end):
                continue  # "과천대로 2차로": a lane of the road named is the road ("홈플러스 앞 2차로" is the lane)
            m = rx.match(text, end)
            if m and rx is _NAME_THEN_SPOT and m.group(1) in _GENERIC_NAME:
                continue

            if m and rx is _ACROSS and dong and m.group(0).lstrip().startswith("쪽"):
                continue  # "부림동 쪽 도로가 막혀요": which side of a 동 is the sentence's, not a place
            if m and rx is _RANGE and not _range_ok(m):
                continue
            if m and m.end() > end:
                # a spot's own particle or copula is not part of it
                end, dong = m.end(), False
                break
        else:
            return end


# (not 도: 지하보도 and 보도 end in it; the spot patterns already stop before a particle)
_ENDS_IN_SPOT = re.compile(rf"{_SPOT}$")
_TRAILING = re.compile(r"(?:입니다|이에요|이요|예요|에서|에도|에는|으로|에|의|은|는|이|가|(?<!마)을|를|요)$")  # (마을 is a village)
# the city, district or county named right before a place belongs to it: "과천시 별양동 ...", "영통구 매탄동 ..."
_ADMIN_BEFORE = re.compile(
    r"(?<![가-힣])([가-힣]{1,4}(?:시|구|군)|[가-힣]{1,3}(?<![으하되보이라다려자지나오가서])면)\s$"
)
# a township the gazetteer knows, of any length, before a place ("서면 아화리 마을", "청하면 월포리 해안도로")
_TOWNSHIP_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,5}면)\s$")
_NOT_ADMIN = {
    "다시", "역시", "혹시", "당시", "동시", "요구", "연구", "친구", "입구", "출구", "가구", "도구", "창구", "항구", "지구",
    "즉시", "잠시", "상시", "수시", "일시", "임시", "표시", "지시", "무시", "개시", "게시", "감시", "도시", "전시", "제시",
    "실시", "평시", "정시", "매시", "아군", "적군", "대군", "장군", "우리구", "우리시", "각구", "중시", "경시", "멸시",
    "택시", "콜택시", "개인택시", "모범택시",
}


# A district or an old town named without a suffix before a place: "분당 정자동 카페거리", "평촌 귀인초 옆
# 소공원", "위례 신도시 중앙공원", "봉담 와우리 원룸촌" (residents of merged cities name it first). A word of
# two or three syllables that is a name (not a time, an adverb, a pronoun, a person, an object of a report or a
# word with an ending), standing at the start of the text or after a sentence.
_DISTRICT_BEFORE = re.compile(r"(?:^|(?<=[.,!?~]\s)|(?<=[.,!?~])|(?<=\s))([가-힣]{2,3})\s$")
# what may stand before such a name: nothing, a sentence's end, or a time or an adverb ("어제 분당 정자동 ...")
# (or a clause: "비만 오면 장유 무계동 ...", "퇴근하고 분당 정자동 ...")
_SENTENCE_END = re.compile(r"(?:^|[.,!?~ㅠㅜㅋ)]|(?:요|다|죠|까|음|함|임|네|[오하되가보][면고서]|는데)(?:\s)?)\s*$")
_NOT_DISTRICT = {
    # adjectives said of a place ("아 진짜 미친 태조산 입구 …")
    "미친", "이상한", "무서운", "위험한", "더러운", "시끄러운",
    "혹시", "제발", "근데", "그리고", "그래서", "그런데", "아니", "저기", "여기", "거기", "이거", "그거", "저거", "오늘", "내일",
    "어제", "요새", "요즘", "최근", "예전", "옛날", "아까", "방금", "금방", "계속", "벌써", "이제", "드디어", "아직도", "항상",
    "맨날", "매일", "자주", "가끔", "다들", "모두", "저희", "우리", "제가", "내가", "저는", "나는", "저도", "나도", "우리도",
    "여기도", "거기도", "오늘도", "어제도", "지금도", "요즘도", "이번", "지난", "저번", "다음", "올해", "작년", "매주", "매달",
    "엄마", "아빠", "아이", "애들", "주민", "이웃", "택배", "기사님", "경비", "경비원", "학생", "학생들", "할머니",
    "할아버지", "어머니", "아버지", "동네", "근처", "시내", "신고", "민원", "문의", "질문", "제보", "공유", "긴급", "참고로",
    "하필", "특히", "정말", "진짜", "완전", "너무", "엄청", "되게", "많이", "조금", "다시", "여전히", "아직", "지금", "당장",
    "빨리", "얼른", "제일", "가장", "새로", "원래", "지난번", "새벽", "아침", "저녁", "점심", "퇴근", "출근", "주말", "평일",
    "오전", "오후", "한밤", "밤새", "하루", "며칠", "일주일", "한달", "몇달", "매년", "방학", "명절", "연휴", "휴일",
    "바로", "길가", "건너", "반대", "바깥", "안쪽", "바깥쪽", "위쪽", "아래쪽", "양쪽", "한쪽", "뒤쪽", "앞쪽", "옆쪽",
    "시청", "구청", "군청", "도청", "경찰", "소방", "업체", "회사", "담당", "관리소", "주택", "원룸", "상가", "공단", "공사",
    "학교", "학원", "병원", "마트", "시장", "공원", "교회", "빌라", "아파트", "건물", "가게", "식당", "카페",
    "이번주", "다음주", "지난주", "저번주", "이번달", "다음달", "지난달", "추석", "설날", "새해",
    "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "생긴", "새로운", "그동안", "그간", "오른",
    "직거래", "번호", "오픈", "이벤트", "아줌마", "아저씨", "사장님", "주인", "공무원", "우선", "현재", "이상", "이하",
    "몇일전", "며칠전", "얼마전", "집주변", "우리구", "우리시", "자락", "기슭", "중턱", "끝자락", "너머", "근방",
    "왼", "오른편", "왼편", "이쪽", "저쪽", "그쪽", "건너편", "맞은편", "반대편", "남쪽", "북쪽", "동쪽", "서쪽",
    # seasons and times of year: "여름에 중앙공원 …", "작년 겨울 부림동 골목 …"
    "봄", "여름", "가을", "겨울", "한여름", "한겨울", "올여름", "올겨울", "장마", "장마철", "연말", "연초", "재작년", "해마다",
    # how bad it is, said before the place: "주차 전쟁 공영주차장 …", "공실 수두룩 화명신도시 …"
    "전쟁", "지옥", "난리", "천지", "대란", "수두룩", "투성이", "범벅", "엉망", "최악",
    # and the sentence's other words seen before a place: "결국 주민센터 …", "정작 깨진 신림로 쪽은", "어젯밤 유등천 둔치에"
    "결국", "정작", "교실", "같은거", "깨진", "망가진", "부서진", "고장난", "어젯밤", "오늘밤", "그젯밤",
    # a time said before the place: "출퇴근 시간 대학로 …", "미세먼지 심한날 먹자골목 …"
    "시간", "심한날", "비오는날", "눈오는날", "더운날", "추운날", "쉬는날",
}
# a park, market or hall named by its kind needs the town or district before it: "오창 호수공원",
# "가경 체육공원", "봉양읍 전통시장"
_QUALIFIED = re.compile(
    r"^(?:호수|중앙|체육|근린|생태|수변|시민|문화|종합|어린이|전통|역사|기념|시립|구립|군립|도립|국민)"
    r"(?:공원|시장|도서관|체육관|체육센터|운동장|광장|복지관|문화센터)(?![가-힣])"
)
_REGION_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,5})\s$")  # (five: "망원유수지 체육공원", "대치유수지 체육공원")


def _district_name(word: str) -> bool:
    """A bare word that can be a district or an old town ("분당", "동탄", "봉담"; not "어제", "우리", "주민")."""
    if word in _NOT_DISTRICT or not _is_name(word) or word in _KINDS:
        return False
    # (nor a word with a particle or an ending, nor a time: "과천엔", "며칠째", "욕나옴", "끌려감", "그동안", "치워라")
    return not re.search(
        r"(?:이|가|은|는|을|를|에|의|와|과|로|만|랑|께|서|하고|이나|까지|부터|엔|째|쯤|요일|옴|음|함|임|됨|짐|줌|봄|씀|움|둠|[려어아녀나져워와쳐켜디]감|듯|동안|(?<=[가-힣]{2})도|"
        # (a predicate turned noun: "짜증남", "난리남", "끄집어냄")
        r"(?:짜증|난리|사고|고장|냄새|열|화|탈|티|소리|생각)남|냄|뺌|"
        r"냐|니|죠|네|요|래|군|걸|데|다|자|"
        r"[워해봐가와줘어아려거너더으니]라)$",
        word,
    )
_WITH = re.compile(r"(?:랑|하고|와|과|이나|나|도|만|까지|부터|께서)$")

# English: the spot that comes first ("back entrance of X", "trail behind X") and what locates X after it
# ("... west exit", "... main gate crosswalk", "... on Y-ro", "... by the Z intersection", "... right after
# the Z overpass"); a lower-case "near the school" is the sentence going on.
_EN_GROUND = (
    r"(?:(?:back|front|side|main|rear|north|south|east|west)\s)?(?:entrance|gate|exit|door|trail|path|walkway|alley|"
    r"construction site|building site|slope|dorms|dormitory|dormitories|farm road|village road|school zone|"
    r"recycling area|"
    r"sidewalk|crosswalk|parking lot|car park|bus stop|playground|stairs|underpass|overpass|footbridge|tunnel|ramp|corner)"
)
_EN_BEFORE = re.compile(
    rf"(?<![A-Za-z])({_EN_GROUND}\s(?:of|behind|near|by|outside|beside|next to|in front of|across from|at|over|under)\s"
    # the road between two places: "road from X Station to the town center"
    r"|road\sfrom\s"
    # a romanised road before the landmark that locates a spot on it: "Jungang-daero near Duho School"
    r"|[A-Z][a-z]+(?:-[a-z]+)*-(?:daero|ro|gil)\s(?:near|by|past|outside|in front of|across from|right after|just after)\s"
    r"(?:the\s)?)"
    r"(?:the\s)?$"
)
_EN_AFTER = re.compile(
    r"(?:\s(?:(?:west|east|north|south|main|back|front|rear|side)\s)?(?:exit|gate|entrance)(?:\s\d+)?)?"
    r"(?:\s(?:crosswalk|sidewalk|bus stop|parking lot|stairs|underpass|alley|trail|path|promenade|boardwalk|"
    r"footpath|bike path|ramp|parking garage|construction site))?"
    r"(?:\s(?:on|by|near|off|at|along|right after|just after|right before|just before|past)\s(?:the\s)?"
    rf"(?:{_EN_NOT_NAME}[A-Z][A-Za-z]*(?:-[a-z]+)*\s?){{1,3}}(?:\s?(?:intersection|overpass|underpass|bridge|junction|crossroads|"
    r"station|exit|gate|roundabout))?)?"
)


# "from X to Y", "between X and Y": the other end of a stretch belongs to it
_EN_FROM = re.compile(r"\b(from|between)\s(?:the\s)?$")
_EN_TO = re.compile(r"^\s(?:to|and)\s(?:the\s)?$")
_EN_OTHER_END = re.compile(
    # (or a town's centre: "to the town center", "to downtown")
    r"\s(?:to|and)\s(?:the\s)?(?:(?:town|city|old town)\s(?:center|centre|hall|square)|downtown|old town)\b"
    rf"|\s(?:to|and)\s(?:the\s)?(?:{_EN_NOT_NAME}[A-Z][A-Za-z]*(?:-[a-z]+)*\s?){{1,4}}"
    r"(?:\s?(?:intersection|overpass|underpass|bridge|junction|crossroads|station|exit|gate|roundabout))?"
)


# a spot in a district or an industrial complex: "farm road in Seosin-myeon", "dorms in X industrial complex"
# (not in a 동: "alley in Gyo-dong" is Gyo-dong, as "갈현동 골목" is 갈현동)
_EN_IN = re.compile(rf"(?<![A-Za-z])({_EN_GROUND}\sin\s)(?:the\s)?$")
_EN_AREA = re.compile(r"-(?:ri|myeon|eup)\b|\sindustrial\s(?:complex|park)\b")


# a relational word before the place belongs to it, as "앞" and "근처" after one do ("near Icheon Station exit 2",
# "in front of X University main gate"); "at", "in" and "on" do not
_EN_RELATION = re.compile(
    r"(?<![A-Za-z])((?:right\s|just\s)?(?:in front of|near|behind|next to|outside|around|across from|opposite|beside)"
    r"\s(?:the\s)?)$",
    re.IGNORECASE,  # (at a sentence's start too: "Near Bongmyeong 1-dong office.")
)


def _english_whole(text: str, start: int, end: int, span: str) -> str:
    """The whole English phrase that locates the problem around `span` at text[start:end]."""
    before = (_EN_BEFORE.search(text, 0, start) or (_EN_IN.search(text, 0, start) if _EN_AREA.search(span) else None)
              or _EN_RELATION.search(text, 0, start))
    after = _EN_AFTER.match(text, end)
    tail = after.group(0).rstrip() if after else ""
    if not tail and _EN_FROM.search(text, 0, start):
        other = _EN_OTHER_END.match(text, end)
        tail = other.group(0).rstrip() if other else ""
    return (before.group(1) if before else "") + span + tail


def dong_only_word(word: str) -> bool:
    """A word that is a common noun, not a city or district, though it ends in 시, 구 or 군."""
    return len(word) < 2 or word in _GENERIC_HEAD


# what a bare district is named before: a 동, 읍, 면 or 리, a school, a complex, a station, a new town, a park
# or a hall with a name ("분당 정자동", "평촌 귀인초", "광교 자연앤힐스테이트", "위례 신도시", "웅천 해변공원")
_TAKES_DISTRICT = re.compile(
    rf"(?:[가-힣](?:동|읍|면|리|초|중|고|대|역|단지|마을|공원|파크|호수|공단|산단|산업단지|회관|전당|체육관|터미널|시장|상가|"
    r"교|호|천|산|대로|로|길|거리|해변|해수욕장|항|광장|센터|도서관|타워|사거리|삼거리|오거리|교차로)|"
    rf"신도시|지구|아파트|LH|{_APARTMENT_BRAND}|자이)$"
)


def _district_may_start(text: str, at: int, depth: int = 1) -> bool:
    """A bare district stands at the start of a sentence, or after a time or an adverb."""
    head = text[:at]
    if _SENTENCE_END.search(head):
        return True
    prev = head.split()[-1] if head.split() else ""
    if prev in _NOT_DISTRICT:
        return True
    # the city before the district: "포항 오천 문덕 ..."
    return bool(depth) and 2 <= len(prev) <= 3 and _district_name(prev) and _district_may_start(text, head.rstrip().rfind(prev), depth - 1)


# "구" or "옛" alone before a place is "old" and names it: "구 안동역 부지", "옛 경주역 부지", "구 시청 앞 인도"
_OLD_GAP = re.compile(r"^\s(?:구|옛)\s$")
_OLD_BEFORE = re.compile(r"(?:^|(?<=\s))(?:구|옛)\s$")
_LISTED = re.compile(r"^(?:이랑|랑|하고|이나|과|와)\s$")
_LISTED_IN = re.compile(r"[가-힣](?:이랑|랑|하고|이나|과|와)\s")
_BETWEEN = re.compile(r"\s사이(?=$|[^가-힣]|에|에서|로|의)")


def _with_region(text: str, start: int, span: str) -> str:
    """The place with the city, district, 면 or town named right before it ("과천시 별양동 ...", "분당 정자동 ...")."""
    old = _OLD_BEFORE.search(text, 0, start)
    if old:
        span, start = old.group(0) + span, old.start()
    for _ in range(2):
        admin = _ADMIN_BEFORE.search(text, 0, start)
        if not admin:
            township = _TOWNSHIP_BEFORE.search(text, 0, start)
            admin = township if township and gazetteer.is_township(township.group(1), alone=False) else None
        bare = _DISTRICT_BEFORE.search(text, 0, start)
        region = _REGION_BEFORE.search(text, 0, start)
        # (a 면 not in the gazetteer is a verb's "if" as often as a township: "방향 바뀌면 능현동까지 …")
        conditional = admin is not None and admin.group(1).endswith("면") and not gazetteer.is_township(
            admin.group(1), alone=False)
        if admin and not conditional and admin.group(1) not in _NOT_ADMIN | _NOT_PLACE and not dong_only_word(admin.group(1)):
            word, start = admin.group(1), admin.start(1)
        elif (
            bare
            and _district_name(bare.group(1))
            # (a township's short name the gazetteer knows may stand anywhere before any place: "아포 대신리 축사",
            # "해평 일선교 난간")
            and (gazetteer.town_stem(bare.group(1))
                 or (_district_may_start(text, bare.start(1)) and _TAKES_DISTRICT.search(span.split()[0])))
        ):
            word, start = bare.group(1), bare.start(1)
        elif region and _QUALIFIED.match(span) and _district_name(region.group(1)) and not _WITH.search(region.group(1)):
            word, start = region.group(1), region.start(1)
        else:
            break
        span = word + " " + span
    return span


# a district named alone, when nothing else locates the problem: "산본 쪽 버스가 ...", "하당 쪽은 ..." (at the
# start of a sentence; "우리 쪽", "반대 쪽" and "정문 쪽" are no district)
_DISTRICT_SIDE = re.compile(r"(?:^|(?<=[.!?~]\s)|(?<=[.!?~]))([가-힣]{2,3})\s?쪽(?=은|는|에|으로|도|엔|\s)")


# (anywhere, for a township's short name the gazetteer knows: "... 여산 쪽 어르신들 집 지붕 다 새요")
_TOWN_SIDE = re.compile(r"(?<![가-힣])([가-힣]{2,3})\s?(?:쪽|근처|일대)(?=은|는|에|으로|도|엔|이요|요|\s|$|[^가-힣])")


def _district_alone(text: str) -> str | None:
    m = _DISTRICT_SIDE.search(text)
    if m and _district_name(m.group(1)) and not _GENERIC_WORD.match(m.group(1)):
        return m.group(1)
    for m in _TOWN_SIDE.finditer(text):
        if gazetteer.town_stem(m.group(1)) and _district_name(m.group(1)):
            return _closed(m.group(0))
    return None


# A relational word right after a place locates the problem by it, and belongs to the span ("구산동 주민센터 앞",
# "터미널 근처", "해반천 주변", "산업단지 쪽", "청당천 다리 밑"): outside writers keep it, as they keep the spot
# across it ("터미널 뒤 먹자골목", "성환역 앞 상가"). 안 and 위 only with their particle ("시장 안에"; "주차장 안
# 치워요" is a negation).
_REL_TAIL = re.compile(
    r"\s?(?:앞쪽|옆쪽|뒤쪽|뒤편|뒷편|안쪽|건너편|맞은편|반대편|근처|인근|부근|주변|일대|앞|옆|뒤|쪽|밑|아래|(?<=\s)변|"
    r"(?<=\s)방향|(?<=\s)방면)"
    r"(?=$|[^가-힣A-Za-z0-9]|에|에서|으로|의|은|는|도|이|가|을|를|엔|입니다|이에요|이요|예요|요|인데)"
    r"|\s?(?:안|위)(?=에|에서|쪽)"
    # (안 before a noun is inside, before a verb a negation: "시장 안 가로등" / "주차장 안 치워요")
    r"|\s안(?=\s(?:가로등|조명|보안등|화장실|엘리베이터|계단|통로|복도|주차장|놀이터|도로|길|골목|상가|점포|매장|벤치|시설)(?![가-힣])"
    r"|\s(?:가로등|조명|보안등|화장실|엘리베이터|계단|통로|복도|주차장|놀이터|도로|길|골목|상가|점포|매장|벤치|시설)[이가은는을를에도])"
)


# what stands across a relational word and is located by the place before it: a park, a market's empty shop,
# a stream, a building site ("부성역 앞 공원", "성정시장 뒤 빈 점포", "백석대교 밑 하천", "아이파크 옆 공사장")
_ACROSS_KIND = re.compile(
    r"\s(?:빈\s?)?(?:공원|소공원|어린이\s?공원|하천|개천|냇가|점포|상가|상가\s?건물|공사장|공사\s?현장|어린이집|유치원|"
    r"경로당|주택가|원룸촌|빌라촌|먹자골목|골목|공터|화단|녹지|주차장|놀이터|산책로|버스\s?정류장|정류장)" + _SPOT_END
)


def _with_relation(text: str, end: int) -> int:
    """The end of the place with the relational word after it and the spot or ground across it, or `end`."""
    for _ in range(3):  # "201동 옆 어린이집 앞"
        m = _REL_TAIL.match(text, end)
        if not m:
            return end
        end = _grow(text, m.start(), m.end(), False)
        kind = _ACROSS_KIND.match(text, end) if end == m.end() else None
        if kind:
            end = _grow(text, kind.start(), kind.end(), False)
    return end


_ENDS_IN_GROUND = re.compile(rf"{_GROUND_PATH}$")


def _closed(span: str) -> str:
    """A grown span without the particle or copula after it (a spot, a ground or an intersection already ends
    before its own: 식당가, 학원가, 지하보도, 원룸가, which is a quarter of rooms and not 원룸 + the particle 가)."""
    if _INTERSECTION.search(span) or _ENDS_IN_SPOT.search(span) or _ENDS_IN_GROUND.search(span):
        return span
    return _TRAILING.sub("", span)


def find_place(text: str) -> str | None:
    """The place that locates the problem in `text`, or None: the place the patterns find (place_by_patterns), ending
    where residents would end it (place_ends); where they find none, or only a village alone that the learned guess
    goes on from, the learned guess (place_spans), if any. In an English report, the phrase around it that locates
    the problem (english_places); in a Korean one, without a word of the sentence it starts with (place_start), with
    the town (town_before) or the island (islands) named right before it, the numbered road it lies on
    (numbered_roads) and the way it is one end of (routes)."""
    found = _find_place(text)
    if is_english(text):
        return settle_english(text, found)
    found = without_sentence_start(found, _kinds_only) or _side_at_the_end(text) or _stream_alone(text) or _quarter_alone(text)
    found = with_town_before(text, found, lambda word, at: (_district_name(word) and not everyday(word) and _district_may_start(text, at))
                             or _dong_short_name(word))
    found = with_acronym(text, with_route(text, with_numbered_road(text, with_island(text, found)), find_place))
    return _without_service_before(_without_hours(_with_road_before(text, found)))


# The road a spot lies on, named right before it: "봉선로 더샵 앞", "서재로 서재초 앞", "대야로 대야미역 방향" (outside writers keep
# it 48 times to 0 over the readable room files where the road's name is no everyday word; "휠체어로 군청 민원실", "이후로
# 부평문화의거리", "그대로 산곡4동 …" name no road)
_ROAD_BEFORE_SPOT = re.compile(r"(?:^|(?<=\s))([가-힣]{2,5}(?:대로|로))\s$")


def _with_road_before(text: str, found: str | None) -> str | None:
    """`found` with the road named right before it in `text` (a Korean text: find_place settles English ones first)."""
    if not found:
        return found
    at = text.find(found)
    # (the pattern ends at `at`: the road is the word right before the place)
    m = _ROAD_BEFORE_SPOT.search(text, 0, at) if at > 0 else None
    if m is None:
        return found
    road = m.group(1)
    stem = road[:-2] if road.endswith("대로") else road[:-1]
    if len(stem) < 2 or road.endswith("으로") or everyday(road) or everyday(stem) or not _is_name(stem):
        return found
    return f"{road} {found}"


# Hours after a place begin what is asked for in it, not where: "시립도서관 24시간 열람실 운영 건의합니다" (outside writers end
# the place before them 11 times of 11 over the readable room files)
_HOURS_AFTER = re.compile(r"\s\d{1,2}\s?시간(?:\s.*)?$")


# A service named before the office that gives it is not the office's name: "독감 예방접종 보건소 …", "여권 발급 구청에서만
# …" (outside writers name the office alone, or no place, 14 times of 14 over the readable room files)
_SERVICE_BEFORE_OFFICE = re.compile(r"^[가-힣]*(?:발급|접종|신청|예약|등록|상담|진료|검사|교육|프로그램|강좌|수업)\s"
                                    r"(?=(?:구청|시청|군청|주민센터|행정복지센터|보건소|보건지소|도서관|민원실|체육센터|복지관|경로당)"
                                    r"(?![가-힣]))")


def _without_service_before(found: str | None) -> str | None:
    return _SERVICE_BEFORE_OFFICE.sub("", found) if found else found


def _without_hours(found: str | None) -> str | None:
    return _HOURS_AFTER.sub("", found) if found else found


# An operator's, a line's or a chain's Latin initials right before the place are part of its name: "LH 본사 앞 사거리",
# "GTX 운정중앙역", "SRT 지제역", "CU 앞" (outside writers keep them, 16 rows to 4 over the readable room files). Only
# those: other initials before a place are the sentence's ("길고양이 TNR 충무공동에도", "CCTV 신대동 공원에").
_ACRONYM_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))((?:LH|SH|GH|KT|SK|LG|GS(?:25)?|CU|KTX|SRT|GTX|ITX|CGV|KB|NH|IBK|BNK|DGB|KBS|MBC|SBS|"
                             r"EBS|CJ|HDC|LX|SRF|BRT|KCC|AK)(?![A-Za-z0-9]))\s?$")


def with_acronym(text: str, found: str | None) -> str | None:
    """`found` with the Latin initials right before it in `text`, if any."""
    if not found:
        return found
    at = text.find(found)
    m = _ACRONYM_BEFORE.search(text, 0, at) if at > 0 else None
    return text[m.start(1):at] + found if m else found


# A side of a place named at the very end, after the report: "… 해주시면 좋겠습니다 수영강 쪽", "… 센텀 쪽이요".
_SIDE_AT_END = re.compile(r"(?:^|[\s.!?~,]+)(?P<side>(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,9})\s?쪽)"
                          r"(?:이에요|에요|입니다|이요|요)?[\s.!?~ㅠㅜ]*$")
# words of direction that _is_name lets through ("반대 쪽", "건너 쪽"; 우리, 그, 동네 and the like it turns away itself)
_SIDES = frozenset({"반대", "반대편", "건너", "바깥", "오른"})


def _dong_short_name(word: str) -> bool:
    """A 동's name without its suffix ("명지" for 명지동, "여의도" for 여의도동, "시지"): residents name the 동 so
    before a complex or a spot ("명지 오션시티 해변 산책로"). Not a city ("태백 황지동"), nor one of the room files'
    everyday words that happens to be a 동's name too ("지금", "아주", "대신", "읍내", "공항")."""
    return (gazetteer.is_neighbourhood(word + "동") and not gazetteer.is_city(word) and not gazetteer.is_metropolis(word)
            and not everyday(word))


def _directions_only(guess: str) -> bool:
    """True for a guess of directions alone ("오른 쪽", "반대 편"): a side of nothing named."""
    return all(word in _SIDES or word in _DIRECTION_WORDS for word in guess.split())


_DIRECTION_WORDS = frozenset({"왼", "왼쪽", "오른쪽", "쪽", "편", "반대쪽", "건너편", "앞", "뒤", "옆", "위", "아래", "맞은편"})


def _side_at_the_end(text: str) -> str | None:
    """The place whose side ends the message when nothing else was found (a name, not "우리 쪽", "반대 쪽")."""
    m = _SIDE_AT_END.search(text)
    if m is None or not _is_name(m["name"]) or m["name"] in _ADVERB_OR_TIME or m["name"] in _SIDES:
        return None
    return m["side"]


# A stream by its name alone, when nothing else locates the problem: "온천천 모기 떼 장난아님", "비 오면 유성천 넘칠까봐",
# "제천천 따라 나무를 …" (a city, "춘천", or an everyday word, "추천", "하천", "몇천", is none; nor the end of a stretch,
# "홍성-광천")
_STREAM = re.compile(r"(?<![가-힣A-Za-z0-9~-])(?P<name>[가-힣]{1,3}천)(?P<bank>변)?"
                     r"(?P<side>\s(?:따라|쪽|근처|주변|중간쯤|둔치|상류|하류))?(?=$|[^가-힣]|에서|에|은|는|이|가|을|를|도|물|의|까지|랑)")

# words in 천 that name no stream: amounts ("몇천 명", "일이천"), a stream in general ("하천", "실개천"), a nomination, a
# recommendation ("강력추천"), practice, a source, a hot spring
_NOT_A_STREAM_ENDS = ("개천", "추천", "실천", "원천", "승천", "공천", "귀천", "온천", "천천", "수천", "몇천",
                      "일천", "이천", "삼천", "사천", "오천", "육천", "칠천", "팔천", "구천", "만천")


# streams in general, by their class ("하천", "소하천", "국가하천"; a stream named so is one: "율하천", "신하천"), and cities
_GENERIC_STREAMS = frozenset({"하천", "소하천", "지방하천", "국가하천", "도시하천", "생태하천", "인천", "부천"})


def _stream_alone(text: str) -> str | None:
    """The first stream named in `text` by a name of its own (see _STREAM), with its bank or side, or None."""
    for m in _STREAM.finditer(text):
        name = m["name"]
        if not name.endswith(_NOT_A_STREAM_ENDS) and name not in _GENERIC_STREAMS and not gazetteer.is_city(name):
            return m.group(0)
    return None


def _quarter_alone(text: str) -> str | None:
    """A quarter of the town named alone and the spot in it ("먹자골목 뒤 공터", "원룸촌 골목"), when nothing else
    locates the problem."""
    if not _QUARTER_NAMED.search(text):
        return None
    span = place_by_patterns(text, quarters=True)
    return settle_end(text, span) if span else None


def _find_place(text: str) -> str | None:
    span = place_by_patterns(text)
    if span and not _village_alone(span):
        return settle_end(text, span)
    guess = guess_place(text)
    if guess and not _kinds_only(guess, guessed=True) and not _directions_only(guess) and (not span or _more_of(guess, span)):
        return guess
    return settle_end(text, span) if span else None


def _village_alone(span: str) -> bool:
    """True for a village named alone, one word ("송우리"). (Not a 동 or a 면: "옥계면 공장 쪽", "교동 택지에 …" are
    kept as the district alone by writers as often as not, 2 to 5 over every room file; a village followed by a spot
    in it is that spot, 6 to 0.)"""
    return " " not in span and _VILLAGE_END.search(span) is not None


def _more_of(guess: str, district: str) -> bool:
    """True when the learned guess starts at the district the patterns found alone and goes on to a spot in it
    ("송우리 주공", "방절리 다리밑"): a district alone only when that is all that is said."""
    return guess.startswith(district + " ")


# Words that only relate a kind of place to the problem in a learned guess ("교회 앞 골목", "학교 가는 길",
# "반대쪽 인도", "24시간 어린이집 앞"): the way, the side, the ground, a count.
_RELATING_WORD = re.compile(rf"^(?:{_RELATION}|{_GROUND}|쪽|반대쪽|건너|길|\d+\s?(?:시간|층|번째))$")
# kinds of buildings and things a guess may end on that no pattern lists as a landmark ("교회 앞 골목", "부동산 앞",
# "종교 시설 앞 도로", "울타리")
_KIND_WORDS = {"교회", "성당", "절", "사찰", "종교", "시설", "부동산", "편의점", "가게", "식당", "카페", "병원", "약국", "은행",
               "학원", "울타리", "담장", "담벼락", "벽", "전봇대", "전신주"}


def _kinds_only(span: str, guessed: bool = False) -> bool:
    """True for a span made only of kinds of places ("아파트 단지", "공원 산책로"): no place. A city, district or
    county hall is one in its city ("시청 주차장"). A learned guess (`guessed`) is held to more: the words that relate
    a kind to the problem and the sentence's own words ("해당", "근처") name no place either."""
    words = span.split()
    if words[0] in _HALLS or _CIVIC_HALL.match(span) or _QUARTER_ALONE.match(span) or (not guessed and _QUARTER_START.match(span)) or (
            guessed and _PARTICLE_END.sub("", words[0]) in _TOWN_FACILITIES):
        return False
    if not guessed:
        return all(_GENERIC_WORD.match(w) for w in words)
    return all(_GENERIC_WORD.match(w) or w in _GENERIC_HEAD or w in _GOING or w in _KIND_WORDS or w.lower() in _OBJECTS
               or _RELATING_WORD.match(w) for w in words)


def place_by_patterns(text: str, quarters: bool = False) -> str | None:
    """The place the patterns find in `text`, or None.

    Every span a pattern takes for a place is found; spans next to each other are joined
    ("별양동" + "주공6단지" -> "별양동 주공6단지"), and grown over the spots that follow
    ("... 재활용장"). Of the places a text names, the most specific one wins, wherever it
    stands; a 동 alone only when nothing more is named. At equal specificity, the first.
    """
    if not text:
        return None
    cands = sorted(_candidates(text, quarters))
    if not cands:
        return _district_alone(text)
    groups: list[list[Any]] = []  # [start, end, 동 alone]
    for start, end, dong in cands:
        if groups:
            g = groups[-1]
            gap = text[g[1]:start]
            one = _ONE_NAME.match(gap)
            # one unknown name may stand between a 동 and what follows ("평촌동 향촌마을 롯데아파트")
            named = one is not None and g[2] and one.group(1) not in _GENERIC_NAME
            # the two ends of an English stretch: "from X to Y", "between X and Y"
            stretch = _EN_TO.match(gap) is not None and _EN_FROM.search(text, 0, g[0]) is not None
            # ("구" between a 동 and a place is "old": "운흥동 구 안동역 앞"; two places listed are one span:
            # "봉곡동이랑 형곡동", "교동시장이랑 중앙시장", as outside writers keep them)
            old = _OLD_GAP.match(gap) is not None or _LISTED.match(gap) is not None
            if start <= g[1] or (not gap.strip() and len(gap) <= 2) or named or stretch or old:
                g[1] = max(g[1], end)
                g[2] = g[2] and dong
                continue
        groups.append([start, end, dong])
    best: tuple[float, int, str] | None = None
    for start, end, dong in groups:
        named = _name_after_district(text, start, end)
        if named > end:
            end, dong = named, False
        grown = _grow(text, start, end, dong)
        between = _BETWEEN.match(text, grown) if _LISTED_IN.search(text[start:grown]) else None
        if between:  # two places listed, and what lies between them: "여서동이랑 문수동 사이"
            grown = _grow(text, between.start(), between.end(), False)
        span = text[start:grown].strip()
        if grown > end:
            dong = False
            # ("사이" ends in a particle's letter: only what was grown after it may be closed)
            span = span if between and grown == between.end() else _closed(span)
        span = " ".join(span.split())
        if not span or _kinds_only(span):
            continue  # "아파트 단지", "공원 산책로", "전통시장 주차장": kinds of places, not places
        # specificity: the words of the span; a 동 alone counts least
        score = 0.5 if dong else float(len(span.split()))
        if best is None or score > best[0]:
            related = _with_relation(text, grown)
            if related > grown:
                span = " ".join(_closed(span + text[grown:related].rstrip()).split())
            english = re.match(r"[A-Za-z]", span)
            span = _english_whole(text, start, start + len(span), span) if english else _with_region(text, start, span)
            best = (score, start, span)
    return best[2] if best else _district_alone(text)
