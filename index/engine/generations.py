"""Index generations: build aside, swap atomically, never show a half-built index.

Layout in the data dir:

    index/
      CURRENT            the name of the serving generation (one line)
      gen-<time>-<pid>/  one complete index (Whoosh files + arrays + meta.json)
      .build.lock        held while a build runs (one writer at a time)

A build writes a new generation directory and, only when it is complete and
fsynced, replaces CURRENT with os.replace (atomic on POSIX). A crash or kill
at any point before that leaves CURRENT naming the previous generation.
Readers resolve CURRENT each time they look and open that generation.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

KEEP = 3  # generations kept on disk (readers in other processes may still use old ones)


def index_root(data_dir: str | Path) -> Path:
    root = Path(data_dir) / "index"
    root.mkdir(parents=True, exist_ok=True)
    return root


def current(data_dir: str | Path) -> Path | None:
    """The serving generation's directory, or None when no index was built yet."""
    root = index_root(data_dir)
    try:
        name = (root / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    path = root / name
    if not name or "/" in name or not (path / "meta.json").exists():
        return None
    return path


def new_generation(data_dir: str | Path) -> Path:
    root = index_root(data_dir)
    path = root / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    path.mkdir()
    return path


def publish(data_dir: str | Path, generation: Path) -> None:
    """Make `generation` the serving one, atomically, then drop old ones."""
    root = index_root(data_dir)
    _fsync_files(generation)
    _fsync_dir(generation)
    tmp = root / f".CURRENT.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(generation.name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / "CURRENT")
    _fsync_dir(root)
    prune(data_dir)


def prune(data_dir: str | Path, keep: int = KEEP) -> None:
    """Remove old and abandoned generations, keeping the serving one and the newest."""
    root = index_root(data_dir)
    serving = current(data_dir)
    gens = sorted((p for p in root.glob("gen-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    complete = [p for p in gens if (p / "meta.json").exists()]
    keep_set = set(complete[-keep:]) | ({serving} if serving else set())
    for path in gens:
        if path in keep_set:
            continue
        if not (path / "meta.json").exists() and time.time() - path.stat().st_mtime < 3600:
            continue  # possibly a build in progress in another process
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def build_lock(data_dir: str | Path):
    """Serialise builds: Whoosh allows one writer, and so do we."""
    root = index_root(data_dir)
    with open(root / ".build.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _fsync_files(path: Path) -> None:
    for child in path.iterdir():
        if child.is_file():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
