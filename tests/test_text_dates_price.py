"""Start term, application deadline, price and teaching language read from a page's text
(crawler/prose.py, crawler/extract.py's lead term, domain/when.py, domain/normalise.py):
each test shows a way pages state the fact, and the trap beside it."""

from __future__ import annotations

import pytest

from crawler import prose
from crawler.blocks import Line
from domain import normalise, when
from tests.helpers import crawled_record as _record


def _lines(*texts: str, section: str = "") -> list[Line]:
    return [Line(t, "text", section=section) for t in texts]


FACTS = "<dl><dt>Studiepoeng</dt><dd>15</dd><dt>Undervisningsspråk</dt><dd>Norsk</dd></dl>"


# -- start term --------------------------------------------------------------

def test_a_course_codes_title_ends_in_the_term_it_is_taught():
    """A course description per term ("HSHOS10110 … (Høst 2011)") is taught in that term; a study
    plan's or a programme's title term is the plan's version, not a start."""
    html = "<h1>{}</h1>" + FACTS + "<p>Emnet gir en innføring i organisasjon og ledelse i helsetjenesten.</p>"
    assert _record(html.format("HSH10110 Organisasjon og ledelse (Høst 2011)"))["start_term"] == "2011-host"
    assert _record(html.format("SFS40316 Leadership 2 (Autumn 2018–Spring 2019)"))["start_term"] == "2018-host"
    assert _record(html.format("Studieplan for master i ledelse, høst 2017"))["start_term"] is None
    assert _record(html.format("Studieprogram: Master i ledelse - Vår 2018"))["start_term"] is None


def test_a_season_without_its_year_gives_way_to_the_titles_term():
    html = ("<h1>HSH10110 Organisasjon og ledelse (Vår 2015)</h1>" + FACTS +
            "<h2>Undervisningssemester</h2><p>Undervisningen går i 6. semester (vår).</p>")
    assert _record(html)["start_term"] == "2015-var"


def test_a_short_lead_line_that_ends_in_a_term():
    html = "<h1>Pedagogisk ledelse</h1><p>{}</p>" + FACTS + "<p>Videreutdanningen styrker deg som leder.</p>"
    assert _record(html.format("Etter- og videreutdanning Høsten 2020"))["start_term"] == "2020-host"
    assert _record(html.format("Sist oppdatert høsten 2020"))["start_term"] is None
    assert _record(html.format("Emnet undervises ikke høsten 2020"))["start_term"] is None
    assert _record(html.format("Siste kull ble avsluttet våren 2020"))["start_term"] is None


def test_start_words_with_their_endings():
    assert prose.start(_lines("Studiestarten hausten 2021 gjev god tid til å skaffe seg papira.")).raw == "hausten 2021"
    assert prose.start(_lines("Til opptaket høsten 2021 kan du søke fra 1. februar.")).raw == "høsten 2021"
    assert prose.start(_lines("Starting date: 30.01.2020, last day of teaching: 14.05.2020")).raw == "30.01.2020"


def test_the_study_start_before_the_intake_in_one_sentence():
    """The next intake is in spring, the study starts in the autumn: the start is the autumn."""
    said = prose.start(_lines("Neste opptak er våren 2025, med søknadsfrist 1. mars 2025 og studiestart høsten 2025."))
    assert said.raw == "høsten 2025"
    assert prose.start(_lines("Neste opptak er våren 2025.")).raw == "våren 2025"


def test_a_full_intake_is_not_the_next_start():
    lines = _lines("Alle plasser med start våren 2019 er nå tatt.",
                   "Fra 1. mai kan du søke igjen, da om plass med oppstart i september 2019.")
    assert prose.start(lines).raw == "september 2019"
    assert prose.start(_lines("Kurset med oppstart høsten 2024 er fulltegnet.")) is None
    assert prose.start(_lines("Oppstart høsten 2024, fullt nettbasert.")).raw == "høsten 2024"


def test_when_information_is_posted_is_no_start():
    posted = "Informasjon for kullet som starter i 2023, legges ut her i oktober 2022."
    assert prose.start(_lines(posted)) is None


def test_the_first_line_of_a_dated_schedule_is_the_start():
    schedule = _lines("Over de to årene er det fire samlinger.", "19.-20. oktober 2023", "18.-19. april 2024")
    assert prose.schedule_start(schedule).raw == "19.-20. oktober 2023"
    terms = _lines("Nettsamlinger på disse dagene:", "Høst 2024:", "vår 2025")
    assert prose.schedule_start(terms).raw == "Høst 2024"
    html = ("<h1>Grunnleggende KOSTRA</h1><p>12. april 2023</p>"
            "<p>Dette er et innføringskurs på to dager for ledere i kommunen.</p>"
            "<dl><dt>Målgruppe</dt><dd>Ledere i kommunen</dd><dt>Pris</dt><dd>kr 5 000</dd>"
            "<dt>Sted</dt><dd>Gardermoen</dd></dl>")
    assert _record(html)["start_term"] == "2023-var"


def test_a_date_under_its_label_is_no_schedule():
    """A label and its value on two lines: when the plan applies, when it was approved, a deadline."""
    assert prose.schedule_start(_lines("Gjelder fra", "2023 HØST")) is None
    assert prose.schedule_start(_lines("Dato for godkjenning", "17.03.2015")) is None
    assert prose.schedule_start(_lines("Søknadsfrist:", "1. juni 2024")) is None
    assert prose.schedule_start(_lines("Søknadsfristen er:", "1. mars 2025")) is None


# -- application deadline ----------------------------------------------------

def test_an_english_closing_date_and_an_ordinal_day():
    assert prose.deadline(_lines("Closing date for registration: 16.01.2020")).raw == "16.01.2020"
    said = prose.deadline(_lines("We take applications until the deadline of June 15th 2016."))
    assert when.application_deadline(said.raw) == "2016-06-15"


def test_a_dated_list_names_the_deadline_after_its_date_and_its_heading_gives_the_year():
    lines = _lines("Viktige datoer 2021", "1. februar: søknadsskjemaet åpner",
                   "1. mars: siste frist for rektorer å søke", "15. mars: eierne godkjenner søknadene")
    assert when.application_deadline(prose.deadline(lines).raw) == "2021-03-01"
    study_year = _lines("Viktige datoer i studieåret 2022/2023", "1. mars: søknadsfrist for styrere")
    assert when.application_deadline(prose.deadline(study_year).raw) == "2022-03-01"
    # a step of the process called "frist" is not the application deadline
    assert prose.deadline(_lines("Viktige datoer", "03.04.20: Frist for å sende interesseskjema")) is None


