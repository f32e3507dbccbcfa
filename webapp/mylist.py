"""«Min liste»: offers a visitor keeps, without an account and without anything stored on the server.

The list lives in the visitor's own browser, in the cookie `minliste` (offer ids separated by "|",
at most `MAX_ITEMS`, kept for a year; a comma is not allowed in a cookie value by RFC 6265 and
would be sent quoted and escaped), and can be shared as a link (`/liste?ids=a,b,c`). Everything
works without JavaScript: "Legg i listen" and "Fjern fra listen" are small POST forms answered
with 303 back to the page they came from (`tilbake`, a same-site relative path, never another
site), which then shows what happened. That message travels in a short-lived cookie
(`minliste_melding`) that names the action and the offer, not text: the page words it from the
catalogue, and the first HTML page rendered afterwards clears it.

Ids that are not in the catalogue (an offer that has gone from the index, a mistyped link) are
dropped wherever a list is read. The POST forms refuse requests another site makes on the
visitor's behalf (`Sec-Fetch-Site`, else `Origin`), so no other page can empty or replace a list.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from flask import Blueprint, abort, g, jsonify, redirect, render_template, request, url_for
from werkzeug.http import dump_cookie

from index import NoIndex, SearchRequest
from webapp import catalogue, export, labels, urls
from webapp.api import MAX_COMPARE, requested_ids

bp = Blueprint("mylist", __name__)

COOKIE = "minliste"
NOTICE_COOKIE = "minliste_melding"
MAX_ITEMS = 50
MAX_AGE = 365 * 24 * 3600          # a year: the list survives closing the browser
NOTICE_AGE = 120                   # seconds: long enough for the 303 and a slow page
MAX_COOKIE_BYTES = 3900            # browsers keep cookies up to 4096 bytes (name, value, attributes)
MAX_ID = 200
NOTICE_ACTIONS = ("lagt", "allerede", "fjernet", "full", "ukjent", "brukt")


# -- reading and writing the list ------------------------------------------------

def _split(value: str, *, decode: bool = True) -> list[str]:
    """Ids from a text separated by commas (links, forms) or "|" (the cookie): trimmed, at most
    `MAX_ID` characters, distinct, in order. `decode`: the text is the cookie's, whose ids are
    percent-encoded (query parameters arrive decoded)."""
    parts = (value or "").replace("|", ",").split(",") if decode else (value or "").split(",")
    ids = [(unquote(part) if decode else part).strip()[:MAX_ID] for part in parts]
    return list(dict.fromkeys(i for i in ids if i))


def known(ids: list[str]) -> list[str]:
    """The ids the catalogue holds, in order, at most `MAX_ITEMS`; the others are dropped."""
    try:
        held = catalogue().known(ids)
    except NoIndex:   # no index yet (an error page is being rendered): nothing can be checked
        return []
    return held[:MAX_ITEMS]


def cookie_ids() -> list[str]:
    """The visitor's list as the cookie holds it, checked against the catalogue (once per request)."""
    if "mylist_ids" not in g:
        g.mylist_ids = known(_split(request.cookies.get(COOKIE, ""))[:MAX_ITEMS * 2])
    return g.mylist_ids


def _encode(ids: list[str], sep: str = ",") -> str:
    return sep.join(quote(i, safe="-_.~") for i in ids)


def cookie_value(ids: list[str]) -> str:
    """`a|b|c`: ids percent-encoded, nothing a cookie value must quote."""
    return _encode(ids, "|")


def share_query(ids: list[str]) -> str:
    """`ids=a,b,c` with the commas left readable."""
    return "ids=" + _encode(ids)


def _fits(ids: list[str]) -> bool:
    header = dump_cookie(COOKIE, cookie_value(ids), max_age=MAX_AGE, path="/", samesite="Lax", httponly=True)
    return len(header.encode("utf-8")) <= MAX_COOKIE_BYTES


def _store(response, ids: list[str]):
    if ids:
        response.set_cookie(COOKIE, cookie_value(ids), max_age=MAX_AGE, path="/", samesite="Lax", httponly=True,
                            secure=request.is_secure)
    else:
        response.delete_cookie(COOKIE, path="/", samesite="Lax", httponly=True, secure=request.is_secure)
    return response


def _notify(response, action: str, record_id: str = ""):
    response.set_cookie(NOTICE_COOKIE, f"{action}:{quote(record_id[:MAX_ID], safe='-_.~')}", max_age=NOTICE_AGE,
                        path="/", samesite="Lax", httponly=True, secure=request.is_secure)
    return response


