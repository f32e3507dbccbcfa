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
    ("Prisen er kr 0,-", 0),
    # traps: a study fee named beside the small fees, a plain price, a fee that is the only cost, a zero for some,
    # a zero of another thing, and a range from zero
    ("Hver deltaker betaler et administrasjonsgebyr på 250 kroner.", 250),
    ("Studieavgift: kr 0 for EU-studenter, kr 150 000 for andre.", 150000),
    ("Tuition fee: NOK 0 (EU/EEA), NOK 160 000 (non-EU/EEA).", 160000),
    ("Pris for kursbevis: kr 0. Kursavgift: kr 5 000.", 5000),
    ("Studieavgift: fra kr 0 til kr 20 000 avhengig av statsborgerskap.", 20000),
    ("Studieavgift kr 0 – 20 000", None),
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
    # traps: a year before a master, a count of courses, and a number inside the title
    ("2024 Master i ledelse", "degree"),
    ("3 kurs i ledelse", None),
    ("Ledelse 2 kurs", None),
])
def test_a_course_title_after_its_number(title, kind):
    from domain.normalise import level_and_kind
    assert level_and_kind("", title, "", None)[1] == kind


# 3. Credits an applicant's degree must contain are no credits of the study.
@pytest.mark.parametrize("sentence, credits", [
    ("Your Bachelor´s degree has to contain 80 ECTS credits in English.", None),
    ("Applicants must have no fewer than 60 ECTS credits in English.", None),
    ("Applicants must have no less than 60 ECTS credits in English.", None),
    # traps: the programme's own credits, also said with "no fewer than"
    ("The programme gives 120 ECTS credits.", 120),
    ("The programme consists of no fewer than 120 ECTS credits.", 120),
])
def test_credits_a_degree_must_contain(sentence, credits):
    record = _record("<h1>Master in Literacy Studies</h1><p>Master's programme.</p>"
                     f"<p>{sentence}</p><h2>Admission</h2><p>A bachelor's degree.</p>")
    assert record["credits_max"] == credits
