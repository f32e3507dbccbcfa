"""The search seam: everything the rest of Kurskatalog asks of the index, and the typed
answers it gets back.

`Catalogue` below is the interface; `index.open_catalogue(data_dir)` opens its one
implementation, the Whoosh + numpy engine of `index.engine`. Gaps, access, the 2014
comparison, the report, the API, the site, the feed, the list and the command line use only
this interface, its results and the requests of `index.request`; none of them sees Whoosh,
numpy arrays or document numbers, so another engine (docs/scaling.md) can take its place.

A catalogue always answers from the serving index generation (a rebuild in another process
is picked up at the next call); `snapshot()` pins one generation for several calls. The
results are dataclasses (read-only by convention; the per-offer ones, made for every hit, are
plain slotted classes, which are cheaper to make than frozen ones); `to_dict()` gives the JSON
the API publishes. Records are the domain's canonical records (`domain.record`), as plain dicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol
from collections.abc import Iterable

from index.request import GapFilters, SearchRequest


class NoIndex(RuntimeError):
    """No index generation has been built in the data dir yet (or it cannot be opened)."""


_NB_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "Æ": "{", "Ø": "|", "Å": "}"})


def sort_key(text: str) -> str:
    """Norwegian alphabetical order (… z æ ø å), case-insensitive, leading punctuation ignored:
    the order of `sort=title` and `sort=provider`, and of labels on the site."""
    return re.sub(r"^[\W_]+", "", (text or "").casefold()).translate(_NB_ORDER)


# -- what a search or a look-up returns ------------------------------------------------------

@dataclass(slots=True)
class Segment:
    """A piece of a snippet; `hit` marks a matched word (the site wraps it in <mark>)."""
    text: str
    hit: bool

    def to_dict(self) -> dict:
        return {"text": self.text, "hit": self.hit}


@dataclass(slots=True)
class Distance:
    """How far an offer is from a municipality (or a group: the longest trip any member makes).
    `km` is None when the source names no place; online offers and offers held where the
    buyer wants them are 0 km. `nearest_place` names the place ("nettbasert", "hos
    oppdragsgiver", "sted ikke oppgitt", or the municipality or place nearest the first member)."""
    km: float | None
    online_only: bool
    nearest_place: str | None

    def to_dict(self) -> dict:
        return {"distance_km": self.km, "online_only": self.online_only, "nearest_place": self.nearest_place}


@dataclass(slots=True)
class Offer:
    """One offer as the index returns it: its record, and what the request added: the score
    and snippet of a search, the distance when a municipality was given."""
    record: dict
    score: float | None = None
    snippet: tuple[Segment, ...] | None = None
    distance: Distance | None = None

    @property
    def id(self) -> str:
        return self.record["id"]

    def to_dict(self) -> dict:
        """The record with `score`, `snippet`, `snippet_text` and the distance fields as the
        API publishes them (each only when the request asked for it)."""
        out = dict(self.record)
        if self.score is not None:
            out["score"] = self.score
        if self.snippet is not None:
            out["snippet"] = [{"text": s.text, "hit": s.hit} for s in self.snippet]
            out["snippet_text"] = "".join([s.text for s in self.snippet])
        if self.distance is not None:
            out.update(self.distance.to_dict())
        return out


@dataclass(frozen=True)
class QueryEcho:
    """The query as searched: the text with corrected words replaced, whether it was cut,
    its words, and each corrected word (typed → searched)."""
    q: str
    truncated: bool
    words: tuple[str, ...]
    corrections: dict[str, str]

    def to_dict(self) -> dict:
        return {"q": self.q, "truncated": self.truncated, "words": list(self.words),
                "corrections": dict(self.corrections)}


@dataclass(frozen=True)
class IndexInfo:
    """The generation that answered."""
    generation: str
    built_at: str | None
    records: int

    def to_dict(self) -> dict:
        return {"generation": self.generation, "built_at": self.built_at, "records": self.records}


@dataclass(frozen=True)
class Place:
    """A place where offers of a result are taught, and how many of them."""
    kommune_nr: str
    lat: float
    lon: float
    count: int

    def to_dict(self) -> dict:
        return {"kommune_nr": self.kommune_nr, "lat": self.lat, "lon": self.lon, "count": self.count}


@dataclass(frozen=True)
class PlaceCounts:
    """Where a whole result is taught (every hit, not only the page): the offers with at least
    one mapped place, and the places, most offers first."""
    offers: int
    places: tuple[Place, ...]

    def to_dict(self) -> dict:
        return {"offers": self.offers, "places": [p.to_dict() for p in self.places]}


@dataclass(frozen=True)
class SearchResult:
    """A page of a search, with the disjunctive facet counts of the whole result."""
    total: int
    page: int
    per_page: int
    pages: int
    query: QueryEcho
    corrected_from: str | None       # the query as typed, when a word was corrected
    hits: tuple[Offer, ...]
    facets: dict[str, dict[str, int]]
    suggestion: str | None           # "Mente du …?"
    index: IndexInfo
    places: PlaceCounts | None = None

    def to_dict(self) -> dict:
        """The JSON of `/api/search`."""
        out = {"total": self.total, "page": self.page, "per_page": self.per_page, "pages": self.pages,
               "query": self.query.to_dict(), "corrected_from": self.corrected_from,
               "results": [h.to_dict() for h in self.hits], "facets": self.facets,
               "suggestion": self.suggestion, "index": self.index.to_dict()}
        if self.places is not None:
            out["places"] = self.places.to_dict()
        return out


@dataclass(frozen=True)
class IndexMeta:
    """The serving generation: its name, when it was built, offers per status and how they
    were checked (`domain.freshness.summary`); `info` holds what the build was told (the
    catalogue files, their rows and errors, the content digest)."""
    generation: str
    records: int
    built_at: str | None
    build_seconds: float | None
    statuses: dict[str, int]
    freshness: dict
    info: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The JSON of `/api/meta` (before its `checked` summary)."""
        return {"generation": self.generation, "records": self.records, "built_at": self.built_at,
                "build_seconds": self.build_seconds, "statuses": self.statuses, "freshness": self.freshness,
                **self.info}


# -- what the coverage analyses get ----------------------------------------------------------

@dataclass(frozen=True)
class NearestOffer:
    """The nearest place where an offer is taught: its distance in a straight line, the offer,
    and the place (its municipality's name, or the place as the source names it)."""
    km: float
    offer_id: str
    title: str | None
    place: str | None
    kommune_nr: str | None = None


@dataclass(frozen=True)
class TopicReach:
    """One topic within `max_km` of a municipality (or group): the offers within reach, those
    taught at a place within reach, online, and held where the buyer wants it, and the nearest
    place with an offer on the topic (without the limit; None when none names a place)."""
    topic: str
    count: int
    taught_within: int
    online: int
    anywhere: int
    nearest: NearestOffer | None


@dataclass(frozen=True)
class Coverage:
    """Offers per needed topic × area (region or county, `GapFilters.by`) under the coverage
    filters. An online offer counts in every area when `include_online` is set, one held where
    the buyer wants it in every area; one whose source names no place in none (`unplaced`).
    `reach` is set when the filters name a municipality and `max_km`."""
    topics: tuple[str, ...]
    areas: tuple[str, ...]
    counts: dict[str, dict[str, int]]     # topic → area → offers
    totals: dict[str, int]                # topic → offers (each once)
    providers: dict[str, int]             # provider id ("unknown") → offers
    offers: int
    online: int
    anywhere: int
    unplaced: int
    unplaced_by_topic: dict[str, int]
    reach: tuple[TopicReach, ...] | None = None


@dataclass(frozen=True)
class Access:
    """The offers on one topic that name a place, and for every municipality the nearest of
    them (`nearest`: kommune_nr → NearestOffer with the place's municipality number; empty when
    no offer names a place). Online offers, offers held where the buyer wants it and offers
    without a stated place are counted apart."""
    topic: str
    offers: int
    online: int
    anywhere: int
    unplaced: int
    nearest: dict[str, NearestOffer]


# -- the interface -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeLog:
    """What the builds changed (`index.changelog`): every well-formed event, oldest first (new,
    changed and gone offers, with the fields that changed), and a cheap signature of the log's
    content that changes whenever an event is added, for caching what is made from it."""
    signature: tuple
    events: list[dict]


class Catalogue(Protocol):
    """What the index answers. Every method reads the serving generation (or the pinned one of
    a snapshot) and raises NoIndex when there is none."""

    def search(self, req: SearchRequest, *, snippets: bool = True, places: bool = False) -> SearchResult:
        """Free text and filters → a ranked page with facet counts. With `req.kommune` each hit
        has its distance; `places` adds where the whole result is taught (the results map).
        A word no offer has and the speller does not know is searched as its nearest known
        word, and a text that finds nothing as its suggestion (unless `req.spell` is off)."""

    def get(self, record_id: str, *, kommune: Iterable[str] = ()) -> Offer | None:
        """One offer by id, with its distance from `kommune` (numbers; several: a group)."""

    def get_many(self, ids: Iterable[str], *, kommune: Iterable[str] = ()) -> dict[str, Offer]:
        """The offers the catalogue holds among `ids`, in the order asked (unknown ids left out)."""

    def known(self, ids: Iterable[str]) -> list[str]:
        """The ids the catalogue holds, in the order given (no record is read)."""

    def all_records(self) -> list[dict]:
        """Every record, in index order."""

    def matching(self, req: SearchRequest, ids: Iterable[str]) -> set[str]:
        """The ids among `ids` that the search finds: the same text match, spelling fallback and
        filters as `search`, without ordering or reading records (page, sort ignored)."""

    def matching_records(self, req: SearchRequest, records: list[dict]) -> list[bool]:
        """Per record outside the index (the change log keeps the last record of an offer that
        went): would the search find it? The filters exactly; the text approximately (its words
        among the analysed words of title and description, no typo correction)."""

    def coverage(self, f: GapFilters) -> Coverage:
        """Offers per needed topic × area under the coverage filters, and within reach of a
        municipality when `f` names one and `max_km`."""

    def nearest(self, topic: str, f: GapFilters) -> Access:
        """For every municipality, the nearest offer on `topic` under the coverage filters
        (`f.kommune` and `f.max_km` do not apply)."""

    def meta(self) -> IndexMeta:
        """The serving generation."""

    def changes(self) -> ChangeLog:
        """The change log of the builds that made this catalogue (for the feeds)."""

    def snapshot(self) -> Catalogue:
        """The same interface pinned to the generation serving now, for answers that must agree
        with each other (a feed matches, reads and dates its entries in one generation)."""
