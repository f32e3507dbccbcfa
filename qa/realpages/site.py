"""The real-page fixtures served as a web on 127.0.0.1, each page at its real address.

Every fixture (qa/realpages/pages) is served at the host, path and query of the page it
was written from, over plain http (`http://www.nhh.no/executive/...`), in one of the four
layouts (chosen per page, so a crawl meets all four). Each host has a robots.txt that allows
everything and an index page at "/" (at INDEX_PATH where a fixture is at "/") linking all its
pages. A crawler reaches these hosts through `Fetcher(resolve=web.resolve)`, which sends the
real host names here and refuses every other host: nothing leaves the machine.

ETag and Last-Modified are sent and honoured (304), and every request is logged with its
status, so a test can count conditional requests and parses.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: F401 - type of _server
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from qa.fixtureweb.server import serve, shut
from crawler.frontier import TRACKING_PARAMS, TRACKING_PREFIX
from qa.realpages.render import LAYOUTS, render

LAST_MODIFIED = "Mon, 02 Nov 2026 08:00:00 GMT"
INDEX_PATH = "/oversikt-over-sider/"          # a host's index page when a fixture is at "/"


def layout_for(spec: dict) -> str:
    return LAYOUTS[int(hashlib.sha1(spec["id"].encode()).hexdigest()[:4], 16) % len(LAYOUTS)]


def page_key(host: str, path_and_query: str) -> tuple[str, str]:
    """(host, path?query) with the query pairs sorted and tracking parameters (utm_*, fbclid …) left out:
    the same page whatever their order, and at the address a crawler asks for after dropping them (and its
    percent-encoding)."""
    path, _, query = path_and_query.partition("#")[0].partition("?")
    pairs = sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                   if not k.lower().startswith(TRACKING_PREFIX) and k.lower() not in TRACKING_PARAMS)
    # the path decoded: a fixture's address written with "æ" is asked for as "%C3%A6"; a path that opens with "//"
    # ("//en/course/…") is a path, not a host, and reaches the handler with one slash (http.server drops the others)
    path = unquote(path) or "/"
    return host, ("/" + path.lstrip("/") if path.startswith("//") else path) + (f"?{urlencode(pairs)}" if pairs else "")


def served_url(spec: dict) -> str:
    """The address the fixture is served at: its real URL over http, without a fragment."""
    parts = urlsplit(spec["url"])
    query = f"?{parts.query}" if parts.query else ""
    return f"http://{parts.hostname}{parts.path or '/'}{query}"


@dataclass(frozen=True)
class Hit:
    host: str
    path: str
    status: int
    conditional: bool


class RealPagesWeb:
    def __init__(self, specs: list[dict]):
        self.specs = specs
        self.pages: dict[tuple[str, str], bytes] = {}
        self.by_url: dict[str, dict] = {}
        for spec in specs:
            url = served_url(spec)
            parts = urlsplit(url)
            key = page_key(parts.hostname, parts.path + (f"?{parts.query}" if parts.query else ""))
            if key in self.pages:
                raise ValueError(f"two fixtures at {url}")
            self.pages[key] = render(spec, layout_for(spec)).encode("utf-8")
            self.by_url[url] = spec
        self.fixture_keys = set(self.pages)        # the fixtures' pages, not the index pages added below
        self.hosts = sorted({h for h, _ in self.pages})
        # each host's index page links all its pages by their whole address (a path "//en/…" written alone would be
        # read as another host); it is at "/", or at INDEX_PATH where a fixture is at "/" (which may link no other page)
        self.index_paths: dict[str, str] = {}
        for host in self.hosts:
            links = "".join(f'<li><a href="{escape(u)}">{escape(s["title"])}</a></li>'
                            for u, s in sorted(self.by_url.items()) if urlsplit(u).hostname == host)
            index = (f'<!doctype html><html lang="nb"><head><title>Oversikt – {escape(host)}</title></head><body>'
                     f"<h1>Oversikt over sider</h1><ul>{links}</ul></body></html>")
            self.index_paths[host] = INDEX_PATH if (host, "/") in self.pages else "/"
            self.pages[(host, self.index_paths[host])] = index.encode("utf-8")
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def resolve(self) -> dict[str, str]:
        return {host: f"127.0.0.1:{self.port}" for host in self.hosts}

    @property
    def starts(self) -> list[str]:
        return [f"http://{host}{self.index_paths[host]}" for host in self.hosts]

    def hits(self) -> list[Hit]:
        with self._lock:
            return list(self.log)

    def clear(self) -> None:
        with self._lock:
            self.log.clear()

    def start(self) -> RealPagesWeb:
        web = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
                if self.path == "/robots.txt":
                    body, status = b"User-agent: *\nAllow: /\n", 200
                    return self.answer(host, status, body, "text/plain; charset=utf-8", conditional)
                body = web.pages.get(page_key(host, self.path))
                if body is None:
                    return self.answer(host, 404, b"<h1>Fant ikke siden</h1>", "text/html; charset=utf-8", conditional)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag or self._not_modified():
                    return self.answer(host, 304, b"", None, conditional, etag)
                return self.answer(host, 200, body, "text/html; charset=utf-8", conditional, etag)

            def _not_modified(self) -> bool:
                since = self.headers.get("If-Modified-Since")
                if not since or self.headers.get("If-None-Match"):
                    return False
                try:
                    return email.utils.parsedate_to_datetime(since) >= email.utils.parsedate_to_datetime(LAST_MODIFIED)
                except (TypeError, ValueError):
                    return False

            def answer(self, host, status, body, ctype, conditional, etag=None):
                with web._lock:
                    web.log.append(Hit(host, self.path, status, conditional))
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", LAST_MODIFIED)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body and status != 304:
                    self.wfile.write(body)

        self._server, self.port = serve(Handler, "realpages")
        return self

    def stop(self) -> None:
        self._server = shut(self._server)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
