"""The `commercial` house rule: ads, shop promotion, side-job and investment bait, referral codes.

An ad is recognised by what it does, not by a list of ads: it sells or buys
something, makes an offer, names a price, speaks for a business, and asks people
to order, book or get in touch. Each of these is a *kind* of evidence and counts
once, however many words of that kind a message has:

| kind      | weight | e.g. |
|-----------|--------|------|
| bait      | 2 | 리딩방, 원금 보장, "월 300 보장", "지난달 180 벌었어요", 재택 알바 구해요, 추천인 코드, 당일 대출 |
| sale      | 2 | 팝니다, 매입합니다, 분양 상담, 견적 무료, 과외 합니다, 오픈 기념, [광고], 투룸 전세 나왔어요, |
|           |   | 입주 가능합니다, "이 방 보고 오시면 서비스", 보험 무료로 점검해 드려요 |
| kin       | 1.5 | a shop of the writer's family or friend: 우리 딸이 하는 네일샵, 조카가 분식집 오픈했는데 |
| offer     | 1 | 행사, 할인, 특가, 증정, 1+1, 무료 체험, 업그레이드 해 드려요 |
| price     | 1 | "6900원", "3만원에", "평당 9천원" |
| business  | 1 | 저희 가게, 사장입니다, "수제버거집 열었습니다", "세탁소 하는데", 원장 직강 |
| action    | 1 | 주문 가능, 예약 받아요, 상담 환영, 문의 주세요, 문자 주세요, 가 보세요, 팔아 주세요, a phone number |
| link      | 1 | a short link or a shop's site |
| hint      | 0.5 | 부업, 재택, 코인, 투자, 수익 |

Two or more is an ad (`[rules.commercial] thresholds.score`). A resident who
leaves a number for the city ("제 번호로 연락 주세요") has one action and nothing
else; a price in a complaint ("주차비 3000원 너무 비싸요") has one price. A message
that warns about scams ("리딩방 사기 조심하세요") loses the weight of its bait:
talking about bait is not bait. Policy news ("월 20만원 지원", "시에서 무료 상담
해준대요") is told apart by who offers it: the city's "지원", "시에서", "-대요".
"""

from __future__ import annotations

import re
from functools import lru_cache

_AMOUNT = r"\d[\d,.]*\s*(?:만\s*원?|천\s*원?|백\s*만?\s*원?|억|원|%|프로|배)"

# Kinds of businesses that advertise in rooms. A name alone is no ad ("치과 앞 불법주차"); a business
# that introduces itself or makes an offer is.
_BUSINESSES = (r"(?<!맘)카페|식당|금은방|"
               r"맛집|분식(?:집)?|치킨(?:집)?|피자(?:집)?|베이커리|빵집|떡집|반찬(?:가게)?|정육점|과일\s*가게|꽃집|미용실|"
               r"헤어\s*샵|"
               r"네일(?:샵)?|피부과|치과|한의원|안경원|학원|공부방|교습소|어학원|태권도장?|피아노|미술\s*학원|수영장|헬스(?:장)?|필라테스|"
               r"요가(?:원)?|pt\s*샵|합기도장?|주짓수|복싱(?:장)?|검도장?|발레(?:\s*학원)?|줄넘기\s*(?:학원|교실)|(?:애견|펫|반려\s*(?:견|동물))\s*미용|"
               r"포장\s*이사|용달|운전\s*연수|입주\s*청소|이사\s*청소|부동산|공인\s*중개사(?:무소)?|인테리어|이사\s*업체|청소\s*업체|세탁소|수선(?:집)?|방충망|줄눈|도배|"
               r"누수|에어컨|렌탈|정수기|보험\s*설계|카센터|세차장?|스튜디오|사진관|스냅|작가|뷔페|펜션|캠핑장|쇼핑몰|스토어|공방|키즈\s*카페|"
               r"산후\s*조리원|업체|가게|매장|샵|숍|펍|호프|포차|주점|이자카야|클리닉|공인중개사|할인점|무인\s*(?:아이스크림|카페|문구|밀키트)\s*(?:점|가게)?|"
               r"설비|철거|방역|견인|도장|pc\s*방|(?:코인\s*)?노래\s*(?:방|연습장)|당구장|스크린\s*(?:골프|야구)(?:장)?|볼링장|스터디\s*카페|만화\s*카페|독서실")

