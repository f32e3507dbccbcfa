"""The `Fetcher`: one polite GET, composed of the concerns of this package.

For each hop of a fetch: the conditional headers (`conditional`), the caller's scope, robots.txt
(`robots`), then the request itself, made in the host's turn (`politeness`) and tried again
when worth it (`retry`), with its body read within the limits (`transport`, `body`); a
redirect is the next hop (`redirects`); the answer becomes a `FetchResult`, its text decoded
(`charset`).
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import replace
from collections.abc import Callable
from urllib.parse import urldefrag

import requests

from crawler.fetch import conditional, transport
from crawler.fetch.charset import decode_html
from crawler.fetch.politeness import HostSlot, host_key
from crawler.fetch.redirects import RedirectChain, fetchable
from crawler.fetch.result import FetchResult
from crawler.fetch.retry import RetryPolicy
from crawler.fetch.robots import HostRobots, robots_url
from crawler.fetch.settings import FetchSettings
from crawler.fetch.transport import Answer


class _Host:
    """What the fetcher keeps per host: its session, its turn to send and its robots.txt."""

    def __init__(self, session: requests.Session):
        self.session = session
        self.slot = HostSlot()
        self.robots = HostRobots()


class Fetcher:
    """A polite fetcher; thread-safe. `allowed(url) -> bool` is the crawl scope (redirects too).

    Tests point host names at a local server with `resolve={"hvl.test": "127.0.0.1:PORT"}`;
    with a resolve map no other host is ever contacted. Without it the network is used
    normally. Settings are a `FetchSettings`, or its fields as keywords."""

    def __init__(self, settings: FetchSettings | None = None, *, allowed: Callable[[str], bool] | None = None,
                 resolve: dict[str, str] | None = None, **overrides):
        self.s = replace(settings or FetchSettings(), **overrides)
        self.allowed = allowed or (lambda url: True)
        self.resolve = dict(resolve or {})
        self.retry = RetryPolicy(self.s.retries, self.s.backoff, self.s.retry_after_cap)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        with self._hosts_lock:
            for host in self._hosts.values():
                host.session.close()

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(transport.new_session(self.s.user_agent, self.s.max_redirects,
                                                                      self.resolve))
            return host

    # -- robots.txt and politeness ------------------------------------------------------

    def _robots(self, url: str) -> _Host:
        host = self._host(url)
        host.robots.load(lambda: self._exchange(host, robots_url(url), {}, kind="robots",
                                                max_bytes=self.s.robots_max_bytes, follow=True),
                         self.s.agent_token, self.s.max_crawl_delay)
        return host

    def _gap(self, host: _Host) -> float:
        return max(self.s.delay, host.robots.crawl_delay)

    def can_fetch(self, url: str) -> bool:
        """Whether robots.txt lets us fetch `url` (fetches robots.txt the first time)."""
        return self._robots(url).robots.allows(url, self.s.agent_token)

    def robots_sitemaps(self, url: str) -> list[str]:
        return self._robots(url).robots.sitemaps()

    def crawl_delay(self, url: str) -> float:
        """The gap between request starts to the host of `url`: the delay or its robots Crawl-delay."""
        return self._gap(self._robots(url))

    def host_stats(self) -> dict[str, dict]:
        """{"host[:port]": {"requests": n, "gap": seconds between request starts}} for every
        host this fetcher has made a request to (the port only when not the default one);
        robots.txt, sitemaps, redirect hops and retries count as requests."""
        with self._hosts_lock:
            hosts = list(self._hosts.items())
        out: dict[str, dict] = {}
        for key, host in hosts:
            if host.slot.requests:
                scheme, _, rest = key.partition("://")
                name, _, port = rest.rpartition(":")
                name = name if port == str({"http": 80, "https": 443}.get(scheme)) else rest
                seen = out.setdefault(name, {"requests": 0, "gap": 0.0})
                seen["requests"] += host.slot.requests
                seen["gap"] = max(seen["gap"], self._gap(host))
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
        if not fetchable(url):
            return FetchResult(url=url, final_url=url, error="out_of_scope")
        chain = RedirectChain(url, self.s.max_redirects, resume)
        done = resume.attempts if resume is not None and resume.final_url else 0
        while True:
            current = chain.current
            headers = conditional.for_hop(current, not chain.hops, validators, hop_validators)
            if not allowed(current):
                return FetchResult(url=url, final_url=current, redirects=chain.hops, error="out_of_scope")
            if not self.can_fetch(current):
                robots = self._host(current).robots
                return FetchResult(url=url, final_url=current, redirects=chain.hops, error=robots.refusal(),
                                   error_detail=robots.detail)
            answer = self._exchange(self._host(current), current, headers, kind=kind, max_bytes=self.s.max_bytes,
                                    defer=defer, done=done)
            done = 0
            target = chain.target(answer, current)
            if target is not None:
                stopped = chain.follow(target)
                if stopped is None:
                    continue
                error, final, hops = stopped
                return FetchResult(url=url, final_url=final, status=answer.status, redirects=hops, error=error,
                                   attempts=answer.attempts)
            result = self._result(url, current, chain.hops, answer)
            if answer.retry_in is not None:
                result.retry_at = time.monotonic() + answer.retry_in
            return result

    def _exchange(self, host: _Host, url: str, headers: dict, *, kind: str, max_bytes: int,
                  follow: bool = False, defer: bool = False, done: int = 0) -> Answer:
        """One request with its retries, each attempt in the host's turn."""
        def send() -> Answer:
            with host.slot.turn(self._gap(host)) as slot:
                answer = transport.get(host.session, url, headers, timeout=self.s.timeout,
                                       total_timeout=self.s.total_timeout, kind=kind, max_bytes=max_bytes,
                                       follow=follow)
                slot.sent(answer.sent)
            return answer

        return self.retry.run(send, done=done, defer=defer)

    @staticmethod
    def _result(url: str, final: str, hops: list[str], answer: Answer) -> FetchResult:
        h = answer.headers
        out = FetchResult(url=url, final_url=final, status=answer.status, redirects=hops, attempts=answer.attempts,
                          etag=h.get("etag"), last_modified=h.get("last-modified"), content_type=h.get("content-type"),
                          error=answer.error, error_detail=answer.detail)
        if out.error is None and answer.status is not None:
            if answer.status >= 500:
                out.error = "http_5xx"
            elif answer.status >= 400:
                out.error = "http_4xx"
        if answer.body and out.error is None:
            out.content = answer.body
            out.content_hash = hashlib.sha256(answer.body).hexdigest()
            out.text, out.encoding = decode_html(answer.body, h.get("content-type"))
        return out
