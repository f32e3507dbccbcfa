"""Round 19, fields: a gathering's length before its campus, lectures followed in a place, an English
date with a comma before its year.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.pipeline.record import host_owner, speaking_for_owner
from domain import normalise, when
from domain.records import build_record
from tests.helpers import crawled_record as _record


# 1. Gatherings of a stated length held on a campus are gatherings, not daily campus teaching.
@pytest.mark.parametrize("sentence, codes", [
    ("Studiet har tre samlinger à to dager på campus Elverum.", ["samling"]),
    ("Studiet har tre samlinger à 1.5 dager på campus Elverum.", ["samling"]),
    ("The programme has four sessions of two days on campus.", ["samling"]),
    # traps: gatherings and weekly teaching on campus as well; campus teaching said alone
    ("Studiet har samlinger og ukentlig undervisning på campus Elverum.", ["campus", "samling"]),
    ("Undervisningen foregår på campus.", ["campus"]),
    ("Studiet har samlinger på nett, to dager på campus.", ["campus", "nett", "samling"]),
])
def test_gatherings_with_their_length_on_a_campus(sentence, codes):
    assert normalise.delivery(sentence) == codes


# 2. Lectures that can be followed in a place (bokmål, nynorsk) name that place, also beside the web.
@pytest.mark.parametrize("sentence", [
    "Forelesningene kan følges på nett eller i Volda.",
    "Forelesingane kan følgjast direkte på nett, eller i auditoriet i Volda.",
    "Forelesningene strømmes, og kan også følges i Volda.",
])
def test_lectures_followed_in_a_place_name_it(sentence):
    record = _record(f"<h1>Ledelse i helsetjenesten</h1><p>Emnet gir 15 studiepoeng.</p>"
                     f"<h2>Undervisning</h2><p>{sentence}</p>")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["1577"]      # Volda


@pytest.mark.parametrize("sentence", [
    "Kurset følges opp av en veileder i Volda.",
    "Kurset følges tett opp i Volda.",
    "Kurset følges av en praksisperiode i Volda.",
    "The course can be followed by further studies in Volda.",
])
def test_follow_up_or_what_follows_is_no_teaching_in_a_place(sentence):
    record = _record("<h1>Ledelse i helsetjenesten</h1><p>Emnet gir 15 studiepoeng.</p>"
                     f"<h2>Undervisning</h2><p>Undervisningen er på nett. {sentence}</p>")
    assert record["locations"] == []


# 3. An English date with a comma before its year.
@pytest.mark.parametrize("raw, iso", [
    ("Apply by 18 August, 2021.", "2021-08-18"),
    ("Deadline: 1 March, 2026", "2026-03-01"),
    ("Søknadsfrist 15. april 2026", "2026-04-15"),
    # trap: a sum after the comma is no year
    ("Påmeldingsfrist 1. mars, 2000 kr i depositum", None),
])
def test_a_day_and_month_with_a_comma_before_the_year(raw, iso):
    assert when.application_deadline(raw) == iso


# 4. A course of a municipality, agency or association whose page names no credits and no word of higher
#    education is a course without credits; a university's page, or a page using such words, stays unknown.
_SHORT_COURSE = ("<h1>{title}</h1><p>{lead}</p><h2>Målgruppe</h2><p>Ledere og ansatte i helse- og omsorgstjenesten.</p>"
                 "<h2>Tid og sted</h2><p>Vi møtes 10. og 11. mars 2026 i Bergen.</p>"
                 "<h2>Pris</h2><p>Kr 3 500 per deltaker.</p><h2>Påmelding</h2><p>Meld deg på innen 1. mars 2026.</p>")


def test_a_course_of_an_association_without_credits_is_non_credit():
    record = _record(_SHORT_COURSE.format(title="Motiverende samtale", lead="Øvelser i samtaleteknikk for ledere."),
                     url="https://www.forening.no/kurs/motiverende-samtale")
    assert (record["kind"], record["level"], record["credits_min"], record["credits_max"]) == \
        ("non_credit", "none", 0.0, 0.0)


@pytest.mark.parametrize("title, lead, url", [
    # a word of higher education, old credits, a degree's name or an institution's in the title or the lead
    ("Samtaleteknikk for ledere", "Opplegget gir 10 vekttall.", "https://www.forening.no/kurs/samtale"),
    ("Samtaleteknikk for ledere", "Et tilbud i samarbeid med OsloMet.", "https://www.forening.no/kurs/samtale"),
    ("Samtaleteknikk for ledere", "Part of the MSc in Leadership.", "https://www.forening.no/kurs/samtale"),
    ("Samtaleteknikk for ledere", "Emnet gir en innføring i samtaleteknikk for ledere.", "https://www.forening.no/kurs/samtale"),
    ("Studieplan: samtaleteknikk for ledere", "Øvelser i samtaleteknikk for ledere.", "https://www.forening.no/kurs/samtale"),
    ("Samtaleteknikk for ledere", "Læringsutbytte: du kan lede en samtale.", "https://www.forening.no/kurs/samtale"),
    # a university's own page that names no credits; a college's host outside the registry
    ("Samtaleteknikk for ledere", "Øvelser i samtaleteknikk for ledere.", "https://www.uio.no/studier/samtale"),
    ("Samtaleteknikk for ledere", "Øvelser i samtaleteknikk for ledere.", "https://www.steinerhoyskolen.no/kurs/samtale"),
])
def test_an_academic_page_without_credits_stays_unknown(title, lead, url):
    html = _SHORT_COURSE.format(title=title, lead=lead)
    offer = {**extract(html, url).offer, "id": "x"}     # as a crawl stores it: the host's owner is the provider
    record = speaking_for_owner(build_record(offer, source="crawl"), offer, host_owner(url))
    assert record["kind"] != "non_credit" and record["credits_max"] is None


def test_a_seed_row_without_a_kind_is_not_guessed():
    record = build_record({"title": "Samtaleteknikk for ledere", "provider": "Forening"}, source="seed")
    assert record["kind"] is None


# 5. A heading that joins the admission rules and "poeng" names the points applicants are ranked by, not credits;
#    a requirement's list under a lead-in ("I tillegg kreves det minst") gives no credits either.
def test_admission_and_points_heading_is_no_credits_label():
    from crawler.facts import label_keys
    assert label_keys("Opptakskrav og poeng") == ("admission",)
    assert label_keys("Studiepoeng og opptakskrav") == ("credits", "admission")     # (studiepoeng are credits)
    assert label_keys("Poeng og pris") == ("credits", "price")
    assert label_keys("Studiepoeng, opptak og poeng") == ("credits", "admission")


def test_required_credits_in_a_list_under_an_admission_lead_in():
    page = ("<h1>Offentlig administrasjon og styring</h1><p>Et masterprogram på deltid for deg som arbeider i det offentlige"
            " og vil bli en bedre leder.</p><h2>Opptakskrav og poeng</h2><p>Én av disse gradene gir grunnlag for å søke:</p>"
            "<ul><li>bachelorgrad i administrasjon og ledelse</li><li>bachelorgrad der minst 80 studiepoeng er samfunnsfag</li></ul>"
            "<p>I tillegg kreves det minst</p><ul><li>10 studiepoeng innen samfunnsvitenskapelig metode</li>"
            "<li>et snitt på minst 2,5 karakterpoeng</li></ul>")
    record = _record(page)
    assert record["credits_max"] is None and record["kind"] == "degree"
    # (the same list under a lead-in that requires nothing is the offer's parts and sizes; on a further education's
    # page, since on a master's programme's page fewer than 60 credits are a part's: tests/test_text_fields_r32.py)
    own = page.replace("I tillegg kreves det minst", "Studiet har disse delene").replace(
        "<li>et snitt på minst 2,5 karakterpoeng</li>", "").replace("Et masterprogram på deltid", "En videreutdanning på deltid")
    assert _record(own)["credits_max"] == 10
    # (nor under a lead-in that says what finishing the study takes)
    done = page.replace("I tillegg kreves det minst", "Dette kreves for å fullføre").replace(
        "<li>10 studiepoeng innen samfunnsvitenskapelig metode</li>", "<li>30 studiepoeng over to semestre</li>").replace(
        "<li>et snitt på minst 2,5 karakterpoeng</li>", "").replace("Et masterprogram på deltid", "En videreutdanning på deltid")
    assert _record(done)["credits_max"] == 30


# 6. "modul" said in a sentence of an e-learning course on a host that is no university's: the course's parts.
def test_an_e_learning_course_in_modules_without_credits_is_non_credit():
    page = ("<h1>Ny som folkevalgt</h1><p>Et nettbasert tilbud for deg som nettopp er valgt inn i kommunestyret.</p>"
            "<p>Hver modul står for seg, så du velger selv rekkefølgen.</p><p>Modul 1 og 2 handler om økonomi og styring.</p>"
            "<h2>Målgruppe</h2><p>Nye medlemmer av kommunestyrer og fylkesting.</p><h2>Pris</h2><p>Gratis</p>"
            "<h2>Påmelding</h2><p>Meld deg på innen 1. mars 2026.</p>"
            # (what the offer is and how long it takes: a course page whatever the learned recogniser's refit)
            "<h2>Om tilbudet</h2><p>Tilbudet gir deg en innføring i rollen som folkevalgt.</p>"
            "<h2>Varighet</h2><p>Hver modul tar om lag en time.</p>")
    record = _record(page, url="https://www.kslaring.no/ny-som-folkevalgt")
    assert (record["kind"], record["credits_max"]) == ("non_credit", 0.0)
    uni = _record(page, url="https://www.uia.no/ny-som-folkevalgt")    # a university's: its modules may give credits
    assert uni["kind"] != "non_credit"
    days = page.replace("Hver modul står for seg", "Denne modulen går over tre dager på campus")
    assert _record(days, url="https://www.uia.no/ny-som-folkevalgt")["kind"] != "non_credit"    # (its length, too)


# 7. A schedule of gatherings headed by its term ("Samlinger høst 2016:"), or terms under a schedule's heading
#    ("Samlinger 2019-2020" / "Ukedager" / … / "Høst 2019:"), starts in its first term.
def test_the_first_term_of_a_schedule_of_gatherings_is_the_start():
    from crawler import prose
    from crawler.blocks import Line
    lines = [Line(t, "text") for t in ("Samlinger høst 2016:", "1. samling: 29. og 30. august", "Samlinger vår 2017:")]
    assert prose.schedule_start(lines).raw == "høst 2016"
    lines = [Line(t, "text") for t in ("Samlinger 2019-2020", "Ukedager", "Mandag og tirsdag", "Høst 2019:",
                                       "26.-27. august", "Vår 2020:")]
    assert prose.schedule_start(lines).raw == "Høst 2019"
    # traps: a term under a line that is no schedule's heading; a pace word that only contains "samling"
    for texts in (("Organisering", "Deltid og samlingsbasert", "Høst 2019:"),
                  ("Timeplan", "Eksamenssemester", "Vår 2026"), ("Information sessions", "Next meeting", "Spring 2025")):
        assert prose.schedule_start([Line(t, "text") for t in texts]) is None, texts


# 8. A deadline given as an application window ("søknadsfrist: 1. februar - 1. mars") is the window's end.
@pytest.mark.parametrize("line, iso", [
    ("Søknadsperiode Udirs søknadsfrist: 1. februar - 1. mars 2019", "2019-03-01"),
    ("Søknadsfrist: 1. februar til 1. mars 2019", "2019-03-01"),
    ("Søknadsfrist: 1. mars 2019", "2019-03-01"),
    ("Søknadsfrist: 1. februar 2019 - 1. mars", "2019-03-01"),        # (the end takes the first date's year)
    # traps: a second date that is something else
    ("Søknadsfrist 1. mars 2019 – 15. april for restplasser", "2019-03-01"),
    ("Søknadsfrist: 15. april 2019 – 20. august oppstart", "2019-04-15"),
])
def test_a_deadline_window_ends_on_its_second_date(line, iso):
    from crawler import prose
    from crawler.blocks import Line
    assert when.application_deadline(prose.deadline([Line(line, "text")]).raw) == iso


# 9. Teaching of each part gathered into blocks of days.
@pytest.mark.parametrize("sentence, codes", [
    ("Undervisningen i hvert emne er samlet i bolker på omtrent 13-15 dager.", ["samling"]),
    ("Undervisninga i kvart emne er samla i bolkar.", ["samling"]),
    ("Undervisningen i emnet er samlet i bolker.", ["samling"]),
    ("Undervisningen i emnet er samlet vurdering.", []),       # trap: an assessment, no gathering
])
def test_each_parts_teaching_gathered_in_blocks(sentence, codes):
    assert normalise.delivery(sentence) == codes


# 10. The master's studies one is admitted to are no master's degree one must hold.
@pytest.mark.parametrize("text, education", [
    ("Universitetets retningslinjer for opptak og rangering til mastergradsstudier bygger på loven.", None),
    ("Det fullstendige regelverket finner du i Regler for opptak til mastergradsstudier.", None),
    ("Opptak til masterstudiet krever bachelorgrad.", "bachelor"),
    ("Admission to the master's programme requires a bachelor's degree.", "bachelor"),
    # traps: a master's degree one must hold, said with and without the admission's name
    ("Du må ha mastergrad.", "master"),
    ("Admission to the PhD programme requires a master's degree.", "master"),
])
def test_admission_to_masters_studies_is_no_required_master(text, education):
    assert normalise.admission(text)["admission_education"] == education


# 11. Higher education counted in credits without "fra" ("Minimum 120 studiepoeng høyere utdanning"); a vocational
#     qualification said in English.
@pytest.mark.parametrize("text, education", [
    ("Minimum 120 studiepoeng høyere utdanning, hvorav minst 60 studiepoeng kunstfag.", "other"),
    ("Minst 180 studiepoeng høyere utdanning.", "bachelor"),
    ("A completed vocational qualification (trade certificate).", "other"),
    # traps: a subject's credits beside a degree; a vocational qualification said not to be enough
    ("Bachelorgrad og minst 60 studiepoeng i pedagogikk.", "bachelor"),
    ("A bachelor's degree is required; a vocational qualification is not enough.", "bachelor"),
])
def test_credits_of_higher_education_and_english_vocational_admission(text, education):
    assert normalise.admission(text)["admission_education"] == education
