"""What a record's status and dates mean, by where it came from.

The store keeps its own bookkeeping dates (when a row was stored, when its content last
changed). What the catalogue shows must be true of the offer instead:

- a row of the 2014 survey (`survey_2014`) is `historical`: first seen in 2014 (the source's
  year), never checked since (no "last checked" date), no "last changed" date;
- a row read by hand off a provider's page (`provider_page`) is `active` when the page states
  a date or study year from `CURRENT_SINCE` on, else `unconfirmed`; first seen is the page's
  date, last checked is the day it was read (`checked`), "last changed" is unknown;
- a crawled record keeps the store's status and dates: a crawl really checked it.

`settle(records)` applies this to the records that go into the index and links each 2014 row
to today's offers that continue it (`continued_by`, a list: a programme and one of its modules may
both continue one row), from the current rows' `continues`.
`summary(records)` counts how the catalogue's offers were checked, for /om and /api/meta.
"""

from __future__ import annotations

import re
from collections import Counter

from domain.record import CURRENT_SINCE


def settle(records: list[dict]) -> list[dict]:
    """The records with the status and dates their source supports (new dicts; input untouched)."""
    out = [dict(r) for r in records]
    by_id = {r["id"]: r for r in out}
    for r in out:
        kind = r.get("source_kind") or ("crawl" if (r.get("provenance") or {}).get("origin") == "crawl" else None)
        if kind == "survey_2014":
            r.update(status="historical", first_seen=r.get("source_date") or "2014", last_seen=None,
                     last_changed=None, checked=None, continued_by=[])
        elif kind == "provider_page":
            year = r.get("source_year")
            r["status"] = "active" if year is not None and year >= CURRENT_SINCE else "unconfirmed"
            r["first_seen"] = _iso(r.get("source_date")) or (str(year) if year else None)
            r["last_seen"] = (r.get("checked") or {}).get("date")
            r["last_changed"] = None
        elif kind is None and (r.get("provenance") or {}).get("origin") == "crawl":
            r["source_kind"] = "crawl"
            r["checked"] = {"by": "crawl", "date": r.get("last_seen")}
    for r in out:
        for old_id in r.get("continues") or []:
            old = by_id.get(old_id)
            if old is not None and old.get("status") == "historical":
                old["continued_by"].append({"id": r["id"], "title": r.get("title")})
    return out


def _iso(text) -> str | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", str(text or ""))
    return m.group(0) if m else None


def summary(records: list[dict]) -> dict:
    """How the catalogue's offers were checked: by crawl (with the latest date), by hand from a
    dated page (per page year), from an older or undated page, and the 2014 rows."""
    statuses = Counter(r.get("status") for r in records)
    by_hand = Counter()
    crawl_dates = []
    for r in records:
        checked = r.get("checked") or {}
        if checked.get("by") == "crawl" and r.get("status") in ("active", "stale"):
            crawl_dates.append(checked.get("date") or "")
        if checked.get("by") == "hand":
            by_hand[str(r.get("source_year") or "udatert")] += 1
    hand_dates = sorted({(r.get("checked") or {}).get("date") for r in records
                         if (r.get("checked") or {}).get("by") == "hand"} - {None})
    return {
        "total": len(records),
        "statuses": dict(statuses),
        "current": statuses.get("active", 0),
        "crawled": len(crawl_dates),
        "last_crawl_check": max(crawl_dates) if crawl_dates else None,
        "by_hand": sum(by_hand.values()),
        "by_hand_page_years": dict(sorted(by_hand.items())),
        "by_hand_on": hand_dates[-1] if hand_dates else None,
        "survey_2014": statuses.get("historical", 0),
        "current_since": CURRENT_SINCE,
    }
