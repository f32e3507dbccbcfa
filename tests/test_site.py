"""The HTML site through Flask's test client, on the hand-made catalogue."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest


def page(client, url, status=200):
    resp = client.get(url)
    assert resp.status_code == status, (url, resp.status_code, resp.get_data(as_text=True)[:2000])
    assert resp.mimetype == "text/html"
    return resp, lxml.html.fromstring(resp.get_data(as_text=True))


def params(href: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(href).query, keep_blank_values=True)


def text(el) -> str:
    return " ".join(el.text_content().split())


def count_text(doc) -> str:
    return text(doc.get_element_by_id("antall"))


def api_total(client, query: str) -> int:
    """The number of hits the JSON twin reports for the same URL parameters."""
    return client.get(f"/api/search?{query}").get_json()["total"]


def assert_basic_page(doc):
    assert doc.get("lang") == "nb"
    assert len(doc.xpath("//h1")) == 1
    for landmark in ("header", "nav", "main", "footer"):
        assert doc.xpath(f"//{landmark}"), landmark
    skip = doc.xpath("//a[contains(@class,'skip-link')]")[0]
    assert skip.get("href") == "#hovedinnhold" and doc.get_element_by_id("hovedinnhold") is not None
    # Every visible form control has a label.
    for control in doc.xpath("//input[not(@type='hidden')] | //select | //textarea"):
        cid = control.get("id")
        assert cid and doc.xpath(f"//label[@for='{cid}']"), lxml.html.tostring(control)
    # CSP: no inline script, no inline style, no event-handler attributes.
    for script in doc.xpath("//script"):
        assert script.get("src"), "inline <script>"
    assert not doc.xpath("//*[@style]")
    assert not doc.xpath("//style")
    for el in doc.iter():
        if isinstance(el.tag, str):
            assert not [a for a in el.attrib if a.lower().startswith("on")], lxml.html.tostring(el)[:200]


def test_front_page(client):
    resp, doc = page(client, "/")
    assert_basic_page(doc)
    label = doc.xpath("//label[@for='q']")[0]
    assert text(label) == "Søk i kurskatalogen"
    box = doc.get_element_by_id("q")
    assert box.get("name") == "q"
    form = box.getparent().getparent()
    assert form.tag == "form" and form.get("method") == "get"
    assert "10 tilbud" in count_text(doc)
    # facets with counts and Norwegian labels
    assert doc.xpath("//details[@id='facet-level']//summary")[0].text.strip() == "Nivå"
    levels = {text(a.xpath(".//span[@class='facet-label']")[0]): text(a.xpath(".//span[@class='facet-count']")[0])
              for a in doc.xpath("//details[@id='facet-level']//a")}
    assert levels == {"Bachelornivå": "4 tilbud", "Masternivå": "4 tilbud", "Uten studiepoeng": "1 tilbud",
                      "Ukjent": "1 tilbud"}
    providers = [text(s) for s in doc.xpath("//details[@id='facet-provider']//span[@class='facet-label']")]
    assert providers[0] == "Høgskulen på Vestlandet"
    assert "OsloMet – storbyuniversitetet" in providers
    topics = [text(s) for s in doc.xpath("//details[@id='facet-topic']//span[@class='facet-label']")]
    assert topics[0] == "Ledelse og personalarbeid"
    assert doc.xpath("//a[@href='/api/search']")


def test_results_for_query(client):
    resp, doc = page(client, "/?q=ledelse")
    assert_basic_page(doc)
    assert doc.get_element_by_id("q").get("value") == "ledelse"
    total = api_total(client, "q=ledelse")
    assert total >= 5
    assert count_text(doc).startswith(f"{total} tilbud for «ledelse»")
    titles = [text(a) for a in doc.xpath("//li[@class='result']//h2/a")]
    assert len(titles) == total
    assert "Helseledelse" in titles
    hrefs = doc.xpath("//li[@class='result']//h2/a/@href")
    assert "/kurs/hvl-helseledelse?q=ledelse" in hrefs   # the course page keeps the search
    # highlighted snippet segments
    marks = [m.text for m in doc.xpath("//p[@class='snippet']/mark")]
    # "ledelse" and "ledere" are one stem (index/analysis/data/stem_groups.tsv), so both are marked
    assert marks and all(m.lower().startswith(("ledelse", "leder")) for m in marks)
    assert any(m.lower() == "ledelse" for m in marks)
    # formats: credits, ranges, non-credit
    body = resp.get_data(as_text=True)
    assert "15–30 stp" in body
    assert "Uten studiepoeng" in body
    # the gone offer is shown with a badge, not hidden
    gone = doc.xpath("//li[@class='result'][.//a[starts-with(@href,'/kurs/gone-kurs?')]]")[0]
    assert "Ikke lenger tilbudt" in text(gone)
    # JSON twin and CSV keep the state
    assert doc.xpath("//a[@href='/api/search?q=ledelse']")
    assert doc.xpath("//a[@href='/api/search.csv?q=ledelse'][normalize-space()='Last ned CSV']")


def test_result_details(client):
    resp, doc = page(client, "/?q=MBA")
    item = doc.xpath("//li[@class='result']")[0]
    t = text(item)
    for part in ("MBA i helseledelse", "Nord universitet", "90 stp", "Masternivå", "Grad", "Deltid",
                 "Samlinger", "Bodø", "Endringsledelse og innovasjon"):
        assert part in t, part


def test_filter_chip_and_remove_link(client):
    resp, doc = page(client, "/?q=ledelse&part_time=true&level=master")
    chips = doc.xpath("//ul[@class='chip-list']//a[@class='chip']")
    labels = [c.get("aria-label") for c in chips]
    assert "Fjern filter: Deltid" in labels
    assert "Fjern filter: Masternivå" in labels
    chip = chips[labels.index("Fjern filter: Deltid")]
    assert sorted(params(chip.get("href"))) == sorted([("q", "ledelse"), ("level", "master")])
    # following it drops exactly that value
    _, after = page(client, chip.get("href"))
    assert [c.get("aria-label") for c in after.xpath("//a[@class='chip']")] == ["Fjern filter: Masternivå"]
    # the search form carries the filters as hidden inputs (a new query keeps them)
    hidden = {(i.get("name"), i.get("value")) for i in doc.xpath("//form[@id='sok']//input[@type='hidden']")}
    assert hidden == {("part_time", "true"), ("level", "master")}


def test_facet_links_carry_state(client):
    resp, doc = page(client, "/?q=ledelse&part_time=true&sort=title&credits_min=10")
    link = doc.xpath("//details[@id='facet-level']//a[@data-value='master']")[0]
    p = params(link.get("href"))
    assert ("q", "ledelse") in p and ("part_time", "true") in p and ("sort", "title") in p
    assert ("credits_min", "10") in p and ("level", "master") in p
    assert not any(k == "page" for k, _ in p)
    # multi-select: a second value of the same facet is added, not replaced
    _, doc2 = page(client, link.get("href"))
    bachelor = doc2.xpath("//details[@id='facet-level']//a[@data-value='bachelor']")[0]
    assert {v for k, v in params(bachelor.get("href")) if k == "level"} == {"master", "bachelor"}
    selected = doc2.xpath("//details[@id='facet-level']//a[@data-value='master']")[0]
    assert selected.get("aria-current") == "true" and "Valgt:" in text(selected)
    assert doc2.xpath("//details[@id='facet-level']")[0].get("open") is not None
    # the selected value's link removes it
    assert ("level", "master") not in params(selected.get("href"))
    # credits range inputs keep their values, and the count changes
    assert doc2.get_element_by_id("credits_min").get("value") == "10"
    assert "Studiepoeng: fra 10" in text(doc2.xpath("//ul[@class='chip-list']")[0])


def test_count_changes_with_filter(client):
    _, doc = page(client, "/?q=ledelse")
    _, filtered = page(client, "/?q=ledelse&level=master")
    total, masters = api_total(client, "q=ledelse"), api_total(client, "q=ledelse&level=master")
    assert 0 < masters < total
    assert count_text(doc).startswith(f"{total} tilbud")
    assert count_text(filtered).startswith(f"{masters} tilbud")


def test_sort_select_and_paging(client):
    resp, doc = page(client, "/?per_page=3&page=2&sort=title")
    assert_basic_page(doc)
    options = {o.get("value"): text(o) for o in doc.xpath("//select[@id='sort']/option")}
    assert options["credits"] == "Studiepoeng, stigende" and options["-credits"] == "Studiepoeng, synkende"
    assert doc.xpath("//select[@id='sort']/option[@selected]")[0].get("value") == "title"
    prev = doc.xpath("//nav[@class='pager']//a[@rel='prev']")[0]
    nxt = doc.xpath("//nav[@class='pager']//a[@rel='next']")[0]
    assert ("page", "3") in params(nxt.get("href")) and ("per_page", "3") in params(nxt.get("href"))
    assert not any(k == "page" for k, _ in params(prev.get("href")))
    assert doc.xpath("//nav[@class='pager']//a[@aria-current='page']")[0].text_content().strip().endswith("2")
    assert doc.xpath("//link[@rel='next']") and doc.xpath("//link[@rel='prev']")
    assert "4–6" in count_text(doc)


def test_no_results_and_suggestion(client):
    resp, doc = page(client, "/?q=zzzqqqxx")
    assert count_text(doc).startswith("0 tilbud")
    assert "Ingen treff" in text(doc.xpath("//main")[0])
    # a typo that finds nothing is searched as the nearest catalogue word, and the page says so
    resp, doc = page(client, "/?q=helseledlse")
    notice = text(doc.xpath("//p[@class='suggestion']")[0])
    assert "Viser treff for «helseledelse» i stedet for «helseledlse»" in notice
    assert doc.xpath("//li[@class='result']")


def test_course_page(client):
    resp, doc = page(client, "/kurs/nki-lederskolen")
    assert_basic_page(doc)
    assert text(doc.xpath("//h1")[0]) == "Lederskolen for offentlig sektor"
    facts = {text(d.xpath("dt")[0]): text(d.xpath("dd")[0]) for d in doc.xpath("//div[@class='fact']")}
    for label in ("Tilbyder", "Studiepoeng", "Nivå", "Type", "Opptakskrav", "Deltid", "Undervisningsform",
                  "Samlinger", "Sted", "Målgruppe", "Tema", "Opptak", "Pris",
                  "Først sett", "Sist sjekket", "Sist endret"):
        assert label in facts, label
    assert facts["Pris"] == "kr 12 900"
    assert facts["Studiepoeng"] == "Uten studiepoeng"
    assert facts["Type"] == "Kurs uten studiepoeng"
    assert facts["Undervisningsform"] == "Nettbasert"
    assert facts["Opptakskrav"].startswith("Bachelorgrad") and "2 års relevant yrkeserfaring" in facts["Opptakskrav"]
    assert facts["Først sett"] == "01.01.2026"
    assert facts["Sist sjekket"] == "01.11.2026"
    assert facts["Sist endret"] == "01.01.2026"
    src = doc.xpath("//a[@class='source-link']")[0]
    assert src.get("href") == "https://example.test/nki-lederskolen"
    assert set(src.get("rel").split()) == {"nofollow", "noopener"}
    assert doc.xpath("//a[@href='/api/courses/nki-lederskolen']")


def test_course_page_locations_and_price_unknown(client):
    _, doc = page(client, "/kurs/hvl-helseledelse")
    facts = {text(d.xpath("dt")[0]): text(d.xpath("dd")[0]) for d in doc.xpath("//div[@class='fact']")}
    assert facts["Sted"] == "Bergen (Vestland)"
    assert facts["Pris"] == "Ikke oppgitt"
    assert facts["Studiepoeng"] == "15 stp"
    assert facts["Nivå"] == "Masternivå"
    assert facts["Tema"] == "Ledelse og personalarbeid"
    assert facts["Opptak"] == "Åpent for alle"
    assert not doc.xpath("//div[contains(@class,'notice')]")


def test_gone_course_has_notice(client):
    _, doc = page(client, "/kurs/gone-kurs")
    notice = doc.xpath("//div[contains(@class,'notice')]")
    assert notice
    assert "Dette tilbudet ble ikke funnet ved siste sjekk (sist sett 01.11.2026)" in text(notice[0])


def test_unknown_course_is_404_page(client):
    resp, doc = page(client, "/kurs/finnes-ikke", status=404)
    assert_basic_page(doc)
    assert text(doc.xpath("//h1")[0]) == "Siden finnes ikke"
    resp, doc = page(client, "/ingen/slik/side", status=404)
    assert text(doc.xpath("//h1")[0]) == "Siden finnes ikke"


def test_about_page(client):
    resp, doc = page(client, "/om")
    assert_basic_page(doc)
    body = text(doc.xpath("//main")[0])
    for part in ("AFI", "KS", "Helsedirektoratet", "tannhelse", "slått seg sammen", "10 tilbud",
                 "Ikke lenger tilbudt"):
        assert part in body, part
    assert doc.xpath("//a[@href='/api/meta']")


def test_xss_record_is_escaped(client):
    for url in ("/?q=alert", "/?provider=hvl", "/kurs/xss"):
        resp = client.get(url)
        html = resp.get_data(as_text=True)
        assert resp.status_code == 200
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert '"onmouseover' not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    _, doc = page(client, "/kurs/xss")
    assert text(doc.xpath("//h1")[0]).startswith("<script>alert(1)</script>")
    assert not doc.xpath("//img")
    assert [s.get("src") for s in doc.xpath("//script")] == ["/static/app.js"]


def test_security_headers_on_html(client):
    for url in ("/", "/?q=ledelse", "/kurs/hvl-helseledelse", "/om", "/finnes-ikke"):
        resp = client.get(url)
        csp = resp.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert resp.headers.get("X-Content-Type-Options") == "nosniff"
        assert resp.headers.get("X-Frame-Options") == "DENY"


@pytest.mark.parametrize("query", [
    {"q": "AND((("},
    {"q": "AND (((  OR ))) NOT \"\""},
    {"q": "x" * 10_000},
    {"q": "ledelse\x00\x01"},
    {"q": "\x00"},
    {"q": "*?~^:[]{}"},
    {"credits_min": "abc"},
    {"credits_min": "30", "credits_max": "10"},
    {"page": "-1"},
    {"page": "99999999"},
    {"per_page": "0"},
    {"sort": "<script>"},
    {"level": "<script>alert(1)</script>"},
    {"kommune": "abc"},
])
def test_odd_queries_never_500(client, query):
    resp = client.get("/", query_string=query, follow_redirects=True)
    assert resp.status_code in (200, 400), resp.status_code
    html = resp.get_data(as_text=True)
    assert "<script>alert" not in html and "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")
    doc = lxml.html.fromstring(html)
    assert len(doc.xpath("//h1")) == 1
    if resp.status_code == 400:
        assert text(doc.xpath("//h1")[0]) == "Ugyldig forespørsel"


@pytest.mark.parametrize("raw,canonical", [
    ("q=ledelse&credits_min=&credits_max=", "/?q=ledelse"),
    ("q=ledelse&sort=relevance&page=1", "/?q=ledelse"),
    ("level=master,bachelor&q=helse", "/?q=helse&level=master&level=bachelor"),
    ("q=ledelse++&utm_source=x", "/?q=ledelse"),
])
def test_form_submission_redirects_to_canonical_url(client, raw, canonical):
    resp = client.get(f"/?{raw}")
    assert resp.status_code == 302
    assert resp.headers["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_sok_redirects_to_canonical(client):
    resp = client.get("/sok?q=ledelse")
    assert resp.status_code == 301
    assert resp.headers["Location"].endswith("/?q=ledelse")


def test_static_assets(client):
    css = client.get("/static/style.css")
    assert css.status_code == 200 and ":focus-visible" in css.get_data(as_text=True)
    assert client.get("/static/app.js").status_code == 200


def test_label_formats():
    from webapp import labels as L
    assert L.credits({"credits_min": 7.5, "credits_max": 7.5}) == "7,5 stp"
    assert L.credits({"credits_min": 15.0, "credits_max": 30.0}) == "15–30 stp"
    assert L.credits({"credits_min": 0.0, "credits_max": 0.0}) == "Uten studiepoeng"
    assert L.credits({"credits_min": None, "credits_max": None}) == "Ukjent"
    assert L.price(12900) == "kr 12 900" and L.price(None) == "Ikke oppgitt"
    assert L.date_nb("2026-03-04T10:00:00+00:00") == "04.03.2026" and L.date_nb(None) == ""
    assert L.datetime_nb("2026-03-04T10:05:00+0000") == "04.03.2026 kl. 10:05"
    # the source's abbreviation is not a former name (issue 15): only the registry's former names are
    assert L.former_provider({"provider": "UiB", "provider_name": "Universitetet i Bergen"}) is None
    assert L.former_provider({"provider": "HVL", "provider_name": "Høgskulen på Vestlandet",
                              "provider_former": "Høgskulen i Sogn og Fjordane"}) == "Høgskulen i Sogn og Fjordane"
    assert L.former_provider({"provider": "NKI", "provider_name": "NKI"}) is None
    assert L.http_url("javascript:alert(1)") is None and L.http_url("https://hvl.no/x") == "https://hvl.no/x"
    assert L.sessions({"sessions_count": 4, "session_days": 12}) == "4 samlinger, 12 dager i alt"
    assert L.value_label("region", "midt") == "Midt-Norge"
    assert L.value_label("part_time", "false") == "Heltid"
    assert L.value_label("provider", "hvl", {"hvl": "Høgskulen på Vestlandet"}) == "Høgskulen på Vestlandet"
    for facet in L.FACET_NAMES:
        assert L.value_label(facet, "unknown") == ("Sted ikke oppgitt" if facet == "reach" else "Ukjent")
    for code in ("ledelse", "kunnskapsledelse", "endring", "okonomi", "kommunal", "samhandling", "strategi",
                 "juss", "ikt", "kommunikasjon", "mestring", "kvalitet", "mangfold", "etikk"):
        assert L.topic_label(code) != code


def test_course_facts_show_raw_source_where_it_differs(app):
    from tests.catalogue_fixture import RECORDS
    from webapp.views import course_facts
    record = dict(RECORDS[0], provider="HiB", provider_former="HiB", sessions_count=4, session_days=12,
                  raw={"admission": "3-årig høyere utdanning + 2 års relevant yrkeserfaring",
                       "part_time": "Deltid", "provider": "HiB"})
    with app.test_request_context("/"):
        facts = {f["label"]: f for f in course_facts(record)}
    assert facts["Opptakskrav"]["source"] == "3-årig høyere utdanning + 2 års relevant yrkeserfaring"
    assert facts["Deltid"]["source"] is None  # the same as shown
    assert facts["Tilbyder"]["value"] == "Høgskulen på Vestlandet (tidligere: HiB)"
    assert facts["Samlinger"]["value"] == "4 samlinger, 12 dager i alt"


def test_no_index_gives_friendly_503_page(tmp_path):
    from webapp import create_app
    client = create_app({"DATA_DIR": str(tmp_path), "TESTING": False}).test_client()
    for url in ("/", "/kurs/hvl-helseledelse", "/om"):
        resp, doc = page(client, url, status=503)
        assert text(doc.xpath("//h1")[0]) == "Katalogen er ikke klar"
        assert doc.get("lang") == "nb"