def test_by_a_date_is_the_deadline_only_when_none_is_named():
    lines = _lines("Eierne må ha behandlet søknadene innen 15. mars.", "1. mars: siste frist for styrere å søke")
    assert prose.deadline(lines).raw == "1. mars"
    assert prose.deadline(_lines("Send søknaden innen 15. mars.")).raw == "15. mars."
    assert prose.deadline(_lines("Påmelding innen 1. mars 2025.")).raw == "1. mars 2025"

    # another step's date is no deadline: the owner's approval, a trade test's
    assert prose.deadline(_lines("Barnehageeieren godkjenner søknadene innen 15. mars.")) is None
    assert prose.deadline(_lines("Vilkåret om bestått prøve innen 1. oktober gjelder også her.")) is None


def test_the_end_of_the_application_window():
    assert prose.deadline(_lines("Søknadsskjemaet er åpent fra 1. februar til 1. mars.")).raw == "1. mars."
    assert prose.deadline(_lines("Til opptaket kan du søke fra 1. februar til 1. mars 2021.")).raw == "1. mars 2021"
    # the window to apply for funding (a stipend, a substitute) is not the course's deadline
    funding = _lines("Lærere kan søke om vikar- eller stipendordning; portalen er åpen fra 1. februar til 1. mars.")
    assert prose.deadline(funding) is None


def test_an_extended_deadline_and_the_year_said_with_the_deadline():
    said = "Søknadsfrist: 15. april - Utvidet frist i 2022: 20. april (1. mars for noen søkergrupper)"
    assert when.application_deadline(said) == "2022-04-20"
    assert when.application_deadline("Søknadsfrist 2024: 1. mars") == "2024-03-01"
    assert when.application_deadline("Søknadsfrist for høsten 2025: 1. mars") is None     # a season: from the start
    assert when.application_deadline("Søknadsfrist for høsten 2025: 1. mars", "2025-host") == "2025-03-01"


def test_a_labelled_deadline_without_a_year_gives_way_to_a_dated_sentence():
    html = ("<h1>Public Health - master</h1><dl><dt>Credits (ECTS)</dt><dd>120</dd>"
            "<dt>Application deadline</dt><dd>1 December</dd></dl>"
            "<p>Nordisk søknadsfrist: 15. april 2018.</p>")
    assert _record(html)["application_deadline"] == "2018-04-15"
    started = html.replace("</dl>", "<dt>Start</dt><dd>Autumn 2018</dd></dl>")
    assert _record(started)["application_deadline"] == "2017-12-01"   # dated by the start, the label stands


# -- price -------------------------------------------------------------------

def test_a_public_body_that_pays_or_funds_the_study_makes_it_free():
    for said in ("Utdanningsdirektoratet betaler studieavgiften.", "Det er staten som betaler studieplassene.",
                 "Det offentlige finansierer utdanningen.", "Kunnskapsdepartementet finansierer studiet."):
        assert normalise.price_nok(said) == 0, said
    assert normalise.price_nok("Du betaler studieavgiften selv, kr 12 000.") == 12000


def test_a_students_fee_is_no_price():
    assert normalise.price_nok("Det offentlige finansierer utdanningen. Selv betaler du en studentavgift på 800,-.") == 0
    assert normalise.price_nok("Kursavgift kr 5 000, studentavgift kr 800.") == 5000


def test_no_fees_but_the_semester_fee_is_free():
    said = prose.price(_lines("Apart from the semester fee and books, there are no fees."))
    assert normalise.price_nok(said.raw) == 0
    assert prose.price(_lines("The semester fee is NOK 600.")) is None


# -- teaching language -------------------------------------------------------

def test_a_value_naming_both_languages_names_none():
    assert normalise.teaching_language("Norsk og engelsk, se det enkelte emne.") is None
    assert normalise.teaching_language("English/Norwegian") is None
    assert normalise.teaching_language("Norsk. Noe av litteraturen er på engelsk.") == "no"


def test_the_exams_language_is_not_the_teachings():
    exam = _lines("Exam questions in the programme's courses are set in English.")
    assert prose.teaching_language(exam) is None
    both = _lines("Teaching is in English, while written work, exam included, can be in Norwegian or English.")
    assert prose.teaching_language(both).raw == "English"
    assert prose.teaching_language(_lines("Undervisning og eksamen er på engelsk.")).raw == "engelsk"
    assert prose.teaching_language(_lines("Studiet har eksamen på engelsk.")) is None


def test_languages_of_instruction_is_a_label():
    html = ("<h1>Master in Biosciences</h1><dl><dt>Credits</dt><dd>120 ECTS</dd>"
            "<dt>Languages of instruction</dt><dd>English</dd></dl>")
    assert _record(html)["teaching_language"] == "en"


def test_a_sentence_naming_only_a_side_cost_gives_way_to_the_fee_or_that_it_is_free():
    lines = _lines("The course includes a week in York; that stay costs around NOK 2500, accommodation included.",
                   "Students from within the EU/EEA pay no tuition fees.")
    assert normalise.price_nok(prose.price(lines).raw) == 0
    fee = _lines("Oppholdet på kurssenteret koster kr 3 000.", "Kursavgiften er kr 12 000.")
    assert normalise.price_nok(prose.price(fee).raw) == 12000
    # past the side costs, an amount that is not named as the fee is no price
    gift = _lines("Overnatting og middager: kr 2 400 per samling.", "Av beløpet er kr 50 en gave til et fond.")
    assert prose.price(gift) is None


# -- review of this round's rules (traps on wording other pages use) ------------------------------------------

