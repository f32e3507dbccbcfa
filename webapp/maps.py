"""An SVG map of Norway's 15 counties (2024) with the chosen municipality and the result's places.

No tiles and no internet: county outlines come from domain/data/fylker_2024.json (derived
from real boundaries by scripts/build_kommuner.py), drawn with a simple equirectangular
projection scaled by cos(65°) so Norway keeps its shape.
"""

from __future__ import annotations

import math
from functools import lru_cache

from domain import places as municipalities
from webapp import urls

SCALE = 20.0
LON0, LAT0 = 4.0, 71.5
XSCALE = math.cos(math.radians(65))


FRAME = {"width": round((31.5 - LON0) * XSCALE * SCALE), "height": round((LAT0 - 57.8) * SCALE)}


def project(lat: float, lon: float) -> tuple[float, float]:
    return round((lon - LON0) * XSCALE * SCALE, 1), round((LAT0 - lat) * SCALE, 1)


# The maps draw simplified county outlines: the full ones (~140 KB of path data) are far
# finer than the size the maps are shown at. Douglas-Peucker with this tolerance in map units
# (one unit is about a pixel there), rings smaller than MIN_RING square units (skerries) left
# out, relative path steps on a 0.1 grid: about 16 KB for the 15 counties.
TOLERANCE = 0.6
MIN_RING = 4.0
LABEL_FONT = 10         # visible place names, in map units
MAX_LABELS = 8          # at most this many places get a visible name (the others a tooltip)


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on a closed ring (iterative; the first point is kept)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = -1.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            d = (abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm) if norm else math.hypot(x - x1, y - y1)
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [pt for pt, k in zip(points, keep) if k]


def _area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2


def _number(tenths: int) -> str:
    """A coordinate in tenths as short SVG text: 12 → "1.2", -5 → "-.5", 30 → "3"."""
    sign, tenths = ("-" if tenths < 0 else ""), abs(tenths)
    whole, frac = divmod(tenths, 10)
    return sign + (str(whole) if whole else "") + (f".{frac}" if frac else "" if whole else "0")


def _ring_path(points: list[tuple[float, float]]) -> str:
    grid = [(round(x * 10), round(y * 10)) for x, y in points]
    steps = []
    for (x0, y0), (x1, y1) in zip(grid, grid[1:]):
        dx, dy = _number(x1 - x0), _number(y1 - y0)
        steps.append(dx + ("" if dy.startswith("-") else ",") + dy)
    start = f"M{_number(grid[0][0])},{_number(grid[0][1])}"
    return start + "l" + " ".join(steps).replace(" -", "-") + "z"


@lru_cache(maxsize=1)
def county_outlines() -> tuple[tuple[str, str], ...]:
    """(county name, SVG path data) for the 15 counties, simplified (about a ninth of the
    full outlines); each county keeps at least its largest ring."""
    data = municipalities.county_shapes()
    out = []
    for feature in data["features"]:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                pts = [((lon - LON0) * XSCALE * SCALE, (LAT0 - lat) * SCALE) for lon, lat in ring]
                rings.append((_area(pts), pts))
        largest = max(area for area, _ in rings)
        parts = []
        for area, pts in rings:
            if area < MIN_RING and area < largest:
                continue
            pts = _simplify(pts, TOLERANCE)
            if len(pts) > 2:
                parts.append(_ring_path(pts))
        out.append((feature["properties"]["name"], "".join(parts)))
    return tuple(out)


def result_map(places: dict, kommuner: list[dict], req) -> dict:
    """The results map: county outlines, the chosen municipalities, and where the whole result
    is taught (`places` from `Catalogue.search(..., places=True)`: every hit, not only the page).
    Each place has a tooltip ("Bergen: 5 tilbud") and a link to the result in its county; the
    places with most offers also get a visible name, where it does not overlap another."""

    points = []
    for p in places.get("places") or []:
        m = municipalities.municipality(p["kommune_nr"]) if p.get("kommune_nr") else None
        name = m["name"] if m else "Sted uten kommune"
        county = m["county"] if m else None
        x, y = project(p["lat"], p["lon"])
        count = f"{p['count']:,}".replace(",", "\u00a0")
        points.append({"x": x, "y": y, "r": round(2.5 + 1.5 * math.sqrt(p["count"]), 1),
                       "name": name, "county": county, "kommune_nr": p.get("kommune_nr") or "",
                       "count": p["count"], "label": f"{name}: {count} tilbud",
                       "text": None, "text_x": None, "text_y": None, "anchor": "start",
                       "url": urls.toggle_value(req, "county", county) if county else None})
    _place_labels(points)
    home = []
    for m in kommuner:
        x, y = project(m["lat"], m["lon"])
        home.append({"x": x, "y": y, "label": f"{m['name']} (din kommune)"})
    return {"counties": county_outlines(), "points": points, "home": home,
            "offers": places.get("offers", 0), "font": LABEL_FONT, **FRAME}


def _place_labels(points: list[dict]) -> None:
    """Visible names ("Bergen 5") for the places with most offers (points come most first):
    right of the dot, left of it, above or below, whichever first fits inside the frame without
    overlapping a name already placed or another dot. The three largest places may cover a
    dot rather than go unnamed."""
    boxes: list[tuple[float, float, float, float]] = []
    dots = [(p["x"] - p["r"], p["y"] - p["r"], p["x"] + p["r"], p["y"] + p["r"]) for p in points]

    def overlaps(box, others):
        return any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in others)

    def candidates(p, width):
        """(anchor, text x, baseline y, box) for each position around the dot."""
        gap, up, down = p["r"] + 1.5, LABEL_FONT * 0.75, LABEL_FONT * 0.25
        x, y = p["x"], p["y"]
        yield "start", x + gap, y + down * 1.4, (x + gap, y - up + down, x + gap + width, y + down * 1.4 + down)
        yield "end", x - gap, y + down * 1.4, (x - gap - width, y - up + down, x - gap, y + down * 1.4 + down)
        yield "middle", x, y - gap - down, (x - width / 2, y - gap - LABEL_FONT, x + width / 2, y - gap)
        yield "middle", x, y + gap + up, (x - width / 2, y + gap, x + width / 2, y + gap + LABEL_FONT)

    placed = 0
    for i, p in enumerate(points):
        if placed >= MAX_LABELS:
            break
        text = f"{p['name']} {p['count']}"
        width = 0.58 * LABEL_FONT * len(text)
        other_dots = dots[:i] + dots[i + 1:]
        fits = [c for c in candidates(p, width)
                if c[3][0] >= 0 and c[3][2] <= FRAME["width"] and c[3][1] >= 0 and c[3][3] <= FRAME["height"]
                and not overlaps(c[3], boxes)]
        free = [c for c in fits if not overlaps(c[3], other_dots)]
        chosen = (free or (fits if i < 3 else []))[:1]
        for anchor, tx, ty, box in chosen:
            p.update(text=text, text_x=round(tx, 1), text_y=round(ty, 1), anchor=anchor)
            boxes.append(box)
            placed += 1


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
    where = {m["kommune_nr"]: m for m in municipalities.municipalities()}
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
    return {"counties": county_outlines(), "dots": dots, "offers": offers, "legend": legend, **FRAME}
