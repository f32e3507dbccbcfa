"""Settings shared by the command line, the web app and the scheduler.

Everything comes from the environment so that one process (the scheduler, the
only index writer) and the web workers agree without a config file:

- KURSKATALOG_DATA: the data dir (index generations, crawl store, run reports);
  defaults to the per-user data dir (platformdirs), e.g. ~/.local/share/kurskatalog.
- KURSKATALOG_SEED: the seed CSV; defaults to the catalogue_seed.csv bundled
  with the project.
- KURSKATALOG_ADMIN_TOKEN: the token that admin actions (start a crawl) need.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data dir: the override, else $KURSKATALOG_DATA, else the per-user dir."""
    raw = override or os.environ.get("KURSKATALOG_DATA") or platformdirs.user_data_dir("kurskatalog")
    path = Path(raw).expanduser()
    path.mkdir(parents=True, exist_ok=True)
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


def admin_token() -> str | None:
    """The admin token, or None when admin actions are disabled."""
    token = os.environ.get("KURSKATALOG_ADMIN_TOKEN", "").strip()
    return token or None
