"""What crawl runs leave in the data dir: reports and admin crawl requests.

- `<data dir>/runs/<start time>.json`: one report per crawl (per host: requests made,
  pages fetched, not modified, errors by kind, new, changed, gone; "delays": each host's
  gap between request starts in seconds, so requests × gap can be set against the run's time).
- `<data dir>/requests/crawl-<time>-<pid>-<random>.json`: "start a crawl now", written by the
  admin page and consumed by the scheduler (the only writer). The name sorts by time; the
  random part keeps two requests of the same second apart.
- `<data dir>/scheduler-heartbeat.json`: the scheduler process's heartbeat ({"at": epoch
  seconds, "time", "pid", "host", "poll_seconds"}), rewritten every polling interval while it
  runs and removed when it stops (`service.schedule`). A request only runs if a scheduler
  does, so the admin page asks `scheduler_state` before it promises a crawl.

The web app reads and writes these (the admin page's "start a crawl", the last run on the
coverage page) without importing the crawler: nothing here does.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from pathlib import Path

HEARTBEAT = "scheduler-heartbeat.json"
FRESH_POLLS = 3                 # a heartbeat is fresh for three polling intervals,
MIN_FRESH_SECONDS = 120.0       # and at least two minutes
DEFAULT_POLL_SECONDS = 30.0


def _dir(data_dir, name: str, *, create: bool = True) -> Path:
    """`<data dir>/<name>`; made only by the writers, so reading (the web pages) creates nothing."""
    path = Path(data_dir) / name
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def _write_atomic(path: Path, text: str) -> None:
    """Written aside and renamed, so a reader globbing `*.json` never sees half a file. The temporary
    name is unique, so two writers (threads or processes) never share one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
    """Leave a request for a crawl: `crawl-<time>-<pid>-<random>.json`, by time in name order."""
    name = f"crawl-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex}.json"
    path = _dir(data_dir, "requests") / name
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


# -- the scheduler's heartbeat ------------------------------------------------------------

def heartbeat_path(data_dir) -> Path:
    return Path(data_dir) / HEARTBEAT


def beat(data_dir, *, poll_seconds: float = DEFAULT_POLL_SECONDS, now: float | None = None) -> Path:
    """The scheduler is alive and polls for requests every `poll_seconds`: (re)write its heartbeat."""
    now = time.time() if now is None else now
    path = heartbeat_path(data_dir)
    _write_atomic(path, json.dumps({"at": now, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now)),
                                    "pid": os.getpid(), "host": socket.gethostname(),
                                    "poll_seconds": poll_seconds}))
    return path


def clear_heartbeat(data_dir) -> None:
    """The scheduler stopped: remove its heartbeat, if it is this process's."""
    path = heartbeat_path(data_dir)
    heartbeat = _read_heartbeat(path)
    if heartbeat is not None and heartbeat.get("pid") == os.getpid() and heartbeat.get("host") == socket.gethostname():
        path.unlink(missing_ok=True)


def _read_heartbeat(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _number(value, default: float | None) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def scheduler_state(data_dir, now: float | None = None) -> dict:
    """Whether a scheduler is running for this data dir: {"running", "last_seen" (its ISO time, or
    None when it never ran or left no readable heartbeat), "age_seconds", "pid", "host"}.

    It runs when its heartbeat is fresh: at most `FRESH_POLLS` polling intervals old (its own
    interval, from the heartbeat), and never less than `MIN_FRESH_SECONDS`; a heartbeat from a
    clock ahead of ours counts within the same margin."""
    now = time.time() if now is None else now
    heartbeat = _read_heartbeat(heartbeat_path(data_dir)) or {}
    at = _number(heartbeat.get("at"), None)
    if at is None:
        return {"running": False, "last_seen": None, "age_seconds": None, "pid": None, "host": None}
    poll = _number(heartbeat.get("poll_seconds"), DEFAULT_POLL_SECONDS) or DEFAULT_POLL_SECONDS
    window = max(FRESH_POLLS * poll, MIN_FRESH_SECONDS)
    age = now - at
    seen = heartbeat.get("time")
    if not isinstance(seen, str):
        seen = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(at)) if abs(age) < 10 ** 9 else None
    return {"running": -window <= age <= window, "last_seen": seen, "age_seconds": age,
            "pid": heartbeat.get("pid"), "host": heartbeat.get("host")}


def scheduler_running(data_dir, now: float | None = None) -> bool:
    return scheduler_state(data_dir, now)["running"]
