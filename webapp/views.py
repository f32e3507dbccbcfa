"""The HTML site: the search page (front page and results), course pages and "Om".

Views stay thin: parse the request with `index.from_args`, ask the catalogue (the
search seam, `index.seam`), hand its answer (as the API's dict) and the label maps to a
template. All record data
reaches the page through Jinja autoescaping; nothing from a record is ever
marked safe.
"""

from __future__ import annotations

import dataclasses

from flask import Blueprint, abort, redirect, render_template, request, url_for

from index import SearchRequest, from_args, sort_key
from webapp import catalogue, facts, kommune, labels, maps, urls
from webapp.api import MAX_COMPARE, requested_ids

NEAR_KM = 50   # "ledelse Bodø" offers the offers within this many km of Bodø

bp = Blueprint("views", __name__)

# Facets whose values have a natural order (the order of their label map);
# the others are listed by count.
FIXED_ORDER = {
    "level": labels.LEVEL, "kind": labels.KIND, "part_time": labels.PART_TIME,
    "delivery": labels.DELIVERY, "region": labels.REGION, "enrolment": labels.ENROLMENT,
    "status": labels.STATUS,
}
# Facets open by default (others open when one of their values is selected).
OPEN_FACETS = ("topic", "level", "part_time", "region")


@bp.app_context_processor
def template_helpers():
    return {"L": labels, "facts": facts, "FACET_NAMES": labels.FACET_NAMES, "kommune_options": kommune.options,
            "current_kommuner": kommune.current, "kept_args": kommune.kept_args,
            "with_kommune": kommune.with_kommune}


@bp.get("/")
def search():
    req = from_args(request.args.getlist)
    canonical = req.params()
    # "valgt": offers ticked for a compare that could not be shown (too few or too many);
    # page state, not search state, so it is kept apart from the canonical address.
    asked_compare = "valgt" in request.args
    selected = requested_ids("valgt")
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "valgt"]
    if sorted(args) != sorted(canonical):
        # A form submission carries empty fields (credits_min=) and defaults
        # (sort=relevance): send the browser to the short, shareable address.
        return redirect(urls.back_to_search(req, selected) if asked_compare else urls.search_url(req), code=302)
    if not req.params():
        from webapp import needs
        return results_page(req, tiles=needs.tiles())
    return results_page(req, selected=selected, asked_compare=asked_compare)


def results_page(req, *, selected=(), asked_compare: bool = False, need: dict | None = None, **extra):
    """The results page for `req` (the front page, a search, or a need's page with `need`)."""
    selected = list(selected)
    result = catalogue().search(req, places=True).to_dict()   # places: the map counts every hit
    providers = labels.provider_names(catalogue(), result["index"]["generation"])
    sorts = dict(labels.SORTS)
    if req.kommune:
        sorts["distance"] = "Avstand"
    is_search = bool(req.params())
    return render_template(
        "search.html",
        need=need,
        req=req,
        result=result,
        selected=selected,
        compare_problem=(("few" if len(selected) < 2 else "many") if asked_compare else None),
        max_compare=MAX_COMPARE,
        is_search=is_search,
        facets=facet_groups(req, result["facets"], providers),
        chips=chips(req, providers),
        named=named_filters(req, result) if req.q and result["total"] else [],
        pager=pager(req, result),
        sorts=sorts,
        map=maps.result_map(result["places"], kommune.current(), req) if is_search and result["total"] else None,
        urls=urls,
        providers=providers,
        suggestion_url=urls.with_query(req, result["suggestion"]) if result.get("suggestion") else None,
        api_url=extra.pop("api_url", None) or urls.api_url(req),
        csv_url=urls.csv_url(req),
        excel_url=urls.csv_url(req, excel=True),
        **extra,
    )


@bp.get("/sok")
def search_alias():
    """Old or guessed address: the canonical search page is the front page."""
    query = request.query_string.decode("latin-1")
    return redirect(url_for("views.search") + (f"?{query}" if query else ""), code=301)


@bp.get("/kurs/<record_id>")
def course(record_id: str):
    record_id = record_id[:200]
    if not catalogue().known([record_id]):
        abort(404)
    req = from_args(request.args.getlist)   # the search the offer was found in, if any
    kommune = req.kommune
    offer = catalogue().get(record_id, kommune=kommune)   # with its distance from the municipality
    if offer is None:                                       # (or group) in the URL
        abort(404)
    record = offer.to_dict()
    return render_template("course.html", r=record, facts=course_facts(record, kommune), search_req=req,
                           home_url=urls.search_url(SearchRequest(kommune=req.kommune)),
                           back_url=urls.search_url(req) if [k for k, _ in req.params() if k != "kommune"] else None,
                           api_url=url_for("api.course", record_id=record["id"],
                                           **({"kommune": ",".join(kommune)} if kommune else {})))


@bp.get("/om")
def about():
    from webapp.coverage import freshness

    meta = catalogue().meta()
    return render_template("about.html", meta=meta, fresh=freshness(meta), api_url=url_for("api.meta"))


# -- view models ---------------------------------------------------------------

