"""The municipality on the site, continued: distances on course pages and in links, groups, map links, compare."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html


def page(client, url, status=200):
    resp = client.get(url)
    assert resp.status_code == status, resp.get_data(as_text=True)[:500]
    return lxml.html.fromstring(resp.get_data(as_text=True))


def fact(doc, label):
    for div in doc.xpath("//div[@class='fact']"):
        if div.xpath("./dt")[0].text_content().strip() == label:
            return div.xpath("./dd")[0].text_content().strip()
    return None


def test_kommune_field_lists_all_municipalities_and_resolves_numbers(client):
    doc = page(client, "/")
    lists = doc.xpath("//datalist[@id='kommuneliste']")   # filled by app.js from /api/kommuner (page weight)
    assert lists[0].xpath("./option") == [] and lists[0].get("data-src") == "/api/kommuner"
    kommuner = client.get("/api/kommuner").get_json()["kommuner"]
    assert len(kommuner) == 357 and {"kommune_nr": "4601", "name": "Bergen"}.items() <= next(
        k for k in kommuner if k["kommune_nr"] == "4601").items()
    assert client.get("/?kommune=5501").status_code == 200          # a number is already canonical
    resp = client.get("/?kommune=4601%2C+5501")                       # comma-separated numbers
    assert resp.headers["Location"].endswith("kommune=4601&kommune=5501")


def test_result_links_carry_the_kommune_and_the_course_page_shows_the_distance(client):
    doc = page(client, "/?kommune=5501&sort=distance")
    links = doc.xpath("//li[@class='result']//h2/a/@href")
    assert links and all("kommune=5501" in h for h in links)
    course = page(client, "/kurs/hvl-helseledelse?kommune=5501")
    assert re.fullmatch(r"\d+ km i luftlinje til Bergen", fact(course, "Avstand"))
    assert fact(page(client, "/kurs/hvl-helseledelse"), "Avstand") is None
    assert fact(page(client, "/kurs/nki-lederskolen?kommune=5501"), "Avstand") == "Nettbasert"


def test_a_group_ranks_by_the_longest_way(client):
    doc = page(client, "/?kommune=3407&kommune=3442&sort=distance")
    texts = doc.xpath("//li[@class='fact-distance']/text()")
    assert any("lengste reisevei i gruppen" in t for t in texts)
    assert "Gjøvik" in doc.xpath("//p[@class='kommune-current']")[0].text_content()
    km = [int(t.split()[0]) for t in texts if t[0].isdigit()]
    assert km == sorted(km)


def test_following_a_map_place_filters_the_results(client):
    doc = page(client, "/?q=ledelse&kommune=4601")
    assert len(doc.xpath("//li[@class='result']")) > 1
    svg = doc.xpath("//svg[contains(@class,'norway')]")[0]
    assert "Bergen" in svg.xpath(".//circle[@class='home']/title")[0].text_content()
    href = next(h for h in svg.xpath(".//a/@href") if "Nordland" in h)
    assert "kommune=4601" in href
    parts = urlsplit(href)
    filtered = page(client, parts.path + "?" + parts.query)
    titles = filtered.xpath("//li[@class='result']//h2/a/text()")
    assert titles == ["MBA i helseledelse"]
    assert "Nordland" in filtered.xpath("//div[@class='chips']")[0].text_content()


def test_compare_marks_differences_for_screen_readers_and_links_the_twins(client):
    doc = page(client, "/compare?ids=uit-helserett,nord-mba,nki-lederskolen&kommune=5501")
    heads = doc.xpath("//table[@class='compare']/thead//th")
    assert len(heads) == 4
    assert all("kommune=5501" in h for h in doc.xpath("//table[@class='compare']/thead//a/@href"))
    differ = doc.xpath("//tr[@class='differ']/th/span[@class='differ-mark']/text()")
    assert differ and set(differ) == {"ulik"}
    distance = [tr for tr in doc.xpath("//tbody/tr") if tr.xpath("./th")[0].text_content().startswith("Avstand")][0]
    cells = [td.text_content() for td in distance.xpath("./td")]
    assert cells[2] == "Nettbasert" and "km i luftlinje til Tromsø" in cells[0]
    hrefs = doc.xpath("//p[@class='downloads']/a/@href")
    assert any(h.startswith("/api/compare.csv?ids=") for h in hrefs)
    assert any(h.startswith("/api/compare?ids=") for h in hrefs)
    page(client, "/compare?ids=a,b,c,d,e,f,g", status=303)
