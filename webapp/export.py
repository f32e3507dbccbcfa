"""CSV export of records, shared by the API and the site."""

from __future__ import annotations

import csv
import io
import re

COLUMNS = ("id", "title", "provider_name", "provider", "credits_min", "credits_max", "level", "kind",
           "part_time", "delivery", "places", "counties", "topics", "enrolment", "price_nok",
           "start_term", "application_deadline", "duration_semesters", "teaching_language",
           "status", "url", "last_seen", "distance_km", "nearest_place")


# A spreadsheet formula can start at the start of a cell, or after anything a spreadsheet may
# split a cell on (";" is the Norwegian list separator, "," the English one, tabs, pipes,
# line breaks), after spaces: "Ledelse;=cmd|' /C calc'!A0".
_FORMULA = re.compile(r"(^|[;,\t|\r\n])(\s*)(?=[=+\-@])")


def guard(text: str) -> str:
    """Text that starts no spreadsheet formula, wherever a split cell could start: an
    apostrophe goes before every =, +, - or @ that could begin one."""
    return _FORMULA.sub(lambda m: f"{m.group(1)}{m.group(2)}'", text)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return guard(str(value))


def write_csv(header, rows) -> str:
    """CSV with every cell quoted and guarded (`guard`), so no separator or formula escapes a cell."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL)
    writer.writerow([_cell(h) for h in header])
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()


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
    return write_csv(COLUMNS, (row(record) for record in records))
