"""Crawling into the store and the index: the fixture web (qa/fixtureweb) fills the
catalogue with correct records; a second crawl is conditional and parses nothing; a page
that vanishes is marked gone and stays visible; a server that fails mid-crawl loses
nothing; the index is only renewed when what it shows changed; the command line and the
scheduler run the same crawl."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawler import crawl as crawling
from crawler.config import Callbacks, CrawlConfig
from crawler.crawl import crawl
from crawler.fetch import Fetcher
from crawler.store import Store
from index import open_catalogue
from index.request import SearchRequest
from kurskatalog.progress import CrawlProgress, status_line
from qa.fixtureweb.server import SITES, FixtureWeb
from service.jobs import rebuild

pytestmark = pytest.mark.slow   # crawls of the fixture web (up to 12 s each)

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE_ROWS = sum(1 for name in ("catalogue_seed.csv", "catalogue_current.csv")
                     for _ in open(ROOT / name, encoding="utf-8")) - 2      # without the two headers
STARTS = ["http://usn.test/videreutdanning/", "http://hvl.test/", "http://inn.test/", "http://oslomet.test/evu/",
          "http://nord.test/", "http://uit.test/", "http://vid.test/"]
OWNERS = {"usn.test": "usn", "hvl.test": "hvl", "inn.test": "inn", "oslomet.test": "oslomet", "nord.test": "nord",
          "uit.test": "uit", "evu.uit.test": "uit", "vid.test": "vid"}
COURSE_PATHS = {
    "http://usn.test/studier/helseledelse", "http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene",
    "http://hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene",
    "http://inn.test/studier/okonomistyring-for-ledere", "http://inn.test/studier/personalledelse",
    "http://oslomet.test/evu/kvalitetsforbedring-og-pasientsikkerhet",
    "http://nord.test/kurs/lederutvikling-for-mellomledere", "http://nord.test/kurs/veiledning-og-coaching-for-ledere",
    "http://evu.uit.test/en/health-management",
}


def fetcher(web) -> Fetcher:
    return Fetcher(resolve=web.resolve, delay=0.05, timeout=(1.0, 1.0), retries=1, backoff=0.05)


CONFIG = CrawlConfig(allowed_hosts=list(OWNERS), max_pages=40, max_depth=4, max_query_variants=3,
                     host_providers=OWNERS)


def run(web, data_dir) -> dict:
    with Store.in_data_dir(data_dir) as store:
        return crawl(STARTS, store, CONFIG, fetcher=fetcher(web))


def stored(data_dir) -> dict[str, dict]:
    with Store.in_data_dir(data_dir) as store:
        return {r["provenance"]["final_url"]: r for r in store.records(origin="crawl")}


@pytest.fixture()
def web_copy(tmp_path):
    """A fixture web on a copy of the sites, so a test may change or delete pages."""
    sites = tmp_path / "sites"
    shutil.copytree(SITES, sites)
    with FixtureWeb(sites) as web:
        yield web, sites


def test_a_crawl_fills_the_store_with_correct_records(fixture_web, tmp_path):
    report = run(fixture_web, tmp_path)
    records = stored(tmp_path)
    assert set(records) == COURSE_PATHS
    facts = {url: (r["title"], r["provider_id"], r["credits_max"], r["level"], r["kind"], r["part_time"],
                   sorted(loc["kommune"] for loc in r["locations"]), r["price_nok"])
             for url, r in records.items()}
    # what each page says, normalised (read off the fixture pages by hand)
    assert facts == {
        "http://usn.test/studier/helseledelse":
            ("Helseledelse", "usn", 15, "bachelor", "single_course", True, ["Drammen"], 0),
        "http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene":
            ("Leiing i helse- og omsorgstenestene", "hvl", 30, "bachelor", "single_course", True,
             ["Sunnfjord"], 0),
        "http://hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene":
            ("Endringsledelse i helse- og omsorgstenestene", "hvl", 15, "bachelor", "single_course", True,
             ["Bergen", "Haugesund"], 0),                      # 15 credits, no kind stated: a single course
        "http://inn.test/studier/okonomistyring-for-ledere":
            ("Økonomistyring for ledere i kommunal sektor", "inn", 7.5, "bachelor", "single_course", True,
             ["Lillehammer"], 4500),
        "http://inn.test/studier/personalledelse":
            ("Personalledelse og arbeidsrett for ledere i helse og omsorg", "inn", 10, "bachelor", "single_course", True,
             ["Elverum", "Hamar"], 9800),
        "http://oslomet.test/evu/kvalitetsforbedring-og-pasientsikkerhet":
            ("Kvalitetsforbedring og pasientsikkerhet for ledere", "oslomet", 10, "master", "single_course", True,
             ["Oslo"], 12000),
        "http://nord.test/kurs/lederutvikling-for-mellomledere":
            ("Lederutvikling for mellomledere i omsorgstjenesten", "nord", 0, "none", "non_credit", None,
             ["Bodø"], 14900),
        "http://nord.test/kurs/veiledning-og-coaching-for-ledere":
            ("Veiledning og coaching for ledere", "nord", 15, "bachelor", "single_course", True, ["Levanger"], None),
        "http://evu.uit.test/en/health-management":
            ("Health Management, 30 ECTS", "uit", 30, "master", "single_course", True, ["Tromsø"], 28000),
    }
    leiing = records["http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene"]
    assert "samling" in leiing["delivery"] and "nett" in leiing["delivery"]
    assert "ledelse" in leiing["topics"]
    endring = records["http://hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene"]
    prov = endring["provenance"]
    assert prov["url"] == "http://hvl.test/studier/endringsledelse"          # reached through a 301
    assert prov["http_status"] == 200 and prov["etag"] and prov["last_modified"] and prov["page_hash"]
    assert prov["fetched_at"] and endring["first_seen"] and endring["last_changed"]
    assert fixture_web.disallowed_requests() == []
    assert report["hosts"]["hvl.test"]["new"] == 2


def test_a_second_crawl_is_conditional_and_parses_no_course_page(fixture_web, tmp_path, monkeypatch):
    run(fixture_web, tmp_path)
    before = stored(tmp_path)
    fixture_web.clear()
    parsed = []
    real = crawling.extract
    monkeypatch.setattr(crawling, "extract", lambda html, url: parsed.append(url) or real(html, url))
    report = run(fixture_web, tmp_path)
    assert not set(parsed) & COURSE_PATHS                         # listings only: they give the links
    sent = [r for r in fixture_web.requests("usn.test", "/studier/helseledelse")]
    assert sent and all(r.headers.get("If-None-Match") for r in sent)
    assert sum(stats.get("not_modified", 0) for stats in report["hosts"].values()) == len(COURSE_PATHS)
    after = stored(tmp_path)
    assert {u: r["last_changed"] for u, r in after.items()} == {u: r["last_changed"] for u, r in before.items()}
    assert all(after[u]["last_seen"] >= before[u]["last_seen"] for u in after)


def test_the_same_body_without_validators_is_not_parsed_again(fixture_web, tmp_path, monkeypatch):
    run(fixture_web, tmp_path)
    parsed = []
    real = crawling.extract
    monkeypatch.setattr(crawling, "extract", lambda html, url: parsed.append(url) or real(html, url))
    with Store.in_data_dir(tmp_path) as store:           # validators without etag/date: only the hash
        report = crawl(STARTS, store, CONFIG, fetcher=fetcher(fixture_web),
                       callbacks=Callbacks(validators=lambda url: (None, None, (store.by_url(url) or {"provenance": {}})
                                                                   ["provenance"].get("page_hash"))))
    assert not set(parsed) & COURSE_PATHS
    assert sum(stats.get("unchanged", 0) for stats in report["hosts"].values()) == len(COURSE_PATHS)


def test_a_vanished_page_is_gone_and_stays_visible(web_copy, tmp_path):
    web, sites = web_copy
    run(web, tmp_path)
    (sites / "usn.test" / "studier" / "helseledelse.html").unlink()
    run(web, tmp_path)
    records = stored(tmp_path)
    gone = records["http://usn.test/studier/helseledelse"]
    assert gone["status"] == "gone" and gone["provenance"]["gone_since"]
    assert gone["credits_max"] == 15                                  # what was known is kept
    assert all(r["status"] == "active" for u, r in records.items() if u != "http://usn.test/studier/helseledelse")
    rebuild(tmp_path)
    catalogue = open_catalogue(tmp_path)
    assert catalogue.get(gone["id"]).record["status"] == "gone"       # its page still answers
    hits = {h["id"]: h for h in catalogue.search(SearchRequest(q="helseledelse", per_page=50)).to_dict()["results"]}
    assert hits[gone["id"]]["status"] == "gone"                       # found, and marked as gone


def test_a_server_that_fails_mid_crawl_loses_nothing(web_copy, tmp_path):
    web, sites = web_copy
    run(web, tmp_path)
    rebuild(tmp_path)
    before = stored(tmp_path)
    generation = open_catalogue(tmp_path).meta().generation
    for _n in range(3):                                                # three broken crawls in a row
        web.clear()
        web.outage_after = 12
        report = run(web, tmp_path)
        assert sum(stats.get("http_5xx", 0) for stats in report["hosts"].values()) > 0
        built = rebuild(tmp_path, force=False)
    after = stored(tmp_path)
    assert set(after) == set(before)                                  # nothing known is deleted
    for url, record in after.items():
        assert {k: record[k] for k in ("title", "credits_max", "locations")} == \
            {k: before[url][k] for k in ("title", "credits_max", "locations")}
    assert {r["status"] for r in after.values()} <= {"active", "stale"}
    assert any(r["status"] == "stale" for r in after.values())        # checked and failed 3 times
    assert all((r["status"] == "stale") == (r["provenance"]["failures"] >= 3) for r in after.values())
    assert not built.unchanged and built.generation != generation     # stale shows in the index
    assert len(open_catalogue(tmp_path).all_records()) == len(before) + CATALOGUE_ROWS   # + the catalogue files' rows


def test_the_index_is_renewed_only_when_what_it_shows_changed(web_copy, tmp_path):
    web, sites = web_copy
    run(web, tmp_path)
    first = rebuild(tmp_path, force=False)
    run(web, tmp_path)                                                # all 304: only dates move
    again = rebuild(tmp_path, force=False)
    assert again.unchanged and again.generation == first.generation
    page = sites / "inn.test" / "studier" / "okonomistyring-for-ledere.html"
    page.write_text(page.read_text("utf-8").replace("7,5", "10"), "utf-8")
    run(web, tmp_path)
    changed = rebuild(tmp_path, force=False)
    assert not changed.unchanged and changed.generation != first.generation
    record = next(r for r in open_catalogue(tmp_path).all_records() if r["title"].startswith("Økonomistyring"))
    assert record["credits_max"] == 10
    forced = rebuild(tmp_path)                                        # `kurskatalog build` always builds
    assert forced.generation != changed.generation


def test_progress_on_a_terminal_and_silence_elsewhere():
    state = {"hvl.test": {"fetched": 5, "queued": 12, "errors": 1}, "usn.test": {"fetched": 2, "queued": 0,
                                                                                "errors": 0}}
    assert status_line(state) == "fetched 7, queued 12, errors 1 | hvl.test 5/12/1 | usn.test 2/0/0"
    out = io.StringIO()
    live = CrawlProgress(out, live=True)
    live("hvl.test", "http://hvl.test/a", "new", state)
    live("hvl.test", "http://hvl.test/feil", "http_5xx", state)
    live.close()
    text = out.getvalue()
    assert "\r\x1b[K" in text and "  hvl.test: http_5xx http://hvl.test/feil\n" in text
    assert text.count("fetched 7, queued 12") == 2
    quiet = io.StringIO()
    CrawlProgress(quiet, live=False)("hvl.test", "http://hvl.test/a", "new", state)
    assert quiet.getvalue() == ""


def cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kurskatalog.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


def test_the_crawl_command_fills_the_catalogue(fixture_web, tmp_path):
    resolve = [x for host in ("hvl.test", "usn.test") for x in ("--resolve", f"{host}=127.0.0.1:{fixture_web.port}")]
    out = cli("crawl", "--start", "http://hvl.test/", "--start", "http://usn.test/videreutdanning/",
              "--delay", "0.05", "--data-dir", str(tmp_path), *resolve)
    assert out.returncode == 0, out.stderr
    summary = out.stdout.strip().splitlines()[-1]
    assert summary.startswith("crawled ") and "on 2 hosts" in summary, out.stdout
    assert (tmp_path / "runs").exists()
    assert {r.host for r in fixture_web.requests()} == {"hvl.test", "usn.test"}
    result = open_catalogue(tmp_path).search(SearchRequest(q="leiing", per_page=50)).to_dict()
    titles = {r["title"] for r in result["results"]}
    assert {"Leiing i helse- og omsorgstenestene", "Endringsledelse i helse- og omsorgstenestene"} <= titles
    again = cli("crawl", "--start", "http://hvl.test/", "--start", "http://usn.test/videreutdanning/",
                "--delay", "0.05", "--data-dir", str(tmp_path), *resolve)
    assert again.returncode == 0 and "unchanged" in again.stdout.splitlines()[-1]
    bad = cli("crawl", "--start", "http://hvl.test/", "--resolve", "hvl.test", "--data-dir", str(tmp_path))
    assert bad.returncode == 2 and "HOST=ADDR:PORT" in bad.stderr


def test_the_extract_command_on_a_url(fixture_web):
    out = cli("extract", "http://hvl.test/studier/leiing-i-helse-og-omsorgstenestene", "--json",
              "--resolve", f"hvl.test=127.0.0.1:{fixture_web.port}")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["is_course"] and got["record"]["credits_max"] == 30
    assert got["record"]["locations"][0]["kommune"] == "Sunnfjord"
    missing = cli("extract", "http://hvl.test/finst-ikkje", "--resolve", f"hvl.test=127.0.0.1:{fixture_web.port}")
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr and "Traceback" not in missing.stderr


def test_the_scheduler_runs_the_registry_crawl(fixture_web, tmp_path, monkeypatch):
    """The scheduled crawl job crawls the registry (here: the fixture institutions), stores and
    re-indexes. The registry and the resolve map are the only things swapped in."""
    from domain import providers
    from service import jobs, schedule

    registry = [{"id": pid, "domains": [host], "start_urls": [f"http://{host}/"], "sitemaps": []}
                for host, pid in OWNERS.items() if host in ("hvl.test", "inn.test")]
    monkeypatch.setattr(providers, "providers", lambda: registry)
    monkeypatch.setattr(jobs, "crawl_registry",
                        functools.partial(jobs.crawl_registry, fetcher=fetcher(fixture_web)))
    rebuild(tmp_path)
    s = schedule.make_scheduler(tmp_path)
    s.start(paused=True)
    schedule.install_jobs(s, tmp_path)
    s.modify_job(schedule.CRAWL_JOB, next_run_time=datetime.now(s.timezone) + timedelta(milliseconds=200))
    s.resume()
    wanted = {"Leiing i helse- og omsorgstenestene", "Økonomistyring for ledere i kommunal sektor"}
    deadline, titles = time.time() + 60, set()
    while time.time() < deadline and not wanted <= titles:
        time.sleep(0.2)
        titles = {r["title"] for r in open_catalogue(tmp_path).all_records()}
    s.shutdown(wait=True)
    assert list((tmp_path / "runs").glob("*.json"))                  # the run report
    assert wanted <= titles
    assert {r.host for r in fixture_web.requests()} == {"hvl.test", "inn.test"}


# -- a small mutable web: routes may change between crawls --------------------------------

COURSE_HTML = (SITES / "hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene.html").read_bytes()
MINI_LM = "Mon, 05 Jan 2026 08:00:00 GMT"


def course_page(title: str) -> bytes:
    return COURSE_HTML.replace(b"Endringsledelse i helse- og omsorgstenestene", title.encode())


class MiniWeb:
    """routes[(host, path_with_query)] = (status, headers, body) on 127.0.0.1; 200s get an ETag
    (unless `etags` is False) and a fixed Last-Modified and honour conditional requests."""

    def __init__(self):
        import http.server

        self.routes: dict = {}
        self.log: list = []             # (host, path, headers)
        self.etags = True
        web = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                host = self.headers.get("Host", "").split(":")[0]
                web.log.append((host, self.path, dict(self.headers)))
                status, headers, body = web.routes.get((host, self.path), (404, {}, b""))
                if status == 200:
                    etag = f'"{hashlib.md5(body).hexdigest()}"' if web.etags else None
                    headers = {"Content-Type": "text/html; charset=utf-8", "Last-Modified": MINI_LM,
                               **({"ETag": etag} if etag else {}), **headers}
                    inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
                    if (inm and inm == etag) or (not inm and ims == MINI_LM):
                        self.send_response(304)
                        self.end_headers()
                        return
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.resolve = {"a.test": f"127.0.0.1:{self.server.server_address[1]}"}

    def crawl(self, store) -> dict:
        with Fetcher(resolve=self.resolve, delay=0, retries=0, timeout=(2.0, 2.0)) as f:
            return crawl(["http://a.test/"], store, CrawlConfig(use_sitemaps=False), fetcher=f)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def mini_web():
    web = MiniWeb()
    yield web
    web.close()


def test_a_known_offer_behind_a_tracking_redirect_stays_one_record(mini_web, tmp_path):
    """Provenance keeps canonical URLs, so the next crawl finds the record it stored."""
    mini_web.routes[("a.test", "/")] = (200, {}, b'<html><body><a href="/kurs/a">A</a></body></html>')
    mini_web.routes[("a.test", "/kurs/a")] = (301, {"Location": "/kurs/a-ny?utm_source=old&x=1"}, b"")
    mini_web.routes[("a.test", "/kurs/a-ny?x=1")] = (200, {}, course_page("Endringsleiing for kommunar"))
    mini_web.routes[("a.test", "/kurs/a-ny?utm_source=old&x=1")] = mini_web.routes[("a.test", "/kurs/a-ny?x=1")]
    with Store(tmp_path / "r.sqlite3") as store:
        for _ in range(2):
            mini_web.crawl(store)
        records = store.records(origin="crawl")
        assert len(records) == 1
        assert records[0]["provenance"]["final_url"] == "http://a.test/kurs/a-ny?x=1"
        assert store.by_url("http://a.test/kurs/a-ny?x=1&utm_source=new")["id"] == records[0]["id"]


def test_a_known_offer_that_now_redirects_to_another_handled_page_is_gone(mini_web, tmp_path):
    """A stored offer whose URL now redirects to a page this run already has is marked gone,
    unless that page is the same record (an offer stored under the URL that redirects to it)."""
    routes = mini_web.routes
    routes[("a.test", "/")] = (200, {}, b'<html><body><a href="/kurs/a">A</a> <a href="/kurs/c">C</a></body></html>')
    routes[("a.test", "/kurs/a")] = (200, {}, course_page("Kurs A i helseleiing"))
    routes[("a.test", "/kurs/c")] = (301, {"Location": "/kurs/c-ny"}, b"")      # stored under /kurs/c
    routes[("a.test", "/kurs/c-ny")] = (200, {}, course_page("Kurs C i personalleiing"))
    with Store(tmp_path / "r.sqlite3") as store:
        mini_web.crawl(store)
        assert {r["provenance"]["url"] for r in store.records()} == {"http://a.test/kurs/a", "http://a.test/kurs/c"}
        # A is merged into B, which the listing links; C's new page is linked too
        routes[("a.test", "/")] = (200, {}, b'<html><body><a href="/kurs/b">B</a> <a href="/kurs/c">C</a> '
                                            b'<a href="/kurs/c-ny">C</a></body></html>')
        routes[("a.test", "/kurs/a")] = (301, {"Location": "/kurs/b"}, b"")
        routes[("a.test", "/kurs/b")] = (200, {}, course_page("Kurs B i endringsleiing"))
        report = mini_web.crawl(store)
        by_url = {r["provenance"]["url"]: r for r in store.records()}
        assert by_url["http://a.test/kurs/a"]["status"] == "gone"
        assert by_url["http://a.test/kurs/b"]["status"] == "active"
        assert by_url["http://a.test/kurs/c"]["status"] == "active"       # the same record as its target
        assert len(by_url) == 3 and report["hosts"]["a.test"]["merged"] == 1


def test_an_alias_of_an_unchanged_known_page_is_a_duplicate_in_later_crawls_too(mini_web, tmp_path):
    """The body hash of a page that came back 304 or unchanged counts for the run's dedupe."""
    mini_web.routes[("a.test", "/")] = (200, {}, b'<html><body><a href="/kurs/x">X</a> '
                                                 b'<a href="/kurs/x/">X again</a></body></html>')
    mini_web.routes[("a.test", "/kurs/x")] = (200, {}, course_page("Kurs X i helseleiing"))
    mini_web.routes[("a.test", "/kurs/x/")] = mini_web.routes[("a.test", "/kurs/x")]
    with Store(tmp_path / "r.sqlite3") as store:
        for expected in ({"new": 1, "duplicate": 1}, {"not_modified": 1, "duplicate": 1}):
            report = mini_web.crawl(store)
            assert {k: report["hosts"]["a.test"].get(k) for k in expected} == expected
            assert [r["provenance"]["url"] for r in store.records()] == ["http://a.test/kurs/x"]


