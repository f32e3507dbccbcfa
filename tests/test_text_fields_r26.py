"""Round 26, fields: addresses and campus life are no teaching form, free tuition for some groups, a fact strip's items without a colon, a length with its credits in brackets, places known by
their local names, the English "BA", and credits and years an applicant must have.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record
from tests.helpers import page_lines as _page_lines


# 1. An e-mail or web address and campus life name no teaching form.
@pytest.mark.parametrize("text, forms", [
    ("Meld deg på hos Hans Ole Arnesen, h-olearn@online.no.", []),
    ("Les mer på www.nettstudier-eksempel.no.", []),
    ("Nature is right outside, and campus life centres on managing forests.", []),
    # traps: teaching online and on campus said in words
    ("Kurset går på nett; påmelding på www.eksempel.no.", ["nett"]),
    ("Teaching takes place on campus.", ["campus"]),
])
def test_addresses_and_campus_life_are_no_teaching(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 2. Free tuition for some groups only.
@pytest.mark.parametrize("text, price", [
    ("Desse gruppene har krav på 600 timar gratis opplæring.", None),
    # traps: the ordinary price said first, a named price alone, a course free for all
    ("Ordinær pris kr 5000, medlemspris kr 3000", 5000),
    ("Pris: kr 4 500.", 4500),
    ("Kurset er gratis.", 0),
])
def test_free_for_some_groups(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


# 3. A fact strip's item without a colon: "Studiepoeng 120".
def test_a_fact_strip_item_without_a_colon():
    record = _record("<h1>Master i barnehagekunnskap</h1><ul><li>Master</li></ul>"
                     "<ul><li>Studietype Full time, 2 år</li><li>Studiepoeng 120</li><li>Søknadsfrist 15. April 2024</li></ul>")
    assert (record["credits_max"], record["application_deadline"], record["part_time"]) == (120, "2024-04-15", False)


@pytest.mark.parametrize("item", [
    "Studiepoeng utover kravet på 90 studiepoeng",    # a sentence that opens with a label word
    "Pris og påmelding står nedenfor",
])
def test_a_sentence_item_is_no_label(item):
    from crawler import facts
    lines = _page_lines(f"<h1>Master</h1><ul><li>{item}</li></ul>")
    assert "credits" not in facts.read_facts(lines) and "price" not in facts.read_facts(lines)


# 4. A length with its credits in brackets on a line of its own.
@pytest.mark.parametrize("line, semesters", [
    ("3 years (180 ECTS)", 6),
    ("2 år (120 studiepoeng)", 4),
    # trap: the credits alone
    ("(180 ECTS)", None),
])
def test_a_length_with_its_credits_in_brackets(line, semesters):
    record = _record(f"<h1>Bachelor in Theology</h1><p>{line}</p><p>The programme is a bachelor's degree.</p>")
    assert record["duration_semesters"] == semesters


# 5. Places known by their local names, and a place of instruction.
@pytest.mark.parametrize("name, nr", [("Tjøme", "3911"), ("Bardufoss", "5524"), ("Storslett", "5544")])
def test_places_by_their_local_names(name, nr):
    from domain.places import resolve_place
    assert resolve_place(name)["kommune_nr"] == nr


def test_a_place_of_instruction():
    record = _record("<h1>Norwegian Language and Culture</h1><p>The course gives 30 ECTS credits.</p>"
                     "<h2>Place of Instruction</h2><p>Bergen</p><h2>Teaching</h2><p>Seminars every week.</p>")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["4601"]


# 6. The English abbreviation of a bachelor's degree.
@pytest.mark.parametrize("text, education", [
    ("A BA or an equivalent degree in the social sciences.", "bachelor"),
    ("A B.A. in economics is required.", "bachelor"),
    # trap: Norwegian "ba" (asked)
    ("Du ba om opptak i fjor.", None),
])
def test_the_english_ba(text, education):
    from domain.normalise import admission
    assert admission(text)["admission_education"] == education


# 7. Credits and years an applicant must have are not the offer's.
@pytest.mark.parametrize("sentence, credits", [
    ("How much is 20/30/40 ECTS credits?", None),
    ("Du kan få et betinget tilbud ut fra de 150 studiepoengene du har tatt.", None),
    ("Av disse kan høyst 5 studiepoeng være i matematikk og statistikk.", None),
    # trap: the offer's own credits
    ("Studiet gir 120 studiepoeng.", 120),
])
def test_an_applicants_credits(sentence, credits):
    record = _record(f"<h1>Master i matematikk og fysikk</h1><p>Masterprogram.</p><p>{sentence}</p>")
    assert record["credits_max"] == credits


@pytest.mark.parametrize("sentence, semesters", [
    ("Where you finished school may mean that over three years at university are required.", None),
    ("Tre år med høyere utdanning kreves.", None),
    # trap: the study's own length
    ("The programme runs over two years.", 4),
])
def test_years_an_applicant_must_have(sentence, semesters):
    record = _record(f"<h1>Master of Science in Petroleum</h1><p>The programme gives 120 ECTS credits.</p><p>{sentence}</p>")
    assert record["duration_semesters"] == semesters


# 8. A sub-page's title with the offer in lower case or after an article.
@pytest.mark.parametrize("title, sub_page", [
    ("Søknad og opptaksprøver - det frie kandidatstudiet", True),
    ("Opptaksprøve – årsstudium i musikkproduksjon", True),
    # traps: the site's name, an offer that is no study, many studies
    ("Opptak – Høgskolen i Molde", False),
    ("Priser – det beste tilbudet", False),
    ("Opptak – bachelorprogrammer ved UiB", False),
])
def test_a_sub_pages_title_in_lower_case(title, sub_page):
    from crawler.recognise import _sub_page_first
    assert _sub_page_first(title) is sub_page


# 9. Recordings sent with an application are no teaching.
@pytest.mark.parametrize("text, forms", [
    ("Lyd- og videoopptak, tekster, arrangementer eller komposisjoner.", []),
    # trap: lectures as video recordings
    ("Forelesningene blir gjort tilgjengelige som videoopptak.", ["video"]),
])
def test_recordings_sent_are_no_teaching(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 10. The review's findings on the rules above (a helper's review of the round's rules commit, 2026-12-05), each
#     reproduced first. Two rules were taken back: "ordinær pris" beside a subsidised price, and "Kuben" as Oslo.
@pytest.mark.parametrize("title", [
    "Søknad og opptak – bachelor og master", "Opptak – videreutdanning for lærere", "Opptak – master og ph.d.",
    "Pris – det nye studiet", "Opptaksprøver – det du må vite om studiet",
])
def test_review_site_wide_titles_are_no_sub_page(title):
    from crawler.recognise import _sub_page_first
    assert _sub_page_first(title) is False


@pytest.mark.parametrize("text, price", [
    ("Depositum kr 2000. Full pris kr 12 000.", 12000),
    ("Ordinær pris kr 5000, redusert pris kr 3000.", 5000),
    ("Alle deltakere har krav på gratis opplæring.", 0),
])
def test_review_prices(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


@pytest.mark.parametrize("sentence", [
    "Hva lærer du i denne videreutdanningen på 30 studiepoeng?",
    "Hva koster videreutdanningen på 30 studiepoeng?",
])
def test_review_a_question_that_names_the_offers_credits(sentence):
    record = _record(f"<h1>Videreutdanning i veiledning</h1><p>Videreutdanning på deltid.</p><p>{sentence}</p>")
    assert record["credits_max"] == 30


@pytest.mark.parametrize("sentence", [
    "Studiet går over to år og det kreves aktiv deltakelse.",
    "The programme lasts two years and attendance is required.",
])
def test_review_a_length_beside_another_requirement(sentence):
    record = _record(f"<h1>Master of Science in Petroleum</h1><p>The programme gives 120 ECTS credits.</p><p>{sentence}</p>")
    assert record["duration_semesters"] == 4


@pytest.mark.parametrize("text, forms", [
    ("Forelesningene blir lagt ut som lyd- og videoopptak.", ["video"]),
    ("Påmelding til kurs@skolen.no. Undervisning på nett.", ["nett"]),
    ("Undervisningen foregår på Campus Life Science-bygget.", ["campus"]),
    ("Studiet er nettbasert med undervisning via https://zoom.us.", ["nett", "video"]),
])
def test_review_teaching_forms(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


def test_review_other_findings():
    from domain.normalise import admission
    from domain.places import resolve_place
    record = _record("<h1>Videreutdanning i ledelse</h1><p>Studiet gir 30 studiepoeng.</p>"
                     "<ul><li>Omfang 3 emner à 10 studiepoeng</li></ul>")
    assert record["credits_max"] == 30
    assert admission("An M.B.A. or equivalent master's degree.")["admission_education"] == "master"
    assert resolve_place("Kuben") is None         # (a school in Oslo, a museum in Arendal)
