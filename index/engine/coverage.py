"""The coverage analyses' counts over the facet arrays: offers per needed topic × area
(`coverage`), what is within reach of a municipality, and the nearest offer on a topic for
every municipality (`nearest`). The analyses in words are `index.gaps` and `index.access`.

Counts are column products: the topic columns and the area columns of the documents that
pass the filters (topics^T · areas). An online-only offer covers every area when
`include_online` is set; an offer held where the buyer wants it covers every area; an offer
whose source names no place is in no area and is counted apart (`unplaced`).
"""

from __future__ import annotations

import numpy as np

from domain import places, topics
from index.engine import geo
from index.engine.geo import haversine_km
from index.engine.facets import FacetTable
from index.engine.filters import coverage_mask
from index.engine.generation import Generation
from index.params import resolve
from index.request import GapFilters
from index.seam import Access, Coverage, NearestOffer, TopicReach


def _columns(table: FacetTable, facet: str, codes: list[str]) -> np.ndarray:
    vocab = {v: i for i, v in enumerate(table.values(facet))}
    matrix = table.arrays[f"{facet}.matrix"]
    out = np.zeros((table.size, len(codes)), dtype=bool)
    for j, code in enumerate(codes):
        if code in vocab:
            out[:, j] = matrix[:, vocab[code]]
    return out


def _unplaced(table: FacetTable, mask: np.ndarray) -> np.ndarray:
    a = table.arrays
    return mask & (a["loc_offsets"][1:] == a["loc_offsets"][:-1]) & ~a["online_only"] & ~a["anywhere"]


def coverage(gen: Generation, f: GapFilters) -> Coverage:
    """With `max_km` and a `kommune` (one municipality or a group), only offers with a place
    within max_km km count (for a group: of every member, as in the search), and online ones
    when `include_online` is set; an offer within reach counts in every area it is taught in."""
    table = gen.table
    a = table.arrays
    mask = coverage_mask(table, f)
    distances = None
    if f.max_km is not None and f.kommune:
        distances = geo.distances(table, f.kommune)
        mask &= geo.within(table, distances, f.max_km, f.include_online)
    online = a["online_only"] & mask
    everywhere = a["anywhere"] & mask
    unplaced = _unplaced(table, mask)
    located = mask & ~a["online_only"] & ~a["anywhere"]

    topic_codes = list(topics.TOPIC_ORDER)
    area_codes = f.areas()
    topic_m = _columns(table, "topic", topic_codes)
    area_m = _columns(table, f.by, area_codes)
    counts = topic_m[located].T.astype(np.int64) @ area_m[located].astype(np.int64)
    if f.include_online:
        counts += topic_m[online].sum(axis=0).astype(np.int64)[:, None]
    counts += topic_m[everywhere].sum(axis=0).astype(np.int64)[:, None]
    return Coverage(
        topics=tuple(topic_codes), areas=tuple(area_codes),
        counts={t: {ar: int(counts[i, j]) for j, ar in enumerate(area_codes)} for i, t in enumerate(topic_codes)},
        totals={t: int(topic_m[mask][:, i].sum()) for i, t in enumerate(topic_codes)},
        providers=table.counts("provider", mask),
        offers=int(mask.sum()), online=int(online.sum()), anywhere=int(everywhere.sum()),
        unplaced=int(unplaced.sum()),
        unplaced_by_topic={t: int(topic_m[unplaced][:, i].sum()) for i, t in enumerate(topic_codes)},
        reach=_within_reach(gen, f, topic_m, mask, distances) if distances is not None else None)


def _within_reach(gen: Generation, f: GapFilters, topic_m: np.ndarray, mask: np.ndarray,
                  distances: np.ndarray) -> tuple[TopicReach, ...]:
    """Per topic: the offers within reach (as the search lists them: taught within max_km,
    held where the buyer wants it, and online ones when `include_online` is on), how many of
    them are taught at a place within reach, and the nearest place where an offer on the topic
    is taught (without the limit, with the other filters)."""
    a = gen.table.arrays
    placed = coverage_mask(gen.table, f) & ~a["online_only"] & ~a["anywhere"] & ~np.isnan(distances)
    members = resolve(f.kommune)
    rows = []
    for i, t in enumerate(topics.TOPIC_ORDER):
        on_topic = topic_m[:, i]
        candidates = np.flatnonzero(placed & on_topic)
        nearest = None
        if candidates.size:
            doc = int(candidates[np.argmin(distances[candidates])])
            record = gen.record(doc)
            nearest = NearestOffer(km=round(float(distances[doc]), 1), offer_id=record["id"],
                                   title=record.get("title"), place=geo.group_nearest_place(record, members))
        rows.append(TopicReach(topic=t, count=int((mask & on_topic).sum()),
                               taught_within=int((mask & on_topic & placed).sum()),
                               online=int((mask & on_topic & a["online_only"]).sum()),
                               anywhere=int((mask & on_topic & a["anywhere"]).sum()), nearest=nearest))
    return tuple(rows)


def nearest(gen: Generation, topic: str, f: GapFilters) -> Access:
    """For every municipality the nearest place where an offer on `topic` is taught. Places
    are deduplicated by municipality (the first offer in index order that names it), so the
    work is at most 357 × 357 distances."""
    table = gen.table
    a = table.arrays
    base = coverage_mask(table, f) & table.mask("topic", [topic])
    mask = base & ~a["online_only"] & ~a["anywhere"]
    offsets = a["loc_offsets"]
    place_doc: dict[str, int] = {}
    place_pos: dict[str, tuple[float, float]] = {}
    for doc in np.flatnonzero(mask):
        for i in range(offsets[doc], offsets[doc + 1]):
            key = str(a["loc_kommune"][i])
            if key not in place_doc:
                place_doc[key] = int(doc)
                place_pos[key] = (float(a["loc_lat"][i]), float(a["loc_lon"][i]))
    found: dict[str, NearestOffer] = {}
    if place_pos:
        keys = list(place_pos)
        plat = np.array([place_pos[k][0] for k in keys])
        plon = np.array([place_pos[k][1] for k in keys])
        records: dict[int, dict] = {}
        for m in places.municipalities():
            d = haversine_km(m["lat"], m["lon"], plat, plon)
            j = int(np.argmin(d))
            doc = place_doc[keys[j]]
            record = records.get(doc) or records.setdefault(doc, gen.record(doc))
            found[m["kommune_nr"]] = NearestOffer(
                km=round(float(d[j]), 1), offer_id=record["id"], title=record.get("title"),
                place=next((loc.get("kommune") for loc in record.get("locations") or []
                            if loc.get("kommune_nr") == keys[j]), keys[j]),
                kommune_nr=keys[j])
    unplaced = _unplaced(table, base)
    return Access(topic=topic, offers=int((mask & ~unplaced).sum()), online=int((base & a["online_only"]).sum()),
                  anywhere=int((base & a["anywhere"]).sum()), unplaced=int(unplaced.sum()), nearest=found)
