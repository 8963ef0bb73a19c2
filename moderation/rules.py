"""House rules of a policy-discussion room: data plus pure checks.

The defaults follow the rooms Sotong is modelled on (Gwacheon's open chat
rooms): no campaigning or press releases, no commercial posts, no insults or
hate, no invitations to other rooms, no flooding. A room's config can switch
each rule off, change its action, add or remove words, allow link domains and
tune thresholds; `RoomRules.from_config` reads that mapping.

What is *not* against the rules matters as much here: residents criticising a
policy, a department or "시장님 정책" are the point of the room, and an angry
complaint is filed, not punished, unless it insults a person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from moderation.evasion import canonical, close_hangul_gaps, variants
from moderation.hostility.lexicon import lexicon_hits
from moderation.normalize import strip_invisible
from moderation.strikes import StrikePolicy


class RuleId(StrEnum):
    POLITICS = "politics"
    COMMERCIAL = "commercial"
    ABUSE = "abuse"
    OUTSIDE_LINK = "outside_link"
    FLOOD = "flood"


class Action(StrEnum):
    DELETE = "delete"   # remove the message, say why
    WARN = "warn"       # keep it, remind the author of the rule
    STRIKE = "strike"   # remove it and count a strike (strikes lead to mutes)


@dataclass(frozen=True)
class RuleText:
    """What the bot quotes when it applies a rule."""

    ko: str
    en: str


RULE_TEXT: Mapping[RuleId, RuleText] = {
    RuleId.POLITICS: RuleText(
        "정치인·정당·후보에 대한 지지나 반대 운동(선거 홍보, '기호 N번' 등)과 보도자료 게시는 금지입니다. "
        "정책·시정에 대한 의견과 비판은 자유롭게 남겨 주세요.",
        "No campaigning for or against politicians, parties or candidates, and no press releases. "
        "Opinions on and criticism of policies are welcome."),
    RuleId.COMMERCIAL: RuleText(
        "광고, 부업·알바 모집, 추천인 코드·링크 등 상업적인 글은 올릴 수 없습니다.",
        "No commercial posts: ads, side-job offers, referral codes or links."),
    RuleId.ABUSE: RuleText(
        "욕설, 비하, 혐오 표현, 명예훼손, 개인정보 노출은 금지입니다. 불편한 점은 화가 나셔도 민원으로 "
        "남겨 주시면 접수됩니다. 다만 사람을 향한 모욕은 삭제됩니다.",
        "No insults, hate, defamation or doxxing. Angry complaints are still filed; insulting a person is not "
        "allowed."),
    RuleId.OUTSIDE_LINK: RuleText(
        "다른 채팅방·카페·밴드·그룹으로의 초대나 외부 링크는 올릴 수 없습니다(시 공식 누리집 등 허용된 주소 제외).",
        "No invitations or links to other chat rooms, cafés or groups (allowed sites such as the city's own "
        "are fine)."),
    RuleId.FLOOD: RuleText(
        "짧은 시간에 많은 메시지를 연달아 보내지 말아 주세요. 한 번에 모아서 올려 주시면 좋습니다.",
        "Please don't flood the room with many messages in a few seconds; write one message instead."),
}


@dataclass(frozen=True)
class RuleSettings:
    """One rule's per-room configuration."""

    enabled: bool = True
    action: Action = Action.DELETE
    extra_words: tuple[str, ...] = ()     # more trigger words/phrases for this room
    removed_words: tuple[str, ...] = ()   # built-in trigger words this room does not want
    allowed_domains: tuple[str, ...] = ()  # outside_link: domains (and their subdomains) that pass
    thresholds: tuple[tuple[str, float], ...] = ()  # named numbers, see each rule's defaults

    def threshold(self, name: str, default: float) -> float:
        for key, value in self.thresholds:
            if key == name:
                return value
        return default


