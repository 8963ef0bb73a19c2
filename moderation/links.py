"""The `outside_link` house rule: invitations into other rooms, and the links that lead there.

A link is anything that reads as a web address once spelled-out dots are undone
("t . me", "open(dot)kakao", "t닷me"), except the city's own sites and the
configured allowed domains (*.go.kr, korea.kr, gov.kr by default), and a link to a
news article (`news_article`: sharing a report about the city is discussion; a room
that keeps those out too sets `thresholds = {news_articles = 0}`). By default every
other link breaks the rule. A room that lets plain links to articles and
videos through (`thresholds = {every_link = 0}`, moderation.rules) still keeps
out a link that leads into a chat or community (open.kakao.com, band.us,
cafe.naver.com, t.me, discord.gg …), a short link (bit.ly, han.gl, me2.kr,
url.kr, vo.la, naver.me …: they hide where they go), one that sells (a shop's
domain, a referral parameter) or one that comes with an invitation
("가입하세요", "구독 부탁"). An invitation in words needs a place to go (오픈채팅, 단톡방, 밴드,
네이버 카페, 디스코드 …) together with a way in (들어오세요, 가입, 검색, 참여코드,
비번): "카페 앞 불법주차", "밴드 공연", "단톡방에서 싸우지 맙시다" name a place or
a chat and invite nobody.
"""

from __future__ import annotations

import re
import unicodedata

from moderation.normalize import strip_invisible

# The path stops at a space, a closing bracket or Hangul: "(https://youtu.be/x)에서" -> the link only.
_URL = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?::\d+)?(?:/[^\s)\]}>\"'\uac00-\ud7a3]*)?",
                  re.IGNORECASE)
# Dots spelled out ("(dot)", "닷", "[.]") always join; a plain full stop with spaces around it only
# before a domain ending that goes on ("t . me / abc", "open . kakao . com"), so "restaurant. So many"
# stays a sentence.
_LINK_DOTS = re.compile(r"\s*(?:\(\s*dot\s*\)|\[\s*dot\s*\]|\[\s*\.\s*\]|\(\s*\.\s*\)|닷|쩜)\s*(?=[a-z0-9])|"
                        r"(?<=\S)(?:\.|。|．)(?=[a-z0-9])|"
                        r"\s*(?:\.|。|．)\s*(?=(?:com|net|org|kr|me|ly|gg|io|co|us|la|gl|link|kakao|naver|daum)\b\s*(?:/|\.|$))",
                        re.IGNORECASE)
_ABBR_SAFE = re.compile(r"\b(?:e\.g|i\.e|etc|vs|no|p\.s)\.?", re.IGNORECASE)

# Places to send people to: always an invitation, whatever the path.
INVITE_HOSTS = frozenset({
    "t.me", "telegram.me", "telegram.dog", "open.kakao.com", "pf.kakao.com", "band.us", "cafe.naver.com", "cafe.daum.net",
    "discord.gg", "discord.com", "chat.whatsapp.com", "line.me", "invite.kakao.com", "m.cafe.naver.com", "m.band.us"})
# Link shorteners: where they lead is hidden, which is why spam uses them.
SHORTENERS = frozenset({
    "bit.ly", "han.gl", "me2.kr", "url.kr", "vo.la", "naver.me", "goo.gl", "forms.gle", "tinyurl.com", "is.gd", "t.ly",
    "buly.kr", "lrl.kr", "c11.kr", "asq.kr", "zrr.kr", "muz.so", "shorturl.at", "rb.gy", "cutt.ly", "tiny.cc", "ow.ly",
    "linktr.ee", "litt.ly", "inpk.link", "bitly.kr", "abit.ly", "s.id", "kko.to", "qrco.de", "link.inpock.co.kr", "coupa.ng"})
# Online shops on common domains: a link there sells ("주문은 smartstore.naver.com/…").
SHOP_HOSTS = frozenset({
    "smartstore.naver.com", "shopping.naver.com", "brand.naver.com", "m.smartstore.naver.com", "coupang.com", "link.coupang.com",
    "11st.co.kr", "gmarket.co.kr", "auction.co.kr", "tmon.co.kr", "wemakeprice.com", "ssg.com", "idus.com", "kmong.com",
    "store.kakao.com", "gift.kakao.com", "shop.kakao.com", "musinsa.com", "ohou.se", "aliexpress.com", "coupa.ng",
    # second-hand markets and cheap-goods apps: a listing or an invitation link, not an article ("daangn.com/articles/…")
    "daangn.com", "bunjang.co.kr", "m.bunjang.co.kr", "joongna.com", "web.joongna.com", "temu.com", "temu.to",
    "share.temu.com", "shein.com",
    # an app's invitation that pays whoever shared it
    "toss.me", "baemin.me"})
