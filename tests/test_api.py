"""The JSON API through Flask's test client, on the hand-made catalogue (answers known by hand)."""

from __future__ import annotations

import csv
import io

import pytest


def search(client, query_string=None, status=200):
    resp = client.get("/api/search", query_string=query_string or {})
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.is_json
    return resp.get_json()


def ids(result):
    return {r["id"] for r in result["results"]}


def test_all_records_and_facet_counts(client):
    r = search(client, {"per_page": 100})
    assert r["total"] == 10
    f = r["facets"]
    assert f["provider"] == {"hvl": 3, "uit": 1, "nord": 1, "oslomet": 1, "uio": 1, "inn": 1, "nki": 1, "uia": 1}
    assert f["level"] == {"master": 4, "bachelor": 4, "none": 1, "unknown": 1}
    assert f["part_time"] == {"true": 8, "false": 1, "unknown": 1}
    assert f["region"] == {"vest": 3, "nord": 2, "ost": 3, "sor": 1}
    assert f["topic"]["ledelse"] == 6
    assert f["status"] == {"active": 9, "gone": 1}
    assert f["enrolment"] == {"open": 8, "commissioned": 1, "unknown": 1}
    assert f["delivery"] == {"samling": 7, "nett": 2, "campus": 1}


@pytest.mark.parametrize("facet,value,expected", [
    ("provider", "hvl", {"hvl-helseledelse", "hvl-okonomi", "xss"}),
    ("level", "master", {"hvl-helseledelse", "nord-mba", "uio-helseadm", "gone-kurs"}),
    ("kind", "degree", {"nord-mba", "uio-helseadm"}),
    ("part_time", "false", {"uio-helseadm"}),
    ("delivery", "nett", {"hvl-okonomi", "nki-lederskolen"}),
    ("target", "sosial", {"oslomet-personal"}),
    ("county", "Troms", {"uit-helserett"}),
    ("region", "nord", {"uit-helserett", "nord-mba"}),
    ("topic", "juss", {"uit-helserett", "oslomet-personal", "uio-helseadm"}),
    ("enrolment", "commissioned", {"inn-modul"}),
    ("status", "gone", {"gone-kurs"}),
])
def test_each_facet_filters(client, facet, value, expected):
    r = search(client, {facet: value, "per_page": 100})
    assert ids(r) == expected
    assert r["total"] == len(expected)


def test_values_of_one_facet_are_ored_and_facets_anded(client):
    r = search(client, [("region", "nord"), ("region", "sor"), ("per_page", "100")])
    assert ids(r) == {"uit-helserett", "nord-mba", "gone-kurs"}
    r = search(client, [("region", "nord"), ("region", "sor"), ("level", "master")])
    assert ids(r) == {"nord-mba", "gone-kurs"}
    # comma-separated values are the same as repeated parameters
    assert ids(search(client, {"region": "nord,sor", "level": "master"})) == {"nord-mba", "gone-kurs"}


def test_facet_counts_are_disjunctive(client):
    r = search(client, {"provider": "hvl"})
    # choosing hvl does not hide the other providers' counts ...
    assert r["facets"]["provider"]["uit"] == 1 and r["facets"]["provider"]["hvl"] == 3
    # ... but the other facets are counted within hvl
    assert r["facets"]["level"] == {"master": 1, "bachelor": 1, "unknown": 1}


def test_text_query_counts_facets_within_matches(client):
    r = search(client, {"q": "helserett"})
    assert "uit-helserett" in ids(r)
    assert r["results"][0]["id"] == "uit-helserett"  # the title match ranks first
    assert sum(r["facets"]["status"].values()) == r["total"]


def test_credits_range_overlaps(client):
    r = search(client, {"credits_min": "10", "credits_max": "20", "per_page": 100})
    assert ids(r) == {"hvl-helseledelse", "uit-helserett", "oslomet-personal", "gone-kurs"}
    r = search(client, {"credits_min": "7,5", "credits_max": "7.5"})
    assert ids(r) == {"hvl-okonomi", "inn-modul"}


@pytest.mark.parametrize("sort,first,last", [
    ("credits", "nki-lederskolen", "xss"),      # ascending, unknown credits last
    ("-credits", "uio-helseadm", "xss"),         # 90 and 90: title breaks the tie
    ("title", "gone-kurs", "hvl-okonomi"),       # Norwegian order: Ø after Z; "<script>" sorts as "script"
    ("provider", "inn-modul", None),
])
def test_sorts(client, sort, first, last):
    r = search(client, {"sort": sort, "per_page": 100})
    order = [x["id"] for x in r["results"]]
    assert order[0] == first
    if sort != "provider":
        assert order[-1] == last
    else:
        names = [x["provider_name"] for x in r["results"]]
        assert names[:3] == ["Høgskolen i Innlandet", "Høgskulen på Vestlandet", "Høgskulen på Vestlandet"]
        assert names[-1] == "Universitetet i Oslo"  # "UiT …" < "Universitetet …"


def test_relevance_prefers_active_offers_on_ties(client):
    r = search(client, {"q": "endringsledelse", "per_page": 100})
    order = [x["id"] for x in r["results"]]
    assert "gone-kurs" in order and "nord-mba" in order


def test_paging(client):
    first = search(client, {"per_page": 4, "sort": "title"})
    second = search(client, {"per_page": 4, "sort": "title", "page": 2})
    third = search(client, {"per_page": 4, "sort": "title", "page": 3})
    assert first["pages"] == 3 and len(first["results"]) == 4 and len(third["results"]) == 2
    all_ids = [x["id"] for p in (first, second, third) for x in p["results"]]
    assert len(set(all_ids)) == 10
    beyond = search(client, {"per_page": 4, "page": 9})
    assert beyond["results"] == [] and beyond["total"] == 10


