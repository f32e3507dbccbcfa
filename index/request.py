"""Search parameters: a SearchRequest read from any entry point's parameters.

The rules for each value (numbers, switches, dates, facet values, municipalities) are in
`index.params`, shared with the coverage page and the CLI. Any input gives a SearchRequest
or a RequestError with a message fit for a 400; never an exception of another kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from index import params as P
from index.facets import FACETS
from index.params import AmbiguousMunicipality, RequestError, format_number  # noqa: F401 (re-exported)

SORTS = ("relevance", "credits", "-credits", "provider", "title", "deadline", "distance")
MAX_PER_PAGE = 100
MAX_PAGE = 10_000


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
    include_everywhere: bool = False   # a region/county filter also keeps offers that reach every area

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
        if self.include_everywhere:
            out.append(("include_everywhere", "true"))
        if not self.spell:
            out.append(("spell", "off"))
        if self.sort != "relevance":
            out.append(("sort", self.sort))
        if self.page != 1:
            out.append(("page", str(self.page)))
        if self.per_page != 20:
            out.append(("per_page", str(self.per_page)))
        return out


def from_args(getlist: Callable[[str], list[str]]) -> SearchRequest:
    """Build a request from a getlist(name) accessor (Flask's request.args.getlist)."""
    def one(name: str) -> str:
        values = [v for v in getlist(name) if v is not None]
        return P.clean(values[-1]) if values else ""

    req = SearchRequest(q=one("q"))
    for facet in FACETS:
        values = P.facet_values(facet, getlist(facet))
        if values:
            req.filters[facet] = values
    req.credits_min = P.number(one("credits_min"), "credits_min", low=0, high=1000)
    req.credits_max = P.number(one("credits_max"), "credits_max", low=0, high=1000)
    if req.credits_min is not None and req.credits_max is not None and req.credits_min > req.credits_max:
        raise RequestError("Studiepoeng fra kan ikke være større enn studiepoeng til.")
    req.max_km = P.max_km(one("max_km"))
    req.deadline_from = P.iso_date(one("deadline_from"))
    req.sort = P.choice(one("sort"), "sort", SORTS, "relevance")
    req.page = int(P.number(one("page"), "page", low=1, high=MAX_PAGE, integer=True) or 1)
    req.per_page = int(P.number(one("per_page"), "per_page", low=1, high=MAX_PER_PAGE, integer=True) or 20)
    req.kommune = P.kommune_numbers(getlist("kommune"))
    req.include_online = P.switch(one("include_online"), "include_online", True)
    req.include_unplaced = P.switch(one("include_unplaced"), "include_unplaced", False)
    req.include_everywhere = P.switch(one("include_everywhere"), "include_everywhere", False)
    req.spell = P.switch(one("spell"), "spell", True)
    if req.sort == "distance" and not req.kommune:
        raise RequestError("Sortering etter avstand krever en kommune å måle fra.")
    return req
