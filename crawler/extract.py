"""Page → raw offer: what a course page says, as text, before normalising.

Extraction reads a page in four steps, each its own module:

1. `crawler.structured`: schema.org `Course` / `EducationalOccupationalProgram` items in
   JSON-LD or microdata;
2. `crawler.blocks`: the page's own content as typed lines (headings, label/value pairs in
   any markup, text, list items, links), without menus, cookie banners, breadcrumbs and
   footers;
3. `crawler.facts`: facts under labels and section headings, in bokmål, nynorsk and English;
4. `crawler.prose`: facts stated in sentences, for the fields the labels did not give.

Structured data wins over labels, labels over sections, sections over sentences.
`crawler.recognise` decides from what was found whether the page is a course page at all;
unless structured data decided, `crawler.learned` weighs that decision's evidence with the page's
words and has the last word (`ExtractResult.recognition` keeps the rules' verdict, the features and
the probability, for training; only the reason reaches a reader).
The title comes from structured data, the h1, og:title or <title> (without the site
suffix); the description from structured data, the "Om studiet"/"About" section, the meta
description or the first substantial paragraphs (≤ 2000 characters); the provider from
structured data or og:site_name; the page language from <html lang>, structured
inLanguage or its words.

The raw offer uses the seed CSV's keys plus the page's own (`OFFER_KEYS`) so one normaliser
handles seed rows and pages; `evidence` tells for every field where its text came from
(structured data, a label, a section heading or a sentence). Never raises.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from domain import normalise, places, when

from crawler import blocks, facts, learned, no_credits, prose, recognise, structured
from crawler.blocks import clean
from crawler.frontier import links_from_soup

log = logging.getLogger(__name__)

MAX_HTML = 2_000_000          # characters parsed; the rest of a huge page is ignored
MAX_DESCRIPTION = 2000
LISTING_SPREAD = recognise.LISTING_SPREAD

OFFER_KEYS = ("title", "provider", "kind", "credits", "target_group", "description", "admission",
              "part_time", "delivery", "locations", "url", "price", "sessions", "start", "deadline",
              "duration", "teaching_language", "language", "method", "evidence")
# Fields read from labels, sections and sentences (in this order of trust).
FIELDS = ("credits", "kind", "target_group", "admission", "part_time", "delivery", "locations", "price",
          "sessions", "start", "deadline", "duration", "teaching_language")
ABOUT_HEADINGS = ("om studiet", "om kurset", "om programmet", "om utdanninga", "om utdanningen", "om studiet:",
                  "about the programme", "about the program", "about the course", "about", "beskrivelse",
                  "kort om studiet", "innhold", "innhald", "studiets innhold", "course description", "om emnet",
                  "introduksjon", "innledning", "innleiing", "introduction", "presentasjon")
_NN_WORDS = frozenset("ikkje eit kva korleis dei frå berre mykje vert vore òg saman tenestene leiing leiarar "
                      "studiestad undervisningsstad kven desse gjennom skal ein hjå no".split())
_NB_WORDS = frozenset("ikke et hva hvordan de fra bare mye blir vært også sammen tjenestene ledelse ledere "
                      "studiested undervisningssted hvem disse hos nå".split())
_EN_WORDS = frozenset("the and of for with is are this you students course programme program will in to "
                      "your who what".split())

# Kept for callers of the old interface.
label_key = facts.label_key
LABELS = facts.LABELS


@dataclass
class ExtractResult:
    is_course: bool = False
    offer: dict | None = None
    links: list[str] = field(default_factory=list)
    canonical: str | None = None
    reason: str = ""              # why the page is or is not a course page
    recognition: dict = field(default_factory=dict)   # the rules' verdict, the model's features and probability


def extract(html, url: str) -> ExtractResult:
    """Read one page. Never raises: broken, empty, binary or huge input gives what it can."""
    try:
        if isinstance(html, (bytes, bytearray)):
            html = bytes(html[:MAX_HTML]).decode("utf-8", "replace")
        return _extract(str(html or "")[:MAX_HTML], url)
    except Exception as exc:  # noqa: BLE001 - broken input must never stop a crawl
        log.warning("extracting %s failed; only its links are kept", url, exc_info=True)
        try:
            return ExtractResult(links=links_from_soup(BeautifulSoup(str(html or "")[:MAX_HTML], "lxml"), url),
                                 reason=f"unreadable page ({type(exc).__name__})")
        except Exception:  # noqa: BLE001
            log.warning("reading the links of %s failed too", url, exc_info=True)
            return ExtractResult(reason="unreadable page")


class _Page:
    """The parsed page: soup, scripts (for JSON-LD), top-level microdata items, meta tags."""

    def __init__(self, html: str):
        self.soup = BeautifulSoup(html.replace("\x00", ""), "lxml")
        self.scripts = [s for s in self.soup.find_all("script", limit=500)]
        self.items = [t for t in self.soup.find_all(attrs={"itemscope": True}, limit=400)
                      if "itemprop" not in t.attrs][:200]
        self.meta: dict[str, str] = {}
        for tag in self.soup.find_all("meta", limit=500):
            key = str(tag.get("property") or tag.get("name") or "").strip().lower()
            if key and key not in self.meta:
                self.meta[key] = clean(tag.get("content"))


# A place that is no place but the teaching form: "Kurssted: Digitalt", "Studiested: Nettbasert", "Sted: Zoom".
_ONLINE_PLACE = re.compile(r"\s*(?:digitalt|nettbasert|nett|på nett|online|nettstudium|nettkurs|zoom|webinar)(?:\s+via\s+\w+)?"
                           r"\s*\.?\s*", re.I)
_PLACE_PARTS = re.compile(r"\s*(?:[;/,]|\b(?:og|eller|and|or)\b)\s*", re.I)


def _extract(html: str, url: str) -> ExtractResult:
    page = _Page(html)
    result = ExtractResult(links=links_from_soup(page.soup, url), canonical=_canonical(page.soup, url))
    courses, method = structured.courses(structured.jsonld_items(page.scripts)), "jsonld"
    if not courses:
        courses, method = structured.courses([structured.md_item(el) for el in page.items]), "microdata"
    names = {clean(structured.text_of(c.get("name"))).lower() for c in courses}
    schema = structured.from_schema(courses[0]) if len(names) == 1 else {}

    lines = blocks.page_lines(page.soup, facts.is_label)
    labelled = facts.read_facts(lines, usable)
    prose_credits = prose.credits(lines)
    h1 = prose.page_title(lines)
    title = schema.get("title") or h1 or _head_title(page)
    # course facts only sentences state: evidence for recognition, and the fields' values below
    in_sentences = {key: prose.FINDERS[key](lines) for key in recognise.PROSE_FACTS if key not in labelled}
    stated = sorted(key for key, fact in in_sentences.items() if fact is not None and usable(key, fact.raw))
    decision = recognise.decide(title=title, structured_courses=len(names), facts=labelled,
                                prose_credits=prose_credits, lines=lines, spread=facts.label_spread(lines),
                                url=url, meta=page.meta, prose_facts=stated)
    result.reason = decision.reason
    is_course = decision.is_course
    if not names and title and not recognise.final(decision):   # structured data and final vetoes are not
        #                                                             second-guessed; the text's evidence is weighed
        is_course, result.reason = _second_opinion(decision, result, title=title, url=url, lines=lines,
                                                   facts=labelled, prose_credits=prose_credits is not None,
                                                   prose_facts=stated)
    if not is_course:
        return result

    offer: dict = {key: "" for key in OFFER_KEYS}
    evidence: dict[str, dict] = {}
    for key in FIELDS:
        fact = None
        if schema.get(key):
            fact = facts.Fact(schema[key], "structured", method)
        elif key in labelled:
            fact = labelled[key]
            if key not in ("credits", "kind") and not usable(key, fact.raw):
                said = _in_prose(key, lines)        # "Studieform: Nettbasert med samlinger" says no pace, "Oppmøte:
                if said is not None and usable(key, said.raw):   # Obligatorisk" no place; "… mens du er i jobb",
                    fact = said                                  # "Undervisningen foregår i Bergen" do
            elif key == "credits" and not usable(key, fact.raw) and prose_credits is not None \
                    and usable(key, prose_credits.raw):
                fact = prose_credits       # "ECTS Credits" heading over prose without a number; a sentence has it
        elif key == "credits":
            fact = prose_credits
        elif key == "locations":
            fact = _in_prose(key, lines)
        elif key != "kind":
            fact = in_sentences[key] if key in in_sentences else prose.FINDERS[key](lines)
        if fact is not None and clean(fact.raw):
            offer[key] = clean(fact.raw)
            evidence[key] = {"how": fact.how, "where": clean(fact.where)[:300]}
    online = [part for part in _PLACE_PARTS.split(offer["locations"]) if _ONLINE_PLACE.fullmatch(part)]
    if not offer["delivery"] and online:
        offer["delivery"] = online[0]               # "Kurssted: Digitalt", "Oslo / Digitalt": where it is taught is how
        evidence["delivery"] = dict(evidence["locations"])
    bare_level = evidence.get("kind", {}).get("how") == "label" and bool(
        _LEVEL_LABEL.match(evidence["kind"]["where"]) and _BARE_DEGREE.match(offer["kind"]))
    if bare_level:
        offer["kind"] = f"{offer['kind']}nivå"          # "Studienivå: Master" is a level, not a degree
    if not offer["kind"] and recognise.study_sub_page(title, lines):    # "Opptakskrav" of one master
        offer["kind"] = recognise.study_sub_page(title, lines)
        evidence["kind"] = {"how": "section", "where": offer["kind"]}
    said_level_kind = normalise.level_and_kind(offer["kind"])
    if not offer["kind"] or evidence.get("kind", {}).get("how") == "section" or bare_level \
            or said_level_kind == (None, None):   # "Varighet, omfang og nivå: Studiet går …"
        level = prose.kind(lines)                  # "på masternivå", "videreutdanning" in sentences
        if level is not None and level.raw.lower() not in offer["kind"].lower() \
                and not _titled_degree(title):     # not "Kurs uten studiepoeng kurs"; a sentence's "enkeltemner"
            #                                        does not outweigh "Digitale helsetjenester - erfaringsbasert master"
            offer["kind"] = clean(f"{offer['kind']} {level.raw}")
            evidence.setdefault("kind", {"how": "sentence", "where": level.where[:300]})
    elif said_level_kind == (None, "single_course"):
        level = prose.kind(lines, level_only=True)  # "Studienivå: Etter- og videreutdanning" and "Nivået er master"
        if level is not None:
            offer["kind"] = clean(f"{offer['kind']} {level.raw}")
            said = evidence.setdefault("kind", {"how": "sentence", "where": ""})
            said["where"] = clean(f"{said['where']} {level.where}")[:300]
    # a course code's title with one figure gives the course's credits, before a sentence's: "STV-3035 … - 15 stp" over
    # "Alle som går på masterprogrammet … (90 studiepoeng) må ta dette emnet" (a label's credits stay; a title without
    # a code may name its programme's size: "Master i helseledelse (90 sp): Økonomistyring")
    coded = recognise.titled_by_code(title) and len(prose.CREDITS.findall(title)) == 1
    titled = "" if offer["credits"] and (evidence["credits"]["how"] != "sentence" or not coded) \
        else prose.title_credits(title)
    if titled:                                  # "Modul 5 – Juss for ledere i helse- og omsorgstjenesten (7,5 sp)"
        offer["credits"] = titled
        evidence["credits"] = {"how": "title", "where": clean(title)[:300]}
    module = bool(offer["kind"]) and evidence.get("kind", {}).get("how") == "sentence" \
        and bool(_ONE_MODULE.fullmatch(offer["kind"].strip()))     # a "modul" said in a sentence: maybe an e-course's parts
    if (not offer["kind"] or module and not no_credits.academic_host(url)) and not offer["credits"] \
            and not _fagskole_address(url, page):   # (a fagskole's own page: one of its educations, below)
        said = no_credits.said(title, lines, url)
        if said:
            offer["kind"] = "kurs"
            evidence["kind"] = {"how": "sentence", "where": said[:300]}
    said_kind = (offer["kind"], evidence.get("kind"))   # "Course type: Three semesters": no kind, maybe a length
    if not offer["kind"] or normalise.level_and_kind(offer["kind"]) == (None, None):
        slug = _address_study(url)                  # ".../studier/program/kristendom-master/undervisning/"
        if slug:
            offer["kind"] = slug
            evidence["kind"] = {"how": "address", "where": slug}
        elif recognise.course_address(url):
            offer["kind"] = "emne"                  # one course's description in a catalogue: ".../emne/MSS530"
            evidence["kind"] = {"how": "address", "where": urlsplit(url).path}
        elif recognise.titled_by_code(title):
            offer["kind"] = "emne"                  # "Health science (HEL5006)": a course known by its code
            evidence["kind"] = {"how": "title", "where": clean(title)[:300]}
        elif _fagskole_address(url, page):
            offer["kind"] = "fagskoleutdanning"     # a page of a fagskole's own site that names no kind
            evidence["kind"] = {"how": "address", "where": urlsplit(url).hostname}
    elif _fagskole_address(url, page) and not re.search(r"fagsk[ou]l|kurs", offer["kind"], re.I):
        offer["kind"] = f"{offer['kind']} (fagskoleutdanning)"   # "modul" on ".../kompetanseheving/fagskolen/…"
        evidence["kind"] = {"how": "address", "where": urlsplit(url).path[:300]}
    if _PHD_PROGRAMME.match(clean(title)):         # a doctoral programme: its training part's 30 credits or one
        for field in ("credits", "kind"):           # mandatory course named in a sentence are not the programme's
            if evidence.get(field, {}).get("how") == "sentence":
                offer[field] = ""
                del evidence[field]
    said_credits = evidence.get("credits", {}).get("where", "") if evidence.get("credits", {}).get("how") == "sentence" else ""
    if said_credits and _part_of_a_degree(offer["kind"], title, offer["credits"], said_credits) \
            and not _one_course_s_page(title, evidence) \
            and said_credits != evidence.get("kind", {}).get("where"):  # (one sentence of both: "Den gir 30 studiepoeng,
        #                                                                 som kan regnes inn i en master" is the course's)
        offer["credits"] = ""                       # "… deler bachelorutdanningane om lag 60 studiepoeng" on a bachelor's page
        del evidence["credits"]
    if evidence.get("credits", {}).get("how") == "sentence" and _ONE_MODULE.fullmatch(offer["kind"].strip()) \
            and not _EVERY_MODULE.search(evidence.get("kind", {}).get("where", "")):
        each = prose.module_credits(evidence["credits"]["where"])
        if each:                                    # the page of one module: "… fordelt på tre moduler á 20 studiepoeng"
            offer["credits"] = each
    if not offer["part_time"]:          # "Master i yrkespedagogikk, deltid"; "…, 1. år - heltid over to semestre"
        headed = next((t for t in [title] + [line.text for line in lines if line.kind == "heading" and not line.related]
                       if _HEADED_PACE.search(t)), None)
        if headed:
            offer["part_time"] = _HEADED_PACE.search(headed).group(0)
            evidence["part_time"] = {"how": "sentence", "where": clean(headed)[:300]}
    if not usable("start", offer["start"]):        # none, or a season without its year ("1. semester (høst)")
        term = _lead_term(title, lines)             # "Hausten 2021" atop a study plan, "… H23" in a title
        if term:
            offer["start"] = term
            evidence["start"] = {"how": "sentence", "where": term}
        elif prose.schedule_start(lines) is not None:   # "19.-20. oktober 2023" atop a list of gatherings
            said = prose.schedule_start(lines)
            offer["start"], evidence["start"] = said.raw, {"how": said.how, "where": said.where}
        elif prose.season_start(lines) is not None:     # "Start haust" with "Søknadsperiode 01.02.2023 -"
            said = prose.season_start(lines)
            offer["start"], evidence["start"] = said.raw, {"how": said.how, "where": said.where}
        elif prose.strip_term(lines) is not None:       # "… | 30 studiepoeng | To semester | Høst 2024"
            said = prose.strip_term(lines)
            offer["start"], evidence["start"] = said.raw, {"how": said.how, "where": said.where}
        elif prose.week_start(lines) is not None:       # "Uke 33 / 2021 Digital samling" atop a programme
            said = prose.week_start(lines)
            offer["start"], evidence["start"] = said.raw, {"how": said.how, "where": said.where}
        elif prose.school_year_start(lines) is not None:    # "Prisen for skuleåret 2024/2025 ligg mellom kr …"
            said = prose.school_year_start(lines)
            offer["start"], evidence["start"] = said.raw, {"how": said.how, "where": said.where}
    if not offer["price"] and prose.price_line(lines) is not None:     # "8500kr" on a line of its own
        said = prose.price_line(lines)
        offer["price"], evidence["price"] = said.raw, {"how": said.how, "where": said.where}
    if not usable("start", offer["start"]) and prose.yearless_session(lines) is not None:
        said = prose.yearless_session(lines)        # "28.januar kl. 13.00" after "Søknadsfrist: 9. desember 2019"
        dated = when.after_deadline(said.raw, when.application_deadline(offer["deadline"]))
        if dated:
            offer["start"], evidence["start"] = dated, {"how": said.how, "where": said.where}
    if offer["start"] and not usable("start", offer["start"]) and (head_year := prose.heading_year(lines)):
        dated = when.dated_in(offer["start"], head_year)        # "starter 18.08" under "Studiestart 2022"
        closes = when.application_deadline(offer["deadline"])     # (not a year before the deadline's: a past intake's
        if dated and usable("start", dated) and not (closes and int(when.start_term(dated)[:4]) < int(closes[:4])):
            offer["start"] = dated                                  # heading "Kull 2022" above "Søknadsfrist 15. april 2024")
    if evidence.get("deadline", {}).get("how") == "label" and when.application_deadline(
            offer["deadline"], when.start_term(offer["start"])) is None:
        said = prose.dated_deadline(lines)          # "Application deadline: 1 December" (no year, no start) gives
        if said is not None:                        # way to "Nordisk søknadsfrist: 15. april 2018"
            offer["deadline"], evidence["deadline"] = clean(said.raw), {"how": said.how, "where": said.where[:300]}
    year = prose.heading_year(lines, offer["deadline"]) if offer["deadline"] else None     # "1. mars" under a page headed "Studietilbud 2017"
    if year and when.application_deadline(offer["deadline"], when.start_term(offer["start"])) is None \
            and when.application_deadline(dated := f"{offer['deadline'].rstrip('. ')} {year}"):
        offer["deadline"] = dated               # the same text that was checked
    if not offer["duration"] and said_kind[0] and normalise.part_time(offer["part_time"]) is not True:
        head = said_kind[0][:60]         # the value's start: a length deep in a section's text is something else
        if when.duration_semesters(head) is not None:   # "Nivå: Bachelor, 3 år" (full time only)
            offer["duration"] = head
            evidence["duration"] = dict(said_kind[1] or {"how": "label", "where": ""})
    if not offer["duration"]:
        said = _plan_length(title, lines, part_time=normalise.part_time(offer["part_time"]) is True)
        if said:
            offer["duration"], evidence["duration"] = said, {"how": "sentence", "where": said}
    if not usable("admission", offer["admission"]) and prose.says_what_they_hold(offer["target_group"]) \
            and usable("admission", offer["target_group"]):
        # the ones it is for, by what they hold: "Målgruppe: Tilsette … som har fagbrev"
        offer["admission"], evidence["admission"] = offer["target_group"], dict(evidence.get("target_group") or {})
    if evidence.get("admission", {}).get("how") == "sentence" and _other_degree(offer["admission"], title):
        offer["admission"] = ""                     # "Opptak til bachelor i barnevern …" on a master's page
        del evidence["admission"]
    offer["title"] = clean(title)
    offer["description"] = schema.get("description") or _description(lines, page)
    offer["provider"] = schema.get("provider") or page.meta.get("og:site_name") or page.meta.get("application-name", "")
    offer["url"] = result.canonical or urldefrag(url)[0]
    offer["language"] = _language(page.soup, lines, schema.get("in_language"))
    if not offer["teaching_language"] and prose.strip_language(lines) is not None:   # "… | 24 months | English"
        said = prose.strip_language(lines)
        offer["teaching_language"], evidence["teaching_language"] = said.raw, {"how": said.how, "where": said.where}
    if not offer["teaching_language"] and schema.get("in_language"):
        offer["teaching_language"] = schema["in_language"]
        evidence["teaching_language"] = {"how": "structured", "where": method}
    if schema:
        offer["method"] = method
    else:
        offer["method"] = "factbox" if any(line.kind == "label" and line.tag in ("dt", "th", "td")
                                           for line in lines) else "text"
    offer["evidence"] = evidence
    result.is_course, result.offer = True, {k: offer.get(k, "") for k in OFFER_KEYS}
    return result


_LEVEL_LABEL = re.compile(r"^(?:studienivå|nivå|level|emnenivå|level of study|studiesyklus|studienivå \(studiesyklus\)"
                          r"|study level|course level|level of course|degree level|academic level|undervisningsnivå"
                          r"|utdanningsnivå)$",
                          re.I)
_BARE_DEGREE = re.compile(r"^(?:master|bachelor)$", re.I)
_SEASON_YEAR = r"(?:høsten|våren|hausten|høst|vår|haust|autumn|spring|fall)\s+20\d\d"     # "Høsten 2023"
# A line that is only a term: "Hausten 2021", "2023 HØST".
_TERM_LINE = re.compile(rf"^(?:{_SEASON_YEAR}|20\d\d\s+(?:høst|vår|haust))"
                        r"(?:\s*\(.{0,30}\))?$", re.I)
# A term code ending the title: "Demens og alderspsykiatri H23".
_TITLE_TERM = re.compile(r"\b[HV]\d{2}$")
# A term ending the title, maybe with the term the course ends in: "HSHOS10110 Organisasjon og ledelse (Høst 2011)",
# "SFS40316 Organisation and leadership 2 (Autumn 2018–Spring 2019)".
_TITLE_SEASON = re.compile(rf"(?:\(|,|\s[–—-])\s*(?P<term>{_SEASON_YEAR})(?:\s*[–—-]\s*{_SEASON_YEAR})?\)?\s*$", re.I)
# A short lead line that ends in a term: "Etter- og videreutdanning Høsten 2020" (not "Oppdatert høsten 2020").
_LEAD_SEASON = re.compile(rf"^(?!.*\b(?:gjeld\w*|oppdatert|publisert|revidert|endret|endra|sist|updated|published|revised"
                          rf"|valid|ikke|ikkje|not|var|ble|blei|was|were|avslutt\w*|ended)\b)"
                          rf"(?:(?:[\w-]+\s+){{1,4}}"
                          # (a kind with a mark after it: "Bachelor, hausten 2018", "Bachelor – hausten 2018",
                          # "Bachelor (deltid), hausten 2018"; not "Vedtatt, våren 2020", "Eksamen, våren 2020")
                          rf"|(?:[\w-]+\s+){{0,2}}(?:bachelor|master|årsstudium|årsstudie|videreutdanning|vidareutdanning"
                          rf"|deltid|heltid|kurs)\w*(?:\s*\([^)]{{1,20}}\))?\s*[,:–-]\s+)"
                          rf"(?P<term>{_SEASON_YEAR})$", re.I)
# A title's date: "Kurs for kontrollutvalgsledere, 21.-22. april 2020, Oslo".
_TITLE_DATE = re.compile(rf"\b{when.DAY_SPAN_DATE}", re.I)
# A title's date in digits, maybe after another day: "… et digitalt kurs over to halve dager, 10. og 12.11.2020".
# (or ISO: "Arkivkurs 2020-11-10"; not "10/11/2020", which may be either order)
_TITLE_NUMERIC_DATE = re.compile(r"(?<![\d./-])\d{1,2}\.(?:0?[1-9]|1[0-2])\.20\d\d\b|\b20\d\d-[01]\d-[0-3]\d\b")
# A title's date that is not the course's: a deadline, a publication, a change, a report, a cancellation, a law's date.
_NOT_THE_DATE_OF_THE_COURSE = re.compile(r"\b(?:\w*frist\w*|innen|avlyst\w*|utsatt\w*|publisert|oppdatert|endret|endra|referat"
                                         r"|rapport\w*|forskrift|søk\w*|påmelding\w*|published|updated|deadline"
                                         r"|cancelled|postponed)\b|\b(?:av|fra|frå|til)\s*$", re.I)
_LATER_SEMESTER = re.compile(r"\((\d{1,2})\.\s*(?:semester|studieår|år|year)\)", re.I)


def _second_opinion(decision: recognise.Decision, result: ExtractResult, **page) -> tuple[bool, str]:
    """The learned model's verdict on the rules' evidence and the page's words (crawler/learned.py)."""
    feats = learned.features(rule_is_course=decision.is_course, score=decision.score, reason=decision.reason,
                             **page)
    result.recognition = {"rules": decision.is_course, "features": feats}
    model = learned.load()
    if model is None:
        return decision.is_course, decision.reason
    p = model.probability(feats)
    result.recognition["probability"] = round(p, 4)
    verdict = p >= model.threshold
    agrees = "agrees" if verdict == decision.is_course else "overrules the rules"
    return verdict, (f"{decision.reason}; model {p:.2f} ({agrees}: {', '.join(model.strongest(feats, toward=verdict))})")


