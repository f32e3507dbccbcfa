"""CSV export of records, shared by the API and the site."""

from __future__ import annotations

import csv
import io

COLUMNS = ("id", "title", "provider_name", "provider", "credits_min", "credits_max", "level", "kind",
           "part_time", "delivery", "places", "counties", "topics", "enrolment", "price_nok",
           "start_term", "application_deadline", "duration_semesters", "teaching_language",
           "status", "url", "last_seen", "distance_km", "nearest_place")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    # Spreadsheet formula injection: a cell must not start a formula.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def row(record: dict) -> list[str]:
    locs = record.get("locations") or []
    values = {
        **record,
        "delivery": ";".join(record.get("delivery") or []),
        "places": ";".join(dict.fromkeys(loc.get("kommune") or loc.get("place") or "" for loc in locs)),
        "counties": ";".join(dict.fromkeys(loc.get("county") or "" for loc in locs if loc.get("county"))),
        "topics": ";".join(record.get("topics") or []),
    }
    return [_cell(values.get(c)) for c in COLUMNS]


def to_csv(records: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for record in records:
        writer.writerow(row(record))
    return buf.getvalue()
