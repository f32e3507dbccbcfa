"""Credits and duration read from a course page's text (round 13): how pages state the offer's
own credits and length, and the traps of a part's credits and of another study's length."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from domain import when
from domain.records import build_record


def _record(html: str, url: str = "https://x.test/studier/ledelse"):
    result = extract(html, url)
    assert result.is_course, result.reason
    return build_record({**result.offer, "id": "x"}, source="crawl", campus_fallback=False)


_HEAD = "<h1>Videreutdanning i helseledelse</h1><p>Studiepoeng</p><p>30 studiepoeng</p>"


# --- duration -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, semesters", [
    ("24 måneder på deltid", 4),
    ("over 12 months", 2),
    ("18 mnd", 3),
    ("3 måneder", None),                 # no whole semester
    ("1 1/2 år", 3),
    ("1½ år", 3),
])
def test_a_length_in_months_or_as_one_and_a_half_years(raw, semesters):
    assert when.duration_semesters(raw) == semesters


@pytest.mark.parametrize("sentence, semesters", [
    ("Det tek fire år å fullføre studiet på deltid.", 8),                          # nynorsk 'tek'
    ("Studietilboda varer alle i tre semester og gir 30 studiepoeng.", 3),          # a word between
    ("Studiet varer 1 1/2 år og er knytt til arbeidet.", 3),
    ("The module runs part-time over 12 months and gives 30 credits.", 2),
    ("Du studerer på deltid i ett år, og utdanningen gir 30 studiepoeng.", 2),
    ("In length, the programme matches four semesters of study.", 4),
    ("Two courses make up the Health Leadership One Year Programme.", 2),
    ("After the year-long course, students can work in the services.", 2),
    ("Velkommen til den 4-årige nett- og samlingsbaserte bachelorutdanningen.", 8),
])
def test_ways_a_page_states_the_length(sentence, semesters):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] == semesters


@pytest.mark.parametrize("sentence", [
    # trap: a length in months that is no whole semester
    "Studiet varer 19 måneder med samlinger.",
    # traps: the length of a degree someone has, not of the offer
    "Jobber du i skolen og har en treårig pedagogisk utdanning?",
    "Treårig helse- eller sosialfaglig utdanning eller realkompetanse på tilsvarende nivå.",
    "Eksamen fra det 1-årige studiet i norsk, bestått.",
    "The course is for students admitted to a 5-year integrated Master's programme.",
])
def test_a_length_that_is_not_the_offer_s(sentence):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] is None


def test_the_number_of_semesters_label():
    html = "<h1>Psykisk helsearbeid</h1><dl><dt>Studiepoeng</dt><dd>60</dd><dt>Antall semester</dt><dd>4</dd></dl>"
    assert _record(html)["duration_semesters"] == 4


def test_a_length_deep_in_a_kind_section_is_not_the_duration():
    """The kind's section text may hold a length far from its start (a rule for old plans: exams
    'i to år etter'); only the value's start is read as a length ("Course type: Three semesters")."""
    html = ("<h1>Bachelor i pedagogikk</h1><p>Studiepoeng</p><p>180</p><h2>Grad</h2><p>Bachelor</p>"
            "<p>Når en emneplan blir revidert, kan studenter som begynte etter den gamle planen, ta eksamen "
            "etter den i to år etter endringen.</p>")
    assert _record(html)["duration_semesters"] is None
    html = ("<h1>MAN 5133 National Management training</h1><h2>Course type:</h2><p>Three semesters</p>"
            "<p>The programme is for heads of kindergartens who want to take the national education for "
            "kindergarten administrators at master level.</p><p>Credits</p><p>30 ECTS</p>")
    assert _record(html)["duration_semesters"] == 3
