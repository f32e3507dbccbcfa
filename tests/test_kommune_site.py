"""Municipality on the site: chosen by name or number, distances, distance filter, compare page, map."""

from __future__ import annotations

import re

import lxml.html


def get(client, url, status=200):
    resp = client.get(url)
    assert resp.status_code == status, resp.get_data(as_text=True)[:500]
    return resp


def test_a_name_is_resolved_to_its_number_in_the_url(client):
    resp = get(client, "/?q=ledelse&kommune=Troms%C3%B8", status=302)
    assert resp.headers["Location"].endswith("q=ledelse&kommune=5501")
    resp = get(client, "/?kommune=Bergen+%284601%29%2C+Vestland", status=302)
    assert resp.headers["Location"].endswith("kommune=4601")
    resp = get(client, "/?kommune=Gj%C3%B8vik%3B+%C3%98stre+Toten", status=302)
    assert resp.headers["Location"].endswith("kommune=3407&kommune=3442")
    bad = get(client, "/?kommune=Atlantis", status=400)
    assert "Atlantis" in bad.get_data(as_text=True)


def test_results_show_distances_and_the_municipality_on_every_page(client):
    html = get(client, "/?kommune=5501&sort=distance").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    first, second = doc.xpath("//li[@class='result']")[:2]
    assert "Lederskolen" in first.text_content() and "Helserett" in second.text_content()   # online is 0 km
    distances = [d.text_content() for d in doc.xpath("//li[@class='fact-distance']")]
    assert any(re.match(r"\d+ km i luftlinje til Tromsø", d) for d in distances)
    assert "Nettbasert" in distances
    assert "Tromsø (Troms)" in doc.xpath("//p[@class='kommune-current']")[0].text_content()
    assert doc.xpath("//select[@id='sort']/option[@value='distance']")
    course = get(client, "/kurs/hvl-helseledelse?kommune=5501").get_data(as_text=True)
    assert "Tromsø (Troms)" in course


def test_distance_filter_round_trip(client):
    resp = get(client, "/?kommune=5501&max_km=100&include_online=false&include_online=true", status=302)
    assert "include_online" not in resp.headers["Location"] and "max_km=100" in resp.headers["Location"]
    html = get(client, "/?kommune=5501&max_km=100&include_online=false").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    assert [a.text_content() for a in doc.xpath("//li[@class='result']//h2/a")] == ["Helserett"]
    assert doc.get_element_by_id("max_km").get("value") == "100"
    assert doc.get_element_by_id("include_online").get("checked") is None


def test_compare_page_side_by_side(client):
    html = get(client, "/compare?ids=uit-helserett,nord-mba,hvl-okonomi&kommune=4601").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    assert len(doc.xpath("//table[@class='compare']/thead//th")) == 4       # label column + 3 offers
    rows = {tr.xpath("./th")[0].text_content().replace("ulik", "").strip(): tr for tr in doc.xpath("//tbody/tr")}
    assert {"Tilbyder", "Studiepoeng", "Nivå og type", "Deltid", "Undervisningsform", "Samlinger", "Sted",
            "Avstand", "Opptakskrav", "Pris", "Tema", "Opptak", "Kilde og ferskhet"} <= set(rows)
    assert rows["Studiepoeng"].get("class") == "differ" and rows["Deltid"].get("class") == "same"
    assert "km i luftlinje" in rows["Avstand"].text_content()
    assert doc.xpath("//a[contains(@href, '/api/compare.csv?')]")
    css = get(client, "/static/style.css").get_data(as_text=True)
    assert "@media print" in css


def test_compare_bad_input_is_a_friendly_400(client):
    for url in ("/compare?ids=x,y", "/compare?ids=uit-helserett,nord-mba&kommune=9999"):
        resp = get(client, url, status=400)
        assert "<h1>" in resp.get_data(as_text=True)


def test_the_map_draws_15_counties_the_municipality_and_clickable_places(client):
    html = get(client, "/?q=ledelse&kommune=4601").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    svg = doc.xpath("//svg[contains(@class,'norway')]")[0]
    assert len(svg.xpath(".//path[@class='county']")) == 15
    assert len(svg.xpath(".//circle[@class='home']")) == 1
    links = svg.xpath(".//a/@href")
    assert links and all("county=" in h for h in links)
    target = next(h for h in links if "Nordland" in h)
    result = client.get("/api/search?" + target.split("?", 1)[1]).get_json()
    assert {r["id"] for r in result["results"]} == {"nord-mba"}