# Defaults of the named thresholds, documented in one place.
ABUSE_HOSTILITY = 0.9        # model score above which a message aimed at a person is abuse
COMMERCIAL_SCORE = 2.0       # weighted commercial signals needed
FLOOD_MESSAGES = 6           # this many messages ...
FLOOD_SECONDS = 10.0         # ... within this many seconds is flooding

# Official government domains pass by default: a link to the city's own site or
# a national portal is information, not an invitation elsewhere.
DEFAULT_ALLOWED_DOMAINS: tuple[str, ...] = ("go.kr", "korea.kr")


@dataclass(frozen=True)
class RoomRules:
    """All house rules of one room, with the issue's defaults."""

    politics: RuleSettings = RuleSettings(action=Action.DELETE)
    commercial: RuleSettings = RuleSettings(action=Action.STRIKE)
    abuse: RuleSettings = RuleSettings(action=Action.STRIKE, thresholds=(("hostility", ABUSE_HOSTILITY),))
    outside_link: RuleSettings = RuleSettings(action=Action.DELETE, allowed_domains=DEFAULT_ALLOWED_DOMAINS)
    flood: RuleSettings = RuleSettings(
        action=Action.WARN, thresholds=(("messages", FLOOD_MESSAGES), ("seconds", FLOOD_SECONDS)))
    strikes: StrikePolicy = field(default_factory=StrikePolicy)

    def settings(self, rule: RuleId) -> RuleSettings:
        return getattr(self, rule.value)

    def with_rule(self, rule: RuleId, settings: RuleSettings) -> RoomRules:
        return replace(self, **{rule.value: settings})

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> RoomRules:
        """Build from a config mapping such as the `[rules]` table of the room's TOML.

        `{"outside_link": {"allowed_domains": ["gwacheon.go.kr"]}, "politics": {"enabled": false},
        "abuse": {"action": "warn", "thresholds": {"hostility": 0.9}}, "strikes": {...}}`.
        Keys not given keep their defaults; a list given replaces the default list (so a
        room that sets `allowed_domains` lists every domain it allows); unknown rule names
        raise ValueError.
        """
        rules = cls()
        for name, table in config.items():
            if name == "strikes":
                rules = replace(rules, strikes=StrikePolicy.from_config(table))
                continue
            rule = RuleId(name)
            current = rules.settings(rule)
            kwargs: dict[str, Any] = {}
            if "enabled" in table:
                kwargs["enabled"] = bool(table["enabled"])
            if "action" in table:
                kwargs["action"] = Action(table["action"])
            for key in ("extra_words", "removed_words", "allowed_domains"):
                if key in table:
                    kwargs[key] = tuple(str(w) for w in table[key])
            if "thresholds" in table:
                merged = dict(current.thresholds)
                merged.update({str(k): float(v) for k, v in table["thresholds"].items()})
                kwargs["thresholds"] = tuple(merged.items())
            rules = rules.with_rule(rule, replace(current, **kwargs))
        return rules


@dataclass(frozen=True)
class Violation:
    rule: RuleId
    action: Action
    evidence: str          # the excerpt that triggered the rule (short, for moderators)
    explanation_ko: str
    explanation_en: str


# ---------------------------------------------------------------- politics
# Campaigning is about *candidates, parties and elections*, so every pattern
# needs one of those words next to a vote/support verb. "시장님 정책 반대합니다"
# has neither and passes.
_ELECTION_WORDS = (r"(?:후보|예비후보|기호\s*\d+\s*번|\d+\s*번\s*후보|정당|당\s*후보|의원|국회의원|시의원|도의원|구청장|"
                   r"시장\s*후보|더불어민주당|민주당|국민의\s*힘|국힘|조국혁신당|개혁신당|정의당|진보당|녹색당|새로운미래)")
_VOTE_VERBS = (r"(?:찍어|찍읍시다|찍자|찍으세요|찍어야|뽑아|뽑읍시다|뽑자|뽑으세요|뽑아야|지지해|지지\s*부탁|지지합시다|"
               r"지지를\s*호소|밀어\s*주|당선|낙선|심판|표를\s*주|한\s*표|투표해\s*주|응원해\s*주)")
