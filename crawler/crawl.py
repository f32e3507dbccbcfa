"""The crawl loop: start URLs (and each start host's sitemaps) → frontier → fetch → extract →
callbacks.

Hosts are fetched in parallel by a small thread pool, one task per host at a time (the
fetcher also holds a per-host lock and delay). Fetching and extraction run in the workers;
the frontier and the callbacks run in the calling thread only, so a callback may write to
a store that is not thread-safe. A fetch that failed in a way worth a retry (5xx, timeout,
connection) goes back to the frontier, to be tried again once its backoff has passed; the
host's other pages are fetched meanwhile instead of waiting behind it.

What to crawl and how much is a `crawler.config.CrawlConfig`; what the crawl reports to, its
`crawler.config.Callbacks` (all optional; a returned string is counted as an outcome):
- `on_page(fetch_result, extract_result)` for every page that came back: 2xx, and 304 with
  `extract_result=None` (nothing was sent; the caller keeps what it has);
- `on_error(url, fetch_result)` for every failure, `fetch_result.error` says which
  (robots_disallowed, timeout, connection, invalid, http_4xx — 404/410 in `status` —, http_5xx,
  too_large, not_html, redirect_loop, too_many_redirects, out_of_scope);
- `validators(url) -> (etag, last_modified[, content_hash[, final_url[, links]]])` of what is
  known about a URL (a `crawler.frontier.Known`, or a shorter tuple): the first two are sent as
  a conditional request; a 200 whose body has the known hash is treated like a 304 (not parsed,
  `on_page(page, None)`), and the known `links` are followed as if the page had been parsed.
  With a `final_url` other than the URL (it redirected there last time) the validators are
  those of that page: they are sent to that redirect hop only, so one request chain checks it;
  a redirect to another page gets what the crawl's own validators (when `validators` is not
  given: the page memory, with a store then the store) know of that page, so an old link to a
  known page asks for it conditionally too;
- `progress(host, url, outcome, state)` after every page.

`memory` (a `crawler.memory.PageMemory`; with a `store` one in the store's file) remembers every
page and sitemap fetched, listings included, with its links (a page reached through a redirect
under its own URL too): the next crawl asks for them conditionally and follows the links of
those answered 304. A page that is gone (404/410) or a duplicate is forgotten. The sitemap and
page workers use it too, so it must be thread-safe.

Per host the report counts the HTTP requests made ("requests": robots.txt, sitemaps, redirect
hops and retries included) beside the pages that got an HTTP answer ("fetched"; the report's
"pages" is their sum: a page whose host could not be reached, or whose request could not be
made, is not fetched), and "delays" gives each host's gap between request starts. Network
errors are counted by their kind ("connection", "timeout", "invalid") like the other errors,
and "network_errors" says what happened in words: {host: {"connection refused": n, ...}}
(`FetchResult.error_detail`).

A page whose body hash, final URL or same-host <link rel=canonical> was already handled in
this run is counted as "duplicate" and not passed to `on_page` (a redirect to a URL that is
queued but not fetched yet is that URL's fetch: the queued copy is skipped); when `validators` knew its URL,
`on_duplicate(fetch_result, target_url)` is called instead (the store marks the old record,
see `crawler.pipeline.handle_duplicate`). A body the store holds for the very page the fetch
ended at is that page, not a duplicate of it.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import replace

from crawler.config import Callbacks, CrawlConfig
from crawler.extract import ExtractResult, extract
from crawler.fetch import ERROR_KINDS, NETWORK_ERRORS, FetchResult, Fetcher
from crawler.frontier import Frontier, Known, Scope, canonical, host_of, in_domains, sitemap_urls
from crawler.memory import PageMemory
from crawler.pipeline import store_callbacks
from domain.clock import now_iso

log = logging.getLogger(__name__)

__all__ = ["Callbacks", "CrawlConfig", "crawl", "crawl_scope", "canonical"]


def crawl_scope(start_urls: list[str], config: CrawlConfig) -> Scope:
    """The scope a crawl from `start_urls` keeps to: `config.allowed_hosts`, and the host of every start page that
    they do not already admit. A start page under a path-limited entry ("studiekatalog.edutorium.no/inn/") keeps
    the crawl to that path: its shared host is not let in whole."""
    allowed = {h.lower() for h in config.allowed_hosts}
    starts = [c for c in (canonical(u) for u in start_urls) if c]
    return config.scope_for(allowed | {host_of(u) for u in starts if not in_domains(u, allowed)})


def crawl(start_urls: list[str], store=None, config: CrawlConfig | None = None, *, fetcher: Fetcher | None = None,
          callbacks: Callbacks | None = None, memory=None) -> dict:
    """Crawl from `start_urls` within `config.allowed_hosts` (domains; subdomains included; the
    start hosts are always in, unless a path-limited entry admits the start page: `crawl_scope`),
    `config` (a `CrawlConfig`) by default that of `kurskatalog crawl`.

    `max_pages` is per host. Sitemaps are read for every start host (robots.txt `Sitemap:`
    lines, /sitemap.xml, and the configured `sitemaps`) unless `use_sitemaps` is False. A given
    `fetcher` is used as it is (tests pass one with a resolve map), except that this crawl's
    scope is applied to every fetch and redirect; else one is made with `config.settings`. With
    a `store` (a `crawler.store.Store`) the callbacks of `crawler.pipeline.store_callbacks` fill
    in whatever callback is not given (`config.host_providers`, host → provider id, names the
    owner of pages that do not name one), the page memory is a `PageMemory` in the store's file
    unless `memory` is given, and every offer the store has within the scope is checked again (an
    offer stored by an earlier, wider crawl is left as it is, unchecked).
    Without a store and `validators`, `memory.get` gives the validators. Returns a report:
    {"started", "finished", "pages", "hosts": {host: {outcome or counter: n}}, "delays": {host:
    seconds between request starts}}.
    """
    config = config or CrawlConfig()
    callbacks = callbacks or Callbacks()
    starts = [c for c in (canonical(u) for u in start_urls) if c]
    scope = crawl_scope(starts, config)
    # what is known of a redirect target, asked in the workers: the crawl's own validators (thread-safe: the page
    # memory, then the store), not the caller's, which say what is known without it
    hop_known = None
    if store is not None:
        memory = memory if memory is not None else PageMemory(store)
        defaults = store_callbacks(store, config.host_providers, memory)
        hop_known = defaults.validators if callbacks.validators is None else None
        callbacks = callbacks.with_defaults(defaults)
    elif callbacks.validators is None and memory is not None:
        callbacks = replace(callbacks, validators=memory.get)
        hop_known = memory.get
    on_page, on_error, on_duplicate = callbacks.on_page, callbacks.on_error, callbacks.on_duplicate
    validators, progress, workers = callbacks.validators, callbacks.progress, config.workers
    own_fetcher = fetcher is None
    if fetcher is None:
        fetcher = Fetcher(config.settings, allowed=scope.allows_host)
    frontier = Frontier(scope)
    stats: dict[str, Counter] = defaultdict(Counter)
    report = {"started": now_iso(), "pages": 0, "hosts": {}}
    network_errors: dict[str, Counter] = defaultdict(Counter)     # host → what went wrong, in words → n
    before = fetcher.host_stats()
    for url in starts:
        frontier.add(url, 0)
    seen_hashes: dict[str, str] = {}         # body hash → the final URL it was first seen at
    if store is not None:
        # known offers are checked again even when no page links them (after the discovered
        # pages, outside the page budget); bodies the store has make an alias URL a duplicate
        for url in store.crawled_urls():
            if in_domains(url, scope.domains):
                frontier.add(url, 1, recheck=True)
        seen_hashes.update(store.crawled_hashes())
    retrying: dict[str, tuple[FetchResult, Known]] = {}    # URL → its failed fetch, to resume

    def fetch_task(url: str, known: Known, resume: FetchResult | None):
        """Fetch and extract one page (in a worker). Returns (page, extraction, unchanged, what is known of the
        page that answered: `known`, or for a redirect the target's, whose validators were sent to it)."""
        own, hop = (known.etag, known.last_modified), {}
        final = canonical(known.final_url) if known.final_url else None
        if final and final != url:           # the validators are the redirect target's: sent to it only
            own, hop = (None, None), {final: known}
        sent: dict[str, Known] = {}          # redirect target → what is known of it

        def hop_validators(target: str):
            c = canonical(target) or target
            sent[c] = hop.get(c) or _target_known(hop_known, c)
            return sent[c][:2]

        page = fetcher.fetch(url, etag=own[0], last_modified=own[1], allowed=scope.allows_host,
                             hop_validators=hop_validators, defer_retry=True, resume=resume)
        if page.retry_at is not None:
            return page, None, False, known
        # what the target's lookup found, else what `validators` said of the URL (its body hash is still the page
        # it led to last time, and a body is only compared)
        target = canonical(page.final_url) if page.redirects and page.final_url else None
        looked = sent.get(target) if target and target != url else None
        answered = looked if looked is not None and any(looked[:3]) else known
        unchanged = page.not_modified or bool(page.ok and answered.content_hash
                                              and page.content_hash == answered.content_hash)
        extracted = extract(page.text, page.final_url or url) if page.ok and page.text and not unchanged else None
        return page, extracted, unchanged, answered

    def sitemap_task(root: str, extra: list[str]):
        # a sitemap file of the host is fetched even when the scope keeps to a path of it (a shared catalogue
        # host's /sitemap.xml); the pages it lists are kept to the scope below
        host = host_of(root)
        return sitemap_urls(fetcher, root, extra=extra, memory=memory, keep=scope.allows_host,
                            allowed=lambda url: scope.allows_host(url) or host_of(url) == host)

    def handle_page(url: str, depth: int, page: FetchResult, extracted: ExtractResult | None, unchanged: bool,
                    known: Known, answered: Known):
        host = host_of(url)
        if page.error in ("robots_disallowed", "out_of_scope") and not page.redirects:
            frontier.refund(host, url)           # no request was made for this URL
        elif page.status is not None or page.error not in NETWORK_ERRORS:   # an HTTP answer came back
            stats[host]["fetched"] += 1
            report["pages"] += 1
        if page.error in NETWORK_ERRORS:
            network_errors[host][page.error_detail or page.error] += 1
        fresh_target = all([frontier.reached(hop) for hop in page.redirects][-1:])
        duplicate_of, links = None, None
        if page.error:
            stats[host][page.error] += 1
            outcome = on_error(url, page) if on_error else None
        elif not fresh_target:                   # redirected to a page this run has fetched
            duplicate_of = page.final_url
        elif unchanged:                          # 304, or the same body as last time: not parsed
            if answered.content_hash:            # its body counts for the dedupe of this run too
                seen_hashes.setdefault(answered.content_hash, page.final_url or page.url)
            outcome = on_page(page, None) if on_page else ("not_modified" if page.not_modified else "unchanged")
            links = answered.links               # its links as they were: followed again
        elif extracted is None:
            outcome, links = "empty", ()
        elif duplicate_of := _duplicate(page, extracted, frontier, seen_hashes):
            pass
        else:
            outcome = on_page(page, extracted) if on_page else ("course" if extracted.is_course else "not_course")
            links = extracted.links
        for link in links or ():
            frontier.add(link, depth + 1)
        if duplicate_of:
            outcome = (on_duplicate(page, duplicate_of) if any(known[:4]) and on_duplicate else None) or "duplicate"
        if memory is not None:
            _remember(memory, url, page, answered, links, bool(duplicate_of))
            target = canonical(page.final_url) if page.redirects and page.final_url and fresh_target else None
            if target and target != (canonical(url) or url):   # the redirect target's fetch: remembered as its own
                _remember(memory, target, page, answered, links, bool(duplicate_of))
        if outcome:
            stats[host][outcome] += 1
        if progress:
            progress(host, url, page.error or outcome or "", _progress_state(stats, frontier, fetcher, before))

    pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="crawl")
    running: dict = {}                   # future → (kind, host, url, depth, what is known about the URL)
    try:
        if config.use_sitemaps:
            roots = {host_of(u): f"{u.split('://')[0]}://{host_of(u)}/" for u in starts}
            extra: dict[str, list[str]] = defaultdict(list)
            for sm in config.sitemaps:
                if canonical(sm):
                    extra[host_of(canonical(sm))].append(sm)
                    roots.setdefault(host_of(canonical(sm)), f"{sm.split('://')[0]}://{host_of(canonical(sm))}/")
            for host, root in roots.items():
                running[pool.submit(sitemap_task, root, extra[host])] = ("sitemap", host, root, 0, None)
        while True:
            now = time.monotonic()
            busy = {info[1] for info in running.values()}
            for host in frontier.hosts(now):
                if host in busy or len(running) >= workers:
                    continue
                item = frontier.pop(host, now)
                if item is None:
                    continue
                url, depth = item
                resume, known = retrying.pop(url, (None, None))
                if known is None:
                    known = _known(validators(url) if validators else None)
                running[pool.submit(fetch_task, url, known, resume)] = ("page", host, url, depth, known)
                busy.add(host)
            due = None if len(running) >= workers else frontier.next_retry(skip=busy)
            if not running and due is None:
                break
            timeout = None if due is None else max(0.0, due - time.monotonic())
            if not running:                      # only retries wait: sleep until the first is due
                time.sleep(timeout)
                continue
            done, _ = wait(list(running), timeout=timeout, return_when=FIRST_COMPLETED)
            for future in done:
                kind, host, url, depth, known = running.pop(future)
                if kind == "sitemap":
                    try:
                        found = future.result()
                    except Exception:  # noqa: BLE001 - a broken sitemap must not stop the crawl
                        log.exception("sitemaps of %s failed", url)
                        found = []
                    stats[host]["sitemap_urls"] += len(found)
                    for loc in found:
                        if in_domains(loc, scope.domains):
                            frontier.add(loc, 1)
                    continue
                try:
                    page, extracted, unchanged, answered = future.result()
                except Exception:  # noqa: BLE001 - e.g. a bug on one odd page: count it, log it, go on
                    log.exception("page %s crashed", url)
                    stats[host]["crashed"] += 1
                    continue
                if page.retry_at is not None:    # tried again after the host's other pages
                    retrying[url] = (page, known)
                    frontier.retry(url, depth, page.retry_at)
                    stats[host]["retried"] += 1
                    continue
                handle_page(url, depth, page, extracted, unchanged, known, answered)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if own_fetcher:
            fetcher.close()
    for host, refused in frontier.refused.items():
        for reason, n in refused.items():
            stats[host][f"refused_{reason}"] += n
    report["delays"] = {}
    for host, made in _requests(fetcher, before).items():
        stats[host]["requests"] = made["requests"]
        report["delays"][host] = made["gap"]
    for host in stats:
        stats[host]["queued_left"] = frontier.pending(host)
    report["hosts"] = {h: dict(c) for h, c in sorted(stats.items())}
    report["network_errors"] = {h: dict(c.most_common()) for h, c in sorted(network_errors.items())}
    report["delays"] = dict(sorted(report["delays"].items()))
    report["finished"] = now_iso()
    return report


