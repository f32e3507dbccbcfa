"""Is this a course page (round 14): the evidence of recognition and its traps, on short pages
written for these tests."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.recognise import address_sub_page

# These tests pin the rules (crawler/recognise.py); the learned model is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_only")


def _page(title: str, *body: str) -> str:
    return f"<html><body><main><h1>{title}</h1>{''.join(body)}</main></body></html>"


# --- a site's admission or students' part is no study ------------------------------------------

@pytest.mark.parametrize("url", [
    "https://x.test/studier/opptak/opptakskalender/",          # the site's admission part, not a study
    "https://x.test/en/hvl-students/admissions/",               # the students' part of the site
    "https://x.test/for-studenter/opptak/",
])
def test_a_sites_admission_or_students_part_is_no_study(url):
    assert not address_sub_page(url)


@pytest.mark.parametrize("url", [
    "https://x.test/studier/vernepleie-deltid/opptak/",         # one study's admission page (the trap)
    "https://x.test/executive/merkeledelse-og-internasjonalisering/praktisk-informasjon/",
])
def test_one_studys_sub_page_is_still_one(url):
    assert address_sub_page(url)


def test_an_admission_calendar_under_the_admission_part_is_not_a_course():
    html = _page("Opptakskalender", "<p>Her finn du fristane for opptak til bachelor- og masterprogram.</p>",
                 "<p>Søknadsfristen er 15. april.</p>")
    assert not extract(html, "https://x.test/studier/opptak/opptakskalender/").is_course


# --- terms, regulations, questions and answers, checklists: general pages ------------------------

@pytest.mark.parametrize("title", [
    "Vilkår for kurs og arrangement",
    "Betingelser for kurs",
    "Terms and conditions of the course",
    "Regulations for Executive Study Programmes",
    "Spørsmål og svar for videreutdanning",
    "Sjekkliste for studenter som tar videreutdanning",
    "Frequently asked questions about continuing education",
])
def test_terms_faq_and_checklist_titles_are_general_pages(title):
    html = _page(title, "<p>Studiet gir 30 studiepoeng og går over to semester på deltid.</p>",
                 "<h2>Påmelding</h2><p>Påmeldingsfristen er 1. mai 2024.</p>", "<p>Pris: 4 500 kr</p>")
    result = extract(html, "https://x.test/om-oss/vilkar")
    assert not result.is_course, result.reason
    assert "a general page" in result.reason


def test_a_course_page_with_the_same_facts_is_still_a_course():
    html = _page("Videreutdanning i helseledelse", "<p>Studiet gir 30 studiepoeng og går over to semester på deltid.</p>",
                 "<h2>Påmelding</h2><p>Påmeldingsfristen er 1. mai 2024.</p>", "<p>Pris: 4 500 kr</p>")
    assert extract(html, "https://x.test/studier/helseledelse").is_course


# --- recall: offers without credits ----------------------------------------------------------------

def test_the_offer_after_a_preposition_is_the_pages_subject():
    html = _page("Pårørendeskole om demens",
                 "<h2>Hvorfor pårørendeskole?</h2><p>På kurset får du kunnskap om sykdommen og møter andre i samme situasjon.</p>",
                 "<h2>Praktisk informasjon</h2><p>Kurset starter 11. april og går over fem kvelder.</p>")
    result = extract(html, "https://kommune.test/parorendeskole-demens")
    assert result.is_course, result.reason
    assert "the offer is the subject of 2 sentences" in result.reason


def test_courses_in_general_after_a_preposition_are_no_offer():
    # the trap: terms for all of a union's courses ("på kursene") name no one offer
    html = _page("Dette gjelder for deltakere",
                 "<p>Medlemmer deltar gratis på kursene.</p>", "<p>Reiseutgifter dekkes når kurset er over.</p>",
                 "<h2>Praktisk informasjon</h2>")
    result = extract(html, "https://forbund.test/kurs/informasjon/")
    assert not result.is_course, result.reason
    assert "the offer is the subject" not in result.reason


@pytest.mark.parametrize("title, course", [
    ("Kurs: pleieassistent på sykehjem", True),
    ("E-læringskurs: Demens i hverdagen", True),
    ("Vidareutdanning: Kostnader og finansiering", False),     # a catalogue's sub-page, not one course
])
def test_a_title_naming_one_course_after_its_kind_and_a_colon(title, course):
    html = _page(title, "<p>Målgruppe:</p><p>Ansatte i helse- og omsorgstjenesten.</p>",
                 "<p>Her kan du lese om tilbudet vårt.</p>")
    result = extract(html, "https://x.test/course/info.php?id=455")
    assert result.is_course is course, result.reason


def test_a_price_alone_near_the_top_is_a_course_price():
    html = _page("HMS-kurs for verneombud", "<p>Et verneombud må ha opplæring for å fylle vervet.</p>",
                 "<p>8500kr</p>", "<h2>Beskrivelse</h2><p>Vi holder kurset for alle bransjer.</p>")
    result = extract(html, "https://butikk.test/produkt/verneombudskurs/")
    assert result.is_course, result.reason
    assert "a price alone near the top" in result.reason


@pytest.mark.parametrize("line", ["6100000 NOK", "2024", "Kr. 3 990 for medlemmer og 4 990 for andre"])
def test_a_budget_a_year_or_a_sentence_is_no_price_alone(line):
    html = _page("HMS-kurs for verneombud", "<p>Et verneombud må ha opplæring for å fylle vervet.</p>",
                 f"<p>{line}</p>", "<h2>Beskrivelse</h2><p>Vi holder kurset for alle bransjer.</p>")
    assert "a price alone near the top" not in extract(html, "https://butikk.test/produkt/x/").reason


@pytest.mark.parametrize("heading", ["Kursprogram", "Gjennomføring", "Forslag til gjennomføring", "Kursinnhold",
                                     "Studieinnhold og forventet arbeidsmengde", "Tema for seminarene"])
def test_how_a_course_is_run_and_what_it_holds_are_a_course_pages_sections(heading):
    html = _page("Opplæring for verneombud", "<p>Opplæringen er lovpålagt for nye verneombud.</p>",
                 "<p>Kurset går over fem dager.</p>", f"<h2>{heading}</h2><ul><li>Ansvar og plikter</li></ul>")
    result = extract(html, "https://bht.test/opplering")
    assert result.is_course, result.reason
    assert "sections" in result.reason


def test_a_projects_gjennomforing_alone_makes_no_course():
    # the trap: a research project's page also says how it is carried out
    html = _page("Velferdsteknologi i sykehjem", "<p>Prosjektet undersøker bruk av sensorer.</p>",
                 "<h2>Gjennomføring</h2><p>Data samles inn i tre kommuner i 2024.</p>")
    assert not extract(html, "https://forsk.test/prosjekter/velferdsteknologi").is_course


@pytest.mark.parametrize("title, course", [
    ("Child Welfare in a Multicultural Society, bachelor", True),
    ("Helsevitskap, master, 2 år", True),
    ("051 BSc Nursing, Part-time, 4 years", True),
    ("Opptak til årsstudium, bachelor- og masterprogram", False),                  # admission to many studies
    ("Supplementary rules on admission: Global Development, master's programme", False),
])
def test_a_title_naming_a_study_then_its_degree_after_a_comma(title, course):
    html = _page(title, "<p>The programme is offered in Norwegian and English.</p>")
    result = extract(html, "https://x.test/eng/studies/2011/")
    assert ("title names a study" in result.reason) is course, result.reason
    if course:
        assert result.is_course, result.reason


@pytest.mark.parametrize("lead", ["Når du har lest permen, skal du", "Etter kurset skal deltakerne kunne:",
                                  "The programme aims to"])
def test_a_lead_in_to_what_one_learns_is_a_course_pages_evidence(lead):
    html = _page("Demensomsorgens ABC", "<p>Permen er ment for alle faggrupper i omsorgstjenesten.</p>",
                 f"<p>{lead}</p><ul><li>kjenne de vanligste sykdommene</li><li>forstå pårørendes situasjon</li></ul>",
                 "<h2>Innhold</h2><ul><li>Hva er demens</li></ul><h2>Gjennomføring</h2><p>Gruppene møtes hver måned.</p>")
    result = extract(html, "https://abc.test/perm-1/")
    assert result.is_course, result.reason
    assert "outcomes" in result.reason


@pytest.mark.parametrize("line", ["Dette er hva du skal vite om demens.", "Hva skal du gjøre når fristen er ute?",
                                  "Students will find the timetable online."])
def test_a_sentence_that_goes_on_is_no_lead_in(line):
    html = _page("Demensomsorgens ABC", f"<p>{line}</p>")
    assert "outcomes" not in extract(html, "https://abc.test/perm-1/").reason


@pytest.mark.parametrize("url, news", [
    ("https://senter.test/2018/02/22/nasjonal-helselederutdanning-til-trondelag/", True),
    ("https://fylke.test/vestland/2021/06/nytt-masterstudium-i-leiing/", True),
    ("https://hogskule.test/studier/2024/helseleiing/", False),                 # a year alone: a catalogue's year
    ("https://uni.test/kurs/BMP-2900/2018-host", False),
])
def test_a_dated_address_is_news(url, news):
    html = _page("Nasjonal helselederutdanning", "<p>Utdanningen gir 30 studiepoeng og går over tre semestre.</p>",
                 "<h2>Opptakskrav</h2><p>Du må være leder i helsetjenesten.</p>")
    result = extract(html, url)
    assert (result.reason == "news") is news, result.reason


@pytest.mark.parametrize("title, joins", [
    ("Bli med i nytt læringsnettverk for ledere i omsorgstjenesten", True),
    ("Er du pårørende? Bli med på pårørendeskole", True),
    ("Meld deg på lederskolen i Drammen", True),
    ("Meld deg på regional brukerkonferanse 2024", False),      # a conference's title is an event's (the trap)
    ("Bli med", False),
])
def test_a_title_inviting_one_to_join(title, joins):
    html = _page(title, "<h2>Målgruppe</h2><p>Ledere i kommunene.</p>",
                 "<p>Nettverket skal støtte kommunene. Kommunene får faglig hjelp. Nettverket møtes fire ganger.</p>")
    result = extract(html, "https://ks.test/torn/nettverk")
    assert result.is_course is joins, result.reason


def test_the_arrangement_itself_is_the_offer_as_subject():
    html = _page("Ledelse i endring", "<h2>Endringsledelse i praksis</h2>",
                 "<p>Programmet er et lederutviklingsprogram over tre måneder.</p>",
                 "<p>Opplegget bygger på at deltakerne lærer av egne erfaringer.</p>")
    result = extract(html, "https://ressurs.test/endringsledelse/ledelse-i-endring/")
    assert "the offer is the subject of 2 sentences" in result.reason, result.reason
    assert result.is_course


def test_an_arrangement_in_general_is_no_offer():
    # the trap: "et opplegg" (any arrangement) names no one offer
    html = _page("Ledelse i endring", "<p>Vi lager et opplegg som passer for dere.</p>",
                 "<p>Hvert opplegg tilpasses kommunen.</p>")
    assert "the offer is the subject" not in extract(html, "https://ressurs.test/endring/").reason


def test_the_offer_pointed_at_is_the_pages_subject():
    html = _page("Kreftomsorg og lindrende pleie",
                 "<p>Med denne utdanningen blir du spesialisert i arbeid med alvorlig syke.</p>",
                 "<p>Studiet gir deg en bred innføring i faget.</p>")
    assert "the offer is the subject of 2 sentences" in extract(html, "https://fagskole.test/studier/kreft").reason


def test_a_study_in_general_pointed_at_is_no_offer():
    # the trap: "denne typen utdanning" speaks of a kind of study, not of the page's offer
    html = _page("Kreftomsorg", "<p>Denne typen utdanning finnes mange steder.</p>", "<p>Studiet gir deg mye.</p>")
    assert "the offer is the subject" not in extract(html, "https://fagskole.test/om").reason


@pytest.mark.parametrize("title, plan", [
    ("Nasjonalt topplederprogram for helseforetakene – Fagplan", True),
    ("Personalledelse for helse- og sosialsektoren Programplan", True),
    ("Studieplanar for alle program", False),          # a catalogue of plans (the trap)
    ("Planlegging av nye fagplaner", False),
])
def test_a_title_calling_the_page_a_studys_plan(title, plan):
    html = _page(title, "<p>Programmet skal styrke ledelsen i foretakene.</p>")
    assert ("title names a study" in extract(html, "https://x.test/plan").reason) is plan


def test_an_overview_of_pages_whose_links_carry_course_codes_and_credits_is_no_programme_structure():
    """Found by the crawl of the real-page web: a host's "Oversikt over sider", listing pages whose titles
    are course codes with credits, scored as a programme structure. A title that begins with "Oversikt" or
    "Overview" is a general page; the same links under a study's title are still its structure."""
    links = "".join(f'<li><a href="/emne/{c}">{c} Nordisk språk ({p} stp)</a></li>'
                    for c, p in (("NOR-2013", 10), ("NOR-3135", 10), ("NOR-1001", 20)))
    page = "<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>Studier på deltid.</p><ul>{l}</ul></main></body></html>"
    overview = extract(page.format(t="Oversikt over sider", l=links), "https://uni.example/")
    assert not overview.is_course and "general page" in overview.reason
    study = extract(page.format(t="Master i nordisk – oppbygging", l=links), "https://uni.example/master-nordisk/")
    assert study.is_course


