"""An SVG map of Norway's 15 counties (2024) with the chosen municipality and the result's places.

No tiles and no internet: county outlines come from crawler/data/fylker_2024.json (derived
from real boundaries by scripts/build_kommuner.py), drawn with a simple equirectangular
projection scaled by cos(65°) so Norway keeps its shape.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from webapp import urls

DATA = Path(__file__).resolve().parents[1] / "crawler" / "data" / "fylker_2024.json"
SCALE = 20.0
LON0, LAT0 = 4.0, 71.5
XSCALE = math.cos(math.radians(65))


FRAME = {"width": round((31.5 - LON0) * XSCALE * SCALE), "height": round((LAT0 - 57.8) * SCALE)}


def project(lat: float, lon: float) -> tuple[float, float]:
    return round((lon - LON0) * XSCALE * SCALE, 1), round((LAT0 - lat) * SCALE, 1)


@lru_cache(maxsize=1)
def county_paths() -> tuple[tuple[str, str], ...]:
    """(county name, SVG path data) for the 15 counties."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for feature in data["features"]:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        parts = []
        for polygon in polygons:
            for ring in polygon:
                pts = [project(lat, lon) for lon, lat in ring]
                if len(pts) > 2:
                    parts.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
        out.append((feature["properties"]["name"], "".join(parts)))
    return tuple(out)


def result_map(results: list[dict], kommuner: list[dict], req) -> dict:
    """The map's data: county paths, the chosen municipalities, and the result's places."""
    places: dict[str, dict] = {}
    for r in results:
        for loc in r.get("locations") or []:
            if loc.get("lat") is None:
                continue
            key = loc.get("kommune_nr") or loc.get("place")
            p = places.setdefault(key, {"name": loc.get("kommune") or loc.get("place"), "county": loc.get("county"),
                                        "lat": loc["lat"], "lon": loc["lon"], "count": 0})
            p["count"] += 1
    points = []
    for p in places.values():
        x, y = project(p["lat"], p["lon"])
        points.append({"x": x, "y": y, "r": round(2.5 + 1.5 * math.sqrt(p["count"]), 1),
                       "label": f"{p['name']}: {p['count']} tilbud på denne siden",
                       "url": urls.toggle_value(req, "county", p["county"]) if p.get("county") else None})
    home = []
    for m in kommuner:
        x, y = project(m["lat"], m["lon"])
        home.append({"x": x, "y": y, "label": f"{m['name']} (din kommune)"})
    return {"counties": county_paths(), "points": points, "home": home, **FRAME}


# Distance bands of the accessibility map (km, upper bounds) and their labels.
ACCESS_BANDS = ((50, "under 50 km"), (100, "50–100 km"), (200, "100–200 km"), (None, "over 200 km"))


def access_band(km: float | None) -> int | None:
    """Index into ACCESS_BANDS for a distance (None: no offer anywhere)."""
    if km is None:
        return None
    for i, (upper, _) in enumerate(ACCESS_BANDS):
        if upper is None or km < upper:
            return i
    return None


def access_map(reach: dict) -> dict:
    """The accessibility map: every municipality as a dot in its distance band, and the
    places that are some municipality's nearest offer."""
    from crawler import places

    where = {m["kommune_nr"]: m for m in places.municipalities()}
    dots, nearest = [], {}                 # nearest: kommune_nr of a place with an offer → its name
    for row in reach["municipalities"]:
        m = where.get(row["kommune_nr"])
        if not m:
            continue
        x, y = project(m["lat"], m["lon"])
        band = access_band(row["km"])
        km = "ingen tilbud" if row["km"] is None else f"{row['km']:.0f} km til {row['nearest_place']}"
        dots.append({"x": x, "y": y, "band": "none" if band is None else band,
                     "label": f"{row['name']}: {km}"})
        if row["km"] is not None and row.get("nearest_kommune_nr") in where:
            nearest.setdefault(row["nearest_kommune_nr"], row["nearest_place"])
    offers = []
    for number, name in nearest.items():
        x, y = project(where[number]["lat"], where[number]["lon"])
        offers.append({"x": x, "y": y, "label": f"{name}: tilbud om temaet"})
    counts = [0] * len(ACCESS_BANDS)
    for d in dots:
        if d["band"] != "none":
            counts[d["band"]] += 1
    legend = [{"band": i, "label": label, "count": counts[i]} for i, (_, label) in enumerate(ACCESS_BANDS)]
    return {"counties": county_paths(), "dots": dots, "offers": offers, "legend": legend, **FRAME}