_SHOP_TLDS = frozenset({"shop", "store", "biz", "xyz", "top", "click", "site", "online", "link", "buzz", "vip", "money"})
_COMMON_TLDS = frozenset({"com", "net", "org", "kr", "me", "us", "io", "co", "gg", "ly", "link", "site", "xyz", "info", "biz",
                          "app", "dev", "shop", "club", "top", "tv", "cc", "to", "be", "gl", "la", "so", "at", "gy", "ee",
                          "store", "online", "click", "page", "live", "im", "ai", "id", "vip", "buzz", "money", "de", "jp",
                          "cn", "uk", "ca", "fr", "in", "ws", "su", "ru", "fm", "gle"})

# Where people are invited to (always a chat or a group) and weaker nouns that also name places.
_CHAT_PLACE = (r"(?:오픈\s*채팅(?:방)?|오픈\s*톡(?:방)?|오톡(?:방)?|오카방|오픈\s*카톡(?:방)?|오픈\s*방|단톡(?:방)?|카톡\s*방|"
               # ("육아 톡방 열었어요": a chat room by its everyday name, not this room: "이 톡방", "여기 톡방")
               r"(?<!이\s)(?<!이)(?<!여기\s)(?<!우리\s)톡\s?방|"
               r"카카오\s*톡?\s*(?:방|오픈|채널)|단체\s*(?:톡)?\s*방|텔레\s*(?:그램)?\s*(?:방|채널|그룹)|텔방|디스코드(?:\s*서버)?|"
               r"디코(?:\s*(?:서버|방|채널))?|(?:네이버|다음|맘)\s*카페|맘카페|(?:네이버\s*)?밴드\s*(?:방|모임)?|비밀\s*방|"
               r"discord|telegram|whatsapp|kakao\s*talk|open\s*chat|group\s*chat)")
_WEAK_PLACE = (
    "(?:"
    + "|".join(f"{w}(?<![가-힣]{w})" for w in ("카페", "밴드", "채널", "방", "모임", "그룹", "서버", "커뮤니티", "클럽", "동호회"))
    + ")"
)
_WAY_IN = (r"(?:들어\s*오(?!셨|신)|들어\s*와|오세요|와\s*주세요|놀러|초대|가입|참여|입장|검색|모여|모이|구독(?!자)|팔로우(?!어)|"
           r"만들었|팠어|열었|링크|주소|join|로\s*오|으로\s*오|로\s*넘어|으로\s*넘어|같이\s*(?:해요|하실|하세요|합시다|하자))")
