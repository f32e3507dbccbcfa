"""What the crawl politeness bench and tests/test_crawl_efficiency.py both crawl.

The fixture web's crawl configuration (`STARTS`, `OWNERS`, `OPTIONS`, `CONFIG`: the
configuration of tests/test_crawl.py), `RecordingWeb` (the fixture web that also records
every answer it sends) and `write_site` (a generated unchanged site, `kurs.test`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from crawler.config import CrawlConfig
from qa.fixtureweb.server import SITES, FixtureWeb, _handler, serve

STARTS = ["http://usn.test/videreutdanning/", "http://hvl.test/", "http://inn.test/", "http://oslomet.test/evu/",
          "http://nord.test/", "http://uit.test/", "http://vid.test/"]
OWNERS = {"usn.test": "usn", "hvl.test": "hvl", "inn.test": "inn", "oslomet.test": "oslomet", "nord.test": "nord",
          "uit.test": "uit", "evu.uit.test": "uit", "vid.test": "vid"}
OPTIONS = dict(allowed_hosts=list(OWNERS), max_pages=40, max_depth=4, max_query_variants=3, host_providers=OWNERS)
CONFIG = CrawlConfig(**OPTIONS)
COURSE = (SITES / "hvl.test/vidareutdanning/endringsledelse-i-helse-og-omsorgstenestene.html").read_text("utf-8")
SITE_HOST = "kurs.test"


@dataclass(frozen=True)
class Answer:
    time: float          # time.monotonic() when the answer was sent
    host: str
    path: str
    status: int
    conditional: bool


class RecordingWeb(FixtureWeb):
    """The fixture web that also records every answer: `answers`, a list of `Answer`."""

    def start(self) -> RecordingWeb:
        self.answers: list[Answer] = []
        web = self

        class Handler(_handler(self)):
            def send_response(self, code, message=None):
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
                web.answers.append(Answer(time.monotonic(), host, self.path, code, conditional))
                super().send_response(code, message)

        self._server, self.port = serve(Handler, "fixtureweb-recording")
        return self

    def clear(self) -> None:
        super().clear()
        self.answers.clear()


def write_site(sites: Path, courses: int = 20) -> Path:
    """An unchanged site `kurs.test` under `sites`: robots.txt naming a sitemap, a listing of
    `courses` course pages over three pages (?page=2, ?page=3), a news page, and one more
    course page reached only through a 301. Returns the site's directory."""
    root = sites / SITE_HOST
    (root / "kurs").mkdir(parents=True, exist_ok=True)
    (root / "nyheter").mkdir(exist_ok=True)
    (root / "robots.txt").write_text(f"User-agent: *\nDisallow: /intern/\nSitemap: http://{SITE_HOST}/sitemap.xml\n")
    locs = "".join(f"<url><loc>http://{SITE_HOST}/kurs/k{n}</loc></url>" for n in range(1, 5))
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                      f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>')
    third = -(-courses // 3)
    for page in (1, 2, 3):
        numbers = range((page - 1) * third + 1, min(courses, page * third) + 1)
        links = "".join(f'<li><a href="/kurs/k{n}">Kurs {n}</a></li>' for n in numbers)
        if page == 1:
            links += '<li><a href="/kurs/gammel">Kurs som har flyttet</a></li><li><a href="/nyheter/">Nyheter</a></li>'
        more = f'<a href="/?page={page + 1}">Neste side</a>' if page < 3 else ""
        name = "index.html" if page == 1 else f"index.page-{page}.html"
        (root / name).write_text(f'<!doctype html><html lang="nb"><head><title>Videreutdanning, side {page}</title>'
                                 f'</head><body><h1>Videreutdanning</h1><ul>{links}</ul>{more}</body></html>', "utf-8")
    (root / "nyheter" / "index.html").write_text(
        '<!doctype html><html lang="nb"><head><title>Nyheter</title></head><body><h1>Nyheter</h1>'
        '<p>Nye kurs i ledelse.</p><a href="/kurs/k1">Kurs 1</a></body></html>', "utf-8")
    for n in range(1, courses + 1):
        (root / "kurs" / f"k{n}.html").write_text(course_page(f"Ledelse i helse og omsorg, modul {n}"), "utf-8")
    (root / "kurs" / "flyttet.html").write_text(course_page("Endringsleiing i kommunane"), "utf-8")
    (root / "_routes.json").write_text(json.dumps({"/kurs/gammel": {"status": 301, "location": "/kurs/flyttet"}}))
    return root


def course_page(title: str) -> str:
    return COURSE.replace("Endringsledelse i helse- og omsorgstenestene", title)
