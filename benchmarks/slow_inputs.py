"""Seconds to extract each input that once froze extraction, beside a normal page.

    python benchmarks/slow_inputs.py

The inputs are those of tests/test_slow_inputs.py (a 60,000-character credit line, a
100,000-digit run in an info line, 5,000 paragraphs …). Each is extracted three times
and the best time printed, with its ratio to a normal article page measured in the same
run; the goal is under 2 s each.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from test_slow_inputs import SLOW, URL, page

from unionnews.extract import extract_page

HEADERS = {"Content-Type": "text/html; charset=utf-8"}


def best_of(body: bytes, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        extract_page(body, URL, HEADERS)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    best_of(page())  # one-time loads first
    baseline = best_of(page(), rounds=10)
    print(f"{'normal page':<40} {baseline * 1000:9.2f} ms")
    worst = 0.0
    for name, body in SLOW.items():
        seconds = best_of(body)
        worst = max(worst, seconds)
        print(f"{name:<40} {seconds * 1000:9.2f} ms  ({seconds / baseline:,.0f}x a normal page)")
    print(f"slowest: {worst:.2f} s (goal < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
