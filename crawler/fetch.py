"""Polite HTTP fetching.

One `Fetcher` serves a whole crawl:

- robots.txt is fetched once per host and obeyed through Protego; a 4xx robots file
  allows everything, a 5xx one disallows the host for this run (as Google does), and
  an unreachable one makes every page of the host fail with that network error;
- a per-host delay between request starts (a larger robots `Crawl-delay` wins, up to
  a cap) and at most one request in flight per host (a per-host lock that also covers
  reading the body); different hosts may be fetched from different threads at once;
- connect/read timeouts plus a deadline for the whole body; retries with exponential
  backoff for 5xx, timeouts and connection errors only (never 4xx), `Retry-After`
  honoured up to a cap (a longer one ends the retries); a request that cannot be made
  (invalid URL or header) is the error "invalid", never retried. `fetch(defer_retry=True)`
  does not sleep through the backoff: it returns the failure with `retry_at` (the earliest
  monotonic time for the next attempt) and the caller fetches again with `resume=` that
  result when it likes (the crawl fetches the host's other pages meanwhile);
- a size limit (streamed, aborted past it), HTML only for pages;
- redirects followed by hand: at most `max_redirects` hops, each recorded and checked
  against robots and the caller's scope, loops detected;
- conditional requests (If-None-Match / If-Modified-Since) → status 304, `not_modified`: the
  validators given are sent to the URL asked for only; a redirect target gets only its own,
  when the caller knows them (`hop_validators`), never another page's;
- every request made is counted per host (robots.txt, sitemaps, redirect hops and retries
  included): `host_stats()` gives the counts and each host's gap between request starts;
- charset: HTTP header, then <meta charset>/http-equiv, then UTF-8, then cp1252.

Tests point host names at a local server with `resolve={"hvl.test": "127.0.0.1:PORT"}`;
with a resolve map no other host is ever contacted. Without it the network is used
normally.
"""

from __future__ import annotations

import codecs
import email.utils
import hashlib
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import requests
import urllib3
from bs4.dammit import EncodingDetector
from protego import Protego
from requests.adapters import HTTPAdapter

from domain.clock import now_iso

USER_AGENT = "Kurskatalog/0.1 (+https://github.com/kurskatalog; kontakt@kurskatalog.no)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ERROR_KINDS = ("robots_disallowed", "timeout", "connection", "http_4xx", "http_5xx", "too_large",
               "not_html", "redirect_loop", "too_many_redirects", "out_of_scope", "invalid")
NETWORK_ERRORS = ("timeout", "connection", "invalid")   # a robots.txt that failed so fails its host
_LATIN = {"iso8859-1", "latin-1", "cp1252", "ascii"}       # codecs.lookup names
_CHUNK = 65536


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    delay: float = 1.0                    # seconds between request starts to one host
    timeout: tuple[float, float] = (10.0, 20.0)   # connect, read (per socket read)
    total_timeout: float = 60.0           # the whole response, body included
    max_bytes: int = 5_000_000
    retries: int = 2                      # extra attempts for 5xx, timeouts, connection errors
    backoff: float = 1.0                  # first retry wait; doubled each time
    retry_after_cap: float = 30.0         # a longer Retry-After ends the retries
    max_redirects: int = 5
    max_crawl_delay: float = 60.0         # robots Crawl-delay is honoured up to this
    robots_max_bytes: int = 500_000       # the rest of a longer robots.txt is ignored


@dataclass
class FetchResult:
    """What one fetch gave: the only fetch-result type of the crawler (the pipeline takes it too)."""
    url: str
    final_url: str | None = None
    status: int | None = None
    redirects: list[str] = field(default_factory=list)   # each hop's target, in order
    etag: str | None = None                              # the validators the answer carried
    last_modified: str | None = None
    content_type: str | None = None
    text: str = ""
    content_hash: str | None = None                      # sha256 of the body bytes
    fetched_at: str = field(default_factory=now_iso)
    error: str | None = None                             # None or one of ERROR_KINDS
    elapsed: float = 0.0                                 # seconds for the whole fetch() call
    attempts: int = 0                                    # requests made for the last hop
    retry_at: float | None = None                        # defer_retry: try again at this time.monotonic()
    encoding: str | None = None
    content: bytes = field(default=b"", repr=False)      # the body (for sitemaps: may be gzip)

    @property
    def headers(self) -> dict:
        """The answer's validators and type: {"etag", "last_modified", "content_type"}."""
        return {"etag": self.etag, "last_modified": self.last_modified, "content_type": self.content_type}

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300


