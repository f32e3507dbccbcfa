"""Credits and duration read from a course page's text (round 13): how pages state the offer's
own credits and length, and the traps of a part's credits and of another study's length."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from domain import when
from domain.records import build_record
from tests.helpers import crawled_record as _record


_HEAD = "<h1>Videreutdanning i helseledelse</h1><p>Studiepoeng</p><p>30 studiepoeng</p>"


# --- duration -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, semesters", [
    ("24 måneder på deltid", 4),
    ("over 12 months", 2),
    ("18 mnd", 3),
    ("3 måneder", None),                 # no whole semester
    ("1 1/2 år", 3),
    ("1½ år", 3),
])
def test_a_length_in_months_or_as_one_and_a_half_years(raw, semesters):
    assert when.duration_semesters(raw) == semesters


@pytest.mark.parametrize("sentence, semesters", [
    ("Det tek fire år å fullføre studiet på deltid.", 8),                          # nynorsk 'tek'
    ("Studietilboda varer alle i tre semester og gir 30 studiepoeng.", 3),          # a word between
    ("Studiet varer 1 1/2 år og er knytt til arbeidet.", 3),
    ("The module runs part-time over 12 months and gives 30 credits.", 2),
    ("Du studerer på deltid i ett år, og utdanningen gir 30 studiepoeng.", 2),
    ("In length, the programme matches four semesters of study.", 4),
    ("Two courses make up the Health Leadership One Year Programme.", 2),
    ("After the year-long course, students can work in the services.", 2),
    ("Velkommen til den 4-årige nett- og samlingsbaserte bachelorutdanningen.", 8),
])
def test_ways_a_page_states_the_length(sentence, semesters):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] == semesters


@pytest.mark.parametrize("sentence", [
    # trap: a length in months that is no whole semester
    "Studiet varer 19 måneder med samlinger.",
    # traps: the length of a degree someone has, not of the offer
    "Jobber du i skolen og har en treårig pedagogisk utdanning?",
    "Treårig helse- eller sosialfaglig utdanning eller realkompetanse på tilsvarende nivå.",
    "Eksamen fra det 1-årige studiet i norsk, bestått.",
    "The course is for students admitted to a 5-year integrated Master's programme.",
])
def test_a_length_that_is_not_the_offer_s(sentence):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] is None


def test_the_number_of_semesters_label():
    html = "<h1>Psykisk helsearbeid</h1><dl><dt>Studiepoeng</dt><dd>60</dd><dt>Antall semester</dt><dd>4</dd></dl>"
    assert _record(html)["duration_semesters"] == 4


def test_a_length_deep_in_a_kind_section_is_not_the_duration():
    """The kind's section text may hold a length far from its start (a rule for old plans: exams
    'i to år etter'); only the value's start is read as a length ("Course type: Three semesters")."""
    html = ("<h1>Bachelor i pedagogikk</h1><p>Studiepoeng</p><p>180</p><h2>Grad</h2><p>Bachelor</p>"
            "<p>Når en emneplan blir revidert, kan studenter som begynte etter den gamle planen, ta eksamen "
            "etter den i to år etter endringen.</p>")
    assert _record(html)["duration_semesters"] is None
    html = ("<h1>MAN 5133 National Management training</h1><h2>Course type:</h2><p>Three semesters</p>"
            "<p>The programme is for heads of kindergartens who want to take the national education for "
            "kindergarten administrators at master level.</p><p>Credits</p><p>30 ECTS</p>")
    assert _record(html)["duration_semesters"] == 3


# --- credits: a part's credits are not the offer's ------------------------------------------

_MASTER = "<h1>Master i helseledelse</h1><p>Masterstudiet går over to år og gir en mastergrad.</p>"


@pytest.mark.parametrize("sentence", [
    "The degree takes two years and is made up of compulsory courses, optional courses and a thesis worth 45 ECTS.",
    "Next comes a stream of your choice (economics or epidemiology) worth 15-20 ECTS of specialised courses.",
    "The second year adds one elective (10 ECTS).",
    "Everyone takes six compulsory courses (60 ECTS) in research methods and health policy.",
    "Til slutt skriv du masteroppgåva på 30 studiepoeng.",
    "For de fleste enkeltkurs på 7,5 studiepoeng er kursavgiften kr 33 400.",
])
def test_a_part_s_credits_are_not_the_offer_s(sentence):
    result = extract(f"{_MASTER}<p>Studiet er for ledere i helse- og omsorgstjenestene.</p><p>{sentence}</p>",
                     "https://x.test/studier/master-helseledelse")
    assert result.offer.get("credits", "") == ""


