"""Follow a search: an Atom 1.0 feed (RFC 4287) of the offers that came, changed or went.

`GET /feed.atom?<the search's parameters>` (q, the facets, credits, kommune, max_km, ...;
read by `index.request.from_args`, so a bad value is a 400 as everywhere else) lists the
events of the change log (the seam's `changes()`, written by `index.changelog`) of the last WINDOW_DAYS days whose offer
matches the search, newest first, at most MAX_ENTRIES:

- an offer the serving generation holds matches when the search finds it
  (`Catalogue.matching`: the search's own text match, typo correction and spelling fallback,
  and its filters; page, page size and sort do not matter). No record is read to match, so a
  cold feed costs about one search, not the reading of every hit. `tests/test_feed.py` checks
  that this agrees with the search's results;
- an offer the catalogue no longer holds (and every `gone` event) is matched by the record the
  log kept (`Catalogue.matching_records`): the same filters exactly, and the query text by an
  approximation (its words among the analysed words of the record's title and description, no
  typo correction).

The feed reads one generation throughout (`Catalogue.snapshot`).

An entry's id is `tag:kurskatalog.no,2026:<offer id>/<kind>/<generation>`, so a feed reader
shows each change once. The XML is built with ElementTree (every text escaped; characters
XML cannot hold are dropped). A feed is computed once per search, serving generation, log
version, host and day, and kept in a bounded LRU cache (`FeedCache`).
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections import OrderedDict
from datetime import datetime, timedelta, UTC
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, current_app, request, url_for

from domain.clock import parse_iso
from index import Catalogue, IndexMeta, SearchRequest, from_args
from webapp import catalogue, labels, urls
from webapp.api import requested_ids

bp = Blueprint("feed", __name__)

WINDOW_DAYS = 365
MAX_ENTRIES = 200
CACHE_SIZE = 256            # feeds kept (search × generation × log version × host × day)
TAG = "tag:kurskatalog.no,2026:"
ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIMETYPE = "application/atom+xml"

KIND_TITLE = {"new": "Nytt tilbud", "changed": "Endret", "gone": "Ikke lenger i katalogen"}
FIELD_NAMES = {"title": "tittel", "credits": "studiepoeng", "start_term": "oppstart",
               "application_deadline": "søknadsfrist", "price_nok": "pris", "locations": "sted",
               "status": "status", "url": "lenke"}
NOT_STATED = "ikke oppgitt"


# -- the route -----------------------------------------------------------------------------

@bp.get("/feed.atom")
def feed():
    req = from_args(request.args.getlist)
    ids = tuple(requested_ids())          # a list's feed («Følg» on /liste): only these offers
    cat = catalogue().snapshot()          # one generation for the whole feed
    meta = cat.meta()
    self_url = urls.feed_url(req, external=True, ids=list(ids))

    log = cat.changes()

    def compute():
        events = log.events
        if ids:
            events = [e for e in events if e["id"] in set(ids)]
        return render(cat, meta, req, events, self_url, ids=ids)

    key = (meta.generation, log.signature, datetime.now(UTC).date().isoformat(),
           request.host_url, self_url)
    body = cache().get(key, compute)
    response = Response(body, mimetype=MIMETYPE)
    response.add_etag()
    return response.make_conditional(request)


def cache() -> FeedCache:
    extensions = current_app.extensions
    if "feed_cache" not in extensions:
        extensions.setdefault("feed_cache", FeedCache())
    return extensions["feed_cache"]


class FeedCache:
    """A bounded LRU of rendered feeds; a feed asked for by several threads at once is
    computed by one of them (`computed` counts the computations)."""

    def __init__(self, size: int = CACHE_SIZE):
        self.size = size
        self.computed = 0
        self._data: OrderedDict = OrderedDict()
        self._pending: dict = {}
        self._lock = threading.Lock()

    def get(self, key, compute):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            pending = self._pending.setdefault(key, threading.Lock())
        with pending:
            with self._lock:
                if key in self._data:
                    return self._data[key]
            try:
                value = compute()
            except BaseException:
                with self._lock:
                    self._pending.pop(key, None)
                raise
            with self._lock:
                self.computed += 1
                self._data[key] = value
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
                self._pending.pop(key, None)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


# -- which events belong to the search -------------------------------------------------------

def select(cat: Catalogue, req: SearchRequest, events: list[dict],
           now: datetime | None = None) -> list[tuple[dict, dict | None, bool]]:
    """The events for the feed, newest first: (event, record to show, offer in the catalogue)."""
    now = now or datetime.now(UTC)
    since = now - timedelta(days=WINDOW_DAYS)
    dated = [(parse_iso(e["date"]), e) for e in events]
    recent = [e for d, e in sorted(((d, e) for d, e in dated if d >= since), key=lambda x: x[0], reverse=True)]
    if not recent:
        return []
    last_kept: dict[str, dict] = {}       # id → the record the latest `gone` event kept
    for e in events:
        if e["kind"] == "gone" and e.get("record"):
            last_kept[e["id"]] = e["record"]
    held = set(cat.known(list(dict.fromkeys(e["id"] for e in recent))))
    listed = cat.matching(req, held) if held else set()

    # per event: the kept record to match when the search cannot say (None: the search says)
    to_match: list[tuple[int, dict]] = []
    for i, e in enumerate(recent):
        if e["kind"] == "gone" and e.get("record"):
            to_match.append((i, e["record"]))
        elif e["id"] not in held and e["id"] in last_kept:
            to_match.append((i, last_kept[e["id"]]))
    kept_ok = set()
    if to_match:
        ok = cat.matching_records(req, [r for _, r in to_match])
        kept_ok = {i for (i, _), m in zip(to_match, ok) if m}

    out = []
    shown: dict[str, dict | None] = {}    # id → its record in the catalogue, read once
    for i, e in enumerate(recent):
        in_catalogue = e["id"] in held
        if not ((in_catalogue and e["id"] in listed) or i in kept_ok):
            continue
        if in_catalogue:
            if e["id"] not in shown:
                offer = cat.get(e["id"])
                shown[e["id"]] = offer.record if offer is not None else None
            record = shown[e["id"]]
        else:
            record = e.get("record") or last_kept.get(e["id"])
        if record is None:
            continue
        out.append((e, record, in_catalogue))
        if len(out) >= MAX_ENTRIES:
            break
    return out


# -- the Atom document -----------------------------------------------------------------------

def render(cat: Catalogue, meta: IndexMeta, req: SearchRequest, events: list[dict], self_url: str,
           ids: tuple[str, ...] = ()) -> bytes:
    entries = select(cat, req, events)
    if ids:
        search_page = url_for("mylist.page", _external=True) + "?" + urlencode([("ids", ",".join(ids))])
    else:
        search_page = url_for("views.search", _external=True) + (
            f"?{urlencode(feed_params(req))}" if feed_params(req) else "")
    root = ET.Element("feed", {"xmlns": ATOM_NS, XML_LANG: "nb"})
    _add(root, "id", feed_id(req) + (("&" if feed_params(req) else "?") + urlencode([("ids", ",".join(ids))])
                                      if ids else ""))
    _add(root, "title", f"Kurskatalog: endringer for en liste med {len(ids)} tilbud" if ids else feed_title(req))
    _add(root, "subtitle", f"Nye, endrede og fjernede tilbud de siste {WINDOW_DAYS} dagene som passer søket.")
    updated = (parse_iso(entries[0][0]["date"]) if entries
               else parse_iso(str(meta.built_at or "")) or datetime.now(UTC))
    _add(root, "updated", rfc3339(updated))
    ET.SubElement(root, "link", {"rel": "self", "type": MIMETYPE, "href": _clean(self_url)})
    ET.SubElement(root, "link", {"rel": "alternate", "type": "text/html", "href": _clean(search_page)})
    author = ET.SubElement(root, "author")
    _add(author, "name", "Kurskatalog")
    _add(root, "generator", "Kurskatalog")
    for event, record, listed in entries:
        entry = ET.SubElement(root, "entry")
        _add(entry, "id", entry_id(event))
        title = record.get("title") or event["id"]
        _add(entry, "title", f"{KIND_TITLE[event['kind']]}: {title}")
        when = rfc3339(parse_iso(event["date"]))
        _add(entry, "published", when)
        _add(entry, "updated", when)
        href = url_for("views.course", record_id=event["id"], _external=True) if listed else search_page
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": _clean(href)})
        ET.SubElement(entry, "category", {"term": event["kind"], "label": KIND_TITLE[event["kind"]]})
        try:
            text = summary(event, record)
        except (TypeError, ValueError, AttributeError, KeyError):    # a hand-edited log line
            text = KIND_TITLE[event["kind"]] + "."
        _add(entry, "summary", text, type="text")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def feed_params(req: SearchRequest) -> list[tuple[str, str]]:
    """The search's parameters that decide what the feed holds (not page, page size, sort)."""
    return [(k, v) for k, v in req.params() if k not in ("page", "per_page", "sort")]


