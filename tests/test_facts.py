"""Issue 17, presentation once: the facts of an offer are listed once (`webapp.facts`) and the
course page, the compare page and its CSV exports, «Min liste» and `kurskatalog extract` are made
from that list; the CLI formats with `webapp.labels` like the pages; both CSV writers are one."""

from __future__ import annotations

import copy
import csv
import io
import re

import lxml.html
import pytest

from kurskatalog import cli
from tests.catalogue_fixture import RECORDS
from tests.helpers import cli as run_cli
from webapp import export, facts, labels

COMPARE = "/compare?ids=hvl-helseledelse,nki-lederskolen,nord-mba&kommune=5501"


def record(record_id: str) -> dict:
    return copy.deepcopy(next(r for r in RECORDS if r["id"] == record_id))


def compare_labels(client, query=COMPARE) -> list[str]:
    doc = lxml.html.fromstring(client.get(query).get_data(as_text=True))
    return [th.text_content().replace("ulik", "").strip() for th in doc.xpath("//table[@class='compare']/tbody/tr/th")]


# -- one list ----------------------------------------------------------------------------------

def test_every_view_shows_the_facts_of_the_one_list_in_its_order(app, client):
    from webapp.compare import ROWS
    from webapp.views import course_facts

    with app.test_request_context("/"):
        course = [f["label"] for f in course_facts(record("hvl-helseledelse"))]
        near = [f["label"] for f in course_facts(record("hvl-helseledelse"), ["5501"])]
    assert course == [f.label for f in facts.in_view(facts.COURSE) if not f.by_kommune]
    assert near == [f.label for f in facts.in_view(facts.COURSE)] and "Avstand" in near
    assert near.index("Avstand") == near.index("Sted") + 1                # the distance after the places
    assert compare_labels(client) == [label for label, _ in ROWS] == [f.label for f in facts.in_view(facts.COMPARE)]
    text = cli._facts_text(record("hvl-helseledelse"), "test")
    assert [line.split(":")[0].strip() for line in text.splitlines()[2:]] == \
        [f.label for f in facts.in_view(facts.CLI)]


def test_a_fact_added_to_the_list_appears_on_every_view_it_names(app, client, monkeypatch):
    extra = facts.Fact("test", "Prøvefakta", lambda r: f"verdi for {r['id']}", None,
                       frozenset({facts.COURSE, facts.COMPARE, facts.CLI, facts.MYLIST}))
    monkeypatch.setattr(facts, "FACTS", facts.FACTS + (extra,))
    from webapp.views import course_facts

    with app.test_request_context("/"):
        assert course_facts(record("nord-mba"))[-1]["value"] == "verdi for nord-mba"
    assert compare_labels(client)[-1] == "Prøvefakta"
    assert "Prøvefakta: verdi for nord-mba" in cli._facts_text(record("nord-mba"), "test")
    assert ("Prøvefakta", "verdi for nord-mba") in facts.pairs(record("nord-mba"), facts.MYLIST)


def test_the_compare_exports_are_made_from_the_compare_facts():
    names = [name for name, _ in export.EXCEL_COLUMNS]
    assert names[1:-2] == [name for f in facts.in_view(facts.COMPARE) for name, _ in f.excel]
    for fact in facts.in_view(facts.COMPARE):
        assert fact.excel and fact.columns, fact.key               # every row of the page has its columns
        assert set(fact.columns) <= set(export.COMPARE_COLUMNS), fact.key


def test_the_compare_page_cites_the_source_as_a_person_would():
    """The compare page's «Kilde og ferskhet» says what the Excel export's «Kilde» says (never a
    file name)."""
    r = record("hvl-helseledelse")
    r["source"] = "002_1b1a7e2b1956b839.txt: Appendix table 3 (generell)"
    cell = facts.fact("source").shown(r, facts.COMPARE)
    assert ".txt" not in cell and cell.startswith("AFI-rapporten for KS og Helsedirektoratet (2014)")
    assert cell.endswith("sist sjekket 01.11.2026")


# -- the CLI formats as the pages do --------------------------------------------------------------

