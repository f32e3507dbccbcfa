"""Errors: JSON for /api, a friendly Norwegian page otherwise; never a traceback."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from index import AmbiguousMunicipality, NoIndex, RequestError

MESSAGES = {
    400: "Ugyldig forespørsel",
    403: "Ingen tilgang",
    404: "Siden finnes ikke",
    405: "Metoden er ikke tillatt",
    413: "Forespørselen er for stor",
    503: "Katalogen er ikke klar",
    500: "Noe gikk galt",
}

# In place of Werkzeug's English default descriptions (an `abort(code, description=…)` of our own keeps its text).
DESCRIPTIONS = {
    400: "Forespørselen kunne ikke leses.",
    403: "Du har ikke tilgang til dette.",
    404: "Vi fant ikke det du lette etter.",
    405: "Denne adressen tar ikke imot forespørsler av typen {method}.",
    413: "Forespørselen er større enn katalogen tar imot.",
}


def error_response(status: int, message: str):
    if request.path.startswith("/api"):
        return jsonify({"error": MESSAGES.get(status, "Feil"), "message": message, "status": status}), status
    return render_template("error.html", status=status, title=MESSAGES.get(status, "Feil"),
                           message=message), status


def register(app) -> None:
    @app.errorhandler(AmbiguousMunicipality)
    def ambiguous(exc):
        choices = [{"kommune_nr": m["kommune_nr"], "name": m["name"], "county": m["county"]} for m in exc.choices]
        if request.path.startswith("/api"):
            return jsonify({"error": MESSAGES[400], "message": str(exc), "status": 400, "parameter": "kommune",
                            "choices": choices}), 400
        links = []
        for m in exc.choices:   # the same address with the name replaced by this municipality's number
            args = [(k, v.replace(exc.text, m["kommune_nr"], 1) if k == "kommune" and v == exc.value else v)
                    for k, v in request.args.items(multi=True)]
            links.append({"label": f"{m['name']} i {m['county']}", "nr": m["kommune_nr"],
                          "url": request.path + "?" + urlencode(args)})
        return render_template("choose.html", name=exc.text, links=links), 300

    @app.errorhandler(RequestError)
    def bad_request(exc):
        return error_response(400, str(exc))

    @app.errorhandler(NoIndex)
    def no_index(exc):
        return error_response(503, "Indeksen er ikke bygget ennå. Kjør «kurskatalog build».")

    @app.errorhandler(HTTPException)
    def http_error(exc):
        code = exc.code or 500
        message = exc.description or ""
        if code in DESCRIPTIONS and (code == 404 or message == type(exc).description):
            message = DESCRIPTIONS[code].format(method=request.method[:20])
        elif message == type(exc).description:
            message = "Forespørselen kunne ikke behandles."       # another of Werkzeug's English defaults
        return error_response(code, message)

    @app.errorhandler(Exception)
    def unexpected(exc):
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "En uventet feil oppstod. Prøv igjen senere.")