def feed_id(req: SearchRequest) -> str:
    params = feed_params(req)
    return TAG + "feed" + (f"?{urlencode(params)}" if params else "")


def entry_id(event: dict) -> str:
    return f"{TAG}{quote(event['id'], safe='')}/{event['kind']}/{quote(event['generation'], safe='')}"


def feed_title(req: SearchRequest) -> str:
    parts = [f"«{req.q}»"] if req.q else []
    for facet, values in req.filters.items():
        parts.extend(labels.value_label(facet, v) for v in values)
    if req.credits_min is not None or req.credits_max is not None:
        parts.append(labels.credits_range(req.credits_min, req.credits_max))
    if req.kommune:
        from domain import places
        names = ", ".join((places.municipality(nr) or {}).get("name", nr) for nr in req.kommune)
        parts.append(f"innen {labels.number(req.max_km)} km fra {names}" if req.max_km is not None else names)
    if req.deadline_from:
        parts.append(f"søknadsfrist fra {labels.date_nb(req.deadline_from)}")
    return "Kurskatalog: endringer" + (f" for {', '.join(parts)}" if parts else " i hele katalogen")


def summary(event: dict, record: dict) -> str:
    """What happened, in bokmål."""
    provider = record.get("provider_name") or record.get("provider") or ""
    title = record.get("title") or event["id"]
    if event["kind"] == "new":
        facts = [f"{name}: {text}" for name, text in (
            ("studiepoeng", _credits(record.get("credits_min"), record.get("credits_max"))),
            ("oppstart", _term(record.get("start_term"))),
            ("søknadsfrist", _deadline(record.get("application_deadline"))),
            ("sted", _places([loc.get("place") or loc.get("kommune") for loc in record.get("locations") or []
                              if isinstance(loc, dict)])),
        ) if text != NOT_STATED]
        text = f"Nytt tilbud: {title}" + (f" ({provider})." if provider else ".")
        if facts:
            facts_text = ", ".join(facts)
            text += f" {facts_text[0].upper()}{facts_text[1:]}."
        return text
    if event["kind"] == "changed":
        return f"Endret: {', '.join(changes(event, record)) or 'detaljer'}."
    text = f"Ikke lenger i katalogen: {title}" + (f" ({provider})." if provider else ".")
    if (event.get("fields") or {}).get("status", {}).get("new") == "gone":
        text += " Tilbyderens side finnes ikke lenger."
    return text


