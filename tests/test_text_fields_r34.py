"""Round 34, fields: a culture school's or an adult-education centre's page named only in its address
(".../kulturskolen/praktisk-info/soknadsfrist-og-oppsigelse", ".../vaksenopplaring/") on a host that is no
university's, college's or fagskole's offers schooling without credits, unless the page names credits or a level;
a gathering numbered first ("1. samling 3. og 4. september 2019") dates the start; a venue said as the place ("Stedet
er Quality Airport, Gardermoen") or a hotel named with its place ("på Quality Airport Hotell Gardermoen") is where
the course is held; a fact's label under a page's careers ("Career opportunities" / … / "Admission requirement") is
the offer's own; "nothing but" general admission ("Du trenger ikke annet enn generell studiekompetanse") asks for it,
and "Alle som har generell studiekompetanse, kan søke" is an admission sentence.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from domain import normalise
from tests.helpers import crawled_record as _record


def _said_without_credits(title: str, body: str, url: str) -> str | None:
    from crawler import no_credits
    from tests.helpers import page_lines
    return no_credits.said(title, page_lines(f"<h1>{title}</h1>{body}"), url)


# (a page with a word of studies, "opptak", which no_credits' other tests read as a study's)
_PLAIN = ("<p>Meld deg på via skjemaet under. Opptaket skjer fortløpende, og vi tar kontakt når det er ledig plass.</p>"
          "<p>Spørsmål sendes til kontoret.</p>")


# 1. A culture school named in the address.
@pytest.mark.parametrize("title, url", [
    ("Søknadsfrist og oppsigelse", "https://kommunen.test/kulturskolen/praktisk-info/soknadsfrist-og-oppsigelse"),
    ("Praktisk informasjon", "https://www.kommunen.test/kultur-og-fritid/kulturskolen/fagtilbud/praktisk-informasjon/"),
    ("Opptak og betaling", "https://kommunen.test/kulturskule/opptak"),
])
def test_a_culture_school_in_the_address_is_said_to_give_no_credits(title, url):
    assert _said_without_credits(title, _PLAIN, url) == title


@pytest.mark.parametrize("body, url", [
    # a college's study for culture-school teachers
    (_PLAIN, "https://hogskolen.test/studier/kulturskolelaerer"),
    # a culture school's page that names credits
    ("<p>Fordypningsprogrammet gir 15 studiepoeng gjennom et samarbeid.</p>",
     "https://kommunen.test/kulturskolen/fordypning"),
    # a culture school in no part of the address
    (_PLAIN, "https://kommunen.test/kultur/praktisk-informasjon"),
])
def test_a_culture_school_address_on_a_college_or_with_credits_is_not_said_to_give_none(body, url):
    assert _said_without_credits("Praktisk informasjon", body, url) is None


def test_a_culture_school_page_named_by_its_address_is_stored_without_credits():
    html = ("<h1>Søknadsfrist og oppsigelse</h1><p>Hovudopptaket er i mai og juni, men du kan søkje gjennom heile "
            "året.</p><h2>Pris</h2><p>Elevavgifta er kr 3 600 per år.</p>")
    rec = _record(html, "https://kommunen.test/kulturskolen/praktisk-info/soknadsfrist-og-oppsigelse")
    assert (rec["kind"], rec["level"], rec["credits_max"]) == ("non_credit", "none", 0)


# 2. Adult education named in the address.
@pytest.mark.parametrize("url", [
    "https://skulen.vgs.test/utdanningsprogram/vaksenopplaring/",
    "https://kommunen.test/voksenopplaering/norsk-og-samfunnskunnskap",
])
def test_adult_education_in_the_address_is_said_to_give_no_credits(url):
    assert _said_without_credits("Fag for studiekompetanse", _PLAIN, url) == "Fag for studiekompetanse"


@pytest.mark.parametrize("body, url", [
    # a university's course on adult education
    (_PLAIN, "https://universitetet.test/studier/voksenopplaering-og-laering"),
    # an adult-education page that names credits
    ("<p>Kurset gir 10 studiepoeng.</p>", "https://kommunen.test/voksenopplaering/kurs"),
])
def test_an_adult_education_address_on_a_university_or_with_credits_is_not_said_to_give_none(body, url):
    assert _said_without_credits("Fag for studiekompetanse", body, url) is None


# 3. A gathering numbered first ("1. samling 3. og 4. september 2019"): the first one's date is the start.
@pytest.mark.parametrize("items, term", [
    ("<li>1. samling 3. og 4. september 2019</li><li>2. samling 24. og 25. september 2019</li>", "2019-host"),
    ("<li>1. samling, 23. og 24. august 2022 (hotellsamling)</li>"
     "<li>2. samling, 20. og 21. september 2022 (digital samling)</li>", "2022-host"),
    ("<li>1. samling: 6. februar 2024</li><li>2. samling: 12. mars 2024</li>", "2024-var"),
])
def test_the_first_gathering_numbered_first_gives_the_start(items, term):
    html = ("<h1>Grunnleggende kommuneregnskap</h1><p>Kurset gir en innføring i regnskapet til kommuner.</p>"
            f"<h2>Samlinger</h2><ul>{items}</ul><h2>Pris</h2><p>Kr 9 500.</p>")
    assert _record(html, "https://kurs.test/kurs/kommuneregnskap")["start_term"] == term


@pytest.mark.parametrize("items", [
    # a gathering number with no date is no dated plan
    "<li>1. samling handler om budsjett</li><li>2. samling handler om regnskap</li>",
    # a numbered list of clock times is an agenda's
    "<li>1. samling 09.00 Velkommen</li><li>2. samling 10.30 Budsjett</li>",
])
def test_gatherings_numbered_first_without_a_date_give_no_start(items):
    from crawler import prose
    from tests.helpers import page_lines
    assert prose.numbered_gatherings(page_lines(f"<h1>Kommuneregnskap</h1><ul>{items}</ul>")) == []


# 4. A venue said as the place, or a hotel named with its place.
def _places(text: str) -> list[str]:
    html = ("<h1>Kurslederopplæring i mestring av depresjon</h1><p>Opplæringen gjør deg til kursleder i metoden.</p>"
            f"<h2>Praktisk informasjon</h2><p>{text}</p><h2>Pris</h2><p>Kurset koster kr 9 500.</p>")
    return [loc["kommune"] for loc in _record(html, "https://kurs.test/kurs/kid")["locations"]]


@pytest.mark.parametrize("text, kommune", [
    ("Stedet er Quality Airport, Gardermoen (Lokevegen 7, 2067 Jessheim), og tiden er uke 37.", "Ullensaker"),
    ("Kursstaden er Scandic Sunnfjord Hotel, Førde.", "Sunnfjord"),
    ("The venue is Scandic Hotel, Bodø.", "Bodø"),
    ("Begge samlingene er på Quality Airport Hotell Gardermoen.", "Ullensaker"),
    ("Første del er på Klækken hotell, Hønefoss, i november.", "Ringerike"),
])
def test_a_venue_said_as_the_place_or_a_hotel_with_its_place_is_where_the_course_is_held(text, kommune):
    assert _places(text) == [kommune]


@pytest.mark.parametrize("text", [
    "Stedet er ikke bestemt ennå, men det blir sentralt på Østlandet.",
    "Overnatting på hotell kommer i tillegg, og reisen betaler du selv.",
    # a hotel's name without a place
    "Kurset holdes på Sem Gjestegård.",
])
def test_a_venue_without_a_known_place_gives_no_place(text):
    assert _places(text) == []


# 5. A fact's label under a page's careers is the offer's own (a sibling study's facts stay out of other related
# sections).
_CAREER_PAGE = ("<h1>English One Year Programme</h1><p>The programme is taught online apart from a week in York.</p>"
                "<h2>{heading}</h2><p>People in many lines of work can use the programme to strengthen their English "
                "at work.</p>{facts}<p>On completing the programme, the candidate knows how English grammar works.</p>")


@pytest.mark.parametrize("facts", [
    "<dl><dt>Admission requirement</dt><dd>Higher Education Entrance Qualification (generell studiekompetanse)</dd></dl>",
    "<p>Admission requirement</p><p>Higher Education Entrance Qualification (generell studiekompetanse)</p>",
])
def test_a_label_under_the_careers_is_the_offers_own(facts):
    rec = _record(_CAREER_PAGE.format(heading="Career opportunities", facts=facts), "https://nord.test/en/english")
    assert rec["admission_education"] == "generell_studiekompetanse"


def test_a_label_under_other_studies_stays_another_studys():
    facts = "<dl><dt>Admission requirement</dt><dd>Bachelor's degree in English</dd></dl>"
    rec = _record(_CAREER_PAGE.format(heading="Related programmes", facts=facts), "https://nord.test/en/english")
    assert rec["admission_education"] is None


# 6. "Nothing but" general admission asks for it; "all who hold it may apply" is an admission sentence.
@pytest.mark.parametrize("text", [
    "Du trenger ikke annet enn generell studiekompetanse.",
    "Opptakskrav: Du treng ikkje anna enn generell studiekompetanse.",
    "Det kreves ikke noe annet enn generell studiekompetanse.",
])
def test_nothing_but_general_admission_asks_for_it(text):
    assert normalise.admission(text)["admission_education"] == "generell_studiekompetanse"


@pytest.mark.parametrize("text", [
    "Du trenger ikke generell studiekompetanse.",
    "Søkere som ikke har generell studiekompetanse, men annen utdanning, vurderes særskilt.",
])
def test_general_admission_denied_is_not_asked_for(text):
    assert normalise.admission(text)["admission_education"] is None


def test_all_who_hold_general_admission_may_apply_is_the_requirement():
    html = ("<h1>Tegn og symptom</h1><p>Studiet gjør deg bedre til å avdekke rusbruk, og det går på nett.</p>"
            "<p>Alle som har generell studiekompetanse, kan søke. Metoden brukes mye i politiet.</p>"
            "<p>Utdanningen gir 5 studiepoeng.</p>")
    assert _record(html, "https://phs.test/studier/tegn-og-symptom")["admission_education"] == "generell_studiekompetanse"
