"""The admin page: the last crawl runs, and a button that asks the scheduler for a crawl.

Every admin action needs the token from KURSKATALOG_ADMIN_TOKEN (posted in a
form field or sent as `Authorization: Bearer <token>`); without a configured
token the admin page is disabled. The web process never crawls or writes the
index itself: it leaves a request file that the scheduler process picks up.
"""

from __future__ import annotations

import hmac

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from crawler import runs

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _token_ok() -> bool:
    expected = current_app.config.get("ADMIN_TOKEN")
    if not expected:
        abort(404)
    given = request.form.get("token", "")
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        given = auth[7:]
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


def _data_dir():
    return current_app.config["DATA_DIR"]


@bp.route("", methods=["GET", "POST"])
def page():
    if not current_app.config.get("ADMIN_TOKEN"):
        abort(404)
    authorised = request.method == "POST" and _token_ok()
    if request.method == "POST" and not authorised:
        return render_template("admin.html", authorised=False, error="Feil nøkkel."), 403
    return render_template("admin.html", authorised=authorised,
                           token=request.form.get("token", "") if authorised else "",
                           reports=runs.reports(_data_dir()) if authorised else [],
                           pending=runs.pending_requests(_data_dir()) if authorised else 0,
                           started=request.args.get("started") == "1")


@bp.post("/crawl")
def start_crawl():
    if not _token_ok():
        if request.accept_mimetypes.best == "application/json" or request.headers.get("Authorization"):
            return jsonify({"error": "Ikke autorisert", "status": 403}), 403
        return render_template("admin.html", authorised=False, error="Feil nøkkel."), 403
    runs.request_crawl(_data_dir())
    if request.headers.get("Authorization"):
        return jsonify({"status": "requested", "pending": runs.pending_requests(_data_dir())}), 202
    return render_template("admin.html", authorised=True, token=request.form.get("token", ""),
                           reports=runs.reports(_data_dir()), pending=runs.pending_requests(_data_dir()),
                           started=True), 202


@bp.get("/runs.json")
def runs_json():
    if not _token_ok():
        return jsonify({"error": "Ikke autorisert", "status": 403}), 403
    return jsonify({"runs": runs.reports(_data_dir()), "pending": runs.pending_requests(_data_dir())})