def test_a_page_whose_title_is_the_part_keeps_its_credits():
    """On the thesis's own page, 'a thesis worth 30 ECTS' is the offer's; so is 'bestått eksamen i
    en modul gir 7,5 studiepoeng' on a module's page, which on the programme's page is one part's."""
    facts = "<dl><dt>Start</dt><dd>Autumn 2026</dd><dt>Application deadline</dt><dd>1 March 2026</dd></dl>"
    html = f"<h1>Master thesis in health management</h1>{facts}<p>You write a thesis worth 30 ECTS.</p>"
    assert _record(html)["credits_max"] == 30
    said = "<p>Programmet har åtte moduler; bestått eksamen i en modul gir 7,5 studiepoeng.</p>"
    assert _record(f"<h1>Lederutdanning i helse og omsorg, modul 1</h1>{said}")["credits_max"] == 7.5
    result = extract(f"<h1>Lederutdanning i helse og omsorg</h1>{said}", "https://x.test/studier/ledelse")
    assert result.offer.get("credits", "") == ""


def test_one_emne_is_the_study_itself():
    head = "<h1>Videreutdanning i prosjektledelse</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    html = f"{head}<p>Studiet er ett emne på 15 studiepoeng med disse temaene:</p>"
    assert _record(html)["credits_max"] == 15
    html = f"{head}<p>Studiet har to emner på 15 studiepoeng.</p>"     # trap: one of two is not the study's 15;
    assert _record(html)["credits_max"] == 30                               # counted, the two make 30 (round 37)
    html = f"{head}<p>Studiet har emner på 15 studiepoeng.</p>"        # uncounted: no whole
    assert _record(html)["credits_max"] is None


@pytest.mark.parametrize("sentence, total", [
    ("Programmet består av obligatoriske emner på 50 studiepoeng, valgfrie emner på 10 studiepoeng og en "
     "masteroppgave på 30 studiepoeng.", 90),
    ("Det består av obligatoriske teoriemner, til sammen 60 studiepoeng, ett valgemne på 10 studiepoeng og "
     "masteroppgaven på 50 studiepoeng.", 120),
    ("Its components are a 45-credit major, a 22,5-credit minor, 22,5 credits of methods and a thesis worth "
     "30 ECTS credits.", 120),
])
def test_the_sum_of_the_parts_a_study_is_made_of(sentence, total):
    assert _record(f"{_MASTER}<p>{sentence}</p>")["credits_max"] == total


@pytest.mark.parametrize("sentence", [
    # traps: parts of one size (the count is not summed) and a total stated before the list
    "Programmet består av tre moduler på 20 studiepoeng og en masteroppgave på 30 studiepoeng.",
    "Programmet består av emner à 10 studiepoeng og en masteroppgave på 30 studiepoeng.",
])
def test_no_sum_of_parts_of_one_size(sentence):
    result = extract(f"{_MASTER}<p>{sentence}</p>", "https://x.test/studier/master-helseledelse")
    assert result.offer.get("credits", "") == ""


def test_the_total_before_its_parts_is_the_total():
    html = (f"{_MASTER}<p>Programmet er på 90 studiepoeng totalt, fordelt på tre moduler á 20 studiepoeng og en "
            "masteroppgave på 30 studiepoeng.</p>")
    assert _record(html)["credits_max"] == 90


def test_credits_said_as_a_label_inside_a_line_and_a_degree_applicants_have():
    """'Credits (ECTS): 120' among other facts of a line is the offer's; 'a bachelor’s degree of 180
    ECTS' (with a typographic apostrophe) is what an applicant must have."""
    html = ("<h1>Public Health</h1><p>Master of Public Health, Full-time /Duration: 2 year(s) / Credits (ECTS): 120</p>"
            "<p>You need a bachelor’s degree of 180 ECTS that includes at least 80 ECTS in health sciences.</p>")
    assert _record(html)["credits_max"] == 120
    result = extract("<h1>Public Health - master</h1><p>Master of Public Health is a full-time programme.</p>"
                     "<p>You need a bachelor’s degree of 180 ECTS.</p>", "https://x.test/studier/mph")
    assert result.offer.get("credits", "") == ""


def test_a_per_emne_label_line_is_not_the_offer_s_credits():
    html = (f"{_MASTER}<ul><li><span>Studiepoeng per emne</span><span>5 studiepoeng</span></li></ul>"
            "<p>Programmet består av obligatoriske emner på 50 studiepoeng og en masteroppgave på 40 studiepoeng.</p>")
    assert _record(html)["credits_max"] == 90


