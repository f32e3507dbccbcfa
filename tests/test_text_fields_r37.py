"""After round 36, fields from dev errors: the place a catalogue's kicker line under the title gives ("Videreutdanning
for lærere, Trondheim", "– Gardermoen 25. og 26. februar 2019", "25. april 2019 i Oslo", "Master's programme" over
"Bodø"); the start a one-off course's dated kicker line gives ("25. april 2019 i Oslo"), or its first part labelled
"1. del" over its dates; "Course location" as a place label; "Formats: In-person" as the delivery and "Distance
learning" as online; general admission "not enough alone" beside school subjects (R1, R2) is general admission; a
counted number of equal parts gives the whole ("to emne á 15 studiepoeng": 30); applying or an interview online, or an
e-mail address, is no online teaching; a sum alone under a price label ("Kursavgift: 22 000") is the price.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler.facts import label_keys
from tests.helpers import crawled_record as _record

_BODY = ("<h2>Om studiet</h2><p>Studiet gir 30 studiepoeng og går over to semestre.</p>"
         "<h2>Opptakskrav</h2><p>Bachelor i sykepleie.</p>")


def _places(record: dict) -> list[str]:
    return sorted(place["kommune"] for place in record["locations"])


@pytest.mark.parametrize("kicker, town", [
    ("Palliativ omsorg, videreutdanning, Gjøvik", "Gjøvik"),
    ("Videreutdanning for lærere, Trondheim", "Trondheim"),
    ("Pedagogikk for lærere, erfaringsbasert masterprogram (deltid), Trondheim", "Trondheim"),
    ("Master's degree programme 2 years, Trondheim", "Trondheim"),
])
def test_the_kicker_under_the_title_names_the_study_and_its_town(kicker, town):
    record = _record(f"<h1>Opptak</h1><p>{kicker}</p>{_BODY}", "https://uni.test/studier/vpall/opptak")
    assert _places(record) == [town]


@pytest.mark.parametrize("kicker", [
    "Kurs i programmering, Bergen",                   # no study word: maybe the organiser's branch
    "Videreutdanning for ansatte i Universitetet i Bergen, Bergen kommune",   # no place after the comma alone
    "Videreutdanning i ledelse for deg som jobber i helse, Bergen.",          # a sentence
])
def test_a_line_that_is_no_kicker_of_the_study_gives_no_place(kicker):
    record = _record(f"<h1>Ledelse</h1><p>{kicker}</p>{_BODY}", "https://uni.test/studier/ledelse")
    assert record["locations"] == []


def test_a_kicker_under_a_section_is_another_part_of_the_page():
    html = f"<h1>Ledelse</h1><h2>Andre studier</h2><p>Videreutdanning for lærere, Trondheim</p>{_BODY}"
    assert _record(html, "https://uni.test/studier/ledelse")["locations"] == []


@pytest.mark.parametrize("kicker, town", [
    ("– Gardermoen 25. og 26. februar 2019", "Ullensaker"),     # after a dash, the dates after it
    ("25. april 2019 i Oslo", "Oslo"),                           # after the dates
])
def test_a_dated_kicker_gives_the_place_and_the_start(kicker, town):
    html = (f"<h1>Avlevering av papirarkiv</h1><p>{kicker}</p>"
            "<p>Kurset går gjennom hvordan et papirarkiv gjøres klart for avlevering.</p>"
            "<p>Målgruppe: arkivarer i kommunene.</p><p>Pris: kr 3 900</p>")
    record = _record(html, "https://forening.test/kurs/avlevering")
    assert _places(record) == [town] and record["start_term"] == "2019-var"


@pytest.mark.parametrize("kicker", [
    "Publisert 25. april 2019",                       # the page's date, not the course's
    "Oppdatert 25. april 2019",
    "Søknadsfrist 1. mars 2019",                      # a deadline
])
def test_a_kicker_that_is_no_course_date_gives_no_start(kicker):
    html = (f"<h1>Avlevering av papirarkiv</h1><p>{kicker}</p>"
            "<p>Kurset går gjennom hvordan et papirarkiv gjøres klart for avlevering.</p>"
            "<p>Målgruppe: arkivarer i kommunene.</p><p>Pris: kr 3 900</p>")
    assert _record(html, "https://forening.test/kurs/avlevering")["start_term"] is None


def test_a_date_further_down_is_no_kicker():
    html = ("<h1>Avlevering av papirarkiv</h1><p>Kurset går gjennom hvordan et papirarkiv gjøres klart.</p>"
            "<p>Målgruppe: arkivarer i kommunene.</p><p>Pris: kr 3 900</p><p>25. april 2019 i Oslo</p>")
    record = _record(html, "https://forening.test/kurs/avlevering")
    assert record["start_term"] is None and record["locations"] == []


def test_the_kind_alone_over_a_town_gives_the_town():
    html = ("<h1>Sustainable Leadership</h1><p>Master’s programme</p><p>Bodø</p>"
            "<h2>Programme description</h2><p>The programme gives 120 ECTS credits over four semesters.</p>"
            "<h2>Admission requirements</h2><p>A bachelor's degree.</p>")
    assert _places(_record(html, "https://uni.test/en/studies/sustainable-leadership")) == ["Bodø"]


def test_a_first_part_labelled_with_its_ordinal_dates_the_start():
    html = ("<h1>Turnusplanlegging</h1><p>Kurset består av to samlinger på to dager.</p>"
            "<p>1. del</p><p>Mandag 4. og tirsdag 5. mars 2019</p><p>2. del</p><p>Torsdag 11. og fredag 12. april 2019</p>"
            "<p>Målgruppe: de som lager turnus.</p><p>Pris: kr 9 800</p>")
    assert _record(html, "https://kurs.test/kurs/turnus")["start_term"] == "2019-var"


def test_a_second_part_is_no_start():
    html = ("<h1>Turnusplanlegging</h1><p>Kurset består av to samlinger på to dager.</p>"
            "<p>2. del</p><p>Torsdag 11. og fredag 12. april 2019</p>"
            "<p>Målgruppe: de som lager turnus.</p><p>Pris: kr 9 800</p>")
    assert _record(html, "https://kurs.test/kurs/turnus")["start_term"] is None


@pytest.mark.parametrize("label, key", [("Course location", "locations"), ("Programme location", "locations"),
                                        ("Formats", "delivery"), ("Study format", "delivery")])
def test_english_place_and_format_labels(label, key):
    assert label_keys(label) == (key,)


def test_formats_in_person_is_campus():
    html = ("<h1>Executive MBA</h1><p>Formats: In-person</p><p>Duration: 18 months</p><p>Cost: kr415,000</p>"
            "<p>The programme is for experienced leaders.</p>")
    assert _record(html, "https://mba.test/executive-mba")["delivery"] == ["campus"]


def test_a_price_lists_date_under_the_title_is_no_start():
    html = ("<h1>Personbil klasse B</h1><p>Prisliste kl B - personbil (gjeldende fra 10.april 2022)</p>"
            "<p>Kjøretime 45 min: Kr 790,-</p><p>Trafikalt grunnkurs gir deg det du trenger for å øvelseskjøre.</p>"
            "<p>Målgruppe: nye bilførere.</p>")
    assert _record(html, "https://trafikkskole.test/kurs/klasse-b")["start_term"] is None


@pytest.mark.parametrize("value, want", [("Distance Learning", ["nett"]),
                                         ("Distance Learning, On-Campus", ["campus", "nett"])])
def test_distance_learning_is_online(value, want):
    from domain.normalise import delivery

    assert delivery(value) == want


@pytest.mark.parametrize("text, want", [
    ("Realkompetanse eller generell studiekompetanse er ikke nok alene; emnet har også spesielle opptakskrav. "
     "Du trenger: Matematikk R1 (eller Matematikk S1 og S2) + R2", "generell_studiekompetanse"),
    ("General admission is not enough on its own: you also need Mathematics R1 and Physics 1.",
     "generell_studiekompetanse"),
    # the traps: a trade certificate asked instead; general admission said to be no requirement; no subject named
    ("Du må ha fagbrev i helsearbeiderfaget. (Generell studiekompetanse er ikke nok alene.)", "other"),
    ("Generell studiekompetanse er ikke et krav, men du bør ha Matematikk R1.", None),
    ("Generell studiekompetanse er ikke nok alene.", None),
])
def test_general_admission_not_enough_alone_beside_school_subjects_is_general_admission(text, want):
    from domain.normalise import admission

    assert admission(text)["admission_education"] == want


def _credits(body: str, title: str = "Vidareutdanning i sårbehandling") -> tuple:
    record = _record(f"<h1>{title}</h1><p>Studiet er for sjukepleiarar i kommunane.</p>{body}"
                     "<h2>Opptakskrav</h2><p>Bachelor i sjukepleie.</p>", "https://hogskule.test/studier/sar")
    return record["credits_min"], record["credits_max"]


@pytest.mark.parametrize("sentence, want", [
    ("Du tek to emne á 15 studiepoeng, og kvart av dei har sin eigen eksamen.", (30.0, 30.0)),
    ("Det er to emner i studiet, hvert på 15 studiepoeng.", (30.0, 30.0)),
    ("Studiet består av 4 moduler, og hver av dem gir 7,5 studiepoeng når eksamen er bestått.", (30.0, 30.0)),
    ("Fire frittstående emner á 15 studiepoeng; du velger selv hvor mange du tar.", (15.0, 60.0)),
])
def test_a_counted_number_of_equal_parts_gives_the_whole(sentence, want):
    assert _credits(f"<p>{sentence}</p>") == want


@pytest.mark.parametrize("body", [
    # the trap: the whole stated beside its parts' sizes
    "<p>Du tek to emne á 15 studiepoeng.</p><p>Studiet gir til saman 60 studiepoeng.</p>",
    # two counts that disagree: no one whole
    "<p>Du tek to emne á 15 studiepoeng.</p><p>Seinare kan du ta tre emne på 15 studiepoeng.</p>",
    # the parts uncounted
    "<p>Emna gir 15 studiepoeng kvar.</p>",
])
def test_parts_counted_do_not_outweigh_a_stated_whole_nor_each_other(body):
    assert _credits(body) in ((60.0, 60.0), (None, None))


def _delivery(sentence: str) -> list[str]:
    html = ("<h1>Master i musikk</h1><p>Studiet gir 120 studiepoeng på masternivå.</p>"
            f"<h2>Om studiet</h2><p>{sentence}</p><h2>Opptakskrav</h2><p>Bachelor i musikk.</p>")
    return _record(html, "https://uni.test/studier/master-musikk")["delivery"]


@pytest.mark.parametrize("sentence", [
    "Applications can be sent online from 1 November until 1 December.",
    "Both are done online, and applications sent in any other way are not accepted.",
    "If you live outside Europe, you may ask for the interview to be held online.",
    "Spørsmål kan sendast til kursleiar (epost: kurs(a)online.no).",
    "You apply for the course online.",                # the course as what one applies for
])
def test_applying_online_or_an_address_is_no_online_teaching(sentence):
    assert _delivery(sentence) == []


@pytest.mark.parametrize("sentence, want", [
    ("Søkere bør vite at undervisningen er på nett.", ["nett"]),     # applying named, the teaching too
    ("Teaching is online, and you apply in Søknadsweb.", ["nett"]),
    ("Betalingsstudium, nettbasert.", ["nett"]),                     # a paid study, not a payment
    ("Kveldskurset går på nett for deltakarar som betaler sjølve.", ["kveld", "nett"]),
])
def test_online_teaching_beside_applying_is_still_online(sentence, want):
    assert _delivery(sentence) == want


@pytest.mark.parametrize("value, want", [
    ("22 000 (11 000 per semester); 40 timer veiledning betales i tillegg.", 22000),
    ("44.000", 44000),
    # the traps: a count of hours or people, a year, an amount with its currency named later
    ("1 200 timer", None),
    ("2 000 deltakere", None),
    ("2024", None),
    ("1 500 DK", None),                               # another currency
    ("kr 3 500 og 22 000 for semesteret", 3500),
])
def test_a_sum_alone_under_a_price_label_is_the_price(value, want):
    from domain.normalise import price_nok

    assert price_nok(value) == want


def test_a_course_fee_label_with_a_bare_sum_gives_the_price():
    html = ("<h1>Fordypning i kognitiv terapi</h1><p>Programmet går over to semestre med fire samlinger.</p>"
            "<p>Kursavgift: 22 000 (11 000 per semester); veiledning betales i tillegg.</p>"
            "<p>Målgruppe: psykologer og leger.</p>")
    assert _record(html, "https://senter.test/utdanning/fordypning")["price_nok"] == 22000


@pytest.mark.parametrize("title, want", [
    ("Matematikkdidaktikk for lærere, erfaringsbasert masterprogram", ("master", "degree")),
    ("Sykepleie, bachelor", ("bachelor", "degree")),
    # the traps: a level after the comma is no degree; a course before it stays a course
    ("Ledelse, masternivå", (None, None)),
])
def test_a_title_ending_in_its_degree_after_a_comma(title, want):
    from domain.normalise import level_and_kind

    assert level_and_kind("", title) == want


def test_a_degree_after_the_titles_comma_outweighs_further_education_in_a_sentence():
    html = ("<h1>Matematikkdidaktikk for lærere, erfaringsbasert masterprogram</h1>"
            "<p>Programmet er videreutdanning for lærere som vil avslutte med en masteroppgave.</p>"
            "<p>Programmet gir 90 studiepoeng og går på deltid over seks semestre.</p>"
            "<h2>Opptakskrav</h2><p>Fullført lærerutdanning.</p>")
    record = _record(html, "https://uni.test/studier/matematikkdidaktikk-master")
    assert (record["level"], record["kind"]) == ("master", "degree")


@pytest.mark.parametrize("label, campus", [("Admission requirements Oslo", "Oslo"), ("Entry requirements Bergen", "Bergen"),
                                           ("Admission requirements Master", None)])
def test_an_english_admission_tab_per_campus_names_its_campus(label, campus):
    from crawler.facts import campus_of_label

    assert campus_of_label(label) == campus
