"""Side-by-side comparison of two to six offers (`/compare?ids=a,b,c&kommune=4601`)."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for

from domain import places
from index.request import from_args
from webapp import labels, urls
from webapp.api import MAX_COMPARE, compare_records, requested_ids

bp = Blueprint("compare", __name__)

ROWS = (
    ("Tilbyder", lambda r: r.get("provider_name") or r.get("provider") or labels.UNKNOWN),
    ("Studiepoeng", labels.credits),
    ("Nivå og type", lambda r: f"{labels.value_label('level', r.get('level') or 'unknown')}, "
                               f"{labels.value_label('kind', r.get('kind') or 'unknown')}"),
    ("Deltid", lambda r: labels.part_time(r.get("part_time"))),
    ("Undervisningsform", lambda r: ", ".join(labels.value_label("delivery", d) for d in r.get("delivery") or [])
     or "Ikke oppgitt"),
    ("Samlinger", lambda r: labels.sessions(r) or "Ikke oppgitt"),
    ("Sted", lambda r: ", ".join(labels.locations(r)) or "Ikke oppgitt"),
    ("Avstand", None),  # filled in by page(): depends on the municipality or group
    ("Opptakskrav", labels.admission),
    ("Pris", lambda r: labels.price(r.get("price_nok"))),
    ("Oppstart", lambda r: labels.term(r.get("start_term")) or "Ikke oppgitt"),
    ("Søknadsfrist", lambda r: labels.deadline(r.get("application_deadline"))),
    ("Varighet", lambda r: labels.duration(r.get("duration_semesters"))),
    ("Undervisningsspråk", lambda r: labels.teaching_language(r.get("teaching_language"))),
    ("Tema", lambda r: ", ".join(labels.topic_label(t) for t in r.get("topics") or []) or "Ikke klassifisert"),
    ("Opptak", lambda r: labels.value_label("enrolment", r.get("enrolment") or "unknown")),
    ("Kilde og ferskhet", lambda r: f"{r.get('source') or ''}; sist sjekket {labels.date_nb(r.get('last_seen'))}"),
)


@bp.get("/compare")
def page():
    req = from_args(request.args.getlist)   # the search the offers were chosen from
    ids = requested_ids()
    if not 2 <= len(ids) <= MAX_COMPARE:
        # Too few or too many ticked: back to the results with the ticks kept and a message.
        return redirect(urls.back_to_search(req, ids), code=303)
    records = compare_records()
    kommune = req.kommune
    rows = []
    for label, get in ROWS:
        if get is None:
            values = [labels.distance(r, len(kommune) > 1) or ("Ukjent" if kommune else "Velg kommune")
                      for r in records]
        else:
            values = [str(get(r)) for r in records]
        rows.append({"label": label, "cells": values, "differ": len(set(values)) > 1})
    query = request.query_string.decode("utf-8", "replace")
    columns = [{"record": r, "url": urls.course_url(req, r["id"]),
                "drop": urls.compare_url(req, [i for i in ids if i != r["id"]])} for r in records]
    origin = [places.municipality(nr) for nr in kommune]
    return render_template("compare.html", records=records, columns=columns, rows=rows, kommune=kommune,
                           origin=[m for m in origin if m], back_url=urls.search_url(req),
                           csv_url=url_for("api.compare_csv") + "?" + query,
                           api_url=url_for("api.compare") + "?" + query)
