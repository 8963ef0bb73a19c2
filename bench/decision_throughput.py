"""Throughput of the one decision per message (moderation.decision.decide) on one core, and peak RSS.

    python bench/decision_throughput.py [--n 50000] [--data /work/shared/data]

The same room mix as bench/classify_throughput.py (about 1 message in 10 civic),
through everything the bot decides per message: the house rules, the hostility
score and the intake, with the decision's caches cleared per message so repeated
texts are not free. Prints messages/s and peak RSS; makes no assertions on timing.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.classify_throughput import build_mix  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50000)
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from moderation import decision

    msgs = build_mix(args.n, args.data)
    decision.decide(msgs[0])  # warm-up: loads both models
    t0 = time.perf_counter()
    outcomes: dict[str, int] = {}
    for m in msgs:
        decision._decide.cache_clear()
        decision._analyse.cache_clear()
        outcome = decision.decide(m).outcome.value
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    dt = time.perf_counter() - t0
    print(f"messages: {len(msgs)}  outcomes: {dict(sorted(outcomes.items()))}")
    print(f"throughput: {len(msgs) / dt:,.0f} decisions/s on one core ({dt / len(msgs) * 1e6:.1f} us/message)")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