def facet_groups(req, counts: dict, providers: dict) -> list[dict]:
    groups = []
    for facet, name in labels.FACET_NAMES.items():
        selected = req.filters.get(facet, [])
        values = dict(counts.get(facet, {}))
        for v in selected:
            values.setdefault(v, 0)
        if not values:
            continue
        items = [{
            "value": v,
            "label": labels.value_label(facet, v, providers),
            "count": c,
            "selected": v in selected,
            "url": urls.toggle_value(req, facet, v),
        } for v, c in values.items()]
        if facet == "start":
            items.sort(key=lambda it: labels.term_order(it["value"]))
        elif facet in FIXED_ORDER:
            order = {v: i for i, v in enumerate(FIXED_ORDER[facet])}
            items.sort(key=lambda it: (order.get(it["value"], len(order)), sort_key(it["label"])))
        else:
            items.sort(key=lambda it: (it["value"] == "unknown", -it["count"], sort_key(it["label"])))
        groups.append({
            "facet": facet,
            "name": name,
            "items": items,
            "selected": len(selected),
            "open": bool(selected) or facet in OPEN_FACETS,
        })
    return groups


def named_filters(req, result: dict) -> list[dict]:
    """One-click filters for conditions the query names in words ("personalledelse deltid" →
    "Bare deltid?"): each with the number of offers it would leave, shown only when it would
    narrow the result (index.conditions reads the words)."""
    import dataclasses

    from index.conditions import named_filters as read

    total, out = result["total"], []
    for named in read(req.q):
        if named.param == "credits":
            if req.credits_min is not None or req.credits_max is not None:
                continue
            value = float(named.value)
            narrower = dataclasses.replace(req, credits_min=value, credits_max=value, page=1)
            label = f"Bare {labels.number(value)} stp"
        elif named.param == "kommune":
            if req.kommune:
                continue
            narrower = dataclasses.replace(req, kommune=[named.value], max_km=NEAR_KM, page=1)
            label = f"Bare innen {NEAR_KM} km fra {named.words}"
        else:
            if named.value in req.filters.get(named.param, []):
                continue
            filters = {**{k: list(v) for k, v in req.filters.items()}, named.param: [named.value]}
            narrower = dataclasses.replace(req, filters=filters, page=1)
            shown = labels.value_label(named.param, named.value)
            label = f"Bare i {shown}" if named.param in ("county", "region") else f"Bare {shown.lower()}"
        if named.param in ("credits", "kommune"):
            count = catalogue().search(dataclasses.replace(narrower, per_page=1), snippets=False).total
        else:
            count = result["facets"].get(named.param, {}).get(named.value, 0)
        if 0 < count < total:
            out.append({"words": named.words, "label": label, "count": count, "url": urls.search_url(narrower)})
    return out


def chips(req, providers: dict) -> list[dict]:
    out = []
    for facet in labels.FACET_NAMES:
        for v in req.filters.get(facet, []):
            label = labels.value_label(facet, v, providers)
            out.append({"facet": labels.FACET_NAMES[facet], "label": label,
                        "url": urls.remove_value(req, facet, v)})
    if req.credits_min is not None or req.credits_max is not None:
        parts = []
        if req.credits_min is not None:
            parts.append(f"fra {labels.number(req.credits_min)}")
        if req.credits_max is not None:
            parts.append(f"til {labels.number(req.credits_max)}")
        out.append({"facet": "Studiepoeng", "label": " ".join(parts), "url": urls.remove_credits(req)})
    if req.deadline_from:
        out.append({"facet": "Søknadsfrist", "label": f"etter {labels.date_nb(req.deadline_from)}",
                    "url": urls.remove_deadline(req)})
    if req.include_everywhere and (req.filters.get("region") or req.filters.get("county")):
        out.append({"facet": "Område", "label": "også nettbaserte og hos oppdragsgiver" if req.include_online
                    else "også hos oppdragsgiver",
                    "url": urls.search_url(dataclasses.replace(req, include_everywhere=False, page=1))})
    return out


def pager(req, result: dict) -> dict:
    """Page links, and the range shown. A page past the last (an old link, a hand-edited address) shows no
    range and no hits; `beyond` then says so, and "Forrige" and `last_url` lead to the last page."""
    pages, page = result["pages"], result["page"]
    beyond = bool(result["total"]) and page > pages
    window = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    items, last = [], 0
    for p in window:
        if p - last > 1:
            items.append(None)  # a gap
        items.append({"page": p, "url": urls.with_page(req, p), "current": p == page})
        last = p
    return {
        "page": page,
        "pages": pages,
        "prev": urls.with_page(req, min(page - 1, pages)) if page > 1 and pages else None,
        "next": urls.with_page(req, page + 1) if page < pages else None,
        "items": items,
        "first": (page - 1) * result["per_page"] + 1 if result["total"] and not beyond else 0,
        "last": min(page * result["per_page"], result["total"]) if not beyond else 0,
        "beyond": beyond,
        "last_url": urls.with_page(req, pages) if beyond else None,
    }


def course_facts(r: dict, kommune=()) -> list[dict]:
    """The rows of a course page's facts list (`webapp.facts.course`)."""
    return facts.course(r, kommune)