KINDS: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    ("bait", 2.0, re.compile(
        # unlisted shares, "money copied": "비상장 주식 선착순", "돈 복사 확실한 방법"
        r"비상장\s*(?:주식|종목|코인)|돈\s*복사|"
        # a side job that starts with a fee ("재료비만 내시면 바로 시작"), an affiliate link that pays its poster
        r"(?:재료비|가입비|교육비|등록비|보증금|키트\s*비)\s*(?:만\s*)?(?:내시면|내면|입금\s*하시면|입금하면|결제\s*하시면)|"
        r"(?:취업|합격|수익)\s*(?:100\s*%|백\s*프로)\s*보장|"
        r"coupa\.ng|link\.coupang\.com|쿠팡\s*파트너스|"
        # a sum promised or earned for little work
        r"(?:월|매달|매월|한\s*달(?:에)?|하루(?:에)?|일당|일급|주급|건당|매일|연|수익|수익률|지난\s*달(?:에)?|한\s*달\s*만에)\s*(?:최소\s*)?"
        + _AMOUNT + r"?\s*(?:이상\s*)?(?:보장|확정|수익|벌|버는|벌어|벌기|벌었|↑|이상\s*(?:가능|보장|수익)|가능(?!한\s*(?:지|가))|"
        r"바로\s*입금|입금|지급)|"
        r"원금\s*(?:두\s*배|\d+\s*배|보장|손실\s*(?:없|제로))|부수입|(?:돈|수익|월\s*\d+)\s*(?:만드는|버는)\s*(?:방법|법)|수익\s*(?:보장|인증|확정|장난\s*아니|대박)|확정\s*수익|고수익|"
        # investment bait
        r"리딩\s*방|무료\s*리딩|(?:코인|주식|선물|해외\s*선물|종목|전문가)\s*리딩|리딩\s*(?:받고|받아|해\s*드|진행|참여)|급등주|"
        r"종목\s*(?:을\s*)?(?:무료\s*)?(?:로\s*)?(?:추천|찍어|알려|공유)|(?:무료로|공짜로)\s*종목|(?:무료|공짜)\s*추천\s*종목|"
        # a payment app's "neighbour" button that pays its poster: "토스 이웃 찬스 한 번씩만 눌러주세요"
        r"(?:토스|toss)[^.!?\n]{0,10}?이웃\s*(?:찬스|응원|초대)|"
        # a short link to "look up" a payment: "me2.kr/… 누르면 재난지원금 대상 조회됩니다" (phishing)
        r"(?:누르면|눌러서|클릭\s*(?:하면|시))[^.!?\n]{0,20}?(?:지원금|환급금|보상금|대상)[^.!?\n]{0,10}?조회|수익률\s*\d|자동\s*매매|"
        r"투자\s*(?:무료\s*)?(?:상품|정보\s*방|방|수익\s*보장|세미나|설명회|강의)|(?:재테크|주식|코인|투자|리딩|급등)\s*(?:정보\s*)?방(?![가-힣])|"
        r"vip\s*방|(?:부동산|분양|청약)\s*(?:정보\s*)?방(?![가-힣])|(?:부동산|분양|코인|주식|재개발|재건축|토지)\s*투자\s*정보|"
        # an affiliate link, a link that pays its poster ("링크 눌러주시면 저도 포인트 받아요")
        r"link\.coupang\.com/a/|"
        # property news gathered to be read on the writer's own blog or channel: "분양정보 정리해놨어요 제 블로그 봐주세요"
        r"(?:분양|청약|부동산|시세)\s*정보[^.!?\n]{0,20}?(?:블로그|유튜브|채널|밴드|카페|텔레그램|단톡|톡방|방(?![가-힣]))|친구\s*초대\s*(?:링크|코드)?\s*(?:한\s*번만\s*)?(?:눌러|부탁)|(?:신규|첫\s*주문|가입)\s*쿠폰\s*(?:링크|코드)\s*(?:공유|드려|드립|나눔)|(?:링크|코드)[^.!?\n]{0,12}?(?:눌러|입력|가입)[^.!?\n]{0,20}?(?:포인트|적립|캐시|리워드|쿠폰)\s*(?:받|쌓|들어)|눌러\s*주(?:시면|면|세요)[^.!?\n]{0,15}?(?:포인트|적립금|캐시|리워드|커피|기프티콘|쿠폰)\s*(?:받|쌓|들어|와)|"
        # a sum in words: "한달만에 천만원 벌었어요"
        r"(?:천|백|수백|수천)\s*만\s*원?\s*(?:벌었|벌어|수익)|(?:부동산|분양|청약|토지|땅|임야)\s*(?:개발\s*호재\s*)?(?:확정\s*)?정보\s*(?:받아|공유|드립|드려)|"
        # land speculation: "토지 개발호재 확정 정보 공유합니다"
        r"개발\s*호재\s*(?:확정|정보|선점)|(?:토지|땅|임야|상가|오피스텔)\s*투자[^.!?\n]{0,12}?(?:적기|기회|타이밍|마지막)|코인\s*(?:투자\s*)?(?:정보|시그널)|(?:급등|상승)\s*(?:정보|종목|코인)|"
        # side jobs
        r"무자본\s*(?:창업|부업|가능|시작|으로|수익|ok)|"
        # a payment or shopping app's reward for each click, asked of the room: "토스 같이 키우기 눌러주실분~", "테무 링크
        # 한번만 눌러주실분", "토스 만보기 같이해요"
        r"(?:토스|toss|테무|temu|알리\s*익스프레스|캐시워크)[^.!?\n]{0,25}?(?:눌러|클릭)\s*(?:주|줘|드|좀)|"
        r"(?:토스|toss|테무|temu)\s*(?:[가-힣]{1,6}\s*){0,3}(?:같이\s*해요|같이\s*키우|같이\s*켜|친구\s*초대)|"
        # coins or shares taught or tipped for free, a month's thousand (만원) earned
        r"(?:코인|주식|종목|단타|선물)[^.!?\n]{0,12}?(?:무료|공짜)\s*(?:로\s*)?(?:추천|강의|알려|리딩)|월\s*(?:천|억)\s*(?:만\s*원?)?\s*(?:버는|벌기|벌어|수익)|서로\s*(?:눌러|클릭)\s*(?:줘요|주기|해요|요|드려요|드릴게요|합시다)|"
        r"재택\s*(?:부업|알바|근무\s*가능|근무자|작업)|부업\s*(?:모집|구함|구합니다|구해요|하실|알려|소개|추천|환영|가능)|"
        r"(?:알바|아르바이트|부업자|작업자)\s*(?:생\s*)?(?:모집|구합니다|구해요|구함|급구|채용)|급구(?<![가-힣]급구)|(?:타이핑|리뷰|포장|부업|꿀)\s*알바|"
        r"당일\s*(?:지급|정산)|수수료\s*(?:드려|드립|지급)|간단한\s*(?:일|작업|업무|알바)|대출\s*가능(?![한하])|일당\s*(?:\d|당일)|(?:자유|자율)\s*출퇴근|n\s*잡|경력\s*무관|나이\s*무관|용돈\s*벌이|(?:스마트\s*)?폰\s*(?:만|하나)\s*(?:로|있으면)\s*(?:누구나|돈|수익|가능|ok|월\s*\d|하루\s*\d)|누구나\s*(?:쉽게\s*)?(?:가능|할\s*수\s*있)[^.!?\n]{0,15}(?:수익|벌|돈|부업)|"
        # loans
        r"대출\s*(?:가능합니다|가능해요|상담\s*(?:해\s*드|가능|환영|문의)|문의\s*주세요|해\s*드)|당일\s*대출|무직자\s*대출|신용\s*(?:상관\s*(?:없이|없음|없어요|없습니다)|무관|불량\s*가능)|급전(?<![가-힣]급전)|"
        r"대출\s*한도\s*(?:조회|확인|높여)|(?:무료|간편)\s*한도\s*조회|"
        # a loan offered to those banks turn away: "대출 필요하신 분 저신용 무직자 당일 가능"
        r"(?:저신용|무직자|신불자|연체자|신용\s*불량자?)[^.!?\n]{0,15}?(?:대출|가능|승인|ok|환영)|대출\s*필요\s*(?:하신|한)\s*(?:분|사람)|"
        # referral codes and sign-up rewards
        r"추천인|추천\s*코드|가입\s*코드|친구\s*초대\s*(?:이벤트|코드|링크)|(?:할인|쿠폰|프로모션?|이벤트|초대)\s*코드\s*[a-z0-9]|"
        r"(?:할인|쿠폰|프로모션?|이벤트)\s*코드|추천[^.!?\n]{0,15}?코드\s*[:：]?\s*[a-z]{2,}\d{2,}|레퍼럴|referral|[?&](?:ref|referral|invite|code|rcode)=|"
        r"가입\s*(?:만\s*)?(?:하면|하시면|시)\s*[^.!?\n]{0,15}?(?:\d[\d,]*\s*(?:천\s*)?(?:원|포인트|p\b)|기프티콘|쿠폰|적립|상품권|캐시|커피)|"
        r"(?:초대|추천)\s*링크|(?:토스|캐시\s*워크|만보기|앱\s*테크|캐시\s*슬라이드|챌린저스|타임\s*스프레드|지니어트|빗썸|업비트)"
        r"[^.!?\n]{0,15}?(?:(?:초대|추천|친구)\s*(?:코드|링크)|친구\s*(?:초대|추가)\s*(?:해\s*주|부탁|해요|하실|좀))|쿠팡\s*파트너스|"
        r"신규\s*(?:가입|고객)\s*(?:시|하면|혜택|이벤트)|(?:포인트|리워드|캐시)\s*(?:주는|쌓이는)\s*앱|여기로\s*가입")),
    ("sale", 2.0, re.compile(
        r"[\[(【<]\s*(?:광고|홍보|ad|pr)\s*[\])】>]|광고\s*(?:합니다|드립니다|문의|환영)|홍보\s*(?:합니다|드립니다|해요|하러\s*왔|좀\s*할게요)|"
        r"팝니다|판매\s*합니다|판매해요|판매\s*중입니다|(?<![가-힣])(?:매매|매도)\s*(?:합니다|해요|드립니다)|"
        # an agent's trade: "아파트 매매 전세 상담", "상가 임대 전문" (a resident asks "전세 상담은 어디서 받나요?")
        r"(?:매매|전세|월세|임대)(?:\s*[·,/]?\s*(?:매매|전세|월세|임대))*\s*(?:상담|전문|중개)(?!\s*(?:은|는|을|를|받|센터|어디|해\s*주))|(?:예약|한정|특가|공동)\s*판매(?!\s*(?:플랫폼|장|센터|시설|망|몰|사이트))|"
        # selling direct, as a producer: "약초 직거래합니다", "직거래 해요 택배 가능"
        r"직거래\s*(?:합니다|해요|해\s*드|가능(?:합니다|해요))|처분\s*합니다|급매(?<![가-힣]급매)물?|매물\s*(?:있습니다|나왔|문의|보러)|내놓습니다|급처(?<![가-힣]급처)|양도\s*합니다|(?<![가-힣])(?:매입\s*(?:합니다|해요|해\s*드|전문|문의)|(?<![야어]\s)삽니다\s*[!~]|"
        # land pushed as an investment: "솔라시도 땅 지금 사두면 무조건 오릅니다", "다리 생기면 땅값 3배 갑니다 지금이 마지막 기회"
        r"(?:땅|토지|부지|임야|농지)(?:값)?[^.!?\n]{0,25}?(?:사\s*두(?:세요|시면|면\s*무조건)|투자\s*기회|지금이\s*(?:마지막\s*)?기회|"
        r"마지막\s*기회|무조건\s*오릅)|(?:토지|택지|전원\s*주택\s*부지)\s*분양|(?:땅|토지|농지|임야)\s*(?:사실\s*분|팝니다|싸게\s*내놨)|"
        r"창고\s*(?:대방출|정리\s*(?:세일|할인|특가|행사|대방출|전))|재고\s*(?:정리|처분|떨이)\s*(?:세일|합니다|해요|중)|(?:매매|전세|월세|매물)\s*(?:싸게|급하게|급매로|저렴하게)\s*나왔(?:습니다|어요)|"
        r"최고가\s*(?:로\s*)?(?:매입|모십|보상)|(?:매입|매매)\s*최고가|폐업\s*(?:정리|세일|처분)|전\s*품목\s*\d+\s*(?:%|프로)|고가\s*매입|현금\s*(?:즉시|매입|지급\s*즉시)|즉시\s*현금|(?:산지|농장|농가|현지)\s*직송|(?:산지|농장|농가|밭)에서\s*(?:바로|직접)\s*(?:보내|배송|발송))|\d[\d,]*\s*(?:만\s*)?원에\s*(?:팝|드려|드릴|넘겨|판매|양도|가져)|"
        r"분양\s*(?:중|상담|문의|홍보|마감|안내|특가|할인)|분양\s*설명회(?=[^?\n]{0,30}?(?:초대|오세요|와\s*주세요|방문|증정|참석|예약|선착순))|(?:조합원|입주권|분양권)\s*(?:물건|매물)\s*(?:나왔|있습니다|있어요)|"
        r"(?:분양권|입주권)?\s*전매\s*상담|투자\s*용\s*(?:으로\s*)?(?:강추|추천|딱)|지분\s*(?:매입|투자)\s*(?:상담|문의)|"
        # vouchers and local currency bought for cash at a cut ("지역화폐 삽니다 5% 빼고 현금"): resale the city forbids
        r"(?:상품권|지역\s*화폐|[가-힣]{1,4}페이|사랑\s*카드|기프티콘)\S{0,2}\s*(?:삽니다|사요|매입|구매\s*합니다|구합니다)|"
        r"\d+\s*(?:%|프로)\s*(?:빼고|떼고)\s*(?:현금|입금|계좌)|잔여\s*(?:호실|세대)|모델\s*하우스|선착순\s*(?:계약|분양)|"
        r"마지막\s*(?:잔여\s*)?(?:세대|호실)|중도금\s*(?:무이자|대출\s*가능)|계약금\s*\d+\s*(?:%|프로)|"
        r"출장\s*(?:마사지|안마|스웨디시|홈타이)|(?:24\s*시|24\s*시간)\s*(?:출장|마사지|안마)|"
        r"견적\s*(?:무료|문의|상담)|무료\s*(?:로\s*)?견적|견적\s*(?:을\s*)?(?:무료로\s*)?(?:봐\s*드|받아\s*보(?:세요|시고|시면|실))|출장\s*(?:가능|갑니다|와요|비\s*무료)|"
        r"(?<!왜\s)(?<!그냥\s)(?:과외|레슨|수업|강습|교습)\s*(?:합니다|해요|해\s*드|구하시|가능|문의)(?!\s*\?)|"
        r"(?:방학|겨울|여름|주말)\s*특강\s*(?:모집|개강|오픈)|무료\s*레벨\s*테스트|(?:오픈|개업|리뉴얼)\s*(?:기념|이벤트|특가|행사)|신장\s*개업|"
        r"그랜드\s*오픈|공동\s*구매\s*(?:합니다|해요|진행|모집|오픈|열|참여|받)|공구\s*(?:열|합니다|진행|오픈|모집)|"
        # a group-buy room or band to join: "귤 공동구매 하실 분 밴드에 모여요", "육아용품 공구방 밴드로 오세요"
        r"(?:공구|공동\s*구매)\s*(?:방|밴드|단톡|카페)|(?:공구|공동\s*구매)[^.!?\n]{0,12}?(?:하실\s*분|참여\s*(?:하실|원하|신청)|신청\s*받)|"
        r"견적\s*(?:바로|빠르게|당일|정확하게)?\s*(?:내\s*)?(?:드려요|드립니다|드릴게요)|"
        # letting and selling property, phone deals, review and promotion crews; a listing by its size: "토지 300평 매매
        # 펜션부지 최적" (not news of one: "300평 매매됐대요")
        r"(?:토지|땅|부지|대지|임야|전답|밭|논|상가|주택|전원주택|원룸|투룸|아파트|빌라|건물|공장|창고|사무실)\s*\d[\d,.]*\s*(?:평|㎡|m2|제곱미터)\s*"
        r"(?:매매|임대|분양|급매|전세|월세)(?!\s*(?:됐|되었|되|된|했|하|가|는|도|\?))|"
        r"(?<![가-힣])임대\s*(?:합니다|드립니다|놓습니다|문의\s*(?:주세요|환영|받))|단기\s*임대[^.!?\n]{0,12}?(?:가능|합니다|해요)|(?:전세|월세|매매)\s*(?:매물|놓습니다|내놓습니다)|"
        r"매물\s*(?:만\s*)?(?:소개|추천)\s*(?:합니다|해\s*드)|공짜\s*폰|휴대폰\s*성지|성지\s*(?:정보|좌표|시세)|"
        r"(?:번호\s*이동|기기\s*변경)\s*(?:문의|가능|특가|조건)|(?:체험단|서포터즈|기자단)\s*(?:모집|구해요|구합니다|신청)|"
        r"(?:전세|월세|매매)\s*(?:물건|매물)\s*(?:많|있|나왔|소개)|실\s*입주금|계약금\s*\d|미개봉|정가보다[^.!?\n]{0,10}싸게|"
        # a lease offered in one word, a right to a new flat sold on ("월세 놓아요", "전세 내놔요", "입주권 넘깁니다")
        r"(?:전세|월세|반전세|매매)\s*(?:놓아요|놔요|내놔요|내놓아요|드려요|줍니다)|"
        r"(?:입주권|분양권|딱지)\s*[^.!?\n]{0,20}?(?:매매|팝니다|팔아요|넘깁니다|넘겨요|양도|프리미엄|피\s*\d)|"
        r"싸게\s*(?:드려|드립|넘겨|팝니다|팔아요)|"
        # letting a room or a shop: "투룸 전세 나왔어요", "상가 월세 놓습니다", "다음 달 입주 가능해요"
        r"(?:원룸|투룸|쓰리룸|오피스텔|빌라|상가|사무실|점포|아파트|주택|방|집|\d{2}\s*평형?)\s*[^.!?\n]{0,20}?(?:월세|전세|반전세|임대|렌트)\s*"
        r"(?:나왔|놓|내놓|있습니다|있어요(?!\s*\?)|합니다|드려요|드립니다|가능(?:합니다|해요)(?!\s*\?)|구하시)|"
        r"(?<![가-힣])(?:전세|월세|반전세)\s*(?:있습니다|있어요)(?!\s*\?)|"
        r"입주\s*(?:바로\s*|즉시\s*)?가능(?:합니다|해요|하세요|!)|(?:즉시|바로)\s*입주\s*(?:가능|돼요|됩니다)|"
        # a free check or consultation offered by the writer: "보험 무료로 점검해 드려요", "청구 못 한 거 찾아 드려요"
        r"(?:무료|공짜|무상)(?:로)?\s*(?:보험|세무|법률|재무|대출|연금|노무|자산|재테크)?\s*(?:점검|상담|분석|리모델링|진단|설계|정리|비교)\s*"
        r"(?:을\s*|를\s*)?(?:다\s*)?(?:해\s*드|봐\s*드|드립니다|드려요|드릴게요|해\s*줄게|받아\s*보세요|가능합니다)|"
        r"(?:보험|세무|법률|재무|연금|노무|자산)\s*(?:점검|상담|분석|리모델링|진단|설계|정리)\s*(?:을\s*|를\s*)?(?:무료로|공짜로|무상으로)\s*(?:다\s*)?(?:해|봐)\s*드|"
        r"(?:보험금|청구|보상금|환급금)[^.!?\n]{0,15}?(?:무료로|공짜로)\s*(?:다\s*)?(?:찾아|받아|청구해)\s*드|"
        # a deal for this room's members: "이 방 보고 오셨다고 하면 서비스", "단톡방 회원님들은 10% 빼 드려요"
        r"(?:(?:이|우리|이\s*단톡|이\s*톡|이\s*채팅)\s*(?:방|톡방|단톡방?|채팅방)|(?<![가-힣])(?:단톡방?|톡방|채팅방))\s*(?:을|를)?\s*(?:보고|보셨|회원|분들|식구|주민|이웃|가족)"
        r"[^.!?\n]{0,30}?(?:서비스|할인|덤|더\s*(?:드|얹)|드려|드립|드릴|빼\s*드|증정|무료|챙겨\s*드|싸게)|"
        r"(?:방|톡|단톡|채팅)\S{0,3}\s*보고\s*(?:왔다고|오셨다고|오시면|오면|왔다\s*하시면)[^.!?\n]{0,20}?"
        r"(?:서비스|할인|덤|더\s*(?:드|얹)|드려|드립|드릴|빼\s*드|증정|무료|싸게)")),
    # a shop run by the writer's family or friend: "우리 딸이 하는 네일샵", "사촌 언니가 분식집 차렸어요"
    ("kin", 1.5, re.compile(
        r"(?:(?:우리|저희|제|울)\s*|(?<![가-힣]))(?:딸|아들|며느리|사위|남편|신랑|와이프|아내|동생|여동생|남동생|언니|오빠|누나|형|친구|조카|"
        r"사촌(?:\s*(?:언니|오빠|동생|형|누나))?|친척|지인|엄마|아빠|어머니|아버지|이모|삼촌|고모|처남|처제|올케|후배|선배)"
        r"(?:네\s*(?:" + _BUSINESSES + r"|[가-힣]{1,4}집)|(?:이|가|네|께서)?\s*[^.!?\n]{0,25}?"
        r"(?:(?:하는|운영하는|차린|오픈한|개업한|새로\s*연)\s*[^.!?\n]{0,12}?(?:" + _BUSINESSES +
        r"|집|센터|사무소|농장|정비소)|(?:" + _BUSINESSES + r"|집|센터|사무소|농장|정비소)\S{0,2}\s*[^.!?\n]{0,10}?"
        r"(?:차렸|(?:문\s*)?열었|오픈\s*했|개업\s*했|시작\s*했|운영\s*해|해요|합니다|하는데)))|"
        r"제가\s*(?:하는|운영하는|차린)\s*[^.!?\n]{0,10}?(?:" + _BUSINESSES + r"|집)|"
        # "사장님이 저희 이모라서 홍보 좀": the owner named as the writer's relative
        r"(?:사장님?|주인|원장님?|대표님?)(?:이|은|께서|가)?\s*(?:저희|우리|제|울)\s*(?:딸|아들|며느리|사위|남편|신랑|와이프|아내|동생|"
        r"언니|오빠|누나|형|친구|조카|사촌|친척|엄마|아빠|어머니|아버지|이모|삼촌|고모|이모부|고모부|지인|후배|선배)")),
    ("offer", 1.0, re.compile(
        r"개시\s*[!~]|행사\s*(?:중|가격|합니다|해요|진행|기간|하고|오늘|까지)|(?:할인|특가|오픈|런칭|기념|감사)\s*행사|이벤트|할인(?!\s*율)(?!\s*(?:도|이|은|은커녕)?\s*(?:없|안\s*(?:돼|되|해)|하나\s*없))|세일|특가|최저가|반값|\d\s*\+\s*\d|사은품|증정|업그레이드\s*해\s*드|서비스\s*(?:로\s*)?(?:드려요|드릴게요|드립니다)|"
        r"무료\s*(?:로\s*)?(?:체험|상담|증정|시식|진단|강의|수업|배송|세미나|드려|드립)|"
        r"(?:상담|견적|체험|진단|방문|설치|배송|배달|출장)\s*(?:비\s*)?(?:는|도|까지)?\s*(?:무료|공짜)(?:입니다|예요|에요|로\s*해|!|\s*$)|체험\s*수업|첫\s*(?:달|주|수업|방문|주문|회)|"
        r"(?:입장|참가|관람)\s*(?:료|비)?\s*(?:는|도)?\s*(?:무료|없음|0\s*원)|무료\s*(?:입장|관람|참가)|"
        r"(?:등록|가입|결제|예약|사전\s*등록|계약|주문|구매)\s*(?:만\s*)?(?:하면|하시면|시)(?!\s*(?:바로\s*)?등업)\s*(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,15}?"
        r"(?:무료|할인|증정|공짜|드려|드립|준대|준다|줘요|사은품|서비스)|"
        # (not first come, first served complained about: "선착순 말고 추첨으로 바꿔주세요")
        r"선착순(?!\s*(?:말고|대신|이\s*아니|으로\s*하니|이라서|이니까))|한정\s*(?:수량|판매)|마감\s*임박|남은\s*수량|소수\s*정예|소수\s*그룹|최고가|쿠폰|혜택|파격|얼리\s*버드|땡처리|떨이|"
        r"무료(?:!|\s*$)|공짜|적립|(?:배달|배송|설치)\s*해\s*드(?:려요|립니다)|(?:넘깁니다|넘겨요|팔아요)(?!\s*\?)|"
        # a shop taking orders in its own voice: "설 떡국떡 예약받습니다 택배도 가능해요" (with a business, an ad)
        r"(?:주문|예약|선주문|사전\s*예약)\s*(?:받습니다|받아요|받고\s*있(?:어요|습니다))|(?:배달|포장|단체|택배)\s*주문(?:은|도|\s*가능|\s*받)|"
        r"(?:당일\s*)?(?:픽업|배달|포장|택배)\s*(?:도\s*)?(?:가능(?:해요|합니다|!|$|\s)|돼요|됩니다)|정기\s*(?:배송|구독)|택배(?:도|로)?\s*(?:가능(?:해요|합니다)|발송\s*(?:가능|해\s*드)|보내\s*드)")),
    # a service offered to do for you: "입주 청소 해드립니다", "폐차 대행도 해 드립니다" (a city answer says
    # 안내·확인·조치해 드리겠습니다, which this leaves out)
    ("service", 1.0, re.compile(
        r"(?:청소|시공|수리|설치|대행|철거|방역|코팅|교체|해결|이전|세탁|수거|배달|배송|리폼|맞춤\s*제작|제작)\s*(?:도\s*|까지\s*)?"
        r"(?:해\s*)?(?:드립니다|드려요|드릴게요|해\s*드림)|(?:시공|설치|청소|수리)\s*(?:특가|할인|이벤트)|"
        r"(?<![가-힣])(?!안내|확인|답변|조치|처리|검토|전달|연결|설명|회신|통보|공지|말씀|알려|보내|답|연락|초대|등업|바로\s)[가-힣]{1,4}\s*"
        r"(?:해|줘|려|워|와|어|아|여|켜|쳐|겨|셔|춰|봐|눠)\s*드(?:립니다|려요|릴게요|림(?![가-힣]))|"
        r"후기\s*(?:많아요|많습니다|보시고|확인)|견적\s*(?:바로\s*|무료로\s*|빠르게\s*)?(?:드림|드려요|드립니다|내\s*드)|"
        # the trades of drain and leak call-outs, listed as ads list them: "누수탐지 하수구뚫음 변기막힘", "고압세척"
        r"누수\s*탐지|고압\s*세척|(?:하수구|변기|싱크대|배수구)\s*뚫(?:음|어\s*드|기)|"
        # a call-out trade named as its ads name it ("보일러 출장수리 24시", "에어컨 청소 출장 전문"), reviews to be read
        # on the firm's blog or page ("후기는 블로그에")
        r"출장\s*(?:수리|세차|청소|분해\s*청소|설치|정비|수거|세탁|점검|견적|전문|수선|방역)|"
        r"후기(?:는|도)?\s*(?:제\s*)?(?:블로그|인스타|카페|유튜브|네이버|플레이스|프로필)|"
        # a service area or same-day work offered: "춘천 전지역 당일 가능", "전 지역 출장"
        r"전\s*지역\s*(?:출장|가능|방문|배달|시공|작업|다\s*가)|당일\s*(?:시공|출장|작업|수거|배송|설치|수리|방문\s*가능)|24\s*시(?:간)?[^.!?\n]{0,15}?(?:출동|출장)|24\s*시(?:간)?\s*방문|(?:한\s*번에|한\s*방에|깔끔하게|확실하게)\s*(?:해결|처리)\s*(?:해\s*)?(?:드|!|$|\d|0)")),
    ("enrol", 1.5, re.compile(r"(?:원생|원아|수강생|회원|신입생|신규생|신규\s*회원)\s*(?:모집|받습니다|받아요)")),
    ("earned", 2.0, re.compile(r"\d[\d,]*\s*(?:만\s*원?)?\s*벌었")),  # "지난달 180 벌었어요": bait
    ("price", 1.0, re.compile(r"\d[\d,.]*\s*(?:만|천)?\s*원(?:에|씩|부터|짜리|(?=[,!~)]|\s|$))|"
                              r"(?:평일|주말|1\s*박|1\s*인|1\s*시간|1\s*회)\s*\d+\s*만(?![가-힣])|"
                              r"\d[\d,.]*\s*(?:g|kg|개|팩|세트)\s*\d[\d,]*\s*원|평당\s*\d|"
                              # a price list in 만 without 원: "벽걸이 6만 스탠드 10만"
                              r"[가-힣]{2,4}\s*\d{1,3}\s*만(?![가-힣\d])[^.!?\n]{0,12}?[가-힣]{2,4}\s*\d{1,3}\s*만(?![가-힣\d])|"
                              r"\d+\s*(?:만|천)\s*원?\s*부터|\d[\d,]*\s*원(?=\s*(?:행사|할인|특가|이벤트)|[!,]\s)")),
    ("business", 1.0, re.compile(
        # group bookings taken, a shop named with a blank the writer left ("△△한의원", "OO필라테스")
        r"단체\s*(?:예약|주문|손님)\s*(?:환영|가능|받아요|받습니다)|"
        r"(?:[○△□◇●◎☆]{2}|oo)\s?(?:" + _BUSINESSES + r")(?!\s*(?:사장|주인|아들|딸|직원|사람|앞|옆|뒤|쪽))|"
        # ... or after the kind: "카페 ○○ 신메뉴 나왔어요"
        r"(?<![가-힣])(?:" + _BUSINESSES + r")\s?(?:[○△□◇●◎☆]{2}|oo)(?![가-힣○△□◇●◎☆o])(?!\s*(?:사장|주인|아들|딸|직원|사람|앞|옆|뒤|쪽))|"
        r"(?:저희|우리|제)\s*(?:가게|매장|업체|식당|카페|학원|샵|숍|공방|꽃집|빵집|병원|한의원|미용실|헬스장|공부방|스튜디오|교습소|가게)|"
        r"저희\s*[가-힣]{1,6}\s*(?:[가-힣]{1,4}집|가게|매장|식당|카페|학원|공방|농장|상회|업체)(?![가-힣])|사장(?:님)?이\s*직접\s*(?:끓|만들|굽|구워|담그|키우|요리)|"
        r"(?:공부방|학원|교습소|과외|레슨|피트니스|필라테스|요가원|헬스장|네일샵|미용실|공방|운전\s*연수)|"
        r"사장(?:입니다|이에요|인데요)|원장(?:입니다|이에요|\s*직강)|직강|(?:운영|영업)\s*(?:하는|중입니다|하고\s*있습니다)|전문\s*업체|"
        r"(?:오픈|개업)\s*(?:했습니다|했어요|합니다|하였습니다)|(?:열었|차렸)(?:습니다|어요)|"
        r"(?:" + _BUSINESSES + r")\s*하는데|출신|(?:누수|곰팡이|결로|하자\s*보수|방수|줄눈|탄성\s*코트|입주\s*청소|이사\s*청소|"
        r"에어컨\s*청소|도배|장판|폐차|이삿짐|수선|수리|세탁|한복|맞춤\s*정장)\s*전문|(?:배달|운영|마케팅|홍보|청소|세무|기장|구매)\s*대행|"
        r"(?:창업|마케팅|보험|재무|입시|인테리어)\s*컨설팅|경력\s*\d+\s*년|"
        r"[가-힣]{2,6}\s*전문(?=\s*(?:01[016789]|0\d{1,2}[-)]|업체|$|[!~.,]))|"
        # the writer's own shop by its name ("저희 호원반찬 오늘 갈비 들어왔어요"), a shop's promise ("집 안 조명은 저희가
        # 책임집니다")
        r"(?:저희|우리)\s*[가-힣]{1,6}(?:" + _BUSINESSES + r")(?![가-힣])|"
        # ... or by its trade, with a particle: "저희 정육점은 오늘 …", "우리 반찬가게도 …"
        # (not a relative working there, "우리 딸도 펜션에서 일해요", nor a club's online café, "우리 동호회 카페도 가입하세요")
        r"(?:저희|우리)\s(?:(?!동호회|모임|동아리|동네|마을)[가-힣]{0,5}[가-힣](?<![도은는이가를을])\s)?(?:" + _BUSINESSES + r")"
        r"(?=(?:은|는|도|에서|에)(?![가-힣]))|"
        r"저희(?:가|\s*업체가|\s*가게가)\s*책임\s*(?:집니다|지겠습니다|져요)|"
        r"[가-힣]{1,6}(?:설비|배관)\s*\(?0\d|"
        r"(?:웨딩|혼수|결혼|베이비|육아|유아|인테리어|건축|창업|가구|캠핑)\s*(?:[가-힣]{1,3}\s*)?(?:박람회|페어|엑스포|fair)|"
        r"새로\s*(?:생긴|연|오픈한|문\s*연)\s*\S{1,8}(?:인데요?|입니다|이에요|예요)|"
        # a business introducing itself: "브런치 카페입니다", "출장 스냅 작가입니다"
        r"(?:" + _BUSINESSES + r")(?:입니다|이에요|예요|인데요)(?=[\s~!.,]|$)|"
        r"(?:" + _BUSINESSES + r")\s*(?:합니다|해요|하고\s*있어요)(?=[\s~!.,]|$)|서비스\s*(?:합니다|해요|제공합니다|시작했)")),
    ("action", 1.0, re.compile(
        r"문의\s*(?:주세요|하세요|환영|는|:)|\d\s*:\s*\d\s*문의|연락\s*(?:주세요|주시면|주면|부탁|하세요)|쪽지\s*(?:주세요|주시면)|"
        r"(?:톡|문자|전화)\s*(?:만|한\s*통)?\s*(?:주세요|주시면|환영)|개인\s*톡|갠톡|dm\s*(?:주세요|주시면)|디엠|카톡\s*(?:아이디|id|문의)|말\s*걸어\s*주세요|"
        r"댓글\s*(?:주세요|남겨)|(?:주문|예약|상담|신청|방문)\s*(?:은|는)?\s*(?:가능|환영|받|문의|주세요|하세요|부탁)|예약\s*시|"
        r"맡겨\s*주세요|(?:들러|찾아|이용|방문|놀러)\s*(?:해\s*)?(?:주세요|오세요)|들렀다\s*(?:가세요|가셔요|오세요)|(?:가|들러|와)\s*보세요|팔아\s*주세요|애용해\s*주|"
        r"(?:전화|연락|문의|상담)\s*(?:해|받아)\s*보세요|(?:예약|주문|문의|상담)\s*(?:[!~]|$)|(?:주문|예약|문의|상담)(?:은|는)\s*(?:카톡|카카오|전화|문자|인스타|dm|디엠|네이버|톡)|"
        r"(?:상담|신청|주문|예약|구매)\s*링크|구독\s*(?:과\s*|이랑\s*|\s)?(?:좋아요|알림)?[^.!?\n]{0,6}?(?:부탁|눌러\s*주)|출석\s*체크[^.!?\n]{0,8}?(?:해|눌러)\s*주(?:세요|시면)|(?:네이버|인스타|쿠팡|카카오\s*맵|지도)(?:에서|에)?\s*(?:['‘\"]?[^\s'’\"]{1,12}['’\"]?\s*)?검색\s*(?:하면|하시면|해\s*보시면)\s*(?:바로\s*)?(?:나와|나옵|떠요)|(?:네이버|인스타|카카오|구글)[^.!?\n]{0,25}?검색\s*(?:해\s*(?:주세요|보세요|주시면)|하세요|ㄱㄱ|고고|ㄱ(?![가-힣]))|"
        r"단체\s*(?:예약|주문)|여기서\s*(?:사세요|구매|주문)|(?:예약|주문|구매|신청)\s*(?:은|는)\s*여기서|"
        r"(?:사러|먹으러|놀러|구경\s*하러)\s*(?:들\s*)?(?:오세요|와\s*주세요)|"
        # the shop's name to look up, quoted, at the end: "네이버에 '유성스파호텔' 검색"
        r"(?:네이버|인스타|카카오|구글|지도)\s*(?:에서|에)\s*['‘\"][^'’\"]{2,15}['’\"]\s*(?:으로|로)?\s*검색(?=\s*(?:[!~.]|$|하세요|요|ㄱ))|(?:주문|문의|예약|구매|연락)\s*(?:은|는|처)?\s*프로필|프로필\s*(?:참고|확인|링크)|01[016789][-\s.]?\d{3,4}[-\s.]?\d{2}[xX×*○]{2}|(?:써|먹어|사|발라|입어)\s*보세요|"
        r"많이\s*사\s*주세요|(?:주문|예약|구매|이용)\s*(?:도\s*)?많이\s*(?:해\s*주|부탁)|많이\s*(?:들|찾아|이용|방문|놀러|오세요|와\s*주세요|맡겨)|"
        r"(?:많은|큰)\s*(?:관심|방문|이용|사랑|참여|성원)|[☎☏📞]|\btel\s*[:.]|(?:문의|상담|예약|주문|구매|신청)\s*(?:환영|바랍니다|부탁)|(?:문의|상담|예약|주문)\s*(?:는|은|:)?\s*(?:카톡|톡|dm|문자)(?![가-힣])|궁금하면\s*(?:물어|연락|문의)|(?:편하게|부담\s*없이|걱정\s*없이|언제든지?)\s*(?:오세요|들르세요|방문|연락|문의|물어)|관심\s*(?:있는|있으신)\s*분|(?:궁금하신|필요하신|원하시는)\s*분(?:들)?\s*(?:은|들은)?\s*(?:여기|링크|아래|프로필)|링크\s*(?:좀\s*)?(?:눌러|클릭\s*해)\s*(?:주세요|줘요|주시면|주실\s*분|부탁)|01[016789][-\s.]?\d{3,4}[-\s.]?\d{4}|0\d{1,2}[-\s.)]\d{3,4}[-\s.]\d{4}|"
        # a number to ring for it, masked as residents post them: "문의 031-55x-xxxx"
        r"문의\s*:?\s*0\d{1,2}[-\s.)]\s?[\dxX×*○]{3,4}[-\s.][\dxX×*○]{4}|01[016789]-[\dxX×*○]{3,4}-[\dxX×*○]{4}")),
    ("recruit", 1.0, re.compile(r"하실\s*분|(?:구해요|구합니다|구함|모십니다)(?![가-힣])|모집\s*(?:중|합니다|해요|[!~])|누구나\s*가능")),
    # the terms of a property listing: with a contact, a price or an offer, an ad ("투룸 보증금 500 월세 40 … 연락주세요",
    # "상가 1층 권리금 없음 010-…"); alone, a resident may be talking about their own rent
    ("listing", 1.0, re.compile(
        r"보증금\s*\d|보증금\s*(?:없|무|0)|권리금|풀\s*옵션|전액\s*대출|(?:실\s*)?입주금|평당\s*\d|대지\s*\d|도보\s*\d+\s*분|역세권|"
        r"분양가|(?:상가|점포|사무실|매장)\s*자리|"
        # let by the owner, no agent: "부동산 안 끼고 직거래", "부동산 아니고 집주인이에요"
        r"부동산\s*(?:안\s*끼고|없이|아니고|아님|수수료\s*없이)|중개\s*수수료\s*없이|집주인\s*(?:이에요|입니다|직거래)|직거래\s*(?:원하시는|하실|하고\s*싶은)\s*분|융자\s*(?:없|가능|\d)|관리비\s*(?:포함|별도|\d)|시세보다|무권리|"
        r"(?:역|정류장|터미널|버스\s*정류장)(?:까지|에서)?\s*(?:걸어서|도보로?|차로)?\s*\d+\s*분|남향")),
    # the terms themselves: a kind of home or shop with its lease and a sum ("투룸 전세 1억 9천"); with the terms of a
    # listing above (minutes to the station, south-facing), an ad; alone, a resident's own rent ("투룸 월세 50 내는데")
    ("terms", 1.0, re.compile(
        r"(?:원룸|투룸|쓰리룸|오피스텔|빌라|상가|점포|사무실|아파트|주택)\s*[^.!?\n]{0,15}?(?:(?:전세|월세|반전세|매매|보증금)\s*\d|"
        # (the month's rent as listings write it: "원룸 풀옵션 즉시입주 월 30"; not "월 3회")
        r"(?<![가-힣])월\s?\d{2,3}(?=\s|$|만|[,!~/]))")),
    # a place to let for a business: "분식집 하기 딱 좋은 자리", "카페 자리로 추천", "코너 점포 나왔어요"
    ("vacancy", 1.0, re.compile(
        r"(?:하기|차리기|열기|창업하기)\s*(?:딱\s*|아주\s*|너무\s*)?(?:좋은|괜찮은|최적의?|좋아요)\s*(?:자리|위치|곳|점포|상가)?|"
        r"(?:" + _BUSINESSES + r")\s*(?:하기\s*좋은\s*)?자리\s*(?:로\s*)?(?:추천|딱|최고|강추)|"
        r"(?:상가|점포|사무실|매장|가게\s*자리)\s*(?:가\s*)?(?:나왔|비었|있어요|있습니다|놓|내놓)|(?:1|일)\s*층\s*(?:코너|상가|점포)|"
        # the same in the other order: "상가 1층 임대 … 카페 추천 자리"
        r"(?:상가|점포)\s*(?:1|일)\s*층\s*(?:코너\s*)?(?:임대|매매|세|자리)|(?:" + _BUSINESSES + r")\s*(?:추천|강추|하기\s*좋은)\s*자리")),
    # a messenger or SNS handle given to be contacted on: "인스타 @dogwash_yj", "카카오톡 ricecake_ys" (half: a club gives
    # one too; with an offer, an order or a business, an ad)
    ("handle", 0.5, re.compile(
        r"(?:카톡|카카오\s*톡?|인스타(?:\s*그램)?|텔레\s*그램|라인|위챗|instagram|insta)\s*(?:아이디|id|계정)?\s*(?:는|은|:|：)?\s*"
        r"@?[a-z][a-z0-9_.]{2,}")),
    # a shop or a product praised as a customer, saying it is no ad ("저 사장 아니고 그냥 맛있어서요", "광고 아님",
    # "저 진짜 효과봄"): the way shop promotion passes itself off in rooms (the outside writers, 7 rows in 6 files)
    ("testimonial", 1.0, re.compile(
        r"사장\s*(?:아니고|아님|아니에요|아닙니다|아니라)|(?:광고|홍보|협찬|뒷광고|파트너스\s*링크)\s*(?:아니고|아님|아니에요|아닙니다|절대\s*아니|x)|"
        r"(?:저|제가)\s*(?:진짜|직접|써\s*보고|먹어\s*보고)?\s*효과\s*(?:봄|봤|봤어요|봤습니다|보고)|효과\s*(?:짱|대박|최고)|인생\s*(?:템|맛집)|"
        r"(?:진짜|완전|엄청|너무)\s*싸(?:요|다|네요|게\s*팔)|홍보\s*좀(?!\s*(?:해\s*주|하지|그만|하세요))|"
        # a shop the writer names in quotes as their own pick: "저는 구룡포 '해풍상회' 쓰는데"
        r"(?:저는|전|저도|저희는)\s*[^.!?\n]{0,15}?['‘\"][^'’\"]{2,12}['’\"]\s*(?:만\s*)?(?:쓰는데|써요|이용하는데|다니는데|가는데|애용)")),
    # the writer speaking as the business, whatever its trade: "저희가 배관 뚫음 전문이라", "저희가 제일 빨리 갑니다",
    # "저희 '황남한옥스테이'는", "저희 조례동물병원에서도", "(제가 운영해요)" (not "저희 아파트 관리사무소")
    ("own", 1.0, re.compile(
        r"저희가\s*[^.!?\n]{0,20}?(?:전문(?:이라|이에요|입니다|으로)|잘\s*(?:합니다|해요|함)|(?:제일|가장)\s*(?:빨리|싸게|잘|저렴)|"
        r"(?:해|봐|고쳐|치워)\s*드(?:려요|립니다|림|릴게요))|"
        r"저희\s*[^.!?\n'‘\"“]{0,15}['‘\"“][^'’\"”]{2,15}['’\"”]|"
        r"저희\s*(?:[가-힣]{1,6}\s)?[가-힣]{0,6}(?<!관리)(?<!주민)(?<!복지)(?<!보건)(?<!행정)"
        r"(?:동물\s*병원|의원|사무소|방역|철거|견인|렌탈|임대|스테이|케어|재가\s*센터|약국|농원|농장)(?:에서|는|도|로|$|\s)|"
        r"(?:제가|저희가|저희\s*가족이)\s*(?:직접\s*)?(?:운영\s*(?:해요|합니다|하는|중|하고)|하는\s*(?:가게|곳|업체|집))|"
        # a business named in quotes by its trade ("'새봄약국'은 밤 12시까지", "'탐라방역' 연락줍서"), not a title
        # quoted as someone's words ("'수도검침원'이라고 하면서") nor a shop whose owner or staff the writer thanks
        # ("'○○마트' 사장님이 …"); not a centre, which the city runs as often ("'치매안심센터' 상담 예약은 …")
        r"['‘\"“][^'’\"”]{1,12}(?:" + _BUSINESSES + r"|약국|의원|내과|외과|소아과|안과|병원|상조|어린이집|유치원|세무|회계|"
        r"기획|하우스|스테이|케어|수리|열쇠|스토리지|상회|제과|농원|농장|마트)['’\"”]"
        r"(?!\s*(?:이?라고|이?라는|이?라며|이?란|사장|주인|직원|알바|점원|기사))|"
        # the writer naming their trade or post: "제가 약사에요", "(원장)", "렉카 하는 사람입니다", "설비 30년 했습니다"
        r"제가\s*(?:약사|원장|사장|대표|설계사|기사|강사|실장)(?:에요|예요|이에요|입니다|임(?![가-힣]))|"
        r"\((?:원장|[가-힣]사장|대표|약사|설계사|실장)(?:님)?\)|"
        r"[가-힣]{1,6}\s*(?:하는|운영하는)\s*사람(?:입니다|이에요|인데요)(?=\s|$|[.!~])|"
        r"[가-힣]{2,6}\s*\d+\s*년(?:째)?\s*(?:했습니다|했어요|하고\s*있|운영|영업|한\s*자리)|"
        # the writer's own channel, started: "맛집 리뷰 유튜브 시작했어요", "동네 소식 블로그 개설했어요"
        r"(?:유튜브|채널|블로그|인스타|틱톡)\s*(?:을|를)?\s*(?:새로\s*)?(?:시작했|개설했|오픈했|열었)|"
        # the writer's shop open for business: "그래도 저희 귤하르방빵 정상영업합니다", "우리 가게는 영업해요"
        r"(?:저희|우리)\s*(?:[가-힣]{1,8}\s)?[가-힣]{1,8}?(?:은|는|도)?\s*(?:정상\s*영업|영업\s*(?:합니다|해요|중))")),
    ("hint", 0.5, re.compile(r"부업|재택|코인|투자|수익|주식")),
)
_ACTION = next(pattern for name, _, pattern in KINDS if name == "action")
_OWN = next(pattern for name, _, pattern in KINDS if name == "own")
_OURS = re.compile(r"(?:저희|우리|제)\s*(?:" + _BUSINESSES + r")")  # "저희 정육점", "우리 가게"
_KIN = next(pattern for name, _, pattern in KINDS if name == "kin")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[a-z]")
_BUSINESS_NAMED = re.compile(r"(?:" + _BUSINESSES + r")(?![가-힣])")
# A business by its own name, the kind in one word with it: "바다향기펜션", "한솔설비", "폐기물 수거업체" (not its owner,
# "믿음부동산 사장 번호 010-…", posted to be rung: doxxing, see moderation.abuse).
_SHOP_NAMED = re.compile(r"[가-힣]{2,8}(?:" + _BUSINESSES + r")(?![가-힣])(?!\s*(?:사장|주인|대표|직원|기사|아들|딸|사람))")
# Scam warnings talk about bait without being it; city programmes are offered by the city.
_WARNING = re.compile(r"사기|조심|주의|피해|신고|스팸|당했|낚이|속지|속으면|보이스\s*피싱|피싱|누르지\s*마|의심|\bwarning\b|\bscam|"
                      r"\bbe\s+careful\b|\bdon'?t\s+(?:send|pay|click)\b")
