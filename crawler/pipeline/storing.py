"""Storing: what a page's verdict (`crawler.pipeline.status`) does to the record store.

- "touch": only the offer's dates (last_seen) and validators move;
- "gone": marked `gone` with the date; it stays visible;
- "failure": the record is kept; `stale` after `stale_after` failures in a row;
- "not_course": the failure count is reset (the server answered) and the offer is marked `gone`;
- "store": the course page's record (`crawler.pipeline.record`) is stored with provenance,
  linked to the catalogue row it continues (`crawler.pipeline.seeds`); the outcome is the
  store's answer: "new", "changed" or "unchanged".

A page that turned out to be another page of this run (redirected to it, a same-host
<link rel=canonical> to it, or the same body; `handle_duplicate`) → when its own URL has a
stored record that is not the record of that other page, the record is marked `gone`
(outcome "merged"): the offer's page now is another page, which stands for the offer itself.
A record stored under a URL that redirects to its page is left as it is.

A fetch that redirected to a page the store has a record of (an old link to a known page,
answered 304 or not) is that page's check: its record is the one touched or stored. A record
of the redirecting URL itself, when it is another one, is merged into it as above.
"""

from __future__ import annotations

import logging

from crawler.config import Callbacks
from crawler.extract import ExtractResult
from crawler.fetch import FetchResult
from crawler.frontier import Known, canonical
from crawler.pipeline.record import offer_record
from crawler.pipeline.seeds import SeedIndex
from crawler.pipeline.status import decide
from crawler.store import Store

log = logging.getLogger(__name__)


def handle(store: Store, page: FetchResult, extracted: ExtractResult | None = None, *, stale_after: int = 3,
           host_providers: dict[str, str] | None = None, seeds: SeedIndex | None = None) -> tuple[str, list[str]]:
    """Store what one fetch says. Returns (outcome, links to follow).

    `extracted`: see `crawler.pipeline.status.decide`. A page that does not name its provider
    gets the one that owns its host (`crawler.pipeline.record.host_owner`, `host_providers`
    first). `seeds` are the catalogue rows to link to (by default read from the store)."""
    url = canonical(page.url) or page.url            # as the frontier (and `Store.by_url`) key URLs
    final_url = (canonical(page.final_url) if page.final_url else None) or url
    own = store.by_url(url)
    at_final = store.by_url(final_url) if final_url != url else None
    # the record of the page that answered; a failure is the URL's own record's first
    known = (own or at_final) if page.error else (at_final or own)
    verdict = decide(page, known, extracted)
    reached = known is not None and known is at_final   # a record checked through another URL's redirect
    provenance = {"url": (known["provenance"].get("url") if reached else None) or url,   # keeps its own URL
                  "final_url": final_url, "fetched_at": page.fetched_at,
                  "http_status": page.status, "etag": page.etag, "last_modified": page.last_modified,
                  "page_hash": page.content_hash}
    outcome = verdict.outcome
    if verdict.action == "touch":
        store.touch(known["id"], seen_at=page.fetched_at, provenance=provenance)
    elif verdict.action == "gone":
        store.mark_gone(known["id"], when=page.fetched_at, http_status=page.status)
    elif verdict.action == "failure":
        store.mark_failure(known["id"], stale_after=stale_after)
    elif verdict.action == "not_course":
        store.reset_failures(known["id"])
        store.mark_gone(known["id"], when=page.fetched_at, http_status=page.status)
    elif verdict.action == "store":
        record = offer_record(verdict.course, page, known, final_url, host_providers)
        provenance["linked_to"] = (seeds or SeedIndex(store)).match(record, url=final_url)
        outcome = store.upsert(record, origin="crawl", seen_at=page.fetched_at, provenance=provenance)
    if reached and own and own["id"] != known["id"] and verdict.action in ("touch", "store"):
        store.mark_gone(own["id"], when=page.fetched_at)    # its URL now leads to another offer's page
        log.debug("%s: merged into %s", url, known["id"])
    log.debug("%s: %s", url, outcome)
    return outcome, verdict.links


def handle_duplicate(store: Store, page: FetchResult, target: str) -> str:
    """A page whose fetch ended at `target`, a page this run has already handled (see the
    module docstring). Returns "merged" when a stored record was marked gone, else "duplicate"."""
    known = store.by_url(page.url)
    if not known:
        return "duplicate"
    same = store.by_url(target)
    if same and same["id"] == known["id"]:
        return "duplicate"
    store.mark_gone(known["id"], when=page.fetched_at)
    return "merged"


def store_callbacks(store: Store, host_providers: dict[str, str] | None = None, memory=None) -> Callbacks:
    """The `Callbacks` (on_page, on_error, validators, on_duplicate) of `crawler.crawl.crawl` that hand its pages
    to `handle` and `handle_duplicate`, with one `SeedIndex` for the whole crawl.

    `validators` gives what `memory` (a `crawler.memory.PageMemory`) has about a URL, else what the
    store's record of the offer at that URL says. A page answered 304 (or with the body it had)
    that has no record was no offer page last time: outcome "not_course", the store is not touched."""
    seeds = SeedIndex(store)

    def on_page(page, extracted):
        if extracted is None and not (store.by_url(page.url) or store.by_url(page.final_url or page.url)):
            return "not_course"            # unchanged since it was fetched last, when it was no offer page
        return handle(store, page, extracted, host_providers=host_providers, seeds=seeds)[0]

    def on_error(url, page):
        if page.error in ("robots_disallowed", "out_of_scope"):
            return None                    # never fetched: says nothing about the offer
        return handle(store, page)[0]

    def validators(url):
        remembered = memory.get(canonical(url) or url) if memory is not None else None
        if remembered is not None:
            return remembered
        known = store.by_url(url)
        prov = known["provenance"] if known else {}
        return Known(prov.get("etag"), prov.get("last_modified"), prov.get("page_hash"), prov.get("final_url"))

    def on_duplicate(page, target):
        return handle_duplicate(store, page, target)

    return Callbacks(on_page=on_page, on_error=on_error, on_duplicate=on_duplicate, validators=validators)
