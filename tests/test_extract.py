"""Extraction: the raw facts of every fixture course page, listings and news as non-courses,
several layouts in bokmål, nynorsk and English, and odd input that must never raise."""

from __future__ import annotations

import pytest

from crawler.extract import MAX_DESCRIPTION, OFFER_KEYS, extract, label_key
from domain.records import build_record
from qa.fixtureweb.server import SITES, page
from tests.fixtureweb_pages import COURSES, NOT_COURSES
from tests.helpers import crawled_record as _record

# These tests pin the rules (crawler/recognise.py); the learned model is tested in test_learned.py.
pytestmark = pytest.mark.usefixtures("rules_only")


def test_every_fixture_html_file_is_listed_here():
    files = {(p.relative_to(SITES).parts[0], "/" + "/".join(p.relative_to(SITES).parts[1:]))
             for p in SITES.rglob("*.html")}
    listed = {(h, p.rstrip("/") + ("/index.html" if p.endswith("/") else ".html")) for h, p in COURSES}
    listed |= {(h, p.rstrip("/") + ("/index.html" if p.endswith("/") else ".html")) for h, p in NOT_COURSES}
    assert files == listed


@pytest.mark.parametrize("host, path", list(COURSES), ids=[f"{h}{p}" for h, p in COURSES])
def test_course_pages_give_their_raw_facts(host, path):
    url = f"http://{host}{path}"
    r = extract(page(host, path), url)
    assert r.is_course, url
    assert tuple(r.offer) == OFFER_KEYS
    expected = COURSES[(host, path)]
    for key in ("title", "credits", "locations", "part_time", "admission", "delivery", "price", "language", "method",
                "kind", "target_group", "sessions", "provider"):
        if key in expected:
            assert r.offer[key] == expected[key], (url, key)
    assert r.offer["url"] == url
    assert len(r.offer["description"]) <= MAX_DESCRIPTION + 2


@pytest.mark.parametrize("host, path", NOT_COURSES, ids=[f"{h}{p}" for h, p in NOT_COURSES])
def test_listings_news_and_error_pages_are_not_courses(host, path):
    r = extract(page(host, path), f"http://{host}{path}")
    assert not r.is_course and r.offer is None


def test_a_listing_gives_its_links():
    r = extract(page("usn.test", "/videreutdanning/"), "http://usn.test/videreutdanning/")
    assert r.links == [
        "http://usn.test/", "http://usn.test/sok?q=ledelse",
        "http://usn.test/studier/helseledelse?utm_source=nyhetsbrev&utm_medium=epost",
        "http://usn.test/studier/ledelse-og-kvalitetsarbeid", "http://usn.test/studier/nedlagt-kurs",
        "http://usn.test/studier/helseledelse", "https://www.facebook.com/usn.test",
        "http://usn.test/videreutdanning/?page=2", "http://usn.test/videreutdanning/?page=3"]


def test_descriptions_come_from_the_about_section_first():
    r = extract(page("hvl.test", "/studier/leiing-i-helse-og-omsorgstenestene"), "http://hvl.test/x")
    assert r.offer["description"].startswith("Studiet gir deg kunnskap om leiing")
    assert "prosjektoppgåve" in r.offer["description"]
    r = extract(page("evu.uit.test", "/en/health-management"), "http://evu.uit.test/x")
    assert r.offer["description"].startswith("The programme gives leaders")
    r = extract(page("usn.test", "/studier/helseledelse"), "http://usn.test/x")   # structured first
    assert r.offer["description"].startswith("Helseledelse gir deg kunnskap om ledelse, organisering og styring")


def test_the_canonical_link():
    r = extract(page("hvl.test", "/studier/leiing-i-helse-og-omsorgstenestene"),
                "http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene?utm_source=x")
    assert r.canonical == "http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene"
    assert r.offer["url"] == r.canonical


def test_fixture_offers_normalise():
    """The raw offers feed the shared normaliser (domain.records) like seed rows do."""
    credits = {("usn.test", "/studier/helseledelse"): 15,
               ("hvl.test", "/studier/leiing-i-helse-og-omsorgstenestene"): 30,
               ("inn.test", "/studier/okonomistyring-for-ledere"): 7.5,
               ("evu.uit.test", "/en/health-management"): 30}
    for (host, path), value in credits.items():
        r = extract(page(host, path), f"http://{host}{path}")
        assert build_record({**r.offer, "id": "x"})["credits_max"] == value, path
    r = extract(page("nord.test", "/kurs/lederutvikling-for-mellomledere"), "http://nord.test/k")
    assert build_record({**r.offer, "id": "x"})["price_nok"] == 14900


# -- layouts written inline ------------------------------------------------------------------------

JSONLD_NB = """<!doctype html><html lang="nb"><head><title>Helseledelse | USN</title>
<script type="application/ld+json">{ broken json </script>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebPage", "name": "x"},
 {"@type": "Course", "name": "Helseledelse", "description": "Ledelse i kommunale helse- og omsorgstjenester.",
  "provider": {"@type": "CollegeOrUniversity", "name": "Universitetet i Sørøst-Norge"},
  "numberOfCredits": {"@type": "StructuredValue", "value": 15, "unitText": "studiepoeng"},
  "coursePrerequisites": "Bachelorgrad og to års relevant yrkeserfaring",
  "hasCourseInstance": [{"@type": "CourseInstance", "courseMode": "Deltid, samlingsbasert",
     "location": {"@type": "Place", "address": {"addressLocality": "Drammen"}}}],
  "offers": {"@type": "Offer", "price": 0, "priceCurrency": "NOK"}}]}</script></head>
<body><h1>Helseledelse</h1><p>Kort om studiet.</p><a href="/studier/">Alle studier</a></body></html>"""

DL_NN = """<html lang="nn"><head><meta property="og:site_name" content="Høgskulen på Vestlandet">
<meta name="description" content="Vidareutdanning i leiing i helse- og omsorgstenestene for leiarar i kommunane."></head>
<body><h1>Leiing i helse- og omsorgstenestene</h1>
<dl><dt>Studiepoeng</dt><dd>30</dd><dt>Undervisningsstad</dt><dd>Førde</dd>
<dt>Heiltid/deltid</dt><dd>Deltid</dd><dt>Undervisningsform</dt><dd>Fire samlingar à tre dagar</dd>
<dt>Opptakskrav</dt><dd>Fullført bachelorgrad eller tilsvarande og minst to års relevant arbeidserfaring</dd></dl>
</body></html>"""

LINES_NB = """<html lang="nb"><body><h1>Økonomistyring for ledere i kommunal sektor</h1><ul>
<li>Studiepoeng: 7,5</li><li>Studiested: Lillehammer</li><li>Pris: kr 12 500</li>
<li>Målgruppe: Ledere i kommunale helse- og omsorgstjenester</li></ul>
<p>Budsjett, regnskap og økonomistyring for enhetsledere. Studiet har tre samlinger à to dager.</p>
</body></html>"""

LISTING = """<html><body><h1>Etter- og videreutdanning</h1><ul>
<li><a href="/evu/helseledelse">Helseledelse</a></li><li><a href="/evu/okonomi?page=2#top">Økonomi</a></li>
<li><a href="mailto:evu@x.test">E-post</a></li><li><a href="/brosjyre.pdf">Brosjyre</a></li></ul></body></html>"""


def test_jsonld_course_in_a_graph_with_a_broken_block_before_it():
    r = extract(JSONLD_NB, "https://www.usn.test/studier/helseledelse")
    assert r.is_course and r.offer["method"] == "jsonld"
    o = r.offer
    assert o["title"] == "Helseledelse" and o["credits"] == "15 studiepoeng"
    assert (o["locations"], o["part_time"], o["delivery"]) == ("Drammen", "Deltid", "samlingsbasert")
    assert o["provider"] == "Universitetet i Sørøst-Norge" and o["language"] == "nb" and o["price"] == "gratis"
    assert "https://www.usn.test/studier/" in r.links
    record = build_record({**o, "id": "usn-helseledelse"})
    assert (record["credits_min"], record["credits_max"]) == (15, 15)
    assert record["part_time"] is True and record["price_nok"] == 0


def test_jsonld_variants():
    program = """<html lang="en"><script type="application/ld+json">[{"@type": "Organization", "name": "UiT"},
      {"@type": ["EducationalOccupationalProgram"], "name": "Master in Health Management",
       "numberOfCredits": 90.0, "educationalProgramMode": "part-time",
       "programPrerequisites": {"@type": "EducationalOccupationalCredential",
                                "credentialCategory": "Bachelor's degree"},
       "offers": [{"@type": "Offer", "price": "35000", "priceCurrency": "NOK"}],
       "location": "Tromsø"}]</script><body><p>No visible h1.</p></body></html>"""
    o = extract(program, "https://uit.test/mhm").offer
    assert (o["title"], o["credits"], o["part_time"], o["price"]) == ("Master in Health Management", "90", "part-time",
                                                                        "35000 NOK")
    assert o["admission"] == "Bachelor's degree" and o["locations"] == "Tromsø" and o["language"] == "en"
    news = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Nytt studium"}</script>'
            '<h1>Nytt</h1>')
    assert not extract(news, "https://x.test/n").is_course
    listing = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": ['
               '{"@type": "Course", "name": "A"}, {"@type": "Course", "name": "B"}]}</script><h1>Studier</h1>')
    assert not extract(listing, "https://x.test/l").is_course


def test_definition_list_in_nynorsk():
    r = extract(DL_NN, "https://www.hvl.test/studier/leiing")
    assert r.is_course and r.offer["method"] == "factbox" and r.offer["language"] == "nn"
    o = r.offer
    assert (o["credits"], o["locations"], o["part_time"]) == ("30", "Førde", "Deltid")
    assert o["delivery"] == "Fire samlingar à tre dagar"
    assert o["description"].startswith("Vidareutdanning i leiing")            # the meta description
    record = build_record({**o, "id": "hvl-leiing"})
    assert record["provider_id"] == "hvl" and record["admission_experience_years"] == 2


def test_label_lines():
    r = extract(LINES_NB, "https://inn.test/okonomi")
    o = r.offer
    assert r.is_course and o["method"] == "text"
    assert (o["credits"], o["locations"], o["price"]) == ("7,5", "Lillehammer", "kr 12 500")
    assert o["target_group"].startswith("Ledere i kommunale")
    assert "Budsjett" in o["description"]


