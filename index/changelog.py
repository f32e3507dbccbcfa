"""The change log: what each new index generation changed, for the search feeds (`/feed.atom`).

`index.engine.build.build_index` compares the records of every new generation with those of the
generation it replaces, by id, and appends one event per changed offer to
`<data dir>/changes.jsonl` once the new generation is published:

    {"date": "2026-12-04T10:15:02+00:00", "generation": "gen-20261204T101500-123-456789",
     "id": "uib-helseledelse", "kind": "changed",
     "fields": {"credits_max": {"old": 30.0, "new": 60.0}, "start_term": {"old": "2025-host", "new": "2026-var"}}}

Kinds:
- `new`: the id was not in the previous generation;
- `changed`: one of `TRACKED` differs (old and new values in `fields`; places are compared as
  the list of place names);
- `gone`: the id vanished, or its status became `gone`; the event keeps the last record the
  catalogue had (`record`, without raw text, evidence and provenance), so a feed can still
  show the offer and match it against a search.

The very first build of a data dir logs nothing (the bundled catalogue is not "new").
A generation built by an older version is read from its stored records, so the first
build after an upgrade logs the real changes.

The file is append-only. All events of one build are written with one `write` on a file
opened with O_APPEND, then fsynced; a crash can at worst leave the last line cut off,
and the next append starts on a new line, so only that line is lost. `read` skips any
line that is not a well-formed event. The log is never rewritten; the feeds read the events
of the last year (`webapp.feed`).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from datetime import datetime
from pathlib import Path
from collections.abc import Callable

from domain.clock import now_iso, parse_iso

LOG_NAME = "changes.jsonl"
KINDS = ("new", "changed", "gone")
# The fields whose change is an event, in the order a feed names them.
TRACKED = ("title", "credits_min", "credits_max", "start_term", "application_deadline", "price_nok",
           "locations", "status", "url")
DROPPED = ("raw", "evidence", "provenance")     # left out of the record a `gone` event keeps

log = logging.getLogger(__name__)


def log_path(data_dir: str | Path) -> Path:
    return Path(data_dir) / LOG_NAME


# -- comparing generations --------------------------------------------------------------

def tracked(record: dict, field: str):
    """A record's value of one tracked field, as compared (places: their names, in order)."""
    value = record.get(field)
    if field == "locations":
        return [str(loc.get("place") or loc.get("kommune") or "") for loc in value or []
                if isinstance(loc, dict)]
    if field == "status":
        return value or "active"
    if field in ("credits_min", "credits_max", "price_nok") and value is not None:
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    return value


def kept(record: dict) -> dict:
    """The record a `gone` event keeps."""
    return {k: v for k, v in record.items() if k not in DROPPED}


def compare(previous: dict[str, dict] | None, records: list[dict], generation: str,
            date: str | None = None) -> list[dict]:
    """The events that turn `previous` (id → record of the replaced generation; None when there
    is none) into `records` (the new generation). No previous generation: no events."""
    if previous is None:
        return []
    date = date or now_iso()
    events: list[dict] = []

    def event(record_id: str, kind: str, fields: dict, record: dict | None = None) -> None:
        e = {"date": date, "generation": generation, "id": record_id, "kind": kind, "fields": fields}
        if record is not None:
            e["record"] = kept(record)
        events.append(e)

    current_ids = set()
    for record in records:
        record_id = record["id"]
        current_ids.add(record_id)
        old = previous.get(record_id)
        if old is None:
            event(record_id, "new", {})
            continue
        fields = {}
        for name in TRACKED:
            before, after = tracked(old, name), tracked(record, name)
            if before != after:
                fields[name] = {"old": before, "new": after}
        if not fields:
            continue
        if tracked(record, "status") == "gone" and tracked(old, "status") != "gone":
            event(record_id, "gone", fields, old)
        else:
            event(record_id, "changed", fields)
    for record_id, old in previous.items():
        if record_id not in current_ids and tracked(old, "status") != "gone":   # a gone offer was logged
            event(record_id, "gone", {}, old)                                    # when it went
    return events


def changes_since(previous: Path | None, records: list[dict], generation: str,
                  read: Callable[[Path], dict[str, dict]]) -> list[dict]:
    """The events of a new generation against the serving one (`previous`, None on the first
    build), whose records `read` gives (id → record). Never raises: a previous generation that
    cannot be read gives no events (logged)."""
    if previous is None:
        return []
    try:
        return compare(read(previous), records, generation)
    except Exception:   # noqa: BLE001 - the change log must never fail a build
        log.exception("could not compare with generation %s; no change events logged", previous.name)
        return []


# -- the log file -----------------------------------------------------------------------

def append(data_dir: str | Path, events: list[dict]) -> None:
    """Append `events` to the log, one JSON line each, in one write, and fsync. An error is
    logged, not raised: the generation is already serving."""
    if not events:
        return
    data = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":"), default=str) + "\n"
                   for e in events).encode("utf-8")
    path = log_path(data_dir)
    try:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError:
        log.exception("could not open %s; %d change event(s) not logged", path, len(events))
        return
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":   # a line cut off by a crash: end it,
            data = b"\n" + data                              # so only that line is lost
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except OSError:     # the generation is published: a full disk must not make the build fail
        log.exception("could not append to %s; change events may be lost", path)
    finally:
        os.close(fd)


def valid(event) -> bool:
    """Whether a parsed line is a well-formed event."""
    if not isinstance(event, dict) or event.get("kind") not in KINDS:
        return False
    if not all(isinstance(event.get(k), str) and event.get(k) for k in ("id", "generation", "date")):
        return False
    if not isinstance(event.get("fields", {}), dict) or not isinstance(event.get("record", {}), dict):
        return False
    return parse_date(event["date"]) is not None


def parse_date(text: str) -> datetime | None:
    """An event date as an aware datetime (a date without a zone is read as UTC); None if unreadable."""
    return parse_iso(text)


_cache: dict[str, tuple[tuple, list[dict]]] = {}
_cache_lock = threading.Lock()


def signature(data_dir: str | Path) -> tuple:
    """What identifies the log's content cheaply: (inode, size, mtime); () when there is none."""
    try:
        st = log_path(data_dir).stat()
    except FileNotFoundError:
        return ()
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def read(data_dir: str | Path) -> list[dict]:
    """Every well-formed event of the log, oldest first; malformed lines are skipped. Parsed
    once per version of the file (treat the list and its events as read-only)."""
    path = log_path(data_dir)
    key = str(path.resolve())
    sig = signature(data_dir)
    if not sig:
        return []
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == sig:
            return hit[1]
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    events = []
    skipped = 0
    for line in raw.split(b"\n"):     # not splitlines(): a title may hold U+2028
        if not line.strip():
            continue
        try:
            event = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            skipped += 1
            continue
        if valid(event):
            events.append(event)
        else:
            skipped += 1
    if skipped:
        log.warning("%s: %d malformed line(s) skipped", path, skipped)
    with _cache_lock:
        _cache[key] = (sig, events)
    return events