# --- round 15: a list of contents; a headline for a title -------------------------------------

@pytest.mark.parametrize("lead", ["Kurset er praktisk og tar blant annet opp disse temaene:", "Temaer:",
                                  "Innhald i kurset:", "Topics covered on the day:"])
def test_a_lead_in_to_a_list_of_topics_is_a_course_pages_evidence(lead):
    html = _page("Hjertestarterkurs", "<p>Vi holder kurset hos dere, for inntil tolv deltakere.</p>",
                 "<p>Kurset gir trening i det som må gjøres før ambulansen kommer.</p>",
                 f"<p>{lead}</p><ul><li>frie luftveier</li><li>hjerte-lunge-redning</li><li>bruk av hjertestarter</li></ul>")
    result = extract(html, "https://forstehjelp.test/kurs/hjertestarter/")
    assert "a list of contents" in result.reason, result.reason
    assert result.is_course, result.reason


@pytest.mark.parametrize("body", [
    "<p>Innhold:</p><p>Kurset går over to dager.</p>",                 # no list follows the lead-in
    "<p>Temaet i dag er vinterdekk. Vi går gjennom disse punktene.</p><ul><li>mønsterdybde</li></ul>",  # not a lead-in
    "<p>Se innhold:</p>",                                               # nothing after it
])
def test_a_contents_word_without_a_list_after_it_is_no_evidence(body):
    html = _page("Hjertestarterkurs", body)
    assert "a list of contents" not in extract(html, "https://forstehjelp.test/kurs/hjertestarter/").reason


@pytest.mark.parametrize("title, headline", [
    ("Tannlegar deltek på leiarutviklingsprogram", True),
    ("Utviklingsprogram skal gi bedre pasientforløp", True),
    ("Får 17 millioner kroner til nytt lederprogram", True),
    ("New leadership programme launches in Bodø", True),
    ("Utviklingsprogram gjev betre pasientforløp", True),          # nynorsk
    ("New leadership programme starts in Bodø", True),
    ("Leiarutviklingsprogram for tannlegar", False),               # names the offer: no verb
    ("Er du leder i helse? Bli med på lederprogrammet", False),    # asks: left to the score
    ("Slik søker du lederprogrammet", False),                      # how to apply: a sub-page's title
    ("Kan og vil: lederprogram for nyansatte", True),              # a known cost: a name made of verbs reads as a headline
])
def test_a_title_that_states_something_is_a_headline(title, headline):
    html = _page(title, "<p>Programmet gir 15 studiepoeng og går over to semestre.</p>",
                 "<p>Lederne som er med, møtes i Bodø. Programmet har plass til tretti ledere.</p>")
    result = extract(html, "https://ks.test/program/leder/")
    assert (result.reason == "news (its title is a headline)") is headline, result.reason
    assert result.is_course is not headline