_CODE = r"(?:(?:참여|입장|초대|가입)\s*코드|비\s*번(?:호)?|비밀\s*번호|패스\s*워드|암호|password|\bpw\b|코드는|코드\s*\d)"
# Invitations into a place: a chat, a café, a band, a server, a room of one's own. In an ad too, these lead
# elsewhere (`ROOM_INVITATIONS`).
ROOM_INVITATIONS: tuple[re.Pattern[str], ...] = (
    re.compile(_CHAT_PLACE + r"[^.!?\n]{0,30}?" + _WAY_IN),
    re.compile(_WAY_IN + r"[^.!?\n]{0,20}?" + _CHAT_PLACE + r"(?!에서\s*(?:싸|다투))"),
    re.compile(r"(?:" + _CHAT_PLACE + "|" + _WEAK_PLACE + r")[^\n]{0,40}?" + _CODE),
    re.compile(_CODE + r"[^\n]{0,20}?(?:들어\s*오|입장|참여|" + _CHAT_PLACE + ")"),
    # a weak place with an imperative way in: "밴드 '과천텃밭'으로 가입 신청해 주세요", "카페에서 과천맘 검색!"
    re.compile(_WEAK_PLACE + r"[^.!?\n]{0,25}?(?:가입\s*(?:하세요|해\s*주세요|신청)|들어\s*오세요|검색(?:하세요|하시면|해서|!)|"
               r"초대\s*해\s*드|놀러\s*오세요|모여\s*주세요)"),
    # a room of one's own elsewhere: "재건축 정보방 따로 있어요 들어오세요", "새 방으로 이사 오세요",
    # "중고거래방 따로 있어요 검색창에 '…' 치면 나옴 참여코드 1004"
    re.compile(r"[가-힣]{1,6}방\s*(?:따로|새로)[^.!?\n]{0,25}?(?:들어\s*오|오세요|초대|비\s*번|링크|검색)|"
               r"[가-힣]{1,6}방[^\n]{0,40}?(?:비\s*번|(?:참여|입장|초대)\s*코드)\s*[:：]?\s*[a-z0-9]|"
               r"(?:새|다른|따로\s*만든|별도)\s*방(?:으로|에)?[^.!?\n]{0,15}?(?:오세요|와\s*주세요|들어\s*오|넘어\s*오|이사\s*오|초대)|"
               # the talk taken elsewhere by name: "여기서 말고 텔레그램 @market 방으로 오세요"
               r"(?:[a-z0-9_]{3,}|텔레\s*(?:그램)?|카톡|오픈\s*톡)\s*(?:방|채널|그룹)\s*(?:으로|로)\s*"
               r"(?:오세요|와\s*주세요|와요|모여|넘어\s*오|들어\s*오)|"
               r"여기서\s*말고[^.!?\n]{0,30}?(?:으로|로)\s*(?:오세요|와\s*주세요|와요|모여|넘어\s*오|들어\s*오)"),
    # the talk moved to a room made for it: "따로 방 파서 얘기해요", "방 하나 팠어요"
    re.compile(r"따로\s*(?:방|톡방|단톡방?|채팅방?|오픈\s*(?:톡|채팅)(?:방)?)\s*(?:을|를|하나)?\s*(?:하나\s*)?(?:파|팠|만들|열|개설)|"
               r"(?<![가-힣])(?:방|톡방|단톡방?|채팅방)\s*(?:을|를)?\s*(?:하나\s*)?(?:(?:새로\s*)?(?:팠|파\s*서|파서|개설\s*했)|새로\s*만들었)"),
    # a leading or members-only room with a way in, offered without a link: "종목방 원하시면 넣어 드려요"
    re.compile(r"(?:리딩|종목|시그널|정보|투자|수익|주식|코인|재테크|vip|비공개|무료|스터디|공부)\s*(?:공유\s*)?(?:방|채널|그룹|모임|단톡)"
               r"[^.!?\n]{0,30}?(?:들어\s*오|입장|초대|넣어|참여|오세요|링크|안내\s*(?:해\s*)?(?:드|해\s*줄))|"
               # (not this room: "확정 시 이 방에 안내드리겠습니다")
               r"(?:(?<!이\s)(?<!이)방|채널|그룹|단톡|톡방|밴드|모임)(?:으로|에|로)?\s*(?:안내|초대|넣어|추가)\s*(?:해\s*)?(?:드|줄게|드림)|"
               # (not to a meeting or a party: "가입하시면 정책간담회 초대해드려요")
               r"^(?:(?!간담회|설명회|토론회|공청회|행사|축제|잔치|파티|결혼식|식사|발표회|시상식|개막식|박람회|기념식|모임에|자리에|집에)[^\n]){0,80}?"
               r"(?:넣어|초대해)\s*(?:드릴게요|드림|드려요|줄게요|드립니다)"),
    # a messenger's channel or group to subscribe to or join: "텔레그램 강남 부동산 정보 채널 @… 구독해주세요"
    re.compile(r"(?:텔레\s*(?:그램)?|카카오\s*톡?|카톡|\btelegram|\bkakao)[^.!?\n]{0,20}?(?:채널|그룹|방)(?![가-힣])[^.!?\n]{0,30}?"
               r"(?:구독|가입|입장|참여|들어\s*오)"),
    re.compile(r"\bjoin\s+(?:our|my|the|us\s+(?:on|in|at))\b[^.!?\n]{0,30}\b(?:group|chat|discord|server|band|channel|kakao|"
               r"telegram|community|room)\b|\b(?:kakao|telegram|discord|whatsapp|line)\s+(?:group|chat|channel|server|room)\b|"
               r"\b(?:take|move|continue)\s+(?:this|it|the\s+(?:chat|talk|conversation))\s+(?:to|on|over\s+to)\s+(?:kakao|telegram|whatsapp|"
               r"line|discord|signal|wechat|instagram|dms?)\b|"
               r"\b(?:group|chat|room|server|channel)\s+on\s+(?:kakao(?:\s*talk)?|telegram|discord|whatsapp|line|band)\b|"
               r"\b(?:group|chat|room|server)\b[^.!?\n]{0,30}\b(?:code|password)\s*(?:is|:)?\s*[a-z]{0,6}\d"),
    # a community found by its quoted name: "오픈채팅에 '○○ 벼룩시장' 치면 나와요", "밴드에서 '○○사람들' 치시면 나와요",
    # "'댕댕정읍' 인스타 검색해 보세요"
    re.compile(r"(?:오픈\s*(?:채팅|톡)(?:방)?|밴드|(?:네이버\s*)?카페|인스타(?:그램)?|카톡|텔레\s*그램)\s*(?:에서|에)?\s*"
               r"['‘\"“][^'’\"”\n]{2,20}['’\"”]\s*(?:을|를|로|으로)?\s*(?:치면|치시면|검색)|"
               r"['‘\"“][^'’\"”\n]{2,20}['’\"”]\s*(?:을|를)?\s*(?:오픈\s*(?:채팅|톡)|밴드|(?:네이버\s*)?카페|인스타(?:그램)?|텔레\s*그램)"
               r"\s*(?:에서|에)?\s*(?:검색|치면|치시면)"),
)
# The talk moved to a messenger or an account: an ID or a handle to contact, an account to follow, a leading room
# to ask about. For a resident, an invitation elsewhere; in an ad, the ad's contact details, like its phone number,
# and the commercial rule's business (the outside writers: 7 ads with a messenger ID or handle marked commercial only,
# in 6 files, against 6 in 3).
CONTACTS: tuple[re.Pattern[str], ...] = (
    # a channel or an account to follow: "카카오톡 채널 친구 추가", "인스타 팔로우 해주세요 @dongne"
    re.compile(r"채널\s*(?:친구\s*)?추가\s*(?:해|하시|부탁)|(?:인스타|유튜브|블로그|틱톡|스레드|instagram|youtube|tiktok)"
               r"[^.!?\n]{0,20}?(?:팔로우(?!어)|구독(?!자)|놀러\s*오|이웃\s*추가)|"
               # ... by its handle: "인스타 계정 운영중이에요 @beomgye_foodie 팔로우 해주세요" (the forms fold "@" into "a")
               r"(?:인스타|유튜브|블로그|틱톡|instagram|youtube|tiktok)\s*(?:계정|채널)[^.!?\n]{0,25}?\s[a-z][a-z0-9_.]{3,}\s*(?:팔로우|구독)(?!자|어)"),
    # an ID to add ("카톡 아이디 abc12 추가하세요"), "당근 채팅으로 연락 주세요"
    re.compile(r"(?:카톡|카카오\s*톡?|라인|텔레\s*(?:그램)?|위챗|왓츠\s*앱|인스타(?:\s*그램)?|당근(?:\s*마켓)?|디스코드|디코|"
               r"kakao\s*talk|kakao|line|telegram|wechat|whats\s*app|instagram|insta|signal)\s*(?:아이디|id|계정|닉네임|닉)\s*"
               r"(?:는|은|:|：)?\s*[@a-z0-9_.-]{3,}|"
               r"(?:아이디|id)\s*(?:는|은|:|：)?\s*[@a-z0-9_.-]{3,}[^.!?\n]{0,20}?(?:추가|친추|연락|메시지|메세지|톡|dm|디엠|검색)|"
               # ... or after it: "관심 있으면 개인 톡 주세요 ID gy_boss"
               r"(?:톡|연락|문의|친추|추가|dm|디엠)[^.!?\n]{0,15}?(?<![a-z])(?:아이디|id)\s*[:：]?\s*@?[a-z][a-z0-9.]*[_0-9][a-z0-9_.]*|"
               r"(?:카톡|라인|텔레\s*(?:그램)?|위챗|왓츠\s*앱|인스타|당근(?:\s*마켓)?\s*(?:채팅)?|디엠|dm)\s*(?:으로|로)\s*"
               r"(?:따로\s*|개인적으로\s*)?(?:연락|메시지|메세지|톡|문의|얘기|대화)\s*(?:주세요|주시면|줘|하세요|해요|합시다|드릴게요|드림|드려요|부탁)|"
               # "인스타 DM 주세요 @crew"
               r"(?:인스타(?:\s*그램)?|텔레\s*(?:그램)?|카톡|insta(?:gram)?|telegram)\s*(?:으로\s*|로\s*)?(?:dm|디엠|메시지|메세지|쪽지)\s*"
               r"(?:주세요|주시면|보내\s*주세요|줘|부탁)|"
               r"(?:친추|친구\s*추가)\s*(?:해\s*주세요|하세요|주세요|부탁|해\s*주시면|하시고)|"
               # a messenger handle to contact: "텔레그램 @review_job 으로 연락", "DM @abc"
               # (the message's forms fold "@" into "a": the handle is any Latin word, the contact verb says what it is)
               r"(?:카톡|카카오\s*톡?|라인|텔레\s*(?:그램)?|위챗|인스타(?:\s*그램)?|디엠|dm|telegram|insta(?:gram)?)\s*(?:은|는|:|：)?\s*"
               r"@?[a-z0-9_][a-z0-9_.]{2,}\s*(?:으로|로|에서|에)?\s*(?:예약\s*|주문\s*)?"
               r"(?:연락|문의|dm|디엠|메시지|메세지|톡\s*(?:주|하)|주세요|추가|친추|주문|예약)|"
               # ... or said first: "예약 문의는 인스타 @lash_bora", "주문은 카톡 shop_a1"
               r"(?:연락|문의|예약|주문|상담)\s*(?:은|는|:|：)?\s*(?:카톡|카카오\s*톡?|라인|텔레\s*(?:그램)?|인스타(?:\s*그램)?|"
               r"dm|디엠|telegram|insta(?:gram)?)\s*(?:은|는|:|：)?\s*@?[a-z0-9_][a-z0-9_.]{2,}"),
    # a leading or members-only room to ask about: "리딩방 원하시면 연락 주세요", "비공개 방으로 안내"
    re.compile(r"(?:리딩|종목|시그널|정보|투자|수익|주식|코인|재테크|vip|비공개|무료|스터디|공부)\s*(?:공유\s*)?(?:방|채널|그룹|모임|단톡)"
               r"[^.!?\n]{0,30}?(?:원하시|신청|말씀|연락|쪽지|개인\s*톡|갠톡|dm)"),
    re.compile(r"\b(?:add|dm|message|text|contact|find)\s+me\s+(?:on|at|via)\s+"
               r"(?:kakao|telegram|whatsapp|line|discord|signal|wechat|instagram|insta)\b"),
)
INVITATIONS: tuple[re.Pattern[str], ...] = ROOM_INVITATIONS + CONTACTS


