"""«Min liste» (issue 16, part 2): a list of offers kept in the visitor's own cookie, without
JavaScript: POST forms answered with 303 back to the page, a header count, /liste with compare,
CSV and a share link, a JSON twin. No open redirect, no other site can change the list."""

from __future__ import annotations

import copy
import csv
import io
import json
from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest

from index.engine.build import build_index
from tests.catalogue_fixture import BERGEN, RECORDS, rec
from webapp import create_app
from webapp.mylist import COOKIE, MAX_ITEMS, NOTICE_COOKIE

XSS_TITLE = '<script>alert(1)</script> Ledelse "onmouseover=alert(2)'


def doc(resp):
    return lxml.html.fromstring(resp.get_data(as_text=True))


def set_cookies(resp) -> dict[str, str]:
    """Set-Cookie headers of a response by cookie name."""
    out = {}
    for header in resp.headers.getlist("Set-Cookie"):
        name = header.split("=", 1)[0]
        out[name] = header
    return out


def list_cookie(client) -> list[str]:
    cookie = client.get_cookie(COOKIE)
    if cookie is None:
        return []
    assert '"' not in cookie.value and "," not in cookie.value    # nothing a cookie must quote (RFC 6265)
    return [i for i in cookie.value.split("|") if i]


def add(client, record_id, back="/liste", **headers):
    return client.post("/liste/legg-til", data={"id": record_id, "tilbake": back}, headers=headers)


def remove(client, record_id, back="/liste"):
    return client.post("/liste/fjern", data={"id": record_id, "tilbake": back})


def header_link(page) -> str:
    links = page.xpath("//nav[@aria-label='Hovedmeny']//a[@href='/liste']")
    assert len(links) == 1
    assert " ".join(links[0].text_content().split()) == links[0].get("aria-label").replace(" tilbud", "")
    return links[0].get("aria-label")


def status_texts(page) -> list[str]:
    return [" ".join(p.text_content().split()) for p in page.xpath("//*[@class='mylist-notice'][@role='status']")]


# -- adding and removing -----------------------------------------------------------

def test_add_sets_a_year_long_cookie_and_303s_back_with_a_message(client):
    resp = add(client, "hvl-helseledelse", back="/?q=ledelse#t-1")
    assert resp.status_code == 303
    assert resp.headers["Location"] == "/?q=ledelse#t-1"
    cookie = set_cookies(resp)[COOKIE]
    assert "Max-Age=31536000" in cookie and "Path=/" in cookie and "SameSite=Lax" in cookie and "HttpOnly" in cookie
    assert list_cookie(client) == ["hvl-helseledelse"]
    add(client, "nord-mba")
    add(client, "uit-helserett")
    assert list_cookie(client) == ["hvl-helseledelse", "nord-mba", "uit-helserett"]

    resp = client.get("/kurs/uit-helserett")
    page = doc(resp)
    assert status_texts(page) == ["«Helserett» er lagt i listen. Listen har 3 tilbud. Se listen"]
    assert header_link(page) == "Min liste (3 tilbud)"
    # shown once: the page clears the message cookie
    assert "Max-Age=0" in set_cookies(resp)[NOTICE_COOKIE]
    assert status_texts(doc(client.get("/kurs/uit-helserett"))) == []


