"""A message that asks the city to act on a problem: for a measure ("… 대책 있나요?", "대책 좀 세워 주세요"), for pest
control ("모기 미쳤어요 방역 언제 해요?", "러브버그 떼 … 방역 안 함?") or for enforcement ("단속 좀 해주세요",
"단속 안 하나요?").

Such a message is a report, whatever else it says: over the readable room files 828 messages ask one of these (reply
rows left out) and 2 are labelled no report (one an ad the house rules keep out, one read as a report already); of the
826 reports, 10 were left unread with no house rule broken (15 more are kept out by a rule, as they should be), and
14 on the kept sets. The intake reads them as reports it is unsure of (ASKED, between the ask and the file
thresholds): the bot asks the author before filing.
"""

from __future__ import annotations

import re

# the confidence of a report read from the request alone: asked about, never filed outright by it
ASKED = 0.6

_ASKS_TO_ACT = re.compile(
    r"대책\s*(?:은|이)?\s*(?:있나요|없나요|있나(?![가-힣])|없나(?![가-힣])|있는\s*건가요|있긴|있어요\s*\?|없어요\s*\?|있는지|없는지|"
    r"세워|마련|좀)|"
    r"방역\s*(?:은|좀)?\s*(?:안\s*(?:하나요|함|해요|하냐)|언제|좀\s*해)|"
    r"단속\s*(?:은|좀)?\s*(?:안\s*(?:하나요|함|해요|하냐|하나)|언제|좀\s*해)"
)


def asks_the_city_to_act(text: str) -> bool:
    """True when `text` asks for a measure, pest control or enforcement (see the module doc)."""
    return _ASKS_TO_ACT.search(text) is not None
