"""The JSON API: the machine-readable twin of every page."""

from __future__ import annotations

import dataclasses

from flask import Blueprint, abort, jsonify, request

from index import RequestError, from_args, gap_filters_from_args
from index import gaps as gap_analysis
from index.params import clean, resolve
from webapp import catalogue, export

bp = Blueprint("api", __name__, url_prefix="/api")

CSV_LIMIT = 10_000
MAX_COMPARE = 6


def search_request():
    return from_args(request.args.getlist)


@bp.get("/search")
def search():
    return jsonify(catalogue().search(search_request()).to_dict())


@bp.get("/search.csv")
def search_csv():
    """The result set as CSV; ?format=excel for Norwegian Excel (see `webapp.export`)."""
    excel = export.wants_excel(request.args.getlist)
    req = dataclasses.replace(search_request(), page=1, per_page=CSV_LIMIT)
    records = [offer.to_dict() for offer in catalogue().search(req, snippets=False).hits]
    if excel:
        return export.download(export.to_excel(records), "kurskatalog-excel.csv")
    return export.download(export.to_csv(records), "kurskatalog.csv")


@bp.get("/courses/<record_id>")
def course(record_id: str):
    """One offer; with ?kommune= (a name, a number or a group) its distance, as on its page."""
    kommune = from_args(request.args.getlist).kommune
    offer = catalogue().get(record_id[:200], kommune=kommune)
    if offer is None:
        abort(404)
    return jsonify(offer.to_dict())


@bp.get("/kommuner")
def kommuner():
    from domain import places
    return jsonify({"kommuner": [
        {"kommune_nr": m["kommune_nr"], "name": m["name"], "county": m["county"], "region": m["region"],
         "lat": m["lat"], "lon": m["lon"]} for m in places.municipalities()]})


def requested_ids(name: str = "ids") -> list[str]:
    """The distinct offer ids in ?ids=a,b,c (repeated or comma-separated; or in ?valgt=, the ticks kept for a
    compare that could not be shown), at most 50; control characters (a NUL) are dropped, as from every
    parameter (`index.params.clean`)."""
    ids = [i[:200] for v in request.args.getlist(name) for i in (clean(p) for p in v.split(",")) if i]
    return list(dict.fromkeys(ids))[:50]


def compare_records() -> list[dict]:
    """The records named by ?ids=a,b,c (2 to 6), with distances when ?kommune= is given."""
    ids = requested_ids()
    if len(ids) > MAX_COMPARE:
        raise RequestError(f"Høyst {MAX_COMPARE} tilbud kan sammenlignes.")
    if not ids:
        raise RequestError("Velg tilbud å sammenligne (ids=a,b,c).")
    kommune = from_args(request.args.getlist).kommune
    found = catalogue().get_many(ids, kommune=kommune)
    unknown = [record_id for record_id in ids if record_id not in found]
    if unknown:
        raise RequestError(f"Ukjent tilbud «{unknown[0][:60]}».")
    return [found[record_id].to_dict() for record_id in ids]


@bp.get("/compare")
def compare():
    records = compare_records()
    kommune = from_args(request.args.getlist).kommune
    return jsonify({"kommune": resolve(kommune) if kommune else [], "results": records})


@bp.get("/compare.csv")
def compare_csv():
    """The compared offers, one row each with every field the compare page shows; ?format=excel
    for Norwegian Excel."""
    excel = export.wants_excel(request.args.getlist)
    records = compare_records()
    if excel:
        return export.download(export.to_excel(records), "sammenligning-excel.csv")
    return export.download(export.compare_to_csv(records), "sammenligning.csv")


@bp.get("/gaps")
def gaps():
    from webapp.coverage import freshness

    f = gap_filters_from_args(request.args.getlist)
    cat = catalogue().snapshot()
    return jsonify({**gap_analysis.compute(cat, f), "freshness": freshness(cat.meta())})


@bp.get("/access")
def access():
    from index.access import access as accessibility

    topic = (request.args.get("topic") or "").strip()
    if not topic:
        raise RequestError("Velg et tema (topic=...).")
    return jsonify(accessibility(catalogue(), topic, gap_filters_from_args(request.args.getlist)))


@bp.get("/meta")
def meta():
    """The serving index and how current it is: offers per status, how they were checked (by a
    crawl, or by hand off a dated page), and when the last crawl ran."""
    from webapp.coverage import freshness

    meta = catalogue().meta()
    return jsonify({**meta.to_dict(), "checked": freshness(meta)})