def test_a_result_in_the_list_offers_to_remove_it(client):
    page = doc(client.get("/?q=helseledelse"))
    items = page.xpath("//li[@class='result'][.//h2/a[starts-with(@href, '/kurs/hvl-helseledelse?')]]")
    assert items and "Legg i listen" in items[0].text_content()
    form = items[0].xpath(".//form[@class='mylist-form']")[0]
    assert form.get("method") == "post" and form.get("action") == "/liste/legg-til"
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input[@type='hidden']")}
    assert fields["id"] == "hvl-helseledelse" and fields["tilbake"].startswith("/?q=helseledelse#t-")

    resp = add(client, "hvl-helseledelse", back=fields["tilbake"])
    page = doc(client.get(resp.headers["Location"].split("#")[0]))
    item = page.xpath("//li[@class='result'][.//h2/a[starts-with(@href, '/kurs/hvl-helseledelse?')]]")[0]
    button = item.xpath(".//form[@action='/liste/fjern']//button")[0]
    assert " ".join(button.text_content().split()).startswith("I listen ✓ – fjern")
    assert "er lagt i listen" in item.xpath("string(.//*[@role='status'])")
    # the others still offer to add
    others = page.xpath("//li[@class='result'][not(.//h2/a[starts-with(@href, '/kurs/hvl-helseledelse?')])]")
    assert others and all(o.xpath(".//form[@action='/liste/legg-til']") for o in others)


def test_course_page_has_the_form_near_the_title(client):
    page = doc(client.get("/kurs/nord-mba?q=mba"))
    form = page.xpath("//article[@class='course']/h1/following-sibling::div[@class='mylist-control'][1]/form")[0]
    assert form.get("action") == "/liste/legg-til"
    assert form.xpath("string(.//input[@name='tilbake']/@value)") == "/kurs/nord-mba?q=mba"


def test_remove_and_the_empty_list(client):
    add(client, "hvl-helseledelse")
    add(client, "nord-mba")
    resp = remove(client, "hvl-helseledelse", back="/liste")
    assert resp.status_code == 303 and resp.headers["Location"] == "/liste"
    assert list_cookie(client) == ["nord-mba"]
    page = doc(client.get("/liste"))
    assert status_texts(page) == ["«Helseledelse» er fjernet fra listen. Listen har 1 tilbud."]
    remove(client, "nord-mba")
    assert client.get_cookie(COOKIE) is None       # an empty list leaves no cookie behind
    page = doc(client.get("/liste"))
    assert status_texts(page) == ["«MBA i helseledelse» er fjernet fra listen. Listen er tom."]
    assert "Listen din er tom" in page.xpath("string(//div[contains(@class, 'mylist-empty')])")
    assert header_link(page) == "Min liste (0 tilbud)"
    assert page.xpath("//a[@class='button-link'][@href='/']")


def test_adding_twice_keeps_one(client):
    add(client, "nord-mba")
    add(client, "nord-mba")
    assert list_cookie(client) == ["nord-mba"]
    assert status_texts(doc(client.get("/liste"))) == ["«MBA i helseledelse» er allerede i listen. Listen har 1 tilbud."]


@pytest.mark.parametrize("back", ["//evil.example", "//evil.example/liste", "https://evil", "http://evil.example/",
                                  "/\\evil", "\\\\evil", "/\\/evil.example", " //evil.example", "/\t/evil.example",
                                  "javascript:alert(1)", "evil", "", "/liste/legg-til", "%2F%2Fevil.example"])
def test_no_open_redirect(client, back):
    for path in ("/liste/legg-til", "/liste/fjern"):
        resp = client.post(path, data={"id": "nord-mba", "tilbake": back})
        assert resp.status_code == 303
        assert resp.headers["Location"] == "/liste", back


def test_a_missing_back_goes_to_the_list(client):
    resp = client.post("/liste/legg-til", data={"id": "nord-mba"})
    assert resp.status_code == 303 and resp.headers["Location"] == "/liste"


def test_other_sites_cannot_change_the_list(client):
    add(client, "nord-mba")
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                    {"Origin": "https://evil.example"}, {"Origin": "null"}):
        for path, data in (("/liste/legg-til", {"id": "uit-helserett"}), ("/liste/fjern", {"id": "nord-mba"}),
                           ("/liste/bruk", {"ids": "uit-helserett"})):
            resp = client.post(path, data=data, headers=headers)
            assert resp.status_code == 403, (path, headers)
            assert "Set-Cookie" not in resp.headers
    assert list_cookie(client) == ["nord-mba"]
    # the site's own pages are let through
    assert add(client, "uit-helserett", **{"Sec-Fetch-Site": "same-origin"}).status_code == 303
    assert add(client, "hvl-okonomi", Origin="http://localhost").status_code == 303
    assert list_cookie(client) == ["nord-mba", "uit-helserett", "hvl-okonomi"]


