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
    width = round((31.5 - LON0) * XSCALE * SCALE)
    height = round((LAT0 - 57.8) * SCALE)
    return {"counties": county_paths(), "points": points, "home": home, "width": width, "height": height}
