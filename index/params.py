"""The parameter rules every entry point shares: search, course page, compare, coverage,
the CLI and every JSON/CSV twin read their parameters through these functions, so a value
that works in one place works in all.

Each reader takes the raw text and gives a clean value or raises `RequestError` with a
message for the person who typed it: it names the field as the page does
("Studiepoeng fra må være et tall") and, for a value outside a closed list, the values
that are allowed. Municipalities are accepted by number, by name (also the official Sámi
and Kven names, and spellings without æ, ø, å) and in the site's "Bergen (4601), Vestland"
form; a name several municipalities share raises `AmbiguousMunicipality` with the choices.
"""

from __future__ import annotations

import math
import re
from datetime import date

from domain import places, providers, topics
from domain.record import DELIVERY, ENROLMENT, KINDS, LEVELS, REACHES, REGIONS, STATUSES, TARGETS

MAX_VALUES = 50      # values per facet parameter
MAX_KOMMUNER = 20    # municipalities in a group

# What the site calls each parameter: the name a message uses.
LABELS = {
    "q": "Søket", "credits_min": "Studiepoeng fra", "credits_max": "Studiepoeng til",
    "max_km": "Avstand i km", "page": "Sidetallet", "per_page": "Treff per side",
    "kommune": "Kommune", "deadline_from": "Søknadsfrist etter", "sort": "Sortering",
    "include_online": "Ta med nettbaserte tilbud", "include_unplaced": "Ta med tilbud uten oppgitt sted",
    "include_everywhere": "Ta med tilbud som når alle områder",
    "spell": "Stavekontroll", "few": "Grensen for få tilbud", "by": "Inndeling",
    "credit_bearing": "Bare med studiepoeng", "ids": "Tilbudene",
    "provider": "Tilbyder", "level": "Nivå", "kind": "Type", "part_time": "Deltid",
    "enrolment": "Opptak", "status": "Status", "start": "Oppstart", "reach": "Sted",
    "delivery": "Undervisningsform", "target": "Målgruppe", "county": "Fylke",
    "region": "Landsdel", "topic": "Tema", "format": "Formatet",
}

_TERM = re.compile(r"^\d{4}-(?:var|host)$")
_WITH_NUMBER = re.compile(r"\((\d{1,4})\)")


class RequestError(ValueError):
    """A parameter is malformed; the message says which and why (in Norwegian for the UI)."""


class AmbiguousMunicipality(RequestError):
    """A name several municipalities share ("Herøy"): `choices` are their records, `text` the
    name as written and `value` the whole parameter value it was part of."""

    def __init__(self, text: str, value: str, choices: list[dict]):
        self.text, self.value, self.choices = text, value, choices
        names = "; ".join(f"{m['name']} ({m['kommune_nr']}), {m['county']}" for m in choices)
        super().__init__(f"«{text[:40]}» er navnet på flere kommuner: {names}. Velg én av dem.")


def label(name: str) -> str:
    return LABELS.get(name, name)


def clean(value) -> str:
    """A parameter value without control characters, trimmed, at most 1000 characters."""
    return "".join(ch for ch in str(value) if ch >= " " or ch == "\t").strip()[:1000]


def format_number(value: float) -> str:
    """A number for a URL parameter: "100", "7.5"."""
    return str(int(value)) if float(value).is_integer() else str(value)


def number(text: str, name: str, *, low: float, high: float, integer: bool = False) -> float | None:
    """A number ("7,5" or "7.5") between low and high; None when empty."""
    text = clean(text)
    if text == "":
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise RequestError(f"{label(name)} må være et tall, ikke «{text[:20]}».") from None
    if not math.isfinite(value) or value < low or value > high:
        raise RequestError(f"{label(name)} må være mellom {format_number(low)} og {format_number(high)}.")
    if integer and not value.is_integer():
        raise RequestError(f"{label(name)} må være et helt tall.")
    return value


def switch(text: str, name: str, default: bool) -> bool:
    """An on/off parameter: true/false, ja/nei, on/off, 1/0 in any case; `default` when empty."""
    value = clean(text).lower()
    if value == "":
        return default
    if value in ("true", "1", "ja", "on"):
        return True
    if value in ("false", "0", "nei", "off"):
        return False
    raise RequestError(f"{label(name)} må være ja eller nei (true/false), ikke «{value[:20]}».")


def choice(text: str, name: str, allowed: tuple[str, ...], default: str) -> str:
    value = clean(text).lower() or default
    if value not in allowed:
        raise RequestError(f"{label(name)} kan ikke være «{value[:40]}». Gyldige verdier: {', '.join(allowed)}.")
    return value


_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def iso_date(text: str, name: str = "deadline_from") -> str | None:
    """A date ("2026-03-01" or "01.03.2026") as an ISO date; None when empty."""
    text = clean(text)
    if not text:
        return None
    m = _DMY.match(text)
    iso = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else text
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:        # the message quotes the date as the user wrote it
        raise RequestError(f"{label(name)} må være en dato, for eksempel 2026-03-01, ikke «{text[:20]}».") from None


def max_km(text: str) -> float | None:
    """Kilometres in a straight line (0 to 5000); None when empty."""
    return number(text, "max_km", low=0, high=5000)


# ---------------------------------------------------------------------------
# Facet values

