"""The canonical course record: the field names every part of Kurskatalog shares.

A record is a plain dict (JSON-serialisable) so it can be stored, indexed and
served without conversion layers. This module names the fields and their
allowed values; `domain.normalise` fills them from raw text, `index` indexes
them, `webapp` shows them.
"""

from __future__ import annotations

from domain import places, vocabulary

# Controlled vocabularies (values of the facets), in display order; labels in `domain.vocabulary`.
LEVELS = tuple(vocabulary.LEVEL)
KINDS = tuple(vocabulary.KIND)
DELIVERY = tuple(vocabulary.DELIVERY)
ADMISSION_EDUCATION = tuple(vocabulary.ADMISSION_EDUCATION)
TARGETS = tuple(vocabulary.TARGET)
ENROLMENT = tuple(vocabulary.ENROLMENT)
REGIONS = tuple(places.REGIONS)
STATUSES = tuple(vocabulary.STATUS)           # see the note on each in domain.vocabulary
CURRENT_SINCE = 2024          # study years 2024/25 and later count as today's offers
REACHES = tuple(vocabulary.REACH)
PRICE_UNITS = tuple(vocabulary.PRICE_PER)

# Raw columns of catalogue_seed.csv, in order.
SEED_COLUMNS = (
    "id", "provider", "title", "kind", "credits", "target_group", "description",
    "admission", "part_time", "delivery", "locations", "url", "source",
)

# Raw columns of catalogue_current.csv: today's offers read by hand off dated pages
# (source_url, source_date as the page states it, checked: the day it was read).
CURRENT_COLUMNS = (
    "id", "provider", "title", "kind", "level", "credits", "target_group", "description", "admission",
    "part_time", "delivery", "locations", "price", "start", "deadline", "duration", "language", "url",
    "source_url", "source_date", "checked", "continues",
)

# Every field of a normalised record, in display order. Lists are lists of strings
# unless noted.
RECORD_FIELDS = (
    "id",                          # stable slug
    "title",
    "provider",                    # provider as the source wrote it ("HiSF")
    "provider_id",                 # registry id of the current institution ("hvl")
    "provider_name",               # current institution name ("Høgskulen på Vestlandet")
    "provider_former",             # the 2014 name when it differs, else None
    "url",
    "description",
    "credits_min", "credits_max",  # float | None (0/0 for non-credit courses)
    "level",                       # LEVELS | None
    "kind",                        # KINDS | None
    "part_time",                   # bool | None
    "delivery",                    # list of DELIVERY
    "admission_education",         # ADMISSION_EDUCATION | None
    "admission_experience_years",  # int | None
    "realkompetanse",              # bool
    "target",                      # list of TARGETS
    "locations",                   # list of {place, kommune_nr, kommune, county, region, lat, lon}
    "locations_from_campus",       # always False: a place is one the source names (kept for old readers)
    "reach",                       # REACHES
    "topics",                      # list of topic codes (domain.topics.TOPICS)
    "enrolment",                   # ENROLMENT | None
    "price_nok",                   # int | None (the study fee; never the semester fee)
    "price_per",                   # PRICE_UNITS | None: what price_nok is per ("semester"); None for the whole offer or unsaid
    "start_term",                  # "2025-host" | "2026-var" | None (domain.when)
    "application_deadline",        # ISO date | None
    "duration_semesters",          # int | None
    "teaching_language",           # "no" | "en" | None
    "sessions_count",              # int | None (number of samlinger)
    "session_days",                # int | None (total days of teaching in sessions)
    "status",                      # STATUSES
    "source",                      # where the record came from (seed file + section, or "crawl")
    "source_kind",                 # "survey_2014" | "provider_page" | "crawl"
    "source_date",                 # the date or study year the source states ("2014", "2025 HØST")
    "source_year",                 # int | None: the latest year in source_date
    "source_url",                  # the page the facts were read from (by hand), or None
    "checked",                     # {"by": "hand"|"crawl", "date": ISO} | None (never checked since the source)
    "continues",                   # list of ids of 2014 rows this offer continues
    "continued_by",                # [{"id", "title"}, ...]: today's offers that continue a 2014 row (empty if none)
    "first_seen", "last_seen", "last_changed",  # ISO dates
    "raw",                         # dict of the raw text each field was normalised from
    "evidence",                    # field → {"how": label|section|sentence|structured|address, "where": label or sentence}
)


def credit_bearing(record: dict) -> bool:
    """An offer gives credits (and so ends with an exam) when its upper credits are above 0;
    the one definition, which the index's filter, order and facts words follow."""
    return (record.get("credits_max") or 0) > 0


def counties(record: dict) -> list[str]:
    """The distinct counties of a record's locations, in order."""
    return _distinct(loc.get("county") for loc in record.get("locations") or [])


def regions(record: dict) -> list[str]:
    """The distinct regions of a record's locations, in order."""
    return _distinct(loc.get("region") for loc in record.get("locations") or [])


def _distinct(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out