def test_a_study_fully_online_or_fully_funded_is_no_full_intake():
    """'er fullt' says an intake is full only when nothing follows it ('Kurset er fullt.', 'er fullt for våren
    2025'); 'fullt nettbasert', 'fullt finansiert' and 'full-time' say how the study is run."""
    assert prose.start(_lines("Studiet er fullt nettbasert med oppstart høsten 2025.")).raw == "høsten 2025"
    assert prose.start(_lines("Studiet er fullt finansiert, oppstart våren 2026.")).raw == "våren 2026"
    assert prose.start(_lines("The course is full-time and starts in autumn 2025.")).raw == "autumn 2025"
    assert prose.start(_lines("Kurset med oppstart våren 2025 er nå fullt.")) is None
    assert prose.start(_lines("Kurset er fullt for våren 2025.")) is None


def test_an_exam_in_an_earlier_clause_leaves_the_teachings_language_to_a_later_one():
    assert prose.teaching_language(_lines("Eksamen kan besvares på engelsk, men undervisningen er på norsk.")).raw == "norsk"
    assert prose.teaching_language(_lines("Exams are in Norwegian; teaching is in English.")).raw == "English"
    assert prose.teaching_language(_lines("Undervisningsspråk er norsk, men noe pensum er på engelsk.")).raw == "norsk"
    # the trap: the exam's own clause
    assert prose.teaching_language(_lines("Exam questions in the programme are set in English.")) is None
    assert prose.teaching_language(_lines("Studiet har eksamen på engelsk.")) is None


def test_a_window_or_innen_of_another_step_is_no_deadline():
    """Leave from one's job, a placement or funds applied for in a window, and 'meld fra innen' (send word
    you cannot come) are no deadline to apply for the study."""
    assert prose.deadline(_lines("Du kan søke om permisjon fra 1. mars til 1. april.")) is None
    assert prose.deadline(_lines("Studentene søker praksisplass fra 1. mars til 1. juni.")) is None
    assert prose.deadline(_lines("Husk å søke permisjon innen 1. mai.")) is None
    assert prose.deadline(_lines("Vi ber deg melde fra innen 1. mai dersom du ikke kan komme.")) is None
    assert prose.deadline(_lines("Søknadsperioden er fra 1. februar til 15. april.")).raw.startswith("15. april")
    assert prose.deadline(_lines("Meld deg på innen 1. mai.")).raw.startswith("1. mai")
    # a named deadline keeps its sentence whatever else it says
    assert prose.deadline(_lines("Søknadsfristen er 1. mars; avklar permisjon med arbeidsgiver.")).raw == "1. mars"


def test_the_year_said_with_a_deadline_is_said_before_its_date():
    assert when.application_deadline("Søknadsfrist 2024: 1. mars", "2025-host") == "2024-03-01"
    assert when.application_deadline("Søknadsfrist 1. mars. Frister i 2023 kommer senere", "2025-host") == "2025-03-01"


def test_a_plans_valid_from_term_is_no_schedule_start():
    assert prose.schedule_start(_lines("Studieplanen gjelder fra:", "Høst 2024")) is None
    assert prose.schedule_start(_lines("Om studiet", "Neste kull starter snart.", "Høst 2024:")).raw == "Høst 2024"


def test_a_fee_named_plainly_after_a_side_cost_is_the_price():
    assert normalise.price_nok(prose.price(_lines("Each stay costs NOK 1500.", "The fee is NOK 20 000.")).raw) == 20000
    assert normalise.price_nok(prose.price(_lines("Oppholdet koster 2500 kr per natt.", "Eigendelen er 4000 kr.")).raw) == 4000


def test_one_language_and_the_others_literature_is_the_first():
    assert normalise.teaching_language("Norsk og engelsk litteratur") == "no"
    assert normalise.teaching_language("Norsk og engelsk, se det enkelte emne") is None


def test_an_abbreviation_between_the_price_word_and_the_amount():
    """'ca.', 'inkl.', 'approx.' end in a dot that is no sentence's end."""
    assert normalise.price_nok(prose.price(_lines("Studiet koster ca. 25 000 kr.")).raw) == 25000
    assert normalise.price_nok(prose.price(_lines("The fee is approx. 3000 NOK.")).raw) == 3000
    assert prose.price(_lines("Studiet koster mye. Det har 3 samlinger på 2 dager.")) is None


def test_the_year_of_the_intake_a_deadline_is_for_is_not_the_deadlines_year():
    assert when.application_deadline("Application deadline for 2026 intake: 1 December", "2026-host") == "2025-12-01"
    assert when.application_deadline("Søknadsfrist for 2025-kullet: 1. desember", "2025-var") == "2024-12-01"
    assert when.application_deadline("Utvidet frist i 2022: 20. april", "2022-host") == "2022-04-20"


def test_nynorsk_forms_of_this_rounds_start_deadline_and_free_rules():
    assert prose.deadline(_lines("Søk innan 1. mars.")).raw.startswith("1. mars")
    assert prose.deadline(_lines("Send søknaden innan 15. april.")).raw.startswith("15. april")
    assert prose.deadline(_lines("Søk seinast 1. mars.")).raw.startswith("1. mars")
    assert prose.start(_lines("Kurset med oppstart hausten 2025 er no fullt.")) is None
    assert normalise.price_nok("Det offentlege betalar studieavgifta.") == 0
    assert normalise.price_nok("Helsedirektoratet finansierer tilbodet.") == 0


def test_a_date_under_a_contact_line_or_a_news_heading_is_no_schedule_start():
    assert prose.schedule_start(_lines("Kontakt oss.", "12. april 2023")) is None
    assert prose.schedule_start(_lines("Nyheter:", "12. april 2023")) is None
    assert prose.schedule_start(_lines("Samlingene er på disse dagene:", "12. april 2023")).raw == "12. april 2023"


def test_an_english_study_said_to_be_free_beside_a_side_cost():
    assert normalise.price_nok("Tuition is free, but the stay costs NOK 2500.") == 0
    assert normalise.price_nok("Participation is free.") == 0
    assert normalise.price_nok("The course is free to choose as an elective. The fee is NOK 5000.") == 5000


def test_a_start_date_before_the_application_deadline_opens_the_applications():
    """No study starts before its applications close: a "start" dated before the deadline opens the
    application period (or was the last intake's), and the study starts in the term after the deadline."""
    def term(start, deadline):
        first = when.start_term(start)
        return when.start_after_deadline(start, first, when.application_deadline(deadline, first))
    assert term("1 December 2016", "1 March 2017") == "2017-host"
    assert term("01.02.2024", "15.04.2024") == "2024-host"
    assert term("16. januar 2024", "15. april") == "2024-host"
    assert term("2. mars 2024", "1. oktober 2024") == "2025-var"
    # the traps: a start after the deadline, a season, no deadline, a later date beside the early one
    assert term("15. august 2024", "15. april 2024") == "2024-host"
    assert term("9. januar 2025", "1. november 2024") == "2025-var"
    assert term("Høst 2024", "15. april 2024") == "2024-host"
    assert term("1. februar 2024", "") == "2024-var"
    assert term("1. februar 2024 og 20. august 2024", "15. april 2024") == "2024-var"


