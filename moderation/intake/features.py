"""Feature extraction for the intake model: one function, shared by training and inference.

Features are chosen to survive how residents actually type:

- NFKC, invisible characters removed, lower case, emoji dropped;
- laughter/crying jamo runs (ㅋㅋㅋ, ㅎㅎ, ㅠㅠ, ㅜㅜ) become one flag each and are
  removed from the text stream, so "나갔어요ㅠㅠㅠ" ends like "나갔어요";
- repeated characters squashed ("!!!!!" -> "!!", "요오오오" -> "요오");
- digits collapsed to 0, so "3번출구" and "5번출구" share features;
- character 1-4 grams over the text with all spaces removed, with start and
  end markers: spacing errors ("보도블럭이깨졌어요" vs "보도 블럭이 깨졌어요")
  give the same n-grams, and the end marker captures the speech act
  ("주세요$", "감사해요$", "인가요$", "드립니다$");
- the last 1-3 syllables as explicit ending features, and a flag for an
  interrogative ending (a question without "?" still reads as a question);
- Latin word tokens (English support) and a few shape flags (question mark,
  length bucket, has a number);
- topic-word flags ("K:parking") from the hand-written LEXICON in taxonomy.py;
- swearing ("ㅅㅂ", "존나", "진짜 욕나온다", "damn") is cut from the text and becomes one flag:
  swearing says how a resident feels, not whether there is something to report, and
  without the cut the many insulting comments among the non-report rows made an angry
  report read as chatter;
- a flag for a message that opens with a city department ("[도로과] ...", "안녕하세요
  교통과입니다", "청소행정과에서 알려드립니다"): the department's name varies, the opening does not;
- a flag each for a press release or news headline (`F:press`), a request for a
  recommendation (`F:recommend`) and a stated opinion for or against a policy (`F:opinion`):
  they speak of civic things without reporting one;
- speech-act cues (`CUES`: a civic topic word, a problem, a request, thanks, a repair already
  done, a question, an official's formal wording), each a flag, and their combination as one
  more feature ("S:problem+question+topic"): a linear model cannot see on its own that a
  question about a broken thing is a report while a question about opening hours is not,
  or that thanks for a repair ("고쳐주셔서 감사합니다") is not a report while thanks with a
  problem that is still there ("포트홀 덕분에 매일 놀이기구 타요 감사합니다^^") is.

Pure: no I/O. `FEATURE_VERSION` names the extractor; the packaged model records the
`fingerprint()` it was trained with, and refuses to load under another one.
"""

from __future__ import annotations

import re
import unicodedata

from moderation.normalize import squash_repeats, strip_invisible

from .taxonomy import LEXICON

__all__ = ["clean", "extract", "FEATURE_VERSION", "fingerprint"]

# Bump on any change to what extract() returns that fingerprint() cannot see (e.g. in moderation.normalize).
FEATURE_VERSION = "11"

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# NFKC turns compatibility jamo (ㅋ U+314B) into conjoining jamo (ᄏ U+110F): match both forms
_LAUGH = re.compile(r"[ㅋㅎ\u110f\u1112]+")
_CRY = re.compile(r"[ㅠㅜ\u1172\u116e]+")
_JAMO = re.compile(r"[\u3131-\u318e\u1100-\u11ff]+")
# swearing typed as initial consonants ("ㅅㅂ", "ㅆㅂ", "ㅈㄴ", "ㅈ같네")
_SWEAR_JAMO = re.compile(r"[ㅅ\u1109][ㅂ\u1107]|[ㅆ\u110a][ㅂ\u1107]|[ㅈ\u110c][ㄴ\u1102]|[ㅈ\u110c]같")
_PLACEHOLDER = re.compile(r"\[(주민번호|전화번호|이메일|카드번호|계좌번호)\]")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# keep Hangul syllables, Latin letters, digits, '?' and '!' ; everything else is a separator
_DROP = re.compile(r"[^0-9a-z\uac00-\ud7a3?! ]+")
_SPACES = re.compile(r"\s+")
_LATIN_WORD = re.compile(r"[a-z]{2,}")
_TRAIL = re.compile(r"[?! ]+$")
# interrogative endings, so a question reads as one even without "?"
_QUESTION_END = re.compile(r"(?:나요|까요|가요|니까|는지요|은지요|을까|ㄹ까|냐|니|나|래요|던가요|인지)$")