ERROR_OUTCOMES = frozenset(ERROR_KINDS) - {"robots_disallowed", "out_of_scope"} | {"crashed"}


def _known(value) -> Known:
    """What `validators` gave (a `Known`, a shorter tuple or None) as a `Known`."""
    if isinstance(value, Known):
        return value
    return Known(*(tuple(value or ()) + (None,) * 5)[:5])


def _target_known(lookup, target: str) -> Known:
    """What `lookup` (thread-safe: the page memory, or the store's validators) knows of the page at the redirect
    target `target` (canonical); nothing when it knows only another page's (the target redirected on)."""
    if lookup is None:
        return Known()
    known = _known(lookup(target))
    if known.kind != "page" or (known.final_url and canonical(known.final_url) != target):
        return Known()
    return known


def _remember(memory, url: str, page: FetchResult, known: Known, links, duplicate: bool) -> None:
    """Keep a page's validators and links for the next crawl; forget a page that is gone or that
    duplicates another page. A page whose links are not known is left as it was. `known` is
    what was known of the page that answered (the redirect target's, for a redirect)."""
    key = canonical(url) or url
    if duplicate or page.status in (404, 410):
        memory.put(key, None)
    elif links is not None and (page.ok or page.not_modified):
        same = page.not_modified                 # a 304 may leave the validators out
        memory.put(key, Known(page.etag or (known.etag if same else None),
                              page.last_modified or (known.last_modified if same else None),
                              page.content_hash or known.content_hash,
                              canonical(page.final_url or url), tuple(links)))


