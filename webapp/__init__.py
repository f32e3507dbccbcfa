"""The Flask application: the site (HTML) and its JSON twin (API).

`create_app` is the application factory. Settings come from the environment
(see `kurskatalog.config`) or the `settings` argument (tests).
"""

from __future__ import annotations

from flask import Flask

from index.search import Catalogue
from kurskatalog import config


def create_app(settings: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=False)
    settings = dict(settings or {})
    app.config.update(
        DATA_DIR=str(settings.pop("DATA_DIR", None) or config.data_dir()),
        ADMIN_TOKEN=config.admin_token(),
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.config.update(settings)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["catalogue"] = Catalogue(app.config["DATA_DIR"])

    from webapp import admin, api, compare, coverage, errors, security, views
    app.register_blueprint(api.bp)
    app.register_blueprint(compare.bp)
    app.register_blueprint(coverage.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(views.bp)
    errors.register(app)
    security.register(app)
    return app


def catalogue() -> Catalogue:
    from flask import current_app
    return current_app.extensions["catalogue"]
