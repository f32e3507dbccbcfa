"""Round 24, fields: a study fee of nothing beside small fees, a course title after its number, and credits an
applicant's degree must contain ("no fewer than").

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record


# 1. A study fee of nothing is free, whatever small fees stand beside it.
@pytest.mark.parametrize("text, price", [
    ("Semesteravgift NOK 550; Kopiavgift/studentråd NOK 320; Studieavgift NOK 0; Administrasjonsgebyr NOK 39", 0),
    ("Studieavgift: kr 0. Administrasjonsgebyr: kr 39.", 0),
    # traps: a study fee named beside the small fees, a plain price, and a fee that is the only cost
    ("Hver deltaker betaler et administrasjonsgebyr på 250 kroner.", 250),
    ("Semesteravgift NOK 690; Kopiavgift NOK 320; Studieavgift NOK 10900; Administrasjonsgebyr NOK 39", 10900),
    ("Kurset koster 4 500 kr.", 4500),
])
def test_a_study_fee_of_nothing(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


# 2. A course title after its number in a catalogue: "426 Motorsagkurs".
@pytest.mark.parametrize("title, kind", [
    ("426 Motorsagkurs", "non_credit"),
    ("12 Kurs i førstehjelp", "non_credit"),
    # traps: a year before a master, and a number inside the title
    ("2024 Master i ledelse", None),
    ("Ledelse 2 kurs", None),
])
def test_a_course_title_after_its_number(title, kind):
    from domain.normalise import level_and_kind
    assert level_and_kind("", title, "", None)[1] == kind


# 3. Credits an applicant's degree must contain are no credits of the study.
@pytest.mark.parametrize("sentence, credits", [
    ("Your Bachelor´s degree has to contain no fewer than 80 ECTS credits in English.", None),
    ("The degree must include not less than 60 ECTS credits in literature.", None),
    # trap: the programme's own credits
    ("The programme gives 120 ECTS credits.", 120),
])
def test_credits_a_degree_must_contain(sentence, credits):
    record = _record("<h1>Master in Literacy Studies</h1><p>Master's programme.</p>"
                     f"<p>{sentence}</p><h2>Admission</h2><p>A bachelor's degree.</p>")
    assert record["credits_max"] == credits