def test_a_label_header_row_table_and_unknown_labels():
    html = """<html lang="nb"><h1>Helserett</h1><table><tr><th>Studiepoeng</th><th>Sted</th><th>Studieavgift</th></tr>
    <tr><td>10</td><td>Harstad</td><td>Ingen</td></tr></table><ul><li>Søknadsfrist: 1. mars</li>
    <li>Kontaktperson: Ola</li></ul></html>"""
    o = extract(html, "https://x.test/h").offer
    assert (o["credits"], o["locations"], o["price"]) == ("10", "Harstad", "Ingen")
    assert label_key("Semesteravgift:") == "" and label_key("Studiepoeng (sp)") == "credits"
    assert label_key("Omfang (studiepoeng)") == "credits" and label_key("Kontaktperson") == ""
    assert label_key("Tilfeldig tekst") is None


def test_one_label_or_no_h1_is_not_enough():
    assert not extract("<h1>Nyhet</h1><p>Sted: Bodø</p>", "https://x.test/").is_course
    no_h1 = "<dl><dt>Studiepoeng</dt><dd>15</dd><dt>Sted</dt><dd>Bodø</dd></dl>"
    assert not extract(no_h1, "https://x.test/").is_course
    assert extract("<h1>Kurs</h1><dl><dt>Studiepoeng</dt><dd>15</dd></dl>", "https://x.test/").is_course
    # a bare "Kurs" with a price and a place could be any event; a title that names a study is a course
    assert not extract("<h1>Kurs</h1><p>Pris: 5 000 kr</p><p>Sted: Bodø</p>", "https://x.test/").is_course
    assert extract("<h1>Kurs i helseledelse</h1><p>Pris: 5 000 kr</p><p>Sted: Bodø</p>", "https://x.test/").is_course


def test_a_listing_is_used_for_links_not_stored():
    r = extract(LISTING, "https://hvl.test/evu/")
    assert not r.is_course and r.offer is None
    assert r.links == ["https://hvl.test/evu/helseledelse", "https://hvl.test/evu/okonomi?page=2"]


def test_language_from_the_words_when_there_is_no_lang():
    nn = ("<h1>Leiing</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl><p>Studiet er for leiarar som ikkje har eit "
          "fagbrev, og kva du lærer frå dei andre.</p>")
    en = "<h1>Leadership</h1><dl><dt>Credits</dt><dd>30</dd></dl><p>The course is for students who want to lead and " \
         "this is what you will learn.</p>"
    assert extract(nn, "https://x.test/").offer["language"] == "nn"
    assert extract(en, "https://x.test/").offer["language"] == "en"
    bokmal = "<html lang='no'><h1>A</h1><dl><dt>ECTS</dt><dd>5</dd></dl>"
    assert extract(bokmal, "https://x.test/").offer["language"] == "nb"


def test_titles_without_h1_lose_the_site_suffix():
    html = """<html lang="nb"><head><title>Helserett | Nord universitet</title></head><body>
    <script type="application/ld+json">{"@type": "Course", "numberOfCredits": "10"}</script></body></html>"""
    assert extract(html, "https://x.test/").offer["title"] == "Helserett"


def test_long_descriptions_are_cut():
    html = "<h1>Kurs</h1><dl><dt>Studiepoeng</dt><dd>5</dd></dl>" + "<p>" + "Lang tekst om ledelse. " * 400 + "</p>"
    assert len(extract(html, "https://x.test/").offer["description"]) <= MAX_DESCRIPTION + 2


@pytest.mark.slow(seconds=45)   # huge and deeply nested input
def test_broken_and_odd_input_never_raises():
    deep = "<div>" * 50_000 + "<h1>Dypt</h1>" + "</div>" * 50_000
    huge = "<html><body><h1>Stor</h1>" + "<p>Studiepoeng: 15</p>" + ("<p>" + "fyll " * 100 + "</p>") * 10_000
    odd = ["", None, b"\x00\x01\xff" * 1000, "\x00\x01" * 1000, "<" * 100_000,
           "<html><h1>Ufullstendig<dl><dt>Studiepoeng<dd>15",
           "<script type='application/ld+json'>[[[{</script>",
           "<script type='application/ld+json'>[1, \"a\", null]</script>",
           "<script type='application/ld+json'>{\"@type\": \"Course\", \"name\": {\"a\": []}, \"offers\": 7}</script>",
           "<script type='application/ld+json'>" + "[" * 5000 + "]" * 5000 + "</script>",
           "<div itemscope itemtype='http://schema.org/Course'><span itemprop='name' itemscope>"
           "<span itemprop='name'>X</span></span></div>",
           "<a href='http://[::1'>x</a><a href='https://x.test:99999/'>y</a><base href='::::'>",
           "<table><tr><th></th></tr><tr></tr></table><dl><dt></dt></dl><h2></h2>",
           deep, huge, "\ufeff<html lang=''><h1>\u200b</h1></html>", "<h1>" + "x" * 3_000_000]
    results = {}
    for html in odd:
        r = results[id(html)] = extract(html, "https://x.test/")
        assert isinstance(r.links, list) and (r.offer is None or isinstance(r.offer, dict))
    r = extract("<html><h1>Ufullstendig<dl><dt>Studiepoeng<dd>15</dl>", "https://x.test/")
    assert r.is_course and r.offer["credits"] == "15"
    assert results[id(huge)].offer["credits"] == "15"                       # the first 2 MB are read


def test_extract_command_on_a_saved_page(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    saved = tmp_path / "side.html"
    saved.write_bytes(DL_NN.replace("<html", '<html><head><meta charset="iso-8859-1"></head><html', 1)
                      .encode("iso-8859-1"))
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "extract", str(saved), "--json",
                          "--url", "https://www.hvl.test/leiing"], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert body["is_course"] and body["raw"]["locations"] == "Førde"                 # "Førde" decoded


# -- text-mode rules (issue 13, third round); each on a small page of its own ------------------

def test_a_label_value_that_says_nothing_gives_way_to_a_sentence():
    """"Studieform: Nettbasert med samlinger" says no pace and "Opptak: Søk her" no requirement:
    the sentences that do say them are read instead."""
    html = ("<h1>Videreutdanning i ledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd>"
            "<dt>Studieform</dt><dd>Nettbasert med samlinger</dd><dt>Opptak</dt><dd>Søk opptak her</dd></dl>"
            "<p>Studiet går på deltid, så du kan ta det ved siden av jobb.</p>"
            "<h2>Opptakskrav</h2><p>Du må ha bachelorgrad og minst to års yrkeserfaring.</p>")
    record = _record(html)
    assert record["part_time"] is True
    assert (record["admission_education"], record["admission_experience_years"]) == ("bachelor", 2)


def test_qualified_admission_headings_are_admission_labels():
    html = ("<h1>Videreutdanning i ledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>"
            "<h2>Generelt opptaksgrunnlag</h2><p>Du må ha fagbrev som helsefagarbeider.</p>")
    assert _record(html)["admission_education"] == "other"
    html2 = html.replace("Generelt opptaksgrunnlag", "Krav til utdanning")
    assert _record(html2)["admission_education"] == "other"


def test_admission_stated_as_who_gets_in():
    """"du kan komme inn med …", "er åpen for dem som har fagbrev …" state the requirement."""
    html = ("<h1>Økonomi og ledelse</h1><dl><dt>Studiepoeng</dt><dd>60</dd></dl>"
            "<p>Studiet er praktisk, og du kan komme inn med fullført videregående opplæring.</p>")
    assert _record(html)["admission_education"] == "other"
    html2 = html.replace("du kan komme inn med fullført videregående opplæring",
                         "det er åpen både for dem som har fagbrev og for dem med bachelorutdanning")
    assert _record(html2)["admission_education"] == "other"


def test_type_of_study_can_name_the_teaching():
    html = ("<h1>Master i pedagogikk</h1><dl><dt>Studiepoeng</dt><dd>120</dd>"
            "<dt>Type studium</dt><dd>Ordinær undervisning</dd></dl>")
    assert _record(html)["delivery"] == ["campus"]


def test_pace_from_studying_while_at_work_and_not_from_a_size_in_full_time_years():
    html = ("<h1>Økonomi og ledelse</h1><dl><dt>Studiepoeng</dt><dd>60</dd></dl>"
            "<p>Studiet gir 60 studiepoeng, det samme som ett års fulltidsstudium.</p>"
            "<p>Undervisningen er på nett, så du kan studere mens du er i jobb.</p>")
    assert _record(html)["part_time"] is True
    only_size = html.replace("<p>Undervisningen er på nett, så du kan studere mens du er i jobb.</p>", "")
    assert _record(only_size)["part_time"] is None


def test_a_later_sentence_that_names_another_teaching_form_is_read():
    html = ("<h1>Videreutdanning i helsesykepleie</h1><dl><dt>Studiepoeng</dt><dd>60</dd></dl>"
            "<p>Studiet er samlingsbasert. Det har fire samlinger. Du må møte på samlingene. Samlingene er lange.</p>"
            "<p>Mellom samlingene er undervisningen hybrid.</p>")
    assert _record(html)["delivery"] == ["nett", "samling"]


def test_a_term_that_dates_the_plan_or_a_later_semester_is_no_start():
    top = "<h1>Personalledelse</h1><p>{}</p><p>{}</p><dl><dt>Studiepoeng</dt><dd>30</dd></dl>"
    assert _record(top.format("Gjelder fra", "2023 HØST"))["start_term"] is None
    assert _record(top.format("Studieplan", "Høsten 2023"))["start_term"] == "2023-host"
    html = ("<h1>Master i ledelse</h1><p>Høst 2025 (3. semester)</p><dl><dt>Studiepoeng</dt><dd>120</dd></dl>")
    assert _record(html)["start_term"] is None


def test_a_kicker_atop_the_page_names_the_pace_and_level():
    long = "<p>" + "Programmet tar for seg de store utfordringene i offentlig sektor og hvordan de kan løses. " * 2 + "</p>"
    html = f"<h1>Erfaringsbasert master i forvaltning</h1><p>Masterprogram på deltid</p>{long}"
    assert _record(html)["part_time"] is True
    html = f"<h1>Topplederprogram for helsetjenesten</h1><p>Kurs masternivå</p>{long}<h2>Målgruppe</h2>{long}" \
           f"<h2>Opptakskrav</h2><p>Du må ha bachelorgrad.</p>"
    record = _record(html)
    assert (record["kind"], record["level"]) == ("single_course", "master")


