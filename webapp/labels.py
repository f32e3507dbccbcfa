"""Norwegian (bokmål) labels and display formats for record fields and facet values: every
formatter and label the pages, compare, the CLI and the CSV exports use (which facts each view
shows, in which order, is `webapp.facts`).

Every facet value the index can produce has a label here, taken from the domain's one
source (`domain.vocabulary`, topic labels from `domain.topics`, region labels from
`domain.places`). Provider labels come from the records themselves (provider_id →
provider_name), cached per index generation.
"""

from __future__ import annotations

import re
import threading
from datetime import date, datetime

from domain import places as domain_places, topics, vocabulary

# Facet parameter name → heading shown on the site, in display order.
FACET_NAMES = {
    "topic": "Tema",
    "level": "Nivå",
    "kind": "Type",
    "part_time": "Deltid/heltid",
    "delivery": "Undervisningsform",
    "region": "Landsdel",
    "county": "Fylke",
    "provider": "Tilbyder",
    "target": "Målgruppe",
    "enrolment": "Opptak",
    "start": "Oppstart",
    "reach": "Sted",
    "status": "Status",
}

UNKNOWN = "Ukjent"
NOT_STATED = "Ikke oppgitt"


def _with_unknown(labels: dict) -> dict:
    return {**labels, "unknown": UNKNOWN}


# Value labels: one source (domain.vocabulary, domain.topics, domain.places), "unknown" added.
LEVEL = _with_unknown(vocabulary.LEVEL)
KIND = _with_unknown(vocabulary.KIND)
PART_TIME = _with_unknown(vocabulary.PART_TIME)
DELIVERY = _with_unknown(vocabulary.DELIVERY)
TARGET = _with_unknown(vocabulary.TARGET)
ENROLMENT = _with_unknown(vocabulary.ENROLMENT)
STATUS = _with_unknown(vocabulary.STATUS)
STATUS_NOTE = vocabulary.STATUS_NOTE
REACH = dict(vocabulary.REACH)
REGION = _with_unknown(domain_places.REGIONS)
TOPIC = dict(topics.TOPICS)
ADMISSION_EDUCATION = vocabulary.ADMISSION_EDUCATION
LANGUAGE = vocabulary.TEACHING_LANGUAGE
# Where a distance was measured to, when it is not a place (the API's nearest_place codes).
NEAREST = {"nettbasert": "Nettbasert", "hos oppdragsgiver": "Hos oppdragsgiver",
           "sted ikke oppgitt": "Sted ikke oppgitt"}

# Sort parameter → label (distance sorting comes with the kommune work).
SORTS = {
    "relevance": "Relevans",
    "credits": "Studiepoeng, stigende",
    "-credits": "Studiepoeng, synkende",
    "provider": "Tilbyder",
    "title": "Tittel",
    "deadline": "Søknadsfrist",
}

_STATIC = {
    "level": LEVEL, "kind": KIND, "part_time": PART_TIME, "delivery": DELIVERY,
    "target": TARGET, "enrolment": ENROLMENT, "status": STATUS, "region": REGION, "reach": REACH,
    "topic": TOPIC,
}


# -- providers ---------------------------------------------------------------

_provider_cache: dict[str, dict[str, str]] = {}
_provider_lock = threading.Lock()


def provider_names(catalogue, generation: str | None = None) -> dict[str, str]:
    """provider_id → current provider name, built once per index generation."""
    if generation is None:
        generation = catalogue.meta().generation
    with _provider_lock:
        cached = _provider_cache.get(generation)
        if cached is not None:
            return cached
    names: dict[str, str] = {}
    for record in catalogue.all_records():
        pid = record.get("provider_id") or "unknown"
        name = record.get("provider_name") or record.get("provider")
        if name and pid not in names:
            names[pid] = name
    names.setdefault("unknown", UNKNOWN)
    with _provider_lock:
        _provider_cache.clear()  # only the serving generation is worth keeping
        _provider_cache[generation] = names
    return names


def value_label(facet: str, value: str, providers: dict[str, str] | None = None) -> str:
    """The label of one facet value; the value itself when nothing better is known."""
    if facet == "start":
        return term(value) or UNKNOWN
    if facet == "provider":
        return (providers or {}).get(value) or (UNKNOWN if value == "unknown" else value)
    if facet == "county":
        return UNKNOWN if value == "unknown" else value
    return _STATIC.get(facet, {}).get(value) or (UNKNOWN if value == "unknown" else value)


def topic_label(code: str) -> str:
    return TOPIC.get(code, code)


# -- display formats ---------------------------------------------------------

def number(value) -> str:
    """7.5 → "7,5"; 15.0 → "15"."""
    if value is None:
        return ""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return f"{value:g}".replace(".", ",")


