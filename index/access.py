"""Accessibility: for every municipality, the distance to the nearest offer on a topic.

Uses the same filters as the gap matrix (`index.gaps.filter_mask`). Online-only offers and
offers held where the buyer wants them are reachable from everywhere and left out of the
distances; offers whose source names no place have no distance. All three are counted
apart (`online`, `anywhere`, `unplaced`); the max_km limit from one municipality does not
apply here. Distances are straight lines between municipality positions and the
offers' places, deduplicated by municipality so the work is at most 357 × 357.
"""

from __future__ import annotations

import statistics

import numpy as np

from domain import places, topics
from index.distance import haversine_km
from index.gaps import GapFilters, filter_mask
from index.params import RequestError


def access(gen, topic: str, f: GapFilters, farthest: int = 10) -> dict:
    if topic not in topics.TOPICS:
        raise RequestError(f"Ukjent tema «{topic[:40]}». Gyldige: {', '.join(topics.TOPIC_ORDER)}.")
    table = gen.table
    a = table.arrays
    mask = filter_mask(gen, f) & table.mask("topic", [topic]) & ~a["online_only"] & ~a["anywhere"]
    offsets = a["loc_offsets"]
    place_doc: dict[str, int] = {}
    place_pos: dict[str, tuple[float, float]] = {}
    for doc in np.flatnonzero(mask):
        for i in range(offsets[doc], offsets[doc + 1]):
            key = str(a["loc_kommune"][i])
            if key not in place_doc:
                place_doc[key] = int(doc)
                place_pos[key] = (float(a["loc_lat"][i]), float(a["loc_lon"][i]))
    municipalities = places.municipalities()
    rows = []
    if place_pos:
        keys = list(place_pos)
        plat = np.array([place_pos[k][0] for k in keys])
        plon = np.array([place_pos[k][1] for k in keys])
        for m in municipalities:
            d = haversine_km(m["lat"], m["lon"], plat, plon)
            j = int(np.argmin(d))
            record = gen.record(place_doc[keys[j]])
            rows.append({"kommune_nr": m["kommune_nr"], "name": m["name"], "county": m["county"],
                         "km": round(float(d[j]), 1), "nearest_offer_id": record["id"],
                         "nearest_kommune_nr": keys[j],
                         "nearest_place": next((loc.get("kommune") for loc in record.get("locations") or []
                                                if loc.get("kommune_nr") == keys[j]), keys[j])})
    else:
        rows = [{"kommune_nr": m["kommune_nr"], "name": m["name"], "county": m["county"], "km": None,
                 "nearest_offer_id": None, "nearest_kommune_nr": None, "nearest_place": None}
                for m in municipalities]
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
    base = filter_mask(gen, f) & table.mask("topic", [topic])
    unplaced = base & (a["loc_offsets"][1:] == a["loc_offsets"][:-1]) & ~a["online_only"] & ~a["anywhere"]
    return {"topic": topic, "offers": int((mask & ~unplaced).sum()), "filters": applied,
            "online": int((base & a["online_only"]).sum()), "anywhere": int((base & a["anywhere"]).sum()),
            "unplaced": int(unplaced.sum()),
            "by_county": by_county,
            "farthest": sorted(located, key=lambda r: -r["km"])[:farthest],
            "municipalities": rows}
