"""The crawl's item pipeline: pages into the store; nothing known is lost when a site breaks."""

from __future__ import annotations

import hashlib

from crawler.extract import extract
from crawler.fetch import FetchResult
from crawler.frontier import canonical
from crawler.pipeline import crawl_id, indexable, store_callbacks
from crawler.pipeline import handle as handle_page
from domain.seed import read_seed, seed_records
from crawler.store import Store
from index import open_catalogue
from index.request import SearchRequest
from service import config
from service.jobs import rebuild

PAGE = """<html lang="nb"><head><meta property="og:site_name" content="UiT Norges arktiske universitet"></head>
<body><h1>Helserett</h1><dl><dt>Studiepoeng</dt><dd>10</dd><dt>Studiested</dt><dd>Harstad</dd>
<dt>Undervisningsform</dt><dd>Samlinger</dd><dt>Deltid/heltid</dt><dd>Deltid</dd></dl>
<p>Helserett for ledere i kommunale helse- og omsorgstjenester, med forvaltningsrett og saksbehandling.</p>
<a href="/evu/">Videreutdanning</a></body></html>"""
URL = "https://uit.test/studier/helserett"
OWNERS = {"uit.test": "uit"}          # the test host belongs to UiT, as a registered domain would


def handle(store, fetched, **kw):
    return handle_page(store, fetched, host_providers=OWNERS, **kw)


def page(status=200, text=PAGE, error=None, etag='"v1"', when="2026-11-01T10:00:00+00:00"):
    return FetchResult(url=URL, status=status, text=text, error=error, etag=etag, fetched_at=when,
                       content_hash=hashlib.sha256(text.encode()).hexdigest() if text else None)


def test_a_course_page_is_stored_with_provenance_and_linked_to_its_seed_row(tmp_path):
    with Store.in_data_dir(tmp_path) as store:
        for r in seed_records(read_seed(config.seed_path())):
            store.upsert(r, origin="seed")
        outcome, links = handle(store, page())
        assert outcome == "new" and links == ["https://uit.test/evu/"]
        rec = store.get(crawl_id(URL))
        assert rec["provider_id"] == "uit" and rec["credits_max"] == 10
        prov = rec["provenance"]
        assert prov["origin"] == "crawl" and prov["etag"] == '"v1"' and prov["http_status"] == 200
        assert prov["linked_to"] == "hih-helserett"            # the 2014 row for HIH's Helserett
        ids = {r["id"] for r in indexable(store.records())}
        assert crawl_id(URL) in ids and "hih-helserett" not in ids


def test_second_visit_unchanged_304_gone_and_failures(tmp_path):
    with Store.in_data_dir(tmp_path) as store:
        handle(store, page())
        first = store.get(crawl_id(URL))
        assert handle(store, page(when="2026-11-08T10:00:00+00:00"))[0] == "unchanged"
        assert handle(store, page(status=304, text="", when="2026-11-15T10:00:00+00:00"))[0] == "not_modified"
        rec = store.get(crawl_id(URL))
        assert rec["last_seen"] == "2026-11-15T10:00:00+00:00"
        assert rec["last_changed"] == first["last_changed"] and rec["first_seen"] == first["first_seen"]
        # a server failing mid-crawl loses nothing; stale after three failures in a row
        for _i in range(2):
            assert handle(store, page(status=503, text="", error="http_5xx"))[0] == "error"
            assert store.get(crawl_id(URL))["status"] == "active"
        handle(store, page(status=None, text="", error="timeout"))
        rec = store.get(crawl_id(URL))
        assert rec["status"] == "stale" and rec["credits_max"] == 10 and rec["title"] == "Helserett"
        # a vanished page is marked gone with the date, and kept
        assert handle(store, page(status=410, text="", when="2026-11-22T10:00:00+00:00"))[0] == "gone"
        rec = store.get(crawl_id(URL))
        assert rec["status"] == "gone" and rec["provenance"]["gone_since"] == "2026-11-22T10:00:00+00:00"
        # coming back makes it active again
        changed = PAGE.replace("10</dd>", "15</dd>")
        assert handle(store, page(text=changed))[0] == "changed"
        assert store.get(crawl_id(URL))["status"] == "active"


def test_listings_and_unknown_404s_store_nothing(tmp_path):
    with Store.in_data_dir(tmp_path) as store:
        listing = "<html><body><h1>Studier</h1><a href='/a'>A</a></body></html>"
        assert handle(store, page(text=listing))[0] == "not_course"
        assert handle(store, page(status=404, text=""))[0] == "missing"
        assert store.records() == []