def test_a_line_of_another_course_code_is_not_the_offer_s_credits():
    """An emne page lists overlapping courses ("Studiepoengreduksjon") by code: their credits are theirs;
    the title's own code or course name on such a line is the offer's."""
    head = "<h1>VID-6332 Nasjonal lederutdanning for styrere - 30 stp</h1><p>Søknadsfrist: 1. mars 2026</p>"
    html = f"{head}<h2>Studiepoengreduksjon</h2><p>LPU-3010 Ledelse i utdanningsinstitusjoner 1 15 stp</p>"
    assert _record(html)["credits_max"] == 30
    html = ("<h1>Helseleiing</h1><p>Søknadsfrist: 1. mars 2026</p><p>Oppstart: hausten 2026</p>"
            "<p>HELED620 Helseleiing 20 studiepoeng</p>")
    assert _record(html)["credits_max"] == 20


def test_a_list_of_three_parts_sizes_without_a_total_gives_no_credits():
    head = ("<h1>Demens og psykisk helse hos eldre</h1><p>Fagskoleutdanning på deltid over to år.</p>"
            "<p>Søknadsfrist: 15. april 2026</p>")
    html = f"{head}<ul><li>Fellesemne | 12 uker | 9 studiepoeng</li><li>Demens | 22 uker | 17 studiepoeng</li>" \
           "<li>Veiledning | 6 uker | 4 studiepoeng</li></ul>"
    assert _record(html)["credits_max"] is None
    html = f"{head}<ul><li>Omfang: 30 studiepoeng</li></ul>"       # one figure in a list item is the offer's
    assert _record(html)["credits_max"] == 30


def test_a_study_plan_s_semesters_in_english_ordinals():
    html = ("<h1>Programme structure</h1><p>The European Master in Health Economics and Management, full time.</p>"
            "<p>Credits: 120 ECTS</p><ul><li>4th semester: Thesis work</li><li>3rd semester: Specialisation</li>"
            "<li>2nd semester: Specialisation</li><li>1st semester: Fundamentals of health economics</li></ul>")
    assert _record(html)["duration_semesters"] == 4


def test_a_required_degree_further_off_before_the_figure():
    """'… bachelorgrad pluss tilleggsutdanning i barnehagepedagogikk (60 sp. til sammen)' is what an applicant
    must have; with a verb between ("… kan du ta …, som gir 30 sp") the figure is the offer's."""
    head = "<h1>Ledelse av utviklingsarbeid i barnehagen</h1><p>Søknadsfrist: 1. mars 2026</p><p>Oppstart høsten 2026</p>"
    head += "<p>Videreutdanningen går på deltid over ett år.</p>"
    html = (f"{head}<ul><li>Fullført barnehagelærerutdanning</li><li>En annen relevant pedagogisk bachelorgrad "
            "pluss tilleggsutdanning i barnehagepedagogikk (60 sp. til sammen)</li></ul>")
    assert _record(html)["credits_max"] is None
    html = f"{head}<p>Etter en bachelorgrad i pedagogikk kan du ta denne videreutdanningen i ledelse, som gir 30 sp.</p>"
    assert _record(html)["credits_max"] == 30


def test_a_plan_s_numbered_study_years_are_the_duration():
    html = ("<h1>Kostnader</h1><p>Erfaringsbasert master i skoleutvikling og utdanningsledelse</p>"
            "<ul><li>1. studieår - 2 emner - 30 studiepoeng - kr 32 000</li>"
            "<li>2. studieår - 2 emner - 30 studiepoeng - kr 32 000</li>"
            "<li>3. studieår - Masteroppgave - 30 studiepoeng - kr 32 000</li></ul>")
    assert _record(html)["duration_semesters"] == 6
    html = html.replace("<li>2. studieår", "<li>Andre år").replace("<li>3. studieår", "<li>Siste år")
    assert _record(html)["duration_semesters"] is None        # one numbered year is no plan


@pytest.mark.parametrize("sentence, credits", [
    ("Praksisnær videreutdanning på 30 studiepoeng for ledere.", 30),        # a part word of the study itself
    ("Videreutdanningen består av ett emne på 30 studiepoeng.", 30),          # one emne: the study
    ("Studiet består av 60 studiepoeng, og kan bygges på med 30 studiepoeng til en master.", 60),   # no list
])
def test_traps_of_the_part_rules(sentence, credits):
    head = "<h1>Videreutdanning i veiledning</h1><p>Søknadsfrist: 1. mars 2026</p><p>Oppstart høsten 2026</p>"
    assert _record(f"{head}<p>{sentence}</p>")["credits_max"] == credits


def test_a_price_line_is_no_course_code():
    html = "<h1>Videreutdanning i veiledning</h1><p>Søknadsfrist: 1. mars 2026</p><p>NOK 32000 – 30 studiepoeng</p>"
    assert _record(html)["credits_max"] == 30


