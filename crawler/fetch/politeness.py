"""Politeness: one request in flight per host, and request starts to a host at least its gap
apart (the fetcher's delay, or a larger robots.txt Crawl-delay). Different hosts may be
fetched from different threads at once."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from urllib.parse import urlsplit


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


class HostSlot:
    """One host's turn to send. `requests` counts the HTTP requests made to the host."""

    def __init__(self):
        self._lock = threading.Lock()
        self._last_start = 0.0
        self.requests = 0

    @contextmanager
    def turn(self, gap: float):
        """Hold the host for one request, reading its body included; it starts no sooner than
        `gap` seconds after the previous request's start. Count what was sent with `sent`."""
        with self._lock:
            wait = self._last_start + gap - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last_start = time.monotonic()
            yield self

    def sent(self, requests: int) -> None:
        """Count requests made in this turn (a robots.txt that redirects makes several)."""
        self.requests += requests