# A scam warned about, in words stronger than a report's "신고" or "피해"
_SCAM_WARNING = re.compile(r"사기|조심|허위\s*(?:광고|매물)|주의\s*하세요|당했|피싱|스미싱|누르지\s*마|속지\s*마|연락\s*하지\s*마|잠수|"
                           r"\bscam|\bwarning\b|"
                           r"\bbe\s+careful\b|\bheads\s+up\b")
# The writer's own number left for a callback ("제 번호 010-…", "My number is 010-… if the office needs details"):
# a number to reach a resident, not a business.
_CALLBACK = re.compile(r"(?:제|저의|내)\s*(?:번호|연락처|핸드폰|휴대폰|전화번호)|\bmy\s+(?:number|phone|cell)\b")
_NOT_A_WARNING = re.compile(r"사기\s*(?:아닙|아니|절대|없)")
_CITY_NEWS = re.compile(r"(?:시|시청|구청|주민\s*센터|복지관|도서관|센터)(?:에서|가)\s|지원금|지원\s*사업|"
                        # a residents' discount: "순천시민은 할인돼요", "군민 무료"
                        r"(?:시민|군민|구민|도민)(?:은|는|이면|이시면|에게는|만|증)\s*(?:\d+\s*%\s*)?(?:무료|할인|반값|면제)\s*"
                        r"(?:돼|되|이|입니다|예요|이에요|대요|래요|받|혜택)|"
                        r"상품권\s*할인")