def credits(record: dict) -> str:
    low, high = record.get("credits_min"), record.get("credits_max")
    if low is None and high is None:
        return UNKNOWN
    low = high if low is None else low
    high = low if high is None else high
    if not high:
        return "Uten studiepoeng"
    if low == high:
        return f"{number(high)} stp"
    return f"{number(low)}–{number(high)} stp"


def credits_range(low, high) -> str:
    """A credits filter in words: "7,5–30 stp", "minst 7,5 stp", "høyst 30 stp"."""
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)} stp"
    return f"minst {number(low)} stp" if low is not None else f"høyst {number(high)} stp"


def price(value, per=None) -> str:
    """"kr 45 000", with what it is per when the source says: "kr 45 000 per semester"."""
    if value is None:
        return NOT_STATED
    try:
        amount = int(round(float(value)))
    except (TypeError, ValueError):
        return NOT_STATED
    unit = price_per(per) if amount else ""
    return "kr " + f"{amount:,}".replace(",", " ") + (f" {unit}" if unit else "")


def price_per(per) -> str:
    """What a price is per, for a table cell: "per semester"; empty for the whole offer or unsaid."""
    return vocabulary.PRICE_PER.get(per, "") if isinstance(per, str) else ""


def _parse(value) -> datetime | date | None:
    if not value:
        return None
    if isinstance(value, (datetime, date)):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def date_nb(value) -> str:
    """ISO date or timestamp → "dd.mm.yyyy"; "" when missing or unreadable."""
    parsed = _parse(value)
    return parsed.strftime("%d.%m.%Y") if parsed else ""


def datetime_nb(value) -> str:
    """ISO timestamp → "dd.mm.yyyy kl. HH:MM"."""
    parsed = _parse(value)
    if parsed is None:
        return ""
    if isinstance(parsed, datetime):
        return parsed.strftime("%d.%m.%Y kl. %H:%M")
    return parsed.strftime("%d.%m.%Y")


def count_offers(n: int) -> str:
    """"1 tilbud", "23 tilbud", "1 234 tilbud" (the noun is the same in the plural)."""
    return f"{n:,}".replace(",", " ") + " tilbud"


def admission(record: dict) -> str:
    parts = []
    edu = record.get("admission_education")
    if edu:
        parts.append(ADMISSION_EDUCATION.get(edu, edu))
    years = record.get("admission_experience_years")
    if years:
        text = f"{years} års relevant yrkeserfaring"
        parts.append(("+ " + text) if parts else text.capitalize())
    out = " ".join(parts)
    if record.get("realkompetanse"):
        out = (out + ". " if out else "") + "Opptak på grunnlag av realkompetanse er mulig"
    return out or NOT_STATED


def term(value) -> str:
    """"2025-host" → "Høst 2025"; "" when missing."""
    text = str(value or "")
    if re.fullmatch(r"\d{4}-(host|var)", text):
        return f"{'Høst' if text[5:] == 'host' else 'Vår'} {text[:4]}"
    return ""


def start(value) -> str:
    """A start term as a fact: "Høst 2025"; "Ikke oppgitt" when missing."""
    return term(value) or NOT_STATED


def term_order(value) -> tuple:
    """Sort key of a start term: chronological (spring before autumn), unknown last."""
    text = str(value or "")
    if term(text):
        return (0, int(text[:4]), text[5:] == "host")
    return (1, 0, False)


def deadline_passed(value, today: date | None = None) -> bool:
    """Whether an application deadline (ISO date) is known and has passed."""
    parsed = _parse(value)
    if parsed is None:
        return False
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    return day < (today or date.today())


def deadline(value, today: date | None = None) -> str:
    """"15.04.2026", with "(utløpt)" when the date has passed; "Ikke oppgitt" when missing."""
    parsed = _parse(value)
    if parsed is None:
        return NOT_STATED
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    passed = day < (today or date.today())
    return parsed.strftime("%d.%m.%Y") + (" (utløpt)" if passed else "")


def duration(value) -> str:
    """2 → "2 semestre"; "Ikke oppgitt" when missing."""
    if not value:
        return NOT_STATED
    return "1 semester" if int(value) == 1 else f"{int(value)} semestre"


def teaching_language(value) -> str:
    return LANGUAGE.get(value or "", NOT_STATED)


def part_time(value) -> str:
    return {True: "Deltid", False: "Heltid"}.get(value, UNKNOWN)


def sessions(record: dict) -> str:
    count, days = record.get("sessions_count"), record.get("session_days")
    parts = []
    if count:
        parts.append(f"{count} samling" + ("er" if count != 1 else ""))
    if days:
        parts.append(f"{days} dag" + ("er" if days != 1 else "") + " i alt")
    return ", ".join(parts)


