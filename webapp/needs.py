"""Browse by need: the 14 needs of the survey's chapter 4 as tiles on the front page, and a
page per need (`/tema/<code>`, JSON twin `/api/tema/<code>`).

Counts are today's offers (`CURRENT_STATUSES`) under the same topic rules as the facet and
the coverage analysis, so a tile, its page, the search `topic=<code>` and the coverage
page's total for the need agree.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode

from flask import Blueprint, abort, jsonify, request, url_for

from domain import places, topics
from index import CURRENT_STATUSES, GapFilters, SearchRequest, from_args
from index import gaps as gap_analysis
from webapp import catalogue

bp = Blueprint("needs", __name__)


def current_request(**changes) -> SearchRequest:
    return SearchRequest(filters={"status": list(CURRENT_STATUSES)}, **changes)


def tiles() -> list[dict]:
    """The 14 needs in the survey's order with their number of today's offers (zero shown)."""
    counts = catalogue().search(current_request(per_page=1), snippets=False).facets.get("topic", {})
    return [{"code": code, "label": label, "count": int(counts.get(code, 0)),
             "url": url_for("needs.page", code=code)} for code, label in topics.TOPICS.items()]


def need_request(code: str) -> SearchRequest:
    """The page's search: the visitor's parameters, always this need, today's offers unless
    `status` says otherwise."""
    req = from_args(request.args.getlist)
    filters = {k: list(v) for k, v in req.filters.items()}
    filters["topic"] = [code]
    filters.setdefault("status", list(CURRENT_STATUSES))
    return dataclasses.replace(req, filters=filters)


def coverage_row(code: str) -> dict:
    """Today's offers on this need per region (as /dekning counts them), with the link there."""
    result = gap_analysis.compute(catalogue(), GapFilters())
    cells = [{"area": area, "label": places.REGIONS.get(area, area), "count": result["counts"][code][area]}
             for area in result["areas"]]
    return {"total": result["totals"][code], "regions": cells, "unplaced": result["unplaced_by_topic"][code],
            "url": url_for("coverage.page") + f"#tema-{code}"}


def info(code: str) -> dict:
    survey = topics.needs()[code]
    return {"code": code, "label": topics.TOPICS[code], "survey": survey, "coverage": coverage_row(code),
            "api_url": url_for("needs.api", code=code, **_args())}


def _args() -> dict:
    return {k: ",".join(request.args.getlist(k)) for k in request.args}


def _known(code: str) -> str:
    if code not in topics.TOPICS:
        abort(404)
    return code


@bp.get("/tema/<code>")
def page(code: str):
    from webapp.views import results_page

    code = _known(code)
    need = info(code)
    return results_page(need_request(code), need=need, api_url=need["api_url"])


@bp.get("/api/tema/<code>")
def api(code: str):
    code = _known(code)
    req = need_request(code)
    result = catalogue().search(req).to_dict()
    need = info(code)
    return jsonify({"code": code, "label": need["label"], "survey": need["survey"], "coverage": need["coverage"],
                    "total": result["total"], "page": result["page"], "pages": result["pages"],
                    "results": result["results"], "facets": result["facets"],
                    "search_url": url_for("views.search") + "?" + urlencode(req.params())})
