"""Lines → labelled facts: which offer field a page's label names, and its value.

The second step of text-mode extraction. `crawler.blocks` gives the page as typed lines;
this module finds the facts a page states under a label, in any of its shapes:

- a label line with a value the markup pairs with it (dt/dd, th/td, span pairs);
- "Label: value" on one line;
- a label on a line of its own and the value on the next (`Studiepoeng` / `30 studiepoeng`);
- a heading or a label line that opens a section ("Opptakskrav" then its prose): the
  section's text up to the next heading or label line is the value.

Labels are matched in bokmål, nynorsk and English (`LABELS`); a combined label names each
of its parts ("Varighet, omfang og nivå" → duration, credits, kind); a question heading
names what it asks ("Kva kostar programmet?" → price). Labels whose value is
not an offer field (semesteravgift, kontaktperson) are known and ignored. Every fact keeps
where it came from: `Fact(raw, how, where)` with how = "label" or "section" and where = the
label or heading as the page writes it. Facts inside sections about other studies are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from domain import normalise, places, when

from crawler.blocks import Line, career_section, clean

MAX_VALUE = 2000
MAX_SECTION = 1200
# An admission section is read further: its routes (a degree, then prior learning with fewer credits)
# often come after the first long paragraph, and the lowest route that admits is the requirement.
MAX_ADMISSION = 2000

# key → labels (lower case). Keys are the raw offer keys of `crawler.extract.OFFER_KEYS`.
_L = {
    "credits": "studiepoeng, omfang, credits, ects, ects credits, studiepoeng (sp), sp, stp, antall studiepoeng, "
               "omfang (studiepoeng), studiepoeng/omfang, credits (ects), scope, fagskolepoeng, omfang/studiepoeng, "
               "studiepoeng (ects), ects-studiepoeng, poeng, antal studiepoeng, studiepoeng totalt, vekting, "
               "vekting (stp), vekting (sp), omfang i studiepoeng, studiepoeng (stp), ects credits (ects), "
               "number of credits, number of ects credits, number of ects",
    "locations": "undervisningssted, undervisningsstad, studiested, studiestad, sted, stad, campus, location, "
                 "studiesteder, studiestader, undervisningssteder, kurssted, kursstad, studiestad/campus, "
                 "place of study, place of instruction, venue, where, studiested/campus, samlingssted, samlingsstad, gjennomføringssted, "
                 "lokasjon, studiesteder/campus, undervisningssted/campus, locations, location(s), kursted, "
                 "steder, stader, study location, study locations, teaching location, location of study, "
                 "place of teaching, study site, campus location, studiestad/undervisningsstad, "
                 "oppmøte, oppmøtested, oppmøtestad, møtested, møtestad, meeting point, study place, course location, "
                 "programme location, program location, course venue, "
                 # "Hvor:" beside "Når:" on an event-like course page; "Hvor og når" as one heading (its parts split)
                 "hvor, kvar, lokasjon for kurs, kurslokasjon, kurslokale, kurslokaler",
    "part_time": "heltid/deltid, deltid/heltid, heiltid/deltid, deltid/heiltid, study mode, deltid, progression of study, "
                 "heltid, full-time/part-time, part-time/full-time, studietakt, progresjon, pace, studiemodell, "
                 "studietempo, studietempo/studieform, tempo, mode of study, study pace, "
                 "heltid eller deltid, deltid eller heltid, type studium, studietype/deltid, "
                 # a pace asked about, answered yes or no: "Deltid mulig: Nei" is full time (PACE_ASKED below)
                 "deltid mulig, deltid mogleg, deltid mogeleg, mulighet for deltid, moglegheit for deltid, "
                 "part-time possible, part-time available",
    "admission": "opptakskrav, opptakskrav og rangering, krav til opptak, admission requirements, opptak, "
                 "opptakskrav og rangeringsregler, entry requirements, admission, requirements, forkunnskapskrav, "
                 "opptakskrav og søknad, krav, opptak og krav, kvalifikasjonskrav, forkunnskaper, "
                 "spesielle opptakskrav, opptakskriterier, opptaksgrunnlag, prerequisites, krav til forkunnskaper, "
                 "admission criteria, entry criteria, admission requirement, entrance requirements, "
                 "krav til faglig fordypning, faglig fordypning, krav til fordypning, fordypningskrav, "
                 "krav til forkunnskapar, forkunnskapskrav og opptak, målgruppe og kriterier for opptak, "
                 "inntakskrav, inntaksvilkår, krav til søker, krav til søkere, krav til søkjar, krav til søkjarar, "
                 "required previous knowledge, required prior knowledge, "
                 "kriterier for opptak, yrkeserfaring, krav til yrkeserfaring, praksiskrav, "
                 "krav om yrkeserfaring, krav om relevant yrkeserfaring, krav til relevant yrkeserfaring, "
                 "krav om arbeidserfaring, krav til arbeidserfaring, krav om relevant arbeidserfaring, "
                 "krav til relevant arbeidserfaring, krav om arbeidsrøynsle, krav til arbeidsrøynsle, "
                 "krav om relevant arbeidsrøynsle, krav til relevant arbeidsrøynsle, "
                 "generelt opptaksgrunnlag, generelle opptakskrav, særskilte opptakskrav, krav til utdanning, "
                 "utdanningskrav, krav til utdanningsbakgrunn, admission requirement, generelt opptakskrav, "
                 "spesielt opptakskrav, evt. spesielle opptakskrav, eventuelle spesielle opptakskrav, "
                 "formelt opptakskrav, formelle opptakskrav, formelle krav, formelle krav til opptak, "
                 "formelt opptaksgrunnlag, betinget opptak",
    "delivery": "undervisningsform, undervisningsformer, organisering, gjennomføring, arbeids- og undervisningsformer, "
                "teaching model, "
                "arbeids- og undervisningsform, organisering av studiet, organisering og undervisning, teaching, "
                "delivery, teaching methods, mode of delivery, læringsformer, undervisning, undervisningsopplegg, "
                "organisering og arbeidsformer, arbeidsformer, læringsaktiviteter, studieopplegg, gjennomføring og "
                "organisering, organisering og gjennomføring, undervisnings- og læringsformer, "
                "arbeids- og læringsformer, teaching and learning methods, undervisningsformat, format, formats, "
                "study format, course format, programme format, kursformat, studieformat, gjennomføringsform, "
                "undervisningsform og organisering, organisering og varighet, studiets organisering",
    "price": "studieavgift, pris, kostnad, price, tuition, tuition fee, tuition fees, kursavgift, deltakeravgift, "
             "deltakaravgift, egenbetaling, kostnader, fee, course fee, studieavgift/pris, studieavgift og kostnader, "
             "kostnader og studieavgift, pris og betaling, kursavgift/pris, deltakaravgift/pris, pris og påmelding, "
             "utgifter, studieavgift og andre kostnader, cost, costs, kurspris, totalpris",
    "target_group": "målgruppe, målgruppa, målgrupper, target group, for hvem, for kven, hvem passer studiet for, "
                    "kven passar studiet for, who should apply, audience, hvem kan søke, kven kan søkje, "
                    "hvem er studiet for, kven er studiet for, for deg som, who is it for",
    "kind": "nivå, level, studienivå, type, studietype, programtype, studiets nivå, type studium, type study, "
            "kurstype, grad, degree, studienivå/grad, utdanningsnivå, type utdanning, utdanningstype, "
            "studieprogramtype, emnenivå, level of study, kva slags studium, gradsnavn, fører til grad, grad, "
            "kvalifikasjon, oppnådd kvalifikasjon, kvalifikasjon/tittel, studienivå (studiesyklus), degree awarded, "
            "qualification, programme type, course type, studiesyklus, nivå/grad, study level, course level, "
            "level of course, type of programme, type of course, type of study, degree level, academic level, "
            "undervisningsnivå, studienivå/type, type tilbud, tilbudstype, kategori studium",
    "sessions": "samlinger, samlingar, samlingsdatoer, samlingsdatoar, sessions, samlingsdatoer og sted, datoer, "
                "datoar, samlingsplan, samlingsdatoer og -sted, timeplan og samlinger, samlingsuker, samlingsveker",
    "start": "oppstart, studiestart, startsemester, start, semesterstart, kursstart, undervisningsstart, start up, "
             "neste oppstart, start date, starts, start semester, oppstartssemester, oppstartstidspunkt, "
             "oppstart/semester, semester, undervisningssemester, undervisningssemestere, undervisningssemestre, "
             "første undervisningssemester, neste kull, neste opptak, next intake, "
             "kursdato, kursdatoer, tid, tidspunkt, når, studiestart/oppstart, starttidspunkt, oppstartsdato, "
             "semester start, startdato, oppstart og varighet, oppstartsdato, oppstartsdatoer, startdatoer, kull, "
             "teaching semester, "
             "undervisningsstart/semester, første semester, oppstart (semester)",
    "deadline": "søknadsfrist, påmeldingsfrist, frist, application deadline, søknadsfrist/søknad, siste frist, "
                "deadline, frist for søknad, søknadsfrist og opptak, søknadsfristar, søknadsfrister, "
                "påmeldingsfrist/søknadsfrist, registration deadline, frist for påmelding, ordinær søknadsfrist, "
                "ordinary application deadline, closing date, closing dates, application closing date",
    "duration": "varighet, lengde, studiets lengde, normert studietid, studietid, duration, varigheit, "
                "studiets varighet, tidsramme, length, lengd, studielengde, normert tid, varighet og omfang, "
                "antall semestre, antal semester, semestre, studielengd, programme length, length of programme, "
                "antall semester, antal semestre, number of semesters, studiet varer, studiet varar, varer, semesters, "
                "talet på semester, talet på semestre, tal på semester",
    "teaching_language": "undervisningsspråk, undervisningsspråk:, språk, language, language of instruction, "
                         "teaching language, undervisningsmål, instruction language, undervisningsspråk/language, "
                         "languages of instruction, language(s) of instruction, undervisningsmål/språk, "
                         "undervisnings- og eksamensspråk, "
                         "language of instruction and examination",
    "seats": "studieplasser, studieplassar, antall studieplasser, antal studieplassar, antall plasser, "
             "number of places, number of study places, opptaksramme",
    "apply": "søknad, slik søker du, søk opptak, hvordan søke, påmelding, søk, søknad og opptak, "
             "how to apply, apply, slik søkjer du, korleis søkje, informasjon om søknad, søknadsprosess, "
             "meld deg på, søknad og påmelding, søk her, søknadskode",
}
LABELS: dict[str, tuple[str, ...]] = {}
for _key, _labels in _L.items():
    for _label in _labels.split(","):
        _label = _label.strip()
        if _label:
            LABELS[_label] = tuple(dict.fromkeys((*LABELS.get(_label, ()), _key)))
# Combined labels name several fields: "Varighet og omfang" is duration and credits.
LABELS["organisering og varighet"] = ("delivery", "duration", "part_time")
LABELS["omfang og varighet"] = ("credits", "duration")
# Who it is for and what they must hold, under one heading: "Målgruppe og opptakskrav".
LABELS["målgruppe og opptakskrav"] = LABELS["opptakskrav og målgruppe"] = ("target_group", "admission")
LABELS["varighet og omfang"] = ("duration", "credits")
LABELS["varighet, omfang og nivå"] = ("duration", "credits", "kind")
LABELS["omfang"] = ("credits", "duration")
# Second parts of English headings joined by "and": "Tuition and fees", "Duration and organisation of training",
# "Entry requirements and selection of participants".
LABELS["fees"] = ("price",)
LABELS["organisation of training"] = LABELS["organisation"] = ("delivery",)
LABELS["oppstart og varighet"] = ("start", "duration")
LABELS["studieform"] = ("part_time", "delivery")      # "Studieform: Deltid", "Studieform: Nettstøttet, samlingsbasert"
LABELS["type studium"] = ("part_time", "kind", "delivery")   # "Type studium: Ordinær undervisning" is teaching on campus
# A county as a catalogue's label, the town as its value: "Trøndelag: Steinkjer", "Rogaland: Stavanger, Sandnes"
# (counties only, not "Oslo", which is a town as well); a value of names only, a town or a few (not a section of text
# under a county's heading: "Nordland" over "Deltakere fra Nordland får dekket reise fra Bodø.").
COUNTIES = frozenset(c.lower() for c in places.COUNTIES + places.FORMER_COUNTIES) - {"oslo"}
_COUNTY_VALUE = re.compile(r"[A-ZÆØÅ][\w.-]*(?:(?:\s*[,;/]\s*|\s+(?:og|and|i|på)\s+|\s+)[A-ZÆØÅ][\w.-]*)*\.?")
for _county in COUNTIES:
    LABELS.setdefault(_county, ("locations",))

# Known labels whose value is no offer field (a semester fee is not the price).
# Knowledge recommended, not required, before a course (prose.credits: a bare credits line under it is no offer's).
RECOMMENDED_KNOWLEDGE = frozenset({"anbefalte forkunnskaper", "anbefalte forkunnskapar", "recommended previous knowledge",
                                   "recommended prior knowledge"})
IGNORED = frozenset({
    "semesteravgift", "semesterpengar", "semester fee", "semesteravgift (sio)", "andre kostnader",
    "kontakt", "kontaktperson", "kontaktpersoner", "kontakt oss", "contact", "studieveileder", "fagansvarlig",
    "studiekode", "emnekode", "programkode", "course code", "programme code", "søknadskode",
    "eksamen", "vurdering", "vurderingsform", "eksamensform", "assessment", "pensum", "litteratur",
    "læringsutbytte", "learning outcomes", "læringsutbyte", "karakterskala", "vitnemål",
    # what is recommended, not required: a course's own credits are never under it
    *RECOMMENDED_KNOWLEDGE,
    # when the page or plan itself is valid or was changed, not when the offer starts
    "selection of participants",
    "gjelder fra", "gjeld frå", "gyldig fra", "gyldig frå", "valid from", "sist revidert", "sist endret",
    "sist endra", "revidert", "godkjent av", "last revised", "last updated", "sist oppdatert"})
# Labels that stand for themselves: "Deltid: Ja" keeps its meaning as "Deltid: Ja", "Deltid mulig: Nei" as
# "Deltid mulig: Nei" (not the bare "Nei", nor the label's word "deltid" read as a sentence).
PACE_ASKED = frozenset(label.strip() for label in _L["part_time"].split(",")
                       if re.search(r"\b(?:mulig|mogleg|mogeleg|mulighet|moglegheit|possible|available)\b", label))
SELF_VALUED = frozenset({"deltid", "heltid", "heiltid"}) | PACE_ASKED
# A pace label's value that says no: "Heltid: Ja" / "Deltid: Nei" is full time.
_NO_VALUE = re.compile(r"^(?:nei|no|ikke|ikkje|ingen|none|[-–—✗×x])\.?$", re.I)
_HEADS = ("studiepoeng", "pris", "kostnad", "kostnader", "studieavgift", "kursavgift", "deltakeravgift", "søknadsfrist",
          "oppstart", "studiestart", "varighet", "opptakskrav", "målgruppe", "undervisningssted", "studiested", "sted",
          "undervisningsspråk", "price", "tuition fee", "application deadline", "start", "duration", "credits",
          "admission requirements", "entry requirements")
_QUALIFIED = re.compile(r"^(" + "|".join(_HEADS) + r")\s+(?:per|pr\.?|for|i|totalt|hele|heile|kull|ved|(?:19|20)\d\d"
                        r"|høst|vår|haust|autumn|spring|\()")
# A label followed by the name of one campus, as tabs per campus write it: "Opptakskrav Bergen".
# (the place may follow a dash and be a few words: "Opptakskrav – Bergen", "Opptakskrav Mo i Rana")
_PLACED = re.compile(r"^(" + "|".join(_HEADS) + r")(?:\s*[-–:]\s*|\s+)([^\W\d][\w-]+(?:\s+[^\W\d][\w-]*){0,2})$")
_PER_PART = re.compile(r"\b(?:per|pr\.?|hvert|hver|kvart)\s+(?:emne|modul|kurs|semester|år|studieår|course|module)")
_PARTS = re.compile(r"\s*(?:,|/|&|\bog\b|\band\b)\s*")
_PACE_VALUE = re.compile(r"^(?:deltid|heltid|heiltid|part[- ]time|full[- ]time|deltid/heltid|heltid/deltid|"
                         r"heltid eller deltid|deltid eller heltid)\b")
_COUNT_LABELS = frozenset({"semester", "semestre", "antall semestre", "semesters", "number of semesters"})
_DURATION_VALUE = re.compile(r"^(?:\d{1,2}|ett|eitt|en|ein|to|tre|fire|fem|seks|one|two|three|four|five|six)\s*-?\s*"
                             r"(?:semestere?|semestre|semesters?|år|years?)$")
_LABEL_LINE = re.compile(r"^\s*([A-Za-zÆØÅæøåÉé][\wÆØÅæøåÉé .,/()&-]{0,45}?)\s*:\s*(\S.*)$", re.S)


@dataclass
class Fact:
    raw: str           # the value as the page writes it
    how: str           # "label" | "section" | "sentence" | "structured"
    where: str = ""    # the label or section heading as written, or the sentence


# Headings that ask what a label names: "Hva koster kurset?", "Korleis bestille programmet?", "Når starter studiet?".
_QUESTIONS = (
    (re.compile(r"^(?:hva|kva) (?:koster|kostar)\b|^hvor mye koster\b|^kor mykje kostar\b|^what does .+ cost$"), ("price",)),
    (re.compile(r"^(?:hvordan|korleis) (?:søke|søkje|søker|søkjer|bestille|bestiller|melde|melder)\b"
                r"|^how (?:do (?:i|you) |to )?(?:apply|register|book)\b"), ("apply",)),
    (re.compile(r"^når (?:starter|startar|begynner|byrjar)\b|^when does .+ start$"), ("start",)),
    (re.compile(r"^(?:hvem|kven) (?:kan søke|kan søkje|passer|passar|er)\b.*\bfor$|^(?:hvem|kven) kan (?:søke|søkje)$"
                r"|^who (?:is|are) .+ for$|^who can apply$"), ("target_group",)),
)
# Admission headings that name a route or whom they are for, in English: "Requirements for ordinary admission",
# "Admission requirements for international applicants", "Entry requirements – Supply Chain Management".
_ADMISSION_HEAD = re.compile(r"^(?:(?:admission|entry|entrance) requirements?\s*(?:for|to|[-–:(])"
                             r"|requirements for (?:\w+\s+){0,2}?(?:admission|entry)\b)"
                             # (not an exam's: "Requirements for admission to the exam")
                             r"(?!.*\b(?:exam|examination|eksamen|test)s?\b)")
_NUMBERED = re.compile(r"^(?:samling|samlingsdag|session|modul|module|workshop|samlingsveke|samlingsuke|dag|day)\s*\d{1,2}$")


# A letter or a number before a heading of a page's numbered parts: "A. Opptakskrav", "2) Målgruppe" (a capital
# after it: not "1. samling", a numbered gathering, which _NUMBERED reads; nor a study plan's term or year, "1. Semester",
# "2. Studieår", which counts the parts of the study and says no start).
_ENUMERATED = re.compile(r"^(?:[A-H]|[1-9])[.)]\s+(?=[A-ZÆØÅ])(?!(?i:semester|semestre|term|year|studieår|studieåret|år)\b)")


@lru_cache(maxsize=16384)     # a pure function of the text, asked again for the same lines by every finder
def label_keys(label: str) -> tuple[str, ...] | None:
    """The offer keys a label names: ("credits",) for "Studiepoeng:", () for a known label
    to ignore ("Semesteravgift"), None for text that is no known label."""
    text = clean(label).rstrip(":").strip(" *•–-").lower()
    if not text or len(text) > 60:
        return None
    if text.endswith("?"):                  # a question heading: "Hvem kan søke?", "Kva kostar programmet?"
        text = text.rstrip("? ")
        for rx, keys in _QUESTIONS:
            if rx.match(text):
                return keys
    if _NUMBERED.match(text):
        return ("sessions",)
    if text in IGNORED:
        return ()
    if text in LABELS:
        return LABELS[text]
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", text)
    if bare in IGNORED:
        return ()
    if bare in LABELS:
        return LABELS[bare]
    parts = [p for p in _PARTS.split(bare) if p]
    if len(parts) > 1 and all(p in LABELS or p in IGNORED for p in parts):
        admission = any("admission" in LABELS.get(p, ()) for p in parts)
        # "Opptakskrav og poeng": the points one is ranked by, no credits
        return tuple(dict.fromkeys(k for p in parts if not (admission and p == "poeng") for k in LABELS.get(p, ())))
    if _ADMISSION_HEAD.match(bare):     # "Requirements for ordinary admission", "Entry requirements for the MSc"
        return ("admission",)
    campus = _campus_label(label)       # one campus's: "Opptakskrav Bergen", "Studieavgift Sandvika"
    if campus:
        return LABELS[campus[0]]
    m = _QUALIFIED.match(bare)          # "Kostnad per semester", "Søknadsfrist 2025", "Pris for hele studiet"
    if m and m.group(1) in LABELS:
        if LABELS[m.group(1)][0] == "credits" and _PER_PART.search(bare):
            return ()                   # "Studiepoeng per emne": a part's credits, not the offer's
        return LABELS[m.group(1)]
    enumerated = _ENUMERATED.match(clean(label))
    if enumerated:                      # "A. Opptakskrav", "2) Målgruppe": a lettered or numbered label
        return label_keys(enumerated.string[enumerated.end():])
    return None


def _campus_label(label: str) -> tuple[str, str] | None:
    """(the label's head, the campus) of a label for one campus, as pages with a tab per campus write it:
    ("opptakskrav", "Bergen") for "Opptakskrav Bergen" (a name with its capital: "Start time" names no place, though
    Time is a municipality)."""
    text = clean(label).rstrip(":").strip(" *•–-")
    placed = _PLACED.match(text.lower())
    if not placed or placed.group(1) not in LABELS or "locations" in LABELS[placed.group(1)]:
        return None
    name = text[placed.start(2):placed.end(2)]
    return (placed.group(1), name) if name[:1].isupper() and places.resolve_place(name) else None


def campus_of_label(label: str) -> str | None:
    """The campus a label is for: "Bergen" for "Opptakskrav Bergen" (see `_campus_label`)."""
    campus = _campus_label(label)
    return campus[1] if campus else None


def label_key(label: str) -> str | None:
    """The first key of `label_keys` ("" for an ignored label, None for no label)."""
    keys = label_keys(label)
    if keys is None:
        return None
    return keys[0] if keys else ""


def is_label(text: str) -> bool:
    return label_keys(text) is not None


_SOFT_HEADING = re.compile(r"^[A-ZÆØÅÉ][^.!?;:]{1,58}$")


def soft_heading(lines: list[Line], i: int) -> bool:
    """A short plain line that heads what follows (pages that mark no headings): at most
    seven words, no closing punctuation, followed by a longer line or a list."""
    line = lines[i]
    if line.kind not in ("text",) or not _SOFT_HEADING.match(line.text) or len(line.text.split()) > 7:
        return False
    if re.search(r"\d", line.text):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and (nxt.kind == "item" or len(nxt.text) >= 70)


def _short_value(lines: list[Line], i: int, keys) -> bool:
    """A short line under a label line that looks like a heading only because prose follows it, yet is the
    label's value by what it says: "Grad" / "Bachelor" / (a paragraph), not "Grad" / "Om studiet" / (a paragraph)."""
    line = lines[i]
    if line.kind != "text" or len(line.text.split()) > 3 or is_label(line.text) or not soft_heading(lines, i):
        return False
    return ("kind" in keys and normalise.level_and_kind(line.text) != (None, None)) \
        or ("duration" in keys and when.duration_semesters(line.text) is not None)     # "Varighet" / "To semestre"


def _opens(lines: list[Line], i: int) -> bool:
    """Does line i start something new (a heading, a label, a label line)?"""
    line = lines[i]
    if line.kind in ("heading", "label"):
        return True
    if line.kind == "text" and (is_label(line.text) or soft_heading(lines, i)):
        return True
    if line.kind == "item" and is_label(line.text) and _item_label(lines, i):
        return True
    m = _LABEL_LINE.match(line.text)
    return bool(m and label_keys(m.group(1)))


def section_text(lines: list[Line], start: int, level: int, keys=(), limit: int = MAX_SECTION) -> tuple[str, int]:
    """The text of the lines after `start` up to the next heading of `level` or higher (any
    heading or label line for a plain-line section, level 0), or a sub-heading that names no
    field of `keys` ("Andre kostnader" inside "Studieavgift og kostnader"), and the index where
    it stopped."""
    parts: list[str] = []
    size = 0
    j = start + 1
    while j < len(lines):
        line = lines[j]
        if line.kind == "heading" and (level == 0 or line.level <= level):
            break
        if keys and line.kind == "heading":
            sub = label_keys(line.text)
            if sub is not None and not set(sub) & set(keys):
                break
        if level == 0 and j > start + 1 and _opens(lines, j):
            break
        if line.kind != "link" or line.value:
            text = f"{line.text}: {line.value}" if line.kind == "label" and line.value else line.text
            if line.kind == "item" and not re.search(r"[.;:!?]$", text):
                text += ";"             # a list's items stay apart: "1680 timer; 2-årig utdanning …"
            parts.append(text)
            size += len(text)
        if size >= limit:
            break
        j += 1
    return clean(" ".join(parts))[:limit], j


MULTI_VALUED = frozenset({"locations", "sessions", "start"})
# A further line of a term or a session's date: "Vår 2026", "12. mars", "Uke 33".
_TERMISH = re.compile(r"\d|høst|vår|haust|autumn|spring|" + when.NO_MONTH_NAMES, re.I)


def _continues(keys, text: str) -> bool:
    """Is a further short line part of a list value? Places have no digits; terms and
    session dates name a season, a month or a number."""
    if "locations" in keys and "start" in keys:
        return True                      # "Tid og sted": a place, then a date, then the hours
    if "locations" in keys:
        return not re.search(r"\d", text)
    return bool(_TERMISH.search(text))


# A start label that names its term in brackets: "Første semester (høst 2023)", "First semester (autumn 2024)".
# (not another year in brackets: "Oppstart (oppdatert 2023)")
_LABEL_TERM = re.compile(rf"\((?P<term>(?:{when.SEASON_NAMES})\s+(?:19|20)\d\d)\)\s*$", re.I)


def read_facts(lines: list[Line], usable=None) -> dict[str, Fact]:
    """Labelled facts of the page's own content: per key the first value that `usable(key,
    value)` accepts (a value the field's normaliser can read), else the first value; a label
    beats a section."""
    facts: dict[str, Fact] = {}
    usable = usable or (lambda key, value: True)

    def put(keys, value: str, how: str, where: str) -> None:
        value = clean(value)[:MAX_VALUE]
        if not value and "start" in keys and _LABEL_TERM.search(clean(where).rstrip(":")):
            value = _LABEL_TERM.search(clean(where).rstrip(":")).group("term")   # an empty "Første semester (høst 2023)"
        if not value:
            return
        where = clean(where).rstrip(":")
        # (the label a deadline and its year only: not "Søknadsfrist for oppstart våren 2026", the start's year)
        year = re.fullmatch(r"(?:søknadsfrist|frist|application deadline|deadline)\s*((?:19|20)\d\d)", where, re.I)
        if "deadline" in keys and year and not re.search(r"\b(?:19|20)\d\d\b", value):
            # "Søknadsfrist 2022: 20. april kl. 14": the label's year is the date's, put after its month
            dated = _DAY_MONTH.match(value)
            value = f"{dated.group(0)} {year.group(1)}{value[dated.end():]}" if dated else f"{value} {year.group(1)}"
        if where.lower() in COUNTIES and not _COUNTY_VALUE.fullmatch(value):
            return                           # a county's section of text, not its towns
        keys = list(keys)
        low = value.lower().rstrip(".")
        if _PACE_VALUE.match(low) and "part_time" not in keys:
            keys.append("part_time")         # "Omfang: Deltid", "Studieform: Heltid, nettbasert"
        if _PACE_VALUE.match(low) and not re.search(r"\d", low) and "credits" in keys:
            keys.remove("credits")           # "Omfang: Heltid" says the pace, not the credits
        if _DURATION_VALUE.match(low) and "duration" not in keys:
            keys.append("duration")          # "Kurstype: To semestere": a length under another label
        if re.fullmatch(r"\d{1,2}", low) and ("start" in keys or "duration" in keys) and \
                re.search(r"semest", where.lower()):
            keys = ["duration"]               # "Semester: 6", "Antall semestre: 4" count semesters
            value = f"{value} semestre"
        for key in keys:
            v = value
            term = _LABEL_TERM.search(where) if key == "start" else None
            if term:
                v = term.group("term")      # "Første semester (høst 2023)" over the plan of the term: its term
            if key == "part_time" and where.lower() in SELF_VALUED and not v.lower().startswith(where.lower()):
                v = f"{where}: {v}"
            ok = usable(key, v)
            old = facts.get(key)
            if key == "part_time" and old is not None and where.lower() in SELF_VALUED and old.where.lower() in SELF_VALUED \
                    and where.lower() != old.where.lower():
                if _NO_VALUE.match(value.strip()):
                    continue                    # "Heltid: Ja" / "Deltid: Nei": the pace said yes to
                if not _NO_VALUE.match(old.raw.split(":", 1)[-1].strip()):
                    v, where = f"{old.raw}; {v}", f"{old.where}; {where}"   # "Heltid: 2,78" and "Deltid: 2,92": both
                facts[key] = Fact(v, how, where)
                old_ok[key] = usable(key, v)
                continue
            if key == "part_time" and old is not None and old_ok.get(key) and where.lower() in SELF_VALUED \
                    and old.where.lower() not in SELF_VALUED:
                continue                        # "Studietempo: Deltid" beside "Deltid: Nei": the pace stated wins
            if key == "part_time" and old is not None and ok and old.where.lower() in SELF_VALUED \
                    and where.lower() not in SELF_VALUED:
                facts[key] = Fact(v, how, where)    # … in either order ("Deltid: Nei", then "Studietempo: Deltid")
                old_ok[key] = ok
                continue
            if old is None or (not old_ok.get(key) and ok) or (old_ok.get(key) == ok and old.how == "section"
                                                                and how == "label"):
                facts[key] = Fact(v, how, where)
                old_ok[key] = ok
            elif key == "admission" and ok and old_ok.get(key) and v not in old.raw \
                    and where.lower() != old.where.lower():
                # admission told under two labels ("Utdanning" then "Yrkeserfaring", "Generelle opptakskrav"
                # then "Spesielle opptakskrav"): both are the requirement, read together under their labels
                # (the same label again is another programme's or a repeat: "Opptakskrav" of a sibling study)
                facts[key] = Fact(f"{old.raw} {where}: {v}"[:MAX_VALUE], old.how, old.where)

    old_ok: dict[str, bool] = {}

    i = 0
    while i < len(lines):
        line = lines[i]
        if line.related and not (career_section(line.section) and label_keys(line.text)):
            i += 1                  # (a fact's label under a page's careers is the offer's own: blocks.career_section)
            continue
        if line.kind == "label" and line.value is not None:
            keys = label_keys(line.text)
            if keys:
                put(keys, line.value, "label", line.text)
            i += 1
            continue
        if line.kind == "heading":
            keys = label_keys(line.text)
            if keys:
                text, end = section_text(lines, i, line.level, keys, _limit(keys))
                if "admission" in keys:
                    text = _read_on(lines, text, end, keys)
                if "locations" in keys:
                    text = _place_labels(lines, i, usable) or text
                put(keys, text, "section", line.text)
            i += 1
            continue
        if line.kind in ("text", "item"):
            m = _LABEL_LINE.match(line.text)
            keys = label_keys(m.group(1)) if m else None
            if keys:
                put(keys, m.group(2), "label", m.group(1))
                i += 1
                continue
            spaced = _spaced_label(line) if line.kind == "item" else None
            if spaced:                      # a fact strip's item without a colon: "Studiepoeng 120"
                put(spaced[0], spaced[2], "label", spaced[1])
                i += 1
                continue
            keys = label_keys(line.text) if line.kind == "text" or _item_label(lines, i) else None
            if keys:
                nxt = lines[i + 1] if i + 1 < len(lines) else None
                if "admission" in keys and nxt is not None and nxt.kind == "item" and line.kind == "text":
                    end = i + 1             # "Generelle opptakskrav:" over a list: every item is required
                    while end < len(lines) and lines[end].kind == "item" and end - i <= 8:
                        end += 1
                    put(keys, "; ".join(item.text for item in lines[i + 1:end]), "label", line.text)
                    i = end
                    continue
                if (nxt is not None and nxt.kind in ("text", "item") and len(nxt.text) <= 160
                        and not nxt.text.endswith(":") and (not _opens(lines, i + 1) or _short_value(lines, i + 1, keys))):
                    end = i + 2        # a value line; more short lines for a list of places or dates
                    values = [nxt.text]
                    listed = bool(set(keys) & MULTI_VALUED) or not any(usable(k, nxt.text) for k in keys)
                    while (listed and end < len(lines) and lines[end].kind in ("text", "item")
                           and len(lines[end].text) <= 40 and not _opens(lines, end) and len(values) < 6
                           and _continues(keys, lines[end].text)
                           and not nxt.text.endswith(".")):
                        values.append(lines[end].text)
                        end += 1
                    put(keys, "; ".join(values) if len(values) > 1 else values[0], "label", line.text)
                    i = end
                    continue
                if nxt is not None and nxt.kind == "text" and nxt.text.endswith(":") and is_label(nxt.text):
                    i += 1              # "Level of study:" over "Teaching language:": an empty field, no value
                    continue
                if nxt is not None and _heads_other(lines, i + 1, keys):
                    i += 1              # "Language of instruction" over the heading "Entry requirements": no value
                    continue
                text, _ = section_text(lines, i, 0, keys, _limit(keys))
                put(keys, text, "section", line.text)
        i += 1
    return facts


_EACH_PART = re.compile(r"\b(?:à|á|per|pr|each|hver|hvert|kvar|kvart)\b|\bemner?\b|\bemne\w*|\bmodul\w*|\bcourses?\b",
                        re.I)


# A label glued to its value, the page's separate elements read without a space between them: "Studiepoeng90",
# "Lengde1,5 år", "SpråkNorsk" (a capitalised word, or a few, then a digit or a capital with no space).
_GLUED = re.compile(r"^([A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+){0,2})(?=[0-9A-ZÆØÅ])(\S.{0,39})$")


def _spaced_label(line: Line) -> tuple[tuple[str, ...], str, str] | None:
    """A list item that is a known label and its value with no colon between, the value short and with a number: "Studiepoeng
    120", "Søknadsfrist 15. April", "Studietype Full time, 2 år" (keys, label, value); not a sentence ("Pris og
    påmelding står nedenfor", "Studiepoeng utover kravet på 90 studiepoeng": a value of a few words or one that starts
    with its number). A known label glued to its value ("Studiepoeng90", "SpråkNorsk") is one too, with or without a
    number: no sentence joins a word to the next without a space."""
    glued = _GLUED.match(line.text) if len(line.text) <= 100 else None    # (a known label is at most 60 characters)
    if glued:
        label, value = glued.groups()
        keys = label_keys(label)
        if keys and not is_label(value) and not _EACH_PART.search(value):
            return keys, label, value
    words = line.text.split()
    if len(line.text) > 60 or len(words) < 2:
        return None
    for n in (3, 2, 1):
        label, value = " ".join(words[:n]), " ".join(words[n:])
        keys = label_keys(label)
        if keys and value and len(value) <= 40 and re.search(r"\d", value) and not is_label(value) \
                and (value[0].isdigit() or len(value.split()) <= 4) and not _EACH_PART.search(value):
            # (not "Studiepoeng utover kravet på 90 studiepoeng", nor a part's size: "Omfang 3 emner à 10 studiepoeng")
            return keys, label, value
    return None


_DAY_MONTH = re.compile(rf"\s*\d{{1,2}}\.?\s*(?:{when.MONTH_NAMES})\b", re.I)


def _heads_other(lines: list[Line], j: int, keys) -> bool:
    """Is line j the heading of another field's section: a heading, or a label line over prose, whose label names
    other fields than `keys` ("Entry requirements" over "General admission. You need …" after an empty "Language of
    instruction"; not the value "Samlinger" under "Undervisningsform", which no prose follows)?"""
    other = label_keys(lines[j].text)
    if not other or set(other) & set(keys):
        return False
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    return lines[j].kind == "heading" or (lines[j].kind == "text" and nxt is not None and nxt.kind == "text"
                                          and len(nxt.text) > 60)


def _place_labels(lines: list[Line], i: int, usable) -> str:
    """The places of a study-places section that gives each its own label and dates ("Studiesteder" over
    "Bergen: uke 35 – 51 i 2026", "Alta: uke 2 – 20 i 2027"): two such labels at least, else ""."""
    names = []
    for line in lines[i + 1:]:
        if line.kind == "heading" and line.level <= lines[i].level:
            break
        if line.kind == "label" and line.section == lines[i].text and label_keys(line.text) is None \
                and usable("locations", line.text):
            names.append(clean(line.text).rstrip(":"))
    return "; ".join(names) if len(names) >= 2 else ""


def _read_on(lines: list[Line], text: str, j: int, keys) -> str:
    """An admission heading over headings of its routes that name no field, at the same level or
    higher ("Opptakskrav" over "Opptakskrav Bergen", "… ett av disse grunnlagene:" over "For ordinært
    opptak:" and "For opptak på realkompetanse:"): the routes are its text."""
    while j < len(lines) and lines[j].kind == "heading" and not lines[j].related \
            and label_keys(lines[j].text) is None and (not text or text.endswith(":") or lines[j].text.endswith(":")):
        more, end = section_text(lines, j, lines[j].level, keys, MAX_ADMISSION)
        text, j = clean(f"{text} {lines[j].text} {more}"), end
    return text[:MAX_ADMISSION]


def _limit(keys) -> int:
    return MAX_ADMISSION if "admission" in keys else MAX_SECTION


def _item_label(lines: list[Line], i: int) -> bool:
    """Is list item i a label whose value is the next item ("• Undervisningssted" / "• Tromsø")?
    The next item must be no label itself (a list of section names is not a fact box)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (lines[i].kind == "item" and nxt is not None and nxt.kind == "item" and nxt.section == lines[i].section
            and not is_label(nxt.text) and not _LABEL_LINE.match(nxt.text))


def label_spread(lines: list[Line]) -> int:
    """The largest number of different values one label has on the page (a listing repeats
    "Studiepoeng: …" for every study it shows)."""
    seen: dict[str, set] = {}
    for line in lines:
        keys, value = None, None
        if line.kind == "label" and line.value:
            keys, value = label_keys(line.text), line.value
        else:
            m = _LABEL_LINE.match(line.text)
            if m:
                keys, value = label_keys(m.group(1)), m.group(2)
        for key in keys or ():
            if key in ("credits", "locations", "price", "start"):
                seen.setdefault(key, set()).add(clean(value).lower())
    return max((len(v) for v in seen.values()), default=0)
