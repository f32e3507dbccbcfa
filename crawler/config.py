"""What a crawl is told: its configuration (`CrawlConfig`: scope, limits, sitemaps, workers,
fetch settings, host owners) and the callbacks it reports to (`Callbacks`)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING
from collections.abc import Callable, Mapping

from crawler.fetch import FetchResult, FetchSettings
from crawler.frontier import Scope

if TYPE_CHECKING:
    from crawler.extract import ExtractResult

OnPage = Callable[[FetchResult, "ExtractResult | None"], "str | None"]
OnError = Callable[[str, FetchResult], "str | None"]
OnDuplicate = Callable[[FetchResult, str], "str | None"]
Progress = Callable[[str, str, str, dict], None]


@dataclass(frozen=True)
class CrawlConfig:
    """How `crawler.crawl.crawl` crawls. The defaults are those of `kurskatalog crawl`."""
    allowed_hosts: tuple[str, ...] = ()    # domains in scope (subdomains included; "host/path/" a path of a host),
    #                                        and a start page's host unless one of these admits it (crawl_scope)
    max_pages: int = 200                   # per host
    max_depth: int = 3
    max_query_variants: int = 5            # distinct query strings per path (calendar traps)
    use_sitemaps: bool = True              # read each start host's sitemaps
    sitemaps: tuple[str, ...] = ()         # sitemaps to read besides robots.txt's and /sitemap.xml
    workers: int = 8                       # threads fetching and extracting (one per host at a time)
    settings: FetchSettings | None = None  # for the fetcher the crawl makes when it is given none
    host_providers: Mapping[str, str] | None = None   # host → provider id: who owns a page naming no provider
    scope: Scope | None = None             # a scope of its own instead of the one made of the fields above

    def __post_init__(self):
        object.__setattr__(self, "allowed_hosts", tuple(self.allowed_hosts or ()))
        object.__setattr__(self, "sitemaps", tuple(self.sitemaps or ()))

    def scope_for(self, domains) -> Scope:
        """The crawl's scope: `scope`, else `domains` with this configuration's limits."""
        return self.scope or Scope(frozenset(domains), max_depth=self.max_depth, max_pages_per_host=self.max_pages,
                                   max_query_variants=self.max_query_variants)


@dataclass(frozen=True)
class Callbacks:
    """What a crawl reports to; all optional. A returned string is counted as an outcome.

    - `on_page(fetch_result, extract_result)` for every page that came back: 2xx, and 304 (or
      the body it had) with `extract_result=None`;
    - `on_error(url, fetch_result)` for every failure, `fetch_result.error` says which;
    - `on_duplicate(fetch_result, target_url)` for a page of a known URL that turned out to be
      another page of this run;
    - `validators(url) -> (etag, last_modified[, content_hash[, final_url[, links]]])`, what is
      known about a URL (a `crawler.frontier.Known`, or a shorter tuple);
    - `progress(host, url, outcome, state)` after every page (`state`: per host fetched,
      requests, queued, errors).
    """
    on_page: OnPage | None = None
    on_error: OnError | None = None
    on_duplicate: OnDuplicate | None = None
    validators: Callable | None = None
    progress: Progress | None = None

    def with_defaults(self, defaults: Callbacks) -> Callbacks:
        """These callbacks, with those of `defaults` where none is given."""
        return replace(self, **{f.name: getattr(defaults, f.name) for f in fields(self) if getattr(self, f.name) is None})