def _in_prose(key: str, lines) -> facts.Fact | None:
    """The field as the page's sentences state it (places resolved against the place names)."""
    return prose.locations(lines, places.resolve_place) if key == "locations" else prose.FINDERS[key](lines)


def usable(key: str, value: str) -> bool:
    """Can the field's normaliser read this value? ("Studieform: Undervisning ved lærestedet"
    says nothing about part time; "Studiepoeng: Se studieplan" gives no credits.)"""
    if key == "credits":
        return normalise.credits(value) != (None, None)
    if key == "part_time":
        return normalise.part_time(value) is not None
    if key == "price":
        return normalise.price_nok(value) is not None
    if key == "start":
        return when.start_term(value) is not None
    if key == "duration":
        return when.duration_semesters(value) is not None or when.bounded_length(value)    # "ett år eller mer"
    if key == "teaching_language":
        return normalise.teaching_language(value) is not None
    if key == "locations":
        return any(places.resolve_place(p) for p in places.split_places(value))
    if key == "delivery":
        return bool(normalise.delivery(value))
    if key == "admission":
        read = normalise.admission(value)
        return read["admission_education"] is not None or read["admission_experience_years"] is not None
    return True


# The pace said in the title or a heading: "…, deltid", "1. år - heltid over to semestre".
_HEADED_PACE = re.compile(r"\bdeltid\b|\bpart[- ]time\b|\bheltid\b|\bheiltid\b|\bfull[- ]time\b", re.I)
# Words of an address's path that name a kind of study: "kristendom-master", "russisk-aarsenhet".
_SLUG_KIND = {"master": "master", "masterprogram": "master", "masterstudium": "master", "bachelor": "bachelor",
              "bachelorprogram": "bachelor", "bachelorstudium": "bachelor", "arsstudium": "årsstudium",
              "aarsstudium": "årsstudium", "arsenhet": "årsenhet", "aarsenhet": "årsenhet", "arseining": "årseining",
              "aarseining": "årseining", "ppu": "ppu", "praktiskpedagogisk": "praktisk-pedagogisk utdanning"}


