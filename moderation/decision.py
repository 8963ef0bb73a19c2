"""One decision per message: what a careful human moderator would do with it.

    >>> from moderation.decision import decide
    >>> decide("재택부업 모집해요 하루 일당 10만원 지급!! 연락주세요").outcome
    <Outcome.RULE: 'rule'>
    >>> d = decide("아 ㅅㅂ 별양동 주공7단지 뒷길 가로등 한달째 나가있음")
    >>> d.outcome, d.kind, d.verdicts
    (<Outcome.FILE: 'file'>, 'complaint', ())

The order, as a moderator reads a message:

1. **House rules first.** A message that breaks `commercial`, `politics` or
   `outside_link` is handled as its rule says and is never filed nor
   acknowledged as a complaint, whatever the rule's action (`warn` included):
   outcome `rule`, kind `other`.
2. **Abuse is directed** (moderation.abuse): an insult, contempt or hate aimed at
   a person or a group, a threat, doxxing; a high hostility score aimed at
   someone outside a report. An abuse rule that deletes (`delete`, `strike`) keeps
   the message out as in 1, except a report intake is sure of: the insult is
   removed and its strike counted (`applied`), and the problem is still filed
   (outcome `file`: "신호 몇 달째 엉망인데 담당자들 무능하다" is an insult and a
   report; the city must not lose the report because of the insult). The report is
   read again with the insults cut out (moderation.abuse.scorn_spans) when they
   alone made the intake doubt it: what is left is filed if it names where the
   problem is ("가로등 고쳐라 무능한 시장놈아 흥덕동 뒷길 1년째 깜깜하다"). Hate of a
   group is filed only for a problem left without it that says where it is ("… 빌라 앞
   쓰레기 무단투기 … 외노자들 짓임 싹 다 내쫓아야"); doxxing and threats never are.
   What is filed is the report with the insults, contempt and hate cut out
   (moderation.abuse.abuse_spans), so the record keeps the problem only. One that
   only warns leaves the message to intake (the warning is in `verdicts`).
   Swearing at a situation is not abuse: "… 진짜 욕나온다" in a report is filed,
   not punished.
3. **Intake** (moderation.intake.classify) with the thresholds of `[intake]`:
   `file` when sure, `ask` when unsure, `ignore` below. A short reply under an
   open filed report that adds detail or support ("저도요", "104동 쪽이에요") is
   `support_or_note`, never a new complaint; one that turns to a problem of its own
   (another thing there broken too: "그 옆 빗물받이도 막혔어요") is filed when the intake
   is sure, asked about otherwise (`ask`). A request to the room's
   own admin about the room ("관리자님 광고 좀 막아주세요") is no report, nor is a
   stance taken on a plan that asks for nothing ("… 저는 반대"), nor a notice or
   an answer under an office's header ("[OO소방서] …", "[공지] …"). An edit
   never files or asks.
4. Moderators and staff are exempt from the rules and are never filed (they answer).

The same function serves every path by which text reaches a room: room messages,
captions, edits (`edited=True`), and, for callers outside the room handler:

- **private reports** (bot/features/private_report.py): call
  `decide(body, room_rules, thresholds=settings.intake.thresholds(), private=True)`
  with the room's `RoomRules` (`runtime.house_rules.rules_for(room.chat_id)`).
  `private=True` files what the room would file or ask about (sending it is the
  author's "yes"), and ignores what the room would pass over ("감사합니다", "12");
  the house rules come first, and any rule broken — even one a room only warns
  about, since there is no author to warn — comes back as outcome `rule`: the bot
  would post it in its own voice, so it must not be posted or filed.
- **the Open311 API** (bot/open311/judgment.py): the same call with `private=True`.

`hostility` on the decision is the judged score. Aimed at someone (and not a
report), it is the model's score (moderation.hostility.score) rescaled so that
the abuse rule's model cut (`[rules.abuse] thresholds.hostility`, 0.7) lands on
0.5; raised to at least `DIRECTED_FLOOR` when the abuse rule found a directed
insult, contempt, hate or a threat; aimed at nobody, or a report without a
directed insult, it keeps `UNDIRECTED_SCALE` of the model's score (always below
0.5: swearing at a situation is not hostility). So the abuse rule and the score
agree: a message judged hostile breaks the rule, and a message the rule calls a
directed insult is judged hostile (doxxing too: a call to go after someone is
hostile, as the outside writers read it).

Pure: no I/O. Results are cached per text for the last few messages, because
the house rules and the intake handler of the bot ask about the same message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from moderation import abuse
from moderation.evasion import variants
from moderation.intake import Intake, classify
from moderation.normalize import is_blank
from moderation.redaction import redact
from moderation.rules import ABUSE_HOSTILITY, DEFAULT_RULES, LEARNED, Action, RoomRules, RuleId, Violation, check_text

# Rules that keep a message out of intake whatever their action.
KEEP_OUT = frozenset({RuleId.COMMERCIAL, RuleId.POLITICS, RuleId.OUTSIDE_LINK})
# Abuse that may sit inside a report the city should still get (moderation.abuse.Sign kinds): an insult or
# contempt at those who did not fix it, a group blamed and scorned for the rubbish it is said to leave ("… 빌라 앞 쓰레기
# 무단투기 … 외노자들 짓임 싹 다 내쫓아야"; outside writers call these reports: 19 rows toward their labels over every
# readable room file and the team's files, 2 away, with the place required below): the message is removed and its
# author struck, the problem filed without the scorn. Doxxing and threats are never filed for their author.
INSULTS = frozenset({"insult", "contempt", "profanity_at_person", "learned", "hate"})
_SEVERITY = {Action.WARN: 0, Action.DELETE: 1, Action.STRIKE: 2}
DIRECTED_FLOOR = 0.75      # a message the abuse rule calls a directed insult scores at least this
UNDIRECTED_SCALE = 0.45    # a message aimed at nobody keeps this share of its model score (< 0.5)
SHORT_REPLY = 80           # characters: a reply under an open report this short is support or a note
DETAIL_CUT = 0.5           # the intake's detail head: a message this likely to add to another's report is none of its own
# Under an open report, a reply the intake is sure of and the detail head finds this far from a note on that report
# raises a problem of its own ("그 옆 빗물받이도 막혔어요 …"): the author is asked whether to file it. Chosen on the
# replies of the eleven outside room sets the model had not trained on (README "One decision per message"): with
# the pivot phrases below, 50 of the 67 replies their writers call reports (18 before), 1 of 260 notes and supporters.
NEW_REPORT_DETAIL = 0.4
_SUPPORT = re.compile(r"저도|나도|저희도|우리도|동감|공감|\+\s*1|마찬가지|같은\s*문제|똑같|me\s+too|same\s+here|\bsame\b|agree",
                      re.IGNORECASE)
# A message that opens by agreeing with what someone else posted ("+1 …", "동감이에요", "저희 빌라도 똑같아요",
# "Same here, …", "Me too"): it backs another's report, posted without replying, and is no report of its own
# unless the report reading is sure too (then the author is asked), like a detail the detail head finds.
_AGREE_OPENER = re.compile(
    r"^\s*(?:\+\s?1(?!\d)|ㅇㅈ|인정(?=[\s.,!~]|$)|동감(?:이에요|이요|입니다|해요|요)?(?=[\s.,!~]|$)|공감(?:해요|합니다|이에요|이요|요)(?![가-힣])|공감(?=\s*[.,!~]|\s*$)|저도요|나도요|저도\s?그래요|맞아요|ㅇㅇ|"
    r"(?:저희|우리)\s?[가-힣]{0,8}도\s?(?:똑같|마찬가지|그래|그렇|같은\s?(?:상황|문제))|"
    r"same\s+(?:here|on|in|at|for|problem|thing|with)\b|same\s*[,!.]|me\s+too\b|\+1|agreed?\b)",
    re.IGNORECASE)
# A reply that turns to a problem of its own ("버스 얘기 나와서 말인데 정류장 전광판도 …", "들개도 문제지만 산책로에
# 뱀이 …", "거기만 그런 게 아니라 옆 골목 하수구도 …", "It's not just the bus stop, …"): a new report, not a note
# on the one it answers (outside writers, 12 rows of 12 over the seventeen sets; "추가로 …" and "X 말고 Y" they split)
_NEW_PROBLEM = re.compile(
    r"(?:도|은|는)\s?문제(?:지만|인데|고)|얘기\s?(?:나와서|하시니까|하니까|나온\s?김에)|말\s?나온\s?김에|(?:도|은|는)\s?그렇고|"
    r"거기만\s?그런\s?(?:게|거)\s?아니(?:라|고|에요|예요|죠|던데)|뿐(?:만)?\s?아니라|말고도|(?:도|는|은)\s?그렇지만|그렇다\s?(?:치고|쳐도)|"
    r"덧붙여|[가-힣]{1,6}만\s?[가-힣]{1,6}\s?(?:게|거)\s?아니라|\bit'?s not just\b|\bnot only\b|\bspeaking of\b|\bwhile we'?re at it\b|"
    # another thing than the one reported: "거기 말고 그 옆 골목은 …", "녹물 말고 저희는 수압이 …", "포트홀보다 버스가
    # 더 문제예요", "쓰레기도 쓰레기지만 …", "이것도 고쳐주세요", "같이 봐주세요", "… doesn't work either"
    r"[가-힣]보다\s?[^.!?\n]{0,30}?(?:이|가)\s?(?:더\s?)?(?:문제|심해|심각|급해|시급)|"
    r"(?<![가-힣])([가-힣]{1,4})도\s?\1(?:이)?(?:지만|인데)|(?:보고|듣고|얘기\s?듣고)\s?생각났는데|생각난\s?김에|(?:이것|이거|요것|거기|저기|그쪽|저쪽)도\s?(?:좀\s?)?(?:고쳐|봐|확인|처리|해결|같이)|"
    r"같이\s?(?:좀\s?)?(?:봐|신고|고쳐|처리|확인)\s?(?:주세요|주시|해\s?주|합니다|드려요)|\beither\b|"
    # one thing fine, another not ("저희 쪽은 가로등은 괜찮은데 보안등 센서가 …"; not a time: "낮에는 괜찮은데 비 오면
    # …"); a request of the writer's own
    # ("저도 하나 건의하자면 … 표시기도 달아주세요")
    r"(?<!에)(?<!오늘)(?<!지금)(?<!평소)(?<!요즘)(?<!평일)(?<!주말)(?:은|는)\s?괜찮(?:은데|지만|긴\s?한데)|(?:하나|한\s?가지)\s?(?:더\s?)?(?:건의|제안|요청|부탁)(?:하자면|드리자면|하면|드리면|할게요|드려요|합니다)",
    re.IGNORECASE,
)
# "X 말고 …" turns to another thing ("재활용 말고 음식물도 안 가져가요", "거기 말고 그 옆 골목은 가로등이 없어요"), unless
# it only corrects where the reported thing is ("정문 말고 후문 쪽 두 번째 전봇대예요", "102동 말고 103동 쪽에도 하나 더")
# or says the same goes elsewhere ("108동 말고 109동 앞 맨홀도 똑같이 덜컹거려요")
_INSTEAD = re.compile(r"(?<![가-힣])([가-힣0-9]{1,6})\s?말고(?!도)\s")
_WHERE_WORD = re.compile(r"\d|정문|후문|입구|출구|건물|빌라|아파트|단지|쪽$|앞$|옆$|뒤$")
# "… 후문 쪽 두 번째 전봇대예요": a spot named (not a state: "거기 말고 구영교 사거리 신호등도 고장이에요")
_ENDS_NAMING = re.compile(r"(?<!고장)(?<!문제)(?<!위험)(?<!엉망)(?<!난리)(?<!최악)(?:이요|예요|이에요|입니다)\s*[.!~]*\s*$")


# "그리고" or "게다가" in a reply the report reading is sure of adds a problem ("맞아요 그리고 그 앞에 불법주차 …",
# "저도 같은 문제요. 그리고 그 앞 공원 음수대도 …"): outside writers 19 reports of 21 such replies, the other two a
# confirmation of the thing reported ("아 그리고 거기 반사경 깨진거 맞아요 …") and a detail.
_AND_ALSO = re.compile(r"(?:^|[\s.,!~])(?:그리고|게다가)\s")
_CONFIRMS = re.compile(r"맞아요|맞습니다|맞네요|그랬어요|봤어요|봤는데")
# A reply about the writer's own street or block, naming where it is ("저희 동네도 보안등 나갔어요 해제면 양간리 입구요",
# "저희 아파트는 녹물은 아닌데 수압이 약해요 가탑리 한신아파트요"): another place for the city to go to, a report of its
# own (over the readable outside sets and the team's files, 10 more of the replies their writers call reports, 2 more
# of the rest; "그 앞 횡단보도도 …", another thing next to the one reported, the writers split 8 to 8)
_MY_PLACE = re.compile(r"(?:저희|우리|울)\s?(?:동네|단지|아파트|골목|마을|빌라|건물|집\s?앞|라인|쪽)(?![가-힣])|"
                       # where the writer lives, named by its 동 ("저희는 신월4동인데 밤 11시 넘어서도 …"; with 도 it
                       # backs the report: "저희도 덕암동인데 …")
                       r"(?:저희|우리)(?:는|흰)\s?[가-힣0-9]{1,8}(?:동|리|읍|면)(?:인데|이에요|예요)|"
                       r"(?:저희|우리)\s?(?:동네|단지|아파트|골목|마을|빌라|건물|라인)(?:는|도|은|쪽|앞|에도|에는)")


# Another thing there is broken too ("거기 바로 옆 빗물받이도 … 막혀있어요", "그 정류장 의자도 부서져 있던데요", "이참에 거기
# 과속단속카메라도 달아주세요"): a thing (not a person, a time, the writer's own block or a place to report to: "저희 엄마도
# …", "어제 밤에도 …", "저희 단지도 똑같아요", "안전신문고에도 …") with 도, then what is wrong with it or asked for it. Over
# the replies of the readable outside sets the intake is sure or unsure of, their writers call 51 such replies reports
# that were read as notes, and 13 notes (five of them staff answers, which are no report either way).
_NOT_A_THING = (r"(?:저|저희|우리|나|제|[가-힣]{0,2}집|엄마|어머니|어머님|엄니|아버지|아빠|할머니|할아버지|부모님|친구|가족|애|아이|애들|"
                r"아이들|동생|남편|아내|와이프|사람|사람들|이웃|주민|주민들|분들|학부모|경찰|어제|오늘|지금|아까|작년|올해|지난번|저번|"
                r"이번|예전|밤|아침|저녁|새벽|주말|평일|낮|매년|매일|여기|거기|그거|이거|그것|이것|저것|그쪽|저쪽|이쪽|그때|동네|단지|"
                r"아파트|골목|라인|빌라|마을|건물|가게|학교|사진|신고|민원|청소|아직|진짜|정말|하나|계속|전혀|다시|항상|절대|아무것)")
_ALSO_BROKEN = re.compile(
    rf"(?<![가-힣])(?!{_NOT_A_THING}도)([가-힣A-Za-z]{{2,8}})(?<![에서께보])(?<!으로)(?<!까지)(?<!지하)도(?![가-힣])\s?(?:[가-힣]+\s){{0,2}}?"
    r"(?:고장|부서|부러|깨져|깨졌|꺼져|꺼졌|나갔|막혀|막혔|없어|없고|안\s?나와|안\s?나오|안\s?켜|안\s?들어|내려앉|쌓여|심해|심각|"
    r"지워져|기울|녹슬|흔들|삐걱|금\s?갔|파여|파였|패여|패였|물\s?새|넘쳐|고여|결빙|악취|냄새|산더미|투성이|안\s?보여|못\s?(?:써|쓰|지나|건너)|멈춰|멈췄|"
    r"달아\s?주|설치해|놔\s?주|놓아\s?주|만들어\s?주|고쳐|치워|떼\s?주|봐\s?주)")


# A reply that opens as a supporter ("저도요 ㅠㅠ 거기 휠체어도 못 지나가요", "+1 …"): its "도" backs the report ("맞아요 근데
# 거기 하수구 냄새도 심해요" turns to another thing)
_SUPPORT_OPENER = re.compile(r"^\s*(?:저도요|나도요|\+\s?1(?!\d)|2{3,}|ㄹㅇ|ㅇㅈ|저도\s?그래요|저희도\s?(?:그래요|똑같))")


def _another_problem(text: str) -> bool:
    """True when a reply turns from the thing reported to another (see _NEW_PROBLEM, _ALSO_BROKEN, _AND_ALSO, _INSTEAD)."""
    if _NEW_PROBLEM.search(text) or (_ALSO_BROKEN.search(text) and not _SUPPORT_OPENER.match(text)):
        return True
    also = _AND_ALSO.search(text)
    if also and not _CONFIRMS.search(text, also.end()):
        return True
    m = _INSTEAD.search(text)
    return (m is not None and not _WHERE_WORD.search(m.group(1)) and not _SUPPORT.search(text)
            and not _ENDS_NAMING.search(text))


# A detail of the report replied to: where, since when, a photo ("104동 쪽이에요", "어제 밤부터요").
_DETAIL = re.compile(r"\d|[가-힣](?:동|호|층|로|길|역)(?![가-힣])|쪽|입구|출구|앞|뒤|옆|근처|사거리|골목|어제|그제|오늘|아침|저녁|밤|새벽|"
                     r"부터|째|사진|아직|여전히|계속|\b(?:since|still|near|photo|corner|entrance|exit)\b", re.IGNORECASE)


# A request to the room's own admin about the room ("관리자님 이런 광고 좀 막아주세요", "사기꾼들 강퇴해주세요 방장님"):
# the room is moderated by its admins, and such a request is no report for the city.
# (the room's posts or people, not a building's manager: "관리자님이 주차장 입구를 막아놨어요" is a report)
_ADMIN = abuse.ADMINS
_ROOM_TROUBLE = r"(?:광고|도배|스팸|사기꾼|홍보\s*글|이런\s*글)"
_KEEP_OUT = r"(?:막아|삭제|차단|내보내|강퇴|지워|지우)"
_ROOM_REQUEST = re.compile(
    rf"{_ADMIN}(?:님|분)?[^\n]{{0,40}}?(?:강퇴|강제\s*퇴장|블락|밴\s*(?:해|좀))|"
    rf"(?:강퇴|강제\s*퇴장|블락)[^\n]{{0,30}}?{_ADMIN}(?:님|분)|"
    rf"{_ROOM_TROUBLE}[^\n]{{0,20}}?{_KEEP_OUT}[^\n]{{0,20}}?{_ADMIN}|"
    rf"{_ADMIN}(?:님|분)?[^\n]{{0,20}}?{_ROOM_TROUBLE}[^\n]{{0,20}}?{_KEEP_OUT}|"
    r"\badmins?\b[^\n]{0,30}?\b(?:ban|kick|remove|block|delete)\b",
    re.IGNORECASE)
# A message that opens with the header of an office's notice or answer ("[의왕소방서] 겨울철 화재예방 안내 …",
# "[안전안내문자] 건조특보 발령 중 …", "[도로과] 현장 확인 후 …", "[지도읍] … 집중 단속 실시합니다"): a notice or a staff
# answer pasted, no report. Over the room files, 782 such messages, none labelled a report (and 17 more headed by a
# 읍, 면 or 동 office, none a report). A 읍, 면 or 동 in brackets is also how a resident may say where ("[별양동] 가로등이
# 나갔어요"): there the header needs an office's announcement after it.
_HEADER = r"^\s*[\[【<(]\s*[^\]】>)\n]{0,14}(?:%s)\s*[\]】>)]"  # a bracketed header ending in one of the kinds given
_TOWN_HEADER = re.compile(_HEADER % r"읍|면|동")
_ANNOUNCED = re.compile(r"(?:실시|안내|시행|운영|완료|조치|점검|접수|마감|진행|예정|배부|지급|모집)\s*"
                        r"(?:합니다|드립니다|했습니다|하였습니다|됩니다|되었습니다|할\s*예정|예정입니다|중입니다)|"
                        # the office's advice on how to report: "[애월읍] 민원 올리실 때 위치를 같이 적어주시면 처리가 빨라집니다"
                        r"(?:민원|신고)(?:을|를)?\s*(?:올리실|접수하실|넣으실|하실)\s*때|처리가?\s*(?:훨씬\s*|더\s*)?(?:빨라|빠릅|신속해)|"
                        # a notice's title: "[정관읍] 정월대보름 달집태우기 행사 취소 안내"
                        r"(?:취소|변경|연기|중단|휴관|휴장|통제)\s*(?:안내|알림|공지)(?=\s*(?:$|[(\[\n.!]))")
_NOTICE_HEADER = re.compile(_HEADER % (r"시청|군청|구청|도청|시|군|구|과|팀|소방서|경찰서|보건소|의료원|센터|사업소|사무소|출장소|지소|"
                                       r"안전\s*안내\s*문자|재난\s*문자|긴급\s*재난|안내|공지|알림|담당|담당자|주무관|청|"
                                       # a news item or a press release pasted ("[부천시 보도자료] …", "[속보] …"): over the
                                       # room files 136 such messages, none labelled a report
                                       r"보도\s*자료|보도|뉴스|기사|속보|소식|"
                                       # ... or passed on from elsewhere ("[펌] …", "(펌) …": 5 such in the room files, none
                                       # labelled a report)
                                       r"펌|퍼옴|스크랩")
                            # an English office's header ("[Nowon-gu Office] Hello, we have checked …")
                            + r"|^\s*\[[A-Za-z .-]{0,30}(?:Office|Center|Centre|Department|Dept\.?|Team|City Hall|Division)\]")
# ... or that ends signed by an office ("… 055-530-1234로 신고해주시면 됩니다 - 건설교통과", "… 예약제입니다. -법무팀"): a
# staff answer (over the room files, 37 such messages, none labelled a report).
_SIGNED = re.compile(r"(?:^|[\s.!?~)])[-–—]\s*[가-힣A-Za-z]{0,10}(?:팀|과|센터|주무관|담당자?|사업소|보건소|소방서|주민센터|"
                     r"행정복지센터|사무소|시청|구청|군청)\s*(?:드림|올림)?\s*$")
# ... or that opens with an office introducing itself ("상수도사업본부 달성사업소입니다. 녹물 관련해서는 …", "안녕하세요 ○○동
# 행정복지센터입니다"): over the room files 1,578 such messages, none labelled a report.
_OFFICE_OPENING = re.compile(r"^\s*(?:안녕하세요[.!~,]?\s*)?(?:[가-힣0-9]{1,12}\s?){0,2}(?:사업소|사업본부|본부|센터|과|팀|보건소|소방서|"
                             r"시청|구청|군청|사무소|출장소|지소|의료원|주무관)\s*(?:[가-힣]{1,8}(?:과|팀|계)\s*)?(?:입니다|이에요|에요|예요)"
                             r"(?:[.!~,\s]|$)")
# ... or that tells what the office does once it is told ("… 120 콜센터로 신고해주시면 구조팀이 출동합니다"): over the room
# files 10 such messages, none labelled a report.
_STAFF_PROMISE = re.compile(r"(?:신고|연락|문의)해\s*주시면\s*[^.!?\n]{0,20}?(?:출동|처리|조치|안내|도와)(?:합니다|해\s*드립니다|"
                            r"드립니다|드려요|됩니다)")
# A stance taken on a plan, for or against ("자전거도로 만들면 차선 줄어서 더 막혀요 저는 반대", "흡연부스 만들어봤자
# … 반대합니다", "I'm against the new bike lane"): an opinion in the argument, no report, unless it asks for something
# ("… 계획 반대합니다 주민 의견 다시 들어주세요"). Over the room files, 44 of 46 messages with such a stance are
# labelled no report.
_STANCE = re.compile(r"(?:반대|찬성)(?:합니다|해요|예요|에요|입니다|이에요|임(?![가-힣])|요(?![가-힣]))|"
                     r"(?:저는|전|난|나는)\s*(?:반대|찬성)|"
                     r"\bI(?:'m| am) (?:totally |strongly )?(?:against|for) (?:it|this|that|the)\b|\bI (?:strongly )?oppose\b",
                     re.IGNORECASE)
# An appeal to put up with the problem ("축제 소음 하루 이틀인데 좀 이해합시다", "시골 살면 감수해야지", "좀 봐줍시다"):
# the other side of the argument, asking the city for nothing, whatever it asks of the room (56 of 56 such messages
# over the room files are labelled no report; "숨 참아요" is the writer holding their breath, a complaint's words).
_TOLERANCE = re.compile(r"(?<!숨)(?<!숨\s)(?:참읍시다|참자(?![가-힣])|참아\s*(?:줍시다|주자|주세요)|참으세요)|"
                        r"이해\s*(?:좀\s*)?(?:합시다|해\s*줍시다|해\s*주자|해\s*주세요)|감수(?:해야|하셔야|하세요|할\s*부분)|봐\s*줍시다|"
                        r"넘어\s*갑시다")
_ASKS = re.compile(r"주세요|줘요|주십시오|바랍니다|해야|했으면|하면\s*좋겠|부탁|요청|건의|재검토|다시\s*(?:검토|생각)|취소|철회|"
                   r"\bplease\b|\bshould\b", re.IGNORECASE)


class Outcome(StrEnum):
    RULE = "rule"                        # a house rule is applied; never filed
    FILE = "file"                        # filed as a complaint or proposal at once
    ASK = "ask"                          # "민원으로 접수할까요?" with yes/no buttons
    SUPPORT_OR_NOTE = "support_or_note"  # a reply under an open report: 공감 +1 or a detail, not a new record
    IGNORE = "ignore"                    # left alone


@dataclass(frozen=True)
class Thresholds:
    """The intake thresholds of `[intake]` (bot.config.IntakeSettings takes its defaults from here).

    On the calibrated P(report) of moderation.intake, chosen on held-out room messages
    (training/README.md "Thresholds")."""

    file: float = 0.9
    ask: float = 0.55
    sure: float = 0.9

    def files_outright(self, intake: Intake) -> bool:
        return intake.confidence >= self.file or intake.civic >= self.sure


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    kind: str                         # complaint / proposal / other: "other" when the rules keep the message out
    intake: Intake
    hostility: float                  # the judged score (see the module doc), 0..1
    verdicts: tuple[Violation, ...] = ()   # every house rule broken, with its action and evidence
    applied: Violation | None = None       # the verdict the bot acts on (the strongest), if any
    warnings: tuple[Violation, ...] = ()  # kept messages' warn verdicts (an abusive complaint that is filed)

    @property
    def rules(self) -> list[str]:
        return [v.rule.value for v in self.verdicts]

    @property
    def files(self) -> bool:
        return self.outcome is Outcome.FILE


def decide(text: str, rules: RoomRules | None = None, *, is_moderator: bool = False,
           reply_to_open_report: bool = False, thresholds: Thresholds = Thresholds(), edited: bool = False,
           private: bool = False, classifier: Callable[[str], Intake] = classify) -> Decision:
    """The decision for one message (text or caption) in a room with `rules`; see the module doc.

    `classifier` replaces the packaged intake model (tests, or a caller with its own).
    """
    return _decide(text or "", rules or DEFAULT_RULES, is_moderator, reply_to_open_report, thresholds, edited, private,
                   classifier)


# The shortest text left once an insult is cut out that is still read as a report on its own.
MIN_INSULT_FREE = 8


@lru_cache(maxsize=16)
def _decide(text: str, rules: RoomRules, is_moderator: bool, reply: bool, thresholds: Thresholds, edited: bool,
            private: bool, classifier: Callable[[str], Intake]) -> Decision:
    intake, raw, verdicts, sign, aimed = _analyse(text, rules, thresholds.ask, classifier)
    report = intake.kind != "other" and intake.confidence >= thresholds.ask
    hostility = _judged(raw, sign, aimed, report, rules.abuse.threshold("hostility", ABUSE_HOSTILITY))
    if is_moderator:
        return Decision(Outcome.IGNORE, intake.kind, intake, hostility)  # exempt from the rules, and answers are not filed
    if verdicts:
        strongest = max(verdicts, key=lambda v: _SEVERITY[v.action])  # the first of the strongest
        # Privately there is no author to warn: the bot would post it in its own voice, so any rule keeps it out.
        kept_out = private or any(v.rule in KEEP_OUT for v in verdicts)
        if not kept_out and strongest.action is not Action.WARN and not edited and (sign is None or sign.kind in INSULTS):
            # Only an insult, contempt or hate, in a report: the rule removes the message, and the problem is filed
            # all the same. Not doxxing or a threat: posting a person's number is not reported for them.
            # The report is read without the insult: "가로등 고쳐라 무능한 시장놈아 동문동 다 깜깜하다" is a report
            # that the insult alone made the intake doubt.
            as_posted = report  # the message read as posted, before any insult is cut out
            insult_free = _without_insult(text, classifier) if sign is not None else None
            # (only a report sure on its own that says where: a rant at a group or a person with its insult cut
            # out, "맘충들이 놀이터에서 …", "개념 없는 새끼들 때문에 주차장이 난장판이다", is not made a report of)
            if (insult_free is not None and insult_free.kind != "other" and insult_free.confidence >= thresholds.ask
                    and insult_free.civic > intake.civic and insult_free.place is not None):
                intake, report = insult_free, True
            # what would be filed: the message without the abuse that gets it removed
            clean = _cut(text, abuse.abuse_spans)
            cut = clean != " ".join(text.split())
            if sign is not None and sign.kind == "hate":
                # hate: only a problem left once the group and what is said of it are cut out, that says where it
                # is, is filed ("봉명동 원룸 골목 쓰레기 또 난장판 … 외국인들 … 다 쫓아내야"; "노인네들이 벤치 다
                # 차지하고 …" leaves none)
                # (and only when the message as posted reads as a report: what the cut leaves of a rant is often a
                # fragment, "온산에 너무 많아 동네 됨", that the intake takes for one)
                left = classifier(clean) if cut and len(clean) >= MIN_INSULT_FREE and as_posted else None
                if left is None or left.kind == "other" or left.place is None:
                    return Decision(Outcome.RULE, "other", intake, hostility, verdicts, strongest)
                intake, report = left, left.confidence >= thresholds.ask
            if report and _insult_in_a_report(text, intake, thresholds, reply, private):
                if cut:
                    intake = replace(intake, redacted=redact(clean))
                return Decision(Outcome.FILE, intake.kind, intake, hostility, verdicts, strongest)
        if kept_out or strongest.action is not Action.WARN:
            return Decision(Outcome.RULE, "other", intake, hostility, verdicts, strongest)
    # Left: no rule, or an abuse rule that only warns (the warning is given, the report still handled).
    warnings = verdicts
    applied = warnings[0] if warnings else None
    if edited:
        return Decision(Outcome.IGNORE, intake.kind, intake, hostility, verdicts, applied, warnings)
    outcome = _intake_outcome(text, intake, thresholds, reply, private)
    # The kind the bot acts on: nothing new is filed from what it ignores or adds to an open report.
    kind = "other" if outcome in (Outcome.IGNORE, Outcome.SUPPORT_OR_NOTE) else intake.kind
    return Decision(outcome, kind, intake, hostility, verdicts, applied, warnings)


def _without_insult(text: str, classifier: Callable[[str], Intake]) -> Intake | None:
    """The intake of `text` with its insults cut out, or None when none is found or too little is left to read.

    Every word the abuse patterns take for scorn goes ("무능한", "시장놈아", "세금 받아먹고"), found again after each
    cut, so a report is read as it would be without them."""
    rest = _cut(text, abuse.scorn_spans)
    return classifier(rest) if len(rest) >= MIN_INSULT_FREE and rest != " ".join(text.split()) else None


def _cut(text: str, find_spans: Callable[[str], list[tuple[int, int]]]) -> str:
    """`text` without the words `find_spans` points at, found again after each cut (at most four rounds)."""
    words = text.split()
    for _ in range(4):
        spans = find_spans(" ".join(words))
        if not spans:
            break
        kept, at = [], 0
        for word in words:
            start, end = at, at + len(word)
            at = end + 1
            if not any(s < end and start < e for s, e in spans):
                kept.append(word)
        if len(kept) == len(words):
            break
        words = kept
    return " ".join(words)


def _insult_in_a_report(text: str, intake: Intake, thresholds: Thresholds, reply: bool, private: bool) -> bool:
    """A removed insult that carries a report: sure, or asked-about and naming where the problem is.

    The message is removed, so the bot cannot ask about it; a report the intake would ask about is
    filed when it names a place ("세금도둑들아 … 양학터널 입구 구멍 몇달째냐"): a rant with no place
    ("시장이라는 사람 무능의 끝판왕") is not."""
    outcome = _intake_outcome(text, intake, thresholds, reply, private)
    return outcome is Outcome.FILE or (outcome is Outcome.ASK and intake.place is not None and not reply)


def _intake_outcome(text: str, intake: Intake, thresholds: Thresholds, reply: bool, private: bool) -> Outcome:
    civic = (intake.kind != "other" and not _ROOM_REQUEST.search(text) and not _NOTICE_HEADER.match(text)
             and not (_TOWN_HEADER.match(text) and _ANNOUNCED.search(text)) and not _SIGNED.search(text.strip())
             and not _OFFICE_OPENING.match(text) and not _STAFF_PROMISE.search(text)
             and not (_STANCE.search(text) and not _ASKS.search(text)) and not _TOLERANCE.search(text))
    sure = civic and thresholds.files_outright(intake)
    if private:
        # Sending it privately is the author's "yes" to the question the room would ask; what the room
        # would pass over in silence ("감사합니다", "12") is still no report.
        return Outcome.FILE if civic and (sure or intake.confidence >= thresholds.ask) else Outcome.IGNORE
    if reply and civic and (_another_problem(text) or (_MY_PLACE.search(text) and intake.place is not None)):
        # Under an open report, a reply that turns to a problem of its own is read as a message of its own.
        return Outcome.FILE if sure else Outcome.ASK if intake.confidence >= thresholds.ask else Outcome.IGNORE
    if reply:
        # Under an open report a short reply is a supporter or a detail of that report, not a new one ...
        if len(" ".join(text.split())) <= SHORT_REPLY or not sure:
            if sure and intake.detail < NEW_REPORT_DETAIL and not (_AGREE_OPENER.match(text) or _SUPPORT.search(text)):
                # ... unless it is sure and reads as no note on that report: a problem of its own ("그 옆 빗물받이도
                # 막혔어요"), filed if its author says so (the text alone cannot tell it is not the same problem again)
                return Outcome.ASK
            return Outcome.SUPPORT_OR_NOTE if (civic or _SUPPORT.search(text) or _DETAIL.search(text)) else Outcome.IGNORE
        return Outcome.FILE
    if civic and (intake.detail >= DETAIL_CUT or _AGREE_OPENER.match(text)):
        # Reads like a detail of someone else's report ("저도 어제 봤어요 104동 쪽"), or opens by agreeing with it
        # ("+1 거기 매일 지나가는데 위험해요"), posted without replying: not a report of its own. Asked about only
        # when the report reading is sure too.
        return Outcome.ASK if sure else Outcome.IGNORE
    if sure:
        return Outcome.FILE
    if civic and intake.confidence >= thresholds.ask:
        return Outcome.ASK
    return Outcome.IGNORE


@lru_cache(maxsize=8)
def _analyse(text: str, rules: RoomRules, ask: float, classifier: Callable[[str], Intake]
             ) -> tuple[Intake, float, tuple[Violation, ...], abuse.Sign | None, bool]:
    """Everything the decision needs that is costly: intake, hostility, rule verdicts, direction."""
    intake = classifier(text)
    if is_blank(text):
        return intake, 0.0, (), None, False
    from moderation.hostility import score

    raw = score(text)
    # The abuse rule asks whether this is a report (swearing in a report is not abuse): the intake answers.
    verdicts = tuple(check_text(text, rules, hostility=lambda _t: raw,
                                reports=lambda: intake.kind != "other" and intake.confidence >= ask))
    forms = variants(text)
    sign = abuse.directed(text, forms) if any(v.rule is RuleId.ABUSE for v in verdicts) else None
    if sign is None:
        # The abuse rule's learned head found a directed insult the patterns do not know: judged as one.
        learned = next((v for v in verdicts if v.rule is RuleId.ABUSE and LEARNED in v.evidence), None)
        if learned is not None:
            sign = abuse.Sign("learned", learned.evidence)
    aimed = abuse.target(forms, lambda _t: raw) is not None and not abuse.peacemaking(forms)
    return intake, raw, verdicts, sign, aimed


def _judged(raw: float, sign: abuse.Sign | None, aimed: bool, report: bool, cut: float) -> float:
    """The model's score, judged: the abuse rule's cut `cut` is where the judged score crosses 0.5."""
    # Aimed at someone: rescale so that the abuse rule's cut lands on the hostile cut (0.5), the
    # rest of the range in proportion. So "hostile" and "abuse by the model" are one line.
    calibrated = 0.5 * raw / cut if raw < cut else 0.5 + 0.5 * (raw - cut) / max(1e-9, 1.0 - cut)
    if sign is not None:  # doxxing too: a call to go after someone is hostile, and the rule and the score agree
        return round(max(calibrated, DIRECTED_FLOOR), 4)
    if aimed and not report:
        return round(min(1.0, calibrated), 4)
    return round(raw * UNDIRECTED_SCALE, 4)
