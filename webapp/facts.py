"""The facts of an offer, listed once, in the one order every view shows them.

Each `Fact` has a key, its Norwegian label, how its value is formatted from a record (with the
formatters of `webapp.labels`), which raw/evidence key it cites (the source's own text, and where
on the page it was read), and the views it appears in: the course page (`COURSE`), the compare
page (`COMPARE`), `kurskatalog extract` (`CLI`) and the «Min liste» page (`MYLIST`). A view may
format a fact its own way (`overrides`): the compare page's cells are what its CSV exports carry.

The compare exports are made from the same list: every fact on the compare page names the
columns that carry it, in the Excel variant (Norwegian column names and values, `excel`) and in
the machine format (field names, `columns`); `webapp.export` builds both from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable

from webapp import labels

COURSE, COMPARE, CLI, MYLIST = "course", "compare", "cli", "mylist"

Value = str | list[str]


@dataclass(frozen=True, eq=False)
class Fact:
    key: str
    label: str
    value: Callable[..., Value]                    # record → text or list of texts
    cites: str | None = None                       # the raw/evidence key of the source's own text
    views: frozenset = frozenset({COURSE, COMPARE, CLI})
    overrides: dict = field(default_factory=dict)  # view → its own formatter
    excel: tuple = ()                              # (Excel column name, record → cell), ...
    columns: tuple = ()                            # machine-format field names
    source: Callable[[dict], str | None] | None = None   # the source's own text, when not raw[cites]
    note: Callable[[dict], str | None] | None = None     # a note under the value (course page)
    by_kommune: bool = False                       # the formatter takes (record, kommune)

    def shown(self, record: dict, view: str, kommune=()) -> Value:
        get = self.overrides.get(view, self.value)
        return get(record, kommune) if self.by_kommune else get(record)


def text(value: Value) -> str:
    """A fact's value as one line: a list joined with commas."""
    return ", ".join(value) if isinstance(value, list) else str(value)


# -- formatters only the facts use --------------------------------------------------------------

def _label(facet: str):
    return lambda r: labels.value_label(facet, r.get(facet) or "unknown")


def _labels(facet: str, empty=labels.NOT_STATED):
    return lambda r: [labels.value_label(facet, v) for v in r.get(facet) or []] or empty


def _joined(get):
    return lambda r: ", ".join(get(r))


def _provider_with_former(r: dict) -> str:
    former = labels.former_provider(r)
    return f"{labels.provider(r)} (tidligere: {former})" if former else labels.provider(r)


def _provider_source(r: dict) -> str | None:
    """The source's own name for the provider, when it differs and is not shown as a former name."""
    source = (r.get("raw") or {}).get("provider") or r.get("provider")
    if r.get("provider_former") or labels.same_text(source, r.get("provider_name")):
        return None
    return source


def _places(r: dict) -> list[str] | str:
    reach = [labels.REACH[r["reach"]]] if r.get("reach") in ("online", "anywhere") else []
    return labels.locations(r) + reach or labels.REACH["unknown"]


def _places_note(r: dict) -> str | None:
    if r.get("reach") == "anywhere":
        return "Holdes der oppdragsgiveren ønsker: kan nås fra alle kommuner."
    if not r.get("locations") and r.get("reach") != "online":
        return "Kilden oppgir ikke hvor undervisningen foregår."
    return None


def _distance(r: dict, kommune) -> str:
    return labels.distance(r, len(kommune) > 1) or (labels.UNKNOWN if kommune else "Velg kommune")


def _topics(r: dict) -> list[str] | str:
    return [labels.topic_label(t) for t in r.get("topics") or []] or "Ikke klassifisert"


def _field(name: str):
    return lambda r: r.get(name)


_ALL = frozenset({COURSE, COMPARE, CLI})

