"""Text-mode extraction measured apart on the pages within a registry crawl's scope and on the rest.

The real-page fixtures (qa/realpages) were gathered wide: besides the universities', colleges' and
fagskoler's study pages they hold pages of folk high schools, municipalities, driving schools,
theatres and associations. A registry crawl (`kurskatalog crawl` without `--start`) fetches only
addresses under a provider's domain, catalogue prefix or utdanning.no path
(`domain.providers.scope_entries`), so it never meets the second kind. `in_registry_scope` splits the
pages by the crawl's own scope, from the address alone. The rule was chosen (c10eb505) before any
held-out figure was taken with it; the cut follows the registry, so an edit of the registry moves it and
the figures are to be measured again (ksagenda.no, in d462494a, moved two dev pages and no held-out
page). `measure` gives recognition precision and recall and field accuracy for each part, per split and
pooled over the held-out splits (counts summed, not figures averaged). Figures only: no held-out page is
shown.
bench/extract/scope.py prints and writes them.
"""

from __future__ import annotations

import functools

from crawler.crawl import crawl_scope
from crawler.frontier import Scope
from qa.extraction import FIELDS, TARGET_FIELDS, extractions, run
from qa.realpages.spec import SPLITS
from service.jobs import registry_plan

POOLED = "held-out pooled"


@functools.lru_cache(maxsize=1)
def registry_scope() -> Scope:
    """The scope `kurskatalog crawl` keeps to: built from the registry's start pages and scope entries
    (`service.jobs.registry_plan`) the way `crawler.crawl.crawl` builds it."""
    return crawl_scope(*registry_plan())


def in_registry_scope(spec: dict) -> bool:
    """Whether the page's address is within the registry crawl's scope: under a provider's domain, catalogue
    prefix or utdanning.no path (`registry_scope`). Decided by the address alone, never by the page's text or
    labels. Whether a crawl reaches the page also depends on links, depth, page budget and robots.txt."""
    return registry_scope().allows_host(spec["url"])


def out_of_registry_scope(spec: dict) -> bool:
    return not in_registry_scope(spec)


PARTS = {"in scope": in_registry_scope, "out of scope": out_of_registry_scope}


def _ratio(a: int, b: int):
    return round(a / b, 3) if b else None


def summary(r: dict) -> dict:
    """The figures of one `qa.extraction.run` result, with the counts they come from (for `pooled`)."""
    rec = r["recognition"]
    counts = r["field_counts"]
    return {"pages": r["pages"], "course_pages": r["course_pages"], "other_pages": r["other_pages"],
            "tp": rec["tp"], "fp": rec["fp"], "fn": rec["fn"], "tn": rec["tn"],
            "precision": rec["precision"], "recall": rec["recall"],
            "field_right": sum(counts[f][0] for f in TARGET_FIELDS),
            "field_seen": sum(counts[f][1] for f in TARGET_FIELDS), "accuracy": r["accuracy"],
            "field_counts": {f: list(counts[f]) for f in FIELDS}, "fields": r["fields"]}


def pooled(parts: list[dict]) -> dict:
    """Counts of several splits' summaries summed, and the figures recomputed from them."""
    total = {k: sum(p[k] for p in parts) for k in ("pages", "course_pages", "other_pages", "tp", "fp", "fn", "tn",
                                                 "field_right", "field_seen")}
    counts = {f: [sum(p["field_counts"][f][i] for p in parts) for i in (0, 1)] for f in FIELDS}
    return {**total, "precision": _ratio(total["tp"], total["tp"] + total["fp"]),
            "recall": _ratio(total["tp"], total["tp"] + total["fn"]),
            "accuracy": _ratio(total["field_right"], total["field_seen"]),
            "field_counts": counts, "fields": {f: _ratio(*counts[f]) for f in FIELDS}}


def measure(splits=SPLITS) -> dict[str, dict[str, dict]]:
    """{split or POOLED: {part: summary}}. Every page is extracted once in every layout; both parts are measured
    on those results."""
    out: dict[str, dict[str, dict]] = {}
    for split in splits:
        results = extractions(split)
        out[split] = {name: summary(run(split, results=results, only=only)) for name, only in PARTS.items()}
    held = [s for s in splits if s != "dev"]
    if held:
        out[POOLED] = {name: pooled([out[s][name] for s in held]) for name in PARTS}
    return out


def markdown(figures: dict[str, dict[str, dict]]) -> str:
    out = ["Text-mode extraction on the pages within a registry crawl's scope (the address is under a provider's "
           "domain, catalogue prefix or utdanning.no path) and on the rest (qa/scope.py, bench/extract/scope.py). "
           "Every page in every layout: pages count each page once, precision and recall count it in every layout. Dev is "
           "in-sample. Held-out pooled sums the counts of every held-out split.", "",
           "| split | part | pages (course / other) | recognition P | recognition R | field accuracy |",
           "|---|---|---|---|---|---|"]
    for split, parts in figures.items():
        for name, s in parts.items():
            out.append(f"| {split} | {name} | {s['pages']} ({s['course_pages']} / {s['other_pages']}) | "
                       f"{s['precision']} | {s['recall']} | {s['accuracy']} |")
    if POOLED in figures:
        parts = figures[POOLED]
        out += ["", "Per field, held-out pooled:", "", "| field | " + " | ".join(parts) + " |",
                "|---|" + "---|" * len(parts)]
        for f in FIELDS:
            mark = "" if f in TARGET_FIELDS else " (not in the target)"
            out.append(f"| {f}{mark} | " + " | ".join(str(s["fields"][f]) for s in parts.values()) + " |")
    return "\n".join(out) + "\n"