_ADMISSION_TO = re.compile(r"\b(?:opptak|admission) (?:til|to) (?:the )?(?P<kind>bachelor|master)\w*", re.I)


def _other_degree(admission: str, title: str) -> bool:
    """Do the admission sentences speak of another degree than the page's ("Opptak til bachelor i
    barnevern krever …" on "Master's Program in Behavioral Science")?"""
    m = _ADMISSION_TO.search(admission)
    if not m:
        return False
    own = {k for k in ("bachelor", "master") if re.search(rf"\b{k}", title, re.I)}
    return bool(own) and m.group("kind").lower() not in own


def _titled_degree(title: str) -> bool:
    """Does the title name a degree or an årsstudium ("Digitale helsetjenester - erfaringsbasert master",
    "Kunnskapsbasert eldreomsorg, årsstudium"; not "Master i ledelse - modul 3")?"""
    return normalise.level_and_kind("", title)[1] in ("degree", "one_year")


def _fagskole_address(url: str, page: _Page | None = None) -> bool:
    """Is the page a fagskole's: its host ("fagskolen-viken.no"), a part of its address
    (".../kompetanseheving/fagskolen/…", "/FAGSKOLE/") or the site's name that ends its head title
    ("Velferdsteknologi | Fagskolen Vestfold og Telemark", on a shared study catalogue's host) says so?"""
    parts = urlsplit(url)
    return bool(re.search(r"fagsk[ou]l", parts.hostname or "")
                or any(re.fullmatch(r"fagsk[ou]len?", seg) for seg in parts.path.lower().split("/"))
                or (page is not None and re.search(r"fagsk[ou]l", _site_name(page), re.I)))


