"""The record store: every offer the catalogue knows, with provenance.

One SQLite file in the data dir (`records.sqlite3`). Catalogue rows and crawled pages
are stored the same way; the index is always built from this store, so a failed
crawl or a broken index never loses a record. Writes happen in transactions:
a crash leaves the previous state.

Kept per record: its status (active|stale|gone; what the index shows is derived by
`domain.freshness`), first_seen, last_seen and last_changed, and under `provenance`: origin
(seed: the 2014 table, current: today's offers, crawl: a crawled page), url, final_url,
fetched_at, http_status, etag, last_modified, page_hash (of the fetched bytes), content_hash
(of the normalised record), gone_since, failures (consecutive failed checks) and linked_to
(the id of the catalogue row a crawled record is the same offer as).
"""

from __future__ import annotations

import functools
import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

from domain.clock import now_iso
from domain.records import content_hash

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    record TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_changed TEXT NOT NULL,
    gone_since TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    url TEXT,
    final_url TEXT,
    fetched_at TEXT,
    http_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    page_hash TEXT,
    linked_to TEXT
);
CREATE INDEX IF NOT EXISTS records_url ON records(url);
CREATE INDEX IF NOT EXISTS records_final_url ON records(final_url);
"""

PROVENANCE_KEYS = ("url", "final_url", "fetched_at", "http_status", "etag", "last_modified",
                   "page_hash", "linked_to")


def _locked(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self.lock:
            return method(self, *args, **kwargs)
    return wrapper


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the crawl's host threads, serialised by a lock.
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.lock = threading.RLock()
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

    @classmethod
    def in_data_dir(cls, data_dir: str | Path) -> Store:
        return cls(Path(data_dir) / "records.sqlite3")

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextmanager
    def transaction(self):
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            else:
                self.db.execute("COMMIT")

    # -- writes ---------------------------------------------------------------

    @_locked
    def upsert(self, record: dict, *, origin: str, seen_at: str | None = None,
               provenance: dict | None = None) -> str:
        """Store a freshly normalised record. Returns 'new', 'changed' or 'unchanged'.

        first_seen is kept from the first time; last_seen is now; last_changed
        moves only when what the record says changed. The record becomes active.
        """
        seen_at = seen_at or now_iso()
        prov = {k: (provenance or {}).get(k) for k in PROVENANCE_KEYS}
        prov["url"] = prov["url"] or record.get("url")
        chash = content_hash(record)
        old = self.db.execute("SELECT * FROM records WHERE id=?", (record["id"],)).fetchone()
        if old is None:
            outcome, first_seen, last_changed = "new", seen_at, seen_at
        else:
            first_seen = old["first_seen"]
            changed = old["content_hash"] != chash
            outcome = "changed" if changed else "unchanged"
            last_changed = seen_at if changed else old["last_changed"]
        self.db.execute(
            """INSERT INTO records (id, origin, record, content_hash, status, first_seen, last_seen,
                   last_changed, gone_since, failures, url, final_url, fetched_at, http_status, etag,
                   last_modified, page_hash, linked_to)
               VALUES (?,?,?,?, 'active', ?,?,?, NULL, 0, ?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET origin=excluded.origin, record=excluded.record,
                   content_hash=excluded.content_hash, status='active', last_seen=excluded.last_seen,
                   last_changed=excluded.last_changed, gone_since=NULL, failures=0,
                   url=excluded.url, final_url=excluded.final_url, fetched_at=excluded.fetched_at,
                   http_status=excluded.http_status, etag=excluded.etag,
                   last_modified=excluded.last_modified, page_hash=excluded.page_hash,
                   linked_to=excluded.linked_to""",
            (record["id"], origin, json.dumps(record, ensure_ascii=False), chash, first_seen,
             seen_at, last_changed, *(prov[k] for k in PROVENANCE_KEYS)))
        return outcome

    @_locked
    def touch(self, record_id: str, *, seen_at: str | None = None, provenance: dict | None = None) -> None:
        """A re-check found the offer unchanged (304 or same page hash): only dates move."""
        seen_at = seen_at or now_iso()
        sets, args = ["last_seen=?", "status='active'", "gone_since=NULL", "failures=0"], [seen_at]
        for k in ("fetched_at", "http_status", "etag", "last_modified"):
            if provenance and provenance.get(k) is not None:
                sets.append(f"{k}=?")
                args.append(provenance[k])
        self.db.execute(f"UPDATE records SET {', '.join(sets)} WHERE id=?", (*args, record_id))

    @_locked
    def mark_gone(self, record_id: str, *, when: str | None = None, http_status: int | None = None) -> None:
        """The page answered 404/410: the offer is gone, but stays known and visible."""
        when = when or now_iso()
        self.db.execute(
            """UPDATE records SET status='gone', gone_since=COALESCE(gone_since, ?),
                   http_status=COALESCE(?, http_status) WHERE id=?""", (when, http_status, record_id))

    @_locked
    def reset_failures(self, record_id: str) -> None:
        """A check got an answer: the count of failed checks in a row starts again."""
        self.db.execute("UPDATE records SET failures=0 WHERE id=?", (record_id,))

    @_locked
    def mark_failure(self, record_id: str, *, stale_after: int = 3) -> str:
        """A check failed (timeout, 5xx, ...): keep the record; stale after N failures in a row."""
        self.db.execute(
            """UPDATE records SET failures=failures+1,
                   status=CASE WHEN status='gone' THEN 'gone'
                               WHEN failures+1 >= ? THEN 'stale' ELSE status END
               WHERE id=?""", (stale_after, record_id))
        row = self.db.execute("SELECT status FROM records WHERE id=?", (record_id,)).fetchone()
        return row["status"] if row else "unknown"

    # -- reads ----------------------------------------------------------------

    @_locked
    def get(self, record_id: str) -> dict | None:
        row = self.db.execute("SELECT * FROM records WHERE id=?", (record_id,)).fetchone()
        return _with_provenance(row) if row else None

    @_locked
    def by_url(self, url: str) -> dict | None:
        """The crawled record whose URL or final URL is `url`, compared in canonical form
        (`crawler.frontier.canonical`; the URL as given too, for rows stored before)."""
        from crawler.frontier import canonical

        c = canonical(url) or url
        row = self.db.execute(
            "SELECT * FROM records WHERE (url IN (?, ?) OR final_url IN (?, ?)) AND origin='crawl' LIMIT 1",
            (c, url, c, url)).fetchone()
        return _with_provenance(row) if row else None

    @_locked
    def crawled_urls(self) -> list[str]:
        """The final URL of every crawled record (to be checked again by the next crawl)."""
        rows = self.db.execute("SELECT COALESCE(final_url, url) AS u FROM records WHERE origin='crawl' ORDER BY id")
        return [r["u"] for r in rows if r["u"]]

    @_locked
    def crawled_hashes(self) -> dict[str, str]:
        """Page hash → final URL of every crawled record (a body seen before under another URL)."""
        rows = self.db.execute("SELECT page_hash, COALESCE(final_url, url) AS u FROM records "
                               "WHERE origin='crawl' AND page_hash IS NOT NULL ORDER BY id")
        return {r["page_hash"]: r["u"] for r in rows if r["u"]}

    @_locked
    def records(self, origin: str | None = None) -> list[dict]:
        if origin:
            rows = self.db.execute("SELECT * FROM records WHERE origin=? ORDER BY id", (origin,))
        else:
            rows = self.db.execute("SELECT * FROM records ORDER BY id")
        return [_with_provenance(r) for r in rows]

    @_locked
    def counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT status, COUNT(*) AS n FROM records GROUP BY status")
        return {r["status"]: r["n"] for r in rows}


def _with_provenance(row: sqlite3.Row) -> dict:
    record = json.loads(row["record"])
    record["status"] = row["status"]
    record["first_seen"] = row["first_seen"]
    record["last_seen"] = row["last_seen"]
    record["last_changed"] = row["last_changed"]
    record["provenance"] = {
        "origin": row["origin"], "gone_since": row["gone_since"], "failures": row["failures"],
        "content_hash": row["content_hash"], **{k: row[k] for k in PROVENANCE_KEYS},
    }
    return record
