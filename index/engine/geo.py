"""Distances from a municipality (or a group of them) to the places where offers are taught.

Straight-line (great-circle) distances from the municipality's position to each
offer's nearest place, computed with numpy over the per-generation location
arrays of `index.engine.facets` (loc_offsets / loc_lat / loc_lon). For a group of
municipalities an offer's distance is the largest of the members' nearest
distances: the longest trip anyone in the group must make.
How an offer reaches a municipality (`reach` in the record, `domain.normalise.reach`):
- at the places it names: the distance to the nearest one;
- online only: 0 km, labelled "nettbasert" (listed first when the user keeps online offers);
- where the buyer wants it ("desentralisert", "hos oppdragsgiver"): 0 km from every
  municipality, labelled so;
- no place stated: no distance (NaN), "sted ikke oppgitt"; sorted after those with a distance,
  and left out by a distance limit unless the user keeps them (`include_unplaced`).
"""

from __future__ import annotations

import numpy as np

from domain.places import EARTH_RADIUS_KM
from index.engine.facets import FacetTable
from index.params import resolve
from index.seam import Distance


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distances in km, element-wise over numpy arrays (or numbers)."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _per_place(table: FacetTable, municipality: dict) -> np.ndarray:
    a = table.arrays
    return haversine_km(municipality["lat"], municipality["lon"], a["loc_lat"], a["loc_lon"])


def _nearest(table: FacetTable, per_place: np.ndarray) -> np.ndarray:
    """Per document: the smallest distance over its places (NaN when it has none)."""
    offsets = table.arrays["loc_offsets"]
    starts, ends = offsets[:-1], offsets[1:]
    out = np.full(starts.size, np.nan)
    has = ends > starts
    if per_place.size and has.any():
        mins = np.minimum.reduceat(per_place, starts[has])
        out[has] = mins
    return out


def distances(table: FacetTable, kommune: list[str]) -> np.ndarray:
    """Per document: its distance from the municipality or group (km; NaN: no place stated)."""
    members = resolve(kommune)
    dist = None
    for m in members:
        d = _nearest(table, _per_place(table, m))
        dist = d if dist is None else np.fmax(dist, d)
    dist = dist.copy()
    a = table.arrays
    dist[a["online_only"] | a["anywhere"]] = 0.0
    return dist


def within(table: FacetTable, distances: np.ndarray, max_km: float, include_online: bool,
           include_unplaced: bool = False) -> np.ndarray:
    """Per document: taught within `max_km` (online ones when `include_online`, those without a
    stated place when `include_unplaced`)."""
    a = table.arrays
    ok = (np.nan_to_num(distances, nan=np.inf) <= max_km) & ~a["online_only"]
    if include_online:
        ok |= a["online_only"]
    if include_unplaced:
        ok |= np.isnan(distances)
    return ok


def distance(table: FacetTable, docnum: int, record: dict, distances: np.ndarray,
             kommune: list[str] | None = None) -> Distance:
    """One document's distance as an offer shows it, with the place nearest the first member."""
    d = distances[docnum]
    a = table.arrays
    online = bool(a["online_only"][docnum])
    anywhere = bool(a["anywhere"][docnum])
    nearest_place = ("nettbasert" if online else "hos oppdragsgiver" if anywhere
                     else None if record.get("locations") else "sted ikke oppgitt")
    if not online and not anywhere and record.get("locations") and kommune:
        member = resolve(kommune[:1])[0]
        best = min(record["locations"], key=lambda loc: float(haversine_km(
            member["lat"], member["lon"], loc["lat"], loc["lon"])) if loc.get("lat") is not None else 1e9)
        nearest_place = best.get("kommune") or best.get("place")
    return Distance(None if np.isnan(d) else round(float(d), 1), online, nearest_place)


def group_nearest_place(record: dict, members: list[dict]) -> str | None:
    """The record's place with the shortest longest trip from the members (as `distances`)."""
    located = [loc for loc in record.get("locations") or [] if loc.get("lat") is not None]
    if not located:
        return None
    best = min(located, key=lambda loc: max(float(haversine_km(m["lat"], m["lon"], loc["lat"], loc["lon"]))
                                            for m in members))
    return best.get("kommune") or best.get("place")