def allowed_values(facet: str) -> tuple[str, ...]:
    """The values a facet parameter may take (codes, as in the API's facet counts)."""
    closed = {
        "level": LEVELS + ("unknown",), "kind": KINDS + ("unknown",),
        "part_time": ("true", "false", "unknown"), "enrolment": ENROLMENT + ("unknown",),
        "status": STATUSES, "reach": REACHES, "delivery": DELIVERY, "target": TARGETS,
        "county": places.COUNTIES, "region": REGIONS, "topic": topics.TOPIC_ORDER,
    }
    if facet in closed:
        return tuple(closed[facet])
    if facet == "provider":
        return tuple(p["id"] for p in providers.providers()) + ("unknown",)
    return ()


def _canonical(facet: str, value: str) -> str | None:
    """The allowed value `value` means, or None. Counties and regions also by name and
    without æøå ("Tromso" → "Troms", "Nord-Norge" → "nord"); codes in any case."""
    if facet == "start":
        value = value.lower().replace("vår", "var").replace("høst", "host")
        return value if value == "unknown" or _TERM.match(value) else None
    if facet == "county":
        return next((c for c in places.COUNTIES if places.fold(c) == places.fold(value)), None)
    if facet == "region":
        for code, name in places.REGIONS.items():
            if places.fold(value) in (code, places.fold(name)):
                return code
        return None
    if facet == "part_time":
        value = {"ja": "true", "deltid": "true", "nei": "false", "heltid": "false"}.get(value.lower(), value)
    value = value.lower()
    return value if value in allowed_values(facet) else None


def facet_values(facet: str, raw: list[str]) -> list[str]:
    """A facet parameter (repeated and/or comma-separated) → distinct allowed values."""
    out: list[str] = []
    for v in raw:
        for part in clean(v).split(","):
            part = part.strip()
            if not part:
                continue
            value = _canonical(facet, part)
            if value is None:
                if facet == "start":
                    allowed = "ÅÅÅÅ-var, ÅÅÅÅ-host (for eksempel 2026-host) eller unknown"
                else:
                    allowed = ", ".join(allowed_values(facet))
                raise RequestError(f"{label(facet)} kan ikke være «{part[:40]}». Gyldige verdier: {allowed}.")
            if value not in out:
                out.append(value)
    if len(out) > MAX_VALUES:
        raise RequestError(f"For mange verdier for {label(facet).lower()} (høyst {MAX_VALUES}).")
    return out


# ---------------------------------------------------------------------------
# Municipalities

def kommune_numbers(values: list[str]) -> list[str]:
    """Kommune parameters → distinct four-digit numbers of existing municipalities (one, or
    a group of at most 20). Each value may hold several, separated by ";" or ",": numbers,
    names, or the site's "Bergen (4601), Vestland" form (a county after a name picks between
    municipalities of that name: "Herøy, Nordland")."""
    out: list[str] = []
    for value in values:
        for nr in _numbers_in(clean(value)):
            if nr not in out:
                out.append(nr)
    if len(out) > MAX_KOMMUNER:
        raise RequestError(f"Høyst {MAX_KOMMUNER} kommuner i en gruppe.")
    return out


def _numbers_in(value: str) -> list[str]:
    out = []
    for chunk in (c.strip() for c in value.split(";")):
        if not chunk:
            continue
        m = _WITH_NUMBER.search(chunk)
        if m:
            out.append(_existing(m.group(1)))
            continue
        parts = [p.strip() for p in chunk.split(",") if p.strip()]
        i = 0
        while i < len(parts):
            part = parts[i]
            county = parts[i + 1] if i + 1 < len(parts) and _is_county(parts[i + 1]) else None
            if part.isdigit():
                out.append(_existing(part))
            else:
                found = places.municipality_candidates(part)
                if county and len(found) > 1:
                    found = [f for f in found if places.fold(f["county"]) == places.fold(county)] or found
                if not found and _is_county(part):   # "Bergen, Vestland": Oslo is both
                    i += 1
                    continue
                if not found:
                    raise RequestError(f"Fant ingen kommune som heter «{part[:40]}». Skriv navnet eller "
                                       "kommunenummeret, for eksempel «Bergen» eller «4601».")
                if len(found) > 1:
                    raise AmbiguousMunicipality(part, value, found)
                out.append(found[0]["kommune_nr"])
                if county and places.fold(found[0]["county"]) == places.fold(county):
                    i += 1   # the county was read with the name
            i += 1
    return out


def _is_county(text: str) -> bool:
    return any(places.fold(c) == places.fold(text) for c in places.COUNTIES)


def _existing(digits: str) -> str:
    if len(digits) > 4:
        raise RequestError(f"Ugyldig kommunenummer «{digits[:20]}»: et kommunenummer har fire sifre, "
                           "for eksempel 4601.")
    nr = digits.zfill(4)
    if places.municipality(nr) is None:
        raise RequestError(f"Fant ingen kommune med nummer {nr}.")
    return nr


class UnknownMunicipality(RequestError):
    pass


def resolve(numbers: list[str]) -> list[dict]:
    """The municipalities (`domain.places`) with these numbers, in order."""
    out = []
    for nr in numbers:
        m = places.municipality(nr)
        if m is None:
            raise UnknownMunicipality(f"Ukjent kommunenummer «{nr}».")
        out.append(m)
    return out
