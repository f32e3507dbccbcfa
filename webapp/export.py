"""CSV export of records, shared by the API and the site.

Two variants of every export:

- the machine format (default, `format=csv`): comma-separated, field codes as column names and
  values as the API gives them (decimal point, ISO dates, "ja"/"nei");
- the Excel format (`format=excel`): what Norwegian Excel opens in columns on a double click:
  semicolon-separated, decimal comma ("7,5"), dates as dd.mm.yyyy, Norwegian column names and
  the site's Norwegian labels of values (`webapp.labels`).

Both are UTF-8 with a byte order mark (`download`), quote every cell (a separator inside a cell
never splits it) and pass every cell through `guard` (no cell can start a spreadsheet formula).
"""

from __future__ import annotations

import csv
import io
import math
import numbers
import re

from flask import Response

from index import params as P
from webapp import facts, labels

COLUMNS = ("id", "title", "provider_name", "provider", "credits_min", "credits_max", "level", "kind",
           "part_time", "delivery", "places", "counties", "topics", "enrolment", "price_nok",
           "start_term", "application_deadline", "duration_semesters", "teaching_language",
           "status", "url", "last_seen", "distance_km", "nearest_place", "price_per")

# The machine-format compare export: the search columns, then the fields of the compare page's
# other facts (`webapp.facts`: sessions, admission requirements, the source), appended so column
# positions stay put.
COMPARE_COLUMNS = COLUMNS + tuple(name for name in facts.machine_columns() if name not in COLUMNS)

FORMATS = ("csv", "excel")


# A spreadsheet formula can start at the start of a cell, or after anything a spreadsheet may
# split a cell on (";" is the Norwegian list separator, "," the English one, tabs, pipes,
# line breaks), after spaces: "Ledelse;=cmd|' /C calc'!A0".
_FORMULA = re.compile(r"(^|[;,\t|\r\n])(\s*)(?=[=+\-@])")


def guard(text: str) -> str:
    """Text that starts no spreadsheet formula, wherever a split cell could start: an
    apostrophe goes before every =, +, - or @ that could begin one."""
    return _FORMULA.sub(lambda m: f"{m.group(1)}{m.group(2)}'", text)


def wants_excel(getlist) -> bool:
    """Whether ?format= asks for the Excel variant ("excel"); "csv" or nothing is the machine
    format, anything else a 400."""
    values = getlist("format")
    return P.choice(values[-1] if values else "", "format", FORMATS, "csv") == "excel"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return guard(str(value))


def decimal(value) -> str:
    """A number as Norwegian Excel reads it: 7.5 → "7,5", 15.0 → "15", 12900 → "12900"
    (no thousands separator, which would make it text); "" when missing."""
    if value is None or isinstance(value, bool):
        return ""
    value = float(value)
    if not math.isfinite(value):
        return ""
    if value.is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _excel_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, numbers.Real):
        return guard(decimal(value))
    return guard(str(value))


def write_csv(header, rows, *, excel: bool = False) -> str:
    """CSV with every cell quoted and guarded (`guard`), so no separator or formula escapes a cell.
    `excel`: semicolons between cells and numbers with a decimal comma."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, delimiter=";" if excel else ",")
    cell = _excel_cell if excel else _cell
    writer.writerow([cell(h) for h in header])
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return buf.getvalue()


def row(record: dict, columns=COLUMNS) -> list[str]:
    locs = record.get("locations") or []
    values = {
        **record,
        "delivery": ";".join(record.get("delivery") or []),
        "places": ";".join(dict.fromkeys(loc.get("kommune") or loc.get("place") or "" for loc in locs)),
        "counties": ";".join(dict.fromkeys(loc.get("county") or "" for loc in locs if loc.get("county"))),
        "topics": ";".join(record.get("topics") or []),
    }
    return [_cell(values.get(c)) for c in columns]


def to_csv(records: list[dict]) -> str:
    return write_csv(COLUMNS, (row(record) for record in records))


def compare_to_csv(records: list[dict]) -> str:
    """The machine-format compare export: every field the compare page shows."""
    return write_csv(COMPARE_COLUMNS, (row(record, COMPARE_COLUMNS) for record in records))


# -- the Excel variant -------------------------------------------------------

# Norwegian column name → the value of one record, as the site shows it but fit for a spreadsheet:
# numbers as numbers (credits, price, km, semesters, sessions), dates as dd.mm.yyyy, an empty
# cell where the source says nothing. The title, then the columns of every row of the compare
# page (`webapp.facts`, in its order), then the address and the id.
EXCEL_COLUMNS = (
    ("Tittel", lambda r: r.get("title")),
    *facts.excel_columns(),
    ("Nettadresse", lambda r: r.get("url")),
    ("ID", lambda r: r.get("id")),
)


def to_excel(records: list[dict]) -> str:
    """One row per offer with Norwegian column names and values, for Norwegian Excel (the search
    and the compare export alike)."""
    return write_csv([name for name, _ in EXCEL_COLUMNS],
                     ([get(record) for _, get in EXCEL_COLUMNS] for record in records), excel=True)


def gaps_matrix_csv(result: dict, *, excel: bool = False) -> str:
    """Offers per topic and area (`index.gaps.compute`'s result) as CSV: the machine format has the
    topic's code and label, then a column per area code; the Excel variant the topic's label, then
    a column per area's name (what /api/gaps.csv and `kurskatalog gaps --format csv|excel` give)."""
    from index.gaps import area_label

    areas, counts = result["areas"], result["counts"]
    if excel:
        return write_csv(["Tema", *(area_label(result["by"], a) for a in areas)],
                         ([labels.topic_label(t), *(counts[t][a] for a in areas)] for t in result["topics"]),
                         excel=True)
    return write_csv(["topic", "topic_label", *areas],
                     ([t, labels.topic_label(t), *(counts[t][a] for a in areas)] for t in result["topics"]))


def gaps_list_csv(result: dict, *, excel: bool = False) -> str:
    """The gaps in words (`index.gaps.compute`'s result) as CSV: topic and area codes, the count and
    the sentence; the Excel variant with the topic's label and the area's name (/api/gaps/list.csv)."""
    from index.gaps import area_label

    if excel:
        return write_csv(["Tema", "Landsdel" if result["by"] == "region" else "Fylke", "Antall tilbud", "Hull"],
                         ([labels.topic_label(g["topic"]), area_label(result["by"], g["area"]), g["count"], g["text"]]
                          for g in result["gaps"]), excel=True)
    return write_csv(["topic", "area", "count", "text"],
                     ([g["topic"], g["area"], g["count"], g["text"]] for g in result["gaps"]))


def download(text: str, filename: str) -> Response:
    """A CSV file to save: UTF-8 with a byte order mark, so Excel reads "ø" as "ø"."""
    return Response("\ufeff" + text, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
