"""How often two careful people agree on the real-page labels: the human ceiling for the
extractor's figures (qa/extraction.py).

qa/realpages/agreement/<id>.json holds a second, independent labelling of a sample of dev
pages (`page_kind`, and `expect` for course pages), made by someone who saw only each page's
address, title and body, never the first labels, the extractor or its output. `compare`
counts, against the first labels in qa/realpages/pages/dev/: agreement on the page kind,
the second labeller's precision and recall on "is a course page", and field agreement on
the pages both call a course, per field and over the target fields - the same comparison
the extraction benchmark uses (`qa.extraction.expected`).

The pages were drawn in two samples: 52 on 2026-12-04, when dev was young, and 100 on
2026-12-07 (76 course pages and 24 others, at random from the dev pages the first sample
left), after thirty-five rounds of writers had added to dev. A file of the second sample says
`"drawn": "2026-12-07"`; `run` gives the figures of both together and of each alone.

`extractor_against` sets the extractor beside the two labellers on the same pages (the lines
layout; the target fields of the pages both call a course and the extractor recognises): when it
agrees as often with the second labeller as with the first, its errors are its own, not a
labeller's habits it learned on dev.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from qa.extraction import FIELDS, TARGET_FIELDS, _crawled, expected, extracted, predicted
from qa.realpages.spec import load

SECOND = Path(__file__).resolve().parent / "realpages" / "agreement"
FIRST_DRAW = "2026-12-04"      # the files without "drawn"


def second_labels() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SECOND.glob("*.json"))]


def compare(first: dict[str, dict], second: list[dict]) -> dict:
    """first: id -> fixture (with page_kind and expect); second: the second labeller's labels."""
    kinds = tp = fp = fn = 0
    right: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    disagreements: list[str] = []
    for b in second:
        a = first[b["id"]]
        kinds += a["page_kind"] == b["page_kind"]
        course_a, course_b = a["page_kind"] == "course", b["page_kind"] == "course"
        tp, fp, fn = tp + (course_a and course_b), fp + (course_b and not course_a), fn + (course_a and not course_b)
        if course_a != course_b:
            disagreements.append(f"{b['id']}: page_kind {a['page_kind']} / {b['page_kind']}")
        if not (course_a and course_b):
            continue
        for field in FIELDS:
            x, y = expected(a, field), expected(b, field)
            seen[field] += 1
            right[field] += x == y
            if x != y:
                disagreements.append(f"{b['id']}: {field} {x!r} / {y!r}")
    target_seen = sum(seen[f] for f in TARGET_FIELDS)
    return {
        "pages": len(second),
        "page_kind_agreement": round(kinds / len(second), 3) if second else None,
        "course_precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "course_recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "both_course": tp,
        "field_agreement": round(sum(right[f] for f in TARGET_FIELDS) / target_seen, 3) if target_seen else None,
        "fields": {f: round(right[f] / seen[f], 3) if seen[f] else None for f in FIELDS},
        "disagreements": disagreements,
    }


def extractor_against(first: dict[str, dict], second: list[dict], layout: str = "lines") -> dict:
    """How often the extractor's target fields equal the first labels, the second labels, and the two labels each
    other, on the pages both labellers call a course and the extractor recognises (in `layout`)."""
    seen = with_first = with_second = labellers = pages = 0
    for b in second:
        a = first[b["id"]]
        if not (a["page_kind"] == "course" and b["page_kind"] == "course"):
            continue
        result = extracted(a, layout)
        if not result.is_course:
            continue
        pages += 1
        record = _crawled(result, a["url"])
        for field in TARGET_FIELDS:
            got, x, y = predicted(record, field), expected(a, field), expected(b, field)
            seen += 1
            with_first, with_second, labellers = with_first + (got == x), with_second + (got == y), labellers + (x == y)
    return {"pages": pages, "fields": seen, "with_first": _share(with_first, seen),
            "with_second": _share(with_second, seen), "labellers": _share(labellers, seen)}


def _share(n: int, of: int) -> float | None:
    return round(n / of, 3) if of else None


def run() -> dict:
    """Both samples compared, with each sample's own figures (without its disagreements) under "draws"."""
    first = {spec["id"]: spec for spec in load("dev")}
    second = second_labels()
    result = compare(first, second)
    samples: dict[str, list[dict]] = defaultdict(list)
    for b in second:
        samples[b.get("drawn", FIRST_DRAW)].append(b)
    result["draws"], result["extractor"] = {}, {}
    for draw, labels in sorted(samples.items()):
        figures = compare(first, labels)
        del figures["disagreements"]
        result["draws"][draw] = figures
        result["extractor"][draw] = extractor_against(first, labels)
    return result
