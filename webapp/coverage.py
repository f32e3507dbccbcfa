"""The "Dekning" page for KS: active offers per needed topic and region or county, and the gaps."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, current_app, render_template, request

from domain import topics
from index import IndexMeta, changes, gap_filters_from_args
from index import gaps as gap_analysis
from index.access import access
from index.params import resolve
from index.request import format_number
from webapp import catalogue, export, maps

bp = Blueprint("coverage", __name__)


def _filters():
    return gap_filters_from_args(request.args.getlist)


def heat_class(count: int, few: int) -> str:
    if count == 0:
        return "heat-0"
    if count <= max(few, 1):
        return "heat-1"
    return "heat-2" if count <= 3 else "heat-3"


def heat_legend(few: int) -> list[dict]:
    """What each shade of the heatmap means in numbers of offers: the ranges `heat_class`
    gives each class (`high` None: no upper bound), with a label for the page."""
    low = max(few, 1)

    def label(a: int, b: int | None) -> str:
        if b is None:
            return f"{a} tilbud eller flere"
        return "Ingen tilbud" if b == 0 else f"{a} tilbud" if a == b else f"{a}–{b} tilbud"

    shades = [("heat-0", 0, 0), ("heat-1", 1, low)]
    if low < 3:
        shades.append(("heat-2", low + 1, 3))
    shades.append(("heat-3", max(low, 3) + 1, None))
    return [{"class": c, "low": a, "high": b, "label": label(a, b)} for c, a, b in shades]


def bar_percent(count: int, widest: int) -> float:
    """A bar's length in per cent of the widest: proportional, and never invisible for a count
    above 0 (at least 1 %)."""
    if count <= 0 or widest <= 0:
        return 0.0
    return max(1.0, round(100.0 * count / widest, 2))


def _filter_params(f) -> list[tuple[str, str]]:
    """The page's filters as search parameters (the search counts what the analysis counts)."""
    params = [("status", s) for s in f.statuses]
    if f.part_time:
        params.append(("part_time", "true"))
    if f.credit_bearing:
        params.append(("credits_min", "0.5"))
    params += [("level", v) for v in f.level] + [("kind", v) for v in f.kind]
    params += [("enrolment", v) for v in f.enrolment]
    if not f.include_online:
        params.append(("include_online", "false"))
    if f.max_km is not None:
        params += [("kommune", k) for k in f.kommune] + [("max_km", format_number(f.max_km))]
    return params


def cell_link(f, topic: str, area: str) -> str:
    """The search that lists exactly the offers a cell counts: those taught in the area, and
    (`include_everywhere`) those that reach every area: held where the buyer wants it, and
    online ones unless the page leaves them out."""
    params = [("topic", topic), ("region" if f.by == "region" else "county", area),
              ("include_everywhere", "true")]
    return "/?" + urlencode(params + _filter_params(f))


def topic_link(f, topic: str) -> str:
    """The search that lists the offers on a topic within the page's distance limit."""
    return "/?" + urlencode([("topic", topic)] + _filter_params(f))


def freshness(meta: IndexMeta) -> dict:
    """How current the analysis is: offers by status in the serving index, when it was built,
    and when the last crawl finished (None: never crawled, the 2014 seed only)."""
    from service import runs

    last = runs.reports(current_app.config["DATA_DIR"], limit=1)
    statuses = meta.statuses or {}
    fresh = meta.freshness or {}
    return {**{s: statuses.get(s, 0) for s in ("active", "unconfirmed", "stale", "gone", "historical")},
            "checked_by_crawl": fresh.get("crawled", 0), "checked_by_hand": fresh.get("by_hand", 0),
            "checked_by_hand_on": fresh.get("by_hand_on"), "page_years": fresh.get("by_hand_page_years", {}),
            "current_since": fresh.get("current_since"),
            "index_built": meta.built_at, "last_crawl": last[0].get("finished") if last else None}


@bp.get("/dekning")
def page():
    f = _filters()
    cat = catalogue().snapshot()          # one generation for the whole page
    result = gap_analysis.compute(cat, f)
    topic = (request.args.get("topic") or "ledelse").strip()
    reach = access(cat, topic, f)
    meta = cat.meta()
    widest = max(result["totals"].values() or [1]) or 1
    bars = [{"topic": t, "label": topics.TOPICS[t], "count": result["totals"][t],
             "percent": bar_percent(result["totals"][t], widest)} for t in result["topics"]]
    history = changes.compare(cat, f)
    top = max([1] + [max(r["then"], r["now"]) for r in history["topics"] + history["regions"]])
    for row in history["topics"] + history["regions"]:
        row["p_then"], row["p_now"] = bar_percent(row["then"], top), bar_percent(row["now"], top)
    return render_template(
        "coverage.html", result=result, f=f, topics=topics.TOPICS, bars=bars, meta=meta, reach=reach, topic=topic,
        history=history, legend=heat_legend(f.few), within=result["within_reach"],
        reach_map=maps.access_map(reach), fresh=freshness(meta),
        area_label=lambda a: gap_analysis.area_label(f.by, a), heat=lambda n: heat_class(n, f.few),
        link=lambda t, a: cell_link(f, t, a), topic_link=lambda t: topic_link(f, t),
        query=request.query_string.decode("utf-8", "replace"),
        access_query=urlencode([(k, v) for k, v in request.args.items(multi=True) if k != "topic"]
                               + [("topic", topic)]),
        origin=resolve(f.kommune), km=format_number(f.max_km) if f.max_km is not None else "")


@bp.get("/api/gaps.csv")
def matrix_csv():
    """Offers per topic and area as CSV; ?format=excel for Norwegian Excel (labels, semicolons)."""
    excel = export.wants_excel(request.args.getlist)
    result = gap_analysis.compute(catalogue(), _filters())
    return export.download(export.gaps_matrix_csv(result, excel=excel),
                           "dekning-excel.csv" if excel else "dekning.csv")


@bp.get("/api/gaps/list.csv")
def gaps_csv():
    """The gaps in words as CSV; ?format=excel for Norwegian Excel."""
    excel = export.wants_excel(request.args.getlist)
    result = gap_analysis.compute(catalogue(), _filters())
    return export.download(export.gaps_list_csv(result, excel=excel), "hull-excel.csv" if excel else "hull.csv")


@bp.get("/api/changes")
def changes_json():
    """2014 against today per topic and per provider region (see `index.changes`), as JSON."""
    from flask import jsonify

    return jsonify(changes.compare(catalogue(), _filters()))