# Swearing at a situation, in the forms residents type it (after NFKC and lower case; the
# initial-consonant forms such as "ㅅㅂ" are _SWEAR_JAMO). Not insults aimed at a person ("새끼"
# stays in the text): those are the house rules' business, and here they say "not a report".
_SWEAR = re.compile(
    r"씨+[발빨바팔]|시+[발빨팔](?![표점])|쉬+[발벌]|[xX×]+\s?[발같]|존+[나니나]|졸라|좆|염병|지랄|젠장|빡[치쳐침]|"
    r"개+빡[치쳐침]?|욕\s?(?:이|밖에\s?안|)\s?나[와오온옴]|미친(?=\s|$|[!.~]|놈|거|듯)|미치겠|돌겠|"
    r"\b(?:f+u+c+k+\w*|f\*+\w*|shit+y?|damn(?:ed)?|wtf|crap)\b|"
    # romanised, also spaced or with digits: "sibal", "s1bal", "s i b a l", "ssibal", "shibal", "tlqkf" (시발 on a QWERTY keyboard)
    r"(?<![a-z])s{1,2}\W?h?\W?[i1!]\W?[b8]\W?[a4@]\W?[l1](?![a-z])|(?<![a-z])tlqkf(?![a-z])",
    re.I,
)
# A city department opening a message: "[도로과] ...", "[별양동 행정복지센터] ...",
# "안녕하세요 교통과입니다", "과천시 도로과입니다.", "환경위생과에서 말씀드립니다"
_DEPT_WORD = r"[가-힣A-Za-z0-9]{0,12}(?<!결|효|성|사)(?:과|팀|센터|사업소|담당관|공단|보건소|보건지소|구청|시청|민원실|관리사무소|본부)"
# Also the one who answers for it: "건설과 담당자입니다", "교통과 주무관입니다", "허가민원과 김OO 주무관입니다"
# (a name or "담당" between), and in English "This is the county tourism office", "Transport team here".
_DEPT_STAFF = r"(?:\s?(?:[가-힣A-Za-z]{1,4}\s)?(?:담당자|담당|주무관|팀장|과장|계장|직원))?"
_DEPT_OPENER = re.compile(
    rf"^\s*(?:[\[【(<]\s*[^\]】)>]{{0,20}}(?:과|팀|센터|사업소|담당관|공단|보건소|구청|시청|군청|민원실|본부)\s*[\]】)>]"
    rf"|(?:안녕하(?:세요|십니까)[\s.,!~]*)?(?:[가-힣A-Za-z0-9]+\s){{0,2}}{_DEPT_WORD}{_DEPT_STAFF}\s?(?:입니다|에서\s?(?:알려|안내|말씀)\s?드)"
    r"|(?i:(?:hi|hello|good\s(?:morning|afternoon))?[\s,.!]*(?:this\sis|we\sare)\s(?:the\s)?(?:[a-z]+\s){0,3}"
    r"(?:office|department|dept|team|centre|center)\b"
    r"(?!\s(?:store|building|parking|lot|is|was|has|never|again|that|which|who|where|in|near|by|on))"
    r"|(?:[a-z]+\s){1,4}(?:office|department|team|desk|support|services?|centre|center|unit)\shere\s*(?:[.,!:\-–—]|$)))"
)


