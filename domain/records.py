"""Raw offer → canonical record: the item pipeline's normalise step.

A raw offer is a dict of text as a source wrote it, with the seed CSV's column
names (`domain.record.SEED_COLUMNS`) plus optional `price` and `sessions`;
both seed rows (`domain.seed`) and extracted pages (`crawler.extract`) arrive
in that shape. `build_record` turns it into the canonical record of
`domain.record` with the field normalisers of `domain.normalise`. It never
raises on odd text: what cannot be parsed becomes None, and the raw text is
kept under `raw`.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from domain import normalise, places, providers, topics, when

# Raw keys kept under record["raw"] (the text each normalised field came from).
RAW_KEYS = ("provider", "kind", "level", "credits", "target_group", "admission", "part_time",
            "delivery", "locations", "price", "sessions", "start", "deadline", "duration", "teaching_language")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value) -> str:
    """A raw cell as clean single-spaced text: no control characters, NFC."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _CONTROL.sub(" ", text)
    return " ".join(text.split())


def slugify(text: str, max_len: int = 70) -> str:
    """An ASCII slug: 'HiSF Master i ledelse' → 'hisf-master-i-ledelse'."""
    text = clean_text(text).lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:max_len].rstrip("-") or "tilbud"


def build_record(raw: dict, *, source: str = "", default_enrolment: str | None = None,
                 campus_fallback: bool = False) -> dict:
    """Normalise one raw offer into a canonical record (without provenance dates).

    A place is one the source names. `campus_fallback` (off; for experiments only) would
    put the provider's campuses where the source names none: guesses, never shown."""
    r = {k: clean_text(v) for k, v in raw.items() if k not in ("raw", "evidence")}
    evidence = raw.get("evidence") if isinstance(raw.get("evidence"), dict) else {}
    title = r.get("title", "")
    description = r.get("description", "")

    credits_min, credits_max = normalise.credits(r.get("credits"))
    kind_text = " ".join(x for x in (r.get("kind"), r.get("level")) if x)
    prov = providers.resolve_provider(r.get("provider")) or {}
    level, kind = normalise.level_and_kind(kind_text, title, description, credits_max,
                                           credits_raw=r.get("credits", ""),
                                           provider_kind=providers.provider_kind(prov.get("provider_id")))
    if kind == "non_credit" and credits_max is None:
        credits_min, credits_max = normalise.credits(r.get("credits"), non_credit=True)

    admission = normalise.admission(r.get("admission"))
    locations, from_campus = _locations(r.get("locations"), prov if campus_fallback else {})
    start = when.start_term(r.get("start"))
    deadline = when.application_deadline(r.get("deadline"), start)
    start = when.start_after_deadline(r.get("start"), start, deadline)   # "Start: 1 December 2016, Deadline: 1 March 2017"
    start = when.season_after_deadline(r.get("start"), start, deadline)  # "Startsemester: Haust", "Søknadsfrist: 15. april 2017"
    sessions_count, session_days = normalise.sessions(
        " ".join(x for x in (r.get("sessions"), r.get("delivery"), description) if x))
    enrolment = normalise.enrolment(" ".join((title, description))) or default_enrolment
    # from a crawled page's whole text only its gatherings: its sentences were already searched for
    # teaching forms (crawler/prose.py), and every "campus", "daglig" or "online" it mentions is not one
    delivery_codes = normalise.delivery(r.get("delivery")) or [
        code for code in normalise.delivery("", description) if source != "crawl" or code == "samling"]

    record = {
        "id": r.get("id") or slugify(f"{r.get('provider', '')} {title}"),
        "title": title,
        "provider": r.get("provider", ""),
        "provider_id": prov.get("provider_id"),
        "provider_name": prov.get("provider_name") or r.get("provider") or None,
        "provider_former": prov.get("provider_former"),
        "url": r.get("url", ""),
        "description": description,
        "credits_min": credits_min,
        "credits_max": credits_max,
        "level": level,
        "kind": kind,
        "part_time": normalise.part_time(r.get("part_time")),
        "delivery": delivery_codes,
        "admission_education": admission.get("admission_education"),
        "admission_experience_years": admission.get("admission_experience_years"),
        "realkompetanse": bool(admission.get("realkompetanse")),
        "target": normalise.target(r.get("target_group"), description),
        "locations": locations,
        "locations_from_campus": from_campus,
        "reach": normalise.reach(r.get("locations"), bool(locations), delivery_codes),
        "topics": topics.classify(title, description),
        "enrolment": enrolment,
        "price_nok": normalise.price_nok(r.get("price")),
        "price_per": normalise.price_per(r.get("price")),
        "start_term": start,
        "application_deadline": deadline,
        "duration_semesters": when.duration_semesters(r.get("duration")),
        "teaching_language": normalise.teaching_language(r.get("teaching_language")),
        "sessions_count": sessions_count,
        "session_days": session_days,
        "status": "active",
        "source": source or r.get("source", ""),
        "first_seen": None,
        "last_seen": None,
        "last_changed": None,
        "raw": {k: r.get(k, "") for k in RAW_KEYS if r.get(k)},
        "evidence": {k: {"how": str(v.get("how", "")), "where": clean_text(v.get("where"))[:300]}
                     for k, v in evidence.items() if k in RAW_KEYS and isinstance(v, dict) and r.get(k)},
    }
    return record


