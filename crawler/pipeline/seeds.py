"""The link between a crawled record and the catalogue row it continues.

A crawled record of an offer a catalogue row already has (today's offers or the 2014 seed) is
linked to that row (`linked_to`), and the index shows the crawled one instead of both
(`indexable`). The rows are looked up in a `SeedIndex`, built once per crawl, not scanned per page.
"""

from __future__ import annotations

import re

from crawler.frontier import canonical


def title_key(title: str | None) -> str:
    """A title as rows and pages are compared: lower case, letters and digits only."""
    return re.sub(r"[^a-zæøå0-9]+", " ", (title or "").lower()).strip()


class SeedIndex:
    """The catalogue rows of a `crawler.store.Store` (today's offers, then the 2014 seed) by their
    page address (`url` or `source_url`, canonical) and by (provider, title key); where rows share
    a key, the first wins. Read from the store the first time it is asked, then kept: a crawl
    writes crawled records only."""

    def __init__(self, store):
        self._store = store
        self._by_url: dict[str, str] | None = None
        self._by_title: dict[tuple, str] = {}

    def _build(self) -> None:
        self._by_url = {}
        for row in self._store.records(origin="current") + self._store.records(origin="seed"):
            for address in (row.get("url"), row.get("source_url")):
                key = canonical(address or "")
                if key:
                    self._by_url.setdefault(key, row["id"])
            if row.get("provider_id"):
                self._by_title.setdefault((row["provider_id"], title_key(row["title"])), row["id"])

    def match(self, record: dict, url: str | None = None) -> str | None:
        """The id of the row `record` (crawled at `url`) is the same offer as: a row whose page is
        this page, else one of the same provider with the same title; None when there is none."""
        if self._by_url is None:
            self._build()
        found = self._by_url.get(canonical(url) or "") if url else None
        if found is None and record.get("provider_id"):
            found = self._by_title.get((record["provider_id"], title_key(record["title"])))
        return found


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
