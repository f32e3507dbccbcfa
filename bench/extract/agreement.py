"""Agreement between two labellers of the real-page fixtures (qa/agreement.py): the human
ceiling that the extraction targets should be read against.

    python bench/extract/agreement.py [--no-write]

Writes bench/results/extract_agreement.json and .md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qa.agreement import run  # noqa: E402
from qa.extraction import FIELDS  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def markdown(r: dict) -> str:
    out = [f"Two labellers on {r['pages']} dev pages of qa/realpages (the second saw only address, title and body; "
           "two samples, qa/agreement.py).", "",
           f"- page kind agreement: {r['page_kind_agreement']}",
           f"- 'is a course page', second labeller against the first: precision {r['course_precision']}, "
           f"recall {r['course_recall']}",
           f"- target-field agreement on the {r['both_course']} pages both call a course: {r['field_agreement']}", "",
           "| field | agreement |", "|---|---|"]
    out += [f"| {f} | {r['fields'][f]} |" for f in FIELDS]
    draws = r.get("draws", {})
    if len(draws) > 1:
        out += ["", "Each sample alone:", "",
                "| drawn | pages | page kind | course P | course R | both course | target fields |",
                "|---|---|---|---|---|---|---|"]
        out += [f"| {d} | {x['pages']} | {x['page_kind_agreement']} | {x['course_precision']} | {x['course_recall']} "
                f"| {x['both_course']} | {x['field_agreement']} |" for d, x in draws.items()]
        out += ["", "| field | " + " | ".join(draws) + " |", "|---|" + "---|" * len(draws)]
        out += [f"| {f} | " + " | ".join(str(x["fields"][f]) for x in draws.values()) + " |" for f in FIELDS]
    extractor = r.get("extractor", {})
    if extractor:
        out += ["", "The extractor beside the two labellers (lines layout; target fields of the pages both call a course "
                "and the extractor recognises; dev, so in-sample for the extractor):", "",
                "| drawn | pages | fields | extractor = first | extractor = second | first = second |",
                "|---|---|---|---|---|---|"]
        out += [f"| {d} | {x['pages']} | {x['fields']} | {x['with_first']} | {x['with_second']} | {x['labellers']} |"
                for d, x in extractor.items()]
    out += ["", "Disagreements (first / second):", ""] + [f"- {d}" for d in r["disagreements"]]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    r = run()
    print(markdown(r))
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "extract_agreement.json").write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        (RESULTS / "extract_agreement.md").write_text(markdown(r), encoding="utf-8")


if __name__ == "__main__":
    main()