def test_a_heading_inside_a_contact_box_does_not_swallow_the_text_after_it():
    html = ("<h1>Ledelse - erfaringsbasert master</h1><dl><dt>Campus</dt><dd>Harstad</dd></dl>"
            "<h2>Spørsmål om studiet</h2><p>Kari Nordmann</p><p>Seniorkonsulent</p><ul><li>Telefon: 77 00 00 00</li></ul>"
            "<p>Omfanget er 90 studiepoeng, og studiet går på deltid over tre år, slik at det kan kombineres med "
            "arbeid for dem som allerede er ledere.</p>")
    record = _record(html)
    assert (record["credits_min"], record["part_time"], record["duration_semesters"]) == (90.0, True, 6)


def test_a_duration_said_with_a_hedge():
    html = ("<h1>Master i offentlig ledelse</h1><dl><dt>Studiepoeng</dt><dd>90</dd><dt>Heltid/deltid</dt>"
            "<dd>Deltid</dd></dl><p>Den gis som et samlingsbasert deltidsstudium som vanligvis tar rundt 3 år.</p>")
    assert _record(html)["duration_semesters"] == 6


def test_a_price_label_whose_first_line_is_a_fee_reads_the_lines_after_it():
    html = ("<h1>Diakoniutdanning</h1><p>Studiepoeng</p><p>30</p><p>Tuition Fee</p><p>Semester fee NOK 585</p>"
            "<p>Tuition fees NOK 6300</p><p>Total per semester NOK 6885</p>")
    assert _record(html)["price_nok"] == 6300


def test_an_admission_sub_page_with_its_seats_and_this_programme_is_a_course_page():
    """A programme's admission page states the number of places and speaks of the one programme;
    a general admission page about all studies states neither."""
    html = ("<h1>Søknadsfrist og opptak</h1><p>Programmet har opptak én gang i året.</p>"
            "<p>Studieplasser</p><p>38</p><h2>Opptakskrav</h2><p>Du må ha fullført bachelorgrad.</p>"
            "<h2>Søknadsfrist</h2><p>15. april</p>")
    assert extract(html, "https://x.test/studier/program/helse-master/opptak/").is_course
    general = html.replace("<p>Programmet har opptak én gang i året.</p><p>Studieplasser</p><p>38</p>", "")
    assert not extract(general, "https://x.test/studier/opptak/").is_course


def test_nynorsk_study_sentences_count_for_recognition():
    long = "<p>" + "Folkehelse handlar om kor frisk befolkninga er og korleis helsa er fordelt. " * 2 + "</p>"
    html = f"<h1>Studieplan - Master i samhandling</h1>{long}<p>Studiet gjev kompetanse til å leie arbeidet.</p>"
    assert extract(html, "https://x.test/studieplan").is_course
    assert not extract(html.replace("Studiet gjev", "Vi ønskjer"), "https://x.test/studieplan").is_course


def test_full_time_experience_is_no_full_time_study():
    html = ("<h1>Master i helseadministrasjon</h1><dl><dt>Studiepoeng</dt><dd>120</dd></dl>"
            "<p>Attestene må vise minst tre års fulltids yrkeserfaring fra helsetjenesten.</p>")
    assert _record(html)["part_time"] is None


def test_a_gathering_names_its_place_and_a_listed_applicant_its_admission():
    long = "<p>" + "Programmet tar for seg de store utfordringene i offentlig forvaltning i dag. " * 2 + "</p>"
    html = (f"<h1>Erfaringsbasert master i forvaltning</h1><p>Masterprogram på deltid</p>{long}"
            "<p>Det første kullet møttes til studiesamling i Bergen.</p>")
    assert [loc["kommune_nr"] for loc in _record(html)["locations"]] == ["4601"]
    html = ("<h1>Master i helsefag</h1><dl><dt>Studiepoeng</dt><dd>120</dd><dt>Opptakskrav</dt>"
            "<dd>Se studieretningene</dd></dl><ul><li>Aldring: for søkere med bachelorgrad i helsefag.</li></ul>")
    assert _record(html)["admission_education"] == "bachelor"


def test_a_length_from_another_label_the_title_or_the_semester_headings():
    html = "<h1>Leadership in Action</h1><dl><dt>Studiepoeng</dt><dd>30</dd><dt>Kurstype</dt><dd>To semestere</dd></dl>"
    assert _record(html)["duration_semesters"] == 2
    html = "<h1>Master of Science in Business, 5 years programme</h1><p>Study plan</p><p>Credits: 300 ECTS</p>"
    assert _record(html)["duration_semesters"] == 10
    plan = "<h1>Strategi og ledelse</h1><p>Studiepoeng: 90</p>" + "".join(
        f"<h2>{season} (" + str(i) + ". semester)</h2><p><a href='/e'>LED500" + str(i) + "</a> 7.5 sp</p>"
        for i, season in enumerate(["Høst 2024", "Vår 2025", "Høst 2025", "Vår 2026"], start=1))
    assert _record(plan)["duration_semesters"] == 4


def test_an_admission_page_headed_by_one_study_is_that_study_s_page():
    body = ("<p>Opptak til denne erfaringsbaserte mastergraden krever både utdanning og erfaring.</p>"
            "<ul><li>Fullført bachelorgrad</li><li>Fire års yrkeserfaring</li></ul>")
    html = f"<h1>Opptakskrav</h1><h2>Executive Master of Management</h2>{body}"
    result = extract(html, "https://x.test/opptakskrav/executive-master/")
    assert result.is_course, result.reason
    record = build_record({**result.offer, "id": "x"}, source="crawl", campus_fallback=False)
    assert (record["kind"], record["level"], record["admission_experience_years"]) == ("degree", "master", 4)
    general = f"<h1>Opptakskrav</h1><h2>Masterstudier</h2>{body}"
    assert not extract(general, "https://x.test/opptakskrav/").is_course


def test_credits_in_a_comparison_are_not_the_offer_s():
    """A survey's "ingen lederutdanning over 30 studiepoeng" states no offer's credits, and alone
    does not make an information page a course page."""
    html = ("<h1>Nasjonal lederutdanning</h1><p>BI står for utdanningen, et masterprogram.</p><h2>Bakgrunn</h2>"
            "<ul><li>Halvparten av lederne hadde ingen lederutdanning over 30 studiepoeng.</li></ul>"
            "<h3>Målgrupper</h3><p>Ledere i kommunene.</p>")
    result = extract(html, "https://x.test/tema/lederutdanning")
    assert not result.is_course, result.reason
    assert "credits sentence" in extract(html.replace("over 30", "med 30"), "https://x.test/tema/lederutdanning").reason


def test_credits_under_a_total_line_are_the_total():
    html = ("<h1>Organisasjon og ledelse – pris</h1><p>Erfaringsbasert masterprogram</p><p>Søknadsfrist: 1. mai</p>"
            "<p>Basismodulen</p><p>30 studiepoeng</p><p>kr 72 000</p>"
            "<p>Masteroppgaven</p><p>30 studiepoeng</p><p>kr 42 000</p>"
            "<p>Totalt</p><p>90 studiepoeng</p><p>kr 144 000</p>")
    record = _record(html)
    assert (record["credits_min"], record["kind"], record["level"]) == (90.0, "degree", "master")


def test_term_lines_of_a_study_plan_head_their_courses_in_any_layout():
    """"Spring 2026 (4. semester)" on a plain line heads the course links under it, so the links
    read as a programme's structure, not as a listing's cards."""
    plan = "<h1>Nursing</h1>" + "".join(
        f"<p>{term}</p><p><a href='/e1'>BASYK-{i}1 Praksis</a> 0 sp</p><p><a href='/e2'>BASYK-{i}2 Praksis</a> 0 sp</p>"
        for i, term in enumerate(["Spring 2026 (4. semester)", "Autumn 2026 (5. semester)"]))
    result = extract(plan, "https://x.test/study-plans/nursing")
    assert "listing" not in result.reason and "programme structure" in result.reason, result.reason


def test_a_kind_label_whose_value_names_no_kind_gives_way_to_the_sentences():
    html = ("<h1>Praktiske opplysninger</h1><p>Omstilling og innovasjonsledelse er en videreutdanning for ledere.</p>"
            "<p>Varighet, omfang og nivå</p><p>Studiet går på deltid over ca. 13 måneder.</p>"
            "<h2>Opptakskrav</h2><p>Du må ha bachelorgrad og minst to års yrkespraksis.</p>"
            "<h2>Målgruppe</h2><p>Ledere i offentlige og private virksomheter.</p>")
    assert _record(html)["kind"] == "single_course"


def test_an_extractor_crash_is_logged_with_its_traceback_and_keeps_the_links(monkeypatch, caplog):
    """A page the extractor cannot read gives its links and the reason, and the crash is logged
    with its traceback (by crawler.extract's own logger), so a bug does not hide as a count."""
    import logging

    import crawler.extract as extract_module

    def boom(html, url):
        raise ValueError("a bug in a rule")

    monkeypatch.setattr(extract_module, "_extract", boom)
    with caplog.at_level(logging.WARNING, logger="crawler.extract"):
        out = extract_module.extract('<html><body><a href="/kurs/a">A</a></body></html>', "http://x.test/")
    assert not out.is_course and out.offer is None and "ValueError" in out.reason
    assert any(str(link).endswith("/kurs/a") for link in out.links)
    logged = [r for r in caplog.records if r.name == "crawler.extract"]
    assert logged and logged[0].exc_info and "a bug in a rule" in str(logged[0].exc_info[1])


def test_a_credits_heading_without_a_number_gives_way_to_a_sentence_that_has_one():
    """An "ECTS Credits" section that only says "Two academic years, four semesters" gives no
    credits; the sentence "It lasts two years (120 ECTS credits)" does."""
    html = ("<h1>Master's Programme in Public Administration</h1>"
            "<h2>Name of qualification</h2><p>The programme leads to a master's degree. It lasts two years (120 ECTS credits).</p>"
            "<h2>ECTS Credits</h2><p>Two academic years, four semesters, starting in the autumn.</p>"
            "<h2>Language of Instruction</h2><p>English</p>")
    record = _record(html)
    assert (record["credits_min"], record["credits_max"]) == (120.0, 120.0)


