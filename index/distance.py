"""Distances from a municipality (or a group of them) to the places where offers are taught.

Straight-line (great-circle) distances from the municipality's position to each
offer's nearest place, computed with numpy over the per-generation location
arrays of `index.facets` (loc_offsets / loc_lat / loc_lon). For a group of
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

from domain import places
from index.params import RequestError

EARTH_RADIUS_KM = 6371.0088


class UnknownMunicipality(RequestError):
    pass


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def resolve(numbers: list[str]) -> list[dict]:
    out = []
    for nr in numbers:
        m = places.municipality(nr)
        if m is None:
            raise UnknownMunicipality(f"Ukjent kommunenummer «{nr}».")
        out.append(m)
    return out


class Locator:
    """Adds distance filtering, sorting and annotation to a search."""

    def _per_place(self, gen, municipality: dict) -> np.ndarray:
        a = gen.table.arrays
        return haversine_km(municipality["lat"], municipality["lon"], a["loc_lat"], a["loc_lon"])

    def _nearest(self, gen, per_place: np.ndarray) -> np.ndarray:
        """Per document: the smallest distance over its places (NaN when it has none)."""
        offsets = gen.table.arrays["loc_offsets"]
        starts, ends = offsets[:-1], offsets[1:]
        out = np.full(starts.size, np.nan)
        has = ends > starts
        if per_place.size and has.any():
            mins = np.minimum.reduceat(per_place, starts[has])
            out[has] = mins
        return out

    def distances(self, gen, kommune: list[str]) -> np.ndarray:
        members = resolve(kommune)
        dist = None
        for m in members:
            d = self._nearest(gen, self._per_place(gen, m))
            dist = d if dist is None else np.fmax(dist, d)
        dist = dist.copy()
        a = gen.table.arrays
        dist[a["online_only"] | a["anywhere"]] = 0.0
        return dist

    def within(self, gen, distances: np.ndarray, max_km: float, include_online: bool,
               include_unplaced: bool = False) -> np.ndarray:
        a = gen.table.arrays
        ok = (np.nan_to_num(distances, nan=np.inf) <= max_km) & ~a["online_only"]
        if include_online:
            ok |= a["online_only"]
        if include_unplaced:
            ok |= np.isnan(distances)
        return ok

    def annotate(self, record: dict, gen, docnum: int, distances: np.ndarray, kommune: list[str] | None = None) -> None:
        d = distances[docnum]
        a = gen.table.arrays
        online = bool(a["online_only"][docnum])
        anywhere = bool(a["anywhere"][docnum])
        record["distance_km"] = None if np.isnan(d) else round(float(d), 1)
        record["online_only"] = online
        record["nearest_place"] = ("nettbasert" if online else "hos oppdragsgiver" if anywhere
                                   else None if record.get("locations") else "sted ikke oppgitt")
        if not online and not anywhere and record.get("locations") and kommune:
            member = resolve(kommune[:1])[0]
            best = min(record["locations"], key=lambda loc: float(haversine_km(
                member["lat"], member["lon"], loc["lat"], loc["lon"])) if loc.get("lat") is not None else 1e9)
            record["nearest_place"] = best.get("kommune") or best.get("place")
