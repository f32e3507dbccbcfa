"""The provider registry: today's institutions after the 2016-2018 mergers.

``data/providers.json`` lists each current provider with its 2014 names
(``former``), other spellings (``aliases``), campuses (place names that
``domain.places.resolve_place`` resolves), web domains and crawl start points.
A source written in 2014 names "HiSF"; ``resolve_provider`` maps that to
Høgskulen på Vestlandet and reports the former name.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from domain import places

PROVIDERS_JSON = Path(__file__).resolve().parent / "data" / "providers.json"

# Separators between several providers in one cell: "HiNT / HiST".
_MULTI = re.compile(r"\s+/\s+|\s*;\s*|\s+\+\s+|\s+&\s+")
# What may follow a provider name when a cell says more ("UiO, Institutt for ...").
_AFTER_NAME = (" ", ",", "(", ":", " -", " –")


def _key(text) -> str:
    text = unicodedata.normalize("NFC", str(text))
    text = re.sub(r"[\u2010\u2011]", "-", text)
    text = re.sub(r"\s*[\u2012-\u2015]\s*", " – ", text)  # one dash style: "OsloMet – x"
    text = re.sub(r"\s+-\s+", " – ", text)
    text = " ".join(text.split()).strip(" .,;:")
    return text.casefold()


@functools.lru_cache(maxsize=1)
def _registry() -> tuple[list[dict], dict[str, dict], dict[str, tuple[str, str | None]]]:
    """(providers, {id: provider}, {name key: (provider id, former name or None)})."""
    data = json.loads(PROVIDERS_JSON.read_text(encoding="utf-8"))
    items = data["providers"] if isinstance(data, dict) else data
    by_id: dict[str, dict] = {}
    names: dict[str, tuple[str, str | None]] = {}

    def add(name: str, pid: str, former: str | None) -> None:
        k = _key(name)
        if not k:
            return
        if k in names and names[k] != (pid, former):
            raise ValueError(f"providers.json: {name!r} names both {names[k][0]} and {pid}")
        names[k] = (pid, former)

    for p in items:
        if p["id"] in by_id:
            raise ValueError(f"providers.json: duplicate id {p['id']}")
        by_id[p["id"]] = p
        for n in (p["id"], p["name"], p["short"], *p.get("aliases", [])):
            add(n, p["id"], None)
        for f in p.get("former", []):
            for n in (f["abbr"], f["name"], *f.get("aliases", [])):
                add(n, p["id"], f["name"])
    return items, by_id, names


def providers() -> list[dict]:
    """All registry entries (copies)."""
    return copy.deepcopy(_registry()[0])


def provider(provider_id: str | None) -> dict | None:
    """One registry entry by id ("hvl"), or None."""
    p = _registry()[1].get(str(provider_id or "").strip().lower())
    return copy.deepcopy(p) if p else None


def provider_kind(provider_id: str | None) -> str | None:
    """The kind of a registry entry ("university", "university_college", "fagskole", "other"), or None."""
    p = _registry()[1].get(str(provider_id or "").strip().lower())
    return p.get("kind") if p else None


@functools.cache
def _campus_locations(provider_id: str) -> tuple[dict, ...]:
    """The provider's campuses as location dicts, one per municipality, in order."""
    out: list[dict] = []
    for name in _registry()[1][provider_id].get("campuses", []):
        loc = places.resolve_place(name)
        if loc is None:
            raise ValueError(f"providers.json: campus {name!r} of {provider_id} does not resolve")
        if loc["kommune_nr"] not in {x["kommune_nr"] for x in out}:
            out.append(loc)
    return tuple(out)


def _match_one(key: str) -> tuple[str, str | None] | None:
    names = _registry()[2]
    if key in names:
        return names[key]
    # "USHT Oppland", "Senter for omsorgsforskning Vest", "UiO, Institutt for helse
    # og samfunn": a known name followed by more words. Longest name first; bare
    # capitalised words such as "Nord" are not enough on their own here.
    best = None
    for name, hit in names.items():
        if len(name) < 2 or not key.startswith(name) or name == "nord":
            continue
        if key[len(name):].startswith(_AFTER_NAME) and (best is None or len(name) > len(best[0])):
            best = (name, hit)
    return best[1] if best else None


def resolve_provider(text: str | None) -> dict | None:
    """A provider as a source writes it -> the current institution, or None.

    Returns ``{provider_id, provider_name, provider_former, campuses}`` where
    ``provider_former`` is the 2014 name when the text names an institution
    that has since merged (else None) and ``campuses`` are location dicts.
    "A / B" resolves to the first of A, B that is known. Case-insensitive.
    """
    if not text or not str(text).strip():
        return None
    key = _key(text)
    parts = [key] + [p for p in _MULTI.split(key) if p and p != key]
    for part in parts:
        hit = _match_one(part)
        if hit:
            pid, former = hit
            p = _registry()[1][pid]
            return {
                "provider_id": pid,
                "provider_name": p["name"],
                "provider_former": former,
                "campuses": [dict(x) for x in _campus_locations(pid)],
            }
    return None


# utdanning.no's fact page of a course lives under the offering institution's domain:
# https://utdanning.no/utdanning/<domain>/<slug> belongs to the provider of <domain>.
UTDANNING = re.compile(r"^(?:www\.)?utdanning\.no/utdanning/([a-z0-9.-]+\.[a-z]{2,})/", re.I)


def _prefix_key(url: str) -> str:
    """"https://www.x.no/a/b?c" → "www.x.no/a/b" (host and path, lower case, no scheme)."""
    parts = urlsplit(url if "//" in url else "//" + url)
    return f"{(parts.hostname or '').lower()}{parts.path or '/'}"


def provider_for_url(url: str | None) -> dict | None:
    """The provider a page belongs to: a catalogue prefix of the provider on a shared host
    ("studiekatalog.edutorium.no/inn/…"), utdanning.no's page under the provider's domain, or
    the provider whose web domain the host belongs to (`provider_for_host`)."""
    if not url:
        return None
    key = _prefix_key(str(url).strip())
    best = None
    for p in _registry()[0]:
        for prefix in p.get("catalogues", []):
            prefix = prefix.lower()
            if key.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), p)
    if best:
        return copy.deepcopy(best[1])
    m = UTDANNING.match(key)
    if m:
        return provider_for_host(m.group(1))
    return provider_for_host(key.split("/")[0])


def scope_entries() -> set[str]:
    """What a registry crawl may fetch: every provider's domains (with their subdomains) and
    catalogue prefixes ("host/path/"), as `crawler.frontier.in_domains` reads them."""
    out: set[str] = set()
    for p in _registry()[0]:
        out |= {d.lower() for d in p.get("domains", [])}
        out |= {c.lower() for c in p.get("catalogues", [])}
        out |= {f"utdanning.no/utdanning/{d.lower()}/" for d in p.get("domains", [])}
    return out


def provider_for_host(host: str | None) -> dict | None:
    """The provider whose web domain (current or 2014) a host or URL belongs to.

    "www.hvl.no", "videre.ntnu.no", "https://www.hisf.no/x" -> the registry entry.
    """
    if not host:
        return None
    host = str(host).strip()
    if "/" in host:
        host = urlsplit(host if "//" in host else "//" + host).hostname or ""
    host = host.split(":")[0].strip(".").lower()
    if not host:
        return None
    best = None
    for p in _registry()[0]:
        for domain in (*p.get("domains", []), *p.get("former_domains", [])):
            domain = domain.lower()
            if (host == domain or host.endswith("." + domain)) and (best is None or len(domain) > best[0]):
                best = (len(domain), p)
    return copy.deepcopy(best[1]) if best else None
