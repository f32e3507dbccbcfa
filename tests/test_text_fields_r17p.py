"""Round 17, fields: duration, price, places and start term stated in ways earlier rules missed.

Each test fails without its rule and shows the traps the rule must not fall into."""

from __future__ import annotations

import pytest

from domain import normalise
from tests.helpers import crawled_record as _record

_LEADER_COURSE = "<h1>Videreutdanning i ledelse</h1><p>Studiet gir 30 studiepoeng og går på samlinger.</p>"


# 1. A length said as years of study, or beside the study's kind or credits in a fact line.
@pytest.mark.parametrize("sentence, semesters", [
    ("Dette er en grunnutdanning lagt opp til tre års studier på heltid.", 6),
    ("Programmet er et to års heltidsstudium.", 4),
    ("Worth 120 ECTS credits, or two years of full-time study, the programme has two specialisations.", 4),
    ("The programme is one year of part-time study.", 2),
    ("Master's degree programme, 2 years", 4),
    ("Masterprogram, 2 år", 4),
    ("15 studiepoeng, 1 år", 2),
    # traps: a requirement, a point in the study, a part's length, experience after a credit figure
    ("Du må ha minst tre års studier innen helsefag.", None),
    ("Søkere med to års studier fra høgskole kan søke.", None),
    ("Etter tre års studier får du en bachelorgrad.", None),
    ("After three years of study, students may leave with a bachelor's degree.", None),
    ("Each module: 15 credits, one semester", None),
    ("Bachelorgrad, 180 studiepoeng, 2 år relevant praksis", None),
    ("Students who have two years of study from a Norwegian college are admitted.", None),
])
def test_a_length_as_years_of_study_or_beside_the_kind(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html)["duration_semesters"] == semesters


# 2. The ",-" of an amount ends its sentence before a capitalised word: the semester fee after it is on top.
@pytest.mark.parametrize("text, price", [
    ("37.000,- Semesteravgift kommer i tillegg.", 37000),
    ("Pris: 12 000,- Semesteravgift: 600,-", 12000),
    ("kr 25 000,- Kursmateriell er inkludert.", 25000),
    # traps: the amount that is the semester fee, lower case or after the price
    ("kr 600,- semesteravgift", None),
    ("I tillegg kommer 600,- semesteravgift.", None),
    ("Kurset koster 5000,-. Semesteravgift 600,-", 5000),
    ("Semesteravgift: 650,- Studieavgift: 8600,-", 8600),
])
def test_an_amount_ending_in_a_dash_ends_its_sentence(text, price):
    assert normalise.price_nok(text) == price


def test_a_fee_line_with_the_semester_fee_on_top_is_the_price():
    html = (f"{_LEADER_COURSE}<p>Kostnader</p><p>37.000,- Semesteravgift kommer i tillegg.</p>")
    assert _record(html)["price_nok"] == 37000