def safe_back(value: str | None, default: str = "/liste") -> str:
    """The page to return to: a relative path on this site ("/", "/kurs/x?q=y#t-3") or `default`.
    Refused: anything with a scheme or host ("https://evil", "//evil"), a backslash ("/\\evil",
    which browsers read as "//evil"), control characters or spaces, and the list's own POST
    addresses."""
    text = (value or "").strip()
    if (not text.startswith("/") or text.startswith("//") or "\\" in text or len(text) > 2000
            or any(ord(c) < 33 or ord(c) == 127 for c in text)):
        return default
    parts = urlsplit(text)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return default
    if parts.path.rstrip("/") in (url_for("mylist.add"), url_for("mylist.remove"), url_for("mylist.adopt")):
        return default
    return text


def _same_site_form() -> bool:
    """Whether a POST comes from this site's own pages (or from no browser page at all).
    Modern browsers say so in Sec-Fetch-Site; others in Origin. Without either (curl, old
    browsers) the request is let through: the list is only the requester's own cookie."""
    site = request.headers.get("Sec-Fetch-Site")
    if site:
        return site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin:
        return origin != "null" and urlsplit(origin).netloc.lower() == request.host.lower()
    return True


def _check_form() -> None:
    if not _same_site_form():
        abort(403, description="Listen kan bare endres fra Kurskatalogs egne sider.")


def _record(record_id: str) -> dict | None:
    offer = catalogue().get(record_id[:MAX_ID]) if record_id else None
    return offer.record if offer is not None else None


def records(ids: list[str]) -> list[dict]:
    return [offer.record for offer in catalogue().get_many(ids).values()]


# -- what every page gets -----------------------------------------------------------

def _notice() -> dict | None:
    """The message about the last change to the list, worded now: {"action", "id", "text"}."""
    if "mylist_notice" in g:
        return g.mylist_notice
    g.mylist_notice = None
    raw = request.cookies.get(NOTICE_COOKIE)
    if raw and ":" in raw:
        action, _, record_id = raw.partition(":")
        record_id = unquote(record_id)[:MAX_ID]
        if action in NOTICE_ACTIONS:
            record = _record(record_id) if record_id else None
            title = f"«{(record or {}).get('title') or 'Tilbudet'}»"
            n = len(cookie_ids())
            count = f"Listen har {labels.count_offers(n)}." if n else "Listen er tom."
            text = {
                "lagt": f"{title} er lagt i listen. {count}",
                "allerede": f"{title} er allerede i listen. {count}",
                "fjernet": f"{title} er fjernet fra listen. {count}",
                "full": f"Listen er full: den kan ha høyst {MAX_ITEMS} tilbud. "
                        f"Fjern noen før du legger til {title}.",
                "ukjent": "Tilbudet finnes ikke i katalogen og ble ikke lagt i listen.",
                "brukt": f"Denne listen er nå din liste. {count}",
            }[action]
            g.mylist_notice = {"action": action, "id": record_id, "text": text}
    return g.mylist_notice


def _back_here() -> str:
    """This page's own address, for a form's `tilbake` field."""
    query = request.query_string.decode("utf-8", "replace")
    return request.path + (f"?{query}" if query else "")


class MyList:
    """The visitor's list as templates use it: `mylist.count`, `r.id in mylist`."""

    def __init__(self, ids: list[str]):
        self.ids = ids
        self.count = len(ids)
        self._set = set(ids)

    def __contains__(self, record_id) -> bool:
        return record_id in self._set


@bp.app_context_processor
def list_helpers():
    g.mylist_rendered = True
    return {"mylist": MyList(cookie_ids()), "mylist_notice": _notice, "mylist_back": _back_here}


@bp.after_app_request
def clear_notice(response):
    """Every page names the list's count, so it varies with the cookie; the message is shown once:
    the first HTML page rendered after the change clears it."""
    if g.get("mylist_rendered"):
        response.vary.add("Cookie")
    if (g.get("mylist_rendered") and NOTICE_COOKIE in request.cookies and request.method == "GET"
            and response.status_code == 200 and response.mimetype == "text/html"):
        response.delete_cookie(NOTICE_COOKIE, path="/", samesite="Lax", httponly=True, secure=request.is_secure)
    return response


# -- the forms -------------------------------------------------------------------------