def places(record: dict) -> list[str]:
    """Distinct kommune (or place) names of a record."""
    out: list[str] = []
    for loc in record.get("locations") or []:
        name = loc.get("kommune") or loc.get("place")
        if name and name not in out:
            out.append(name)
    return out


def counties(record: dict) -> list[str]:
    """Distinct county names of a record's places."""
    return list(dict.fromkeys(loc["county"] for loc in record.get("locations") or [] if loc.get("county")))


def locations(record: dict) -> list[str]:
    """"Bergen (Vestland)" per location."""
    out: list[str] = []
    for loc in record.get("locations") or []:
        name = loc.get("kommune") or loc.get("place")
        if not name:
            continue
        county = loc.get("county")
        text = f"{name} ({county})" if county and county != name else name
        if text not in out:
            out.append(text)
    return out


def distance(record: dict, group: bool = False) -> str:
    """"123 km i luftlinje til Bergen", "Nettbasert", "Hos oppdragsgiver", "Sted ikke oppgitt", or ""
    when no distance was asked for."""
    if record.get("online_only"):
        return "Nettbasert"
    if record.get("nearest_place") == "hos oppdragsgiver":
        return "Hos oppdragsgiver (kan holdes i kommunen)"
    km = record.get("distance_km")
    if km is None:
        return "Sted ikke oppgitt" if record.get("nearest_place") == "sted ikke oppgitt" else ""
    if group:
        return f"{km:.0f} km i luftlinje (lengste reisevei i gruppen)"
    place = record.get("nearest_place")
    return f"{km:.0f} km i luftlinje" + (f" til {place}" if place else "")


def nearest_place(value) -> str | None:
    """The API's nearest_place as a person reads it: a place name as it is, "nettbasert" →
    "Nettbasert"."""
    return NEAREST.get(value, value)


def provider(record: dict) -> str:
    """The provider's current name (the source's own name when the registry has none)."""
    return record.get("provider_name") or record.get("provider") or UNKNOWN


def former_provider(record: dict) -> str | None:
    """The provider's former name when it has merged or been renamed since the source
    ("Høgskulen i Sogn og Fjordane" for HVL), from the provider registry. The source's own
    way of writing the provider ("UiB", or "UiA / NHH / NLA / BI / UiB" for a shared offer)
    is not a former name and is never shown as one."""
    return record.get("provider_former") or None


def http_url(value) -> str | None:
    """The URL when it is a plain http(s) address, else None (never a javascript: link)."""
    text = str(value or "").strip()
    if text.lower().startswith(("http://", "https://")) and not any(c in text for c in "\x00\r\n"):
        return text
    return None


def same_text(a, b) -> bool:
    """Whether a raw source text says the same as the displayed value (ignoring case and spacing)."""
    def norm(x):
        return " ".join(str(x or "").casefold().replace("–", "-").split())
    return norm(a) == norm(b)


def evidence(ev) -> str | None:
    """Where a crawled fact came from, for people: "under «Studiepoeng»", "i avsnittet «Opptakskrav»",
    "fra en setning på siden", "fra sidens strukturerte data", "fra sidens adresse", "fra sidens tittel"."""
    if not isinstance(ev, dict):
        return None
    how, where = ev.get("how"), str(ev.get("where") or "")[:80]
    if how == "label" and where:
        return f"under «{where}»"
    if how == "section" and where:
        return f"i avsnittet «{where}»"
    if how == "sentence":
        return "fra en setning på siden"
    if how == "structured":
        return "fra sidens strukturerte data"
    if how == "address":
        return "fra sidens adresse"
    if how == "title":
        return "fra sidens tittel"
    return None


def place_text(record: dict) -> str:
    """The teaching places as the source names them, or what it says instead."""
    names = places(record)
    reach = record.get("reach")
    extra = {"online": "Nettbasert", "anywhere": "Hos oppdragsgiver (desentralisert)"}.get(reach)
    if names:
        return ", ".join(names) + (f"; {extra.lower()}" if extra else "")
    return extra or "Sted ikke oppgitt"


SOURCE_NAMES = {
    "002_1b1a7e2b1956b839.txt": "AFI-rapporten for KS og Helsedirektoratet (2014)",
    "000_c44da8f292e0a310.txt": "Kursplan for etterutdanning i mangfoldsledelse (pilot 2018–2019)",
    "001_69f750f77c4ce840.txt": "DIFIs presentasjon av lederopplæring i forsøk med moderat kvotering",
    "003_939abd776292295b.txt": "BIs presentasjon av den nasjonale lederutdanningen (2023)",
    "004_c94a8ab476d8b7da.txt": "Tillegg til tildelingsbrev fra Helse- og omsorgsdepartementet (2020)",
}