def test_a_headline_over_course_facts_under_headings_is_left_to_the_score():
    html = _page("Nå kan dere bestille lederprogrammet", "<p>Programmet går over to dager i kommunen.</p>",
                 "<h2>Hva koster programmet?</h2><p>Kr 20 000 per dag.</p>",
                 "<h2>Målgruppe</h2><p>Ledere i kommunene.</p>")
    result = extract(html, "https://ks.test/program/leder/")
    assert result.reason.startswith("score"), result.reason


@pytest.mark.parametrize("title", ["Ettårig deltidsutdannelse i coaching", "Lederutdannelse for helsesektoren",
                                   "Utdannelsen i veiledning"])
def test_utdannelse_is_a_study_word_as_utdanning_is(title):
    result = extract(_page(title, "<p>Vi holder til i Oslo.</p>"), "https://akademi.test/coach/")
    assert "title" in result.reason, result.reason


def test_a_sentence_about_how_long_the_offer_lasts_is_a_study_descriptions():
    html = _page("Menneskemøter i praksis", "<p>Programmet varer i inntil tre år.</p>")
    assert "sentences" in extract(html, "https://senter.test/program/om/").reason
    html = _page("Menneskemøter i praksis", "<p>Vinteren varer lenge i nord.</p>")
    assert "sentences" not in extract(html, "https://senter.test/program/om/").reason


@pytest.mark.parametrize("heading, section", [("Info om kurset", True), ("Informasjon om studiet", True),
                                              ("Info om oss", False), ("Info om personvern", False)])
def test_info_about_the_course_is_a_course_pages_section(heading, section):
    html = _page("Riddere uten rustning", f"<h2>{heading}</h2><p>Tre dager i Oslo.</p>")
    assert ("sections" in extract(html, "https://kurs.test/alle-kurs/riddere/").reason) is section


@pytest.mark.parametrize("title", ["Slik søker du", "Slik søker du master og videreutdanninger", "How to apply",
                                   "How to apply for our programmes"])
def test_how_to_apply_alone_or_to_studies_in_general_is_a_general_page(title):
    html = _page(title, "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>",
                 "<h2>Søknadsfrist</h2><p>15. april.</p><p>Studiet gir 60 studiepoeng.</p>")
    result = extract(html, "https://skole.test/slik-soker-du")
    assert not result.is_course and result.reason.startswith("a general page"), result.reason


def test_one_studys_how_to_apply_page_is_its_sub_page():
    html = _page("Slik søker du", "<h2>Opptakskrav</h2><p>Du må være styrer i en barnehage.</p>",
                 "<h2>Søknadsfrist</h2><p>1. mars.</p>")
    url = "https://dir.test/etter-og-videreutdanning/styrerutdanning/slik-soker-du/"
    assert address_sub_page(url)
    result = extract(html, url)
    assert result.is_course and "a study's sub-page" in result.reason, result.reason
    titled = _page("Slik søker du master i helseledelse", "<h2>Opptakskrav</h2><p>Bachelorgrad.</p>")
    assert not extract(titled, "https://skole.test/soknad").reason.startswith("a general page")


@pytest.mark.parametrize("title, one", [
    ("Opptak til årsstudium, bachelor-, og integrert femårig master", False),   # several kinds listed
    ("Opptak til bachelor- og masterprogram", False),
    ("Opptak til PPU", True),
    ("Opptak til master i helse- og sosialfag", True),       # a hyphen inside one study's name is no list
])
def test_admission_to_several_kinds_of_study_is_no_ones_sub_page(title, one):
    html = _page(title, "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>")
    result = extract(html, "https://skule.test/opptak")
    assert ("a study's sub-page" in result.reason) is one, result.reason


# --- round 15 review: over- and under-matching of the round's rules ---------------------------

@pytest.mark.parametrize("title", [
    "Lederutdanning for deg som er leder i helse- og omsorgstjenesten",   # a verb in a clause describing a noun
    "Leiarutdanning for deg som har personalansvar",
    "Master i ledelse – for deg som vil videre",
    "Course for leaders who have staff responsibility",
    "Når ledelsen er vanskelig – kurs",                  # a clause telling when
    "Hvem kan delta – lederprogrammet",                 # a question without its question mark
    "Er du ny leder – lederprogram",
    "Førstehjelp på is",                                 # Norwegian "is" (ice) is no English verb
    "Førstehjelp for barn på is",                        # "for" is Norwegian too: no sign of English
    "Ledelse i praksis (kan tas som enkeltemne)",        # a note in brackets
    "Lederutviklingen du trenger",                       # a clause whose "som" is left out
    "Kurset vi tilbyr nye ledere",
])
def test_a_course_title_with_a_verb_that_is_no_statement_is_no_headline(title):
    html = _page(title, "<p>Programmet gir 15 studiepoeng og går over to semestre.</p>",
                 "<p>Lederne som er med, møtes i Bodø. Programmet har plass til tretti ledere.</p>")
    result = extract(html, "https://ks.test/program/leder/")
    assert result.is_course and "headline" not in result.reason, result.reason
    news = extract(_page("Kommunen som er best på ledelse får pris"), "https://ks.test/program/leder/")
    assert news.reason == "news (its title is a headline)", news.reason       # the main clause's verb still counts
    news = extract(_page("Nå kan du søke lederprogrammet"), "https://ks.test/program/leder/")
    assert news.reason == "news (its title is a headline)", news.reason


@pytest.mark.parametrize("lead, contents", [
    ("Kursinnhold:", True), ("Hovedtemaer:", True), ("Emna i kurset:", True), ("Themes:", True),   # compounds, nynorsk
    ("Innholdet i kurset:", True),
    ("Innhold på denne siden:", False),                 # the page's own table of contents
])
def test_a_lead_in_to_topics_in_compounds_and_nynorsk(lead, contents):
    html = _page("Hjertestarter", "<p>Vi holder til i Oslo.</p>",
                 f"<p>{lead}</p><ul><li>frie luftveier</li><li>bruk av hjertestarter</li></ul>")
    assert ("a list of contents" in extract(html, "https://x.test/hjertestarter/").reason) is contents


def test_a_long_line_of_topic_words_is_still_a_lead_in():
    """Its speed is measured in bench/extract/regex_speed.py, not here."""
    from crawler.recognise import _CONTENT_LEAD
    assert _CONTENT_LEAD.search("tema " * 2000 + ":")


@pytest.mark.parametrize("heading", ["Informasjon om utdanningen", "Info om utdanninga"])
def test_info_about_the_education_is_a_section_as_about_the_education_is(heading):
    html = _page("Riddere uten rustning", f"<h2>{heading}</h2><p>Tre dager i Oslo.</p>")
    assert "sections" in extract(html, "https://kurs.test/alle-kurs/riddere/").reason


@pytest.mark.parametrize("sentence, lasts", [
    ("Utdanninga varer i to år.", True), ("Emnet varar eitt semester.", True), ("The course lasts three days.", True),
    ("Studiet varer fra august til juni.", True),
    ("Programmet varer fra kl. 10 til 15.", False),      # an event's programme for the day
    ("Programmet varer 09.00-15.30 med lunsj.", False),
])
def test_how_long_any_offer_lasts_but_not_a_days_programme(sentence, lasts):
    html = _page("Menneskemøter i praksis", f"<p>{sentence}</p>")
    assert ("sentences" in extract(html, "https://senter.test/om/").reason) is lasts


