"""The crawl loop (crawler.crawl.crawl with callbacks) over the whole fixture web."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from urllib.parse import urlsplit

import pytest

from crawler.config import Callbacks, CrawlConfig
from crawler.crawl import crawl
from crawler.fetch import Fetcher, fetcher as fetcher_module

pytestmark = pytest.mark.slow   # crawls of the fixture web

DOMAINS = ["usn.test", "hvl.test", "inn.test", "oslomet.test", "nord.test", "uit.test", "vid.test"]
STARTS = ["http://usn.test/videreutdanning/", "http://hvl.test/", "http://inn.test/", "http://oslomet.test/evu/",
          "http://nord.test/", "http://uit.test/", "http://vid.test/"]
DELAY = 0.2
TOL = 0.005    # on the client's clock: request starts, read as the fetcher sends (the server's arrival times
               # lagged by up to 0.17 s with 8 hosts in parallel on 2 cores, so they are not used for the gap)
REACHABLE = {
    "Helseledelse", "Leiing i helse- og omsorgstenestene", "Endringsledelse i helse- og omsorgstenestene",
    "Økonomistyring for ledere i kommunal sektor", "Personalledelse og arbeidsrett for ledere i helse og omsorg",
    "Kvalitetsforbedring og pasientsikkerhet for ledere", "Lederutvikling for mellomledere i omsorgstjenesten",
    "Veiledning og coaching for ledere", "Health Management, 30 ECTS",
}


class Recorder:
    def __init__(self):
        self.pages, self.errors = [], []

    def on_page(self, page, extracted):
        self.pages.append((page, extracted))
        if extracted is None:
            return "not_modified"
        return "course" if extracted.is_course else "other"

    def on_error(self, url, page):
        self.errors.append((url, page))
        return None

    def courses(self):
        return [e.offer["title"] for _, e in self.pages if e is not None and e.is_course]


def run(web, rec=None, starts=STARTS, validators=None, **config):
    rec = rec or Recorder()
    fetcher = Fetcher(resolve=web.resolve, delay=DELAY, timeout=(1.0, 1.0), retries=2, backoff=0.05)
    options = dict(allowed_hosts=DOMAINS, max_pages=40, max_depth=4, max_query_variants=3)
    report = crawl(starts, config=CrawlConfig(**{**options, **config}), fetcher=fetcher,
                   callbacks=Callbacks(on_page=rec.on_page, on_error=rec.on_error, validators=validators))
    return report, rec


class SendClock:
    """Wraps the fetcher's transport to note, per host, when each request was sent (client side)."""

    def __init__(self, get):
        self._get, self._lock, self.starts = get, threading.Lock(), defaultdict(list)

    def __call__(self, session, url, *args, **kwargs):
        with self._lock:
            self.starts[urlsplit(url).hostname].append(time.monotonic())
        return self._get(session, url, *args, **kwargs)


@pytest.fixture(scope="module")
def crawled(fixture_web_module):
    """One crawl of the whole fixture web, shared by the tests that only read its results."""
    clock = SendClock(fetcher_module.transport.get)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fetcher_module.transport, "get", clock)
        report, rec = run(fixture_web_module)
    report = {**report, "send_times": dict(clock.starts)}
    return fixture_web_module, report, rec


def test_every_reachable_course_once_and_nothing_else(crawled):
    web, report, rec = crawled
    titles = rec.courses()
    assert set(titles) == REACHABLE
    assert len(titles) == len(set(titles))                       # duplicates (URL variants, ?page=1) dropped
    offers = {e.offer["title"]: e.offer for _, e in rec.pages if e and e.is_course}
    assert offers["Endringsledelse i helse- og omsorgstenestene"]["url"] == \
        "http://hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene"   # reached by a 301
    assert offers["Health Management, 30 ECTS"]["url"] == "http://evu.uit.test/en/health-management"  # subdomain
    assert report["hosts"]["oslomet.test"]["course"] == 1          # the 503 page, on its retry


