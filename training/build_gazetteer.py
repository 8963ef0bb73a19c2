"""Build moderation/intake/gazetteer.json: the names of Korea's townships, neighbourhoods and cities.

Source: 행정안전부 법정동코드 전체자료 (the national list of legal administrative districts, public data from
code.go.kr / data.go.kr, free to reuse). Download it as CSV or tab-separated text (columns 법정동코드, 법정동명,
폐지여부) and run:

    python training/build_gazetteer.py PATH_TO_LIST --everyday /work/shared/data > moderation/intake/gazetteer.json

`--everyday` names the shared data directory: a township's short name that is also an everyday word there (a bare
word at least twice in complaint.train, chatstyle and toxic.train: "다시", "대신", "연기", "학교") is listed under
"everyday", and the finder does not take it for a town.

Only districts still in force (폐지여부 = 존재) are kept, and only their own names (the last word of 법정동명):
the finder needs to know that "왕궁면" is a township and "해평" a town's short name, not where they are.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path


def _rows(path: str) -> list[tuple[str, str, str]]:
    with open(path, encoding="utf-8-sig") as f:
        sample = f.readline()
        f.seek(0)
        reader = csv.reader(f, delimiter="\t" if "\t" in sample else ",")
        next(reader)  # header
        return [(row[0].strip(), row[1].strip(), row[2].strip()) for row in reader if len(row) >= 3]


def build(path: str) -> dict[str, list[str]]:
    townships: set[str] = set()  # 읍, 면
    neighbourhoods: set[str] = set()  # 동, 가
    cities: set[str] = set()  # 시, 군, 구
    villages: set[str] = set()  # 리
    for code, name, state in _rows(path):
        if state != "존재" or len(code) != 10:
            continue
        last = name.split()[-1]
        if code[5:] == "00000":
            cities.add(last)  # (the metropolitan cities and provinces too: "대전광역시", "경상북도")
        elif code[8:] != "00":
            # a village of three syllables or more that is no everyday word ("구아리", "창대리"; not "사거리",
            # "목소리", "두마리"): the shorter ones ("내리", "신리", "관리") are words or endings as often
            if len(last) >= 3 and not _EVERYDAY_VILLAGE.search(last) and last not in _EVERYDAY_VILLAGES:
                villages.add(last)
        elif last.endswith(("읍", "면")):
            townships.add(last)
        else:
            neighbourhoods.add(last)
    return {k: sorted(v) for k, v in
            (("townships", townships), ("neighbourhoods", neighbourhoods), ("cities", cities), ("villages", villages))}


# Villages named like everyday words: the ends of counted animals, seats, sounds, streets and crossroads, bridges and
# heads ("두마리", "한자리", "목소리", "사거리", "돌다리", "대가리"), and these words in full.
_EVERYDAY_VILLAGE = re.compile(r"(?:마리|자리|소리|거리|다리|머리|가리)$")
_EVERYDAY_VILLAGES = frozenset({
    "고사리", "모서리", "정수리", "목도리", "사다리", "마일리", "어우리", "동서리", "원두리", "항아리", "울타리", "개나리",
    "미나리", "병아리", "보따리", "메아리", "꾀꼬리", "소쿠리", "테두리", "너구리", "코끼리", "독수리", "도토리", "실마리",
    "개구리", "언저리",
})


def everyday(names: dict[str, list[str]], data: Path) -> list[str]:
    """Townships' short names that are everyday words in the shared public texts."""
    stems = {name[:-1] for name in names["townships"] if len(name) >= 3}
    seen: Counter[str] = Counter()
    for file in ("complaint.train.jsonl", "chatstyle.jsonl", "toxic.train.jsonl"):
        for line in (data / file).read_text(encoding="utf-8").splitlines():
            seen.update(w for w in re.findall(r"[가-힣]+", json.loads(line)["text"]) if w in stems)
    return sorted(w for w, n in seen.items() if n >= 2)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="법정동코드 전체자료 (CSV or tab-separated)")
    parser.add_argument("--everyday", type=Path, required=True, help="the shared data directory")
    args = parser.parse_args()
    built = build(args.source)
    built["everyday"] = everyday(built, args.everyday)
    json.dump(built, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
