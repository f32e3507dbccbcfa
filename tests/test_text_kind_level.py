"""Kind and level of real course pages read in text mode (round 13): each rule of
domain/normalise.level_and_kind, crawler/prose.kind and crawler/extract.py's kind decisions,
with the trap it guards against."""

from __future__ import annotations

import pytest

from bs4 import BeautifulSoup

from crawler import blocks, facts, prose
from domain import normalise as n
from tests.helpers import crawled_record

NONE2 = (None, None)


# -- a degree's total names the degree ---------------------------------------

@pytest.mark.parametrize("kind, title, cmax, expected", [
    ("", "Helse- og sosialfag", 120, ("master", "degree")),       # "120 studiepoeng" and no kind word
    ("", "MASTNOR", 120, ("master", "degree")),
    ("", "Religion og samfunn", 180, ("bachelor", "degree")),     # "3 år (180 studiepoeng)"
    ("", "Lektorutdanning i realfag", 300, ("master", "degree")),  # an integrated master
    ("bachelor level", "Biosciences", 120, ("master", "degree")),  # the admission's level is not the offer's
    # traps: other totals stay what they were
    ("", "Helseledelse", 240, NONE2),
    ("", "Helseledelse", 90, ("bachelor", "single_course")),      # under 120: a credit-bearing single course
    ("", "Helseledelse", None, NONE2),
    ("videreutdanning", "Helseledelse", 120, ("bachelor", "single_course")),   # a kind the page names wins
])
def test_degree_total(kind, title, cmax, expected):
    assert n.level_and_kind(kind, title, "", cmax) == expected


def test_fagskole_total_is_no_degree():
    assert n.level_and_kind("", "Ledelse", "", 120.0, credits_raw="120 fagskolepoeng") == ("fagskole", "single_course")


# -- pages ------------------------------------------------------------------------------------

def _record(html: str, url: str = "https://x.test/studier/eldreomsorg"):
    return crawled_record(html, url)


def _level_kind(html: str, url: str = "https://x.test/studier/eldreomsorg"):
    record = _record(html, url)
    return record["level"], record["kind"]


def _level_kind_credits(html: str, url: str = "https://x.test/studier/eldreomsorg"):
    record = _record(html, url)
    return record["level"], record["kind"], record["credits_max"]


WITHOUT_CREDITS = ("none", "non_credit", 0.0)


def test_a_field_named_with_and_is_no_kind():
    """"Etter- og videreutdanning" (a department) and "grunn- og videreutdanningen" (all the education
    of a profession) are fields, not the offer's kind; the title's "årsstudium" is."""
    html = ("<h1>Eldreomsorg, årsstudium</h1><dl><dt>Studiepoeng</dt><dd>60 studiepoeng</dd></dl>"
            "<p>Studiet gir deg kunnskap om eldreomsorg og om hvordan tjenestene kan bli bedre.</p>"
            "<p>Dekan ved Etter- og videreutdanning har ansvaret for studiet.</p>")
    assert _level_kind(html) == ("bachelor", "one_year")
    # the trap: a videreutdanning named as the offer's kind still is one
    said = html.replace("Dekan ved Etter- og videreutdanning har", "Dette er en videreutdanning, og instituttet har")
    assert _level_kind(said.replace(", årsstudium", "")) == ("bachelor", "single_course")
    nn = ("<h1>Organisasjon og leiing</h1><p>Programmet knyter saman det du lærte i grunn- og vidareutdanninga, "
          "og arbeidet ditt som leiar.</p><p>Programmet har fire samlingar over eitt år, og du søkjer innan 1. mars.</p>")
    assert _record(nn)["kind"] is None


def test_a_page_that_calls_the_offer_the_course():
    """"Kurset har to moduler", "Dette er et innføringskurs": the offer is a course, and without credits a
    course without credits; its modules are its parts, not its kind."""
    html = ("<h1>Lindring ved kronisk sykdom</h1><p>Kurset har to moduler, og du tar dem i ditt eget tempo.</p>"
            "<p>Modul 1. Pasienten og de pårørende.</p><p>Hver modul har fire temaer med video og oppgaver.</p>"
            "<h2>Målgruppe</h2><p>Kurset er for helsepersonell i kommunene.</p>")
    assert _level_kind_credits(html) == WITHOUT_CREDITS
    intro = ("<h1>Grunnleggende KOSTRA</h1><p>12. april 2023</p><p>Dette er et innføringskurs. Du lærer hva KOSTRA er.</p>"
             "<h2>Målgruppe</h2><p>Ledere og merkantilt ansatte i kommunen.</p>"
             "<p>Pris: kr 3 500</p><p>Påmeldingsfrist: 1. april 2023</p><h2>Foreleser</h2><p>Foreleseren har utdanning fra Høgskolen i Innlandet.</p>")
    assert _level_kind(intro) == ("none", "non_credit")
    # the traps: a course that gives credits or states its level is a single course
    assert _level_kind(html.replace("i ditt eget tempo", "i ditt eget tempo, og det gir 10 studiepoeng")) \
        == ("bachelor", "single_course")
    assert _level_kind(html.replace("Kurset har to moduler", "Kurset på masternivå har to moduler")) \
        == ("master", "single_course")


