"""Extraction from course pages of several layouts, in bokmål, nynorsk and English."""

from __future__ import annotations

from crawler.extract import extract
from crawler.records import build_record

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

TABLE_EN = """<html lang="en"><head><title>Health Management</title></head><body>
<h1>Health Management, 30 ECTS</h1><table><tr><th>Credits</th><td>30 ECTS</td></tr>
<tr><th>Campus</th><td>Tromsø</td></tr><tr><th>Study mode</th><td>Part-time</td></tr>
<tr><th>Tuition fee</th><td>NOK 45 000</td></tr></table>
<p>The programme is for leaders in municipal health and care services who want to strengthen their leadership.</p>
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
    assert o["locations"] == "Drammen" and o["part_time"] == "deltid"
    assert o["provider"] == "Universitetet i Sørøst-Norge" and o["language"] == "nb"
    assert "https://www.usn.test/studier/" in r.links
    record = build_record({**o, "id": "usn-helseledelse"})
    assert (record["credits_min"], record["credits_max"]) == (15, 15)
    assert record["provider_id"] == "usn" and record["locations"][0]["kommune"] == "Drammen"
    assert record["part_time"] is True and "samling" in record["delivery"]
    assert record["price_nok"] == 0


def test_definition_list_in_nynorsk():
    r = extract(DL_NN, "https://www.hvl.test/studier/leiing")
    assert r.is_course and r.offer["method"] == "factbox" and r.offer["language"] == "nn"
    o = r.offer
    assert (o["credits"], o["locations"], o["part_time"]) == ("30", "Førde", "Deltid")
    assert o["delivery"] == "Fire samlingar à tre dagar"
    record = build_record({**o, "id": "hvl-leiing"})
    assert record["provider_id"] == "hvl" and record["locations"][0]["kommune"] == "Sunnfjord"
    assert record["admission_education"] == "bachelor" and record["admission_experience_years"] == 2
    assert (record["sessions_count"], record["session_days"]) == (4, 12)
    assert "ledelse" in record["topics"]


def test_table_in_english():
    r = extract(TABLE_EN, "https://uit.test/health-management")
    o = r.offer
    assert r.is_course and o["credits"] == "30 ECTS" and o["locations"] == "Tromsø"
    assert o["price"] == "NOK 45 000" and o["part_time"] == "Part-time"
    record = build_record({**o, "id": "uit-hm"})
    assert record["credits_max"] == 30 and record["part_time"] is True and record["price_nok"] == 45000


def test_label_lines():
    r = extract(LINES_NB, "https://inn.test/okonomi")
    o = r.offer
    assert r.is_course and (o["credits"], o["locations"], o["price"]) == ("7,5", "Lillehammer", "kr 12 500")
    assert o["target_group"].startswith("Ledere i kommunale")
    assert "Budsjett" in o["description"]


def test_a_listing_is_used_for_links_not_stored():
    r = extract(LISTING, "https://hvl.test/evu/")
    assert not r.is_course and r.offer is None
    assert r.links == ["https://hvl.test/evu/helseledelse", "https://hvl.test/evu/okonomi?page=2"]


def test_broken_and_odd_input_never_raises():
    for html in ["", "<html><h1>Ufullstendig<dl><dt>Studiepoeng<dd>15", "\x00\x01" * 1000, "<" * 100_000,
                 "<script type='application/ld+json'>[[[{</script>"]:
        r = extract(html, "https://x.test/")
        assert isinstance(r.links, list)
    r = extract("<html><h1>Ufullstendig<dl><dt>Studiepoeng<dd>15</dl>", "https://x.test/")
    assert r.is_course and r.offer["credits"] == "15"


def test_extract_command_on_a_saved_page(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    page = tmp_path / "side.html"
    page.write_bytes(DL_NN.replace("<html", '<html><head><meta charset="iso-8859-1"></head><html', 1)
                     .encode("iso-8859-1"))
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "extract", str(page), "--json",
                          "--url", "https://www.hvl.test/leiing"], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert body["is_course"] and body["record"]["locations"][0]["kommune"] == "Sunnfjord"  # "Førde" decoded