def test_a_points_value_under_a_credits_label_and_places_under_steder():
    """"Studiepoeng: 5 poeng" is five credits, and "Steder: Bergen" names the place."""
    html = ("<h1>ORG101 Organisasjon i praksis</h1><dl><dt>Emnekode</dt><dd>ORG101</dd>"
            "<dt>Steder</dt><dd>Bergen</dd><dt>Studiepoeng</dt><dd>5 poeng</dd><dt>Enkeltemne</dt><dd>Ja</dd></dl>"
            "<h2>Læringsutbytte</h2><p>Etter emnet kan studenten lede et møte.</p>")
    record = _record(html)
    assert (record["credits_min"], record["kind"], record["level"]) == (5.0, "single_course", "bachelor")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["4601"]


def test_a_study_sub_page_takes_its_kind_from_the_study_address_when_it_names_none():
    """"Undervisning og eksamen" of a master names no kind; its address does
    (".../program/kristendom-master/..."). A bare "/master/" category segment does not."""
    html = ("<h1>Undervisning og eksamen</h1><p>Programmet har ikke lenger opptak.</p>"
            "<h2>Undervisningsspråk</h2><p>Norsk</p><h2>Undervisningssted</h2><p>Oslo</p>"
            "<h2>Vurdering</h2><p>Eksamensformen varierer.</p><h2>Opptakskrav</h2><p>Du må ha bachelorgrad.</p>")
    record = _record(html, "https://x.test/studier/program/kristendom-master/undervisning-eksamen/")
    assert (record["kind"], record["level"]) == ("degree", "master")
    assert record["evidence"]["kind"]["how"] == "address"
    record = _record(html, "https://x.test/studier/master/undervisning/")
    assert record["kind"] is None


def test_part_time_from_the_title_when_no_label_or_sentence_says_it():
    html = ("<h1>Master i yrkespedagogikk, deltid Programplan</h1><dl><dt>Studiepoeng</dt><dd>120 studiepoeng</dd>"
            "<dt>Varighet</dt><dd>8 semestre</dd></dl><p>Masterstudiet går i dybden på yrkespedagogikk.</p>")
    assert _record(html)["part_time"] is True


def test_question_headings_are_labels():
    """"Kva kostar programmet?" heads the price and "Korleis bestille …?" how to apply; "Hvordan
    legges faget opp?" names no field."""
    from crawler.facts import label_keys
    assert label_keys("Kva kostar KS Program for folkevalde?") == ("price",)
    assert label_keys("Hva koster kurset?") == ("price",)
    assert label_keys("Korleis bestille programmet?") == ("apply",)
    assert label_keys("Hvem kan søke?") == ("target_group",)
    assert label_keys("Når starter neste kull?") == ("start",)
    assert label_keys("Hvordan legges faget opp?") is None


def test_a_programme_told_in_question_headings_is_a_course_without_credits():
    """A programme page without credits: its question headings (price, how to order) make it a
    course page, and a length in days on a page that names no credits, level or exam makes it a
    course without credits."""
    html = ("<h1>No kan de bestille Program for folkevalde</h1>"
            "<p>Rettleiarane er klare til å halde Program for folkevalde i kommunestyra.</p>"
            "<p>Programmet har to delar:</p><ul><li>Basisdagane: Dei to første dagane handlar om roller.</li>"
            "<li>Temadagane: kommunen kan bestille to temadagar.</li></ul>"
            "<h2>Korleis bestille programmet?</h2><p>Kontakt koordinatoren i regionen din.</p>"
            "<h2>Kva kostar programmet?</h2><p>Prosessrettleiarane tek honorar etter avtale.</p>")
    result = extract(html, "https://x.test/regioner/vest/program-for-folkevalde/")
    assert result.is_course and "facts apply,price" in result.reason, result.reason
    record = _record(html)
    assert (record["kind"], record["level"], record["credits_max"]) == ("non_credit", "none", 0.0)
    worded = html.replace("Rettleiarane er klare", "Programmet gjev 10 studiepoeng. Rettleiarane er klare")
    assert _record(worded)["kind"] != "non_credit"


def test_a_one_day_course_with_clock_hours_is_a_course_without_credits():
    html = ("<h1>Utvikling av delegeringsreglementer</h1><dl><dt>Pris</dt><dd>Kr. 3 990,-</dd>"
            "<dt>Målgruppe</dt><dd>Rådmenn og stabsfolk.</dd><dt>Påmeldingsfrist</dt><dd>Snarest</dd>"
            "<dt>Tid og sted</dt><dd>Møtesenteret, Oslo<br>23. februar 2018<br>Tidspunkt: Kl. 10:00 - 15:30</dd></dl>"
            "<h2>Hvorfor er kurset noe for deg?</h2><p>Kurset viser en arbeidsmåte for kommunestyret.</p>")
    record = _record(html)
    assert (record["kind"], record["credits_min"]) == ("non_credit", 0.0)


def test_an_english_programme_page_states_admission_and_length_in_sentences():
    """"MPA" is a study word; "Applicants need …" and "after an undergraduate degree" state
    admission; "runs for two years" is the length; "one and a half years of full-time study in
    political science" is a required subject share, not the pace."""
    html = ("<h1>Master in Public Administration (MPA) course</h1><p>Globalization and Development</p>"
            "<h2>Purpose</h2><p>The MPA trains students to analyse organisations and public policy.</p>"
            "<p>The degree runs for two years and equals four semesters of study after an undergraduate degree.</p>"
            "<p>Applicants need a university degree of at least three years. The degree must include at least "
            "one and a half years of full-time study in political science.</p>")
    result = extract(html, "https://x.test/en/rg/globadm/mpa")
    assert result.is_course, result.reason
    record = _record(html, "https://x.test/en/rg/globadm/mpa")
    assert (record["admission_education"], record["duration_semesters"], record["part_time"]) == ("bachelor", 4, None)


def test_an_admission_page_whose_first_line_names_an_arsenhet_is_that_study_s_page():
    html = ("<h1>Søknadsfrist og opptak</h1><p>Årsenheten tar ikke opp studenter i 2022.</p>"
            "<dl><dt>Studiekode</dt><dd>185 712</dd><dt>Studieplasser</dt><dd>0</dd></dl>"
            "<h2>Opptakskrav</h2><p>Du trenger generell studiekompetanse.</p>"
            "<h2>Søknadsfrist</h2><p>15. april</p>")
    result = extract(html, "https://x.test/studier/program/russisk/opptak/")
    assert result.is_course and "lead" in result.reason, result.reason


def test_the_pace_said_in_a_heading_of_a_study_plan():
    html = ("<h1>Studieplaner</h1><p>Studieplanene viser progresjonen på hver studievariant.</p>"
            "<h2>Bachelorstudiet i økonomi og administrasjon, 1. år - heltid over to semestre</h2>"
            "<p>Første studieår er første år i disse bachelorstudiene.</p>"
            "<ul><li><a href='/b1'>BØK 2601 Bedriftsøkonomi</a> 12 sp</li><li><a href='/b2'>MET 2610 Matematikk</a> 6 sp</li></ul>"
            "<h2>Læringsutbytte</h2><p>Etter fullført studium kan kandidaten føre regnskap.</p>")
    assert _record(html)["part_time"] is False


def test_a_short_course_dated_in_its_title_starts_then():
    html = ("<h1>Kurs for kontrollutvalgsledere, 21.-22. april 2020, Hotell Gardermoen</h1>"
            "<p>På skolen går vi grundigere inn i rollen som leder av utvalget.</p>"
            "<p>Skolen er mer enn en vanlig konferanse, så antallet plasser er begrenset.</p>"
            "<h2>Påmelding:</h2><p>Påmeldingen åpner i løpet av desember.</p><h2>Pris</h2><p>kr 6 500</p>"
            "<h2>Målgruppe</h2><p>Ledere av kontrollutvalg.</p>")
    assert _record(html)["start_term"] == "2020-var"


def test_a_time_and_place_label_lists_the_place_then_the_date():
    html = ("<h1>Kurs i delegeringsreglementer</h1><p>Tid og sted</p><p>Møtesenteret, Oslo</p><p>23. februar 2018</p>"
            "<p>Pris</p><p>Kr. 3 990,-</p><p>Målgruppe</p><p>Rådmenn og stabsfolk i kommunene.</p>"
            "<h2>Hvorfor er kurset noe for deg?</h2><p>Kurset viser en arbeidsmåte.</p>")
    record = _record(html)
    assert record["start_term"] == "2018-var" and [loc["kommune_nr"] for loc in record["locations"]] == ["0301"]


def test_a_sub_page_titled_study_then_topic_under_a_line_naming_the_study_s_kind():
    """"Organisasjon og ledelse - Fritak med grunnlag i realkompetanse" under the line "Erfaringsbasert
    masterprogram Organisasjon og ledelse" is that master's page; without the line it is not enough."""
    body = ("<h2>Fritak med grunnlag i realkompetanse</h2>"
            "<p>Realkompetanse kan gi fritak for en del av utdanningskravet.</p>"
            "<p>Med minst 120 studiepoeng fra universitet eller høyskole kan du søke opptak på grunnlag av realkompetanse.</p>")
    title = "<h1>Organisasjon og ledelse - Fritak med grunnlag i realkompetanse</h1>"
    kicker = "<p>Erfaringsbasert masterprogram Organisasjon og ledelse</p>"
    result = extract(title + kicker + body, "https://x.test/studier/morg/fritak")
    assert result.is_course and "title names a study" in result.reason, result.reason
    record = _record(title + kicker + body, "https://x.test/studier/morg/fritak")
    assert (record["kind"], record["admission_education"]) == ("degree", "other")
    assert not extract(title + "<p>Organisasjon og ledelse</p>" + body, "https://x.test/studier/morg/fritak").is_course


def test_leave_from_the_employer_for_the_gatherings_is_study_beside_work():
    html = ("<h1>Merkeledelse</h1><h2>Omfang og varighet</h2><p>Omfanget er 30 studiepoeng, fordelt på 5 samlinger.</p>"
            "<h2>Obligatorisk fremmøte</h2><p>Samlingene er obligatoriske. Avtal permisjon med arbeidsgiveren din for "
            "samlinger, studietur og eksamen.</p><h2>Studieavgift</h2><p>Studieavgiften er kr 97 000.</p>")
    assert _record(html)["part_time"] is True


