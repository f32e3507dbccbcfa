"""Round 17, fields: duration, price, places and start term stated in ways earlier rules missed.

Each test fails without its rule and shows the traps the rule must not fall into."""

from __future__ import annotations

import pytest

from domain import normalise, when
from tests.helpers import crawled_record as _record

_LEADER_COURSE = "<h1>Videreutdanning i ledelse</h1><p>Studiet gir 30 studiepoeng og går på samlinger.</p>"


# 1. A length said as years of study, or beside the study's kind or credits in a fact line.
@pytest.mark.parametrize("sentence, semesters", [
    ("Dette er en grunnutdanning lagt opp til tre års studier på heltid.", 6),
    ("Programmet er et to års heltidsstudium.", 4),
    ("Worth 120 ECTS credits, or two years of full-time study, the programme has two specialisations.", 4),
    ("The programme is one year of part-time study.", 2),
    ("Master's degree programme, 2 years", 4),
    ("Masterprogram, 2 år", 4),
    ("15 studiepoeng, 1 år", 2),
    # traps: a requirement, a point in the study, a part's length, experience after a credit figure
    ("Du må ha minst tre års studier innen helsefag.", None),
    ("Søkere med to års studier fra høgskole kan søke.", None),
    ("Etter tre års studier får du en bachelorgrad.", None),
    ("After three years of study, students may leave with a bachelor's degree.", None),
    ("Each module: 15 credits, one semester", None),
    ("Bachelorgrad, 180 studiepoeng, 2 år relevant praksis", None),
    ("Students who have two years of study from a Norwegian college are admitted.", None),
])
def test_a_length_as_years_of_study_or_beside_the_kind(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html)["duration_semesters"] == semesters


# 2. The ",-" of an amount ends its sentence before a capitalised word: the semester fee after it is on top.
@pytest.mark.parametrize("text, price", [
    ("37.000,- Semesteravgift kommer i tillegg.", 37000),
    ("Pris: 12 000,- Semesteravgift: 600,-", 12000),
    ("kr 25 000,- Kursmateriell er inkludert.", 25000),
    # traps: the amount that is the semester fee, lower case or after the price
    ("kr 600,- semesteravgift", None),
    ("I tillegg kommer 600,- semesteravgift.", None),
    ("Kurset koster 5000,-. Semesteravgift 600,-", 5000),
    ("Semesteravgift: 650,- Studieavgift: 8600,-", 8600),
])
def test_an_amount_ending_in_a_dash_ends_its_sentence(text, price):
    assert normalise.price_nok(text) == price


def test_a_fee_line_with_the_semester_fee_on_top_is_the_price():
    html = (f"{_LEADER_COURSE}<p>Kostnader</p><p>37.000,- Semesteravgift kommer i tillegg.</p>")
    assert _record(html)["price_nok"] == 37000


# 3. An English date month first ("February 12 2018") is a start's date.
@pytest.mark.parametrize("sentence, term", [
    ("Teaching begins in Manndalen on February 12 2018.", "2018-var"),
    ("The course starts August 20th, 2025.", "2025-host"),
    ("Undervisningen starter 20. august 2025.", "2025-host"),
    # traps: a past intake; the application's start, not the study's
    ("The last course started on February 12 2018 and was full.", None),
    ("Registration begins March 1, 2025.", None),
])
def test_an_english_date_month_first_is_a_start(sentence, term):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html)["start_term"] == term


# 4. A start's date said without its year takes the one year the page's headings name.
@pytest.mark.parametrize("body, term", [
    ("<h2>Velkommen til studiestart 2022</h2><h3>Oppstart</h3><p>Studiet starter digitalt torsdag 18.08 kl. 12.00.</p>",
     "2022-host"),
    ("<h2>Kurs i 2021</h2><dl><dt>Oppstart</dt><dd>20. januar</dd></dl>", "2021-var"),
    ("<h2>Student-funded courses in 2021</h2><dl><dt>Start date</dt><dd>August 18th</dd></dl>", "2021-host"),
    # traps: two years in the headings; a heading's year that is not the offer's (an update); a clock time only
    ("<h2>Studieåret 2022/2023</h2><h3>Oppstart</h3><p>Studiet starter torsdag 18.08.</p>", None),
    ("<h2>Oppdatert 2021</h2><h3>Oppstart</h3><p>Studiet starter torsdag 18.08.</p>", None),
    ("<h2>Studiestart 2022</h2><h3>Oppstart</h3><p>Studiet starter kl. 12.00 første dag.</p>", None),
])
def test_a_yearless_start_takes_the_headings_year(body, term):
    html = f"{_LEADER_COURSE}{body}"
    assert _record(html)["start_term"] == term


