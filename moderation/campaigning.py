"""The `politics` house rule: campaigning for or against candidates and parties, and press releases.

Campaigning is a *request about an election*: a vote asked for or against someone
("박서연 후보 찍어주세요", "현 시장 다시 뽑으면 안 됩니다", "기호 2번"), a campaign
slogan ("준비된 시장 최민호"), a campaign event (출정식, 선거사무소 개소식, 지지 서명)
or a politician's press release pasted into the room. Discussing or criticising a
policy, the council or the mayor's policy is what the room is for and never matches:
every pattern needs an election, a vote or a press-release header, and the vote
verbs need a request form ("찍어 주세요", not "누구 찍든"). A demand that an
incumbent resign asks for no vote and is not campaigning (abuse when it insults), unless
signatures are gathered for it; a party's supporters or voters named as a camp, for or against, are;
a rules notice listing campaigning among what it forbids is masked before reading.

`find(forms)` takes the matching variants of one message (moderation.evasion.variants,
lower-cased) and returns the first evidence, or None.
"""

from __future__ import annotations

import re

PARTIES = (r"(?:더불어\s*민주당|더민주|민주당|국민의\s*힘|국힘|조국\s*혁신당|개혁\s*신당|정의당|진보당|녹색당|기본소득당|"
           r"새로운\s*미래|자유\s*통일당|(?:oo|○○|ㅇㅇ|xx|△△|(?<![a-z가-힣])[oㅇ○x△])\s*당(?![가-힣])|(?:oo|○○|ㅇㅇ|xx|△△)\s*당|"
           # a party's name masked with any marks, as writers do ("◇◇당", "□□당", "**당")
           r"[○●◯◇◆□■△▲▽☆★◎※＊*]{2,3}\s*당|"
           # a party by its ballot number ("2번당은 절대 안 됩니다")
           r"(?<!\d)\d\s*번\s*당(?=[은는이가을를에의도만\s]|$))")
# A person's name as writers mask it in a slogan: "○○○", "ㅇㅇㅇ", "OOO", "김○○"
# (the message's forms fold a run of marks into two: "○○○" is read as "○○")
_MASKED_NAME = r"[○ㅇ△□◇]{2,3}|(?<![a-z])(?:o{2,3}|x{2,3})(?![a-z])|[가-힣][○ㅇ△□◇x]{2}(?![가-힣○ㅇ△□◇x])"
_SLOGAN_WORD = r"(?:새로운|젊은|정의로운|힘찬|행복한|당당한|희망찬?|깨끗한|따뜻한|더\s*큰|살맛\s*나는|활기찬|살기\s*좋은|든든한)"
# An office holder's removal or a second term opposed: what a drive, a rally or a petition against them is for
_OFFICES = r"(?:시장|군수|구청장|도지사|교육감|국회\s*의원|시\s*의원|도\s*의원|구\s*의원|의원(?<![한병]의원)|대통령)"
# (a recall is always an office holder's; a dismissal only with the office named: "구의원 해임 청원", not a manager's)
_AGAINST_OFFICE = (r"(?:사퇴|퇴진|소환|물러나|탄핵|퇴출|리콜|(?:연임|재선|재임|출마)\s*(?:반대|저지)|"
                   + _OFFICES + r"\s*(?:[가-힣○ㅇ]{2,3}\s*)?(?:해임|파면)|"
                   # an office holder denounced or to be replaced, with a petition ("구의원 ○○○ … 발언 규탄 서명해주세요",
                   # "읍장 교체 요구 연명부 받습니다")
                   # (the office as a word of its own, and not the market: "시장 상인회 대형마트 규탄 서명" is no campaign)
                   r"(?<![가-힣])(?:시장(?!\s*(?:상인|상가|골목|입구|번영회|상점|안|앞|뒤|옆|통))|군수|구청장|도지사|교육감|"
                   r"(?:국회|시|도|구|군)?\s*의원|의장|대통령|읍장|면장|동장)\s*(?:[가-힣○ㅇ]{2,3}\s*)?[^.!?\n]{0,20}?"
                   r"(?:규탄|(?:교체|경질)\s*(?:요구|촉구)))")
# Words that make a message about an election (the context a vote verb needs).
_ELECTION = re.compile(
    r"선거|투표|후보|기호\s*\d|당선|무소속|양당|낙선|재선|출마|출정식|유세|공약|한\s*표|표로|표를|공천|경선|지방\s*선거|총선|대선|보궐|"
    r"투표소|투표장|사전\s*투표|선거\s*사무소|캠프|다시\s*(?:뽑|찍)|" + _OFFICES + "|" + PARTIES)
# A vote asked for ("찍어 주세요", "뽑읍시다") or against ("찍지 맙시다", "뽑으면 안 됩니다").
_VOTE_REQUEST = re.compile(
    r"(?:찍|뽑)(?:어|아)\s*(?:주세요|주십시오|주시길|주시면|줍시다|줘요|줘|야\s*(?:합니다|해요|죠|돼|됩니다))|"
    r"(?:찍|뽑)(?:읍시다|자(?![가-힣])|으세요|으십시오|어요|아요|어라|아라)|(?:찍|뽑)으러\s*(?:갑시다|가요|가자|가세요)|"
    r"(?:찍|뽑)(?:지)\s*(?:맙시다|마세요|말자|말아\s*주세요|마라|마십시오)|"
    r"(?:찍|뽑)(?:어|아|으면|어\s*주면|아\s*주면)\s*(?:안\s*(?:됩|돼|되)|절대)|"
    r"(?:찍|뽑)(?:어|아)?\s*주면\s*안|(?:찍|뽑)(?:으면|어야|아야)|"
    # a vote refused in the writer's own voice: "다음엔 절대 안 뽑는다", "두 번 다시 안 찍어요"
    r"(?:다음(?:엔|에는|\s*선거(?:엔|에는|에서)?)|이번(?:엔|에는)|두\s*번\s*다시)\s*(?:절대|결코|다시는)?\s*안\s*(?:뽑|찍)|"
    # ... or as a vote withheld: "○○당 의원들은 뭐하나 다음엔 표 안 줍니다"
    r"표\s*(?:를\s*)?(?:절대\s*|다시는\s*)?(?:안|못)\s*(?:줍니다|줘요|줘(?![가-힣])|준다|줄\s*(?:거|겁니다|래요|게요)|드립니다|드려요|줌)|"
    r"한\s*표\s*(?:부탁|주십시오|주세요|호소)|표를?\s*(?:몰아|모아)\s*주|힘을\s*(?:실어|모아)\s*주|"
    r"지지\s*(?:해\s*주|부탁|합시다|호소|선언|서명)|밀어\s*주(?:세요|십시오|자|시길)|"
    r"(?:표로|투표로|선거로|선거에서)\s*(?:꼭\s*)?(?:심판|응징|보여\s*줍)|심판\s*(?:합시다|하자|해야|해\s*주세요)|"
    r"낙선\s*(?:시키|시켜|시킵|운동)|당선\s*(?:시키|시켜|시킵|운동)|재선\s*(?:으로\s*보답|시켜|시킵)|"
    r"기억해\s*(?:주세요|주십시오|두세요|둡시다)|기억하세요|기억합시다|떨어뜨(?:립시다|리자|려야|려\s*주세요)|"
    r"표\s*(?:를\s*)?(?:주지|몰아주지)\s*(?:맙시다|마세요|말자|마라|말아)|표\s*(?:를\s*)?(?:주세요|주십시오|줍시다|주자)|"
    r"(?:응원|지지)\s*(?:하러|해\s*주러)\s*(?:와|오)|(?:와서|오셔서)\s*(?:응원|지지)")
