"""The Flask application: the site (HTML) and its JSON twin (API).

`create_app` is the application factory. Settings come from the environment
(see `kurskatalog.config`: the data dir, the admin token, the trusted host names) or the
`settings` argument (tests).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from flask import Flask
from werkzeug.routing import RequestRedirect

from index.search import Catalogue
from kurskatalog import config


class App(Flask):
    """Flask with relative routing redirects: a redirect the URL map makes ("/static//x" →
    "/static/x") never names a host, so a forged Host header cannot send a visitor elsewhere.
    With `KURSKATALOG_HOSTS` set (config `KURSKATALOG_HOSTS`, a list), a request for any other
    Host is answered 400 before the app sees it."""

    def wsgi_app(self, environ, start_response):
        trusted = self.config.get("KURSKATALOG_HOSTS")
        if trusted:
            host = (environ.get("HTTP_HOST") or environ.get("SERVER_NAME") or "").lower()
            name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0] if ":" in host else host
            if name not in trusted:
                body = "Ukjent vertsnavn (Host).".encode("utf-8")
                start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8"),
                                                   ("Content-Length", str(len(body)))])
                return [body]
        return super().wsgi_app(environ, start_response)

    def raise_routing_exception(self, request):
        exc = request.routing_exception
        if isinstance(exc, RequestRedirect):
            parts = urlsplit(exc.new_url)
            raise RequestRedirect(urlunsplit(("", "", parts.path or "/", parts.query, "")))
        return super().raise_routing_exception(request)


def create_app(settings: dict | None = None) -> Flask:
    app = App(__name__, instance_relative_config=False)
    settings = dict(settings or {})
    app.config.update(
        DATA_DIR=str(settings.pop("DATA_DIR", None) or config.data_dir()),
        ADMIN_TOKEN=config.admin_token(),
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=64 * 1024,
        KURSKATALOG_HOSTS=config.trusted_hosts(),    # None: any Host; else other hosts get a 400
    )
    app.config.update(settings)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["catalogue"] = Catalogue(app.config["DATA_DIR"])

    from webapp import admin, api, compare, coverage, errors, kommune, security, views
    app.register_blueprint(api.bp)
    app.register_blueprint(compare.bp)
    app.register_blueprint(coverage.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(views.bp)
    errors.register(app)
    kommune.register(app)
    security.register(app)
    return app


def catalogue() -> Catalogue:
    from flask import current_app
    return current_app.extensions["catalogue"]
