"""Text-mode extraction measured on real-page fixtures (tests/realpages).

    python bench/extract/evaluate.py [--verbose] [--split dev|heldout|all]

Every fixture is rendered in every layout (`tests.realpages.render.LAYOUTS`), extracted
(`crawler.extract`) and normalised the way a crawl does (`domain.records.build_record`
without the provider's campuses). Reported per split:

- recognition: precision and recall of "is a course page" over pages × layouts;
- field accuracy on the course pages the extractor recognised, per field and over all
  fields (credits min and max, kind, level, part time, delivery, places, admission
  education and years of experience, price, start term; also deadline, duration and
  teaching language), and the same counting unrecognised course pages as wrong;
- per-layout recognition recall and field accuracy.

`--verbose` lists every wrong decision, for the dev split only: the held-out split is
reported in figures and never shown page by page. Writes bench/results/extract.json and
extract.md (both splits).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from domain import places  # noqa: E402
from crawler.extract import extract  # noqa: E402
from domain.records import build_record  # noqa: E402
from tests.realpages.render import LAYOUTS, render  # noqa: E402
from tests.realpages.spec import SPLITS, load  # noqa: E402

RESULTS = ROOT / "bench" / "results"
TARGET_FIELDS = ("credits_min", "credits_max", "kind", "level", "part_time", "delivery", "places",
                 "admission_education", "admission_experience_years", "price_nok", "start_term")
EXTRA_FIELDS = ("application_deadline", "duration_semesters", "teaching_language")
FIELDS = TARGET_FIELDS + EXTRA_FIELDS


def place_key(name: str) -> str:
    loc = places.resolve_place(name)
    return loc["kommune_nr"] if loc else name.strip().casefold()


def predicted(record: dict, field: str):
    if field == "places":
        return sorted({loc["kommune_nr"] for loc in record.get("locations") or []})
    if field == "delivery":
        return sorted(record.get("delivery") or [])
    return record.get(field)


def expected(spec: dict, field: str):
    value = spec["expect"][field]
    if field == "places":
        return sorted({place_key(p) for p in value})
    if field == "delivery":
        return sorted(value)
    if field in ("credits_min", "credits_max") and value is not None:
        return float(value)
    return value


def run(split: str) -> dict:
    specs = load(split)
    rec = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    per_layout = {lay: {"tp": 0, "fn": 0, "right": 0, "total": 0} for lay in LAYOUTS}
    right = defaultdict(int)
    seen = defaultdict(int)
    errors: list[str] = []
    course_pages = sum(s["page_kind"] == "course" for s in specs)
    for spec in specs:
        is_course = spec["page_kind"] == "course"
        for layout in LAYOUTS:
            html = render(spec, layout)
            result = extract(html, spec["url"])
            if result.is_course and is_course:
                rec["tp"] += 1
                per_layout[layout]["tp"] += 1
            elif result.is_course:
                rec["fp"] += 1
                errors.append(f"{spec['id']} [{layout}]: taken for a course ({result.reason})")
            elif is_course:
                rec["fn"] += 1
                per_layout[layout]["fn"] += 1
                errors.append(f"{spec['id']} [{layout}]: course not recognised ({result.reason})")
            else:
                rec["tn"] += 1
            if not (is_course and result.is_course):
                continue
            record = build_record({**result.offer, "id": "x"}, source="crawl", campus_fallback=False)
            for field in FIELDS:
                want, got = expected(spec, field), predicted(record, field)
                seen[field] += 1
                ok = want == got
                right[field] += ok
                if field in TARGET_FIELDS:
                    per_layout[layout]["total"] += 1
                    per_layout[layout]["right"] += ok
                if not ok:
                    raw = (record.get("raw") or {})
                    source = {"credits_min": "credits", "credits_max": "credits", "level": "kind", "places": "locations",
                              "admission_education": "admission", "admission_experience_years": "admission",
                              "price_nok": "price", "start_term": "start", "application_deadline": "deadline",
                              "duration_semesters": "duration"}.get(field, field)
                    errors.append(f"{spec['id']} [{layout}] {field}: want {want!r}, got {got!r}"
                                  f" from {raw.get(source, '')[:140]!r}")
    precision = rec["tp"] / (rec["tp"] + rec["fp"]) if rec["tp"] + rec["fp"] else None
    recall = rec["tp"] / (rec["tp"] + rec["fn"]) if rec["tp"] + rec["fn"] else None
    fields = {f: round(right[f] / seen[f], 3) if seen[f] else None for f in FIELDS}
    total_right = sum(right[f] for f in TARGET_FIELDS)
    total_seen = sum(seen[f] for f in TARGET_FIELDS)
    all_course = course_pages * len(LAYOUTS) * len(TARGET_FIELDS)
    return {
        "split": split,
        "pages": len(specs), "course_pages": course_pages, "other_pages": len(specs) - course_pages,
        "institutions": len({s["institution"] for s in specs}),
        "layouts": list(LAYOUTS),
        "recognition": {**rec, "precision": _r(precision), "recall": _r(recall)},
        "fields": fields,
        "accuracy": _r(total_right / total_seen if total_seen else None),
        "accuracy_all_course_pages": _r(total_right / all_course if all_course else None),
        "per_layout": {lay: {"recall": _r(v["tp"] / (v["tp"] + v["fn"]) if v["tp"] + v["fn"] else None),
                             "accuracy": _r(v["right"] / v["total"] if v["total"] else None)}
                       for lay, v in per_layout.items()},
        "errors": errors,
    }


def _r(x):
    return None if x is None else round(x, 3)


def markdown(results: list[dict]) -> str:
    out = ["Text-mode extraction on real-page fixtures (tests/realpages), every page in "
           f"{len(LAYOUTS)} layouts ({', '.join(LAYOUTS)}).", ""]
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
    args = ap.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    results = [run(s) for s in splits]
    for r in results:
        print(f"{r['split']}: {r['pages']} pages ({r['course_pages']} course), recognition "
              f"P {r['recognition']['precision']} R {r['recognition']['recall']}, field accuracy {r['accuracy']} "
              f"({r['accuracy_all_course_pages']} counting missed pages)")
        print("   " + ", ".join(f"{f} {v}" for f, v in r["fields"].items()))
        if args.verbose and r["split"] == "dev":
            for e in r["errors"]:
                print("   -", e)
    if not args.no_write and args.split == "all":
        RESULTS.mkdir(parents=True, exist_ok=True)
        public = [{k: v for k, v in r.items() if k != "errors"} for r in results]
        (RESULTS / "extract.json").write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (RESULTS / "extract.md").write_text(markdown(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
