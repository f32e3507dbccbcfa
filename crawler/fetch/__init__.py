"""Polite HTTP fetching, one concern per module, as a `Fetcher` composes them:

- `robots`: robots.txt fetched once per host and obeyed through Protego (a 4xx one allows
  all, a 5xx or 429 one blocks the host for the run, an unreachable one fails its pages with
  that network error), `Crawl-delay` honoured up to a cap;
- `politeness`: at most one request in flight per host (the body read included) and request
  starts to a host at least its gap apart (the delay or a larger Crawl-delay); different hosts
  may be fetched from different threads at once;
- `retry`: exponential backoff for 5xx, timeouts and connection errors only (never 4xx, never
  an "invalid" request), `Retry-After` honoured up to a cap; `fetch(defer_retry=True)` does not
  sleep through the backoff but returns the failure with `retry_at`, and `resume=` goes on
  with it at the hop that failed (the crawl fetches the host's other pages meanwhile);
- `redirects`: followed by hand, at most `max_redirects` hops, each recorded and checked
  against robots and the caller's scope, loops detected;
- `conditional`: If-None-Match / If-Modified-Since → 304, `not_modified`; a URL's validators
  are sent to it only, a redirect target gets only its own (`hop_validators`);
- `body`: a size limit (streamed, aborted past it), a deadline for the whole answer, HTML only
  for pages; `transport`: one request (the session, a resolve map for tests, request errors as
  error kinds);
- `charset`: HTTP header, then <meta charset>/http-equiv, then UTF-8, then cp1252;
- `result`: `FetchResult`, what a fetch gave, and the error kinds; `settings`: `FetchSettings`.

Every request made is counted per host (robots.txt, sitemaps, redirect hops and retries
included): `Fetcher.host_stats()` gives the counts and each host's gap between request starts.
"""

from crawler.fetch.charset import decode_html, header_charset
from crawler.fetch.fetcher import Fetcher
from crawler.fetch.politeness import host_key
from crawler.fetch.result import ERROR_KINDS, NETWORK_ERRORS, FetchResult
from crawler.fetch.settings import USER_AGENT, FetchSettings
from crawler.fetch.transport import ResolveAdapter

__all__ = ["ERROR_KINDS", "NETWORK_ERRORS", "USER_AGENT", "FetchResult", "FetchSettings", "Fetcher",
           "ResolveAdapter", "decode_html", "header_charset", "host_key"]