def _site_name(page: _Page) -> str:
    """The site's name after the last separator of the head title ("Velferdsteknologi | Fagskolen …")."""
    title_tag = page.soup.find("title")
    title = clean(title_tag.get_text()) if title_tag else ""
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
        if sep in title:
            return title.rsplit(sep, 1)[1].strip()
    return ""


# The least total of a bachelor degree and of an årsstudium by the Norwegian degree rules.
# (a master's degree is 90 credits or more, 60 at the least: "20 stp nytestamentlig gresk" on its admission page, a
# structure's "10 ECTS credits" columns are a part's or an applicant's)
_LEAST_TOTAL = {("bachelor", "degree"): 180, ("bachelor", "one_year"): 60, ("master", "degree"): 60}


# A kind that names one module ("Første modul i ny Executive master" gives "modul").
_ONE_MODULE = re.compile(r"modul|modulen|module|the module", re.I)
# … not a programme's page that says its modules may be taken one by one: "Hver modul kan tas som enkeltemne",
# "Each module can be taken separately".
_EVERY_MODULE = re.compile(r"\b(?:hver|hvert|kvar|kvart|each|every|alle|all)\s+(?:\w+\s+)?modul\w*|\bmodulene\b"
                           r"|\bmodulane\b|\bmodules\b", re.I)