# -- levels ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, expected", [
    ("masteremne", ("master", "single_course")),          # "Masteremne" atop a UiB course description
    ("Masteremne", ("master", "single_course")),
    ("bacheloremne", ("bachelor", "single_course")),
])
def test_a_master_course_word(kind, expected):
    assert n.level_and_kind(kind, "Rolleforståelse for kommunale ledere", "", None) == expected


def test_a_master_course_word_atop_the_page():
    html = ("<h1>Rolleforståelse for kommunale leiarar</h1><p>Masteremne</p><h2>Emnebeskrivelse</h2>"
            "<p>Emnet tek opp kva det politiske styret opnar for og set grenser for i leiinga av ein kommune.</p>"
            "<h2>Læringsutbyte</h2><p>Når emnet er fullført, kan kandidaten drøfte leiarrolla.</p>")
    assert _level_kind(html, "https://x.test/emner/EXECUTIVE662") == ("master", "single_course")


@pytest.mark.parametrize("description, expected", [
    ("Treårig helsefaglig utdanning på bachelornivå eller realkompetanse på tilsvarende nivå.", (None, "single_course")),
    ("Applicants need a degree at Bachelor level in nursing.", (None, "single_course")),
    ("Søkere må ha en utdanning på masternivå.", (None, "single_course")),
    # traps: the offer's own level
    ("Videreutdanningen er på masternivå, og du må ha bachelorgrad.", ("master", "single_course")),
    ("Dette er en utdanning på masternivå for ledere.", ("master", "single_course")),
    ("Studiet er på bachelornivå. Søkere må ha treårig utdanning.", ("bachelor", "single_course")),
    # review of round 13: the study said to be an education at a level, in a sentence with an applicant's word
    ("Dette er en lederutdanning på masternivå med krav om aktiv deltakelse.", ("master", "single_course")),
    ("This is a leadership education at master level for applicants in management positions.",
     ("master", "single_course")),
    ("Opptakskravet er en treårig utdanning på bachelornivå.", (None, "single_course")),
])
def test_the_level_an_applicant_must_have_is_not_the_offers(description, expected):
    assert n.level_and_kind("videreutdanning", "Ammeveiledning", description, None) == expected


def test_the_level_an_applicant_must_have_in_a_sentence():
    html = ("<h1>Søknad til videreutdanning i ammeveiledning</h1><dl><dt>Søknadsfrist</dt><dd>1. april 2015</dd></dl>"
            "<p>Treårig helse- eller sosialfaglig utdanning på bachelornivå eller realkompetanse på tilsvarende nivå.</p>"
            "<p>Skjemaet sendes til høgskolen.</p>")
    assert _record(html)["level"] is None
    assert _record(html.replace("Skjemaet sendes", "Videreutdanningen er på bachelornivå. Skjemaet sendes"))["level"] \
        == "bachelor"


# -- what the offer leads to, or counts as its equal, is not its kind ----------------------------

def _said_kind(html: str) -> str | None:
    fact = prose.kind(blocks.page_lines(BeautifulSoup(html, "lxml"), known_label=facts.is_label))
    return fact.raw if fact else None


@pytest.mark.parametrize("sentence", [
    "Programmet gir grunnlag for flere tverrfaglige masterstudier.",     # what a bachelor leads to
    "Studiet kvalifiserer deg for opptak til masterstudiet i sosiologi.",
    "The programme qualifies you for a master's programme in economics.",
    "Som tilsvarande reknast til dømes bachelorprogram i administrasjon og leiing.",   # what counts as its equal
])
def test_what_the_offer_leads_to_is_not_its_kind(sentence):
    html = f"<h1>Offentlig administrasjon og ledelse</h1><p>{sentence}</p>"
    assert _said_kind(html) is None
    # the trap: a later sentence that names the offer's own kind still does
    assert _said_kind(html.replace("</p>", "</p><p>Alle på masterstudiet møter til samlinger.</p>")) == "masterstudiet"
    assert _said_kind("<h1>Ledelse</h1><p>Masterstudiet gir grunnlag for forskning.</p>") == "masterstudiet"


