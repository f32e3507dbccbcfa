"""Text-mode extraction measured on the real-page fixtures (qa/realpages): the figures only.

`run(split)` renders every fixture of the split in every layout (`qa.realpages.render.LAYOUTS`),
extracts it (`crawler.extract`), normalises it the way a crawl does
(`domain.records.build_record` without the provider's campuses, for the provider that owns the
page's host: `crawler.pipeline.record.speaking_for_owner`) and returns recognition
precision and recall, field accuracy per field and over the target fields, per layout, and
every wrong decision. bench/extract/evaluate.py prints and writes the figures;
tests/test_realpages.py asserts floors. `decisions(split)` and `changes(old, new)` compare two versions of
the extractor page by page (bench/extract/decisions.py).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext

from crawler import learned
from crawler.extract import ExtractResult, extract
from crawler.pipeline.record import host_owner, speaking_for_owner
from domain.records import build_record, place_in
from qa.realpages.render import LAYOUTS, render
from qa.realpages.spec import load

TARGET_FIELDS = ("credits_min", "credits_max", "kind", "level", "part_time", "delivery", "places",
                 "admission_education", "admission_experience_years", "price_nok", "start_term")
EXTRA_FIELDS = ("application_deadline", "duration_semesters", "teaching_language")
FIELDS = TARGET_FIELDS + EXTRA_FIELDS


def place_key(name: str) -> str:
    """A hand-labelled place, resolved the way a record's places are (`place_in`), else its folded name."""
    loc = place_in(name)
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


def _crawled(result, url: str) -> dict:
    """The record a crawl stores for an extracted course page: its provider owns the host."""
    offer = {**result.offer, "id": "x"}
    return speaking_for_owner(build_record(offer, source="crawl"), offer, host_owner(url))


def extractions(split: str, workers: int | None = None) -> dict[tuple[str, str], ExtractResult]:
    """Every page of the split extracted in every layout, (id, layout) -> result: one pass that `run` and
    the recogniser's refit (`qa.train_recogniser.examples`) can share. The layouts are extracted in `workers`
    processes (as many as the machine has cores, up to one per layout); the results are the same either way."""
    workers = workers or min(len(LAYOUTS), os.cpu_count() or 1)
    jobs = [(split, layout) for layout in LAYOUTS]
    results: dict[tuple[str, str], ExtractResult] = {}
    if workers <= 1:
        for job in jobs:
            results.update(_one_layout(job))
        return results
    # (spawned, not forked: a forked child of a process with threads, a test run's servers, may hang on a lock)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for part in pool.map(_one_layout, jobs):
            results.update(part)
    return results


def _one_layout(job: tuple[str, str]) -> dict[tuple[str, str], ExtractResult]:
    split, layout = job
    return {(spec["id"], layout): extracted(spec, layout) for spec in load(split)}


def extracted(spec: dict, layout: str, results: dict | None = None) -> ExtractResult:
    """The fixture rendered in the layout and extracted, or its result in `results` (from `extractions`)."""
    found = (results or {}).get((spec["id"], layout))
    return found if found is not None else extract(render(spec, layout), spec["url"])


def run(split: str, *, rules_alone: bool = False,
        results: dict[tuple[str, str], ExtractResult] | None = None, only=None) -> dict:
    """The split's figures; with `rules_alone`, those of the rules without the learned recogniser. `results`
    (from `extractions(split)`, with the shipped model) saves extracting the pages again. `only(spec)`, when
    given, keeps the pages it is true for (`qa.scope.in_registry_scope`, for one)."""
    if results is not None and rules_alone:
        raise ValueError("results are extracted with the learned recogniser; rules_alone extracts again")
    with learned.rules_alone() if rules_alone else nullcontext():
        return _run(split, results, only)