@pytest.mark.parametrize("title", ["Hvordan søke", "Hvordan søker jeg", "Korleis søkje", "Sånn søker du"])
def test_how_to_apply_in_other_words_is_a_general_page(title):
    html = _page(title, "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>",
                 "<h2>Søknadsfrist</h2><p>15. april.</p><p>Studiet gir 60 studiepoeng.</p>")
    result = extract(html, "https://skole.test/soknad")
    assert not result.is_course and result.reason.startswith("a general page"), result.reason


@pytest.mark.parametrize("segment", ["slik-soker", "slik-sokjer", "slik-soker-du"])
def test_any_how_to_apply_address_under_a_study_is_its_sub_page(segment):
    assert address_sub_page(f"https://dir.test/videreutdanning/styrerutdanning/{segment}/")


@pytest.mark.parametrize("title", ["Opptak til etter- og videreutdanning", "Opptak til videre- og etterutdanning"])
def test_admission_to_continuing_education_in_general_is_no_ones_sub_page(title):
    html = _page(title, "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>")
    assert "a study's sub-page" not in extract(html, "https://skule.test/opptak").reason


def test_a_sentence_for_a_title_on_a_studys_sub_page_address_is_no_headline():
    html = _page("Dette må du vite før du søker",
                 "<p>Du må ha bachelorgrad og to års erfaring som leder. Studiet gir 60 studiepoeng.</p>")
    sub = extract(html, "https://uni.test/studier/master-i-helseledelse/opptak/")
    assert sub.is_course and "a study's sub-page" in sub.reason, sub.reason
    alone = extract(html, "https://uni.test/dette-ma-du-vite/")             # no study's address: a headline still
    assert alone.reason == "news (its title is a headline)", alone.reason


def test_a_long_title_of_clauses_is_no_headline():
    """Its speed is measured in bench/extract/regex_speed.py, not here."""
    from crawler.recognise import _headline
    assert not _headline("Lederutdanning for deg som er " + "leder som er " * 800)


@pytest.mark.parametrize("title", ["Utdannelser", "Utdanninger"])
def test_educations_in_the_plural_are_no_study_word(title):
    result = extract(_page(title, "<p>Vi holder til i Oslo.</p>"), "https://akademi.test/utdannelser/")
    assert "title" not in result.reason, result.reason


# --- round 16: studies in the plural, no one offer ------------------------------------------------

@pytest.mark.parametrize("title, body, general", [
    # a page about studies in general: kinds of study in the plural, no one offer
    ("Fagskoleutdanning", ["Fagskolestudier gir 60 til 120 studiepoeng.", "Mange fagskoler tilbyr videreutdanninger "
     "på deltid.", "Våre utdanninger passer for deg som jobber, og nettstudier er vanlige."], True),
    # the trap: one study's page that also mentions other studies speaks of "studiet" as often
    ("Fagskoleutdanning i ledelse", ["Studiet gir 60 studiepoeng. Studiet går på deltid over to år.",
     "Mange fagskoler tilbyr videreutdanninger, men studiet er det eneste i regionen.",
     "Etter studiet kan du søke andre utdanninger og nettstudier."], False),
])
def test_studies_in_the_plural_without_one_offer_lose_a_point(title, body, general):
    result = extract(_page(title, *(f"<p>{text}</p>" for text in body)), "https://fagskole.test/ledelse/")
    assert result.is_course is not general and ("studies in the plural" in result.reason) is general, result.reason


def test_a_programmes_own_courses_are_not_studies_in_general():
    # "courses" in a programme are its parts, not other studies
    html = _page("Master in Health Management",
                 "<p>The programme gives 120 ECTS. Courses in the first year: four courses.</p>",
                 "<ul><li>Courses in economics</li><li>Courses in leadership</li></ul>")
    result = extract(html, "https://uni.test/master-health-management/")
    assert result.is_course and "studies in the plural" not in result.reason, result.reason


@pytest.mark.parametrize("body, news", [
    # a report: what two people said, told in their words' place
    (["Avdelingsdirektør Kari Nordmann i KS understreker at deltakerne bør komme fra hele landet.",
      "Kommunalsjef Ola Hansen, tidligere deltaker, forteller at programmet ga ham et nettverk."], True),
    # the trap: a study's page telling what a plan or many participants say, and one person once
    (["Rammeplanen sier at studiet skal utdanne reflekterte ledere.",
      "Mange forteller at de bruker det de lærer i egen jobb.",
      "Studieleder Kari Nordmann sier at alle får veiledning."], False),
    # the trap: an office word inside a longer word ("ledere", "lederprogrammet") names no one
    (["Mange ledere sier at de mangler tid til refleksjon.",
      "Deltakere på lederprogrammet forteller at de har fått nye verktøy."], False),
])
def test_statements_reported_from_people_twice_make_a_report(body, news):
    html = _page("Lederprogram for helsesjefer", *(f"<p>{text}</p>" for text in body),
                 "<p>Programmet gir 30 studiepoeng og varer ett år. Søknadsfrist 12. april.</p>")
    result = extract(html, "https://ks.test/ledelse/lederprogram-for-helsesjefer/")
    assert (result.reason == "news") is news and result.is_course is not news, result.reason


def test_a_plan_of_a_short_courses_days_counts():
    days = ("<h2>Dag 1</h2><p>Konfliktforståelse</p><ul><li>Hva er en konflikt</li></ul>"
            "<h2>Dag 2</h2><p>Konfliktbehandling</p><ul><li>Øvelser i gruppen</li></ul>")
    html = _page("Konfliktbehandling", "<h2>Innhold:</h2>", days, "<p>Gruppen samles i to døgn.</p>")
    result = extract(html, "https://konsulent.test/konfliktbehandling")
    assert result.is_course and "a plan of days" in result.reason, result.reason
    # the traps: one day alone, or days named in sentences, are no plan
    one = extract(_page("Konfliktbehandling", "<h2>Innhold:</h2><h2>Dag 1</h2><p>Konfliktforståelse</p>",
                        "<p>Dag 2 av samlingen er fri. Dag 1 starter tidlig.</p>"), "https://konsulent.test/konflikt")
    assert "a plan of days" not in one.reason, one.reason


def test_an_events_timed_programme_of_days_stays_an_event():
    html = _page("Konfliktbehandling", "<h2>Dag 1</h2><p>09:00 Registrering</p><p>10:00 Foredrag</p>",
                 "<h2>Dag 2</h2><p>09:00 Gruppearbeid</p><p>12:00 Lunsj</p>")
    assert not extract(html, "https://konsulent.test/konflikt").is_course


@pytest.mark.parametrize("title, event", [
    ("Innspillmøte om program for folkehelsearbeid", True),     # the study word is the meeting's topic
    ("Fagdag om videreutdanning i ledelse", True),
    ("Webinar on the new master's programme", True),
    ("Kurs i møteledelse", False),                              # the traps: a course about meetings,
    ("Lederprogram med seminar om etikk", False),               # a programme with an event in it
    ("Seminarrekke om ledelse", False),                         # a series
])
def test_a_title_headed_by_an_events_noun_and_its_topic_is_an_event(title, event):
    html = _page(title, "<h2>Målgruppe</h2><p>Ledere i kommunene.</p>", "<h2>Påmelding</h2><p>Frist 8. april.</p>",
                 "<p>Programmet gir 10 studiepoeng.</p>")
    result = extract(html, "https://dir.test/arrangement/")
    assert result.reason.startswith("an event") is event, result.reason


