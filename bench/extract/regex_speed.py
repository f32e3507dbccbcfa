"""Extraction patterns on hostile text: seconds to read 10 kB inputs built to make a pattern
backtrack (a line of topic words, a title of clauses, an admission text without a wish),
median of five runs each.

    python bench/extract/regex_speed.py

Writes bench/results/regex_speed.md. Each case once took a second or more before its pattern
was bounded (the fifteenth to seventeenth rounds' reviews); the figures show that it no longer
does. What each input must give is asserted in tests/test_text_recognition.py and
tests/test_text_admission.py, without timing.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crawler import prose  # noqa: E402
from crawler.blocks import Line  # noqa: E402
from crawler.recognise import _CONTENT_LEAD, _headline  # noqa: E402
from domain import normalise  # noqa: E402
from domain.places import resolve_place  # noqa: E402

CASES = {
    "list-of-contents lead-in, 'tema ' x 2000": lambda: _CONTENT_LEAD.search("tema " * 2000 + ":"),
    "headline title, clauses x 800": lambda: _headline("Lederutdanning for deg som er " + "leder som er " * 800),
    "admission text of 2500 words, experience last": lambda: normalise.admission(
        "Opptakskrav: " + "ord " * 2500 + " minst to års erfaring"),
    # seventeenth round: a place name may start only at a word's start (2 s before)
    "teaching places in a run of 10 000 capitals": lambda: prose.locations([Line("A" * 10000, "text")], resolve_place),
    # seventeenth round: a place label's value read once, not once per sentence in it (2 s before)
    "a place label of 1000 short sentences": lambda: prose.delivery(
        [Line("Studiested", "label", value="Studiet . " * 1000)]),
    # thirty-third round: an e-mail address and an image's file name start only where a word starts (2 s before)
    "teaching forms in a run of '1.1' x 3333": lambda: normalise.delivery("", "1.1" * 3333),
}


def main() -> None:
    rows = []
    for name, case in CASES.items():
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            case()
            runs.append(time.perf_counter() - start)
        rows.append((name, statistics.median(runs), max(runs)))
    lines = ["Extraction patterns on hostile 10 kB inputs (median and slowest of 5 runs, seconds).", "",
             "| input | median | slowest |", "|---|---|---|"]
    lines += [f"| {name} | {median:.4f} | {slowest:.4f} |" for name, median, slowest in rows]
    out = ROOT / "bench" / "results" / "regex_speed.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
