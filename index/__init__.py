"""The index: search the catalogue. This package's front door is the search seam.

Everything outside index/ asks the index through this one interface:

    from index import SearchRequest, open_catalogue

    catalogue = open_catalogue(data_dir)                 # the serving generation in data_dir
    result = catalogue.search(SearchRequest(q="helseledelse", kommune=["4601"]))
    result.total, result.hits[0].record["title"], result.hits[0].distance.km
    result.to_dict()                                     # the JSON /api/search publishes

`index.seam` defines the interface (`Catalogue`: search, get by ids with distances, counts by
topic × area, the nearest offer per municipality, matching ids, meta) and its typed results;
`index.request` the requests and how every entry point reads them (`index.params`). Built on
the seam alone: `index.gaps` (the gaps in words), `index.access` (distance to the nearest
offer), `index.changes` (2014 against today) and `index.report` (the catalogue report). Beside
it: `index.changelog` (what each build writes of what it changed; read through the seam's
`changes()` by the feeds) and `index.conditions` (filters
a query names in words, told from places with the analysis's word lists).

The one implementation is the Whoosh + numpy engine of `index.engine`, with the Norwegian
analysis in `index.analysis`; `build` writes a new generation with it. docs/scaling.md maps the
same seam onto OpenSearch.
"""

from __future__ import annotations

from pathlib import Path

from index.params import AmbiguousMunicipality, RequestError
from index.request import (CURRENT_STATUSES, DEFAULT_STATUSES, FACETS, SORTS, GapFilters, SearchRequest, from_args,
                           gap_filters_from_args)
from index.seam import (Access, Catalogue, ChangeLog, Coverage, Distance, IndexInfo, IndexMeta, NearestOffer, NoIndex, Offer,
                        Place, PlaceCounts, QueryEcho, SearchResult, Segment, TopicReach, sort_key)

__all__ = [
    "Access", "AmbiguousMunicipality", "CURRENT_STATUSES", "Catalogue", "ChangeLog", "Coverage", "DEFAULT_STATUSES", "Distance",
    "FACETS", "GapFilters", "IndexInfo", "IndexMeta", "NearestOffer", "NoIndex", "Offer", "Place", "PlaceCounts",
    "QueryEcho", "RequestError", "SORTS", "SearchRequest", "SearchResult", "Segment", "TopicReach", "build",
    "from_args", "gap_filters_from_args", "open_catalogue", "sort_key",
]


def open_catalogue(data_dir: str | Path) -> Catalogue:
    """The catalogue in `data_dir`: it answers from the serving index generation, and picks up
    a new one as soon as a build publishes it (NoIndex while there is none)."""
    from index.engine.catalogue import WhooshCatalogue

    return WhooshCatalogue(data_dir)


def build(records: list[dict], data_dir: str | Path, *, info: dict | None = None) -> str:
    """Index `records` as a new generation and make it the serving one, atomically (readers see
    the old generation or the new one, never a part); `info` is kept in its meta. Returns the new
    generation's name. One build runs at a time per data dir."""
    from index.engine.build import build_index

    return build_index(records, data_dir, info=info).name