def test_list_forms_answer_only_post(client):
    assert client.get("/liste/legg-til?id=nord-mba").status_code == 405
    assert client.get_cookie(COOKIE) is None


# -- ids not in the catalogue ---------------------------------------------------------

def test_an_unknown_id_is_not_added(client):
    resp = add(client, "finnes-ikke")
    assert resp.status_code == 303 and COOKIE not in set_cookies(resp)
    assert client.get_cookie(COOKIE) is None
    assert status_texts(doc(client.get("/liste"))) == ["Tilbudet finnes ikke i katalogen og ble ikke lagt i listen."]


def test_unknown_ids_in_the_cookie_are_dropped(client):
    client.set_cookie(COOKIE, "finnes-ikke,nord-mba,,nord-mba,%3Cscript%3E,uit-helserett")
    page = doc(client.get("/"))
    assert header_link(page) == "Min liste (2 tilbud)"
    page = doc(client.get("/liste"))
    assert page.xpath("//ol[@class='mylist-items']//h2/a/@href") == ["/kurs/nord-mba", "/kurs/uit-helserett"]
    add(client, "hvl-helseledelse")      # writing the list again leaves the unknown ones out
    assert list_cookie(client) == ["nord-mba", "uit-helserett", "hvl-helseledelse"]


def test_a_garbled_cookie_is_an_empty_list(client):
    for value in ("", ",,,", "\"", "%", "x" * 3000):
        client.set_cookie(COOKIE, value)
        resp = client.get("/liste")
        assert resp.status_code == 200
        assert header_link(doc(resp)) == "Min liste (0 tilbud)"


# -- at most 50 ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def big_client(tmp_path_factory):
    """A catalogue of 60 offers, to fill a list."""
    records = copy.deepcopy(RECORDS) + [
        rec(f"ekstra-{n:02d}", f"Ekstra tilbud {n}", "Ledelse.", provider_id="hvl",
            provider_name="Høgskulen på Vestlandet", level="bachelor", kind="single_course", credits=(7.5, 7.5),
            part_time=True, delivery=["samling"], target=["helse"], locations=[BERGEN], topics=["ledelse"])
        for n in range(60)]
    data_dir = tmp_path_factory.mktemp("big")
    build_index(records, data_dir)
    return create_app({"DATA_DIR": str(data_dir)}).test_client()


def test_the_list_holds_at_most_50(big_client):
    client = big_client
    client.delete_cookie(COOKIE)
    for n in range(MAX_ITEMS):
        assert add(client, f"ekstra-{n:02d}").status_code == 303
    assert len(list_cookie(client)) == MAX_ITEMS == 50
    resp = add(client, "ekstra-55")
    assert resp.status_code == 303 and COOKIE not in set_cookies(resp)
    assert len(list_cookie(client)) == 50 and "ekstra-55" not in list_cookie(client)
    page = doc(client.get("/liste"))
    assert status_texts(page) == ["Listen er full: den kan ha høyst 50 tilbud. Fjern noen før du legger til "
                                  "«Ekstra tilbud 55»."]
    assert len(page.xpath("//ol[@class='mylist-items']/li")) == 50
    assert header_link(page) == "Min liste (50 tilbud)"
    # removing one makes room again
    remove(client, "ekstra-00")
    add(client, "ekstra-55")
    assert list_cookie(client)[-1] == "ekstra-55" and len(list_cookie(client)) == 50