def test_a_bachelor_that_leads_to_masters():
    html = ("<h1>Oppbygging og gjennomføring</h1><p>Offentlig administrasjon og ledelse er en treårig bachelor på heltid, "
            "til sammen 180 studiepoeng.</p><p>Programmet gir grunnlag for flere tverrfaglige masterstudier.</p>")
    assert _level_kind(html, "https://x.test/studier/program/offadm/oppbygging/") == ("bachelor", "degree")


# -- a course that can be counted in a master is at master level ----------------------------------

@pytest.mark.parametrize("kind, cmax, expected", [
    ("videreutdanning, kan bli en del av en master", 30, ("master", "single_course")),
    ("kan innpasses i en mastergrad", 30, ("master", "single_course")),       # the master is another study
    ("kan tas med inn i en masterutdanning", None, ("master", "single_course")),
    ("kan inngå i ein erfaringsbasert master", 15, ("master", "single_course")),
    ("can be included in a master's degree", 10, ("master", "single_course")),
    ("compulsory for students of the master's programme in organization", None, ("master", "single_course")),
    ("emne obligatorisk for master i ledelse", None, ("master", "single_course")),
    # traps: a course that names no master, one that counts in a bachelor or a master, and a master the page is about
    ("emnet kan inngå i bachelor- og masterprogram", 10, ("bachelor", "single_course")),
    ("videreutdanning", 30, ("bachelor", "single_course")),
    ("master i ledelse", None, ("master", "degree")),
])
def test_a_course_that_can_be_part_of_a_master(kind, cmax, expected):
    assert n.level_and_kind(kind, "Nasjonal rektorutdanning", "", cmax) == expected


def test_a_course_that_can_be_part_of_a_master_said_in_a_sentence():
    html = ("<h1>Søknadsprosessen og viktige frister</h1><p>Studietilbudene varer alle i tre semestre, gir 30 studiepoeng "
            "og kan innpasses i en mastergrad i skoleledelse.</p><p>Søknadsfristen er 1. mars 2021.</p>")
    assert _level_kind(html, "https://x.test/etter-og-videreutdanning/rektor/soknad/") == ("master", "single_course")


def test_a_master_class_is_no_master():
    """A programme without credits whose days list a "Mentor master class" is a course without credits, and
    a "master class" names no degree."""
    html = ("<h1>Mentorprogram for kvinnelige ledere</h1><p>Hvert år holder forbundet et mentorprogram for kvinner "
            "som leder i idretten.</p><p>Søknadsfrist: 9. desember 2019</p><p>Programmet har tre samlinger over ti måneder."
            "</p><p>29. januar kl. 09.00 – 11.00, bare mentorer:</p><ul><li>Introduksjon til programmet</li>"
            "<li>Mentor master class</li></ul>")
    assert _level_kind_credits(html, "https://x.test/om-oss/mentorprogram/") == WITHOUT_CREDITS
    assert n.level_and_kind("master class", "Ledelse", "", None) == NONE2
    # the trap: a master named on the page is a credit-bearing study
    assert _record(html.replace("Mentor master class", "Mentor i master i ledelse"),
                   "https://x.test/om-oss/mentorprogram/")["kind"] != "non_credit"


def test_a_fagskole_named_as_the_site_in_the_head_title():
    """A fagskole's programme in a shared study catalogue ("studiekatalog.….no/…/program/FHH62N"): the site's
    name that ends the head title says whose it is."""
    html = ("<html><head><title>Velferdsteknologi | Fagskolen Vestfold og Telemark</title></head><body>"
            "<h1>Velferdsteknologi</h1><dl><dt>Studieform</dt><dd>Nett</dd><dt>Studiepoeng</dt><dd>30</dd>"
            "<dt>Studiested</dt><dd>Horten</dd><dt>Start</dt><dd>2025 Høst</dd></dl>"
            "<p>Velferdsteknologi er ett av svarene på utfordringene i helse og omsorg.</p></body></html>")
    url = "https://studiekatalog.x.test/vestfold/nb/program/FHH62N/2025-host"
    assert _level_kind(html, url) == ("fagskole", "single_course")
    # the trap: another site's name, and a fagskole named in the page's own title only as a subject
    assert _level_kind(html.replace("Fagskolen Vestfold og Telemark", "Universitetet i Sørøst-Norge"), url) \
        == ("bachelor", "single_course")
    assert _level_kind(html.replace("<title>Velferdsteknologi | Fagskolen Vestfold og Telemark",
                                    "<title>Fagskolen og velferdsteknologi | Universitetet i Sørøst-Norge"), url) \
        == ("bachelor", "single_course")