# Photos and weeds are also 찍어 / 뽑아: "사진 찍어 주세요", "잡초 좀 뽑아 주세요" (the object right before the verb;
# a count between them is still the object's: "도장 3번 찍어야" is stamps, not a ballot).
_NOT_A_VOTE = re.compile(r"(?:사진|영상|인증\s*샷|셀카|동영상|cctv|블랙박스|도장|잡초|풀|번호표|대기표|말뚝|못|이빨|나무|뿌리|"
                         r"누구|누굴|누구를|어디)"
                         r"\s*(?:을|를|도|만|좀|도\s*좀|을\s*좀|를\s*좀)?\s*(?:\d{1,2}\s*번\s*)?(?:꼭\s*|빨리\s*|다\s*)?$")

_BALLOT_NUMBER = re.compile(r"\d\s*번\s*(?:꼭\s*)?$")
# A vote refused in the writer's own voice, no election word needed ("다음엔 절대 안 찍음"), unless photos are taken
# ("그 사진관 다음엔 절대 안 찍어요").
_VOTE_REFUSED = re.compile(r"(?:다음(?:엔|에는|\s*선거(?:엔|에는|에서)?)|두\s*번\s*다시)\s*(?:절대|결코|다시는)\s*안\s*(?:뽑|찍)")
_PHOTO = re.compile(r"사진|영상|셀카|스튜디오|cctv|블랙박스|도장")