# Hearsay ("… 해 준대요", "… 무료래요") is news passed on, unless the message gives the business's number or
# names the business: "애 다니는 합기도장 등록하면 도복 무료래요 010-…" is a parent's ad.
_HEARSAY = re.compile(r"(?:한|해\s*준|준|받는|있)대요|이래요|래요(?:\s|$)|"
                      # a guess in a reply: "이번달 영도는 10%인가 그럴걸요 한도 30만원"
                      r"(?:그럴|할|될|일|있을|없을)\s*걸요")
_PHONE_GIVEN = re.compile(r"01[016789][-\s.]?\d{3,4}[-\s.]?\d{4}|0\d{1,2}[-\s.)]\d{3,4}[-\s.]\d{4}")
# The city's or a public body's own notice, with its number: "[OO보건소] 독감 예방접종 … 문의 055-…",
# "보건소에서 알려드립니다 … 상담 무료": information, not an ad.
_PUBLIC_NOTICE = re.compile(
    r"^\s*[\[(【<]\s*[가-힣]{1,8}(?:과|팀)\s*[\])】>]|"
    r"^\s*[\[(【<]\s*[가-힣A-Za-z○]{0,8}(?:시|군|구|도|읍|면|동|시청|군청|구청|도청|보건소|보건\s*지소|주민\s*센터|행정\s*복지\s*센터|도서관|복지관|"
    r"교육청|소방서|경찰서|공단|공사|센터|의료원)(?:\s*[가-힣]{1,6}(?:과|팀|실))?(?:\s*(?:알림|안내|공지|소식))?\s*[\])】>]|"
    r"(?:보건소|보건\s*지소|주민\s*센터|행정\s*복지\s*센터|시청|구청|군청|도서관|복지관|교육청|소방서)(?:에서|입니다)\s*(?:알려|안내)|"
    r"^\s*[가-힣]{0,10}(?:농업\s*기술\s*센터|보건소|보건\s*지소|주민\s*센터|행정\s*복지\s*센터|시청|구청|군청|도서관|복지관|"
    r"사업소|관리\s*사무소|[가-힣]{1,6}(?:과|팀))\s*(?:입니다|이에요|예요)[.,!]?\s|"
    # a public office's own hours: "동주민센터 민원 창구는 점심시간에도 교대로 운영하고 있습니다"
    r"(?:주민\s*센터|행정\s*복지\s*센터|시청|구청|군청|보건소|도서관)[^.!?\n]{0,20}?운영\s*(?:하고\s*있습니다|합니다|중입니다|하고\s*있어요)|"
    # this room, run by a city office: "네 동구청 소통담당관실에서 운영하는 방입니다"
    r"(?:시청|구청|군청|도청|주민\s*센터|행정\s*복지\s*센터|[가-힣]{1,8}(?:과|팀|실))(?:에서|이)\s*(?:직접\s*)?운영\s*(?:하는|합니다|해요|중)")