# A doctoral programme's own page by its title: "Ph.d. i profesjonsvitenskap", "Ph.d.-utdanning i helsevitenskap",
# "PhD programme in health sciences", "Doktorgradsprogram i …" (not a course of one: "PhD course in …", "Ph.d.-kurs").
_PHD_PROGRAMME = re.compile(r"^\W*(?:ph\.?\s?d\.?|doktorgrads?|doctoral)(?:[-\s]?(?:utdanning\w*|program\w*|grad\w*|studi\w*))?"
                            r"\s+(?:i|in|on)\b", re.I)


def _part_of_a_degree(kind: str, title: str, credits: str, said: str) -> bool:
    """Are the credits a sentence states fewer than a bachelor degree's 180 (an årsstudium's 60, a master's
    degree's 60), on the page of one? Then they are a part's (a shared first year, a study one may add, a course of
    the plan) or an applicant's, not the total: "Ved campus Sogndal deler bachelorutdanningane om lag 60
    studiepoeng" (but 180 or 240 are the degree's), "nytestamentlig gresk (20 stp)" on a master's admission page."""
    level_kind = normalise.level_and_kind(kind, title)
    if level_kind == ("master", "degree") and (_LEVEL_WORD.search(kind) or recognise.ONE_OFFER.search(said)
                                               or prose.title_names_a_part(title)):
        return False                # "Studienivå: Masternivå" names a level, not a master's degree; "Studiet gir 30
        #                             studiepoeng", "Videreutdanningen … på 30 studiepoeng" say the study's own size;
        #                             "Master thesis in …" is the part's own page
    least = _LEAST_TOTAL.get(level_kind)
    most = normalise.credits(credits)[1]
    return least is not None and most is not None and 0 < most < least


