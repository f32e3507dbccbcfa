"""Checks of catalogue_seed.csv, the hand-transcribed raw catalogue of the seed documents.

The expected numbers below were tallied by hand from the appendix
"Eksisterende lederutdanning" of 002_1b1a7e2b1956b839.txt (three tables with a
header row: helse, offentlig, generell; the generell table runs over three pages).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).resolve().parents[1] / "catalogue_seed.csv"

COLUMNS = [
    "id", "provider", "title", "kind", "credits", "target_group", "description",
    "admission", "part_time", "delivery", "locations", "url", "source",
]

APPENDIX_SOURCE = "002_1b1a7e2b1956b839.txt: Appendix table "

# Appendix rows per provider abbreviation, spelled exactly as in the tables.
EXPECTED_APPENDIX = {
    "DHS": 1,
    "HiSF": 3,
    "HiØ": 3,
    "UiA": 2,
    "UIB": 1,
    "UiN": 4,
    "UiO": 1,
    "BI": 3,
    "HBV": 2,
    "HIG": 1,
    "HiG": 1,
    "HIH": 2,
    "HIHm": 4,
    "HIL": 1,
    "HiL": 1,
    "HIM": 1,
    "HIOA": 1,
    "HVO": 2,
    "UIT": 2,
    "UiT": 2,
    "HiST": 1,
    "HIST": 1,
    "HiNT": 2,
    "HiNT / HiST": 1,
    "NHH": 3,
    "NTNU": 2,
    "UiS": 2,
    "HiÅ": 1,
    "HIB": 1,
    "HsH": 1,
    "NLA": 1,
}
EXPECTED_APPENDIX_TOTAL = 54
# Rows per appendix table: 1 helse, 2 offentlig, 3 generell.
EXPECTED_PER_TABLE = {"1": 21, "2": 7, "3": 26}

# Offers named outside the appendix: (provider, distinctive title substring).
NAMED_OFFERS = [
    ("BI", "Nasjonal lederutdanning i primærhelsetjenesten"),
    ("BI", "topplederprogram for kommune- og spesialisthelsetjenesten"),
    ("Høgskolen i Hedmark", "Ledelse av myndiggjorte medarbeidere"),
    ("Høgskolen i Hedmark", "Strategisk kompetanseplanlegging"),
    ("Høgskolen i Hedmark", "Virksomhetens økonomistyring og kvalitetsutvikling"),
    ("Høgskolen i Hedmark", "Samhandling, kommunikasjon og forhandlingskompetanse"),
    ("HBV / HiT", "Lederutvikling i samhandlende tjenester rundt utsatte barn"),
    ("Volda", "Helse og omsorg i plan"),
    ("Volda", "Kommunal økonomi"),
    ("Volda", "Ledelse i helse- og sosialtjenestene"),
    ("UiB", "Helseledelse"),
    ("UiB", "Helseøkonomi"),
    ("UiB", "Kvalitetsforbedring"),
    ("UiO", "helseadministrasjon"),
    ("BI", "Bachelor of Management med fordypning i helseledelse"),
    ("NKI", "Lederskolen for offentlig sektor"),
    ("Fagakademiet", "Grunnkurs turnusplanlegging"),
    ("Senter for omsorgsforskning Vest", "mangfoldsledelse"),
    ("DIFI", "moderat kvotering"),
]


def _read() -> tuple[list[str], list[dict]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _read()[1]


@pytest.fixture(scope="module")
def appendix(rows) -> list[dict]:
    return [r for r in rows if r["source"].startswith(APPENDIX_SOURCE)]


def _not_appendix(rows):
    return [r for r in rows if not r["source"].startswith(APPENDIX_SOURCE)]


def test_header_is_exact():
    header, _ = _read()
    assert header == COLUMNS


def test_every_row_has_thirteen_cells():
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        raw = list(csv.reader(f))
    assert len(raw) > 1
    for n, cells in enumerate(raw, start=1):
        assert len(cells) == 13, f"line {n} has {len(cells)} cells"


def test_ids_are_unique_slugs(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), [i for i, c in Counter(ids).items() if c > 1]
    for i in ids:
        assert re.fullmatch(r"[a-z0-9-]+", i), i
        assert len(i) <= 72, i


def test_required_cells_filled(rows):
    for r in rows:
        assert r["provider"] and r["title"] and r["source"], r["id"]
        assert r["part_time"] in ("Ja", "Nei", ""), r["id"]
        # PDF line-wraps are joined: no newlines, no doubled spaces.
        for col, val in r.items():
            assert "\n" not in val and "  " not in val and val == val.strip(), (r["id"], col)


def test_appendix_counts_per_provider(appendix):
    assert dict(Counter(r["provider"] for r in appendix)) == EXPECTED_APPENDIX


def test_appendix_total(appendix):
    assert len(appendix) == EXPECTED_APPENDIX_TOTAL
    assert sum(EXPECTED_APPENDIX.values()) == EXPECTED_APPENDIX_TOTAL


def test_appendix_counts_per_table(appendix):
    tables = Counter(r["source"][len(APPENDIX_SOURCE):].split()[0] for r in appendix)
    assert dict(tables) == EXPECTED_PER_TABLE


def test_appendix_rows_have_urls(appendix):
    for r in appendix:
        assert r["url"].startswith(("http://", "https://")), r["id"]


@pytest.mark.parametrize("provider,title", NAMED_OFFERS)
def test_named_offer_present(rows, provider, title):
    hits = [
        r for r in _not_appendix(rows)
        if provider in r["provider"] and title.lower() in r["title"].lower()
    ]
    assert len(hits) == 1, (provider, title, [h["id"] for h in hits])


def test_named_offers_are_separate_from_appendix(rows):
    assert len(_not_appendix(rows)) == len(NAMED_OFFERS)


def _one(rows, **match) -> dict:
    hits = [r for r in rows if all(r[k] == v for k, v in match.items())]
    assert len(hits) == 1, (match, [h["id"] for h in hits])
    return hits[0]


def test_raw_cells_kept_as_printed(rows, appendix):
    bi = _one(appendix, provider="BI", title="Bachelor of Management med fordypning i helseledelse")
    assert bi["credits"] == "90 + 90 frie"
    assert any(r["credits"] == "15 - 30" for r in appendix)
    ntnu = [r for r in appendix if r["provider"] == "NTNU" and r["kind"] == "Flere enkeltemner"]
    assert [r["credits"] for r in ntnu] == ["7,5 -15"]
    nhh = [r for r in appendix if r["provider"] == "NHH" and r["credits"] == "7,5"]
    assert [r["delivery"] for r in nhh] == ["undervisning 1 dag i uken, kveld"]
    mangfold = [r for r in rows if "mangfoldsledelse" in r["title"]]
    assert [r["locations"] for r in mangfold] == ["Gjøvik; Førde; Bergen"]
    assert [r["kind"] for r in mangfold] == ["Kurs"]


def test_odd_appendix_rows_kept(appendix):
    bare = _one(appendix, provider="BI", title="Bachelor of Management")
    assert bare["kind"] == "Bachelor"
    assert bare["credits"] == bare["target_group"] == bare["admission"] == ""
    uit = _one(appendix, provider="UIT", title="Helse og omsorg i plan")
    assert uit["credits"] == ""
    assert any(r["admission"].startswith("- årig") for r in appendix)
    assert any(r["target_group"] == "Genrell" for r in appendix)
    assert sum(r["kind"] == "Årsstudium" for r in appendix) == 6