def test_a_page_whose_start_label_dates_the_application_period():
    html = ("<html><head><title>Master i helseledelse</title></head><body><h1>Master i helseledelse</h1>"
            "<p>Masterstudiet gir 120 studiepoeng i helseledelse.</p><h2>Application period</h2>"
            "<dl><dt>Start</dt><dd>1 December 2016</dd><dt>Deadline</dt><dd>1 March 2017</dd></dl></body></html>")
    record = _record(html)
    assert (record["start_term"], record["application_deadline"]) == ("2017-host", "2017-03-01")


def test_a_start_said_by_season_alone_takes_its_year_from_the_application():
    """"Start haust" with "Søknadsperiode 01.02.2023 -" starts in the autumn of 2023; a spring start after an
    application in the autumn is the next year's."""
    def said(*lines):
        fact = prose.season_start(list(lines))
        return when.start_term(fact.raw) if fact else None
    assert said(Line("Start haust", "item"), Line("Søknadsperiode", "label", value="01.02.2023 -")) == "2023-host"
    assert said(Line("Start haust", "item"), Line("Søknadsperiode", "text"), Line("01.02.2024 -", "text")) == "2024-host"
    assert said(Line("Oppstart: vår", "text"), Line("Søknadsfrist: 1. oktober 2024", "text")) == "2025-var"
    assert said(Line("Starts in autumn.", "text"), Line("Application deadline: 15 April 2025", "text")) == "2025-host"
    # a course description's season in the study year it is valid for is that year's (settled in the twenty-fifth
    # round, 2026-12-05, as two of the three such dev pages were labelled; it had been a trap before)
    assert said(Line("Semester undervisningsstart", "label", value="Vår"),
                Line("Emnebeskrivelsen gjelder studieåret 2023-2024", "text")) == "2024-var"
    # traps: no application date nor study year; a season that has its year
    assert prose.season_start([Line("Start haust", "item"), Line("Kontakt oss", "text")]) is None
    assert prose.season_start([Line("Oppstart høst 2025", "text"), Line("Søknadsfrist 1. mars 2024", "text")]) is None


def test_the_dates_of_an_application_period_are_no_start():
    assert when.start_term("Application period 01.02.2022 -") is None
    assert when.start_term("Søknadsperiode 01.02.2024 - 15.04.2024") is None
    assert when.start_term("Oppstart 20.08.2024. Søknadsperiode 01.02.2024 - 15.04.2024") == "2024-host"


def test_a_page_whose_facts_say_start_haust_beside_the_application_period():
    items = "".join(f"<li>{t}</li>" for t in ("Deltid", "15 studiepoeng", "Start haust", "Application period 01.02.2022 -"))
    page = f"<h1>Helserett</h1><p>Vidareutdanninga gir 15 studiepoeng og går på deltid.</p><ul>{items}</ul>"
    assert _record(page)["start_term"] == "2022-host"


def test_a_term_that_is_an_item_of_a_strip_of_key_facts_is_the_start():
    strip = [Line(t, "item") for t in ("Nettbasert, Bergen", "Videreutdanning, deltid", "30 (15 + 15) studiepoeng",
                                       "To semester", "Høst 2024")]
    assert prose.strip_term(strip).raw == "Høst 2024"
    assert prose.strip_term([Line("Deltid | 60 studiepoeng | Vår 2025 | Oslo", "text")]).raw == "Vår 2025"
    # traps: a list of terms that is no strip of facts (a plan's semesters), a term inside a longer item
    assert prose.strip_term([Line(t, "item") for t in ("Høst 2024", "Vår 2025", "Høst 2025")]) is None
    assert prose.strip_term([Line(t, "item") for t in ("Deltid", "30 studiepoeng", "Gjelder fra høst 2024")]) is None


@pytest.mark.parametrize("text, price", [
    ("Medlemmene går gratis, men den som er påmeldt og ikke møter, betaler et gebyr på kr 500.", 0),
    ("The course is free. A no-show fee of NOK 500 applies.", 0),
    ("Kurset er gratis. Ved avbestilling etter fristen faktureres kr 1000.", 0),
    # traps: the price beside the fee, before or after it, is still the price
    ("Kurset koster kr 3000. Ved avbestilling etter fristen betaler du kr 500.", 3000),
    ("Ved avbestilling etter fristen betaler du kr 500. Kurset koster kr 3000.", 3000),
    ("Deltakeravgift kr 2500, og den som ikke møter, betaler full pris.", 2500),
])
def test_a_fee_for_not_coming_or_cancelling_late_is_no_price(text, price):
    assert normalise.price_nok(text) == price


@pytest.mark.parametrize("text, price", [
    ("Studieplassen betales av Utdanningsdirektoratet; reise og opphold betaler du selv.", 0),
    ("Studieplassane vert betalast av staten.", 0),
    ("Kurset finansieres av Helsedirektoratet.", 0),
    ("The state pays for this further education, which is meant for principals.", 0),
    ("The programme is funded by the Norwegian Directorate for Education and Training.", 0),
    # traps: the public pays for something else, or an employer pays
    ("The state pays for the travel of the students.", None),
    ("The course costs NOK 5000; the state pays for the course materials.", 5000),
    ("Studiet betales av arbeidsgiver.", None),
])
def test_a_study_paid_by_the_state_said_in_the_passive_or_in_english_is_free(text, price):
    assert normalise.price_nok(text) == price
    if price == 0:
        assert prose.price(_lines(text)) is not None


