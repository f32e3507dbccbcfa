"""Side-by-side comparison of two to six offers (`/compare?ids=a,b,c&kommune=4601`)."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for

from domain import places
from index.request import from_args
from webapp import facts, urls
from webapp.api import MAX_COMPARE, compare_records, requested_ids

bp = Blueprint("compare", __name__)

# The compare page's rows: the facts (`webapp.facts`) it shows, label and fact.
ROWS = tuple((fact.label, fact) for fact in facts.in_view(facts.COMPARE))


@bp.get("/compare")
def page():
    req = from_args(request.args.getlist)   # the search the offers were chosen from
    ids = requested_ids()
    if not 2 <= len(ids) <= MAX_COMPARE:
        # Too few or too many ticked: back to the results with the ticks kept and a message.
        return redirect(urls.back_to_search(req, ids), code=303)
    records = compare_records()
    kommune = req.kommune
    rows = facts.compare_rows(records, kommune)
    query = request.query_string.decode("utf-8", "replace")
    columns = [{"record": r, "url": urls.course_url(req, r["id"]),
                "drop": urls.compare_url(req, [i for i in ids if i != r["id"]])} for r in records]
    origin = [places.municipality(nr) for nr in kommune]
    return render_template("compare.html", records=records, columns=columns, rows=rows, kommune=kommune,
                           origin=[m for m in origin if m], back_url=urls.search_url(req),
                           csv_url=url_for("api.compare_csv") + "?" + query,
                           api_url=url_for("api.compare") + "?" + query)