def test_a_study_s_length_adjective_in_a_sentence_that_also_says_has():
    html = f"{_HEAD}<p>Studiet er en toårig master, og du har samlinger i Oslo.</p>"
    assert _record(html)["duration_semesters"] == 4


@pytest.mark.parametrize("sentence", [
    "Masteren bygger på en treårig bachelorgrad i helsefag.",
    "The programme builds on a 3-year bachelor's degree in nursing.",
    "Du trenger en treårig utdanning i helse- og sosialfag.",
])
def test_a_degree_the_offer_builds_on_is_not_its_length(sentence):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] is None


def test_a_per_course_credits_label_inside_a_line():
    html = ("<h1>Summer courses in leadership</h1><p>Deadline: 1 March 2026</p><p>Start: Autumn 2026</p>"
            "<p>Level: master / Credits: 7.5 per course / Language: English</p>")
    result = extract(html, "https://x.test/studier/summer")
    assert not result.is_course or result.offer.get("credits", "") == ""


@pytest.mark.parametrize("sentence", [
    "One year programmes – 60 ECTS",                                          # a listing's plural
    "Admission lasts the standard length; for instance, three years for a bachelor's degree.",
])
def test_an_english_length_that_is_no_adjective_of_the_study(sentence):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] is None


# --- review of round 13 (rva): traps other institutions' pages hold --------------------------

def test_a_total_said_after_the_parts_is_the_total():
    """'består av … (15 stp) og … (15 stp), til sammen 30 studiepoeng' is 30, not the sum with the total (60);
    a subtotal among the parts ('teoriemner, til sammen 60 studiepoeng, …') still adds up."""
    html = "<h1>Master i helseledelse</h1><p>Studiet består av ledelse (15 stp) og økonomi (15 stp), til sammen 30 studiepoeng.</p>"
    assert _record(html, "https://x.test/studier/master-helseledelse")["credits_max"] == 30
    html = ("<h1>Master i helseledelse</h1><p>Det består av teoriemner som alle tar, til sammen 60 studiepoeng, ett "
            "valgemne på 10 studiepoeng og masteroppgaven på 50 studiepoeng.</p>")
    assert _record(html, "https://x.test/studier/master-helseledelse")["credits_max"] == 120


def test_a_part_word_in_the_study_s_own_name_is_no_part():
    """'Videreutdanningen i veiledning og praksis på 30 studiepoeng': 'praksis' names the study's subject;
    'Masterprogrammet i helse har en masteroppgave på 30 studiepoeng' still names a part."""
    head = "<h1>Master i helseledelse</h1><p>Studiet er for ledere i helse- og omsorgstjenestene.</p>"
    said = "<p>Videreutdanningen i veiledning og praksis på 30 studiepoeng er for ansatte.</p>"
    assert _record(head + said)["credits_max"] == 30
    said = "<p>Masterprogrammet i helse har en masteroppgave på 30 studiepoeng.</p>"
    assert extract(head + said, "https://x.test/studier/ledelse").offer.get("credits", "") == ""


@pytest.mark.parametrize("raw", ["3 - 6 måneder", "6 til 12 måneder", "from 18 to 24 months", "6 eller 12 måneder"])
def test_a_range_of_months_is_no_length(raw):
    assert when.duration_semesters(raw) is None


@pytest.mark.parametrize("sentence", [
    "Students who have worked for over 12 months can apply.",
    "Studiet passer for deg som har jobbet i over 5 år som leder.",
    "The programme has been offered for over 10 years.",
])
def test_time_worked_or_a_study_s_age_is_no_length(sentence):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] is None
    assert _record(f"{_HEAD}<p>Studiet går over 2 år.</p>")["duration_semesters"] == 4


@pytest.mark.parametrize("sentence", [
    "Studiet er for sykepleiere med treårig bachelorutdanning.",
    "Målgruppen er ansatte med treårig helse- og sosialfaglig utdanning.",
    "The course is for nurses with a three-year bachelor's degree.",
    "It is open to those who hold a 3-year degree in health.",
])
def test_the_degree_of_the_ones_a_study_is_for_is_not_its_length(sentence):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] is None
    # the study's own length before them is still read
    said = "Studiet er eit toårig deltidsstudium for tilsette med treårig utdanning."
    assert _record(f"{_HEAD}<p>{said}</p>")["duration_semesters"] == 4


@pytest.mark.parametrize("sentence, semesters", [
    ("Masterprogrammet er toårig.", 4),
    ("Utdanninga er eittårig og gir 60 studiepoeng.", 2),
    ("Studiet er nå treårig.", 6),
    ("Studiet er ikke treårig.", None),                  # trap: a negation
])
def test_a_length_adjective_said_of_the_study(sentence, semesters):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] == semesters