def test_a_longer_cookie_or_link_is_cut_at_50(big_client):
    client = big_client
    ids = [f"ekstra-{n:02d}" for n in range(60)]
    client.set_cookie(COOKIE, ",".join(ids))
    assert header_link(doc(client.get("/"))) == "Min liste (50 tilbud)"
    data = client.get("/api/liste?ids=" + ",".join(ids)).get_json()
    assert data["total"] == 50 and data["ids"] == ids[:50]
    client.delete_cookie(COOKIE)
    resp = client.post("/liste/bruk", data={"ids": ",".join(ids)})
    assert resp.status_code == 303 and len(list_cookie(client)) == 50


# -- the list page, shared links -----------------------------------------------------------

def test_list_page_shows_the_facts_compare_csv_and_share_link(client):
    for i in ("hvl-helseledelse", "nord-mba", "oslomet-personal"):
        add(client, i)
    page = doc(client.get("/liste"))
    assert page.xpath("string(//h1)").split() == ["Min", "liste", "(3", "tilbud)"]
    items = page.xpath("//ol[@class='mylist-items']/li")
    assert [i.xpath("string(.//h2/a/@href)") for i in items] == ["/kurs/hvl-helseledelse", "/kurs/nord-mba",
                                                                 "/kurs/oslomet-personal"]
    first = {dt.text_content(): dt.getnext().text_content() for dt in items[0].xpath(".//dt")}
    assert first == {"Studiepoeng": "15 stp", "Nivå": "Masternivå", "Deltid": "Deltid", "Sted": "Bergen",
                     "Oppstart": "Høst 2027", "Søknadsfrist": "15.04.2027", "Pris": "Ikke oppgitt"}
    assert "Høgskulen på Vestlandet" in items[0].xpath("string(.//p[@class='result-provider'])")
    assert [i.xpath("string(.//form[@action='/liste/fjern']//button/@aria-label)") for i in items] == [
        "Fjern fra listen: «Helseledelse»", "Fjern fra listen: «MBA i helseledelse»",
        "Fjern fra listen: «Personalledelse for helse- og sosialsektoren»"]
    # compare: a GET form with a checkbox per offer
    form = page.xpath("//form[@id='sammenlign']")[0]
    assert form.get("method") == "get" and form.get("action") == "/liste/sammenlign"
    assert page.xpath("//input[@type='checkbox'][@form='sammenlign']/@value") == ["hvl-helseledelse", "nord-mba",
                                                                                  "oslomet-personal"]
    # share link: text in a read-only input and a link
    share = page.xpath("//input[@id='delelenke']")[0]
    assert share.get("readonly") is not None
    assert share.get("value") == "http://localhost/liste?ids=hvl-helseledelse,nord-mba,oslomet-personal"
    assert page.xpath("//section[@class='mylist-share']//a/@href") == [
        "/liste?ids=hvl-helseledelse,nord-mba,oslomet-personal"]
    hrefs = page.xpath("//p[@class='downloads']/a/@href")
    assert hrefs == ["/liste.csv?ids=hvl-helseledelse,nord-mba,oslomet-personal&format=excel",
                     "/liste.csv?ids=hvl-helseledelse,nord-mba,oslomet-personal",
                     "/api/liste?ids=hvl-helseledelse,nord-mba,oslomet-personal",
                     "/feed.atom?ids=hvl-helseledelse%2Cnord-mba%2Coslomet-personal"]
    assert page.xpath("//nav[@aria-label='Hovedmeny']//a[@href='/liste']/@aria-current") == ["page"]