@pytest.mark.parametrize("sentence, raw", [
    ("Søknaden kan registreres fra 1. januar, og siste dag er 20. april 2022.", "20. april 2022"),
    ("Siste søknadsdag er 1. mars 2025.", "1. mars 2025"),
    ("The last day to apply is 1 March 2025.", "1 March 2025"),
    # traps: a course's last day, a last day with no application named before it
    ("Siste dag av kurset er 20. april 2025.", None),
    ("Kurset varer til 20. april, og siste dag er 20. april 2025.", None),
])
def test_the_last_day_to_apply_is_the_deadline(sentence, raw):
    fact = prose.deadline(_lines(sentence))
    assert (fact.raw if fact else None) == raw


@pytest.mark.parametrize("text, price", [
    ("Studieavgiften står på programmets side. I tillegg kommer det utgifter til turer: ca. kr. 300,- for turer; "
     "ca. kr. 500,- for billetter.", None),
    ("Andre utgifter er omtrent kr. 500,- til turer og kr. 700,- til utstyr.", None),
    ("Additional costs: NOK 800 for books.", None),
    # traps: the price before the costs beside it, or named after them; an abbreviation is no sentence's end
    ("Studieavgift kr 30 000. I tillegg kommer utgifter til utstyr, ca. kr 3000.", 30000),
    ("Kursavgift: kr 5000, i tillegg kommer utgifter til opphold.", 5000),
    ("Additional costs: NOK 800 for books. The course fee is NOK 12 000.", 12000),
    ("Kurset koster ca. kr 4000.", 4000),
])
def test_costs_beside_the_study_named_before_their_amounts_are_no_price(text, price):
    assert normalise.price_nok(text) == price


def test_a_schedule_that_begins_with_a_week_and_its_year_gives_the_start():
    assert when.start_term("uke 35 – 51 i 2026") == "2026-host"
    assert when.start_term("Uke 33 / 2021") == "2021-host"
    assert when.start_term("week 2 2027") == "2027-var"
    assert prose.week_start([Line("Uke 33 / 2021 Digital samling", "heading", level=3)]).raw == "Uke 33 / 2021"
    assert prose.week_start([Line("Bergen", "label", value="uke 35 – 51 i 2026")]).raw == "uke 35 – 51 i 2026"
    # traps: a week without its year, a deadline's week, a week inside a sentence, a week in the application section
    assert prose.week_start([Line("Uke 33 Digital samling", "heading", level=3)]) is None
    assert prose.week_start([Line("Søknadsfrist", "label", value="uke 10 2024")]) is None
    assert prose.week_start([Line("Vi møtes i uke 33 / 2021 på campus.", "text")]) is None
    assert prose.week_start([Line("Uke 10 2024: send søknaden", "text", section="Søknadsfrist")]) is None


def test_a_deadline_to_pay_or_register_is_no_application_deadline():
    assert prose.deadline(_lines("Fristen for både betaling og registrering er 1. september.")) is None
    assert prose.deadline(_lines("Du må betale semesteravgiften innen 1. september.")) is None
    assert prose.deadline(_lines("Søknadsfristen er 1. mars.")).raw.startswith("1. mars")


def test_a_strips_term_in_its_definite_form_is_the_start():
    """A fact strip's term may be written "Høsten 2022" as well as "Høst 2022"; the deadline without a
    year takes its year from that start."""
    html = ("<h1>Ledelse av endringsarbeid</h1><ul><li>Trondheim</li><li>Deltid</li><li>15 studiepoeng, 1 år</li>"
            "<li>{}</li></ul><dl><dt>Frist</dt><dd>1. mars</dd></dl>"
            "<p>Studiet gir deg kunnskap om ledelse av utviklingsarbeid i barnehage og skole.</p>")
    assert _record(html.format("Høsten 2022"))["start_term"] == "2022-host"
    assert _record(html.format("Høsten 2022"))["application_deadline"] == "2022-03-01"
    assert _record(html.format("Våren 2023"))["start_term"] == "2023-var"
    # trap: a strip item that only mentions a term among other words is no start
    assert prose.strip_term([Line(t, "item") for t in ("Trondheim", "Deltid", "15 studiepoeng",
                                                       "Nytt fra høsten 2021")]) is None


def test_the_first_gathering_in_its_definite_form_gives_the_start():
    assert prose.start(_lines("Den første samlingen holdes onsdag 27. april 2022.")).raw == "27. april 2022"
    assert prose.start(_lines("Den fyrste samlinga er 3. mars 2023.")).raw == "3. mars 2023"
    # trap: a first gathering that is past
    assert prose.start(_lines("Den første samlingen var 27. april 2022.")) is None


@pytest.mark.parametrize("text, price", [
    ("Hver deltaker betaler 300 kroner (vi sender faktura).", 300),
    ("Deltakerne betaler et administrasjonsgebyr på 250 kroner.", 250),
    ("Each participant pays NOK 500 for the two days.", 500),
    # traps: another payer, a side cost after "ca.", the semester fee
    ("Utdanningsdirektoratet betaler 40 000 kroner til barnehageeieren.", None),
    ("Du betaler reise og opphold selv, ca. 2000 kr.", None),
    ("Du betaler semesteravgift på 600 kr.", None),
])
def test_what_the_participant_pays_is_the_price(text, price):
    fact = prose.price(_lines(text))
    assert (normalise.price_nok(fact.raw) if fact else None) == price


def test_a_contact_heading_that_names_the_deadline_is_the_offers_own_section():
    """"Kontaktinformasjon og påmeldingsfrist" holds the offer's deadline and price beside the contact; a plain
    contact section is still left out."""
    from crawler import facts
    from crawler.blocks import page_lines
    from crawler.extract import _Page
    html = ("<h1>Pårørendeskole om demens</h1><p>Kurset starter 11. april 2023 og går over fem uker.</p>"
            "<h2>{}</h2><p>Du når oss på telefon 12 34 56 78.</p>"
            "<p>Påmeldingsfristen er 31. mars. Hver deltaker betaler 300 kroner.</p>")
    record = _record(html.format("Kontaktinformasjon og påmeldingsfrist"))
    assert (record["application_deadline"], record["price_nok"]) == ("2023-03-31", 300)
    assert all(not line.related for line in page_lines(_Page(html.format("Contact and prices")).soup, facts.is_label))
    # trap: a contact section alone is no part of the offer's text
    lines = page_lines(_Page(html.format("Kontaktinformasjon")).soup, facts.is_label)
    assert prose.deadline(lines) is None and prose.price(lines) is None