@pytest.mark.parametrize("section, event", [("Program:", True), ("Dag 1", False)])
def test_an_agenda_laid_out_as_labels_under_a_programme_is_an_events(section, event):
    # the trap: a course's day plan timing its parts ("Dag 1" / "08.30-13.30" = "Gruppearbeid") is no event
    agenda = ("<dl><dt>08:45</dt><dd>Registrering</dd><dt>09:00</dt><dd>Velkommen</dd>"
              "<dt>10:30</dt><dd>Pause</dd><dt>11:55</dt><dd>Avslutning</dd></dl>")
    html = _page("Regionråd – roller og samvirke", "<h2>Målgruppe</h2><p>Ordførere og rådmenn.</p>",
                 "<h2>Sted</h2><p>Digitalt</p><h2>Tid</h2><p>5. mai 2021</p>", f"<h2>{section}</h2>", agenda)
    result = extract(html, "https://ks.test/kalender/regionrad/")
    assert result.reason.startswith("an event's programme") is event, result.reason


@pytest.mark.parametrize("url, sub", [
    ("https://uni.test/en/student/application-and-admission/tuition-and-fees", False),   # the site's admission part
    ("https://uni.test/no/studier/soknad-og-opptak/realkompetanse", False),
    ("https://uni.test/studier/pris-og-betaling/studieavgift/", False),
    ("https://uni.test/en/studies/master-in-health-management/tuition-and-fees", True),  # the trap: one study's
    ("https://uni.test/studier/program/vernepleie-deltid/opptak/", True),
])
def test_a_sub_page_under_a_sub_pages_part_is_no_studys(url, sub):
    assert address_sub_page(url) is sub


@pytest.mark.parametrize("title, general", [
    ("Permisjon", True), ("Leave of absence", True), ("Semesterregistrering", True), ("Tuition and fees", True),
    ("Permisjon og fravær – kurs for ledere", False),       # the trap: a course about leave for leaders
])
def test_students_administration_titles_are_general_pages(title, general):
    html = _page(title, "<h2>Hvordan søke</h2><p>Send søknaden til oss.</p>",
                 "<p>Har du tatt 60 studiepoeng, kan du søke. Kurset gir deg verktøy.</p>")
    result = extract(html, "https://skole.test/student/administrasjon/side")
    assert result.reason.startswith("a general page") is general, result.reason


# --- round 17: open findings of the review of round 16 ---------------------------------------------

def test_a_plan_of_days_with_dates_counts():
    # "Dag 1 – 12. mars": a date after the day's number is no sentence
    days = ("<h2>Dag 1 – 12. mars</h2><p>Konfliktforståelse</p><ul><li>Hva er en konflikt</li></ul>"
            "<h2>Dag 2 – 13.03.2025</h2><p>Konfliktbehandling</p><ul><li>Øvelser i gruppen</li></ul>")
    html = _page("Konfliktbehandling", "<h2>Målgruppe</h2><p>Ledere med personalansvar.</p>", "<h2>Innhold:</h2>", days)
    result = extract(html, "https://konsulent.test/konfliktbehandling")
    assert result.is_course and "a plan of days" in result.reason, result.reason


@pytest.mark.parametrize("days", [
    # a two-day event's agenda under its days: a welcome, talks by someone, meals
    "<h2>Dag 1</h2><p>Velkommen ved ordføreren</p><p>Foredrag: Tillit i kommunen</p><p>Lunsj</p>"
    "<h2>Dag 2</h2><p>Paneldebatt</p><p>Kommuneøkonomi v/ Kari Nordmann</p>",
    # or days of a page that calls itself a conference, not a course
    "<p>Konferansen samler ledere fra hele regionen, og konferansen er gratis.</p>"
    "<h2>Dag 1</h2><p>Tillit og samspill</p><h2>Dag 2</h2><p>Erfaringer fra kommunene</p>",
])
def test_a_two_day_events_days_are_no_plan_of_a_course(days):
    html = _page("Ledersamling i Bodø", "<h2>Målgruppe</h2><p>Ledere i kommunene.</p>",
                 "<h2>Sted</h2><p>Bodø</p>", days)
    result = extract(html, "https://ks.test/ledersamling-bodo/")
    assert "a plan of days" not in result.reason and not result.is_course, result.reason


@pytest.mark.parametrize("sentence, counted", [
    ("Studier viser at ledere trenger støtte.", 0),                 # research, not offers
    ("Flere studier har vist at veiledning virker.", 0),
    ("Studies show that managers learn from peers.", 0),
    ("Kurset leveres av NKI Nettstudier.", 0),                      # a provider's name
    ("Våre studier passer for deg som jobber.", 1),                 # the traps: studies as offers
    ("Våre Nettstudier passer for deg som jobber.", 1),
    ("Vi holder til i Oslo. Nettstudier er vanlige.", 1),
    ("Fagskolestudier gir 60 studiepoeng.", 1),
])
def test_research_and_a_providers_name_are_no_studies_in_general(sentence, counted):
    from crawler.recognise import _studies_in_general
    assert _studies_in_general(sentence) == counted


def test_a_course_page_citing_research_and_its_providers_name_keeps_its_point():
    body = ["Studier viser at ledere trenger støtte. Nyere studier finner det samme.",
            "Studier har vist at veiledning virker, og NKI Nettstudier tilbyr kurset.", "Målet er bedre ledelse."]
    result = extract(_page("Kurs i veiledning for ledere", *(f"<p>{text}</p>" for text in body),
                           "<h2>Målgruppe</h2><p>Ledere.</p><h2>Pris</h2><p>4 900 kr</p>"), "https://nki.test/veiledning/")
    assert "studies in the plural" not in result.reason, result.reason


@pytest.mark.parametrize("title, headline", [
    ("Lederskolen – vi gir deg verktøyene", False),          # the offer's name and a slogan to the reader
    ("Lederprogram for helse - vi hjelper deg å vokse", False),
    ("Leadership programme – we give you the tools", False),
    ("Lederskolen – kommunen får to millioner", True),        # the traps: a report after the name,
    ("Kommunen får lederskole – vi gleder oss", True),        # a statement before the dash
])
def test_a_slogan_after_the_offers_name_is_no_headline(title, headline):
    from crawler.recognise import _headline
    assert _headline(title) is headline


def test_a_course_titled_with_a_slogan_and_no_labelled_facts_is_no_news():
    html = _page("Lederskolen – vi gir deg verktøyene",
                 "<p>Lederskolen er for deg som er ny leder i kommunen. Kurset går over fire samlinger.</p>",
                 "<p>Etter kurset skal du kunne lede møter og medarbeidersamtaler. Kurset gir deg et nettverk.</p>")
    result = extract(html, "https://kommune.test/lederskolen/")
    assert result.is_course and not result.reason.startswith("news"), result.reason


@pytest.mark.parametrize("sentence, offer", [
    ("Programmet er klart, og programmet er ikke endelig.", False),    # an event's agenda
    ("Programmet er selve møtet. Programmet blir lagt ut snart.", False),
    ("Programmet for dagen er under arbeid.", False),
    ("Programmet er for ledere med personalansvar. Programmet er laget for kommunene.", True),   # the traps: the offer
    ("Programmet er lagt opp slik at kommunene kan søke midler.", True),
])
def test_an_events_programme_is_no_offer_sentence(sentence, offer):
    from crawler.recognise import _COURSE_SENTENCE, _THE_OFFER
    assert bool(_COURSE_SENTENCE.search(sentence)) is offer
    assert bool(_THE_OFFER.search(sentence)) is offer


def test_an_event_page_whose_programme_is_ready_is_no_course():
    html = _page("Ledersamling for helse og omsorg 2025", "<h2>Målgruppe</h2><p>Ledere i kommunene.</p>",
                 "<h2>Sted</h2><p>Bodø</p>", "<p>Programmet er klart. Programmet er ikke endelig, og programmet er "
                 "oppdatert 1. mars.</p>")
    result = extract(html, "https://ks.test/ledersamling-2025/")
    assert not result.is_course, result.reason


# --- round 17: recall --------------------------------------------------------------------------