_STANDALONE: tuple[re.Pattern[str], ...] = (
    re.compile(r"기\s*호\s*(?:\d+|[○ㅇ])\s*(?:번|-\s*[가나다라])|#\s*기호"),
    # a drive to recall an office holder: "국회의원 리콜 청원 동의 부탁드립니다", "구청장 주민소환 카페 가입해주세요"
    re.compile(r"(?:주민\s*소환|리콜|소환\s*(?:청원|투표|운동|서명))[^.!?\n]{0,25}?(?:동의|서명|가입|참여|청원)\s*"
               r"(?:좀\s*)?(?:부탁|해\s*주|하세요|합시다|해요|바랍니다|해\s*주세요)|"
               # ... an office holder to be recalled, said as the call itself: "이 구청장 리콜합시다", "이런 사람 리콜 서명하러 가요"
               + _OFFICES + r"[^\n]{0,60}?리콜\s*(?:합시다|하자|해야|ㄱㄱ|서명\s*(?:하러|ㄱㄱ|해요|합시다|해\s*주))"),
    # a petition drive for someone's removal: "구청장 사퇴 촉구 청원 동의 부탁드려요", "청원 동의 부탁드려요 … 퇴진 촉구 국민청원"
    re.compile(r"(?:사퇴|퇴진|탄핵|파면|해임|물러나)[^.!?\n]{0,8}?(?:청원|서명)[^.!?\n]{0,25}?(?:동의|서명|참여|동참)\s*(?:좀\s*)?"
               r"(?:부탁|해\s*주|하세요|합시다|해요|바랍니다)|"
               r"(?:청원|서명)\s*(?:동의|참여|동참)\s*(?:좀\s*)?(?:부탁|해\s*주|하세요|합시다)[^\n]{0,30}?(?:사퇴|퇴진|탄핵|파면|해임)|"
               r"(?:사퇴|퇴진|탄핵|파면|해임)\s*(?:촉구|요구)?\s*(?:서명|청원)\s*(?:ㄱㄱ|고고|갑시다|가자|하자|받습니다|받아요)|"
               # ... with the petition's link further on, the next line too ("구청장 물러나라!! … / 온라인 서명 ▶ forms.gle/…")
               r"(?:사퇴|퇴진|탄핵|파면|해임|물러나)[\s\S]{0,60}?(?:온라인\s*)?(?:서명|청원)\s*(?:링크|주소|하기)?\s*[:▶→👉>]*\s*"
               r"(?:https?://|forms\.gle|bit\.ly|han\.gl|naver\.me|me2\.do|url\.kr)|"
               # a recall group to join, a removal chanted twice ("○○○ 사퇴하라!! 사퇴하라!!"), a rally for a removal
               # to come to ("사드 철회 집회 토요일 2시 … 많이 와주세요"); one demand said once is no campaign
               r"주민\s*소환[^.!?\n]{0,20}?(?:함께|같이)\s*(?:해요|하세요|합시다|해\s*주세요)|"
               r"(사퇴|퇴진|물러나)\s*하?라\s*[!~]+\s*\1\s*하?라|"
               # the petition named first ("청원 올렸습니다 군수 사퇴 촉구 동의 부탁드려요"), signatures gathered together
               # ("군수 물러나라!! 국민청원 같이 해요 다들 서명 ㄱㄱ", "의장 사퇴 촉구 서명 모아요"), a rally further on
               # ("시장 퇴진!! … 토요일 오후 2시 시청광장 집회 함께해요")
               r"(?:청원|서명)[^\n]{0,30}?(?:사퇴|퇴진|탄핵|파면|해임)\s*(?:촉구|요구)?\s*(?:동의|서명|참여|동참)\s*(?:좀\s*)?"
               r"(?:부탁|해\s*주|하세요|합시다|ㄱㄱ|고고)|"
               r"(?:사퇴|퇴진|탄핵|파면|해임|물러나)[^\n]{0,20}?(?:청원|서명)[^\n]{0,20}?(?:같이\s*(?:해요|합시다|하자|해\s*주세요)|"
               r"함께\s*(?:해요|합시다|해\s*주세요)|ㄱㄱ|고고|모아요|모읍시다|모으고\s*있)|"
               r"(?:퇴진|사퇴|물러나|탄핵)[^\n]{0,50}?(?:집회|시위|촛불)[^\n]{0,30}?(?:와\s*주세요|오세요|참석|모입시다|모여\s*주세요|"
               r"함께해요|함께\s*해\s*주세요|참여해\s*주세요|같이\s*가요)|"
               r"(?:(?:○○|ㅇㅇ|[가-힣]{1,4})당\s*(?:주최|주관)[^\n]{0,40}?(?:집회|시위|행사|모임)|(?:집회|시위)[^\n]{0,30}?(?:○○|ㅇㅇ|[가-힣]{1,4})당\s*(?:주최|주관))"
               r"[^\n]{0,40}?(?:와\s*주세요|오세요|참석|모입시다|모여\s*주세요|함께해요|나와\s*주세요)|"
               r"(?:퇴진|사퇴|물러나|탄핵|규탄|철회)[^.!?\n]{0,10}?(?:집회|시위|촛불)[^\n]{0,40}?"
               r"(?:와\s*주세요|오세요|참석|모입시다|모여\s*주세요|함께해요|함께\s*해\s*주세요|참여해\s*주세요)"),
    # a ballot number pushed or its voters scorned: "이번엔 바꿉시다 3번", "1번 찍는 사람들은 …"; the one person for the job:
    # "동구 발전 책임질 사람은 박○○ 뿐입니다"
    re.compile(r"(?:바꿉시다|바꾸자|갑시다|가자|밀어\s*줍시다|뽑읍시다|찍읍시다|찍자)\s*[!,~]*\s*(?:기호\s*)?\d{1,2}\s*번(?![가-힣\d])|"
               r"(?<![\d-])(?:기호\s*)?\d{1,2}\s*번\s*(?:찍는|뽑는|찍은|뽑은)\s*(?:사람|분|인간|놈)들|"
               r"(?:책임질|맡길|믿을|바꿀|살릴|이끌|해결할)\s*(?:사람|분|후보|일꾼|리더)(?:은|는)?\s*"
               r"(?:" + _MASKED_NAME + r"|\d{1,2}\s*번)\s*(?:뿐|밖에)"),
    # a vote asked of the town's voters by number: "금정구민이라면 3번!", "시민이면 무조건 기호 2번"
    re.compile(r"(?:시민|구민|군민|도민|주민|국민)(?:이라면|이면|여러분)\s*(?:무조건\s*|당연히\s*|꼭\s*)?(?:기호\s*)?\d\s*번(?:\s*[!~]|\s*입니다|\s*찍)"),
    # a party pushed, a ballot number refused: "이번엔 ○○당 밀어줘야 9호선 연장 됩니다", "2번은 절대 뽑으면 안됨"
    re.compile(PARTIES + r"\s*(?:을|를)?\s*(?:밀어\s*(?:줘야|줍시다|주자|주세요|줘요)|찍어야|뽑아야)|"
               r"(?<![\d-])\d{1,2}\s*번(?:은|는)?\s*(?:절대|다시는|두\s*번\s*다시)\s*(?:뽑|찍)(?:으면|지)\s*(?:안|말)"),
    # a party named by its name and a vote for or against it: "민생당 찍으면 또 4년 날리는 거임"
    re.compile(r"(?<![가-힣])(?:(?!식당|성당|강당|서당|경로당|회당|사당|정당|본당|학당|별당|전당|명당|팔당|반당)[가-힣]{1,4}|(?:그|저|이)\s)당\s*(?:을|를|은|는|만)?\s*"
               r"(?:찍|뽑)(?:으면|어야|아야|어\s*주세요|아\s*주세요|읍시다|자(?![가-힣])|지\s*(?:마|말|맙))"),
    # slogans: a promise-word before an office or the candidate's title
    re.compile(r"(?:한|는|된|인)\s*일꾼|일꾼\s*[가-힣]{2,3}(?:이|가|과|와|[!,.]|\s|$)|"
               r"(?:일꾼|후보|시장|의원)[^\n]{0,20}?[가-힣]{2,3}(?:와|과)\s*함께\s*(?:새로운|더\s*나은|행복한|살기\s*좋은|힘찬|다시\s*뛰는)"),
    re.compile(r"(?:준비된|일\s*잘하는|검증된|깨끗한|힘\s*있는|능력\s*있는|믿을\s*수\s*있는|든든한|새로운|젊은|정직한|성실한)\s*"
               r"(?:시장|군수|일꾼|후보|시\s*의원|도\s*의원|구\s*의원|국회\s*의원|의원|구청장|교육감|도지사|리더)"),
    re.compile(_OFFICES + r"\s*(?:후보\s*)?[가-힣]{2,3}\s*(?:와|과)\s*함께\s*(?:만들|갑시다|가요|합시다|해요|바꿉)"),
    # slogans with the candidate's name or ballot number as writers mask it: "3번과 함께!", "오직 ○○○!", "무안의 봄
    # ○○○과 함께 👊", "바꿔야 산다!"; the town named twice in a slogan: "정선을 바꾸자! 새로운 정선!", "젊은 홍성,
    # 정의로운 홍성!" (a masked teacher "○○○ 선생님과 함께해요" is no candidate)
    re.compile(r"(?<![\d-])\d{1,2}\s*번(?:과|와)\s*함께\s*(?:[!~.]|$|합시다|해요|갑시다|가요|만들)|"
               r"(?:" + _MASKED_NAME + r")\s*(?:과|와)\s*함께\s*(?:[!~.]|[^\s가-힣a-z0-9]*\s*$|갑시다|가요|합시다|만들어요)|"
               r"(?:오직|역시|무조건|믿을\s*(?:건|사람은?))\s*(?:" + _MASKED_NAME + r"|\d{1,2}\s*번)\s*(?:뿐|밖에\s*없)?\s*[!~]|"
               r"바꿔야\s*(?:산다|삽니다)\s*[!~]|"
               # a party hailed: "다산을 지키는 힘 ○○당!"
               r"(?:힘|희망|선택|미래|답|일꾼)\s*" + PARTIES + r"\s*[!~]|"
               r"([가-힣]{2,3})(?:을|를)\s*(?:바꾸자|바꿉시다|살리자|살립시다|지키자|확\s*바꾸자)\s*[!~,][^\n]{0,30}?" + _SLOGAN_WORD +
               r"\s*\1(?![가-힣])|" + _SLOGAN_WORD + r"\s*([가-힣]{2,3})\s*[,!~]\s*" + _SLOGAN_WORD + r"\s*\2(?![가-힣])"),
    # campaign events and paperwork
    re.compile(r"출정식|선거\s*사무소|개소식|후원회|출판\s*기념회|북\s*콘서트|의정\s*보고회|당원\s*(?:가입|모집)|경선\s*(?:투표|참여)\s*(?:해|부탁|하세요)|"
               r"후보(?:\s*[가-힣○ㅇ]{2,4})?\s*인사\s*(?:드립니다|올립니다|드려요)|유세\s*(?:차량|동선|일정)|선거\s*운동|선거\s*홍보|유세\s*(?:일정|현장|차량)?(?:에|를)?\s*(?:와|오세요|초대|함께)|"
               r"예비\s*후보\s*(?:등록|사무소)|추천서|지지\s*서명|출마\s*(?:선언|합니다|했습니다|기자\s*회견)|공약\s*(?:발표|홍보)"),
    # A demand that an incumbent resign ("시장은 사퇴해라") is no campaigning: it asks for no vote (abuse if it
    # insults). A recall is a vote: "주민소환 서명 받습니다".
    re.compile(r"정권\s*(?:심판|교체|재창출)|주민\s*소환\s*(?:서명|투표|운동|청구|에\s*동참|동참|추진(?:합니다|해요|중|하고|위원?|단|\s*본부)|(?:하실|할)\s*분)"),
    # an incumbent's re-election feared or asked for without a vote verb: "현 시장 재선되면 익산 끝난다",
    # "… 의원님 덕분에 예산 따온 거 잊지 맙시다. 다음에도 꼭!"
    re.compile(_OFFICES + r"[^.!?\n]{0,15}?(?:재선|연임|당선|또\s*(?:되|당선))\s*(?:되면|하면|시키면|돼\s*버리면)\s*[^.!?\n]{0,15}?"
               r"(?:끝|망|큰일|답\s*없|암담|거덜)|"
               # ... or wished for: "시장님 이번에 재선되면 좋겠네요 일 잘하시는데"
               + _OFFICES + r"[^.!?\n]{0,15}?(?:재선|연임|당선)\s*(?:되면|하면|되시면|하시면|되셨으면|하셨으면|됐으면|했으면)\s*좋겠|"
               + _OFFICES + r"[^\n]{0,60}?(?:다음에도|다음\s*선거(?:에도|도))\s*"
               r"(?:꼭|또|무조건|한\s*번\s*더)\s*(?:[!~.]|$|뽑|찍|밀어|당선|부탁)"),
    # the incumbent or its party to be voted out, in words that ask for the vote without naming it: "한 당이 시장
    # 몇십 년 했으면 됐다 이번엔 무조건 바꾸자", "군수 세 번이면 됐지 다음엔 갈아엎읍시다"
    re.compile(r"(?:" + _OFFICES + r"|(?<![가-힣])당(?=이|은|을|에서|\s)|정당|여당|야당)[^.!?\n]{0,40}?"
               r"(?:이번(?:엔|에는|에)|다음(?:엔|에는|\s*선거(?:엔|에는|에서)?|\s*번(?:엔|에는)?))\s*(?:무조건|꼭|반드시|기필코|제발|좀)?\s*"
               r"(?:바꾸자|바꿉시다|갈아\s*(?:엎|치우)(?:자|읍시다|웁시다)|심판(?:하자|합시다))"),
    # a ballot number urged: "투표는 무조건 2번", "3번 김OO 후보"
    re.compile(r"(?:투표는|이번엔|이번에는|무조건|꼭|반드시|우리는|비례는)\s*(?:\d{1,2}|[○ㅇ])\s*번(?!\s*(?:출구|버스|마을|국도|도로|길|째|방|구역|게이트|창구|"
               r"줄|라인|홀|트랙|코스|문|석|칸))|\d{1,2}(?<![\d-]\d{3})\s*번\s*(?:[가-힣]{2,3}\s*)?(?:후보|예비\s*후보)|#\s*[가-힣]{2,4}\s*후보"),
    # a ballot number with an appeal right after it, no election word needed: "4번으로 뭉칩시다", "1번에 몰아 주세요",
    # "2번 찍기로 해요", "5번에 도장 꾹" (a count of requests, "3번 부탁드렸는데", is not an appeal)
    re.compile(r"(?<![\d-])\d{1,2}\s*번\s*(?:으로|에|에게|한테|을|를|만)?\s*(?:다\s*같이\s*|모두\s*|꼭\s*|똘똘\s*)?"
               r"(?:뭉치|뭉칩|몰아\s*(?:주|줍|드)|밀어\s*(?:주|줍|드)|찍기로|찍읍|찍자|표\s*(?:를\s*)?(?:모아|몰아)|"
               r"도장\s*(?:꾹|꼭)?\s*(?:찍|눌러|부탁)|한\s*표|기억\s*(?:해\s*(?:주|줘|둬|두)|하세요|합시다|해요))"),
    # a party's supporters or voters named as a camp, for or against ("○○당 지지자분들 모입시다", "ㅇㅇ당 지지자들은
    # 다 머리가 비었음", "○○당 놈들 다 똑같아"), voters of an office holder or of one party blamed ("현 시장 찍은 사람들
    # 반성하세요", "30년 한 당만 찍어서 이 꼴"), a petition against a politician or for a party's cause ("사퇴하라! 서명
    # 동참해주세요", "○○당 … 서명운동 참여해주세요"), a rally to go to together, a slogan of what the candidate knows
    re.compile(PARTIES + r"\s*(?:지지자|지지층|찍은\s*(?:사람|분)|찍는\s*(?:사람|분)|뽑은\s*(?:사람|분)|인간|놈|것|애|빠|충)(?:들|분들)?|"
               r"(?:" + _OFFICES + r"|" + PARTIES + r")\s*(?:을|를)?\s*(?:찍은|뽑은|찍어\s*준|뽑아\s*준)\s*(?:사람|분|인간|놈)들|"
               r"한\s*당만\s*(?:찍|뽑)|한\s*쪽만\s*(?:찍어|뽑아)\s*(?:주|줘|준|줬|서|가지고)|"
               # a party hailed as the town's own ("달성은 역시 ○○당이지")
               r"역시\s*" + PARTIES + r"\s*(?:이지|이죠|지|죠|입니다|뿐|밖에|최고)|"
               # a recall or removal drive's count and its call to sign ("주민소환 청원 5천명 돌파!! … 서명 안 하신 분 …")
               r"(?:주민\s*소환|사퇴|퇴진|탄핵)[^\n]{0,40}?서명\s*(?:안|아직\s*안|못)\s*하신\s*분|"
               r"(?:주민\s*소환|사퇴|퇴진|탄핵)\s*(?:청원|서명)\s*[\d,.]+\s*(?:명|천\s*명|만\s*명)\s*(?:돌파|넘었|달성)|(?<![가-힣])(?:그|저|이|어느|저쪽|이쪽|그쪽|반대쪽)\s*당\s*(?:을|를)?\s*(?:찍은|뽑은|찍어\s*준|뽑아\s*준|찍는|뽑는)\s*(?:사람|분|인간|놈|것)|"
               # a party's slogan: "민생을 살리는 정당 ○○당!", "일하는 정당"
               r"(?:살리는|지키는|바꾸는|책임지는|일하는|약속\s*지키는|함께하는)\s*정당(?![가-힣])|"
               + _AGAINST_OFFICE + r"[^\n]{0,20}?(?:서명|청원|연명\s*(?:부|서)?)\s*(?:운동)?\s*(?:에\s*)?"
               r"(?:동참|참여|부탁|해\s*주|받|진행|모집|링크|동의|합니다|하세요|해요|중(?![가-힣])|여기|시작|올라왔|올렸|올립|돌립|돌려)|"
               # a movement or a rally against an office holder to join: "군수 퇴진 촉구 집회 합니다 많이 참석해 주세요",
               # "시장 퇴진 운동 같이 하실 분 구합니다"
               + _AGAINST_OFFICE + r"[^\n]{0,20}?(?:집회|시위|운동|촛불|피켓|행진|궐기)"
               r"[^\n]{0,40}?(?:동참|참여|참석|모여|모입|모이|와\s*주|오세요|나와|같이|함께|하실\s*분|합니다|엽니다|열립니다|있습니다|부탁)|"
               # a party's cause joined: "구리를 서울로! ◇◇당과 함께 합니다"
               + PARTIES + r"(?:과|와)\s*함께\s*(?:합니다|해요|해\s*주세요|하겠습니다|갑시다|가요|해\s*주십시오)|"
               + PARTIES + r"[^\n]{0,50}?서명\s*(?:운동)?\s*(?:에\s*)?(?:동참|참여|부탁|해\s*주)|"
               # ... signed for with the party's name after: "원안 추진! 주민 서명 받습니다 ○○당 양평지역위원회"; a drive
               # to unseat shared on: "[서명] ○○○ 의원 사퇴 촉구 서명 forms.gle/… 공유 부탁드려요"
               r"서명\s*(?:운동)?\s*(?:을\s*)?(?:받습니다|받아요|받고\s*있|진행\s*(?:합니다|중))[^\n]{0,30}?" + PARTIES + r"|"
               + _AGAINST_OFFICE + r"[^\n]{0,20}?(?:서명|청원)[^\n]{0,40}?"
               r"(?:공유|동참|참여|동의|퍼뜨|퍼트|부탁)|"
               r"유세\s*(?:같이|함께)\s*(?:가|갑)|"
               # a party's event open to all: "정책 간담회 합니다 당원 아니셔도 환영 ○○당 지역위원회"
               r"당원\s*(?:이\s*)?아니(?:셔도|어도|라도|신\s*분도)|"
               # a party members' meeting with the town invited: "이번 주 토요일 당원 간담회 있습니다 많이 와 주세요",
               # "새희망당 ○○군 당원협의회 주민 간담회 … 많이들 오세요"
               r"(?:당원|당원\s*협의회|지역\s*위원회|당협)\s*[^.!?\n]{0,15}?(?:간담회|설명회|토론회|모임|행사|교육|대회|총회|콘서트|강연)"
               r"[^\n]{0,60}?(?:와\s*주|오세요|참석|함께\s*해|환영|모십니다)|"
               r"(?:행사|간담회|설명회|토론회|집회)[^\n]{0,40}?(?:합니다|열립니다|개최|진행|환영)[^\n]{0,40}?" + PARTIES +
               r"\s*[가-힣○◇□△ㅇx\s]{0,10}?(?:위원회|시당|도당|당협)|"
               + PARTIES + r"[^\n]{0,60}?(?:인사\s*(?:드립|드리겠|올립)|목소리를\s*듣겠)|"
               + PARTIES + r"[^\n]{0,40}?(?:행사|간담회|설명회|토론회|당원|집회|위원회|콘서트|강연|포럼|세미나|모임|발대식|"
               r"결의\s*대회|캠페인|바자회?|워크숍|민생\s*투어|현장\s*투어)[^\n]{0,40}?"
               r"(?:참석|와\s*주|오세요|함께\s*해|바랍니다|안내|열립니다|열려요|인사\s*드립|인사\s*드리|듣겠습니다|모집|참여|"
               r"합니다|해요|개최|진행|환영)|"
               r"(?:" + _OFFICES + "|" + PARTIES + r")[^\n]{0,60}?#\s*[가-힣a-z○ㅇx]{1,8}\s*(?:아웃|out)(?![a-z])|"
               + _OFFICES + r"[^.!?\n]{0,15}?(?:다음(?:엔|에는|\s*선거(?:엔|에는)?))\s*(?:절대|무조건)\s*안\s*(?:됨|돼|된다|됩니다)|"
               r"[가-힣]+(?:을|를)\s*(?:아는|지키는|살리는|책임질|바꿀)\s*(?:시장|군수|구청장|의원|일꾼|교육감)\s*[!,.]"),
    # (nineteenth round) the incumbent's third term to be stopped or a re-election hailed ("현 시장 3선 막자!!", "현 군수
    # 재선으로 철원 발전 계속!"), a bloc vote urged ("이번에도 몰표 갑시다"), one's own candidate's pledges to be read
    # ("저희 후보 공약 꼭 한번 봐주세요"), any party's briefing to come to ("토요일 … 새빛미래당 정책설명회 있어요 많이들 오세요")
    re.compile(_OFFICES + r"\s*(?:\d\s*선|연임|재선)\s*(?:을\s*|은\s*)?(?:막자|막읍시다|막아야|막아\s*주|저지|반대)|"
               r"(?:현|지금)\s*" + _OFFICES + r"\s*재선\s*(?:으로|해서|시켜서)|몰표\s*(?:갑시다|줍시다|주자|가자|ㄱㄱ|던집시다|부탁)|"
               r"(?:저희|우리)\s*후보(?:님)?[^.!?\n]{0,20}?(?:봐\s*주|부탁|지지|응원|한\s*표)|"
               # a masked candidate's pledges recommended ("누구 찍을지 고민이면 △△△ 공약 보세요")
               r"(?:" + _MASKED_NAME + r")\s*(?:후보(?:님)?\s*)?(?:의\s*)?공약\s*(?:꼭\s*|한\s*번\s*|좀\s*)?"
               r"(?:보세요|봐\s*(?:주세요|보세요)|읽어\s*보세요|확인해\s*보세요)|"
               r"(?<![가-힣])(?!식당|성당|강당|서당|경로당|회당|사당|정당|본당|학당|별당|전당|명당|팔당|반당)[가-힣]{2,6}당\s*"
               r"(?:정책\s*)?(?:설명회|간담회|토론회|당원\s*모임)[^\n]{0,30}?(?:오세요|와\s*주|참석|모십니다|환영)|"
               # (twenty-second round) a masked person introducing themselves and asking for support ("출근길 사거리에서
               # 인사드린 김○○입니다 … 지지 부탁드립니다"), an election promised as payback ("○○당이 다 망쳐놨음 다음 선거때
               # 두고 보자"), a ballot number and a candidate's name given as the answer ("공약 지킨 사람 보면 답 나옵니다 3번
               # 최민규": with an election word, see find)
               r"(?:" + _MASKED_NAME + r")\s*(?:입니다|이에요|예요|인사\s*드립니다)[^\n]{0,60}?"
               r"(?:지지|한\s*표|성원)\s*(?:부탁|해\s*주|바랍)|"
               # a masked name cheered after a slogan ("율하의 봄, 새로운 김해! 깨끗한 정치 ○○○ 응원합니다")
               r"(?:" + _MASKED_NAME + r")\s*(?:후보(?:님)?\s*)?(?:응원|지지)\s*(?:합니다|해요|해\s*주세요|할게요|하겠습니다)|"
               # a drive to replace an office holder ("읍장 교체 요구 서명 시작했습니다", "읍장 교체 청원 올렸습니다"), a
               # party's committee recruiting ("○○당 청주시당 청년위원 모집합니다")
               r"(?:" + _OFFICES + r"|읍장|면장|동장)\s*(?:을\s*)?교체\s*(?:요구|촉구)?\s*(?:서명|청원)[^\n]{0,30}?"
               r"(?:시작|올렸|올립|받|동의|참여|부탁|해\s*주)|"
               + PARTIES + r"[^\n]{0,20}?(?:청년\s*)?(?:위원|당원|대의원|서포터즈)\s*(?:모집|모십니다|구합니다)|"
               r"(?:다음|이번|내년|돌아오는)\s*(?:지방\s*)?선거\s*(?:때|땐|에|에서|날)?\s*(?:(?:두고\s*)?(?:보자|봅시다|봐라|보겠습니다)(?![가-힣])|"
               r"두고\s*(?:봐요|보세요)|"
               r"(?:꼭\s*|반드시\s*)?(?:갚아|되갚아)\s*(?:주자|줍시다|줘야|드립시다))"),
    # a candidate's pledges or introduction, a campaign's money
    re.compile(r"후보\s*(?:의\s*)?(?:공약|약속|정책)\s*[:：]|(?:후보|예비\s*후보)\s*[가-힣]{2,4}\s*(?:입니다|이에요|인사\s*드립니다)|"
               r"(?:후보|예비\s*후보)(?:입니다|예요|이에요)|출마(?:합니다|했습니다|하겠습니다|선언)|"
               r"후원\s*(?:계좌|금\s*(?:모금|부탁|보내)|회)"),
    # a politician's press release in the register of one ("… 의원은 … 밝혔다")
    re.compile(r"(?:의원|후보|도당|시당|당협|당원\s*협의회|위원장|" + PARTIES + r")[^\n]{0,60}?(?:밝혔다|말했다|강조했다|전했다|"
               r"촉구했다|비판했다|발표했다|확보했다|약속했다|규탄했다)"),
    # a candidate's promise in the first person: "시민의 편에 선 구청장, 김도윤이 해내겠습니다"
    re.compile(_OFFICES + r"[^\n]{0,25}?[가-힣]{2,3}(?:이|가)?\s*(?:해내|바꾸|지키|만들|책임지|앞장서)겠습니다"),
    # a candidate's public appearance: 거리 인사, 출근 인사, 유세
    re.compile(r"후보[^.!?\n]{0,20}?(?:거리\s*인사|출근\s*인사|인사\s*드리|유세|선거\s*운동)"),
    # a party's candidate recommended: "진보당 후보 꼭 한번 봐주세요"
    re.compile(PARTIES + r"\s*(?:의\s*)?(?:[가-힣]{2,3}\s*)?(?:예비\s*)?후보[^.!?\n]{0,25}?(?:주세요|주십시오|합시다|부탁|바랍니다|"
                         r"최고|밀어)"),
    # press releases: a statement's header, a politician's name with party and district, a statement's verdict
    # (a press release's own header is read by find(): the city's own releases are news)
    re.compile(r"[\[(■【<]\s*(?:성명서?|논평|기자\s*회견문?)\s*[\])■】>]"),
    re.compile(r"(?:의원|시장|후보|위원장|대표)\s*\(\s*" + PARTIES + r"\s*[,·/]"),
    re.compile(r"(?:당원\s*협의회|시당|도당|대변인|" + PARTIES + r")[^\n]{0,60}?(?:규탄한다|규탄합니다|촉구한다|철회하라|성명|논평)"),
)