def test_an_english_one_year_programme():
    html = ("<h1>English</h1><p>Autumn 2024 (1. semester)</p><p>Two courses make up the English One Year Programme:</p>"
            "<ul><li>Language and literature</li><li>Language, text and culture</li></ul>")
    assert _said_kind(html) == "one year programme"
    assert n.level_and_kind("one year programme", "English", "", None) == ("bachelor", "one_year")
    # the trap: a length of one year is no kind
    assert _said_kind("<h1>English</h1><p>The course runs over one year, with classes online.</p>") is None


def test_a_title_that_names_the_degree_outweighs_a_sentence():
    html = ("<h1>Digitale helsetjenester - erfaringsbasert master</h1><dl><dt>Varighet</dt><dd>3 år</dd>"
            "<dt>Studiested</dt><dd>Mo i Rana</dd></dl><p>Studiet går på deltid og kan tas ved siden av jobb.</p>"
            "<p>Programmet er knyttet til sykehuset, så studentene kan jobbe med saker som vanlige enkeltemner ikke dekker.</p>")
    assert _level_kind(html, "https://x.test/utdanning/program?p=758264") == ("master", "degree")
    # the trap: a title that names one module of a master, and a title that names no degree
    module = html.replace("Digitale helsetjenester - erfaringsbasert master", "Master i ledelse - modul 3: Økonomi")
    assert _level_kind(module, "https://x.test/utdanning/program?p=758264")[1] == "single_course"
    plain = html.replace("Digitale helsetjenester - erfaringsbasert master", "Digitale helsetjenester")
    assert _level_kind(plain, "https://x.test/utdanning/program?p=758264")[1] == "single_course"


def test_a_course_that_ends_without_an_exam():
    """"Det er ingen eksamen, men du får et bevis", "a certificate of completion": a course without credits, when the
    page names no credits or level."""
    html = ("<h1>Om ABC-opplæringen</h1><p>Med opplæringen får de ansatte i helse- og omsorgstjenestene mer kompetanse.</p>"
            "<p>Du lærer over ett år, og du kan ta opplæringen mens du er i jobb. Det er ingen eksamen, men du får et bevis "
            "når du er ferdig.</p><h2>Oppbygging</h2><p>Opplæringen har tre deler: fagstoff, grupper og fagseminarer.</p>"
            "<h2>Målgruppe</h2><p>Ansatte i helse- og omsorgstjenestene i kommunene.</p>")
    assert _level_kind_credits(html, "https://x.test/om-abc-opplaering/") == WITHOUT_CREDITS
    english = ("<h1>Practical information</h1><p>The programme has four workshops over a year.</p><h2>Admission</h2>"
               "<p>Participants must have three years of experience as a leader.</p><h2>Certificate</h2>"
               "<p>The school gives a certificate of completion to everyone present at 75 % of the workshops.</p>")
    assert _level_kind(english, "https://x.test/executive/the-media-programme/practical-information") \
        == ("none", "non_credit")
    # the trap: a study that gives credits, whose exam one may skip
    optional = html.replace("Det er ingen eksamen, men du får et bevis",
                            "Tar du eksamen, får du 15 studiepoeng; uten eksamen får du et kursbevis")
    assert _record(optional, "https://x.test/om-abc-opplaering/")["kind"] != "non_credit"


def test_a_course_compulsory_in_a_master():
    html = ("<h1>SFS40316 Organisation and leadership 2</h1><h2>The course is connected to the following study programs</h2>"
            "<p>Compulsory for students of the Master's Programme in Organization and Leadership.</p>"
            "<h2>Lecture semester</h2><p>Taught part-time in the third and fourth semesters, with eight sessions.</p>")
    url = "https://x.test/english/studies/courses/2018/autumn/sfs40316.html"
    assert _level_kind(html, url) == ("master", "single_course")
    # the trap: the course named in a bachelor's programme says no level
    assert _level_kind(html.replace("Compulsory for students of the Master's Programme", "Part of the Bachelor's Programme"),
                       url) == (None, "single_course")


