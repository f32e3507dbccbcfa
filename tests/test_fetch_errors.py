"""A request that gets no answer says what happened, in a few words (`FetchResult.error_detail`), while its
error kind stays what retries and counts go by; and a crawl counts as fetched only the pages that got an
answer. Everything runs against 127.0.0.1: a closed port (a socket bound, then closed), a host the resolve map
does not name, https to a plain-HTTP server, a server that accepts and never answers.
"""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
import requests
import urllib3

from crawler.config import CrawlConfig
from crawler.crawl import crawl
from crawler.fetch import Fetcher
from crawler.fetch.errors import describe
from crawler.store import Store

QUICK = dict(delay=0.0, timeout=(2.0, 2.0), retries=0)
PAGE = b"<html><head><title>Studier</title></head><body><main><h1>Studier</h1><p>Ingen kurs.</p></main></body></html>"


def closed_port() -> int:
    """A port nobody listens on: bound once, then let go."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def plain_server():
    """A plain-HTTP server with one page at every path (robots.txt: 404)."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            status, body = (404, b"") if self.path == "/robots.txt" else (200, PAGE)
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture()
def silent_port():
    """A port that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        yield s.getsockname()[1]


def test_a_closed_port_is_connection_refused():
    with Fetcher(resolve={"nede.test": f"127.0.0.1:{closed_port()}"}, **QUICK) as f:
        result = f.fetch("http://nede.test/studier/")
    assert (result.error, result.error_detail, result.status) == ("connection", "connection refused", None)


def test_a_host_missing_from_the_resolve_map_is_a_name_not_resolved(plain_server):
    with Fetcher(resolve={"nord.test": f"127.0.0.1:{plain_server}"}, **QUICK) as f:
        result = f.fetch("http://www.example.org/")
        assert f.fetch("http://nord.test/studier/").ok
        made = f.host_stats()
    assert result.error == "connection"
    assert result.error_detail == "name not resolved (not in the resolve map)"
    assert "www.example.org" not in made            # no request ever left for it


def test_https_to_a_plain_http_server_is_a_failed_tls_handshake(plain_server):
    with Fetcher(resolve={"nord.test": f"127.0.0.1:{plain_server}"}, **QUICK) as f:
        result = f.fetch("https://nord.test/studier/")
        plain = f.fetch("http://nord.test/studier/")
    assert (result.error, result.error_detail) == ("connection", "TLS handshake failed")
    assert plain.ok and plain.error_detail is None


def test_a_server_that_never_answers_times_out(silent_port):
    with Fetcher(resolve={"treg.test": f"127.0.0.1:{silent_port}"}, **{**QUICK, "timeout": (1.0, 0.3)}) as f:
        result = f.fetch("http://treg.test/")
    assert (result.error, result.error_detail) == ("timeout", "timed out")


def test_the_words_come_from_the_wrapped_cause_and_never_repeat_the_exception_text():
    refused = urllib3.exceptions.NewConnectionError(None, "Failed to establish a new connection: [Errno 111]")
    refused.__cause__ = ConnectionRefusedError(111, "Connection refused")
    wrapped = requests.ConnectionError(urllib3.exceptions.MaxRetryError(None, "/", reason=refused))
    assert describe(wrapped) == "connection refused"
    unknown = requests.ConnectionError(urllib3.exceptions.MaxRetryError(
        None, "/", reason=urllib3.exceptions.NameResolutionError("x.test", None, socket.gaierror(-2, "x"))))
    assert describe(unknown) == "name not resolved"
    assert describe(requests.exceptions.ConnectTimeout("slow")) == "timed out connecting"
    assert describe(requests.ConnectionError("something odd")) == "connection failed"
    assert describe(requests.exceptions.InvalidURL("bad")) == "invalid URL"


def test_a_crawl_that_reaches_no_host_fetched_no_page_and_says_why(tmp_path):
    port = closed_port()
    fetcher = Fetcher(resolve={"nede.test": f"127.0.0.1:{port}"}, **QUICK)
    with fetcher, Store(tmp_path / "records.sqlite3") as store:
        report = crawl(["http://nede.test/studier/", "http://ukjent.test/", "https://nede.test/kurs/"], store,
                       CrawlConfig(use_sitemaps=False), fetcher=fetcher)
    assert report["pages"] == 0
    assert not any(stats.get("fetched") for stats in report["hosts"].values()), report["hosts"]
    assert report["hosts"]["nede.test"]["connection"] == 2
    assert report["network_errors"] == {"nede.test": {"connection refused": 2},
                                        "ukjent.test": {"name not resolved (not in the resolve map)": 1}}


def test_a_crawl_counts_only_the_pages_that_got_an_answer(tmp_path, plain_server):
    port = closed_port()
    fetcher = Fetcher(resolve={"nord.test": f"127.0.0.1:{plain_server}", "nede.test": f"127.0.0.1:{port}"},
                      **QUICK)
    with fetcher, Store(tmp_path / "records.sqlite3") as store:
        report = crawl(["http://nord.test/studier/", "http://nede.test/studier/"], store,
                       CrawlConfig(use_sitemaps=False), fetcher=fetcher)
    assert report["pages"] == 1
    assert report["hosts"]["nord.test"]["fetched"] == 1
    assert "fetched" not in report["hosts"]["nede.test"]
    assert report["network_errors"] == {"nede.test": {"connection refused": 1}}