def test_robots_is_obeyed_everywhere(crawled):
    web, report, rec = crawled
    assert web.disallowed_requests() == []
    assert not any(p.startswith("/intern/") for p in web.paths("hvl.test"))
    assert set(web.paths("vid.test")) == {"/robots.txt"}             # robots.txt 5xx: nothing else
    refused = {url for url, page in rec.errors if page.error == "robots_disallowed"}
    assert {"http://hvl.test/intern/utkast-helseleiing", "http://vid.test/", "http://usn.test/sok?q=ledelse",
            "http://uit.test/admin/", "http://nord.test/admin/", "http://hvl.test/studier/utkast"} <= refused


def test_crawl_trap_and_scope_are_bounded(crawled):
    web, report, rec = crawled
    calendar = [p for p in web.paths("nord.test") if p.startswith("/kalender")]
    assert 1 <= len(calendar) <= 3
    assert report["hosts"]["nord.test"]["refused_trap"] >= 1
    hosts = {r.host for r in web.requests()}
    assert hosts <= set(DOMAINS) | {"evu.uit.test"}
    errors = {url: page.error for url, page in rec.errors}
    assert errors["http://hvl.test/ekstern"] == "out_of_scope"      # a redirect to lovdata.test
    assert errors["http://hvl.test/kurs/leiing-gammal"] == "redirect_loop"
    assert errors["http://usn.test/studier/nedlagt-kurs"] == "http_4xx"
    assert errors["http://oslomet.test/feil"] == "http_5xx"
    assert report["hosts"]["www.facebook.com"] == {"refused_out_of_scope": 1, "queued_left": 0}
    assert not any(p.endswith(".pdf") for p in web.paths())
    assert web.paths("usn.test").count("/studier/helseledelse") == 1  # ?utm_…, #opptak, fbclid: one URL


def test_per_host_delay_holds_while_hosts_run_in_parallel(crawled):
    web, report, rec = crawled
    sent = report["send_times"]
    assert set(sent) == {r.host for r in web.requests()}
    windows = {}
    for host, times in sent.items():
        gap = 0.4 if host == "inn.test" else DELAY                     # inn.test has Crawl-delay: 0.4
        if len(times) > 1:
            assert min(b - a for a, b in zip(times, times[1:])) >= gap - TOL, host
        windows[host] = (times[0], times[-1])
    busiest = max(windows, key=lambda h: len(sent[h]))
    others = [h for h in windows if h != busiest]
    assert any(windows[h][0] < windows[busiest][1] and windows[h][1] > windows[busiest][0] for h in others)


def test_sitemaps_feed_the_frontier(crawled):
    web, report, rec = crawled
    assert report["hosts"]["hvl.test"]["sitemap_urls"] == 4
    assert "/sitemap-nyheiter.xml.gz" in web.paths("hvl.test")
    assert "/nyheiter/opptak-2026" in web.paths("hvl.test")           # linked from the sitemap only


def test_a_second_crawl_is_conditional(fixture_web):
    first, rec1 = run(fixture_web)
    known = {page.url: (page.etag, page.last_modified, page.content_hash) for page, e in rec1.pages}
    fixture_web.clear()
    report, rec2 = run(fixture_web, validators=lambda url: known.get(url, (None, None)))
    revisited = [(page, e) for page, e in rec2.pages if page.url in known]
    assert revisited and all(e is None for page, e in revisited)
    # the validators are not sent to a redirect target: that one is fetched, and its hash matches
    assert all(page.not_modified != bool(page.redirects) for page, e in revisited)
    sent = [r for r in fixture_web.requests("hvl.test", "/studier/leiing-i-helse-og-omsorgstenestene")]
    assert sent and sent[0].headers.get("If-None-Match")
    assert rec2.courses() == []


def test_page_budget_depth_and_no_sitemaps(fixture_web):
    report, rec = run(fixture_web, max_pages=2)
    paths = {(r.host, r.path) for r in fixture_web.requests() if not r.path.startswith(("/robots.txt", "/sitemap"))}
    assert max(Counter(host for host, _ in paths).values()) == 2        # retries are not extra pages
    assert all(stats.get("fetched", 0) <= 2 for stats in report["hosts"].values())
    fixture_web.clear()
    report, rec = run(fixture_web, max_depth=0, use_sitemaps=False, starts=["http://hvl.test/", "http://usn.test/"])
    assert [p for p in fixture_web.paths() if p != "/robots.txt"] == ["/", "/"]
    assert report["pages"] == 2 and rec.errors == []
