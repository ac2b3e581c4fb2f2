"""Timing helpers the small benchmarks share: median and 95th percentile, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(label: str, action: Callable[[], object], runs: int, digits: int = 2) -> None:
    """Run `action` `runs` times; print the median and 95th percentile in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    median = statistics.median(times)
    print(f"{label:<52} median {median:8.{digits}f} ms   p95 {p95:8.{digits}f} ms")