@pytest.mark.parametrize("raw, dated", [
    ("torsdag 18.08 kl. 12.00", "18.08.2022"),
    ("Oppstart 20. august", "august 2022"),
    ("August 18th", "August 2022"),
    ("kl. 12.00", None),
    ("uke 35", None),
    ("45.13", None),
])
def test_a_yearless_date_is_dated_in_the_year_given(raw, dated):
    assert when.dated_in(raw, "2022") == dated


# 5. Living costs one must show funds for are no price; free only for some, said with its condition, is no price.
@pytest.mark.parametrize("text, price", [
    ("Applicants from outside the EU/EEA must show they can pay their own living costs while studying in Molde, "
     "at least NOK 128 887 for each academic year.", None),
    ("Du må dokumentere at du har midler til livsopphold på 151 690 kroner.", None),
    ("The cost of living in Bergen is about NOK 14 000 a month.", None),
    ("If you are a student at a partner university, you pay no tuition fee.", None),
    ("Hvis du er medlem i forbundet, er kurset gratis.", None),
    # traps: the fee beside the living costs; free for every admitted student; free, then a condition on a book
    ("Studieavgift kr 30 000. Living costs in Oslo are about NOK 12 000 a month.", 30000),
    ("Tuition is NOK 95 000; living costs come in addition.", 95000),
    ("Dersom du blir tatt opp, betaler du ingen studieavgift.", 0),
    ("Kurset er gratis. Hvis du er medlem, får du boka.", 0),
    ("There are no tuition fees.", 0),
])
def test_living_costs_and_a_free_place_for_some_are_no_price(text, price):
    assert normalise.price_nok(text) == price


def test_proof_of_living_funds_on_an_admission_page_is_no_price():
    html = (f"{_LEADER_COURSE}<p>Students from outside the EU/EEA must show that they can pay their own living costs "
            "while studying in Bergen, at least NOK 128 887 for each academic year.</p>")
    assert _record(html)["price_nok"] is None


def _places(*texts: str) -> list[str]:
    from crawler import prose
    from crawler.blocks import Line
    from domain.places import resolve_place
    fact = prose.locations([Line(t, "text") for t in texts], resolve_place)
    return fact.raw.split("; ") if fact else []


# 6. Studying in a place names where the study is taught.
@pytest.mark.parametrize("sentence, places", [
    ("Students must show they can pay their living costs while studying in Molde.", ["Molde"]),
    ("Studer utøvende musikk i Stavanger", ["Stavanger"]),
    ("Du studerer på deltid i Bergen.", ["Bergen"]),
    ("Ho som vil studere sjukepleie i Førde, søkjer i Samordna opptak.", ["Førde"]),
    # traps: another study, a country, studies one has done, studying abroad
    ("Du kan også studere sykepleie i Oslo.", []),
    ("You may instead study in Bergen.", []),
    ("Study in Norway: the national portal.", []),
    ("Students who studied in Tromsø before may apply.", []),
    ("Les mer om å studere i utlandet.", []),
])
def test_studying_in_a_place_names_the_place(sentence, places):
    assert _places(sentence) == places


# Review (rvp17): traps the rules above fell into on wording other institutions' pages use.
@pytest.mark.parametrize("sentence, places", [
    ("Studenter som ikke studerer i Oslo, kan søke om reisestøtte.", []),
    ("Studying in Oslo as an exchange student is easy.", []),
    ("Les om å studere i Bergen som utvekslingsstudent.", []),
    # still read: studying in a place, said plainly
    ("Du studerer på deltid i Bergen.", ["Bergen"]),
])
def test_studying_in_a_place_not_when_negated_or_an_exchange(sentence, places):
    assert _places(sentence) == places


