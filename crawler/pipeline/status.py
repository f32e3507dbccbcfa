"""Deciding a page's status: what one fetch says about the offer at its URL, before anything
is stored (the store is only read, for what it knows of the URL).

- 304, or the same page hash as last time → the offer is as it was ("touch"), not re-parsed;
- 404/410 → a known offer is gone; an unknown URL is "missing";
- a fetch error (timeout, 5xx, ...) → a known offer's check failed ("failure");
- a 2xx course page → its record is stored ("store");
- a 2xx page of a known offer that is no course page (any more: "Kurset er avlyst", a listing
  in its place) → the offer is gone, though the server answered ("not_course");
- anything else (listings, news) → only its links matter.
"""

from __future__ import annotations

from typing import NamedTuple

from crawler.extract import ExtractResult, extract
from crawler.fetch import FetchResult


class Verdict(NamedTuple):
    outcome: str                      # for the report; a stored record's is the store's answer
    action: str | None                # "touch", "gone", "failure", "not_course", "store" or None
    links: list[str]                  # links to follow
    course: ExtractResult | None = None   # the course page to store ("store")


def decide(page: FetchResult, known: dict | None, extracted: ExtractResult | None = None) -> Verdict:
    """The verdict on `page`, given the stored record of its offer (`known`, or None).

    `extracted` is the page's extraction when the caller already has it (the crawl loop
    extracts in its worker threads); otherwise the page is extracted here, but only when its
    content hash differs from the stored one."""
    if page.status == 304 and known:
        return Verdict("not_modified", "touch", [])
    if page.status in (404, 410):
        return Verdict("gone", "gone", []) if known else Verdict("missing", None, [])
    if page.error or page.status is None or page.status >= 400:
        return Verdict("error", "failure" if known else None, [])
    if known and page.content_hash and known["provenance"].get("page_hash") == page.content_hash:
        return Verdict("unchanged", "touch", extracted.links if extracted else [])
    result = extracted if extracted is not None else extract(page.text, page.final_url or page.url)
    if not result.is_course:
        return Verdict("gone", "not_course", result.links) if known else Verdict("not_course", None, result.links)
    return Verdict("new", "store", result.links, result)
