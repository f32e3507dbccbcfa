"""Normalisation gaps a black-box review found in the bundled catalogue_current.csv.

Credits: a module's own credits said beside the credits of the whole master it belongs to
("20 studiepoeng (modul); 90 studiepoeng hele masteren") are the module's, not a conflict
(domain.normalise.credits).

Duration (`domain.when.duration_semesters`): a value that only lists two or more terms ("Høst + vår",
"2023 Høst, 2024 Vår") lasts one semester per term; "seks måneder" is one semester. "ca. 13 måneder"
(no whole number of semesters) and "3-4 år" (a range) stay no length, as before.
The teaching language "Norsk/Engelsk" is, like "Norsk og engelsk", no single language: the
field's values are "no", "en" or None, so it stays None until the record gets a value for both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from domain import normalise as n
from domain import when
from domain.seed import read_seed, seed_records

CURRENT = Path(__file__).resolve().parents[1] / "catalogue_current.csv"
NONE2 = (None, None)


# -- credits: a module beside the whole master it belongs to -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("20 studiepoeng (modul); 90 studiepoeng hele masteren", (20.0, 20.0)),        # the review's row
    ("15 studiepoeng (emne); 120 studiepoeng for hele masterprogrammet", (15.0, 15.0)),
    ("10 ECTS (module); 90 ECTS for the whole master's programme", (10.0, 10.0)),
    ("90 studiepoeng hele masteren; 20 studiepoeng (modul)", (20.0, 20.0)),        # either order
])
def test_a_module_s_own_credits_beside_the_whole_master_are_the_module_s(text, expected):
    assert n.credits(text) == expected


@pytest.mark.parametrize("text", [
    # a master's page: the part is per semester, the whole is the offer's; still refused, never the part
    "30 studiepoeng per semester; 120 studiepoeng hele masteren",
    # two values, neither marked as the offer's own part: still a conflict
    "20 studiepoeng; 90 studiepoeng hele masteren",
    "20 studiepoeng (modul); 90 studiepoeng",
    # two parts marked as the offer's: which one is unknown
    "20 studiepoeng (modul); 10 studiepoeng (emne); 90 studiepoeng hele masteren",
])
def test_other_conflicts_stay_refused(text):
    assert n.credits(text) == NONE2


def test_the_review_row_keeps_its_credits_in_the_built_record():
    records = {r["id"]: r for r in seed_records(read_seed(CURRENT))}
    row = records["uib-rettslig-politisk-og-okonomisk-handlingsrom-for-kommunale-ledere"]
    assert (row["credits_min"], row["credits_max"]) == (20.0, 20.0)


# -- duration (domain/when.py): a list of terms counts its terms; six months in words is one semester -------------

@pytest.mark.parametrize("text, expected", [
    ("Høst + vår", 2),
    ("2023 Høst, 2024 Vår", 2),
    ("høst og vår", 2),
    ("seks måneder", 1),
    ("Høst 2025", None),                # one term: a start, not a length
    ("høst 2025 - vår 2027", None),     # a span is not a list
])
def test_review_durations(text, expected):
    assert when.duration_semesters(text) == expected


def test_months_that_are_no_whole_semester_and_ranges_stay_no_length():
    # the module's tested conventions (tests/test_normalise.py, tests/test_text_credits.py): months that are no whole
    # semester are None ("ca. 13 måneder", "19 måneder"), and so is a range ("2-3 år"), so "3-4 år" too
    assert when.duration_semesters("ca. 13 måneder") is None
    assert when.duration_semesters("3-4 år") is None
    assert when.duration_semesters("3-4 år; deltid over fire år") is None


# -- teaching language: two languages are no one value --------------------------------------------------------------

@pytest.mark.parametrize("text", ["Norsk/Engelsk", "Norsk og engelsk", "English/Norwegian"])
def test_two_languages_read_alike(text):
    assert n.teaching_language(text) is None
