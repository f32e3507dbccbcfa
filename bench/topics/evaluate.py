"""Topic classification (domain.topics) measured against hand-labelled offers.

    python bench/topics/evaluate.py [--verbose]

The labels (bench/topics/labels.json) cover every seed row of catalogue_seed.csv and every
course page of the fixture web, labelled by reading title + description. Each offer is
rebuilt the way the catalogue builds it (domain.seed for seed rows; crawler.extract +
domain.records.build_record for fixture pages) and its record's "topics" are compared
with the labels: per-topic precision, recall and F1, micro averages (over all
offer×topic decisions) and macro averages (the mean over the topics that are labelled
or predicted at least once). Writes
bench/results/topics.json and topics.md. The measure itself is qa/topics.py, which
tests/test_topic_eval.py uses too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qa.topics import evaluate  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def table(result: dict) -> list[str]:
    lines = [f"Topic classification on {result['offers']} hand-labelled offers "
             f"(exact topic set right for {result['exact_match']:.1%}).", "",
             "| topic | support | precision | recall | F1 |", "|---|---|---|---|---|"]
    for t, m in result["per_topic"].items():
        if not (m["support"] or m["fp"]):
            lines.append(f"| {t} | 0 | – | – | – |")
            continue
        lines.append(f"| {t} | {m['support']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    for name in ("micro", "macro"):
        m = result[name]
        lines.append(f"| **{name}** | | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    return lines


def main() -> None:
    result = evaluate()
    lines = table(result)
    print("\n".join(lines))
    if "--verbose" in sys.argv:
        for e in result["errors"]:
            print(f"  {e['source']}: extra {e['extra']} missing {e['missing']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "topics.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "topics.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
