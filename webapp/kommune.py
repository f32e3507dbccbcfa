"""The chosen municipality (or group): resolved from names or numbers, kept in the URL as numbers."""

from __future__ import annotations

from functools import lru_cache

from urllib.parse import urlencode

from flask import redirect, request

from domain import places
from index.params import kommune_numbers


@lru_cache(maxsize=1)
def options() -> list[str]:
    """Datalist entries: "Bergen (4601), Vestland"."""
    return [f"{m['name']} ({m['kommune_nr']}), {m['county']}"
            for m in sorted(places.municipalities(), key=lambda m: m["name"])]


def canonical_args(args) -> list[tuple[str, str]] | None:
    """The request's parameters with every kommune value as a number; None when nothing changes."""
    changed, out = False, []
    for key, value in args.items(multi=True):
        if key != "kommune":
            out.append((key, value))
            continue
        numbers = kommune_numbers([value])
        if [value] != numbers:
            changed = True
        out.extend(("kommune", nr) for nr in numbers)
    return out if changed else None


def current() -> list[dict]:
    """The municipalities in the URL (numbers already canonical), as records."""
    out = []
    for value in request.args.getlist("kommune"):
        for part in value.split(","):
            m = places.municipality(part.strip()) if part.strip().isdigit() else None
            if m:
                out.append(m)
    return out


def register(app) -> None:
    """Every HTML page takes municipality names ("Bergen", "Lyngen (5536)", "Lyngen; Storfjord",
    "Guovdageaidnu") and redirects to the address with their numbers, so a link is short and
    shareable; the JSON API answers names directly. A name several municipalities share gets
    the choices page (see `webapp.errors`)."""
    @app.before_request
    def numbers_in_url():
        if request.method != "GET" or request.path.startswith(("/api/", "/static/", "/admin")):
            return None
        if "kommune" not in request.args:
            return None
        fixed = canonical_args(request.args)
        if fixed is None:
            return None
        return redirect(request.path + "?" + urlencode(fixed), code=302)