_LEVEL_WORD = re.compile(r"nivå|level", re.I)


# One course as the subject of a sentence: "Emnet gir 15 studiepoeng", "This course is worth 10 ECTS", "Modulen er på
# 7,5 studiepoeng", "Dette er eit emne i bachelor i sjukepleie" (not "the placement courses carry 7 sp each").
_ONE_COURSE = re.compile(r"\b(?:emnet|e(?:i)?tt? emne|kurset|modulen|faget|(?:this|the) (?:course|module)(?!s))\b", re.I)
# A study that is itself a part of a bachelor: "Påbygging til bachelorgrad", "Bachelor i ledelse, 3. år", "Top-up bachelor".
_PART_STUDY = re.compile(r"påbygg|\btop[- ]up\b|\b(?:3\.|tredje|third)\s+(?:år|studieår|year)\b", re.I)


def _one_course_s_page(title: str, evidence: dict) -> bool:
    """Is the page one course of a bachelor (or årsstudium) rather than the degree: its title is known by a course code,
    names a study that is a part ("Bachelorpåbygging", "…, 3. år") or states the credits ("Ledelse og fagutvikling (15 sp)"), or the sentence of its credits or of its kind names one
    course as its subject ("Emnet gir 15 studiepoeng", "Dette er eit emne i bachelor i sjukepleie")?"""
    said = " ".join(evidence.get(field, {}).get("where", "") for field in ("credits", "kind")
                    if evidence.get(field, {}).get("how") == "sentence")
    return any(recognise.titled_by_code(part) for part in re.split(r"\s+[-–|:]\s+|:\s+", title)) \
        or bool(prose.title_credits(title)) or bool(_PART_STUDY.search(title)) or bool(_ONE_COURSE.search(said))