def _locations(text: str | None, prov: dict) -> tuple[list[dict], bool]:
    """Places named by the source, resolved (`place_in`); the provider's campuses only when asked."""
    named = []
    for place in places.split_places(text or ""):
        loc = place_in(place)
        if loc and loc["kommune_nr"] not in {x["kommune_nr"] for x in named}:
            named.append(loc)
    if named:
        return named, False
    campuses = list(prov.get("campuses") or [])
    return campuses, bool(campuses)


_REMARK = re.compile(r"\s*\([^)]*\)?\s*$")
# An institution named after its town: "Universitetet i Bergen", "Høgskulen i Volda" (no place of teaching); so is a
# public body named after its region, which may organise a course elsewhere: "Statsforvalteren i Oslo og Viken",
# "Fylkesmannen i Vestland".
_INSTITUTION = re.compile(r"(?:universitet\w*|høgskole\w*|høgskule\w*|høyskole\w*|sykehus\w*|sjukehus\w*|kommune"
                          r"|statsforvalter\w*|fylkesmann\w*|fylkesmenn\w*|fylkeskommune\w*)$", re.I)
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][\wæøåÆØÅ-]+(?:\s+i\s+[A-ZÆØÅ][\wæøå-]+)?")


def place_in(text: str) -> dict | None:
    """A place as a source writes it, resolved: the name itself, or without a remark in
    brackets ("Oslo (hovedvekten)"), "-området" ("Oslo-området"), or the place a longer phrase
    names ("åpne moduler i Tromsø", "BI, Nydalen Oslo", "Gydas vei 8 på Majorstuen i Oslo"): the last capitalised
    name that resolves (the larger place comes last: "Os utenfor Bergen" is near Bergen, not Os in Innlandet)."""
    loc = places.resolve_place(text)
    if loc:
        return loc
    bare = _REMARK.sub("", text).strip()
    bare = re.sub(r"-området$|-omradet$|-regionen$", "", bare).strip()
    if bare and bare != text:
        loc = places.resolve_place(bare)
        if loc:
            return loc
    for name in reversed(_CAPITALISED.findall(bare)):
        loc = places.resolve_place(name)
        district, _, town = name.rpartition(" i ")
        if not loc and town and not _INSTITUTION.search(district):
            loc = places.resolve_place(town)    # a district in its town: "på Majorstuen i Oslo" (not "Universitetet i Bergen")
        if loc:
            return loc
    return None


def content_hash(record: dict) -> str:
    """A hash of what a record says (not of when it was seen), to detect changes."""
    keep = {k: v for k, v in record.items()
            if k not in ("first_seen", "last_seen", "last_changed", "status", "provenance")}
    blob = json.dumps(keep, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
