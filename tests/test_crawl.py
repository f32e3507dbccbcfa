"""The crawler against a fixture web served on 127.0.0.1 by the test (two hosts: 127.0.0.1 and localhost)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.crawl import canonical, crawl
from crawler.fetch import FetchSettings
from crawler.pipeline import crawl_id
from crawler.store import Store

JSONLD = """<html lang="nb"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Course",
"name":"Helserett","description":"Helserett for ledere i helse- og omsorgstjenestene.",
"provider":{"@type":"CollegeOrUniversity","name":"UiT Norges arktiske universitet"},"numberOfCredits":"10 studiepoeng",
"hasCourseInstance":{"@type":"CourseInstance","courseMode":"deltid","location":"Harstad"}}</script></head>
<body><h1>Helserett</h1></body></html>"""
DL = """<html lang="{lang}"><head><meta property="og:site_name" content="{site}"></head><body><h1>{title}</h1>
<dl><dt>Studiepoeng</dt><dd>{credits}</dd><dt>{place_label}</dt><dd>{place}</dd><dt>Deltid/heltid</dt><dd>Deltid</dd></dl>
<p>Et tilbud for ledere i kommunale helse- og omsorgstjenester som vil styrke sin ledelse.</p></body></html>"""


class Web:
    def __init__(self):
        self.log: list[tuple[float, str, str, dict]] = []
        self.state = {"round": 1}


def make_handler(web: Web):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            host = self.headers.get("Host", "")
            web.log.append((time.monotonic(), host, self.path, dict(self.headers)))
            port = self.server.server_address[1]
            a = f"http://127.0.0.1:{port}"
            site_a = host.startswith("127.0.0.1")
            path, rnd = self.path, web.state["round"]
            if site_a:
                if path == "/robots.txt":
                    return self.send(200, f"User-agent: *\nDisallow: /intern/\nSitemap: {a}/sitemap.xml\n", "text/plain")
                if path == "/sitemap.xml":
                    return self.send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                          f"<url><loc>{a}/kurs/okonomi</loc></url></urlset>", "application/xml")
                if path == "/evu/":
                    links = ["/kurs/helserett", "/intern/hemmelig", "/kalender?m=1", "/flyttet", "/borte", "/feil",
                             "/kurs/helserett?utm_source=x#top", "/brosjyre.pdf"]
                    return self.send(200, "<html><body><h1>Videreutdanning</h1>" +
                                     "".join(f'<a href="{u}">{u}</a>' for u in links) + "</body></html>")
                if path == "/kurs/helserett":
                    if self.headers.get("If-None-Match") == '"h1"':
                        return self.send(304, "")
                    return self.send(200, JSONLD, etag='"h1"')
                if path == "/kurs/okonomi":
                    if rnd == 2:
                        return self.send(503, "busy")
                    return self.send(200, DL.format(lang="nb", site="Høgskolen i Innlandet", title="Økonomistyring",
                                                    credits="7,5", place_label="Studiested", place="Lillehammer"))
                if path.startswith("/kalender"):
                    n = int(path.split("=")[1])
                    return self.send(200, f'<html><body><h1>Kalender</h1><a href="/kalender?m={n + 1}">neste</a></body></html>')
                if path == "/flyttet":
                    return self.redirect("/kurs/leiing")
                if path == "/sirkel":
                    return self.redirect("/sirkel")
                if path == "/kurs/leiing":
                    return self.send(200, DL.format(lang="nn", site="Høgskulen på Vestlandet", title="Leiing i helse- og omsorgstenestene",
                                                    credits="30", place_label="Undervisningsstad", place="Førde"))
                if path == "/borte":
                    if rnd == 2:
                        return self.send(410, "gone")
                    return self.send(200, DL.format(lang="nb", site="Nord universitet", title="Endringsledelse",
                                                    credits="15", place_label="Studiested", place="Bodø"))
                if path == "/feil":
                    return self.send(500, "error")
                if path == "/treg":
                    time.sleep(3)
                    return self.send(200, "<html><h1>Treg</h1></html>")
                if path == "/stor":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    try:
                        for _ in range(20 * 16):                 # 20 MB in 64 kB pieces, made on the fly
                            self.wfile.write(b"<p>" + b"x" * 65_530 + b"</p>")
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return None
                if path == "/latin1":
                    body = "<html><body><h1>Økonomi på Ås</h1><p>Lærer om bærekraft</p></body></html>"
                    data = body.encode("iso-8859-1")
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")      # no charset at all
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return None
                if path == "/brosjyre":
                    return self.send(200, "%PDF-1.4", ctype="application/pdf")
                if path.startswith("/intern/"):
                    return self.send(200, JSONLD)
                return self.send(404, "not found")
            if path == "/robots.txt":
                return self.send(404, "")
            if path == "/evu/":
                return self.send(200, '<html><body><h1>EVU</h1><a href="/kurs/en">Health Management</a></body></html>')
            if path == "/kurs/en":
                return self.send(200, '<html lang="en"><body><h1>Health Management</h1><table>'
                                      "<tr><th>Credits</th><td>30 ECTS</td></tr><tr><th>Campus</th><td>Tromsø</td></tr>"
                                      "</table></body></html>")
            return self.send(404, "not found")

        def send(self, status, body, ctype="text/html; charset=utf-8", etag=None):
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(data)

        def redirect(self, to):
            self.send_response(301)
            self.send_header("Location", to)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


@pytest.fixture()
def web():
    w = Web()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(w))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    w.port = server.server_address[1]
    yield w
    server.shutdown()
    server.server_close()


SETTINGS = FetchSettings(delay=0.15, timeout=(2, 2), retries=1, backoff=0.01)
JITTER = 0.05  # server-side arrival times wobble by a few ms around the client-side gap


def run(web, store):
    starts = [f"http://127.0.0.1:{web.port}/evu/", f"http://localhost:{web.port}/evu/"]
    return crawl(starts, store, settings=SETTINGS, max_pages=60, max_depth=3, max_query_variants=3)


def test_crawl_fills_the_store_politely(web, tmp_path):
    a = f"http://127.0.0.1:{web.port}"
    with Store.in_data_dir(tmp_path) as store:
        report = run(web, store)
        titles = {r["title"]: r for r in store.records()}
    assert set(titles) == {"Helserett", "Økonomistyring", "Leiing i helse- og omsorgstenestene",
                           "Endringsledelse", "Health Management"}
    assert titles["Helserett"]["credits_max"] == 10 and titles["Helserett"]["provider_id"] == "uit"
    assert titles["Leiing i helse- og omsorgstenestene"]["locations"][0]["kommune"] == "Sunnfjord"
    assert titles["Leiing i helse- og omsorgstenestene"]["provenance"]["final_url"] == f"{a}/kurs/leiing"
    assert titles["Health Management"]["locations"][0]["kommune"] == "Tromsø"
    paths = [(h, p) for _, h, p, _ in web.log]
    assert not any(p.startswith("/intern/") for _, p in paths)                      # robots.txt obeyed
    assert sum(1 for _, p in paths if p.startswith("/kalender")) <= 3              # crawl trap bounded
    assert sum(1 for _, p in paths if p == "/feil") == 2                           # one retry for a 500
    assert not any(p.endswith(".pdf") for _, p in paths)
    assert sum(1 for _, p in paths if p.startswith("/kurs/helserett")) == 1        # tracking URL deduplicated
    assert report["hosts"][f"127.0.0.1:{web.port}"]["robots_disallowed"] == 1      # refused before any request
    ua = next(hdr for _, _, _, hdr in web.log)["User-Agent"]
    assert ua.startswith("Kurskatalog/")
    for host in (f"127.0.0.1:{web.port}", f"localhost:{web.port}"):
        times = [t for t, h, _, _ in web.log if h == host]
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert min(gaps) >= SETTINGS.delay - JITTER                                # per-host delay holds


def test_second_crawl_is_conditional_keeps_what_fails_and_marks_gone(web, tmp_path):
    a = f"http://127.0.0.1:{web.port}"
    with Store.in_data_dir(tmp_path) as store:
        run(web, store)
        before = {r["id"]: r for r in store.records()}
        web.state["round"] = 2
        web.log.clear()
        report = run(web, store)
        after = {r["id"]: r for r in store.records()}
    helserett = [hdr for _, _, p, hdr in web.log if p == "/kurs/helserett"]
    assert helserett and helserett[0].get("If-None-Match") == '"h1"'
    assert report["hosts"][f"127.0.0.1:{web.port}"]["not_modified"] == 1
    assert set(after) == set(before)                                              # nothing known is lost
    gone = after[crawl_id(f"{a}/borte")]
    assert gone["status"] == "gone" and gone["provenance"]["gone_since"]
    okonomi = after[crawl_id(f"{a}/kurs/okonomi")]
    assert okonomi["status"] == "active" and okonomi["provenance"]["failures"] == 1
    assert okonomi["credits_max"] == 7.5


def test_canonical_urls():
    assert canonical("HTTP://Example.TEST:80/a?b=2&a=1&utm_source=x#frag") == "http://example.test/a?a=1&b=2"
    assert canonical("https://x.test") == "https://x.test/"


def test_crawl_command_fills_the_catalogue(web, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from index.request import SearchRequest
    from index.search import Catalogue

    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "crawl", "--start",
                          f"http://127.0.0.1:{web.port}/evu/", "--delay", "0.05", "--data-dir", str(tmp_path)],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1],
                         env={**os.environ}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "crawled" in out.stdout and (tmp_path / "runs").exists()
    result = Catalogue(tmp_path).search(SearchRequest(q="leiing", per_page=50))
    assert "Leiing i helse- og omsorgstenestene" in {r["title"] for r in result["results"]}


def test_fetcher_limits(web):
    from crawler.fetch import Fetcher

    a = f"http://127.0.0.1:{web.port}"
    f = Fetcher(FetchSettings(delay=0.0, timeout=(1, 1), retries=0, max_bytes=5_000_000))
    assert f.fetch(f"{a}/treg").error == "timeout"
    assert f.fetch(f"{a}/stor").error == "too_large"
    assert f.fetch(f"{a}/sirkel").error == "redirect_loop"
    assert f.fetch(f"{a}/brosjyre").error == "not_html"
    moved = f.fetch(f"{a}/flyttet")
    assert moved.status == 200 and moved.final_url == f"{a}/kurs/leiing" and moved.redirects == [f"{a}/kurs/leiing"]
    latin = f.fetch(f"{a}/latin1")
    assert "Økonomi på Ås" in latin.text and "bærekraft" in latin.text
    assert f.fetch(f"{a}/intern/x").error == "robots_disallowed"
    assert not any(p.startswith("/intern/") for _, _, p, _ in web.log)
    retry = Fetcher(FetchSettings(delay=0.0, timeout=(1, 1), retries=2, backoff=0.01))
    web.log.clear()
    assert retry.fetch(f"{a}/feil").error == "http_5xx"
    assert sum(1 for _, _, p, _ in web.log if p == "/feil") == 3          # 5xx: retried twice
    web.log.clear()
    assert retry.fetch(f"{a}/finnes-ikke").status == 404
    assert sum(1 for _, _, p, _ in web.log if p == "/finnes-ikke") == 1   # 4xx: never retried