def test_cli_search_shows_labels_not_codes(fixture_data_dir):
    out = run_cli("search", "", "--per-page", "20", "--data-dir", str(fixture_data_dir))
    assert out.returncode == 0, out.stderr
    blocks = {b.split("id: ")[-1].strip(): b for b in out.stdout.split("\n- ")[1:]}
    assert "NKI | Uten studiepoeng | Uten studiepoeng, Kurs uten studiepoeng | Sted ikke oppgitt" in blocks["nki-lederskolen"]
    assert "Nord universitet | 90 stp | Masternivå, Grad | Bodø" in blocks["nord-mba"]
    assert "| 15–30 stp | Bachelornivå, Enkeltemne |" in blocks["oslomet-personal"]      # an en dash
    assert "| 7,5 stp |" in blocks["hvl-okonomi"]                                       # a decimal comma
    for block in blocks.values():                                    # the facts line of every offer
        assert not re.search(r"\b(master|bachelor|degree|single_course|non_credit|none)\b", block.splitlines()[1])


def test_cli_extract_prints_the_facts_with_where_they_were_read():
    r = record("nki-lederskolen")
    r["raw"] = {"kind": "Kurs (ikke studiepoenggivende)", "price": "12 900,-"}
    r["evidence"] = {"kind": {"how": "label", "where": "Type"}, "price": {"how": "label", "where": "Pris"}}
    r["topics"] = []
    lines = cli._facts_text(r, "title").splitlines()
    assert lines[0] == "Lederskolen for offentlig sektor (NKI)"
    assert "  Studiepoeng: Uten studiepoeng" in lines
    assert "  Nivå: Uten studiepoeng" in lines
    assert "  Type: Kurs uten studiepoeng  [under «Type»: «Kurs (ikke studiepoenggivende)»]" in lines
    assert "  Pris: kr 12 900  [under «Pris»: «12 900,-»]" in lines
    assert "  Tema: Ikke klassifisert" in lines


def test_labels_that_the_views_share():
    assert labels.credits_range(7.5, 30) == "7,5–30 stp" and labels.credits_range(None, 30) == "høyst 30 stp"
    assert labels.credits_range(15, None) == "minst 15 stp"
    assert labels.start("2027-host") == "Høst 2027" and labels.start(None) == "Ikke oppgitt"
    assert labels.nearest_place("nettbasert") == "Nettbasert" and labels.nearest_place("Bergen") == "Bergen"
    assert labels.counties({"locations": [{"county": "Vestland"}, {"county": "Vestland"}, {}]}) == ["Vestland"]


# -- both CSV writers are one ----------------------------------------------------------------------

def _gaps_cli(capsys, data_dir, *args) -> str:
    assert cli.main(["gaps", *args, "--data-dir", str(data_dir)]) == 0
    return capsys.readouterr().out


def test_cli_gaps_csv_is_the_apis(client, capsys, fixture_data_dir):
    text = _gaps_cli(capsys, fixture_data_dir, "--format", "csv", "--no-online")
    api = client.get("/api/gaps.csv?include_online=false").get_data(as_text=True)
    assert text == api.lstrip("\ufeff") and text.startswith('"topic","topic_label","ost"')
    excel = _gaps_cli(capsys, fixture_data_dir, "--format", "excel", "--by", "county")
    assert excel == client.get("/api/gaps.csv?by=county&format=excel").get_data(as_text=True).lstrip("\ufeff")
    assert excel.startswith('"Tema";"Oslo"')


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("excel", ";")])
def test_a_hostile_topic_label_cannot_break_or_inject_a_cell(capsys, fixture_data_dir, monkeypatch, fmt, delimiter):
    monkeypatch.setitem(labels.TOPIC, "ledelse", "=1+2, @SUM(A1); -3")
    text = _gaps_cli(capsys, fixture_data_dir, "--format", fmt)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert len({len(row) for row in rows}) == 1                     # no cell split on a comma or semicolon
    label = "'=1+2, '@SUM(A1); '-3"
    assert [row for row in rows if label in row], rows               # guarded, in one cell
    for row in rows:
        for cell in row:
            for piece in re.split(r"[;,\t|\n\r]", cell):
                assert not re.match(r"\s*[=+\-@]", piece), (cell, piece)