def test_compare_from_the_list(client):
    resp = client.get("/liste/sammenlign?ids=hvl-helseledelse&ids=nord-mba")
    assert resp.status_code == 303 and resp.headers["Location"] == "/compare?ids=hvl-helseledelse,nord-mba"
    assert client.get(resp.headers["Location"]).status_code == 200
    # too few: back to the list with the tick kept and a message
    add(client, "hvl-helseledelse")
    add(client, "nord-mba")
    resp = client.get("/liste/sammenlign?ids=nord-mba")
    assert resp.status_code == 303 and resp.headers["Location"] == "/liste?valgt=nord-mba#sammenlign"
    page = doc(client.get("/liste?valgt=nord-mba"))
    assert "Velg minst to tilbud" in page.xpath("string(//p[@class='compare-problem'][@role='alert'])")
    assert page.xpath("//input[@form='sammenlign'][@checked]/@value") == ["nord-mba"]
    # too many, from a shared list: back to the same link
    seven = "hvl-helseledelse,hvl-okonomi,uit-helserett,nord-mba,oslomet-personal,uio-helseadm,inn-modul"
    resp = client.get(f"/liste/sammenlign?ids={seven}&liste={seven}")
    target = resp.headers["Location"]
    assert target == f"/liste?ids={seven}&valgt={seven}#sammenlign"
    page = doc(client.get(target.split("#")[0]))
    assert "høyst 6 tilbud om gangen, og du har valgt 7" in page.xpath("string(//p[@class='compare-problem'])")
    assert dict(parse_qsl(urlsplit(target).query))["ids"] == seven


def test_a_shared_link_offers_to_become_my_list(client):
    add(client, "nord-mba")
    page = doc(client.get("/liste?ids=hvl-helseledelse,uit-helserett,finnes-ikke"))
    assert page.xpath("string(//h1)").split()[:2] == ["Delt", "liste"]
    assert page.xpath("//ol[@class='mylist-items']//h2/a/@href") == ["/kurs/hvl-helseledelse", "/kurs/uit-helserett"]
    assert "1 tilbud i lenken finnes ikke lenger i katalogen" in page.text_content()
    assert "Din egen liste har 1 tilbud" in page.text_content()
    form = page.xpath("//form[@action='/liste/bruk']")[0]
    assert form.get("method") == "post"
    assert form.xpath(".//input[@name='ids']/@value") == ["hvl-helseledelse", "uit-helserett"]
    assert form.xpath("normalize-space(.//button)") == "Bruk denne listen som min liste"
    # each offer of a shared list is added to (or removed from) my own list, and the page comes back
    buttons = page.xpath("//ol[@class='mylist-items']//form")
    assert [f.get("action") for f in buttons] == ["/liste/legg-til", "/liste/legg-til"]
    assert buttons[0].xpath("string(.//input[@name='tilbake']/@value)") == \
        "/liste?ids=hvl-helseledelse,uit-helserett#l-1"
    # my own list is untouched until I say so
    assert list_cookie(client) == ["nord-mba"]
    resp = client.post("/liste/bruk", data={"ids": ["hvl-helseledelse", "uit-helserett", "finnes-ikke"]})
    assert resp.status_code == 303 and resp.headers["Location"] == "/liste"
    assert list_cookie(client) == ["hvl-helseledelse", "uit-helserett"]
    page = doc(client.get("/liste"))
    assert status_texts(page) == ["Denne listen er nå din liste. Listen har 2 tilbud."]
    # the same link again: it is my list, so no button
    page = doc(client.get("/liste?ids=uit-helserett,hvl-helseledelse"))
    assert page.xpath("//form[@action='/liste/bruk']") == []
    assert page.xpath("string(//h1)").split()[:2] == ["Min", "liste"]


def test_a_shared_link_with_nothing_known(client):
    page = doc(client.get("/liste?ids=finnes-ikke,heller-ikke"))
    assert "Ingen tilbud i lenken" in page.text_content()
    assert page.xpath("//form[@action='/liste/bruk']") == []


# -- JSON and CSV twins ---------------------------------------------------------------------

