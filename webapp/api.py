"""The JSON API: the machine-readable twin of every page."""

from __future__ import annotations

import dataclasses

from flask import Blueprint, Response, abort, jsonify, request

from index.request import from_args
from webapp import catalogue, export

bp = Blueprint("api", __name__, url_prefix="/api")

CSV_LIMIT = 10_000


def search_request():
    return from_args(request.args.getlist)


@bp.get("/search")
def search():
    return jsonify(catalogue().search(search_request()))


@bp.get("/search.csv")
def search_csv():
    req = dataclasses.replace(search_request(), page=1, per_page=CSV_LIMIT)
    result = catalogue().search(req, snippets=False)
    return csv_response(result["results"], "kurskatalog.csv")


@bp.get("/courses/<record_id>")
def course(record_id: str):
    record = catalogue().get(record_id[:200])
    if record is None:
        abort(404)
    return jsonify(record)


@bp.get("/meta")
def meta():
    return jsonify(catalogue().meta())


def csv_response(records: list[dict], filename: str) -> Response:
    return Response(
        "\ufeff" + export.to_csv(records),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
