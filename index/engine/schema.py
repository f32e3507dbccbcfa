"""The Whoosh schema and the mapping from a canonical record to an index document.

Text fields carry the Norwegian analyzer (`index.analysis`); `TEXT_FIELDS` holds their weights,
which the ranking (`index.engine.ranking`) applies. Facet fields are stored as Whoosh KEYWORD/ID
fields (so the index is filterable on its own), but filtering, counting and sorting use the
per-generation arrays of `index.engine.facets`.
"""

from __future__ import annotations

import json
import re

from whoosh import fields

from domain import topics
from domain.record import counties, credit_bearing, regions
from index.analysis import norwegian_analyzer

# Text fields searched by free text, with their ranking weights (title above
# topics above description).
TEXT_FIELDS = {
    "title": 3.0,
    "topics": 2.0,
    "provider": 1.5,
    "facts": 0.8,
    "places": 1.0,
    "description": 1.0,
}

# Words that state a record's normalised facts in text, so a query such as
# "endringsledelse deltid", "master samlingsbasert", "30 stp ledelse" or "lederprogram
# kommunen kan bestille" matches on facts
# that the page only states in a facts box.
_FACT_WORDS = {
    ("part_time", True): "deltid",
    ("part_time", False): "heltid",
    ("level", "master"): "master masternivå",
    ("level", "bachelor"): "bachelor bachelornivå",
    ("level", "fagskole"): "fagskole fagskoleutdanning",
    ("kind", "degree"): "grad studieprogram",
    ("kind", "one_year"): "årsstudium",
    ("kind", "single_course"): "enkeltemne videreutdanning",
    ("kind", "non_credit"): "kurs",
    ("enrolment", "commissioned"): "bestille bestilling oppdrag",
}
_DELIVERY_WORDS = {
    "samling": "samlinger samlingsbasert",
    "nett": "nettbasert nettstudium",
    "campus": "campus stedbasert",
    "kveld": "kveld",
    "video": "video",
}


def build_schema() -> fields.Schema:
    ana = norwegian_analyzer()
    text = {name: fields.TEXT(analyzer=ana, phrase=True) for name in TEXT_FIELDS}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        record=fields.STORED(),
        provider_id=fields.ID(),
        level=fields.ID(),
        kind=fields.ID(),
        part_time=fields.ID(),
        enrolment=fields.ID(),
        status=fields.ID(),
        delivery=fields.KEYWORD(commas=True),
        target=fields.KEYWORD(commas=True),
        county=fields.KEYWORD(commas=True),
        region=fields.KEYWORD(commas=True),
        topic=fields.KEYWORD(commas=True),
        **text,
    )


# A target group said in words, where the word is specific enough to search by: "tannhelse" finds the offers
# for the dental service's leaders (the broad groups, helse or offentlig, would match nearly every offer).
_TARGET_WORDS = {"tannhelse": "tannhelse tannhelsetjenesten"}


def facts_text(record: dict) -> str:
    words = [w for (field, value), w in _FACT_WORDS.items() if record.get(field) == value]
    words += [_TARGET_WORDS[t] for t in record.get("target") or [] if t in _TARGET_WORDS]
    words += [_DELIVERY_WORDS[d] for d in record.get("delivery") or [] if d in _DELIVERY_WORDS]
    if credit_bearing(record):                    # credits are earned by an exam
        words.append(credits_words(record.get("credits_min"), record["credits_max"]) + " eksamen")
    term = str(record.get("start_term") or "")
    if re.fullmatch(r"\d{4}-(host|var)", term):  # "oppstart høst 2025" finds an autumn 2025 start
        words.append(f"oppstart {'høst høsten' if term.endswith('host') else 'vår våren'} {term[:4]}")
    return " ".join(words)


def _number(value: float) -> str:
    """7.5 → "7,5", 30.0 → "30" (as the analyzer reads numbers in text)."""
    return f"{value:g}".replace(".", ",")


def credits_words(low, high) -> str:
    """The credits as a query states them: "30 studiepoeng", or "15 30 studiepoeng" for a
    choice from 15 to 30 (so "30 stp" matches an offer of 30 credits)."""
    high = float(high)
    low = float(low) if low else high
    values = [low, high] if low != high else [high]
    return " ".join(_number(v) for v in values) + " studiepoeng"


def to_document(record: dict) -> dict:
    """The Whoosh document for a record (all values as Whoosh wants them)."""
    def kw(values):
        return ",".join(v for v in values if v)

    locs = record.get("locations") or []
    places = " ".join(
        " ".join(x for x in (loc.get("place"), loc.get("kommune"), loc.get("county")) if x) for loc in locs)
    # the institution's name, its short code today ("usn", "hvl": what users type) and the
    # names it had before the mergers
    provider = " ".join(x for x in (record.get("provider_name"), record.get("provider_id"),
                                    record.get("provider"), record.get("provider_former")) if x)
    return {
        "id": record["id"],
        "record": json.dumps(record, ensure_ascii=False),
        "provider_id": record.get("provider_id") or "unknown",
        "level": record.get("level") or "unknown",
        "kind": record.get("kind") or "unknown",
        "part_time": _bool_code(record.get("part_time")),
        "enrolment": record.get("enrolment") or "unknown",
        "status": record.get("status") or "active",
        "delivery": kw(record.get("delivery") or []),
        "target": kw(record.get("target") or []),
        "county": kw(counties(record)),
        "region": kw(regions(record)),
        "topic": kw(record.get("topics") or []),
        "title": record.get("title") or "",
        "topics": " ".join(topics.TOPICS.get(t, t) for t in record.get("topics") or []),
        "provider": provider,
        "facts": facts_text(record),
        "places": places,
        "description": record.get("description") or "",
    }


def _bool_code(value) -> str:
    return "true" if value is True else "false" if value is False else "unknown"