def test_json_twin(client):
    data = client.get("/api/liste?ids=nord-mba,finnes-ikke,uit-helserett").get_json()
    assert data["source"] == "ids" and data["ids"] == ["nord-mba", "uit-helserett"] and data["total"] == 2
    assert data["dropped"] == ["finnes-ikke"] and data["max"] == 50
    assert [r["id"] for r in data["results"]] == ["nord-mba", "uit-helserett"]
    assert data["results"][0]["title"] == "MBA i helseledelse"
    # without ids: the visitor's own list
    assert client.get("/api/liste").get_json()["results"] == []
    add(client, "hvl-okonomi")
    data = client.get("/api/liste").get_json()
    assert data["source"] == "cookie" and data["ids"] == ["hvl-okonomi"]


def test_csv_exports(client):
    resp = client.get("/liste.csv?ids=nord-mba,hvl-okonomi,finnes-ikke")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert 'filename="min-liste.csv"' in resp.headers["Content-Disposition"]
    text = resp.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [r["id"] for r in rows] == ["nord-mba", "hvl-okonomi"]
    assert rows[1]["credits_min"] == "7.5" and "session_days" in rows[0]
    resp = client.get("/liste.csv?ids=nord-mba,hvl-okonomi&format=excel")
    assert 'filename="min-liste-excel.csv"' in resp.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(resp.get_data(as_text=True)[1:]), delimiter=";"))
    assert rows[0][0] == "Tittel" and rows[1][0] == "MBA i helseledelse" and rows[2][3] == "7,5"
    assert client.get("/liste.csv?ids=nord-mba&format=pdf").status_code == 400
    # without ids: the visitor's own list
    add(client, "uit-helserett")
    rows = list(csv.DictReader(io.StringIO(client.get("/liste.csv").get_data(as_text=True)[1:])))
    assert [r["id"] for r in rows] == ["uit-helserett"]


# -- escaping ----------------------------------------------------------------------------

def test_titles_are_escaped_everywhere(client):
    resp = add(client, "xss", back="/?q=ledelse")
    assert resp.status_code == 303
    for url in ("/liste", "/liste?ids=xss,nord-mba", "/kurs/xss", "/?q=ledelse"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html, url
        assert '"onmouseover' not in html, url
    page = doc(client.get("/liste"))
    assert page.xpath("string(//ol[@class='mylist-items']//h2/a)") == XSS_TITLE
    assert page.xpath("//script[not(@src)]") == []
    # the message names the title as text
    add(client, "xss", back="/liste")
    html = client.get("/liste").get_data(as_text=True)
    assert "«&lt;script&gt;alert(1)&lt;/script&gt; Ledelse &#34;onmouseover=alert(2)» er allerede i listen" in html
    data = json.loads(client.get("/api/liste?ids=xss").get_data(as_text=True))
    assert data["results"][0]["title"] == XSS_TITLE
    rows = list(csv.reader(io.StringIO(client.get("/liste.csv?ids=xss").get_data(as_text=True)[1:])))
    assert rows[1][1] == XSS_TITLE


def test_odd_ids_and_the_notice_cookie_are_harmless(client):
    for value in ("lagt:%3Cscript%3E", "ukjent", "fjernet:", "hmm:nord-mba", ":::", "lagt:" + "x" * 500):
        client.set_cookie(NOTICE_COOKIE, value)
        resp = client.get("/liste")
        assert resp.status_code == 200 and "<script>" not in resp.get_data(as_text=True)
    resp = client.get("/liste?ids=%3Cscript%3E,%22%3E%3Cimg")
    assert resp.status_code == 200 and "<script>" not in resp.get_data(as_text=True)
    assert client.post("/liste/legg-til", data={"id": "x" * 5000}).status_code == 303


def test_header_count_on_every_page(client):
    add(client, "nord-mba")
    for url in ("/", "/?q=ledelse", "/kurs/uit-helserett", "/om", "/dekning", "/compare?ids=nord-mba,uit-helserett",
                "/liste", "/finnes-ikke"):
        resp = client.get(url)
        assert header_link(doc(resp)) == "Min liste (1 tilbud)", url