def _requests(fetcher: Fetcher, before: dict) -> dict:
    """{host: {"requests", "gap"}} for the requests the fetcher made since `before` (its host_stats())."""
    out = {}
    for host, now in fetcher.host_stats().items():
        made = now["requests"] - before.get(host, {}).get("requests", 0)
        if made:
            out[host] = {"requests": made, "gap": now["gap"]}
    return out


def _progress_state(stats: dict, frontier: Frontier, fetcher: Fetcher, before: dict) -> dict:
    """Per host: pages fetched, requests made, URLs still queued, failed fetches (for a progress display)."""
    made = _requests(fetcher, before)
    return {host: {"fetched": c.get("fetched", 0), "requests": made.get(host, {}).get("requests", 0),
                   "queued": frontier.pending(host), "errors": sum(n for k, n in c.items() if k in ERROR_OUTCOMES)}
            for host, c in stats.items()}


def _duplicate(page: FetchResult, extracted: ExtractResult, frontier: Frontier, seen_hashes: dict) -> str | None:
    """The URL of the page of this run that this page duplicates, or None."""
    target = extracted.canonical
    final = page.final_url or page.url
    if target and host_of(target) == host_of(final) and canonical(target) != canonical(final):
        if not frontier.mark_seen(target):
            return canonical(target)
    if page.content_hash:
        first = seen_hashes.setdefault(page.content_hash, final)
        if (canonical(first) or first) != (canonical(final) or final):
            return first                 # the store's body of this very page (a redirect reached it) is no duplicate
    return None