# A public body's own class or counselling, free ("가족센터에서 무료 한국어 수업 해요", "외국인주민지원센터에서 무료 법률상담
# 가능합니다"), or a notice signed by a city office at its end ("… 입장 무료 -밀양시 문화예술과-"): the city's, no ad.
_PUBLIC_OFFER = re.compile(
    r"(?:(?:가족|지원|복지|안심|일자리|주민|보건|상담)\s*센터|복지관|도서관|보건소|보건\s*지소|시청|군청|구청|문화원|평생\s*학습관)"
    r"(?:에서|에서는|는)\s"
    r"[^.?\n]{0,20}?(?:무료|공짜|무상)|"
    r"[-–—]\s*[가-힣]{1,6}(?:시|군|구)\s*[가-힣]{1,8}(?:과|팀|실|센터|사업소)\s*[-–—]?\s*$")
# A public office selling its own ("행정복지센터에서도 판매합니다": the bags for rubbish, a ticket): no ad.
_PUBLIC_SALE = re.compile(r"(?:행정\s*복지\s*센터|주민\s*센터|시청|구청|군청|읍사무소|면사무소)(?:에서|에서도)\s*"
                          r"(?:판매|구입|구매|사실\s*수)")
# The city's own currency sold at its discount ("[알림] 정읍사랑상품권 하반기 10% 할인 판매 … 구매한도 50만원"), the city's
# service offered by its office ("상하수도사업소 '찾아가는 수질검사' 신청하시면 무료로 해드립니다"): the city's, no ad.
_LOCAL_CURRENCY = re.compile(r"(?:사랑\s*(?:상품권|카드)|지역\s*(?:화폐|상품권)|온누리\s*상품권|[가-힣]{1,4}페이(?![가-힣]))"
                             r"[^.!?\n]{0,25}?(?:할인|환급|캐시백|한도|판매)|"
                             # its discount and purchase limit, the currency unnamed in a reply: "이번 달은 7% 할인일걸요 한도 50만원"
                             r"할인[^.!?\n]{0,12}?(?:구매\s*)?한도|\d+\s*(?:%|프로)\s*(?:요|예요|이에요|래요|인가)[^!?\n]{0,8}?(?:구매\s*)?한도")
