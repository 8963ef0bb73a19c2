"""Replay a synthetic busy room through the house rules, hostility and heat.

    python bench/room_replay.py [--messages 100000] [--seed 7]

Prints messages per second, peak RSS, and how many threads the heat tracker
and the flood detector hold at checkpoints and at the end: those counts stay
flat while threads come and go, which is the bounded-memory claim. No
assertions on timing: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import hostility  # noqa: E402
from moderation.flood import FloodDetector  # noqa: E402
from moderation.heat import HeatTracker  # noqa: E402
from moderation.hostility.lexicon import lexicon_hits  # noqa: E402
from moderation.rules import DEFAULT_RULES, check_text  # noqa: E402

PLACES = ["중앙동", "별양동", "부림동", "과천동", "문원동", "갈현동", "OO사거리", "정부청사역", "관문체육공원", "중앙공원"]
THINGS = ["가로등", "보도블록", "횡단보도 신호", "버스 정류장", "어린이 놀이터", "쓰레기 수거", "불법 주차", "하수구", "공영주차장",
          "자전거 도로", "도서관 운영시간", "다자녀 지원", "청년 월세 지원", "경로당"]
CALM = ["{p} {t} 언제 고쳐지나요?", "{t} 관련해서 문의드립니다. {p} 쪽이에요", "어제 {p} {t} 빨리 처리해 주셔서 감사합니다",
        "{t} 정책 기준을 낮춰 주시면 좋겠어요", "저도 {p} 사는데 {t} 문제 공감합니다", "{t} 신청은 어디서 하나요?",
        "오늘 {p} {t} 확인했는데 아직 그대로네요", "{t} 예산이 너무 적은 것 같아요. 재검토 부탁드립니다", "좋은 의견이네요 ㅎㅎ",
        "{p} 주민입니다. {t} 개선 제안드려요", "시장님 {t} 정책은 반대입니다. 이유는 {p} 주민 의견을 안 들어서요"]
ANGRY = ["아 진짜 {p} {t} 몇 달째 방치냐 너무하네", "{t} 도대체 언제 고치는 거예요? 답답해 죽겠네", "{p} {t} 이게 말이 됩니까 진짜"]
HOSTILE = ["너 같은 놈이 뭘 알아", "닥쳐 이 한심한 인간아", "ㅅㅂ 말귀를 못 알아듣네", "니가 뭔데 ㅂㅅ아", "개소리 하지마 새끼야",
           "시1발 진짜 짜증나게 하네", "말 같은 소리를 해라 멍청아", "어휴 한심하다 진짜 너는"]
SPAM = ["재택 부업 하루 1시간 월 300 보장 카톡 문의 주세요", "추천인 코드 {n} 입력하면 5천원 https://shop{n}.example.com/?ref={n}",
        "오픈채팅 들어오세요 https://open.kakao.com/o/s{n}", "기호 {d}번 후보 꼭 뽑아주세요!"]


@dataclass
class Thread:
    key: int
    ends_at: int          # message index after which the thread goes quiet forever
    heated: bool          # a fight between two residents breaks out here
    people: list[str]


def rss_mib() -> float:
    # ru_maxrss is KiB on Linux: the peak of the whole process so far.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--live-threads", type=int, default=60, help="threads active at any moment")
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)

    hostility.score("warm-up")  # load the model outside the timed loop
    heat = HeatTracker()
    flood = FloodDetector()
    residents = [f"주민-{i:04X}" for i in range(3000)]
    live: list[Thread] = []
    next_key = 0
    now = 1_700_000_000.0
    stats: Counter[str] = Counter()
    checkpoints = {args.messages * k // 4 for k in (1, 2, 3)}
    t0 = time.perf_counter()
    for i in range(args.messages):
        # Threads come and go: each lives for a few hundred messages of the room.
        live = [t for t in live if t.ends_at > i]
        while len(live) < args.live_threads:
            people = rnd.sample(residents, rnd.randint(2, 30))
            live.append(Thread(next_key, i + rnd.randint(50, 4000), rnd.random() < 0.1, people))
            next_key += 1
        # A fight is fast: a heated thread gets many more messages than a calm one.
        thread = rnd.choices(live, weights=[12 if t.heated else 1 for t in live])[0]
        now += rnd.expovariate(1 / 0.9)  # about one message a second, in bursts
        reply_to = rnd.choice(thread.people) if rnd.random() < 0.5 else None
        roll = rnd.random()
        if thread.heated and roll < 0.6:
            author, reply_to = thread.people[i % 2], thread.people[(i + 1) % 2]
            text = rnd.choice(HOSTILE + ANGRY)
        elif roll < 0.03:
            author, text = rnd.choice(residents), rnd.choice(SPAM)
        else:
            author = rnd.choice(thread.people)
            text = rnd.choice(CALM + ANGRY)
        text = text.format(p=rnd.choice(PLACES), t=rnd.choice(THINGS), n=rnd.randint(1000, 99999), d=rnd.randint(1, 9))

        score = hostility.score(text)
        violations = check_text(text, DEFAULT_RULES, hostility=lambda _t, s=score: s)
        for v in violations:
            stats[f"rule:{v.rule.value}"] += 1
        if flood.observe(author, now):
            stats["rule:flood"] += 1
            flood.reset(author)
        update = heat.observe("room", thread.key, author, now, hostility=score, reply_to_author=reply_to,
                              insult=bool(lexicon_hits(text)[1]))
        if update.transition is not None:
            stats[f"heat:{update.transition.value}"] += 1
            if update.transition.value == "heated":
                # The bot closes the topic for a cool-down; when it reopens the fight is over.
                heat.reset("room", thread.key)
                thread.heated = False
        if i % 1000 == 0:
            for _key, tr in heat.sweep(now):
                stats[f"heat:{tr.value}"] += 1
        if i + 1 in checkpoints:
            print(f"  after {i + 1:>7} messages: {next_key:>5} threads created, tracker holds {len(heat):>5}, "
                  f"flood holds {len(flood):>5}, peak RSS {rss_mib():.1f} MiB")
    elapsed = time.perf_counter() - t0
    print(f"messages: {args.messages}  threads created: {next_key}  simulated hours: "
          f"{(now - 1_700_000_000.0) / 3600:.1f}")
    print(f"throughput: {args.messages / elapsed:,.0f} messages/s ({elapsed:.1f} s, one core, rules+hostility+heat+flood)")
    print(f"peak RSS: {rss_mib():.1f} MiB")
    print(f"heat tracker threads at end: {len(heat)}  flood detector authors at end: {len(flood)}")
    print("events: " + ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