def test_a_timed_agenda_is_an_event_s_programme_not_a_course():
    html = ("<h1>Program for prosjektledersamling 29. og 30. mai 2018</h1>"
            "<p>Departementet inviterer til prosjektledersamling i Sandnes.</p>"
            "<p>Tid og sted</p><p>Rådhuset i Sandnes, 29. mai 2018</p><p>Målgruppe</p><p>Ansatte i administrasjonen.</p>"
            "<p>Samlinger</p><p>29. og 30. mai 2018</p><p>Påmeldingsfrist</p><p>18. april 2018</p>"
            "<h2>Program</h2><ul><li>09:00 Registrering av deltakerne</li><li>11:30 Lunsj</li>"
            "<li>12:30 Velkommen ved statssekretæren</li></ul>")
    result = extract(html, "https://x.test/tema/program-for-prosjektledersamling/")
    assert not result.is_course and "event" in result.reason, result.reason
    one_time = html.replace("<li>11:30 Lunsj</li><li>12:30 Velkommen ved statssekretæren</li>", "")
    assert "event" not in extract(one_time, "https://x.test/tema/program-for-prosjektledersamling/").reason


def test_admission_sentences_about_another_degree_are_not_the_offer_s():
    """A master's programme page whose introduction is the admission text of a bachelor ("Opptak til
    bachelor i barnevern krever …") states no admission of its own; "Opptak til masterstudiet" would."""
    html = ("<h1>Master's Program in Behavioral Science</h1><dl><dt>ECTS credits</dt><dd>120 ECTS credits</dd>"
            "<dt>Duration</dt><dd>4 semesters</dd></dl><h2>Introduction</h2>"
            "<p>Opptak til bachelor i barnevern krever generell studiekompetanse.</p>")
    assert _record(html)["admission_education"] is None
    own = html.replace("Opptak til bachelor i barnevern krever generell studiekompetanse",
                       "Opptak til masterstudiet krever bachelorgrad")
    assert _record(own)["admission_education"] == "bachelor"


@pytest.mark.parametrize("url, sub", [
    ("https://x.test/studier/program/vernepleie-deltid/opptak/", True),
    ("https://x.test/studietilbud/bachelor-i-sykepleie/ofte-stilte-sporsmal", True),
    ("https://x.test/studier/opptak/", False),                  # the catalogue's own admission page
    ("https://x.test/om-oss/vernepleie-deltid/opptak/", False),  # not under a catalogue
    ("https://x.test/studier/program/vernepleie-deltid/", False),
    ("https://x.test/studies/programmes/psychology-master/teaching-examinations/index.html", True),
    ("https://x.test/en/executive/executive-mba/management-control/admission-and-practical-information2/", True),
    ("https://x.test/studier/opptak/index.html", False),
    ("https://x.test/opptakskrav-og-soknadsprosess-utdanning-i-sosialt-entreprenorskap/", True),   # sub-page + study
    ("https://x.test/opptak-master-i-helseledelse", True),
    ("https://x.test/opptakskrav-for-masterstudier/", False),
    ("https://x.test/aktuelt/opptaket-til-master-i-ledelse-er-apnet/", False),
])
def test_a_study_s_sub_page_is_known_by_its_address(url, sub):
    from crawler.recognise import address_sub_page
    assert address_sub_page(url) is sub


def test_an_admission_sub_page_that_names_its_study_only_in_the_address_is_a_course_page():
    html = ("<h1>Opptak</h1><p>Generell studiekompetanse (GSK)</p>"
            "<p>Søkere over 25 år uten GSK kan tas opp på grunnlag av realkompetanse.</p>"
            "<p>For dette studiet kreves i tillegg minst ett års relevant arbeidserfaring.</p>"
            "<p>Søknadsfrist 15. april 2026, og studiet starter høsten 2026.</p>")
    result = extract(html, "https://x.test/studier/program/vernepleie-deltid/opptak/")
    assert result.is_course and "sub-page" in result.reason, result.reason
    assert not extract(html, "https://x.test/studier/opptak/").is_course


def test_start_and_deadline_stated_in_sentences_count_towards_a_course_page():
    """"Eiendomsutvikling – Opptak og opptakskrav", with the next start and the deadline in one
    sentence: a course page; without that sentence one point short."""
    head = "<h1>Eiendomsutvikling og -forvaltning – Opptak og opptakskrav</h1>"
    dates = "<p>Neste oppstart er høsten 2026, og fristen for å søke er 14. mai 2026.</p>"
    rest = ("<h2>Opptakskrav</h2><ul><li>Minimum tre års studier fra høgskole eller universitet</li>"
            "<li>Minimum 2 års relevant yrkeserfaring</li></ul>")
    result = extract(head + dates + rest, "https://x.test/meiendom-opptak")
    assert result.is_course and "sentences state deadline,start" in result.reason, result.reason
    assert not extract(head + rest, "https://x.test/meiendom-opptak").is_course


def test_a_general_description_of_an_education_is_not_an_offer():
    html = ("<h1>Vernepleie</h1><h2>Beskrivelse</h2><p>Bachelorutdanningen handler om omsorg og funksjonsvansker.</p>"
            "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p><h2>Varighet</h2><p>Bachelorgrad tar 3 år.</p>"
            "<p>Studiet er tverrfaglig.</p>")
    assert extract(html, "https://x.test/studier/vernepleie").is_course
    result = extract(html, "https://utdanning.no/utdanningsoversikt/vernepleie")
    assert not result.is_course and "general description" in result.reason, result.reason


def test_an_english_study_level_label_gives_the_level():
    html = ("<h1>Leadership in Health Services</h1><p>ECTS credits</p><p>30</p><p>Study level</p><p>Master</p>"
            "<p>Admission requirements</p><p>Bachelor's degree</p>")
    record = _record(html)
    assert (record["level"], record["kind"]) == ("master", "single_course")


def test_label_and_value_as_separate_list_items():
    """"• Undervisningssted" / "• Tromsø" / "• Startsemester" / "• 2025 Høst": each label's value is the next item."""
    html = ("<h1>Ledelse i helsetjenesten</h1><ul><li>Studiepoeng</li><li>30 studiepoeng</li><li>Heltid/deltid</li>"
            "<li>Deltid</li><li>Undervisningssted</li><li>Tromsø</li><li>Startsemester</li><li>2025 Høst</li></ul>")
    record = _record(html)
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["5501"]
    assert (record["start_term"], record["part_time"], record["credits_max"]) == ("2025-host", True, 30.0)


def test_what_completing_the_study_gives_is_its_credits():
    html = ("<h1>Prosessledelse</h1><p>Modulen går som et samlingsbasert deltidsstudium over to semestre.</p>"
            "<p>Fullført studium gir 15 studiepoeng (ECTS).</p><p>Du må ha fullført bachelorgrad (180 studiepoeng).</p>")
    assert _record(html)["credits_max"] == 15.0


@pytest.mark.parametrize("sentence, kommune", [
    ("Deltid over to år med samlinger i Oslo og utlandet.", "0301"),
    ("Programmet består av tre samlinger à to dager på Gardermoen.", "3209"),
])
def test_where_the_gatherings_are_held(sentence, kommune):
    html = f"<h1>Lederprogram</h1><p>Studiepoeng</p><p>30 studiepoeng</p><p>{sentence}</p>"
    assert [loc["kommune_nr"] for loc in _record(html)["locations"]] == [kommune]


def test_an_english_fact_box_with_study_location_and_a_fee_in_nok_with_a_comma():
    html = ("<h1>Leadership in Practice</h1><table><tr><th>Credits</th><td>10 ECTS</td></tr>"
            "<tr><th>Study location</th><td>Stavanger</td></tr><tr><th>Tuition fee</th><td>NOK 15,000</td></tr></table>")
    record = _record(html)
    assert ([loc["kommune_nr"] for loc in record["locations"]], record["price_nok"]) == (["1103"], 15000)


def test_a_programme_that_says_it_gives_no_credits_is_a_course_without_credits():
    html = ("<h1>Lederprogram for helse og omsorg</h1><p>Et program over ett år med fem samlinger for ledere. "
            "Programmet gir ikke studiepoeng.</p><p>Pris per deltaker: 38 000 kroner</p><p>Sted: Trondheim</p>")
    record = _record(html)
    assert (record["credits_max"], record["kind"], record["level"]) == (0.0, "non_credit", "none")


@pytest.mark.parametrize("url, sub", [
    ("https://x.test/executive/essentials-of-mba/practical-information/", True),
    ("https://x.test/helse/sykepleie-bachelor/opptakskrav/", True),   # the study's segment names its kind
    ("https://x.test/utdanning/evu/78171/studieavgift", False),        # a number is no study
])
def test_english_and_kind_named_sub_page_addresses(url, sub):
    from crawler.recognise import address_sub_page
    assert address_sub_page(url) is sub


def test_admission_to_one_study_is_its_sub_page_but_admission_to_many_is_general():
    from crawler.recognise import _ADMISSION_TO
    assert _ADMISSION_TO.match("Opptak til PPU")
    assert not _ADMISSION_TO.match("Opptak til 1 ½ – 2-årige masterprogrammer for nordiske statsborgere")
    assert not _ADMISSION_TO.match("Opptak til masterstudier")


def test_a_threshold_of_credits_is_not_the_offer_s():
    html = ("<h1>Studieavgift ved etter- og videreutdanning</h1><p>Kursene har ulik studieavgift.</p>"
            "<ul><li>Semesteravgift for kurs på 15 studiepoeng eller meir i eksamenssemesteret.</li></ul>")
    result = extract(html, "https://x.test/utdanning/evu/78171/studieavgift")
    assert "credits" not in result.reason, result.reason


def test_the_sentence_that_says_no_credits_is_read_by_the_same_rule_as_the_credits_field():
    """The sentence finder and the credits normaliser share one list of phrases: what the one
    finds ("gives no ECTS credits"), the other reads as 0; "gir ikke bare studiepoeng" is no such phrase."""
    html = ("<h1>Leadership Programme for Health and Care</h1><p>A programme of five gatherings over one year "
            "for leaders in the municipalities. The course gives no ECTS credits.</p><p>Price: NOK 38,000</p>")
    record = _record(html)
    assert (record["credits_max"], record["kind"]) == (0.0, "non_credit")
    from domain import normalise
    assert normalise.no_credits_said("Studiet gir ikke bare studiepoeng, men et nettverk") is None


