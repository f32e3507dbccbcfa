"""A crawled course page's record: its id, its normalised fields, and the provider it may speak for."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from crawler.extract import ExtractResult
from crawler.fetch import FetchResult
from domain import providers
from domain.records import build_record, slugify


def crawl_id(url: str) -> str:
    """A stable id for a crawled page: host and path as a slug plus a short hash."""
    parts = urlsplit(url)
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{slugify(parts.netloc + ' ' + parts.path, max_len=50)}-{digest}"


def offer_record(course: ExtractResult, page: FetchResult, known: dict | None, final_url: str,
                 host_providers: dict[str, str] | None = None) -> dict:
    """The record of a course page (`final_url` is where its fetch ended, canonical): the known
    offer's id, else a new one from the URL; its own URL unless it names one on its host (an
    off-host canonical cannot move the offer elsewhere); the provider that owns its host."""
    offer = {**course.offer, "id": known["id"] if known else crawl_id(page.url)}
    if _host(offer.get("url")) != _host(final_url):
        offer["url"] = final_url
    return speaking_for_owner(build_record(offer, source="crawl"), offer,
                              host_owner(page.final_url or page.url, host_providers))


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


def host_owner(url: str, host_providers: dict[str, str] | None = None) -> dict | None:
    """The registry entry of the provider that owns the URL (its host, or its catalogue prefix
    on a shared host), or None. `host_providers` (host → provider id, from the crawl's
    registry) is asked first, then the registry's domains."""
    host = (urlsplit(url).hostname or "").lower()
    pid = (host_providers or {}).get(host)
    return providers.provider(pid) if pid else providers.provider_for_url(url)


def _host(url) -> str:
    try:
        return (urlsplit(str(url or "")).hostname or "").lower()
    except ValueError:
        return ""