_PUBLIC_SERVICE = re.compile(r"(?:사업소|읍사무소|면사무소|보건소|보건\s*지소|시청|구청|군청|주민\s*센터|행정\s*복지\s*센터|가족\s*센터|"
                             r"[가-힣]{1,6}(?:과|팀)(?=\s|에|로|의|\]))(?:(?!(?:요|다|죠)\s)[^!?\n]){0,50}?"
                             r"(?:신청하시면|전화\s*주시면|문의\s*주시면|남겨\s*주시면|예약\s*도와|방문해\s*(?:드|서)|해\s*드립니다|해\s*드려요|무료로)")
# People called to a rally, a petition or a clean-up ("집회 참여하실분 연락주세요"): a cause, not a business. An offer
# asked about ("동구 주민은 캠핑장 할인 되나요?"): a resident's question, not the offer.
_CIVIC_CAUSE = re.compile(r"집회|시위|서명\s*운동|촉구|탄원|물러나|퇴진|플로깅|줍깅|환경\s*정화")
_OFFER_ASKED = re.compile(r"(?:할인|무료|이벤트|세일|혜택)\s*(?:이|은|도)?\s*(?:되나요|돼요|되요|있나요|있어요|하나요|가능한가요|가능해요|"
                          r"받을\s*수\s*있나요|되는지|있는지)\s*\?|"
                          r"(?:할인|무료|혜택)\s*(?:이|이\s*)?(?:되는|받는|해\s*주는)\s*(?:곳|데|가게|식당)[^.!\n]{0,15}?(?:\?|있을까요|있나요|어디|알려)")
# Campaign work is politics, not an ad, even with a day's pay: "선거사무소 자원봉사자 모십니다 일당 …".
_CAMPAIGN_WORK = re.compile(r"선거\s*(?:사무소|캠프|운동|기간)|(?:후보|캠프|유세)(?!지)|당원\s*(?:모집|가입)|정당\s*(?:가입|당원)|"
                            r"주민\s*소환|(?:서명|청원)\s*(?:운동|받습|받아)")
# An invitation into another chat that offers nothing ("카톡 아이디 … 추가하시면 단톡 초대해 드려요"): an outside link.
# (a room named for what it shares, "서북구 나눔방 놀러오세요", is a chat too)
_CHAT_INVITE = re.compile(
    r"(?:단톡|톡방|오픈\s*(?:채팅|톡)|채팅방|밴드|카페|디스코드|텔레\s*그램\s*방)[^.!?\n]{0,20}?(?:초대|들어\s*오|가입|참여|입장)|"
    # (a shop's "카페 … 놀러오세요" is the shop's)
    r"(?:단톡|톡방|오픈\s*(?:채팅|톡)|채팅방|(?:나눔|정보|수다|소통|친목|육아|맘)\s*방)[^.!?\n]{0,20}?놀러\s*오|"
    r"(?:초대|들어\s*오|가입|참여|입장)[^.!?\n]{0,20}?(?:단톡|톡방|오픈\s*(?:채팅|톡)|채팅방|밴드|디스코드)")
# A code or a link to join a chat, a band or a club ("밴드 가입 코드 drs88", "초대링크 드릴게요"): a way in, which the
# outside_link rule handles, not referral bait, unless something is paid for signing up.
_JOIN_CODE = re.compile(r"(?:가입|초대|입장|참여)\s*(?:코드|링크)|친구\s*초대\s*링크")
_CHAT_PLACE = re.compile(r"밴드|단톡|톡방|오픈\s*(?:채팅|톡)|채팅방|카페|디스코드|텔레\s*그램|카톡방|모임|동호회|크루|서버|"
                         r"(?<![가-힣])방(?![가-힣])|\b(?:band|discord|telegram|kakao|group|chat)\b")