@pytest.mark.parametrize("sentence", [
    "Mangler du 80 studiepoeng fordypning, kan du ta emnene ADM100 og ADM201 først.",
    "Det trengs 80 studiepoeng fordypning i samfunnsfag.",
])
def test_credits_an_applicant_must_have_are_not_the_offer_s(sentence):
    html = f"<h1>Master i samfunnsendring</h1><p>Relevant bachelorgrad, karaktersnitt C.</p><p>{sentence}</p>"
    assert _record(html)["credits_max"] is None


@pytest.mark.parametrize("sentence, semesters", [
    ("Studiet er en treårig heltidsutdanning som gir 180 studiepoeng.", 6),
    ("Masterstudiet er et toårig studium på 120 studiepoeng.", 4),
    ("The M.Phil. in Public Administration equals four semesters of study.", 4),
    ("Varigheit 2 semester (1 år)", 2),
])
def test_a_length_said_as_an_adjective_or_an_equivalence_is_the_duration(sentence, semesters):
    html = f"<h1>Master i helseledelse</h1><p>Studiepoeng</p><p>120 studiepoeng</p><p>{sentence}</p>"
    assert _record(html)["duration_semesters"] == semesters


def test_a_length_of_a_degree_applicants_have_is_not_the_duration():
    html = ("<h1>Master i psykososialt arbeid</h1><p>Studiepoeng</p><p>60 studiepoeng</p><p>Søkere med profesjonsutdanning "
            "går foran søkere med bachelorgrad eller treårig høyskoleutdanning.</p>")
    assert _record(html)["duration_semesters"] is None


def test_a_nynorsk_price_beside_the_semester_fee():
    html = ("<h1>Helserett i kommunen</h1><p>Vidareutdanning (bachelornivå)</p><p>Studiepoeng</p><p>15 studiepoeng</p>"
            "<p>Studiet kostar kr 16 000 + semesteravgift.</p>")
    assert _record(html)["price_nok"] == 16000


def test_a_three_line_admission_sub_page_under_one_study_s_address_is_a_course_page():
    """The address names the study; one admission fact is enough (the sub-page rule of qa/realpages)."""
    html = "<h1>Opptak</h1><p>Søkerne tas opp etter opptaksprøver.</p><p>Søkeren må fylle 18 år i opptaksåret.</p>"
    result = extract(html, "https://x.test/studier/programmer/skuespill-bachelorstudium-i-skuespill/opptak/")
    assert result.is_course, result.reason
    assert not extract(html, "https://x.test/studier/opptak/").is_course


def test_admission_to_one_named_study_with_a_deadline_is_its_course_page():
    html = ("<h1>Opptak til PPU</h1><p>Vil du bli lærar i faget ditt, kan du søkje opptak til praktisk-pedagogisk utdanning (PPU).</p>"
            "<h2>Slik søker du</h2><p>Registrer søknaden i Søknadsweb.</p>")
    result = extract(html, "https://x.test/studier/opptak/opptak-til-ppu/")
    assert result.is_course, result.reason



def test_a_programme_without_credits_told_in_sentences_about_it_is_a_course_page():
    """No fact box, no credits: the page is about one offer, which is the subject of its sentences."""
    html = ("<h1>Folkevalgtprogram</h1><p>Programmet er laget for kommunestyrets medlemmer og ledergruppen.</p>"
            "<p>Det har to deler.</p><h2>Basisdelen</h2><p>Første del holdes rett etter valget, og programmet "
            "tar opp rollen som folkevalgt.</p><h2>Temadager</h2><p>Kommunen velger selv tema for resten.</p>")
    result = extract(html, "https://x.test/demokrati/folkevalgtprogram/")
    assert result.is_course and "subject of 2 sentences" in result.reason, result.reason
    once = html.replace("og programmet tar opp", "der en tar opp")
    assert not extract(once, "https://x.test/demokrati/folkevalgtprogram/").is_course


@pytest.mark.parametrize("url, sub", [
    ("https://x.test/studier/program/it-ledelse-master/undervisning-eksamen/", True),      # joined sub-page words
    ("https://x.test/studieretninger/helhetlig-miljoarbeid/opptakskrav/", True),          # a fagskole's catalogue
    ("https://x.test/admissions/admission-requirements/executive-master-of-management/", True),  # study under admission
    ("https://x.test/for-sokere/opptakskrav/aktiv-omsorg-for-eldre-med-helseutfordringer", True),
    ("https://x.test/opptak/opptakskrav/generell-studiekompetanse/", False),              # a topic of all studies
    ("https://x.test/studier/opptak/master-videreutdanning/", False),                      # only kinds of study
    ("https://x.test/skole/fagskolen/praktisk-informasjon/slik-sokjer-du/", False),        # how to apply
    ("https://x.test/soknad-og-opptak/opptakskrav/hoyskolekurs-og-spesialkurs/", False),
])
def test_a_study_named_under_an_admission_address_and_joined_sub_page_words(url, sub):
    from crawler.recognise import address_sub_page
    assert address_sub_page(url) is sub


def test_a_programme_of_workshops_without_credits_is_a_course_without_credits():
    html = ("<h1>Lederutviklingsprogram Leadership for Change</h1><p>Programmet styrker sykepleiere som ledere.</p>"
            "<p>Programmet har tre workshops i tillegg til selvstudier.</p><p>Første workshop starter i august 2022.</p>")
    record = _record(html)
    assert (record["credits_max"], record["kind"], record["delivery"]) == (0.0, "non_credit", ["samling"])
    with_exam = html.replace("selvstudier.", "selvstudier og eksamen.")
    assert _record(with_exam)["kind"] != "non_credit"        # an exam: not plainly without credits


@pytest.mark.parametrize("line", [
    "1. studieår - 2 emner - 30 studiepoeng - kr 32 000",
    "De fleste enkeltkursene på 7,5 studiepoeng koster kr. 33 400.",
])
def test_credits_of_a_year_or_of_the_single_courses_on_a_price_page_are_not_the_programme_s(line):
    html = (f"<h1>Kostnader</h1><p>Erfaringsbasert masterprogram i skoleutvikling</p><p>{line}</p>"
            "<p>Semesteravgift kommer i tillegg.</p>")
    record = _record(html, url="https://x.test/studier/mskolut/kostnader")
    assert record["credits_max"] is None and record["kind"] == "degree"


@pytest.mark.parametrize("sentence", [
    "Utdanningsdirektoratet betaler studieplassene, mens eieren dekker reise og opphold.",
    "Nasjonal styrerutdanning er et videreutdanningstilbud som staten finansierer.",
    "Alle kommuner får programmet innenfor medlemskontingenten; reise betaler de selv.",
    "Every municipality gets the programme as part of its KS membership fee.",
])
def test_an_offer_the_state_or_a_membership_fee_pays_for_costs_nothing(sentence):
    html = f"<h1>Nasjonal lederutdanning</h1><p>Studiepoeng</p><p>30 studiepoeng</p><p>{sentence}</p>"
    assert _record(html)["price_nok"] == 0


def test_when_a_new_intake_is_announced_is_not_when_it_starts():
    html = ("<h1>Lederprogram for sykepleiere</h1><p>Programmet er for sykepleiere som leder.</p><p>Programmet har tre workshops.</p>"
            "<p>Nytt kull lyses ut i april 2022, og første workshop starter i august 2022.</p>")
    assert _record(html)["start_term"] == "2022-host"


def test_a_general_title_with_a_year_is_still_a_general_page():
    html = ("<h1>Studieavgift 2022</h1><p>Her ser du hva studieprogrammene koster.</p><p>Master</p>"
            "<p>kr 49 900 per semester</p><p>Enkeltemner: kr 10 500 for 7,5 studiepoeng.</p>")
    result = extract(html, "https://x.test/soknadsinfo/studieavgift")
    assert not result.is_course and "general page" in result.reason, result.reason


@pytest.mark.parametrize("title", ["Program for toppledergrupper", "Ledergaloppen – et program for kommunale toppledere"])
def test_a_title_that_names_a_programme_for_someone_names_a_study(title):
    html = (f"<h1>{title}</h1><p>Programmet utvikler ledergruppene i kommunene.</p>"
            "<h2>Om programmet</h2><p>Hvert kull har fire ledergrupper.</p>")
    result = extract(html, "https://x.test/ledelse/program-toppledergrupper")
    assert result.is_course and "title names a study" in result.reason, result.reason


def test_a_report_that_quotes_people_is_news_even_without_a_news_address():
    quote = ("<p>– Vi trenger faglig påfyll hele tiden, sa kommunalsjef Per Olsen da han åpnet samlingen.</p>"
             "<p>– Lederne får nye måter å tenke på, sier rektor Kari Nordmann.</p>")
    html = ("<h1>Lederutdanning for ledere i helse og omsorg</h1>" + quote +
            "<p>Utdanningen er samlingsbasert og har åtte moduler.</p>")
    result = extract(html, "https://x.test/?id=5838515")
    assert not result.is_course and result.reason == "news", result.reason
    one_quote = html.replace("<p>– Lederne får nye måter å tenke på, sier rektor Kari Nordmann.</p>", "")
    assert extract(one_quote, "https://x.test/?id=5838515").reason != "news"   # one testimonial is no report


def test_a_crawled_page_s_whole_text_gives_only_its_gatherings_as_teaching_form():
    raw = {"title": "Master i helseledelse", "credits": "90 studiepoeng", "delivery": "",
           "description": "Studiet har fire samlinger. Biblioteket på campus er åpent daglig, og alt finnes online."}
    crawled = build_record({**raw, "id": "x"}, source="crawl")
    assert crawled["delivery"] == ["samling"]
    assert {"campus", "nett"} <= set(build_record({**raw, "id": "x"}, source="seed")["delivery"])