# -- charset ----------------------------------------------------------------------------

def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return _codec(value)
    return None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding): BOM, HTTP charset, <meta> charset, UTF-8, cp1252.

    A declared charset that cannot decode the bytes is ignored. A declared Latin
    charset is overruled by UTF-8 when the bytes hold valid multi-byte UTF-8 (real
    Latin-1 text almost never does), which fixes servers that default to ISO-8859-1.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = _try(data, "utf-8-sig" if codec == "utf-8" else codec)
            if text is not None:
                return text, codec
    meta = None
    try:
        meta = _codec(EncodingDetector.find_declared_encoding(data[:65536], is_html=True))
    except Exception:  # noqa: BLE001 - a detector hiccup must not stop decoding
        meta = None
    if meta and meta.startswith(("utf-16", "utf-32")):
        meta = None            # browsers ignore these in <meta>; the bytes are ASCII-compatible
    non_ascii = not data.isascii()
    for declared in (header_charset(content_type), meta):
        if not declared:
            continue
        if declared in _LATIN and non_ascii:
            text = _try(data, "utf-8")
            if text is not None:
                return text, "utf-8"
        text = _try(data, declared)
        if text is not None:
            return text, declared
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _try(data, "cp1252")
    if text is not None:
        return text, "cp1252"
    return data.decode("iso8859-1"), "iso8859-1"


# -- a resolve map for tests ----------------------------------------------------------------

class ResolveAdapter(HTTPAdapter):
    """Sends requests for mapped host names to another address, keeping the Host header.

    `mapping` is {"hvl.test": "127.0.0.1:8080"}. A host that is not in the map is
    refused without any network traffic, so a test can never reach the internet.
    """

    def __init__(self, mapping: dict[str, str], **kw):
        super().__init__(**kw)
        self.mapping = {k.lower(): v for k, v in mapping.items()}

    def send(self, request, **kw):
        original = request.url
        parts = urlsplit(original)
        host = (parts.hostname or "").lower()
        target = self.mapping.get(f"{host}:{parts.port}") or self.mapping.get(host)
        if target is None:
            raise requests.ConnectionError(f"{host} is not in the resolve map", request=request)
        request.url = urlunsplit((parts.scheme, target, parts.path or "/", parts.query, ""))
        request.headers["Host"] = parts.netloc
        resp = super().send(request, **kw)
        resp.url = original
        return resp


# -- the fetcher -------------------------------------------------------------------------

@dataclass
class _Raw:
    status: int | None = None
    headers: dict = field(default_factory=dict)   # lower-case names
    body: bytes = b""
    error: str | None = None
    attempts: int = 0
    retry_in: float | None = None                 # defer: seconds before the next attempt
    sent: int = 1                                 # HTTP requests this attempt made (robots.txt follows redirects)


class _Host:
    def __init__(self, session: requests.Session):
        self.session = session
        self.lock = threading.Lock()          # one request in flight
        self.robots_lock = threading.Lock()   # robots.txt fetched once
        self.last_start = 0.0
        self.robots: Protego | None = None
        self.robots_state: str | None = None  # None (not yet), "ok", "allow_all", "blocked", or an error kind
        self.crawl_delay = 0.0
        self.requests = 0                     # requests made (under `lock`)


