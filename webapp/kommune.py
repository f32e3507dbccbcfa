"""The chosen municipality (or group): resolved from names or numbers, kept in the URL as numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from flask import request

from crawler import places
from index.request import RequestError

_WITH_NUMBER = re.compile(r"\((\d{1,4})\)")


@lru_cache(maxsize=1)
def options() -> list[str]:
    """Datalist entries: "Bergen (4601), Vestland"."""
    return [f"{m['name']} ({m['kommune_nr']}), {m['county']}"
            for m in sorted(places.municipalities(), key=lambda m: m["name"])]


def _resolve_one(text: str) -> str:
    m = _WITH_NUMBER.search(text)
    if m:
        return m.group(1).zfill(4)
    found = places.municipality(text)
    if found is None:
        raise RequestError(f"Fant ingen entydig kommune for «{text[:40]}». Skriv navnet eller kommunenummeret, "
                           "for eksempel «Bergen» eller «4601».")
    return found["kommune_nr"]


def _numbers(value: str) -> list[str]:
    """"Bergen (4601), Vestland; Tromsø" → ["4601", "5501"]; "Gjøvik, Østre Toten" → both."""
    out = []
    for chunk in (c.strip() for c in value.split(";")):
        if not chunk:
            continue
        m = _WITH_NUMBER.search(chunk)
        if m:
            out.append(m.group(1).zfill(4))
            continue
        for part in (p.strip() for p in chunk.split(",")):
            if not part or part in places.COUNTIES:
                continue
            out.append(part.zfill(4) if part.isdigit() and len(part) <= 4 else _resolve_one(part))
    return out


def canonical_args(args) -> list[tuple[str, str]] | None:
    """The request's parameters with every kommune value as a number; None when nothing changes."""
    changed, out = False, []
    for key, value in args.items(multi=True):
        if key != "kommune":
            out.append((key, value))
            continue
        numbers = list(dict.fromkeys(_numbers(value)))
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