def test_a_page_on_a_fagskole_s_own_site_that_names_no_kind_is_a_fagskole_education():
    html = ("<h1>Aktiv omsorg for eldre</h1><p>Denne siden gjelder opptakskravene til studiet.</p>"
            "<h2>Opptakskrav</h2><p>Fagbrev i helsearbeiderfaget.</p><p>Søknadsfrist 15. april.</p>")
    record = _record(html, url="https://www.fagskolen-eksempel.no/for-sokere/opptakskrav/aktiv-omsorg-for-eldre")
    assert (record["level"], record["kind"]) == ("fagskole", "single_course")
    assert _record(html, url="https://www.eksempel.no/for-sokere/opptakskrav/aktiv-omsorg-for-eldre")["level"] is None


def test_fagskolen_diakonova_owns_its_own_domain():
    """A crawl (and qa.extraction) builds a record for the provider that owns the page's host."""
    from crawler.pipeline.record import host_owner
    assert host_owner("https://www.fagskolendiakonova.no/for-sokere/opptakskrav/x")["id"] == "fagskolen-diakonova"


# -- regressions found by the review of this session's rules ------------------------------------

@pytest.mark.parametrize("sentence, credits", [
    ("Programmet gir 90 studiepoeng.", "90 studiepoeng"),          # "pr" of "Programmet" is not "pr." (per)
    ("The programme is 60 ECTS credits.", "60 ECTS credits"),
])
def test_a_programme_s_own_credits_are_not_taken_for_per_unit_credits(sentence, credits):
    from crawler import prose
    from crawler.blocks import Line
    fact = prose.credits([Line(sentence, "text")])
    assert fact is not None and fact.raw == credits


def test_a_sentence_about_no_feedback_is_no_price():
    from crawler import prose
    from crawler.blocks import Line
    assert prose.price([Line("You will get no feedback on the drafts.", "text")]) is None


@pytest.mark.parametrize("text, quote", [
    ("– Vi legger til rette for fleksibel læring.", False),
    ("- Du som mener ledelse er viktig", False),
    ("– Lederne får nye måter å tenke på, sier rektor Kari Nordmann.", True),
])
def test_only_an_attributed_statement_is_a_quote(text, quote):
    from crawler.recognise import _QUOTED
    assert bool(_QUOTED.search(text)) is quote


@pytest.mark.parametrize("title, strong", [
    ("Program for toppledergrupper", True), ("Program for dagen", False), ("Programme of the conference", False),
])
def test_a_bare_programme_title_names_a_study_only_as_a_programme_for_someone(title, strong):
    from crawler.recognise import _STRONG_TITLE
    assert bool(_STRONG_TITLE.search(title)) is strong


@pytest.mark.parametrize("url", [
    "https://x.test/studier/eksamen/hvordan-klage-pa-karakter",
    "https://x.test/studier/opptak/sjekkliste-for-nye-studenter/",
    "https://x.test/studenter/eksamen/kontinuasjonseksamen-host/",
])
def test_a_topic_under_an_exam_or_admission_part_is_no_study_s_sub_page(url):
    from crawler.recognise import address_sub_page
    assert address_sub_page(url) is False


def test_sessions_counted_for_the_no_credits_rule_are_plural_gatherings():
    from crawler.prose import COUNTED_SESSIONS
    assert COUNTED_SESSIONS.search("Programmet har tre workshops.")
    assert not COUNTED_SESSIONS.search("Sign up to the sessions below.")
    assert not COUNTED_SESSIONS.search("Vi har en innsamling til Røde Kors.")


@pytest.mark.parametrize("url, one_course", [
    ("https://x.test/studier/emner/medisin/helseadm/HADM4101/index.html", True),
    ("https://x.test/studier/studieprogram/emne/37/mss530", True),
    ("https://x.test/nb/kurs/BMP-2900/2018-host", True),
    ("https://x.test/subject/?code=MHV264_1&path=en", True),
    ("https://x.test/studier/emner/", False),                  # the catalogue itself
    ("https://x.test/2022/12/04/valgaret-2023/", False),       # a slug and a year, under no catalogue
    ("https://x.test/kurs/ledelse-2024/", False),              # a slug and a year is no course code
    ("https://x.test/kurs/hms2024/", False),
    ("https://x.test/emner/EXECUTIVE662", True),                 # a code of nine letters
    ("https://x.test/emner/HELSELEDER101", True),                 # and of ten
])
def test_a_course_code_under_the_catalogue_s_part_is_one_course_s_description(url, one_course):
    from crawler.recognise import course_address
    assert course_address(url) is one_course


def test_a_course_description_known_by_its_code_in_the_address_or_title_is_a_single_course():
    """A course description with its learning outcomes and nothing else: a course page when the
    address or the title gives its course code, a single course (an "emne") by its address."""
    html = ("<h1>Patient safety - theory and practice</h1><p>This description applies to the 2020/2021 programme.</p>"
            "<h2>Learning outcome</h2><p>Students know today's patient safety practice in health care.</p>")
    result = extract(html, "https://x.test/subject/?code=MHV264_1&path=en")
    assert result.is_course and "course description's address" in result.reason, result.reason
    assert not extract(html, "https://x.test/patient-safety/").is_course
    record = _record(html, "https://x.test/subject/?code=MHV264_1&path=en")
    assert (record["kind"], record["credits_max"]) == ("single_course", None)   # "today's" is no length in days
    coded = html.replace("<h1>Patient safety", "<h1>MHV264 Patient safety")
    assert extract(coded, "https://x.test/patient-safety/").is_course


@pytest.mark.parametrize("text, days", [
    ("Kurset går over to dager.", True), ("Et 2-dagers kurs", True), ("two-day course", True),
    ("Dei to første dagane", True), ("of today's patient safety practice", False), ("Together we learn", False),
    ("Kurset varer 14 dager", True), ("10 days in Oslo", True),
    # a time limit in days is no length
    ("Within 30 days of being told you have a place", False), ("Meld deg av senest 14 dager før start", False),
    # hours, a whole day and clock hours without "kl." are a course's length too; a date range is not
    ("Kurset tar ca. 5-7 timer", True), ("Det varer en hel dag.", True), ("Kl. 0900 - 1530", True),
    ("24.11.: 10.00-17.00", True), ("Kurset går over én hel dag", True), ("Heldag med øvelser", True),
    ("Pris: kr 1500 - 1800", False), ("Kursavgift 1000–1200 kroner", False), ("Kunst fra 1800-1900-tallet", False),
    ("Postboks 1000-1100", False), ("Vi svarer deg i løpet av 24 timer", False), ("Åpent 24 timer i døgnet", False),
    ("Fra 1.12 - 3.12", False), ("Prosjektet gikk 2014-2016", False),
])
def test_a_length_in_days_needs_a_number_of_its_own(text, days):
    from crawler.prose import course_length
    assert course_length(text) is days


def test_a_heading_written_as_a_text_line_ends_the_admission_part_for_the_offer_s_credits():
    """Credits in the admission part are what an applicant must have; "Programme structure", a
    text line under it, starts the study's own description and its total."""
    html = ("<h1>MASTNOR</h1><h2>Admission requirements</h2>"
            "<p>You need a bachelor's degree of at least three years (180 ECTS credits).</p>"
            "<p>At least 80 ECTS credits must be in Nordic languages.</p>"
            "<p>Programme structure</p><p>The programme is 120 ECTS credits and is made up as follows:</p>")
    assert (_record(html)["credits_min"], _record(html)["credits_max"]) == (120.0, 120.0)
    buried = html.replace("<p>Programme structure</p>", "")
    from bs4 import BeautifulSoup
    from crawler import blocks, facts, prose
    lines = blocks.page_lines(BeautifulSoup(buried, "lxml"), known_label=facts.is_label)
    assert prose.credits(lines) is None


def test_admission_criteria_is_an_admission_label():
    from crawler.facts import label_keys
    assert label_keys("Admission Criteria") == ("admission",)


def test_a_plan_of_numbered_gatherings_makes_a_programme_page_and_gives_its_start_and_places():
    """A programme without credits that lists its gatherings ("Samling 1" / "13. – 14. november 2023,
    Lillehammer"): a course page; the first gathering gives the start, the places after the dates
    the places. The same page without the plan is one point short."""
    head = ("<h1>For nye ordførere i Innlandet 2023 – 2027</h1>"
            "<p>Programmet gir nye ordførere faglig påfyll og et nettverk.</p>")
    plan = ("<p>Samling 1</p><p>13. – 14. november 2023, Lillehammer</p><p>Om rollen som politisk leder.</p>"
            "<p>Samling 2</p><p>6. – 7. juni 2024, Hamar</p><p>Erfaringer så langt.</p>")
    url = "https://x.test/regioner/ordforerprogram-2023-2027/"
    result = extract(head + plan, url)
    assert result.is_course and "numbered gatherings" in result.reason, result.reason
    record = _record(head + plan, url)
    assert record["start_term"] == "2023-host"
    assert sorted(loc["kommune_nr"] for loc in record["locations"]) == ["3403", "3405"]
    assert not extract(head, url).is_course


def test_a_leadership_school_that_is_the_subject_of_its_page_is_an_offer_without_credits():
    html = ("<h1>Lederskolen</h1><p>Kommunen har tro på god ledelse.</p>"
            "<p>Lederskolen gir alle ledere faglig påfyll og rom for refleksjon.</p>"
            "<p>Lederskolen følger kommunens utviklingsmodell, og temaene på samlingene tilpasses den.</p>")
    url = "https://x.test/om-kommunen/lederskolen/"
    record = _record(html, url)
    assert (record["kind"], record["credits_max"]) == ("non_credit", 0.0)
    assert not extract(html.replace("Lederskolen gir", "Den gir").replace("Lederskolen følger", "Den følger"),
                       url).is_course


def test_a_subtitle_that_names_a_study_counts_as_the_title_naming_it():
    """"Barnevernledelse" says no kind of study; the line under it, "Nasjonal videreutdanning for
    ledere i barnevernet", does, as a title would."""
    body = ("<p>Studiet skal gjøre ledere i barnevernet til sterkere ledere.</p>"
            "<p>Studiet bygger lederkompetanse ut fra barnevernets mandat.</p>")
    url = "https://x.test/videre/barnevernledelse"
    result = extract("<h1>Barnevernledelse</h1><p>Nasjonal videreutdanning for ledere i barnevernet</p>" + body, url)
    assert result.is_course and "title names a study" in result.reason, result.reason
    assert not extract("<h1>Barnevernledelse</h1><p>Nasjonal satsing for ledere i barnevernet</p>" + body, url).is_course
    news_lead = "<h1>Barnevernledelse</h1><p>Ny rapport om lederutdanning for ledere i barnevernet</p>"
    assert "title names a study" not in extract(news_lead + body, url).reason


