"""Issue 15, site defects 6, 9, 10 and 11 through Flask's test client: compressed responses, no
inline municipality list, a small results map that counts the whole result, the skip link's
target and the municipality field's visible hint."""

from __future__ import annotations

import gzip
from collections import Counter

import lxml.html
import pytest

from domain import places


def get(client, url, **kwargs):
    resp = client.get(url, **kwargs)
    assert resp.status_code == 200, (url, resp.status_code)
    return resp


def doc(client, url):
    return lxml.html.fromstring(get(client, url).get_data(as_text=True))


# -- 11: page weight ------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/?q=ledelse", "/kurs/hvl-helseledelse", "/om", "/dekning"])
def test_no_page_carries_the_municipality_list(client, path):
    html = get(client, path).get_data(as_text=True)
    page = lxml.html.fromstring(html)
    lists = page.xpath("//datalist[@id='kommuneliste']")
    assert len(lists) == 1 and lists[0].xpath("./option") == []
    assert "Bergen (4601), Vestland" not in html
    assert lists[0].get("data-src") == "/api/kommuner"


def test_the_municipality_list_is_fetched_once_and_cached(client):
    resp = get(client, "/api/kommuner")
    assert len(resp.get_json()["kommuner"]) == 357
    assert resp.cache_control.max_age >= 3600 and resp.cache_control.public
    again = client.get("/api/kommuner", headers={"If-None-Match": resp.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""
    # app.js fills the datalist from that address, as "Name (number), County" like the server did
    js = get(client, "/static/app.js").get_data(as_text=True)
    assert "data-src" in js and 'k.name + " (" + k.kommune_nr + "), " + k.county' in js
    assert "innerHTML" not in js


@pytest.mark.parametrize("path, mimetype", [
    ("/", "text/html"),
    ("/?q=ledelse", "text/html"),
    ("/kurs/hvl-helseledelse", "text/html"),
    ("/dekning", "text/html"),
    ("/api/search?q=ledelse", "application/json"),
    ("/api/kommuner", "application/json"),
    ("/static/style.css", "text/css"),
])
def test_responses_are_gzipped_when_the_client_accepts_it(client, path, mimetype):
    plain = get(client, path)
    assert "Content-Encoding" not in plain.headers        # a client that does not ask gets it plain
    packed = get(client, path, headers={"Accept-Encoding": "gzip"})
    assert packed.mimetype == mimetype
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    body = gzip.decompress(packed.get_data())
    assert body == plain.get_data()
    assert len(packed.get_data()) < len(body) / 2


def test_admin_pages_are_never_compressed(client):
    resp = client.get("/admin", headers={"Accept-Encoding": "gzip, br", "Authorization": "Bearer test-token"})
    assert resp.status_code == 200 and "Content-Encoding" not in resp.headers
    assert b"<h1" in resp.get_data()


def test_a_browser_gets_the_best_encoding_it_names(client):
    resp = get(client, "/?q=ledelse", headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    assert resp.headers["Content-Encoding"] == "br"
    resp = get(client, "/?q=ledelse", headers={"Accept-Encoding": "gzip;q=1.0, br;q=0"})
    assert resp.headers["Content-Encoding"] == "gzip"


def test_the_results_map_is_small(client):
    html = get(client, "/?q=ledelse").get_data(as_text=True)
    svg = html[html.index('<svg'):html.index('</svg>')]
    assert 'class="county"' in svg
    assert len(svg.encode()) < 25_000          # the full outlines were ~143 KB on every results page


# -- 9: the results map counts the whole result ------------------------------------------------

def whole_result(client, query: str) -> tuple[dict[str, int], int]:
    """Offers per municipality over every hit of the search (the JSON twin, all on one page)."""
    body = get(client, f"/api/search?{query}&per_page=100").get_json()
    assert body["total"] == len(body["results"])
    counts: Counter = Counter()
    for r in body["results"]:
        for nr in {loc["kommune_nr"] for loc in r.get("locations") or [] if loc.get("lat") is not None}:
            counts[nr] += 1
    return dict(counts), body["total"]


@pytest.mark.parametrize("query", ["q=ledelse", "sort=title", "q=ledelse&kommune=5501&sort=distance",
                                   "part_time=true"])
def test_map_counts_equal_the_counts_over_the_whole_result(client, query):
    expected, total = whole_result(client, query)
    assert total > 3 and expected
    page = doc(client, f"/?{query}&per_page=3")
    assert len(page.xpath("//li[@class='result']")) == 3            # only three offers shown ...
    svg = page.xpath("//svg[contains(@class,'result-map')]")[0]
    dots = svg.xpath(".//circle[@class='place']")
    shown = {c.get("data-kommune"): int(c.get("data-count")) for c in dots}
    assert shown == expected                                         # ... but the map counts them all
    # every dot is labelled with its place and number of offers
    for c in dots:
        name = places.municipality(c.get("data-kommune"))["name"]
        assert c.xpath("./title")[0].text_content() == f"{name}: {c.get('data-count')} tilbud"
    # the place with most offers also has a visible name
    best = max(expected, key=lambda nr: (expected[nr], nr))
    texts = [t.text_content() for t in svg.xpath(".//text[@class='place-label']")]
    assert f"{places.municipality(best)['name']} {expected[best]}" in texts
    # the text list says the same, for keyboard and screen reader users
    items = [" ".join(li.text_content().split()) for li in page.xpath("//ul[@class='map-places']/li")]
    assert len(items) == len(expected)
    note = page.xpath("//p[contains(@class,'map-note')]")[0].text_content()
    assert "Hele resultatet" in note


def test_map_dots_and_list_link_to_the_county(client):
    page = doc(client, "/?q=ledelse&kommune=4601&per_page=3")
    svg = page.xpath("//svg[contains(@class,'result-map')]")[0]
    links = svg.xpath(".//a")
    assert links and all("county=" in a.get("href") and a.get("tabindex") == "-1" for a in links)
    listed = page.xpath("//ul[@class='map-places']//a/@href")
    assert sorted(listed) == sorted(a.get("href") for a in links)


def test_the_map_sits_beside_the_list(client):
    page = doc(client, "/?q=ledelse")
    body = page.xpath("//div[contains(@class,'results-body')]")[0]
    assert "has-map" in body.get("class")
    children = [c.get("class") or c.get("id") for c in body]
    assert children[0] == "results-main" and "map-panel" in children[1]
    assert body.xpath("./details[contains(@class,'map-panel')]")[0].get("open") is not None


# -- 10: skip link ------------------------------------------------------------------------------

def first_focusable(page):
    return page.xpath("//body//*[self::a[@href] or self::input[not(@type='hidden')] or self::button "
                      "or self::select or self::summary]")[0]


def test_skip_link_on_a_results_page_goes_to_the_list(client):
    page = doc(client, "/?q=ledelse")
    skip = first_focusable(page)
    assert skip.get("class") == "skip-link" and skip.text_content() == "Hopp til resultatene"
    target = page.get_element_by_id(skip.get("href")[1:])
    assert target.tag == "ol" and "result-list" in target.get("class") and target.get("tabindex") == "-1"
    assert len(page.xpath("//*[@id='hovedinnhold']")) == 1
    assert page.xpath("//main")[0].get("id") is None


@pytest.mark.parametrize("path", ["/", "/?q=finnesikkeiheleverden&spell=off", "/kurs/hvl-helseledelse", "/om"])
def test_skip_link_elsewhere_goes_to_the_main_content(client, path):
    page = doc(client, path)
    skip = first_focusable(page)
    assert skip.get("class") == "skip-link" and skip.text_content() == "Hopp til innholdet"
    assert page.get_element_by_id("hovedinnhold").tag == "main"


# -- 6: the municipality field ------------------------------------------------------------------

def test_kommune_field_has_a_short_placeholder_and_a_visible_hint(client):
    page = doc(client, "/")
    field = page.get_element_by_id("kommune")
    hint = page.get_element_by_id(field.get("aria-describedby"))
    assert "skill med ;" in hint.text_content() and "Navn eller nummer" in hint.text_content()
    assert len(field.get("placeholder")) <= 16
    assert field.get("type") == "text"
    label = page.xpath("//label[@for='kommune']")[0]
    assert label.text_content() == "Din kommune"
