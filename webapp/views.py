"""The HTML site (filled in by the web-site work)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("views", __name__)
