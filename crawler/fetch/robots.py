"""robots.txt, through Protego: fetched once per host for the run, then obeyed.

A 4xx robots file (or a redirect chain too long to follow) allows everything; a 5xx or 429
one blocks the host for this run, as Google does; an unreachable one fails every page of the
host with that network error (and says what happened: `detail`). `Crawl-delay` (for our agent)
is honoured up to a cap.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

from crawler.fetch.charset import decode_html
from crawler.fetch.result import NETWORK_ERRORS
from crawler.fetch.transport import Answer

log = logging.getLogger(__name__)


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def verdict(answer: Answer) -> str:
    """What a robots.txt answer means for its host: "ok" (read the rules), "allow_all",
    "blocked", or the network error kind that fails the host."""
    if answer.error in NETWORK_ERRORS:
        return answer.error
    if answer.error == "too_many_redirects":
        return "allow_all"          # as Google: treated like a 404
    if answer.status is None or answer.status >= 500 or answer.status == 429:
        return "blocked"
    if answer.status >= 400:
        return "allow_all"
    return "ok"


class HostRobots:
    """One host's robots.txt. `state` is None until it is loaded, then a `verdict`."""

    def __init__(self):
        self._lock = threading.Lock()
        self.state: str | None = None
        self.detail: str | None = None      # an unreachable robots.txt: what happened, in words
        self.rules: Protego | None = None
        self.crawl_delay = 0.0

    def load(self, fetch: Callable[[], Answer], agent: str, max_crawl_delay: float) -> None:
        """Fetch and read robots.txt unless that is done: the first caller fetches it, the
        others wait for it."""
        if self.state is not None:
            return
        with self._lock:
            if self.state is not None:
                return
            answer = fetch()
            state = verdict(answer)
            if state == "ok":
                text, _ = decode_html(answer.body, answer.headers.get("content-type"))
                self.rules = Protego.parse(text)
                self.crawl_delay = min(float(self.rules.crawl_delay(agent) or 0.0), max_crawl_delay)
            if state in NETWORK_ERRORS:
                self.detail = answer.detail
            log.debug("robots.txt: %s (status %s, error %s)", state, answer.status, answer.error)
            self.state = state      # set last: readers check it without the lock

    def allows(self, url: str, agent: str) -> bool:
        if self.state == "allow_all":
            return True
        if self.state != "ok":
            return False
        return self.rules.can_fetch(url, agent)

    def refusal(self) -> str:
        """The error of a page this robots.txt refuses: its network error, else "robots_disallowed"."""
        return self.state if self.state in NETWORK_ERRORS else "robots_disallowed"

    def sitemaps(self) -> list[str]:
        return list(self.rules.sitemaps) if self.rules is not None else []