@pytest.mark.parametrize("sentence, part", [
    # traps (review of round 13): 'kan bli' and 'can count' with no master counting the course
    ("Du kan bli med i nettverket for masterstudenter.", False),
    ("Du kan bli veileder for masterstudenter etter studiet.", False),
    ("Students can count on support from our master's students.", False),
    ("Videreutdanningen kan bli en del av en master i skoleledelse.", True),
    ("The course can count towards a master's degree.", True),
    # nynorsk and bokmål 'compulsory for students of a master'
    ("Emnet er obligatorisk for studentar i masterprogrammet.", True),
    ("Emnet er obligatorisk for studenter på masterprogrammet i helseledelse.", True),
])
def test_what_makes_a_course_part_of_a_master(sentence, part):
    assert bool(n.PART_OF_MASTER.search(sentence)) is part


@pytest.mark.parametrize("html", [
    # traps (review of round 13): a course known by its code, and one graded by other work than an exam
    "<h1>Helseledelse (ORG123)</h1><p>Oppstart: Høsten 2026</p><p>Det er ingen eksamen.</p>",
    "<h1>Ledelse i helse og omsorg</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
    "<p>Studiet går over to semestre med samlinger i Oslo.</p>"
    "<p>Det er ingen eksamen, men obligatoriske arbeidskrav og en mappe.</p>",
])
def test_no_exam_beside_a_course_code_or_other_assessment_is_no_course_without_credits(html):
    assert _record(html, "https://x.test/studier/ledelse")["kind"] != "non_credit"


def test_a_master_course_word_in_a_sentence_gives_the_level():
    """'Emnet er et masteremne': the kind word 'Emnet' comes first, the level is in 'masteremne'."""
    html = ("<h1>Ledelse og organisasjon</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
            "<p>Emnet er et masteremne på 10 studiepoeng.</p>")
    assert _level_kind(html) == ("master", "single_course")


def test_a_doctoral_programme_s_180_credits_name_no_bachelor():
    assert n.level_and_kind("", "Ph.d.-program i helsevitenskap", "", 180) == (None, None)
    assert n.level_and_kind("", "Ledelse", "", 180) == ("bachelor", "degree")


@pytest.mark.parametrize("sentence, said", [
    # what the offer leads to, in Norwegian too
    ("Studiet forbereder til videre studier på masternivå.", None),
    # a leads-to in another clause does not hide the offer's own kind
    ("Utdanninga kvalifiserer for arbeid som leiar, og er eit årsstudium.", "årsstudium"),
    ("Programmet gir deg et godt grunnlag for videre arbeid, og er en master i ledelse.", "master i"),
    # the offer said to be 'etter- og videreutdanning' (not a department's name)
    ("Dette er en etter- og videreutdanning i ledelse.", "videreutdanning"),
    ("Dekan ved Etter- og videreutdanning er Kari.", None),
])
def test_leads_to_and_field_pairs_in_their_clause(sentence, said):
    assert _said_kind(f"<h1>Ledelse</h1><p>{sentence}</p>") == said


def test_no_exam_fee_is_no_course_without_an_exam():
    html = ("<h1>Leadership in health services</h1><p>Start: Autumn 2026</p><p>Application deadline: 1 March 2026</p>"
            "<p>The programme runs over two semesters with gatherings in Oslo.</p>"
            "<p>There is no exam fee for this programme.</p>")
    assert _record(html, "https://x.test/studies/leadership")["kind"] != "non_credit"
    from crawler import no_credits
    assert no_credits._NO_EXAM.search("There is no exam; everyone present gets a diploma.")
    assert not no_credits._NO_EXAM.search("There is no exam fee for this programme.")


# -- round 14: the study-plan names of the cycles ----------------------------

@pytest.mark.parametrize("kind, cmax, expected", [
    ("Syklus 1: Bachelorgradsstudium", 180, ("bachelor", "degree")),
    ("Syklus 1: Bachelorgradsstudium", None, ("bachelor", "degree")),
    ("Mastergradsstudium", 120, ("master", "degree")),
    ("Syklus 2: Mastergradsstudium", 10, ("master", "single_course")),   # one course of the second cycle
    ("Syklus 1", 15, ("bachelor", "single_course")),
])
def test_cycle_names_of_study_plans(kind, cmax, expected):
    assert n.level_and_kind(kind, "Barnehagelærerutdanning", credits_max=cmax) == expected
    # trap: a course of a master's programme stays a course (its level as for "emne i masterstudium")
    assert n.level_and_kind("emne i mastergradsstudium", "Ledelse", credits_max=10)[1] == "single_course"