_REWARD = re.compile(r"\d[\d,]*\s*(?:천\s*)?(?:원|포인트|p\b)|만\s*원|적립|쿠폰|캐시|기프티콘|상품권|리워드|수익|할인|"
                     r"\b(?:bonus|reward|cash)\b")
# A chat or a group opened, to come and join ("동네 엄마들 방 열었어요 놀러 오세요"): no shop was opened.
_CHAT_OPENED = re.compile(r"(?:방|톡방|단톡방?|채팅방|밴드|디스코드|서버|모임)\s*(?:을|를|도|하나)?\s*(?:새로\s*)?"
                          r"(?:열었|만들었|팠|개설했|오픈했)")
_OPENED = re.compile(r"(?:오픈|개업)\s*(?:했습니다|했어요|합니다|하였습니다)|(?:열었|차렸)(?:습니다|어요)")
# An ad complained about to the city ("분양 홍보 현수막이 가로수마다 … 철거해 주세요", "모델하우스 홍보 차량이 인도를 막고"):
# the thing is named, nobody sells it.
_AD_THING = re.compile(r"전단지?|현수막|명함|홍보물|광고물|광고\s*(?:문자|전화|차량|판|스티커)|홍보\s*(?:차량|트럭|부스|도우미)|"
                       r"불법\s*(?:광고|홍보|현수막|전단)|스티커|입간판|풍선\s*간판|에어\s*간판|확성기")
_QUOTED = re.compile(r"['‘\"“][^'’\"”]{2,60}['’\"”]")
_AGAINST = re.compile(r"단속|신고|불법|치워|치우|떼어|떼\s*(?:주|줘|내|야)|철거|수거|막고|막아|막혀|붙어\s*있|끼워져|뿌려|"
                      r"어지럽|지저분|시끄럽|시끄러워|소음|민원|못\s*지나|위험|조치|금지|과태료")
# A public body's own programme passed on ("주민자치센터 가을학기 수강생 모집 선착순"): the city's, not a business's.
_PUBLIC_PROGRAMME = re.compile(r"(?:주민\s*자치\s*센터|행정\s*복지\s*센터|평생\s*학습\s*(?:관|센터)|청소년\s*(?:수련관|문화의\s*집)|"
                               r"(?:구민|시민|군민)\s*(?:회관|체육\s*센터)|(?:시립|구립|군립)\s*[가-힣]{1,6}|보건소|복지관|도서관)"
                               r"[^.!?\n]{0,25}?(?:모집|접수|강좌|교실|프로그램|수강|신청)")
# Company for a walk or a game ("주말에 같이 산책하실 분 연락 주세요"): people wanted, nothing sold.
_SOCIAL = re.compile(r"같이|함께|친구|동행|짝")
# Things given away ("유모차 무료나눔해요 쪽지 주세요", "냉장고 무료로 드려요 직접 가져가셔야 해요"): nothing sold.
_GIVEAWAY = re.compile(r"무료\s*나눔|나눔\s*(?:해요|합니다|할게요|하려고)|(?:무료로|공짜로|그냥)\s*드려(?:요|요~|요!)?|"
                       r"돈\s*(?:안|않)\s*받|\bfor\s+free\b|\bgiving\s+away\b")
# An owner introducing themselves as one ("미용실 하는 사람인데요", "펜션 운영하는 사람입니다"), and what would turn that
# into an invitation of custom ("오시면 빵 드릴게요", "할인", "예약").
_OWNER_ONLY = re.compile(r"(?:하는|운영하는)\s*사람(?:입니다|이에요|인데요)")
_CUSTOM = re.compile(r"오시면|오세요|들르|들러|드릴게|드려요|드립니다|해\s*드|할인|이벤트|예약|주문|문의|연락")
# A customer saying the shop is not theirs ("학원이랑 아무 관계 없는 학부모예요", "제 가게 아니에요", "I'm just a member").
_NOT_MINE = re.compile(r"(?:아무\s*)?(?:관계|상관)\s*(?:없는|없고|없어요|없습니다|없음)|그냥\s*손님|제\s*가게\s*(?:아니|아님)|"
                       r"광고\s*(?:아니|아님|아닙)|홍보\s*(?:아니|아님|아닙)|내돈내산|\bjust\s+a\s+(?:customer|member|regular)\b|"
                       r"\bnot\s+(?:affiliated|sponsored)\b|\bno\s+affiliation\b")

# A club or crew taking members (a running crew, a badminton club) is no business; its handle is an outside link.
_CLUB = re.compile(r"크루|동호회|동아리|소모임|(?<![가-힣])모임|스터디|밴드\s*(?:회원|멤버)|"
                   r"(?:축구|농구|야구|배드민턴|테니스|탁구|볼링|등산|산악|러닝|"
                   r"자전거|독서|사진|봉사)\s*(?:회|단|팀|클럽|모임)")

ENGLISH: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    ("bait", 2.0, re.compile(
        r"\bearn\b[^.!?\n]{0,25}?(?:\$|won\b|dollars?\b|income|a\s+(?:day|week|month)|per\s+(?:day|week|month))|\bmake\s+\$?\d[\d,]*\s*"
        r"(?:k\b|dollars|won)?\s*(?:a|per)\s+(?:day|week|month)|\bwork\s+from\s+home\b|\bpassive\s+income\b|\bextra\s+income\b|"
        r"\b(?:referral|promo|invite|discount|coupon)\s+code\b|\binvestment\s+opportunity\b|\bguaranteed\s+(?:profit|returns?|income)\b|"
        r"\b(?:crypto|trading|stock)\s+signals?\b|\bno\s+experience\s+(?:required|needed)\b|\bside\s+income\b|"
        r"\bpaid\s+(?:daily|weekly)\b|\beasy\s+money\b|\bcash\s+(?:daily|every\s+day|paid\s+daily)\b|\bno\s+visa\s+(?:check|needed|required)\b|\b(?:daily|weekly|monthly)\s+(?:profits?|returns?|income)\b|\bprofits?\s+guaranteed\b|"
        r"\bcrypto\s+(?:investment|trading|profits?)\b|"
        # a job offered with its pay, heading the post, or money for a like: "Easy part-time job 100,000 won per day,
        # just like and follow" (not "my daughter got a part time job, 10,000 won per hour")
        r"(?:^|[^\w\s,'’]\s*)(?:easy|simple|part[\s-]?time|side|online)\s+jobs?\b[^.!?\n]{0,60}?(?:\$\s*\d|\d[\d,]*\s*(?:k\b|won\b|dollars?\b|usd\b))|"
        r"\bjust\s+(?:like|follow|click|watch|share)\s+(?:and|&)\s+(?:like|follow|share|subscribe|comment)\b")),
    ("sale", 2.0, re.compile(r"\bfor\s+sale\b|\bfor\s+rent\b|\b(?:room|studio|apartment|flat|office|house)\s+(?:for\s+(?:rent|lease)|"
                             r"available\s+(?:for\s+rent|now|next\s+month|from))\b|"
                             r"\b(?:mention|say|tell\s+(?:them|us|me)|show\s+(?:them|us))\b[^.!?\n]{0,30}?\b(?:this|the|our)\s+(?:chat|group|room)\b"
                             r"[^.!?\n]{0,40}?\b(?:free|off|discount|extra|bonus)\b|\b(?:moving|garage|yard)\s+sale\b|\bselling\s+(?:my|our|a|an|the)\b|\b(?:i|we)\s+sell\b|\bgrand\s+opening\b|"
                             r"\bwe\s+buy\b|\b(?:tutoring|lessons?|classes|tutors?|teachers?|instructors?|cleaners?|movers?)\s+available\b|"
                             r"\b(?:tutoring|lessons?|classes)\s*,?\s*(?:1\s*:\s*1|one[\s-]on[\s-]one|private)\b|"
                             r"\b(?:affordable|cheap)\s+(?:\w+\s+){0,2}(?:tutoring|lessons|classes)\b|"
                             r"\bwe(?:'re|\s+are)\s+hiring\b|\bhiring\s+(?:\w+\s+){0,2}(?:tutors?|teachers?|staff|workers?|drivers?)\b|"
                             r"\b(?:1\s*:\s*1|one[\s-]on[\s-]one|private)\s+(?:\w+\s+){0,2}(?:tutoring|lessons?|classes|sessions?)\b|"
                             r"\b(?:i|we)\s+(?:do|teach|offer|tutor)\s+(?:\w+\s+){0,2}(?:english|korean|math|piano|tutoring|lessons|classes)\b"
                             # (a teacher's job, not an offer: "I teach English at a middle school in Taean")
                             r"(?!\s+at\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}(?:school|university|college))|\b(?:i|we)\s+(?:teach|offer|give|run)\s+(?:\w+\s+){0,2}"
                             r"(?:lessons|classes|tutoring|courses)\b")),
    ("offer", 1.0, re.compile(r"\b\d+\s*%\s*off\b|\bdiscount\b|\bfree\s+(?:trial|consultation|lesson|class|delivery)\b|"
                              r"\bfree\s+(?:cookie|coffee|drink|gift|sample|tune-?up|quote|check-?up)s?\b|"
                              r"\bfirst\s+(?:lesson|class|session)\s+(?:is\s+)?free\b|\bdelivery\s+(?:ok|okay|available|possible)\b|\blimited\s+(?:offer|time)\b|\bbarely\s+used\b|\bcheap\b|"
                              r"\bbest\s+(?:price|deal|rates?)\b|\bfor\s+(?:rates|prices|a\s+(?:free\s+)?(?:trial|quote))\b|"
                              r"\btrial\s+(?:session|lesson|class)\b|\bfirst\s+(?:hour|lesson|class|session)\s+(?:is\s+)?free\b|"
                              r"\b(?:good|great|low|special|reasonable|fair)\s+(?:prices?|rates?|deals?)\b|\bdelivered\s+anywhere\b|"
                              r"\bnationwide\s+(?:delivery|shipping)\b|\bwe\s+ship\b|"
                              r"\b(?:lessons?|classes|tutoring)\b[^.!?\n]{0,30}?\b(?:private|one[\s-]on[\s-]one|1\s*:\s*1)\b")),
    ("earned", 2.0, re.compile(r"\d[\d,]*\s*(?:만\s*원?)?\s*벌었")),  # "지난달 180 벌었어요": bait
    # (a rate by the hour or the lesson too: "30k/hour", "25,000 won per lesson")
    ("price", 1.0, re.compile(r"\b\d[\d,]*\s*(?:won|krw|dollars)\b|[$₩]\s?\d|"
                              r"\b\d[\d,]*\s*k?\s*(?:/|per\s+|an?\s+)(?:hour|hr|lesson|class|session)\b")),
    ("business", 1.0, re.compile(r"\bi\s+run\s+an?\b|"
                                 # (a shop offered, not asked about: "is there any cheap gym near … station?")
                                 r"\b(?:restaurant|cafe|café|bakery|salon|clinic|academy|gym)\s+(?:(?:just\s+)?opened\s+)?(?:near|in|at|by)\b(?![^?]*\?)|"
                                 r"\bnative\s+speaker\b|\b\d+\s+years?\s+(?:of\s+)?(?:experience|teaching)\b|"
                                 r"\bour\s+(?:shop|store|restaurant|cafe|academy|studio|business)\b|"
                                 r"\bwe\s+(?:offer|deliver)\b|\bwe\s+(?:install|repair|fix|clean|sell|rent|teach|cater|build)\s|"
                                 r"\bour\s+(?:surf\s+school|school|salon|clinic|gym|company|firm|agency|team|van|service)\b|"
                                 r"\bmy\s+(?:company|business|shop|store|academy|studio)\s+(?:runs|offers|does|provides|sells|has\s+a\s+deal)\b|"
                                 r"\bi'?m\s+a\s+(?:certified|licensed|professional|qualified|native)\b|"
                                 r"\b(?:our|my)\s+(?:\w+\s+)?(?:shop|store|academy|studio|clinic|salon|cafe|restaurant|school|bakery|gym|pharmacy|guesthouse|bar)\s+"
                                 r"(?:has|have|offers?|does|just\s+opened|is\s+open)\b|\bcome\s+(?:by|to)\s+(?:my|our)\s|"
                                 r"\bmy\s+(?:wife|husband|son|daughter|brother|sister|friend|mom|dad)\s+(?:runs|owns|has)\s+a\b|"
                                 r"\bi\s+(?:do|offer|provide|teach)\s+(?:\w+\s+){0,2}(?:translation|lessons|tutoring|repairs?|cleaning|classes)\b")),
    ("action", 1.0, re.compile(r"\b(?:dm|message|contact|text|call)\s+(?:me|us)\b|\bdm\s+(?:for|to\s+book)\b|"
                               r"\bsend\s+(?:me\s+|us\s+)?an?\s+(?:dm|message|text)\b|\bcall\s+(?:us\s+)?(?:at\s+|on\s+)?\+?\d|"
                               r"\bsign\s+up\s+(?:now|today)\b|\bpick\s*up\s+(?:in|at|near)\b|"
                               r"\bbook\s+now\b|\border\s+now\b|"
                               # the shop's page to follow or visit: "Follow us on instagram @…", "visit us at …"
                               r"\bfollow\s+(?:us|me)\s+(?:on|at)\b|\bvisit\s+us\b|\bcome\s+(?:and\s+)?(?:try|visit|see)\s+us\b")),
)