_MAYBE_LINK = re.compile(r"[.。．]|dot|닷|쩜", re.IGNORECASE)


def link_text(text: str) -> str:
    """Undo "t . me", "t닷me", "open(dot)kakao" so spelled-out links are seen as links."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    return _LINK_DOTS.sub(".", _ABBR_SAFE.sub(" ", text)).lower()


def domain_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    host = host.lower().strip(".")
    return any(host == a.lower() or host.endswith("." + a.lower()) for a in allowed)


def find_links(text: str, allowed: tuple[str, ...]) -> list[tuple[str, str]]:
    """(host, link) of every link in `text` that is not on an allowed domain."""
    found: list[tuple[str, str]] = []
    if not _MAYBE_LINK.search(text):
        return found  # no dot of any spelling: no link
    spelled = link_text(text)
    for m in _URL.finditer(spelled):
        if m.start() > 0 and spelled[m.start() - 1] == "@":
            continue  # the domain of an e-mail address ("답변은 minsu@example.com 으로"), not a link
        host = m.group(1).lower()
        bare = host.removeprefix("www.")
        # A bare "word.word" needs a real-looking TLD or a scheme/www to count as a link:
        # "3.5배", "v1.2" never match (digits or one-letter endings fail the TLD test).
        tld = host.rsplit(".", 1)[-1]
        explicit = m.group(0).startswith(("http", "www"))
        known = bare in INVITE_HOSTS or bare in SHORTENERS
        if not explicit and not known and (tld not in _COMMON_TLDS or len(host.split(".")[0]) < 2):
            continue  # "M.net" is a TV channel, not a link
        if domain_allowed(host, allowed):
            continue
        found.append((bare, m.group(0)))
    return found


# News outlets: a resident who shares an article about the city takes part in the discussion, and the outside
# writers of room sets did not count such a link (7 of 9). A host that says "news" ("news1.kr",
# "n.news.naver.com", "cbnews-today.com"), the national and regional papers and broadcasters that do not, and
# an article page on any other site (most Korean papers' sites share one CMS: "/news/articleView.html?idxno=").
_NEWS_HOST = re.compile(
    r"news|(?:^|\.)(?:v\.daum\.net|yna\.co\.kr|chosun\.com|joongang\.co\.kr|donga\.com|hani\.co\.kr|khan\.co\.kr|"
    r"hankyung\.com|mk\.co\.kr|mt\.co\.kr|edaily\.co\.kr|seoul\.co\.kr|segye\.com|kmib\.co\.kr|munhwa\.com|"
    r"hankookilbo\.com|asiae\.co\.kr|heraldcorp\.com|kbs\.co\.kr|imbc\.com|sbs\.co\.kr|jtbc\.co\.kr|ytn\.co\.kr|"
    r"imaeil\.com|yeongnam\.com|kyongbuk\.co\.kr|kbmaeil\.com|busan\.com|kookje\.co\.kr|idomin\.com|kwnews\.co\.kr|"
    r"kado\.net|jjan\.kr|jnilbo\.com|kjdaily\.com|mdilbo\.com|joongdo\.co\.kr|cctoday\.co\.kr|kyeonggi\.com|"
    r"incheonilbo\.com|ihalla\.com|jemin\.com|koreaherald\.com|koreatimes\.co\.kr|koreajoongangdaily\.joins\.com|"
    r"bbc\.com|bbc\.co\.uk|reuters\.com|apnews\.com|cnn\.com|nytimes\.com)$"
)
_ARTICLE_PAGE = re.compile(r"/articleview|/newsview|/news/|/articles?/|[?&](?:idxno|newsid|article_?id)=", re.IGNORECASE)


def news_article(host: str, link: str) -> bool:
    """A link to a news article (a news outlet's site or an article page), not one that hides, sells or invites."""
    if host in INVITE_HOSTS or promotional([(host, link)]):
        return False
    return bool(_NEWS_HOST.search(host) or _ARTICLE_PAGE.search(link))


# Sites where a link leads to be read, watched or followed (a blog, a channel, an account, a photo): an outside link
# in an ad too (the outside writers: 3 ads of 3 with a blog link marked outside_link), unlike its short link or shop.
MEDIA_HOSTS = frozenset({
    "youtube.com", "youtu.be", "m.youtube.com", "blog.naver.com", "m.blog.naver.com", "post.naver.com", "instagram.com",
    "facebook.com", "m.facebook.com", "fb.com", "tiktok.com", "vt.tiktok.com", "x.com", "twitter.com", "threads.net",
    "brunch.co.kr", "blog.daum.net", "imgur.com", "pinterest.com", "tistory.com",
    # a Kakao channel is an account to follow, like a blog's ("안산시 공식 카카오채널 pf.kakao.com/_…")
    "pf.kakao.com"})


def media(host: str) -> bool:
    """A blog, a video channel, a social account or a photo host."""
    return host in MEDIA_HOSTS or host.endswith(".tistory.com")


# A room named in an ad with a link: the link leads into it ("코인 리딩방 … 무료 체험 bit.ly/…", "단톡방 선착순 50명
# https://bit.ly/…": 6 of the outside writers' 8 leading rooms with a short link are marked outside_link as well).
_AD_ROOM = re.compile(_CHAT_PLACE + r"|(?:리딩|종목|시그널|정보|투자|수익|주식|코인|재테크|vip|비공개|인증|공구|공동\s*구매|"
                      r"거래|중고\s*거래|부업|알바)\s*방(?![가-힣])")
# Words that send people into where the link leads, not to a shop: "무료 입장 …", "가입하세요 …", "구독 부탁".
_AD_WAY_IN = re.compile(r"가입|들어\s*오|들어\s*와|입장|초대|구독|\b(?:join|subscribe)\b")


def ad_leads_out(found: list[tuple[str, str]], forms: list[str]) -> str | None:
    """What takes an ad's readers out of the room, or None.

    An ad's short link, its shop's site, its messenger ID or handle are where to buy: the commercial rule's business
    (the outside writers marked an ad with a short or shop link commercial only in 19 rows of 11 files, against 5
    rows). A link into a chat or a community, a blog or a channel, a link into a room the ad names (a leading room),
    a link offered with a way in ("무료 입장", "가입하세요"), or an invitation into a place in words still lead out."""
    room = any(_AD_ROOM.search(form) for form in forms[:2])
    way_in = any(_AD_WAY_IN.search(form) for form in forms[:2])
    for host, link in found:
        if host in INVITE_HOSTS or media(host) or room or way_in:
            return link
    return invitation(forms, ad=True)


# The city's own account on a blog or a social site: "김천시 공식 블로그에 … blog.naver.com/gimcheon_city" is the
# city's site like its *.go.kr (the outside writers: 2 of 2 not marked).
_CITY_OFFICIAL = re.compile(r"(?:시|군|구|도|시청|군청|구청|도청)\s*(?:의\s*)?공식\s*(?:네이버\s*|카카오\s*톡?\s*|카톡\s*)?"
                            r"(?:블로그|유튜브|인스타(?:그램)?|"
                            r"페이스북|채널|sns|계정|포스트)")


def city_official(forms: list[str]) -> bool:
    """True when the message says its link is the city's own official account."""
    return any(_CITY_OFFICIAL.search(form) for form in forms[:2])


# The city's homepage named as such: "구청 홈페이지 bukgu.gwangju.kr", "서구청 홈페이지 … www.seo.incheon.kr". Many cities'
# and districts' sites are not on go.kr (nowon.kr, seo.incheon.kr, a metropolitan city's regional .kr); a .kr address
# the message calls the 시청, 구청 or 군청 homepage is the city's site, unless it hides, sells or invites (short links,
# shops and chats are never a city's site, whatever the message calls them).
_CITY_SITE = re.compile(r"(?:(?:시|군|구|도)청|주민\s*센터|행정\s*복지\s*센터|(?<![가-힣])[가-힣]{1,4}(?:시|군|구))\s*"
                        r"(?:의\s*)?(?:공식\s*)?"
                        r"(?:홈\s*페이지|홈피|누리집|웹\s*사이트|사이트)")


def city_site(forms: list[str], host: str, link: str) -> bool:
    """True when the message names its .kr link as the city's homepage and the link neither hides nor sells."""
    if not host.endswith(".kr") or host in INVITE_HOSTS or host in SHORTENERS or media(host) or promotional([(host, link)]):
        return False
    return any(_CITY_SITE.search(form) for form in forms[:2])


def promotional(links: list[tuple[str, str]]) -> list[str]:
    """The links that hide or sell: short links, online shops, shop domains, referral parameters."""
    return [link for host, link in links
            if host in SHORTENERS or host in SHOP_HOSTS or host.rsplit(".", 1)[-1] in _SHOP_TLDS
            or re.search(r"[?&](?:ref|code|invite)=", link)]


# Words that turn a link into an invitation: "가입하세요 https://…", "구독 부탁드려요".
_LINK_INVITE = re.compile(r"가입|들어\s*오(?!셨|신)|들어\s*와|참여|입장|구독(?!자)|팔로우(?!어)|모여|오세요|와\s*주세요|초대|놀러|"
                          r"\b(?:join|subscribe|follow\s+(?:us|me|our))\b")


def invites_in(forms: list[str]) -> bool:
    """True when the message asks people to join, enter or subscribe somewhere."""
    return any(_LINK_INVITE.search(form) for form in forms)


# Talking about invitations to warn or report is no invitation: "투자하라고 단톡에 초대하는 사람들 다 신고했어요".
_ABOUT_INVITES = re.compile(r"신고(?:했|하세요|합시다|해\s*주세요)|사기|조심|주의하세요|스팸|피싱|당했|"
                            r"(?:링크|초대|홍보)(?:는|은)?\s*(?:안\s*(?:된대|됩니다|돼요|된다)|금지|불가)")


def invitation(forms: list[str], ad: bool = False) -> str | None:
    """An invitation into another chat, café, band or server written out in words, or None.

    In an ad (`ad=True`) only an invitation into a place counts (`ROOM_INVITATIONS`): a messenger ID, a handle or an
    account to follow are the ad's contact details (`CONTACTS`)."""
    for form in forms:
        for pattern in ROOM_INVITATIONS if ad else INVITATIONS:
            m = pattern.search(form)
            if m and not _ABOUT_INVITES.search(form):
                return m.group(0)
    return None


# A messenger or social account given by its handle, or a chat or café by its quoted name, with nothing more said
# ("텔레그램 @richnonsan", "카톡 coinauto7", "인스타 @nail_seosan", "오픈채팅 '딸기농부네'로"): where to go, an
# invitation elsewhere. Outside writers mark it so in ads too (13 rows to 3 over the outside room sets). Read on
# the text itself: the message's forms fold "@" into "a", and a handle without "@" needs a digit or "_" to be one.
_HANDLE = re.compile(
    r"(?:카톡|ㅋ\s*톡|카카오\s*톡?|라인|텔레\s*(?:그램)?|위챗|인스타(?:\s*그램)?|디엠|오픈\s*(?:채팅|톡)(?:방)?|\bdm(?:\s+(?:me|us))?|\btelegram|\binsta(?:gram)?|"
    r"\bkakao(?:\s*talk)?(?:\s*open\s*chat)?|\bopen\s*chat|\bwechat|\bwhatsapp|틱톡|\btiktok)\s*(?:친추|친구\s*추가)?\s*(?:아이디|id|계정|채널)?\s*[:：]?\s*"
    # (a handle without "@" has a digit or "_" in it)
    r"(?:@[a-z0-9_.]{3,}|(?<![a-z0-9])[a-z][a-z0-9_.]*[0-9_][a-z0-9_.]*)"
    # or is a Latin word after a Korean messenger's name that ends the message or is what to contact: "… 카톡 smartdj"
    r"|(?:카톡|카카오\s*톡?|텔레\s*(?:그램)?|인스타(?:\s*그램)?|오픈\s*(?:채팅|톡)(?:방)?)\s*(?:아이디|id|계정)?\s*[:：]?\s*"
    r"[a-z][a-z0-9_.]{4,}(?=\s*[.!~]*\s*$|\s*(?:으로|로)?\s*(?:연락|문의|추가|친추|검색|톡\s*주))"
    r"|(?:오픈\s*채팅(?:방)?|오픈\s*톡(?:방)?|단톡(?:방)?|(?:네이버|다음)\s*카페|밴드)\s*['\"‘’“”「『][^'\"‘’“”」』]{2,20}['\"‘’“”」』]"
    # or given with its label: "kakao open chat id: sjforeign", "오픈채팅 아이디: townnews"
    # (or after what to do with it: "카톡 문의주세요 ID: cleanjj")
    r"|(?:카톡|카카오\s*톡?|텔레\s*(?:그램)?|라인|위챗)\s*(?:으로\s*)?(?:문의|연락|톡|친추|추가)[^.!?\n]{0,10}?(?<![a-z])(?:아이디|id)\s*[:：]\s*@?[a-z][a-z0-9_.]{2,}"
    r"|(?:카톡|카카오\s*톡?|오픈\s*(?:채팅|톡)(?:방)?|텔레\s*(?:그램)?|\bkakao(?:\s*talk)?(?:\s*open\s*chat)?|\bopen\s*chat|\btelegram|"
    r"\bline|\bwechat|\bdiscord)\s*(?:아이디|id|handle)\s*[:：]\s*@?[a-z][a-z0-9_.]{2,}"
    # or a chat's or a server's code or ID further on: "KakaoTalk group, search ID: bucheonglobal", "Kakao open chat
    # code: gwangju2024", "디스코드 부평 게임방 서버 코드 bp2024"
    r"|(?:카톡|카카오\s*톡?|오픈\s*(?:채팅|톡)|텔레\s*그램|디스코드|\bkakao(?:talk)?|\bopen\s*chat|\btelegram|\bdiscord|\bwechat)"
    r"[^.!?\n@]{0,25}?(?:아이디|코드|\bid|\bcode)\s*[:：]?\s*@?[a-z][a-z0-9_.]{2,}"
    # or an account to look up or add, wherever it is: "텔레그램에 검단 부동산 정보방 있어요 @gd_info 검색"
    r"|(?<![a-z0-9_.@])@[a-z][a-z0-9_.]{2,}(?=\s*(?:을|를|로|으로)?\s*(?:검색|친추|친구\s*추가|추가\s*(?:해|하|부탁)|팔로우|팔로))"
    # ... or an ID without "@" to look up ("당근에 동네모임 만들었어요 sdmom_22 검색하세요": a digit or "_" makes it one)
    r"|(?<![a-z0-9_.@])[a-z][a-z0-9_.]*[0-9_][a-z0-9_.]*(?=\s*(?:을|를|로|으로)?\s*(?:검색|친추|친구\s*추가))"
    # or a messenger's channel or room named before its handle ("텔레그램 영남알프스 산악회 채널 @ulju_alps_hike")
    r"|(?:카톡|카카오\s*톡?|텔레\s*(?:그램)?|인스타(?:\s*그램)?|오픈\s*(?:채팅|톡)|\btelegram|\bkakao(?:\s*talk)?)[^.!?\n@]{1,25}?"
    r"(?:채널|방|계정|그룹|모임)\s*[:：]?\s*@[a-z][a-z0-9_.]{2,}",
    re.IGNORECASE,
)


def handle(text: str) -> str | None:
    """A messenger or social handle, or a chat named in quotes, that the text points to; or None."""
    m = _HANDLE.search(text)
    return m.group(0) if m else None

