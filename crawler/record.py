"""The canonical course record: the field names every part of Kurskatalog shares.

A record is a plain dict (JSON-serialisable) so it can be stored, indexed and
served without conversion layers. This module names the fields and their
allowed values; `crawler.normalise` fills them from raw text, `index` indexes
them, `webapp` shows them.
"""

from __future__ import annotations

# Controlled vocabularies (values of the facets).
LEVELS = ("bachelor", "master", "fagskole", "none")
KINDS = ("degree", "one_year", "single_course", "non_credit")
DELIVERY = ("samling", "nett", "campus", "kveld", "video")
ADMISSION_EDUCATION = ("generell_studiekompetanse", "bachelor", "master", "other")
TARGETS = ("helse", "sosial", "offentlig", "generell", "tannhelse")
ENROLMENT = ("open", "commissioned")
REGIONS = ("ost", "sor", "vest", "midt", "nord")
STATUSES = ("active", "stale", "gone")

# Raw columns of catalogue_seed.csv, in order.
SEED_COLUMNS = (
    "id", "provider", "title", "kind", "credits", "target_group", "description",
    "admission", "part_time", "delivery", "locations", "url", "source",
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
    "locations_from_campus",       # True when the source named no place and campuses were used
    "topics",                      # list of topic codes (crawler.topics.TOPICS)
    "enrolment",                   # ENROLMENT | None
    "price_nok",                   # int | None (the study fee; never the semester fee)
    "start_term",                  # "2025-host" | "2026-var" | None (crawler.when)
    "application_deadline",        # ISO date | None
    "duration_semesters",          # int | None
    "teaching_language",           # "no" | "en" | None
    "sessions_count",              # int | None (number of samlinger)
    "session_days",                # int | None (total days of teaching in sessions)
    "status",                      # STATUSES
    "source",                      # where the record came from (seed file + section, or "crawl")
    "first_seen", "last_seen", "last_changed",  # ISO dates
    "raw",                         # dict of the raw text each field was normalised from
    "evidence",                    # field → {"how": label|section|sentence|structured, "where": label or sentence}
)


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
