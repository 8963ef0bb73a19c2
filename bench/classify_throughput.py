"""Classification throughput of moderation.intake on one core, and peak RSS.

    python bench/classify_throughput.py [--n 50000] [--data /work/shared/data]

Builds a realistic room mix, about 1 message in 10 civic: short chatter,
questions, thanks, staff answers and longer posts, plus complaints and
proposals. Without --data the messages are built from the hand-written
sentences below; with --data, the mix also samples texts from the shared
validation files (complaint.valid.jsonl and chatstyle.jsonl), with the same
1-in-10 civic share. Pins the process to one CPU and one BLAS thread. Prints
messages/s (wall clock, and per CPU-second with the load average: on a shared
machine the two differ) and peak RSS (resource.getrusage); makes no assertions
on timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHATTER = [
    "안녕하세요 새로 들어왔습니다", "ㅋㅋㅋㅋ 맞아요", "오늘 날씨 좋네요", "좋은 아침입니다~", "넵 감사합니다",
    "저도 그렇게 생각해요", "헐 진짜요?", "오늘 쓰레기 수거일인가요?", "주민센터 몇시에 닫아요?",
    "어제 제설 빨리 해주셔서 감사해요", "그 정책은 좀 아닌 것 같아요 예산 낭비라고 봅니다",
    "해당 민원은 현장 확인 후 조치하였음을 알려드립니다", "점심 맛있게 드세요😊", "ㅠㅠ 힘내세요",
    "다들 주말 잘 보내셨어요? 저는 애들이랑 공원 다녀왔는데 사람이 정말 많더라고요 날씨가 좋아서 그런가봐요",
    "Thanks everyone!", "lol", "이번 축제 언제 해요?", "👍👍", "네 알겠습니다 확인해볼게요",
]
CIVIC = [
    "OO사거리 가로등이 나갔어요", "과천역 3번출구 앞 보도블럭 깨져서 넘어질뻔 했어요ㅠㅠ",
    "다자녀 기준을 2자녀로 낮춰 주세요", "별양동 주민센터 앞 불법주차 너무 심해요 단속 좀 해주세요",
    "중앙로 12 앞 맨홀 뚜껑 열려있어요!!", "밤새 공사소음때문에 한숨도 못잤어요",
    "어린이집 보육료 지원 늘려주세요", "The streetlight on Main Street is broken",
    "빗물받이 막혀서 비올때마다 물바다에요 대책 좀 세워주세요", "놀이터 그네 줄이 끊어졌어요",
]


def build_mix(n: int, data: Path | None, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    civic, none = list(CIVIC), list(CHATTER)
    if data is not None:
        for name in ("complaint.valid.jsonl", "chatstyle.jsonl"):
            with (data / name).open(encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    (none if row["label"] == "none" else civic).append(row["text"])
    out = []
    for _ in range(n):
        pool = civic if rng.random() < 0.1 else none
        out.append(rng.choice(pool))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50000)
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from moderation.intake import classify
    from moderation.intake.model import get_model

    get_model()
    load_s = time.perf_counter() - t0
    msgs = build_mix(args.n, args.data)
    avg_len = sum(map(len, msgs)) / len(msgs)
    classify(msgs[0])  # warm-up
    t1 = time.perf_counter()
    c1 = time.process_time()
    civic = 0
    for m in msgs:
        civic += classify(m).kind != "other"
    dt = time.perf_counter() - t1
    cpu = time.process_time() - c1
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"messages: {len(msgs)}  (mean {avg_len:.0f} chars, {civic / len(msgs):.1%} classified civic)")
    print(f"model load: {load_s * 1000:.0f} ms")
    print(f"throughput: {len(msgs) / dt:,.0f} messages/s on one core ({dt / len(msgs) * 1e6:.1f} us/message)")
    # on a machine shared with other work the wall clock also counts the time the core was lent out
    print(f"CPU time: {len(msgs) / cpu:,.0f} messages per CPU-second; load average {os.getloadavg()[0]:.1f}")
    print(f"peak RSS: {peak_mib:.1f} MiB (before import: {rss0 / 1024:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