# What kind of message it is, beyond the speech act (each one flag, matched on the NFKC text): a city's
# press release or a news headline ("[OO시 보도자료] …", "OO시, … 발간", "… 착공… 완공 목표"), a request
# for a recommendation ("… 맛있는 집 추천해주세요"), a stated opinion for or against a policy ("… 찬성이에요",
# "… 반대예요", "… 라고 봐요"). Their words are a civic topic's, so without the flag a headline about a
# sewer renewal read as a report about a sewer; a request that also asks the city to act keeps its other cues.
_PRESS = re.compile(
    r"^\s*[\[【(<]\s*[^\]】)>]{0,12}(?:보도자료|보도|알림|속보|소식)\s*[\]】)>]|^\s*[가-힣]{1,5}(?:시|군|구)(?:청)?\s*[,，]|"
    # a headline passed on with its paper or broadcaster: "OO일보 기사: …", "[연합뉴스] …", "KBS 뉴스: …", "Local news: …"
    r"^\s*[\[【(]?\s*(?:[가-힣A-Za-z]{0,8}(?:일보|신문|뉴스|방송|매일|투데이|타임즈)|(?:KBS|MBC|SBS|YTN|JTBC)(?:\s?뉴스)?|뉴시스|뉴스1|헤드라인)"
    r"\s*(?:기사|단독|속보)?\s*(?:공유(?:합니다)?)?\s*[\]】):\-–—]|^\s*(?:local\s|breaking\s)?news\s*:|"
    r"보도\s?자료|(?:착공|준공|완공|개최|발간|배부|선정|확보|추진|돌입|착수|개소|개관|성료|발표|발주|증설|배포)"
    r"(?:\s*(?:목표|계획|예정|했다고\s?밝혀))?\s*[.…]*\s*$|press release|announced",
    re.I,
)
_RECOMMEND = re.compile(r"추천|맛집|잘하는\s?(?:집|곳|데)|(?:갈|가볼|먹을)\s?만한|recommend", re.I)
_OPINION = re.compile(
    r"찬성|반대(?!편|방향|쪽|로|차선|차로)|(?:라고|다고)\s?(?:봐요|봅니다|생각)|개인적으로|개인\s?(?:적인\s?)?의견|[제내]\s?생각(?:엔|에는)|"
    r"\bpersonally\b|\bi'?m (?:for|against)\b|\bin favou?r of\b",
    re.I,
)

