"""URL helpers for the search page: the URL holds the whole search state.

Every link is built from a `SearchRequest` through `SearchRequest.params()`, so
parameters always come out in one canonical order. Changing the filters or the
sort goes back to page 1.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode

from flask import url_for

from index.request import SearchRequest


def _url(endpoint: str, params: list[tuple[str, str]]) -> str:
    base = url_for(endpoint)
    return f"{base}?{urlencode(params)}" if params else base


def search_url(req: SearchRequest) -> str:
    return _url("views.search", req.params())


def course_url(req: SearchRequest, record_id: str) -> str:
    """An offer's page carrying the search it was found in (for its breadcrumb and distances)."""
    return f"{url_for('views.course', record_id=record_id)}" + (f"?{urlencode(req.params())}" if req.params() else "")


def compare_url(req: SearchRequest, ids: list[str]) -> str:
    """The compare page for `ids`, carrying the search the offers were chosen from."""
    return f"{url_for('compare.page')}?{urlencode([('ids', ','.join(ids)), *req.params()])}"


def back_to_search(req: SearchRequest, selected: list[str]) -> str:
    """The search with `selected` offers still ticked (a compare that could not be shown)."""
    params = [*req.params(), ("valgt", ",".join(selected))]
    return f"{url_for('views.search')}?{urlencode(params)}#sammenlign"


def api_url(req: SearchRequest) -> str:
    return _url("api.search", req.params())


def csv_url(req: SearchRequest, excel: bool = False) -> str:
    """The result set as CSV; `excel`: the variant for Norwegian Excel (format=excel)."""
    plain = dataclasses.replace(req, page=1, per_page=20)
    return _url("api.search_csv", plain.params() + ([("format", "excel")] if excel else []))


def _with_filters(req: SearchRequest, filters: dict[str, list[str]], **changes) -> SearchRequest:
    return dataclasses.replace(req, filters={k: v for k, v in filters.items() if v}, page=1, **changes)


def add_value(req: SearchRequest, facet: str, value: str) -> str:
    filters = {k: list(v) for k, v in req.filters.items()}
    values = filters.setdefault(facet, [])
    if value not in values:
        values.append(value)
    return search_url(_with_filters(req, filters))


def remove_value(req: SearchRequest, facet: str, value: str) -> str:
    filters = {k: [x for x in v if not (k == facet and x == value)] for k, v in req.filters.items()}
    return search_url(_with_filters(req, filters))


def toggle_value(req: SearchRequest, facet: str, value: str) -> str:
    if value in req.filters.get(facet, []):
        return remove_value(req, facet, value)
    return add_value(req, facet, value)


def remove_credits(req: SearchRequest) -> str:
    return search_url(_with_filters(req, dict(req.filters), credits_min=None, credits_max=None))


def remove_deadline(req: SearchRequest) -> str:
    return search_url(_with_filters(req, dict(req.filters), deadline_from=None))


def clear_filters(req: SearchRequest) -> str:
    """Keep the text query, drop every filter."""
    return search_url(dataclasses.replace(req, filters={}, credits_min=None, credits_max=None, deadline_from=None,
                                          page=1))


def with_page(req: SearchRequest, page: int) -> str:
    return search_url(dataclasses.replace(req, page=page))


def with_query(req: SearchRequest, q: str) -> str:
    return search_url(dataclasses.replace(req, q=q, page=1))


def as_typed(req: SearchRequest) -> str:
    """The same search with typo correction off (the words as the user typed them)."""
    return search_url(dataclasses.replace(req, spell=False, page=1))


def feed_url(req: SearchRequest, external: bool = False, ids: list[str] | None = None) -> str:
    """The Atom feed that follows this search («Følg»: `webapp.feed`): the search's parameters
    without page, page size and sort, which do not change what the feed holds; with `ids`, only
    those offers (a list). `external`: an absolute address (to paste into a feed reader)."""
    params = [(k, v) for k, v in req.params() if k not in ("page", "per_page", "sort")]
    if ids:
        params.append(("ids", ",".join(ids)))
    base = url_for("feed.feed", _external=external)
    return f"{base}?{urlencode(params)}" if params else base


def hidden_state(req: SearchRequest, *, exclude: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The parameters a form must carry as hidden inputs (page is dropped: a new
    submission starts on page 1)."""
    return [(k, v) for k, v in req.params() if k not in exclude and k != "page"]
