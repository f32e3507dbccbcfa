"""The one clock of the catalogue: the time as every stored date and report writes it."""

from __future__ import annotations

from datetime import datetime, UTC


def now_iso() -> str:
    """The current time in UTC to the second, RFC 3339 (`2026-11-01T10:00:00+00:00`)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def parse_iso(text: str) -> datetime | None:
    """An RFC 3339 / ISO date as an aware datetime (one without a zone is read as UTC); None if unreadable."""
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
