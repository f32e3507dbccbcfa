"""Follow a search (issue 16): the change log the index build keeps, and /feed.atom.

Every test builds its own generations in a data dir of its own (the session's fixture
data dir is never touched): generation 1 is the hand-made fixture catalogue, generation 2
changes one offer's credits and start term, adds one and drops one.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from datetime import datetime, timedelta, UTC
from xml.etree import ElementTree as ET

import pytest

from index import changelog
from index.engine.build import build_index
from index.request import SearchRequest
from tests.catalogue_fixture import OSLO, RECORDS, rec
from webapp import create_app

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ATOM_TAGS = {A + t for t in ("feed", "id", "title", "subtitle", "updated", "published", "link", "author", "name",
                             "generator", "entry", "category", "summary")}


def new_offer():
    return rec("ny-master", "Master i kvalitetsforbedring", "Kvalitet og pasientsikkerhet i kommunene.",
               provider_id="uio", provider_name="Universitetet i Oslo", level="master", kind="degree",
               credits=(120.0, 120.0), part_time=True, delivery=["samling"], target=["helse"], locations=[OSLO],
               topics=["kvalitet"])


def second_generation() -> list[dict]:
    """hvl-helseledelse: 15 → 30 credits, autumn 2027 → spring 2028; ny-master is new;
    uit-helserett is gone."""
    records = copy.deepcopy(RECORDS)
    for r in records:
        if r["id"] == "hvl-helseledelse":
            r["credits_min"] = r["credits_max"] = 30.0
            r["start_term"] = "2028-var"
            r["last_seen"] = "2026-12-01T00:00:00+00:00"     # not a tracked field: no event of its own
    return [r for r in records if r["id"] != "uit-helserett"] + [new_offer()]


def make_app(data_dir):
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False})


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("feed-data")
    build_index(copy.deepcopy(RECORDS), data_dir)
    gen = build_index(second_generation(), data_dir)
    return data_dir, gen.name


@pytest.fixture(scope="module")
def feed_client(changed):
    return make_app(changed[0]).test_client()


def check_atom(body: bytes) -> ET.Element:
    """Parse an Atom document and check the elements RFC 4287 requires (section 4.1)."""
    root = ET.fromstring(body)
    assert root.tag == A + "feed"

    def one(parent, tag):
        found = parent.findall(A + tag)
        assert len(found) == 1, f"{parent.tag} must have exactly one {tag}"
        return found[0]

    assert re.match(r"^[a-z][a-z0-9+.-]*:", one(root, "id").text)          # an IRI
    assert one(root, "title").text
    assert RFC3339.match(one(root, "updated").text)
    author = root.findall(A + "author")
    entries = root.findall(A + "entry")
    assert author or all(e.findall(A + "author") for e in entries)
    for a in author:
        assert one(a, "name").text
    selfs = [link for link in root.findall(A + "link") if link.get("rel") == "self"]
    assert len(selfs) == 1 and selfs[0].get("href", "").startswith("http")
    ids = []
    for entry in entries:
        ids.append(one(entry, "id").text)
        assert re.match(r"^[a-z][a-z0-9+.-]*:", ids[-1])
        assert one(entry, "title").text
        assert RFC3339.match(one(entry, "updated").text)
        alternates = [link for link in entry.findall(A + "link") if link.get("rel", "alternate") == "alternate"]
        assert alternates and all(link.get("href", "").startswith("http") for link in alternates)
        assert entry.findall(A + "summary") or entry.findall(A + "content")
    assert len(ids) == len(set(ids))
    return root


def fetch(client, query: str = "") -> ET.Element:
    response = client.get("/feed.atom" + query)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "application/atom+xml"
    return check_atom(response.data)


def entries(root) -> dict[str, ET.Element]:
    return {e.find(A + "id").text: e for e in root.findall(A + "entry")}


def offer_ids(root) -> set[str]:
    return {i.split(":", 2)[2].split("/")[0] for i in entries(root)}


# -- the change log ------------------------------------------------------------------------

def test_first_build_logs_nothing(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    assert changelog.read(tmp_path) == []
    assert not changelog.log_path(tmp_path).exists() or changelog.log_path(tmp_path).read_text() == ""
    root = fetch(make_app(tmp_path).test_client())
    assert root.findall(A + "entry") == []


def test_a_rebuild_without_changes_logs_nothing(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    build_index(copy.deepcopy(RECORDS), tmp_path)
    assert changelog.read(tmp_path) == []


def test_the_log_holds_the_three_events(changed):
    data_dir, gen = changed
    events = changelog.read(data_dir)
    by_id = {e["id"]: e for e in events}
    assert len(events) == 3 and set(by_id) == {"hvl-helseledelse", "ny-master", "uit-helserett"}
    assert {e["generation"] for e in events} == {gen}
    assert all(changelog.parse_date(e["date"]) for e in events)
    changed_event = by_id["hvl-helseledelse"]
    assert changed_event["kind"] == "changed"
    assert changed_event["fields"] == {"credits_min": {"old": 15.0, "new": 30.0},
                                       "credits_max": {"old": 15.0, "new": 30.0},
                                       "start_term": {"old": "2027-host", "new": "2028-var"}}
    assert by_id["ny-master"]["kind"] == "new"
    gone = by_id["uit-helserett"]
    assert gone["kind"] == "gone" and gone["record"]["title"] == "Helserett" and "raw" not in gone["record"]
    for line in changelog.log_path(data_dir).read_text(encoding="utf-8").splitlines():
        assert set(json.loads(line)) >= {"date", "generation", "id", "kind", "fields"}


def test_status_becoming_gone_is_a_gone_event_and_places_are_compared_by_name():
    old = {r["id"]: copy.deepcopy(r) for r in RECORDS}
    new = copy.deepcopy(RECORDS)
    for r in new:
        if r["id"] == "hvl-okonomi":
            r["status"] = "gone"
        if r["id"] == "nord-mba":
            r["locations"] = [dict(r["locations"][0], lat=1.0)]      # same place, other position
        if r["id"] == "oslomet-personal":
            r["locations"] = r["locations"] + [OSLO]
    new = [r for r in new if r["id"] != "gone-kurs"]     # already gone: reported when it went
    events = {e["id"]: e for e in changelog.compare(old, new, "gen-x", date="2026-12-01T00:00:00+00:00")}
    assert set(events) == {"hvl-okonomi", "oslomet-personal"}
    assert events["hvl-okonomi"]["kind"] == "gone"
    assert events["hvl-okonomi"]["fields"]["status"] == {"old": "active", "new": "gone"}
    assert events["hvl-okonomi"]["record"]["status"] == "active"          # the last record before it went
    assert events["oslomet-personal"]["fields"]["locations"] == {"old": ["Oslo"], "new": ["Oslo", "Oslo"]}
    assert changelog.compare(None, new, "gen-x") == []


# -- the feed ------------------------------------------------------------------------------

def test_the_feed_has_exactly_the_three_events_with_stable_ids(feed_client, changed):
    _, gen = changed
    first = fetch(feed_client)
    expected = {f"tag:kurskatalog.no,2026:hvl-helseledelse/changed/{gen}",
                f"tag:kurskatalog.no,2026:ny-master/new/{gen}",
                f"tag:kurskatalog.no,2026:uit-helserett/gone/{gen}"}
    assert set(entries(first)) == expected
    assert list(entries(fetch(feed_client))) == list(entries(first))
    assert first.get("{http://www.w3.org/XML/1998/namespace}lang") == "nb"
    links = {i.split(":", 2)[2].split("/")[0]: e.find(A + "link").get("href") for i, e in entries(first).items()}
    assert links["hvl-helseledelse"].endswith("/kurs/hvl-helseledelse")
    assert links["ny-master"].endswith("/kurs/ny-master")
    assert "/kurs/" not in links["uit-helserett"]        # its page is gone: the search instead


def test_the_entries_say_what_happened_in_bokmal(feed_client):
    texts = {i.split(":", 2)[2].split("/")[0]: (e.find(A + "title").text, e.find(A + "summary").text)
             for i, e in entries(fetch(feed_client)).items()}
    title, summary = texts["hvl-helseledelse"]
    assert title == "Endret: Helseledelse"
    assert summary == "Endret: studiepoeng 15 → 30 stp, oppstart høst 2027 → vår 2028."
    title, summary = texts["ny-master"]
    assert title == "Nytt tilbud: Master i kvalitetsforbedring" and "120 stp" in summary and "Oslo" in summary
    title, summary = texts["uit-helserett"]
    assert title == "Ikke lenger i katalogen: Helserett" and "UiT" in summary


def test_the_feed_follows_the_search_filters(feed_client):
    assert offer_ids(fetch(feed_client, "?level=master")) == {"hvl-helseledelse", "ny-master"}
    # the offer that went is matched by the record the log kept
    assert offer_ids(fetch(feed_client, "?level=bachelor")) == {"uit-helserett"}
    assert offer_ids(fetch(feed_client, "?region=nord")) == {"uit-helserett"}
    assert offer_ids(fetch(feed_client, "?kommune=5501&max_km=50")) == {"uit-helserett"}
    assert offer_ids(fetch(feed_client, "?kommune=0301&max_km=50")) == {"ny-master"}
    assert offer_ids(fetch(feed_client, "?credits_min=100")) == {"ny-master"}
    assert offer_ids(fetch(feed_client, "?level=fagskole")) == set()


def test_the_feed_follows_the_query_words(feed_client):
    assert offer_ids(fetch(feed_client, "?q=kvalitetsforbedring")) == {"ny-master"}
    assert "uit-helserett" in offer_ids(fetch(feed_client, "?q=forvaltningsrett"))
    assert "uit-helserett" not in offer_ids(fetch(feed_client, "?q=forvaltningsrett+-helserett"))
    assert offer_ids(fetch(feed_client, "?q=velferdsteknologi")) == set()
    root = fetch(feed_client, "?q=kvalitetsforbedring&level=master")
    assert root.find(A + "id").text == "tag:kurskatalog.no,2026:feed?q=kvalitetsforbedring&level=master"
    assert "kvalitetsforbedring" in root.find(A + "title").text


def test_a_feed_is_computed_once_per_search_and_generation(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    build_index(second_generation(), tmp_path)
    app = make_app(tmp_path)
    client = app.test_client()
    fetch(client, "?level=master&q=ledelse")
    fetch(client, "?q=ledelse&level=master&page=2&sort=title")   # the same search
    cache = app.extensions["feed_cache"]
    assert cache.computed == 1
    response = client.get("/feed.atom?q=ledelse&level=master", headers={"If-None-Match": client.get(
        "/feed.atom?q=ledelse&level=master").headers["ETag"]})
    assert response.status_code == 304
    records = second_generation()
    for r in records:
        if r["id"] == "oslomet-personal":
            r["price_nok"] = 25000
    gen3 = build_index(records, tmp_path)                         # a new generation: a new feed
    root = fetch(client, "?level=master&q=ledelse")
    assert cache.computed == 2
    assert not any(gen3.name in i for i in entries(root))          # oslomet-personal is a bachelor
    whole = fetch(client)
    summary = entries(whole)[f"tag:kurskatalog.no,2026:oslomet-personal/changed/{gen3.name}"].find(A + "summary").text
    assert summary == "Endret: pris ikke oppgitt → kr 25 000."


def test_a_malformed_log_line_is_skipped_and_old_events_are_left_out(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    build_index(second_generation(), tmp_path)
    path = changelog.log_path(tmp_path)
    old = {"date": (datetime.now(UTC) - timedelta(days=400)).isoformat(), "generation": "gen-old",
           "id": "hvl-okonomi", "kind": "changed", "fields": {}}
    recent = dict(old, date=(datetime.now(UTC) - timedelta(days=10)).isoformat(), generation="gen-recent")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("this is not json\n")
        fh.write('{"kind": "new", "id": 5}\n')                        # JSON, but not an event
        fh.write(json.dumps(old) + "\n" + json.dumps(recent) + "\n")
        fh.write('{"date": "2026-12-04T10:00:00+00:00", "generation": "gen-cut", "id": "x", "ki')   # a cut line
    records = second_generation()
    for r in records:
        if r["id"] == "nord-mba":
            r["application_deadline"] = "2026-03-01"
    gen3 = build_index(records, tmp_path)        # appends after the cut line, on a line of its own
    events = changelog.read(tmp_path)
    assert [e["generation"] for e in events][-3:] == ["gen-old", "gen-recent", gen3.name]
    assert len(events) == 6
    ids = set(entries(fetch(make_app(tmp_path).test_client())))
    assert f"tag:kurskatalog.no,2026:nord-mba/changed/{gen3.name}" in ids
    assert "tag:kurskatalog.no,2026:hvl-okonomi/changed/gen-recent" in ids
    assert "tag:kurskatalog.no,2026:hvl-okonomi/changed/gen-old" not in ids      # over a year old
    assert len(ids) == 5


def test_markup_in_a_title_is_escaped(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    records = copy.deepcopy(RECORDS)
    evil = '<script>alert("feed")</script> Ny tittel & mer\x07 ]]> <![CDATA[x]]>'
    for r in records:
        if r["id"] == "xss":
            r["title"] = evil
    build_index(records, tmp_path)
    response = make_app(tmp_path).test_client().get("/feed.atom?q=tittel")
    assert response.status_code == 200
    assert b"<script" not in response.data and b"<![CDATA" not in response.data
    root = check_atom(response.data)
    assert {el.tag for el in root.iter()} <= ATOM_TAGS            # no element was injected
    (entry,) = root.findall(A + "entry")
    assert entry.find(A + "title").text == "Endret: " + evil.replace("\x07", "")
    assert '<script>alert("feed")</script>' in entry.find(A + "summary").text


@pytest.mark.parametrize("query", ["?level=phd", "?credits_min=abc", "?sort=distance", "?kommune=9999",
                                   "?include_online=kanskje", "?deadline_from=32.13.2026"])
def test_a_bad_parameter_is_a_400(feed_client, query):
    assert feed_client.get("/feed.atom" + query).status_code == 400


def test_feed_url_keeps_the_search_but_not_the_page(feed_client):
    from webapp import urls

    with feed_client.application.test_request_context("/"):
        req = SearchRequest(q="ledelse", filters={"level": ["master"]}, page=3, per_page=50, sort="title")
        assert urls.feed_url(req) == "/feed.atom?q=ledelse&level=master"
        assert urls.feed_url(SearchRequest()) == "/feed.atom"
        assert urls.feed_url(req, external=True) == "http://localhost/feed.atom?q=ledelse&level=master"


MATCH_CASES = ["", "q=ledelse", "q=helseledelse", "q=helserett", "q=ledelse+-økonomi", 'q="helse- og omsorgstjenestene"',
               "q=ledelse+helse+omsorg+kommune", "q=ledelsse", "q=velferdsteknologi", "level=master",
               "level=bachelor&part_time=true", "region=vest&include_everywhere=true", "region=ost",
               "credits_min=10&credits_max=20", "deadline_from=2026-01-01", "kommune=4601&max_km=200",
               "kommune=4601&include_online=false", "kommune=0301&max_km=100&include_unplaced=true",
               "status=gone", "status=historical,active", "topic=juss&q=rett", "delivery=nett"]


@pytest.mark.parametrize("query", MATCH_CASES)
def test_the_feed_matches_what_the_search_finds(changed, query):
    """The feed matches offers in the index by the search's own text match and the same filters;
    this checks it against the search's answer, so a filter added to the search and not to the
    feed fails here."""
    from urllib.parse import parse_qs

    from index import open_catalogue
    from index.request import from_args

    args = parse_qs(query, keep_blank_values=True)
    req = from_args(lambda name: args.get(name, []))
    cat = open_catalogue(changed[0])
    ids = [r["id"] for r in cat.all_records()]
    found = cat.matching(req, ids)                  # what the feed asks of the catalogue (webapp.feed.select)
    everything = dataclasses.replace(req, page=1, per_page=max(len(ids), 1))
    answer = cat.search(everything, snippets=False).to_dict()
    assert found == {r["id"] for r in answer["results"]}


def test_a_kept_record_of_the_wrong_shape_does_not_break_the_feed(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    build_index(second_generation(), tmp_path)
    bad = {"date": datetime.now(UTC).isoformat(), "generation": "gen-bad", "id": "weird", "kind": "gone",
           "fields": {}, "record": {"id": "weird", "title": "Rart", "locations": 5, "delivery": 7, "credits_max": "x"}}
    with open(changelog.log_path(tmp_path), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(bad) + "\n")
    assert offer_ids(fetch(make_app(tmp_path).test_client(), "?level=bachelor")) == {"uit-helserett"}


def test_a_changed_event_with_odd_values_still_renders(tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    build_index(second_generation(), tmp_path)
    odd = {"date": datetime.now(UTC).isoformat(), "generation": "gen-odd", "id": "hvl-okonomi",
           "kind": "changed", "fields": {"credits_max": {"old": "mange", "new": [1]}, "locations": {"old": 3}}}
    with open(changelog.log_path(tmp_path), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(odd) + "\n")
    found = entries(fetch(make_app(tmp_path).test_client()))
    assert found["tag:kurskatalog.no,2026:hvl-okonomi/changed/gen-odd"].find(A + "summary").text == "Endret."


def test_the_feed_cache_is_bounded_and_computes_a_feed_once_under_threads():
    import threading
    import time

    from webapp.feed import FeedCache

    cache = FeedCache(size=2)
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.05)
        return b"feed"

    threads = [threading.Thread(target=cache.get, args=("k", slow)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and cache.computed == 1
    for key in ("a", "b", "c"):
        cache.get(key, lambda: b"x")
    assert cache.get("k", lambda: b"again") == b"again"        # "k" was pushed out (2 kept)
    with pytest.raises(RuntimeError):
        cache.get("boom", lambda: (_ for _ in ()).throw(RuntimeError("x")))
    assert cache.get("boom", lambda: b"ok") == b"ok"


def test_a_list_is_followed_by_its_ids(feed_client):
    """«Følg» on a list (/liste): the feed of only those offers, titled as a list."""
    root = check_atom(feed_client.get("/feed.atom?ids=hvl-helseledelse,uit-helserett").get_data())
    assert offer_ids(root) == {"hvl-helseledelse", "uit-helserett"}
    assert "liste med 2 tilbud" in root.find(A + "title").text
    assert "/liste?ids=" in root.find(A + "link[@rel='alternate']").get("href")
    assert offer_ids(check_atom(feed_client.get("/feed.atom?ids=ny-master").get_data())) == {"ny-master"}


@pytest.mark.parametrize("page", ["/?q=ledelse", "/tema/ledelse", "/", "/liste?ids=hvl-helseledelse,nord-mba"])
def test_every_search_need_and_list_page_has_a_follow_link_to_a_valid_feed(feed_client, page):
    import lxml.html

    doc = lxml.html.fromstring(feed_client.get(page).get_data(as_text=True))
    links = doc.xpath("//a[@class='follow']/@href")
    assert links and all(h.startswith("/feed.atom") for h in links)
    assert doc.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")[0] == links[0]
    resp = feed_client.get(links[0])
    assert resp.status_code == 200 and resp.mimetype == "application/atom+xml"
    check_atom(resp.get_data())
