"""Load catalogue_seed.csv: raw rows in, malformed rows reported and skipped.

The seed holds the offers as the 2014 survey and the other seed documents wrote
them (see the README). A malformed row (wrong number of cells, no title, a bad
or repeated id) is reported with its line number and skipped; the rest loads.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from crawler.record import SEED_COLUMNS
from crawler.records import build_record

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")

# The survey says the appendix lists "i all hovedsak åpne tilbud enkeltpersoner
# kan melde seg på": appendix rows are open unless their text says otherwise.
APPENDIX_ENROLMENT = "open"


@dataclass
class SeedLoad:
    rows: list[dict] = field(default_factory=list)        # raw rows, with "_line"
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message)


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
    if tuple(header) != SEED_COLUMNS:
        raise SeedError(f"header must be {','.join(SEED_COLUMNS)}; got {','.join(header)}")
    seen: set[str] = set()
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.errors.append((line, f"unreadable CSV: {exc}"))
            continue
        line = reader.line_num  # the row's last physical line
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(SEED_COLUMNS):
            out.errors.append((line, f"expected {len(SEED_COLUMNS)} cells, got {len(cells)}"))
            continue
        row = dict(zip(SEED_COLUMNS, (c.strip() for c in cells)))
        if not _ID.match(row["id"]):
            out.errors.append((line, f"bad id {row['id'][:40]!r} (lower-case letters, digits, '-')"))
            continue
        if row["id"] in seen:
            out.errors.append((line, f"duplicate id {row['id']!r}"))
            continue
        if not row["title"]:
            out.errors.append((line, "empty title"))
            continue
        seen.add(row["id"])
        row["_line"] = line
        out.rows.append(row)
    return out


def seed_records(load: SeedLoad) -> list[dict]:
    """Normalise loaded seed rows into canonical records."""
    records = []
    for row in load.rows:
        raw = {k: v for k, v in row.items() if not k.startswith("_")}
        default = APPENDIX_ENROLMENT if "appendix" in row.get("source", "").lower() else None
        records.append(build_record(raw, source=row.get("source", ""), default_enrolment=default))
    return records
