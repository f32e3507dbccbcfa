"""What crawl runs leave in the data dir: reports, admin crawl requests, and the page memory.

- `<data dir>/runs/<start time>.json`: one report per crawl (per host: requests made,
  pages fetched, not modified, errors by kind, new, changed, gone; "delays": each host's
  gap between request starts in seconds, so requests × gap can be set against the run's time).
- `<data dir>/requests/crawl-<time>.json`: "start a crawl now", written by the
  admin page and consumed by the scheduler (the only writer).
- `PageMemory`: validators, body hash, final URL and links of every page and sitemap a crawl
  fetched (listings and other pages too, not only stored offers), in a table of the record
  store's SQLite file, so the next crawl asks conditionally and a page answered 304 still
  gives its links.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from crawler.frontier import Known

_MEMORY_SCHEMA = """
CREATE TABLE IF NOT EXISTS crawl_pages (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    page_hash TEXT,
    final_url TEXT,
    links TEXT,
    kind TEXT NOT NULL DEFAULT 'page',
    fetched_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""


def _dir(data_dir, name: str) -> Path:
    path = Path(data_dir) / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_report(data_dir, report: dict) -> Path:
    path = _dir(data_dir, "runs") / f"{report.get('started', time.strftime('%Y%m%dT%H%M%S'))}.json"
    path = path.with_name(path.name.replace(":", ""))
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def reports(data_dir, limit: int = 10) -> list[dict]:
    out = []
    for path in sorted(_dir(data_dir, "runs").glob("*.json"), reverse=True)[:limit]:
        try:
            out.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return out


def request_crawl(data_dir, requested_by: str = "admin") -> Path:
    path = _dir(data_dir, "requests") / f"crawl-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.json"
    path.write_text(json.dumps({"requested_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                                "by": requested_by}), encoding="utf-8")
    return path


def take_requests(data_dir) -> list[dict]:
    """Consume pending crawl requests (oldest first)."""
    out = []
    for path in sorted(_dir(data_dir, "requests").glob("crawl-*.json")):
        try:
            out.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            out.append({"requested_at": None, "by": "unreadable request"})
        path.unlink(missing_ok=True)
    return out


def pending_requests(data_dir) -> int:
    return len(list(_dir(data_dir, "requests").glob("crawl-*.json")))


class PageMemory:
    """`get(url) -> Known | None` and `put(url, Known | None)` (None forgets the URL), keyed by
    canonical URL, in the `crawl_pages` table of a `crawler.store.Store`'s file. Thread-safe:
    every statement runs under the store's lock."""

    def __init__(self, store):
        self.db, self.lock = store.db, store.lock
        with self.lock:
            self.db.executescript(_MEMORY_SCHEMA)

    def get(self, url: str) -> Known | None:
        with self.lock:
            row = self.db.execute("SELECT etag, last_modified, page_hash, final_url, links, kind "
                                  "FROM crawl_pages WHERE url=?", (url,)).fetchone()
        if row is None:
            return None
        links = json.loads(row[4]) if row[4] is not None else None
        return Known(row[0], row[1], row[2], row[3], tuple(links) if links is not None else None, row[5])

    def put(self, url: str, known: Known | None) -> None:
        with self.lock:
            if known is None:
                self.db.execute("DELETE FROM crawl_pages WHERE url=?", (url,))
                return
            links = json.dumps(list(known.links), ensure_ascii=False) if known.links is not None else None
            self.db.execute(
                "INSERT OR REPLACE INTO crawl_pages (url, etag, last_modified, page_hash, final_url, links, kind) "
                "VALUES (?,?,?,?,?,?,?)",
                (url, known.etag, known.last_modified, known.content_hash, known.final_url, links, known.kind))
