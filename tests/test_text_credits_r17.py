"""Credits, kind and level of real course pages read in text mode (round 17): each rule with the trap it
guards against."""

from __future__ import annotations

import pytest

from bs4 import BeautifulSoup

from crawler import blocks, facts, prose
from tests.helpers import crawled_record


def _level_kind_credits(html: str, url: str = "https://kurs.test/kurs/x"):
    record = crawled_record(html, url)
    return record["level"], record["kind"], record["credits_max"]


WITHOUT_CREDITS = ("none", "non_credit", 0.0)


# -- a course's length in hours or days and nights written in words ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("Med lunsj varer kurset rundt fem timar.", True),         # nynorsk, hours in words
    ("Kurset tar tre timer.", True),
    ("The workshop lasts four hours.", True),
    ("Gruppa samlast i 3 døgn på eit kurssenter.", True),      # days and nights
    ("Vi er sammen i to døgn.", True),
    # traps: a weekly load, a time limit, a clock, a service open round the clock
    ("Du må rekne med fem timar i veka til lesing.", False),
    ("Svar kommer innen tre døgn.", False),
    ("Kom gjerne to timer før start.", False),
    ("Tjenesten er åpen 24 timer i døgnet.", False),
])
def test_course_length_in_words(text, expected):
    assert prose.course_length(text) is expected


_MEETING = ("<h1>Opplæring for tillitsvalde</h1><p>Alle tillitsvalde i laget er velkomne.</p>"
            "<p>Med matpause varer opplæringa rundt fem timar.</p>{extra}<p>Påmelding</p><p>Innan 7. februar 2026</p>"
            "<p>Målgruppe</p><p>Tillitsvalde i lokallaga.</p><p>Pris</p><p>Gratis</p><p>Stad</p><p>Grannehallen, Mundheim</p>")


def test_a_course_of_some_hours_without_credits():
    assert _level_kind_credits(_MEETING.format(extra="")) == WITHOUT_CREDITS
    # trap: the same hours on a page that names its credits
    assert _level_kind_credits(_MEETING.format(extra="<p>Studiepoeng</p><p>15</p>")) == ("bachelor", "single_course", 15.0)


# -- a certificate course's exam is the certificate's, not a study's ---------------------------

_CRANE = ("<h1>Kranfører</h1><p>Opplæringen for kranførere varer i 5 dager og avsluttes med en skriftlig eksamen.</p>"
          "{extra}<p>Pris</p><p>kr 9 000</p><p>Oppstart</p><p>13. januar 2026</p><p>Påmelding</p>"
          "<p>Meld deg på innen 1. desember 2025.</p><p>Målgruppe</p><p>Alle som skal kjøre kran.</p>")


@pytest.mark.parametrize("extra", [
    "<p>Når eksamen er bestått, kan du søke om sertifikat.</p>",
    "<p>For å bli sertifisert må du ha bestått eksamen.</p>",
])
def test_a_certificate_course_with_an_exam_gives_no_credits(extra):
    assert _level_kind_credits(_CRANE.format(extra=extra)) == WITHOUT_CREDITS


def test_an_exam_without_a_certificate_may_be_a_study():
    # trap: the same page without a certificate may be a study whose exam gives credits it does not name
    assert _level_kind_credits(_CRANE.format(extra="")) == (None, None, None)
    # trap: a certificate course that names its credits keeps them
    html = _CRANE.format(extra="<p>Når eksamen er bestått, kan du søke om sertifikat.</p>"
                               "<p>Studiepoeng</p><p>10</p>")
    assert _level_kind_credits(html) == ("bachelor", "single_course", 10.0)


# -- the page of one module of a longer programme gives the module's credits ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Programmet er på 90 studiepoeng totalt, fordelt på tre moduler á 20 studiepoeng og ei masteroppgåve.",
     "20 studiepoeng"),
    ("The programme has 60 ECTS in all: four modules of 15 ECTS.", "15 ECTS"),
    ("Utdanninga består av to modular på 10 sp.", "10 sp"),
    # traps: modules without a size, and a figure that is not the modules'
    ("Programmet er på 60 studiepoeng og består av tre moduler.", None),
    ("Modulene kan tas enkeltvis; hele programmet gir 60 studiepoeng.", None),
])
def test_module_credits(sentence, expected):
    assert prose.module_credits(sentence) == expected


_PROGRAMME = ("<h1>{title}</h1><p>{lead}</p><p>Executive master i kommunal leiing er eit nytt tilbod for leiarar i "
              "kommunane.</p><p>Programmet er på 90 studiepoeng totalt, fordelt på tre moduler á 20 studiepoeng og ei "
              "masteroppgåve på 30 studiepoeng.</p><p>Oppstart</p><p>Hausten 2026</p><p>Målgruppe</p>"
              "<p>Leiarar i kommunane.</p>")


