"""Redirects, followed by hand: at most `max_redirects` hops, each one recorded (and checked by
the fetcher against the scope and robots.txt like the URL asked for), loops detected."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

from crawler.fetch.result import FetchResult
from crawler.fetch.transport import Answer

REDIRECT_STATUSES = (301, 302, 303, 307, 308)


def fetchable(url: str) -> bool:
    """An http(s) URL with a host."""
    try:
        return url.lower().startswith(("http://", "https://")) and bool(urlsplit(url).hostname)
    except ValueError:
        return False


def _loop_key(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme.lower(), p.netloc.lower(), p.path or "/", p.query, ""))


class RedirectChain:
    """The hops of one fetch of `url`: `current` is the URL to request next, `hops` the targets
    so far. `resume` (a deferred failure of the same fetch) starts at the hop that failed."""

    def __init__(self, url: str, max_redirects: int, resume: FetchResult | None = None):
        self.current, self.hops, self.max_redirects = url, [], max_redirects
        if resume is not None and resume.final_url:
            self.current, self.hops = resume.final_url, list(resume.redirects)
        self._visited = {_loop_key(u) for u in (url, *self.hops)}

    @staticmethod
    def target(answer: Answer, current: str) -> str | None:
        """Where `answer` (to a request for `current`) redirects: None when it does not, ""
        when its Location cannot be read."""
        location = answer.headers.get("location")
        if answer.status not in REDIRECT_STATUSES or not location or answer.error:
            return None
        try:
            return urldefrag(urljoin(current, location.strip()))[0]
        except ValueError:
            return ""

    def follow(self, target: str) -> tuple[str, str, list[str]] | None:
        """Take the hop to `target` (None), or say why not: (error, final URL, redirects)."""
        if not fetchable(target):
            return "out_of_scope", self.current, self.hops
        key = _loop_key(target)
        if key in self._visited:
            return "redirect_loop", target, self.hops + [target]
        if len(self.hops) >= self.max_redirects:
            return "too_many_redirects", target, self.hops
        self.hops.append(target)
        self._visited.add(key)
        self.current = target
        return None
