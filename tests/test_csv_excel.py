"""Issue 15, defect 12: every CSV export also comes in a variant that Norwegian Excel opens in
columns on a double click (`format=excel`: semicolons, decimal comma, UTF-8 with BOM, Norwegian
column names and values), while the comma-separated machine format stays as it was."""

from __future__ import annotations

import copy
import csv
import io
import re

import lxml.html
import pytest

from index.engine.build import build_index
from tests.catalogue_fixture import BERGEN, RECORDS, rec
from webapp import create_app

BOM = b"\xef\xbb\xbf"
HOSTILE = "Ledelse;=cmd|' /C calc'!A0"

# The machine format as it was before the Excel variant (the API's users rely on it).
PLAIN_COLUMNS = ["id", "title", "provider_name", "provider", "credits_min", "credits_max", "level", "kind",
                 "part_time", "delivery", "places", "counties", "topics", "enrolment", "price_nok",
                 "start_term", "application_deadline", "duration_semesters", "teaching_language",
                 "status", "url", "last_seen", "distance_km", "nearest_place"]

# Every row the compare page shows → the columns that carry it in the Excel and in the machine export.
# A row added to the page (webapp.compare.ROWS) without a column here fails
# test_compare_exports_cover_every_row_of_the_page.
COMPARE_ROWS = {
    "Tilbyder": (["Tilbyder"], ["provider_name"]),
    "Studiepoeng": (["Studiepoeng fra", "Studiepoeng til"], ["credits_min", "credits_max"]),
    "Nivå og type": (["Nivå", "Type"], ["level", "kind"]),
    "Deltid": (["Deltid/heltid"], ["part_time"]),
    "Undervisningsform": (["Undervisningsform"], ["delivery"]),
    "Samlinger": (["Antall samlinger", "Samlingsdager i alt"], ["sessions_count", "session_days"]),
    "Sted": (["Sted", "Fylke"], ["places", "counties"]),
    "Avstand": (["Avstand (km i luftlinje)", "Nærmeste sted"], ["distance_km", "nearest_place"]),
    "Opptakskrav": (["Opptakskrav"], ["admission_education", "admission_experience_years", "realkompetanse"]),
    "Pris": (["Pris (kr)", "Pris per"], ["price_nok", "price_per"]),
    "Oppstart": (["Oppstart"], ["start_term"]),
    "Søknadsfrist": (["Søknadsfrist"], ["application_deadline"]),
    "Varighet": (["Varighet (semestre)"], ["duration_semesters"]),
    "Undervisningsspråk": (["Undervisningsspråk"], ["teaching_language"]),
    "Tema": (["Tema"], ["topics"]),
    "Opptak": (["Opptak"], ["enrolment"]),
    "Kilde og ferskhet": (["Kilde", "Sist sjekket"], ["source", "last_seen"]),
}


def excel(resp) -> list[list[str]]:
    """The rows of an Excel-variant response, checked for what Excel needs on a double click."""
    assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    assert resp.mimetype == "text/csv"
    data = resp.get_data()
    assert data.startswith(BOM), "no byte order mark: Excel would read UTF-8 as Windows-1252"
    rows = list(csv.reader(io.StringIO(data[len(BOM):].decode("utf-8"), newline=""), delimiter=";"))
    assert len(rows) >= 2
    assert len({len(r) for r in rows}) == 1, "the column count changes from row to row"
    assert len(rows[0]) > 1, "one column only: not separated by semicolons"
    return rows


def plain(resp) -> list[list[str]]:
    assert resp.status_code == 200
    data = resp.get_data()
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data[len(BOM):].decode("utf-8"), newline="")))


def as_dicts(rows):
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def no_formula_anywhere(rows):
    for row in rows:
        for cell in row:
            for piece in re.split(r"[;,\t|\n\r]", cell):                   # any way a sheet may split it
                assert not re.match(r"\s*[=+\-@]", piece), (cell, piece)