FACTS: tuple[Fact, ...] = (
    Fact("provider", "Tilbyder", _provider_with_former, "provider", frozenset({COURSE, COMPARE}),
         overrides={COMPARE: labels.provider}, source=_provider_source,
         excel=(("Tilbyder", lambda r: r.get("provider_name") or r.get("provider")),
                ("Tidligere navn på tilbyder", labels.former_provider)),
         columns=("provider_name", "provider")),
    Fact("credits", "Studiepoeng", labels.credits, "credits", _ALL | {MYLIST},
         excel=(("Studiepoeng fra", _field("credits_min")), ("Studiepoeng til", _field("credits_max"))),
         columns=("credits_min", "credits_max")),
    Fact("level", "Nivå", _label("level"), None, frozenset({COURSE, CLI, MYLIST})),
    Fact("kind", "Type", _label("kind"), "kind", frozenset({COURSE, CLI})),
    Fact("level_kind", "Nivå og type", lambda r: f"{_label('level')(r)}, {_label('kind')(r)}", None,
         frozenset({COMPARE}), excel=(("Nivå", _label("level")), ("Type", _label("kind"))),
         columns=("level", "kind")),
    Fact("part_time", "Deltid", lambda r: labels.part_time(r.get("part_time")), "part_time", _ALL | {MYLIST},
         excel=(("Deltid/heltid", lambda r: labels.part_time(r.get("part_time"))),), columns=("part_time",)),
    Fact("delivery", "Undervisningsform", _labels("delivery"), "delivery",
         excel=(("Undervisningsform", _joined(_labels("delivery", empty=[]))),), columns=("delivery",)),
    Fact("sessions", "Samlinger", lambda r: labels.sessions(r) or labels.NOT_STATED, "sessions",
         frozenset({COURSE, COMPARE}),
         excel=(("Antall samlinger", _field("sessions_count")), ("Samlingsdager i alt", _field("session_days"))),
         columns=("sessions_count", "session_days")),
    Fact("places", "Sted", _places, "locations", _ALL | {MYLIST}, note=_places_note,
         overrides={COMPARE: lambda r: ", ".join(labels.locations(r)) or labels.NOT_STATED,
                    MYLIST: labels.place_text},
         excel=(("Sted", _joined(labels.places)), ("Fylke", _joined(labels.counties))),
         columns=("places", "counties")),
    Fact("distance", "Avstand", _distance, None, frozenset({COURSE, COMPARE}), by_kommune=True,
         excel=(("Avstand (km i luftlinje)", _field("distance_km")),
                ("Nærmeste sted", lambda r: labels.nearest_place(r.get("nearest_place")))),
         columns=("distance_km", "nearest_place")),
    Fact("admission", "Opptakskrav", labels.admission, "admission",
         excel=(("Opptakskrav", labels.admission),),
         columns=("admission_education", "admission_experience_years", "realkompetanse")),
    Fact("price", "Pris", lambda r: labels.price(r.get("price_nok"), r.get("price_per")), "price", _ALL | {MYLIST},
         excel=(("Pris (kr)", _field("price_nok")), ("Pris per", lambda r: labels.price_per(r.get("price_per")))),
         columns=("price_nok", "price_per")),
    Fact("start", "Oppstart", lambda r: labels.start(r.get("start_term")), "start", _ALL | {MYLIST},
         excel=(("Oppstart", lambda r: labels.term(r.get("start_term"))),), columns=("start_term",)),
    Fact("deadline", "Søknadsfrist", lambda r: labels.deadline(r.get("application_deadline")), "deadline",
         _ALL | {MYLIST}, excel=(("Søknadsfrist", lambda r: labels.date_nb(r.get("application_deadline"))),),
         columns=("application_deadline",)),
    Fact("duration", "Varighet", lambda r: labels.duration(r.get("duration_semesters")), "duration",
         excel=(("Varighet (semestre)", _field("duration_semesters")),), columns=("duration_semesters",)),
    Fact("teaching_language", "Undervisningsspråk", lambda r: labels.teaching_language(r.get("teaching_language")),
         "teaching_language",
         excel=(("Undervisningsspråk", lambda r: labels.LANGUAGE.get(r.get("teaching_language") or "", "")),),
         columns=("teaching_language",)),
    Fact("target", "Målgruppe", _labels("target"), "target_group", frozenset({COURSE})),
    Fact("topics", "Tema", _topics, None,
         excel=(("Tema", _joined(lambda r: [labels.topic_label(t) for t in r.get("topics") or []])),),
         columns=("topics",)),
    Fact("enrolment", "Opptak", _label("enrolment"), None, frozenset({COURSE, COMPARE}),
         excel=(("Opptak", _label("enrolment")),), columns=("enrolment",)),
    Fact("source", "Kilde og ferskhet",
         lambda r: f"{labels.source_text(r)}; sist sjekket {labels.date_nb(r.get('last_seen'))}", None,
         frozenset({COMPARE}),
         excel=(("Status", _label("status")), ("Kilde", labels.source_text),
                ("Sist sjekket", lambda r: labels.date_nb(r.get("last_seen")))),
         columns=("status", "source", "last_seen")),
)


def fact(key: str) -> Fact:
    return next(f for f in FACTS if f.key == key)


def in_view(view: str) -> tuple[Fact, ...]:
    """The facts a view shows, in the one order."""
    return tuple(f for f in FACTS if view in f.views)


# -- the views ------------------------------------------------------------------------------------

def course(r: dict, kommune=()) -> list[dict]:
    """The rows of a course page's facts list: label, value (text or list), the source's own text
    where it says something else, where on the page it was read, and a note. The distance only
    when a municipality (or group) was asked for."""
    raw, evidence = r.get("raw") or {}, r.get("evidence") or {}
    out = []
    for fact in in_view(COURSE):
        if fact.by_kommune and not kommune:
            continue
        value = fact.shown(r, COURSE, kommune)
        source = fact.source(r) if fact.source else raw.get(fact.cites) if fact.cites else None
        if source and labels.same_text(source, text(value)):
            source = None
        out.append({"label": fact.label, "value": value, "source": source,
                    "note": fact.note(r) if fact.note else None,
                    "where": labels.evidence(evidence.get(fact.cites)) if source and fact.cites else None})
    return out


def compare_rows(records: list[dict], kommune=()) -> list[dict]:
    """The compare page's rows: label, one cell per offer, and whether the offers differ."""
    rows = []
    for fact in in_view(COMPARE):
        cells = [text(fact.shown(r, COMPARE, kommune)) for r in records]
        rows.append({"label": fact.label, "cells": cells, "differ": len(set(cells)) > 1})
    return rows


def pairs(r: dict, view: str) -> list[tuple[str, str]]:
    """(label, text) of each fact a view shows (the «Min liste» page, the CLI)."""
    return [(fact.label, text(fact.shown(r, view))) for fact in in_view(view)]


def excel_columns() -> tuple:
    """The Excel columns of every fact on the compare page, in its order."""
    return tuple(column for fact in in_view(COMPARE) for column in fact.excel)


def machine_columns() -> tuple[str, ...]:
    """The machine-format fields of every fact on the compare page, in its order."""
    return tuple(dict.fromkeys(name for fact in in_view(COMPARE) for name in fact.columns))
