"""The catalogue's jobs: what the command line and the scheduler run (the admin page only
asks for a crawl, `service.runs`).

`rebuild` is the store → index step: the catalogue files are normalised and stored, then
one index generation is built from every stored record (their status and dates as their
sources support, `domain.freshness`) and published atomically. `crawl_registry` and
`run_with_report` crawl into the data dir's store and leave a run report (`service.runs`).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from crawler.config import Callbacks, CrawlConfig
from crawler.crawl import crawl
from crawler.fetch import Fetcher
from crawler.pipeline import indexable
from crawler.store import Store
from domain.clock import now_iso
from domain.freshness import settle
from domain.seed import SeedError, read_seed, seed_records
from index import NoIndex, build, open_catalogue
from service import config, runs

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    seed: str                          # the files read, comma-separated
    seed_rows: int
    seed_errors: list[tuple[int, str]] = field(default_factory=list)   # (line, message) of the first file
    records: int = 0
    # The store's outcome per catalogue row read ("new", "changed", "unchanged" against the stored
    # row). The store keeps a row removed from its file, so these say nothing of the index: see `changes`.
    outcomes: dict[str, int] = field(default_factory=dict)
    generation: str = ""
    unchanged: bool = False            # no new generation: the content was the same
    errors: dict[str, list[tuple[int, str]]] = field(default_factory=dict)   # file → its skipped rows
    warnings: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # file → rows loaded without a cell
    # What the build changed in the index, as the change log records it (`index.changelog`): offers
    # new, changed (a tracked field), gone; "edited": catalogue rows changed in other fields only
    # (the change log does not follow those); "unchanged": the rest of the index.
    changes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHANGE_KINDS, 0))
    first: bool = False                # the data dir's first index: every offer is new, nothing is logged


ORIGIN = {"survey": "seed", "current": "current"}     # catalogue file kind → store origin
CHANGE_KINDS = ("new", "changed", "gone", "edited", "unchanged")


def rebuild(data_dir: str | Path | None = None, seed: str | Path | None = None, *,
            current: str | Path | None = None, force: bool = True) -> BuildReport:
    """Store the catalogue files (the 2014 seed and today's offers), then index every stored
    record as a new generation.

    The files are those the data dir was built from (`config.catalogue_files`), unless others
    are given. Only rows of these files are indexed among the stored file rows, so a row
    removed from a file leaves the index; crawled records always stay. Status and dates are
    set by `domain.freshness.settle`. With `force=False` (after a crawl) no generation is made
    when the indexed content is the same as the serving generation's (`digest`): only the
    volatile "last checked" dates would differ, and the daily re-index (force) refreshes those.
    """
    data_dir = config.data_dir(data_dir)
    chosen = config.catalogue_files(data_dir, seed=seed, current=current)
    files = {k: v for k, v in chosen.items() if v is not None}
    loads = [(path, read_seed(path)) for path in files.values()]        # SeedError: nothing is stored
    _not_the_same_file(files)
    config.remember_catalogue_files(data_dir, chosen)
    report = BuildReport(seed=", ".join(str(p) for p in files.values()),
                         seed_rows=sum(len(load.rows) for _, load in loads),
                         seed_errors=loads[0][1].errors if loads else [],
                         errors={str(p): load.errors for p, load in loads},
                         warnings={str(p): load.warnings for p, load in loads if load.warnings})
    seen_at = now_iso()
    wanted: set[str] = set()
    edited: set[str] = set()           # rows the store saw change
    with Store.in_data_dir(data_dir) as store:
        with store.transaction():
            for path, load in loads:
                for row, record in zip(load.rows, seed_records(load)):
                    if record["id"] in wanted:      # the same id in two files: the first one wins
                        report.errors[str(path)].append((row["_line"], f"id {record['id']!r} is used by another file"))
                        continue
                    outcome = store.upsert(record, origin=ORIGIN[load.kind], seen_at=seen_at)
                    report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
                    wanted.add(record["id"])
                    if outcome == "changed":
                        edited.add(record["id"])
        indexed = settle(indexable([r for r in store.records()
                                    if r["provenance"]["origin"] == "crawl" or r["id"] in wanted]))
    report.records = len(indexed)
    ids = {r["id"] for r in indexed}
    digest = catalogue_digest(indexed)
    serving = _serving(data_dir)
    if not force and serving and serving.info.get("digest") == digest:
        report.generation, report.unchanged = serving.generation, True
        report.changes["unchanged"] = len(ids)
        return report
    report.generation = build(indexed, data_dir, info={"seed": ", ".join(p.name for p in files.values()),
                                                       "seed_rows": report.seed_rows,
                                                       "seed_errors": sum(len(e) for e in report.errors.values()),
                                                       "digest": digest})
    report.changes, report.first = _changes(data_dir, report.generation, ids, edited, had_index=serving is not None)
    return report


def _not_the_same_file(files: dict[str, Path]) -> None:
    """One file given as both the seed and today's offers would repeat every row's id: one
    SeedError for it (nothing is stored), instead of a skipped row for each."""
    seed, current = files.get("seed"), files.get("current")
    if seed is not None and current is not None and seed.samefile(current):
        raise SeedError(f"{seed} is given both as the seed and as today's offers (--seed and --current, or "
                        "$KURSKATALOG_SEED and $KURSKATALOG_CURRENT); give each file once (--current - for none)")


def _changes(data_dir: Path, generation: str, ids: set[str], edited: set[str], *,
             had_index: bool) -> tuple[dict[str, int], bool]:
    """(What the build of `generation` (records `ids`) changed in the index, whether it was the
    first index): the change log's events of that generation (read through the seam, `changes()`)
    counted by kind (an offer whose status became gone is one of `ids`, and gone); of the offers
    without an event, those whose catalogue row the store saw change are "edited" (in fields the
    log does not track), the others "unchanged". The first index logs nothing: every offer is new."""
    events = [e for e in open_catalogue(data_dir).changes().events if e["generation"] == generation]
    if not events and not had_index:
        return {**dict.fromkeys(CHANGE_KINDS, 0), "new": len(ids)}, True
    counts = dict.fromkeys(CHANGE_KINDS, 0)
    for event in events:
        counts[event["kind"]] += 1
    quiet = ids - {e["id"] for e in events}
    counts["edited"] = len(quiet & edited)
    counts["unchanged"] = len(quiet) - counts["edited"]
    return counts, False


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
    return _serving(config.data_dir(data_dir)) is not None


def _serving(data_dir: Path):
    """The serving generation's meta (`index.IndexMeta`), or None when none can be opened."""
    try:
        return open_catalogue(data_dir).meta()
    except NoIndex:
        return None


# -- crawls into the data dir, each leaving a run report ---------------------------------

def crawl_registry(data_dir, config: CrawlConfig | None = None, *, fetcher: Fetcher | None = None,
                   callbacks: Callbacks | None = None) -> dict:
    """Crawl the provider registry's start pages within the registry's scope and with its
    sitemaps (they replace those of `config`); the report is written to the data dir."""
    starts, config = registry_plan(config)
    return run_with_report(data_dir, starts, config, fetcher=fetcher, callbacks=callbacks)


def registry_plan(config: CrawlConfig | None = None) -> tuple[list[str], CrawlConfig]:
    """(start pages, configuration) of a registry crawl: every provider's start pages, the registry's scope
    (`domain.providers.scope_entries`) as the allowed hosts and its sitemaps in place of those of `config`.
    `crawler.crawl.crawl_scope(*registry_plan())` is the scope such a crawl keeps to."""
    from domain.providers import providers, scope_entries

    starts, maps = [], []
    for p in providers():
        starts += p.get("start_urls") or []
        maps += p.get("sitemaps") or []
    return starts, replace(config or CrawlConfig(), allowed_hosts=tuple(scope_entries()), sitemaps=tuple(maps))


class CrawlBusy(RuntimeError):
    """Another crawl of the same data dir is running (the scheduler's, a requested one, or the command line's)."""


@contextmanager
def crawl_lock(data_dir):
    """One crawl of a data dir at a time: a second would fetch the same hosts again beside the first, past
    the per-host delay that only one crawl keeps. Not waited for: raises CrawlBusy at once (the running
    crawl is as fresh as the second would be). A file lock, so it holds across processes and threads."""
    path = Path(data_dir) / ".crawl.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlBusy(f"another crawl of {data_dir} is running; try again when it is done") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def run_with_report(data_dir, start_urls, config: CrawlConfig | None = None, *, fetcher: Fetcher | None = None,
                    callbacks: Callbacks | None = None) -> dict:
    """Crawl the given start pages into the data dir's store; report written to the data dir. Raises
    CrawlBusy when another crawl of the data dir runs (`crawl_lock`)."""
    t = time.time()
    with crawl_lock(data_dir), Store.in_data_dir(data_dir) as store:
        report = crawl(start_urls, store, config, fetcher=fetcher, callbacks=callbacks)
    report["seconds"] = round(time.time() - t, 2)
    runs.write_report(data_dir, report)
    return report


# -- scheduled jobs (run by service.schedule; the scheduler is the only writer) ------------

def scheduled_reindex(data_dir: str) -> None:
    """Rebuild the index from the seed and the store (picks up seed edits)."""
    rebuild(data_dir)


def scheduled_crawl(data_dir: str) -> None:
    """Crawl the provider registry, store what changed, and re-index. Left out when another crawl of the
    data dir runs (the scheduled one and a requested one are separate jobs, each one at a time)."""
    try:
        crawl_registry(data_dir)
    except CrawlBusy as exc:
        log.info("crawl left out: %s", exc)
        return
    rebuild(data_dir, force=False)


def handle_requests(data_dir: str) -> int:
    """Run one crawl if the admin page asked for one (several requests → one crawl)."""
    if not runs.take_requests(data_dir):
        return 0
    scheduled_crawl(data_dir)
    return 1