# -- search -------------------------------------------------------------------

def test_search_excel_has_norwegian_columns_values_and_decimal_comma(client):
    resp = client.get("/api/search.csv", query_string={"status": ["active", "gone"], "format": "excel"})
    assert 'filename="kurskatalog-excel.csv"' in resp.headers["Content-Disposition"]
    rows = excel(resp)
    assert rows[0][:5] == ["Tittel", "Tilbyder", "Tidligere navn på tilbyder", "Studiepoeng fra", "Studiepoeng til"]
    assert {"Nivå", "Type", "Deltid/heltid", "Undervisningsform", "Sted", "Fylke", "Tema", "Opptak",
            "Søknadsfrist", "Pris (kr)", "Status", "Nettadresse", "ID"} <= set(rows[0])
    assert not any(re.fullmatch(r"[a-z_]+", h) for h in rows[0]), "a field code left as column name"
    by_id = {r["ID"]: r for r in as_dicts(rows)}
    okonomi = by_id["hvl-okonomi"]
    assert okonomi["Studiepoeng fra"] == okonomi["Studiepoeng til"] == "7,5"       # decimal comma
    assert okonomi["Nivå"] == "Bachelornivå" and okonomi["Type"] == "Enkeltemne"
    assert okonomi["Deltid/heltid"] == "Deltid" and okonomi["Undervisningsform"] == "Nettbasert, Samlinger"
    assert okonomi["Tema"] == "Økonomi og kostnadsanalyse, Kommunalt system, politikk og styring"
    assert okonomi["Sted"] == "Bergen" and okonomi["Fylke"] == "Vestland"
    assert by_id["uio-helseadm"]["Deltid/heltid"] == "Heltid"
    assert by_id["nord-mba"]["Nivå"] == "Masternivå" and by_id["nord-mba"]["Type"] == "Grad"
    helse = by_id["hvl-helseledelse"]
    assert helse["Søknadsfrist"] == "15.04.2027" and helse["Oppstart"] == "Høst 2027"
    assert helse["Undervisningsspråk"] == "Norsk" and helse["Varighet (semestre)"] == "2"
    assert helse["Sist sjekket"] == "01.11.2026" and helse["Status"] == "Aktuelt"
    assert by_id["nki-lederskolen"]["Pris (kr)"] == "12900"                        # a number, not "kr 12 900"
    assert by_id["inn-modul"]["Opptak"] == "Bestilles av kommunen"
    assert by_id["gone-kurs"]["Status"] == "Ikke lenger tilbudt"
    for r in by_id.values():                                       # numbers Excel reads as numbers
        for name in ("Studiepoeng fra", "Studiepoeng til", "Pris (kr)", "Varighet (semestre)"):
            assert re.fullmatch(r"(\d+(,\d+)?)?", r[name]), (name, r[name])


def test_search_excel_lists_the_same_offers_as_the_plain_csv(client):
    params = {"q": "ledelse", "kommune": "5501"}
    ids = [r[0] for r in plain(client.get("/api/search.csv", query_string=params))[1:]]
    rows = as_dicts(excel(client.get("/api/search.csv", query_string={**params, "format": "excel"})))
    assert [r["ID"] for r in rows] == ids and len(ids) >= 3
    by_id = {r["ID"]: r for r in rows}
    km = by_id["hvl-helseledelse"]["Avstand (km i luftlinje)"]
    assert re.fullmatch(r"\d+(,\d)?", km) and by_id["hvl-helseledelse"]["Nærmeste sted"] == "Bergen"
    assert by_id["nki-lederskolen"]["Nærmeste sted"] == "Nettbasert"


