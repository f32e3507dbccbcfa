"""The page memory: what the crawler knows of every page and sitemap it fetched.

`PageMemory` keeps validators, body hash, final URL and links of every page and sitemap a crawl
fetched (listings and other pages too, not only stored offers), in a table of the record
store's SQLite file, so the next crawl asks conditionally and a page answered 304 still
gives its links.
"""

from __future__ import annotations

import json

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
