"""After round 35, fields, from dev errors on which both labellers of the agreement sample agree: a fact strip's
label glued to its value ("Studiepoeng90", "SpråkNorsk") is a label; a lettered or numbered label ("A. Opptakskrav",
"2) Målgruppe") is one; "Inntakskrav" and "Krav til søker" are admission labels; a language "på nivå med det som
kreves for generell studiekompetanse" (in a compound: "engelskkunnskaper") measures the language, it does not admit;
a thesis as "en samling artikler" is no gathering; a registration deadline a week after a dated start keeps the start;
experience asked in one numbered alternative ("Alternativ 2: fem års praksis") beside one without is no requirement.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler.facts import label_keys
from domain.normalise import admission, delivery
from domain.when import start_after_deadline
from tests.helpers import crawled_record as _record


def _page(body: str) -> dict:
    html = ("<h1>Kvalifiseringsprogram for tannleger</h1><p>Programmet gjør deg klar for norsk autorisasjon.</p>"
            f"{body}<h2>Opptak</h2><p>Søknad sendes i Søknadsweb.</p>")
    return _record(html, "https://uni.test/studier/kvalifisering")


def test_a_label_glued_to_its_value_in_a_fact_strip_is_read():
    record = _page("<ul><li>Lengde1,5 år</li><li>KarakterkravMinimum C</li><li>SpråkNorsk</li>"
                   "<li>Studiepoeng90</li></ul>")
    assert (record["credits_min"], record["credits_max"]) == (90.0, 90.0)
    assert record["duration_semesters"] == 3 and record["teaching_language"] == "no"


@pytest.mark.parametrize("item", [
    "Studiepoengene90 er mange",      # no known label before the glue
    "Studiepoeng per emne",           # a space: the spaced rule's, which wants a number
    "studiepoeng90",                  # no capital: not a fact strip's label
])
def test_text_that_is_no_glued_label_gives_no_credits(item):
    record = _page(f"<ul><li>{item}</li><li>Lengde2 år</li></ul>")
    assert record["credits_max"] is None


@pytest.mark.parametrize("label, keys", [
    ("A. Opptakskrav", ("admission",)),
    ("1. Opptakskrav", ("admission",)),
    ("B. Målgruppe", ("target_group",)),
    ("2) Pris", ("price",)),
])
def test_a_lettered_or_numbered_label_is_the_label(label, keys):
    assert label_keys(label) == keys


@pytest.mark.parametrize("text", [
    "1. samling",          # a numbered gathering, lower case: no label
    "A. Innledning",       # a lettered part that is no known label
    "Z. Opptakskrav",      # a letter beyond a short list's
    "12. Opptakskrav",     # a number of two digits: a date's day, a list far on
    "1. Semester",         # a study plan's first term: its parts counted, no start
    "2. Semester (vår)",
])
def test_text_after_a_letter_or_number_that_is_no_label_stays_none(text):
    assert label_keys(text) is None


def test_a_language_measured_by_general_admission_does_not_admit():
    text = ("Grunnkravet for opptak er en bestått bachelorgrad innen utøvende musikk. Kommer du fra utlandet, må du "
            "dokumentere engelskkunnskaper på nivå med det som kreves for generell studiekompetanse.")
    assert admission(text)["admission_education"] == "bachelor"
    # general admission asked for itself, beside a language measured by it, still admits
    assert admission("Generell studiekompetanse. Norskkunnskaper på nivå med det som kreves for opptak.")[
        "admission_education"] == "generell_studiekompetanse"


@pytest.mark.parametrize("text", [
    "Teksten bør ligge på cirka 100 sider, men en samling artikler godtas også.",
    "Oppgåva kan skrivast som ei samling av vitskaplege artiklar.",
])
def test_a_thesis_as_a_collection_of_articles_is_no_gathering(text):
    assert delivery(text) == []


def test_gatherings_are_still_gatherings():
    assert delivery("Studiet har fire samlinger, og artikler leses mellom dem.") == ["samling"]
    assert delivery("Samlingene er tre, artiklene mange.") == ["samling"]


def test_a_registration_deadline_days_after_a_dated_start_keeps_the_start():
    # "Oppstart: tirsdag 12. mars 2024", "Påmeldingsfrist: tirsdag 19. mars 2024": a late registration
    assert start_after_deadline("tirsdag 12. mars 2024", "2024-var", "2024-03-19") == "2024-var"
    # a deadline months after a dated "start" still says that start opened the application period
    assert start_after_deadline("1. desember 2016", "2016-host", "2017-03-01") == "2017-host"
    assert start_after_deadline("1. august 2024", "2024-host", "2024-09-15") == "2025-var"


def test_a_course_page_with_a_late_registration_deadline_starts_when_it_says():
    html = ("<h1>Barn og unge med behov for særskilt tilrettelegging</h1><p>Fagskoleutdanning på deltid over to år.</p>"
            "<dl><dt>Oppstart</dt><dd>tirsdag 12. mars 2024</dd><dt>Påmeldingsfrist</dt><dd>tirsdag 19. mars 2024</dd>"
            "<dt>Nivå</dt><dd>Fagskole</dd></dl>")
    assert _record(html, "https://fagskole.test/kurs/barn-unge")["start_term"] == "2024-var"


@pytest.mark.parametrize("label", ["Inntakskrav:", "Inntaksvilkår", "Krav til søker", "Krav til søkjarar"])
def test_a_fagskole_or_school_admission_label_is_admission(label):
    assert label_keys(label) == ("admission",)


def test_an_application_label_is_no_admission_label():
    assert label_keys("Krav til søknad") is None      # what the application must hold, not who is admitted


def test_experience_in_one_numbered_alternative_beside_one_without_is_no_requirement():
    routes = ("Alternativ 1: Du har fagbrev i matrosfaget og grunnleggende sikkerhetsopplæring. Eller Alternativ 2: Du "
              "har fem års relevant praksis fra arbeid om bord.")
    assert admission(routes) == {"admission_education": "other", "admission_experience_years": None,
                                 "realkompetanse": False}
    # every alternative asks for experience: it is required
    both = "Alternativ 1: Bachelorgrad og minst to års praksis. Alternativ 2: Mastergrad og minst to års praksis."
    assert admission(both)["admission_experience_years"] == 2
