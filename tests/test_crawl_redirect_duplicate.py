"""A course page that the listing links directly and through an old link that redirects (301) to it.

Every crawl after the first must confirm the stored offer (its last_seen moves) with a conditional
request that an unchanged page answers 304, whichever of the two links is fetched first, and no stored
record may be lost or doubled. (Before, the redirect reached the page without its validators, the body
the store held for that very page made it a "duplicate" of itself, and its record was never touched.)
The pages are served on 127.0.0.1; the clock is moved a day per crawl so that last_seen can be compared.
"""

from __future__ import annotations

import hashlib
import http.server
import threading
from datetime import datetime, timedelta

import pytest

from crawler.config import CrawlConfig
from crawler.crawl import crawl
from crawler.fetch import Fetcher
from crawler.store import Store
from domain import clock
from qa.fixtureweb.server import SITES

COURSE = (SITES / "hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene.html").read_bytes()
LAST_MODIFIED = "Mon, 05 Jan 2026 08:00:00 GMT"
COURSE_PATH = "/studier/kvalitetsforbedring/"
OLD_PATH = "/studier/gammel-lenke"


def listing(old_link_first: bool) -> bytes:
    links = [f'<li><a href="{COURSE_PATH}">Endringsledelse i helse- og omsorgstenestene</a> – 30 studiepoeng</li>',
             f'<li><a href="{OLD_PATH}">Veiledning i praksis</a> – 10 studiepoeng</li>']
    if old_link_first:
        links.reverse()
    return (f"<html><head><title>Studier</title></head><body><main><h1>Studier</h1><ul>{''.join(links)}</ul>"
            "</main></body></html>").encode()


class Site:
    """Pages on 127.0.0.1 for the host nord.test: `pages` path → body (served with an ETag and a Last-Modified,
    conditional requests honoured), `redirects` path → the path it moves to (301). `log` has (path,
    If-None-Match, If-Modified-Since, status) of every request."""

    def __init__(self, pages: dict[str, bytes], redirects: dict[str, str]):
        self.log: list[tuple[str, str | None, str | None, int]] = []
        self.pages, self.redirects = pages, redirects
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
                body, headers = site.pages.get(self.path), {}
                if self.path in site.redirects:
                    status, headers = 301, {"Location": site.redirects[self.path]}
                elif body is None:
                    status = 404
                else:
                    etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
                    headers = {"Content-Type": "text/html; charset=utf-8", "ETag": etag,
                               "Last-Modified": LAST_MODIFIED}
                    status = 304 if (inm == etag if inm else ims == LAST_MODIFIED) else 200
                site.log.append((self.path, inm, ims, status))
                data = body if status == 200 else b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.resolve = {"nord.test": f"127.0.0.1:{self.server.server_address[1]}"}

    def crawl(self, store) -> dict:
        with Fetcher(resolve=self.resolve, delay=0, retries=0, timeout=(5.0, 5.0)) as fetcher:
            return crawl(["http://nord.test/"], store, CrawlConfig(use_sitemaps=False), fetcher=fetcher)

    def asked(self, path: str) -> list[tuple[str, str | None, str | None, int]]:
        return [entry for entry in self.log if entry[0] == path]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def days(monkeypatch):
    """The catalogue's clock, moved on by whole days: `days[0] = n`."""
    shift = [0]

    class Shifted(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(days=shift[0])

    monkeypatch.setattr(clock, "datetime", Shifted)
    return shift


@pytest.mark.parametrize("old_link_first", [False, True], ids=["course-link-first", "old-link-first"])
def test_a_page_also_reached_through_a_redirecting_old_link_is_confirmed_by_a_304_every_crawl(
        tmp_path, days, old_link_first):
    site = Site({"/": listing(old_link_first), COURSE_PATH: COURSE}, {OLD_PATH: COURSE_PATH})
    try:
        with Store(tmp_path / "records.sqlite3") as store:
            seen, reports = [], []
            for n in range(3):
                days[0] = n
                site.log.clear()
                reports.append(site.crawl(store))
                records = store.records(origin="crawl")
                assert len(records) == 1, f"crawl {n + 1}: {[r['provenance']['url'] for r in records]}"
                (record,) = records
                assert record["status"] == "active"
                assert record["provenance"]["final_url"] == f"http://nord.test{COURSE_PATH}"
                seen.append(record["last_seen"])
                asked = site.asked(COURSE_PATH)
                if n == 0:       # fetched once; the old link's hop to it, when later, is answered 304
                    assert [status for *_, status in asked] in ([200], [200, 304]), asked
                else:
                    # asked once, conditionally (its own validators, sent to the redirect's hop), and answered 304
                    assert len(asked) == 1, f"crawl {n + 1}: {asked}"
                    _, inm, ims, status = asked[0]
                    assert (inm or ims) and status == 304, f"crawl {n + 1}: {asked}"
                    assert site.asked(OLD_PATH)                                   # the old link was followed too
        assert seen[0] < seen[1] < seen[2], seen                              # confirmed by every crawl
        for report in reports[1:]:
            hosts = report["hosts"]["nord.test"]
            assert hosts.get("not_modified") == 1 and not hosts.get("duplicate"), hosts
            assert report["pages"] == 2                       # the listing, and the old link that leads to the course
    finally:
        site.close()


def test_a_stored_offer_whose_url_now_redirects_to_another_stored_offer_is_merged_and_that_one_confirmed(
        tmp_path, days):
    """Offers A and B are stored; then A's URL redirects to B's page. A is marked gone (merged into B), and B,
    checked through A's redirect with its own validators (304), is confirmed: its last_seen moves, its URL
    stays its own. Both records are kept."""
    a, b = "/kurs/a", "/kurs/b"
    page_a = COURSE.replace(b"Endringsledelse i helse- og omsorgstenestene", b"Kurs A i helseleiing")
    page_b = COURSE.replace(b"Endringsledelse i helse- og omsorgstenestene", b"Kurs B i endringsleiing")
    links = f'<html><body><main><h1>Studier</h1><a href="{a}">A</a> <a href="{b}">B</a></main></body></html>'
    site = Site({"/": links.encode(), a: page_a, b: page_b}, {})
    try:
        with Store(tmp_path / "records.sqlite3") as store:
            site.crawl(store)
            first = {r["provenance"]["url"]: r for r in store.records(origin="crawl")}
            assert set(first) == {f"http://nord.test{a}", f"http://nord.test{b}"}
            days[0] = 1
            del site.pages[a]
            site.redirects[a] = b
            site.log.clear()
            report = site.crawl(store)
            after = {r["provenance"]["url"]: r for r in store.records(origin="crawl")}
            assert set(after) == set(first)
            old, kept = after[f"http://nord.test{a}"], after[f"http://nord.test{b}"]
            assert old["status"] == "gone" and kept["status"] == "active"
            assert kept["last_seen"] > first[f"http://nord.test{b}"]["last_seen"]
            assert kept["provenance"]["final_url"] == f"http://nord.test{b}"
            assert [status for *_, status in site.asked(b)] == [304]
            assert not report["hosts"]["nord.test"].get("duplicate")
    finally:
        site.close()
