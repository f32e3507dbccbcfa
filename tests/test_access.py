"""Accessibility: distance from every municipality to the nearest offer on a topic."""

from __future__ import annotations

import re


def test_access_api_on_the_fixture(client):
    body = client.get("/api/access", query_string={"topic": "juss"}).get_json()
    assert len(body["municipalities"]) == 357
    by_nr = {m["kommune_nr"]: m for m in body["municipalities"]}
    assert by_nr["5501"]["nearest_offer_id"] == "uit-helserett" and by_nr["5501"]["km"] < 60
    assert by_nr["0301"]["nearest_offer_id"] in {"oslomet-personal", "uio-helseadm"} and by_nr["0301"]["km"] < 40
    assert by_nr["4204"]["km"] > by_nr["0301"]["km"]           # Kristiansand is far from any juss offer
    farthest = [r["km"] for r in body["farthest"]]
    assert farthest == sorted(farthest, reverse=True) and len(farthest) == 10
    troms = next(c for c in body["by_county"] if c["county"] == "Troms")
    assert troms["median_km"] < troms["worst_km"]
    agder = next(c for c in body["by_county"] if c["county"] == "Agder")
    assert agder["median_km"] > troms["median_km"]


def test_access_respects_filters_and_leaves_online_offers_out(client):
    # part-time only: UiO (full time) drops out, OsloMet stays in Oslo
    body = client.get("/api/access", query_string={"topic": "juss", "part_time": "true"}).get_json()
    by_nr = {m["kommune_nr"]: m for m in body["municipalities"]}
    assert by_nr["0301"]["nearest_offer_id"] == "oslomet-personal"
    # the only "kommunal" offers are in Bergen; NKI's online course is not a place
    body = client.get("/api/access", query_string={"topic": "ledelse", "kind": "non_credit"}).get_json()
    assert body["offers"] == 0 and all(m["km"] is None for m in body["municipalities"])


def test_bad_topic_is_400(client):
    assert client.get("/api/access", query_string={"topic": "astrologi"}).status_code == 400
    assert client.get("/api/access").status_code == 400


def test_the_page_shows_counties_and_the_farthest(client):
    html = client.get("/dekning", query_string={"topic": "juss"}).get_data(as_text=True)
    assert "Avstand til nærmeste tilbud om juss" in html
    assert len(re.findall(r"<tr><th scope=\"row\">", html.split('class="access"')[1].split("</table>")[0])) == 15
    assert '<ol class="farthest">' in html