def test_plain_search_csv_is_unchanged(client):
    resp = client.get("/api/search.csv", query_string={"region": "vest"})
    assert 'filename="kurskatalog.csv"' in resp.headers["Content-Disposition"]
    assert resp.get_data() == client.get("/api/search.csv", query_string={"region": "vest", "format": "csv"}).get_data()
    rows = plain(resp)
    assert rows[0] == PLAIN_COLUMNS + ["price_per"]           # added at the end: the old columns keep their places
    text = resp.get_data(as_text=True)
    assert text.startswith('\ufeff"id","title",') and ";" not in text.splitlines()[0]
    by_id = {r["id"]: r for r in as_dicts(rows)}
    assert by_id["hvl-okonomi"]["credits_min"] == "7.5" and by_id["hvl-okonomi"]["part_time"] == "ja"
    assert by_id["hvl-okonomi"]["delivery"] == "nett;samling" and by_id["hvl-okonomi"]["level"] == "bachelor"


@pytest.mark.parametrize("path", ["/api/search.csv", "/api/compare.csv?ids=nord-mba,uit-helserett",
                                  "/api/gaps.csv", "/api/gaps/list.csv"])
def test_an_unknown_format_is_a_400(client, path):
    resp = client.get(path + ("&" if "?" in path else "?") + "format=xlsx")
    assert resp.status_code == 400 and resp.get_json()["message"].startswith("Formatet kan ikke være «xlsx».")


# -- formulas and separators inside cells ---------------------------------------

@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    """The hand-made catalogue plus an offer whose every text tries to start a formula."""
    bad = rec("bad-1", "=cmd|' /C calc'!A0", "x", provider_id="hvl", provider_name=HOSTILE, level="master",
              kind="single_course", credits=(7.5, 7.5), part_time=True, delivery=["samling"], target=["helse"],
              locations=[BERGEN], topics=["ledelse"], start="2027-host")
    bad["url"] = "@SUM(1)"
    bad["provider_former"] = "+1, -2"
    bad["source"] = "-3;@4"
    data_dir = tmp_path_factory.mktemp("hostile")
    build_index(copy.deepcopy(RECORDS) + [bad], data_dir)
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False}).test_client()


def test_excel_variant_guards_formulas_and_keeps_semicolons_inside_cells(hostile_client):
    for url in ("/api/search.csv?q=ledelse&format=excel",
                "/api/compare.csv?ids=bad-1,hvl-helseledelse&format=excel"):
        rows = excel(hostile_client.get(url))
        no_formula_anywhere(rows)
        bad = [r for r in as_dicts(rows) if r["ID"] == "bad-1"][0]
        assert bad["Tittel"] == "'=cmd|' /C calc'!A0"
        assert bad["Tilbyder"] == "Ledelse;'=cmd|' /C calc'!A0"             # one cell, not split on ";"
        assert bad["Tidligere navn på tilbyder"] == "'+1, '-2"
        assert bad["Nettadresse"] == "'@SUM(1)"
        assert bad["Studiepoeng fra"] == "7,5"


def test_plain_variant_still_guards_formulas(hostile_client):
    for url in ("/api/search.csv?q=ledelse", "/api/compare.csv?ids=bad-1,hvl-helseledelse"):
        rows = plain(hostile_client.get(url))
        no_formula_anywhere(rows)
        bad = [r for r in as_dicts(rows) if r["id"] == "bad-1"][0]
        assert bad["provider_name"] == "Ledelse;'=cmd|' /C calc'!A0" and bad["url"] == "'@SUM(1)"


def test_write_csv_excel_quotes_guards_and_uses_decimal_comma():
    from webapp.export import decimal, write_csv

    text = write_csv(["Navn", "=Tall"], [["a;b", 7.5], ["-1", 2.25], [None, True], ["x\n@y", float("nan")]],
                     excel=True)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows == [["Navn", "'=Tall"], ["a;b", "7,5"], ["'-1", "2,25"], ["", "Ja"], ["x\n'@y", ""]]
    assert text.startswith('"Navn";"\'=Tall"')
    assert [decimal(v) for v in (7.5, 15.0, 12900, None, 0.1, 90)] == ["7,5", "15", "12900", "", "0,1", "90"]


