"""The one clock of the catalogue: the time as every stored date and report writes it."""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    """The current time in UTC to the second, RFC 3339 (`2026-11-01T10:00:00+00:00`)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
