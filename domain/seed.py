"""Load the catalogue files: raw rows in, malformed rows reported and skipped.

Two files, told apart by their header:
- catalogue_seed.csv (`SEED_COLUMNS`): the offers as the 2014 survey and the other seed
  documents wrote them (see the README); they become `survey_2014` records;
- catalogue_current.csv (`CURRENT_COLUMNS`): today's offers read by hand off providers'
  pages, with the page's address and the date or study year it states; they become
  `provider_page` records.
A malformed row (wrong number of cells, no title, a bad or repeated id, a current row
without a source address) is reported with its line number and skipped; the rest loads.
A quote left open runs a row on over the lines after it: that row is reported at the line it
starts on, with the lines it swallowed. A credits cell that cannot be read as a number is a
warning: the row loads, without credits.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from domain import normalise
from domain.record import CURRENT_COLUMNS, SEED_COLUMNS
from domain.records import build_record

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")

# The survey says the appendix lists "i all hovedsak åpne tilbud enkeltpersoner
# kan melde seg på": appendix rows are open unless their text says otherwise.
APPENDIX_ENROLMENT = "open"


@dataclass
class SeedLoad:
    rows: list[dict] = field(default_factory=list)        # raw rows, with "_line"
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message): rows skipped
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, message): rows loaded, a cell left out
    kind: str = "survey"                                   # "survey" (the 2014 seed) or "current"


class SeedError(Exception):
    """The file as a whole cannot be read (missing, not UTF-8, wrong header)."""


def read_seed(path: str | Path) -> SeedLoad:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SeedError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SeedError(f"{path} is not UTF-8 (byte {exc.start})") from exc
    return parse_seed(text)


def parse_seed(text: str) -> SeedLoad:
    out = SeedLoad()
    reader = csv.reader(io.StringIO(text.replace("\x00", "")), strict=False)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise SeedError("the file is empty or has no header") from None
    header = [h.strip() for h in header]
    if tuple(header) == SEED_COLUMNS:
        columns = SEED_COLUMNS
    elif tuple(header) == CURRENT_COLUMNS:
        columns, out.kind = CURRENT_COLUMNS, "current"
    else:
        raise SeedError(f"header must be {','.join(SEED_COLUMNS)} (the 2014 seed) or "
                        f"{','.join(CURRENT_COLUMNS)} (today's offers); got {','.join(header)}")
    seen: set[str] = set()
    while True:
        first = reader.line_num + 1     # the row's first physical line
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.errors.append((first, f"unreadable CSV: {exc}"))
            continue
        line = reader.line_num  # the row's last physical line
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(columns) and line > first:
            # a quote left open: the row ran on over the next lines, which are lost with it
            out.errors.append((first, f"unbalanced quote (\"): the row runs on to line {line}, so lines "
                                      f"{first}-{line} ({line - first + 1} lines) are read as one row of "
                                      f"{len(cells)} cells and skipped; close the quote"))
            continue
        if len(cells) != len(columns):
            out.errors.append((line, f"expected {len(columns)} cells, got {len(cells)}"))
            continue
        row = dict(zip(columns, (c.strip() for c in cells)))
        if not _ID.match(row["id"]):
            out.errors.append((line, f"bad id {row['id'][:40]!r} (lower-case letters, digits, '-')"))
            continue
        if row["id"] in seen:
            out.errors.append((line, f"duplicate id {row['id']!r}"))
            continue
        if not row["title"]:
            out.errors.append((line, "empty title"))
            continue
        if out.kind == "current" and not row["source_url"].startswith(("http://", "https://")):
            out.errors.append((line, "a current offer needs the address of the page it was read from"))
            continue
        if row["credits"] and normalise.credits(row["credits"]) == (None, None):
            out.warnings.append((line, f"credits {row['credits'][:40]!r} cannot be read as a number of credits; "
                                       "the row is kept without credits"))
        seen.add(row["id"])
        row["_line"] = line
        out.rows.append(row)
    return out


def seed_records(load: SeedLoad) -> list[dict]:
    """Normalise loaded rows into canonical records, with where they came from."""
    records = []
    for row in load.rows:
        raw = {k: v for k, v in row.items() if not k.startswith("_")}
        if load.kind == "current":
            raw["sessions"] = raw.get("delivery", "")
            raw["teaching_language"] = raw.pop("language", "")
            record = build_record(raw, source=row["source_url"])
            record.update(source_kind="provider_page", source_date=row["source_date"] or None,
                          source_year=source_year(row["source_date"]), source_url=row["source_url"],
                          checked={"by": "hand", "date": row["checked"]} if row["checked"] else None,
                          continues=[x.strip() for x in row["continues"].split(";") if x.strip()],
                          continued_by=[])
        else:
            default = APPENDIX_ENROLMENT if "appendix" in row.get("source", "").lower() else None
            record = build_record(raw, source=row.get("source", ""), default_enrolment=default)
            record.update(source_kind="survey_2014", source_date=SURVEY_YEAR, source_year=int(SURVEY_YEAR),
                          source_url=None, checked=None, continues=[], continued_by=[])
        records.append(record)
    return records


SURVEY_YEAR = "2014"          # the AFI survey for KS and Helsedirektoratet (the seed documents' appendix)


def source_year(text: str | None) -> int | None:
    """The year a source date speaks for: its latest year ("2025 HØST" → 2025, "2024-08-26" →
    2024), except that a span of years, a study year or a cohort ("2023/2024", "2023-2024",
    "2023/24", "kullet 2016–2020", "studieåret 2026/2027"), counts from its first year, when
    it starts. None without a year."""
    text = str(text or "")
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    for first, second in _SPAN.findall(text):
        start, end = int(first), int(second) if len(second) == 4 else 2000 + int(second)
        if end > start:                              # not an ISO date's month ("2024-08")
            years = [y for y in years if y != end] or years
    return max(years) if years else None


# "2023/2024", "2023-2024", "2016–2020", "2023/24": the first and the second year of a span
_SPAN = re.compile(r"\b(20\d\d)\s*[/\-–]\s*((?:20)?\d\d)\b")