def test_a_bachelorgradsstudium_label_is_not_turned_into_a_course_by_a_sentence_about_emner():
    html = ("<h1>Barnehagelærerutdanning, deltid</h1><p>Studiepoeng: 180</p>"
            "<p>Studienivå: Syklus 1: Bachelorgradsstudium</p><p>Varighet: 8 semester</p>"
            "<p>Arbeidskravene i emnet må være godkjent før eksamen.</p>")
    assert _record(html, "https://x.test/program/BLU")["kind"] == "degree"


# -- round 14: a label's short value line with prose after it ----------------

def _label_facts(html: str) -> dict:
    from crawler.extract import usable
    lines = blocks.page_lines(BeautifulSoup(html, "lxml"), known_label=facts.is_label)
    return facts.read_facts(lines, usable)


_PROSE = ("<p>Når en emneplan blir revidert, kan studenter som begynte etter den gamle planen, ta eksamen etter den "
          "i to år etter endringen.</p>")


def test_a_short_value_line_under_a_label_line_is_its_value_even_when_prose_follows():
    html = f"<h1>Bachelor i pedagogikk</h1><p>Studiepoeng</p><p>180 Studiepoeng</p><p>Grad</p><p>Bachelor</p>{_PROSE}"
    assert _label_facts(html)["kind"].raw == "Bachelor"
    assert _record(html, "https://x.test/studier/bped")["kind"] == "degree"


def test_a_heading_under_a_label_line_that_is_no_value_of_it_still_heads_the_prose():
    """'Om studiet' is no kind: the label line reads on as before (its section)."""
    html = f"<h1>Bachelor i pedagogikk</h1><p>Grad</p><p>Om studiet</p>{_PROSE}"
    kind = _label_facts(html).get("kind")
    assert kind is None or kind.raw != "Om studiet"


def test_a_short_length_under_a_duration_label_line_is_its_value_even_when_prose_follows():
    html = f"<h1>Spesialpedagogikk</h1><p>Varighet</p><p>To semestre</p>{_PROSE}"
    assert _label_facts(html)["duration"].raw == "To semestre"



def test_a_course_for_a_trade_certificate_is_without_credits_though_it_names_its_exam():
    """The exam of a trade certificate is the trade test, no study's: a course of hours preparing for it is
    a course without credits. Trap: a course of hours that ends with an exam and names no trade certificate
    may be a university's, and stays unread."""
    facts_ = "<p>Price</p><p>kr 9500</p><p>Start</p><p>13 January 2026</p>"
    html = (f"<h1>Theory course before the trade certification exam</h1><p>Duration</p><p>60 hours</p>{facts_}"
            "<p>You will be well prepared for the exam.</p>")
    assert _level_kind(html, "https://kurs.test/kurs/x") == ("none", "non_credit")
    html = ("<h1>Teorikurs for praksiskandidater</h1><p>Varighet</p><p>40 timer</p><p>Pris</p><p>kr 9500</p>"
            "<p>Kurset forbereder deg til eksamen før fagprøven.</p><p>Oppstart</p><p>13. januar 2026</p>")
    assert _level_kind(html, "https://kurs.test/kurs/x") == ("none", "non_credit")
    trap = (f"<h1>Health leadership</h1><p>Duration</p><p>60 hours</p>{facts_}<p>Admission requirements</p>"
            "<p>Two years of work in health services</p><p>The course ends with a written exam.</p>")
    assert _level_kind(trap, "https://kurs.test/kurs/x")[1] is None


# -- round 15 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("Barnehagelærerutdanning", ("bachelor", "degree")),
    ("Barnehagelærarutdanninga", ("bachelor", "degree")),                       # nynorsk, definite
    ("Barnehagelærerutdanning med vekt på ledelse, deltid", ("bachelor", "degree")),
    # traps: further education for kindergarten teachers is no degree
    ("Videreutdanning for barnehagelærere", (None, "single_course")),
    ("Tilleggsutdanning i barnehagepedagogikk", NONE2),
])
def test_the_kindergarten_teacher_education_is_a_bachelor(title, expected):
    assert n.level_and_kind("", title) == expected


def test_an_applicant_who_is_a_kindergarten_teacher_is_no_bachelor_requirement_by_this_rule():
    """The admission professions are unchanged: the rule names the education, not the profession."""
    assert "barnehagel" not in n._BACHELOR_PROFESSIONS


