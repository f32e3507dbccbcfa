"""Crawl progress on a terminal: one status line, rewritten in place.

`crawler.crawl.crawl` calls `progress(host, url, outcome, state)` after every page (the
outcome is the fetch error kind when there was one), where `state` is
{host: {"fetched", "requests", "queued", "errors"}} (pages fetched, HTTP requests made). On a
terminal this shows the totals and the three busiest hosts; errors are printed on their own
line so they stay visible.
Anywhere else (a pipe, a log file, the scheduler) nothing is written per page; the
summary at the end of the command says the same. The last state is kept either way, so an
interrupted crawl can say how far it got (`fetched`).
"""

from __future__ import annotations

import sys
from typing import TextIO

from crawler.crawl import ERROR_OUTCOMES


class CrawlProgress:
    def __init__(self, stream: TextIO | None = None, *, live: bool | None = None, width: int = 110):
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.width = width
        self.last = ""
        self.state: dict = {}

    def __call__(self, host: str, url: str, outcome: str, state: dict) -> None:
        self.state = state
        if not self.live:
            return
        if outcome in ERROR_OUTCOMES:
            self._clear()
            self.stream.write(f"  {host}: {outcome} {url[: self.width - len(host) - len(outcome) - 5]}\n")
        self.last = status_line(state)[: self.width]
        self.stream.write("\r\033[K" + self.last)
        self.stream.flush()

    def close(self) -> None:
        if self.live and self.last:
            self._clear()
            self.last = ""

    def fetched(self) -> int:
        """Pages fetched so far, on every host."""
        return sum(s.get("fetched", 0) for s in self.state.values())

    def _clear(self) -> None:
        self.stream.write("\r\033[K")


def status_line(state: dict) -> str:
    """"fetched 12, requests 19, queued 30, errors 1 | hvl.test 5/12/0 | ..." (fetched/queued/errors
    per host; the requests only when the state counts them)."""
    total = {k: sum(s.get(k, 0) for s in state.values()) for k in ("fetched", "requests", "queued", "errors")}
    busiest = sorted(state.items(), key=lambda kv: (-kv[1]["queued"], -kv[1]["fetched"], kv[0]))[:3]
    hosts = " | ".join(f"{h} {s['fetched']}/{s['queued']}/{s['errors']}" for h, s in busiest)
    requests = f", requests {total['requests']}" if any("requests" in s for s in state.values()) else ""
    return (f"fetched {total['fetched']}{requests}, queued {total['queued']}, errors {total['errors']}"
            + (f" | {hosts}" if hosts else ""))