# A press release's header ("[보도자료]", "보도 일시", "엠바고"): a politician's or a party's release is campaigning,
# the city's own ("[보도자료] OO시, 2027년 소상공인 지원사업 공고", "OO군, 축제 관람객 역대 최다 (보도자료)") is news.
_PRESS_HEADER = re.compile(r"[\[(■【<]\s*(?:[가-힣]{0,8}\s*)?보도\s*자료\s*[\])■】>]|보도\s*일시|배포\s*일시|엠바고\s*[:：]|"
                           r"보도\s*시점|즉시\s*보도\s*바랍니다|보도\s*자료\s*(?:배포|전문)")
# Who a release speaks for: an office holder, a candidate, a party or an election ("… 구청장 \"주민 안전 최우선\"",
# "[보도자료] 시장, 현장 소통 행보"). A market (전통시장, 중앙시장) is no mayor.
_POLITICAL = re.compile(r"후보|선거|당선|출마|공약|의원(?<![한병]의원)|구청장|군수|도지사|교육감|대통령|시장님|대변인|당협|도당|시당|"
                        r"(?<![가-힣])시장(?!\s*(?:상인|골목|입구|주차|안|가는|에서|\d))|" + PARTIES)

# A ballot number given as the answer in talk of an election: "투표 꼭 하세요~ 답은 1번입니다^^",
# "우리 동네 살릴 사람은 역시 2번뿐", "고민되면 4번 하나만 기억하세요" (not a bus, an exit, a count or a queue number).
_VOTE_TALK = re.compile(r"투표|선거|한\s*표|사전\s*투표|찍(?:으러|고\s*왔|었)|뽑(?:으러|고\s*왔)|누구\s*(?:뽑|찍)을")
_BALLOT_ANSWER = re.compile(
    r"(?:답|정답|결론|선택|해답|(?:제|내|우리)\s*(?:마음|픽|선택))(?:은|는|이|도)?\s*(?:정해져\s*있(?:습니다|어요|죠)\s*)?(?:무조건\s*|역시\s*|당연히\s*|오직\s*|딱\s*)?"
    r"(?<![\d-])\d{1,2}\s*번|"
    r"(?<![\d-])\d{1,2}\s*번\s*(?:뿐|밖에\s*없|말고는?\s*(?:없|누가|답)|하나만|만\s*기억|기억|이요|이죠|입니다|이에요|예요|인\s*거|이\s*답|이\s*정답|으로\s*가|에\s*한\s*표|!|\^)"
    )