# -- compare --------------------------------------------------------------------

COMPARE = "ids=hvl-helseledelse,nki-lederskolen,nord-mba&kommune=5501"


def page_rows(client, query):
    resp = client.get("/compare?" + query)
    assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    doc = lxml.html.fromstring(resp.get_data(as_text=True))
    rows = {}
    for tr in doc.xpath("//table[@class='compare']/tbody/tr"):
        label = tr.xpath("./th")[0].text_content().replace("ulik", "").strip()
        rows[label] = [td.text_content().strip() for td in tr.xpath("./td")]
    return doc, rows


def test_compare_exports_cover_every_row_of_the_page(client):
    from webapp.compare import ROWS

    _, shown = page_rows(client, COMPARE)
    assert set(shown) == {label for label, _ in ROWS}
    missing = set(shown) - set(COMPARE_ROWS)
    assert not missing, f"rows on the compare page with no column in the exports: {missing}"

    rows = excel(client.get("/api/compare.csv?" + COMPARE + "&format=excel"))
    offers = as_dicts(rows)
    assert [r["ID"] for r in offers] == ["hvl-helseledelse", "nki-lederskolen", "nord-mba"]   # one row per offer
    for label, cells in shown.items():
        for name in COMPARE_ROWS[label][0]:
            assert name in rows[0], (label, name)
        for offer, cell in zip(offers, cells):
            if cell not in ("Ikke oppgitt", "Ukjent", "Velg kommune"):
                assert any(offer[name] for name in COMPARE_ROWS[label][0]), (label, offer["ID"], cell)
    # the same values as the page
    for i, offer in enumerate(offers):
        assert offer["Tilbyder"] == shown["Tilbyder"][i]
        assert offer["Opptakskrav"] == shown["Opptakskrav"][i]
        assert offer["Deltid/heltid"] == shown["Deltid"][i]
        assert offer["Opptak"] == shown["Opptak"][i]
        assert f"{offer['Nivå']}, {offer['Type']}" == shown["Nivå og type"][i]
        assert offer["Undervisningsform"] == shown["Undervisningsform"][i]
        assert offer["Tema"] == shown["Tema"][i]
        assert offer["Sist sjekket"] in shown["Kilde og ferskhet"][i]
    assert offers[0]["Opptakskrav"] == "Bachelorgrad eller tilsvarende (3-årig høyere utdanning) + 2 års relevant yrkeserfaring"
    km = offers[0]["Avstand (km i luftlinje)"]
    assert re.fullmatch(r"\d+(,\d)?", km)
    assert shown["Avstand"][0].startswith(f"{float(km.replace(',', '.')):.0f} km i luftlinje til Bergen")
    assert offers[1]["Nærmeste sted"] == shown["Avstand"][1] == "Nettbasert"
    assert offers[2]["Studiepoeng til"] == "90" and shown["Studiepoeng"][2] == "90 stp"


def test_plain_compare_csv_has_the_admission_and_the_rest_of_the_page(client):
    resp = client.get("/api/compare.csv?" + COMPARE)
    assert 'filename="sammenligning.csv"' in resp.headers["Content-Disposition"]
    rows = plain(resp)
    assert rows[0][:len(PLAIN_COLUMNS)] == PLAIN_COLUMNS                  # the old columns keep their places
    for label, (_, columns) in COMPARE_ROWS.items():
        for name in columns:
            assert name in rows[0], (label, name)
    offers = as_dicts(rows)
    assert [r["id"] for r in offers] == ["hvl-helseledelse", "nki-lederskolen", "nord-mba"]
    assert all(r["admission_education"] == "bachelor" and r["admission_experience_years"] == "2"
               and r["realkompetanse"] == "nei" and r["source"] == "test" for r in offers)
    assert offers[1]["nearest_place"] == "nettbasert" and offers[0]["distance_km"]


# -- coverage -------------------------------------------------------------------