@pytest.mark.parametrize("sentence, credits", [
    ("Programmet fører fram til en mastergrad og består av 120 studiepoeng.", 120),
    ("Du oppnår graden master i ledelse, og studiet omfatter 120 studiepoeng.", 120),
    ("Kurset er godkjent som en del av mastergraden og gir 10 studiepoeng.", 10),
])
def test_the_study_s_figure_in_a_clause_after_a_degree(sentence, credits):
    head = "<h1>Ledelse og organisasjon</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    assert _record(f"{head}<p>{sentence}</p>")["credits_max"] == credits


def test_a_degree_s_credits_one_must_have_stay_required():
    head = "<h1>Ledelse og organisasjon</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    said = "<p>Studiet er for deg med bachelorgrad og minst 60 studiepoeng i helsefag, og gir 30 studiepoeng.</p>"
    assert _record(head + said)["credits_max"] == 30


@pytest.mark.parametrize("sentence, credits", [
    ("Studiet er organisert i ett emne på 30 studiepoeng.", 30),      # the study is the one part
    ("The programme is organised in one module of 30 ECTS.", 30),
    ("KS 2023: Lederkurset gir 10 studiepoeng.", 10),                  # a name and a year, no course code
])
def test_one_part_and_code_lines_that_are_the_study_s_own(sentence, credits):
    head = "<h1>Ledelse og organisasjon</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    assert _record(f"{head}<p>{sentence}</p>")["credits_max"] == credits


def test_only_a_title_that_starts_with_the_part_makes_the_part_the_offer():
    """'Master i ledelse og praksis' names 'praksis' as a subject: a thesis's credits stay a part's there;
    'HSH500 Masteroppgave' is the thesis's own page."""
    said = ("<p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
            "<p>Studiet gir en mastergrad. You write a thesis worth 30 ECTS.</p>")
    assert extract(f"<h1>Master i ledelse og praksis</h1>{said}", "https://x.test/studier/m").offer.get("credits", "") == ""
    assert _record(f"<h1>HSH500 Masteroppgave</h1>{said}")["credits_max"] == 30


@pytest.mark.parametrize("sentence, semesters", [
    ("The 12-month programme runs part-time.", 2),
    ("This 18-month course is for managers.", 3),
    ("A 3-month course for new leaders.", None),        # no whole semester
])
def test_an_english_length_in_months_before_the_study(sentence, semesters):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] == semesters


# --- round 14: the total said after the figure, every credit of the offer ----------------------

@pytest.mark.parametrize("sentence, credits", [
    # the total after the figure wins over a per-semester figure before it
    ("Full-time students take 30 credits/ECTS each semester for 3 years, 180 credits/ECTS in all.", 180),
    ("Du tar 15 studiepoeng hvert semester, 60 studiepoeng til sammen.", 60),
    # every credit of the offer wins over an early exit
    ("Går du ut etter 60 studiepoeng, har du en videreutdanning. Fullfører du alle 120 studiepoeng, får du en mastergrad.",
     120),
    ("You may leave after 60 ECTS with a diploma; completing all 120 ECTS gives the degree.", 120),
    # trap: "all" before a count of courses is no credit figure
    ("Du må bestå alle 3 emner. Studiet gir 30 studiepoeng.", 30),
])
def test_a_total_said_after_the_figure_or_all_the_credits(sentence, credits):
    head = "<h1>Ledelse og organisasjon</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    assert _record(f"{head}<p>{sentence}</p>")["credits_max"] == credits


def test_a_figure_per_semester_with_a_second_unit_name_is_no_credit_figure_of_the_offer():
    html = ("<h1>Ledelse og organisasjon</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
            "<p>Students take 30 credits/ECTS each semester.</p>")
    result = extract(html, "https://x.test/studier/ledelse")
    assert not result.is_course or not result.offer.get("credits")


@pytest.mark.parametrize("value, credits", [
    ("30 (15 + 15) studiepoeng", 30),       # the total with its parts beside it
    ("60 / 30 + 30 studiepoeng", 60),
    ("30 (10 + 10) studiepoeng", None),     # trap: parts that do not add up give no total
])
def test_a_total_written_with_its_parts(value, credits):
    head = "<h1>Spesialpedagogikk</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    html = f"{head}<ul><li>Videreutdanning, deltid</li><li>{value}</li></ul><p>En videreutdanning for lærere.</p>"
    result = extract(html, "https://x.test/studier/ledelse")
    got = build_record({**result.offer, "id": "x"}, source="crawl")["credits_max"] if result.is_course else None
    assert got == credits