@bp.post("/liste/legg-til")
def add():
    _check_form()
    back = safe_back(request.form.get("tilbake"))
    record_id = (request.form.get("id") or "").strip()[:MAX_ID]
    ids = list(cookie_ids())
    response = redirect(back, code=303)
    if _record(record_id) is None:
        return _notify(response, "ukjent")
    if record_id in ids:
        return _notify(response, "allerede", record_id)
    if len(ids) >= MAX_ITEMS or not _fits(ids + [record_id]):
        return _notify(response, "full", record_id)
    g.mylist_ids = ids + [record_id]
    return _notify(_store(response, g.mylist_ids), "lagt", record_id)


@bp.post("/liste/fjern")
def remove():
    _check_form()
    back = safe_back(request.form.get("tilbake"))
    record_id = (request.form.get("id") or "").strip()[:MAX_ID]
    g.mylist_ids = [i for i in cookie_ids() if i != record_id]
    return _notify(_store(redirect(back, code=303), g.mylist_ids), "fjernet", record_id)


@bp.post("/liste/bruk")
def adopt():
    """A shared list becomes the visitor's own (replacing it)."""
    _check_form()
    g.mylist_ids = ids = known(_split(",".join(request.form.getlist("ids")), decode=False))
    while ids and not _fits(ids):
        ids.pop()
    return _notify(_store(redirect(url_for("mylist.page"), code=303), ids), "brukt")


# -- the page and its twins ---------------------------------------------------------------

def shown_ids() -> tuple[list[str], bool, list[str]]:
    """The ids the page shows, whether they come from a shared link (`?ids=`), and the ids
    of the link the catalogue does not hold."""
    if "ids" in request.args:
        asked = requested_ids()
        ids = known(asked)
        return ids, True, [i for i in asked if i not in ids]
    return cookie_ids(), False, []


@bp.get("/liste")
def page():
    ids, from_link, dropped = shown_ids()
    own = cookie_ids()
    shared = from_link and (not ids or set(ids) != set(own))   # a link, and not (the same as) my list
    selected = requested_ids("valgt")[:MAX_ITEMS]
    asked_compare = "valgt" in request.args
    query = share_query(ids)
    return render_template(
        "liste.html",
        records=records(ids),
        ids=ids,
        shared=shared,
        own_count=len(own),
        dropped=dropped,
        selected=selected,
        compare_problem=(("few" if len(selected) < 2 else "many") if asked_compare else None),
        max_compare=MAX_COMPARE,
        share_path=f"{url_for('mylist.page')}?{query}",
        share_url=f"{request.host_url.rstrip('/')}{url_for('mylist.page')}?{query}",
        back=f"{url_for('mylist.page')}?{query}" if shared else url_for("mylist.page"),
        csv_url=f"{url_for('mylist.csv')}?{query}",
        excel_url=f"{url_for('mylist.csv')}?{query}&format=excel",
        api_url=f"{url_for('mylist.api')}?{query}",
        feed_url=urls.feed_url(SearchRequest(), ids=ids),
    )


@bp.get("/liste/sammenlign")
def compare():
    """The list's compare form: 2 to `MAX_COMPARE` ticked offers open the compare page; too few
    or too many go back to the list with the ticks kept and a message."""
    chosen = known(requested_ids())
    if 2 <= len(chosen) <= MAX_COMPARE:
        return redirect(f"{url_for('compare.page')}?ids={_encode(chosen)}", code=303)
    params = []
    if "liste" in request.args:   # a shared list: back to the same link
        params.append(share_query(_split(request.args.get("liste", ""), decode=False)[:MAX_ITEMS]))
    params.append("valgt=" + _encode(chosen))
    return redirect(f"{url_for('mylist.page')}?{'&'.join(params)}#sammenlign", code=303)


@bp.get("/liste.csv")
def csv():
    """The list as CSV (every field the compare export has); ?format=excel for Norwegian Excel."""
    excel = export.wants_excel(request.args.getlist)
    chosen = records(shown_ids()[0])
    if excel:
        return export.download(export.to_excel(chosen), "min-liste-excel.csv")
    return export.download(export.compare_to_csv(chosen), "min-liste.csv")


@bp.get("/api/liste")
def api():
    """The list's records: `?ids=a,b,c` (a shared link) or, without it, the visitor's cookie."""
    ids, from_link, dropped = shown_ids()
    return jsonify({"source": "ids" if from_link else "cookie", "ids": ids, "total": len(ids),
                    "dropped": dropped, "max": MAX_ITEMS, "results": records(ids)})