def score(forms: list[str], promo_links: list[str], hunted: bool = False) -> tuple[float, list[str]]:
    """(weight of the commercial evidence, the evidence) for the best-scoring form of one message.

    `promo_links` are the message's short links and shop sites (moderation.links.promotional). `hunted`: the message
    posts someone's number or home for others to go after them (moderation.abuse.doxxing).
    """
    total, evidence = _score(tuple(forms), tuple(promo_links), hunted)
    return total, list(evidence)


@lru_cache(maxsize=4)  # the commercial rule and the rule heads (moderation.rule_heads) ask about the same message
def _score(forms: tuple[str, ...], promo_links: tuple[str, ...], hunted: bool = False) -> tuple[float, tuple[str, ...]]:
    best: tuple[float, list[str]] = (0.0, [])
    for form in forms:
        if (_AD_THING.search(form) and _AGAINST.search(form)) or (
                _SCAM_WARNING.search(form) and not _NOT_A_WARNING.search(form) and not _OWN.search(form) and not _KIN.search(form)
                and not _OURS.search(form)):
            # an ad complained about or warned against, quoted: "'신용불량자 대출가능 010-…' 전단지 떼도 또 붙임", "당근에 '함안
            # 수박 농가 직송' 올려놓고 입금받고 잠수타는 사람 있어요": its words are not the writer's (unless the writer's own
            # shop or a relative's is named too: "진짜 한우는 저희 정육점처럼 …")
            form = _QUOTED.sub(" ", form)
        kinds: dict[str, tuple[float, str]] = {}
        digits = _DIGIT.search(form) is not None
        latin = _LATIN.search(form) is not None
        for name, weight, pattern in (*KINDS, *(ENGLISH if latin else ())):
            if name in kinds or (name in ("price", "earned") and not digits):
                continue
            m = pattern.search(form)
            # (the code itself may follow the words: "초대코드 RUN777" matches as "초대코드 r")
            if m and name == "bait" and _JOIN_CODE.match(m.group(0).strip()) and _CHAT_PLACE.search(form) \
                    and not _REWARD.search(form):
                # a way into a chat or a club: look for other bait beyond the code
                m = next((other for other in pattern.finditer(form) if not _JOIN_CODE.match(other.group(0).strip())),
                         None)
            if m:
                kinds[name] = (weight, m.group(0))
        if "business" in kinds and _CHAT_OPENED.search(form) and _OPENED.fullmatch(kinds["business"][1].strip()):
            del kinds["business"]  # "방 열었어요": a chat was opened, not a shop
        if promo_links:
            kinds["link"] = (1.0, promo_links[0])
        if "offer" in kinds and "business" not in kinds:
            named = _BUSINESS_NAMED.search(form)
            if named:  # "둔산동 치과 임플란트 이벤트 중": a business making an offer speaks for itself
                kinds["business"] = (1.0, named.group(0))
        if "business" not in kinds and "action" in kinds and _PHONE_GIVEN.search(form) \
                and _ACTION.search(_PHONE_GIVEN.sub(" ", form)):
            named = _SHOP_NAMED.search(form)
            # "춘장대 바다향기펜션 주말 예약 가능 010-…": a shop's number given with a call to book speaks for the shop
            # (a number alone does not: "이사업체 불렀는데 … 관리실 031-…" names the firm complained about)
            if named:
                kinds["business"] = (1.0, named.group(0))
        if "action" in kinds and _PHONE_GIVEN.fullmatch(kinds["action"][1]) and _CALLBACK.search(form):
            del kinds["action"]  # a resident's number for the office to call back
        total = sum(weight for weight, _ in kinds.values())
        if not {"sale", "business", "own", "kin", "link", "service", "bait", "earned"} & kinds.keys() and _WARNING.search(form) \
                and not _NOT_A_WARNING.search(form):
            total = min(total, 1.0)  # a scam warned about with the scammer's number and price: no seller speaks
        if ("bait" in kinds or "earned" in kinds) and _WARNING.search(form) and not _NOT_A_WARNING.search(form):
            total -= 2.0
        if not {"sale", "bait", "earned"} & kinds.keys() and (_CITY_NEWS.search(form) or (
                _HEARSAY.search(form) and not _PHONE_GIVEN.search(form) and "business" not in kinds)):
            total -= 1.0  # "시에서 무료 세무 상담 해준대요 선착순이래요": the city's offer, passed on
        if not {"sale", "bait", "earned", "link"} & kinds.keys() and _PUBLIC_NOTICE.search(form):
            total = min(total, 0.5)  # the health centre's own notice with its number
        if _PUBLIC_SALE.search(form) and not {"bait", "earned", "link"} & kinds.keys():
            total = min(total, 0.5)
        if not {"sale", "bait", "earned", "link", "own", "kin", "price"} & kinds.keys() and not _PHONE_GIVEN.search(form) and (
                _OFFER_ASKED.search(form) or (_CIVIC_CAUSE.search(form) and "business" not in kinds)):
            total = min(total, 0.5)
        if _PUBLIC_OFFER.search(form) and not {"bait", "earned", "link", "business", "kin"} & kinds.keys():
            total = min(total, 0.5)
        if total > 0.5 and not {"bait", "earned", "link", "business"} & kinds.keys() and (
                _LOCAL_CURRENCY.search(form) or _PUBLIC_SERVICE.search(form)):
            total = min(total, 0.5)
        if "sale" not in kinds and _CAMPAIGN_WORK.search(form):
            total = min(total, 0.5)  # campaign hands, paid: politics (and no evidence for the commercial head)
        if not {"sale", "bait", "earned", "business", "price", "hint", "offer"} & kinds.keys() and (
                _CLUB.search(form) or _CHAT_INVITE.search(form) or _CHAT_OPENED.search(form)):
            total = min(total, 0.5)  # a club taking members (not an investment "study"), a chat to join: an outside link
        if not {"bait", "earned", "price", "offer", "link", "action", "business", "kin"} & kinds.keys() \
                and _AD_THING.search(form) and _AGAINST.search(form):
            total = min(total, 0.5)  # an ad (a banner, a flyer, a sales van) complained about, not an ad
        if not {"sale", "bait", "earned", "business", "price", "link"} & kinds.keys() and _PUBLIC_PROGRAMME.search(form):
            total = min(total, 1.0)  # the community centre's course: the city's programme (the head may still judge)
        if kinds.keys() <= {"recruit", "action"} and _SOCIAL.search(form) and not _PHONE_GIVEN.search(form):
            total = min(total, 1.0)  # "같이 산책하실 분 연락 주세요": company wanted, nothing sold (the head may still judge)
        if not {"sale", "bait", "earned", "business", "price", "link", "service", "kin"} & kinds.keys() and _GIVEAWAY.search(form):
            total = min(total, 0.5)  # one's own things given away: no evidence for the heads either
        if not {"sale", "bait", "earned", "link", "kin"} & kinds.keys() and _NOT_MINE.search(form) \
                and not _PHONE_GIVEN.search(form):
            total = min(total, 0.5)  # a customer's word on a shop, said to be no one's ad
        if kinds.keys() <= {"own", "business"} and "own" in kinds and _OWNER_ONLY.search(kinds["own"][1]) \
                and not _QUOTED.search(form) and not _CUSTOM.search(form):
            total = min(total, 1.0)  # an owner speaking as one ("미용실 하는 사람인데요 …") offers nothing (the heads judge)
        if hunted and not {"sale", "bait", "earned", "price", "offer", "link", "service"} & kinds.keys():
            # a shop's or a driver's number posted for everyone to ring and complain ("○○식당 사장 번호 010-… 다들
            # 전화해서 따지세요"): doxxing, which the abuse rule takes; a business named and "call" are no ad there
            total = min(total, 0.5)
        if total > best[0]:
            best = (total, [evidence for _, evidence in kinds.values()])
    return best[0], tuple(best[1])