@pytest.mark.parametrize("raw, expected", [
    ("30 + 30", (60.0, 60.0)),              # a label's value: two modules of 30, the offer's total is 60
    ("7,5 + 7,5 studiepoeng", (15.0, 15.0)),
    ("90 + 90 frie", (180.0, 180.0)),       # (as before)
    ("15 - 30", (15.0, 30.0)),              # trap: a range is no sum
])
def test_a_credits_value_that_is_a_sum_of_parts(raw, expected):
    from domain import normalise
    assert normalise.credits(raw) == expected


# --- round 14: English pages that translate word for word ---------------------------------------

@pytest.mark.parametrize("sentence, credits", [
    ("The programme is for school leaders. It gives 30 study points.", 30),     # "studiepoeng" in English words
    ("The course gives 7.5 study points.", 7.5),
    # trap: what an applicant must have is not the offer's credits
    ("Admission requires 180 study points in education. The course gives 15 study points.", 15),
])
def test_study_points_are_credits(sentence, credits):
    head = "<h1>School leadership</h1><p>Start: Autumn 2026</p><p>Application deadline: 1 March 2026</p>"
    assert _record(f"{head}<p>{sentence}</p>", "https://x.test/studies/leadership")["credits_max"] == credits


@pytest.mark.parametrize("sentence, semesters", [
    ("The further education takes one and a half years.", 3),
    ("Videreutdanningen varer halvannet år.", 3),
    ("The seminar takes one and a half hours.", None),      # trap: hours are no length of study
])
def test_one_and_a_half_years_in_a_sentence(sentence, semesters):
    assert _record(f"{_HEAD}<p>{sentence}</p>")["duration_semesters"] == semesters


@pytest.mark.parametrize("items, semesters", [
    (["Videreutdanning, deltid", "30 studiepoeng", "To semester", "Høst 2026"], 2),    # a fact list without labels
    (["Deltid", "30 studiepoeng", "2 semestre"], 2),
    (["Deltid", "30 studiepoeng", "1. semester"], None),       # trap: an ordinal is one part of a plan
])
def test_a_bare_length_in_a_fact_list_without_labels(items, semesters):
    head = "<h1>Spesialpedagogikk</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    listed = "".join(f"<li>{item}</li>" for item in items)
    assert _record(f"{head}<ul>{listed}</ul><p>En videreutdanning for lærere.</p>")["duration_semesters"] == semesters


def test_a_bare_length_under_admission_is_experience_not_the_study_s_length():
    html = ("<h1>Spesialpedagogikk</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
            "<p>Studiet gir 30 studiepoeng.</p><h2>Opptakskrav</h2><ul><li>Bachelorgrad</li><li>2 år</li></ul>")
    assert _record(html)["duration_semesters"] is None


@pytest.mark.parametrize("sentence, credits", [
    ("Praksis utgjør 15 studiepoeng av studiet.", None),             # a part's share of the whole
    ("The placement makes up 20 ECTS of the programme.", None),
    ("Studiet gir 120 studiepoeng. Praksis utgjør 15 studiepoeng av studiet.", 120.0),   # the total still wins
    ("Studiet gir 30 studiepoeng av høy kvalitet.", 30.0),            # trap: 'av' not followed by the study
])
def test_credits_said_to_be_a_share_of_the_study_are_a_part_s(sentence, credits):
    html = (f"<h1>Master i ledelse</h1><p>Studiet går over fire år på deltid og har samlinger i Bergen.</p>"
            f"<p>{sentence}</p>")
    assert _record(html, "https://x.test/studier/master-ledelse")["credits_max"] == credits


# --- round 15 ------------------------------------------------------------------------------

_BACHELOR = ("<h1>Studieplan - Barnevern, bachelorstudium, Bergen</h1><p>Hausten 2026</p>"
             "<p>Studiet utdannar barnevernspedagogar som arbeider med barn og unge i familien og nærmiljøet.</p>")


@pytest.mark.parametrize("sentence, credits", [
    ("Ved campus Bergen deler bachelorutdanningane i barnevern og vernepleie om lag 60 studiepoeng.", None),
    ("Tek ein i tillegg 60 studiepoeng vidareutdanning, kan ein undervise i skulen.", None),
    ("The placement courses carry 7 sp each.", None),
    # traps: the degree's own total stays, and so do the credits of a course that is no bachelor degree
    ("Studiet gir 180 studiepoeng.", 180.0),
    ("Programmet har 240 studiepoeng over fire år.", 240.0),
])
def test_fewer_credits_than_a_bachelor_said_on_a_bachelors_page_are_a_part_s(sentence, credits):
    record = _record(f"{_BACHELOR}<p>{sentence}</p>", "https://x.test/studier/barnevern")
    assert (record["credits_max"], record["kind"], record["level"]) == (credits, "degree", "bachelor")