# ... or as a ballot number with a candidate's name, where an election is talked of ("… 공약 지킨 사람 보면 답 나옵니다
# 3번 최민규"): a surname and a given name after the number, at the end or before a candidate word.
_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석"
             "선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
_BALLOT_NAME = re.compile(r"(?<![\d-])(?:기호\s*)?\d{1,2}\s*번\s*(?:후보\s*)?"
                          r"(?!이상|이하|이내|정도|정류|출구|연속|만에|차례|주기|반복|방문|민원|신고|전화|문의|안내|공지|선거|투표|공약|후보|버스|노선)"
                          r"[" + _SURNAMES + r"][가-힣]{1,2}"
                          r"(?=\s*(?:후보|입니다|이요|[!~.]|$))")
_NOT_BALLOT = re.compile(r"(?:대기|번호표|순번|출구|버스|줄|창구|게이트|라인|채널|문제)\s*$")


# Candidates, parties and campaigns named: with any appeal below, the message takes a side in an election.
_CAMPAIGN = re.compile(r"후보|기호\s*\d|당선|낙선|출마|공약|캠프|유세|재선|연임|정당|선거|" + PARTIES)
_CANDIDATE = re.compile(r"후보|기호\s*\d|당선|낙선|출마|캠프|유세|재선|연임|" + PARTIES)
# An appeal in any form but a question or a concession ("누구 뽑을지", "누구 찍든"), or a past vote.
_APPEAL = re.compile(
    r"(?:찍|뽑)(?!든|건|을지|을까|나요|았|었|혀|힌|히)|지지(?:합니다|해요|해\s*주|부탁|호소|선언|를\s*(?:부탁|보내))|"
    r"응원(?:합니다|해요|해\s*주|하러|부탁)|밀어\s*(?:주|줍|드)|당선(?:시|되어야|돼야|되게)|낙선|심판|"
    r"바꿉시다|바꿔야\s*(?:합니다|해요|죠|됩니다)|바꿔\s*주세요|교체\s*(?:합시다|해야)|갈아\s*(?:치웁|치워야|엎읍)|"
    r"함께\s*(?:해\s*주세요|해주세요|합시다|가요|갑시다)|도와\s*(?:주세요|주십시오|줍시다|주시길)|(?:믿고\s*)?맡겨\s*(?:주세요|주십시오)|"
    r"밖에\s*없습니다|승리\s*(?:합시다|하자|해야|를\s*위해)|동참(?:해\s*(?:주세요|요)|합시다|하세요|\s*부탁)|힘을\s*(?:모아|실어)|한\s*표|선택해\s*주|떨어뜨|막아\s*(?:야|냅시다|주세요)|"
    r"표(?<!투표)\s*(?:를\s*)?(?:주(?:세요|십시오|자|지\s*마|지\s*맙)|몰아)|(?:에게|한테)\s*(?:투표|한\s*표|표를)")