def test_decimal_credits_in_a_table_are_no_agenda():
    # "7.50 O 5" (credits, mandatory, credits this term) in a table of courses is no timed item
    rows = "".join(f"<p>{code} Norsk {i}</p><p>{cr} V 10</p>" for i, (code, cr) in
                   enumerate([("2600", "10.00"), ("2601", "10.00"), ("2623", "7.50"), ("1248", "7.50")]))
    html = _page("Scandinavian Studies - Spring Semester", "<h2>Target group</h2><p>International students.</p>",
                 "<h2>Admission</h2><p>One year of university study.</p>", "<h2>Structure</h2>", rows,
                 "<p>The programme gives a semester of studies. The programme is taught in English.</p>")
    result = extract(html, "https://college.test/programmes/scandinavian-studies.html")
    assert result.is_course and not result.reason.startswith("an event"), result.reason
    # the trap: an event's programme of timed items stays one
    talks = "".join(f"<p>{t} {w}</p>" for t, w in [("09.00", "Registrering"), ("10.00", "Velkommen"),
                                                   ("11.30", "Lunsj"), ("12.30", "Foredrag")])
    event = extract(_page("Ledersamling 2025", talks), "https://ks.test/ledersamling-2025/")
    assert event.reason.startswith("an event's programme"), event.reason


def test_an_information_seminars_programme_on_one_studys_admission_page_keeps_it_a_course():
    seminar = "".join(f"<li>{t} {w}</li>" for t, w in [("10:00", "Velkommen til seminar"),
                      ("10:05", "Hva er en masteroppgave?"), ("12:00", "Lunsj"), ("13:00", "Litteratursøk")])
    html = _page("Opptak", "<p>Erfaringsbasert master i helseledelse</p>", "<h2>Søknadsfrist</h2><p>1. juni 2025</p>",
                 f"<p>Masterseminaret holdes 20. juni. Program:</p><ul>{seminar}</ul>",
                 "<h2>Opptakskrav</h2><p>Bachelorgrad og to års praksis.</p>")
    assert extract(html, "https://uni.test/studier/master-helseledelse/opptak").is_course
    # the trap: the same programme on an event's own address is an event's
    result = extract(html, "https://uni.test/arrangementer/masterseminar/")
    assert result.reason.startswith("an event's programme"), result.reason


@pytest.mark.parametrize("title, event", [
    ("Nursing, 4-year web and seminar based teaching model", False),     # a way of teaching
    ("Sykepleie, seminar-basert undervisning", False),
    ("Seminar for ledere i Bodø", True),                                 # the trap: a seminar
])
def test_seminar_based_teaching_is_no_event(title, event):
    html = _page(title, "<p>The programme gives 240 credits.</p>", "<h2>Learning outcomes</h2><p>Nurses can care.</p>")
    result = extract(html, "https://uni.test/studies/study-plans/nursing/")
    assert result.reason.startswith("an event") is event, result.reason


@pytest.mark.parametrize("url, named", [
    ("http://massasje.test/index.php/kurs/dhlr-kurs", True),                # one course under the courses' part
    ("https://skole.test/kurs-og-kompetanse/truck-inntil-10-tonn/", True),
    ("https://firma.test/courses/first-aid-at-work/", True),
    ("https://forbund.test/kurs-og-arrangementer/vilkar-for-pamelding", False),   # the traps: terms,
    ("https://forening.test/fag/kurs/retningslinjer-for-lokale-kurskomiteer/", False),  # guidelines,
    ("https://forbund.test/kurs/kursinformasjon/for-alle-kurs/", False),     # a page under the courses' information
    ("https://firma.test/kurs/", False),                                    # the courses' part itself,
    ("https://firma.test/course/index.php", False),
    ("https://forbund.test/kurs-og-konferanser/lederseminar-2024/", False),  # a calendar of events and courses
    ("https://uni.test/kurs/opptak/", False),                               # a sub-page's name
])
def test_one_courses_address_under_the_sites_courses_part(url, named):
    from crawler.recognise import named_course_address
    assert named_course_address(url) is named


def test_a_short_course_page_at_one_courses_address_is_a_course():
    html = _page("DHLR-kurs", "<h2>Før kurset</h2><ul><li>må du kunne basal HLR.</li></ul>",
                 "<p>Kurset varer en dag.</p>")
    assert extract(html, "http://massasje.test/index.php/kurs/dhlr-kurs").is_course
    # the trap: the same page at an address that names no one course
    assert not extract(html, "http://massasje.test/index.php/om-oss/dhlr").is_course


@pytest.mark.parametrize("title, general", [
    ("Om pårørendeskolen", False),          # about one offer named by a compound: left to the score
    ("Om lederprogrammet", False),
    ("Om mentorprogrammet", False),
    ("Om høgskolen", True),                 # the traps: about an institution,
    ("Om fagskolen", True),
    ("Om skolen", True),
    ("Om oss", True),
    ("Om fagskuleutdanning", True),         # about an education in general (no one offer: no article)
])
def test_about_one_named_offer_is_no_general_page(title, general):
    html = _page(title, "<p>Vi holder til i Bodø.</p>")
    result = extract(html, "https://kommune.test/tjenester/side/")
    assert result.reason.startswith("a general page") is general, result.reason


@pytest.mark.parametrize("heading", ["Arbeidsform", "Arbeidsmåter", "Undervisningsform", "Arbeidsmåtar"])
def test_how_an_offer_is_taught_is_a_course_section(heading):
    html = _page("Pårørendeskole for demens", f"<h2>{heading}</h2><p>Hvert møte starter med undervisning.</p>")
    result = extract(html, "https://kommune.test/parorendeskole/")
    assert "sections" in result.reason, result.reason


def test_a_municipal_school_for_relatives_about_page_is_a_course():
    html = _page("Om pårørendeskolen", "<p>Pårørendeskolen skal gi kunnskap om demens. Pårørendeskolen skal gi støtte.</p>",
                 "<h2>Arbeidsform</h2><p>Hvert møte starter med undervisning og fortsetter i en samtalegruppe.</p>",
                 "<p>Dette kurset er fullt, men det er plass på kurset i april.</p>")
    assert extract(html, "https://kommune.test/?id=123").is_course


@pytest.mark.parametrize("title, strong", [
    ("Smertemestringskurs for likepersoner", True),     # a compound course word and its topic names one course
    ("Grunnkurs for bedriftshelsetjenesten", True),
    ("HMS-kurs for verneombud", True),
    ("Nybegynnerkurs i KOSTRA", True),
    ("Kurskalender for ledere", False),                  # the traps: a calendar of courses,
    ("Lederkurs", False),                                # a course word alone (left to the weaker point)
])
def test_a_compound_course_word_and_its_topic_names_a_study(title, strong):
    html = _page(title, "<p>Vi holder til i Bodø.</p>")
    result = extract(html, "https://forening.test/side/")
    assert ("title names a study" in result.reason) is strong, result.reason


def test_a_headline_about_a_compound_course_stays_news():
    html = _page("Tillitsvalgtkurs i Bodø ble avlyst", "<p>Kurset ble avlyst fordi få meldte seg på.</p>")
    assert extract(html, "https://forbund.test/side/").reason.startswith("news")


@pytest.mark.parametrize("title, invites", [
    ("Velkomen til organisasjonskurs 2019", True),      # a welcome to one course
    ("Velkommen til lederprogrammet", True),
    ("Welcome to the course", True),
    ("Velkommen til min blogg!", False),                # the traps: a welcome to no study,
    ("Velkommen til Bodø", False),
])
def test_a_welcome_to_a_course_invites_to_join(title, invites):
    result = extract(_page(title, "<p>Vi holder til i Bodø.</p>"), "https://lag.test/kalender/side")
    assert ("the title invites to join" in result.reason) is invites, result.reason


def test_a_welcome_to_a_conference_stays_an_event():
    result = extract(_page("Velkommen til lederkonferansen 2025", "<p>Påmelding innen 1. mai.</p>"),
                     "https://ks.test/lederkonferansen/")
    assert result.reason.startswith("an event"), result.reason


