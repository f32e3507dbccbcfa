"""The chosen municipality (or group): resolved from names or numbers, kept in the URL as numbers."""

from __future__ import annotations

from functools import lru_cache

from urllib.parse import urlencode

from flask import redirect, request

from domain import places
from index.params import clean, kommune_numbers


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


def with_kommune(url: str) -> str:
    """`url` carrying the chosen municipality (the header's links to /dekning and /liste), so that it need not be
    given again; `url` itself when none is chosen."""
    numbers = [m["kommune_nr"] for m in current()]
    return f"{url}?{urlencode([('kommune', nr) for nr in numbers])}" if numbers else url


def kept_args() -> list[tuple[str, str]]:
    """The current page's parameters the municipality form carries along (all but kommune and page), without
    control characters (`index.params.clean`: a NUL typed into the address is not written into the page)."""
    return [(clean(key), clean(value)) for key, value in request.args.items(multi=True)
            if key not in ("kommune", "page")]


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