def _run(split: str, results: dict | None, only=None) -> dict:
    specs = [spec for spec in load(split) if only is None or only(spec)]
    rec = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    per_layout = {lay: {"tp": 0, "fn": 0, "right": 0, "total": 0} for lay in LAYOUTS}
    right = defaultdict(int)
    seen = defaultdict(int)
    errors: list[str] = []
    course_pages = sum(s["page_kind"] == "course" for s in specs)
    for spec in specs:
        is_course = spec["page_kind"] == "course"
        for layout in LAYOUTS:
            result = extracted(spec, layout, results)
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
            record = _crawled(result, spec["url"])
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
        "field_counts": {f: (right[f], seen[f]) for f in FIELDS},
        "accuracy": _r(total_right / total_seen if total_seen else None),
        "accuracy_all_course_pages": _r(total_right / all_course if all_course else None),
        "per_layout": {lay: {"recall": _r(v["tp"] / (v["tp"] + v["fn"]) if v["tp"] + v["fn"] else None),
                             "accuracy": _r(v["right"] / v["total"] if v["total"] else None)}
                       for lay, v in per_layout.items()},
        "errors": errors,
    }


def decisions(split: str) -> dict[str, dict]:
    """Every page's decision in every layout, "<id> [<layout>]" -> {"course": bool, field: value …} (the fields only
    for pages taken for courses), to compare two versions of the extractor page by page (`changes`)."""
    out = {}
    for spec in load(split):
        for layout in LAYOUTS:
            result = extracted(spec, layout)
            row: dict = {"course": bool(result.is_course)}
            if result.is_course:
                record = _crawled(result, spec["url"])
                row.update({field: predicted(record, field) for field in FIELDS})
            out[f"{spec['id']} [{layout}]"] = row
    return out


def changes(old: dict[str, dict], new: dict[str, dict]) -> dict:
    """What differs between two `decisions` of one split: {"pages": n compared, "decisions": keys whose course
    decision changed, "fields": {field: keys whose value changed}, "added"/"removed": keys in one only}."""
    both = old.keys() & new.keys()
    fields: dict[str, list[str]] = defaultdict(list)
    for key in sorted(both):
        if old[key]["course"] and new[key]["course"]:
            for field in FIELDS:
                if old[key].get(field) != new[key].get(field):
                    fields[field].append(key)
    return {"pages": len(both),
            "decisions": sorted(k for k in both if old[k]["course"] != new[k]["course"]),
            "fields": dict(fields),
            "added": sorted(new.keys() - old.keys()), "removed": sorted(old.keys() - new.keys())}


def _taken_per(specs: list[dict], layout: str, rules_alone: bool, group) -> dict[str, tuple[int, int]]:
    """{group: (taken for a course page, of)} over the specs that `group(spec)` puts in a group (None: left out)."""
    taken: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with learned.rules_alone() if rules_alone else nullcontext():
        for spec in specs:
            key = group(spec)
            if key is None:
                continue
            counts = taken[key]
            counts[1] += 1
            counts[0] += bool(extract(render(spec, layout), spec["url"]).is_course)
    return {key: (n, of) for key, (n, of) in sorted(taken.items())}


def kinds_found(specs: list[dict], layout: str = "lines", *, rules_alone: bool = False) -> dict[str, tuple[int, int]]:
    """Course pages found per hand-labelled kind, on one layout: {kind: (found, of)}, the kind `null` as "unknown".
    Counts only, so that held-out splits can be reported without showing a page."""
    return _taken_per(specs, layout, rules_alone,
                      lambda spec: (spec["expect"]["kind"] or "unknown") if spec["page_kind"] == "course" else None)


def others_taken(specs: list[dict], layout: str = "lines", *, rules_alone: bool = False) -> dict[str, tuple[int, int]]:
    """Pages that are no course pages, per hand-labelled page kind (news, admission, listing, event …), and how
    many of them the extractor takes for course pages, on one layout: {page kind: (taken, of)}. The precision
    lost, by where it is lost; counts only, like kinds_found."""
    return _taken_per(specs, layout, rules_alone,
                      lambda spec: spec["page_kind"] if spec["page_kind"] != "course" else None)


def _r(x):
    return None if x is None else round(x, 3)
