"""What crawl runs leave in the data dir: reports and admin crawl requests.

- `<data dir>/runs/<start time>.json`: one report per crawl (per host: requests made,
  pages fetched, not modified, errors by kind, new, changed, gone; "delays": each host's
  gap between request starts in seconds, so requests × gap can be set against the run's time).
- `<data dir>/requests/crawl-<time>.json`: "start a crawl now", written by the
  admin page and consumed by the scheduler (the only writer).

The web app reads and writes these (the admin page's "start a crawl", the last run on the
coverage page) without importing the crawler: nothing here does.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path


def _dir(data_dir, name: str, *, create: bool = True) -> Path:
    """`<data dir>/<name>`; made only by the writers, so reading (the web pages) creates nothing."""
    path = Path(data_dir) / name
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def _write_atomic(path: Path, text: str) -> None:
    """Written aside and renamed, so a reader globbing `*.json` never sees half a file."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_report(data_dir, report: dict) -> Path:
    path = _dir(data_dir, "runs") / f"{report.get('started', time.strftime('%Y%m%dT%H%M%S'))}.json"
    path = path.with_name(path.name.replace(":", ""))
    _write_atomic(path, json.dumps(report, ensure_ascii=False, indent=1))
    return path


def reports(data_dir, limit: int = 10) -> list[dict]:
    out = []
    for path in sorted(_dir(data_dir, "runs", create=False).glob("*.json"), reverse=True)[:limit]:
        try:
            out.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return out


def request_crawl(data_dir, requested_by: str = "admin") -> Path:
    path = _dir(data_dir, "requests") / f"crawl-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.json"
    _write_atomic(path, json.dumps({"requested_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "by": requested_by}))
    return path


def take_requests(data_dir) -> list[dict]:
    """Consume pending crawl requests (oldest first)."""
    out = []
    for path in sorted(_dir(data_dir, "requests", create=False).glob("crawl-*.json")):
        try:
            out.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            out.append({"requested_at": None, "by": "unreadable request"})
        path.unlink(missing_ok=True)
    return out


def pending_requests(data_dir) -> int:
    return len(list(_dir(data_dir, "requests", create=False).glob("crawl-*.json")))
