"""The municipality table, the county outlines, place-name resolution and distances."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from domain import places

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "domain" / "data"


def _load_build_script():
    spec = importlib.util.spec_from_file_location("build_kommuner", ROOT / "scripts" / "build_kommuner.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


build = _load_build_script()

# Norway's mainland and coastal islands (not Svalbard / Jan Mayen).
LAT_RANGE = (57.9, 71.2)
LON_RANGE = (4.5, 31.2)

REGION_OF = {
    "Oslo": "ost", "Akershus": "ost", "Østfold": "ost", "Buskerud": "ost", "Innlandet": "ost",
    "Vestfold": "ost", "Telemark": "ost", "Agder": "sor", "Rogaland": "vest", "Vestland": "vest",
    "Møre og Romsdal": "vest", "Trøndelag": "midt", "Nordland": "nord", "Troms": "nord",
    "Finnmark": "nord",
}


@pytest.fixture(scope="module")
def rows():
    with (DATA / "kommuner.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- kommuner.csv -----------------------------------------------------------

def test_table_shape(rows):
    assert list(rows[0]) == ["kommune_nr", "name", "county", "county_nr", "region", "lat", "lon"]
    assert len(rows) == 357
    numbers = [r["kommune_nr"] for r in rows]
    assert len(set(numbers)) == 357
    assert all(len(n) == 4 and n.isdigit() for n in numbers)
    assert numbers == sorted(numbers)
    assert {r["county"] for r in rows} == set(places.COUNTIES)
    assert len({r["county"] for r in rows}) == 15


def test_counties_and_regions_consistent(rows):
    nr_of_county = {}
    for r in rows:
        assert r["region"] == REGION_OF[r["county"]], r
        assert r["kommune_nr"][:2] == r["county_nr"], r
        assert nr_of_county.setdefault(r["county"], r["county_nr"]) == r["county_nr"]
    assert nr_of_county == {
        "Oslo": "03", "Rogaland": "11", "Møre og Romsdal": "15", "Nordland": "18", "Østfold": "31",
        "Akershus": "32", "Buskerud": "33", "Innlandet": "34", "Vestfold": "39", "Telemark": "40",
        "Agder": "42", "Vestland": "46", "Trøndelag": "50", "Troms": "55", "Finnmark": "56",
    }


@pytest.mark.parametrize("nr,name,county", [
    ("0301", "Oslo", "Oslo"),
    ("4601", "Bergen", "Vestland"),
    ("5501", "Tromsø", "Troms"),
    ("1804", "Bodø", "Nordland"),
    ("3101", "Halden", "Østfold"),
    ("3201", "Bærum", "Akershus"),
    ("3301", "Drammen", "Buskerud"),
    ("3905", "Tønsberg", "Vestfold"),
    ("4003", "Skien", "Telemark"),
    ("5601", "Alta", "Finnmark"),
    ("1580", "Haram", "Møre og Romsdal"),
    ("1508", "Ålesund", "Møre og Romsdal"),
    ("5001", "Trondheim", "Trøndelag"),
    ("4204", "Kristiansand", "Agder"),
    ("1103", "Stavanger", "Rogaland"),
    ("3205", "Lillestrøm", "Akershus"),
    ("4020", "Midt-Telemark", "Telemark"),
    ("5605", "Sør-Varanger", "Finnmark"),
])
def test_known_municipalities(nr, name, county):
    m = places.municipality(nr)
    assert m is not None and m["name"] == name and m["county"] == county
    assert places.municipality(name, county=county)["kommune_nr"] == nr


def test_old_numbers_are_gone():
    # 2020-2023 numbers of the split counties and of Ålesund do not exist in 2024.
    for old in ("3001", "3024", "3005", "3803", "3807", "5401", "5403", "1507"):
        assert places.municipality(old) is None


def test_positions_inside_norway(rows):
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert LAT_RANGE[0] < lat < LAT_RANGE[1] and LON_RANGE[0] < lon < LON_RANGE[1], r
        assert len(r["lat"].split(".")[1]) == 4


def test_positions_roughly_where_the_county_is():
    # Latitude order of a few municipalities, north to south.
    lat = {n: places.municipality(n)["lat"] for n in ("Alta", "Tromsø", "Bodø", "Trondheim", "Bergen", "Oslo",
                                                      "Kristiansand")}
    assert lat["Alta"] > lat["Tromsø"] > lat["Bodø"] > lat["Trondheim"] > lat["Bergen"] > lat["Oslo"]
    assert lat["Oslo"] > lat["Kristiansand"]
    haram = places.municipality("1580")
    assert (haram["lat"], haram["lon"]) == (62.60, 6.44)  # documented fact (Brattvåg)


def test_distances():
    oslo, bergen = places.municipality("Oslo"), places.municipality("Bergen")
    tromso, bodo = places.municipality("Tromsø"), places.municipality("Bodø")
    # Centroid positions: Oslo-Bergen comes out at 298.8 km (city centres: about 305 km).
    assert 290 <= places.distance_km(oslo, bergen) <= 320
    # Tromsø-Bodø comes out at 329.4 km between the two municipality positions (the
    # centroids of their largest polygons lie on the mainland, 21 and 27 km from the
    # towns); city centre to city centre is about 322 km.
    assert 320 <= places.distance_km(tromso, bodo) <= 340
    assert places.distance_km(oslo, oslo) == 0.0
    assert places.distance_km(oslo, bergen) == pytest.approx(places.distance_km(bergen, oslo))


def test_distance_accepts_tuples():
    # One degree of latitude on a sphere of radius 6371.0088 km.
    assert places.distance_km((60.0, 10.0), (61.0, 10.0)) == pytest.approx(111.195, abs=0.01)
    assert places.distance_km({"lat": 60.0, "lon": 10.0}, (60.0, 10.0)) == 0.0


def test_municipalities_returns_copies():
    ms = places.municipalities()
    assert len(ms) == 357 and isinstance(ms[0]["lat"], float)
    ms[0]["name"] = "changed"
    assert places.municipalities()[0]["name"] != "changed"


# --- lookup -------------------------------------------------------------------

def test_municipality_lookup_forms():
    assert places.municipality("4601")["name"] == "Bergen"
    assert places.municipality(4601)["name"] == "Bergen"
    assert places.municipality(301)["name"] == "Oslo"
    assert places.municipality("301")["name"] == "Oslo"
    assert places.municipality("  bERGEN ")["kommune_nr"] == "4601"
    assert places.municipality("Nowhere") is None
    assert places.municipality("99999") is None
    assert places.municipality(None) is None


def test_ambiguous_names_need_a_county():
    assert places.municipality("Herøy") is None
    assert places.municipality("Herøy", county="Nordland")["kommune_nr"] == "1818"
    assert places.municipality("herøy", county="møre og romsdal")["kommune_nr"] == "1515"
    assert places.municipality("Våler") is None
    assert places.municipality("Våler", county="Østfold")["kommune_nr"] == "3114"
    assert places.municipality("Våler", county="Innlandet")["kommune_nr"] == "3419"
    assert places.municipality("Bergen", county="Troms") is None


def test_counties_and_regions_constants():
    assert places.COUNTIES == (
        "Oslo", "Akershus", "Østfold", "Buskerud", "Innlandet", "Vestfold", "Telemark", "Agder",
        "Rogaland", "Vestland", "Møre og Romsdal", "Trøndelag", "Nordland", "Troms", "Finnmark")
    assert places.REGIONS == {"ost": "Østlandet", "sor": "Sørlandet", "vest": "Vestlandet",
                              "midt": "Midt-Norge", "nord": "Nord-Norge"}
    for county, region in REGION_OF.items():
        assert places.county_region(county) == region
    assert places.county_region("vestland") == "vest"
    assert places.county_region("Viken") is None
    assert places.county_region("Bergen") is None
    assert places.county_region(None) is None


# --- resolve_place ----------------------------------------------------------

# Every campus of the institutions after the mergers (listed in the project's domain notes, which
# are not in this repository), as a place name, and the municipality it is in.
CAMPUSES = {
    "Bergen": "4601", "Førde": "4647", "Haugesund": "1106", "Sogndal": "4640", "Stord": "4614",
    "Oslo": "0301", "Lillestrøm": "3205", "Kjeller": "3205", "Sandvika": "3201",
    "Elverum": "3420", "Hamar": "3403", "Kongsvinger": "3401", "Lillehammer": "3405", "Rena": "3422",
    "Evenstad": "3423", "Blæstad": "3403",
    "Bø i Telemark": "4020", "Drammen": "3301", "Kongsberg": "3303", "Notodden": "4005",
    "Porsgrunn": "4001", "Rauland": "4036", "Campus Vestfold": "3901", "Ringerike": "3305",
    "Trondheim": "5001", "Gjøvik": "3407", "Ålesund": "1508",
    "Bodø": "1804", "Levanger": "5037", "Steinkjer": "5006", "Namsos": "5007", "Mo i Rana": "1833",
    "Stjørdal": "5035", "Vesterålen": "1870",
    "Tromsø": "5501", "Alta": "5601", "Harstad": "5503", "Narvik": "1806", "Hammerfest": "5603",
    "Kirkenes": "5605",
    "Stavanger": "1103", "Sandnes": "1108", "Kristiansand": "4204", "Grimstad": "4202",
    "Halden": "3101", "Fredrikstad": "3107", "Volda": "1577", "Molde": "1506", "Kristiansund": "1505",
    "Hønefoss": "3305", "Gardermoen": "3209", "Biri": "3407", "Honne": "3407",
}


@pytest.mark.parametrize("name,nr", sorted(CAMPUSES.items()))
def test_resolve_campuses(name, nr):
    loc = places.resolve_place(name)
    assert loc is not None, name
    assert loc["kommune_nr"] == nr
    assert set(loc) == {"place", "kommune_nr", "kommune", "county", "region", "lat", "lon"}
    m = places.municipality(nr)
    assert (loc["kommune"], loc["county"], loc["region"], loc["lat"], loc["lon"]) == (
        m["name"], m["county"], m["region"], m["lat"], m["lon"])


def test_every_alias_resolves():
    with (DATA / "place_aliases.csv").open(encoding="utf-8", newline="") as fh:
        aliases = list(csv.DictReader(fh))
    assert aliases and list(aliases[0]) == ["alias", "kommune_nr", "note"]
    for a in aliases:
        loc = places.resolve_place(a["alias"])
        assert loc is not None and loc["kommune_nr"] == a["kommune_nr"], a
        assert loc["place"] == a["alias"]
        # An alias must not hide a municipality of the same name.
        assert places.municipality(a["alias"]) is None, a


def test_every_municipality_name_resolves():
    for m in places.municipalities():
        loc = places.resolve_place(m["name"])
        if m["name"] in ("Herøy", "Våler"):
            assert loc is None
            assert places.resolve_place(f"{m['name']} i {m['county']}")["kommune_nr"] == m["kommune_nr"]
        else:
            assert loc is not None and loc["kommune_nr"] == m["kommune_nr"], m


@pytest.mark.parametrize("text,nr", [
    ("bergen", "4601"), ("  BERGEN  ", "4601"), ("campus Førde", "4647"), ("Campus Sandvika", "3201"),
    ("Blindern campus", "0301"), ("Universitetet i Oslo", "0301"), ("Storhamar", "3403"), ("Høgskulen i Volda", "1577"),
    ("Sandvika (campus)", "3201"), ("Kjeller campus", "3205"), ("studiested Rena", "3422"),
    ("Studiestad Sogndal", "4640"), ("i Bergen", "4601"), ("på Kjeller", "3205"),
    ("Bø (i Telemark)", "4020"), ("Bø i Telemark", "4020"), ("campus Bø", "4020"),
    ("Vestfold (campus)", "3901"), ("campus Vestfold", "3901"), ("Mo  i  Rana", "1833"),
    ("Sør – Varanger", "5605"), ("Herøy (Nordland)", "1818"), ("Herøy i Møre og Romsdal", "1515"),
    ("Sandvika (Bærum)", "3201"), ("Oslo.", "0301"), ("Bø", "1867"),
])
def test_resolve_variants(text, nr):
    loc = places.resolve_place(text)
    assert loc is not None and loc["kommune_nr"] == nr, text


@pytest.mark.parametrize("text", [
    "", None, "   ", "Vestland", "vestfold", "Telemark", "Troms", "Finnmark", "Nordland", "Innlandet",
    "Akershus", "Viken", "Hedmark", "Oppland", "Sogn og Fjordane", "Vestfold og Telemark",
    "Østlandet", "Vestlandet", "Nord-Norge", "Midt-Norge", "Sørlandet", "ost", "nord", "Norge",
    "Atlantis", "Herøy", "Våler", "Bø (Vestfold og Telemark)", "Kjeller (Bergen)", "nett", "4601",
    "Herøy i Troms",
])
def test_not_a_place(text):
    assert places.resolve_place(text) is None


# --- split_places -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Gjøvik; Førde; Bergen", ["Gjøvik", "Førde", "Bergen"]),
    ("Oslo, Bergen og Trondheim", ["Oslo", "Bergen", "Trondheim"]),
    ("Bergen/Stavanger", ["Bergen", "Stavanger"]),
    ("Oslo og Lillestrøm", ["Oslo", "Lillestrøm"]),
    ("Oslo", ["Oslo"]),
    ("", []),
    (None, []),
    ("Nore og Uvdal og Evje og Hornnes", ["Nore og Uvdal", "Evje og Hornnes"]),
    ("Molde, Møre og Romsdal", ["Molde", "Møre og Romsdal"]),
    ("Mo i Rana og Bodø", ["Mo i Rana", "Bodø"]),
    ("Sandvika (Bærum, Akershus) og Oslo", ["Sandvika (Bærum, Akershus)", "Oslo"]),
    ("Bergen ; ; Oslo.", ["Bergen", "Oslo"]),
    ("Ringerike/Hønefoss", ["Ringerike", "Hønefoss"]),
])
def test_split_places(text, expected):
    assert places.split_places(text) == expected


def test_split_then_resolve():
    locs = [places.resolve_place(p) for p in places.split_places("Gjøvik; Førde; Bergen")]
    assert [loc["kommune"] for loc in locs] == ["Gjøvik", "Sunnfjord", "Bergen"]
    assert [loc["county"] for loc in locs] == ["Innlandet", "Vestland", "Vestland"]


# --- fylker_2024.json -------------------------------------------------------------

@pytest.fixture(scope="module")
def outlines():
    path = DATA / "fylker_2024.json"
    assert path.stat().st_size < 300_000
    return json.loads(path.read_text(encoding="utf-8"))


def test_outlines_shape(outlines):
    assert outlines["type"] == "FeatureCollection"
    feats = outlines["features"]
    assert [f["properties"]["name"] for f in feats] == list(places.COUNTIES)
    for f in feats:
        props = f["properties"]
        assert props["region"] == places.county_region(props["name"])
        assert len(props["county_nr"]) == 2
        geom = f["geometry"]
        assert geom["type"] == "MultiPolygon" and geom["coordinates"]
        for polygon in geom["coordinates"]:
            outer = polygon[0]
            assert len(outer) >= 4 and outer[0] == outer[-1]
            assert build.ring_signed_area_km2(outer) > 0  # RFC 7946: counter-clockwise
            for lon, lat in outer:
                assert 57.5 < lat < 71.5 and 4.0 < lon < 31.5
                assert round(lon, 3) == lon and round(lat, 3) == lat


def test_municipality_positions_fall_in_their_county(outlines):
    geo = {f["properties"]["name"]: f["geometry"]["coordinates"] for f in outlines["features"]}
    inside_own = 0
    for m in places.municipalities():
        hits = [c for c, mp in geo.items() if any(build.point_in_polygon(m["lon"], m["lat"], p) for p in mp)]
        assert hits in ([], [m["county"]]), (m["name"], hits)
        inside_own += bool(hits)
    # Only small islands dropped by the simplification may miss (Kvitsøy, Træna, Røst).
    assert inside_own >= 350


def test_outline_areas_are_plausible(outlines):
    area = {f["properties"]["name"]: sum(build.polygon_area_centroid(p)[0] for p in f["geometry"]["coordinates"])
            for f in outlines["features"]}
    # Land areas (km2, rounded) of the 2024 counties; simplification changes them a little.
    expected = {"Oslo": 454, "Innlandet": 52_000, "Finnmark": 48_600, "Troms": 26_200, "Vestfold": 2_200}
    for county, km2 in expected.items():
        assert abs(area[county] - km2) / km2 < 0.08, (county, area[county])
    assert max(area, key=area.get) == "Innlandet"


# --- build script: geometry and fact table --------------------------------------

def test_fact_table_matches_csv(rows):
    by_nr = {r["kommune_nr"]: r for r in rows}
    assert len(build.RENUMBER_2024) == 51 + 23 + 39 + 1
    for old, new in build.RENUMBER_2024.items():
        assert f"{new:04d}" in by_nr
        assert f"{old:04d}" not in by_nr
    assert list(build.COUNTIES_2024.values()) == list(places.COUNTIES)
    assert build.REGION_OF_COUNTY == REGION_OF


def test_centroid_of_a_square_and_a_hole():
    square = [(10.0, 60.0), (10.0, 61.0), (12.0, 61.0), (12.0, 60.0), (10.0, 60.0)]  # clockwise
    area, lon, lat = build.polygon_area_centroid([square])
    assert (lon, lat) == (pytest.approx(11.0), pytest.approx(60.5))
    assert 6000 < area < 12_400  # 111 km x ~111 km
    hole = [(10.1, 60.1), (10.1, 60.9), (10.9, 60.9), (10.9, 60.1), (10.1, 60.1)]
    area_h, lon_h, lat_h = build.polygon_area_centroid([square, hole])
    assert area_h < area and lon_h > 11.0  # the hole in the west half moves the centroid east


def test_representative_point_falls_back_inside():
    # A C shape opening to the east: its centroid lies in the gap, outside.
    c_shape = [(0, 0), (0, 3), (3, 3), (3, 2), (1, 2), (1, 1), (3, 1), (3, 0), (0, 0)]
    polygon = [[(x + 10.0, y * 0.5 + 60.0) for x, y in c_shape]]
    _, clon, clat = build.polygon_area_centroid(polygon)
    assert not build.point_in_polygon(clon, clat, polygon)
    lon, lat, method = build.representative_point([polygon])
    assert method == "scanline" and build.point_in_polygon(lon, lat, polygon)
    # The largest polygon wins over a smaller island.
    island = [[(5.0, 60.0), (5.0, 60.1), (5.1, 60.1), (5.1, 60.0), (5.0, 60.0)]]
    lon2, lat2, _ = build.representative_point([island, polygon])
    assert (lon2, lat2) == (lon, lat)


def test_union_cancels_shared_edges():
    a = [(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)]
    b = [(1, 0), (1, 1), (2, 1), (2, 0), (1, 0)]
    rings = build.union_rings([[[a]], [[b]]])
    assert len(rings) == 1 and len(rings[0]) == 7  # six outer vertices + closing point
    assert abs(build.ring_signed_area_km2(rings[0])) == pytest.approx(2 * abs(build.ring_signed_area_km2(a)), rel=1e-3)


def test_douglas_peucker_keeps_corners():
    line = [(0.0, 0.0), (0.5, 0.0001), (1.0, 0.0), (1.0, 1.0)]
    assert build._douglas_peucker(line, 0.01, 1.0) == [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]