def test_snippet_is_data_with_hits(client):
    r = search(client, {"q": "kommuneøkonomi"})
    top = r["results"][0]
    assert top["id"] == "hvl-okonomi"
    assert any(seg["hit"] for seg in top["snippet"])
    assert "kommuneøkonomi" in top["snippet_text"]


def test_course_record_with_provenance(client):
    resp = client.get("/api/courses/uit-helserett")
    assert resp.status_code == 200
    body = resp.get_json()
    for field in ("credits_min", "credits_max", "level", "kind", "part_time", "delivery", "locations",
                  "topics", "enrolment", "source", "url", "first_seen", "last_seen", "last_changed"):
        assert field in body
    assert body["credits_max"] == 10.0


def test_unknown_course_is_json_404(client):
    resp = client.get("/api/courses/finnes-ikke")
    assert resp.status_code == 404
    assert resp.is_json and resp.get_json()["status"] == 404


def test_csv_export_has_the_result_set(client):
    resp = client.get("/api/search.csv", query_string={"region": "nord"})
    assert resp.status_code == 200
    assert resp.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True).lstrip("\ufeff"))))
    assert {row["id"] for row in rows} == {"uit-helserett", "nord-mba"}
    assert {row["credits_max"] for row in rows} == {"10", "90"}


def test_csv_export_defuses_formulas(client):
    resp = client.get("/api/search.csv", query_string={"provider": "hvl"})
    text = resp.get_data(as_text=True)
    assert "=cmd|calc" not in text.replace("'=cmd|calc", "")


def test_no_csv_cell_can_start_a_formula_wherever_a_spreadsheet_splits_it():
    """Issue 14: "Ledelse;=cmd|' /C calc'!A0" was written unquoted, and a spreadsheet that splits
    on ";" (the Norwegian list separator) got a cell starting with "="."""
    import re

    from webapp.export import to_csv

    hostile = ["Ledelse;=cmd|' /C calc'!A0", "a,+1", "x\t@SUM(1)", "y\n-2+3", " =1", "ok|=HYPERLINK(1)"]
    text = to_csv([{"id": "x", "title": t, "description": t} for t in hostile])
    rows = list(csv.reader(io.StringIO(text)))
    assert text.startswith('"id","title"') and '"Ledelse;' in text                # every cell quoted
    for row in rows[1:]:
        for cell in row:
            for piece in re.split(r"[;,\t|\n\r]", cell):                         # any way a sheet may split it
                assert not re.match(r"\s*[=+\-@]", piece), (cell, piece)
    assert rows[1][1] == "Ledelse;'=cmd|' /C calc'!A0"                           # the text stays readable


@pytest.mark.parametrize("q", ["AND (((", "*", '"', "helse) OR (", "x" * 10_000, "ledelse\x00",
                               "\x00\x01\x02", "NOT", "-", "title:ledelse", "ledelse~2^3", "🙂 helse",
                               "' OR 1=1 --", "<script>alert(1)</script>"])
def test_odd_queries_never_fail(client, q):
    r = search(client, {"q": q})
    assert isinstance(r["total"], int)


@pytest.mark.parametrize("params", [
    {"credits_min": "mange"}, {"credits_max": "nan"}, {"credits_min": "inf"}, {"credits_min": "-5"},
    {"credits_min": "30", "credits_max": "10"}, {"page": "0"}, {"page": "1.5"}, {"page": "x"},
    {"per_page": "1000"}, {"sort": "bogus"}, {"sort": "distance"}, {"kommune": "Atlantis"}, {"kommune": "9999"}, {"level": "phd"},
    {"include_online": "kanskje"}, {"max_km": "-1"},
])
def test_bad_parameters_are_400_with_a_message(client, params):
    resp = client.get("/api/search", query_string=params)
    assert resp.status_code == 400
    body = resp.get_json()
    assert body["status"] == 400 and body["message"]


def test_unknown_parameters_are_harmless_and_unknown_values_named(client):
    r = search(client, {"colour": "blue"})
    assert r["total"] == 10
    resp = client.get("/api/search", query_string={"provider": "no-such-provider"})
    assert resp.status_code == 400
    message = resp.get_json()["message"]
    assert message.startswith("Tilbyder kan ikke være «no-such-provider». Gyldige verdier: ") and "uib" in message


def test_security_headers(client):
    resp = client.get("/api/search")
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in resp.headers["Content-Security-Policy"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"]


def test_a_typo_is_corrected_from_the_catalogue_vocabulary(client):
    r = search(client, {"q": "helserettt"})
    assert r["corrected_from"] == "helserettt" and r["query"]["q"] == "helserett"
    assert r["results"][0]["id"] == "uit-helserett"
    r = search(client, {"q": "helseledelse"})
    assert r["suggestion"] is None and r["corrected_from"] is None
    r = search(client, {"q": "zzzzqqq"})
    assert r["total"] == 0 and r["corrected_from"] is None


def test_snippet_marks_the_matched_part_of_a_compound(client):
    r = search(client, {"q": "ledelse", "provider": "hvl", "level": "master"})
    top = r["results"][0]
    assert top["id"] == "hvl-helseledelse"
    hits = [seg["text"] for seg in top["snippet"] if seg["hit"]]
    assert "ledelse" in hits            # the part inside "Helseledelse", not the whole word
    assert "Helseledelse" not in hits


def test_nynorsk_query_finds_bokmal_offers(client):
    r = search(client, {"q": "personalleiing"})
    assert r["results"][0]["id"] == "oslomet-personal"