def test_a_start_label_that_names_its_term_in_brackets():
    """A plan's "Første semester (høst 2023)" heading gives the start, whether its section is empty or holds the
    term's courses; the later semesters' headings are no start."""
    from crawler import facts
    plan = ("<h1>Master i psykisk helsearbeid</h1><p>Studiet gir 120 studiepoeng.</p>"
            "<h2>Første semester (høst 2023)</h2>{}<h2>Andre semester (vår 2024)</h2><p>Emne 3 og emne 4.</p>")
    assert _record(plan.format(""))["start_term"] == "2023-host"
    assert _record(plan.format("<p>Emne 1 og emne 2.</p>"))["start_term"] == "2023-host"
    # trap: another year in the label's brackets is no term
    lines = [Line("Oppstart (oppdatert 2023)", "label", value="Høst 2024")]
    assert facts.read_facts(lines)["start"].raw == "Høst 2024"


@pytest.mark.parametrize("text, iso", [
    ("Søknadsfristen er 1. mars 2024.", "2024-03-01"),
    ("Søknadsfrist 1 mars 2024", "2024-03-01"),             # a day without its dot
    ("Søknadsfrist: 01.03.24", "2024-03-01"),
    ("Application deadline: March 1st, 2024.", "2024-03-01"),
    ("The application deadline is 15 April 2025.", "2025-04-15"),
])
def test_the_sentence_finder_and_the_deadline_reader_share_one_date_pattern(text, iso):
    """crawler/prose.py finds deadlines with domain/when.py's date pattern, so every date it finds is read."""
    assert prose._DATE is when.DATE
    assert when.application_deadline(prose.deadline(_lines(text)).raw) == iso


def test_a_month_name_inside_a_longer_word_is_no_date():
    assert prose.deadline(_lines("Søknadsfrist for 2 marsjer i året.")) is None
    assert when.application_deadline("2 marsjer 2024") is None


def test_the_one_language_item_of_a_fact_strip_is_the_teaching_language():
    strip = [Line(t, "item") for t in ("Application Deadline", "24 months", "English")]
    assert prose.strip_language(strip).raw == "English"
    assert prose.strip_language([Line("Oslo | Deltid | 30 studiepoeng | Norsk", "text")]).raw == "Norsk"
    html = ("<h1>Global Health</h1><ul><li>Application Deadline</li><li>24 months</li><li>English</li></ul>"
            "<p>The master's programme gives 120 ECTS credits in global health.</p>")
    assert _record(html)["teaching_language"] == "en"
    # traps: a language switcher names two languages; a menu with no course facts is no strip
    assert prose.strip_language([Line("Deltid | 30 studiepoeng | Norsk | English", "text")]) is None
    assert prose.strip_language([Line(t, "item") for t in ("Om oss", "Kontakt", "English")]) is None


@pytest.mark.parametrize("text, term", [
    ("In autumn 2018 we are offering a short programme for staff.", "autumn 2018"),
    ("Høsten 2025 tilbyr vi kurset for første gang.", "Høsten 2025"),
    ("Kurset tilbys våren 2026 i Bergen.", "våren 2026"),
    ("The course will be offered in spring 2027.", "spring 2027"),
    # traps: an offer since a past term, a past offer, a term said without offering
    ("Studiet har vært tilbudt siden høsten 2010.", None),
    ("Kurset ble tilbudt våren 2019, og det var fullt.", None),
    ("Høsten 2024 fikk vi nye lokaler.", None),
])
def test_the_study_offered_in_a_term_starts_then(text, term):
    fact = prose.start(_lines(text))
    assert (fact.raw if fact else None) == term


def test_a_schedule_dated_without_its_year_starts_after_the_deadline():
    """"28.januar kl. 13.00" under "Søknadsfrist: 9. desember 2019" is January 2020; a step of the application
    dated the same way is no session."""
    for session, term in (("28.januar kl. 13.00 – 18.00, bare adepter:", "2020-var"),
                          ("Tirsdag 17. desember kl. 10-15: første samling", "2019-host")):
        page = ("<h1>Mentorprogram for ledere</h1><dl><dt>Søknadsfrist</dt><dd>9. desember 2019</dd></dl>"
                f"<p>Programmet har tre samlinger for ledere i organisasjonen.</p><p>{session}</p>")
        assert _record(page)["start_term"] == term, session
    assert when.after_deadline("28. januar", None) is None
    # traps: a step of the application, a date with its year (read as it stands), a date without clock hours
    assert prose.yearless_session(_lines("15. desember kl. 12: søknadene må være behandlet")) is None
    assert prose.yearless_session(_lines("28. januar 2021 kl. 13.00: første samling")) is None
    assert prose.yearless_session(_lines("28. januar: første samling")) is None


def test_a_line_that_is_only_an_amount_is_the_price():
    html = ("<h1>Verneombudskurs</h1><p>Kurset gir verneombud den opplæringen loven krever.</p><p>{}</p>"
            "<p>Kurset går over fem dager og avsluttes med en prøve.</p>")
    assert _record(html.format("8500kr"))["price_nok"] == 8500
    assert _record(html.format("Kr 4 900,-"))["price_nok"] == 4900
    # traps: an amount under another field's heading, an amount inside a sentence without a price word
    assert prose.price_line([Line("kr 600", "text", section="Semesteravgift")]) is None
    assert prose.price_line(_lines("Vi har delt ut 8500 kr i stipend.")) is None
    assert prose.price_line([Line("kr 7 000", "text", section="Pris")]).raw == "kr 7 000"


@pytest.mark.parametrize("text, price", [
    # a fact box's "Tuition: None"; the state that is to pay, with a modal
    ("None", 0),
    ("Ingen", 0),
    ("Staten skal etter planen betale heile utdanninga over statsbudsjettet.", 0),
    ("Udir vil dekke studieavgiften for styrerne.", 0),
    # traps: the state paying for something else; "ingen" inside a longer value; a price beside the public payer
    ("Staten skal betale lønn til vikarer.", None),
    ("Ingen påmelding etter fristen.", None),
    ("Kursavgift kr 3000. Staten skal betale reisen.", 3000),
])
def test_no_fee_in_a_fact_box_and_the_state_that_is_to_pay(text, price):
    assert normalise.price_nok(text) == price


