"""The crawl loop: start URLs and sitemaps → a bounded frontier per host → fetch → pipeline.

Hosts are crawled in parallel (one worker thread per host), each host's pages one at
a time (the fetcher also holds a per-host lock and delay). Scope: the allowed hosts
(and their subdomains), a maximum depth, a maximum of pages per host, and a cap on
query-string variants per path (calendar-like crawl traps).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree

from crawler import pipeline, runs
from crawler.fetch import Fetcher, FetchSettings
from crawler.store import Store, now_iso

TRACKING = ("utm_", "fbclid", "gclid", "mc_")


def canonical(url: str) -> str:
    """Lower-case scheme and host, no fragment or default port, no tracking parameters, sorted query."""
    p = urlsplit(url.strip())
    netloc = p.hostname or ""
    if p.port and not ((p.scheme == "http" and p.port == 80) or (p.scheme == "https" and p.port == 443)):
        netloc = f"{netloc}:{p.port}"
    query = sorted((k, v) for k, v in parse_qsl(p.query, keep_blank_values=True)
                   if not k.lower().startswith(TRACKING))
    return urlunsplit((p.scheme.lower(), netloc.lower(), p.path or "/", urlencode(query), ""))


def in_scope(url: str, hosts: set[str]) -> bool:
    host = (urlsplit(url).netloc or "").lower()
    name = host.split(":")[0]
    return host in hosts or any(name == h or name.endswith("." + h) for h in hosts if ":" not in h)


def sitemap_urls(fetcher: Fetcher, root: str, limit: int = 500) -> list[str]:
    """Page URLs from the host's sitemaps (robots.txt Sitemap: lines, else /sitemap.xml); index files followed."""
    p = urlsplit(root)
    todo = deque(fetcher.sitemaps(root) or [f"{p.scheme}://{p.netloc}/sitemap.xml"])
    seen, pages = set(), []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    while todo and len(pages) < limit and len(seen) < 20:
        url = todo.popleft()
        if url in seen:
            continue
        seen.add(url)
        got = fetcher.fetch(url, accept_xml=True)
        if got.error or got.status != 200 or not got.text:
            continue
        try:
            tree = etree.fromstring(got.text.encode("utf-8"), parser)
        except etree.XMLSyntaxError:
            continue
        locs = [el.text.strip() for el in tree.iter() if el.tag.endswith("loc") and el.text]
        if tree.tag.endswith("sitemapindex"):
            todo.extend(locs)
        else:
            pages.extend(locs)
    return pages[:limit]


def crawl(start_urls: list[str], store: Store, *, allowed_hosts: set[str] | None = None,
          settings: FetchSettings | None = None, max_pages: int = 200, max_depth: int = 3,
          max_query_variants: int = 5, use_sitemaps: bool = True, progress=None) -> dict:
    starts = [canonical(u) for u in start_urls]
    hosts = {h.lower() for h in (allowed_hosts or set())} | {urlsplit(u).netloc.lower() for u in starts}
    fetcher = Fetcher(settings, allowed=lambda url: in_scope(url, hosts))
    by_host: dict[str, list[str]] = defaultdict(list)
    for u in starts:
        by_host[urlsplit(u).netloc.lower()].append(u)
    report = {"started": now_iso(), "hosts": {}, "pages": 0}

    def crawl_host(host: str) -> dict:
        stats: Counter = Counter()
        queue = deque((u, 0) for u in by_host[host])
        if use_sitemaps:
            queue.extend((canonical(u), 1) for u in sitemap_urls(fetcher, by_host[host][0]) if in_scope(u, hosts))
        seen: set[str] = set()
        variants: Counter = Counter()
        fetched = 0
        while queue and fetched < max_pages:
            url, depth = queue.popleft()
            if url in seen or urlsplit(url).netloc.lower() != host:
                continue
            seen.add(url)
            p = urlsplit(url)
            if p.query:
                variants[p.path] += 1
                if variants[p.path] > max_query_variants:
                    stats["trap_skipped"] += 1
                    continue
            known = store.by_url(url)
            prov = known["provenance"] if known else {}
            page = fetcher.fetch(url, etag=prov.get("etag"), last_modified=prov.get("last_modified"))
            fetched += 1
            if page.error == "robots_disallowed":
                stats["robots_disallowed"] += 1
                continue
            outcome, links = pipeline.handle(store, page)
            stats["fetched"] += 1
            stats[outcome] += 1
            if page.error:
                stats[f"error_{page.error}"] += 1
            if progress:
                progress(host, url, outcome)
            if depth < max_depth:
                for link in links:
                    c = canonical(link)
                    if in_scope(c, hosts) and c not in seen:
                        queue.append((c, depth + 1))
        stats["queued_left"] = len(queue)
        return dict(stats)

    with ThreadPoolExecutor(max_workers=max(1, min(8, len(by_host)))) as pool:
        for host, stats in zip(by_host, pool.map(crawl_host, list(by_host))):
            report["hosts"][host] = stats
            report["pages"] += stats.get("fetched", 0)
    report["finished"] = now_iso()
    return report


def crawl_registry(data_dir, *, settings: FetchSettings | None = None, **kw) -> dict:
    """Crawl the provider registry's start pages and the seed's URLs (scheduled job)."""
    from crawler.providers import providers

    starts, hosts = [], set()
    for p in providers():
        starts += p.get("start_urls") or []
        hosts |= set(p.get("domains") or [])
    with Store.in_data_dir(data_dir) as store:
        report = crawl(starts, store, allowed_hosts=hosts, settings=settings, **kw)
    runs.write_report(data_dir, report)
    return report


def run_with_report(data_dir, start_urls, **kw) -> dict:
    t = time.time()
    with Store.in_data_dir(data_dir) as store:
        report = crawl(start_urls, store, **kw)
    report["seconds"] = round(time.time() - t, 2)
    runs.write_report(data_dir, report)
    return report