def test_the_page_of_one_module_gives_the_module_s_credits():
    html = _PROGRAMME.format(title="Leiing i kommunane", lead="Første modul i ny executive master")
    assert _level_kind_credits(html, "https://uni.test/evu/leiing")[2] == 20.0
    # trap: the programme's own page keeps the programme's total
    html = _PROGRAMME.format(title="Executive master i kommunal leiing", lead="Eit masterprogram for leiarar")
    assert _level_kind_credits(html, "https://uni.test/evu/leiing")[2] == 90.0


# -- a part named by "-delen" before its credits is a part, not the offer ----------------------

def _credits_fact(*texts: str):
    html = "<h1>Master i idrettsvitskap</h1>" + "".join(f"<p>{t}</p>" for t in texts)
    return prose.credits(blocks.page_lines(BeautifulSoup(html, "lxml"), known_label=facts.is_label))


@pytest.mark.parametrize("text", [
    "Til idrettspsykologi-delen (20 studiepoeng) regnes også emner i helsepsykologi.",
    "Teoridelen (15 sp) tas på nett.",
    "Praksisdelane (30 studiepoeng) går føre seg i kommunane.",
])
def test_a_named_part_s_credits_are_not_the_offer_s(text):
    fact = _credits_fact(text)
    assert fact is None or fact.raw == ""


def test_the_offer_s_credits_beside_a_named_part():
    # trap: the study's own total still counts, and a word merely ending in "del" is no part
    fact = _credits_fact("Teoridelen (15 sp) tas på nett.", "Studiet gir totalt 30 studiepoeng.")
    assert fact.raw == "30 studiepoeng"
    assert _credits_fact("Kurset for ledere i handel (15 sp) går over to semester.").raw == "15 sp"


# -- a heading that names the study and its size ---------------------------------------------

def _credits_of(html: str):
    fact = prose.credits(blocks.page_lines(BeautifulSoup(html, "lxml"), known_label=facts.is_label))
    return fact.raw if fact else None


def test_a_heading_names_the_study_s_credits():
    html = ("<h1>Barnehagelærarutdanning</h1><h2>BACHELORSTUDIUM (180 STUDIEPOENG)</h2><p>Studiet startar kvart år.</p>"
            "<p>Med 60 studiepoeng vidareutdanning kan du undervise i skulen.</p>")
    assert _credits_of(html) == "180 STUDIEPOENG"
    html = "<h1>Health management</h1><h2>Master's programme (120 ECTS)</h2><p>Teaching is in Oslo.</p>"
    assert _credits_of(html) == "120 ECTS"


def test_a_heading_of_a_part_or_headings_that_disagree_give_no_credits():
    # traps: a part's heading, two studies of different sizes, a total said in the text wins
    assert _credits_of("<h1>Sjukepleie</h1><h2>Praksisemne (20 sp)</h2><p>Praksis i kommunen.</p>") in (None, "")
    html = ("<h1>Leiing</h1><h2>Årsstudium (60 studiepoeng)</h2><p>Ein fyrste del.</p>"
            "<h2>Bachelorprogram (180 studiepoeng)</h2><p>Heile graden.</p>")
    assert _credits_of(html) is None
    html = ("<h1>Leiing</h1><h2>Vidareutdanning (30 studiepoeng)</h2><p>Studiet gir totalt 15 studiepoeng.</p>")
    assert _credits_of(html) == "15 studiepoeng"


# -- a condition on what the reader already holds ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Har du utdanning på masternivå (300 sp), slipper du praksiskravet.",
    "Dersom du har ein bachelorgrad på 180 studiepoeng, kan du søkje direkte.",
    "If you hold a degree of 180 ECTS, you may apply for the second year.",
])
def test_what_the_reader_holds_is_not_the_offer_s_credits(text):
    assert _credits_of(f"<h1>Master i urbanisme</h1><p>{text}</p>") in (None, "")


def test_a_question_about_wishes_keeps_the_offer_s_credits():
    # trap: "Har du lyst på …" asks about the offer itself
    html = "<h1>Leiing</h1><p>Har du lyst på en videreutdanning på 30 studiepoeng?</p>"
    assert _credits_of(html) == "30 studiepoeng"


# -- review of round 17 -----------------------------------------------------------------------

