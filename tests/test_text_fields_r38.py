"""After round 37, fields from dev errors: "Hvor" (and nynorsk "Kvar") as a place label, alone or as "Hvor og når";
a place given as the study's place in a phrase ("med Ski som studiested", "Hattfjelldal er stedet for samlingene");
a title ending in its degree without a comma ("English One Year Programme", "Engelsk årsstudium", "Application
procedure MSc").

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler.facts import label_keys
from domain.normalise import level_and_kind
from tests.helpers import crawled_record as _record


def _places(record: dict) -> list[str]:
    return sorted(place["kommune"] for place in record["locations"])


def _study_saying(sentence: str) -> dict:
    """The record of a further-education page whose text says `sentence` among its facts."""
    html = (f"<h1>Dialogiske praksiser</h1><p>Videreutdanning på 30 studiepoeng for ansatte i helse og omsorg.</p>"
            f"<p>{sentence}</p><h2>Opptakskrav</h2><p>Bachelorgrad i helse- eller sosialfag.</p>")
    return _record(html, "https://uni.test/studier/dialog")


@pytest.mark.parametrize("label, keys", [
    ("Hvor:", ("locations",)),
    ("Hvor?", ("locations",)),
    ("Kvar:", ("locations",)),
    ("Hvor og når", ("locations", "start")),
    ("Når og hvor:", ("start", "locations")),
    ("Lokasjon for kurs:", ("locations",)),
])
def test_where_is_a_place_label(label, keys):
    assert label_keys(label) == keys


@pytest.mark.parametrize("label", ["Hvor mye koster kurset?", "Hvor lenge varer kurset?", "Hvorfor velge oss?"])
def test_a_question_beginning_with_where_is_no_place_label(label):
    assert label_keys(label) != ("locations",)


def test_a_where_label_over_a_venue_and_its_town_gives_the_town():
    html = ("<h1>Kurs i tørrmuring</h1><p>Et kurs over tre dager i tørrmuring av steingjerder.</p>"
            "<p>Når:</p><p>1.–3. november 2023</p><p>Hvor:</p><p>Abborhøgda, Varaldskogen, Kongsvinger</p>"
            "<p>Pris: kr 2 500</p>")
    assert _places(_record(html, "https://forening.test/kurs/torrmuring")) == ["Kongsvinger"]


@pytest.mark.parametrize("sentence, town", [
    ("Studiet går på deltid, desentralisert, med Ski som studiested.", "Nordre Follo"),
    ("Hattfjelldal er stedet for samlingene.", "Hattfjelldal"),
    ("Kurset er samlingsbasert, og Bodø er staden for undervisninga.", "Bodø"),
])
def test_the_study_s_place_named_in_a_phrase(sentence, town):
    assert _places(_study_saying(sentence)) == [town]


@pytest.mark.parametrize("sentence", [
    "Vi kan hjelpe deg med Bergen som reisemål.",                  # no study's place noun after "som"
    "Hamar er stedet for deg som vil bo sentralt.",                 # "stedet for deg", not for the teaching
])
def test_a_place_in_a_phrase_that_names_no_place_of_study_gives_none(sentence):
    assert _study_saying(sentence)["locations"] == []


@pytest.mark.parametrize("title, level_kind", [
    ("English One Year Programme", ("bachelor", "one_year")),
    ("Engelsk årsstudium", ("bachelor", "one_year")),
    ("Nursing Master's Programme", ("master", "degree")),
    ("Application procedure MSc", ("master", "degree")),
])
def test_a_title_ending_in_its_degree_names_it(title, level_kind):
    assert level_and_kind("", title) == level_kind


@pytest.mark.parametrize("title", [
    "Kurs for deg som vil ta årsstudium",          # a course about applying to one, "kurs" first
    "Årsstudium-emner i engelsk",                   # a degree word not last
])
def test_a_title_whose_last_words_are_no_degree_of_its_own_names_none(title):
    assert level_and_kind("", title)[1] in (None, "non_credit", "single_course")


def test_the_hours_under_where_and_when_say_the_course_is_in_the_evening():
    html = ("<h1>Pårørendeskole</h1><p>Et kurs for pårørende til personer med demens, med undervisning og samtalegrupper.</p>"
            "<h2>Hvor og når</h2><p>Stedet er dagsenteret ved sykehjemmet.</p>"
            "<p>Onsdager kl. 18:00-21:00: 8. mars, 15. mars og 22. mars.</p>"
            "<h2>Hvem kan delta?</h2><p>Pårørende til personer med demens.</p>")
    assert _record(html, "https://kommune.test/parorendeskole")["delivery"] == ["kveld"]
