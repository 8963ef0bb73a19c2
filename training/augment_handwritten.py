"""Hand-written augmentation for the intake model (NOT from any dataset).

Every sentence and template below was written by the Sotong team to teach the
model what a chat room looks like, which the public data does not show:
short, informal complaints and proposals, and the hard negatives of a room
(thanks, questions, opinions that are not requests, chit-chat, city staff
answers). Rows carry source="handwritten". The tests in tests/test_intake.py
use different sentences, so passing them is not memorisation of this file.

`room_messages.jsonl`, next to this file, holds 1,276 more room messages written
the same way (one JSON object per line: text, label, category): 600 complaints
and proposals over all sixteen categories, phrased as residents type them
(older and foreign residents and young people too), many without any request
word ("주말에 여는 소아과가 없어서 옆 도시까지 갔어요"), and 676 messages that are
not reports. `room_patterns.jsonl` holds 1,333 room messages by pattern, in the
schema of room-style files (training/README.md): questions, swearing, sarcasm,
no place, English, and the hard rest; its "valid" fifth (hash_split) is never
trained on, and its replies that only add detail train only the detail head.

The outside room sets (`room_blind_<city>.jsonl`, listed in `OUTSIDE_SETS`) were not written by the team: each
by a writer who saw nothing of ours, about a city of its own. Once a set has had its blind scores it is
trained on here, for detection, kind and detail and for the room category head (training/README.md,
"Outside room sets as training data"); a set written later stays out until it is added to the list.

`rows(seed)` returns a deterministic list of dicts: text, label
(complaint | proposal | none), category (fine taxonomy id or None), source.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOM_MESSAGES = Path(__file__).with_name("room_messages.jsonl")
# room messages by pattern, in the schema of the room data (text, label, category, place, rules,
# hostile, lang, tags, reply_to_report); its "valid" part (hash_split) is the dev split, never trained on
ROOM_PATTERNS = Path(__file__).with_name("room_patterns.jsonl")
# room messages for detection (issue 12): complaints in the styles the intake missed (machines that do not
# work, mould in public housing, streets after weekends, uncut parks, the administration itself, misspelt
# signs, complaints asked as questions, structural worries, English) and the hard rest (news and hearsay,
# schedule and procedure questions, policy opinions, campaign posts, insults at groups); all trained on,
# its held-out counterpart is room_valid_detection.jsonl
ROOM_DETECTION = Path(__file__).with_name("room_detection.jsonl")
# the second round of detection rows (training/README.md, "Detection, second round"): press releases and
# headlines, recommendation questions, opinions without a request, personal chatter naming a nuisance and
# investment pitches, against complaints asked as questions, with swearing or sarcasm, soft proposals,
# mould in rented housing and frozen meters with an office that does not answer; trained like ROOM_DETECTION,
# its held-out counterpart is room_valid_detection2.jsonl
ROOM_DETECTION2 = Path(__file__).with_name("room_detection2.jsonl")
# the third round (training/README.md, "Detection, third round"): complaints about services without a place
# (bus intervals, an unkind counter, snow never cleared, mosquito control, rents, a senior centre's boiler, a
# complaint answered with one empty line or never), asked as questions, sworn or sarcastic, in English, and
# casual proposals, against praise for staff, staff answers opening with their department, replies that only
# agree or add detail (the detail head only, as in ROOM_DETECTION), opinions and arguments, English chatter,
# headlines and rules notices; trained like ROOM_DETECTION, its held-out counterpart is room_valid_detection3.jsonl
ROOM_DETECTION3 = Path(__file__).with_name("room_detection3.jsonl")
ROOM_DETECTION4 = Path(__file__).with_name("room_detection4.jsonl")
# English procedure, schedule and place questions with a civic word in them ("how does the pickup work?"), against
# English reports with the same words; trained like ROOM_DETECTION, its held-out counterpart is
# room_valid_detection5.jsonl
ROOM_DETECTION5 = Path(__file__).with_name("room_detection5.jsonl")
# the sixth round (training/README.md, "Detection, sixth round"): proposals asked or said as a hypothetical ("… 하면
# 어때요?", "… 있으면 좋을 텐데", "What if …"), complaints asked as questions (where to report, is a fix planned, is it
# not against the rules, why) and complaints that state a gap in a service, against answers to another resident's
# question (a place, hours, a way), chat questions ("… 어때요?" about food or a neighbourhood), opinions without a
# request, jokes about the town's animals and arguments; trained like ROOM_DETECTION, its held-out counterpart is
# room_valid_detection6.jsonl
ROOM_DETECTION6 = Path(__file__).with_name("room_detection6.jsonl")
# outside sets written in the tenth session as training data only, never scored nor read (the place-end model left
# them out until the sixteenth session: train_place_ends.py)
WRITTEN_FOR_TRAINING = ("sancheong", "hamyang", "eumseong", "cheorwon", "yesan", "buan", "bucheon", "yongin")
# written in the sixteenth session for training only, never read: Seoul Mapo-gu, Nowon-gu and Gangdong-gu, Daegu
# Suseong-gu, Busan Saha-gu, the two Goseong counties (Gangwon, Gyeongnam), Gwangju in Gyeonggi
WRITTEN_FOR_TRAINING_16 = ("mapo", "nowon", "suseong", "goseonggw", "goseonggn", "gwangjugg", "saha", "gangdong")
# written in the seventeenth session for training only, never read: Seoul Songpa-gu, Busan Gijang-gun, Incheon
# Bupyeong-gu, Gwangju Buk-gu
WRITTEN_FOR_TRAINING_17 = ("songpa", "gijang", "bupyeong", "gwangjubuk")
# outside room sets trained on (see the module docstring); a blind set joins only after its blind scores
OUTSIDE_SETS = ("cheongju", "gimhae", "chuncheon", "cheonan", "wonju", "pohang", "gumi", "iksan", "mokpo", "gimcheon",
                "andong", "yeosu", "gyeongju", "gangneung", "suncheon", "tongyeong", "jecheon",
                # written in the fifth session and at the start of the sixth, listed after their blind scores; eleven more
                # sets gained 0.962 -> 0.968 detection F1 and 0.875 -> 0.876 category accuracy on six sets held out
                # (training/README.md, "Outside room sets as training data")
                "hanam", "gunsan", "chungju", "jinju", "gwangmyeong", "gyeongsan", "sokcho", "gimpo", "yangsan", "seosan",
                "nonsan",
                # the development sets of the eighth and ninth sessions (read for rules and places), the tenth session's
                # four development sets and eight sets written for training only (never read). Held out in two halves,
                # the 26 older ones gained category accuracy on every held-out set (0.922 -> 0.935 on average, as
                # category-only sets) and detection F1 on 29 of 34 (2 unchanged, 3 lower; recall 0.93 -> 0.94); with
                # all 38 the public complaint.valid figures stay above their floors (0.940 -> 0.933, ongjin 0.917)
                # (training/README.md, "Tenth session: the outside sets trained on")
                "yeongcheon", "pocheon", "anseong", "gunpo", "uiwang", "guri", "paju", "yangju", "gyeryong", "taebaek",
                "dongducheon", "yeongwol", "jeongseon", "boeun", "hadong", "jangsu", "cheongsong", "siheung", "pyeongtaek",
                "yangpyeong", "buyeo", "uijeongbu", "gapyeong", "haenam", "geochang", "naju",
                "asan", "hongseong", "goesan", "damyang",
                # the development sets read since the eleventh session, and eight sets written in the sixteenth for
                # training only, never read (WRITTEN_FOR_TRAINING_16). On the 57 sets kept for final scores, never read,
                # detection F1 0.970 -> 0.972 on average (34 sets up, 11 down, min 0.947 -> 0.953), category accuracy
                # 0.945 -> 0.948 (30 up, 12 down, min 0.895 -> 0.905); public complaint.valid 0.933 either way, every
                # source above its floor (ongjin_minwon 0.917 -> 0.908). The fourteen alone put ongjin_minwon under its
                # floor (0.898); training/README.md, "Sixteenth session"
                "ansan", "busan", "daejeon", "hwacheon", "jincheon", "muan", "ongjin", "seocheon", "seogwipo", "seongju",
                "sinan", "yeongam", "sunchang", "ulleung",
                # the seventeenth session's four development sets (read for rules and places) and four sets written for
                # training only (WRITTEN_FOR_TRAINING_17); training/README.md, "Seventeenth session"
                "dongnae", "yeonsu", "ulju", "yuseong",
                # the eighteenth session's eight development sets, read for its rules rounds. On the 77 sets kept for
                # final scores, never read: detection F1 0.9733 -> 0.9739 (22 sets up, 11 down), category accuracy
                # 0.9474 -> 0.9482 (27 up, 18 down), places 0.8070 -> 0.8088 (40 up, 18 down); training/README.md,
                # "Eighteenth session"
                "ulsandong", "yeongdo", "gangnam", "yangcheon", "busandong", "daejeondong", "incheonjung", "gangbuk",
                ) + WRITTEN_FOR_TRAINING + WRITTEN_FOR_TRAINING_16 + WRITTEN_FOR_TRAINING_17
# Sets trained on for the room category head only: the nine written later in the sixth session and the four development
# sets of the seventh. Their reports teach the categories (held out, nine more sets gained category accuracy on the
# other four, +0.003 on average, as the learning curve over 7 to 28 sets rose); their detection rows are left out,
# because with them two reports the team keeps as tests fell under the asking line ("주말에 문 여는 치과가 한 곳도
# 없어서 …", 0.59 -> 0.44) for no detection gain on the held-out four (training/README.md, "Seventh session").
CATEGORY_ONLY_SETS = ("geoje", "icheon", "jeongeup", "miryang", "dangjin", "yeoju", "boryeong", "gwangyang", "yeongju",
                      "sangju", "mungyeong", "namwon", "gimje")
# Their weights against the team's rows (reports, the rest), chosen by training on eleven of them and scoring
# the other six (training/README.md, "Outside room sets as training data"): equal weights of 0.6 gained most on
# those six (detection F1 0.931 -> 0.954 on average) but cost the public complaint.valid figures (ongjin
# 0.917 -> 0.889: formal petition titles read as chatter); the reports at 0.4 and the rest at 1.2 keep ongjin at
# 0.917 and gain 0.931 -> 0.951. In the room category head twice the team's weight gained a little (0.851 -> 0.853).
OUTSIDE_DETECTION_WEIGHTS = (0.4, 1.2)
OUTSIDE_CATEGORY_WEIGHT = 2.0
# room reports written for the room category head only (training/README.md, "Categories, third round");
# its held-out counterpart is room_valid_categories2.jsonl
ROOM_CATEGORIES = Path(__file__).with_name("room_categories.jsonl")
# the fourth round (training/README.md, "Categories, fourth round"): the pairs outside writers route by the
# problem and the department (a rotting park pond is parks, a fallen works barrier safety, a broken convex
# mirror traffic, e-scooters on the pavement parking, a stream not dredged water_sewer); trained like
# ROOM_CATEGORIES, its held-out counterpart is room_valid_categories3.jsonl
ROOM_CATEGORIES2 = Path(__file__).with_name("room_categories2.jsonl")
# the fifth round (training/README.md, "Categories, fifth round"): more pairs outside writers route by the problem
# and the desk that acts (a station lift out is safety, trucks' mud on the road road, a park restroom without
# water water_sewer, cat droppings in a sandpit parks, a night teen centre welfare, park golf culture, a village
# bus three times a day traffic, a terminal restroom without paper other, a carcass on the road waste); trained
# like ROOM_CATEGORIES, its held-out counterpart is room_valid_categories4.jsonl
ROOM_CATEGORIES3 = Path(__file__).with_name("room_categories3.jsonl")
# the sixth round (training/README.md, "Categories, sixth round"): rubbish torn by cats waste, a fouled sandpit parks,
# a dog playground animals, a festival shuttle culture, illegal banners other, a village bus for older riders
# traffic, branches on power lines and teenagers in empty buildings safety, trail signs parks, the centre's counter
# other, a car park's trouble parking, a building's water pressure water_sewer, an alley lamp streetlight, foreign
# residents' services welfare, …; trained like ROOM_CATEGORIES, its held-out counterpart is room_valid_categories5.jsonl
ROOM_CATEGORIES4 = Path(__file__).with_name("room_categories4.jsonl")


def room_pattern_rows(split: str = "train") -> list[dict]:
    """The rows of room_patterns.jsonl in `split` ("train", "valid" or "all")."""
    from moderation.intake.evaluation import hash_split

    with ROOM_PATTERNS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if split == "all" or hash_split(r["text"]) == split]

# --- chat-style complaints: (category, sentence) ---------------------------------
COMPLAINTS: list[tuple[str, str]] = [
    ("streetlight", "우리 아파트 후문 가로등이 며칠째 꺼져 있어요"),
    ("streetlight", "골목 보안등 나가서 밤에 너무 무서워요ㅠ"),
    ("streetlight", "공원 산책로 조명이 깜빡깜빡해요 고쳐주세요"),
    ("streetlight", "중앙로 가로등 불이 안들어와요"),
    ("streetlight", "학교 앞 가로등 하나가 계속 꺼졌다 켜졌다 해요"),
    ("road", "인도 보도블럭이 들떠서 유모차가 못지나가요"),
    ("road", "사거리 앞에 포트홀 생겼어요 차 다 망가지겠네"),
    ("road", "도로 한가운데 구멍 파였어요 위험합니다"),
    ("road", "보도블록 깨진거 몇달째 그대로네요"),
    ("road", "횡단보도 앞 도로가 움푹 꺼져서 물이 고여요"),
    ("road", "인도에 맨홀 뚜껑 주변 아스팔트가 다 갈라졌어요"),
    ("road", "자전거도로 포장이 울퉁불퉁해서 넘어질 뻔했어요"),
    ("water_sewer", "하수구에서 냄새 올라오고 막혀서 물이 안빠져요"),
    ("water_sewer", "빗물받이 막혀서 비만 오면 길이 잠겨요"),
    ("water_sewer", "수돗물에서 녹물 나와요 확인 좀 해주세요"),
    ("water_sewer", "맨홀 뚜껑이 덜컹거려요 차 지나갈때마다 소리나요"),
    ("water_sewer", "상수도 누수인지 도로에 물이 계속 새어나와요"),
    ("traffic", "신호등이 고장나서 계속 빨간불이에요"),
    ("traffic", "횡단보도 신호가 너무 짧아서 어르신들 못 건너세요"),
    ("traffic", "마을버스 배차간격이 너무 길어요 30분 넘게 기다렸어요"),
    ("traffic", "버스가 정류장 그냥 지나쳐요 몇번째인지 모르겠네요"),
    ("traffic", "출근시간 교차로 꼬리물기 때문에 매일 막혀요"),
    ("traffic", "어린이보호구역인데 차들이 너무 빨리 달려요 단속해주세요"),
    ("parking", "불법주차 차량 때문에 소방차도 못 들어가겠어요"),
    ("parking", "골목에 매일 같은 차가 이중주차 해놔요"),
    ("parking", "장애인 주차구역에 일반차가 계속 세워요 신고합니다"),
    ("parking", "인도 위에 차 올려놓고 주차해서 걸어갈 수가 없어요"),
    ("parking", "공영주차장 정기권 자리가 너무 부족해요"),
    ("waste", "쓰레기 무단투기 또 했네요 분리수거장 난리에요"),
    ("waste", "대형폐기물을 길가에 몇주째 버려놨어요"),
    ("waste", "음식물쓰레기 수거를 안해가서 냄새가 장난 아니에요"),
    ("waste", "공원 쓰레기통 넘쳐서 쓰레기가 날아다녀요"),
    ("waste", "골목에 담배꽁초랑 쓰레기 투기 너무 심해요 치워주세요"),
    ("environment", "밤마다 공사 소음 때문에 잠을 못자요"),
    ("environment", "윗집 층간소음 말고 가게 음악소리가 새벽까지 울려요"),
    ("environment", "공장에서 이상한 냄새가 나요 머리아파요"),
    ("environment", "놀이터 옆에서 담배 피는 사람들 때문에 애들이 연기 다 마셔요"),
    ("environment", "공사장 흙먼지가 너무 날려서 창문을 못열어요"),
    ("environment", "축사 악취 때문에 여름에 숨을 못 쉬겠어요"),
    ("parks", "놀이터 미끄럼틀이 부서져서 애들 다칠 것 같아요"),
    ("parks", "공원 벤치가 다 썩었어요 교체 부탁드려요"),
    ("parks", "가로수 가지가 전선에 걸려 있어요 위험해요"),
    ("parks", "태풍에 나무가 쓰러져서 산책로를 막고 있어요"),
    ("parks", "공원 화장실이 너무 더러워요 관리 좀 해주세요"),
    ("housing", "옆 건물 공사하면서 우리집 벽에 금이 갔어요"),
    ("housing", "빈집이 방치돼서 무너질 것 같아요"),
    ("housing", "신축 공사장 가림막이 쓰러져 있어요"),
    ("housing", "불법 증축한 건물 신고하고 싶어요"),
    ("housing", "임대아파트 하자보수를 몇달째 안해줘요"),
    ("safety", "눈이 왔는데 언덕길 제설이 하나도 안돼 있어요"),
    ("safety", "비 조금만 와도 지하차도가 침수돼요 대책 좀"),
    ("safety", "밤에 골목이 너무 어둡고 CCTV도 없어서 무서워요"),
    ("safety", "공원에서 밤마다 청소년들이 술마시고 싸워요 순찰 부탁해요"),
    ("safety", "산사태 날 것 같은 비탈에 그물망이 찢어졌어요"),
    ("safety", "빙판길에 염화칼슘 좀 뿌려주세요 다들 미끄러져요"),
    ("welfare", "어린이집 대기가 너무 길어서 1년째 못 들어가요"),
    ("welfare", "독거노인 도시락 배달이 갑자기 끊겼어요"),
    ("welfare", "육아휴직 지원금 신청했는데 몇달째 처리가 안돼요"),
    ("welfare", "경로당 난방이 안돼서 어르신들이 추워하세요"),
    ("health", "보건소 예방접종 예약이 계속 안돼요"),
    ("health", "모기가 너무 많아요 방역 좀 해주세요"),
    ("health", "식당에서 위생 상태가 엉망이에요 점검해주세요"),
    ("health", "밤에 문 연 소아과가 하나도 없어요 너무 힘들어요"),
    ("economy", "전통시장 주차장이 없어서 손님이 다 끊겼어요"),
    ("economy", "상가 앞 노점상 때문에 가게 입구가 막혀요"),
    ("economy", "지역화폐 가맹점이 너무 적어서 쓸데가 없어요"),
    ("economy", "청년 일자리 지원사업 공고가 너무 늦게 올라와요"),
    ("culture", "체육센터 수영장 물이 너무 더러워요"),
    ("culture", "도서관 열람실 에어컨이 고장났어요"),
    ("culture", "축제 때 음악 소리가 밤 12시까지 나요 너무해요"),
    ("culture", "구민회관 강좌 신청 사이트가 계속 먹통이에요"),
    ("animals", "길고양이가 차에 치여서 길에 쓰러져 있어요"),
    ("animals", "목줄 안한 큰 개가 공원을 돌아다녀요 무서워요"),
    ("animals", "비둘기 떼 때문에 베란다가 똥 범벅이에요"),
    ("animals", "유기견이 며칠째 아파트 단지를 돌아다녀요"),
    ("other", "주민센터 직원이 너무 불친절해요"),
    ("streetlight", "보안등 고장 신고한지 한달 넘었는데 아직도 깜깜함"),
    ("road", "아직도 인도 공사 안끝났음? 몇달째 통행 불편해요"),
    ("waste", "분리수거장 정리 언제 해주시나요 냄새 진동함"),
    ("traffic", "좌회전 신호 왜이렇게 짧음? 두대 지나가면 끝나요"),
    ("parking", "소방도로에 주차한 차 신고 어디다 해요 진짜 위험한데"),
    ("water_sewer", "하수구 역류해서 가게 앞이 난리임 ㄷㄷ"),
    ("safety", "지하보도 조명 다 나가서 밤에 못 다니겠음"),
    ("other", "민원 넣었는데 한달째 답이 없어요"),
    # angry and offhand reports: exclamations (~네, ~냐) and swearing are still reports;
    # the toxic comments are all "none" in training, so without these swearing reads as chatter
    ("streetlight", "아 골목 보안등 또 꺼졌네 진짜"),
    ("streetlight", "ㅆㅂ 가로등 나간지 일주일째임"),
    ("road", "존나 큰 포트홀 생겼네 타이어 터질뻔"),
    ("road", "인도 블럭 또 깨졌네 이게 몇번째냐"),
    ("road", "씨발 도로 공사 해놓고 구멍은 그대로네"),
    ("water_sewer", "하수구 또 막혔네 냄새 미치겠다"),
    ("water_sewer", "아 ㅅㅂ 비만 오면 골목이 잠기네"),
    ("traffic", "신호등 또 고장났네 차들 막 지나감"),
    ("traffic", "버스 또 안오네 배차 진짜 너무하다"),
    ("parking", "ㅈㄴ 불법주차 때문에 차가 못 나가네"),
    ("parking", "또 우리 집 앞에 차 대놨네 신고함"),
    ("waste", "시발 누가 또 쓰레기 버리고 갔냐 분리수거장 난장판"),
    ("waste", "음쓰 수거 또 안해갔네 벌레 꼬임"),
    ("environment", "새벽부터 공사 소음 존나 시끄럽네 단속 좀"),
    ("environment", "또 담배냄새 올라오네 흡연 단속 안하나"),
    ("parks", "놀이터 그네 또 부서졌네 애들 다치겠다"),
    ("safety", "빙판길 그대로네 염화칼슘 안뿌리냐"),
    ("animals", "들개 또 나타났네 애들 무서워함"),
    ("road", "damn pothole on the main road again, nearly wrecked my bike"),
    ("streetlight", "the stupid streetlight by the bus stop is out again"),
    ("water_sewer", "the drain is blocked again and the whole alley stinks, fix it"),
    ("waste", "someone dumped their crap by the recycling bins again"),
    ("traffic", "the damn crossing signal is broken, cars just fly through"),
    # English
    ("streetlight", "The streetlight outside my building has been out for a week"),
    ("road", "There is a huge pothole on the main road near the station, please fix it"),
    ("road", "Broken sidewalk tiles in front of the school, someone will trip"),
    ("water_sewer", "The drain on our street is blocked and the road floods every time it rains"),
    ("traffic", "The pedestrian signal at the crossing is broken"),
    ("traffic", "Bus 7 skipped our stop again this morning"),
    ("parking", "Cars are illegally parked on the sidewalk every night"),
    ("waste", "Trash has not been collected for two weeks and it smells"),
    ("waste", "Someone dumped an old sofa in the alley"),
    ("environment", "Construction noise starts at 6am every day, it is unbearable"),
    ("parks", "The swing in the playground is broken"),
    ("safety", "The hill road was not cleared of snow and cars are sliding"),
    ("safety", "No CCTV in the underpass and it feels unsafe at night"),
    ("animals", "A stray dog has been wandering around the apartment complex"),
    ("health", "Please spray for mosquitoes in the park, there are so many"),
]

# 나요 ends questions ("몇 시까지 하나요?") but also says that something comes out or
# happens (나다): a smell, a noise, rust, smoke. Statements, not questions.
COMPLAINTS += [
    ("environment", "음식물 쓰레기통 근처에서 썩은 냄새가 계속 나요"),
    ("environment", "밤마다 공사장 쪽에서 쿵쿵 소리가 나요 잠을 못자요"),
    ("environment", "아랫집 담배 연기 때문에 화장실에서 담배냄새 나요"),
    ("environment", "공장 굴뚝에서 매캐한 냄새가 나요 창문을 못 열어요"),
    ("environment", "새벽마다 오토바이 배기음 소리 엄청 크게 나요"),
    ("environment", "개천 옆 산책로에서 비린내가 심하게 나네요"),
    ("water_sewer", "수도꼭지 틀면 흙탕물이 나와요 벌써 이틀째"),
    ("water_sewer", "화장실 배수구에서 하수 냄새가 올라와요 윗집도 그렇대요"),
    ("water_sewer", "정수기 필터 갈았는데도 물에서 쇠 냄새 나요"),
    ("water_sewer", "길가 맨홀에서 김이 모락모락 나고 냄새도 나요"),
    ("water_sewer", "하수관 역류하는지 지하 주차장에 물 차오르고 악취 나요"),
    ("road", "도로 파인 데 지나갈 때마다 차에서 덜컹 소리 나요"),
    ("road", "보도블럭 밟을 때마다 흔들리고 물이 튀어나와요"),
    ("streetlight", "가로등에서 지지직 소리 나고 불빛이 깜빡거려요"),
    ("traffic", "신호등 음향신호기에서 소리가 안 나요 시각장애인분들 어떡해요"),
    ("housing", "옆 건물 철거하면서 먼지가 엄청 나요 빨래를 못 널어요"),
    ("housing", "재건축 현장 크레인 소리가 아침 여섯시부터 나요"),
    ("parks", "놀이터 그네 체인이 삐걱삐걱 소리 나고 녹이 슬었어요"),
    ("parks", "공원 화장실에서 지독한 냄새가 나요 청소를 안하나봐요"),
    ("waste", "분리수거장 쓰레기 쌓여서 여름이라 냄새 장난 아니게 나요"),
    ("waste", "음식물 수거함 뚜껑이 깨져서 날파리 꼬이고 냄새 나요"),
    ("safety", "상가 건물 뒤편에서 타는 냄새가 나요 불 난거 아닌가 싶어요"),
    ("safety", "지하보도 천장에서 물이 새고 쩍쩍 갈라지는 소리가 나요"),
    ("animals", "빈집에서 개 짖는 소리가 며칠째 나요 주인이 없는것 같아요"),
]

PROPOSALS: list[tuple[str, str]] = [
    ("welfare", "산후조리비 지원을 첫째부터 해주면 좋겠어요"),
    ("welfare", "다둥이 카드 혜택을 두 자녀 가정까지 넓혀 주세요"),
    ("welfare", "맞벌이 가정 초등 돌봄교실을 저녁 8시까지 늘려 주세요"),
    ("welfare", "난임 시술비 지원 소득 기준을 없애 주세요"),
    ("welfare", "어르신 무료 급식소를 주말에도 운영하면 좋겠습니다"),
    ("traffic", "마을버스 노선을 새로 생긴 아파트 단지까지 연장해 주세요"),
    ("traffic", "학교 앞 횡단보도에 노란 신호등을 설치하면 어떨까요"),
    ("traffic", "심야버스를 우리 동네까지 운행해 주세요"),
    ("parking", "주말에는 관공서 주차장을 주민에게 개방해 주세요"),
    ("parking", "거주자 우선주차 구역을 더 늘려 주세요"),
    ("parks", "공원에 반려견 놀이터를 만들어 주세요"),
    ("parks", "놀이터에 그늘막 설치해 주시면 좋겠어요"),
    ("parks", "하천변에 산책로랑 벤치를 더 만들어주세요"),
    ("culture", "도서관 운영시간을 밤 10시까지 연장해 주세요"),
    ("culture", "청소년 문화센터를 새로 지어 주세요"),
    ("culture", "구민 체육센터에 배드민턴장을 늘려주세요"),
    ("economy", "전통시장 상품권 할인율을 올려 주세요"),
    ("economy", "청년 창업 공간을 역 근처에 만들어주면 좋겠어요"),
    ("waste", "분리수거 요일을 주 3회로 늘려 주세요"),
    ("waste", "아파트 단지마다 투명 페트병 수거함을 설치해 주세요"),
    ("environment", "버스 정류장을 전부 금연구역으로 지정해 주세요"),
    ("safety", "어두운 골목마다 안심 귀갓길 CCTV를 설치해 주세요"),
    ("safety", "겨울 전에 언덕길에 열선을 깔아 주시면 좋겠어요"),
    ("health", "공공 심야 약국을 동네마다 하나씩 지정해 주세요"),
    ("streetlight", "공원 산책로에 가로등을 더 설치해 주세요"),
    ("road", "통학로 인도를 넓혀 주시면 좋겠습니다"),
    ("animals", "길고양이 중성화 사업 예산을 늘려 주세요"),
    ("housing", "노후 빌라 주차장 설치 지원을 해주면 좋겠어요"),
    ("other", "시청 민원 답변 기한을 일주일로 줄여 주세요"),
    ("welfare", "Please extend the after-school childcare hours until 8pm"),
    ("parks", "I suggest adding a dog park in the riverside park"),
    ("traffic", "Could the city add a night bus route to our neighbourhood"),
    ("culture", "Please keep the library open until 10pm on weekdays"),
    ("traffic", "It would be great to have more bike lanes downtown"),
    ("traffic", "Please install a bench and a shelter at the bus stop"),
    ("economy", "We should have a farmers market in the square on weekends"),
    ("waste", "Suggestion: put more recycling bins along the river path"),
]

# --- hard negatives ----------------------------------------------------------------
THANKS = [
    "가로등 바로 고쳐주셔서 정말 감사합니다",
    "어제 말씀드린 포트홀 벌써 메워졌네요 감사해요",
    "제설작업 해주셔서 출근길 편했어요 고맙습니다",
    "빠른 답변 감사드립니다",
    "담당자님 친절하게 설명해주셔서 감사해요",
    "쓰레기 치워주셔서 동네가 깨끗해졌어요 감사합니다!",
    "놀이터 새로 단장한거 애들이 너무 좋아해요ㅎㅎ",
    "확인해주셔서 감사합니다 좋은 하루 되세요",
    "신호등 고쳐진거 봤어요 수고하셨습니다",
    "민원 처리 빨리 해주셔서 놀랐어요 감사합니다",
    "공원 정비 잘 해주셨네요 산책할 맛 나요",
    "Thanks for fixing the streetlight so quickly",
    "Thank you for the quick reply",
]
QUESTIONS = [
    "음식물 쓰레기 봉투는 어디서 사나요?",
    "이번주 재활용 수거 무슨 요일이에요?",
    "주민센터 몇시까지 해요?",
    "대형폐기물 스티커는 얼마인가요?",
    "여기 방 처음 들어왔는데 어떻게 쓰는거예요?",
    "혹시 내일 도서관 휴관인가요?",
    "체육센터 수영 강습 신청 언제부터 받나요?",
    "아동수당은 몇살까지 나오나요?",
    "시청 주차장 주말에 무료인가요?",
    "민원은 여기다 쓰면 되나요?",
    "지난번에 말한 버스 노선 변경 확정된 건가요?",
    "공원 축제 이번 토요일 맞나요?",
    "이 방 공지는 어디서 봐요?",
    "혹시 오늘 단수인가요?",
    "재난지원금 신청은 어디서 해요?",
    "스티로폼은 어떻게 버려야 하나요?",
    "어제 말한 공청회 몇시에 해요?",
    "When is the recycling collection day?",
    "Is the library open on Sunday?",
    "What time does the community center open?",
    "Where do I buy the official garbage bags?",
    "Does anyone know when the festival starts?",
    "How do I apply for the parking permit?",
]
OPINIONS = [
    "저는 그 정책 찬성이에요 다들 너무 반대만 하시네",
    "솔직히 다자녀 기준 낮추는게 맞는지 모르겠어요",
    "그건 예산 낭비라고 생각합니다",
    "윗분 말씀에 동의합니다",
    "그렇게 따지면 다른 동네도 다 해줘야죠",
    "버스 노선 바꾸는건 찬반이 갈릴 것 같네요",
    "그 얘기는 지난번에도 나왔었죠",
    "저는 생각이 좀 다른데요 주차장보다 공원이 낫다고 봐요",
    "다들 흥분하지 마시고 차분하게 얘기해요",
    "시에서도 나름 노력하고 있다고 봐요",
    "그건 국가 사무라서 시가 할 수 있는게 없을걸요",
    "그 예산이면 차라리 다른 데 쓰는게 낫지 않나요",
    "저는 솔직히 반대예요 세금이 아까워요",
    "그건 좀 아닌 것 같아요",
    "찬성하시는 분들 이유가 궁금하네요",
    "다른 도시는 이미 하고 있던데 우리도 하겠죠 뭐",
    "주차장 늘려봤자 차만 더 늘어나요",
    "그거 지난 선거 때 공약 아니었나요",
    "말씀하신 부분 일리가 있네요",
    "그렇게 하면 오히려 역효과 날걸요",
    "결국 다 우리 세금이죠",
    "저는 노선 개편 괜찮다고 봐요",
    "그 얘기 뉴스에서 봤어요",
    "무상급식 확대는 포퓰리즘이라고 생각해요",
    "다자녀 혜택은 지금도 충분하다고 봅니다",
    # added after a test opinion ("...반대입니다") was filed: stances in a room discussion
    "저는 트램 도입 반대입니다",
    "개인적으로 청사 이전은 찬성입니다",
    "저는 주차요금 인상에 반대하는 입장이에요",
    "전 그 조례 개정 찬성이요",
    "노선 폐지는 반대지만 배차 조정은 괜찮다고 봐요",
    "저도 재개발 반대예요 동네가 너무 바뀔 것 같아서",
    "I think that policy is a waste of money",
    "I agree with the person above",
    "Honestly the new bus route seems fine to me",
    "That would just make traffic worse in my opinion",
]
CHATTER = [
    "안녕하세요 새로 들어왔어요",
    "다들 좋은 아침이에요",
    "오늘 날씨 진짜 좋네요ㅎㅎ",
    "ㅋㅋㅋㅋ 맞아요",
    "점심 뭐 드셨어요?",
    "주말 잘 보내세요~",
    "헐 대박",
    "넵 알겠습니다",
    "저도요ㅠㅠ",
    "오늘 퇴근하고 한강 갈 사람",
    "아 배고프다",
    "좋은 정보 공유 감사해요",
    "음 그렇네요",
    "아하 그렇구나",
    "네네 맞아요",
    "오 좋네요",
    "그러게요 저도 궁금했어요",
    "대박이네요",
    "ㅇㅇ 저도 봤어요",
    "넵 감사",
    "혹시 오늘 비 오나요",
    "이거 누가 아시는 분 계세요",
    "주민센터 토요일에도 여나요",
    "분리수거 오늘 하는 날인가",
    "다음 모임 언제예요",
    "Hello everyone, I just joined",
    "lol same",
    "good morning",
]
# room talk that is not addressed to the city: remarks, acknowledgements, etiquette,
# weather, talk *about* a place, greetings for holidays
ROOM = [
    "공지 잘 봤습니다",
    "확인했어요 감사합니다",
    "방장님 수고 많으세요",
    "서로 말 예쁘게 해요 우리",
    "욕은 하지 맙시다",
    "내일 아침에 눈 온대요 다들 조심하세요",
    "미세먼지 심하니까 마스크 쓰세요",
    "요즘 우리 동네 분위기 좋네요",
    "그 골목 원래 좁아서 차 다니기 힘들어요",
    "거기 빵집 맛있어요 ㅎㅎ",
    "이사온지 얼마 안됐는데 동네 조용하고 좋네요",
    "시장 구경 갔다왔는데 사람 많더라구요",
    "저번 주에 공원 갔었는데 단풍 예쁘더라고요",
    "답변 기다려볼게요",
    "담당 부서 답변 오면 공유해주세요",
    "그 건은 이미 다른 분이 올리셨어요",
    "올려주신 글 잘 읽었어요",
    "추석 잘 보내세요",
    "메리 크리스마스 🎄",
    "투표 다들 하셨나요",
    "어제 회의 내용 정리해 주실 분 있나요",
    "좋은 의견이네요 👍",
    "저도 같은 생각이에요",
    "아 그런 사정이 있었군요",
    "그럼 기다려 보죠 뭐",
    "오늘 출근길 버스 사람 엄청 많았어요 ㅋㅋ",
    "Good to know, thanks",
    "See you at the meeting tomorrow",
    "Happy new year everyone",
    "Please be respectful to each other in this chat",
]

# about the room's own complaints, not new ones: follow-ups, how the process works,
# support for a filed complaint, introductions, invitations, permission questions
FOLLOWUPS = [
    "어제 올린 신호등 민원 접수된 건가요?",
    "제 민원 번호가 몇 번이었죠?",
    "그저께 말한 보도블럭 건 진행상황 궁금해요",
    "민원 답변은 보통 얼마나 걸리나요?",
    "접수되면 알림이 따로 오나요?",
    "처리 완료되면 여기 방에 올라오는 거죠?",
    "위에 올라온 하수구 민원 저도 공감이요",
    "그 민원 저도 공감 버튼 눌렀어요",
    "아까 누가 올린 불법주차 건 해결됐나요?",
    "민원 취소는 어떻게 해요?",
    "제안은 어떤 형식으로 쓰면 돼요?",
    "이 방에 민원 올리면 시청에서 보는 거 맞죠?",
    "담당자분 답변 언제쯤 올까요?",
    "지난번 공원 벤치 건 아직 그대로인가요?",
    "인정합니다 ㅋㅋ",
    "ㅇㅇ 동의",
    "ㄹㅇ 공감해요",
    "안녕하세요 원문동 주민이에요 반갑습니다",
    "부림동 살아요 잘 부탁드립니다",
    "중앙동에서 이사왔어요 인사드려요",
    "토요일에 주민센터에서 바자회 한대요 오세요",
    "이번주 금요일 공원에서 작은 음악회 있어요",
    "다음주에 도서관 북토크 한다던데 같이 가요",
    "거기 자전거 세워도 되나요?",
    "공원에 반려견 데려가도 되나요?",
    "체육관 주말에 개인이 빌릴 수 있나요?",
    # pointing others to information: a notice, a page, an article (links are dropped by the features)
    "구청 공지사항에 일정 다 나와 있어요",
    "그거 시 홈페이지 게시판에 올라와 있던데요",
    "관련 공지 링크 https://www.example.go.kr/notice 입니다 참고하세요",
    "어제 뉴스에 나왔던데 기사 찾아보세요",
    "안내문 사진 올려드려요 확인해 보세요",
    "주민센터 게시판에 붙어 있더라고요",
    "시 블로그에 신청 방법 정리돼 있어요",
    "공고문 보니까 다음달부터래요",
    "Did my report about the streetlight get filed?",
    "How long does it usually take to get an answer?",
    "Hi, I live in Byeolyang-dong, nice to meet you all",
    "There is a flea market at the community center this Saturday",
]

STAFF = [
    "도로관리팀입니다 오늘 오후 파손 구간 보수 마쳤습니다",
    "청소행정과입니다 말씀하신 곳 오전에 수거 완료했어요",
    "교통과입니다 해당 신호기는 업체에서 점검 후 정상화되었습니다",
    "불편을 끼쳐 드려 죄송합니다 신속히 처리하겠습니다",
    "해당 도로는 국토관리청 관할이라 이관했습니다",
    "제보 감사합니다 담당자가 현장 나가 있습니다",
    "공원녹지과에서 내일 가지치기 작업 예정입니다",
    "안녕하세요 도로과입니다 말씀하신 보도블럭은 내일 오전 중 정비하겠습니다",
    "해당 가로등은 현장 확인 후 교체 완료하였습니다",
    "문의하신 내용은 담당부서로 전달하였으며 처리 결과를 안내해 드리겠습니다",
    "불법주차 차량은 단속반이 출동하여 계도 조치하였음을 알려드립니다",
    "귀하께서 제기하신 민원에 대하여 다음과 같이 답변드립니다",
    "현장 확인 결과 하수관 준설을 완료하였습니다 이용에 참고하시기 바랍니다",
    "소중한 의견 감사드리며 향후 정책 수립 시 적극 검토하겠습니다",
    "요청하신 제설 작업은 오늘 중으로 실시할 예정입니다",
    "청소과에서 무단투기 쓰레기를 수거하였으니 양해 부탁드립니다",
    "기타 궁금하신 사항은 교통과로 연락 주시면 친절히 안내해 드리겠습니다",
    "The broken streetlight has been replaced, thank you for reporting it",
]

# --- templates for short chat-style reports (hand-written parts) ----------------------
PLACES = [
    "중앙동 주민센터 앞", "과천역 4번 출구", "별양동 사거리", "OO초등학교 앞", "래미안 아파트 정문",
    "시청 앞 삼거리", "중앙공원 입구", "버스터미널 옆", "새말로 23 앞", "우리 동네", "집 앞",
    "정부청사역 근처", "부림동 12단지", "문원로 골목", "시장 입구", "OO중학교 후문",
]
OBJECTS: list[tuple[str, list[str]]] = [
    ("streetlight", ["가로등이 나갔어요", "가로등 불이 안 켜져요", "보안등이 고장났어요"]),
    ("road", ["보도블럭이 깨졌어요", "도로에 구멍이 났어요", "인도가 꺼졌어요"]),
    ("water_sewer", ["하수구가 막혔어요", "맨홀 뚜껑이 깨졌어요", "수도관이 터졌어요"]),
    ("traffic", ["신호등이 안 바뀌어요", "횡단보도 신호등이 꺼졌어요", "버스가 안 와요"]),
    ("parking", ["불법주차 차 때문에 못 지나가요", "주차된 차가 소화전 앞을 막았어요"]),
    ("waste", ["쓰레기가 산더미에요", "누가 쓰레기를 잔뜩 버리고 갔어요", "재활용 수거가 안 됐어요"]),
    ("environment", ["소음이 너무 심해요", "악취가 너무 나요", "먼지가 너무 날려요"]),
    ("parks", ["나무가 쓰러졌어요", "놀이터 그네가 망가졌어요"]),
    ("safety", ["눈이 안 치워져서 미끄러워요", "물이 넘쳐서 잠겼어요", "CCTV가 고장났어요"]),
    ("animals", ["들개가 돌아다녀요", "고양이가 다쳐서 누워있어요"]),
]
TAILS = ["", "ㅠㅠ", " 빨리 좀 고쳐주세요", " 확인 부탁드려요", "!!", " 위험해요", " 너무 불편해요ㅜ", "..."]
NEG_TEMPLATES = [
    "{place} {thing} 고쳐주셔서 감사합니다",
    "{place} {thing} 처리 완료하였습니다",
    "{place} {thing} 관련 민원은 담당부서에 전달하였습니다",
    "{place} {thing} 다 해결됐네요 감사해요",
]
NEG_THINGS = ["가로등", "보도블럭", "하수구", "신호등", "불법주차", "쓰레기", "소음", "놀이터", "제설"]


def rows(seed: int = 13) -> list[dict]:
    """All hand-written augmentation rows, in a deterministic order."""
    rng = random.Random(seed)
    out: list[dict] = []

    def add(text: str, label: str, category: str | None, origin: str = "augment") -> None:
        out.append({"text": text, "label": label, "category": category, "source": "handwritten", "origin": origin})

    for cat, text in COMPLAINTS:
        add(text, "complaint", cat)
    for cat, text in PROPOSALS:
        add(text, "proposal", cat)
    for group in (THANKS, QUESTIONS, OPINIONS, CHATTER, ROOM, FOLLOWUPS, STAFF):
        for text in group:
            add(text, "none", None)
    # templated short reports: each (object, phrase) once with a random place and tail
    for cat, phrases in OBJECTS:
        for phrase in phrases:
            for _ in range(3):
                place = rng.choice(PLACES)
                tail = rng.choice(TAILS)
                sep = "" if rng.random() < 0.3 else " "
                add(f"{place}{sep}{phrase}{tail}", "complaint", cat)
    for tmpl in NEG_TEMPLATES:
        for _ in range(6):
            add(tmpl.format(place=rng.choice(PLACES), thing=rng.choice(NEG_THINGS)), "none", None)
    with ROOM_MESSAGES.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                add(row["text"], row["label"], row["category"], "room_messages")
    for row in room_pattern_rows("train"):
        add(row["text"], row["label"], row["category"], "room_patterns")
        out[-1]["place"] = row.get("place")
        if "reply_detail" in row.get("tags", ()):
            # a reply that only adds where or what to someone else's report belongs to that report:
            # not trained as a non-report (it made short place-naming reports look like chatter),
            # only in the small head that tells such a reply from a report of its own
            out[-1]["detail_only"] = True
    swaps = place_swaps(out, rng)
    # The detection rounds and their place-swapped copies come after, each round with a generator of its own, so
    # adding a round leaves every earlier row's swapped copy as it was (the category head does not see them).
    detection: list[dict] = []
    for n, (path, origin) in enumerate(((ROOM_DETECTION, "room_detection"), (ROOM_DETECTION2, "room_detection2"),
                                        (ROOM_DETECTION3, "room_detection3"),
                                        (ROOM_DETECTION4, "room_detection4"),
                                        (ROOM_DETECTION5, "room_detection5"),
                                        (ROOM_DETECTION6, "room_detection6")), start=1):
        round_rows = _detection_rows(path, origin)
        detection += round_rows + place_swaps(round_rows, random.Random(seed + n))
    for path in outside_set_paths():
        detection += _detection_rows(path, "room_outside", weights=OUTSIDE_DETECTION_WEIGHTS)
    # The room-category rows last (no place swaps: they train only the room category head and the style head)
    room_categories = []
    for path, origin in ((ROOM_CATEGORIES, "room_categories"), (ROOM_CATEGORIES2, "room_categories2"),
                         (ROOM_CATEGORIES3, "room_categories3"), (ROOM_CATEGORIES4, "room_categories4")):
        with path.open(encoding="utf-8") as fh:
            room_categories += [{"text": row["text"], "label": row["label"], "category": row["category"],
                                 "source": "handwritten", "origin": origin}
                                for row in (json.loads(line) for line in fh if line.strip())]
    for path in outside_set_paths() + category_only_set_paths():
        with path.open(encoding="utf-8") as fh:
            room_categories += [{"text": row["text"], "label": row["label"], "category": row["category"],
                                 "source": "handwritten", "origin": "room_outside_categories",
                                 "weight": OUTSIDE_CATEGORY_WEIGHT}
                                for row in (json.loads(line) for line in fh if line.strip())
                                if row["label"] in ("complaint", "proposal") and row.get("category")]
    return out + swaps + detection + room_categories


def _blind_set_paths(cities: tuple[str, ...]) -> list[Path]:
    return [Path(__file__).with_name(f"room_blind_{city}.jsonl") for city in cities]


def outside_set_paths() -> list[Path]:
    """The outside room sets trained on: only those listed in OUTSIDE_SETS, never a blind set written later."""
    return _blind_set_paths(OUTSIDE_SETS)


def category_only_set_paths() -> list[Path]:
    """The outside room sets trained on for the room category head only (CATEGORY_ONLY_SETS)."""
    return _blind_set_paths(CATEGORY_ONLY_SETS)


def _detection_rows(path: Path, origin: str, weights: tuple[float, float] | None = None) -> list[dict]:
    """One detection round's rows; a reply that only adds detail trains only the detail head (as above).

    Outside writers mark such a reply by the reply structure (`reply_to_report`, label none), not by a tag.
    `weights` (reports, the rest) are the rows' own weights against the team's rows."""
    found: list[dict] = []
    with path.open(encoding="utf-8") as fh:
        for row in (json.loads(line) for line in fh if line.strip()):
            found.append({"text": row["text"], "label": row["label"], "category": row["category"],
                          "source": "handwritten", "origin": origin, "place": row.get("place")})
            if weights is not None:
                found[-1]["weight"] = weights[0] if row["label"] in ("complaint", "proposal") else weights[1]
            if "reply_detail" in row.get("tags", ()) or (row.get("reply_to_report") and row["label"] == "none"):
                found[-1]["detail_only"] = True
    return found


def digest() -> str:
    """SHA-256 of the hand-written rows exactly as the trainer reads them (the packaged model records it)."""
    import hashlib

    blob = json.dumps(rows(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


# The places the finder gave, when they were frozen, for the rows that carry no place label (text -> place or
# null). place_swaps reads them instead of running the finder, so that a change of the finder
# (moderation/intake/places.py) changes neither these rows nor the model; `--freeze-places` writes the file.
FROZEN_PLACES = Path(__file__).with_name("place_swaps_frozen.json")


def _frozen_places() -> dict[str, str | None]:
    return json.loads(FROZEN_PLACES.read_text(encoding="utf-8")) if FROZEN_PLACES.exists() else {}


def place_swaps(rows: list[dict], rng: random.Random) -> list[dict]:
    """For each row naming a place, a copy naming another place of these rows.

    A place says where, not whether: without this, a name that happens to come up
    more often in chatter than in reports (중앙공원: 1 report, 8 chatter lines)
    becomes evidence against filing a report there. A row without a place label
    takes the place frozen for it (FROZEN_PLACES), or the finder's for a row newer
    than the file.
    """
    from moderation.intake.places import find_place

    frozen = _frozen_places()
    found = [
        (row, row["place"] if "place" in row else frozen[row["text"]] if row["text"] in frozen else find_place(row["text"]))
        for row in rows
    ]
    pool = sorted({place for _, place in found if place})
    swapped = []
    for row, place in found:
        if place:
            other = rng.choice([p for p in pool if p != place])
            copy = {**row, "text": row["text"].replace(place, other, 1), "swap_of": row["text"]}
            if "place" in row:
                copy["place"] = other
            swapped.append(copy)
    return swapped


def freeze_places(everything: bool = False) -> int:
    """Write FROZEN_PLACES: the finder's place for every row without a place label (swapped copies aside).

    Rows already frozen keep their place unless `everything` (a deliberate refreeze, which moves the model): new
    rows get the finder's place of today, which is what the model was built with until then, so it does not move."""
    from moderation.intake.places import find_place

    texts = sorted({row["text"] for row in rows() if "place" not in row and "swap_of" not in row})
    before = {} if everything or not FROZEN_PLACES.exists() else json.loads(FROZEN_PLACES.read_text(encoding="utf-8"))
    frozen = {text: before[text] if text in before else find_place(text) for text in texts}
    FROZEN_PLACES.write_text(json.dumps(frozen, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return len(frozen)


if __name__ == "__main__":
    import sys

    if sys.argv[1:] in (["--freeze-places"], ["--freeze-places", "--all"]):
        print(f"froze the places of {freeze_places(everything='--all' in sys.argv)} rows in {FROZEN_PLACES.name}")
    else:
        raise SystemExit("usage: python training/augment_handwritten.py --freeze-places [--all]")
