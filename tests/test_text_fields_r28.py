"""Round 28, fields: teaching forms that are no teaching (a recording sent with the application, a rate per evening,
one evening now and then), the language named before the teaching, a start said with its term first or by its
study year, a dated schedule line with clock times, admission (two lengths of one education, the English name of
general admission, general admission as a measure or as prior learning's route, a trade education, a degree a later
study asks for, general admission alone on its line, years in one's profession), credits given as two alternatives
and a season with how often the study starts.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record
from tests.helpers import page_lines as _page_lines


# 1. Delivery: what names no way of teaching.
@pytest.mark.parametrize("text, forms", [
    ("Undervisningen er på campus. Et videoopptak må være sendt inn senest 22. mai.", ["campus"]),
    ("Teaching is on campus. A video recording must be submitted with the application.", ["campus"]),
    ("Videomøte (Teams). Blir dagen lang, betaler vi 200 kr pr. kveld i kompensasjon.", ["video"]),
    ("Undervisningen er på campus, og av og til en søndag kveld.", ["campus"]),
    # traps: recorded lectures, weekly evenings, evening classes
    ("Forelesningene blir lagt ut som videoopptak.", ["video"]),
    ("Undervisning mandag kveld.", ["kveld"]),
    ("Kurset går som kveldsundervisning.", ["kveld"]),
])
def test_what_names_no_teaching_form(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 2. Teaching language: the language named first.
@pytest.mark.parametrize("text, language", [
    ("English is the teaching language.", "English"),
    ("Norsk er undervisningsspråket.", "Norsk"),
    # traps: a language said to be useful, and the teaching named first as before
    ("English is a useful language for every student.", None),
    ("English is the language of teaching only in the International Master's programmes.", None),
    ("Undervisningen er på engelsk, og norsk er undervisningsspråket på eksamen.", "engelsk"),
])
def test_the_language_named_before_the_teaching(text, language):
    from crawler import prose
    said = prose.teaching_language(_page_lines(f"<h1>Engelsk</h1><p>{text}</p>"))
    assert (said.raw if said else None) == language


# 3. Start: the term first, the study year's start, a dated line with clock times.
@pytest.mark.parametrize("text, term", [
    ("Fra høsten 2022 starter NLA Høgskolen en videreutdanning i kirkemusikk.", "høsten 2022"),
    ("Hausten 2025 startar eit nytt kull.", "Hausten 2025"),
    ("Det er plass til 450 skoleledere når studieåret 2023-2024 starter.", "studieåret 2023-2024"),
    # traps: a start told in the past, a new offer beside the page's, a denial, a plan's study year
    ("Høsten 2022 startet det første kullet.", None),
    ("Hausten 2023 startar eit nytt grunnskuletilbod.", None),
    ("I studieåret 2024-2025 starter ikke studiet.", None),
    ("Studieplan for studieåret 2022-2023.", None),
])
def test_a_start_said_with_its_term_first(text, term):
    from crawler import prose
    said = prose.start(_page_lines(f"<h1>Kurs</h1><p>{text}</p>"))
    assert (said.raw if said else None) == term


@pytest.mark.parametrize("line, term", [
    ("10. juni 2021, Kl. 08.00 - 11. juni 2021, 15.00", "2021-var"),
    ("12. mars 2024 kl. 10.00-15.00", "2024-var"),
])
def test_a_dated_line_with_clock_times_under_the_title_is_the_start(line, term):
    record = _record(f"<h1>Kurs i arbeidstid</h1><p>{line}</p><h2>Målgruppe</h2><p>Tillitsvalgte i klubbene.</p>"
                     "<h2>Pris</h2><p>Kurset er gratis for medlemmer.</p><p>Sted: Videomøte (Teams)</p>"
                     "<p>Kurset gir ikke studiepoeng.</p>")
    assert record["start_term"] == term


def test_a_date_and_time_of_a_deadline_is_no_schedule_line():
    from crawler.prose import _DATE_LINE
    assert _DATE_LINE.match("12. mars 2024 - 2025") is None         # (a date and a year after it, no clock)


# 4. Admission.
@pytest.mark.parametrize("text, education, years", [
    ("Minst ett år med relevant arbeid etter endt utdanning kreves, i tillegg til en to- eller treårig "
     "høgskoleutdanning (eller tilsvarende).", "other", 1),
    ("A place requires the general entrance qualification for Norwegian colleges.", "generell_studiekompetanse", None),
    ("Du må ha en godkjent lærerutdanning. Har du bakgrunn fra utlandet, må du dokumentere norsk og engelsk på nivå "
     "med kravet til generell studiekompetanse.", "bachelor", None),
    ("Minst ett år med relevant arbeid og en treårig høgskoleutdanning. Ved realkompetanse kreves generell "
     "studiekompetanse eller realkompetanse, og dessuten minst tre år med arbeid og studier.", "bachelor", 1),
    ("Krav er ei fullført utdanning som agronom, gartnar eller skogsoperatør.", "other", None),
    ("Mange steder må du ha en bachelorgrad med engelsk som fordypning for å kunne søke opptak til et masterstudium.",
     None, None),
    ("Det kreves en fullført bachelor i sykepleie, autorisasjon som sykepleier og minst ett år i sykepleieryrket "
     "etter autorisasjonen.", "bachelor", 1),
    # traps: general admission as the requirement, a bachelor that is this study's requirement, a three-year
    # education alone
    ("Generell studiekompetanse eller realkompetanse.", "generell_studiekompetanse", None),
    ("Du må ha en bachelorgrad i engelsk for å bli tatt opp.", "bachelor", None),
    ("Opptakskravet er en treårig høgskoleutdanning.", "bachelor", None),
])
def test_admission_rules(text, education, years):
    from domain.normalise import admission
    found = admission(text)
    assert (found["admission_education"], found["admission_experience_years"]) == (education, years)


def test_general_admission_alone_on_its_line_is_the_requirement():
    from crawler import prose
    lines = _page_lines("<h1>KRLE</h1><p>Studiet passer for lærere.</p><p>Generell studiekompetanse.</p>")
    assert prose.admission(lines).raw == "Generell studiekompetanse."
    # traps: the line is the whole requirement, not a sentence that goes on; no line, no requirement
    assert prose._GENERAL_LINE.match("Generell studiekompetanse gir ikke opptak til dette studiet alene.") is None
    assert prose.admission(_page_lines("<h1>KRLE</h1><p>Studiet passer for lærere.</p>")) is None


# 5. Credits: two alternatives, the larger first.
@pytest.mark.parametrize("raw, credits", [
    ("120 / 90", (90.0, 120.0)),
    ("60 eller 30", (30.0, 60.0)),
    # traps: a range the wrong way round stays unread, the smaller first as before
    ("30 - 15", (None, None)),
    ("90/120", (90.0, 120.0)),
])
def test_credits_given_as_two_alternatives(raw, credits):
    from domain.normalise import credits as read
    assert read(raw) == credits


# 6. A season with how often the study starts takes its year from the deadline.
@pytest.mark.parametrize("raw, term", [
    ("August hvert andre år", "2024-host"),
    ("Haust kvart år", "2024-host"),
    # trap: a season with something else after it is not a bare season
    ("August, med samlinger på campus", None),
])
def test_a_season_and_how_often(raw, term):
    from domain.when import season_after_deadline
    assert season_after_deadline(raw, None, "2024-02-05") == term