@pytest.mark.parametrize("sentence, semesters", [
    ("60 studiepoeng tilsvarer ett års studier på heltid.", None),
    ("Emnet gir 30 studiepoeng. 60 studiepoeng svarer til ett års studium.", None),
    ("Following three years of study, students may apply for the master.", None),
    ("Du bør ha tre års studier bak deg.", None),
    ("You should have two years of study in nursing.", None),
    # the length of a larger study this one leads into or counts towards
    ("Studiet kan inngå i en master, som er to års studier på heltid.", None),
    ("The course can be part of a master's programme, which is two years of full-time study.", None),
    # still read: the study's own length
    ("Dette er en grunnutdanning lagt opp til tre års studier på heltid.", 6),
])
def test_years_of_study_not_the_studys_own_are_no_length(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html)["duration_semesters"] == semesters


@pytest.mark.parametrize("raw, dated", [
    ("Søknadsfrist 1.3, oppstart 20.8", "20.08.2022"),
    ("Etter søknadsfristen 15. april, trolig 20. august", "august 2022"),
    ("Søknadsfrist 1.3", None),
])
def test_a_yearless_start_is_not_the_deadline_said_before_it(raw, dated):
    assert when.dated_in(raw, "2022") == dated


@pytest.mark.parametrize("body, term", [
    ("<h2>Studiestart 2022</h2><dl><dt>Oppstart</dt><dd>Søknadsfrist 1.3, oppstart 20.8</dd></dl>", "2022-host"),
    # a past intake's heading above a later deadline: the heading's year is not the start's
    ("<h2>Kull 2022</h2><dl><dt>Søknadsfrist</dt><dd>15. april 2024</dd><dt>Oppstart</dt><dd>18. august</dd></dl>", None),
    # still dated: the deadline in the heading's year, or the year before a spring start
    ("<h2>Kull 2022</h2><dl><dt>Søknadsfrist</dt><dd>15. april 2022</dd><dt>Oppstart</dt><dd>18. august</dd></dl>",
     "2022-host"),
    ("<h2>Kull 2023</h2><dl><dt>Søknadsfrist</dt><dd>1. desember 2022</dd><dt>Oppstart</dt><dd>18. januar</dd></dl>",
     "2023-var"),
])
def test_a_yearless_start_after_a_deadline(body, term):
    assert _record(f"{_LEADER_COURSE}{body}")["start_term"] == term


@pytest.mark.parametrize("text, price", [
    # free only for members, said after "gratis" or asked first, as "Hvis du er medlem, er kurset gratis" is
    ("Kurset er gratis for medlemmer av forbundet.", None),
    ("Gratis for medlemmer. Andre betaler kr 3000.", 3000),
    ("Er du medlem, er kurset gratis.", None),
    ("The course is free of charge for members.", None),
    # traps: free for every participant; a question not about membership
    ("Kurset er gratis for deltakerne.", 0),
    ("Er du usikker? Kurset er gratis.", 0),
])
def test_free_for_members_said_after_or_asked_is_no_price(text, price):
    assert normalise.price_nok(text) == price


@pytest.mark.parametrize("text, price", [
    # a capitalised semester fee that ends the text or its clause names the amount before it: never the price
    ("Kr 600,- Semesteravgift", None),
    ("Kr 600,- Semesteravgift per semester", None),
    ("12 000,- Kursavgift 600,- Semesteravgift", 12000),
    # still split: the fee on top, said as a clause or as the next label
    ("37.000,- Semesteravgift kommer i tillegg.", 37000),
    ("Pris: 12 000,- Semesteravgift 600,-", 12000),
])
def test_a_capitalised_semester_fee_after_a_dash_amount_names_it(text, price):
    assert normalise.price_nok(text) == price


@pytest.mark.parametrize("text, price", [
    # the course fee named just before its amount, after living costs: the price
    ("Levekostnader er ikke inkludert i kursavgiften på kr 7000.", 7000),
    ("Living costs are not included in the course fee of NOK 7000.", 7000),
    # traps: the amount is the living costs, the fee only named on the way; a side cost named first
    ("Living costs, in addition to the tuition fee, are about NOK 12 000 a month.", None),
    ("Andre utgifter er omtrent kr. 500", None),
])
def test_a_course_fee_named_after_living_costs_is_the_price(text, price):
    assert normalise.price_nok(text) == price