def test_coverage_matrix_excel(client):
    resp = client.get("/api/gaps.csv", query_string={"include_online": "false", "format": "excel"})
    assert 'filename="dekning-excel.csv"' in resp.headers["Content-Disposition"]
    rows = excel(resp)
    assert rows[0] == ["Tema", "Østlandet", "Sørlandet", "Vestlandet", "Midt-Norge", "Nord-Norge"]
    assert rows[1] == ["Ledelse og personalarbeid", "2", "0", "1", "0", "1"]
    old = plain(client.get("/api/gaps.csv", query_string={"include_online": "false"}))
    assert old[0] == ["topic", "topic_label", "ost", "sor", "vest", "midt", "nord"]   # plain unchanged
    assert [r[1:] for r in old[1:]] == rows[1:]
    by_county = excel(client.get("/api/gaps.csv", query_string={"by": "county", "format": "excel"}))
    assert by_county[0][0] == "Tema" and "Vestland" in by_county[0] and len(by_county) == 15


def test_coverage_gap_list_excel(client):
    rows = excel(client.get("/api/gaps/list.csv", query_string={"format": "excel"}))
    assert rows[0] == ["Tema", "Landsdel", "Antall tilbud", "Hull"]
    assert ["Juss", "Sørlandet", "0", "Ingen tilbud om juss på Sørlandet"] in rows
    old = plain(client.get("/api/gaps/list.csv"))
    assert old[0] == ["topic", "area", "count", "text"] and len(old) == len(rows)
    assert excel(client.get("/api/gaps/list.csv?by=county&format=excel"))[0][1] == "Fylke"


# -- the site's links -------------------------------------------------------------

def downloads(html: str, xpath: str) -> list[tuple[str, str]]:
    doc = lxml.html.fromstring(html)
    return [(" ".join(a.text_content().split()), a.get("href")) for a in doc.xpath(xpath)]


def test_search_page_offers_excel_first_and_plain_beside_it(client):
    html = client.get("/?q=ledelse").get_data(as_text=True)
    for links in (downloads(html, "(//p[@class='downloads'])[1]/a"),):
        assert links[0] == ("Last ned for Excel", "/api/search.csv?q=ledelse&format=excel")
        assert ("Last ned CSV", "/api/search.csv?q=ledelse") in links
    excel(client.get("/api/search.csv?q=ledelse&format=excel"))
    front = client.get("/").get_data(as_text=True)                      # the start page's links too
    assert ("Last ned for Excel", "/api/search.csv?format=excel") in downloads(front, "//p[@class='downloads']/a")


def test_compare_page_offers_excel_first(client):
    html = client.get("/compare?" + COMPARE).get_data(as_text=True)
    links = downloads(html, "//p[@class='downloads']/a")
    assert links[0][0] == "Last ned for Excel" and links[0][1].startswith("/api/compare.csv?ids=")
    assert "format=excel" in links[0][1] and links[1][0] == "Last ned CSV" and "format" not in links[1][1]
    rows = excel(client.get(links[0][1]))
    assert len(rows) == 4
    assert plain(client.get(links[1][1]))[0][0] == "id"


def test_coverage_page_offers_excel_and_plain(client):
    html = client.get("/dekning", query_string={"by": "county"}).get_data(as_text=True)
    links = dict(downloads(html, "//a[contains(@href, '.csv')]"))
    table, gaps = links["Last ned tabellen for Excel"], links["Last ned hullene for Excel"]
    assert excel(client.get(table))[0][:2] == ["Tema", "Oslo"]               # the page's filters are kept
    assert excel(client.get(gaps))[0][1] == "Fylke"
    plains = [h for text, h in downloads(html, "//a[contains(@href, '.csv')]") if text == "CSV"]
    assert len(plains) == 2 and all("format" not in h and "by=county" in h for h in plains)
    assert plain(client.get(plains[0]))[0][:2] == ["topic", "topic_label"]
