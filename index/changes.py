"""2014 against today: which needed topics and which parts of the country gained or lost offers.

"2014" is the survey's table (status `historical`); "today" is the catalogue's current offers
(`CURRENT_STATUSES`: active, and unconfirmed from an older provider page), with the same
filters as the coverage page (credits, part time, level, kind, enrolment).

Per topic the comparison counts offers. Per region it cannot use teaching places: the 2014
table names almost none, and the catalogue never guesses them. It uses the region where the
provider is based instead (the region of the provider's campuses in the registry, today's
institution for a 2014 name that has merged), the same way for both years, and says so.
Providers with campuses in several regions, or none (online providers, KS, DFØ), are
"several or none".
"""

from __future__ import annotations

import functools

from domain import places, providers, topics
from index.request import CURRENT_STATUSES, GapFilters
from index.seam import Catalogue

NATIONWIDE = "flere"     # a provider based in several regions or in none


@functools.cache
def provider_region(provider_id: str | None) -> str:
    """The region a provider is based in (all its campuses in one region), else NATIONWIDE."""
    p = providers.provider(provider_id) if provider_id else None
    regions = set()
    for campus in (p or {}).get("campuses") or []:
        loc = places.resolve_place(campus)
        if loc:
            regions.add(loc["region"])
    return regions.pop() if len(regions) == 1 else NATIONWIDE


def compare(catalogue: Catalogue, f: GapFilters) -> dict:
    """{"topics": [{"topic", "label", "then", "now", "change"}], "regions": [...same per region],
    "then_total", "now_total"} with the page's filters, for the 2014 rows and today's offers."""
    counts = {}
    for era, statuses in (("then", ["historical"]), ("now", list(CURRENT_STATUSES))):
        found = catalogue.coverage(GapFilters(**{**f.as_dict(), "statuses": statuses, "kommune": [], "max_km": None}))
        by_region: dict[str, int] = {}
        for provider_id, n in found.providers.items():
            region = provider_region(provider_id)
            by_region[region] = by_region.get(region, 0) + n
        counts[era] = {"total": found.offers, "topics": found.totals, "regions": by_region}
    topic_rows = [{"topic": t, "label": topics.TOPICS[t], "then": counts["then"]["topics"][t],
                   "now": counts["now"]["topics"][t],
                   "change": counts["now"]["topics"][t] - counts["then"]["topics"][t]} for t in topics.TOPIC_ORDER]
    region_codes = [*places.REGIONS, NATIONWIDE]
    region_rows = [{"region": r, "label": places.REGIONS.get(r, "Flere landsdeler eller ingen fast"),
                    "then": counts["then"]["regions"].get(r, 0), "now": counts["now"]["regions"].get(r, 0),
                    "change": counts["now"]["regions"].get(r, 0) - counts["then"]["regions"].get(r, 0)}
                   for r in region_codes]
    return {"topics": topic_rows, "regions": region_rows, "then_total": counts["then"]["total"],
            "now_total": counts["now"]["total"], "region_basis": "provider",
            "filters": {k: v for k, v in f.as_dict().items() if k not in ("statuses", "kommune", "max_km", "by")}}
