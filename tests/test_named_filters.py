"""A query that names a facet value gets a one-click filter above the results (issue 15, defect 13)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest

from index.conditions import named_filters


@pytest.mark.parametrize("q, expected", [
    ("personalledelse deltid", [("part_time", "true")]),
    ("nettbasert master i ledelse", [("delivery", "nett"), ("level", "master")]),
    ("30 stp ledelse", [("credits", "30")]),
    ("7,5 sp juss", [("credits", "7.5")]),
    ("ledelse i Møre og Romsdal", [("county", "Møre og Romsdal")]),
    ("helseledelse Nord-Norge", [("region", "nord")]),
    ("ledelse Bodø", [("kommune", "1804")]),
    ("lederutdanning tromso", [("kommune", "5501")]),
    ("årsstudium samlingsbasert", [("kind", "one_year"), ("delivery", "samling")]),
    ("kvalitet og ledelse", []),
    ("ledelse Herøy", []),                       # two municipalities: no guess
])
def test_the_words_that_name_a_filter(q, expected):
    assert [(n.param, n.value) for n in named_filters(q)] == expected


def _named(client, q):
    doc = lxml.html.fromstring(client.get("/", query_string={"q": q}).get_data(as_text=True))
    total = int(doc.xpath("string(//p[@id='antall']/span[@class='count-number'])").split()[0])
    return total, [(li.xpath("string(.//a)"), li.xpath(".//a/@href")[0], li.xpath("string(.//span[@class='meta'])"))
                   for li in doc.xpath("//ul[@class='named-filters']/li")]


def _api_total(client, href):
    return client.get("/api/search", query_string=parse_qsl(urlsplit(href).query)).get_json()["total"]


@pytest.mark.parametrize("q, label, param", [
    ("ledelse deltid", "Bare deltid?", ("part_time", "true")),
    ("ledelse master", "Bare masternivå?", ("level", "master")),
    ("ledelse nettbasert", "Bare nettbasert?", ("delivery", "nett")),
])
def test_the_offer_says_how_many_it_leaves_and_its_link_shows_them(client, q, label, param):
    total, named = _named(client, q)
    assert [n[0] for n in named] == [label]
    text, href, meta = named[0]
    count = _api_total(client, href)
    assert param in parse_qsl(urlsplit(href).query) and ("q", q) in parse_qsl(urlsplit(href).query)
    assert meta == f"({count} av {total})" and 0 < count < total


def test_no_offer_when_the_filter_is_on_or_would_change_nothing(client):
    doc = lxml.html.fromstring(client.get("/?q=ledelse+deltid&part_time=true").get_data(as_text=True))
    assert doc.xpath("//ul[@class='named-filters']") == []
    total, named = _named(client, "ledelse")
    assert named == []