@pytest.mark.parametrize("title, expected", [
    ("Studieplan - Sjukepleie, bachelorstudium, deltid, Førde", ("bachelor", "degree")),
    ("Barnevern, bachelorstudium, Sogndal", ("bachelor", "degree")),
    ("Helsevitskap, master, 2 år", ("master", "degree")),
    ("Sjukepleie, bachelorutdanning, deltid", ("bachelor", "degree")),
    ("Barnevern, bachelorstudium", ("bachelor", "degree")),                     # the last part
    ("Nursing, Bachelor's Programme, Oslo", ("bachelor", "degree")),
    ("Helseleiing, årsstudium, deltid", ("bachelor", "one_year")),
    # traps: a degree word that is not a part of its own between commas
    ("Ledelse, bachelornivå, deltid", NONE2),
    ("Helse, masteremne, deltid", ("master", "single_course")),
    ("Ledelse, bachelor's level, online", NONE2),
    ("Kurs i ledelse, master", ("none", "non_credit")),
])
def test_a_degree_among_the_titles_comma_separated_parts(title, expected):
    assert n.level_and_kind("", title) == expected


_FACTS_EN = ("<h2>Admission requirements</h2><p>A bachelor's degree in a social science.</p>"
             "<h2>How to apply</h2><p>Apply by 1 March through the application portal.</p>"
             "<h2>Semester start</h2><p>Autumn 2026</p><h2>Programme cost</h2><p>There are no tuition fees.</p>")


def test_the_masters_programme_as_the_pages_subject_is_a_master_degree():
    html = ("<h1>Community Development</h1><p>Students learn to drive social change in local communities. "
            "That is what this master's programme in Community Development sets out to teach.</p>"
            f"<p>The programme links research and practice in civil society.</p>{_FACTS_EN}")
    assert _level_kind(html, "https://x.test/studies/community") == ("master", "degree")
    html = ("<h1>Nordic Social Policy</h1><p>The master's programme gives you a thorough understanding "
            f"of welfare policy.</p><p>Teaching is in English.</p>{_FACTS_EN}")
    assert _level_kind(html, "https://x.test/studies/nordic") == ("master", "degree")
    # trap: a course compulsory in a master's programme is no master degree
    html = ("<h1>Organisation and Leadership 2</h1><p>Compulsory for students of the Master's Programme in "
            f"Organisation and Leadership.</p><p>The course deals with change in public services.</p>{_FACTS_EN}")
    assert _level_kind(html, "https://x.test/studies/sfs40316")[1] != "degree"


@pytest.mark.parametrize("sentence", [
    "Compulsory for students of the Master's Programme in Organization and Leadership.",
    "Because the certificate is taken beside your master's programme, you may apply only in spring.",
    "Is it open to me in the second year of my Master's programme?",
])
def test_another_masters_programme_is_not_the_offers_kind(sentence):
    assert prose._kind_word(sentence) is None or "master" not in prose._kind_word(sentence).group(0).lower()


@pytest.mark.parametrize("title, expected", [
    ("HMS-kurs for verneombud og AMU-medlemmer", ("none", "non_credit")),
    ("Førstehjelpskurs", ("none", "non_credit")),
    # traps: a course that gives credits, and a title with "kurs" inside its text only
    ("HMS-kurs på masternivå", ("master", "single_course")),
    ("Ledelse av kurs og konferanser", NONE2),
])
def test_a_hyphenated_course_title_is_a_course_without_credits(title, expected):
    assert n.level_and_kind("", title) == expected


@pytest.mark.parametrize("sentence, word", [
    ("Emnet gir en innføring i ledelse av helsetjenester.", "Emnet"),
    ("Dette emnet handler om endringsledelse.", "emnet"),
    ("I emnet lærer du å leie endring.", "emnet"),        # "In the course …": the offer, not a preposition's object
    # traps: a course named after a preposition is any course's rules, not the offer's kind
    ("Før du kan gå opp til eksamen, må arbeidskravene i emnet være oppfylt.", None),
    ("Læringsformene står i beskrivelsen av emnet, og karakteren settes for emnet.", None),
])
def test_emnet_names_the_offer_s_kind_only_when_it_is_no_preposition_s_object(sentence, word):
    m = prose._kind_word(sentence)
    assert (m.group(0) if m else None) == word


def test_a_master_s_sub_page_that_speaks_of_its_courses_in_general_is_the_master_s():
    html = ("<h1>Undervisning og eksamen</h1><p>Det meste av undervisningen er forelesninger og seminarer.</p>"
            "<p>Før du kan gå opp til eksamen, må arbeidskravene i emnet være oppfylt.</p>"
            "<p>Undervisningsspråk</p><p>Norsk</p><p>Undervisningssted</p><p>Universitetet i Oslo</p>")
    assert _level_kind(html, "https://x.test/studier/program/kristendom-master/undervisning/") == ("master", "degree")


