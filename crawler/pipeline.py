"""The item pipeline of a crawl: one fetched page → the record store.

Fetching (politeness, robots, retries) happens before this step and is separate;
this step only needs a `crawler.fetch.FetchResult` (what came back) and the store:

- 304, or the same page hash as last time → the record is touched (last_seen), not re-parsed;
- 404/410 for a known offer → marked `gone` with the date; it stays visible;
- a fetch error (timeout, 5xx, ...) → the record is kept; `stale` after `stale_after` failures;
- a course page → extracted, normalised, stored with provenance; it speaks only for the
  provider that owns its host (`speaking_for_owner`), and an off-host canonical does not move
  its URL; a crawled record of an offer a catalogue row already has (the row's page, or the
  same provider and title) is linked to that row (`linked_to`), and the index shows the
  crawled one instead of both;
- a 2xx page of a known offer that is not a course page (any more: "Kurset er avlyst", a
  listing in its place) → the failure count is reset (the server answered) and the record
  is marked `gone` (outcome "gone"): the offer page no longer describes a course; it stays visible;
- anything else (listings, news) → only its links matter;
- a page that turned out to be another page of this run (redirected to it, a same-host
  <link rel=canonical> to it, or the same body; `handle_duplicate`) → when its own URL has a
  stored record that is not the record of that other page, the record is marked `gone`
  (outcome "merged"): the offer's page now is another page, which stands for the offer
  itself. A record stored under a URL that redirects to its page is left as it is.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from crawler.extract import extract
from crawler.fetch import FetchResult
from crawler.frontier import canonical
from crawler.store import Store
from domain import providers
from domain.records import build_record, slugify


def crawl_id(url: str) -> str:
    """A stable id for a crawled page: host and path as a slug plus a short hash."""
    parts = urlsplit(url)
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{slugify(parts.netloc + ' ' + parts.path, max_len=50)}-{digest}"


def _title_key(title: str) -> str:
    return re.sub(r"[^a-zæøå0-9]+", " ", (title or "").lower()).strip()


def find_seed_match(store: Store, record: dict, url: str | None = None) -> str | None:
    """The catalogue row (today's offers or the 2014 seed) a crawled record is the same offer
    as: a row of today's offers whose page is this page, else one of the same provider with the
    same title (today's offers first)."""
    rows = store.records(origin="current") + store.records(origin="seed")
    if url:
        for row in rows:
            if any(canonical(u or "") == canonical(url) for u in (row.get("url"), row.get("source_url"))):
                return row["id"]
    if not record.get("provider_id"):
        return None
    key = _title_key(record["title"])
    for row in rows:
        if row.get("provider_id") == record["provider_id"] and _title_key(row["title"]) == key:
            return row["id"]
    return None


def handle(store: Store, page: FetchResult, extracted=None, *, stale_after: int = 3,
           host_providers: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """Store what one fetch says. Returns (outcome, links to follow).

    `extracted` is the page's `crawler.extract.ExtractResult` when the caller already has it
    (the crawl loop extracts in its worker threads); otherwise the page is extracted here,
    but only when its content hash differs from the stored one. A page that does not name
    its provider gets the one that owns its host: `host_providers` (host → provider id, from
    the crawl's registry) or the registry's domains (`domain.providers.provider_for_host`).
    """
    url = canonical(page.url) or page.url            # as the frontier (and `Store.by_url`) key URLs
    final_url = (canonical(page.final_url) if page.final_url else None) or url
    known = store.by_url(url) or store.by_url(final_url)
    provenance = {"url": url, "final_url": final_url, "fetched_at": page.fetched_at,
                  "http_status": page.status, "etag": page.etag, "last_modified": page.last_modified,
                  "page_hash": page.content_hash}
    if page.status == 304 and known:
        store.touch(known["id"], seen_at=page.fetched_at, provenance=provenance)
        return "not_modified", []
    if page.status in (404, 410):
        if known:
            store.mark_gone(known["id"], when=page.fetched_at, http_status=page.status)
            return "gone", []
        return "missing", []
    if page.error or page.status is None or page.status >= 400:
        if known:
            store.mark_failure(known["id"], stale_after=stale_after)
        return "error", []
    if known and page.content_hash and known["provenance"].get("page_hash") == page.content_hash:
        store.touch(known["id"], seen_at=page.fetched_at, provenance=provenance)
        return "unchanged", extracted.links if extracted else []
    result = extracted if extracted is not None else extract(page.text, page.final_url or page.url)
    if not result.is_course:
        if known:                      # the offer's page no longer describes a course
            store.reset_failures(known["id"])
            store.mark_gone(known["id"], when=page.fetched_at, http_status=page.status)
            return "gone", result.links
        return "not_course", result.links
    offer = {**result.offer, "id": known["id"] if known else crawl_id(page.url)}
    if _host(offer.get("url")) != _host(final_url):
        offer["url"] = final_url                 # an off-host canonical cannot move the offer elsewhere
    record = speaking_for_owner(build_record(offer, source="crawl"), offer,
                                host_owner(page.final_url or page.url, host_providers))
    provenance["linked_to"] = find_seed_match(store, record, url=final_url)
    outcome = store.upsert(record, origin="crawl", seen_at=page.fetched_at, provenance=provenance)
    return outcome, result.links


def speaking_for_owner(record: dict, offer: dict, owner: dict | None) -> dict:
    """A page speaks only for the provider that owns its host (its registered domains or
    catalogue prefixes): a page naming another provider is that owner's offer; a page on a
    host that no provider owns names a provider it cannot prove, so its record is linked to no
    provider (the name stays as written) and can never replace a provider's row."""
    if owner is not None:
        if record.get("provider_id") == owner["id"]:
            return record
        return build_record({**offer, "provider": owner["name"]}, source="crawl")
    if record.get("provider_id"):
        record = {**record, "provider_id": None, "provider_former": None,
                  "provider_name": record.get("provider") or None}
    return record


def _host(url) -> str:
    try:
        return (urlsplit(str(url or "")).hostname or "").lower()
    except ValueError:
        return ""


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


def host_owner(url: str, host_providers: dict[str, str] | None = None) -> dict | None:
    """The registry entry of the provider that owns the URL (its host, or its catalogue prefix
    on a shared host), or None."""
    host = (urlsplit(url).hostname or "").lower()
    pid = (host_providers or {}).get(host)
    return providers.provider(pid) if pid else providers.provider_for_url(url)


def indexable(records: list[dict]) -> list[dict]:
    """Records for the index: a catalogue row (2014 seed or today's offers) that a crawled record
    is linked to is replaced by it; the crawled record takes over the row's links to 2014
    (`continues`)."""
    linked = {r["provenance"].get("linked_to"): r for r in records if r["provenance"]["origin"] == "crawl"}
    out = []
    by_id = {r["id"]: r for r in records}
    for r in records:
        if r["provenance"]["origin"] in ("seed", "current") and r["id"] in linked:
            continue
        if r["provenance"]["origin"] == "crawl" and r["provenance"].get("linked_to") in by_id:
            row = by_id[r["provenance"]["linked_to"]]
            r = {**r, "continues": list(row.get("continues") or []) + ([row["id"]] if row["provenance"]["origin"] == "seed" else [])}
        out.append(r)
    return out
