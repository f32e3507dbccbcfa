"""A fixture web of fictional institutions served on 127.0.0.1 (never the internet).

Sites are static files under `sites/<host>/` chosen by the Host header (virtual hosting);
the crawler reaches them through `Fetcher(resolve=web.resolve)`, which sends every
request for a fixture host name to this server and refuses any other host.

Static lookup: "/" and ".../" → index.html; "/a/b" → a/b.html, a/b/index.html or the file
a/b itself; "?page=N" → <file>.page-N.html; "X.gz" → X gzipped on the fly; a site's
404.html is its not-found page. ETag and Last-Modified are sent and honoured (304).

Dynamic routes per site in `sites/<host>/_routes.json`, keyed by path (query ignored):
  status + location   a redirect or an error status ("status": 410)
  file                serve this file instead (with the other keys applied)
  content_type        the Content-Type header as given ("" sends none)
  fail_first, retry_after   answer `status` (503) the first n times, then serve normally
  delay               seconds to sleep before answering (past the client's timeout)
  drip                seconds over which a body trickles out (one byte every 0.1 s)
  huge                bytes of HTML made on the fly (never stored); content_length: true sends its length
  drop                close the connection without an answer
  body                a literal body
  calendar            a calendar page for ?month=N linking month N+1 (a crawl trap)

`web.outage_after = n` makes the whole web answer 503 once n requests are logged (a server
that fails in the middle of a crawl); robots.txt keeps answering.

Every request is logged (`web.log`): monotonic and wall time, host, path, method, headers.
`with FixtureWeb() as web:` runs it; tests take the pytest fixtures `fixture_web` (one per
test) and `fixture_web_module` (one per module) that tests/conftest.py defines on it.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SITES = Path(__file__).resolve().parent / "sites"
LAST_MODIFIED = "Mon, 05 Jan 2026 08:00:00 GMT"


def page(host: str, path: str) -> str:
    """A fixture page as the fetcher would decode it (the ISO-8859-1 page has no charset)."""
    from crawler.fetch import decode_html

    rel = path.strip("/") + ".html" if not path.endswith("/") else path.strip("/") + "/index.html"
    text, _ = decode_html((SITES / host / rel.lstrip("/")).read_bytes(), "text/html")
    return text


def serve(handler, name: str) -> tuple[ThreadingHTTPServer, int]:
    """A threading HTTP server on 127.0.0.1 and a free port, serving in a daemon thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    # shutdown() waits for the loop to poll: 0.05 s instead of the default 0.5 s per server
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True).start()
    return server, server.server_address[1]


def shut(server: ThreadingHTTPServer | None) -> None:
    """Stop a server made by `serve` (None: nothing to do); returns None for the caller's field."""
    if server is not None:
        server.shutdown()
        server.server_close()
    return None


TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
         ".gz": "application/x-gzip", ".pdf": "application/pdf", ".json": "application/json"}


@dataclass(frozen=True)
class Request:
    time: float          # time.monotonic() when the request line was read
    wall: float          # time.time()
    host: str            # the Host header without port, lower case
    path: str            # path and query as sent
    method: str
    headers: dict


class FixtureWeb:
    def __init__(self, sites: Path = SITES):
        self.sites = sites
        self.hosts = sorted(p.name for p in sites.iterdir() if p.is_dir())
        self.log: list[Request] = []
        self.counts: Counter = Counter()     # (host, path) → requests so far (for fail_first)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0
        self.outage_after: int | None = None   # from this many logged requests on: 503 (robots.txt excepted)

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> FixtureWeb:
        self._server, self.port = serve(_handler(self), "fixtureweb")
        return self

    def stop(self) -> None:
        self._server = shut(self._server)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- helpers for tests ---------------------------------------------------------------

    @property
    def resolve(self) -> dict[str, str]:
        """Host → "127.0.0.1:port" for every fixture host (give it to `Fetcher(resolve=...)`)."""
        return {host: f"127.0.0.1:{self.port}" for host in self.hosts}

    @staticmethod
    def url(host: str, path: str = "/") -> str:
        return f"http://{host}{path}"

    def requests(self, host: str | None = None, path: str | None = None, prefix: str | None = None) -> list[Request]:
        with self._lock:
            log = list(self.log)
        return [r for r in log if (host is None or r.host == host) and (path is None or r.path == path)
                and (prefix is None or r.path.startswith(prefix))]

    def paths(self, host: str | None = None) -> list[str]:
        return [r.path for r in self.requests(host)]

    def clear(self) -> None:
        with self._lock:
            self.log.clear()
            self.counts.clear()

    def file(self, host: str, relative: str) -> Path:
        return self.sites / host / relative

    def routes(self, host: str) -> dict:
        path = self.sites / host / "_routes.json"
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def disallowed_requests(self, user_agent: str = "Kurskatalog") -> list[Request]:
        """Logged requests that the host's robots.txt forbids for `user_agent` (should be none).

        A host whose robots.txt answers 5xx forbids everything but /robots.txt itself."""
        from protego import Protego

        bad = []
        for r in self.requests():
            if urlsplit(r.path).path == "/robots.txt" or r.host not in self.hosts:
                continue
            if self.routes(r.host).get("/robots.txt", {}).get("status", 200) >= 500:
                bad.append(r)
                continue
            robots = self.sites / r.host / "robots.txt"
            if robots.exists() and not Protego.parse(robots.read_text("utf-8")).can_fetch(
                    f"http://{r.host}{r.path}", user_agent):
                bad.append(r)
        return bad

    def _record(self, handler) -> tuple[str, int]:
        host = (handler.headers.get("Host") or "").split(":")[0].lower()
        req = Request(time.monotonic(), time.time(), host, handler.path, handler.command, dict(handler.headers))
        key = (host, urlsplit(handler.path).path)
        with self._lock:
            self.log.append(req)
            self.counts[key] += 1
            return host, self.counts[key]