def test_the_credits_of_a_single_course_under_a_bachelor_are_its_own():
    html = ("<h1>Ledelse i barnevernet</h1><p>Hausten 2026</p><p>Emnet gir 15 studiepoeng og inngår i "
            "bachelorstudiet i barnevern.</p><p>Undervisninga er samlingsbasert i Bergen.</p>")
    record = _record(html, "https://x.test/emne/led100")
    assert record["credits_max"] == 15.0 and record["kind"] == "single_course"


def test_fewer_credits_than_an_arsstudium_said_on_its_page_are_a_course_s():
    """An årsstudium is 60 credits: a course row of its plan is a part. Trap: its 60 stay."""
    head = ("<h1>Nordic Studies, 1 year programme, årsstudium</h1><p>Applicants need the general admission "
            "requirements.</p><p>Students are taught through lectures and seminars.</p>")
    tail = ("<h2>Admission</h2><p>Applicants need the general admission requirements.</p>"
            "<h2>How to apply</h2><p>Apply by 15 April 2026. Teaching starts in autumn 2026.</p>")
    row = "<p>2111 Grammar and Usage – 15.00 credits – compulsory – first semester</p>"
    record = _record(f"{head}{row}{tail}", "https://x.test/studies/nordic")
    assert (record["credits_max"], record["kind"]) == (None, "one_year")
    record = _record(f"{head}<p>The one-year programme gives 60 ECTS credits.</p>{tail}", "https://x.test/studies/nordic")
    assert (record["credits_max"], record["kind"]) == (60.0, "one_year")


_PLAN = ("<h1>Study plan - Bachelor, Social Work</h1><p>Autumn 2026</p><p>Social work is a bachelor's programme "
         "in health and social studies, close to practice.</p>")


@pytest.mark.parametrize("sentence, credits", [
    ("At the college the bachelor's degree is organised as a full-time study of 180 credits.", 180.0),
    ("Bachelorgraden er på 180 studiepoeng og tas over tre år.", 180.0),
    # traps: a degree an applicant must have, said with the same words
    ("The bachelor's degree is required, and applicants must hold 180 credits.", None),
    ("Applicants need a bachelor's degree of 180 credits.", None),
])
def test_the_degree_as_the_subject_of_its_figure_is_the_offer_s_own(sentence, credits):
    assert _record(f"{_PLAN}<p>{sentence}</p>", "https://x.test/studies/social-work")["credits_max"] == credits


# --- round 15 review -------------------------------------------------------------------------

_ADMISSION = "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p><p>Søknadsfrist: 15. april 2026</p>"


@pytest.mark.parametrize("title, sentence, credits", [
    # one course of a bachelor, named with it: its own credits, not a part of the degree's
    ("Bachelor i sykepleie - Ledelse og fagutvikling", "Emnet gir 15 studiepoeng og handlar om leiing.", 15.0),
    ("Bachelor i sykepleie: SYK210 Ledelse og fagutvikling", "Studiet gir 15 studiepoeng.", 15.0),
    ("Ledelse og fagutvikling (15 sp)", "Dette er eit emne i bachelor i sjukepleie. Det gir 15 studiepoeng.", 15.0),
    ("Bachelor of Nursing - Leadership in practice", "This course is worth 10 ECTS credits.", 10.0),
    # a study that is itself a part of a bachelor keeps its credits
    ("Bachelorpåbygging i ledelse", "Studiet gir 60 studiepoeng.", 60.0),
    ("Bachelor i ledelse, 3. år", "Studiet gir 60 studiepoeng og bygger på ei fagskoleutdanning.", 60.0),
    # trap: the degree's page that speaks of a part still drops it
    ("Bachelor i barnevern", "Ved campus Bergen deler bachelorutdanningane om lag 60 studiepoeng.", None),
])
def test_a_course_s_own_page_under_a_bachelor_keeps_its_credits(title, sentence, credits):
    html = f"<h1>{title}</h1><p>Hausten 2026</p><p>{sentence}</p>{_ADMISSION}"
    assert _record(html, "https://x.test/studier/x")["credits_max"] == credits


@pytest.mark.parametrize("sentence, credits", [
    ("Bachelorgrada er på 180 studiepoeng og går over tre år.", 180.0),        # nynorsk
    # trap: the least degree an applicant must hold, with the degree as the subject
    ("Søkere med bachelorgrad der bachelorgraden er på minst 180 studiepoeng kan søke.", None),
    ("Opptak krev at bachelorgrada er på minimum 180 studiepoeng.", None),
])
def test_the_degree_as_the_subject_in_nynorsk_and_a_least_degree(sentence, credits):
    assert _record(f"{_PLAN}<p>{sentence}</p>", "https://x.test/studies/social-work")["credits_max"] == credits


