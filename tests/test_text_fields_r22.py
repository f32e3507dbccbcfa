"""Round 22, fields: campuses that are farms and schools, a length in school years, a study year that runs, a fee
not paid, a teaching form atop a directory's line of facts, an empty label before another field's heading, a
length told as following the teaching, a deadline's year in its label, a season alone in a strip of facts, a table
of contents, another course's code, teaching given digitally, a campus of one's own, a variant offered too, the
part-time staff of a service, an admission test's lines, a head of a kindergarten in post, a one-year programme in
English, mentoring programmes and the dates of a rule's decision.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record

_HEAD = "<h1>Lokal matkultur</h1><p>Utdanninga gir 120 studiepoeng.</p>"


# 1. Places of teaching that are farms or schools, and a short form of a town.
@pytest.mark.parametrize("name, nr", [("Hvam", "3228"), ("Hjeltnes", "4620"), ("Kr.sand", "4204")])
def test_campus_names_resolve(name, nr):
    from domain.places import resolve_place
    assert resolve_place(name)["kommune_nr"] == nr


def test_a_study_place_label_names_the_farm():
    record = _record("<h1>Planteproduksjon og driftsledelse</h1><p>Studiepoeng</p><p>60</p>"
                     "<p>Studiested</p><p>Hvam</p><p>Startsemester</p><p>2023 Høst</p>")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["3228"]


# 2. A length in school years: "over 3 skuleår" is six semesters.
@pytest.mark.parametrize("sentence, semesters", [
    ("Utdanninga blir teken som nettstudium på deltid over 3 skuleår.", 6),
    ("Kurset går over to skoleår.", 4),
    ("The programme runs over two school years.", 4),
    # trap: a school year that is no length
    ("Kurset passer for lærere på 1.-4. skoleår.", None),
])
def test_a_length_in_school_years(sentence, semesters):
    record = _record(f"{_HEAD}<p>{sentence}</p>")
    assert record["duration_semesters"] == semesters


# 3. A study year the study runs in starts in its autumn; a plan's study year is no start.
@pytest.mark.parametrize("sentence, term", [
    ("Studieåret 2022-23 går utdanninga som nettstudium.", "2022-host"),
    ("I studieåret 2025/2026 tilbys kurset på nett.", "2025-host"),
    ("In the academic year 2024-25 the course runs online.", "2024-host"),
    # traps: the plan of a study year, a past study year, a study year it does not run, one that ends
    ("Studieplan for studieåret 2022-2023.", None),
    ("Studieåret 2022-23 gikk utdanninga for siste gang.", None),
    ("I studieåret 2025-2026 går studiet ikke.", None),
    ("Studieåret 2022-23 går mot slutten.", None),
])
def test_a_study_year_that_runs(sentence, term):
    record = _record(f"{_HEAD}<p>{sentence}</p>")
    assert record["start_term"] == term


@pytest.mark.parametrize("text, term", [
    ("studieåret 2022-23", "2022-host"),
    ("skuleåret 2024/2025", "2024-host"),
    ("academic year 2025-2026", "2025-host"),
    # traps: two years without the word for a study year; a term stated beside its study year is the start
    ("2022-23", None),
    ("Våren 2026 (studieåret 2025-2026)", "2026-var"),
    ("Spring 2026 (academic year 2025-2026)", "2026-var"),
])
def test_the_term_of_a_study_year(text, term):
    from domain.when import start_term
    assert start_term(text) == term


# 4. A fee one does not pay: the study is free.
@pytest.mark.parametrize("text, price", [
    ("Denne utdanninga betaler du ikkje den studieavgifta som elles gjeld for nettbaserte utdanningar.", 0),
    ("Du betaler ikke kursavgift for dette kurset.", 0),
    ("Du skal ikke betale studieavgift.", 0),
    # traps: the semester fee not paid says nothing of the price; a fee paid; no share of board and lodging
    ("Du betaler ikke semesteravgift.", None),
    ("Deltakerne betaler ingen egenandel for kost og losji på samlingene.", None),
    ("Du betaler kursavgift på 3000 kr.", 3000),
])
def test_a_fee_not_paid_is_free(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


# 5. A directory's line of facts that opens with the teaching form.
@pytest.mark.parametrize("line, forms", [
    ("Klasserom\n1 år\nHeltid\nHøgskole", ["campus"]),
    ("Klasserom\nDeltid", ["campus"]),
    # traps: a classroom that is the topic, and a room's number
    ("Klasserom og ledelse er temaet for kurset.", []),
    ("Klasserom 214 i hovedbygget er åpent for studentene.", []),
])
def test_a_line_of_facts_opening_with_the_classroom(line, forms):
    record = _record(f"<h1>Årsstudium i diakoni</h1><p>{line}</p><p>Du får 60 studiepoeng.</p>")
    assert record["delivery"] == forms


# 6. A label left without its value before another field's heading gives no value.
def test_an_empty_label_before_another_heading():
    record = _record("<h1>Secondary Education Teacher Programme</h1><p>The programme gives 300 credits.</p>"
                     "<p>Language of instruction</p><p>Entry requirements</p>"
                     "<p>General admission. You need a grade of 3.0 or better in Norwegian, and the same in maths.</p>")
    assert record["teaching_language"] is None
    assert record["admission_education"] == "generell_studiekompetanse"


def test_a_label_with_a_short_value_that_is_a_label_keeps_it():
    # trap: a value that happens to be another field's label is still the value when no prose follows it
    record = _record("<h1>Ledelse</h1><p>Studiet gir 30 studiepoeng.</p><p>Undervisningsform</p><p>Samlinger</p>"
                     "<p>Studiested</p><p>Oslo</p>")
    assert record["delivery"] == ["samling"]


# 7. A length told as following the teaching for some years.
@pytest.mark.parametrize("sentence, semesters", [
    ("Studentene følger undervisningen på deltid i tre år.", 6),
    ("Du tar studiet over to år.", 4),
    # traps: following a lecture for an hour; a semester abroad
    ("Studentene følger undervisningen i to timer om dagen.", None),
    ("Studentene tar studiet i ett semester ved et partneruniversitet i utlandet.", None),
])
def test_a_length_told_as_following_the_teaching(sentence, semesters):
    record = _record(f"<h1>Master i psykososialt arbeid</h1><p>Masteren gir 120 studiepoeng.</p><p>{sentence}</p>")
    assert record["duration_semesters"] == semesters


# 8. A deadline's year in its label; a season alone in a strip of facts takes its year from that deadline.
def test_a_deadline_year_in_the_label_and_a_season_in_the_strip():
    record = _record("<h1>Bachelor i pedagogikk</h1><ul><li>Bergen (Sandviken)</li><li>Bachelor studium</li>"
                     "<li>180 studiepoeng</li><li>Høst</li></ul><p>Søknadsfrist 2022: 20. april kl. 14</p>")
    assert record["application_deadline"] == "2022-04-20"
    assert record["start_term"] == "2022-host"
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["4601"]


@pytest.mark.parametrize("label, date, deadline", [
    ("Søknadsfrist 2022", "20. april", "2022-04-20"),
    # trap: a label's year of the start, not of the deadline (a spring start's deadline in October is the year before)
    ("Søknadsfrist for oppstart våren 2023", "15. oktober", "2022-10-15"),
])
def test_the_year_of_a_deadline_label(label, date, deadline):
    record = _record(f"<h1>Bachelor i pedagogikk</h1><p>Studiet gir 180 studiepoeng.</p><p>{label}: {date}</p>")
    assert record["application_deadline"] == deadline


def test_a_plans_semesters_are_no_strip():
    # trap: a plan's semester with its course is no strip of facts
    record = _record("<h1>Bachelor i pedagogikk</h1><p>Studiet gir 180 studiepoeng.</p>"
                     "<ul><li>Høst</li><li>PED101 Pedagogikk 30 studiepoeng</li><li>Lånekassen</li></ul>")
    assert record["start_term"] is None


def test_a_menu_of_seasons_is_no_strip():
    # trap: a menu's seasons are no strip of facts (one course fact only)
    record = _record("<h1>Bachelor i pedagogikk</h1><p>Studiet gir 180 studiepoeng.</p>"
                     "<ul><li>Vår</li><li>Høst</li><li>Om oss</li></ul>")
    assert record["start_term"] is None


# 9. A table of contents run into one line says nothing.
def test_a_table_of_contents_is_no_fact():
    record = _record("<h1>Studieplan for videreutdanning i rehabilitering</h1>"
                     "<p>Videreutdanningen gir 30 studiepoeng.</p>"
                     "<p>2 Innhold 1 Bakgrunn Mål for studiet Organisering E-læring Samlinger Vurdering</p>")
    assert record["delivery"] == []


@pytest.mark.parametrize("text, contents", [
    ("2 Innhold 1 Bakgrunn Rammebetingelser Verdier og kunnskaper i feltet Mål for studiet", True),
    ("Contents 1 Introduction Aims of the programme Learning outcomes Organisation", True),
    ("Innholdsfortegnelse 1.1 Bakgrunn Mål for studiet Organisering Læringsutbytte", True),
    # traps: the content of a course, with numbers, in a sentence
    ("Innhold 2 samlinger à 3 dager", False),
    ("Innhold 4 Moduler: ledelse, etikk, økonomi og kommunikasjon.", False),
])
def test_what_is_a_table_of_contents(text, contents):
    from crawler.prose import is_contents
    assert is_contents(text) is contents


# 10. Another course's code with the same name is another course.
def test_another_code_of_the_same_name_is_another_course():
    record = _record("<h1>GEO-2004 Petrologi - 10 stp</h1><p>Vår 2020</p>"
                     "<p>Studiepoengreduksjon</p><p>GEO-105 Petrologi 6 stp</p>"
                     "<p>Undervisnings- og eksamensspråk</p><p>Norsk.</p>")
    assert record["credits_max"] == 10
    assert record["teaching_language"] == "no"


@pytest.mark.parametrize("line, title, other", [
    ("GEO-105 Petrologi 6 stp", "Petrologi (GEO-2004)", True),
    ("GEO-200 Petrologi 6 stp", "GEO-2004 Petrologi", True),
    # trap: the page's own code
    ("GEO-2004 Petrologi 10 stp", "GEO-2004 Petrologi", False),
])
def test_course_codes_compared_whole(line, title, other):
    from crawler.prose import _other_course
    assert _other_course(line, title) is other


def test_the_own_code_keeps_its_credits():
    # trap: the page's own code on a line of its own is its credits
    record = _record("<h1>GEO-2004 Petrologi</h1><p>GEO-2004 Petrologi 10 stp</p>"
                     "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p><h2>Undervisningsspråk</h2><p>Norsk</p>")
    assert record["credits_max"] == 10


# 11. Teaching given digitally is online; another course offered digitally is not.
@pytest.mark.parametrize("sentence, forms", [
    ("Videreutdanningen gis helt digitalt for flere profesjoner sammen.", ["nett"]),
    ("Undervisninga vert gjeven heilt digitalt.", ["nett"]),
    # traps: another course named as offered digitally; guidance given digitally beside gatherings
    ("Det blir tre samlinger i perioden. Kurs i møteledelse tilbys digitalt 5.12.", ["samling"]),
    ("Det er fire samlinger på campus. Veiledning gis også digitalt ved behov.", ["samling"]),
])
def test_teaching_given_digitally(sentence, forms):
    record = _record(f"<h1>Videreutdanning epilepsi</h1><p>Studiet gir 30 studiepoeng.</p><p>{sentence}</p>")
    assert record["delivery"] == forms


# 12. One's own campus is campus teaching; campuses counted are places.
@pytest.mark.parametrize("text, forms", [
    ("The programme is full-time, and teaching takes place on our campus in Oslo.", ["campus"]),
    # traps: campuses in the plural, and a visit
    ("The programme runs at all our campuses.", []),
    ("Teaching is at our campuses in Oslo and Bergen.", []),
    ("Teaching is online. Please book a tour of our campus in Oslo.", ["nett"]),
])
def test_our_campus(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 13. A variant offered too is no pace of this study; the part-time staff of a service are no pace either.
@pytest.mark.parametrize("line, part_time", [
    ("Master | Heltid | 2 år<br>Tilbys også som deltid", False),
    ("Studiet går på deltid.", True),
    ("Utdanningen er organisert med deltid over fire år og samlinger på campus.", True),
])
def test_a_variant_offered_too(line, part_time):
    record = _record(f"<h1>Master i sosialt arbeid</h1><p>Studiet gir 120 studiepoeng.</p><p>{line}</p>")
    assert record["part_time"] is part_time


@pytest.mark.parametrize("sentence", [
    "I deltidsorganiserte brann- og redningsvesen skal brannkonstablene ha et grunnkurs.",
    "Kurset er for deltidspersonell i brannvesenet.",
])
def test_part_time_staff_are_no_pace(sentence):
    record = _record(f"<h1>Grunnkurs</h1><p>Kurset gir ingen studiepoeng.</p><p>{sentence}</p>")
    assert record["part_time"] is None


# 14. The lines under an admission test's heading tell of the test, up to the next heading or the study.
def test_an_admission_tests_lines_are_no_teaching():
    record = _record("<h1>Dans - bachelor</h1><p>Studiepoeng</p><p>180</p><p>Opptaksprøver 2023</p>"
                     "<p>Opptaket skjer i to runder, og i begge vurderes søkerne.</p><p>Runde 1 - video</p>"
                     "<p>Innen 15. januar sender hver søker inn en video.</p><p>Runde 2 - uke 10</p>"
                     "<p>Kommer du videre, blir du kalt inn til en fysisk prøve på campus.</p>"
                     "<h2>Om studiet</h2><p>Studiet varer tre år.</p>")
    assert record["delivery"] == []


def test_teaching_after_the_test_is_read():
    # trap: a sentence about the teaching, not the test, ends the test's part
    record = _record("<h1>Dans - bachelor</h1><p>Studiepoeng</p><p>180</p><p>Opptaksprøve</p><p>Runde 1 - video</p>"
                     "<p>Forelesningene foregår på campus i Stavanger fire dager i uka.</p>")
    assert record["delivery"] == ["campus"]


def test_the_study_after_the_test_is_read():
    # trap: a line that names the study ends the test's part
    record = _record("<h1>Dans - bachelor</h1><p>Studiepoeng</p><p>180</p><p>Opptaksprøver 2023</p>"
                     "<p>Runde 1 - video</p><p>Studiet har undervisning på campus hver dag.</p>")
    assert record["delivery"] == ["campus"]


# 15. A head of a kindergarten or school in post is admitted by position.
@pytest.mark.parametrize("text, level", [
    ("Søkeren må ha en godkjent utdanning og være ansatt i en stilling som styrer eller assisterende styrer.", "other"),
    ("Du må vere tilsett som rektor.", "other"),
    ("Applicants must be employed as a principal or assistant principal.", "other"),
    ("Du må være ansatt som barnehagestyrer.", "other"),
    # trap: a degree asked beside the post is the degree
    ("Søkeren må ha bachelorgrad og være ansatt som styrer.", "bachelor"),
])
def test_a_head_in_post(text, level):
    from domain.normalise import admission
    assert admission(text)["admission_education"] == level


# 16. A one-year programme named in English in the title's parts.
@pytest.mark.parametrize("title, kind", [
    ("Norwegian for foreign students, I - III - one year programme", "one_year"),
    ("Norwegian, one-year programme", "one_year"),
    # trap: a one-year course is no title part of a programme
    ("Norwegian course for one year", "single_course"),
])
def test_a_one_year_programme_in_english(title, kind):
    from domain.normalise import level_and_kind
    assert level_and_kind("", title, "", 60)[1] == kind


# 17. A mentoring programme is an offer without credits.
@pytest.mark.parametrize("title, kind", [
    ("Mentor programme", "non_credit"),
    ("Mentoring programme for female postdocs", "non_credit"),
    ("Mentorprogrammet for nye ledere", "non_credit"),
    # trap: a master that names mentoring
    ("Master i veiledning og mentoring", "degree"),
])
def test_a_mentoring_programme(title, kind):
    from domain.normalise import level_and_kind
    assert level_and_kind("", title, "", None)[1] == kind


# 18. The dates of a rule's decision are no start.
@pytest.mark.parametrize("sentence, term", [
    ("Dekanen vedtok de utfyllende reglene for opptak til masterstudiet 28. mars 2007.", None),
    ("Planen ble godkjent av fakultetsstyret 12. mars 2024.", None),
    # traps: an intake told without a decision, or after the decision's clause
    ("Neste opptak er 1. august 2025.", "2025-host"),
    ("Planen er vedtatt av studieutvalget, og opptak skjer 1. august 2025.", "2025-host"),
    ("Studiet, som er vedtatt av høgskolestyret, starter høsten 2025.", "2025-host"),
])
def test_a_decisions_date_is_no_start(sentence, term):
    record = _record(f"<h1>Master i sosialfag</h1><p>Masteren gir 120 studiepoeng.</p><p>{sentence}</p>")
    assert record["start_term"] == term