def _handler(web: FixtureWeb):
    class Handler(BaseHTTPRequestHandler):
        server_version = "FixtureWeb/1.0"

        def log_message(self, *args):
            pass

        def do_HEAD(self):
            self.do_GET(head=True)

        def do_GET(self, head: bool = False):
            self.head = head
            host, count = web._record(self)
            try:
                self.answer(host, count)
            except (BrokenPipeError, ConnectionResetError):
                pass

        # -- routing ---------------------------------------------------------------

        def answer(self, host: str, count: int):
            if host not in web.hosts:
                return self.send(421, b"unknown host", "text/plain")
            if web.outage_after is not None and len(web.log) > web.outage_after and self.path != "/robots.txt":
                return self.send(503, b"<html><body><h1>Nede</h1></body></html>", "text/html; charset=utf-8")
            parts = urlsplit(self.path)
            route = web.routes(host).get(parts.path, {})
            if route.get("drop"):
                self.close_connection = True
                return None
            if route.get("delay"):
                time.sleep(float(route["delay"]))
            status = route.get("status", 200)
            fail_first = route.get("fail_first")
            if fail_first is not None:
                status = route.get("status", 503) if count <= int(fail_first) else 200
            if status in (301, 302, 303, 307, 308):
                return self.send(status, b"", "text/html", {"Location": route["location"]})
            if status >= 400:
                extra = {"Retry-After": str(route["retry_after"])} if route.get("retry_after") is not None else {}
                return self.send(status, f"<html><body><h1>Feil {status}</h1></body></html>".encode(),
                                 "text/html; charset=utf-8", extra)
            if route.get("huge"):
                return self.huge(int(route["huge"]), bool(route.get("content_length")))
            if route.get("drip"):
                return self.drip(float(route["drip"]))
            if route.get("calendar"):
                return self.calendar(parts.query)
            if "body" in route:
                return self.send(200, route["body"].encode("utf-8"), route.get("content_type", "text/html"))
            found = self.lookup(host, route.get("file"), parts.path, parts.query)
            if found is None:
                page = web.sites / host / "404.html"
                body = page.read_bytes() if page.exists() else b"<html><body><h1>Fant ikke siden</h1></body></html>"
                return self.send(404, body, "text/html; charset=utf-8")
            body, ctype = found
            ctype = route.get("content_type", ctype)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag or self.not_modified_since():
                return self.send(304, b"", None, {"ETag": etag, "Last-Modified": LAST_MODIFIED})
            return self.send(200, body, ctype, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

        def lookup(self, host: str, file: str | None, path: str, query: str):
            root = (web.sites / host).resolve()
            if file:
                candidates = [root / file]
            else:
                rel = path.lstrip("/")
                if rel.endswith(".gz"):
                    plain = (root / rel[:-3]).resolve()
                    if plain.is_file() and root in plain.parents:
                        return gzip.compress(plain.read_bytes(), mtime=0), TYPES[".gz"]
                if not rel or rel.endswith("/"):
                    candidates = [root / rel / "index.html"]
                else:
                    candidates = [root / f"{rel}.html", root / rel / "index.html", root / rel]
                page = parse_qs(query).get("page", [None])[0]
                if page and page.isdigit() and page != "1":
                    candidates = [c.with_name(f"{c.stem}.page-{page}{c.suffix}") for c in candidates]
            for c in candidates:
                c = c.resolve()
                if c.is_file() and root in c.parents and not c.name.startswith("_"):
                    return c.read_bytes(), TYPES.get(c.suffix, "application/octet-stream")
            return None

        def not_modified_since(self) -> bool:
            since = self.headers.get("If-Modified-Since")
            if not since or self.headers.get("If-None-Match"):
                return False
            try:
                return email.utils.parsedate_to_datetime(since) >= email.utils.parsedate_to_datetime(LAST_MODIFIED)
            except (TypeError, ValueError):
                return False

        # -- dynamic bodies -----------------------------------------------------------

        def calendar(self, query: str):
            month = parse_qs(query).get("month", ["1"])[0]
            n = int(month) if month.lstrip("-").isdigit() else 1
            body = (f'<!doctype html><html lang="nb"><head><title>Kalender – måned {n}</title></head><body>'
                    f"<h1>Arrangementer, måned {n}</h1><p>Ingen arrangementer denne måneden.</p>"
                    f'<a href="/kalender?month={n - 1}">Forrige måned</a> '
                    f'<a href="/kalender?month={n + 1}">Neste måned</a></body></html>')
            return self.send(200, body.encode("utf-8"), "text/html; charset=utf-8")

        def huge(self, size: int, with_length: bool):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if with_length:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            if self.head:
                return
            chunk = b"<p>" + b"Stor side. " * 5950 + b"</p>\n"
            sent = 0
            while sent < size:
                piece = chunk[: size - sent]
                self.wfile.write(piece)
                sent += len(piece)

        def drip(self, seconds: float):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(b"<html><body>")
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                self.wfile.write(b".")
                self.wfile.flush()
                time.sleep(0.1)
            self.wfile.write(b"</body></html>")

        def send(self, status: int, body: bytes, ctype: str | None, extra: dict | None = None):
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body and not self.head and status != 304:
                self.wfile.write(body)

    return Handler
