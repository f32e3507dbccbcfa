"""Settings shared by the command line, the web app and the scheduler.

Everything comes from the environment so that one process (the scheduler, the
only index writer) and the web workers agree without a config file:

- KURSKATALOG_DATA: the data dir (index generations, crawl store, run reports);
  defaults to the per-user data dir (platformdirs), e.g. ~/.local/share/kurskatalog.
  A path that is a file, or that cannot be made, is a `DataDirError` (a message, not a traceback).
- KURSKATALOG_SEED: the seed CSV (the 2014 survey); defaults to the catalogue_seed.csv
  bundled with the project.
- KURSKATALOG_CURRENT: today's offers read off providers' pages; defaults to the bundled
  catalogue_current.csv.

A data dir remembers the catalogue files it was built from (`<data dir>/catalogue.json`, absolute
paths), so a later crawl or scheduled re-index rebuilds from the same files, not from the defaults,
from whatever working directory it runs.
- KURSKATALOG_ADMIN_TOKEN: the token that admin actions (start a crawl) need.
- KURSKATALOG_TRUSTED_HOSTS: the Host names the site answers (comma-separated; unset: any).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parents[1]


class DataDirError(OSError):
    """The data dir cannot be used: the path is a file, or it cannot be made (a message for the operator)."""


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data dir: the override, else $KURSKATALOG_DATA, else the per-user dir (made when missing).
    Raises DataDirError when the path is not a directory and cannot become one."""
    env = os.environ.get("KURSKATALOG_DATA")
    raw = override or env or platformdirs.user_data_dir("kurskatalog")
    path = Path(raw).expanduser()
    source = " (from $KURSKATALOG_DATA)" if not override and env else ""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DataDirError(f"the data dir {path}{source} is a file, not a directory; "
                           "choose another with --data-dir DIR") from None
    except OSError as exc:
        raise DataDirError(f"cannot use {path}{source} as the data dir: {exc.strerror or exc}") from None
    return path


def seed_path(override: str | os.PathLike | None = None) -> Path:
    """The seed CSV: the override, else $KURSKATALOG_SEED, else the bundled one."""
    raw = override or os.environ.get("KURSKATALOG_SEED")
    if raw:
        return Path(raw).expanduser()
    bundled = PROJECT_ROOT / "catalogue_seed.csv"
    if bundled.exists():
        return bundled
    return Path.cwd() / "catalogue_seed.csv"


def current_path(override: str | os.PathLike | None = None) -> Path:
    """Today's offers: the override, else $KURSKATALOG_CURRENT, else the bundled catalogue_current.csv."""
    raw = override or os.environ.get("KURSKATALOG_CURRENT")
    if raw:
        return Path(raw).expanduser()
    return PROJECT_ROOT / "catalogue_current.csv"


def catalogue_files(data: Path, seed: str | os.PathLike | None = None,
                    current: str | os.PathLike | None = None) -> dict[str, Path | None]:
    """The catalogue files a build of `data` reads: {"seed": path, "current": path or None}.

    A file given now (argument or environment) wins (and `remember_catalogue_files` keeps it
    after a good build); otherwise the files the data dir was last built from; otherwise the
    bundled ones. "-" means none.
    """
    memory = Path(data) / "catalogue.json"
    try:
        remembered = json.loads(memory.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        remembered = {}
    chosen = {}
    for key, given, env, default in (("seed", seed, "KURSKATALOG_SEED", seed_path),
                                     ("current", current, "KURSKATALOG_CURRENT", current_path)):
        if given or os.environ.get(env):
            chosen[key] = str(default(given)) if str(given) != "-" else "-"
        elif isinstance(remembered.get(key), str):
            chosen[key] = remembered[key]
        else:
            chosen[key] = str(default(None))
    return {k: Path(v) if v != "-" else None for k, v in chosen.items()}


def remember_catalogue_files(data: Path, files: dict[str, Path | None]) -> None:
    """Remember the files a build of `data` read (after it read them without error)."""
    memory = Path(data) / "catalogue.json"
    # absolute: a later crawl or re-index may run from another working directory
    chosen = {k: str(Path(v).expanduser().absolute()) if v is not None else "-" for k, v in files.items()}
    try:
        if json.loads(memory.read_text(encoding="utf-8")) == chosen:
            return
    except (OSError, ValueError):
        pass
    tmp = memory.with_suffix(".tmp")
    tmp.write_text(json.dumps(chosen, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, memory)


def trusted_hosts() -> list[str] | None:
    """$KURSKATALOG_TRUSTED_HOSTS ("katalog.example.no,localhost"): the Host names the site
    answers (others get a 400, `webapp.App`); None when unset: any Host, and redirects are
    relative so none can be sent to another host."""
    raw = os.environ.get("KURSKATALOG_TRUSTED_HOSTS", "")
    hosts = [h.strip().lower() for h in raw.split(",") if h.strip()]
    return hosts or None


def admin_token() -> str | None:
    """The admin token, or None when admin actions are disabled."""
    token = os.environ.get("KURSKATALOG_ADMIN_TOKEN", "").strip()
    return token or None
