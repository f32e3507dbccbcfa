"""Crawl efficiency (issue 14): a retry waits behind its host's other pages instead of holding
the host; a re-crawl of an unchanged site asks conditionally for every page it fetched before
(listings and sitemaps too) and still follows the links of pages answered 304; a redirected
page is checked in one request chain; the run report counts requests per host.

Timing is read off the fixture server's request log (monotonic arrival times), with the
tolerance the crawl loop tests use."""

from __future__ import annotations

import io
import time
from collections import Counter
from pathlib import Path

import pytest

from crawler import crawl as crawling
from crawler.config import CrawlConfig
from crawler.crawl import crawl
from crawler.fetch import Fetcher
from crawler.frontier import Frontier, Scope
from crawler.memory import PageMemory
from crawler.store import Store
from kurskatalog.progress import CrawlProgress, status_line
from qa.politeness import OPTIONS, SITE_HOST, STARTS, RecordingWeb, write_site

pytestmark = pytest.mark.slow   # timed crawls of the fixture web and of a generated site

DELAY = 0.3
BACKOFF = 1.0          # the default: retries after 1 s and 2 s
TOL = 0.1              # server-side arrival times wobble (a new connection, a busy machine)
KVAL = "/evu/kvalitetsforbedring-og-pasientsikkerhet"      # 503 once, then 200


# -- 1 and 4: retries go behind the host's other pages; requests are reported ----------------------

def test_a_crawl_keeps_near_the_politeness_bound_and_retries_after_the_hosts_other_pages(fixture_web, tmp_path):
    fetcher = Fetcher(resolve=fixture_web.resolve, delay=DELAY, backoff=BACKOFF, retries=2, timeout=(2.0, 2.0))
    started = time.monotonic()
    with Store.in_data_dir(tmp_path) as store:
        report = crawl(STARTS, store, CrawlConfig(**OPTIONS), fetcher=fetcher)
    wall = time.monotonic() - started
    log = fixture_web.requests()
    per_host = Counter(r.host for r in log)
    gap = {host: fetcher.crawl_delay(f"http://{host}/") for host in per_host}
    assert gap["inn.test"] == pytest.approx(0.4) and gap["hvl.test"] == DELAY          # robots Crawl-delay
    bound = max(n * gap[host] for host, n in per_host.items())
    # A retry that held its host through the backoffs (1 s + 2 s) would take the bound + 3 s (1.67 x
    # here); 1.3 x leaves room for a loaded machine (1.18 x was seen with both cores overloaded).
    assert wall <= 1.3 * bound, (wall, bound)
    # politeness still holds: spacing per host, robots.txt, one request per URL and attempt
    for host in per_host:
        times = [r.time for r in fixture_web.requests(host)]
        if len(times) < 2:
            continue
        # on average the host's delay apart; one late arrival on a busy machine can shorten a single gap
        # (0.14 s of 0.3 was seen while both cores were busy), never to the near nothing of no delay at all
        assert (times[-1] - times[0]) / (len(times) - 1) >= gap[host] - TOL, host
        assert min(b - a for a, b in zip(times, times[1:])) >= gap[host] / 4, host
    assert fixture_web.disallowed_requests() == []
    # the backoff is kept as the least time before the same URL is tried again ...
    feil = [r.time for r in fixture_web.requests("oslomet.test", "/feil")]
    assert len(feil) == 3 and feil[1] - feil[0] >= BACKOFF - TOL and feil[2] - feil[1] >= 2 * BACKOFF - TOL
    kval = [r.time for r in fixture_web.requests("oslomet.test", KVAL)]
    assert len(kval) == 2 and kval[1] - kval[0] >= BACKOFF - TOL
    # ... while the host's other pages are fetched in it
    between = [r.path for r in fixture_web.requests("oslomet.test") if kval[0] < r.time < kval[1]]
    assert "/feil" in between or "/evu/ledelse-i-praksis" in between
    assert report["hosts"]["oslomet.test"]["retried"] == 3 and report["hosts"]["oslomet.test"]["new"] == 1
    assert report["hosts"]["oslomet.test"]["fetched"] == 5                 # pages: a retry is no new page
    # the report counts requests (robots.txt, sitemaps, redirect hops, retries) as the server saw them
    assert {h: s["requests"] for h, s in report["hosts"].items() if "requests" in s} == dict(per_host)
    assert report["delays"]["inn.test"] == pytest.approx(0.4) and report["delays"]["hvl.test"] == DELAY


def test_a_deferred_retry_resumes_where_it_failed(fixture_web):
    f = Fetcher(resolve=fixture_web.resolve, delay=0.0, backoff=0.2, retries=2)
    failed = f.fetch(f"http://oslomet.test{KVAL}", defer_retry=True)
    assert failed.error == "http_5xx" and failed.attempts == 1
    assert failed.retry_at is not None and failed.retry_at - time.monotonic() > 0.1      # no sleep here
    again = f.fetch(f"http://oslomet.test{KVAL}", defer_retry=True, resume=failed)
    assert again.ok and again.attempts == 2 and again.retry_at is None
    last = f.fetch("http://oslomet.test/feil", defer_retry=True)
    for attempt in (2, 3):
        last = f.fetch("http://oslomet.test/feil", defer_retry=True, resume=last)
        assert last.attempts == attempt
    assert last.retry_at is None and last.error == "http_5xx"             # retries spent: a failure
    assert len(fixture_web.requests("oslomet.test", "/feil")) == 3
    assert f.host_stats()["oslomet.test"] == {"requests": 6, "gap": 0.0}  # robots.txt and 5 attempts