def test_a_study_that_costs_nothing_is_free():
    for text in ("Det koster ingenting å være med, men kommunen må prioritere arbeidet.",
                 "Kurset kostar ikkje noko.", "It costs nothing to take part."):
        fact = prose.price(_lines(text))
        assert fact is not None and normalise.price_nok(fact.raw) == 0, text
    # traps: nothing said of the cost; a little is not nothing
    assert prose.price(_lines("Det koster tid og innsats å lede endring.")) is None
    assert normalise.price_nok("Kurset koster ikke mye: kr 500.") == 500


def test_a_deadline_without_its_year_takes_the_one_year_of_the_pages_headings():
    page = ("<h1>Styrerutdanning</h1><p>Utdanningen gir 30 studiepoeng på deltid.</p><h2>{}</h2>"
            "<p>Studietilbudene står i katalogen.</p><h2>Hvordan søke?</h2>"
            "<p>Søknadsskjemaet er åpent fra 1. februar til 1. mars.</p>")
    assert _record(page.format("Studietilbud 2017"))["application_deadline"] == "2017-03-01"
    # traps: a term's heading is the start's business; two years name no one year; no year, no date
    assert prose.heading_year([Line("Oppstart høsten 2024", "heading", level=2)]) is None
    assert prose.heading_year([Line("Studieåret 2022/2023", "heading", level=2)]) is None
    assert _record(page.format("Studietilbud"))["application_deadline"] is None


def test_the_last_date_of_a_rolling_admission_is_the_deadline():
    for text, raw in (("Opptaket er løpande til studiet er fullt, og seinast 1. august.", "1. august"),
                      ("Løpende opptak, senest 15. juni 2024.", "15. juni 2024"),
                      ("Admission is rolling until 1 August 2025.", "1 August 2025")):
        assert prose.deadline(_lines(text)).raw.rstrip(".") == raw
    # traps: another step's last date; a date to turn up
    assert prose.deadline(_lines("Opptaksbrev sendes senest 1. juli.")) is None
    assert prose.deadline(_lines("Du må møte senest 1. august.")) is None


# -- round 15 review (rvb15): traps beside this round's rules ------------------------------------------------

def test_a_contact_heading_that_lists_what_to_ask_about_is_still_a_contact_box():
    """"Contact & prices" names a fact of the offer beside the contact ("&" as well as "og"/"and"); a heading
    that names the topics one may ask about, or who handles the applications, is a contact box."""
    from crawler.blocks import _CONTACT, _CONTACT_AND_FACT

    def contact(heading: str) -> bool:
        return bool(_CONTACT.match(heading) and not _CONTACT_AND_FACT.match(heading))
    assert not contact("Contact & prices") and not contact("Kontakt & påmelding")
    assert not contact("Kontaktinformasjon og påmeldingsfrist") and not contact("Spørsmål og svar")
    # traps: the topics of a contact box, a contact for the handling of applications
    for heading in ("Spørsmål om pris og påmelding?", "Har du spørsmål om opptak og søknad?",
                    "Contact us about fees and applications", "Kontaktpersoner og søknadsbehandling",
                    "Kontakt oss for spørsmål om faglig innhold og pris"):
        assert contact(heading), heading


def test_a_month_and_year_without_a_day_is_no_deadline_date():
    """"i mars 2025" names no day: the date patterns must not read "mars 20" (day 20) out of the year."""
    assert prose.deadline(_lines("Søknadsfristen er i mars 2025.")) is None
    assert prose.deadline(_lines("The application deadline is in March 2025.")) is None
    assert prose.deadline(_lines("Søknadsfrist: 1. mars 2025.")).raw == "1. mars 2025"
    assert prose.deadline(_lines("Application deadline: March 1st, 2025.")).raw == "March 1st, 2025"


@pytest.mark.parametrize("text, term", [
    ("Studiet blir tilbode hausten 2025.", "hausten 2025"),
    ("Kurset vert tilbode våren 2026 i Volda.", "våren 2026"),
    # traps: a term the study is NOT offered in, either order
    ("Kurset tilbys ikke høsten 2025.", None),
    ("Emnet tilbys ikkje hausten 2025.", None),
    ("Høsten 2025 tilbyr vi ikke kurset.", None),
])
def test_a_term_the_study_is_not_offered_in_is_no_start(text, term):
    fact = prose.start(_lines(text))
    assert (fact.raw if fact else None) == term


@pytest.mark.parametrize("text, price", [
    ("Udir vil dekke studieavgiften for styrerne.", 0),
    ("Det koster ingenting å være med.", 0),
    # traps: the state that will NOT pay, or pay a part; nothing EXTRA is no free study
    ("Staten vil ikke dekke studieavgiften.", None),
    ("Udir vil dekke halve studieavgiften.", None),
    ("Det koster ikke noe ekstra å ta eksamen.", None),
    ("It costs nothing extra to sit the exam.", None),
])
def test_the_state_that_will_not_pay_or_pays_a_part_is_no_free_study(text, price):
    assert normalise.price_nok(text) == price


def test_a_rolling_admission_until_a_date():
    assert prose.deadline(_lines("Opptaket er løpende fram til 15. juni.")).raw.rstrip(".") == "15. juni"
    assert prose.deadline(_lines("Løpende opptak til 1. september 2025.")).raw.rstrip(".") == "1. september 2025"
    # trap: until the study is full is no date
    assert prose.deadline(_lines("Løpende opptak til kurset er fullt.")) is None


def test_a_headings_year_of_news_or_an_update_is_not_the_offers():
    assert prose.heading_year([Line("Opptak 2024", "heading", level=2)]) == "2024"
    for heading in ("Oppdatert 2021", "Nyheter 2019", "Årsrapport 2018", "Tidligere kull 2019"):
        assert prose.heading_year([Line(heading, "heading", level=2)]) is None, heading


def test_a_yearless_session_in_nynorsk_and_not_an_information_meeting():
    assert prose.yearless_session(_lines("Tysdag 4. mars kl. 10-15: første samling")).raw == "4. mars"
    assert prose.yearless_session(_lines("Laurdag, 8. mars kl. 9")).raw == "8. mars"
    # trap: an information meeting before the deadline is no session of the study
    assert prose.yearless_session(_lines("3. februar kl. 18: digitalt informasjonsmøte")) is None