@pytest.mark.parametrize("sentence", [
    "The bachelor's degree is a prerequisite of 180 credits.",
    "Bachelorgraden er en forutsetning, med 180 studiepoeng i sosialfag.",
])
def test_a_bachelor_named_as_a_master_s_prerequisite_is_not_its_total(sentence):
    html = ("<h1>Master i helseledelse</h1><p>Høsten 2026</p><p>Studiet gir ledere i helsetjenesten innsikt i "
            f"styring og endring.</p><p>{sentence}</p>")
    assert _record(html, "https://x.test/studier/helseledelse")["credits_max"] is None


# Round 16 (duration): a bound is no length, and of two lengths per pace the full-time one counts.
@pytest.mark.parametrize("raw, semesters", [
    ("Varighet: inntil 3 år", None),
    ("opptil to år", None),
    ("Up to two years", None),
    ("minst to år", None),
    ("ett år eller mer", None),
    ("two years or longer", None),
    # traps: a plain length, and a length with a bound after it, still read
    ("2 år", 4),
    ("3 år (maks 5 år)", 6),
    ("Over to semestre", 2),
])
def test_a_bound_on_the_length_is_no_length(raw, semesters):
    assert when.duration_semesters(raw) == semesters


_LEADER_COURSE = ("<h1>Videreutdanning i ledelse</h1><p>Høsten 2026</p><p>Studiet gir 30 studiepoeng og går på "
                  "samlinger.</p>")


@pytest.mark.parametrize("sentence, semesters", [
    ("Du lærer jevnt over ett år eller mer, ved siden av jobben.", None),
    ("Studiet går over to år eller lenger, alt etter tempo.", None),
    # trap: a bound later in the sentence does not undo the length
    ("Studiet går over to semestre, og du kan bruke inntil tre år på oppgaven.", 2),
])
def test_a_study_said_to_last_a_length_or_more_has_no_length(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html, "https://x.test/studier/ledelse")["duration_semesters"] == semesters


@pytest.mark.parametrize("sentence, semesters", [
    ("Normert tid er 4 år på deltid, eller 2 år på heltid.", 4),
    ("Studiet går over fire år på deltid eller tre år på heltid.", 6),
    ("The programme takes four years part-time or two years full-time.", 4),
    # traps: the full-time length first is read as before; one pace alone keeps its length
    ("Studiet går over 2 år på heltid eller 4 år på deltid.", 4),
    ("Studiet går over 4 år på deltid, med samlinger i Bergen.", 8),
])
def test_of_a_length_per_pace_the_full_time_one_counts(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html, "https://x.test/studier/ledelse")["duration_semesters"] == semesters


@pytest.mark.parametrize("sentence, semesters", [
    # a part's length is not the study's
    ("Praksisperioden varer i to semestre.", None),
    ("Hvert emne varer ett semester.", None),
    ("Each module lasts one semester.", None),
    # traps: the study as the subject beside a part; a part's length before the study's; the page's own course
    ("Studiet har praksis og varer i to semestre.", 2),
    ("Praksis inngår, og studiet går over fire semestre.", 4),
    ("The placement takes one semester, and the programme takes two years.", 4),
    ("Emnet går over ett semester.", 1),
    # the length as a norm: "normert til", "normally completed in" (not a weekly load)
    ("Studiet er normert til to år på deltid.", 4),
    ("The programme is normally completed in two years.", 4),
    ("Heltidsstudiet er normert til 40 timer i uka.", None),
])
def test_a_part_s_length_is_not_the_study_s_and_a_normed_length_is(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html, "https://x.test/studier/ledelse")["duration_semesters"] == semesters


@pytest.mark.parametrize("raw, semesters", [
    # a label's value with a length per pace: the full-time one, whichever comes first
    ("4 år på deltid, 2 år på heltid", 4),
    ("Deltid over 4 år eller heltid over 2 år", 4),
    ("6 years part-time / 3 years full-time", 6),
    ("Heltid: 1 år. Deltid: 2 år", 2),
    # traps: one length with its pace is that length
    ("2 år deltid", 4),
    ("Deltid, 2 år", 4),
])
def test_a_label_s_length_per_pace_gives_the_full_time_one(raw, semesters):
    assert when.duration_semesters(raw) == semesters


@pytest.mark.parametrize("sentence, semesters", [
    ("Studiet har en varighet på to semestre.", 2),
    ("Studiet har ein varigheit på eitt år.", 2),
    ("The programme is two years long.", 4),
    ("The course is one semester long.", 1),
    # trap: an age is no length
    ("The programme is 2 years old and popular.", None),
])
def test_a_length_said_as_a_varighet_pa_or_as_long(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html, "https://x.test/studier/ledelse")["duration_semesters"] == semesters
