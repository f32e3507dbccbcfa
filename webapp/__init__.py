"""The Flask application: the site (HTML) and its JSON twin (API).

`create_app` is the application factory. Settings come from the environment
(see `service.config`: the data dir, the admin token, the trusted host names) or the
`settings` argument (tests).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from flask import Flask, request
from flask_compress import Compress
from werkzeug.routing import RequestRedirect

from index import Catalogue, open_catalogue
from service import config


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
                body = b"Ukjent vertsnavn (Host)."
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
    _compression(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["catalogue"] = open_catalogue(app.config["DATA_DIR"])

    from webapp import admin, api, compare, coverage, errors, kommune, needs, security, views
    app.register_blueprint(api.bp)
    app.register_blueprint(compare.bp)
    app.register_blueprint(coverage.bp)
    app.register_blueprint(needs.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(views.bp)
    from webapp import feed
    app.register_blueprint(feed.bp)     # /feed.atom: follow a search (Atom)
    from webapp import mylist
    app.register_blueprint(mylist.bp)   # «Min liste»: the list page, its forms, and the header count
    errors.register(app)
    kommune.register(app)
    security.register(app)
    _cache_headers(app)
    return app


# Text types worth compressing (flask-compress's list less fonts and icons, plus CSV exports).
COMPRESS_MIMETYPES = ["text/html", "text/css", "text/plain", "text/csv", "text/javascript",
                      "application/javascript", "application/json", "application/xml", "image/svg+xml"]


def _compression(app: Flask) -> None:
    """Compress every text response the client accepts compressed (Flask-Compress): br, zstd
    or gzip, in that order of preference, also for static files, which Flask streams (the
    library leaves gzip out for streamed responses by default; a 17 KB stylesheet gains from it).
    Brotli at quality 5 gives the smallest pages here (a results page: 14.3 KB against 15.6 KB
    for gzip -6 and 16.2 KB for zstd -3) in about 1.5 ms. Responses under 500 bytes are sent as
    they are; `Vary: Accept-Encoding` is always set. The admin pages are never compressed: they
    hold a secret form key beside text the request chooses (BREACH)."""
    app.config.setdefault("COMPRESS_MIMETYPES", COMPRESS_MIMETYPES)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "zstd", "gzip"])
    app.config.setdefault("COMPRESS_ALGORITHM_STREAMING", ["br", "zstd", "gzip"])
    app.config.setdefault("COMPRESS_LEVEL", 6)          # gzip
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)
    app.config["COMPRESS_REGISTER"] = False             # registered below, without /admin
    compress = Compress(app)

    @app.after_request
    def compressed(response):
        if request.blueprint == "admin":
            return response
        return compress.after_request(response)


# Responses that only change with a release: the municipality list behind every "Din kommune"
# field (fetched by app.js when the field gets focus) is kept by the browser for a day.
LONG_CACHED = {"api.kommuner": 86400}


def _cache_headers(app: Flask) -> None:
    @app.after_request
    def cache(response):
        max_age = LONG_CACHED.get(request.endpoint or "")
        if max_age and response.status_code == 200 and request.method in ("GET", "HEAD"):
            response.cache_control.public = True
            response.cache_control.max_age = max_age
            response.add_etag()
            response.make_conditional(request)
        return response


def catalogue() -> Catalogue:
    from flask import current_app
    return current_app.extensions["catalogue"]
