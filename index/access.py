"""Accessibility: for every municipality, the distance to the nearest offer on a topic.

Uses the same filters as the gap matrix (`GapFilters`; `kommune` and `max_km` do not apply:
distances are from everywhere). Online-only offers and offers held where the buyer wants them
are reachable from everywhere and left out of the distances; offers whose source names no
place have no distance. All three are counted apart (`online`, `anywhere`, `unplaced`).
Distances are straight lines between municipality positions and the offers' places
(`Catalogue.nearest`); per county the median and the worst, and the farthest municipalities.
"""

from __future__ import annotations

import statistics

from domain import places, topics
from index.params import RequestError
from index.request import GapFilters
from index.seam import Catalogue


def access(catalogue: Catalogue, topic: str, f: GapFilters, farthest: int = 10) -> dict:
    if topic not in topics.TOPICS:
        raise RequestError(f"Ukjent tema «{topic[:40]}». Gyldige: {', '.join(topics.TOPIC_ORDER)}.")
    found = catalogue.nearest(topic, f)
    rows = []
    for m in places.municipalities():
        n = found.nearest.get(m["kommune_nr"])
        rows.append({"kommune_nr": m["kommune_nr"], "name": m["name"], "county": m["county"],
                     "km": n.km if n else None, "nearest_offer_id": n.offer_id if n else None,
                     "nearest_kommune_nr": n.kommune_nr if n else None, "nearest_place": n.place if n else None})
    by_county = []
    for county in places.COUNTIES:
        members = [r for r in rows if r["county"] == county and r["km"] is not None]
        if not members:
            by_county.append({"county": county, "median_km": None, "worst_km": None, "worst_kommune": None})
            continue
        worst = max(members, key=lambda r: r["km"])
        by_county.append({"county": county, "median_km": round(statistics.median(r["km"] for r in members), 1),
                          "worst_km": worst["km"], "worst_kommune": worst["name"]})
    located = [r for r in rows if r["km"] is not None]
    applied = {k: v for k, v in f.as_dict().items() if k not in ("kommune", "max_km")}  # distances are from everywhere
    return {"topic": topic, "offers": found.offers, "filters": applied,
            "online": found.online, "anywhere": found.anywhere, "unplaced": found.unplaced,
            "by_county": by_county,
            "farthest": sorted(located, key=lambda r: -r["km"])[:farthest],
            "municipalities": rows}