def test_a_later_heading_of_another_study_does_not_override_the_offer_s_credits():
    # trap: the parent programme's heading below the course's own figure ("Les også" / a sibling)
    for text in ("Emnet (15 studiepoeng) går over ett semester.", "Videreutdanning, 30 studiepoeng"):
        html = (f"<h1>Helseledelse</h1><p>{text}</p><h2>Masterprogram i helseledelse (120 studiepoeng)</h2>"
                "<p>Kurset kan inngå i masteren.</p>")
        assert _credits_of(html) in ("15 studiepoeng", "30 studiepoeng")


@pytest.mark.parametrize("text, expected", [
    # the condition's clause ends before the offer's credits
    ("Har du bachelorgrad i sykepleie, kan du ta denne videreutdanningen på 60 studiepoeng.", "60 studiepoeng"),
    ("Om du har fagbrev, kan du ta studiet som gir 30 studiepoeng.", "30 studiepoeng"),
    # a wish, not what the reader holds
    ("Har du tenkt på videreutdanning på 30 studiepoeng?", "30 studiepoeng"),
    ("Har du lyst til videreutdanning på 30 studiepoeng?", "30 studiepoeng"),
    # the credits held themselves
    ("Har du 60 studiepoeng fra før, kan du søke.", None),
])
def test_a_condition_on_what_the_reader_holds_ends_with_its_clause(text, expected):
    assert _credits_of(f"<h1>Leiing</h1><p>{text}</p>") == expected


def test_delen_alone_is_the_offer_s_own_part():
    # a compound or a hyphen names a part; "den første delen" is the page's own offer
    assert _credits_of("<h1>Leiing</h1><p>Kurset er den første delen (15 sp) av en master.</p>") == "15 sp"
    assert _credits_of("<h1>Leiing</h1><p>Til praksis-delen (20 studiepoeng) regnes</p>") in (None, "")


@pytest.mark.parametrize("text", ["Forelesning tre timer ukentlig.", "Undervisning: to timer annenhver uke.",
                                  "Seminars of three hours weekly.", "Ein time undervisning, to timar annakvar veke."])
def test_a_weekly_load_in_hours_is_no_course_length(text):
    assert prose.course_length(text) is False


@pytest.mark.parametrize("extra", ["<p>Kursholderne er sertifiserte instruktører.</p>",
                                   "<p>Studiet er sertifisert av Helsedirektoratet.</p>", "<p>Vi er ISO-sertifisert.</p>"])
def test_a_certificate_named_away_from_the_exam_leaves_the_exam_a_study_s(extra):
    # the exam is the certificate's only when the certificate is said beside it (see the tests above)
    assert _level_kind_credits(_CRANE.format(extra=extra)) == (None, None, None)


def test_a_programme_page_whose_modules_may_be_taken_singly_keeps_its_total():
    # "Hver modul kan tas som enkeltemne" reads as the kind "modul" but the page offers the whole programme
    html = _PROGRAMME.format(title="Leiing i kommunane", lead="Hver modul kan tas som enkeltemne.")
    assert _level_kind_credits(html, "https://uni.test/evu/leiing")[2] == 90.0
    # trap: the page of one module still gives the module's size (see above)
    html = _PROGRAMME.format(title="Leiing i kommunane", lead="Første modul i ny executive master")
    assert _level_kind_credits(html, "https://uni.test/evu/leiing")[2] == 20.0


@pytest.mark.parametrize("heading", ["Del av Masterprogram i helseledelse (120 studiepoeng)",
                                     "Inngår i: Master i helseledelse (120 sp)",
                                     "Part of the Master of Health Management (120 ECTS)"])
def test_a_heading_naming_the_study_the_offer_belongs_to_gives_no_credits(heading):
    html = f"<h1>Helseledelse</h1><h2>{heading}</h2><p>Studiet består av emner à 15 studiepoeng.</p>"
    assert _credits_of(html) in (None, "")
    # its parts counted give the offer's whole (round 37), still not the study it belongs to
    html = f"<h1>Helseledelse</h1><h2>{heading}</h2><p>Studiet består av to emner à 15 studiepoeng.</p>"
    assert _credits_of(html) == "30 studiepoeng"


@pytest.mark.parametrize("text, expected", [
    ("Kurset er et 2-døgns opphold på hotell.", True), ("Vi samles til tre døgns internat.", True),
    ("Svartid innen 2 døgn.", False),     # trap: a time limit
])
def test_days_and_nights_inflected(text, expected):
    assert prose.course_length(text) is expected


@pytest.mark.parametrize("line", ["12. juni 2025", "12. juli 2025", "3.–4. juli 2025"])
def test_a_dated_day_line_in_july_is_a_day_as_in_the_other_months(line):
    """The dated-day form of a course's length named every month but July."""
    assert prose.course_length(line)
