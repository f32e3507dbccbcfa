"""The chosen municipality (or group): resolved from names or numbers, kept in the URL as numbers."""

from __future__ import annotations

from functools import lru_cache

from flask import request

from crawler import places
from index.request import municipality_numbers


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
        numbers = list(dict.fromkeys(municipality_numbers(value)))
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
