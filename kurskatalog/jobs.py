"""The catalogue's jobs: what the command line, the scheduler and the admin page run.

`rebuild` is the store → index step: the seed is normalised and stored (so
its records keep first_seen/last_seen/last_changed across builds), then one
index generation is built from every stored record and published atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from crawler.pipeline import indexable
from crawler.seed import read_seed, seed_records
from crawler.store import Store, now_iso
from index import generations
from index.build import build_index
from kurskatalog import config


@dataclass
class BuildReport:
    seed: str
    seed_rows: int
    seed_errors: list[tuple[int, str]] = field(default_factory=list)
    records: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    generation: str = ""
    unchanged: bool = False            # no new generation: the content was the same


def rebuild(data_dir: str | Path | None = None, seed: str | Path | None = None, *,
            force: bool = True) -> BuildReport:
    """Store the seed, then index every stored record as a new generation.

    With `force=False` (after a crawl) no generation is made when the indexed content is
    the same as the serving generation's (`digest`): only the volatile "last checked"
    dates would differ, and the daily re-index (force) refreshes those.
    """
    data_dir = config.data_dir(data_dir)
    seed_file = config.seed_path(seed)
    load = read_seed(seed_file)
    records = seed_records(load)
    report = BuildReport(seed=str(seed_file), seed_rows=len(load.rows), seed_errors=load.errors)
    seen_at = now_iso()
    with Store.in_data_dir(data_dir) as store:
        with store.transaction():
            for record in records:
                outcome = store.upsert(record, origin="seed", seen_at=seen_at)
                report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
        seed_ids = {r["id"] for r in records}
        indexed = indexable([r for r in store.records()
                             if r["provenance"]["origin"] != "seed" or r["id"] in seed_ids])
    report.records = len(indexed)
    digest = catalogue_digest(indexed)
    serving = generations.current(data_dir)
    if not force and serving and generations.meta(serving).get("digest") == digest and has_index(data_dir):
        report.generation, report.unchanged = serving.name, True
        return report
    gen = build_index(indexed, data_dir, info={"seed": seed_file.name, "seed_rows": len(load.rows),
                                               "seed_errors": len(load.errors), "digest": digest})
    report.generation = gen.name
    return report


def catalogue_digest(records: list[dict]) -> str:
    """A hash of what the index shows of `records`: everything but the check dates."""
    h = hashlib.sha256()
    for record in sorted(records, key=lambda r: r["id"]):
        shown = {k: v for k, v in record.items() if k not in ("last_seen", "provenance")}
        shown["gone_since"] = (record.get("provenance") or {}).get("gone_since")
        h.update(json.dumps(shown, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    return h.hexdigest()


def has_index(data_dir: str | Path | None = None) -> bool:
    """True when a generation is serving and can be opened by this version."""
    from index.search import Catalogue, NoIndex

    try:
        Catalogue(config.data_dir(data_dir)).generation()
    except NoIndex:
        return False
    return True


# -- scheduled jobs (run by crawler.schedule; the scheduler is the only writer) ------------

def scheduled_reindex(data_dir: str) -> None:
    """Rebuild the index from the seed and the store (picks up seed edits)."""
    rebuild(data_dir)


def scheduled_crawl(data_dir: str) -> None:
    """Crawl the provider registry, store what changed, and re-index."""
    from crawler.crawl import crawl_registry

    crawl_registry(data_dir)
    rebuild(data_dir, force=False)


def handle_requests(data_dir: str) -> int:
    """Run one crawl if the admin page asked for one (several requests → one crawl)."""
    from crawler import runs

    if not runs.take_requests(data_dir):
        return 0
    scheduled_crawl(data_dir)
    return 1