_OFFICE_WORDS = r"(?:대통령|시장|군수|구청장|도지사|장관|의장)"
_OUST = (r"(?:(?:사퇴|퇴진|하야|탄핵|파면|구속)\s*(?:하라|해라|하십시오|하자|시키자|시킵시다|합시다|촉구)|"
         r"물러\s*나(?:라|십시오))")
_POLITICS_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"기\s*호\s*\d+\s*번"),
    re.compile(_ELECTION_WORDS + r".{0,20}?" + _VOTE_VERBS),
    re.compile(_VOTE_VERBS + r".{0,12}?" + _ELECTION_WORDS),
    re.compile(r"(?:낙선|당선)\s*(?:운동|시키|시켜|시킵시다)"),
    # campaigning against: a politician told to go, or people told not to vote for one
    re.compile(rf"(?:{_ELECTION_WORDS}|{_OFFICE_WORDS})[^.!?\n]{{0,20}}?{_OUST}"),
    re.compile(r"(?:찍지|뽑지)\s*(?:맙시다|마세요|말자|말아\s*주세요|마라)"),
    # English (the forms are lower-cased): a vote asked for or against a candidate, party or office holder
    re.compile(r"\b(?:vote|voting|elect)\s+(?:for\s+|against\s+)?(?:candidate|councill?or|mayor|senator|"
               r"assembly(?:man|woman|member)|the\s+\w+\s+party)\b|\bre-?elect\b|"
               r"\bcandidate\b.{0,30}?(?:\bnumber|\bno\.?|#)\s*\d|\b(?:don'?t|do\s+not|never)\s+vote\s+for\b|"
               r"\b(?:mayor|councill?or|senator|president)\b.{0,20}?\b(?:must|should)\s+(?:resign|step\s+down)\b"),
    re.compile(r"선거\s*(?:운동|홍보|유세)|유세\s*(?:일정|현장)|출마\s*(?:선언|합니다|했습니다)|공약\s*(?:발표|홍보)"),
    # Press releases pasted into the room: their headers, not the word "보도" alone.
    re.compile(r"\[\s*(?:보도\s*자료|보도|성명서?|논평|기자\s*회견문?)\s*\]|보도\s*일시|배포\s*일시|엠바고\s*[:：]|보도\s*시점|"
               r"즉시\s*보도\s*바랍니다|보도자료\s*(?:배포|전문)"),
)

