"""Errors: JSON for /api, a friendly Norwegian page otherwise; never a traceback."""

from __future__ import annotations

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from index.request import RequestError
from index.search import NoIndex

MESSAGES = {
    400: "Ugyldig forespørsel",
    404: "Siden finnes ikke",
    405: "Metoden er ikke tillatt",
    413: "Forespørselen er for stor",
    503: "Katalogen er ikke klar",
    500: "Noe gikk galt",
}


def error_response(status: int, message: str):
    if request.path.startswith("/api"):
        return jsonify({"error": MESSAGES.get(status, "Feil"), "message": message, "status": status}), status
    return render_template("error.html", status=status, title=MESSAGES.get(status, "Feil"),
                           message=message), status


def register(app) -> None:
    @app.errorhandler(RequestError)
    def bad_request(exc):
        return error_response(400, str(exc))

    @app.errorhandler(NoIndex)
    def no_index(exc):
        return error_response(503, "Indeksen er ikke bygget ennå. Kjør «kurskatalog build».")

    @app.errorhandler(HTTPException)
    def http_error(exc):
        message = {404: "Vi fant ikke det du lette etter."}.get(exc.code, exc.description or "")
        return error_response(exc.code or 500, message)

    @app.errorhandler(Exception)
    def unexpected(exc):
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "En uventet feil oppstod. Prøv igjen senere.")
