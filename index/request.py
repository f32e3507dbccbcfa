"""Search parameters: parsed and validated once, shared by the JSON API, the site and the CLI.

Any input gives a SearchRequest or a RequestError with a message fit for a 400;
never an exception of another kind.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from crawler import places
from index.facets import FACETS

SORTS = ("relevance", "credits", "-credits", "provider", "title", "distance")
MAX_PER_PAGE = 100
MAX_PAGE = 10_000
MAX_VALUES = 50  # values per facet parameter
MAX_KOMMUNER = 20  # municipalities in a group
_WITH_NUMBER = re.compile(r"\((\d{1,4})\)")


class RequestError(ValueError):
    """A parameter is malformed; the message says which and why (in Norwegian for the UI)."""


@dataclass
class SearchRequest:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    credits_min: float | None = None
    credits_max: float | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    kommune: list[str] = field(default_factory=list)   # municipality numbers (one, or a group)
    max_km: float | None = None
    include_online: bool = True
    spell: bool = True    # typo correction (spell=off searches the words as typed)
    deadline_from: str | None = None   # ISO date: only offers whose application deadline is on or after it
    include_unplaced: bool = False     # with max_km: keep offers whose source names no place

    def params(self) -> list[tuple[str, str]]:
        """The request as URL parameters (for links that keep the state)."""
        out: list[tuple[str, str]] = []
        if self.q:
            out.append(("q", self.q))
        for facet in FACETS:
            out.extend((facet, v) for v in self.filters.get(facet, []))
        for name in ("credits_min", "credits_max", "max_km"):
            value = getattr(self, name)
            if value is not None:
                out.append((name, format_number(value)))
        if self.deadline_from:
            out.append(("deadline_from", self.deadline_from))
        out.extend(("kommune", k) for k in self.kommune)
        if not self.include_online:
            out.append(("include_online", "false"))
        if self.include_unplaced:
            out.append(("include_unplaced", "true"))
        if not self.spell:
            out.append(("spell", "off"))
        if self.sort != "relevance":
            out.append(("sort", self.sort))
        if self.page != 1:
            out.append(("page", str(self.page)))
        if self.per_page != 20:
            out.append(("per_page", str(self.per_page)))
        return out


def format_number(value: float) -> str:
    """A number for a URL parameter: "100", "7.5"."""
    return str(int(value)) if float(value).is_integer() else str(value)


def from_args(getlist: Callable[[str], list[str]]) -> SearchRequest:
    """Build a request from a getlist(name) accessor (Flask's request.args.getlist)."""
    def one(name: str) -> str:
        values = [v for v in getlist(name) if v is not None]
        return _clean(values[-1]) if values else ""

    req = SearchRequest(q=one("q"))
    for facet in FACETS:
        values = []
        for v in getlist(facet):
            for part in _clean(v).split(","):
                part = part.strip()
                if part and part not in values:
                    values.append(part)
        if len(values) > MAX_VALUES:
            raise RequestError(f"For mange verdier for «{facet}» (høyst {MAX_VALUES}).")
        if values:
            req.filters[facet] = values
    req.credits_min = _number(one("credits_min"), "credits_min", low=0, high=1000)
    req.credits_max = _number(one("credits_max"), "credits_max", low=0, high=1000)
    if req.credits_min is not None and req.credits_max is not None and req.credits_min > req.credits_max:
        raise RequestError("credits_min kan ikke være større enn credits_max.")
    req.max_km = max_km(one("max_km"))
    req.deadline_from = iso_date(one("deadline_from"))
    sort = one("sort") or "relevance"
    if sort not in SORTS:
        raise RequestError(f"Ukjent sortering «{sort[:40]}». Gyldige: {', '.join(SORTS)}.")
    req.sort = sort
    req.page = int(_number(one("page"), "page", low=1, high=MAX_PAGE, integer=True) or 1)
    req.per_page = int(_number(one("per_page"), "per_page", low=1, high=MAX_PER_PAGE, integer=True) or 20)
    req.kommune = kommune_numbers(getlist("kommune"))
    req.include_online = _switch(one("include_online"), "include_online må være true eller false.")
    req.include_unplaced = one("include_unplaced") != "" and _switch(
        one("include_unplaced"), "include_unplaced må være true eller false.")
    req.spell = _switch(one("spell"), "spell må være on eller off.")
    if req.sort == "distance" and not req.kommune:
        raise RequestError("Sortering etter avstand krever en kommune (kommune=NNNN).")
    return req


def _switch(text: str, message: str) -> bool:
    """An on/off parameter, on when empty; anything else than the known words is a 400."""
    value = text.lower()
    if value not in ("", "true", "false", "1", "0", "ja", "nei", "on", "off"):
        raise RequestError(message)
    return value not in ("false", "0", "nei", "off")


_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def iso_date(text: str) -> str | None:
    """A date parameter ("2026-03-01" or "01.03.2026") as an ISO date; None when empty."""
    text = _clean(text)
    if not text:
        return None
    m = _DMY.match(text)
    if m:
        text = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise RequestError(f"Søknadsfrist etter må være en dato, for eksempel 2026-03-01, ikke «{text[:20]}».") from None


def max_km(text: str) -> float | None:
    """The max_km parameter: None when empty, else kilometres (0 to 5000)."""
    return _number(_clean(text), "max_km", low=0, high=5000)


def kommune_numbers(values: list[str], *, names: bool = False) -> list[str]:
    """Kommune parameters → distinct four-digit numbers (one municipality or a group of at most 20).

    Values are comma-separated numbers; with `names`, also municipality names and the site's
    "Bergen (4601), Vestland; Tromsø" form (see `municipality_numbers`).
    """
    out: list[str] = []
    for value in values:
        value = _clean(value)
        parts = municipality_numbers(value) if names else value.split(",")
        for part in (p.strip() for p in parts):
            if not part:
                continue
            if not part.isdigit() or len(part) > 4:
                raise RequestError(f"Ugyldig kommunenummer «{part[:20]}» (fire sifre, f.eks. 4601).")
            part = part.zfill(4)
            if part not in out:
                out.append(part)
    if len(out) > MAX_KOMMUNER:
        raise RequestError(f"Høyst {MAX_KOMMUNER} kommuner i en gruppe.")
    return out


def municipality_numbers(value: str) -> list[str]:
    """"Bergen (4601), Vestland; Tromsø" → ["4601", "5501"]; "Gjøvik, Østre Toten" → both.

    Numbers are padded to four digits, not looked up (`kommune_numbers` checks their form);
    a name that is not one municipality is a RequestError.
    """
    out = []
    for chunk in (c.strip() for c in value.split(";")):
        if not chunk:
            continue
        m = _WITH_NUMBER.search(chunk)
        if m:
            out.append(m.group(1).zfill(4))
            continue
        for part in (p.strip() for p in chunk.split(",")):
            if not part:
                continue
            if part.isdigit() and len(part) <= 4:
                out.append(part.zfill(4))
                continue
            found = places.municipality(part)
            if found is None and part in places.COUNTIES:  # "Bergen, Vestland"; Oslo is both
                continue
            if found is None:
                raise RequestError(f"Fant ingen entydig kommune for «{part[:40]}». Skriv navnet eller "
                                   "kommunenummeret, for eksempel «Bergen» eller «4601».")
            out.append(found["kommune_nr"])
    return out


def _clean(value) -> str:
    return "".join(ch for ch in str(value) if ch >= " " or ch == "\t").strip()[:1000]


def _number(text: str, name: str, *, low: float, high: float, integer: bool = False):
    if text == "":
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise RequestError(f"{name} må være et tall, ikke «{text[:20]}».") from None
    if not math.isfinite(value) or value < low or value > high:
        raise RequestError(f"{name} må være mellom {format_number(low)} og {format_number(high)}.")
    if integer and not value.is_integer():
        raise RequestError(f"{name} må være et heltall.")
    return value