@pytest.mark.parametrize("title, general", [
    ("Guidelines for courses and education at the centre", True),      # guidelines for many courses
    ("Retningslinjer for lokale kurskomiteer", True),
    ("Semesteravgift for etter- og videreutdanning", True),           # the semester fee, for all studies
    ("Course descriptions", True),                                    # descriptions of many courses
    ("Beskrivelser av emnene som inngår i studiet", True),
    ("Retningslinjer for palliasjon – kurs for sykepleiere", False),   # the traps: a course about guidelines,
    ("Nasjonale retningslinjer for demens", False),
    ("Course description: Health economics", False),                  # one course's description
])
def test_guidelines_the_semester_fee_and_many_descriptions_are_general_pages(title, general):
    html = _page(title, "<p>Kurset gir 10 studiepoeng og går på deltid.</p>", "<h2>Målgruppe</h2><p>Sykepleiere.</p>")
    result = extract(html, "https://uni.test/etter-og-videreutdanning/side/")
    assert result.reason.startswith("a general page") is general, result.reason


@pytest.mark.parametrize("title, general", [
    ("Tildeling av Statsforvalterens kompetansemidler for omsorgstjenesten 2023", True),   # grants to take courses
    ("Tildeling av kursmidler", True),
    ("Stipend til videreutdanning", True),
    ("Tilskudd til kompetanseheving i kommunene", True),
    ("Tildeling, begrunnelse og klager i offentlige anskaffelser", False),   # the traps: a course about awarding,
    ("Stipendiatkurs i forskningsetikk", False),                            # a course for research fellows
])
def test_grants_to_take_courses_are_general_pages(title, general):
    html = _page(title, "<p>Søknadsfrist 1. mars. Kurset varer to dager og koster 2000 kr.</p>",
                 "<h2>Målgruppe</h2><p>Ansatte i omsorgstjenesten.</p>")
    result = extract(html, "https://statsforvalteren.test/helse/side/")
    assert result.reason.startswith("a general page") is general, result.reason


@pytest.mark.parametrize("title, headline", [
    ("Over 1000 søkere til lederutdanning for styrere i barnehager", True),   # a count of applicants is news
    ("Rekordmange søkjarar til vidareutdanning", True),
    ("300 applicants for the new programme", True),
    ("Søkere til lederutdanning for styrere", False),                         # the traps: no count,
    ("1000 timer lederutdanning for styrere", False),                         # a count of something else
])
def test_a_count_of_applicants_is_a_headline(title, headline):
    from crawler.recognise import _headline
    assert _headline(title) is headline


@pytest.mark.parametrize("title, sub", [
    ("Priser for deltakelse – Barnevernløft Innlandet", True),     # the sub-page first, the offer's name after
    ("Opptak – Master i helseledelse", True),
    ("Opptak til 1 ½ – 2-årige masterprogrammer", False),         # the traps: a range of years,
    ("Opptak – Høgskolen i Molde", False),                          # the site's name
    ("Priser | Folkeuniversitetet", False),
    ("Opptak - NTNU", False),
])
def test_a_sub_page_title_with_the_offers_name_after_a_dash(title, sub):
    from crawler.recognise import _SUB_FIRST
    assert bool(_SUB_FIRST.match(title)) is sub


def test_a_price_sub_page_of_one_programme_is_a_course():
    html = _page("Priser for deltakelse – Lederprogram Innlandet", "<h2>Pris for deltakelse pr kommune</h2>",
                 "<p>Pris: 8 000 kr</p>", "<p>Kost og losji per deltaker kommer på omtrent kr 2 600 for en samling.</p>",
                 "<p>Programmet er lagt opp slik at kommunene kan søke midler til det.</p>")
    result = extract(html, "https://ks.test/fagomrader/priser-for-deltakelse-barnevernloft/")
    assert result.is_course and "a study's sub-page" in result.reason, result.reason


@pytest.mark.parametrize("title, study", [
    ("Circumpolar Studies, one year", True),           # a one-year study named in a catalogue's way
    ("Nordic Culture, one-year programme", True),
    ("Exchange, one year abroad", False),              # the traps: a stay abroad,
    ("One year, many courses", False),                 # no name before the comma
])
def test_a_one_year_study_named_before_a_comma(title, study):
    result = extract(_page(title, "<p>Located in Bodø.</p>"), "https://uni.test/en/side/")
    assert ("title names a study" in result.reason) is study, result.reason


# --- review of round 17's recognition rules ------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Opptak – Samordna opptak",           # the site's admission, price and fee pages, a name after the dash that
    "Priser – Oslo",                      # names no offer: a place, a system of admission, a group of people
    "Admission – Exchange students",
    "Fees – International students",
    "Priser – Kurs og konferanser",       # or many kinds of offer
    "Kostnader – Studier i utlandet",
])
def test_a_sub_page_word_before_a_name_that_names_no_offer_is_no_studys_sub_page(title):
    html = _page(title, "<p>Her er prisene for alle kurs. Pris 3000 kr per deltaker.</p>", "<p>Påmeldingsfrist 1. mai.</p>")
    result = extract(html, "https://x.test/side/")
    assert not result.is_course and "a study's sub-page" not in result.reason, result.reason


def test_a_sub_page_word_before_one_offers_name_is_its_sub_page():
    html = _page("Opptak – Master i helseledelse", "<p>Søknadsfrist 15. april.</p>")
    assert "a study's sub-page" in extract(html, "https://x.test/side/").reason


@pytest.mark.parametrize("url, one", [
    ("https://x.test/kurs/kurskalender/", False),           # a calendar, an overview, prices of the courses
    ("https://x.test/kurs/kursoversikt/", False),
    ("https://x.test/kurs/kurspriser/", False),
    ("https://x.test/kurs/kommende-kurs/", False),          # a list of courses
    ("https://x.test/courses/all-courses/", False),
    ("https://x.test/courses/search/", False),
    ("https://x.test/kurs/arrangementer/", False),          # events
    ("https://x.test/kurs/webinar-ledelse/", False),
    ("https://x.test/kurs/lederkonferansen-2025/", False),
    ("https://x.test/kurs/kursholdere/", False),            # the people who teach
    ("https://x.test/kurs/om-kursene/", False),
    ("https://x.test/kurs/dhlr-kurs", True),                # the traps: one course's name,
    ("https://x.test/kurs/kurs-om-demens/", True),          # "om" inside its name,
    ("https://x.test/kurs/instruktorkurs-forstehjelp/", True),
])
def test_one_courses_address_is_no_list_calendar_or_event(url, one):
    from crawler.recognise import named_course_address
    assert named_course_address(url) is one


@pytest.mark.parametrize("title, joins", [
    ("Velkomen til organisasjonskurs 2019", True),          # a welcome to one study, named at once
    ("Welcome to the Master's programme in Nursing", True),
    ("Velkommen til kurs!", True),
    ("Velkommen til våre kurs", False),                     # the traps: courses in general,
    ("Welcome to our programmes", False),
    ("Velkommen til kurs- og konferansesenteret", False),  # a centre,
    ("Velkommen til nye studenter på masterprogrammet", False),   # new students, the start of term,
    ("Velkomen til studiestart ved lærarutdanninga", False),
    ("Velkommen til Executive-siden", False),               # the site's part
])
def test_a_welcome_to_one_study_invites_to_join(title, joins):
    from crawler.recognise import _JOIN_TITLE
    assert bool(_JOIN_TITLE.search(title)) is joins


@pytest.mark.parametrize("title, course", [
    ("Smertemestringskurs for likepersoner", True),         # a compound course word and its topic
    ("Konkurs i kommunen", False),                          # the traps: a bankruptcy, a discourse, a digression
    ("Diskurs om ledelse", False),
    ("Ekskurs i historie", False),
])
def test_a_compound_kurs_word_is_no_bankruptcy_or_discourse(title, course):
    from crawler.recognise import _STRONG_TITLE
    assert bool(_STRONG_TITLE.search(title)) is course


