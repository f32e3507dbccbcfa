"""Requests → boolean masks over a generation's documents (facets OR within, AND across).

`filter_masks` gives a search's filters by name, so the facet counts can leave out each
facet's own filter (disjunctive counts); `coverage_mask` gives the coverage analyses' filters.
Both need only a `FacetTable`, so records outside the index (the change log's) can be matched
too (`index.engine.kept`).
"""

from __future__ import annotations

import numpy as np

from index.engine import geo
from index.engine.facets import FacetTable
from index.request import DEFAULT_STATUSES, GapFilters, SearchRequest


def filter_masks(table: FacetTable, req: SearchRequest) -> tuple[dict[str, np.ndarray], np.ndarray | None]:
    """The search's filters as masks, by name (facets; `include_everywhere`; the default
    statuses; credits; deadline; distance), and the distances when a kommune is given."""
    masks: dict[str, np.ndarray] = {f: table.mask(f, v) for f, v in req.filters.items()}
    wide = everywhere(table, req)
    if wide is not None:
        for area in AREAS:
            if area in masks:
                masks[area] = masks[area] | wide
    if "status" not in masks:           # today's offers unless the user asks for others
        masks["status"] = table.mask("status", list(DEFAULT_STATUSES))
    if req.credits_min is not None or req.credits_max is not None:
        masks["credits"] = table.credits_mask(req.credits_min, req.credits_max)
    if req.deadline_from:
        masks["deadline"] = table.deadline_mask(req.deadline_from)
    distances = None
    if req.kommune:
        distances = geo.distances(table, req.kommune)
        if req.max_km is not None:
            masks["distance"] = geo.within(table, distances, req.max_km, req.include_online,
                                           req.include_unplaced)
        elif not req.include_online:
            masks["distance"] = ~table.arrays["online_only"]
    return masks, distances


AREAS = ("region", "county")


def everywhere(table: FacetTable, req: SearchRequest) -> np.ndarray | None:
    """With `include_everywhere`, the offers a region or county filter also keeps: those that reach every
    area (as /dekning counts them; index.gaps), and online ones when the search keeps them; else None."""
    if not req.include_everywhere:
        return None
    wide = table.arrays["anywhere"].copy()
    if req.include_online:
        wide |= table.arrays["online_only"]
    return wide


def all_of(masks: dict[str, np.ndarray], size: int) -> np.ndarray:
    """The documents every mask keeps."""
    ok = np.ones(size, dtype=bool)
    for m in masks.values():
        ok &= m
    return ok


def coverage_mask(table: FacetTable, f: GapFilters) -> np.ndarray:
    """The documents that pass the coverage filters (status, credits, part time, level, kind,
    enrolment); the distance limit is applied apart."""
    mask = table.mask("status", f.statuses)
    if f.credit_bearing:
        mask &= table.credit_bearing()
    if f.part_time:
        mask &= table.mask("part_time", ["true"])
    for facet, values in (("level", f.level), ("kind", f.kind), ("enrolment", f.enrolment)):
        if values:
            mask &= table.mask(facet, values)
    return mask