def test_a_page_that_crashes_is_counted_and_logged_with_its_traceback(mini_web, tmp_path, monkeypatch, caplog):
    """A bug on one odd page does not stop the crawl: the page is counted as crashed and its
    traceback is logged."""
    mini_web.routes[("a.test", "/")] = (200, {}, b'<html><body><a href="/kurs/a">A</a> '
                                                 b'<a href="/kurs/b">B</a></body></html>')
    mini_web.routes[("a.test", "/kurs/a")] = (200, {}, course_page("Kurs A i helseleiing"))
    mini_web.routes[("a.test", "/kurs/b")] = (200, {}, course_page("Kurs B i endringsleiing"))
    real = crawling.extract

    def odd(html, url):
        if url.endswith("/kurs/a"):
            raise ValueError("an odd page")
        return real(html, url)

    monkeypatch.setattr(crawling, "extract", odd)
    with Store(tmp_path / "r.sqlite3") as store, caplog.at_level(logging.ERROR, logger="crawler.crawl"):
        report = mini_web.crawl(store)
        assert [r["provenance"]["url"] for r in store.records()] == ["http://a.test/kurs/b"]
    assert report["hosts"]["a.test"]["crashed"] == 1 and report["hosts"]["a.test"]["new"] == 1
    logged = [r for r in caplog.records if r.name == "crawler.crawl" and "http://a.test/kurs/a" in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info and logged[0].exc_info[0] is ValueError


def test_a_crawl_started_in_a_shared_catalogue_keeps_to_its_part_and_still_reads_the_hosts_sitemap():
    """One host (studiekatalog.test) holds the catalogues of two institutions, /inn/ and /annen/. A crawl whose
    scope is /inn/ and that starts there reads the host's robots.txt and /sitemap.xml (which list both parts) but
    fetches no page of /annen/, neither from the sitemap nor from a link."""
    import http.server

    page = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>Studiet gir 30 studiepoeng.</p>"
            "{links}</main></body></html>")
    pages = {
        "/inn/": page.format(t="Oversikt", links='<a href="/inn/emne/A">A</a> <a href="/annen/emne/C">C</a>'),
        "/inn/emne/A": page.format(t="Helseledelse A", links=""),
        "/inn/emne/B": page.format(t="Helseledelse B", links=""),
        "/annen/emne/C": page.format(t="Helseledelse C", links=""),
        "/annen/emne/D": page.format(t="Helseledelse D", links=""),
    }
    # the other part's thousand pages come first: a sitemap read to its limit (1000) before the scope chooses
    # would never reach /inn/emne/B
    listed = [f"/annen/emne/X{i}" for i in range(1000)] + [p for p in pages if "emne" in p]
    sitemap = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               + "".join(f"<url><loc>http://studiekatalog.test{p}</loc></url>" for p in listed) + "</urlset>")
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            asked.append(self.path)
            body, ctype = {"/robots.txt": ("User-agent: *\nAllow: /\n", "text/plain"),
                           "/sitemap.xml": (sitemap, "application/xml")}.get(self.path, (pages.get(self.path), "text/html"))
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        f = Fetcher(resolve={"studiekatalog.test": f"127.0.0.1:{server.server_address[1]}"}, delay=0.0,
                    timeout=(5.0, 5.0), retries=1, backoff=0.05)
        config = CrawlConfig(allowed_hosts=("studiekatalog.test/inn/",), max_pages=20, max_depth=3)
        crawl(["http://studiekatalog.test/inn/"], None, config, fetcher=f)
        f.close()
    finally:
        server.shutdown()
        server.server_close()
    assert "/robots.txt" in asked and "/sitemap.xml" in asked
    assert {"/inn/", "/inn/emne/A", "/inn/emne/B"} <= set(asked)      # B from the sitemap only
    assert not [p for p in asked if p.startswith("/annen/")]