# Speech-act cues, matched on the cleaned text with spaces removed (hand-written stems).
CUES: dict[str, tuple[str, ...]] = {
    "problem": (
        "고장", "깨져", "깨졌", "깨짐", "깨진", "부서", "망가", "파손", "막혀", "막혔", "막힘", "막힌", "꺼져", "꺼졌", "꺼짐",
        "나갔", "나감", "안켜", "안들어", "안나와", "안나옴", "안나오", "안와", "안옴", "안오", "안가져", "안치워", "안치우",
        "넘쳐", "넘침", "새요", "샌다", "새서", "새는", "누수", "쓰러", "파여", "패여", "파인", "패인", "움푹", "구멍", "위험",
        "무서", "불편", "냄새", "악취", "시끄", "소음", "심해", "심하", "심각", "방치", "그대로", "못자", "못가", "못지나",
        "지저분", "더러", "미끄", "얼어", "빙판", "잠겨", "잠김", "끊어", "끊겼", "흔들", "들떠", "들뜸", "떨어져", "부족",
        "짧아", "짧음", "너무길", "늦어", "안바뀌", "먹통", "오류", "안돼", "안되", "쌓여", "쌓였", "난리", "엉망", "썩",
        "녹물", "역류", "침수", "고여", "넘어질", "넘어졌", "다칠", "다쳤", "사고", "무단", "불법", "짖어", "방해",
        "broken", "out", "not working", "overflow", "dangerous", "blocked", "leak", "noise", "smell", "stuck", "pothole",
        "flood", "ice", "dark", "skipped",
        # English says a problem mostly with a negation or a duration, which the few nouns above miss: without these an
        # English report carries no cue at all and reads like English chat (matched with spaces removed, apostrophes dropped)
        "injured", "hurt", "crack", "unsafe", "slippery", "filthy", "dirty", "stinks", "nobody", "noone", "nowhere",
        "wasnt", "werent", "hasnt", "havent", "didnt", "doesnt", "isnt", "notcollected", "toolong", "toofast", "toomany",
        "forweeks", "fordays", "formonths", "everynight", "everymorning", "everysingle",
        # a state said in a word, the way short complaints end without a request ("쌍봉천 썩은내 남", "택시 승강장 개판",
        # "주차 지옥", "버스 배차 40분 실화?"), and the office itself as the problem ("불친절")
        "썩은내", "개판", "난장판", "진동해", "진동함", "진동하", "굉음", "똥천지", "쓰레기천지", "천지임", "천지네",
        "천지예", "천지에요", "산더미", "장난아님", "장난아니", "답없", "실화", "지옥", "불친절",
        # infestations: a nest of pests is a problem even without a broken thing
        "바글", "득실", "우글", "들끓", "꼬여", "꼬였", "번식", "infest", "swarm", "larvae",
        # a service that is not there or makes people wait ("주말에 문 여는 소아과가 한 곳도 없네요", "갈 데가 없어요",
        # "대기자가 80명", "예약 한달 뒤라네요", "주차장 만차"), and the rhetorical "how are we supposed to" ("애들은 어떡하라고",
        # "어쩌라고", "누가 책임짐"): 290 room reports against 17 other rows
        "하나도없", "한곳도없", "한군데도없", "하나밖에", "한군데밖에", "한곳밖에", "데가없", "곳이없", "대기가", "대기자",
        "한달뒤", "두달뒤", "만차", "어쩌라고", "어떡하라", "어떻게하라", "어떡합니까", "누가책임",
    ),
    "request": (
        "해주세요", "해주십", "주세요", "주십시오", "부탁", "바랍니다", "바래요", "주시면", "줬으면", "했으면", "좋겠",
        "필요합", "필요해", "조치", "단속", "치워", "고쳐", "교체", "수리", "설치", "늘려", "줄여", "개선", "점검", "좀",
        "please", "fix", "could we", "would be great", "need",
        # asking when it gets fixed, whether a fix is planned, why nobody enforces, where to take it ("…배수로 정비 계획
        # 있나요?", "언제 고쳐주나요", "단속 안 하나요?", "어디다 말해야 하나요"): a request said as a question, on 116
        # room reports and 1 other row of the team's and the outside writers' files ("어디로 신고" is left out: lost
        # things and procedures ask it as often)
        "계획있", "계획은있", "계획없", "계획은없", "언제고쳐", "언제해결", "언제치워", "단속안하", "어디다말해", "어디에말해",
        "어디에신고", "whodoicall", "whoshouldicall", "goingtofix",
        # a proposal named as one ("… 사업 제안합니다", "건의드립니다"): 84 room reports and 1 other row
        "제안합", "제안드", "건의합", "건의드", "건의해",
    ),
    # a suggestion asked or said as a hypothetical ("… 하면 어때요?", "… 늘리면 어떨까요", "… 있으면 좋을 텐데",
    # "… 하면 관광객 더 올듯", "What if the city …", "How about …"): 258 room proposals, 8 complaints and 18 other rows in the
    # team's and the outside writers' files; one cue, so the rarer forms share what the common ones show (the combination
    # with a topic word tells "분위기 어때요?" from "… 셔틀 운영하면 어때요?")
    "suggest": ("어때요", "어떨까", "어떠세요", "어떨지", "않을까요", "않을까", "텐데", "좋을것같", "좋을듯", "올듯",
                "whatif", "howabout", "wouldbenice", "maybethecity", "couldthecity"),
    "thanks": ("감사", "고맙", "고마워", "고생하셨", "고생많", "수고하셨", "thank", "appreciate",
               # praise for the one who helped ("칭찬 하나 하고 갑니다", "직원분 너무 친절하셨어요"), "shout out to ..."
               "칭찬", "친절하셔", "친절하셨", "친절하십", "shoutout", "shout out", "kudos"),
    "fixed": (
        "고쳐졌", "고쳐주셔", "고쳐주신", "해결됐", "해결되었", "해결했", "완료", "처리됐", "처리되었", "처리해주셔", "설치됐",
        "설치되었", "설치해주셔", "치워졌", "치워주셔", "치워주신", "메워졌", "메워주", "교체됐", "교체해주셔", "교체해주신",
        "해주셔서", "해주신", "켜졌", "메워진", "고쳐진", "치워진", "해결된", "교체된", "설치된", "바뀐", "바뀌었", "바꿔주셔",
        "fixed", "repaired", "picked up", "cleared",
        # the repair said as news: filled, restored, replaced, unblocked, lit again ("경동로 포트홀 메꿔졌어요",
        # "아침에 벌써 복구됐네", "그네 사슬 갈아주셨더라구요", "단속 나오셨더라고요", "신고한 보람 있네")
        # (past forms only: "채워주세요", "갈아주세요", "새로 깔아주세요" are requests)
        "메꿔졌", "메꿨", "메꿔주셨", "메꿔줬", "메워줬", "복구됐", "복구되었", "복구해주셨", "복구해줬", "고쳐놨", "고쳐놓았",
        "고쳐줬", "갈아주셨", "갈아줬", "새로달렸", "새로달았", "새로깔았", "새로깔렸", "불들어왔", "불이들어왔", "치워줬",
        "뚫어주셨", "뚫어줬", "뚫렸", "채워주셨", "채워줬", "단속나오셨", "단속나왔", "깨끗해졌", "보람있", "보람이있",
        "patched", "repainted", "working again", "back on",
    ),
    # a found thing handed in ("지갑 주웠어요 파출소에 맡겼습니다"): a notice to its owner; English
    # has the word itself as a feature ("W:found"), and "found a" would match inside "foundation" (spaces are removed)
    "found": ("주웠", "주운", "습득", "맡겼", "맡겨놨", "맡겨뒀", "맡겨두", "주인찾", "잃어버리신분", "두고가신", "lost and found"),
    # delight at the town, its animals or a view ("수달 봤어요 진짜 귀여움", "흑두루미 장관이네요", "so peaceful"): chat,
    # unless a problem is said with it (the combination feature tells "별 보기 딱 좋네요^^" under a dead light apart)
    "delight": ("귀여", "귀엽", "예쁘", "예뻐", "이쁘", "이뻐", "장관이네", "장관입", "신기하", "신기해", "신기한",
                "좋네", "좋아요", "좋았", "최고",
                "cute", "beautiful", "lovely", "peaceful"),
    "staff": (
        "예정입니다", "하겠습니다", "드리겠습니다", "하였습니다", "하였으며", "했습니다", "되었습니다", "알려드립니다",
        "안내드립니다", "양해", "불편을드려", "죄송합니다", "조치했", "조치하였", "접수되었", "전달하였", "전달했",
        "will be", "has been",
        # an office explaining a finding or a service ("…로 확인됐으며", "청구 방법은 홈페이지를 참고 바랍니다")
        "확인됐으며", "확인되었으며", "참고바랍니다", "문의바랍니다", "가능합니다", "운영합니다", "휴관합니다", "예정이오니",
    ),
}