def test_an_amount_under_a_short_label_of_another_cost_is_no_price():
    """A line that is only an amount is the price, but not the value of the label line above it when that label
    names another cost ("Semesteravgift:", "Depositum" over "kr 2000")."""
    assert prose.price_line(_lines("Kursavgift", "kr 7 000")).raw == "kr 7 000"
    assert prose.price_line(_lines("Kurset gir verneombud den opplæringen loven krever.", "8500kr")).raw == "8500kr"
    # traps: the amount of a semester fee, a deposit or a grant written as a label line over its value
    for label in ("Semesteravgift:", "Depositum", "Stipend", "Reise og opphold"):
        assert prose.price_line(_lines(label, "kr 2 000")) is None, label
    # but a participant's category over its amount is a price
    assert prose.price_line(_lines("Medlemmer", "kr 3 000", "Andre", "kr 4 000")).raw == "kr 3 000"


@pytest.mark.parametrize("text, price", [
    ("Hver deltaker betaler 300 kroner.", 300),
    ("Kurset koster kr 3500 for kurs og overnatting.", 3500),
    ("Kursavgift kr 4500 for reise og opphold og undervisning.", 4500),
    # traps: what the participant pays for a side cost named after its amount
    ("You pay NOK 300 for lunch.", None),
    ("Deltakerne betaler kr 1500 for overnatting og mat.", None),
    ("Du betaler kr 450 for boka.", None),
])
def test_a_side_cost_named_after_its_amount_is_no_price(text, price):
    assert normalise.price_nok(text) == price


def test_what_the_participant_must_pay_is_the_price():
    """The participant pays with a modal: "Du må betale 3000 kr", "Participants will pay NOK 2500"."""
    for text, price in (("Deltakerne må betale 3000 kr for kurset.", 3000), ("Participants will pay NOK 2500.", 2500)):
        fact = prose.price(_lines(text))
        assert fact is not None and normalise.price_nok(fact.raw) == price, text
    # traps: another payer; a side cost the participant must pay
    assert prose.price(_lines("Arbeidsgiveren må betale 5000 kr.")) is None
    fact = prose.price(_lines("Du må selv betale 2000 kr for reise."))
    assert fact is None or normalise.price_nok(fact.raw) is None


def test_a_study_that_costs_you_nothing_is_free():
    for text in ("Kurset koster deg ingenting.", "Det kostar dykk ikkje noko.", "It costs you nothing to join."):
        fact = prose.price(_lines(text))
        assert fact is not None and normalise.price_nok(fact.raw) == 0, text
    # trap: nothing extra
    assert normalise.price_nok("Det koster deg ikke noe ekstra å ta eksamen.") is None


def test_applications_handled_as_they_come_until_a_date():
    """"Søknadene behandles fortløpende" is a rolling admission as well; its last date is the deadline."""
    assert prose.deadline(_lines("Søknadene behandles fortløpende, senest 1. august.")).raw.rstrip(".") == "1. august"
    assert prose.deadline(_lines("Applications are reviewed on a rolling basis until 1 June.")).raw.rstrip(".") == "1 June"
    # traps: the date of the answer after a rolling admission
    assert prose.deadline(_lines("Søknader behandles fortløpende, og svar sendes senest 1. juli.")) is None
    assert prose.deadline(_lines("Løpende opptak, og du får svar innen 1. juli.")) is None


def test_an_offers_term_far_from_its_verb_is_another_offers():
    """"tilbys" reads a term close to it (a place or a mode between); a term 30 characters on belongs to a
    further offer the sentence names."""
    assert prose._start_in("Kurset tilbys på deltid i Bergen våren 2026.") == "våren 2026"
    # trap: another course offered in the same sentence
    assert prose._start_in("Vi tilbyr også et annet kurs, om veiledning, våren 2026.") is None
    # (a start word still reads its term further on)
    assert prose._start_in("Kurset starter etter en lang forberedelse og planlegging våren 2026.") == "våren 2026"


# Round 16 (start term): English and nynorsk start verbs, an intake, a cancelled intake, the application's start.
_LEADER_PAGE = "<h1>Videreutdanning i ledelse</h1><p>Studiet gir 30 studiepoeng og går på samlinger i Bergen.</p>"


@pytest.mark.parametrize("sentence, term", [
    ("The next intake is in autumn 2026.", "2026-host"),
    ("Next intake: spring 2027", "2027-var"),
    ("Teaching begins in August 2026.", "2026-host"),
    ("The programme commences in January 2027.", "2027-var"),
    ("Undervisninga tek til i august 2026.", "2026-host"),
    # a cancelled intake or a term without one is no start; the next one is
    ("Ikke opptak høsten 2024.", None),
    ("Oppstart høsten 2024 er avlyst. Neste oppstart blir høsten 2025.", "2025-host"),
    # traps: the application's start is not the study's; a gathering not cancelled is no cancelled intake
    ("Søknadsperioden starter 1. februar 2026.", None),
    ("The application period begins on 1 February 2026.", None),
    ("Registration begins in March 2026.", None),
    ("Søknadsperioden starter 1. februar, og studiet starter i august 2026.", "2026-host"),
    ("Oppstart høsten 2026, med samlinger som ikke blir avlyst.", "2026-host"),
])
def test_start_verbs_an_intake_and_a_cancelled_intake(sentence, term):
    assert _record(f"{_LEADER_PAGE}<p>{sentence}</p>", "https://x.test/studier/ledelse")["start_term"] == term


@pytest.mark.parametrize("sentence, deadline", [
    # a deadline that has passed is not the deadline; the next one is
    ("Søknadsfristen gjekk ut 1. mars 2025. Neste frist er 1. mars 2026.", "2026-03-01"),
    ("Fristen 1. mars 2025 har gått ut.", None),
    # trap: a deadline that expires then is the deadline
    ("Søknadsfristen utløper 1. mars 2026.", "2026-03-01"),
    # English "apply by", "no later than"
    ("Apply by 15 April 2026.", "2026-04-15"),
    ("Apply no later than 1 June 2026.", "2026-06-01"),
])
def test_a_passed_deadline_and_an_english_apply_by(sentence, deadline):
    html = f"{_LEADER_PAGE}<p>Oppstart høsten 2026.</p><p>{sentence}</p>"
    assert _record(html, "https://x.test/studier/ledelse")["application_deadline"] == deadline