# ---------------------------------------------------------------- commercial
# (pattern, weight): weight 2 alone is enough at the default threshold;
# weight 1 signals ("문의", "선착순") are normal in a city room and only count together.
_COMMERCIAL_SIGNALS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"(?<!대)부업|재택\s*알바|알바\s*(?:모집|구함|구합니다)|고수익|수익\s*보장|원금\s*보장|리딩\s*방|리딩방|"
                r"투자\s*리딩|코인\s*리딩|주식\s*리딩|무직자\s*대출|당일\s*대출|대출\s*(?:상담|가능|문의)|"
                r"추천인\s*코드|추천\s*코드|초대\s*코드|레퍼럴|referral|[?&]ref=|체험단\s*모집|"
                r"광고\s*(?:합니다|드립니다|문의)|홍보\s*(?:합니다|드립니다|해요)|(?:팝니다|판매합니다|판매\s*중)|"
                r"할인\s*코드|쿠폰\s*코드|일당\s*\d+|시급\s*\d+\s*만|월\s*\d+\s*(?:만\s*원|백)\s*(?:이상|보장|가능|수익)|"
                r"하루\s*\d+\s*(?:분|시간)\s*(?:투자|만)"), 2.0),
    # English side jobs and referral bait
    (re.compile(r"\bearn\s+\$?\d[\d,]*\s*(?:\$|dollars|won)?\s*(?:a|per|every)\s+(?:day|week|month)|\bwork\s+from\s+home\b|"
                r"\bpassive\s+income\b|\b(?:referral|promo|invite)\s+code\b|\binvestment\s+opportunity\b|"
                r"\bguaranteed\s+(?:profit|returns?|income)\b"), 2.0),
    (re.compile(r"\b(?:dm|message|contact)\s+me\b|\blimited\s+(?:offer|time)\b|\b\d+\s*%\s*off\b|"
                r"\bsign\s+up\s+(?:now|today)\b|\bfree\s+(?:trial|consultation)\b"), 1.0),
    # a shop advertising itself: each alone is ordinary ("우리 가게 앞 도로가..."), together an ad
    (re.compile(r"(?:저희|우리)\s*(?:가게|매장|업체|식당|카페|학원|샵|숍|공방)|(?:오픈|개업|그랜드\s*오픈)\s*기념|"
                r"\d+\s*%\s*(?:할인|세일)|할인\s*이벤트|방문해\s*주세요|많은\s*(?:이용|방문)\s*(?:바랍니다|부탁)"), 1.0),
    (re.compile(r"문의\s*(?:주세요|하세요|환영)|연락\s*주세요|카톡\s*(?:아이디|id|문의)|텔레\s*(?:아이디|id|문의)|"
                r"dm\s*주세요|디엠|선착순|무료\s*(?:체험|상담|증정)|누구나\s*(?:가능|할\s*수)|수익\s*인증|재택|"
                r"가입\s*(?:하면|시)|이벤트\s*중|010[-\s.]?\d{3,4}[-\s.]?\d{4}|특가|최저가|상담\s*가능"), 1.0),
)

# ---------------------------------------------------------------- outside links
# The path stops at a space, a closing bracket or Hangul: "(https://youtu.be/x)에서" -> the link only.
_URL = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?::\d+)?(?:/[^\s)\]}>\"'\uac00-\ud7a3]*)?",
                  re.IGNORECASE)
# Places to send people to: always an invitation, whatever the path.
_INVITE_HOSTS = ("t.me", "telegram.me", "telegram.dog", "open.kakao.com", "band.us", "cafe.naver.com",
                 "cafe.daum.net", "discord.gg", "discord.com", "chat.whatsapp.com", "line.me", "pf.kakao.com")
# Invitations written out in words ("오픈 채팅 들어오세요", "카톡방 초대해 드려요").
_INVITE_WORDS = re.compile(
    r"(?:오픈\s*채팅|오픈\s*톡|오톡|오픈\s*카톡|단톡\s*방?|카톡\s*방|카카오톡\s*방|단체\s*방|텔레\s*그?램?\s*방|"
    r"밴드|네이버\s*카페|다음\s*카페|카페|디스코드|디코|그룹\s*방|채널|비밀\s*방)"
    r"[^.!?\n]{0,12}?(?:들어\s*오|오세요|와\s*주세요|와요|놀러|초대|가입|참여\s*(?:하세요|해|코드)|입장|검색|링크|주소|비번|"
    r"참여코드|모여)")
_LINK_DOTS = re.compile(r"\s*(?:\.|。|．|\(\s*dot\s*\)|\[\s*\.\s*\]|\(\s*\.\s*\)|닷|쩜)\s*(?=[a-z0-9])", re.IGNORECASE)
_ABBR_SAFE = re.compile(r"\b(?:e\.g|i\.e|etc|vs|no|p\.s)\.?", re.IGNORECASE)

# ---------------------------------------------------------------- abuse
# Someone the message is aimed at: second person, officials, or a person noun.
# Without a target, a high model score is anger at a situation, which is allowed.
_PERSON_TARGET = re.compile(
    r"너|니가|니들|너네|너희|느그|당신|네놈|님아|담당자|공무원|주무관|직원|과장|팀장|국장|시장|구청장|의원|위원장|"
    r"놈|새끼|인간|사람|것들|족속|쟤|걔|얘|저것|그것들|이것들")