def changes(event: dict, record: dict) -> list[str]:
    """"studiepoeng 30 → 60 stp", "oppstart høst 2025 → vår 2026", ... one per changed field."""
    fields = event.get("fields") or {}
    out = []
    if "title" in fields:
        out.append(f"tittel «{fields['title'].get('old') or ''}» → «{fields['title'].get('new') or ''}»")
    if "credits_min" in fields or "credits_max" in fields:
        def side(which):
            return [fields[f][which] if f in fields else record.get(f) for f in ("credits_min", "credits_max")]
        old, new = _credits(*side("old")), _credits(*side("new"))
        if old.endswith(" stp") and new.endswith(" stp"):
            old = old[:-4]
        out.append(f"studiepoeng {old} → {new}")
    formats = {"start_term": _term, "application_deadline": _deadline, "price_nok": _price,
               "locations": _places, "status": _status, "url": lambda v: str(v or NOT_STATED)}
    for name, fmt in formats.items():
        if name in fields:
            out.append(f"{FIELD_NAMES[name]} {fmt(fields[name].get('old'))} → {fmt(fields[name].get('new'))}")
    return out


def _credits(low, high) -> str:
    text = labels.credits({"credits_min": low, "credits_max": high})
    return NOT_STATED if text == labels.UNKNOWN else text[0].lower() + text[1:]


def _term(value) -> str:
    return labels.term(value).lower() or NOT_STATED


def _deadline(value) -> str:
    return labels.date_nb(value) or NOT_STATED


def _price(value) -> str:
    text = labels.price(value)
    return NOT_STATED if text.lower() == NOT_STATED else text


def _places(value) -> str:
    names = [str(v) for v in value or [] if v]
    return ", ".join(names) or NOT_STATED


def _status(value) -> str:
    text = labels.STATUS.get(str(value or "active"), str(value))
    return text[0].lower() + text[1:] if text else NOT_STATED


# -- XML helpers -----------------------------------------------------------------------------

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text) -> str:
    """Text XML 1.0 can hold (control characters, lone surrogates and U+FFFE/FFFF dropped)."""
    return _NOT_XML.sub("", str(text))


def _add(parent, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = _clean(text)
    return element


def rfc3339(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
