"""Polite HTTP fetching: robots.txt, a per-host delay, one request in flight per host,
retries with backoff for 5xx and connection errors only, timeouts, a size limit, HTML only,
redirects followed by hand (limited, recorded, each hop checked), conditional requests.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from bs4.dammit import UnicodeDammit
from protego import Protego

from crawler.pipeline import Fetched
from crawler.store import now_iso

USER_AGENT = "Kurskatalog/0.1 (+https://github.com/kurskatalog/kurskatalog; kurskatalog@example.org)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
SITEMAP_TYPES = ("application/xml", "text/xml", "application/x-xml")


@dataclass
class FetchSettings:
    delay: float = 1.0             # seconds between request starts to one host
    timeout: tuple[float, float] = (10.0, 20.0)
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 1.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_start: float = 0.0
    robots: Protego | None = None
    robots_blocked: bool = False   # robots.txt unreachable (5xx): disallow all this run
    crawl_delay: float = 0.0


class Fetcher:
    def __init__(self, settings: FetchSettings | None = None, allowed=None):
        self.s = settings or FetchSettings()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.s.user_agent
        self.allowed = allowed or (lambda url: True)   # scope check for redirect targets
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    # -- politeness --------------------------------------------------------------

    def _wait_turn(self, host: _Host) -> None:
        gap = max(self.s.delay, host.crawl_delay)
        wait = host.last_start + gap - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        host.last_start = time.monotonic()

    def _load_robots(self, url: str, host: _Host) -> None:
        if host.robots is not None or host.robots_blocked:
            return
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        self._wait_turn(host)
        try:
            resp = self.session.get(robots_url, timeout=self.s.timeout, allow_redirects=True)
        except requests.RequestException:
            host.robots_blocked = True
            return
        if resp.status_code >= 500:
            host.robots_blocked = True
        elif resp.status_code >= 400:
            host.robots = Protego.parse("")
        else:
            host.robots = Protego.parse(resp.text)
            delay = host.robots.crawl_delay(self.s.user_agent)
            host.crawl_delay = float(delay or 0.0)

    def allowed_by_robots(self, url: str) -> bool:
        host = self._host(url)
        with host.lock:
            self._load_robots(url, host)
        if host.robots_blocked:
            return False
        return host.robots.can_fetch(url, self.s.user_agent)

    def sitemaps(self, url: str) -> list[str]:
        host = self._host(url)
        with host.lock:
            self._load_robots(url, host)
        return list(host.robots.sitemaps) if host.robots else []

    # -- fetching ----------------------------------------------------------------

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              accept_xml: bool = False) -> Fetched:
        redirects: list[str] = []
        current = url
        for _ in range(self.s.max_redirects + 1):
            if not self.allowed(current):
                return Fetched(url=url, final_url=current, error="out_of_scope")
            if not self.allowed_by_robots(current):
                return Fetched(url=url, final_url=current, error="robots_disallowed")
            result, location = self._one(current, etag, last_modified, accept_xml)
            if location is None:
                result.url, result.final_url = url, current
                result.redirects = redirects
                return result
            nxt = urljoin(current, location)
            if nxt in redirects or nxt == url:
                return Fetched(url=url, final_url=nxt, status=result.status, error="redirect_loop")
            redirects.append(nxt)
            current = nxt
        return Fetched(url=url, final_url=current, error="too_many_redirects")

    def _one(self, url, etag, last_modified, accept_xml) -> tuple[Fetched, str | None]:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = self._host(url)
        attempt = 0
        while True:
            with host.lock:                      # one request in flight per host
                self._wait_turn(host)
                try:
                    resp = self.session.get(url, headers=headers, timeout=self.s.timeout,
                                            allow_redirects=False, stream=True)
                    error = None
                except requests.Timeout:
                    resp, error = None, "timeout"
                except requests.RequestException:
                    resp, error = None, "connection"
            retry = error is not None or (resp is not None and resp.status_code >= 500)
            if retry and attempt < self.s.retries:
                if resp is not None:
                    resp.close()
                attempt += 1
                time.sleep(self.s.backoff * (2 ** (attempt - 1)))
                continue
            break
        if error:
            return Fetched(url=url, error=error), None
        with resp:
            status = resp.status_code
            if status in (301, 302, 303, 307, 308) and resp.headers.get("Location"):
                return Fetched(url=url, status=status), resp.headers["Location"]
            out = Fetched(url=url, status=status, etag=resp.headers.get("ETag"),
                          last_modified=resp.headers.get("Last-Modified"), fetched_at=now_iso())
            if status >= 500:
                out.error = "http_5xx"
                return out, None
            if status == 304 or status >= 400:
                return out, None
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if ctype not in HTML_TYPES and not (accept_xml and ctype in SITEMAP_TYPES):
                out.error = "not_html"
                return out, None
            body = bytearray()
            try:
                for chunk in resp.iter_content(65536):
                    body += chunk
                    if len(body) > self.s.max_bytes:
                        out.error = "too_large"
                        return out, None
            except requests.RequestException:
                out.error = "timeout"
                return out, None
        data = bytes(body)
        out.content_hash = hashlib.sha256(data).hexdigest()
        declared = resp.encoding if "charset" in resp.headers.get("Content-Type", "").lower() else None
        dammit = UnicodeDammit(data, [e for e in (declared, "utf-8", "windows-1252") if e])
        out.text = dammit.unicode_markup or ""
        return out, None
