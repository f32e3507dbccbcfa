"""The orders a search's hits can be listed in, from the facet arrays (no record is read)."""

from __future__ import annotations

from datetime import date

import numpy as np

from index.engine.facets import EPOCH, FacetTable

STATUS_RANK = {"active": 0, "unconfirmed": 1, "stale": 2, "gone": 3, "historical": 4}


def order(table: FacetTable, hits: np.ndarray, scores: np.ndarray, sort: str, distances) -> np.ndarray:
    """The positions of `hits` in the order `sort` asks for (see `index.request.SORTS`); by
    relevance: score, then active before older statuses, part-time, credit-bearing, title."""
    a = table.arrays
    title = a["title_rank"][hits]
    if sort == "title":
        return np.argsort(title, kind="stable")
    if sort == "provider":
        return np.lexsort((title, a["provider_rank"][hits]))
    if sort in ("credits", "-credits"):
        cmax = a["credits_max"][hits].astype(np.float64)
        unknown = np.isnan(cmax)
        key = np.where(unknown, 0.0, cmax if sort == "credits" else -cmax)
        return np.lexsort((title, key, unknown))
    if sort == "deadline":
        # open deadlines first, the nearest first; then passed ones, the latest first; unknown last
        day = a["deadline"][hits].astype(np.int64)
        today = (date.today() - EPOCH).days
        group = np.where(day < 0, 2, np.where(day >= today, 0, 1))
        key = np.where(group == 0, day, -day)
        return np.lexsort((title, key, group))
    if sort == "distance" and distances is not None:
        d = distances[hits]
        return np.lexsort((title, -np.round(scores[hits], 4), np.nan_to_num(d, nan=1e9)))
    status_values = table.values("status")
    status_rank = np.array([STATUS_RANK.get(v, 3) for v in status_values])[a["status.codes"][hits]]
    pt_values = table.values("part_time")
    part_time = np.array([v == "true" for v in pt_values])[a["part_time.codes"][hits]]
    credit_bearing = table.credit_bearing()[hits]
    return np.lexsort((title, ~credit_bearing, ~part_time, status_rank, -np.round(scores[hits], 4)))
