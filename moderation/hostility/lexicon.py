"""Hand-made Korean swear and insult roots, matched on de-obfuscated variants.

Separate lists because they mean different things in a policy room:
- PROFANITY: swearing itself (시발, 좆). Breaks the house rules wherever it is.
- INSULTS: words that call a *person* something (병신, 새끼, 틀딱). Always aimed
  at someone, so they are what turns an angry complaint into abuse.
Words that are also ordinary Korean are left out on purpose or only listed in
compounds: 쓰레기 (rubbish: a complaint topic), 꺼져 (a street light "꺼져 있어요"),
씹 alone (민원이 씹혔다), 미친 alone (영향을 미친다), 놈/년 alone (작년, 내년).
- DEROGATORY: contempt words with innocent uses too (돼지, 노인네, 미친): only
  features for the hostility model, never a rule violation by themselves.
`SAFE_WORDS` and `SAFE_PATTERNS` are removed before matching because they
contain a root (시발점 = starting point, 감염병 = infectious disease, 새끼 고양이 =
kitten). Each list was checked against 1,723 real complaint and proposal
texts and 482 staff answers: see training/README_hostility.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.evasion import variants

PROFANITY: tuple[str, ...] = (
    "시발", "씨발", "씨바", "씨빨", "시빨", "씨팔", "시팔", "씨벌", "시벌", "쉬발", "쒸발", "씨부랄",
    "ㅅㅂ", "ㅆㅂ", "ㅅㅍ", "ㅆㅍ", "ㅅ1ㅂ", "십팔", "18놈", "씹새", "씹년", "씹할", "씹창", "씹같",
    "좆", "ㅈ같", "ㅈㄴ", "존나", "졸라", "존내", "존니", "지랄", "ㅈㄹ", "염병", "엠창", "니미", "느금",
    "니애미", "니애비", "느그애미", "애미", "애비", "니엄마", "썅", "ㅆㄹㄱ",
    "fuck", "fuk", "fck", "shit", "bitch", "sibal", "ssibal", "shibal", "tlqkf", "wtf",
)

INSULTS: tuple[str, ...] = (
    "병신", "ㅂㅅ", "ㅄ", "븅신", "빙신", "병쉰", "등신", "새끼", "쌔끼", "섀끼", "새기들", "개새", "개색",
    "개세끼", "개놈", "개년", "미친놈", "미친년", "미친새", "미친개", "ㅁㅊ놈", "또라이", "돌아이", "ㄸㄹㅇ", "찐따",
    "멍청이", "머저리", "빡대가리", "닭대가리", "돌대가리", "꼴통", "인간쓰레기", "쓰레기같은놈", "쓰레기새끼",
    "한남충", "김치녀", "된장녀", "맘충", "급식충", "틀딱", "짱깨", "쪽바리", "홍어", "개돼지", "벌레같은",
    "닥쳐", "꺼져라", "뒤져라", "뒈져", "디져라", "죽어라", "저능아", "정신병자", "장애인새끼", "걸레", "창녀",
    "이놈아", "저놈", "그놈", "저년", "그년", "썅년", "놈들", "새끼들",     "byungsin", "qudtls", "bastard", "idiot", "moron", "asshole",
    # Slurs for groups of people (politics, region, gender, origin, religion, age): always about people.
    "빨갱이", "좌빨", "좌좀", "수꼴", "토착왜구", "토왜", "대깨문", "일베충", "메갈년", "꼴페미", "페미년", "한녀충",
    "쪽발이", "조선족놈", "똥남아", "흑형", "개독", "노인충", "할매미", "성괴", "시체팔이",
    "년놈", "개새기", "개쓰레기", "버러지", "기생충같은", "짐승만도", "정신병걸린", "뇌없는",
    "대가리", "주둥이", "아가리", "면상", "낯짝", "싸가지", "쌍놈", "상놈", "잡놈", "놈이",
)

# Words that often come with contempt but have innocent uses too (돼지 farms, 노인 policy):
# they only feed the model as features and never break the abuse rule by themselves.
DEROGATORY: tuple[str, ...] = (
    "돼지", "뚱땡이", "노인네", "늙은이", "할배", "할매", "페미", "메갈", "일베", "좌파", "우파", "수구", "꼰대",
    "찌질", "한심", "역겹", "역겨", "꼴보기", "꼴값", "꼴좋", "처먹", "쳐먹", "지껄", "짖어", "짖네", "기어나", "주제에",
    "븅", "ㅉㅉ", "쯧쯧", "병맛", "극혐", "혐오", "수준", "개념없", "무식", "멍청", "바보", "미친", "ㅁㅊ", "또라",
    "뒤지", "죽어", "죽여", "패버", "때려", "닥치", "꺼져", "개같", "개소리", "개판", "개념", "양아치", "사기꾼", "범죄자",
)

SAFE_WORDS: tuple[str, ...] = (
    "감염병", "전염병", "염병원", "제시바", "보시바", "하시바",
    "시발점", "시발역", "시발택시", "시바견", "시바이누", "십팔번", "18번", "애비뉴", "비애미", "그놈의", "이놈의",
    "저놈의", "개새끼손가락", "한남동", "한남대교", "한남역", "한남대", "홍어회", "홍어삼합", "닥쳐올", "걸레질",
    "물걸레", "새끼손가락", "새끼발가락", "강아지새끼", "고양이새끼", "새끼고양이", "새끼강아지",
    "강아지 새끼", "고양이 새끼", "새끼 고양이", "새끼 강아지", "새끼 길고양이", "새끼길고양이", "새끼를 낳", "새끼를 배",
    "새끼 낳", "새끼들을 낳", "새끼 오리", "새끼 새", "싸가지고", "싸 가지고",
)

# 새끼 is also the young of an animal: "새끼 길고양이", "고양이가 새끼를 낳았어요".
# Not 개: "개새끼" is the commonest insult of all.
_ANIMALS = r"(?:고양이|길고양이|냥이|길냥이|강아지|오리|비둘기|까치|참새|제비|쥐|너구리|고라니|멧돼지|동물|유기견|유기묘)"
SAFE_PATTERNS: tuple[str, ...] = (
    r"(?<![가-힣])" + _ANIMALS + r"(?:가|이|의|들)?\s(?:\S{1,6}\s){0,2}새끼",
    r"새끼\s?" + _ANIMALS,
    r"새끼\S{0,2}\s?(?:를|들을|들이|가)?\s?(?:낳|배|키우|돌보|데리)",
)
_SAFE_RE = re.compile("|".join([*sorted(map(re.escape, SAFE_WORDS), key=len, reverse=True), *SAFE_PATTERNS]))
_PROF_RE = re.compile("|".join(sorted(map(re.escape, PROFANITY), key=len, reverse=True)))
_INSULT_RE = re.compile("|".join(sorted(map(re.escape, INSULTS), key=len, reverse=True)))
_DEROGATORY_RE = re.compile("|".join(sorted(map(re.escape, DEROGATORY), key=len, reverse=True)))


def _hits(pattern: re.Pattern[str], forms: list[str]) -> list[str]:
    best: list[str] = []
    for form in forms:
        found = pattern.findall(_SAFE_RE.sub(" ", form))
        if len(found) > len(best):
            best = found
    return best


@lru_cache(maxsize=4096)
def lexicon_hits(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(profanity roots, insult roots) found in any variant of `text`.

    The variant with the most hits counts, so "시 발" and "시발" give one hit,
    not two. Cached because rules and the model ask about the same message.
    """
    forms = variants(text)
    return tuple(_hits(_PROF_RE, forms)), tuple(_hits(_INSULT_RE, forms))


@lru_cache(maxsize=4096)
def derogatory_hits(text: str) -> tuple[str, ...]:
    """Contempt words that are *features only* (see DEROGATORY)."""
    return tuple(_hits(_DEROGATORY_RE, variants(text)))
