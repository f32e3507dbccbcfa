"""Text-mode extraction measured on real-page fixtures (qa/realpages).

    python bench/extract/evaluate.py [--verbose] [--rules-alone] [--split dev|heldout27|heldout28|heldout29|heldout30|heldout31|heldout32|heldout33|heldout34|heldout35|heldout36|all]

Every fixture is rendered in every layout (`qa.realpages.render.LAYOUTS`), extracted
(`crawler.extract`) and normalised the way a crawl does (`domain.records.build_record`
without the provider's campuses). Reported per split:

- recognition: precision and recall of "is a course page" over pages × layouts;
- field accuracy on the course pages the extractor recognised, per field and over all
  fields (credits min and max, kind, level, part time, delivery, places, admission
  education and years of experience, price, start term; also deadline, duration and
  teaching language), and the same counting unrecognised course pages as wrong;
- per-layout recognition recall and field accuracy.

`--verbose` lists every wrong decision, for the dev split only: the held-out splits are
reported in figures and never shown page by page. Writes bench/results/extract.json and
extract.md (every split). The measure itself is qa/extraction.py, which tests/test_realpages.py
uses too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qa.extraction import FIELDS, TARGET_FIELDS, run  # noqa: E402
from qa.realpages.render import LAYOUTS  # noqa: E402
from qa.realpages.spec import SPLITS  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def markdown(results: list[dict]) -> str:
    out = ["Text-mode extraction on real-page fixtures (qa/realpages), every page in "
           f"{len(LAYOUTS)} layouts ({', '.join(LAYOUTS)}).", "",
           "Recognition on dev is in-sample: the rules were written and the learned recogniser was fitted "
           "on it; its cross-validated figures are in recogniser.md (qa/train_recogniser.py).", ""]
    out.append("| split | pages (course / other) | institutions | recognition P | recognition R | "
               "field accuracy | counting missed pages |")
    out.append("|---|---|---|---|---|---|---|")
    for r in results:
        out.append(f"| {r['split']} | {r['pages']} ({r['course_pages']} / {r['other_pages']}) | {r['institutions']} | "
                   f"{r['recognition']['precision']} | {r['recognition']['recall']} | {r['accuracy']} | "
                   f"{r['accuracy_all_course_pages']} |")
    out += ["", "Field accuracy on recognised course pages:", "",
            "| field | " + " | ".join(r["split"] for r in results) + " |",
            "|---|" + "---|" * len(results)]
    for f in FIELDS:
        mark = "" if f in TARGET_FIELDS else " (not in the target)"
        out.append(f"| {f}{mark} | " + " | ".join(str(r["fields"][f]) for r in results) + " |")
    out += ["", "Per layout (recognition recall / field accuracy):", "",
            "| layout | " + " | ".join(r["split"] for r in results) + " |", "|---|" + "---|" * len(results)]
    for lay in LAYOUTS:
        out.append(f"| {lay} | " + " | ".join(
            f"{r['per_layout'][lay]['recall']} / {r['per_layout'][lay]['accuracy']}" for r in results) + " |")
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list the wrong decisions (dev split only)")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--no-write", action="store_true", help="print only; leave bench/results alone")
    ap.add_argument("--rules-alone", action="store_true",
                    help="without the learned recogniser, to see what it adds (prints only)")
    args = ap.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    results = [run(s, rules_alone=args.rules_alone) for s in splits]
    if args.rules_alone:
        print("rules alone (the learned recogniser switched off):")
    for r in results:
        print(f"{r['split']}: {r['pages']} pages ({r['course_pages']} course), recognition "
              f"P {r['recognition']['precision']} R {r['recognition']['recall']}, field accuracy {r['accuracy']} "
              f"({r['accuracy_all_course_pages']} counting missed pages)")
        print("   " + ", ".join(f"{f} {v}" for f, v in r["fields"].items()))
        if args.verbose and r["split"] == "dev":
            for e in r["errors"]:
                print("   -", e)
    if not args.no_write and not args.rules_alone and args.split == "all":
        RESULTS.mkdir(parents=True, exist_ok=True)
        public = [{k: v for k, v in r.items() if k != "errors"} for r in results]
        (RESULTS / "extract.json").write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (RESULTS / "extract.md").write_text(markdown(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
