"""Is this a course page (round 14): the evidence of recognition and its traps, on short pages
written for these tests."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.recognise import address_sub_page


def _page(title: str, *body: str) -> str:
    return f"<html><body><main><h1>{title}</h1>{''.join(body)}</main></body></html>"


# --- a site's admission or students' part is no study ------------------------------------------

@pytest.mark.parametrize("url", [
    "https://x.test/studier/opptak/opptakskalender/",          # the site's admission part, not a study
    "https://x.test/en/hvl-students/admissions/",               # the students' part of the site
    "https://x.test/for-studenter/opptak/",
])
def test_a_sites_admission_or_students_part_is_no_study(url):
    assert not address_sub_page(url)


@pytest.mark.parametrize("url", [
    "https://x.test/studier/vernepleie-deltid/opptak/",         # one study's admission page (the trap)
    "https://x.test/executive/merkeledelse-og-internasjonalisering/praktisk-informasjon/",
])
def test_one_studys_sub_page_is_still_one(url):
    assert address_sub_page(url)


def test_an_admission_calendar_under_the_admission_part_is_not_a_course():
    html = _page("Opptakskalender", "<p>Her finn du fristane for opptak til bachelor- og masterprogram.</p>",
                 "<p>Søknadsfristen er 15. april.</p>")
    assert not extract(html, "https://x.test/studier/opptak/opptakskalender/").is_course


# --- terms, regulations, questions and answers, checklists: general pages ------------------------

@pytest.mark.parametrize("title", [
    "Vilkår for kurs og arrangement",
    "Betingelser for kurs",
    "Terms and conditions of the course",
    "Regulations for Executive Study Programmes",
    "Spørsmål og svar for videreutdanning",
    "Sjekkliste for studenter som tar videreutdanning",
])
def test_terms_faq_and_checklist_titles_are_general_pages(title):
    html = _page(title, "<p>Studiet gir 30 studiepoeng og går over to semester på deltid.</p>",
                 "<h2>Påmelding</h2><p>Påmeldingsfristen er 1. mai 2024.</p>", "<p>Pris: 4 500 kr</p>")
    result = extract(html, "https://x.test/om-oss/vilkar")
    assert not result.is_course, result.reason
    assert "a general page" in result.reason


def test_a_course_page_with_the_same_facts_is_still_a_course():
    html = _page("Videreutdanning i helseledelse", "<p>Studiet gir 30 studiepoeng og går over to semester på deltid.</p>",
                 "<h2>Påmelding</h2><p>Påmeldingsfristen er 1. mai 2024.</p>", "<p>Pris: 4 500 kr</p>")
    assert extract(html, "https://x.test/studier/helseledelse").is_course