# Promoting a candidate without asking for the vote in words: news of them passed on and to come, interest asked
# for ("앞으로도 … 후보 소식 계속 올릴게요 관심 가져 주세요", "주변에도 알려 주세요"); only with a candidate named.
_PROMOTE = re.compile(
    r"(?:소식|공약|활동|영상|일정|근황|행보)[^.!?\n]{0,20}?(?:계속|자주|매일|꾸준히|앞으로도?)\s*(?:올리|올릴|공유|전해|퍼|알려)|"
    r"(?:계속|자주|매일|꾸준히|앞으로도?)\s*(?:올릴|올려\s*드릴|공유할|공유\s*드릴|전해\s*드릴|알려\s*드릴|퍼\s*나를)|"
    r"관심\s*(?:좀\s*)?(?:부탁|가져\s*(?:주|줘)|많이)|많은\s*관심|눈여겨\s*(?:봐|보)|지켜봐\s*(?:주|줘)|"
    r"(?:주변|주위|가족|이웃)(?:에도?|분들(?:께|한테)?도?|들한테도?)\s*(?:꼭\s*)?(?:알려|얘기|말씀|홍보|권해|소개)|널리\s*알려|"
    r"많이\s*(?:알려|봐\s*주|공유)|챙겨\s*(?:보세요|봐\s*주)|(?:좋아요|구독)\s*(?:눌러|부탁|해\s*주)|"
    # hands for a campaign, paid or not: "캠프에서 전화 홍보 도와주실 분 구해요 일당 지급", "자원봉사자 모십니다"
    r"자원\s*봉사(?:자)?(?:\s*분)?\s*(?:모집|모십|구해|구합|받습|신청)|(?:선거\s*)?운동원\s*(?:모집|모십|구해|구합)|"
    r"(?:도와|함께\s*(?:해|하)|해)\s*주실\s*분|(?:아르바이트|알바|일|봉사)\s*하실\s*분|(?:전화|문자|sns|피켓|명함)\s*홍보\s*(?:도와|하실|알바|인력|봉사)")
