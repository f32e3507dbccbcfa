"""Round 19, fields: a gathering's length before its campus, lectures followed in a place, an English
date with a comma before its year.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from domain import normalise, when
from tests.helpers import crawled_record as _record


# 1. Gatherings of a stated length held on a campus are gatherings, not daily campus teaching.
@pytest.mark.parametrize("sentence, codes", [
    ("Studiet har tre samlinger à to dager på campus Elverum.", ["samling"]),
    ("Studiet har tre samlinger à 1.5 dager på campus Elverum.", ["samling"]),
    ("The programme has four sessions of two days on campus.", ["samling"]),
    # traps: gatherings and weekly teaching on campus as well; campus teaching said alone
    ("Studiet har samlinger og ukentlig undervisning på campus Elverum.", ["campus", "samling"]),
    ("Undervisningen foregår på campus.", ["campus"]),
])
def test_gatherings_with_their_length_on_a_campus(sentence, codes):
    assert normalise.delivery(sentence) == codes


# 2. Lectures that can be followed in a place (bokmål, nynorsk) name that place, also beside the web.
@pytest.mark.parametrize("sentence", [
    "Forelesningene kan følges på nett eller i Volda.",
    "Forelesingane kan følgjast direkte på nett, eller i auditoriet i Volda.",
    "Forelesningene strømmes, og kan også følges i Volda.",
])
def test_lectures_followed_in_a_place_name_it(sentence):
    record = _record(f"<h1>Ledelse i helsetjenesten</h1><p>Emnet gir 15 studiepoeng.</p>"
                     f"<h2>Undervisning</h2><p>{sentence}</p>")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["1577"]      # Volda


def test_students_followed_up_in_a_place_is_no_teaching_there():
    record = _record("<h1>Ledelse i helsetjenesten</h1><p>Emnet gir 15 studiepoeng.</p>"
                     "<h2>Undervisning</h2><p>Undervisningen er på nett. Studentene følges opp av en veileder i Volda.</p>")
    assert record["locations"] == []


# 3. An English date with a comma before its year.
@pytest.mark.parametrize("raw, iso", [
    ("Apply by 18 August, 2021.", "2021-08-18"),
    ("Deadline: 1 March, 2026", "2026-03-01"),
    ("Søknadsfrist 15. april 2026", "2026-04-15"),
])
def test_a_day_and_month_with_a_comma_before_the_year(raw, iso):
    assert when.application_deadline(raw) == iso
