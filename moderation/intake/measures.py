"""A message that asks the city to act on a problem: for a measure ("… 대책 있나요?", "대책 좀 세워 주세요"), for pest
control ("모기 미쳤어요 방역 언제 해요?", "러브버그 떼 … 방역 안 함?"), for enforcement ("단속 좀 해주세요",
"단속 안 하나요?"), or doubting that it is looked after at all ("청소는 하는거 맞죠?", "관리 하긴 하나요?"), asking when it
will be fixed or whether a fix is planned ("언제 해결됨?", "개선 계획 있나요?").

Such a message is a report, whatever else it says: over the readable room files 1,136 messages ask one of these
(reply rows left out) and 2 are labelled no report (one an ad the house rules keep out, one read as a report already);
of the 1,134 reports, 18 were left unread with no house rule broken (15 more are kept out by a rule, as they should
be), and 18 on the kept sets. A question whether something is done at all, without the doubt ("주말에도 단속 하나요?"),
is a question about a schedule, not one of these. The intake reads them as reports it is unsure of (ASKED, between
the ask and the file thresholds): the bot asks the author before filing.
"""

from __future__ import annotations

import re

# the confidence of a report read from the request alone: asked about, never filed outright by it
ASKED = 0.6

_ASKS_TO_ACT = re.compile(
    r"대책\s*(?:은|이)?\s*(?:있나요|없나요|있나(?![가-힣])|없나(?![가-힣])|있는\s*건가요|있긴|있어요\s*\?|없어요\s*\?|있는지|없는지|"
    r"세워|마련|좀)|"
    r"방역\s*(?:은|좀)?\s*(?:안\s*(?:하나요|함|해요|하냐)|언제|좀\s*해)|"
    r"단속\s*(?:은|좀)?\s*(?:안\s*(?:하나요|함|해요|하냐|하나)|언제|좀\s*해)|"
    # whether the city looks after it at all ("청소는 하는거 맞죠?", "관리 하긴 하나요?", "방역은 하나요?"), when it will be
    # fixed ("언제 해결됨?"), whether a fix is planned ("개선 계획 있나요?")
    r"(?:관리|청소|방역|단속|점검|제설)\s*(?:은|는|를|을)?\s*(?:하긴\s*(?:하나|해요|함|하는)|하는\s*(?:거|건)\s*(?:맞|인가)|안\s*하나|"
    r"좀\s*하나|(?:은|는)\s*하나요)|"
    r"언제\s*(?:해결|고쳐|치워|정비|보수|수리|복구|처리)\s*(?:됨|돼요|되나요|되냐|해요|하나요|함)|"
    # (what is planned: "설치 계획 없나요?", "증설 계획은 있긴 해요?", "통제 계획 있나요?"; over the readable room files 42
    # such questions outside replies, all labelled reports)
    r"(?:개선|정비|보수|교체|조치|해결|통제|설치|확충|증설|보강|신설|확장|추가|연장|늘릴|대응)\s*(?:계획|방안|예정)\s*(?:은|이)?\s*"
    r"(?:있나요|없나요|있는지|있어요\s*\?|있을까요|있긴|없어요\s*\?|있으신가요|없으신가요)"
)


def asks_the_city_to_act(text: str) -> bool:
    """True when `text` asks the city to act on a problem (see the module doc)."""
    return _ASKS_TO_ACT.search(text) is not None
