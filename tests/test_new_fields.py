"""Start term, application deadline, duration and teaching language (issue 13's new fields):
in the API, the CSV, the course page and compare; start term and deadline as filters."""

from __future__ import annotations

import csv
import io

from webapp import labels


def test_start_term_is_a_facet_and_a_filter(client):
    data = client.get("/api/search?per_page=100").get_json()
    assert data["facets"]["start"]["2027-host"] == 1 and data["facets"]["start"]["2025-host"] == 1
    only = client.get("/api/search?start=2027-host").get_json()
    assert [r["id"] for r in only["results"]] == ["hvl-helseledelse"]
    assert only["results"][0]["start_term"] == "2027-host"


def test_deadline_from_keeps_offers_with_a_known_deadline_on_or_after_the_day(client):
    later = client.get("/api/search?deadline_from=2026-01-01").get_json()
    assert [r["id"] for r in later["results"]] == ["hvl-helseledelse"]
    both = client.get("/api/search?deadline_from=01.01.2025").get_json()   # Norwegian date form too
    assert {r["id"] for r in both["results"]} == {"hvl-helseledelse", "nord-mba"}
    assert client.get("/api/search?deadline_from=2027-04-15").get_json()["total"] == 1   # the day itself counts
    bad = client.get("/api/search?deadline_from=i+morgen")
    assert bad.status_code == 400 and "Søknadsfrist etter må være en dato" in bad.get_json()["message"]


def test_the_course_page_shows_the_new_facts(client):
    html = client.get("/kurs/hvl-helseledelse").get_data(as_text=True)
    for text in ("Oppstart", "Høst 2027", "Søknadsfrist", "15.04.2027", "Varighet", "2 semestre",
                 "Undervisningsspråk", "Norsk"):
        assert text in html, text
    passed = client.get("/kurs/nord-mba").get_data(as_text=True)
    assert "01.03.2025 (utløpt)" in passed and "6 semestre" in passed


def test_the_search_page_has_the_deadline_filter_and_its_chip(client):
    page = client.get("/?deadline_from=2026-01-01").get_data(as_text=True)
    assert 'name="deadline_from"' in page and 'value="2026-01-01"' in page
    assert "etter 01.01.2026" in page                               # the active filter as a chip
    assert "Høst 2027" in page                                      # the start facet's value label


def test_csv_and_compare_carry_the_new_fields(client):
    body = client.get("/api/search.csv?q=helseledelse").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body)))
    row = next(r for r in rows if r["id"] == "hvl-helseledelse")
    assert (row["start_term"], row["application_deadline"], row["duration_semesters"], row["teaching_language"]) == \
        ("2027-host", "2027-04-15", "2", "no")
    html = client.get("/compare?ids=hvl-helseledelse,nord-mba").get_data(as_text=True)
    for text in ("Oppstart", "Høst 2027", "Høst 2025", "Søknadsfrist", "Varighet", "Undervisningsspråk"):
        assert text in html, text


def test_labels_of_the_new_fields():
    assert labels.term("2026-var") == "Vår 2026" and labels.term("x") == ""
    assert sorted(["2026-host", "unknown", "2026-var", "2025-host"], key=labels.term_order) == \
        ["2025-host", "2026-var", "2026-host", "unknown"]
    from datetime import date
    assert labels.deadline("2026-03-01", today=date(2026, 3, 1)) == "01.03.2026"
    assert labels.deadline("2026-03-01", today=date(2026, 3, 2)) == "01.03.2026 (utløpt)"
    assert labels.duration(1) == "1 semester" and labels.duration(None) == "Ikke oppgitt"
    assert labels.evidence({"how": "label", "where": "Studiepoeng"}) == "under «Studiepoeng»"
    assert labels.evidence({"how": "section", "where": "Opptakskrav"}) == "i avsnittet «Opptakskrav»"
    assert labels.evidence({"how": "address", "where": "https://www.uio.no/studier/program/kristendom-master/"}) \
        == "fra sidens adresse"   # a sub-page's kind read from its study's address
    assert labels.evidence({"how": "title", "where": "Modul 5 – Juss (7,5 sp)"}) == "fra sidens tittel"