def source_text(record: dict) -> str:
    """The source as a person would cite it: "AFI-rapporten for KS og Helsedirektoratet (2014),
    vedlegg «Eksisterende lederutdanning», tabell 1", "Tilbyderens side (studieåret 2025/2026)",
    "Tilbyderens side, hentet av roboten". Never a file name."""
    kind = record.get("source_kind")
    if kind == "provider_page":
        when = page_date_text(record.get("source_date"))
        return "Tilbyderens side" + (f" ({when})" if when else " (siden oppgir ingen dato)")
    if kind == "crawl" or record.get("source") == "crawl":
        return "Tilbyderens side, hentet av roboten"
    cited = [_cite(part) for part in str(record.get("source") or "").split(";") if part.strip()]
    return "; ".join(dict.fromkeys(c for c in cited if c)) or UNKNOWN


def _cite(raw: str) -> str | None:
    """One source reference ("002_….txt: Appendix table 3 (generell)", "002_….txt: 3.2")."""
    name, _, part = raw.strip().partition(":")
    cited = SOURCE_NAMES.get(name.strip())
    if not cited:
        return None if re.fullmatch(r"\d{3}_[0-9a-f]+\.txt", name.strip()) else raw.strip()
    m = re.search(r"table (\d)", part, re.I)
    if "appendix" in part.lower() and m:
        return f"{cited}, vedlegg «Eksisterende lederutdanning», tabell {m.group(1)}"
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)*)\s*", part)
    if m:
        return f"{cited}, kapittel {m.group(1)}"
    return cited


_TERM_WORDS = {"høst": "høsten", "høsten": "høsten", "haust": "høsten", "hausten": "høsten",
               "autumn": "høsten", "fall": "høsten", "vår": "våren", "våren": "våren", "spring": "våren"}
_TERM_IN_TEXT = re.compile(r"(?:(oppstart)\s+)?\b(høsten|høst|hausten|haust|autumn|fall|våren|vår|spring)\s+(\d{4})\b"
                           r"|\b(\d{4})\s+(høst|haust|autumn|fall|vår|spring)\b", re.I)


def page_date_text(text) -> str:
    """The date or study year a provider page states, as a Norwegian reader writes it:
    "2018-11-03" → "datert 03.11.2018", "2023/2024" → "studieåret 2023/2024", "2023 HØST" →
    "høsten 2023", "Valid from 2024 FALL" → "høsten 2024"; "" when none."""
    text = str(text or "").strip()
    if not text:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"datert {date_nb(text)}" if date_nb(text) else text
    years = re.search(r"\b(\d{4})\s*[/–-]\s*(\d{4})\b", text)
    if years:
        first, last = int(years.group(1)), int(years.group(2))
        return f"studieåret {first}/{last}" if last == first + 1 else f"{first}–{last}"
    terms = list(_TERM_IN_TEXT.finditer(text))
    if terms:
        chosen = next((m for m in terms if m.group(1)), terms[0])   # "oppstart høsten 2025" wins
        word, year = (chosen.group(2), chosen.group(3)) if chosen.group(2) else (chosen.group(5), chosen.group(4))
        return f"{_TERM_WORDS[word.lower()]} {year}"
    year = re.search(r"\b(19|20)\d{2}\b", text)
    return year.group(0) if year else text[:60]


def checked_text(record: dict) -> str:
    """When and how the offer was last checked, truthfully."""
    checked = record.get("checked") or {}
    if checked.get("by") == "crawl" and checked.get("date"):
        return f"{date_nb(checked['date'])}, av roboten"
    if checked.get("by") == "hand" and checked.get("date"):
        return f"{date_nb(checked['date'])}, for hånd fra en lagret kopi av tilbyderens side"
    if record.get("source_kind") not in ("survey_2014", "provider_page") and record.get("last_seen"):
        return date_nb(record["last_seen"])
    return "Ikke sjekket etter kilden"


def dead_link(record: dict) -> bool:
    """Is the offer's address on a domain that no longer exists (a merged college's old site)?"""
    from domain import providers

    url = http_url(record.get("url"))
    if not url:
        return False
    host = (url.split("/")[2] if url.count("/") >= 2 else "").split(":")[0].lower()
    for p in providers.providers():
        for d in p.get("former_domains") or []:
            if host == d or host.endswith("." + d):
                return True
    return False


def apply_link(record: dict) -> str | None:
    """The address to offer as "read more and apply": today's offers on a live address only."""
    if record.get("status") in ("historical", "gone") or dead_link(record):
        return None
    return http_url(record.get("url"))