def test_a_due_retry_goes_first_and_uses_no_page_budget():
    f = Frontier(Scope(frozenset({"a.test"}), max_pages_per_host=2))
    for path in ("/1", "/2"):
        f.add(f"http://a.test{path}")
    assert f.pop("a.test", now=0.0) == ("http://a.test/1", 0)
    f.retry("http://a.test/1", 0, not_before=10.0)
    assert f.pop("a.test", now=1.0) == ("http://a.test/2", 0)              # not due: the next page first
    assert f.hosts(now=5.0) == [] and f.next_retry() == 10.0 and f.pending("a.test") == 1
    assert f.hosts(now=10.0) == ["a.test"]
    assert f.pop("a.test", now=10.0) == ("http://a.test/1", 0)             # budget of 2 spent, still due
    assert f.next_retry() is None and f.pop("a.test", now=11.0) is None


# -- 2 and 3: a re-crawl of an unchanged site ---------------------------------------------------------

@pytest.fixture(scope="module")
def recrawled(tmp_path_factory):
    """An unchanged site crawled twice: (answers and report of the first crawl, of the second, data dir,
    URLs parsed in the second)."""
    tmp = tmp_path_factory.mktemp("unchanged")
    write_site(tmp / "sites")
    parsed = []
    with RecordingWeb(tmp / "sites") as web:
        runs = []
        for n in range(2):
            web.clear()
            with Store.in_data_dir(tmp / "data") as store, pytest.MonkeyPatch.context() as mp:
                if n:
                    mp.setattr(crawling, "extract", lambda html, url, real=crawling.extract: parsed.append(url)
                               or real(html, url))
                report = crawl([f"http://{SITE_HOST}/"], store, fetcher=Fetcher(resolve=web.resolve, delay=0.0))
            runs.append((list(web.answers), report))
    return runs[0], runs[1], tmp / "data", parsed


def test_a_recrawl_of_an_unchanged_site_is_conditional_and_reaches_the_same_pages(recrawled):
    (first, first_report), (again, report), data_dir, parsed = recrawled
    hits = [a for a in again if a.conditional and a.status == 304]
    assert len(hits) / len(again) >= 0.9, [a for a in again if a not in hits]
    assert {a.path for a in again} == {a.path for a in first}                 # listings 304: links kept
    for path in ("/?page=2", "/?page=3", "/nyheter/", "/sitemap.xml"):           # linked from 304 pages only
        assert [(a.status, a.conditional) for a in again if a.path == path] == [(304, True)], path
    assert parsed == []                                                       # nothing is parsed again
    stats = report["hosts"][SITE_HOST]
    assert stats["not_modified"] == first_report["hosts"][SITE_HOST]["new"] == 21
    assert stats["requests"] == len(again) and first_report["hosts"][SITE_HOST]["requests"] == len(first)
    with Store.in_data_dir(data_dir) as store:
        memory = PageMemory(store)
        listing = memory.get(f"http://{SITE_HOST}/")
        assert f"http://{SITE_HOST}/?page=2" in listing.links and listing.etag and listing.kind == "page"
        assert memory.get(f"http://{SITE_HOST}/sitemap.xml").kind == "urlset"
        assert all(r["status"] == "active" for r in store.records(origin="crawl"))


def test_a_redirected_course_page_is_checked_in_one_request_chain(recrawled):
    (first, _), (again, report), data_dir, parsed = recrawled
    chain = [(a.path, a.status, a.conditional) for a in again if a.path in ("/kurs/gammel", "/kurs/flyttet")]
    assert chain == [("/kurs/gammel", 301, False), ("/kurs/flyttet", 304, True)]
    with Store.in_data_dir(data_dir) as store:
        moved = store.by_url(f"http://{SITE_HOST}/kurs/flyttet")
        assert moved["provenance"]["url"] == f"http://{SITE_HOST}/kurs/gammel" and moved["status"] == "active"
        assert moved["last_seen"] >= moved["first_seen"]


def test_a_page_that_is_gone_is_forgotten(tmp_path):
    web_dir = write_site(tmp_path / "sites")
    with RecordingWeb(tmp_path / "sites") as web, Store.in_data_dir(tmp_path / "data") as store:
        crawl([f"http://{SITE_HOST}/"], store, fetcher=Fetcher(resolve=web.resolve, delay=0.0))
        memory = PageMemory(store)
        assert memory.get(f"http://{SITE_HOST}/nyheter/") is not None
        (web_dir / "nyheter" / "index.html").unlink()
        crawl([f"http://{SITE_HOST}/"], store, fetcher=Fetcher(resolve=web.resolve, delay=0.0))
        assert memory.get(f"http://{SITE_HOST}/nyheter/") is None


def test_the_progress_line_counts_requests():
    state = {"hvl.test": {"fetched": 5, "requests": 9, "queued": 12, "errors": 1}}
    assert status_line(state) == "fetched 5, requests 9, queued 12, errors 1 | hvl.test 5/12/1"
    out = io.StringIO()
    CrawlProgress(out, live=True)("hvl.test", "http://hvl.test/a", "new", state)
    assert "requests 9" in out.getvalue()


def test_the_bench_site_is_what_its_docstring_says(tmp_path):
    root = write_site(tmp_path, courses=20)
    assert len(list((root / "kurs").glob("k*.html"))) == 20 and (root / "index.page-3.html").exists()
    assert "Sitemap:" in (root / "robots.txt").read_text() and Path(root / "_routes.json").exists()
