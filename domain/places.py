"""Places: Norway's 357 municipalities (2024), place-name resolution, distances.

The municipality table ``data/kommuner.csv`` is derived from real boundary data
by ``scripts/build_kommuner.py`` (see there for where positions come from);
``data/place_aliases.csv`` maps campus and town names that are not
municipality names ("Sandvika", "Førde", "Mo i Rana") to a municipality number.
Both are loaded lazily, once.

A location, as stored in records, is a dict
``{place, kommune_nr, kommune, county, region, lat, lon}``.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
KOMMUNER_CSV = DATA_DIR / "kommuner.csv"
ALIASES_CSV = DATA_DIR / "place_aliases.csv"
# Official Sámi and Kven names of municipalities, each with the page that states it.
NAMES_CSV = DATA_DIR / "kommune_names.csv"
# County outlines (GeoJSON, 2024 counties) for the maps.
COUNTIES_GEOJSON = DATA_DIR / "fylker_2024.json"

# The 15 counties since 1 January 2024, in display order.
COUNTIES = (
    "Oslo", "Akershus", "Østfold", "Buskerud", "Innlandet", "Vestfold", "Telemark",
    "Agder", "Rogaland", "Vestland", "Møre og Romsdal", "Trøndelag", "Nordland",
    "Troms", "Finnmark",
)

# Region facet: code -> label (nb).
REGIONS = {
    "ost": "Østlandet",
    "sor": "Sørlandet",
    "vest": "Vestlandet",
    "midt": "Midt-Norge",
    "nord": "Nord-Norge",
}

REGION_OF_COUNTY = {
    "Oslo": "ost", "Akershus": "ost", "Østfold": "ost", "Buskerud": "ost",
    "Innlandet": "ost", "Vestfold": "ost", "Telemark": "ost",
    "Agder": "sor",
    "Rogaland": "vest", "Vestland": "vest", "Møre og Romsdal": "vest",
    "Trøndelag": "midt",
    "Nordland": "nord", "Troms": "nord", "Finnmark": "nord",
}

# Counties before 2024 (2020-2023 and before 2020): names that sources of the
# time use. They are areas, not places.
FORMER_COUNTIES = (
    "Viken", "Vestfold og Telemark", "Troms og Finnmark",            # 2020-2023
    "Hedmark", "Oppland", "Buskerud", "Aust-Agder", "Vest-Agder",    # before 2020
    "Hordaland", "Sogn og Fjordane", "Sør-Trøndelag", "Nord-Trøndelag",
)

# Words that are areas, not places (besides the county names).
_AREA_WORDS = {
    "norge", "norway", "landsdekkende", "hele landet", "nasjonalt",
    "østlandet", "sørlandet", "vestlandet", "midt-norge", "nord-norge",
    "trøndelag", "nordvestlandet", "innlandet",
} | set(REGIONS)

EARTH_RADIUS_KM = 6371.0088

# Markers of a campus or study place around a place name.
_CAMPUS_PREFIX = re.compile(r"^(?:campus|studiestad|studiested|studiestedet|studiesenter)\s+", re.I)
_CAMPUS_SUFFIX = re.compile(r"\s+(?:campus|studiestad|studiested)$", re.I)
_CAMPUS_PAREN = re.compile(r"\s*\(\s*(?:campus|studiestad|studiested)\s*\)$", re.I)
_PLACE_PREFIX = re.compile(r"^(?:i|på)\s+", re.I)
_PAREN = re.compile(r"^(.*?)\s*\(\s*(.+?)\s*\)$")


def _key(text: str) -> str:
    """A comparison key: NFC, casefolded, single spaces, plain hyphens."""
    text = unicodedata.normalize("NFC", str(text))
    text = re.sub(r"\s*[\u2010-\u2015-]\s*", "-", text)  # "Sør – Varanger" -> "sør-varanger"
    text = " ".join(text.split()).strip(" .,;:!?\"'«»")
    return text.casefold()


# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """({kommune_nr: row}, {name key: [rows]})."""
    by_nr: dict[str, dict] = {}
    by_name: dict[str, list[dict]] = {}
    with KOMMUNER_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            m = {
                "kommune_nr": row["kommune_nr"], "name": row["name"], "county": row["county"],
                "county_nr": row["county_nr"], "region": row["region"],
                "lat": float(row["lat"]), "lon": float(row["lon"]),
            }
            by_nr[m["kommune_nr"]] = m
            by_name.setdefault(_key(m["name"]), []).append(m)
    return by_nr, by_name


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, str]]:
    """{alias key: (alias as written, kommune_nr)}."""
    by_nr, _ = _table()
    out: dict[str, tuple[str, str]] = {}
    with ALIASES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            nr = row["kommune_nr"].strip()
            if nr not in by_nr:
                raise ValueError(f"place_aliases.csv: {row['alias']!r} -> unknown municipality {nr}")
            out[_key(row["alias"])] = (row["alias"].strip(), nr)
    return out


def municipalities() -> list[dict]:
    """All municipalities (2024), by number: dicts with kommune_nr ("0301"), name,
    county, county_nr, region, lat, lon. Copies: callers may change them."""
    by_nr, _ = _table()
    return [dict(m) for _, m in sorted(by_nr.items())]


def _county_name(county: str | None) -> str | None:
    if county is None:
        return None
    k = _key(county)
    for name in COUNTIES:
        if _key(name) == k:
            return name
    return None


@functools.lru_cache(maxsize=1)
def county_shapes() -> dict:
    """The 15 counties' outlines as GeoJSON (a FeatureCollection; `properties.name`)."""
    import json

    return json.loads(COUNTIES_GEOJSON.read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """A key without Norwegian and Sámi letters: "Tromsø" and "Tromso", "Porsáŋgu" and
    "Porsangu", "Bærum" and "Baerum" meet (æ → ae, ø → o, å → a, ŋ → n, accents dropped)."""
    text = _key(text).replace("æ", "ae").replace("ø", "o").replace("ŋ", "n").replace("đ", "d").replace("ŧ", "t")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("aa", "a")


@functools.lru_cache(maxsize=1)
def _names() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """({name key: [kommune_nr]}, {folded key: [kommune_nr]}) over the Norwegian names and
    the official Sámi and Kven names (`NAMES_CSV`)."""
    by_nr, by_name = _table()
    exact: dict[str, list[str]] = {k: [m["kommune_nr"] for m in v] for k, v in by_name.items()}
    with NAMES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["kommune_nr"] not in by_nr:
                raise ValueError(f"kommune_names.csv: {row['name']!r} -> unknown municipality {row['kommune_nr']}")
            exact.setdefault(_key(row["name"]), []).append(row["kommune_nr"])
    folded: dict[str, list[str]] = {}
    for key, nrs in exact.items():
        for nr in nrs:
            if nr not in folded.setdefault(fold(key), []):
                folded[fold(key)].append(nr)
    return exact, folded


def municipality_candidates(text) -> list[dict]:
    """Every municipality a number or a name may mean: by number, by name in any case, by an
    official Sámi or Kven name ("Guovdageaidnu", "Porsanki"), or spelt without æ, ø, å or Sámi
    letters ("Tromso", "Porsangu"). Herøy and Våler give two; "Bergen, Vestland" style text is
    the caller's to split."""
    if text is None or isinstance(text, bool):
        return []
    by_nr, _ = _table()
    value = str(text).strip()
    if value.isdigit():
        return [dict(by_nr[value.zfill(4)])] if len(value) <= 4 and value.zfill(4) in by_nr else []
    exact, folded = _names()
    nrs = exact.get(_key(value)) or folded.get(fold(value)) or []
    return [dict(by_nr[nr]) for nr in dict.fromkeys(nrs)]


def municipality(nr_or_name, county: str | None = None) -> dict | None:
    """A municipality by number ("4601", "301", 4601) or name (`municipality_candidates`).

    A name shared by several municipalities (Herøy, Våler) gives None unless
    ``county`` says which one (``municipality("Herøy", county="Nordland")``).
    A county that does not match gives None too.
    """
    found = municipality_candidates(nr_or_name)
    if county is not None:
        want = _county_name(county)
        found = [m for m in found if m["county"] == want]
    return dict(found[0]) if len(found) == 1 else None


def county_region(county_name: str | None) -> str | None:
    """Region code of a (2024) county name, case-insensitive; None if not a county."""
    name = _county_name(county_name)
    return REGION_OF_COUNTY[name] if name else None


def _is_area(key: str) -> bool:
    return (key in _AREA_WORDS
            or any(key == _key(c) for c in COUNTIES if c != "Oslo")
            or any(key == _key(c) for c in FORMER_COUNTIES))


# ---------------------------------------------------------------------------
# Resolving place names
# ---------------------------------------------------------------------------

def _location(place: str, m: dict) -> dict:
    return {
        "place": place, "kommune_nr": m["kommune_nr"], "kommune": m["name"],
        "county": m["county"], "region": m["region"], "lat": m["lat"], "lon": m["lon"],
    }


def _lookup(key: str) -> dict | None:
    """Alias, then unique municipality name (Norwegian, or an official Sámi or Kven one), then "<name> i <county>" /
    "<name> (<county>)"."""
    aliases = _aliases()
    by_nr, by_name = _table()
    if key in aliases:
        place, nr = aliases[key]
        return _location(place, by_nr[nr])
    rows = by_name.get(key, [])
    if len(rows) == 1:
        return _location(rows[0]["name"], rows[0])
    nrs = _names()[0].get(key, [])      # an official Sámi or Kven name: "Guovdageaidnu", "Snåase"
    if len(nrs) == 1:
        return _location(by_nr[nrs[0]]["name"], by_nr[nrs[0]])
    # A qualified name: "Herøy i Nordland", "Våler (Innlandet)", "Herøy, Nordland".
    m = re.match(r"^(.+?)(?:\s+i\s+|\s*,\s*|\s*\(\s*)(.+?)\)?$", key)
    if m and _county_name(m.group(2)):
        muni = municipality(m.group(1), county=m.group(2))
        if muni:
            return _location(muni["name"], muni)
    return None


def resolve_place(text: str | None) -> dict | None:
    """A place name as a course page writes it -> a location dict, or None.

    Handles municipality names and the campus and town names of
    ``data/place_aliases.csv``, in any case, with extra spaces, "campus X",
    "X campus", "X (campus)", "studiested X", "i X". A county or region name is
    not a place; an unknown or ambiguous name gives None (never a guess).
    """
    if not text:
        return None
    key = _key(text)
    if not key:
        return None
    # "X (campus)" -> "campus x"; "Bø (i Telemark)" -> "bø i telemark".
    if _CAMPUS_PAREN.search(key):
        key = "campus " + _CAMPUS_PAREN.sub("", key)
    else:
        m = _PAREN.match(key)
        if m:
            outer, inner = m.group(1), _PLACE_PREFIX.sub("", m.group(2))
            found = _resolve_key(f"{outer} i {inner}")
            if found:
                return found
            # "Sandvika (Bærum)": the outer name, when the bracket agrees with it.
            found = _resolve_key(outer)
            if found and (found["county"] == _county_name(inner)
                          or (_resolve_key(inner) or {}).get("kommune_nr") == found["kommune_nr"]):
                return found
            return None
    return _resolve_key(key)


def _resolve_key(key: str) -> dict | None:
    key = _PLACE_PREFIX.sub("", key)

    campus = False
    bare = key
    if _CAMPUS_PREFIX.match(key) or _CAMPUS_SUFFIX.search(key):
        campus = True
        bare = _PLACE_PREFIX.sub("", _CAMPUS_SUFFIX.sub("", _CAMPUS_PREFIX.sub("", key)))
    if campus:
        # "campus Vestfold", "Campus Bø": campus aliases come before the bare name.
        found = _lookup("campus " + bare)
        if found:
            return found
    if _is_area(bare):
        return None
    return _lookup(bare)


# Names with " og " that must not be split by split_places.
@functools.lru_cache(maxsize=1)
def _og_names() -> tuple[str, ...]:
    _, by_name = _table()
    names = {k for k in by_name if " og " in k}
    names |= {_key(c) for c in COUNTIES + FORMER_COUNTIES if " og " in c}
    names |= {k for k in _aliases() if " og " in k}
    return tuple(sorted(names, key=len, reverse=True))


_SPLIT = re.compile(r"\s*(?:[;,/|&+\n]|\s(?:og|and|eller|or)\s)\s*", re.I)


def split_places(text: str | None) -> list[str]:
    """Split a locations cell into place strings.

    "Gjøvik; Førde; Bergen", "Oslo, Bergen og Trondheim", "Bergen/Stavanger",
    "Oslo og Lillestrøm" -> lists of names. Separators inside parentheses and
    the " og " of names like "Møre og Romsdal" or "Nore og Uvdal" do not split.
    """
    if not text:
        return []
    text = unicodedata.normalize("NFC", str(text))
    # Protect names containing " og " and anything in parentheses.
    protected: list[str] = []

    def protect(s: str) -> str:
        protected.append(s)
        return f"\x00{len(protected) - 1}\x00"

    text = re.sub(r"\([^()]*\)", lambda m: protect(m.group(0)), text)
    for name in _og_names():
        text = re.sub(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)",
                      lambda m: protect(m.group(0)), text, flags=re.I)
    out = []
    for part in _SPLIT.split(text):
        part = re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], part)
        part = " ".join(part.split()).strip(" .:-")
        if part:
            out.append(part)
    return out


# ---------------------------------------------------------------------------
# Distances
# ---------------------------------------------------------------------------

def _latlon(p) -> tuple[float, float]:
    if isinstance(p, dict):
        return float(p["lat"]), float(p["lon"])
    lat, lon = p
    return float(lat), float(lon)


def distance_km(a, b) -> float:
    """Great-circle (haversine) distance in km between two points.

    Each point is a dict with ``lat`` and ``lon`` (a location or municipality)
    or a ``(lat, lon)`` tuple.
    """
    lat1, lon1 = map(math.radians, _latlon(a))
    lat2, lon2 = map(math.radians, _latlon(b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