_NAMED_CANDIDATE = re.compile(r"후보(?!지)|예비\s*후보|기호\s*\d|출마|캠프|유세|" + PARTIES)

# A room's rules notice names the kinds it forbids ("광고, 선거운동, 외부 링크는 삭제됩니다"): campaigning named
# in such a list is forbidden, not done. The list is masked before the patterns read the message, so a
# campaign post that mentions the rule ("홍보 금지인 거 알지만 기호 2번 …") is still read.
_KIND = (r"(?:광고|홍보|선거\s*(?:운동|홍보|관련\s*글)|정치(?:\s*(?:글|얘기|이야기|관련\s*글))?|"
         r"특정\s*(?:후보|정당|인물)(?:\s*(?:홍보|지지|비방))?|"
         r"후보\s*홍보|지지\s*호소|(?:외부\s*)?링크|외부\s*(?:방|채팅)?\s*초대|(?:타|다른|외부)\s*(?:채팅\s*|단톡\s*|톡\s*)?방\s*(?:홍보|초대)|초대|욕설|비방|도배|스팸|음란물?|사칭|상업\s*(?:글|게시물))")
_RULES_NOTICE = re.compile(
    # (the separators may be gone: a form without punctuation reads "광고선거운동욕설외부링크는 … 삭제")
    _KIND + r"(?:\s*(?:글|게시물|행위|목적)?\s*(?:,|/|·|ㆍ|및|과|와|이나|나|또는|등)?\s*(?:정치\s*)?" + _KIND + r")+[^.!?\n]{0,30}?"
    r"(?:삭제|지웁|지워|지울|지움|금지|강퇴|내보내|내보냅|제재|제한|불가|안\s*됩니다|경고|차단|퇴장|삼가|자제|올리지\s*마|가려|가립|숨김|숨겨|블라인드)")


# Asking the room not to campaign names campaigning and does none: "투표는 하되 여기서 선거운동은 좀..", "선거 운동은
#자제해 주세요"
_NO_CAMPAIGNING_HERE = re.compile(r"선거\s*(?:운동|홍보)(?:은|는|이나|만큼은)?\s*(?:좀(?:\s*(?:\.\.|…|자제|그만|하지|마|말))?|자제|그만|"
                                  r"하지\s*(?:마|말|맙)|금지|안\s*(?:돼|됩|했으면)|삼가|올리지\s*마|여기서\s*(?:좀\s*)?(?:하지|말))|"
                                  # "여기 선거운동 하는 방 아닙니다", "선거운동 게시물은 삭제됩니다",
                                  # "선거 홍보 여기 올리면 안 되는 거 아님?"
                                  r"선거\s*(?:운동|홍보)[^.!?\n]{0,15}?(?:(?:방|곳|데)\s*(?:이\s*)?아닙|(?:방|곳|데)\s*(?:이\s*)?아니|삭제\s*(?:됩|합|해)|"
                                  r"올리면\s*안|하면\s*안|금지)")


def without_rules_notice(form: str) -> str:
    """`form` with the list of a rules notice blanked out (see _RULES_NOTICE); most forms come back as they are."""
    form = _NO_CAMPAIGNING_HERE.sub(lambda m: " " * len(m.group(0)), form)
    return _RULES_NOTICE.sub(lambda m: " " * len(m.group(0)), form)