def fingerprint() -> str:
    """A digest of what decides the features: the version, the patterns and the topic words."""
    import hashlib
    import json

    parts = [FEATURE_VERSION, _SWEAR.pattern, _SWEAR_JAMO.pattern, _LAUGH.pattern, _CRY.pattern, _DEPT_OPENER.pattern, _PLACE_NAME.pattern,
             _PRESS.pattern, _RECOMMEND.pattern, _OPINION.pattern,
             _QUESTION_END.pattern, _DROP.pattern, json.dumps(LEXICON, ensure_ascii=False, sort_keys=True),
             json.dumps(CUES, ensure_ascii=False, sort_keys=True)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def clean(text: str) -> tuple[str, frozenset[str]]:
    """Normalise `text` for features; return (cleaned text, flags)."""
    flags: set[str] = set()
    t = unicodedata.normalize("NFKC", text)
    t = strip_invisible(t)
    if _DEPT_OPENER.search(t):
        flags.add("F:dept")
    for pattern, flag in ((_PRESS, "F:press"), (_RECOMMEND, "F:recommend"), (_OPINION, "F:opinion")):
        if pattern.search(t):
            flags.add(flag)
    t = t.lower()
    if _SWEAR.search(t) or _SWEAR_JAMO.search(t):
        flags.add("F:swear")
        t = _SWEAR_JAMO.sub(" ", _SWEAR.sub(" ", t))
    t = _URL.sub(" ", t)
    if _PLACEHOLDER.search(t):
        flags.add("F:pii")
        t = _PLACEHOLDER.sub(" ", t)
    if _LAUGH.search(t):
        flags.add("F:laugh")
        t = _LAUGH.sub(" ", t)
    if _CRY.search(t):
        flags.add("F:cry")
        t = _CRY.sub(" ", t)
    t = _JAMO.sub(" ", t)
    t = _DROP.sub(" ", t)
    t = squash_repeats(t, keep=2, digits=True)  # (as the packaged model was trained)
    if "?" in t:
        flags.add("F:q")
    if "!" in t:
        flags.add("F:excl")
    if _DIGITS.search(t):
        flags.add("F:num")
        t = _DIGITS.sub("0", t)
    t = _SPACES.sub(" ", t).strip()
    return t, frozenset(flags)


# A named place keeps only its kind ("중앙공원" -> "공원", "과천역" -> "역"): a place says
# where, not whether, and a name that happened to come up more in chatter than in
# reports must not count against a report there. A list of its own, not places.py's:
# the packaged model was trained on exactly these features, so a change to the place
# patterns must not change them (the 역 look-behind keeps 지역, 구역, 방역... whole).
_PLACE_NAME = re.compile(
    r"(?<![가-힣])[가-힣]{2,8}?"
    r"(공원|(?<![지구방검통번용징병권광영전수해무])역|아파트|단지|사거리|삼거리|오거리|교차로|시장|초등학교|중학교|고등학교|도서관|체육관|"
    r"주민센터|행정복지센터|보건소|시청|구청|회관|대로)"
    r"(?=[^가-힣]|$|에|의|은|는|이|가|을|를|앞|옆|쪽|근처|에서|으로|도)"
)


def extract(text: str) -> list[str]:
    """Feature strings of one text (duplicates removed, order not meaningful)."""
    t, flags = clean(text)
    t = _PLACE_NAME.sub(r"\1", t)
    feats: set[str] = set(flags)
    body = _TRAIL.sub("", t)
    compact = body.replace(" ", "").replace("?", "").replace("!", "")
    n = len(compact)
    if n == 0:
        feats.add("F:empty")
        return sorted(feats)
    # length bucket (in characters, spaces excluded)
    feats.add("L:" + ("1" if n <= 4 else "2" if n <= 10 else "3" if n <= 25 else "4" if n <= 60 else "5"))
    s = "^" + compact + "$"
    ls = len(s)
    feats.update(s)
    feats.update([s[i : i + 2] for i in range(ls - 1)])
    feats.update([s[i : i + 3] for i in range(ls - 2)])
    feats.update([s[i : i + 4] for i in range(ls - 3)])
    for k in (1, 2, 3):
        if n >= k:
            feats.add("E:" + compact[-k:])
    question = bool(_QUESTION_END.search(compact))
    if question:
        feats.add("F:qend")
    for w in _LATIN_WORD.findall(t):
        feats.add("W:" + w)
    # topic words (K:...) and cues, in one pass over the text (longest stems first)
    cues: set[str] = set()
    topic = False
    found = [(m.start(), m.end(), _STEM_FEATS[m.group()]) for m in _STEM_RE.finditer(compact)]
    for _, _, fs in found:
        for f in fs:
            if f[0] == "K":
                feats.add(f)
                topic = True
            else:
                cues.add(f)
    if topic and "problem" in cues:
        feats.update(_topic_of_problem(found))
    if topic:
        cues.add("topic")
    if question or "F:q" in flags:
        cues.add("question")
    if "F:dept" in flags:
        cues.add("staff")
    feats.update("C:" + c for c in cues)
    feats.add("S:" + "+".join(sorted(cues)))
    return list(feats)


# The topic word nearest to a problem word names what the problem is about ("경로당 앞 골목이 빙판",
# "공원 놀이터에 목줄 없는 개가 뛰어다녀서 무서워요"): the category goes by the problem, while the
# place around it ("경로당", "공원") is only where. Within this many characters (spaces removed).
_NEAR_PROBLEM = 8


def _topic_of_problem(found: list[tuple[int, int, frozenset[str]]]) -> set[str]:
    """"K:~cat" for the topic words nearest to a problem word (a stem that is both counts as 0 apart)."""
    problems = [(s, e) for s, e, fs in found if "problem" in fs]
    best = _NEAR_PROBLEM + 1
    near: set[str] = set()
    for s, e, fs in found:
        topics = [f for f in fs if f[0] == "K"]
        if not topics:
            continue
        d = min(max(0, ps - e, s - pe) for ps, pe in problems)
        if d < best:
            best, near = d, set(topics)
        elif d == best:
            near.update(topics)
    return {"K:~" + f[2:] for f in near}


def _stem_features() -> dict[str, frozenset[str]]:
    """Each stem (spaces removed, as the text is matched) -> the topic ("K:road") and cue ("problem") features it gives."""
    out: dict[str, set[str]] = {}
    for cat, stems in LEXICON.items():
        for stem in stems:
            out.setdefault(stem.replace(" ", ""), set()).add("K:" + cat)
    for cue, stems in CUES.items():
        for stem in stems:
            out.setdefault(stem.replace(" ", ""), set()).add(cue)
    return {stem: frozenset(fs) for stem, fs in out.items()}


_STEM_FEATS = _stem_features()
_STEM_RE = re.compile("|".join(re.escape(st) for st in sorted(_STEM_FEATS, key=lambda s: (-len(s), s))))