class Fetcher:
    """A polite fetcher; thread-safe. `allowed(url) -> bool` is the crawl scope (redirects too)."""

    def __init__(self, settings: FetchSettings | None = None, *, allowed: Callable[[str], bool] | None = None,
                 resolve: dict[str, str] | None = None, **overrides):
        self.s = replace(settings or FetchSettings(), **overrides)
        self.allowed = allowed or (lambda url: True)
        self.resolve = dict(resolve or {})
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._agent_token = self.s.user_agent.split("/")[0].strip() or self.s.user_agent

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        with self._hosts_lock:
            for host in self._hosts.values():
                host.session.close()

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        session.headers["User-Agent"] = self.s.user_agent
        session.headers["Accept"] = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
        session.headers["Accept-Language"] = "nb,nn;q=0.9,no;q=0.8,en;q=0.5"
        session.max_redirects = self.s.max_redirects
        session.trust_env = not self.resolve          # a resolve map ignores proxy settings
        if self.resolve:
            adapter = ResolveAdapter(self.resolve, pool_maxsize=2)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        return session

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(self._new_session())
            return host

    # -- politeness ------------------------------------------------------------------

    def _wait_turn(self, host: _Host) -> None:
        """Called with host.lock held: sleep until this host's next request may start."""
        gap = max(self.s.delay, host.crawl_delay)
        wait = host.last_start + gap - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        host.last_start = time.monotonic()

    def _robots(self, url: str) -> _Host:
        host = self._host(url)
        if host.robots_state is not None:
            return host
        with host.robots_lock:
            if host.robots_state is not None:
                return host
            parts = urlsplit(url)
            raw = self._exchange(host, f"{parts.scheme}://{parts.netloc}/robots.txt", {},
                                 kind="robots", max_bytes=self.s.robots_max_bytes, follow=True)
            if raw.error in NETWORK_ERRORS:
                host.robots_state = raw.error
            elif raw.error == "too_many_redirects":
                host.robots_state = "allow_all"          # as Google: treated like a 404
            elif raw.status is None or raw.status >= 500 or raw.status == 429:
                host.robots_state = "blocked"
            elif raw.status >= 400:
                host.robots_state = "allow_all"
            else:
                text, _ = decode_html(raw.body, raw.headers.get("content-type"))
                host.robots = Protego.parse(text)
                delay = host.robots.crawl_delay(self._agent_token)
                host.crawl_delay = min(float(delay or 0.0), self.s.max_crawl_delay)
                host.robots_state = "ok"
        return host

    def can_fetch(self, url: str) -> bool:
        """Whether robots.txt lets us fetch `url` (fetches robots.txt the first time)."""
        host = self._robots(url)
        if host.robots_state == "allow_all":
            return True
        if host.robots_state != "ok":
            return False
        return host.robots.can_fetch(url, self._agent_token)

    def robots_sitemaps(self, url: str) -> list[str]:
        host = self._robots(url)
        return list(host.robots.sitemaps) if host.robots is not None else []

    def crawl_delay(self, url: str) -> float:
        return max(self.s.delay, self._robots(url).crawl_delay)

    def host_stats(self) -> dict[str, dict]:
        """{"host[:port]": {"requests": n, "gap": seconds between request starts}} for every
        host this fetcher has made a request to (the port only when not the default one)."""
        with self._hosts_lock:
            hosts = list(self._hosts.items())
        out: dict[str, dict] = {}
        for key, host in hosts:
            if host.requests:
                scheme, _, rest = key.partition("://")
                name, _, port = rest.rpartition(":")
                name = name if port == str({"http": 80, "https": 443}.get(scheme)) else rest
                seen = out.setdefault(name, {"requests": 0, "gap": 0.0})
                seen["requests"] += host.requests
                seen["gap"] = max(seen["gap"], self.s.delay, host.crawl_delay)
        return out

    # -- fetching --------------------------------------------------------------------

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              kind: str = "html", allowed: Callable[[str], bool] | None = None,
              hop_validators: Callable[[str], tuple | None] | None = None, defer_retry: bool = False,
              resume: FetchResult | None = None) -> FetchResult:
        """GET `url` politely. `kind` "html" accepts HTML only; "sitemap" accepts any type.
        `allowed` replaces the fetcher's scope check for this call (the URL and every redirect).

        `etag`/`last_modified` are `url`'s validators; `hop_validators(target)` gives a redirect
        target's own (etag, last_modified) or None. `defer_retry`: a failure worth a retry comes
        back at once with `retry_at` set; `resume` (that result) goes on where it failed: at its
        last redirect hop, with its attempts counted, so no request of the chain is repeated."""
        started = time.monotonic()
        url = urldefrag(url.strip())[0]
        result = self._follow(url, (etag, last_modified), kind, allowed or self.allowed, hop_validators,
                              defer_retry, resume)
        result.elapsed = round(time.monotonic() - started, 4)
        return result

    def _follow(self, url, validators, kind, allowed, hop_validators, defer, resume) -> FetchResult:
        if not _fetchable(url):
            return FetchResult(url=url, final_url=url, error="out_of_scope")
        current, hops, done = url, [], 0
        if resume is not None and resume.final_url:
            current, hops, done = resume.final_url, list(resume.redirects), resume.attempts
        visited = {_loop_key(u) for u in (url, *hops)}
        while True:
            if not hops:
                headers = _conditional(*validators)
            else:                        # `url`'s validators belong to `url`, not to another page
                headers = _conditional(*((hop_validators and hop_validators(current)) or (None, None)))
            if not allowed(current):
                return FetchResult(url=url, final_url=current, redirects=hops, error="out_of_scope")
            if not self.can_fetch(current):
                state = self._host(current).robots_state
                error = state if state in NETWORK_ERRORS else "robots_disallowed"
                return FetchResult(url=url, final_url=current, redirects=hops, error=error)
            raw = self._exchange(self._host(current), current, headers, kind=kind, max_bytes=self.s.max_bytes,
                                 defer=defer, done=done)
            done = 0
            location = raw.headers.get("location")
            if raw.status in REDIRECT_STATUSES and location and not raw.error:
                try:
                    target = urldefrag(urljoin(current, location.strip()))[0]
                except ValueError:
                    target = ""
                if not _fetchable(target):
                    return FetchResult(url=url, final_url=current, status=raw.status, redirects=hops,
                                       error="out_of_scope", attempts=raw.attempts)
                if _loop_key(target) in visited:
                    return FetchResult(url=url, final_url=target, status=raw.status, redirects=hops + [target],
                                       error="redirect_loop", attempts=raw.attempts)
                if len(hops) >= self.s.max_redirects:
                    return FetchResult(url=url, final_url=target, status=raw.status, redirects=hops,
                                       error="too_many_redirects", attempts=raw.attempts)
                hops.append(target)
                visited.add(_loop_key(target))
                current = target
                continue
            result = self._result(url, current, hops, raw)
            if raw.retry_in is not None:
                result.retry_at = time.monotonic() + raw.retry_in
            return result

    def _result(self, url: str, final: str, hops: list[str], raw: _Raw) -> FetchResult:
        h = raw.headers
        out = FetchResult(url=url, final_url=final, status=raw.status, redirects=hops, attempts=raw.attempts,
                          etag=h.get("etag"), last_modified=h.get("last-modified"), content_type=h.get("content-type"),
                          error=raw.error)
        if out.error is None and raw.status is not None:
            if raw.status >= 500:
                out.error = "http_5xx"
            elif raw.status >= 400:
                out.error = "http_4xx"
        if raw.body and out.error is None:
            out.content = raw.body
            out.content_hash = hashlib.sha256(raw.body).hexdigest()
            out.text, out.encoding = decode_html(raw.body, h.get("content-type"))
        return out

    def _exchange(self, host: _Host, url: str, headers: dict, *, kind: str, max_bytes: int,
                  follow: bool = False, defer: bool = False, done: int = 0) -> _Raw:
        """One request with retries (5xx, timeouts, connection errors), each attempt under the host
        lock; `done` attempts were made before. `defer`: no sleep, the wait is returned in `retry_in`."""
        for attempt in range(min(done, self.s.retries), self.s.retries + 1):
            with host.lock:
                self._wait_turn(host)
                raw = self._attempt(host.session, url, headers, kind, max_bytes, follow)
                host.requests += raw.sent
            raw.attempts = attempt + 1
            retryable = raw.error in ("timeout", "connection") or (raw.status or 0) >= 500
            if not retryable or attempt == self.s.retries:
                return raw
            wait = self._retry_wait(attempt, raw.headers.get("retry-after"))
            if wait is None:
                return raw
            if defer:
                raw.retry_in = wait
                return raw
            time.sleep(wait)
        return raw  # pragma: no cover - the loop always returns

    def _retry_wait(self, attempt: int, retry_after: str | None) -> float | None:
        wait = self.s.backoff * (2 ** attempt)
        if retry_after:
            asked = _retry_after_seconds(retry_after)
            if asked is not None:
                if asked > self.s.retry_after_cap:
                    return None
                wait = max(wait, asked)
        return wait

    def _attempt(self, session, url, headers, kind, max_bytes, follow) -> _Raw:
        deadline = time.monotonic() + self.s.total_timeout
        try:
            resp = session.get(url, headers=headers, timeout=self.s.timeout, allow_redirects=follow, stream=True)
        except requests.Timeout:
            return _Raw(error="timeout")
        except requests.TooManyRedirects:         # only robots.txt follows redirects itself
            return _Raw(error="too_many_redirects", sent=session.max_redirects + 1)
        except requests.ConnectionError:
            return _Raw(error="connection")
        except requests.RequestException:         # an invalid URL or header: no retry helps
            return _Raw(error="invalid", sent=0)
        with resp:
            raw = _Raw(status=resp.status_code, headers={k.lower(): v for k, v in resp.headers.items()},
                       sent=len(resp.history) + 1)
            status = resp.status_code
            if not 200 <= status < 300:
                return raw                      # redirects, 304, 4xx, 5xx: the body is not needed
            ctype = raw.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "html" and ctype and ctype not in HTML_TYPES:
                raw.error = "not_html"
                return raw
            truncate = kind == "robots"
            length = raw.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes and not truncate:
                raw.error = "too_large"
                return raw
            body = bytearray()
            try:
                for chunk in _chunks(resp):
                    body += chunk
                    if len(body) > max_bytes:
                        if truncate:
                            del body[max_bytes:]
                            break
                        raw.error = "too_large"
                        return raw
                    if time.monotonic() > deadline:
                        raw.error = "timeout"
                        return raw
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                timed_out = isinstance(exc, (urllib3.exceptions.TimeoutError, TimeoutError, requests.Timeout))
                raw.error = "timeout" if timed_out or "timed out" in str(exc).lower() else "connection"
                return raw
            raw.body = bytes(body)
            if kind == "html" and not ctype and not _looks_like_html(raw.body):
                raw.error = "not_html"
            return raw


def host_key(url: str) -> str:
    """The politeness and robots.txt key of a URL: scheme, host and port, the default port
    filled in ("http://A.test:80/x" and "http://a.test/y" are one host)."""
    p = urlsplit(url)
    try:
        port = p.port
    except ValueError:
        port = None
    scheme = (p.scheme or "http").lower()
    host = (p.hostname or "").rstrip(".")
    return f"{scheme}://{host}:{port or {'http': 80, 'https': 443}.get(scheme, 0)}"


def _chunks(resp):
    """The body as it arrives: one socket read at a time where urllib3 can (so a trickling
    body meets the deadline check), else in fixed-size chunks."""
    raw = resp.raw
    if not hasattr(raw, "read1"):
        yield from resp.iter_content(_CHUNK)
        return
    while True:
        data = raw.read1(_CHUNK, decode_content=True)
        if not data:
            return
        yield data


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or b"<html" in head


def _retry_after_seconds(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _conditional(etag: str | None, last_modified: str | None) -> dict:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _fetchable(url: str) -> bool:
    try:
        return url.lower().startswith(("http://", "https://")) and bool(urlsplit(url).hostname)
    except ValueError:
        return False


def _loop_key(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme.lower(), p.netloc.lower(), p.path or "/", p.query, ""))
