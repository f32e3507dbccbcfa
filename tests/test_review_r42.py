"""Defects a black-box review of the command line and the crawler found (pages written for the review, shapes of
real course pages):

- a page that is a title over two or three links to studies with their credits, and says nothing of its own, is a
  listing, not a course ("Vidareutdanning i leiing" over "Master i leiing – 120 studiepoeng");
- a gatherings sentence said twice (a fact line and the description repeating it) is one plan, so its days stay;
- a price per semester says so: the record's `price_per`, shown as "kr 45 000 per semester", in the CSV;
- "Free (semester fee NOK 690)" is free, as "Gratis (semesteravgift kr 690)" is;
- a "Neste opptak" heading over "Høsten 2026. Søknadsfrist: 15. mars 2026." starts in the autumn (the deadline's
  date beside a start is no start);
- a short course held on its dates starts then ("Kurset holdes i Trondheim 8.–10. oktober 2025"), and a place after
  the dates is its place ("Kurset går over tre dager, 8.–10. oktober 2025, i Trondheim").

Each test fails without its change and shows the trap the change must not fall into.
"""

from __future__ import annotations

import copy
import csv
import io

import pytest

from crawler.extract import extract
from domain import normalise, when
from domain.records import build_record
from index.engine.build import build_index
from tests.catalogue_fixture import offer
from tests.helpers import crawled_record
from webapp import create_app, labels


def _listing(links: list[tuple[str, str]], heading: str = "Vidareutdanning i leiing", extra: str = "") -> str:
    items = "".join(f'<li><a href="/studier/{slug}/">{name}</a> – {credits}</li>' for (name, credits), slug
                    in zip(links, ("a", "b", "c", "d", "e")))
    return (f'<html lang="nn"><head><title>Studium | Høgskulen</title></head><body><main><h1>{heading}</h1>'
            f"<ul>{items}</ul>{extra}</main></body></html>")


@pytest.mark.parametrize("links", [
    [("Leiing i helse- og omsorgstenestene", "30 studiepoeng"), ("Endringsleiing i kommunal sektor", "10 studiepoeng")],
    [("Ledelse i helse- og omsorgstjenesten", "30 studiepoeng"), ("Endringsledelse", "10 studiepoeng"),
     ("Master i ledelse", "120 studiepoeng")],
])
def test_a_title_over_links_with_credits_and_nothing_else_is_a_listing(links):
    result = extract(_listing(links), "https://www.hvl.no/studier/")
    assert not result.is_course and result.reason.startswith("listing: "), result.reason


def test_a_course_page_that_also_links_to_related_studies_stays_a_course():
    own = ("<h2>Om studiet</h2><p>Studiet gir 30 studiepoeng og går over to semestre på deltid, med fire samlinger i "
           "Bergen.</p><h2>Opptakskrav</h2><p>Bachelorgrad og to års erfaring som leiar.</p>")
    page = _listing([("Endringsleiing", "10 studiepoeng"), ("Master i leiing", "120 studiepoeng")],
                    heading="Vidareutdanning i leiing i helse- og omsorgstenestene", extra=own)
    result = extract(page, "https://www.hvl.no/studier/leiing-helse/")
    assert result.is_course, result.reason


# -- a gatherings sentence said twice ---------------------------------------------------------------------------------

def test_a_gatherings_plan_said_twice_keeps_its_days():
    said = "Studiet har fire samlinger à tre dager."
    assert normalise.sessions(said + " Mer om studiet. " + said) == (4, 12)
    record = build_record({"id": "x", "title": "Ledelse", "sessions": said, "description": "Om studiet. " + said},
                          source="crawl", campus_fallback=False)
    assert (record["sessions_count"], record["session_days"]) == (4, 12)
    # two plans in different words are still two: their gatherings are added up
    assert normalise.sessions("2 samlinger à 2 dager, deretter 2 samlinger à 3 dager") == (2, None)


# -- what a price is per ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount, per", [
    ("kr 45 000 per semester", 45000, "semester"),
    ("NOK 45,000 per semester", 45000, "semester"),
    ("22 000 kr/semester", 22000, "semester"),
    ("kr 20 000 pr. år", 20000, "year"),
    ("Kursavgift kr 9 500 per emne, semesteravgift kr 690 per semester", 9500, "module"),
    ("Pris: 1 800,- per samling", 1800, "session"),
    ("Studiet koster kr 58 000", 58000, None),
    ("Totalt kr 186 000 (kr 46 500 per semester)", 186000, None),      # the total is for the whole offer
])
def test_the_unit_a_price_is_per(text, amount, per):
    assert (normalise.price_nok(text), normalise.price_per(text)) == (amount, per)


