"""Seed loading: malformed rows are reported with their line number and skipped; the rest loads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from domain.record import RECORD_FIELDS, SEED_COLUMNS
from domain.seed import SeedError, parse_seed, read_seed, seed_records, source_year

ROOT = Path(__file__).resolve().parents[1]
HEADER = ",".join(SEED_COLUMNS)
GOOD = 'ok-1,HiSF,Helseledelse,Enkeltemne,"7,5",Helse,Helseledelse for ledere,Generell studiekompetanse,Ja,samling,,http://x.test/a,test'


def test_malformed_rows_are_reported_with_line_numbers_and_skipped():
    text = "\n".join([
        HEADER,
        GOOD,
        'too-few,HiSF,Tittel',                                   # line 3: wrong cell count
        GOOD.replace("ok-1", "Bad Id!"),                          # line 4: bad id
        GOOD,                                                     # line 5: duplicate id
        GOOD.replace("ok-1", "no-title").replace("Helseledelse,Enkeltemne", ",Enkeltemne", 1),  # line 6
        GOOD.replace("ok-1", "ok-2").replace("Helseledelse for", "Helse\x00ledelse for"),       # NUL dropped
    ])
    load = parse_seed(text)
    assert [r["id"] for r in load.rows] == ["ok-1", "ok-2"]
    assert [line for line, _ in load.errors] == [3, 4, 5, 6]
    assert "expected 13 cells" in load.errors[0][1]
    assert "duplicate" in load.errors[2][1]


def test_a_wrong_header_or_encoding_is_a_clear_error(tmp_path):
    with pytest.raises(SeedError, match="header"):
        parse_seed("id,title\nx,y\n")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes((HEADER + "\n" + GOOD.replace("Helseledelse", "Økonomi") + "\n").encode("latin-1"))
    with pytest.raises(SeedError, match="not UTF-8"):
        read_seed(bad)
    with pytest.raises(SeedError, match="cannot read"):
        read_seed(tmp_path / "missing.csv")


def test_every_seed_row_normalises_to_a_full_record():
    load = read_seed(ROOT / "catalogue_seed.csv")
    assert load.errors == []
    records = seed_records(load)
    assert len(records) == len(load.rows) >= 70
    for record in records:
        assert set(RECORD_FIELDS) <= set(record)
        assert record["provider_id"], record["provider"]         # every seed provider is in the registry
        assert record["level"] in ("bachelor", "master", "fagskole", "none", None)
    by_id = {r["id"]: r for r in records}
    hisf = next(r for r in records if r["provider"] == "HiSF" and "helse- og velferdsledelse" in r["title"])
    assert hisf["provider_id"] == "hvl" and hisf["provider_former"]
    assert (hisf["credits_min"], hisf["credits_max"]) == (120, 120)
    assert hisf["admission_education"] == "bachelor" and hisf["admission_experience_years"] == 2
    # the 2014 table names no place for it: no place, and no campus guessed in its stead
    assert not hisf["locations_from_campus"] and hisf["locations"] == [] and hisf["reach"] == "unknown"
    assert hisf["source_kind"] == "survey_2014" and hisf["source_date"] == "2014" and hisf["checked"] is None
    mangfold = next(r for r in records if "mangfoldsledelse" in r["title"].lower())
    assert [loc["kommune"] for loc in mangfold["locations"]] == ["Gjøvik", "Sunnfjord", "Bergen"]
    assert mangfold["kind"] == "non_credit" and mangfold["credits_max"] == 0
    hedmark = [r for r in records if r["enrolment"] == "commissioned"]
    assert len(hedmark) >= 4
    assert any(r["raw"].get("credits") == "90 + 90 frie" for r in by_id.values())


def test_normalise_command_prints_json_lines(tmp_path):
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "normalise", str(ROOT / "catalogue_seed.csv")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) >= 70
    for field in ("id", "title", "provider", "url", "description", "credits_min", "credits_max", "level", "kind",
                  "part_time", "delivery", "admission_education", "target", "provider_id", "locations",
                  "topics", "enrolment", "raw"):
        assert field in rows[0]


def test_normalise_command_reports_bad_rows_and_fails_when_none_load(tmp_path):
    partly = tmp_path / "partly.csv"
    partly.write_text(HEADER + "\n" + GOOD + "\nbroken,row\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "normalise", str(partly)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 1
    assert ":3: skipped" in out.stderr
    none = tmp_path / "none.csv"
    none.write_text(HEADER + "\nbroken,row\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "normalise", str(none)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1 and "no rows" in out.stderr
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "normalise", str(tmp_path / "nope.csv")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1 and "cannot read" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("text, year", [
    ("2025 HØST", 2025),
    ("2024-08-26", 2024),                      # an ISO date: its month is no second year
    ("2023/2024", 2023),                       # a study year counts from its autumn
    ("2023-2024", 2023),                       # the same with a hyphen (was read as 2024)
    ("2023/24", 2023),
    ("kullet 2016–2020", 2016),                # a cohort counts from its start
    ("Year of study 2026/2027 (FALL 2026)", 2026),
    ("studieåret 2023/2024, oppstart 2025", 2025),
    ("September 2017 – mars 2018", 2018),      # two dates, no span of years
    ("", None),
])
def test_source_year_of_a_page_date(text, year):
    assert source_year(text) == year