@pytest.mark.parametrize("title, headline", [
    ("Lederskolen – vi gir deg verktøyene", False),         # a slogan to the reader after the offer's name
    ("Leadership programme – we help you grow", False),
    ("Ny lederutdanning – vi har fått to millioner", True),  # the trap: the provider reports, to no reader
])
def test_a_slogan_speaks_to_the_reader(title, headline):
    from crawler.recognise import _headline
    assert _headline(title) is headline


@pytest.mark.parametrize("title, general", [
    ("Om pårørendeskolen", False),                          # one offer named by a compound
    ("Om Steinerskolen", True),                             # the traps: a school's proper name,
    ("Om Trafikkskolen", True),
    ("Om forskerskolen", True),                             # research training
    ("Om doktorgradsprogrammet", True),
])
def test_about_a_schools_name_or_research_programme_is_a_general_page(title, general):
    html = _page(title, "<p>Skolen ble startet i 1990 og har 300 elever. Søknadsfrist 1. mars.</p>")
    result = extract(html, "https://x.test/side/")
    assert result.reason.startswith("a general page") is general, result.reason


def test_a_short_courses_days_with_a_welcome_lunch_and_closing_are_its_plan():
    html = _page("Grunnkurs i konflikthåndtering", "<p>Kurset gir deg verktøy for å håndtere konflikter.</p>",
                 "<h2>Dag 1 – 12. mars</h2><ul><li>09.00 Velkommen og presentasjon</li><li>Konfliktforståelse</li>"
                 "<li>Lunsj</li></ul>", "<h2>Dag 2 – 13. mars</h2><ul><li>Kommunikasjon</li><li>Lunsj</li>"
                 "<li>Avslutning</li></ul>")
    assert "a plan of days" in extract(html, "https://x.test/side/").reason


def test_days_of_talks_are_still_an_events():
    html = _page("Grunnkurs i konflikthåndtering", "<h2>Dag 1</h2><ul><li>Foredrag: Konflikter i arbeidslivet</li>"
                 "<li>Panelsamtale</li></ul>", "<h2>Dag 2</h2><ul><li>Keynote: Ledelse</li></ul>")
    assert "a plan of days" not in extract(html, "https://x.test/side/").reason


@pytest.mark.parametrize("text, count", [
    ("Part-time Studies. Graduate Programmes. Executive Programmes.", 3),   # English headings capitalise every word
    ("NKI Nettstudier tilbyr mye.", 0),                                     # the trap: a provider's name
])
def test_english_title_case_plurals_are_studies_in_general(text, count):
    from crawler.recognise import _studies_in_general
    assert _studies_in_general(text) == count


def test_a_course_naming_itself_by_a_compound_is_no_event_for_one_seminar():
    html = _page("Kurs i veiledning", "<p>Veiledningskurset går over to dager, og veiledningskurset er gratis.</p>",
                 "<h2>Dag 1</h2><p>Introduksjon til veiledning.</p>", "<h2>Dag 2</h2><p>Praktisk veiledning i grupper.</p>",
                 "<p>Det avsluttende seminaret holdes i Bodø.</p>")
    assert "a plan of days" in extract(html, "https://x.test/side/").reason


def test_a_page_calling_itself_a_seminar_more_than_one_course_has_an_events_days():
    html = _page("Kurs i veiledning", "<p>Veiledningskurset er en del av seminaret.</p>",
                 "<h2>Dag 1</h2><p>Introduksjon.</p>", "<h2>Dag 2</h2><p>Praksis.</p>",
                 "<p>Seminaret holdes i Bodø, og seminaret er gratis.</p>")
    assert "a plan of days" not in extract(html, "https://x.test/side/").reason


@pytest.mark.parametrize("text, count", [
    ("Alle studier finner du i katalogen.", 1),             # where the reader finds studies: studies in general
    ("Studier viser at ledere trenger støtte.", 0),         # the trap: research
])
def test_studies_the_reader_finds_are_no_research(text, count):
    from crawler.recognise import _studies_in_general
    assert _studies_in_general(text) == count


# --- round 17's open review findings: guards against over-matching ------------------------------

@pytest.mark.parametrize("title, names", [
    ("Work in Norway, one year", False),            # a stay named by a verb phrase, not a study
    ("Studere i utlandet, one year", False),        # a stay abroad
    ("Volunteer abroad, one year", False),
    ("Circumpolar Studies, one year", True),        # the trap: a study named by its subject
    ("Study of Religion, one year", True),
])
def test_one_year_after_a_name_names_a_study_only_after_a_studys_name(title, names):
    html = _page(title, "<p>Her finner du informasjon om dette.</p>")
    assert ("title names a study" in extract(html, "https://x.test/side/").reason) is names


_OFFERS = ("<ul><li><a href='/kurs/ledelse/grunnkurs-i-ledelse/'>Grunnkurs i ledelse</a></li>"
           "<li><a href='/kurs/ledelse/lederutvikling/'>Lederutvikling for mellomledere</a></li>"
           "<li><a href='/kurs/ledelse/coaching/'>Coaching for ledere</a></li></ul>")


def test_a_one_word_category_listing_offers_under_the_courses_part_is_no_courses_address():
    html = _page("Ledelse", "<p>Vi har flere kurs i ledelse for deg som er leder.</p>", _OFFERS)
    assert "one course's address" not in extract(html, "https://x.test/kurs/ledelse/").reason


def test_one_course_named_by_one_word_under_the_courses_part_keeps_its_address():
    html = _page("Demensomsorg", "<p>Kurset gir deg kunnskap om demens.</p>",
                 "<p><a href='/kurs/demensomsorg/pamelding/'>Meld deg på</a></p>")      # the trap: one link
    assert "one course's address" in extract(html, "https://x.test/kurs/demensomsorg/").reason


@pytest.mark.parametrize("url, one", [
    ("https://x.test/kurs/for-bedrifter/", False),          # who the courses are for: a category
    ("https://x.test/kurs/nettkurs/", False),               # how they are all taught: a category
    ("https://x.test/courses/online/", False),
    ("https://x.test/kurs/forstehjelp-for-ledere/", True),  # the trap: one course named for its audience
    ("https://x.test/kurs/hjertestarterkurs/", True),
])
def test_a_category_slug_under_the_courses_part_names_no_course(url, one):
    from crawler.recognise import named_course_address
    assert named_course_address(url) is one


@pytest.mark.parametrize("text, offer", [
    ("Programmet er endelig åpent for søkere.", True),      # "endelig" as "finally": an offer's sentence
    ("Programmet er klart for nye søkere.", True),
    ("Programmet er endelig klart.", False),                # the traps: an event's agenda
    ("Programmet er ikke endelig.", False),
    ("Programmet er endelig.", False),
    ("Programmet er klart for konferansen.", False),
])
def test_finally_open_programme_is_an_offers_sentence_not_an_agenda(text, offer):
    from crawler.recognise import _COURSE_SENTENCE
    assert bool(_COURSE_SENTENCE.search(text)) is offer


def test_how_a_listings_studies_are_taught_is_no_course_section():
    html = _page("Videreutdanning i ledelse", "<p>Her er våre tilbud i ledelse.</p>", _OFFERS,
                 "<h2>Arbeidsformer</h2><p>Forelesninger og gruppearbeid.</p>")
    assert "sections" not in extract(html, "https://x.test/side/").reason


def test_how_one_study_is_taught_is_still_its_section():
    html = _page("Videreutdanning i ledelse", "<p>Her er informasjon om tilbudet.</p>",    # the trap: no listing
                 "<h2>Arbeidsformer</h2><p>Forelesninger og gruppearbeid.</p>")
    assert "sections" in extract(html, "https://x.test/side/").reason
