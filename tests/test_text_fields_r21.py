"""Round 21, fields: a label for one campus, a heading that asks for years of work, a study's tracks taught in
towns, a degree's tagline naming its towns, attendance at the study place, the exam's fee, a start in spring
with its year from the deadline, a degree's length in its tagline, a course held in a language.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler.facts import label_keys
from tests.helpers import crawled_record as _record

_HEAD = "<h1>Vernepleie</h1><p>Bachelor i vernepleie, 180 studiepoeng, deltid over fire år.</p>"


# 1. A label followed by one campus's name, as pages with a tab per campus write it, is the label.
@pytest.mark.parametrize("label, keys", [
    ("Opptakskrav Bergen", ("admission",)),
    ("Studieavgift Sandvika", ("price",)),
    ("Søknadsfrist Tromsø", ("deadline",)),
    # traps: a word that is no place, a place label (its value is the place) and a place unknown
    ("Opptakskrav generelt", None),
    ("Studiested Bergen", None),
    ("Opptakskrav Xyzzyby", None),
])
def test_a_label_for_one_campus(label, keys):
    assert label_keys(label) == keys


def test_admission_under_a_campus_heading_is_read():
    record = _record(_HEAD + "<h3>Opptakskrav Bergen</h3><p>Generell studiekompetanse.</p>"
                     "<p>Er du over 25 år, kan du søke på grunnlag av realkompetanse.</p>")
    assert record["admission_education"] == "generell_studiekompetanse"


# 2. A heading that asks for work experience is admission: its years count and its words on part-time work are
# no pace of the study.
@pytest.mark.parametrize("heading", ["Krav om relevant yrkeserfaring", "Krav om arbeidserfaring", "Krav til praksis"])
def test_a_heading_asking_for_experience_is_admission(heading):
    record = _record("<h1>Desentralisert sykepleie</h1><p>Bachelor i sykepleie, 180 studiepoeng.</p>"
                     "<h2>Opptakskrav</h2><p>Generell studiekompetanse og minst 3 i snitt i norsk.</p>"
                     f"<h2>{heading}</h2><p>Du må kunne vise til minst to års relevant erfaring fra helsefaglig "
                     "arbeid.</p><p>Arbeid på deltid regnes om til heltid.</p>")
    assert record["admission_experience_years"] == 2
    assert record["part_time"] is None


# 3. A study's track given in a town: "Toårsløpet gis i Bergen, ettårsløpet i Oslo og Bergen".
def test_tracks_given_in_towns_are_places():
    record = _record("<h1>Master i regnskap og revisjon</h1><p>Programmet gir 120 studiepoeng.</p>"
                     "<p>Programmet kan tas på to år eller på ett. Toårsløpet gis i Bergen, ettårsløpet i Oslo og "
                     "Bergen.</p>")
    assert sorted(loc["kommune_nr"] for loc in record["locations"]) == ["0301", "4601"]     # Oslo, Bergen


@pytest.mark.parametrize("sentence", [
    # traps: "i løpet av" (during), the course of an illness, and a town that is only where people work
    "I løpet av studiet i Bergen møter du mange.",
    "Sykdomsforløpet er i Bergen beskrevet grundig.",
])
def test_no_track_no_place(sentence):
    record = _record("<h1>Master i regnskap og revisjon</h1><p>Programmet gir 120 studiepoeng.</p>"
                     f"<p>{sentence}</p>")
    assert record["locations"] == []


# 4. A degree's tagline that names its towns: "Bachelorgrad i Bodø og Levanger".
@pytest.mark.parametrize("tagline, nrs", [
    ("Bachelorgrad i Bodø og Levanger", ["1804", "5037"]),
    ("Årsstudium i Tromsø", ["5501"]),
    # traps: a subject, and a subject beside a town
    ("Bachelorgrad i sykepleie", []),
    ("Bachelorgrad i Bodø og sykepleie", []),
])
def test_a_tagline_naming_towns(tagline, nrs):
    record = _record(f"<h1>Sosialt arbeid</h1><p>{tagline}</p><p>Studiet gir 180 studiepoeng.</p>")
    assert sorted(loc["kommune_nr"] for loc in record["locations"]) == nrs


# 5. The student present at the study place is teaching on campus.
@pytest.mark.parametrize("sentence, forms", [
    ("Du er på skolen på dagtid i to uker, og mellom de to ukene løser du oppgaver på nett.", ["campus", "nett"]),
    ("Deltidsvarianten passer for deg som vil bli boende der du er og heller være på studiestedet to av ukens dager.",
     ["campus"]),
    # traps: one's own school, and teachers at school
    ("Kurset passer for lærere: du er på skolen din og prøver ut det du lærer.", []),
    ("Studiet er for lærere som er på skolen hver dag.", []),
])
def test_present_at_the_study_place_is_campus(sentence, forms):
    record = _record(f"<h1>Nasjonale fag</h1><p>Studiet gir 30 studiepoeng.</p><p>{sentence}</p>"
                     "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>")
    assert record["delivery"] == forms


# 6. The exam's own fee is no price; the study fee with the exam in it is.
@pytest.mark.parametrize("text, price", [
    ("Eksamen koster 300 kroner i gebyr, som betales ved påmelding.", None),
    ("Vil du ta eksamen i begge retningene i modul 2, koster den ekstra eksamenen kr. 1 500.", None),
    ("The exam costs NOK 500.", None),
    # traps: the fee with the exam included, and the study's price before the exam's
    ("Kursavgift inkludert eksamen: kr 5000", 5000),
    ("Pris for kurs og eksamen: 4000 kr", 4000),
    ("Studiet koster 30 000 kroner. Eksamen koster 500 kroner.", 30000),
])
def test_the_exams_fee_is_no_price(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


def test_a_price_after_the_exams_fee_is_read():
    record = _record("<h1>Jegerprøven</h1><p>Kurset gir ingen studiepoeng.</p><h2>Praktisk informasjon</h2>"
                     "<p>Eksamen koster 300 kroner i gebyr.</p><p>Kurset koster 2 800 kroner.</p>")
    assert record["price_nok"] == 2800


# 7. A start said as beginning in a season, its year from the deadline: "Du begynner om våren" with a deadline in
# December 2020 starts in the spring of 2021.
@pytest.mark.parametrize("sentence, term", [
    ("Du begynner om våren, og studiet varer i to semestre.", "2021-var"),
    ("Studiet byrjar om hausten.", "2021-host"),
    ("The programme begins in the spring.", "2021-var"),
    # trap: a term that is no start
    ("Eksamen er om våren.", None),
])
def test_a_start_by_season_takes_the_deadlines_year(sentence, term):
    record = _record(f"<h1>Kvensk - årsstudium</h1><p>Studiet gir 60 studiepoeng.</p><p>{sentence}</p>"
                     "<p>Søknadsfrist</p><p>1. desember 2020</p>")
    assert record["start_term"] == term


# 8. A degree's length in its tagline: "Master (2-årig)".
@pytest.mark.parametrize("tagline, semesters", [
    ("Master (2-årig)", 4),
    ("Bachelor, 3-årig", 6),
])
def test_a_degree_tagline_with_its_years(tagline, semesters):
    record = _record(f"<h1>Folkehelsevitenskap</h1><p>{tagline}</p><p>Heltid</p>"
                     "<h2>Opptakskrav</h2><p>Relevant bachelorgrad.</p>")
    assert record["duration_semesters"] == semesters


def test_years_in_the_admission_part_are_no_length():
    record = _record("<h1>Folkehelsevitenskap</h1><p>Mastergrad, 120 studiepoeng.</p>"
                     "<h2>Opptakskrav</h2><ul><li>Bachelorgrad</li><li>2-årig</li></ul>")
    assert record["duration_semesters"] is None


# 9. A course said to be held in a language: "Conducted in Norwegian".
@pytest.mark.parametrize("item, language", [
    ("Conducted in Norwegian", "no"),
    ("Kurset gjennomføres på engelsk.", "en"),
    # trap: the exam's language
    ("Exams are conducted in English.", None),
])
def test_a_course_conducted_in_a_language(item, language):
    record = _record(f"<h1>Mentoring program</h1><p>A programme of 30 ECTS credits.</p><ul><li>{item}</li></ul>"
                     "<h2>Admission requirements</h2><p>A bachelor's degree.</p>")
    assert record["teaching_language"] == language


@pytest.mark.parametrize("text, price", [
    # a share of another sum (here the semester fee's) is no price
    ("Til studentsamskipnaden betaler du semesteravgift på kr. 700 per semester. Kr. 50 av summen er en frivillig gave.",
     None),
    ("The semester fee is NOK 700. NOK 50 of that amount is a gift to a student fund.", None),
    # trap: the price before a share of it
    ("Studiet koster kr 20 000, og kr 5000 av dette er depositum.", 20000),
])
def test_a_share_of_another_sum_is_no_price(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price