def _link_text(text: str) -> str:
    """Undo "t . me", "t닷me", "open(dot)kakao" so spelled-out links are seen as links."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    return _LINK_DOTS.sub(".", _ABBR_SAFE.sub(" ", text)).lower()


def _domain_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    host = host.lower().strip(".")
    return any(host == a.lower() or host.endswith("." + a.lower()) for a in allowed)


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    cleaned = [close_hangul_gaps(canonical(w)) for w in words if w.strip()]
    if not cleaned:
        return None
    return re.compile("|".join(sorted(map(re.escape, cleaned), key=len, reverse=True)))


def _first_match(patterns: tuple[re.Pattern[str], ...] | list[re.Pattern[str]], forms: list[str]) -> str | None:
    for form in forms:
        for p in patterns:
            m = p.search(form)
            if m:
                return m.group(0)
    return None


def _removed(hit: str, settings: RuleSettings) -> bool:
    removed = {close_hangul_gaps(canonical(w)) for w in settings.removed_words}
    return hit in removed


def _check_politics(forms: list[str], s: RuleSettings) -> str | None:
    extra = _words_pattern(s.extra_words)
    patterns = [*_POLITICS_PATTERNS, *([extra] if extra else [])]
    for form in forms:
        for p in patterns:
            for m in p.finditer(form):
                if not _removed(m.group(0), s):
                    return m.group(0)
    return None


def _check_commercial(forms: list[str], s: RuleSettings) -> str | None:
    needed = s.threshold("score", COMMERCIAL_SCORE)
    extra = _words_pattern(s.extra_words)
    signals = [*_COMMERCIAL_SIGNALS, *([(extra, needed)] if extra else [])]
    for form in forms:
        total = 0.0
        evidence: list[str] = []
        for pattern, weight in signals:
            for m in pattern.finditer(form):
                if _removed(m.group(0), s):
                    continue
                total += weight
                evidence.append(m.group(0))
        if total >= needed:
            return ", ".join(dict.fromkeys(evidence))
    return None


def _check_outside_link(text: str, forms: list[str], s: RuleSettings) -> str | None:
    link_text = _link_text(text)
    for m in _URL.finditer(link_text):
        if m.start() > 0 and link_text[m.start() - 1] == "@":
            continue  # the domain of an e-mail address ("답변은 minsu@example.com 으로"), not a link
        host = m.group(1).lower()
        # A bare "word.word" needs a real-looking TLD or a scheme/www to count as a link:
        # "3.5배", "v1.2" never match (digits or one-letter endings fail the TLD test).
        tld = host.rsplit(".", 1)[-1]
        explicit = m.group(0).startswith(("http", "www"))
        if not explicit and host not in _INVITE_HOSTS and (tld not in _COMMON_TLDS or len(host.split(".")[0]) < 2):
            continue  # "M.net" is a TV channel, not a link
        if _domain_allowed(host, s.allowed_domains):
            continue
        return m.group(0)
    hit = _first_match((_INVITE_WORDS,), forms)
    if hit and not _removed(hit, s):
        return hit
    extra = _words_pattern(s.extra_words)
    return _first_match((extra,), forms) if extra else None


_COMMON_TLDS = frozenset({"com", "net", "org", "kr", "me", "us", "io", "co", "gg", "ly", "link", "site", "xyz",
                          "info", "biz", "app", "dev", "shop", "club", "top", "tv", "cc", "to", "be", "gl"})


def _check_abuse(text: str, forms: list[str], s: RuleSettings,
                 hostility: Callable[[str], float] | None) -> str | None:
    profanity, insults = lexicon_hits(text)
    removed = {close_hangul_gaps(canonical(w)) for w in s.removed_words}
    insults = tuple(hit for hit in insults if hit not in removed)
    profanity = tuple(hit for hit in profanity if hit not in removed)
    if insults:
        return insults[0]
    # Swearing in a report of a problem is anger at the problem, not at a person:
    # "ㅅㅂ 가로등 또 나갔네" is filed (or asked about), never punished.
    if profanity and not _reports_a_problem(text):
        return profanity[0]
    extra = _words_pattern(s.extra_words)
    if extra:
        hit = _first_match((extra,), forms)
        if hit:
            return hit
    # The model alone never punishes: an angry complaint about a road scores
    # high too. Only a high score *and* a person it is aimed at is abuse.
    target = _first_match((_PERSON_TARGET,), forms[:1])
    if target is None:
        return None
    if hostility is None:
        from moderation.hostility import score as hostility
    value = hostility(text)
    if value >= s.threshold("hostility", ABUSE_HOSTILITY):
        return f"{_excerpt(text)} (hostility {value:.2f})"
    return None


# A report the bot would at least ask about (the default [intake] ask_threshold): a
# romanised swear word the model leans civic on at 0.3-0.45 ("s1bal") is no report.
REPORT_CONFIDENCE = 0.5


def _reports_a_problem(text: str) -> bool:
    """True when the complaint intake takes `text` for a complaint or a proposal it would act on."""
    from moderation.intake import classify  # imported late: most messages never get here

    result = classify(text)
    return result.kind != "other" and result.confidence >= REPORT_CONFIDENCE


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_text(text: str, rules: RoomRules | None = None, *,
               hostility: Callable[[str], float] | None = None) -> list[Violation]:
    """Every enabled house rule `text` breaks, in rule order (flooding needs a stream: see flood.py).

    `hostility` replaces the packaged model (tests, or a caller that already
    scored the message and passes `lambda _: score`).
    """
    rules = rules or DEFAULT_RULES
    if not text or not strip_invisible(text).strip():
        return []
    forms = variants(text)
    found: list[Violation] = []
    checks: list[tuple[RuleId, Callable[[], str | None]]] = [
        (RuleId.POLITICS, lambda: _check_politics(forms, rules.politics)),
        (RuleId.COMMERCIAL, lambda: _check_commercial(forms, rules.commercial)),
        (RuleId.ABUSE, lambda: _check_abuse(text, forms, rules.abuse, hostility)),
        (RuleId.OUTSIDE_LINK, lambda: _check_outside_link(text, forms, rules.outside_link)),
    ]
    for rule, check in checks:
        settings = rules.settings(rule)
        if not settings.enabled:
            continue
        evidence = check()
        if evidence is not None:
            found.append(_violation(rule, settings, evidence))
    return found


def check_message(text: str, rules: RoomRules | None = None, *, is_moderator: bool = False,
                  hostility: Callable[[str], float] | None = None) -> list[Violation]:
    """`check_text` for a message with its author: moderators and staff are exempt."""
    if is_moderator:
        return []
    return check_text(text, rules, hostility=hostility)


def flood_violation(rules: RoomRules | None = None) -> Violation | None:
    """The violation to apply when flood.py reports a burst (None if the rule is off)."""
    rules = rules or DEFAULT_RULES
    if not rules.flood.enabled:
        return None
    n = int(rules.flood.threshold("messages", FLOOD_MESSAGES))
    secs = rules.flood.threshold("seconds", FLOOD_SECONDS)
    return _violation(RuleId.FLOOD, rules.flood, f"{n} messages in {secs:g} s")


def _violation(rule: RuleId, settings: RuleSettings, evidence: str) -> Violation:
    text = RULE_TEXT[rule]
    return Violation(rule, settings.action, _excerpt(evidence), text.ko, text.en)


def rules_broken(text: str, *, hostility: Callable[[str], float] | None = None) -> list[str]:
    """Ids of the default house rules `text` breaks (for `sotong classify`)."""
    return [v.rule.value for v in check_text(text, DEFAULT_RULES, hostility=hostility)]


DEFAULT_RULES = RoomRules()