@pytest.mark.parametrize("heading, keys", [
    ("Entry requirements and selection of participants", ("admission",)),
    ("Duration and organisation of training", ("duration", "delivery")),
    ("Tuition and fees", ("price",)),
    ("Deltid , Samlingsbasert , Betalingsstudium", None),       # a list of values, not a heading
    ("Krav og forventninger til lederrollen", None),            # content headings that begin with a label word
    ("Pris og kvalitet henger sammen", None),
])
def test_a_heading_of_labels_joined_by_and_is_about_their_fields(heading, keys):
    from crawler.facts import label_keys
    assert label_keys(heading) == keys


def test_numbered_agenda_items_and_year_codes_are_no_gatherings_or_course_codes():
    from crawler import prose
    from crawler.blocks import Line
    from crawler.recognise import _CODE
    agenda = [Line(t, "text") for t in ("Session 1: 09.00 Åpning", "Session 2: 10.30 Ledelse", "Session 3: 13.00 Slutt")]
    assert prose.numbered_gatherings(agenda) == []
    plan = [Line(t, "text") for t in ("Samling 10: 3. mars 2024, Bergen", "Samling 11: 4. april 2024, Oslo")]
    assert [n for n, _ in prose.numbered_gatherings(plan)] == [10, 11]
    assert not _CODE.match("HMS-2025 Årskonferanse") and _CODE.match("MSS530 Pasientsikkerhet")


def test_credits_in_the_title_and_a_fagskole_education_named_in_a_sentence():
    """"Modul 5 – Juss for ledere (7,5 sp)" states its credits in the title only; "Med denne
    fagskoleutdanningen …" names the kind, so the level is fagskole, not bachelor."""
    module = ("<h1>Modul 5 – Juss for ledere i helse- og omsorgstjenesten (7,5 sp)</h1><h2>Læringsutbytte</h2>"
              "<p>Kandidaten kjenner de viktigste lovene.</p><h2>Innhold</h2><p>Lovoversikt og rettskilder.</p>")
    record = _record(module, "https://x.test/modul-5/")
    assert (record["credits_min"], record["credits_max"]) == (7.5, 7.5)
    assert record["evidence"]["credits"]["how"] == "title"
    fagskole = ("<h1>Psykisk helsearbeid</h1><p>Med denne fagskoleutdanningen blir du spesialist på psykisk helse.</p>"
                "<dl><dt>Studiepoeng</dt><dd>60</dd></dl><h2>Emner</h2><p>Emnet gir deg grunnlaget.</p>")
    assert _record(fagskole, "https://x.test/velg-ditt-studium/psykisk-helsearbeid")["level"] == "fagskole"


def test_a_one_year_programme_with_daily_class_hours_is_no_course_without_credits():
    from crawler.no_credits import days_without_credits
    from crawler.blocks import Line
    lines = [Line("Autumn 2024 (1. semester)", "heading", level=2),
             Line("Classes are normally held 09.15 - 14.00.", "text")]
    assert days_without_credits("English", lines) is None
    assert days_without_credits("English", lines[1:]) is not None


def test_a_title_ending_with_its_code_names_a_course_and_a_course_s_own_about_page_is_no_general_page():
    from crawler.recognise import _NOT_STUDY_TITLE, _ADMISSION_TO, titled_by_code
    assert titled_by_code("Health science (HEL5006)") and not titled_by_code("Strategi (KS2030)")
    assert not _NOT_STUDY_TITLE.match("Om kurset") and _NOT_STUDY_TITLE.match("Om skolen")
    assert not _NOT_STUDY_TITLE.match("About the course") and _NOT_STUDY_TITLE.match("About us")
    assert not _ADMISSION_TO.match("Opptak til enkeltemne") and _ADMISSION_TO.match("Opptak til PPU")


@pytest.mark.parametrize("title, event", [
    ("Regional brukerkonferanse 2024", True), ("Styreseminar 27. - 28. oktober 2021", True),
    ("Fagdag om lindrende behandling", True), ("Seminarrekke i ledelse", False),
    ("Program for skandinavisk lederkonferanse 2024", False),     # names a programme: left to the agenda rule
])
def test_a_title_that_names_a_conference_or_seminar_is_an_event(title, event):
    html = (f"<h1>{title}</h1><h2>Målgruppe</h2><p>Ledere og brukerrepresentanter.</p><h2>Påmelding</h2>"
            "<p>Påmeldingsfrist 1. mars 2024.</p><h2>Sted</h2><p>Bodø</p><p>Oppstart 10. april 2024.</p>")
    reason = extract(html, "https://x.test/arrangement/").reason
    assert ("an event" in reason) is event, reason


def test_review_cases_for_title_credits_fagskole_words_events_and_single_course_admission():
    from crawler.prose import kind, title_credits
    from crawler.blocks import Line
    from crawler.recognise import _EVENT_TITLE, _ADMISSION_TO
    assert title_credits("Ledelse i helse – tre moduler à 10 sp") is None      # a part's credits
    assert title_credits("Modul 5 – Juss for ledere (7,5 sp)") == "7,5 sp"
    # a target group with a fagskole education is no fagskole education
    assert kind([Line("Studiet passer for deg med fagskoleutdanning i helse.", "text")]) is None
    assert "fagskoleutdanningen" in kind([Line("Med denne fagskoleutdanningen blir du spesialist.", "text")]).raw
    assert not _EVENT_TITLE.search("Webinar-serie: ledelse i praksis") and _EVENT_TITLE.search("Fagdagar i Førde")
    assert _ADMISSION_TO.match("Opptak til enkeltemne i helserett") and not _ADMISSION_TO.match("Opptak til enkeltemne")
    # credits in the title come before the rule for courses without credits
    html = ("<h1>Modul 5 – Juss for ledere (7,5 sp)</h1><p>Kurset går over en hel dag.</p>"
            "<h2>Læringsutbytte</h2><p>Kandidaten kjenner lovene.</p><h2>Innhold</h2><p>Lovoversikt.</p>")
    assert _record(html, "https://x.test/modul-5/")["kind"] == "single_course"


@pytest.mark.parametrize("title, strong", [
    ("Lederutviklingsprogram Leadership for Change", True), ("Forbedringsutdanning for leger", True),
    ("Topplederprogrammet 2024", True), ("Utviklingsprogram", False), ("Lederprogram: slik søker du", False),
    ("Et nytt lederprogram er lansert", False),
])
def test_a_compound_programme_or_education_word_that_names_the_offer_is_a_study_title(title, strong):
    html = (f"<h1>{title}</h1><p>Programmet er for ledere i helse og omsorg.</p>"
            "<p>Det har fire samlinger i løpet av året.</p>")
    reason = extract(html, "https://x.test/lederutvikling/").reason
    assert ("title names a study" in reason) is strong, reason


def test_a_fagskole_s_part_of_an_address_makes_its_modules_fagskole_educations():
    from crawler.extract import _fagskole_address
    assert _fagskole_address("https://x.test/kompetanseheving/fagskolen/utdanninger/")
    assert _fagskole_address("http://x.test/FOKUSOMRAADER/FAGSKOLE/Psykisk_helse")
    assert not _fagskole_address("https://x.test/studier/fagskoleutdanning-eller-bachelor/")
    html = ("<h1>Praksisnær veiledning 10 stp.</h1><p>Modulen gir deg verktøy for veiledning.</p>"
            "<h2>Læringsutbytte</h2><p>Du kan veilede kolleger.</p><h2>Innhold</h2><p>Veiledning i praksis.</p>")
    assert _record(html, "https://x.test/kompetanseheving/fagskolen/veiledning/")["level"] == "fagskole"
    assert _record(html, "https://x.test/kompetanseheving/veiledning/")["level"] == "bachelor"


def test_an_empty_label_over_another_label_has_no_value_and_an_unreadable_kind_gives_way_to_the_address():
    """"Level of study:" over "Teaching language:" (both empty on the page) gives no kind; "Course
    type: Three semesters" is no kind either, so the course code in the address names it (and the
    three semesters stay the length)."""
    html = ("<h1>MAN 5133 National Management training for pre-school administrators</h1>"
            "<p>Course code:</p><p>MAN 5133</p><p>Level of study:</p><p>Teaching language:</p>"
            "<p>Course type:</p><p>Three semesters</p>"
            "<p>The programme is for heads of kindergartens who want the national education.</p>"
            "<h2>Learning outcomes</h2><p>Candidates know how kindergartens are led.</p>")
    record = _record(html, "https://x.test/nb/course/MAN-5133/2024-autumn")
    assert (record["kind"], record["level"]) == ("single_course", "master")
    assert "Teaching language" not in (record["raw"].get("kind") or "")
    assert record["duration_semesters"] == 3


def test_a_title_that_begins_with_one_degree_s_name_is_enough_with_a_line_about_the_study():
    """"Master in Public Administration (MPA)" over a few sentences about the programme: a degree's page,
    though it states no fact under a label; a title that only mentions masters is not."""
    body = ("<p>The programme trains students to study public bodies and their policies.</p>"
            "<p>It is meant for international students with a grant.</p>")
    page = "<html><head><title>{t}</title></head><body><main><h1>{t}</h1>{b}</main></body></html>"
    degree = extract(page.format(t="Master in Public Administration (MPA)", b=body), "https://example.org/mpa")
    assert degree.is_course and "a degree" in degree.reason
    other = extract(page.format(t="Masterstudents visit the city council", b=body), "https://example.org/visit")
    assert not other.is_course


@pytest.mark.parametrize("subject", ["Kursene", "Nettkurset", "E-læringskurset", "Kursa"])
def test_courses_named_in_the_plural_or_as_a_compound_are_the_subject_of_the_page(subject):
    """"Kursene er nettbaserte …", "Nettkurset går over …": sentences about the offer, as "Kurset …" is."""
    from crawler.recognise import _THE_OFFER
    assert len(_THE_OFFER.findall(f"{subject} er nettbaserte. {subject} går over ti uker.")) == 2
    assert not _THE_OFFER.findall("Vi har mange kurs. Kurs og konferanser finner du her.")