def _address_study(url: str) -> str | None:
    """The kind of study the page's address names when the page itself names none: a study's
    sub-page ("Undervisning og eksamen") lives under the study's own address
    (".../program/kristendom-master/undervisning-eksamen/"). The first path segment of words joined
    by hyphens with a kind word gives that word."""
    for segment in urlsplit(url).path.lower().split("/"):
        words = re.split(r"[-_]+", segment)
        if len(words) < 2:
            continue                                # "/master/": a category of a catalogue, not one study
        for word in words:
            if word in _SLUG_KIND:
                return _SLUG_KIND[word]
    return None


def _lead_term(title: str, lines: list[blocks.Line]) -> str | None:
    """A start term the page states by itself at its top: a line or heading that is only a term
    ("Hausten 2021", "Høsten 2023") among the first lines, or an FS-style term code ending the title
    ("Demens og alderspsykiatri H23")."""
    if _TITLE_TERM.search(title.strip()):
        return _TITLE_TERM.search(title.strip()).group(0)
    season = _TITLE_SEASON.search(title)
    if season and recognise.titled_by_code(title[:season.start()]):
        return season.group("term")                 # one course's term; a plan's ("Study plan …, fall 2017") is no start
    dated = _TITLE_DATE.search(title)
    numeric = _TITLE_NUMERIC_DATE.search(title)
    if not dated and numeric and not _NOT_THE_DATE_OF_THE_COURSE.search(title[max(0, numeric.start() - 30):numeric.start()]):
        dated = numeric
    if dated and not re.search(r"frist\w*\s*:?\s*$|deadline\s*:?\s*$", title[:dated.start()], re.I):
        return dated.group(0)                       # "Kurs for kontrollutvalgsledere, 21.-22. april 2020, Oslo"
    for i, line in enumerate(lines[:8]):
        if line.kind in ("text", "heading") and _TERM_LINE.match(line.text):
            if i and lines[i - 1].kind == "text" and facts.label_keys(lines[i - 1].text) == ():
                continue                            # "Gjelder fra" / "2023 HØST": when the plan applies
            later = _LATER_SEMESTER.search(line.text)
            if later and int(later.group(1)) > 1:
                continue                            # "Spring 2026 (4. semester)": a later part of the plan
            return line.text
        if line.kind in ("text", "heading") and _LEAD_SEASON.match(line.text):
            return _LEAD_SEASON.match(line.text).group("term")
    return None


