"""What can be asked of the index: a search (`SearchRequest`) and the coverage analyses'
filters (`GapFilters`), each read from any entry point's parameters.

The rules for each value (numbers, switches, dates, facet values, municipalities) are in
`index.params`, shared by the pages, the API and the CLI. Any input gives a request or a
RequestError with a message fit for a 400; never an exception of another kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable

from domain import places
from index import params as P
from index.params import AmbiguousMunicipality, RequestError, format_number  # noqa: F401 (re-exported)

# The facets a search filters on and counts (API parameter names): single-valued, then multi-valued.
FACETS = ("provider", "level", "kind", "part_time", "enrolment", "status", "start", "reach",
          "delivery", "target", "county", "region", "topic")
# The statuses a search shows when the request names none: everything but the 2014 rows
# ("historical"), which stay one click away in the status facet. An offer whose page is gone
# stays visible with its notice; one unconfirmed since an older page says so.
DEFAULT_STATUSES = ("active", "unconfirmed", "stale", "gone")
# The statuses the coverage analysis counts by default: today's offers.
CURRENT_STATUSES = ("active", "unconfirmed")
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
    if not req.kommune:
        # A distance limit needs a municipality to measure from. The search page shows the field only beside a
        # chosen municipality, so a limit without one is left over (a hidden field after the municipality was
        # cleared): dropped, so the page's canonical address leaves it out too. The coverage analyses, whose
        # form takes both, refuse it (gap_filters_from_args).
        req.max_km = None
    if req.sort == "distance" and not req.kommune:
        raise RequestError("Sortering etter avstand krever en kommune å måle fra.")
    return req


@dataclass
class GapFilters:
    """The coverage analyses' filters (`/dekning`, `/api/gaps`, `/api/access`, `/api/changes`)."""
    by: str = "region"                     # region | county
    credit_bearing: bool = False
    part_time: bool = False
    include_online: bool = True
    level: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    enrolment: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=lambda: list(CURRENT_STATUSES))
    few: int = 0
    kommune: list[str] = field(default_factory=list)    # municipality numbers max_km is measured from
    max_km: float | None = None

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def areas(self) -> list[str]:
        """The areas counted in: the regions or the counties, in their order."""
        return list(places.REGIONS) if self.by == "region" else list(places.COUNTIES)


def gap_filters_from_args(getlist) -> GapFilters:
    """GapFilters from a getlist(name) accessor, by the rules every entry point shares (`index.params`)."""
    def one(name):
        values = getlist(name)
        return P.clean(values[-1]) if values else ""

    few = P.number(one("few"), "few", low=0, high=100, integer=True)
    kommune = P.kommune_numbers(getlist("kommune"))
    km = P.max_km(one("max_km"))
    if km is not None and km <= 0:
        raise RequestError("Avstand i km må være større enn 0.")
    if km is not None and not kommune:
        raise RequestError("En avstand krever en kommune å måle fra (navn eller nummer, for eksempel Bergen eller 4601).")
    return GapFilters(by=P.choice(one("by"), "by", ("region", "county"), "region"),
                      credit_bearing=P.switch(one("credit_bearing"), "credit_bearing", False),
                      part_time=P.switch(one("part_time"), "part_time", False),
                      include_online=P.switch(one("include_online"), "include_online", True),
                      level=P.facet_values("level", getlist("level")),
                      kind=P.facet_values("kind", getlist("kind")),
                      enrolment=P.facet_values("enrolment", getlist("enrolment")),
                      statuses=P.facet_values("status", getlist("status")) or list(CURRENT_STATUSES),
                      few=int(few or 0), kommune=kommune, max_km=km)