def test_a_price_per_semester_is_shown_so():
    record = crawled_record("<h1>Videreutdanning i helseledelse</h1><p>Studiet gir 30 studiepoeng.</p>"
                            "<h2>Pris</h2><p>NOK 45,000 per semester, i tillegg semesteravgift.</p>",
                            "https://www.nord.no/studier/helseledelse")
    assert (record["price_nok"], record["price_per"]) == (45000, "semester")
    assert labels.price(45000, "semester") == "kr 45 000 per semester"
    assert labels.price(45000, None) == "kr 45 000" and labels.price(0, "semester") == "kr 0"


@pytest.fixture(scope="module")
def priced_client(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("priced")
    per = copy.deepcopy(offer("pris-per-semester", ["ledelse"]))
    per.update(title="Ledelse per semester", price_nok=45000, price_per="semester")
    whole = copy.deepcopy(offer("pris-hele", ["ledelse"]))
    whole.update(title="Ledelse hele", price_nok=58000, price_per=None)
    build_index([per, whole], data_dir)
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False}).test_client()


def test_the_search_page_the_course_page_and_the_csv_say_what_the_price_is_per(priced_client):
    page = priced_client.get("/?q=ledelse").get_data(as_text=True)
    assert "kr 45 000 per semester" in page and "kr 58 000<" in page
    course = priced_client.get("/kurs/pris-per-semester").get_data(as_text=True)
    assert "kr 45 000 per semester" in course
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(
        priced_client.get("/api/search.csv?q=ledelse").get_data(as_text=True).lstrip("\ufeff")))}
    assert rows["pris-per-semester"]["price_per"] == "semester" and rows["pris-hele"]["price_per"] == ""
    assert rows["pris-per-semester"]["price_nok"] == "45000"


def test_an_english_price_that_opens_with_free_is_free():
    assert normalise.price_nok("Free (semester fee NOK 690)") == 0
    assert normalise.price_nok("Gratis (semesteravgift kr 690)") == 0
    # not free parking, and not "free" further on in a sentence
    assert normalise.price_nok("Free parking. Course fee NOK 5,000") == 5000
    assert normalise.price_nok("Free Mover programme") is None          # a name, not a price
    assert normalise.price_nok("Tuition: NOK 5,000. Feel free to ask") == 5000


# -- the start ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, term", [
    ("Høsten 2026. Søknadsfrist: 15. mars 2026.", "2026-host"),
    ("Høsten 2026, søknadsfrist 01.03.2026", "2026-host"),
    ("Autumn 2026; application deadline 1 March 2026", "2026-host"),
    ("Våren 2027", "2027-var"),
    ("Oppstart 15. januar 2027", "2027-var"),           # a start's own date stays
])
def test_a_deadlines_date_beside_the_start_is_no_start(text, term):
    assert when.start_term(text) == term


def test_a_next_intake_heading_gives_the_start():
    record = crawled_record("<h1>Erfaringsbasert master i helseledelse</h1><p>Programmet er på 90 studiepoeng.</p>"
                            "<h2>Neste opptak</h2><p>Høsten 2026. Søknadsfrist: 15. mars 2026.</p>",
                            "https://www.nord.no/studier/erfaringsbasert-master-helseledelse")
    assert record["start_term"] == "2026-host" and record["application_deadline"] == "2026-03-15"


_SHORT = ("<h1>Personalledelse for avdelingsledere i sykehjem</h1><p>Et praktisk kurs for avdelingsledere med "
          "personalansvar.</p><p>{}</p><p>Kurset gir ikke studiepoeng.</p><h2>Pris</h2><p>Kr 9 900 per deltaker.</p>")


@pytest.mark.parametrize("sentence", [
    "Kurset går over tre dager, 8.–10. oktober 2025, i Trondheim.",
    "Kurset holdes i Trondheim 8.–10. oktober 2025.",
])
def test_a_short_course_held_on_its_dates_starts_then_where_it_is_held(sentence):
    record = crawled_record(_SHORT.format(sentence), "https://www.fagakademiet.no/kurs/personalledelse-sykehjem")
    assert record["start_term"] == "2025-host"
    assert [loc["kommune"] for loc in record["locations"]] == ["Trondheim"]


def test_a_course_said_not_to_run_on_its_dates_has_no_start_from_them():
    record = crawled_record(_SHORT.format("Kurset går ikke 8.–10. oktober 2025 som planlagt."),
                            "https://www.fagakademiet.no/kurs/personalledelse-sykehjem")
    assert record["start_term"] is None