_TITLE_LENGTH = re.compile(r"\b(?:\d{1,2}|to|tre|fire|fem|two|three|four|five)\s*-?\s*(?:years?|år|årig)\b"
                           r"(?:\s+(?:programme|program|studium|masterprogram\w*))?", re.I)
_DEGREE_YEARS_LINE = re.compile(r"^\s*(?:master|bachelor|årsstudium|ph\.?d)\w*\s*,?\s+(?P<length>\d\s*år)\s*$", re.I)
_STUDY_YEAR = re.compile(r"\s*(\d)\.\s*(?:studieår|studieåret|study year|year of study)\b", re.I)
_SEMESTER_HEADING = re.compile(r"\b(\d{1,2})(?:\.|st|nd|rd|th)\s*semester\b", re.I)   # "3. semester", "3rd semester"


def _plan_length(title: str, lines: list[blocks.Line], *, part_time: bool = False) -> str | None:
    """A length the page states by its shape: in its title ("Master of Science in Business, 5
    years programme", "… 3-årig"), on a kicker line of its degree ("Master 2 år"; not when the
    study is part-time) or as a study plan's numbered semester headings ("Høst 2024
    (1. semester)" … "Vår 2027 (6. semester)": six semesters)."""
    m = _TITLE_LENGTH.search(title)
    if m and when.duration_semesters(m.group(0)) is not None:
        return m.group(0)
    # a kicker line of the degree and its years: "Master 2 år", "Bachelor, 3 år" (the full-time length: not a part-time
    # study's, as on utdanning.no's strip of a part-time master)
    for line in lines[:12] if not part_time else ():
        m = _DEGREE_YEARS_LINE.match(line.text) if line.kind in ("text", "heading") and not line.related else None
        if m and when.duration_semesters(m.group("length")) is not None:
            return m.group("length")
    numbers = [int(m.group(1)) for line in lines if line.kind == "heading" or (line.kind == "text" and len(line.text) <= 40)
               for m in [_SEMESTER_HEADING.search(line.text)] if m]
    numbers += [int(m.group(1)) for line in lines if line.kind == "item" and not line.related   # "1st semester: …"
                for m in [_SEMESTER_HEADING.match(line.text)] if m]
    if len(numbers) >= 3 and min(numbers) == 1 and 1 < max(numbers) <= 12:
        return f"{max(numbers)} semestre"
    # a plan's numbered study years: "1. studieår - 2 emner - 30 studiepoeng" … "3. studieår - Masteroppgave"
    years = {int(m.group(1)) for line in lines if line.kind in ("heading", "item", "text") and not line.related
             for m in [_STUDY_YEAR.match(line.text)] if m}
    if len(years) >= 2 and years == set(range(1, max(years) + 1)) and max(years) <= 6:
        return f"{max(years)} år"
    return None


# -- page metadata ------------------------------------------------------------------------

def _canonical(soup: BeautifulSoup, url: str) -> str | None:
    for link in soup.find_all("link", limit=200):
        rel = link.get("rel") or []
        rel = rel if isinstance(rel, list) else str(rel).split()
        if link.get("href") and "canonical" in (r.lower() for r in rel):
            try:
                target = urldefrag(urljoin(url, link["href"].strip()))[0]
            except ValueError:
                return None
            return target if target.startswith(("http://", "https://")) else None
    return None


def _head_title(page: _Page) -> str:
    title_tag = page.soup.find("title")
    title = page.meta.get("og:title") or (clean(title_tag.get_text()) if title_tag else "")
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _language(soup: BeautifulSoup, lines: list[blocks.Line], structured_lang: str | None) -> str | None:
    html = soup.find("html")
    for value in ((html.get("lang") or html.get("xml:lang")) if isinstance(html, Tag) else None, structured_lang):
        code = str(value or "").strip().lower().replace("_", "-").split("-")[0]
        if code in ("nb", "no", "nob", "nor"):
            return "nb"
        if code in ("nn", "nno"):
            return "nn"
        if code in ("en", "eng"):
            return "en"
    words: list[str] = []
    for line in lines:
        words += re.findall(r"[a-zæøåò]+", line.text[:2000].lower())
        if len(words) > 3000:
            break
    counts = {"nn": sum(w in _NN_WORDS for w in words), "nb": sum(w in _NB_WORDS for w in words),
              "en": sum(w in _EN_WORDS for w in words)}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 3 else None


def _description(lines: list[blocks.Line], page: _Page) -> str:
    for i, line in enumerate(lines):
        if line.kind == "heading" and line.text.rstrip(":").lower() in ABOUT_HEADINGS:
            text, _ = facts.section_text(lines, i, line.level)
            if len(text) >= 40:
                return _cut(text)
    meta = page.meta.get("description") or page.meta.get("og:description")
    if meta:
        return _cut(meta)
    paragraphs: list[str] = []
    for line in lines:
        if line.kind == "text" and not line.related and len(line.text) >= 60 and not facts.is_label(
                line.text.split(":")[0]) and not prose.is_contents(line.text):
            paragraphs.append(line.text)
        if sum(map(len, paragraphs)) >= MAX_DESCRIPTION:
            break
    return _cut(" ".join(paragraphs))


def _cut(text: str) -> str:
    text = clean(text)
    if len(text) <= MAX_DESCRIPTION:
        return text
    return text[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + " …"