@pytest.mark.parametrize("text, length", [
    ("Kurset går over to dager.", True),
    ("Kurset varer i 6 timer.", True),
    # traps: a weekly load is no course's length
    ("Det er 10 uker praksis på 30 timer i uka.", False),
    ("Students study about 7 hours a week beside work.", False),
    ("Undervisningen er 4 timer per uke.", False),
    ("Du må rekne med 5 timar kvar veke.", False),
    ("Studentene bruker 6 timer hver uke på studiet.", False),
    ("Expect 8 hours every week.", False),
    # a numbered week is no weekly load (nynorsk as bokmål)
    ("Kurset går over to dagar i veke 12.", True),
    ("Kurset går over 2 dager i uke 12.", True),
])
def test_a_weekly_load_is_no_course_length(text, length):
    assert prose.course_length(text) is length


def test_a_fagskole_education_with_a_weekly_practice_load_is_no_course_without_credits():
    html = ("<h1>Kreftomsorg og lindrende pleie</h1><p>Utdanningen gir deg kunnskap om pleie av kreftsyke.</p>"
            "<p>Undervisningen veksler mellom klasserom og gruppearbeid. Det er 10 uker praksis på 30 timer i uka.</p>"
            "<h2>Opptakskrav</h2><p>Du må ha fagbrev som helsefagarbeider.</p><p>Søknadsfrist: 15. april 2026</p>"
            "<p>Studiested</p><p>Gjøvik</p><p>Oppstart</p><p>August 2026</p>")
    assert _level_kind(html, "https://fagskolen.test/studier/kreftomsorg") != ("none", "non_credit")
    # trap: a course of a few hours is still one without credits
    html = ("<h1>Kurs i lindrende pleie</h1><p>Kurset varer i 6 timer og gir en innføring i lindrende pleie.</p>"
            "<h2>Målgruppe</h2><p>Helsefagarbeidere i kommunen.</p><h2>Påmeldingsfrist</h2><p>15. april 2026</p>")
    assert _level_kind(html, "https://kurs.test/kurs/lindring") == ("none", "non_credit")



# -- round 16 (r16b) ---------------------------------------------------------------------------

_R16_LEAD = "<p>" + "Studiet gir deg kunnskap om ledelse, kvalitet og samarbeid i tjenestene. " * 3 + "</p>"


def _r16_level_kind(sentence: str) -> tuple:
    rec = crawled_record(f"<h1>Helseledelse</h1>{_R16_LEAD}<p>{sentence}</p>", "https://x.test/studier/helseledelse")
    return rec["level"], rec["kind"]


def test_a_course_said_to_be_a_part_of_a_master_is_at_master_level():
    for sentence in ("Emnet inngår i Master i helseledelse. Emnet gir 15 studiepoeng.",
                     "Modulen er ein del av masterprogrammet. Modulen gjev 15 studiepoeng.",
                     "This course is part of the Master's programme in Health Management and gives 15 ECTS."):
        assert _r16_level_kind(sentence) == ("master", "single_course"), sentence
    # traps: a part of a bachelor that leads on to a master, and further education one may follow with a master
    for sentence in ("Emnet inngår i bachelorprogrammet og gir grunnlag for opptak til master. Emnet gir 15 studiepoeng.",
                     "Videreutdanningen gir 30 studiepoeng. Etterpå kan du søke opptak til master i helseledelse."):
        assert _r16_level_kind(sentence) == ("bachelor", "single_course"), sentence



@pytest.mark.parametrize("sentence, level", [
    ("Studiet er på nivå 5.2 i NKR og gir 60 studiepoeng.", "fagskole"),
    ("Utdanningen er plassert på NKR-nivå 5 og gir 30 studiepoeng.", "fagskole"),
    ("The programme is at EQF level 5.1 and gives 30 credits.", "fagskole"),
    # traps: level 6 is no fagskole's, and level 5.1 required of applicants is not the offer's
    ("Studiet er på nivå 6 i NKR og gir 30 studiepoeng.", "bachelor"),
    ("Studiet gir 30 studiepoeng. Du må ha fullført utdanning på nivå 5.1 eller høyere for å bli tatt opp.", "bachelor"),
])
def test_level_5_of_the_qualifications_framework_is_a_fagskole_education(sentence, level):
    assert _r16_level_kind(sentence) == (level, "single_course")
