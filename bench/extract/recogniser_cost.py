"""What the learned recogniser costs: seconds to extract every dev page (lines layout) with the
model and with the rules alone, median of three runs each, and the weights file's load time.

    python bench/extract/recogniser_cost.py

Writes bench/results/recogniser_cost.md.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crawler import learned  # noqa: E402
from crawler.extract import extract  # noqa: E402
from qa.realpages.render import render  # noqa: E402
from qa.realpages.spec import load  # noqa: E402

RUNS = 3
RESULT = ROOT / "bench" / "results" / "recogniser_cost.md"


def _extract_all(pages) -> float:
    started = time.perf_counter()
    for html, url in pages:
        extract(html, url)
    return time.perf_counter() - started


def main() -> int:
    pages = [(render(spec, "lines"), spec["url"]) for spec in load("dev")]
    load_times = []
    for _ in range(RUNS):
        learned._read.cache_clear()
        started = time.perf_counter()
        learned.load()
        load_times.append(time.perf_counter() - started)
    with_model = statistics.median(_extract_all(pages) for _ in range(RUNS))
    with learned.rules_alone():
        rules_alone = statistics.median(_extract_all(pages) for _ in range(RUNS))
    n = len(pages)
    text = "\n".join([
        f"Extraction of the {n} dev pages (lines layout), median of {RUNS} runs.",
        "",
        "| | seconds in all | ms per page |",
        "|---|---|---|",
        f"| rules alone | {rules_alone:.2f} | {1000 * rules_alone / n:.1f} |",
        f"| with the learned recogniser | {with_model:.2f} | {1000 * with_model / n:.1f} |",
        "",
        f"Loading the weights (once per process): {1000 * statistics.median(load_times):.0f} ms.",
        "",
    ])
    RESULT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