# Every pattern above needs one of these (an election word, an office, a party, a ballot number, a
# press-release word): a message with none of them is not looked at further (most messages).
_ANCHOR = re.compile(
    r"후보|기호|선거|투표|당선|낙선|출마|공약|캠프|유세|재선|연임|정당|정권|일꾼|리더|시장|군수|구청장|도지사|교육감|의원|대통령|"
    r"출정식|개소식|후원|추천서|지지|소환|보도|성명|논평|기자|엠바고|배포|규탄|대변인|도당|시당|당협|당원|민주|국민의|국힘|혁신|개혁|정의당|"
    r"집회|시위|촛불|진보|녹색|기본소득|새로운\s*미래|자유\s*통일|(?:oo|○○|ㅇㅇ|xx|△△)\s*당|(?<![a-z가-힣])[oㅇ○x△]\s*당(?![가-힣])|"
    r"[○●◯◇◆□■△▲▽☆★◎※＊*]{2,3}\s*당|\d\s*번|#|vote|elect|ballot|candidate|campaign|mayor|"
    r"council|senator|president|resign|party|당만|쪽만\s*(?:찍어|뽑아)|당\s*(?:을|를|은|는|만)?\s*(?:찍|뽑)|(?<![가-힣])(?:그|저|이|어느)\s*당\s*(?:을|를)?\s*(?:찍|뽑)|사퇴|퇴진|물러나|탄핵|퇴출|안\s*(?:찍|뽑)|무소속|양당|지역\s*위원회|함께|바꾸자|"
    r"바꿉시다|바꿔야|살리자|살립시다|지키자|몰표|당\s*(?:정책\s*)?(?:설명회|간담회|토론회)|[○●◯◇◆□■△▲▽☆★◎]{2}|읍장|면장|동장|"
    + _SLOGAN_WORD + r"\s*[가-힣]{2,3}\s*[,!~]")


def find(forms: list[str]) -> str | None:
    """The evidence of campaigning or a press release in any form of a message, or None."""
    for form in forms:
        if not _ANCHOR.search(form):
            continue
        form = without_rules_notice(form)
        press = _PRESS_HEADER.search(form)
        if press and _POLITICAL.search(form):
            return press.group(0)
        if _CAMPAIGN.search(form):
            named = _BALLOT_NAME.search(form)
            if named and not _NOT_BALLOT.search(form[max(0, named.start() - 8):named.start()]):
                return _evidence(form, named)
        if _VOTE_TALK.search(form):
            for answer in _BALLOT_ANSWER.finditer(form):
                if not _NOT_BALLOT.search(form[max(0, answer.start() - 8):answer.start()]):
                    return _evidence(form, answer)
        for pattern in _STANDALONE:
            m = pattern.search(form)
            if m:
                return m.group(0)
        refused = _VOTE_REFUSED.search(form)
        if refused and not _PHOTO.search(form):
            return refused.group(0)
        election = _ELECTION.search(form) is not None
        for m in _VOTE_REQUEST.finditer(form):
            if _NOT_A_VOTE.search(form[max(0, m.start() - 12):m.start()]):
                continue
            # "3번 뽑으면 …" names a ballot number; anything else needs an election in the message
            ballot = m.group(0)[0].isdigit() or (
                m.group(0)[0] in "찍뽑" and _BALLOT_NUMBER.search(form[max(0, m.start() - 8):m.start()]) is not None)
            if election or ballot:
                return _evidence(form, m)
        if _CANDIDATE.search(form):
            m = re.search(r"투표\s*(?:해\s*주(?:세요|십시오)|하세요|합시다|해요)", form)
            if m:  # "투표해 주세요" for someone named, not a reminder to vote
                return _evidence(form, m)
        if _NAMED_CANDIDATE.search(form):
            m = _PROMOTE.search(form)
            if m:
                return _evidence(form, m)
        if _CAMPAIGN.search(form):
            for m in _APPEAL.finditer(form):
                if m.group(0)[0] in "찍뽑" and _NOT_A_VOTE.search(form[max(0, m.start() - 12):m.start()]):
                    continue
                return _evidence(form, m)
    return None


# A demand that an office holder resign or step down ("군의원 OOO 사퇴하라", "시장은 책임지고 물러나세요"), with no
# election in it, asks for no vote: the politics head, which has learned "의원 OOO" from campaigns, does not read it.
_RESIGN = re.compile(r"사퇴|퇴진|물러나|내려\s*(?:오|와)|그만\s*두|옷\s*(?:을\s*)?벗|자리에서\s*(?:나가|떠나)")
_VOTE_WORDS = re.compile(r"후보|선거|투표|기호|당선|낙선|출마|공약|캠프|유세|한\s*표|찍|뽑")


# A question asked in the polite register ("… 공약 비교해 놓은 거 있나요?", "사전투표소 어디예요?").
_QUESTION = re.compile(r"(?:요|니까|까|나)\s*\?+\s*$")


def question_only(text: str, forms: list[str]) -> bool:
    """True when the message is a polite question that asks for no vote and appeals for nothing: election talk, no
    campaigning, whatever the politics head makes of the candidates it names."""
    return _QUESTION.search(text.strip()) is not None and not any(
        _VOTE_REQUEST.search(form) or _APPEAL.search(form) or _PROMOTE.search(form) for form in forms)


def resign_demand(forms: list[str]) -> bool:
    """True when the message demands that someone resign and says nothing of an election."""
    return any(_RESIGN.search(form) for form in forms[:2]) and not any(_VOTE_WORDS.search(form) for form in forms[:2])


def _evidence(form: str, m: re.Match[str]) -> str:
    start = max(0, m.start() - 12)
    return form[start:m.end()].strip()


# English (the forms are lower-cased): a vote asked for or against a candidate, party or office holder.
ENGLISH = re.compile(
    r"\b(?:vote|voting|elect)\s+(?:for\s+|against\s+)?(?:candidate|councill?or|mayor|senator|assembly(?:man|woman|member)|"
    r"the\s+\w+\s+party|[a-z]+\s+on\s+(?:june|may|april|march|election))\b|\b(?:please|pls|everyone|let'?s)\s+vote\s+for\b|"
    r"\bvote\s+for\s+[a-z]+\b.{0,40}\b(?:candidate|election|ballot|mayor|council)\b|"
    r"\bvote\s+[a-z-]+(?:\s+[a-z-]+)?\s+for\s+(?:mayor|council|governor|president|office)\b|\bre-?elect\b|\bcandidate\b.{0,30}?(?:\bnumber|\bno\.?|#)\s*\d|\b(?:don'?t|do\s+not|never)\s+(?:vote\s+for|re-?elect)\b|"
    r"\b(?:support|back)\s+(?:candidate|our\s+candidate)\b|\bcampaign\s+(?:office|rally|event)\b|\bon\s+the\s+ballot\b|"
    r"\bcampaign(?:ing)?\s+for\s+(?:candidate|councill?or|mayor|[a-z]+\s+(?:for|in)\b)|\bvote\s+(?:for\s+)?[a-z-]+\s+on\s+"
    r"(?:election\s+day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d)|\bballot\s+(?:number|no\.?)\s*\d|"
    r"\bvot(?:e|ing)\s+(?:for\s+)?(?:number|no\.?|#)\s*\d|"
    # an official to be voted out: "The mayor is useless, vote him out next time!"
    r"\bvote\s+(?:him|her|them|this\s+\w+|the\s+(?:mayor|councill?ors?|governor|\w+\s+party))\s+out\b|"
    r"\bvote\s+out\s+(?:the\s+)?(?:mayor|councill?ors?|governor|incumbent|him|her|them)\b")
