"""Facet arrays: per-generation columns for filtering, counting and sorting.

Whoosh's own `groupedby` facets cost ~300 ms for 10,000 broad matches, so the
build writes, beside each index generation, one numpy array per facet
(`facets.npz`), in document-number order. A search turns its match set into a
boolean mask; filters are masks; facet counts are mask intersections
(bincount for single-valued facets, a column sum for multi-valued ones).
Counts are "disjunctive": a facet's counts use every active filter except its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from domain.normalise import reach
from domain.record import counties, regions
from index.request import FACETS
from index.seam import Place, PlaceCounts, sort_key

# facet name → (kind, how to read it from a record). API parameter names.
SINGLE = {
    "provider": lambda r: r.get("provider_id") or "unknown",
    "level": lambda r: r.get("level") or "unknown",
    "kind": lambda r: r.get("kind") or "unknown",
    "part_time": lambda r: {True: "true", False: "false"}.get(r.get("part_time"), "unknown"),
    "enrolment": lambda r: r.get("enrolment") or "unknown",
    "status": lambda r: r.get("status") or "active",
    "start": lambda r: r.get("start_term") or "unknown",
    "reach": lambda r: r.get("reach") or reach(None, bool(r.get("locations")), r.get("delivery") or []),
}
MULTI = {
    "delivery": lambda r: r.get("delivery") or [],
    "target": lambda r: r.get("target") or [],
    "county": counties,
    "region": regions,
    "topic": lambda r: r.get("topics") or [],
}
assert tuple(SINGLE) + tuple(MULTI) == FACETS, "every facet of a request has its array"


def build_arrays(records: list[dict]) -> dict[str, np.ndarray]:
    """The arrays for `records`, in the order they were added to the index."""
    n = len(records)
    out: dict[str, np.ndarray] = {}
    for name, get in SINGLE.items():
        values = [get(r) for r in records]
        vocab = sorted(set(values))
        index = {v: i for i, v in enumerate(vocab)}
        out[f"{name}.values"] = np.array(vocab, dtype=str)
        out[f"{name}.codes"] = np.fromiter((index[v] for v in values), dtype=np.int32, count=n)
    for name, get in MULTI.items():
        lists = [get(r) for r in records]
        vocab = sorted({v for vs in lists for v in vs})
        index = {v: i for i, v in enumerate(vocab)}
        matrix = np.zeros((n, max(len(vocab), 1)), dtype=bool)
        for row, vs in enumerate(lists):
            for v in vs:
                matrix[row, index[v]] = True
        out[f"{name}.values"] = np.array(vocab, dtype=str)
        out[f"{name}.matrix"] = matrix[:, : len(vocab)] if vocab else np.zeros((n, 0), dtype=bool)
    out["credits_min"] = np.array([_num(r.get("credits_min")) for r in records], dtype=np.float32)
    out["credits_max"] = np.array([_num(r.get("credits_max")) for r in records], dtype=np.float32)
    out["title_rank"] = _ranks([sort_key(r.get("title", "")) for r in records])
    out["provider_rank"] = _ranks([sort_key(r.get("provider_name") or r.get("provider") or "")
                                   for r in records])
    # Locations as CSR: the places of doc i are loc_*[loc_offsets[i]:loc_offsets[i+1]].
    offsets, lat, lon, kommune = [0], [], [], []
    for r in records:
        for loc in r.get("locations") or []:
            if loc.get("lat") is not None and loc.get("lon") is not None:
                lat.append(loc["lat"])
                lon.append(loc["lon"])
                kommune.append(loc.get("kommune_nr") or "")
        offsets.append(len(lat))
    out["loc_offsets"] = np.array(offsets, dtype=np.int64)
    out["loc_lat"] = np.array(lat, dtype=np.float64)
    out["loc_lon"] = np.array(lon, dtype=np.float64)
    out["loc_kommune"] = np.array(kommune, dtype=str)
    reach = [SINGLE["reach"](r) for r in records]
    out["online_only"] = np.array([x == "online" for x in reach], dtype=bool)
    out["anywhere"] = np.array([x == "anywhere" for x in reach], dtype=bool)
    out["deadline"] = np.array([_day(r.get("application_deadline")) for r in records], dtype=np.int32)
    return out


def _day(value) -> int:
    """An ISO date as days since 1970-01-01; -1 when unknown."""
    try:
        return (date.fromisoformat(str(value)[:10]) - EPOCH).days if value else -1
    except ValueError:
        return -1


EPOCH = date(1970, 1, 1)
# Arrays every generation must have; one built by an older version without them is rebuilt.
REQUIRED = ("deadline", "start.values", "start.codes", "reach.codes", "anywhere")


def _num(value) -> float:
    try:
        return float(value) if value is not None else math.nan
    except (TypeError, ValueError):
        return math.nan


def _ranks(keys: list[str]) -> np.ndarray:
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ranks = np.empty(len(keys), dtype=np.int32)
    ranks[np.array(order, dtype=np.int64)] = np.arange(len(keys), dtype=np.int32)
    return ranks


def save(path: Path, arrays: dict[str, np.ndarray]) -> None:
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)


@dataclass
class FacetTable:
    arrays: dict[str, np.ndarray]

    @classmethod
    def load(cls, path: Path) -> FacetTable:
        with np.load(path, allow_pickle=False) as data:
            return cls({k: data[k] for k in data.files})

    @property
    def size(self) -> int:
        return int(self.arrays["credits_min"].shape[0])

    def values(self, facet: str) -> list[str]:
        return [str(v) for v in self.arrays[f"{facet}.values"]]

    def mask(self, facet: str, wanted: list[str]) -> np.ndarray:
        """Docs having any of the wanted values (OR within a facet)."""
        vocab = {v: i for i, v in enumerate(self.values(facet))}
        ids = [vocab[v] for v in wanted if v in vocab]
        if facet in SINGLE:
            return np.isin(self.arrays[f"{facet}.codes"], np.array(ids, dtype=np.int32))
        matrix = self.arrays[f"{facet}.matrix"]
        if not ids:
            return np.zeros(self.size, dtype=bool)
        return matrix[:, ids].any(axis=1)

    def credit_bearing(self) -> np.ndarray:
        """Docs that give credits: `domain.record.credit_bearing` over the whole table."""
        return np.nan_to_num(self.arrays["credits_max"], nan=0.0) > 0

    def credits_mask(self, low: float | None, high: float | None) -> np.ndarray:
        """Docs whose credits range overlaps [low, high]; unknown credits never match."""
        cmin, cmax = self.arrays["credits_min"], self.arrays["credits_max"]
        mask = ~np.isnan(cmax)
        if low is not None:
            mask &= cmax >= low - 1e-6
        if high is not None:
            mask &= cmin <= high + 1e-6
        return mask

    def deadline_mask(self, first_day: str | None) -> np.ndarray:
        """Offers whose application deadline is known and on or after `first_day` (ISO date)."""
        if not first_day:
            return np.ones(self.size, dtype=bool)
        return self.arrays["deadline"] >= _day(first_day)

    def place_counts(self, docs: np.ndarray) -> PlaceCounts:
        """Where the given docs are taught, read from the location arrays (no record is opened):
        the docs with at least one mapped place, and the places, most offers first. An offer with
        two sites in one municipality counts once there; a place without a municipality number
        is keyed by its position."""
        a = self.arrays
        offsets = a["loc_offsets"]
        docs = np.asarray(docs, dtype=np.int64)
        starts = offsets[docs]
        lengths = offsets[docs + 1] - starts
        total = int(lengths.sum())
        if not total:
            return PlaceCounts(0, ())
        owner = np.repeat(np.arange(docs.size), lengths)
        # the positions of each doc's places, concatenated (CSR ranges without a Python loop)
        where = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total)
        lat, lon = a["loc_lat"][where], a["loc_lon"][where]
        keys = a["loc_kommune"][where].astype(object)
        for i in np.flatnonzero(keys == ""):
            keys[i] = f"@{lat[i]:.4f},{lon[i]:.4f}"
        vocab, inverse = np.unique(keys.astype(str), return_inverse=True)
        pairs = np.unique(owner * len(vocab) + inverse)          # (offer, place) once each
        counts = np.bincount(pairs % len(vocab), minlength=len(vocab))
        _, first = np.unique(inverse, return_index=True)
        places = [Place("" if str(k).startswith("@") else str(k), float(lat[f]), float(lon[f]), int(c))
                  for k, f, c in zip(vocab, first, counts)]
        places.sort(key=lambda p: (-p.count, p.kommune_nr, p.lat))
        return PlaceCounts(int(np.unique(owner).size), tuple(places))

    def counts(self, facet: str, mask: np.ndarray, also: np.ndarray | None = None) -> dict[str, int]:
        """Documents in `mask` per value of `facet`; with `also`, a value counts the documents of `also` in `mask`
        that lack it too (a filter on the value that also keeps `also`, as `include_everywhere` does)."""
        vocab = self.values(facet)

        def per_value(m: np.ndarray) -> np.ndarray:
            if facet in SINGLE:
                return np.bincount(self.arrays[f"{facet}.codes"][m], minlength=len(vocab)).astype(np.int64)
            return np.asarray(self.arrays[f"{facet}.matrix"][m].sum(axis=0)).ravel().astype(np.int64)

        counts = per_value(mask)
        if also is not None:
            extra = mask & also
            if extra.any():
                counts += int(extra.sum()) - per_value(extra)
        return {v: int(c) for v, c in zip(vocab, counts) if c}
