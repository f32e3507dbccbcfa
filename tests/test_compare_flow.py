"""Compare and course pages keep the search they came from (issue 15, defects 1 and 2)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest


def doc(client, url, status=200):
    resp = client.get(url)
    assert resp.status_code == status, resp.get_data(as_text=True)[:400]
    return lxml.html.fromstring(resp.get_data(as_text=True))


def query(url):
    return parse_qsl(urlsplit(url).query)


@pytest.mark.parametrize("ids, problem", [("uit-helserett", "Velg minst to tilbud"),
                                          ("", "Velg minst to tilbud"),
                                          ("a,b,c,d,e,f,g", "høyst 6 tilbud om gangen, og du har valgt 7")])
def test_too_few_or_too_many_go_back_to_the_results_with_the_ticks_kept(client, ids, problem):
    resp = client.get("/compare", query_string=[("ids", ids), ("q", "ledelse"), ("level", "master"),
                                                ("kommune", "5501"), ("page", "1")])
    assert resp.status_code == 303
    target = resp.headers["Location"]
    assert target.startswith("/?") and target.endswith("#sammenlign")
    params = query(target)
    assert ("q", "ledelse") in params and ("level", "master") in params and ("kommune", "5501") in params
    page = doc(client, target.split("#")[0])
    assert problem in page.xpath("string(//p[@class='compare-problem'])")
    ticked = set(page.xpath("//input[@name='ids'][@checked]/@value"))
    shown = set(page.xpath("//input[@name='ids']/@value"))
    assert ticked == {i for i in ids.split(",") if i} & shown


def test_without_a_compare_no_message_and_nothing_ticked(client):
    page = doc(client, "/?q=ledelse")
    assert page.xpath("//p[@class='compare-problem']") == []
    assert page.xpath("//input[@name='ids'][@checked]") == []


def test_the_compare_form_carries_the_search(client):
    page = doc(client, "/?q=ledelse&level=master&kommune=5501")
    hidden = {(i.get("name"), i.get("value")) for i in page.xpath("//form[@id='sammenlign']//input[@type='hidden']")}
    assert {("q", "ledelse"), ("level", "master"), ("kommune", "5501")} <= hidden


def test_compare_has_a_way_back_and_a_way_to_drop_an_offer(client):
    url = "/compare?ids=uit-helserett,nord-mba,nki-lederskolen&q=ledelse&kommune=5501"
    page = doc(client, url)
    back = page.xpath("//nav[@class='breadcrumbs']/a/@href")[0]
    assert urlsplit(back).path == "/" and {("q", "ledelse"), ("kommune", "5501")} <= set(query(back))
    drops = page.xpath("//table[@class='compare']//a[@class='drop']/@href")
    assert len(drops) == 3
    first = dict(query(drops[0]))
    assert first["ids"] == "nord-mba,nki-lederskolen" and first["kommune"] == "5501" and first["q"] == "ledelse"
    smaller = doc(client, drops[0])
    assert len(smaller.xpath("//table[@class='compare']/thead//th")) == 3
    # dropping one of two leaves one: back to the results with it ticked
    two = doc(client, "/compare?ids=uit-helserett,nord-mba&q=ledelse")
    last = two.xpath("//a[@class='drop']/@href")[0]
    resp = client.get(last)
    assert resp.status_code == 303 and "valgt=nord-mba" in resp.headers["Location"]


def test_compare_says_where_distances_are_measured_from(client):
    page = doc(client, "/compare?ids=uit-helserett,nord-mba&kommune=5536&kommune=5538")
    origin = page.xpath("string(//p[@class='compare-origin'])")
    assert "Lyngen (5536)" in origin and "Storfjord (5538)" in origin
    page = doc(client, "/compare?ids=uit-helserett,nord-mba")
    assert "Ingen kommune valgt" in page.xpath("string(//p[@class='compare-origin'])")


@pytest.mark.parametrize("typed, numbers", [("Lyngen (5536)", ["5536"]),
                                            ("Lyngen; Storfjord; Kåfjord", ["5536", "5538", "5540"])])
def test_changing_the_municipality_on_compare_keeps_the_offers(client, typed, numbers):
    page = doc(client, "/compare?ids=uit-helserett,nord-mba&kommune=5501")
    form = page.xpath("//form[contains(@class,'kommune-form')]")[0]
    fields = [(i.get("name"), i.get("value")) for i in form.xpath(".//input[@type='hidden']")]
    resp = client.get(form.get("action"), query_string=fields + [("kommune", typed)])
    assert resp.status_code == 302
    target = resp.headers["Location"]
    assert [v for k, v in query(target) if k == "kommune"] == numbers
    assert ("ids", "uit-helserett,nord-mba") in query(target)
    assert len(doc(client, target).xpath("//table[@class='compare']/thead//th")) == 3


def test_the_course_breadcrumb_keeps_query_filters_and_municipality(client):
    results = doc(client, "/?q=ledelse&level=master&kommune=4601")
    link = results.xpath("//li[@class='result']//h2/a/@href")[0]
    assert {("q", "ledelse"), ("level", "master"), ("kommune", "4601")} <= set(query(link))
    course = doc(client, link)
    crumbs = course.xpath("//nav[@class='breadcrumbs']/a")
    assert [a.text_content() for a in crumbs] == ["Søk", "Treff for «ledelse»"]
    assert set(query(crumbs[1].get("href"))) == {("q", "ledelse"), ("level", "master"), ("kommune", "4601")}
    assert query(crumbs[0].get("href")) == [("kommune", "4601")]
    assert course.xpath("//link[@rel='canonical']/@href") == [urlsplit(link).path]
    plain = doc(client, urlsplit(link).path)
    assert [a.text_content() for a in plain.xpath("//nav[@class='breadcrumbs']/a")] == ["Søk"]
