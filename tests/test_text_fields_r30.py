"""Round 30, fields: a licence course (a boat driver's or hunter's test) is a course without credits although its test
is called an exam; a course's level said with a hyphen ("a master-level course") or by a catalogue's level line
("Postgraduate course"); a start from an intake's study year ("Søknad til hovedopptaket 2023-2024", not the rules
that apply from one) or from a schedule under its own label ("Samlingsdatoar" / "Haust
2024"); and campus teaching said by the week ("Hver uke: forelesninger", "fire timer forelesning i uka").

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record
from tests.helpers import page_lines as _page_lines


def _licence_page(title: str, body: str) -> str:
    return (f"<h1>{title}</h1><p>{body}</p><h2>Pris</h2><p>Kr 1 650 med kursbok.</p>"
            "<h2>Påmelding</h2><p>Meld deg på via skjemaet. Høyst 12 deltakere.</p>")


# 1. A licence's test is no study's exam: the course gives no credits.
@pytest.mark.parametrize("title, body", [
    ("Båtførerprøven på Tjøme", "Vi forbereder deg til båtførerprøven. Du tar eksamen den siste kvelden, og pensum "
                                "får du låne."),
    ("Jegerprøven", "Her lærer du det du trenger til jegerprøven. Eksamen holdes i kommunens lokaler."),
])
def test_a_licence_course_with_its_exam_gives_no_credits(title, body):
    rec = _record(_licence_page(title, body), "https://batkurs.test/kurs/batforerproven")
    assert (rec["kind"], rec["level"], rec["credits_max"]) == ("non_credit", "none", 0)


@pytest.mark.parametrize("title, body, url", [
    # a study's exam, no licence: credits unknown, as before
    ("Regnskap", "Studiet avsluttes med eksamen, og pensum står i litteraturlista.",
     "https://kurs.test/kurs/regnskap"),
    # a licence named on a university's page: not read as a course without credits
    ("Båtførerprøven for studenter", "Studiet forbereder deg til båtførerprøven. Du tar eksamen på siste kveld.",
     "https://www.uit.no/kurs/batforerproven"),
])
def test_an_exam_without_a_licence_or_on_a_university_is_not_read_so(title, body, url):
    rec = _record(_licence_page(title, body), url)
    assert (rec["kind"], rec["credits_max"]) == (None, None)


# 2. Level said with a hyphen or by a catalogue's level line.
@pytest.mark.parametrize("text, level", [
    ("A master-level course for students of biology.", "master"),
    ("Postgraduate course", "master"),
    ("This is a bachelor-level course in statistics.", "bachelor"),
    # traps: a ph.d.'s postgraduate course, other courses' level, a level to go on to, and no level at all
    ("Postgraduate course for ph.d. candidates only", None),
    ("Bachelor courses carry 7.5 ECTS, while master-level ones carry 6 ECTS.", None),
    ("A master-level course only counts towards your coursework with grade B.", None),
    ("The year prepares you for going on to bachelor-level study.", None),
    ("A course for students of biology.", None),
])
def test_level_said_with_a_hyphen_or_a_level_line(text, level):
    from crawler import prose
    from domain.normalise import level_and_kind

    said = prose.kind(_page_lines(f"<h1>BIO300B</h1><p>{text}</p>"))
    assert level_and_kind(f"emne {said.raw}" if said else "emne", "BIO300B")[0] == (level or None)


# 3. A start from the study year of an intake.
@pytest.mark.parametrize("sentence, term", [
    ("Søknad til hovedopptaket 2023-2024 kan sendes fra 1. februar.", "2023-host"),
    ("Opptaket for studieåret 2025/2026 åpner i februar.", "2025-host"),
    # traps: an intake told in the past, and the intake rules apply from
    ("Opptaket 2022-2023 ble avsluttet i fjor.", None),
    ("Reglene gjelder fra og med opptaket til studieåret 2016/2017.", None),
])
def test_an_intake_s_study_year_is_its_autumn_start(sentence, term):
    from crawler import prose
    from domain.when import start_term

    said = prose.start(_page_lines(f"<h1>Norsk 2</h1><p>{sentence}</p>"))
    assert (start_term(said.raw) if said else None) == term


# 4. A schedule's first term under the schedule's own label.
def test_a_schedule_under_its_label_gives_the_first_term():
    from crawler import prose
    from domain.when import start_term

    lines = _page_lines("<h1>Spesialpedagogikk 2</h1><p>Vidareutdanning for lærarar.</p>"
                        "<h2>Samlingsdatoar</h2><h3>Haust 2024</h3><ul><li>9.-10. september</li></ul>"
                        "<h3>Vår 2025</h3><ul><li>20.-21. januar</li></ul>")
    said = prose.schedule_start(lines)
    assert said is not None and start_term(said.raw) == "2024-host"


def test_a_deadline_label_over_a_term_is_still_no_schedule():
    from crawler import prose

    lines = _page_lines("<h1>Spesialpedagogikk 2</h1><p>Vidareutdanning for lærarar.</p>"
                        "<h2>Søknadsfrist</h2><h3>Haust 2024</h3><p>Søk innan fristen.</p>")
    assert prose.schedule_start(lines) is None


# 5. Campus teaching said by the week.
@pytest.mark.parametrize("text, forms", [
    ("Hver uke: forelesninger i 3 t og øvinger i 2 timer.", ["campus"]),
    ("Omtrent fire timer forelesning i uka over ti uker.", ["campus"]),
    ("Teaching is three hours a week.", ["campus"]),
    # traps: a numbered week, evenings by the week, online teaching by the week, and gatherings
    ("Undervisning to kvelder i uka.", ["kveld"]),
    ("Classes on two evenings a week.", ["kveld"]),
    ("Forelesninger i veke 12 og eksamen i veke 20.", []),
    ("Forelesningene går på nett hver uke.", ["nett"]),
    ("Studiet har fire samlinger med forelesninger hver dag.", ["samling"]),
])
def test_teaching_by_the_week_is_campus(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 6. A town on a line of its own under the title, before any section.
@pytest.mark.parametrize("lead, places", [
    ("<p>Etter- og vidareutdanning</p><p>Lærarar kan ta Norsk 2 for 5.–10. trinn.</p><p>Bergen</p>", ["4601"]),
    ("<p>spring 2020</p><p>Tromsø |</p>", ["5501"]),
    # traps: a town inside a section, in a sentence that names no teaching, and an institution's name
    ("<p>Lærarar kan ta Norsk 2.</p><h2>Kontakt</h2><p>Bergen</p>", []),
    ("<p>Lærarar kan ta Norsk 2.</p><p>Universitetet i Oslo</p>", []),
    ("<p>Plassane gjeld søkjarar frå desse kommunane:</p><ul><li>Aukra</li><li>Aure</li></ul>", []),
])
def test_a_town_on_its_own_line_atop_the_page_is_its_place(lead, places):
    rec = _record(f"<h1>Norsk 2 | 5.-10. trinn</h1>{lead}<h2>Opptakskrav</h2><p>Du må vere lærar.</p>"
                  "<p>Studiet gir 30 studiepoeng.</p>")
    assert sorted(loc["kommune_nr"] for loc in rec.get("locations") or []) == places


# 7. Kinds said otherwise: a one-year unit ("årsenhet") in a sentence, the teachers' national further education.
def test_a_one_year_unit_said_in_a_sentence_is_a_one_year_study():
    rec = _record("<h1>Oppbygging og gjennomføring</h1><p>Årsenheten er på 60 studiepoeng og tas på fulltid.</p>"
                  "<p>Vilkårene er at emnet er åpent for årsenhetens studenter.</p>",
                  "https://www.uio.no/studier/program/samfunnsokonomi/oppbygging/")
    assert (rec["kind"], rec["level"]) == ("one_year", "bachelor")


def test_kompetanse_for_kvalitet_in_the_title_is_a_single_course():
    from domain.normalise import level_and_kind
    assert level_and_kind("", "Kompetanse for kvalitet: Spesialpedagogikk 2, for 1.-10. trinn")[1] == "single_course"
    assert level_and_kind("", "Spesialpedagogikk for lærere")[1] is None


# 8. A review of the first rules commit (de73a933): regressions it made and close variants it missed.
@pytest.mark.parametrize("body, term", [
    # an intake's year is a fallback: a sentence that names the start wins
    ("<p>Søknad til opptaket 2025/2026 åpner 1. februar.</p><p>Studiet starter i januar 2026.</p>", "2026-var"),
    # an intake not applied to: rules, figures, changes, a postponement
    ("<p>Fra og med opptaket til studieåret 2016/2017 kreves det R1.</p>", None),
    ("<p>Opptakskravene er endret fra og med opptak 2024-2025.</p>", None),
    ("<p>Statistikk fra opptak 2023-2024 viser at 120 søkte.</p>", None),
    ("<p>Opptak 2025-2026 er utsatt.</p>", None),
    # nynorsk
    ("<p>Søknad til hovudopptaket 2024-2025 kan sendast frå 1. februar.</p>", "2024-host"),
])
def test_review_intake_year(body, term):
    from crawler import prose
    from domain.when import start_term

    said = prose.start(_page_lines(f"<h1>Norsk 2</h1>{body}"))
    assert (start_term(said.raw) if said else None) == term


def test_review_a_list_of_key_dates_is_no_schedule_of_gatherings():
    from crawler import prose

    lines = _page_lines("<h1>Spesialpedagogikk 2</h1><p>Vidareutdanning for lærarar.</p>"
                        "<p>Datoer:</p><p>1. mars 2025</p><p>Søknadsfrist</p><p>15. august 2025</p><p>Oppstart</p>")
    said = prose.schedule_start(lines)
    assert said is None or "1. mars" not in said.raw


@pytest.mark.parametrize("text, forms", [
    # a week that is a time, not a rate
    ("Undervisningen begynner i uken etter påske.", []),
    ("Forelesningene i uka før eksamen er obligatoriske.", []),
    ("Classes begin a week after the application deadline.", []),
    ("Teaching starts a week before the semester.", []),
    # close variants: "per uke", nynorsk lectures
    ("Forelesninger 4 timer per uke.", ["campus"]),
    ("Kvar veke: førelesingar og seminar.", ["campus"]),
])
def test_review_teaching_by_the_week(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


@pytest.mark.parametrize("text", [
    "A master-level course is required for admission.",
    "A bachelor-level course in statistics or equivalent is recommended.",
    "Applicants must have a postgraduate course in nursing.",
    "Students who have taken a postgraduate course on the same topic cannot take this one.",
])
def test_review_another_course_s_level_is_not_this_one_s(text):
    from crawler import prose
    from domain.normalise import level_and_kind

    said = prose.kind(_page_lines(f"<h1>BIO302</h1><p>{text}</p>"))
    assert level_and_kind(f"emne {said.raw}" if said else "emne", "BIO302")[0] is None


def test_review_a_one_year_unit_named_on_a_bachelor_s_page_is_no_kind_of_it():
    from crawler import prose
    said = prose.kind(_page_lines("<h1>Samfunnsøkonomi</h1><p>Første studieår tilsvarer årsenheten i samfunnsøkonomi, "
                                  "og bachelorprogrammet gir 180 studiepoeng.</p>"))
    assert said is None or "årsenhet" not in said.raw


def test_review_a_master_s_title_with_kompetanse_for_kvalitet_is_a_master():
    from domain.normalise import level_and_kind
    assert level_and_kind("", "Master i spesialpedagogikk - Kompetanse for kvalitet") == ("master", "degree")


@pytest.mark.parametrize("title, body, url, kind", [
    # a driving licence required is no licence course
    ("Beredskap", "<p>Samlingen går over tre dager, og studiet avsluttes med eksamen. Deltakerne må ha førerkort klasse "
     "B.</p>", "https://www.uis.no/nb/kurs/beredskap", None),
    # nynorsk forms of the boat licence
    ("Båtførarprøva", "<p>Her lærer du det du treng til båtførarprøva. Eksamen held vi på siste kvelden.</p>",
     "https://batkurs.test/kurs/batforarprova", "non_credit"),
])
def test_review_licence_course(title, body, url, kind):
    rec = _record(f"<h1>{title}</h1>{body}<h2>Pris</h2><p>Kr 1 650.</p>", url)
    assert rec["kind"] == kind


@pytest.mark.parametrize("lead, places", [
    # a town under a question (a contact box's) is no place
    ("<p>Har du spørsmål?</p><p>Bergen</p>", []),
    # the towns on the lines after the first
    ("<p>Studiet blir gitt desse stadene.</p><p>Bergen</p><p>Førde</p><p>Stord</p>", ["4601", "4614", "4647"]),
])
def test_review_towns_on_their_own_lines(lead, places):
    rec = _record(f"<h1>Norsk 2 | 5.-10. trinn</h1>{lead}<h2>Opptakskrav</h2><p>Du må vere lærar.</p>"
                  "<p>Studiet gir 30 studiepoeng.</p>")
    assert sorted(loc["kommune_nr"] for loc in rec.get("locations") or []) == places