def test_a_known_offer_page_that_is_no_longer_a_course_is_gone_and_its_failures_reset(tmp_path):
    with Store.in_data_dir(tmp_path) as store:
        assert handle(store, page())[0] == "new"
        for _ in range(2):
            handle(store, page(status=503, text="", error="http_5xx"))
        assert store.get(crawl_id(URL))["provenance"]["failures"] == 2
        cancelled = "<html><body><h1>Kurset er avlyst</h1><p>Sjå andre tilbod.</p></body></html>"
        assert handle(store, page(text=cancelled, when="2026-11-22T10:00:00+00:00"))[0] == "gone"
        rec = store.get(crawl_id(URL))
        assert rec["status"] == "gone" and rec["provenance"]["failures"] == 0
        assert rec["provenance"]["gone_since"] == "2026-11-22T10:00:00+00:00" and rec["title"] == "Helserett"
        handle(store, page(status=503, text="", error="http_5xx"))
        assert store.get(crawl_id(URL))["status"] == "gone"


def test_rebuild_indexes_crawled_records_instead_of_their_seed_rows(tmp_path):
    rebuild(tmp_path, current="-")                 # the 2014 seed only
    with Store.in_data_dir(tmp_path) as store:
        handle(store, page())
    rebuild(tmp_path)                              # the data dir remembers: still the seed only
    every = {"status": ["active", "historical"]}
    result = open_catalogue(tmp_path).search(SearchRequest(q="helserett", per_page=50, filters=every)).to_dict()
    ids = [r["id"] for r in result["results"]]
    assert crawl_id(URL) in ids and "hih-helserett" not in ids
    assert result["index"]["records"] == 73        # 72 seed rows + 1 crawled record replacing one


HOSTILE = """<html lang="nb"><head><link rel="canonical" href="https://evil.example/bi-emm">
<script type="application/ld+json">{"@type": "Course", "name": "Executive Master of Management",
 "provider": {"@type": "Organization", "name": "Handelshøyskolen BI"}, "numberOfCredits": 90}</script></head>
<body><h1>Executive Master of Management</h1><p>Søk her.</p></body></html>"""


def test_a_page_cannot_speak_for_another_provider_or_move_an_offer_off_its_host(tmp_path):
    """Issue 14: a page on any crawled host whose JSON-LD names BI and the title of a BI row,
    with a canonical link to another domain, took over BI's row and its apply button."""
    with Store.in_data_dir(tmp_path) as store:
        for r in seed_records(read_seed(config.seed_path())):
            store.upsert(r, origin="seed")
        bi_row = store.get("bi-executive-master-of-management")
        assert bi_row and bi_row["provider_id"] == "bi"
        for url, owners, owner_id in (("https://hvl.test/studier/emm", {"hvl.test": "hvl"}, "hvl"),
                                      ("https://random.test/emm", {}, None)):
            fetched = FetchResult(url=url, status=200, text=HOSTILE,
                                  content_hash=hashlib.sha256(url.encode()).hexdigest())
            assert handle_page(store, fetched, host_providers=owners)[0] == "new"
            rec = store.get(crawl_id(url))
            assert rec["provider_id"] == owner_id                      # the host's owner, or nobody
            assert rec["url"] == url                                   # not evil.example
            assert rec["provenance"]["linked_to"] is None              # BI's row is not claimed
        ids = {r["id"] for r in indexable(store.records())}
        assert "bi-executive-master-of-management" in ids


def test_the_seed_link_is_found_in_an_index_read_once_per_crawl(tmp_path):
    """A crawled record is linked to the catalogue row it continues: the row whose page it is
    (today's offers first), else the row of the same provider and title. The rows are read once
    for a whole crawl, not scanned for every page."""
    with Store.in_data_dir(tmp_path) as store:
        for path, origin in ((config.seed_path(), "seed"), (config.current_path(), "current")):
            for r in seed_records(read_seed(path)):
                store.upsert(r, origin=origin)
        row = next(r for r in store.records(origin="current") if canonical(r.get("url") or ""))
        reads, real = [], store.records
        store.records = lambda origin=None: reads.append(origin) or real(origin)
        on_page = store_callbacks(store, OWNERS).on_page
        urls = [row["url"]] + [f"https://uit.test/studier/helserett-{n}" for n in range(5)]
        for url in urls:
            fetched = FetchResult(url=url, status=200, text=PAGE, content_hash=hashlib.sha256(url.encode()).hexdigest())
            assert on_page(fetched, extract(PAGE, url)) == "new"
        assert reads == ["current", "seed"]
        linked = {r["provenance"]["url"]: r["provenance"]["linked_to"] for r in real(origin="crawl")}
        assert linked[canonical(row["url"])] == row["id"]                  # its page: whatever it says
        assert [linked[url] for url in urls[1:]] == ["hih-helserett"] * 5   # UiT's Helserett of 2014
