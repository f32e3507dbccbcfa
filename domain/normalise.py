"""Field normalisers: raw text (bokmål, nynorsk, English) → canonical values.

One pure function per field, used for the 2014 seed table and for text extracted
from today's course pages. None of them raises: unknown or unparseable input gives
None (or an empty list), never a guessed number; the caller keeps the raw text.
Refusing beats guessing.

Decisions on ambiguous inputs (also stated at each function):

- credits: "inntil 30 studiepoeng" ("up to 30") is refused (None, None): the
  minimum is unknown and a half-known range would mislead the credits filter.
  Conflicting values in one text ("7,5 ... 30 studiepoeng") are refused too.
  "90 + 90 frie" gives (90, 90): the free credits are not part of the offer.
  A part's own credits beside those of the whole master it belongs to ("20 studiepoeng
  (modul); 90 studiepoeng hele masteren") are the part's: (20, 20).
- level_and_kind: fagskole educations (fagskolepoeng, "fagskole" in the kind or the
  title) are at level "fagskole", kind single_course. A single course ("enkeltemne", "videreutdanning") is at master
  level only when the text says so (masternivå, master level, erfaringsbasert
  master ...); otherwise it is at bachelor level when it gives credits or says
  bachelornivå, else the level is None. "Kurs" with credits > 0 is a single course
  (the stated credits win); credits == 0 always means non-credit.
- delivery: a text that is only a duration of one or a few days ("1 dag",
  "2-dagers kurs") is one gathering, so "samling".
- admission: of alternatives ("generell studiekompetanse / 3-årig høyere
  utdanning") the lowest requirement that admits wins. Experience qualified as
  applying to some courses only ("for enkelte kurs", "avhengig av") is None.
  "- årig høyere utdanning" (the number lost in the 2014 table) is bachelor.
- enrolment: an explicit statement that individuals cannot enrol or that
  municipalities order the course wins over open-enrolment words; otherwise open
  words win over a mere "kan bestilles" / "bedriftsintern" (the course can be both).
- price_nok: a total for the whole offer ("Totalt: kr 186 000"), else the first
  amount named as the study fee ("Tuition fees NOK 6300"), else the first stated
  price, per the unit stated with it ("38 500 kroner per semester" → 38500); the
  semester fee (semesteravgift), travel, board, books and other fees are never the
  price; free plus a non-zero price in one text is refused.
- sessions: "N-dagers kurs" and a text starting with "1 dag" are one gathering;
  a bare "3 dager" gives only the days, (None, 3).
"""

from __future__ import annotations

import logging
import math
import re

log = logging.getLogger(__name__)

_MAX_TEXT = 20_000

# Number words (nb, nn, en) used in counts of years, sessions and days.
_NUMBER_WORDS = {
    "en": 1, "ei": 1, "ein": 1, "ett": 1, "eitt": 1, "one": 1,
    "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4,
    "fem": 5, "five": 5, "seks": 6, "six": 6, "sju": 7, "syv": 7, "seven": 7,
    "åtte": 8, "eight": 8, "ni": 9, "nine": 9, "ti": 10, "ten": 10,
}
# A small whole number: one or two digits, or a number word.
_INT = r"(\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# A decimal number with comma or point ("7,5", "7.5").
_DEC = r"(\d{1,3}(?:[.,]\d{1,2})?)"


def clean_text(raw, limit: int = _MAX_TEXT) -> str:
    """Lower-cased, whitespace-collapsed text of at most `limit` characters, with dashes as
    hyphens and no soft hyphens or null bytes; "" for None, bools and failures. The one reading
    of untrusted text that the normalisers and the topic rules share."""
    if raw is None or isinstance(raw, bool):
        return ""
    try:
        text = str(raw)[:limit]
    except Exception:  # noqa: BLE001 - a broken __str__ must not break a crawl
        log.debug("a value that cannot be read as text was taken as empty", exc_info=True)
        return ""
    text = text.replace("\x00", " ").replace("\u00ad", "")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # dashes → hyphen
    return " ".join(text.split()).lower()


_text = clean_text


def _int(token: str | None) -> int | None:
    if not token:
        return None
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token)


def _float(token: str | None) -> float | None:
    try:
        return float(token.replace(",", "."))
    except (AttributeError, ValueError):
        return None


def _real_number(raw) -> float | None:
    """The value of an int/float argument (not bool), else None."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        return None
    value = float(raw)
    return value if math.isfinite(value) else None


# -- credits ------------------------------------------------------------------

# Statements that the offer gives no credits ("Programmet gir ikke studiepoeng", "uten studiepoeng",
# "Kurset er ikke studiepoenggivende", "The course gives no ECTS credits").
_NO_CREDITS = re.compile(
    r"ingen studiepoeng|ikke studiepoenggivende|ikkje studiepoenggivande|ikkje studiepoenggjevande|ikkje studiepoeng"
    r"|uten studiepoeng|utan studiepoeng|(?:ikke|ikkje) gir (?:uttelling i )?studiepoeng"
    r"|\b(?:gir|gjev|gis|gjevast|gives?|awards?|carries)\s+(?:ikke|ikkje|no|not)\s+(?!bare\b|berre\b|only\b|just\b)(?:\w+\s+)?(?:studiepoeng|ects|credits?)\b"
    r"|(?<![\d.,])0 (?:studiepoeng|stp|sp|ects)\b|no credits|non-credit|without (?:ects )?credits|not credit-bearing")


# Following a credit-bearing study another way, as an option: "Vil du ikke ta eksamen, kan du følge studiet som
# etterutdanning uten studiepoeng", "You can also attend without credits" (the study itself gives credits).
OPTION_WITHOUT_CREDITS = re.compile(
    r"\b(?:(?:kan|can)\s+(?:du|man|ein|en|you|dere|de)|(?:you|du|dere)\s+(?:can|kan))\s+(?:\w+\s+){0,8}?(?:uten|utan|without)\s+(?:\w+\s+)?(?:studiepoeng"
    r"|eksamen|credits|an? exam|ects)\b|\b(?:vil du ikke|vil du ikkje|ønsker du ikke|ønskjer du ikkje|if you do not want to|if "
    r"you don't want to)\s+(?:\w+\s+)?(?:ta|avlegge|take|sit)\s+(?:\w+\s+)?(?:eksamen|exam)", re.I)


def no_credits_said(raw) -> str | None:
    """The phrase by which a text says the offer gives no credits ("gir ikke studiepoeng"), or None; not an option
    of following a credit-bearing study without them."""
    text = _text(raw)
    m = _NO_CREDITS.search(text)
    return m.group(0) if m and not OPTION_WITHOUT_CREDITS.search(text) else None
# "up to N" — the minimum is unknown: refused.
_UP_TO = re.compile(r"\b(?:inntil|opptil|opp til|maks(?:imalt)?|up to)\s+\d")
# Units of credits: studiepoeng, stp, sp, ECTS, credits.
_UNIT = r"(?:studiepoeng|fagskolepoeng|study points?\b|stp\b\.?|sp\b|fp\b|ects(?:[- ]credits?)?|credits?\b)"
# Separator of a range: "15 - 30", "90/120", "15 til 30", "15 eller 30".
_SEP = r"\s*(?:-|/|til|to|eller|or)\s*"
# Leading labels to drop: "Omfang: 30", "Studiepoeng: 30".
_LABEL = re.compile(r"^(?:omfang|studiepoeng|fagskolepoeng|credits|ects|stp)\s*:?\s*")
# The whole text is a bare number or range (the seed's credits column), or one with a unit;
# "5 poeng" alone is credits too (the value of a "Studiepoeng" label), never inside a sentence.
_BARE = re.compile(rf"^{_DEC}(?:{_SEP}{_DEC})?\s*(?:{_UNIT}|poeng\b)?$")
# Alternatives, not a range: "120 / 90", "60 eller 30" (but "30 - 15" stays no range).
_ALTERNATIVES = re.compile(r"\d\s*(?:(?P<either>eller|or)|/)\s*\d")


def _alternatives(lo: float | None, hi: float | None, text: str) -> tuple[float | None, float | None]:
    """Two alternatives with the larger first, in order ("120 / 90": a master's two lengths); not a total and one of
    its equal parts after a slash ("30 / 7,5", "60/15": the study and its modules), which stays unread."""
    said = _ALTERNATIVES.search(text)
    if lo is not None and hi is not None and lo > hi and said and (said.group("either") or lo % hi):
        return hi, lo
    return lo, hi
# "90 + 90 frie": a degree of 180, of which the student chooses 90 freely; the degree's
# credits are the sum (a bachelor is 180 stp), and the raw text keeps the split.
_PLUS_FREE = re.compile(rf"^{_DEC}\s*\+\s*{_DEC}\s*(?:frie|fri|valgfrie)\b")
# The whole value is a sum of parts: "30 + 30" (a label's value), "15 + 15 studiepoeng": the offer's total is the sum.
_PLUS_PARTS = re.compile(rf"^{_DEC}(?:\s*\+\s*{_DEC[1:-1]})+\s*(?:{_UNIT}|poeng\b)?$")
# A number or range followed by a unit anywhere in running text.
_WITH_UNIT = re.compile(rf"(?<![\d.,]){_DEC}(?:{_SEP}{_DEC})?\s*{_UNIT}")
# A unit label followed by a number: "studiepoeng: 30", "ECTS 7.5".
_UNIT_FIRST = re.compile(rf"(?:studiepoeng|fagskolepoeng|ects|credits|study points|stp)\s*:\s*{_DEC}(?:{_SEP}{_DEC})?")

# The offer's own credits marked as those of one part, right after the unit: "20 studiepoeng (modul)", "15 sp (emne)",
# "10 ECTS (module)" (not "per modul", "hver modul": the size of each of a programme's parts).
_OWN_PART = re.compile(r"\s*\((?:modul|modulen|emne|emnet|delemne|kurs|kurset|module|course)\)")
# Credits of the whole programme the offer is a part of, right after the unit: "90 studiepoeng hele masteren",
# "120 studiepoeng for hele masterprogrammet", "90 ECTS for the whole master's programme".
_WHOLE_PROGRAMME = re.compile(r"\s*\(?\s*(?:(?:for|i|på|av|in|of)\s+)?(?:hele|heile|the whole|the entire|the full|whole|entire"
                              r"|full)\s+(?:the\s+)?(?:master\w*|studieprogram\w*|program\w*|studiet|studia|utdanning(?:en|a)"
                              r"|grad(?:en|a)|degree)\b")

_NONE2 = (None, None)


def _own_part_beside_whole(text: str, found: set) -> tuple[float | None, float | None] | None:
    """The credits of the one part a text marks as the offer's own, when every other value it gives is that of the
    whole programme the part belongs to ("20 studiepoeng (modul); 90 studiepoeng hele masteren" → (20, 20)); None
    otherwise (the values stay a conflict)."""
    own, whole = set(), set()
    for m in _WITH_UNIT.finditer(text):
        value = (m.group(1), m.group(2) or m.group(1))
        if _OWN_PART.match(text, m.end()):
            own.add(value)
        elif _WHOLE_PROGRAMME.match(text, m.end()):
            whole.add(value)
        else:
            return None                     # a value neither the part's nor the whole's: still a conflict
    if len(own) != 1 or not whole or found != own | whole or own & whole:
        return None
    lo, hi = own.pop()
    return _alternatives(_float(lo), _float(hi), text)


def credits(raw, *, non_credit: bool = False) -> tuple[float | None, float | None]:
    """(min, max) credits (studiepoeng/ECTS); (0.0, 0.0) for non-credit offers.

    Bare numbers and ranges ("7,5", "15 - 30", "90/120") and numbers with a unit
    in running text ("Omfang: 30 studiepoeng", "7,5 studiepoeng per emne") are
    read; years, prices, days and hours are not credits. Values outside 0.5..300,
    min > max, conflicting values and "inntil 30" (no minimum) give (None, None); a
    part's own credits beside the whole master's ("20 studiepoeng (modul); 90 studiepoeng
    hele masteren") are the part's, (20, 20).
    """
    if non_credit:
        return (0.0, 0.0)
    number = _real_number(raw)
    if number is not None:
        if number == 0:
            return (0.0, 0.0)
        return _checked(number, number)
    text = _text(raw)
    if not text:
        return _NONE2
    if _NO_CREDITS.search(text):
        return (0.0, 0.0)
    if _UP_TO.search(text):
        return _NONE2
    text = _LABEL.sub("", text)
    if text in ("0", "0,0", "0.0"):
        return (0.0, 0.0)
    m = _PLUS_FREE.match(text)
    if m:
        total = _float(m.group(1)) + _float(m.group(2))
        return _checked(total, total)
    if _PLUS_PARTS.match(text):
        total = sum(_float(x) for x in re.findall(r"\d{1,3}(?:[.,]\d{1,2})?", text))
        return _checked(total, total)
    m = _BARE.match(text)
    if m:
        lo, hi = _float(m.group(1)), _float(m.group(2) or m.group(1))
        return _checked(*_alternatives(lo, hi, text))
    found = {(m.group(1), m.group(2) or m.group(1)) for rx in (_WITH_UNIT, _UNIT_FIRST)
             for m in rx.finditer(text)}
    values = {_alternatives(_float(lo), _float(hi), text) for lo, hi in found}
    if len(values) > 1:
        own = _own_part_beside_whole(text, found)
        if own is not None:
            return _checked(*own)           # "20 studiepoeng (modul); 90 studiepoeng hele masteren": the module's
    if len(values) != 1:
        return _NONE2  # nothing found, or conflicting values
    lo, hi = values.pop()
    return _checked(lo, hi)


def _checked(lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    if lo is None or hi is None or not (0.5 <= lo <= hi <= 300):
        return _NONE2
    return (lo, hi)


# -- level and kind -----------------------------------------------------------

# Courses without credits: "Kurs", "Etterutdanning", "lederopplæring".
_KIND_NON_CREDIT = re.compile(
    r"^[\w-]*kurs(?:et)?\b|\betterutdanning|\blederopplæring"
    r"|\bleiaropplæring|\bikke studiepoenggivende|\bnon-credit|\bshort course|\blederskole\w*|\bleiarskule\w*"
    # a mentoring programme of an employer or association: "Mentor programme", "Mentoring program for female
    # postdocs", "Mentorprogrammet for nye ledere"
    r"|^mentor(?:ing)?[- ]?program\w*|^mentorprogram\w*")
# Single courses: "Enkeltemne", "Flere enkeltemner", "Videreutdanning", modules.
_KIND_SINGLE = re.compile(
    r"enkeltemne|enkeltemna|\bemner?\b|\bemnet\b|\b(?:master|bachelor)emne|\bvidereutdanning|\bvidareutdanning|\bmodul\w*"
    r"|single course|\bcourse module|\bfurther education|\bcontinuing education")
# The national further education of teachers, in a title: "Kompetanse for kvalitet: Spesialpedagogikk 2, for 1.-10. trinn".
_TEACHERS_FURTHER = re.compile(r"\bkompetanse for kvalitet\b", re.I)
# One-year programmes: "Årsstudium", "eittårig studium", "one-year programme".
# (a catalogue's "One- and half-year-programmes": a one-year study, or a half-year one under 60 credits, below)
_KIND_ONE_YEAR = re.compile(r"årsstudi|årseining|årsenhet|\beittårig|\bettårig|one-year|one year programme|\bone- and half-year")
# Praktisk-pedagogisk utdanning (PPU) is a one-year study of 60 credits, when no degree is named with it ("Master i fysikk
# med PPU") and it is not a part of one ("PPU – del 1") or the course in university teaching for staff.
_KIND_PPU = re.compile(r"praktisk[- ]?pedagogisk[- ]utdanning|\bppu\b")
_PPU_PART = re.compile(r"\bdel\s+\d|\bpart\s+\d|\bmodul|universitets|høgskoleansatte|høyskoleansatte|universitetspedagog", re.I)
# Master degrees: "Master", "MBA", "Executive Master of ...", "masterstudium", "Mastergradsstudium",
# "Master's programme"; a level statement ("master level", "masternivå") and a "master class" are no degree.
_KIND_MASTER = re.compile(
    r"\bmba\b|\bemba\b|\bmpa\b|executive master|erfaringsbasert master|\bmasterstudi\w*"
    r"|\bmasterprogram\w*|\bmastergrad\b|\bmastergradsstudi\w*|\bmasterutdanning\w*|master's (?:programme|program|degree)"
    r"|\bmaster of\b|\bmaster(?!'s level| level|\s*-?niv|[\s-]?class)\b|\bm\.?sc\.?\s+(?:in|of|nursing)\b|\bmphil\b"
    r"|\bm\.?sc\.?\s*$")          # the degree last in a title: "Application procedure MSc"
# Health and social professions educated in a bachelor (not helsefagarbeider, a vocational one): the
# education of one is a bachelor degree ("Desentralisert sjukepleiarutdanning"), and an authorisation in
# one is a bachelor (the admission rules below).
_BACHELOR_PROFESSIONS = (r"(?:sykepleie|sjukepleie|sjukepleia|vernepleie|vernepleia|fysioterap|ergoterap|radiograf"
                         r"|bioingeniør|tannpleie|barnevern\w*pedagog|sosionom)")
# The kindergarten teacher education is a bachelor too ("Barnehagelærarutdanninga"); not in the admission
# professions below, where "barnehagelærer" is an applicant's background.
_PROFESSION_EDUCATION = rf"\b(?:{_BACHELOR_PROFESSIONS}(?:r|eut)?|barnehagelær[ea]r)utdanning(?:a|en)?\b"
# Bachelor degrees: "Bachelor", "bachelorgrad", "Bachelor of Management", "BSc Nursing".
# "Syklus 1: Bachelorgradsstudium" (the study-plan name of a bachelor's programme) is the degree too.
_KIND_BACHELOR = re.compile(r"\bbachelor(?!'s level| level|\s*-?niv)(?:grad|gradsstudi\w*|studi\w*|program\w*|utdanning\w*|'s)?\b"
                            r"|\bb\.?sc\.?\s+(?:in|of|nursing)\b"      # "BSc Nursing", not "BSC i …" (balanced scorecard)
                            rf"|{_PROFESSION_EDUCATION}")
# Title inference: a degree word at the start of the title.
_TITLE_DEGREE = re.compile(
    r"^(?:executive |erfaringsbasert |experience-based )?(?:master|mba\b|emba\b)"
    r"|^(?:årsstudium|årsstudie|eittårig|ettårig|praktisk[- ]?pedagogisk[- ]utdanning|ppu\b)|^one[- ]year (?:programme|program|study)\b|^bachelor|^[bm]\.?sc\.?\s+(?:in|of|nursing)\b"
    rf"|{_PROFESSION_EDUCATION}"
    # the degree as one of the title's comma-separated parts, last or among others: "Organization and Leadership, Master",
    # "Sjukepleie, bachelorstudium, deltid, Førde", "Sjukepleie, bachelorutdanning", "Nursing, Bachelor's Programme, Oslo",
    # "Helseleiing, årsstudium, deltid" (not "Ledelse, bachelornivå, deltid", "Helse, masteremne")
    r"|,\s*(?:(?:master|bachelor)(?:studium|studiet|program|programme|programmet|utdanning|utdanninga|utdanningen"
    r"|['’]s(?: degree| programme| program)?)?|årsstudium|årsstudiet|one[- ]year (?:programme|program))\s*(?:,|$)"
    # the degree as the title's last words without a comma: "English One Year Programme", "Engelsk årsstudium", "Nursing
    # Master's Programme", a sub-page's "Application procedure MSc" (the words end the title: not "Årsstudium-emner i
    # engelsk")
    r"|\s(?:one[- ]year (?:programme|program)|årsstudium|(?:master|bachelor)['’]s (?:programme|program|degree)"
    r"|m\.?sc\.?)\s*$")
# Level statements: master level (masternivå, mastergradsnivå, "master level", "Syklus 2": the second cycle).
_LEVEL_MASTER = re.compile(
    r"masterniv|mastergradsniv|master(?:'s)? level|erfaringsbaserte? master|executive master|\bmba\b|\bemba\b"
    r"|\bmasteremne"            # "Masteremne" atop a course description: a course at master level
    r"|høyere grads? niv"
    r"|høgare grads? niv|second[- ]cycle|\bsyklus 2\b|(?:videreutdanning|vidareutdanning),? (?:på )?(?:høyere|høgare) grad"
    # a course catalogue's level of a course: "Level of Study: Postgraduate course" (UiB's master-level courses)
    r"|\bpostgraduate (?:course|level)\b(?![^.]{0,40}\b(?:ph\.?\s?d|doctoral|doktorgrad))")
# A catalogue's level value "Graduate" alone (Nord's courses): master level (not "Graduate (PhD)", "Graduate nurse",
# "Undergraduate and graduate level").
_GRADUATE_VALUE = re.compile(r"\s*graduate(?:\s+(?:level|course))?\s*(?:[.;]|$)", re.I)
# A course that can be counted in a master, or that a master requires, is at master level: "Videreutdanningen kan bli
# en del av en master i skoleledelse", "kan innpasses i en mastergrad", "Den kan tas med inn i en masterutdanning",
# "can be included in a master's degree", "obligatorisk i masterprogrammet". The master named here is another study
# than the offer: not its kind. (A "masterclass" is no master: "Kurset inngår i vår masterclass for ledere", "masterklasse".)
# A master named, not a masterclass: "masterprogrammet", "master's" (not "masterclass", "master-klasse").
_MASTER_WORD = r"master(?![\s-]?(?:class|klass))\w*"
PART_OF_MASTER = re.compile(r"\bkan\s+(?:bli\s+(?:(?:en|ein|ei)\s+)?del|bli\s+(?:innpasset|innpassa|tatt med)"
                            r"|inngå|innpasses|innpassast|tas med|takast med|regnes inn|reknast inn"
                            # (not "Du kan bli med i nettverket for masterstudenter", "kan bli veileder for …")
                            r"|telle)\s+(?![\w-]*\s*(?:opp|til)\b)(?:(?!bachelor)[\w-]+\s+){0,5}?" + _MASTER_WORD
                            + r"|\bcan\s+(?:be\s+(?:part|included|counted|credited|transferred)|count\s+(?:towards?|as|in)\b)"
                            r"\s+(?:[\w'’-]+\s+){0,5}?" + _MASTER_WORD + r"(?:['’]s)?"     # (not "can count on our master's students")
                            # a course said to be a part of a master: "Emnet inngår i Master i helseledelse", "Modulen er ein
                            # del av masterprogrammet", "This course is part of the Master's programme" (not "inngår i
                            # bachelorprogrammet og gir grunnlag for master": no bachelor between)
                            r"|\b(?:inngår|inngar|er\s+(?:en|ein|ei)\s+(?:obligatorisk\s+)?del|is\s+(?:a\s+(?:compulsory\s+)?)?part"
                            r"|is\s+included)\s+(?:i|av|of|in)\s+(?:(?!bachelor)[\w'’-]+\s+){0,3}?" + _MASTER_WORD + r"(?:['’]s)?"
                            # a course compulsory in a master: "Compulsory for students of the Master's Programme in …"
                            r"|\b(?:compulsory|mandatory|obligatorisk|obligatory)\s+(?:for\s+(?:students|studenter|studentar)\s+)?(?:of|in|i|på|for)\s+"
                            r"(?:the\s+)?" + _MASTER_WORD + r"(?:['’]s)?", re.I)
# "masterstudiet", "mastergraden": the master a course is part of, when the kind or the title says so (in a
# description they are as often the master a course can lead to: "grunnlag for opptak til masterstudiet").
_THIS_MASTER = re.compile(r"\bmasterstudiet\b|\bmasterprogrammet\b|\bmastergraden\b")
# A master's thesis is a course at master level: "Masteroppgave i helseledelse", "EXE670 Masteroppgåve".
_MASTER_THESIS = re.compile(r"\bmaster(?:grads)?oppg[aå]ve\w*|\bmaster[’']?s thesis\b|\bmaster thesis\b")
# A course code: two to ten letters and a number that is no year ("MSS530", "BMP-2900", "HADM4101", "EXECUTIVE662";
# not "HMS-2025"). Shared by recognition (crawler/recognise.py) and the level rule below.
COURSE_CODE_LETTERS = r"[a-zæøåA-ZÆØÅ]{2,10}"
COURSE_CODE_NUMBER = r"-?(?!(?:19|20)\d\d(?!\d))\d{3,5}"
# A four-digit course code beginning with 4 or 5, at the start of the title or in parentheses at its end
# ("HGOV5200 Topics in health policy", "Health science (HEL5006)"): at most universities and colleges
# (UiO, OsloMet, Nord, UiA …) a course at master level. Not every institution numbers so (UiT's 3xxx are
# master courses too), so only 4 and 5 are read, and five-digit codes (HiØ's) not at all.
_MASTER_CODE = re.compile(rf"^{COURSE_CODE_LETTERS}[- ]?(?!(?:19|20)\d\d)[45]\d{{3}}[a-z]?\b"
                          rf"|\(\s*{COURSE_CODE_LETTERS}-?(?!(?:19|20)\d\d)[45]\d{{3}}[a-z]?\s*\)\s*$")
# Tertiary vocational education: fagskole, fagskulen, fagskolepoeng, høyere yrkesfaglig utdanning.
# (and level 5 of the national qualifications framework, NKR, which is the fagskole's: "Studiet er på nivå 5.2 i NKR",
# "NKR-nivå 5", "EQF level 5.1"; not "nivå 5" alone, nor "nivå 6")
# Not a level 5 the study builds on or asks for "or higher": "Studiet er på nivå 6 og bygger på nivå 5 i NKR",
# "utdanning på EQF level 5 eller høyere".
NKR_FAGSKOLE = (r"(?<!bygger på )(?<!byggjer på )(?<!builds on )"
                r"(?:\bnivå 5[.,][12]\b|\bnkr[- ]nivå 5\b|\bnivå 5 i (?:nkr|nasjonalt kvalifikasjonsrammeverk)\b|\blevel 5[.,][12]\b"
                # the framework named with the level: "EQF level 5", "EQF-nivå 5", "NQF level 5", "level 5 in the EQF"
                r"|\b(?:eqf|nkr|nqf)[- ](?:level|nivå|niveau) 5\b|\b(?:level|nivå) 5 (?:i|in|of) (?:the )?(?:eqf|nqf|nkr)\b)"
                r"(?!\s+(?:eller|or)\s+(?:høyere|høgare|higher|above))")
_FAGSKOLE = re.compile(r"\bfagsk[ou]l\w*|\bhøyere yrkesfaglig|\bhøgare yrkesfagleg|\bhøyere yrkesfagskole|" + NKR_FAGSKOLE)
# Level statements: bachelor level (bachelornivå, "lavere grads nivå").
_LEVEL_BACHELOR = re.compile(r"bachelorniv|bachelor(?:'s)? level|lavere grads? niv|lågare grads? niv|first[- ]cycle|\bsyklus 1\b"
                             r"|\bbacheloremne"
                             r"|(?:videreutdanning|vidareutdanning),? (?:på )?(?:lavere|lågare) grad")


# The level of an education an applicant must have: "Treårig helsefaglig utdanning på bachelornivå eller
# realkompetanse", "Applicants need a degree at Bachelor level" (not "Videreutdanningen er på masternivå").
_EDUCATION_AT = re.compile(r"\b(?!vider|vidare|etter)\w*(?:utdanning|utdannelse|grad|degree|education|qualification"
                           r"|bakgrunn|background)"
                           r"\s+(?:på|at|on)\s+(?:the\s+|a\s+)?$")
_APPLICANT = re.compile(r"realkompetanse|tilsvarande|tilsvarende|equivalent|\bopptak|\bkrav|\bmå (?:du )?ha\b|søkere|søkjarar"
                        r"|\b(?:komme|kome) inn\b"
                        r"|applicants?|\brequire|\bneed")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# The education said of the study itself: "Dette er en lederutdanning på masternivå med krav om …",
# "This is a leadership education at master level for applicants in …".
_IS_AN = re.compile(r"\b(?:er|is)\s+(?:en|ei|et|eit|ein|a|an)\s+(?:[\w-]+\s+){0,2}$")


def required_level(sentence: str, start: int) -> bool:
    """Is the level word at `start` of a sentence the level of an education an applicant must have?"""
    low = sentence.lower()
    education = _EDUCATION_AT.search(low[:start])
    if not education or not _APPLICANT.search(low):
        return False
    said_of = _IS_AN.search(low[:education.start()])       # (not "Kravet er en utdanning på bachelornivå")
    return not (said_of and not re.search(r"krav|requirement|opptak|admission", low[:said_of.start()]))


def _own_levels(text: str) -> str:
    """The text without the sentences whose level word is a requirement's."""
    return " ".join(s for s in _SENTENCE_END.split(text)
                    if not any(required_level(s, m.start()) for pattern in (_LEVEL_MASTER, _LEVEL_BACHELOR)
                               for m in pattern.finditer(s)))


# The totals a degree has by the Norwegian degree rules (fagskole totals are read above): a page that
# names no kind but "120 studiepoeng" is a master, "180 studiepoeng" a bachelor, 300 an integrated master.
_DEGREE_TOTALS = {120: "master", 180: "bachelor", 300: "master"}
_DOCTORAL = re.compile(r"\bph\.?\s?d\b|\bdoktorgrad\w*|\bdoctoral\b|\bdoctorate\b", re.I)


# A kind that says only that an offer is further education: "Videreutdanning", "Etter- og videreutdanning", "EVU".
_FURTHER_EDUCATION = re.compile(r"\s*(?:etter-\s*og\s*|etter- og |etter og )?(?:videreutdanning|vidareutdanning|evu"
                                r"|further education|continuing education)(?:\s*,\s*(?:deltid|heltid|part-time|full-time))?\s*",
                                re.I)
# A master's degree opening a title or one of its parts: "Master i …", "Erfaringsbasert master i …", "master".
_MASTER_TITLE = re.compile(r"(?:executive |erfaringsbasert |experience-based )?master(?:\s+(?:i|in|of)\b|\s*$)", re.I)


def level_and_kind(kind_raw, title: str = "", description: str = "",
                   credits_max: float | None = None, *, credits_raw: str = "",
                   provider_kind: str | None = None) -> tuple[str | None, str | None]:
    """(level, kind): level in LEVELS, kind in KINDS, or (None, None).

    The kind comes from kind_raw, or when that says nothing from a degree word at
    the start of the title, else from the credits (under 120 a single course; 120
    and 300 a master's total, 180 a bachelor's). Single courses are at master level
    when kind, title or description says so (or the kind says a master counts them),
    else bachelor when they give credits or say bachelor level, else None. Credits == 0 means ("none", "non_credit"). Credits counted in
    fagskolepoeng, and credit-bearing offers of a provider that is a fagskole, are
    fagskole educations.
    """
    kind = _text(kind_raw)
    part_of_master = bool(PART_OF_MASTER.search(kind))
    kind = PART_OF_MASTER.sub(" ", kind).strip()
    # a catalogue's number before the title: "426 Motorsagkurs" (not a count: "3 kurs i ledelse")
    ttl = _text(re.sub(r"^\s*\d{1,4}\s+(?=[A-ZÆØÅ])", "", title) if isinstance(title, str) else title)
    desc = _text(description)
    cmax = credits_max if isinstance(credits_max, (int, float)) and not isinstance(credits_max, bool) \
        and math.isfinite(credits_max) else None
    if cmax == 0:
        return ("none", "non_credit")
    if _FAGSKOLE.search(kind) or _FAGSKOLE.search(ttl) or _FAGSKOLE.search(_text(credits_raw)) \
            or (provider_kind == "fagskole" and cmax is not None and cmax > 0):
        return ("fagskole", "single_course")
    if provider_kind == "fagskole" and cmax is None and not _KIND_NON_CREDIT.search(kind) \
            and not _KIND_NON_CREDIT.search(ttl):
        return ("fagskole", "single_course")        # a fagskole's offer that names no credits: one of its educations
    result = _kind_of(kind, cmax)
    if result == "single_course" and _FURTHER_EDUCATION.fullmatch(kind) and cmax is not None and cmax >= 60:
        # "Master i klinisk operasjonssykepleie" (or "Klinisk operasjonssykepleie – master") under the catalogue's "Type:
        # Videreutdanning": a degree that is further education (not a module of unknown size: "Master i helseledelse:
        # Økonomistyring", which may be one course of it)
        degree = next((part for part in _title_parts(ttl) if _MASTER_TITLE.match(part.strip())), None)
        if degree:
            result = _kind_of(degree, cmax) or result
    if result is None and ttl:
        for part in _title_parts(ttl):      # "Studieplan - Master i helsesjukepleie", "Helsefag - master"
            if _TITLE_DEGREE.search(part):
                result = _kind_of(part, cmax)
                break
        if result is None and (_KIND_NON_CREDIT.search(ttl) or _KIND_SINGLE.search(ttl)):
            result = _kind_of(ttl, cmax)
    if result is None and _TEACHERS_FURTHER.search(ttl) and (cmax is None or cmax < 120):
        result = "single_course"            # "Kompetanse for kvalitet: Spesialpedagogikk 2" (a master's title says so first)
    if result is None and cmax is not None and cmax < 120:
        result = "single_course"            # a credit-bearing offer, smaller than a degree, that names no kind
    if result is None and cmax in _DEGREE_TOTALS and not _DOCTORAL.search(f"{kind} {ttl}"):   # (a ph.d. is 180)
        result = _DEGREE_TOTALS[cmax]       # "The programme is 120 ECTS credits": a degree's total by the rules
    graduate = bool(_GRADUATE_VALUE.match(kind))
    if result is None and (_LEVEL_MASTER.search(kind) or _LEVEL_BACHELOR.search(kind) or part_of_master or graduate):
        result = "single_course"            # "Kurs masternivå": a level, and no degree named
    if result is None:
        return _NONE2
    if result in ("master", "bachelor", "one_year") and cmax is not None and cmax < 60:
        result = "single_course"            # 30 credits is not a degree (the page names the degree it leads to)
    if result == "single_course":
        text = " ".join((kind, ttl, _own_levels(desc)))
        if part_of_master or graduate or _LEVEL_MASTER.search(text) or _THIS_MASTER.search(f"{kind} {ttl}") \
                or _MASTER_THESIS.search(ttl) or _MASTER_CODE.search(ttl):
            return ("master", "single_course")
        if (cmax is not None and cmax > 0) or _LEVEL_BACHELOR.search(text):
            return ("bachelor", "single_course")
        return (None, "single_course")
    return {"master": ("master", "degree"), "bachelor": ("bachelor", "degree"),
            "one_year": ("bachelor", "one_year"), "non_credit": ("none", "non_credit")}[result]


# Studies in the plural, the end of a word: "masterprogrammene", "bachelorprogrammer", "videreutdanninger", "studier",
# "master programmes", "degrees" (a page about many studies, or the ones a course belongs to).
PLURAL_STUDIES = (r"(?:program(?:mer|mene|ma|mane|s|mes)|studier|studiene|studiar|studia|studies|utdanning(?:er|ene|ar|ane)"
                  r"|degrees)")
# A sub-page's title that names its study after what it is about: "Opptakskrav for Erfaringsbasert master i
# etterforskning", "Admission requirements for the Master of Public Health", "Søknad til årsstudium i helseledelse".
_SUB_PAGE_TITLE = re.compile(r"^(?:opptakskrav|opptak|søknad|søking|priser?|studieavgift|admission(?: requirements)?"
                             r"|entry requirements|fees|tuition fees?|how to apply)\s+(?:for|til|to|på)\s+(?:the\s+)?(.+)$", re.I)


def _title_parts(title: str) -> list[str]:
    """The title and its parts around " - ", " – ", ":" and "|", and the study a sub-page's title names."""
    parts = [p.strip() for p in re.split(r"\s+[-|:]\s+|:\s+", title) if p.strip()]
    last = title.rsplit(", ", 1)
    if len(last) == 2 and _TITLE_DEGREE.match(last[1].strip()):
        parts.append(last[1].strip())   # its degree after a comma: "Matematikkdidaktikk for lærere, erfaringsbasert
        #                                 masterprogram"
    named = _SUB_PAGE_TITLE.match(title.strip())
    if named and re.match(rf"^(?:\w+\s+)?\w*{PLURAL_STUDIES}\b", named.group(1), re.I):
        named = None                    # "Opptak til masterprogrammene ved fakultetet": many studies
    return [title, *(parts if len(parts) > 1 else []), *([named.group(1)] if named else [])]


# The degree a study ends with: "som avsluttes med graden Bachelor i IT-drift", "fører fram til graden master",
# "leads to the degree of Master of Science" (not a course that may count towards one: "kan inngå i graden").
_DEGREE_CONFERRED = re.compile(r"\b(?:avslutt\w*|fullføres|leder fram|leier fram|fører fram|fører|gir|gjev"
                               r"|leads|awards|qualifies)\s+(?:\w+\s+){0,3}?(?:graden|til graden|the degree(?: of)?|a degree"
                               r"(?: of)?)\s+(?:(?:en|ein|a)\s+)?(?P<degree>bachelor|master)\b")


def _kind_of(text: str, cmax: float | None) -> str | None:
    """'master' | 'bachelor' | 'one_year' | 'single_course' | 'non_credit' | None."""
    if not text:
        return None
    conferred = _DEGREE_CONFERRED.search(text)
    if conferred and cmax is not None and cmax >= 120:
        return conferred.group("degree")    # the degree said, before the courses it is made of ("tre emner parallelt")
    if _KIND_NON_CREDIT.search(text) and not _KIND_SINGLE.search(text):
        # a "Kurs" that gives credits or states its level ("Kurs masternivå") is a single course
        return "single_course" if cmax or _LEVEL_MASTER.search(text) or _LEVEL_BACHELOR.search(text) \
            else "non_credit"
    if _KIND_SINGLE.search(text):
        return "single_course"
    if _KIND_ONE_YEAR.search(text):
        return "one_year"
    if _KIND_MASTER.search(text):
        return "master"
    if _KIND_BACHELOR.search(text):
        return "bachelor"
    if _KIND_PPU.search(text) and not _PPU_PART.search(text) and (cmax is None or cmax >= 60):
        return "one_year"
    return None


# -- part time ----------------------------------------------------------------

# Part time: "Ja", "Deltid", "part-time", "kan tas på deltid", "Heltid/deltid".
_PART_TIME = re.compile(r"^ja\b|^yes\b|deltid|part[- ]time|\bpart time\b|samlingsbasert deltid")
# Full time: "Nei", "Heltid", "Fulltid", "full-time".
_FULL_TIME = re.compile(r"^nei\b|^no\b|^nein\b|heltid|fulltid|full[- ]time")


# A pace asked about and answered yes or no: "Deltid: Nei", "Heltid: Ja", "Part-time: No", "Deltid mulig: Nei",
# "Mulighet for deltid: Ja", "Part-time possible: No".
_PACE_ANSWERED = re.compile(r"^\s*(?:(?:mulighet|moglegheit|possibility)\s+(?:for|of)\s+)?"
                            r"(?P<pace>deltid|heltid|heiltid|fulltid|part[- ]time|full[- ]time)"
                            r"(?:\s+(?:mulig|mogleg|mogeleg|possible|available))?\s*[:?–-]?\s*"
                            # (a note after the answer: "Deltid: Nei (kun heltid)", "Deltid: Nei, kun heltid")
                            r"(?:(?P<yes>ja|yes)|nei|no)\s*\.?\s*(?:[(,][^;]*)?$", re.I)


def part_time(raw) -> bool | None:
    """True for part-time offers, False for full-time, None when not stated.

    An offer that can be taken both ways ("heltid eller deltid") is part-time:
    it can be combined with work.
    """
    text = _text(raw)
    if not text:
        return None
    answered = _PACE_ANSWERED.match(text)
    if answered:                        # "Deltid: Nei" (utdanning.no's fact box): the pace asked about, then the answer
        part = answered.group("pace").lower().startswith(("del", "part"))
        return part if answered.group("yes") else not part
    if _PART_TIME.search(text):
        return True
    if _FULL_TIME.search(text):
        return False
    return None


# -- delivery -----------------------------------------------------------------

# Weekdays in the plural or "every …" with a time from the late afternoon: weekly evening classes
# ("Tuesdays and Thursdays 17:00 - 19:30", "tirsdager kl. 18.00-20.30", "kvar onsdag 17.30-20.00").
# Teaching gathered into a few days or weeks: "Undervisninga er samla på tre dagar", "undervisningen er samlet i to
# uker", "Undervisningen foregår samlet over to dager" (not "samlet vurdering", "samla i eit kompendium"). prose picks
# the sentence with it.
TEACHING_GATHERED = (r"\bundervisning\w*(?:\s+i\s+(?:(?:hvert|kvart|hver|kvar|alle|dette|det)\s+\w+"   # ("i hvert emne",
                     r"|emnet|kurset|faget|modulen|studiet|programmet))?"                                   # "i emnet")
                     r"\s+(?:er|blir|vert|blei|ble|går|foregår|føregår|skjer)\s+saml(?:a|et|ede)\s+"
                     rf"(?:på|i|over|til)\s+(?:{_INT}\s+)?(?:dag|dagar|dager|dagene|dagane|veke|veker|uke|uker|bolk\w*|periode\w*)\b")
# The participants gathered for a few days: "Helst samles gruppen i 3 døgn", "Deltakarane møtast over to dagar i
# Bergen" (not online: "Vi møtes digitalt i tre dager"; not hours: "Gruppa møtes i to timer").
# (Nor online after the days: "Vi møtes i to dager på Zoom"; nor "på nettet", "virtuelt".)
_NOT_ONLINE_AFTER = r"(?![^.;:!?]{0,30}?\b(?:digital\w*|nett\w*|online|zoom|teams|virtuel\w*|virtual\w*|video\w*)\b)"
GROUP_GATHERED = (r"\b(?:samles|samlast|møtes|møtast|treffes|treffest|treffast)\s+"
                  r"(?:(?!digital\w*\b|nett\w*\b|online\b|zoom\b|teams\b|virtuel\w*\b|video\w*\b)\w+\s+){0,3}?"
                  rf"(?:i|over|til)\s+{_INT}\s+(?:dager|dagar|døgn|hele dager|heile dagar)\b{_NOT_ONLINE_AFTER}"
                  # in English: "The group meets for three days in Oslo" (not "meets online for two days")
                  r"|\b(?:meets?|gathers?)\s+(?:(?!online\b|virtual\w*\b|digital\w*\b|on\b|via\b)\w+\s+){0,2}?for\s+"
                  rf"{_INT}\s+(?:full\s+)?days\b{_NOT_ONLINE_AFTER}")
WEEKLY_EVENING = (r"(?:\b(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag)(?:er|ar)\b|\b(?:monday|tuesday|wednesday|thursday)s\b"
                  r"|\b(?:hver|kvar|every)\s+(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|monday|tuesday|wednesday|thursday)\b)"
                  r"(?:kl\.|[^.]){0,40}?\b(?:1[6-9]|20)[.:][0-5]\d\s*[-–]\s*(?:1[8-9]|2[0-3])[.:][0-5]\d\b")

# Teaching in person by the week or by day, in a sentence that names no online teaching: "Undervisningen foregår hver
# uke på studiestedet", "med undervisning kvar veke", "Undervisninga går på dagtid", "Norwegian classes in the daytime"
# (not "live online lectures every week", "digital undervisning hver uke", "kurset passer for deg som jobber på dagtid").
# (Nor online after the words: "Undervisningen går hver uke på Zoom", "Teaching takes place every week online"; nor
# in a learning platform, nor no teaching: "Det er ingen undervisning på dagtid"; nor teaching material.)
_ONLINE_WORD = (r"online|nett|digital|zoom|strøm|strøym|video|webinar|stream|remote|opptak|recorded|podcast|teams|canvas"
                r"|læringsplattform|e-læring|asynkron|virtuel|virtual")
# A character of the clause with no online word, job or denial: each of "foregår " in "Undervisningen foregår hver uke".
_IN_CLAUSE = rf"(?:(?!{_ONLINE_WORD}|jobb|arbeid|work|\b(?:ingen|ikke|ikkje|no|not)\b)[^.;:!?])"
_TAUGHT_WORD = r"(?:undervisning(?!smateriell|sressurs|sfri)\w*|teaching|classes|lectures|forelesning\w*|forelesing\w*|førelesing\w*)"
# (a week's or a day's teaching: "hver uke", "i uka", "per week", "weekly", "hver dag"; not a numbered week, "i veke 12")
# (not evenings counted by the week, which are evening teaching: "to kvelder i uka", "two evenings a week")
_BY_WEEK_OR_DAY = (r"(?:(?:hver|kvar|every)\s+(?:uke|veke|week|dag|day)\b"
                   r"|(?<!kvelder )(?<!kveldar )(?<!kveld )(?<!evenings )(?<!evening )(?:i|per|pr\.?|om)\s+"
                   r"(?:uka|uken|uke|veka|veke|week)\b(?!\s*\d)(?!\s+(?:etter|efter|før|after|before|of)\b)"
                   r"|(?<!evenings )(?<!evening )a week\b(?!\s+(?:after|before|of)\b)|weekly\b|ukentlig\b|ukentleg\b"
                   r"|daily\b|på dagtid\b"
                   r"|in the daytime\b|during the day\b)")
TAUGHT_BY_WEEK_OR_DAY = (rf"(?:^|[.;:!?]){_IN_CLAUSE}*?\b{_TAUGHT_WORD}\b{_IN_CLAUSE}{{0,40}}?\b{_BY_WEEK_OR_DAY}"
                         rf"(?![^.;:!?]*(?:{_ONLINE_WORD}))"
                         # the week first: "Hver uke: forelesninger i 3 t og øvinger i 2 timer"
                         rf"|(?:^|[.;!?])\s*(?:hver|kvar|every)\s+(?:uke|veke|week)\s*:?\s*{_TAUGHT_WORD}\b"
                         rf"(?![^.;!?]*(?:{_ONLINE_WORD}))")
# (compiled: "Undervisningen foregår hver uke på studiestedet")
_TAUGHT_BY_WEEK_OR_DAY = re.compile(TAUGHT_BY_WEEK_OR_DAY, re.I)

# Teaching hours in the daytime, in a sentence that names no online teaching: "Vanleg skuletid er måndag til fredag frå
# kl 08.45 til 14.15", "Classes are held Monday to Thursday from 9:00 to 13:10", "Det er undervisning måndagar, onsdagar
# og fredagar, mellom kl. 08.30 og 15.00" (a school's days in person; not an office's "Telefontid mandag–fredag
# 08.00–15.30", which names no teaching, nor evening hours, nor "Undervisning på Zoom kl. 09.00–11.00").
_SCHOOL_HOURS_WORD = (r"(?:undervisning(?!smateriell|sressurs|sfri)\w*|undervises|undervisast|forelesning\w*|forelesing\w*"
                      r"|førelesing\w*|classes|lessons|teaching|lectures|skuletid\w*|skoletid\w*|skoledag\w*|skuledag\w*)")
# (a character of the sentence, "kl." and "08.30" kept in it, with no online word)
_HOURS_CHAR = rf"(?:(?!{_ONLINE_WORD})(?:\bkl\.|\d[.:]\d|[^.;!?]))"
_DAYTIME_HOURS = (r"\b(?:kl\.?\s*)?(?:0?[7-9]|1[0-2])(?:[.:][0-5]\d)?\s*(?:[-–]|til|to|og|and|until)\s*(?:kl\.?\s*)?"
                  r"1[0-7][.:][0-5]\d\b")
# (the days named: weekdays, school days, "en vanlig dag"; not a day's programme, "10.00 – 11.30 Undervisning", nor days
# counted in a week, "to dager i uka med trening og undervisning, klokken 09.00–12.00")
_SCHOOL_DAYS = (r"\b(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|thursday|friday)"
                r"(?:er|ar|s)?\b|\bhverdag\w*|\bkvardag\w*|\bvekedag\w*|\bukedag\w*|\bweekdays?\b|\bskoledag\w*"
                r"|\bskuledag\w*|\bskoletid\w*|\bskuletid\w*|\b(?:en vanlig|ein vanleg|a normal|a typical) (?:dag|day)\b")
# (a sentence's start: not after "kl." or inside "08.30"; its parts bounded, so a long run of "1.1.1" is read once)
TAUGHT_IN_DAYTIME_HOURS = (rf"(?:^|(?<!\bkl)(?<!\d)[.;!?](?!\d))(?={_HOURS_CHAR}{{0,200}}?(?:{_SCHOOL_DAYS}))"
                           rf"{_HOURS_CHAR}{{0,200}}?\b{_SCHOOL_HOURS_WORD}\b{_HOURS_CHAR}{{0,80}}?"
                           rf"{_DAYTIME_HOURS}(?!{_HOURS_CHAR}{{0,200}}(?:{_ONLINE_WORD}))")
_TAUGHT_IN_DAYTIME_HOURS = re.compile(TAUGHT_IN_DAYTIME_HOURS, re.I)

# The student present at the study place: "Du er på skolen på dagtid i to uker", "… heller være på studiestedet to av
# ukens dager" (not one's own school: "Du er på skolen din", "lærere som er på skolen"; the prose finder in
# crawler/prose.py picks the sentence with it).
_STUDY_PLACE = r"(?:studiestedet|studiestaden|høgskolen|høgskulen)"
# (the school only for a stretch of days, and not a school of pupils or placement: "Du er på skolen i tre uker og
# følger en lærer")
_AT_SCHOOL = (r"(?:skolen|skulen)\s+(?=på dagtid|i\s+\w+\s+(?:uker|veker|dager|dagar)|\w+\s+(?:dager|dagar)\s+(?:i|per|hver|kvar)\s+(?:uka|veka|uke|veke))"
              r"(?![^.;]*\b(?:lærer\w*|lærar\w*|elev\w*|praksis\w*)\b)")
_NOT_THERE = r"(?!ikke\b|ikkje\b|sjelden\b|sjeldan\b|aldri\b|not\b)"
AT_STUDY_PLACE = (r"\b(?:du|dere|de|studentene|studentane|deltakerne|deltakarane|dei)\s+(?:er|møter|møter opp)\s+"
                  rf"{_NOT_THERE}(?:\w+\s+)?på\s+(?:{_STUDY_PLACE}\b|{_AT_SCHOOL})"
                  # the verb first: "Annenhver uke er du på studiestedet"
                  rf"|\b(?:er|møter)\s+(?:du|dere|studentene|studentane|dei)\s+{_NOT_THERE}(?:\w+\s+)?på\s+"
                  rf"(?:{_STUDY_PLACE}\b|{_AT_SCHOOL})"
                  # (not "trenger ikke å være …", "uten å være …")
                  r"|(?<!\bå )\b(?:være|vere)\s+på\s+(?:studiestedet|studiestaden)\b"
                  r"|\bmøte(?:\s+opp)?\s+på\s+(?:studiestedet|studiestaden)\b")

# The teaching said to be digital: "Forelesningene er digitale", "Opplæringa er heilt digital", "All teaching is
# digital" (the "nett" rule below; prose picks the sentence with it).
TEACHING_DIGITAL = (r"\b(?:undervisning(?:en|a)?|forelesn?ing(?:ene|ane|er|ar)?|opplæring(?:en|a)?|teaching|lectures"
                    r"|classes)\s+(?:er|blir|vert|is|are|will be)\s+(?:(?:heilt|helt|fully|entirely|mostly|delvis|partly)\s+)?"
                    r"digital")

# Taught at the study place: "Du blir undervist på studiestedet", "Undervisningen foregår på studiestedet", "undervist på
# nett og på studiestedet" (campus teaching; crawler/prose.py's sentence finder looks for the same words).
TAUGHT_AT_STUDY_PLACE = (r"\bundervis\w*\s+(?:\w+\s+){0,2}?(?:på|ved)\s+(?:\w+\s+og\s+(?:på\s+)?)?"
                         r"(?:studiestedet|studiestaden|lærestedet)\b")
_DELIVERY_RULES = (
    # Gatherings: samling(er/ar), Samlingsbasert, fellessamlinger, gatherings.
    # Workshops only when counted or the offer's own ("tre workshops", "the workshops"): "lectures, seminars and
    # workshops" is campus teaching.
    # Not a collection or an assembly: "datainnsamling", "generalforsamling".
    # Not a book or a collection: "Godkjent formelsamling", "lovsamling", "Samlingen av lover", "en samling av
    # verktøy", "Kunstsamlingen", "Museets samling" (nor "datainnsamling": "inn" above); nor a thesis as a collection
    # of articles: "en samling artikler godtas også", "ei samling av artiklar".
    ("samling", re.compile(rf"(?<!inn)(?<!for)(?<!formel)(?<!lov)(?<!kunst)(?<!museets )(?<!museums)"
                           rf"samling(?!\w*\s+av\s+(?:lover|forskrift\w*|tekst\w*|dikt|kilder|kunnskap|verktøy|data|kunst"
                           rf"|bilder|metoder))(?!\w*\s+(?:av\s+)?(?:vitenskapelige\s+|vitskaplege\s+)?(?:artikler|artiklar)\b)"
                           rf"|\bgatherings?\b|(?<![\w-])(?:residential|study|teaching|day) sessions?\b"
                           rf"|\b{_INT}\s+workshops\b|\bthe workshops\b|\bworkshopene\b"
                           # counted sessions of days: "eight sessions of three days each"
                           rf"|\b{_INT}\s+sessions\s+of\s+(?:{_INT}|a few|several)\s+days?\b"
                           # sessions counted in English: "organised as seven sessions", "in 4 residential sessions"
                           # (not weekly classes: "two sessions a week"; not "to the sessions")
                           # (nor online or hourly ones: "10 online sessions", "3 hour sessions", "10 two-hour sessions", "12 weekly sessions")
                           r"|\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?!(?:online|digital|virtual|zoom|teams|webinar|weekly|evening|lecture|hours?|minutes?)\b)(?![\w-]*-(?:hour|minute)\b)"
                           r"(?:[\w-]+\s+)?sessions\b"
                           r"(?!\s+(?:a|per|each|every)\s+week)"
                           # leave from work for the sessions: "agree with your employer on leave for the sessions"
                           r"|\bleave\b[^.]{0,40}\bfor the sessions\b"
                           # teaching gathered in blocks: "about 4 block weeks each semester", "courses run in blocks"
                           r"|\bblock weeks?\b|\b(?:taught|run|runs|given|held|organised|organized) in blocks\b"
                           r"|\bblokkundervisning\w*|\bblokkveke\w*|\bblokkuke\w*"
                           # the teaching organised in parts of days: "Undervisninga er organisert i fire bolkar",
                           # "undervisningen gis i tre bolker" (not "Pensum er delt i tre bolker")
                           r"|\bundervisning\w*\s+(?:er\s+|blir\s+|vert\s+)?(?:organisert|lagt opp|gitt|gis|gjeve|gjevast)\s+i\s+"
                           rf"(?:{_INT}\s+)?bolk(?:ar|er)\b"
                           # the class gathered a number of times: "Kullet samles på campus tre ganger i semesteret"
                           rf"|\b(?:samles|samlast)\s+(?:\w+\s+){{0,3}}?{_INT}\s+ganger\b"
                           r"|" + TEACHING_GATHERED + "|" + GROUP_GATHERED)),
    # A duration of a few days and nothing else: one gathering ("1 dag", "2-dagers kurs").
    ("samling", re.compile(rf"^{_INT}(?:\s*-?\s*dagers?(?:\s*-?\s*kurs(?:et)?)?|\s+dag(?:er|ar)?)\.?$")),
    # Online: nett, nettbasert, nettstudium, online, e-læring (not nettverk).
    # (and online follow-up between gatherings: "deltaking i nettoppfølginga i Canvas"; not supervision in practice or
    # of a thesis: "nettoppfølging i praksis", "nettveiledning på bacheloroppgaven")
    ("nett", re.compile(r"\bnett(?:basert\w*|studi\w*|undervisning|kurs\w*|forelesning\w*|støtt\w*|økt\w*|seminar\w*)?\b"
                        r"|\bnettoppfølging\w*(?!\s+(?:i|under|på|ved|av)\s+(?:praksis\w*|\w*oppgåv\w*|\w*oppgave\w*))"
                        r"|\bonline\b"
                        r"|\be-?lærings?\w*|\be-learning\b|\bdigitale? kurs\w*|\bremotely\b|\bremote (?:learning|teaching|stud\w+)\b"
                        r"|\bhe(?:i)?lt digital\b|\bfjernundervisning\b|\bdistance (?:learning|education)\b"
                        r"|\bdigital\w* (?:undervisning|forelesn?ing\w*"
                        r"|samling\w*|seminar\w*|møte\w*)|\bhybrid\w*|\bdigitalt\b|\bhe(?:i)?ldigital\w*"
                        # nynorsk "digitale forelesingar", "heildigitalt"; the teaching said to be digital: "Forelesningene
                        # er digitale", "Opplæringa er heilt digital", "All teaching is digital" (not "Søknaden er digital")
                        r"|" + TEACHING_DIGITAL + r"\w*\b(?!\s+(?:tilgjeng|available|støtt))")),
    # On campus: daglig (not "daglig leder"), weekly teaching days, campus, stedbasert.
    ("campus", re.compile(r"\bdaglig\b(?!\s+(?:leder|leiar|drift))|\bcampus\w*|\bstedbasert|\bstadbasert"
                          r"|\bundervisning ved lærestedet|\bordinær undervisning|\bfysisk undervisning"
                          r"|" + TAUGHT_AT_STUDY_PLACE +
                          # (not a classroom online: "det digitale klasserommet", "live-klasserom i Zoom")
                          r"|(?<!virtuelt )(?<!virtuelle )(?<!digitalt )(?<!digitale )(?<!omvendt )(?<!virtual )"
                          r"(?<!live-)(?<!nett-)(?<!online-)(?<!nettbaserte )(?<!nettbasert )(?<!online )(?<!digital )"
                          r"\bklasserom(?:met|mene)?\b"
                          # in English: "classroom teaching", "classroom lectures", "classroom-based teaching" (not "virtual
                          # classroom teaching")
                          r"|(?<!virtual )(?<!online )(?<!digital )\bclassroom(?:-based\b|\s+(?:teaching|lectures|instruction)\b)"
                          # weekly teaching days: "undervisning to dager i uka", "Undervisning ein fast dag i veka"
                          # (one day stressed: "Undervisning éin fast dag i veka", "undervisning én dag per uke")
                          # (not online teaching on those days: "Nettundervisning én dag i uka", "digital undervisning to
                          # dager i uka")
                          r"|klasseromsundervisning|(?<!nett)(?<!fjern)(?<!digital )(?<!digitale )(?<!nettbasert )"
                          r"(?<!nettbaserte )(?<!online )(?<!online-)"
                          rf"undervisning\s+(?:(?:{_INT}|éin|én)\s+)?(?:faste?\s+)?dag\w*\s+(?:i|per|pr\.?)\s+(?:uk|vek)"
                          r"|\bin[- ]person\b|\bon[- ]site\b|" + AT_STUDY_PLACE)),
    # Evenings: kveld, kveldsundervisning, kveldsstudium, evening classes; not one evening of a
    # gathering ("Vi starter kvelden 21. april", "nettverksmiddag én kveld"; _not_teaching leaves out one evening
    # now and then and pay per evening).
    ("kveld", re.compile(r"(?<!én )(?<!ein )(?<!one )\bkveld(?!en\b)\w*|(?<!one )\bevening\w*|" + WEEKLY_EVENING)),
    # Video: videokonferanse, video, webinar, Zoom, streaming.
    # (nynorsk "strøyme": "Forelesingane vert strøymde")
    # (the verb, not the electric current: "fra strømmen produseres til den brukes", "strømmarkedet")
    # (the English verb in Norwegian: "Streamet forelesning", "Forelesningene livestreames", "direktestrømmes"; not the
    # noun: "two streams: finance and marketing", "data streams")
    ("video", re.compile(r"video|\bwebinar\w*|\bzoom\b|\b(?:direkte)?strømm(?:e|es|er|et|ede|ing\w*|ast)\b|\bstrøym\w*"
                         r"|\b(?:live-?|direkte)?stream(?:ing|et|es|ed|a|ede)\b")),
)


def delivery(raw, description: str = "") -> list[str]:
    """Sorted unique subset of samling, nett, campus, kveld, video.

    Read from raw; when raw gives nothing, from the description with the same
    rules. A text that is only a duration of days ("1 dag") is one gathering.
    """
    text = _not_teaching(_ZOOM_ONLINE.sub(r"\1 digitalt", _text(raw)))
    found = _forms(text)
    if not found:
        text = _not_teaching(_ZOOM_ONLINE.sub(r"\1 digitalt", _text(description)))
        found = _forms(text)
    if "samling" in found and "campus" in found and "campus" not in _codes(_DELIVERY_RULES, _IN_PERSON.sub(" ", text)):
        found.remove("campus")          # "campus sessions", "partly in person": the gatherings, not campus teaching
    return found


def _forms(text: str) -> list[str]:
    found = _codes(_DELIVERY_RULES, text)
    if "campus" not in found and "samling" not in found and _TAUGHT_BY_WEEK_OR_DAY.search(text):
        found = sorted({*found, "campus"})      # (the days of gatherings are no weekly campus teaching)
    if not found and _TAUGHT_IN_DAYTIME_HOURS.search(text):
        found = ["campus"]                      # a school's daytime hours, no other form named
    return found


# Zoom said of digital teaching or of meetings is online teaching, not video: "Undervisningen går digitalt på
# Zoom", "Gruppemøter i Zoom" (not "Samlingene i live-klasserom holdes i Zoom", a video conference).
_ZOOM_ONLINE = re.compile(r"\b(digital\w*|\w*møte\w*|meetings?)\s+(?:på|i|via|over|in|on)\s+zoom\b(?!-)")   # (not "i Zoom-samlingene")


# Attendance in person that gatherings explain: "teaching mixes campus sessions with online learning",
# "partly in person and partly remotely … taught in blocks", "fysisk oppmøte på samlingene".
_IN_PERSON = re.compile(r"\b(?:on[- ])?campus sessions?\b|\bin[- ]person\b|\bon[- ]site\b|\bfysisk (?:undervisning|oppmøte)"
                        # the gatherings held on campus, or the campus the study belongs to: "samlinger på campus i
                        # Trondheim", "the sessions are held on campus", "Programmet hører til campus Mo i Rana"
                        # (not "samlinger og ukentlig undervisning på campus": teaching on campus as well)
                        r"|\b(?:samling\w*|sessions|gatherings)\s+(?:(?:holdes|haldast|blir|vert|er|går|foregår|føregår"
                        r"|arrangeres|skjer|are|is|will|be|held|take|place)\s+){0,3}(?:på|ved|at|on)\s+campus\w*"
                        # with their length between: "samlinger à to dager på campus Elverum", "sessions of two days on
                        # campus" (not "samlinger og ukentlig undervisning på campus")
                        r"|\b(?:samling\w*|sessions|gatherings)\s+(?:à|a|på|of|over|med)\s+"
                        r"(?:(?!nett\b|digital\w*|online\b|zoom\b|teams\b)[\w.]+\s+){0,2}?"
                        r"(?:dag\w*|døgn|days?)\s+(?:(?:hver|kvar|each)\s+\S+\s+)?(?:på|ved|at|on)\s+campus\w*"
                        # the class gathered on campus: "Kullet samles da på campus" (not weekly: "møtes på campus hver
                        # onsdag", "møtes ukentlig på campus", "meet on campus every week")
                        r"|\b(?:samles|samlast|møtes|møtast|meet)\s+(?:(?!ukentlig\b|ukentleg\b|weekly\b|hver\b|kvar\b|every\b)\w+\s+)"
                        r"{0,2}?(?:på|ved|at|on)\s+campus\w*(?![^.;]{0,30}\b(?:hver|kvar|every|annenhver|annakvar|ukentlig"
                        r"|ukentleg|weekly|i uka|i veka|per uke|per veke|a week|each week)\b)"
                        r"|\b(?:hører til|høyrer til|tilhører|tilknytt\w*|knyttet til|knytt til|belongs to|is based at)"
                        r"\s+(?:\S+\s+)?campus\w*")


def _not_teaching(text: str) -> str:
    """The text without words that name no teaching form: counted campuses, and applying,
    reading or learning materials online ("apply online", "læremidler på nett"), an image's
    file name ("campus+elverum.jpg"), an e-mail or web address ("h-olearn@online.no"), campus life,
    and teaching away from campus."""
    text = _CAMPUS_LIFE.sub(" ", _ADDRESS.sub(" ", text))
    text = _PAGE_ZOOM.sub(" ", _VIDEO_SHOWN.sub(" ", _AWAY_FROM_CAMPUS.sub(" ", _IMAGE_FILE.sub(" ", text))))
    text = _FLOWS_IN.sub(" ", text)
    return _PAID_PER_EVENING.sub(" ", _ONE_EVENING.sub(" ", _ONLINE_NOT_TAUGHT.sub(" ", _COUNTED_CAMPUS.sub(" ", text))))


# Things that flow in, not teaching streamed: "Nye funn strømmer på", "søknadene strømmer inn", "studentene strømmer til"
# (not "Forelesningene strømmer til alle studiestedene").
_FLOWS_IN = re.compile(r"\b(?:funn|nyheter|nyheiter|søknad\w*|søkere|søkjarar|folk|student\w*|penger|pengar|kunnskap\w*"
                       r"|informasjon\w*|tips|henvendelse\w*|bestilling\w*|påmelding\w*)\s+strømmer\s+(?:på|inn|til)\b")


# One evening now and then is no evening teaching: "av og til en tirsdag formiddag eller en søndag kveld", "one
# Friday evening" (not "undervisning mandag kveld", every Monday).
# (not every week's or month's: "en tirsdag kveld i uken", "one Tuesday evening per week", "ein torsdag kveld kvar veke")
_ONE_EVENING = re.compile(r"\b(?:en|én|ein|éin|one)\s+(?:(?:man|mån|tirs|tys|ons|tors|fre|lør|laur|søn|sun)dag|(?:mon|tues|wednes"
                          r"|thurs|fri|satur|sun)day)s?\s*(?:kveld|evening)\w*"
                          r"(?!\s+(?:i|per|pr\.?|hver|kvar|a|each|every)\s+(?:uke\w*|uka|veke\w*|veka|måned\w*|månad\w*|week|month))")
# Pay for an evening, not teaching: "betaler vi også 200 kr pr. kveld i kompensasjon" (but "150 kr per kveld" as a
# course's price, or "3 timer per kveld", is evening teaching).
_PAID_PER_EVENING = re.compile(r"\b(?:pr\.?|per)\s+kveld\w*\s+(?:i\s+|som\s+)?(?:kompensasjon|godtgjør\w*|godtgjer\w*|honorar"
                               r"|tapt arbeidsfortjeneste)")


# Teaching away from campus names no campus teaching: "feltkurs foregår andre steder enn på campus",
# "praksis utenfor campus", "fieldwork off campus" (not "på campus og i praksis", nor both: "både på og utenfor campus",
# "on and off campus").
_AWAY_FROM_CAMPUS = re.compile(r"(?<!på og )(?<!på eller )(?<!on and )(?<!on or )(?<!on- and )\b(?:andre steder enn|andre stader enn|utenfor|utanfor|borte fra|vekk fra|away from|off"
                               r"|outside(?: of)?(?: the)?)[\s-]+(?:på\s+|on\s+)?campus\w*")


# A video shown on the page, not teaching by video: "A video from code.org:", "Se video om studiet", "Watch a video
# about the programme" (not "undervisning på video", "forelesninger som video").
_VIDEO_SHOWN = re.compile(r"\b(?:(?:a|an|this|the|en|ein|denne|watch|se|sjå)\s+)(?:short\s+|kort\s+)?video(?:en)?"
                          r"\s+(?:from|about|om|fra|frå)\b"
                          # "Se en kort video som viser litt av kurset", "Watch a short video showing the course" (not
                          # "Forelesningene gis som video som viser gjennomgang av pensum")
                          r"|\b(?:se|sjå|watch)\s+(?:en |ei |ein |a )?(?:kort |short )?video(?:en|er|ane|s)?\s+"
                          r"(?:som viser|that shows?|showing)\b"
                          # a video to watch for a taste of the course: "Se videoen for en kort forsmak på kurset", "Watch
                          # the video to get a feel for it" (not "Se videoen til forelesningen", "Watch the video and answer")
                          r"|\b(?:se|sjå|watch)\s+(?:the |this |denne |dette )?video(?:en|a)?\s+(?:for|to)\s+(?:\w+\s+){0,3}?"
                          r"(?:forsmak\w*|smakebit\w*|smakebete\w*|innblikk|inntrykk|feel|taste|glimpse|idea)\b"
                          # shown in the teaching: "demonstrasjoner på video", "demonstrations on video"
                          r"|\b(?:demonstrasjon\w*|eksempl\w*|demonstrations?|examples?)\s+(?:på|via|on)\s+video\b"
                          # a video sent with the application: "legg ved materiale (tekst, lyd, video o.l.)", "upload a
                          # video with your application"
                          r"|\b(?:legg\w*\s+(?:\w+\s+)?ved|last\w* opp|attach\w*|upload\w*)\b"
                          r"(?:(?!undervis|forelesn|forelesing|lecture|teaching|arbeidskrav|assignment)[^.;]){0,80}?\bvideo\w*"
                          # recordings one sends, in a list of works: "Lyd- og videoopptak, tekster, komposisjoner"
                          r"|\blyd-\s*(?:og|eller)\s+videoopptak\w*(?=\s*,\s*(?:tekst|note|komposisjon|arrangement|bilde"
                          r"|portfolio))"
                          # a recording the applicant sends in: "Et videoopptak må være sendt inn senest 22. mai", "a video
                          # recording must be submitted" (not "forelesningene blir lagt ut som videoopptak")
                          r"|\bvideo(?:opptak\w*|\s+recordings?)\s+(?:\w+\s+){0,3}?(?:(?:sendt|sendes|sende|send)\s+inn|submitted"
                          r"|sent in)\b"
                          # the verb first: "Søkere må sende inn et videoopptak", "Applicants must submit a video recording"
                          r"|\b(?:send\w*|sender)\s+inn\s+(?:\w+\s+){0,2}?video\w*|\bsubmit\w*\s+(?:\w+\s+){0,2}?video\s*recordings?"
                          # sound or video, a choice of form for what one hands in: "Et mobilopptak (lyd eller video)",
                          # "levert inn – skriftlig, på lyd eller på video", "Send inn lyd- eller videoopptak" (not both:
                          # "Forelesningene blir lagt ut som lyd- og videoopptak")
                          r"|\blyd(?:-\s*|\s+)eller\s+(?:på\s+)?video\w*|\bsound or video\b"
                          # a video of one's own: "i en video der du snakker selv", "video fra egne terapier", "du lager
                          # videoopptak av situasjoner fra praksis", "a video where you play" (not the teachers' "vi tar
                          # videoopptak av forelesningene")
                          r"|\bvideo\w*\s+(?:der|hvor|kor|where|in which)\s+(?:du|you)\b"
                          r"|\bvideo\w*\s+(?:fra|frå|from|of)\s+(?:dine\s+|dei\s+|your\s+)?(?:egne|eigne|own)\b"
                          r"|\b(?:du|dere|de|dei|studentene|studentane|you|students)\s+(?:\w+\s+){0,2}?(?:lager|lage|lagar|laga|gjer"
                          r"|gjere|tar|tek|make|makes|record)\s+(?:\w+\s+){0,2}?video(?:opptak\w*|s|\s+recordings?)\b"
                          # a video shown in class, a video art, a work task: "visning av video", "videovisning",
                          # "videokunst", "foto- og videoopptak" (among a diver's tasks)
                          r"|\bvisning\s+av\s+video\w*|\bvideovisning\w*|\bvideokunst\w*|\bfoto-\s*og\s+videoopptak\w*"
                          # an interview held over video: "the interview may be held over video conference", "intervjuet
                          # kan skje på video"
                          r"|\b(?:interview|intervju)\w*\s+(?:\w+\s+){0,4}?(?:over|via|by|på|per)\s+video\w*(?:\s+conference)?"
                          # a recording sent with the application: "Send your application, including a motivation letter and
                          # a video recording"
                          r"|\b(?:application|søknad)\w*\b[^.;]{0,80}?\bvideo(?:\s*recordings?|opptak\w*)")


# Zooming the page with the keyboard, not teaching on Zoom: "To zoom, keep the Ctrl key pressed and hit +", "You can
# zoom the page by pressing Ctrl and +", "Zoom inn med Ctrl og +".
_PAGE_ZOOM = re.compile(r"\bto zoom(?:\s+(?:in|out))?\s*,[^.]{0,80}|\bzoom\w*(?:\s+(?:inn?|out|ut))?\b[^.]{0,40}\bctrl\b|\bctrl\b[^.]{0,40}\bzoom\w*")


# An e-mail or web address: "h-olearn@online.no", "www.nettstudier.no" (a name, no teaching form).
# (its closing full stop kept: "Påmelding til kurs@skolen.no. Undervisning på nett."; a web address kept whole when it
# starts with http, which may be the teaching's own: "via https://zoom.us")
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s]*[^\s.,;:)])?")
# Life on a campus, not teaching there: "campus life centres on managing forests", "campuslivet er rikt" (not a
# building's name: "Campus Life Science-bygget").
_CAMPUS_LIFE = re.compile(r"\bcampus[\s-]?(?:life|liv(?:et)?)\b(?!\s+science)")


# An image's file name left in the text: "campus+elverum.jpg", "nettstudier_banner.png".
_IMAGE_FILE = re.compile(r"(?<!\S)\S+\.(?:jpe?g|png|gif|webp|svg)\b")


# Online, but not the teaching: applying, registering, reading or paying online, and learning
# materials on the web: "apply online", "the online application portal", "can be read online",
# "tilgang til læremidler på nett", "digitalt læringsstoff" (not "Studiet går på nett").
_ONLINE_NOT_TAUGHT = re.compile(
    r"\b(?:apply|applying|applications?|register|registering|registration|read|pay|paying|payment|available"
    r"|informasjon(?:en)?"
    # the study's documents on the web: "Emnekatalogen på nett beskriver hvert emne", "Timeplanen ligger på nett"
    r"|\w*katalog(?:en|et)?|timeplan(?:en)?|studieplan(?:en)?|emnebeskrivels\w*|catalogue|timetable|syllabus"
    # public records on the web, a course's topic: "Journal og dokumenter på nett" (not "Undervisning og dokumenter
    # på nett")
    r"|journal(?:en|er)?\s+og\s+dokument(?:er|ene|a)?"
    r"|søk(?:e|er|ja|jer)?|søknad\w*|påmelding\w*|meld\w* deg på|betal\w*|læremid\w*|læringsstoff\w*"
    r"|lærestoff\w*|læringsressurs\w*|innhold(?:et)?|innhald(?:et)?|materiell\w*|pensum\w*|litteratur\w*"
    # an exam, a hand-in or an information meeting held online: "Eksamen gjennomføres digitalt" (not
    # "Undervisning og eksamen gjennomføres digitalt", where the teaching is named with it)
    r"|(?<!og )(?<!and )(?:eksamen\w*|exams?|innlevering\w*|informasjonsmøte\w*|information meetings?))"
    r"\s+(?:\w+\s+){0,2}?(?:online|på nett(?:et)?|digitalt|elektronisk)\b"
    r"|\b(?:les|lese|read) (?:mer|meir|more)\b[^.]{0,40}?(?:online|på nett(?:et)?)"
    # a test taken online: "Studentene tar en nettbasert flervalgstest", "a digital multiple-choice quiz" (not "nettbasert
    # med test i hver modul", where the teaching is online)
    r"|\b(?:nettbasert\w*|digital\w*|online)\s+(?:(?:avsluttende|avsluttande|kort\w*|flervalgs\w*|multiple-choice|final)\s+)?"
    r"(?:\w*test(?:en|er)?|\w*prøve(?:n|r|ne)?|quiz\w*)\b"
    # the media a journalist works in: "jobbe journalistisk i trykte medier, på nett, i radio og på TV"
    r"|\bjournalist\w*[^.;]{0,40}?\b(?:medier|aviser?|radio|tv)\s*,\s*(?:på\s+)?nett\b"
    # teaching said not to be online: "The teaching cannot be followed online", "kan ikkje følgjast på nett"
    r"|\b(?:cannot|can ?not|can't|kan ikke|kan ikkje|is not|are not|er ikke|er ikkje|tilbys ikke|tilbys ikkje|gis ikke"
    r"|ikke mulig å|ikkje mogleg å|not possible to"
    # said of something else in a subordinate clause: "hjelpemidler, så lenge de ikke er nettbaserte"
    r"|ikke er|ikkje er)\s+"
    r"(?!(?:\w+\s+)?(?:only|bare|berre|kun|just|fully|purely|entirely|helt|heilt|utelukkende|rent|reint|a\s+purely)\b)"
    r"(?:\w+\s+){0,2}?(?:online|på nett|digitalt|nettbaserte?)\b"
    # resources reached or work done from afar: "access the library remotely", "work remotely on assignments"
    r"|\b(?:access\w*|work\w*|submit\w*|log\w* in)\s+(?:\w+\s+){0,3}?remotely\b"
    r"|\bonline\s+(?:application|applications|portal|registration|payment|søknad\w*|påmelding\w*)\b"
    r"|\bdigital\w*\s+(?:lærings\w*|læremid\w*|lærestoff\w*|materiell\w*|ressurs\w*|søknad\w*|innhold\w*)"
    # lectures recorded, to watch afterwards: "Lectures are digitally recorded", "digitalt opptak av forelesninger",
    # "forelesningene blir tatt opp digitalt" (not "digital undervisning, og forelesningene blir tatt opp")
    # (also "tas opp digitalt", "tas opp og gjøres tilgjengelig digitalt", "blir tatt opp og lagt ut digitalt")
    r"|\bdigital\w*\s+(?:opptak\w*|recorded|recordings?|(?:tatt|tas|teke|tekne|takast) opp)"
    r"|\b(?:recorded|(?:tatt|tas|teke|tekne|takast) opp(?:\s+og\s+(?:gjøres|gjort|blir|vert|lagt|legges|leggjast|publiseres"
    r"|publisert)(?:\s+(?:tilgjengelig|tilgjengeleg|ut))?)?)\s+digital\w*")


# Campuses counted name places, not a teaching form: "PPU går ved tre campus", "på alle våre campuser",
# "runs at three campuses", "a tour of our campus" (not "to campus": English "come to campus" is campus teaching; nor
# the teaching held there: "teaching takes place on our campus in Oslo").
_COUNTED_CAMPUS = re.compile(r"\b(?:\d{1,2}|tre|fire|fem|seks|sju|syv|åtte|two|three|four|five|six|alle|all|våre"
                             r"|(?<!place on )(?<!place at )(?<!held on )(?<!held at )(?<!taught on )(?<!taught at )our"
                             r"|flere|fleire|ulike|andre|several|multiple)\s+(?:(?:våre|our|of our)\s+)?campus\w*")


def _codes(rules, text: str) -> list[str]:
    if not text:
        return []
    return sorted({code for code, rx in rules if rx.search(text)})


# -- admission ----------------------------------------------------------------

# Ranks: the lowest requirement among alternatives wins.
_ADMISSION_RANK = {"generell_studiekompetanse": 0, "other": 1, "bachelor": 2, "master": 3}
# General admission: "generell studiekompetanse", "general university admission".
# Not "the general admission regulations" of the institution, which are rules, not a requirement.
_GENERAL = re.compile(r"generell studiekompetanse|general (?:university )?admission(?! regulations?| rules)"
                      r"|general matriculation|"
                      # "you must meet the general requirements for admission to higher education"
                      r"general (?:entry |entrance )?requirements? for (?:admission|entry|entrance)"
                      r"(?! regulations?| rules)(?: to (?:higher education|universit\w+|studies|study))?\b|"
                      r"higher education entrance qualification|\bgsk\b"
                      # "the general entrance qualification for Norwegian colleges"
                      r"|general (?:university |college )?entrance qualifications?"
                      # Samordna opptak's code of it, as utdanning.no's fact boxes give it: "Opptakskrav: GENS",
                      # "GENS + MATRS" (a subject requirement besides it)
                      r"|\bgens\b")
# Years of higher education: "3-årig høyere utdanning", "3 års høyskole eller
# universitetsutdanning", "three years of higher education", garbled "- årig høyere utdanning".
_EDU_YEARS = re.compile(
    rf"(?:{_INT}\s*-?\s*)?(årig|års|år|years?)\s+(?:of\s+)?(?:(?!\w*erfaring)[\w.]+\s+){{0,3}}?"
    # (or study at a university or college: "one year of university study", "two years of college studies", "eitt
    # års studium ved universitet"; not the study's own length: "The programme takes two years of study")
    r"(?:\w*(?:utdanning|utdannelse|education|studier)\b|(?:full-time\s+)?(?:university|college|universitets|høgskole"
    r"|høyskole|høgskule)\w*(?:-level)?\s+stud(?:y|ies)\b|studium (?:ved|fra|frå|på) (?:eit |et |en )?(?:universitet|høgskule|høgskole|høyskole)"
    # (one word: "to års høgskulestudium", "eitt års universitetsstudium")
    r"|(?:universitets|høgskole|høyskole|høgskule)studi(?:um|et|a)\b)")
# Reverse order: "relevant høyere utdanning på minst tre år", "høgskoleutdanning i helse- og sosialfag
# på minst tre år", "education of at least three years" (an education, not the study's own "utdanningen").
_EDU_YEARS_AFTER = re.compile(
    r"\w*(?:utdanning|utdannelse|utdanninger|education)\s+(?:\w+-\s+og\s+|(?!og\b|eller\b|and\b|or\b|\d)[\w-]+\s+){0,5}?"
    rf"(?:på|av|of)\s+(?:minst|minimum|min\.|at least)\s+{_INT}\s*-?\s*(?:års|år|years?)\b")
# Two lengths of one education, the shorter first: "en to- eller treårig høgskoleutdanning" (the lowest admits).
_EDU_YEARS_EITHER = re.compile(rf"\b{_INT}\s*-\s*(?:eller|til|or|to|el\.)\s+{_INT}\s*-?\s*(?:årige?|years?)\s+(?:[\w.-]+\s+){{0,4}}?"
                               r"\w*(?:utdanning|utdannelse|education)\b")
# Credits on top of years of education: "2-årig politiutdanning og i tillegg minst 60 studiepoeng" (three years).
_PLUS_CREDITS = re.compile(r"\s*,?\s*(?:og\s+)?(?:i tillegg|pluss|samt|plus|\+)\s+(?:minst\s+|minimum\s+|at least\s+)?"
                           r"(\d{2,3})\s*(?:studiepoeng|stp|sp|ects|credits)\b")
# Compound year words: "treårig høyere utdanning", "toårig".
_EDU_COMPOUND = re.compile(r"\b(ett|eitt|to|tre|fire|fem)årig\s+(?:\w+\s+){0,3}?\w*(?:utdanning|utdannelse)")
# Higher education counted in credits: "minst 120 studiepoeng fra universitet eller høyskole" (60 a year).
# "120 studiepoeng eller mer fra høyskole eller universitet", "minst 90 studiepoeng fra en akkreditert
# utdanningsinstitusjon", "Minimum 120 studiepoeng høyere utdanning" too.
_EDU_CREDITS = re.compile(r"(?:(?:minst|minimum|at least)\s+(\d{2,3})\s*(?:studiepoeng|stp|sp|ects(?: credits)?)"
                          r"|(\d{2,3})\s*(?:studiepoeng|stp|sp|ects(?: credits)?)\s+(?:eller mer|eller meir|or more))\s+"
                          r"(?:(?:fra|frå|av|of|in|i)\s+(?:\w+\s+){0,2}?)?(?:universitet|høyskole|høgskole|høgskule"
                          r"|høyere utdanning|høgare utdanning|higher education|university|utdanningsinstitusjon)")
# Vocational admission (fagskole): fagbrev, svennebrev, vitnemål from upper secondary, authorisation.
_VOCATIONAL = re.compile(r"\bfagbrev\w*|\bsvennebrev\w*|\bfagprøve\w*|\byrkeskompetanse|\bvidaregåande opplæring"
                         r"|\bvideregående opplæring|\bvitnemål fra videregående|\bautorisasjon som helsefagarbeider"
                         r"|\bhelsefagarbeider\w*|\bfullført videregående"
                         # nynorsk "helsefagarbeidar"; a fagskole education completed or named beside another:
                         # "fullført fagskoleutdanning", "fullført fagskule", "bachelor eller fagskoleutdanning",
                         # "utdanning frå fagskule", "a vocational college degree" (not "Studiet er ei fagskuleutdanning")
                         r"|\bhelsefagarbeidar\w*|\bfullført (?:\w+\s+)?fagsk[ou]l\w*|\butdanning (?:fra|frå) (?:en |ein )?fagsk[ou]l"
                         r"|\bbarne- og ungdomsarbeid\w*"
                         r"|\b(?:eller|or) (?:\w+\s+)?fagsk[ou]l\w*|\bvocational college (?:degree|education|diploma)"
                         # in English: "a vocational qualification", "a trade certificate", "upper secondary school
                         # completed" (not "vocational qualification is not enough")
                         r"|\bvocational qualifications?\b(?!\s+(?:is|are)\s+not\b)|\btrade certificates?\b"
                         r"|\bupper secondary (?:school|education) completed|\bcompleted upper secondary"
                         # a completed education in a trade: "ei fullført utdanning som agronom, gartnar eller
                         # skogsoperatør", "utdannet som anleggsgartner"
                         r"|\butdann\w*\s+som\s+(?:agronom|\w*gartn[ae]r|\w*operatør|skogbruk[ae]r|\w*fagarbeid[ae]r|tømr[ae]r"
                         r"|elektrik[ae]r|kokk|frisør|\w*mekanik[ae]r|rørlegg[ae]r|mal[ae]r|mur[ae]r|snekk[ae]r|sveis[ae]r"
                         r"|\w*montør)\b")
# An authorisation that requires a bachelor: one of the professions above, a midwife's, a registered nurse's.
_BACHELOR_PROFESSION = rf"(?:{_BACHELOR_PROFESSIONS}\w*|jordm[oø]r\w*|(?:registered )?nurse(?!\s+assistant)\w*)"
# Bachelor's degree or equivalent: bachelorgrad, cand.mag., lavere grad, 180 credits, a profession's bachelor by its
# compound ("en treårig sykepleierbachelor").
_EDU_BACHELOR = re.compile(r"\bbachelor\w*|\bcand\.\s?mag\b|\b\w{4,}bachelor(?:en|er|ar|grad\w*)?\b|\blavere grad|\blågare grad|\bundergraduate degree"
                           # the English abbreviation as a degree: "A BA or an equivalent degree", "a BA in …"
                           r"|(?<![\w.])b\.?a\.?(?=\s+(?:or|in|degree|eller)\b)"
                           r"|\b180 (?:studiepoeng|stp|sp|ects)\b|\bhøgskolekandidat"
                           # authorisation in a profession educated in a bachelor: "Norsk autorisasjon i sykepleie"
                           rf"|\bauth?ori[sz]\w*\s+(?:som\s+|i\s+|as\s+(?:an?\s+)?)?{_BACHELOR_PROFESSION}"
                           rf"|\b{_BACHELOR_PROFESSION}\s+med\s+(?:norsk\s+)?autorisasjon"
                           # a teacher's education, a bachelor: "godkjend barnehagelærar- eller lærarutdanning",
                           # "yrkesfaglærerutdanning" (not the field of a master's: "mastergrad i lærerutdanning")
                           r"|(?<!\bi )(?<!\bin )\b\w*lær[ea]r-?utdanning\w*"
                           # trained in such a profession or as a teacher: "utdannet førskolelærer/barnehagelærer"
                           rf"|\butdann(?:et|a|ede)\s+(?:som\s+)?(?:{_BACHELOR_PROFESSION}|førskolelær\w*|barnehagelær\w*"
                           r"|barnehagelærar\w*|grunnskolelær\w*|allmennlær\w*|lær[ea]r\b)"
                           r"(?!\s+(?:med|with)\s+(?:master\w*|hovedfag|hovudfag))")   # ("utdannet lærer med mastergrad")
# Master's degree or equivalent: mastergrad, master's degree, hovedfag, høyere grad.
_EDU_MASTER = re.compile(r"\bmastergrad\w*|master'?s? degree|\bmasterutdanning|\bhovedfag\w*|\bhovudfag\w*"
                         r"|\bhøyere grad\b|\bhøgare grad\b")
# A requirement said not to be needed or not to be had: "uten generell studiekompetanse", "Du har ikke …".
# (not "nothing but": "Du trenger ikke annet enn generell studiekompetanse", "ikkje anna enn", "nothing more than")
_NEGATED = re.compile(r"\b(?:uten|utan|ikke|ikkje|ingen|without|not|no|lack|lacks|lacking|mangler|manglar)\s+"
                      r"(?!(?:\w+\s+){0,2}?(?:annet|anna|other|more|mer|meir)\s+(?:enn|than)\s+$)"
                      r"(?:\w+\s+){0,3}$")
# General admission as the measure of something else: "dokumentere norsk og engelsk på nivå med kravet til generell
# studiekompetanse", "English at the level required for general admission".
# (a compound too: "engelskkunnskaper på nivå med det som kreves for generell studiekompetanse")
_GENERAL_AS_MEASURE = re.compile(r"\b(?:norsk|engelsk|norwegian|english|\w*språk|languages?|matematikk|mathematics)\w*"
                                 r"[^.;]{0,30}?\b(?:på nivå med|på nivå med kravet? til|tilsvarende kravet? til"
                                 r"|(?:på nivå med|tilsvarende) det som (?:kreves|krevst|trengs) (?:for|til)"
                                 r"|at the level (?:of|required for)|equivalent to the requirements? (?:of|for))\s*$")
# General admission as the route of prior learning, not the ordinary requirement: "Ved realkompetanse kreves generell
# studiekompetanse eller realkompetanse, og dessuten minst tre år …".
_REAL_ROUTE = re.compile(r"\bved (?:opptak (?:på grunnlag av|basert på|etter) )?realkompetanse(?:vurdering)?\s+(?:kreves|krevst|må du ha)"
                         r"[^.;]{0,20}$")
# General admission said not to be enough: "(Generell studiekompetanse er ikke nok alene.)", or not to be needed.
_SAID_NOT = r"\s*(?:alone\s+)?(?:er|is)\s+(?:ikke|ikkje|not)\s+"
_TOO_LITTLE_WORDS = r"nok|tilstrekkelig|tilstrekkeleg|enough|sufficient"
_NOT_ENOUGH = re.compile(_SAID_NOT + rf"(?:{_TOO_LITTLE_WORDS}|required|needed|necessary|a requirement|påkrevd|påkravd"
                         r"|nødvendig|naudsynt|et krav|eit krav)\b")
# Said to be too little (not "not required"): "… er ikke nok alene", "is not sufficient on its own".
_TOO_LITTLE = re.compile(_SAID_NOT + rf"(?:{_TOO_LITTLE_WORDS})\b")
# Upper secondary school subjects a study asks on top of general admission: "Matematikk R1 (eller S1 og S2) + R2",
# "Fysikk 1", "Kjemi 2", "mathematics R2".
_SCHOOL_SUBJECTS = re.compile(r"\b(?:matematikk|mathematics|math)\s+(?:R|S)[12]\b|\b(?:R|S)[12]\s*\+\s*(?:R|S)[12]\b"
                              r"|\b(?:fysikk|kjemi|biologi|geofag|physics|chemistry|biology)\s*[12]\b", re.I)
# The special requirement of a study beside the general one: "Generelt opptakskrav: generell
# studiekompetanse. Spesielle opptakskrav: treårig helsefaglig utdanning" (the special one is the requirement).
_SPECIAL = re.compile(r"\b(?:spesielle|spesielt|særskilte|særskilt|særskilde|special|specific)\s+"
                      r"(?:opptakskrav|krav til opptak|admission requirements?|entry requirements?)")
# Alternatives: "eller", "or", "alternativt", "/".
_OR = re.compile(r"\beller\b|\bor\b|\balternativt\b|/|\bevt\.?\b|\bellers\b")
# Vocational theory after upper secondary school, which practical teacher education for vocational subjects (PPU-Y) asks
# of the route by a trade certificate: "to år med yrkesteoretisk utdanning", "yrkesteoretisk utdanning tilsvarande 120
# studiepoeng" (with general admission and a trade certificate, that route is a vocational one).
_VOCATIONAL_THEORY = re.compile(r"\byrkesteoretisk\w*")
# General admission with a further requirement joined to it ("generell studiekompetanse samt
# autorisasjon som sykepleier"): not general admission alone.
_GENERAL_PLUS = re.compile(r"\s*(?:samt|pluss|\+|og i tillegg|i tillegg til|with|plus)\b")
# General admission said to be required as well: "generell studiekompetanse må også være oppfylt", "I tillegg trengs
# generell studiekompetanse", "general admission is also required".
_ALSO_AFTER = re.compile(r"[^.;]{0,25}?\b(?:også|og så|òg|i tillegg|also|as well)\b")
_ALSO_BEFORE = re.compile(r"\b(?:i tillegg|dessuten|også|òg|in addition|also)\b[^.;]{0,30}$")
# The requirement codes of Samordna opptak on their own ("NO3MA3", "MATRS, R1"): general
# admission with subject requirements.
_ADMISSION_CODES = re.compile(r"^(?=[^\d]*\d)[A-Z]{1,6}\d?(?:[A-Z]{1,4}\d)?(?:\s*[,/+]\s*[A-Z]{1,6}\d?(?:[A-Z]{1,4}\d)?)*$")
# Leaders named as the ones who may apply: "Styrere og daglige ledere kan søke", "Leaders can apply".
LEADERS_APPLY = (r"\b(?:ledere|leiarar|styrere|styrarar|rektorer|rektorar|leaders|managers)\b(?:\s+[\w-]+){0,4}?"
                  r"\s+(?:kan|can|may)\s+(?:søke|søkje|apply)\b"
                  # (not for funds or leave: "Ledere kan søke om midler til videreutdanning", "may apply for funding")
                  r"(?!\s+(?:om|for)\s+(?!opptak|studieplass|plass\b|admission)\w)")
# Admission by position: experience-based study for leaders in post.
_IN_POST = re.compile(r"erfaringsbasert studium|i stilling som lede|i stilling som leiar|\blederstilling"
                      r"|\bleiarstilling|\bleiarar i stilling|\bledere i stilling|være i lederstilling"
                      r"|\bmanagement position|\bcurrently (?:work|employed) as (?:a )?(?:leader|manager)"
                      # "Du må vere leiar i helsetenesta", "must be employed in a leadership position"
                      r"|\bmå (?:vere|vera|være) (?:tilsett som |ansatt som )?(?:leiar|leder)\b"
                      # a head of a kindergarten or school in post: "være ansatt i en stilling som styrer eller
                      # assisterende styrer", "tilsett i stilling som rektor"
                      r"|\b(?:ansatt|tilsett|employed|stilling|position) (?:i |in )?(?:en |ei |ein |a )?(?:stilling |position )?"
                      r"(?:som |as )(?:an? )?(?:assisterende |assisterande |assistant )?"
                      r"(?:\w*styrer|\w*styrar|rektor|head ?teacher|principal)\b"
                      r"|\b(?:leadership|managerial) position"
                      # leaders who apply, or who hold a leader's responsibility: "Styrere og daglige ledere kan
                      # søke", "for toppledere på strategisk nivå med personal- og økonomiansvar"
                      rf"|{LEADERS_APPLY}"
                      r"|\bmed (?:\w+\s+){0,2}?(?:personalansvar|lederansvar|leiaransvar|personal- og økonomiansvar)"
                      r"|\bwith (?:staff|personnel|management) responsibility")
# Years of leadership experience required ("5 års ledererfaring", "at least three years of relevant leadership
# experience"): with no education named, admission as a leader; "ikke krav om ledererfaring" is none.
# "Three or more years of relevant experience as a leader", "3 års erfaring som leder" too.
_LEADER_YEARS = re.compile(rf"\b{_INT}\s*(?:(?:or|eller)\s+(?:more|mer|meir|flere|fleire)\s+)?-?\s*(?:års|år|years?)\s+"
                           r"(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:ledererfaring|leiarerfaring|lederpraksis|leadership experience|management experience"
                           r"|(?:erfaring|experience) (?:som|as) (?:an? )?(?:leder|leiar|leader|manager))")
_NO_REQUIREMENT = re.compile(r"\b(?:ikke|ikkje|ingen|no|not)\s+(?:\w+\s+){0,2}?(?:krav|required|requirement)")
# Years of experience: "2 års relevant yrkeserfaring", "at least two years of
# relevant work experience" (the gap words cannot cross "og", "+" or an education).
# "Three or more years of relevant experience", "two years or more of relevant professional practice",
# "around 3 years' practice in the field" too.
_EXPERIENCE = re.compile(
    rf"\b{_INT}\s*(?:(?:or|eller)\s+(?:more|mer|meir|flere|fleire)\s+)?-?\s*(?:års|år|years?'?)\s+"
    r"(?:(?:or|eller)\s+(?:more|mer|meir|longer|lengre)\s+)?(?:of\s+)?"
    r"(?:(?!\w*utdanning|\d|og\b|eller\b|and\b|or\b|år\b|års\b|years?\b)[\w-]+\s+){0,4}?"
    r"(?:\w*(?:erfaring|praksis|experience|practice)"
    # work named as such: "to år med relevant arbeid", "minst to års dokumentert arbeid med musikk", "minst 1 år i
    # sykepleierjobb", "two years of relevant work"
    r"|(?:relevant|dokumentert|lønnet|lønna|praktisk|relevant paid)\s+(?:arbeid|work)\b|i\s+\w*(?:jobb|stilling)\b"
    # years in one's profession: "minst ett år i sykepleieryrket etter autorisasjonen", "to år i yrket", "two years in
    # the profession" (an upper limit or a priority is read in _experience_years: _NOT_A_MINIMUM)
    r"|i\s+(?:\w+\s+)?\w*yrke(?:t|s)?\b|in the profession\b)")
# An upper limit or a priority, not the years required: "nyutdannede med under to år i yrket", "de første 2 år i yrket",
# "Søkere med over 10 år i yrket prioriteres".
_NOT_A_MINIMUM = re.compile(r"(?<!ikke )(?<!ikkje )(?<!no )(?<!not )"
                            r"\b(?:under|mindre enn|less than|fewer than|første|fyrste|first|inntil|opp til|up to|over)\s*$")
_IN_THE_PROFESSION = re.compile(r"\bi\s+(?:\w+\s+)?\w*yrke(?:t|s)?$|\bin the profession$")
# Reverse order: "relevant arbeidserfaring på minst to år", and a few words between when a minimum
# follows: "arbeidserfaring som sykepleier tilsvarende minst ett år", "ledererfaring fra de samme
# virksomhetene i sektoren på minst 2 år" (no "og"/"eller" between).
_EXPERIENCE_AFTER = re.compile(
    rf"(?:erfaring|praksis|experience)\s+(?:på|av|of)?\s*(?:minst|minimum|min\.?|at least)?\s*{_INT}\s*(?:år|års|years?)\b"
    r"|(?:erfaring|praksis|experience)\s+(?:(?!og\b|eller\b|and\b|or\b|\d)[\w-]+\s+){1,6}?"
    rf"(?:(?:på|of)\s+)?(?:minst|minimum|min\.|at least)\s+{_INT}\s*(?:år|års|years?)\b")
# Experience said with a verb: "ha jobbet med pasienter i minimum ett år", "jobbet minst ett år med
# direkte pasientarbeid", "have worked for at least two years" (a minimum must be said).
_EXPERIENCE_WORKED = re.compile(
    r"\b(?:jobbet|jobba|arbeidet|arbeidd|arbeida|worked|vært ansatt|vore tilsett|vært i arbeid)\s+"
    r"(?:(?!og\b|eller\b|and\b|or\b|\d)[\w-]+\s+){0,4}?(?:i\s+|for\s+)?(?:minst|minimum|min\.|at least|tilsvarende"
    rf"|equivalent to)\s+{_INT}\s*(?:år|års|years?)\b")
# The work one must have done, its years without "minst": "Etter bachelorgraden må du ha jobbet relevant og
# klient-/brukerrettet i to år", "Applicants must have worked in the field for two years", "i 100 % stilling i to år"
# (read only when no route or exemption is named before it in its sentence: _EXEMPTED).
_EXPERIENCE_MUST = re.compile(
    r"\b(?:må du|du må|you must|applicants must)\s+(?:ha|have)\s+(?:jobbet|jobba|arbeidet"
    rf"|arbeidd|worked)\s+(?:[\w/%-]+\s+){{0,5}}?(?:i|for)\s+{_INT}\s*(?:år|years?)\b")
# Applicants of another route, or an exemption: "Søkere over 25 år uten studiekompetanse må ha jobbet i 5 år", "For å få
# fritak for praksisemnet må du ha jobbet i 2 år", "Søkere med utenlandsk utdanning må ha jobbet i Norge i 1 år".
_EXEMPTED = re.compile(r"\b(?:uten|utan|without|fritak\w*|exempt\w*|utenlandsk|utanlandsk|foreign|søkere|søkjarar"
                       r"|applicants (?:with|from|over)|over \d\d år)\b")
# Experience required only for some courses: not a general requirement.
_QUALIFIED = re.compile(r"for enkelte|for nokre|for some|avhengig av|depending on|enkelte kurs")
# A route by individual assessment for applicants without the required education: its experience is
# that route's, not the requirement ("Har du en annen utdanning, kan du bli tatt opp etter en individuell
# vurdering, og da må du dokumentere minst to års yrkeserfaring").
# So is a route by prior learning ("Vilkårene for opptak på grunnlag av realkompetanse er: … minst fem års
# relevant yrkespraksis"): the law's conditions for applicants without the formal requirement.
_ASSESSED_ROUTE = re.compile(r"individuell vurdering|individuelt skjønn|individual assessment|individual evaluation"
                             r"|(?:grunnlag av|basert på|bygd på|on the basis of|based on)\s+(?:\w+\s+)?"
                             r"(?:realkompetanse|prior learning)")
# Experience wished for or recommended, not required: "To års relevant yrkespraksis er ønskeleg", "Det er en fordel
# å ha minst to års erfaring", "Two years of experience is desirable", "we recommend at least two years' experience"
# (not "Du må ha minst to års praksis, og ledererfaring er en fordel": the wish after a comma is another's).
_WISHED = re.compile(r"\b(?:ønskel[ie]g|ønskjeleg|en fordel|ein fordel|anbefal\w*|tilrå\w*|desirable|an advantage|an asset"
                     r"|preferred|preferably|recommended|recommend|we advise)\b")
# A requirement said after a wish is not wished: "Det er ønskelig med lederansvar, men søkere må ha minst tre års
# erfaring", "Leadership experience is an advantage, and at least two years of practice is required" (not "Det er en
# fordel, men ikke et krav, å ha minst to års erfaring"; nor a modal verb of a relative clause: "Det er ønskelig at
# søkere som skal lede andre har minst to års erfaring", "applicants who must lead others").
_REQUIRED_AFTER_WISH = re.compile(r"\b(?:(?<!\bsom )(?<!\bwho )(?<!\bthat )(?:må|skal|must)|kreves|krevst|krever|krev"
                                  r"|(?<!ikke et )(?<!ikkje eit )(?<!ikke )(?<!ikkje )krav"
                                  r"|(?<!not )required|requires?|(?<!not a )requirement)\b")
# A requirement denied between the wish and the experience is none: "Det er ønskelig, men det kreves ikke, at søkere
# har minst to års erfaring", "men ingen krav", "It is an advantage, but not a must, to have two years of experience".
# (the denial said with the requirement, not elsewhere: "søkere som ikke har bachelorgrad, må ha minst tre års praksis",
# "ikke mindre enn to års praksis", "no less than two years")
_DENIED = re.compile(r"\b(?:ikke|ikkje|ingen|inga|intet|not|no|never)\s+(?:\w+\s+){0,2}?(?:krav\w*|kreves|krevst|krevd|påkrevd"
                     r"|påkravd|nødvendig|naudsynt|must|required|a requirement|necessary|obligatorisk|forutsetning)\b"
                     r"|\b(?:kreves|krevst|krevjast|required|necessary|nødvendig|naudsynt)\s+(?:det\s+)?(?:ikke|ikkje|not)\b", re.I)
# A wish after the experience belongs to it up to the clause's end or a comma.
_WISH_END = re.compile(r"[.;,)]|\s(?:og|and|men|but)\s")
# The clause the experience belongs to ends at one of these.
_CLAUSE_END = re.compile(r"[.;)]")
# A degree named as a regulation or as the study's own degree, not one an applicant must hold: "§ 3 i
# mastergradsforskriften", "forskrift om krav til mastergrad", "the Regulations concerning Requirements for the
# Master's Degrees", "A nurse with this master's degree has expert knowledge".
_NOT_REQUIRED_DEGREE = re.compile(r"\bmastergradsforskrift\w*|\bforskrift(?:en)? om krav til mastergrad\w*"
                                  r"|\bregulations? concerning (?:the )?requirements for (?:the )?master'?s degrees?"
                                  r"|\b(?:this|denne|dette)\s+(?:master'?s?|bachelor'?s?)\s+degree\b"
                                  r"|\b(?:denne|dette)\s+(?:mastergraden|bachelorgraden)\b"
                                  # a degree said not to be required: "Bachelorgrad er ikkje eit krav", "Det er ikke krav
                                  # om bachelorgrad", "Du treng ikkje mastergrad", "A bachelor's degree is not required"
                                  r"|\b(?:en |ein |a )?(?:bachelor|master)\w*(?:['’]s)?(?:\s+degree)?\s+(?:er|is)\s+(?:ikke|ikkje|not)\s+"
                                  r"(?:et |eit |a )?(?:krav\w*|required|a requirement|nødvendig|naudsynt|necessary|needed|påkrevd|påkravd)"
                                  # the degree first: "Bachelorgrad kreves ikke", "Mastergrad krevst ikkje"
                                  r"|\b(?:bachelor|master)\w*(?:['’]s)?(?:\s+degree)?\s+(?:kreves|krevst|krevjast)\s+(?:ikke|ikkje)\b"
                                  r"|\b(?:ikke|ikkje|no)\s+krav\s+(?:om|til)\s+(?:en |ein )?(?:bachelor|master)\w*"
                                  r"|\b(?:trenger|treng|krever|krev)\s+(?:du\s+)?(?:ikke|ikkje)\s+(?:en |ein )?(?:bachelor|master)\w*"
                                  # "Det kreves ikke bachelorgrad", "Det krevst ikkje mastergrad", "No bachelor's degree
                                  # is required"
                                  r"|\b(?:kreves|krevst|krevjast|kravst)\s+(?:det\s+)?(?:ikke|ikkje)\s+(?:en |ein )?(?:bachelor|master)\w*"
                                  r"|\bno (?:bachelor|master)\w*(?:['’]s)?(?:\s+degree)?\s+(?:is\s+)?(?:required|needed|necessary)"
                                  r"|\b(?:do not|don't|does not|doesn't) (?:need|require) (?:a )?(?:bachelor|master)\w*(?:['’]s)?(?:\s+degree)?"
                                  # the studies one is admitted to: "Regler for opptak til mastergradsstudier", "opptak og
                                  # rangering til masterstudium", "admission to master's programmes"
                                  r"|\b(?:opptak|rangering|admission|ranking)\s+(?:og\s+\w+\s+)?(?:til|to)\s+(?:the\s+)?"
                                  r"master\w*(?:['’]s)?(?:\s+(?:programmes?|programs?|studies|degrees?))?"
                                  # a degree a later study asks for: "Mange steder må du ha en bachelorgrad med engelsk som
                                  # fordypning for å kunne søke opptak til et masterstudium"
                                  r"|\b(?:bachelor|master)\w*[^.;,]{0,60}?\bfor å (?:kunne )?(?:søke|søkje|bli tatt opp|bli teken opp)\b"
                                  r"(?:\s+(?:opptak til|opptak på|opptak|på|om|til))?\s+(?:et|eit|en|ein)\s+(?:master|ph\.?d|doktor)\w*")


# Admission open without general study admission, said of whom it admits: "uten at du trenger studiekompetanse for å
# komme inn", "Du kan søkje utan å ha generell studiekompetanse" (not said of what cannot be done: "Studiet kan ikke tas
# uten at du har studiekompetanse"; not prior learning's route to it; a requirement said not to be made, "Det er ikke
# krav om generell studiekompetanse", states none: None, tests/test_normalise.py).
_WITHOUT_STUDY_ADMISSION = re.compile(r"\b(?:uten|utan)\s+(?:at du (?:trenger|treng|har|må ha)|å ha)\s+(?:generell\s+|formell\s+)?"
                                      r"studiekompetanse\b", re.I)
# What cannot be done, before "uten …": "Studiet kan ikke tas uten at du har studiekompetanse", "Det er ikke mulig å …".
_CANNOT_BEFORE = re.compile(r"\b(?:ikke|ikkje|not|umulig|cannot)\b[^.;]{0,40}$", re.I)


def admission(raw) -> dict:
    """{"admission_education", "admission_experience_years", "realkompetanse"}.

    admission_education is generell_studiekompetanse | bachelor | master | other
    | None; of alternatives the lowest that admits wins. Years of higher
    education: 1-2 → other, 3-4 → bachelor, 5+ → master. Leaders in post
    (experience-based study) → other. Experience years stated for some courses
    only → None. "realkompetanse" anywhere → realkompetanse True. Text about
    who enrols rather than admission gives None/None/False.
    """
    out = {"admission_education": None, "admission_experience_years": None, "realkompetanse": False}
    text = _text(raw)
    if not text:
        return out
    out["realkompetanse"] = "realkompetanse" in text or "prior learning" in text
    text = _NOT_REQUIRED_DEGREE.sub(" ", text)
    levels: set[str] = set()
    if any(not _NEGATED.search(text[max(0, m.start() - 25):m.start()]) and not _NOT_ENOUGH.match(text, m.end())
           and not _GENERAL_AS_MEASURE.search(text[max(0, m.start() - 90):m.start()])
           and not _REAL_ROUTE.search(text[max(0, m.start() - 80):m.start()])
           for m in _GENERAL.finditer(text)):
        levels.add("generell_studiekompetanse")     # not "uten generell studiekompetanse", "har ikke …"
    for m in _EDU_YEARS.finditer(text):
        years = _int(m.group(1))
        if years is None:
            if m.group(2) != "årig":
                continue  # "år høyere utdanning" without a number says nothing
            years = 3      # "- årig høyere utdanning": number lost in the 2014 table
        more = _PLUS_CREDITS.match(text, m.end())
        if more:
            years += int(more.group(1)) // 60     # "2-årig politiutdanning og i tillegg minst 60 studiepoeng"
        levels.add(_edu_level(years))
    for m in _EDU_YEARS_AFTER.finditer(text):
        levels.add(_edu_level(_int(m.group(1)) or 0))
    for m in _EDU_YEARS_EITHER.finditer(text):
        levels.add(_edu_level(min(_int(m.group(1)) or 0, _int(m.group(2)) or 0)))
    for m in _EDU_COMPOUND.finditer(text):
        levels.add(_edu_level(_int(m.group(1)) or 0))
    for m in _EDU_CREDITS.finditer(text):
        levels.add(_edu_level(int(m.group(1) or m.group(2)) // 60))
    # (not what cannot be done, nor prior learning's route to general admission: "Søkere uten generell
    # studiekompetanse kan tas opp på grunnlag av realkompetanse")
    without = [m for m in _WITHOUT_STUDY_ADMISSION.finditer(text)
               if not _CANNOT_BEFORE.search(text[max(0, m.start() - 60):m.start()])
               and not re.search(r"realkompetanse|prior learning|23/5", text[m.end():].split(". ")[0])]
    if without or _VOCATIONAL.search(text):
        levels.add("other")                         # entry without it: "uten at du trenger studiekompetanse"
    if without and all(any(w.start() <= g.start() < w.end() for w in without) for g in _GENERAL.finditer(text)):
        levels.discard("generell_studiekompetanse")     # the general admission named is only the one not asked for
    if _EDU_BACHELOR.search(text):
        levels.add("bachelor")
    if _EDU_MASTER.search(text):
        levels.add("master")
    levels.discard(None)
    leader_years = _LEADER_YEARS.search(text)
    if leader_years and _NO_REQUIREMENT.search(text[max(0, leader_years.start() - 60):leader_years.end() + 30]):
        leader_years = None                 # "ikke krav om 2 års ledererfaring"
    if not levels and (_IN_POST.search(text) or leader_years):
        levels.add("other")
    general = _GENERAL.search(text)
    degree = general and (_EDU_BACHELOR.search(text, general.end()) or _EDU_MASTER.search(text, general.end()))
    if general and degree and not _OR.search(text[general.end():degree.start()]) \
            and not re.search(r"\.\s", text[general.end():degree.start()]):     # (the same sentence; a list's items go on)
        levels.discard("generell_studiekompetanse")   # "generell studiekompetanse og fullført bachelorgrad": both
    further = general and _EDU_YEARS.search(text, general.end())
    if further and _int(further.group(1)) and not re.search(r"[.;:]\s|" + _OR.pattern, text[general.end():further.start()]):
        levels.discard("generell_studiekompetanse")   # "generell studiekompetanse, minst 2 år yrkesteoretisk
                                                      # utdanning": both, years of higher education too
    if general and len(levels) > 1 and (_ALSO_AFTER.match(text, general.end()) or _ALSO_BEFORE.search(
            text[max(0, general.start() - 50):general.start()])):
        levels.discard("generell_studiekompetanse")   # "… generell studiekompetanse må også være oppfylt", "I tillegg
        #                                               trengs generell studiekompetanse": besides another requirement
    if general and len(levels) > 1 and all(_GENERAL_PLUS.match(text, m.end()) for m in _GENERAL.finditer(text)):
        levels.discard("generell_studiekompetanse")   # "generell studiekompetanse samt autorisasjon som …": more
    if general and _VOCATIONAL_THEORY.search(text) and _VOCATIONAL.search(text):
        levels.discard("generell_studiekompetanse")   # PPU for yrkesfag: "fag-/svennebrev; generell studiekompetanse;
        #                                               to år yrkesteoretisk utdanning": a vocational route, not GSK alone
    special = _SPECIAL.search(text)
    if general and special and len(levels) > 1 and \
            admission(text[special.end():])["admission_education"] not in (None, "generell_studiekompetanse"):
        levels.discard("generell_studiekompetanse")   # "Spesielle opptakskrav: treårig helsefaglig utdanning"
    if not levels and general and _SCHOOL_SUBJECTS.search(text) and not _VOCATIONAL.search(text) and all(
            _TOO_LITTLE.match(text, m.end()) for m in _GENERAL.finditer(text)):
        levels.add("generell_studiekompetanse")       # "Generell studiekompetanse er ikke nok alene; du trenger også
        #                                               Matematikk R1 + R2": general admission and school subjects
    if not levels and _ADMISSION_CODES.match(str(raw).strip()):
        levels.add("generell_studiekompetanse")       # "NO3MA3": a Samordna opptak code, general admission plus
                                                      # subject requirements
    if levels:
        out["admission_education"] = min(levels, key=_ADMISSION_RANK.__getitem__)
    out["admission_experience_years"] = _experience_years(text)
    named = {"bachelor": _EDU_BACHELOR, "master": _EDU_MASTER}.get(out["admission_education"])
    route = named and named.search(text)
    if route and route.start() > 0:        # routes with their own experience: "mastergrad … minst tre års praksis.
        out["admission_experience_years"] = _experience_years(text[route.start():]) or \
            out["admission_experience_years"]  # En bachelorgrad kan holde, med minst fire års praksis": four
    return out


def _edu_level(years: int) -> str | None:
    if years <= 0:
        return None
    if years < 3:
        return "other"
    if years < 5:
        return "bachelor"
    return "master"


# Experience as the alternative to an education that needs none. Said in one sentence: "relevant fag- eller
# svennebrev …, eller fem års relevant praksis" ("eller" just before the experience, no "og" between). Or in a list
# of routes after a lead, one of which asks for no experience: "Du må oppfylle minst ett av kravene nedenfor: 1. fagbrev
# … 2. Minimum fem år med relevant yrkespraksis" (not "1) fagbrev … samt minst 4 års arbeidserfaring 2) Bachelor … og
# minst to års arbeidserfaring": every route asks for some), until what every route shares ("I tillegg må du ha: minst
# to års relevant praksis").
# (numbered alternatives lead too: "Alternativ 1: fagbrev …; Eller; Alternativ 2: fem års relevant praksis")
_ONE_OF = re.compile(r"\b(?:ett|én|en|eitt|ein|one) (?:av|of) (?:de |dei |the )?(?:kravene|krava|disse|desse|følgende"
                     r"|følgjande|to|two|following|these)\b|\balternativ(?:e)? 1\s*:", re.I)
# What every route shares: a new sentence ("I tillegg kreves …", "Du må også ha …", "Videre kreves …"), or a lead of its
# own after a list ("…; I tillegg må du ha: …", "…; I tillegg må du ha minst to års praksis"), not a route's "; i
# tillegg må fellesfagene være bestått".
_ALL_ROUTES = re.compile(r"(?:^|[.:!;]\s+)(?:i tillegg|dessuten|in addition)\b(?=[^.;:]{0,40}:|\s+(?:må du|må søkere|må søkjarar"
                         r"|trenger du|treng du|kreves|krevst|you must|you need|applicants must)\b)"
                         r"|(?:^|[.:!]\s+)(?:i tillegg|dessuten|in addition|alle må|alle søkere|all applicants)\b"
                         r"|(?:^|[.:!;]\s+)(?:du må også|du må i tillegg|må du også|videre kreves|you must also)\b", re.I)
_ROUTES_MAX = 1500        # a list of routes is read this far after its lead (a hostile text has many leads)
_JOINED = re.compile(r"(?:\b(?:og|and|samt|pluss|plus)|[,+])\s*$")       # "… (bachelor), og; Minimum 2 års praksis"
_ROUTE_MARK = re.compile(r";|(?:^|\s)(?:\d{1,2}|[a-hA-H])[.)](?=\s)|\b(?i:alternativ(?:e)?) \d\s*:")
_EDUCATION_NAMED = re.compile(r"fagbrev|svennebrev|vitnemål|utdanning|utdanna|utdannet|studiekompetanse|bachelor"
                              # upper secondary school: "Bestått videregående opplæring i naturbruk"
                              r"|videregående|vidaregåande|opplæring"
                              r"|\w*grad\b|\bdegree|\bcertificate|\beducation", re.I)
# ("eller tilsvarende med minst 2 års praksis", "pluss", "and": the experience joined to the education, not an alternative)
_OR_JUST_BEFORE = re.compile(r"\b(?:eller|or)\s+(?:(?!og\b|and\b|samt\b|pluss\b|plus\b|med\b|with\b|i\s+tillegg\b)[\w-]+\s+){0,3}"
                             r"(?!med\b|with\b)[\w-]*$")


def _alternative_route(text: str, at: int, leads: list[re.Match], seen: dict) -> bool:
    """Is the experience said at `at` one route's, beside a route that needs none? `leads`: the text's "ett av
    disse" leads, found once; `seen`: each lead's list read once (a long text is not read again per phrase)."""
    before = text[max(text.rfind(". ", 0, at) + 1, at - 300):at]
    said_or = _OR_JUST_BEFORE.search(before[-120:])
    if said_or and _EDUCATION_NAMED.search(before[:len(before) - 120 + said_or.start()] if len(before) > 120
                                           else before[:said_or.start()]):
        return True
    lead = next((m for m in reversed(leads) if m.end() <= at), None)
    if not lead:
        return False
    if lead.start() not in seen:
        shared = _ALL_ROUTES.search(text, lead.end())
        routes: list[str] = []
        for part in _ROUTE_MARK.split(text[lead.end():min(shared.start() if shared else len(text), lead.end() + _ROUTES_MAX)]):
            if routes and _JOINED.search(routes[-1]):
                routes[-1] += " " + part
            else:
                routes.append(part)
        seen[lead.start()] = (shared.start() if shared else len(text),
                              any(_EDUCATION_NAMED.search(route) and not _experience_said(route) for route in routes))
    shared_at, some_route_needs_none = seen[lead.start()]
    return at < shared_at and some_route_needs_none


def _experience_said(text: str) -> bool:
    return any(rx.search(text) for rx in (_EXPERIENCE, _EXPERIENCE_AFTER, _EXPERIENCE_WORKED, _EXPERIENCE_MUST))


def _experience_years(text: str) -> int | None:
    leads, seen = list(_ONE_OF.finditer(text)), {}
    for rx in (_EXPERIENCE, _EXPERIENCE_AFTER, _EXPERIENCE_WORKED, _EXPERIENCE_MUST):
        for m in rx.finditer(text):
            if rx is _EXPERIENCE_MUST and _EXEMPTED.search(text, text.rfind(". ", 0, m.start()) + 1, m.start()):
                continue     # another route's or an exemption's years
            end = _CLAUSE_END.search(text, m.end())
            clause = text[m.start():end.start() if end else len(text)]
            if _QUALIFIED.search(clause):
                return None  # "(+ ett års ledererfaring for enkelte kurs": only for some courses
            if _ASSESSED_ROUTE.search(text[text.rfind(". ", 0, m.start()) + 1:m.start()]):
                continue     # the experience of a route by individual assessment
            if _alternative_route(text, m.start(), leads, seen):
                continue     # "fagbrev …, eller fem års relevant praksis": a route beside one that needs none
            after = _WISH_END.search(text, m.end())
            end = after.start() if after else len(text)
            wish = next(reversed(list(_WISHED.finditer(text, text.rfind(". ", 0, m.start()) + 1, m.start()))), None)
            if (wish and (not _REQUIRED_AFTER_WISH.search(text, wish.end(), end) or _DENIED.search(text, wish.end(), end))) \
                    or _WISHED.search(text, m.end(), end):
                continue     # experience wished for or recommended, not required
            if rx is _EXPERIENCE and _IN_THE_PROFESSION.search(m.group(0)) and (
                    _NOT_A_MINIMUM.search(text[max(0, m.start() - 25):m.start()])
                    or re.match(r"[^.;]{0,40}\bprioriter\w*", text[m.end():])):
                continue     # "under to år i yrket", "over 10 år i yrket prioriteres"
            years = _int(next(g for g in m.groups() if g))
            return years if years is not None and 0 < years <= 30 else None
    return None


# -- target group -------------------------------------------------------------

_TARGET_RULES = (
    # Dental services: tannhelse(tjenesten), tannleger, tannpleiere, dental.
    ("tannhelse", re.compile(r"\btann\w*|\bdental\b")),
    # Health and care: helse (not tannhelse), omsorg, sykepleie, health, care services.
    ("helse", re.compile(r"(?<!tann)helse|omsorg|\bsykepleie\w*|\bsjukepleie\w*|\bsykehjem\w*"
                         r"|\bsjukeheim\w*|\bsykehus\w*|\bsjukehus\w*|\bhealth\w*|\bcare services\b|\bnursing\b")),
    # Social services: sosial(sektoren/tenester), barnevern, social work (not sosiale medier).
    ("sosial", re.compile(r"\bsosial(?!e medi)\w*|\bbarnevern\w*|\bsocial (?:work|services?|care)\b")),
    # Public sector: offentlig/offentleg, kommunal sektor, statlig, public sector
    # ("kommunale helsetjenester" alone is a health target, not this one).
    ("offentlig", re.compile(r"\boffentl[ie]g\w*|\bkommunal sektor\w*|\bkommunesektor\w*|\bstatl[ie]g\w*"
                             r"|\bstaten\b|\bpublic (?:sector|administration|service)\b")),
    # Everyone: Generell (also the typo "Genrell"), all leaders, all sectors.
    ("generell", re.compile(r"\bgenerel+\b|\bgenrell\b|\balle (?:ledere|leiarar|sektorer|bransjer)\b"
                            r"|\ball (?:leaders|managers|sectors)\b|\bgeneral\b"
                            r"|privat og offentl|offentl[ie]g og privat|\bprivate? (?:and|og) public\b")),
)


def target(raw, description: str = "") -> list[str]:
    """Sorted subset of helse, sosial, offentlig, generell, tannhelse.

    Read from raw; when raw gives nothing, from the description.
    """
    found = _codes(_TARGET_RULES, _text(raw))
    if not found:
        found = _codes(_TARGET_RULES, _text(description))
    return found


# -- enrolment ----------------------------------------------------------------

# Explicitly only by order: municipalities order, individuals cannot enrol.
_COMMISSIONED_STRONG = re.compile(
    r"\bbestiller\b|ikke mulig for enkeltpersoner|ikkje mogleg for enkeltpersonar|bestemmer hvem av sine"
    r"|bestemmer kven av sine|\bkun for ansatte\b|\bberre for tilsette\b|only for employees"
    r"|not open to individuals|individuals cannot (?:apply|enrol)")
# Can be ordered: bestilles, bedriftsintern, oppdragsutdanning, in-house.
_COMMISSIONED = re.compile(r"\bkan bestilles\b|\bbestilles\b|\bbedriftsintern\w*|\boppdragsutdanning\w*"
                           r"|\boppdragsbasert\w*|\bin-house\b|\bcommissioned\b|\bbestillingsutdanning\w*")
# Open enrolment: apply, application deadline, open to all, individuals can enrol.
_OPEN = re.compile(r"\bsøk (?:om )?opptak|\båpent for alle|\bope for alle|\bopen to (?:all|everyone)"
                   r"|enkeltpersoner kan melde|\bsøknadsfrist\w*|\bsamordna opptak|\bsøknadsweb"
                   r"|\bapplication deadline|\bapply (?:now|here|for admission)|\bmeld deg på\b|\bsøk (?:her|nå|no)\b")


def enrolment(text) -> str | None:
    """"commissioned" (ordered by employers), "open" (individuals apply) or None."""
    t = _text(text)
    if not t:
        return None
    if _COMMISSIONED_STRONG.search(t):
        return "commissioned"
    if _OPEN.search(t):
        return "open"
    if _COMMISSIONED.search(t):
        return "commissioned"
    return None


# -- price --------------------------------------------------------------------

# The state or a public body that pays: "staten", "Utdanningsdirektoratet", "Udir", "Kunnskapsdepartementet" (in FREE).
_PUBLIC_PAYER = r"(?:staten|det offentlige|det offentlege|\w*direktoratet|udir|bufdir|hdir|helsedir|imdi|\w*departementet)"
# The study's own fee, said as not paid ("betaler du ikkje den studieavgifta", "Du skal ikke betale kursavgift").
_FEE_NOT_PAID = r"(?:studieavgift|kursavgift|deltakaravgift|deltakeravgift|skolepeng)"
# Free: gratis, ingen studieavgift/kursavgift/egenbetaling, free of charge; the state pays the study places
# ("Utdanningsdirektoratet betaler studieplassene", "som staten finansierer"); within a membership fee.
# The sentence finder (crawler/prose.py) looks for the same words.
FREE = re.compile(r"(?<!parkering er )(?<!parkeringen er )(?<!parkeringa er )(?<!kaffen er )(?<!lunsjen er )(?<!wifi er )"
                  r"(?<!parking is )\bgratis\b(?!\s+(?:og\s+\w+\s+)?(?:studierådgiv\w*|rådgiv\w*|studierettleiing\w*|rettleiing\w*"
                  r"|veiledning\w*|parkering|wi-?fi|kaffe|lunsj|servering|informasjonsmøte\w*|prøvetime\w*))"
                  r"|\bingen (?:studieavgift|kursavgift|deltakaravgift|deltakeravgift|egenbetaling"
                  r"|eigenbetaling|skolepenger)|\bkostnadsfri\w*|\bfree of charge\b|\bno tuition\b|\btuition[- ]free\b"
                  # a price that is "Free", maybe with a note: "Free (semester fee NOK 690)", "Free for all participants"
                  # (not a name: "Free Mover programme"; nor "free parking")
                  r"|^\W*free\b(?=\s*(?:$|[(.,;:!–-]|for\s+(?:all|everyone|participants|students|members)\b))"
                  # "Denne utdanninga betaler du ikkje den studieavgifta som elles gjeld", "du betaler ikke kursavgift"
                  r"|\b(?:betaler|betalar)\s+(?:du\s+|de\s+|dere\s+|dykk\s+|deltakerne\s+|studentene\s+)?(?:ikke|ikkje|ingen)\s+"
                  r"(?:den\s+|noen\s+|nokon\s+)?" + _FEE_NOT_PAID +
                  # "Du skal ikke betale studieavgift", "Du treng ikkje betale kursavgift"
                  r"|\b(?:skal|trenger|treng|må)\s+(?:du\s+|de\s+|dere\s+)?(?:ikke|ikkje)\s+betale\s+(?:noen\s+|nokon\s+)?"
                  + _FEE_NOT_PAID +
                  # "Det koster ingenting å være med", "It costs nothing to take part"
                  r"|\b(?:kost(?:er|ar) (?:deg |dykk |dere )?(?:ingenting|ikke noe|ikkje noko)|costs? (?:you )?nothing)\b"
                  r"(?!\s+(?:ekstra|mer|meir|utover|extra|more)\b)"     # (not "Det koster ikke noe ekstra å ta eksamen")
                  # with the one it costs nothing between: "koster ikke deltakerne noe", "koster opplæringen ingenting";
                  # "Uten kostnad kan assistenter ta tilbudet"
                  r"|\bkost(?:er|ar)\s+(?:ikke|ikkje)\s+[\wæøå]+\s+(?:noe|noko)\b(?!\s+(?:ekstra|mer|meir|utover)\b)"
                  r"|\bkost(?:er|ar)\s+(?:[\wæøå]+\s+){1,2}?ingenting\b(?!\s+(?:ekstra|mer|meir|utover)\b)"
                  r"|\b(?:uten|utan) kostnad(?:er)?\b"
                  # "Tuition is free, but the stay costs NOK 2500" (not "is free to choose")
                  r"|\b(?:tuition|course|programme|program|participation|study|studies)\s+(?:is|are)\s+free\b(?!\s+(?:to|from)\b)"
                  r"|\bdekker (?:\w+\s+)?(?:studieavgift\w*|kursavgift\w*)|\bdekkjer (?:\w+\s+)?studieavgift\w*"
                  r"|\bikke (?:noen )?studieavgift|\bikkje (?:nokon )?studieavgift|\bno (?:tuition )?fees?\b"
                  r"|\bbetaler ikke (?:noen |nokon )?(?:studie|kurs|deltaker|deltakar)avgift"
                  r"|\bstudieavgift\w* (?:blir |vert )?(?:dekkes|dekket|dekt|betales) av\b|\bstudieavgifta er dekt"
                  r"|\bfinansier\w* (?:av|gjennom) (?:staten|helsedirektoratet|statsbudsjettet|utdanningsdirektoratet)"
                  # "Utdanningsdirektoratet betaler studieavgiften", "Det er staten som betaler studieplassene",
                  # "Det offentlige finansierer utdanningen", "Kunnskapsdepartementet finansierer studiet"
                  rf"|\b{_PUBLIC_PAYER}(?: som)? (?:betaler|betalar|dekkjer|finansierer"
                  # (the national leaders' programmes by name too: "Utdanningsdirektoratet finansierer Rektorutdanningen")
                  r"|dekker) (?:\w+\s+)?(?:studie\w*|utdanning\w*|tilbud\w*|tilbod\w*|kurs\w*|program\w*"
                  r"|rektorutdanning\w*|styrerutdanning\w*)"
                  # with a modal: "Staten skal etter planen betale heile utdanninga", "Udir vil dekke studieavgiften"
                  rf"|\b{_PUBLIC_PAYER} (?:skal|vil|kjem til å"
                  r"|kommer til å)\s+(?:(?!ikke\b|ikkje\b|not\b)\w+\s+){0,2}?(?:betale|dekke|dekkje|finansiere) "
                  # (not "Staten vil ikke dekke studieavgiften", "Udir vil dekke halve studieavgiften")
                  r"(?:(?!halve|halvparten|deler|delar|delvis|noe|noko|part)\w+\s+)?(?:studie\w*|utdanning\w*"
                  r"|tilbud\w*|tilbod\w*|kurs\w*|program\w*)"
                  r"|\bstaten finansierer\b|\bstatlig finansiert"
                  # the place paid by the public, passive: "Studieplassen betales av Utdanningsdirektoratet"
                  r"|\b(?:studieplass\w*|studiet|utdanninga?|utdanningen|kurset|tilbudet|tilbodet|programmet)"
                  r" (?:blir |vert )?(?:betales|betalast|dekkes|dekkast|finansieres|finansierast) av"
                  rf" {_PUBLIC_PAYER}\b"
                  # a price label's value that names the public payer alone: "Pris: Dekkes av Udir", "Kostnaden dekkes i sin
                  # helhet av Udir", "Covered by Udir" (not for some: "Dekkes av Udir for lærere i …; andre betaler …")
                  r"|^(?:kostnaden |kostnadene |prisen |studieavgifta |studieavgiften )?(?:blir |vert )?"
                  r"(?:dekkes|dekkast|dekkjast|dekket|dekt|betales|betalast|finansieres|finansierast|finansiert)"
                  rf"(?: i sin helhet| fullt ut| heilt)? av {_PUBLIC_PAYER}\s*(?:[.;]|$)"
                  rf"|^(?:fully )?(?:covered|paid|funded) by (?:the )?(?:udir|bufdir|state|norwegian state|directorate\b[\w ]*?)\s*(?:[.;]|$)"
                  # English: "The state pays for this further education", "funded by the Directorate for Education"
                  r"|\bthe (?:norwegian )?(?:state|government|directorate|ministry)\b[\w ]{0,40}? (?:pays|covers|funds|finances)"
                  r" (?:for )?(?:the |this |your |all )?(?:\w+\s+)?(?:tuition|course|programme|program|education|studies|study"
                  r"|places?)\b(?!\s+(?:materials?|books?|literature|travel|lodging|accommodation|meals?))"
                  r"|\b(?:state[- ]funded|state[- ]financed|(?:funded|financed|paid for) by the (?:norwegian )?(?:state|government"
                  r"|directorate|ministry))\b"
                  r"|\b(?:innenfor|innanfor|i) medlemskontingenten\b|\bpart of (?:its|the|their) (?:\w+ )?membership fee"
                  # only the semester fee: "Du betaler bare semesteravgiften; studieavgift kommer ikke i tillegg"
                  r"|\bstudieavgift\w* kommer ikke i tillegg|\bstudieavgift\w* kjem ikkje i tillegg"
                  r"|\b(?:du )?betal(?:er|ar) (?:bare|kun|berre) semesteravgift\w*")
# An amount: "25 000", "25.000", "25000", "NOK 25,000" (thousands separated by space, point or,
# on English pages, comma).
_AMOUNT = r"(\d{1,3}(?:[ .]\d{3})+|\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,7})"
# Money: "kr 25 000", "NOK 45 000", "25.000,-", "45 000 kroner", "25 000 NOK".
# (not inside a clock time or a number before the currency: "klokken 08:30 NOK 3500", "Kl. 18.30 kr 200")
_MONEY = re.compile(rf"(?:\bkr\.?|\bnok)\s*{_AMOUNT}(?:,-|,00)?|(?<![\d:.]){_AMOUNT}\s*(?:,-|,–|kr\b|kroner\b|nok\b)")
# The semester fee paid to the student welfare organisation is not the price.
# ("en studentavgift på 800,- til Organisasjon for norske fagskolestudenter": the fagskole students' fee)
FEE = re.compile(r"semesteravgift|semesterpenger|semesterpengar|studentavgift|studentsamskipnad|semester fee|student welfare"
                  r"|student union|velferdsorganisasjon")


# Costs beside the study, named before their amounts in their sentence: "I løpet av de fire årene kommer det i
# tillegg utgifter til aktiviteter …: ca. kr. 300,- for turer", "Andre utgifter er omtrent kr. 500", "Additional costs: NOK 800".
_EXTRA_COSTS = re.compile(r"\bi tillegg\b[^.]{0,30}\b(?:utgifter|kostnader|utgifta?r)\b|\b(?:andre|ekstra|øvrige|anna)"
                          r" (?:utgifter|kostnader|utgifta?r)\b|\b(?:additional|other|extra) (?:costs|expenses)\b"
                          # what one lives on, shown to get a study permit: "pay their own living costs while studying
                          # in Molde, at least NOK 128 887", "dokumentere midler til livsopphold på 151 690 kroner"
                          r"|\bliving (?:costs|expenses)\b|\bcosts? of living\b|\blevekostnad\w*|\blevekostnadar\b"
                          r"|\blivsopph[ao]ld\w*|\bmidler til (?:å leve|opphold)")
# A fee for not coming or for cancelling late is no price: "den som er påmeldt og ikke møter, betaler et gebyr på
# kr 500", "A no-show fee of NOK 500", "Ved avbestilling etter fristen faktureres kr 1000".
_NO_SHOW = re.compile(r"\bikke (?:møter|møter opp|stiller|kjem|kommer|møter fram)\b|\buteblir\w*|\buteblei\w*|\bno[- ]show"
                      r"|\bavbestill\w*|\bavmeld\w* (?:etter|seinare|senere|for seint|for sent)|\bdo(?:es)? not (?:show|turn) up"
                      r"|\bfails? to (?:attend|show)|\blate cancell?ation|\bcancell?ation fee")


# "kr 600 semesteravgift", "kr 600 i semesteravgift til SiO": the amount is the fee ("kr 12 000, semesteravgift
# kr 700" names the fee for the next amount, not this one).
_FEE_NAMED_AFTER = re.compile(rf"\s*(?:[a-zæøå]+\s+){{0,2}}?(?:{FEE.pattern})")
# "kr 16 000 + semesteravgift", "NOK 85 000 excl. semester fee": the price, with the semester fee on top.
_FEE_ON_TOP = re.compile(r"\s*(?:\+|pluss|plus|i tillegg til|in addition to|eksl\.?|ekskl\.?|excl\.?|exclusive|uten|utan"
                         rf"|without|ikke inkludert|not including)\s*(?:\w+\s+)?(?:{FEE.pattern})")
# Costs beside the fee: travel, board and lodging, books, study trips, copying, administration.
SIDE_COST = re.compile(r"overnatting|opphold\b|reise\w*|middag\w*|måltid\w*|\bmat\b|bøker|pensum\w*|litteratur"
                        r"|studietur\w*|\btravel|accommodation|\bbooks?\b|\bmeals?\b|study trip|\bcopy|kopi\w*"
                        r"|administra\w* fee|eksamensavgift|\brooms?\b|\bdinners?\b|\blodging|hotellopphold|hotellrom"
                        r"|\bhotel (?:rooms?|stays?)\b|kost og losji|\bboard and lodging\b|\bstays?\b|\boppholdet\b")
# Excursions and fieldwork the students pay for on top, named as a cost's label ("Fieldwork, NOK 1200") or as what
# they pay for ("compulsory excursions …, for which students pay around NOK 1500"); not a price that includes them
# ("Kurset inkluderer en ekskursjon, og koster kr 4500"), nor a field course's own price ("Feltkurset koster kr 4500").
_EXCURSION = r"(?:excursions?|field ?trips?|fieldwork|ekskursjon(?:er|en|ane|ar)?|feltarbeid(?:et)?)"
_EXCURSION_COST = re.compile(rf"(?:^|[.;]\s*)\(?{_EXCURSION}\s*[,:]\s*(?:ca\.?\s*|approx\.?\s*|about\s*)?$"
                             rf"|\b{_EXCURSION}\b[^.;]{{0,80}}\b(?:students?|studentene|studentane|you|du|deltakerne|deltakarane)"
                             r"\s+(?:\w+\s+)?(?:pay|betaler|betalar|must pay|må betale)\b[^.;]{0,25}$")
# A side cost named right after its amount: "Du betaler kr 1500 for overnatting og mat", "You pay NOK 300 for lunch",
# "kr 450 for boka" (not the offer's own words between: "kr 3500 for kurs og overnatting").
_SIDE_AFTER = re.compile(r"\s*(?:,-)?\s*(?:for|til|to cover)\s+(?:(?!kurs|studi|program|course|utdann)[a-zæøå]+\s+){0,2}?"
                         r"(?:" + SIDE_COST.pattern + r"|lunsj|lunch|kursmateriell|bok(?:a|en)?\b)")
# A price named as the study fee, and a price named as the total for the whole offer.
_STUDY_FEE = re.compile(r"studieavgift|kursavgift|deltakera?vgift|tuition|\bpris(?:en)?\b|course fee|programme fee")
# The fee named plainly, after a side cost: "Each stay costs NOK 1500. The fee is NOK 20 000", "Avgifta er 9000 kr".
_FEE_NAMED = re.compile(r"\bthe fee\b|\bfees?\s+(?:is|are)\b|\bavgift(?:en|a)?\s+(?:er|blir|vert)\b|\begenandel\w*|\beigendel\w*")
# A fee the student union charges, named anywhere before the amount in its sentence.
_UNION_FEE = re.compile(r"(?:student union|studentsamskipnad\w*|velferdstinget)\b.{0,40}\b(?:charges?|krever|tar)\b")
# Words about the offer itself: an amount after them is not the side cost before them.
_OFFER_WORD = re.compile(r"kost\w*|kurs\w*|studi\w*|program\w*|course|price|pris\w*|avgift\w*|fee|tuition")
_TOTAL_PRICE = re.compile(r"\btotal\w*|til sammen|tilsammen|til saman|i alt\b|samlet pris|hele (?:studiet|programmet)"
                          r"|heile (?:studiet|programmet)")
_PER_UNIT_PRICE = re.compile(r"\s*(?:,-\s*)?(?:per|pr\.?|each|hver|kvar)\b")


# Free on a condition the reader may not meet: "If you are a member, the course is free", "Hvis du er ansatt, …".
_FREE_FOR_SOME = re.compile(r"\b(?:if|dersom|hvis|viss|om)\s+(?:you|du|dei|de|they)\s+(?:are|er)\s+(?:a|an|en|ei|eit|et|medlem\w*"
                            r"|member\w*|ansatt|tilsett|student\w*)\b.*$"
                            # the same asked: "Er du medlem, er kurset gratis", "Are you a member? Then it is free"
                            r"|\b(?:er|are)\s+(?:du|de|dere|dykk|you)\s+(?:a\s+)?(?:medlem\w*|member\w*)\b.*$"
                            # free for those with a right to it: "Rett og plikt til 600 gratis timar har:", "dei som har
                            # rett til gratis opplæring"
                            r"|\brett (?:og plikt )?til\b[^.;]*$"
                            # "Desse gruppene har krav på 600 timar gratis opplæring", "These groups are entitled to …"
                            r"|\b(?:desse|disse|these|those|dei|de)\s+(?:\w+\s+){0,2}?(?:har|hev) krav på\b[^.;]*$"
                            r"|\b(?:these|those)\s+(?:\w+\s+){0,2}?are entitled to\b[^.;]*$")
# Free only for members, said after it: "Kurset er gratis for medlemmer av forbundet", "free of charge for members".
_FOR_MEMBERS = re.compile(r"(?:\s+of\s+charge)?\s+(?:for|til)\s+(?:våre\s+|our\s+|alle\s+|all\s+)?(?:medlem\w*|members?)\b")


def _extra_costs_only(said: str) -> bool:
    """Are costs beside the study named before the amount, and no study fee after them ("Levekostnader er ikke
    inkludert i kursavgiften på kr 7000" names the course fee just before its amount; not "Living costs, in addition
    to the tuition fee, are about NOK 12 000")?"""
    extra = _EXTRA_COSTS.search(said)
    fees = list(_STUDY_FEE.finditer(said[extra.end():])) if extra else []
    return bool(extra) and not (fees and re.fullmatch(r"\w*\s+(?:på|of|er|is)\s+(?:kr\.?|nok)?\s*", said[extra.end() + fees[-1].end():]))


def side_cost_only(raw) -> bool:
    """Does the text name amounts and no price, only side costs ("That stay costs around NOK 2500")?"""
    text = _text(raw)
    return bool(_MONEY.search(text)) and price_nok(text) is None and bool(SIDE_COST.search(text))


def exam_fee_only(raw) -> bool:
    """Does the text name amounts and no price, only the exam's fee ("Eksamen koster 300 kroner i gebyr")?"""
    text = _text(raw)
    return bool(_MONEY.search(text)) and price_nok(text) is None and bool(_EXAM_COST.search(text))


def names_study_fee(raw) -> bool:
    """Does the text name the study fee or say the study is free ("pay no tuition fees")?"""
    text = _text(raw)
    return bool(_STUDY_FEE.search(text) or _FEE_NAMED.search(text) or FREE.search(text))


# The ",-" of an amount ends its sentence when a capitalised word follows: "37.000,- Semesteravgift kommer i tillegg"
# (the semester fee on top of the price; "kr 600,- semesteravgift" names the fee for the amount, and so does a
# capitalised fee that ends the text or its clause: "Kr 600,- Semesteravgift", "600,- Semesteravgift per semester").
# Read before lower-casing.
_AMOUNT_ENDS_SENTENCE = re.compile(r"(\d,-)[ \t]+(?=[A-ZÆØÅ])"
                                   rf"(?!(?i:{FEE.pattern})\w*[ \t]*(?:$|[,;.)\n]|(?i:per|pr)\b))")


# The exam's own fee named before its amount is no price: "Eksamen koster 300 kroner i gebyr", "Vil du ta eksamen i begge
# retningene, koster den ekstra eksamenen kr 1 500", "The exam costs NOK 500" (not the study fee with the exam in it:
# "Kursavgift inkludert eksamen: kr 5000", "Pris for kurs og eksamen: 4000 kr").
_EXAM_COST = re.compile(r"(?<!\buten )(?<!\butan )(?<!\bmed )(?<!\bwith )(?<!\bwithout )"
                        r"\beksamen(?:en|a)?\s+(?:(?!og\b|and\b|med\b|with\b)\w+\s+)?(?:koster|kostar|costs?)\b"
                        r"|\b(?:koster|kostar|costs?)\s+(?:den\s+|the\s+)?(?:ekstra\s+|extra\s+)?(?:eksamen(?:en|a)?|exam)\b"
                        r"|\beksamensgebyr\w*|\beksamensavgift\w*|\bexam(?:ination)? fee|\bthe exam(?:ination)? costs?\b", re.I)
_WITH_EXAM = re.compile(r"\b(?:inkl\w*|inklusiv\w*|including|included|med|og|and|pluss|plus)\s+(?:\w+\s+)?(?:eksamen|exam)",
                        re.I)


# A side cost named as included in the offer's price: "Prisen for kurset, inkludert overnatting og alle måltider, er
# kr 12 000", "Kursavgift for to samlinger med overnatting og mat er kr 8000" (not "Pris for overnatting: kr 1200").
_INCLUDED = re.compile(r"\b(?:inkl\.?|inkludert|inklusive|inklusiv|medregnet|included|including|with|med)\s+(?:[\w-]+\s+){0,3}$",
                       re.I)


# The end of a clause before an amount (not the dot of "ca.", "kr." or "cf."): the words since name that amount.
_CLAUSE_BREAK = re.compile(r"(?<!\bca)(?<!\bkr)(?<!\bcf)(?<!\bapprox)(?<!\bomtr)(?<!\bappr)[.;]\s")   # (not "approx. NOK 15,000")


def _side_cost_before(before: str, wide: str) -> bool:
    """Do the words before an amount name a side cost ("Overnatting: kr 900"), not one the price includes? `before`
    is the forty characters since the amount before; `wide` eighty, for a side cost named further back with no
    word of the offer after it ("Kost og losji per deltaker kommer på omtrent kr 2 600")."""
    wide = _CLAUSE_BREAK.split(wide)[-1]
    sides = list(SIDE_COST.finditer(wide))
    if not sides:
        return False
    if _INCLUDED.search(wide[:sides[0].start()]) and _OFFER_NAMED.search(wide[:sides[0].start()]):
        return False                        # "Prisen for kurset, inkludert overnatting …, er kr 12 000"
    return bool(SIDE_COST.search(before)) or not _OFFER_NAMED.search(wide[sides[-1].end():])


# Words that name the offer or its price (not "koster", which a side cost does too).
_OFFER_NAMED = re.compile(r"\bkurs\w*|\bstudi\w*|\bprogram\w*|\bcourse|\bprice|\bpris\w*|\w*avgift\w*|\bfee|\btuition"
                          r"|\butdanning\w*", re.I)


# An amount that is a share of another sum is no price: "Kr 50 av summen går til …", "NOK 50 of that amount goes to …".
_PART_OF_SUM = re.compile(r"\s*(?:,-)?\s*(?:av|of)\s+(?:summen|beløpet|denne|dette"
                          r"|(?:den|this|that|the)\s+(?:sum|amount|fee|avgifta|avgiften|beløpet|summen))\b", re.I)


# A test's fee, paid for each attempt: "betaler gebyret, kr. 300,-, som dekker ett forsøk", "NOK 500 per attempt" (not a
# course fee that covers one exam attempt: "Studieavgift kr 4500, som dekker ett forsøk på eksamen").
_PER_ATTEMPT = re.compile(r"\W*(?:som\s+|which\s+)?(?:dekker|dekkjer|gjelder|gjeld|covers?)\s+(?:ett|eitt|eit|et|one)\s+"
                          r"(?:forsøk|attempt)\b|\W*(?:per|pr\.?|for hvert|for kvart|for each|each)\s+(?:eksamens)?(?:forsøk|attempt)\b")
# … said before the amount: "Gebyr per forsøk: kr 300".
_ATTEMPT_BEFORE = re.compile(r"\b(?:per|pr\.?|for hvert|for kvart|each)\s+(?:eksamens)?(?:forsøk|attempt)\b\W*$", re.I)
# A night's price of a stay: "(6 days x NOK 200 per overnight stay)".
_PER_NIGHT = re.compile(r"\s*(?:,-)?\s*(?:per|pr\.?)\s+(?:overnight stay|overnatting|natt|night|døgn)\b")


def _exam_cost(before: str) -> bool:
    return bool(_EXAM_COST.search(before)) and not _STUDY_FEE.search(before) and not _WITH_EXAM.search(before)


# A price that is the semester fee alone, with no amount: "Pris: Semesteravgift", "Kun semesteravgift", "Semester fee
# only" (not "Semesteravgift kr 600", which names the fee's amount and no price).
_SEMESTER_FEE_ONLY = re.compile(r"(?:(?:kun|bare|berre|only(?: the)?)\s+)?(?:semesteravgift(?:en|a)?|semester fee)(?:\s+only)?"
                                # ("Kun semesteravgift til studentsamskipnaden", "Kun semesteravgift (ca. kr 600)")
                                r"(?:\s+(?:til|to)\s+[\w -]{1,40}|\s*\([^()]{0,40}\))?")


# A sum that opens a value with no currency named, its thousands spaced or dotted, then the value's end, a bracket or
# the unit: "22 000 (11 000 per semester)", "44.000"; not a count of something ("1 200 timer", "2 000 deltakere"),
# another currency ("1 500 DK") nor a year.
_BARE_AMOUNT = re.compile(r"^(\d{1,3}(?:[ \u00a0.]\d{3})+)(?![\d,])(?=\s*$|\s*(?:[(;.]|,(?!-)|per\b|pr\.?|for\b|i\b|inkl\w*))",
                          re.I)


def price_nok(raw) -> int | None:
    """The price in NOK as an int, 0 when free, None when not stated.

    A total for the whole offer, else the first amount named as the study fee,
    else the first stated price, per the unit stated with it ("38 500 kroner per
    semester" → 38500; the unit is `price_per`'s). The semester fee, travel, board,
    books and other fees are never the price; the words naming an amount are those
    since the amount before it.
    """
    return _price(raw)[0]


def price_per(raw) -> str | None:
    """What the price `price_nok` reads is per, when the text says it right after the amount:
    "kr 45 000 per semester", "NOK 45,000 per term" → "semester"; "kr 20 000 pr. år" → "year";
    "kr 9 500 per emne" → "module"; "1 800 kr per samling" → "session"; a total or no unit → None."""
    return _price(raw)[1]


# The unit an amount is per, right after it: "per semester", "pr. år", "/semester", "each term", "per emne".
_PER_UNIT = re.compile(r"\s*(?:,-|,00|\.-)?\s*(?:kr\.?|kroner|nok)?\s*(?:per|pr\.?|/|each|hvert|kvart|for each)\s*"
                       r"(semesteret|semester|term|studieåret|studieår|året|år|academic year|year|emnet|emne|modulen|modul"
                       r"|module|samlingen|samling|session|måneden|måned|månad|month)\b", re.I)
_PER = {"semesteret": "semester", "semester": "semester", "term": "semester", "studieåret": "year", "studieår": "year",
        "året": "year", "år": "year", "academic year": "year", "year": "year", "emnet": "module", "emne": "module",
        "modulen": "module", "modul": "module", "module": "module", "samlingen": "session", "samling": "session",
        "session": "session", "måneden": "month", "måned": "month", "månad": "month", "month": "month"}


def _per(after: str) -> str | None:
    m = _PER_UNIT.match(after)
    return _PER[m.group(1).lower()] if m else None


def _price(raw) -> tuple[int | None, str | None]:
    """(`price_nok`, `price_per`)."""
    number = _real_number(raw)
    if number is not None:
        return (int(number) if number == int(number) and 0 <= number <= 1_000_000 else None), None
    text = _text(_AMOUNT_ENDS_SENTENCE.sub(r"\1. ", raw) if isinstance(raw, str) else raw)
    if not text:
        return None, None
    if text.rstrip(".") in ("none", "ingen", "no fee", "no fees"):
        return 0, None                      # a fact box's "Tuition: None", "Studieavgift: Ingen"
    if _ZERO_ONLY.fullmatch(text):
        return 0, None                      # a price label's value that is only a zero: "kr 0,-", "NOK 0"
    if _SEMESTER_FEE_ONLY.fullmatch(text.rstrip(".")):
        return 0, None                      # a fact box's "Pris: Semesteravgift": no study fee, only the semester fee
    bare = None if _MONEY.search(text) else _BARE_AMOUNT.match(text)
    if bare:                                # a price label's value that is a sum alone: "Kursavgift: 22 000 (11 000
        return int(re.sub(r"\D", "", bare.group(1))), _per(text[bare.end(1):])   # per semester)"
    amounts, named, totals = [], [], []
    zero_fee = False
    prev_end, prev_side = 0, False
    for m in _MONEY.finditer(text):
        since = text[prev_end:m.start()]
        before = text[max(0, m.start() - 40, prev_end):m.start()]     # the words since the amount before
        prev_end = m.end()
        before = _CLAUSE_BREAK.split(before)[-1]   # "reise og opphold selv, ca. 2000 kr": travel
        after = text[m.end():m.end() + 25].split(".")[0]
        fee_after = _FEE_NAMED_AFTER.match(after) and not _FEE_ON_TOP.match(after)
        # "Travel: about NOK 15,000 for Europe and NOK 35,000 for Asia": the second amount is travel too
        side_again = prev_side and len(since) <= 60 and bool(re.search(r"\b(?:og|and)\b|,", since)) \
            and not re.search(r"[.;:]", since) and not _STUDY_FEE.search(since) and not _OFFER_WORD.search(since)
        prev_side = _side_cost_before(before, since[-80:]) or side_again
        sentence = text[max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()), 0):m.start()]
        union_fee = _UNION_FEE.search(sentence)     # "Sammen (student union) charges a university fee of NOK 600"
        said = re.split(r"(?<!\bca)(?<!\bkr)(?<!\bcf)(?<!\bbl)\.\s", text[max(0, m.start() - 300):m.start()])[-1]
        if FEE.search(before) or fee_after or prev_side or union_fee or _NO_SHOW.search(sentence) \
                or (_SIDE_AFTER.match(after) and not _STUDY_FEE.search(before)) \
                or _extra_costs_only(said) or _exam_cost(before) or _PART_OF_SUM.match(after) \
                or (_PER_ATTEMPT.match(after) or _ATTEMPT_BEFORE.search(before)) and not _STUDY_FEE.search(before) \
                or _PER_NIGHT.match(after) or _EXCURSION_COST.search(before) or _EXCURSION_COST.search(said):
            continue
        value = int(re.sub(r"[ .,]", "", m.group(1) or m.group(2)))
        if value == 0 and _ZERO_FEE_BEFORE.search(before) and not _ZERO_FOR_SOME.match(text, m.end()):
            zero_fee = True                 # "Studieavgift NOK 0": free, unless a fee is named too
        if 0 < value <= 1_000_000:
            per = _per(text[m.end():m.end() + 40])
            amounts.append((value, per))
            total = _TOTAL_PRICE.search(before)
            if total and not _PER_UNIT_PRICE.match(after) and not re.search(r"\b(?:per|pr\.?|each|hver|kvar)\b",
                                                                            before[total.end():]):
                totals.append((value, None))
            elif _STUDY_FEE.search(before):
                named.append((value, per))
    # free only for some, said with its condition: "If you are a student at a partner university, you pay no
    # tuition fee", "Hvis du er medlem, er kurset gratis" (not "Dersom du blir tatt opp, betaler du ingen
    # studieavgift": every admitted student)
    free = any(not _FREE_FOR_SOME.search(re.split(r"(?<!\b\w)[.;]\s", text[:m.start()])[-1])
               and not _FOR_MEMBERS.match(text, m.end()) for m in FREE.finditer(text))
    if free:
        return (None, None) if amounts else (0, None)
    return (totals or named or ([(0, None)] if zero_fee else []) or amounts or [(None, None)])[0]


# A zero amount and nothing else: "kr 0,-", "0 kr", "NOK 0".
_ZERO_ONLY = re.compile(r"\s*(?:(?:kr\.?|nok)\s*0(?:,-|,00|\.-)?|0\s*(?:,-\s*)?(?:kr|kroner|nok)\.?)\s*")
# The study fee's own label right before a zero: "Studieavgift NOK 0", "Tuition fee: NOK 0", "Prisen er kr 0,-" (not
# "Pris for kursbevis: kr 0").
_ZERO_FEE_BEFORE = re.compile(r"(?:studieavgift\w*|kursavgift\w*|deltakeravgift\w*|deltakaravgift\w*|tuition(?: fee)?"
                              r"|course fee|pris(?:en)?|price)\W*(?:(?:er|is)\s+)?(?:kr\.?|nok)?\s*$")
# A zero for some, or the start of a range: "kr 0 for EU-studenter", "NOK 0 (EU/EEA)", "fra kr 0 til kr 20 000",
# "kr 0 – 20 000", "kr 0 første semester".
_ZERO_FOR_SOME = re.compile(r"\s*(?:,-|,00|\.-)?\s*(?:\(|for\b|til\b|to\b|[–-]\s*(?:kr\.?\s*|nok\s*)?\d|første|first|i første"
                            r"|in the first)")


# -- sessions -----------------------------------------------------------------

# A number of gatherings: "seks samlinger", "fire samlingar", "6 fellessamlinger",
# "four sessions"; one optional adjective between, never a day word.
_SESSION_COUNT = re.compile(
    rf"\b{_INT}\s+(?:(?!da[gy])\w+\s+)?\w*(?:samling(?:er|ar)?|sessions?|gatherings?)\b")
# Gatherings with their length each: "3 samlinger à 3 dager", "to fellessamlinger
# over to dager", "four sessions of three days", "3 x 2 dager".
_SESSION_EACH = re.compile(
    rf"\b{_INT}\s+(?:(?!da[gy])\w+\s+)?\w*(?:samling(?:er|ar)?|sessions?|gatherings?)\s*,?\s*"
    rf"(?:à|á|a|på|over|av|of|med|each of)\s+{_INT}\s*-?\s*(?:dager|dagar|dag|days?)\b"
    rf"|\b{_INT}\s*[x×]\s*{_INT}\s*(?:dager|dagar|days)\b")
# Total days: "20 dager fordelt på", "til sammen 20 dager", "20 days in total".
_DAYS_TOTAL = re.compile(
    rf"\b{_INT}\s+(?:undervisnings)?(?:dager|dagar|days)\s+(?:fordelt|totalt|til sammen|i alt|in total|spread)"
    rf"|(?:til sammen|totalt|i alt|in total)\s+{_INT}\s+(?:undervisnings)?(?:dager|dagar|days)\b")
# A course of N days: "2-dagers kurs", "2 dagers-kurset", "todagers".
_DAY_COURSE = re.compile(rf"\b{_INT}\s*-?\s*(?:dagers|dagars|day)\s*-?\s*(?:kurs|samling|course|seminar|program)"
                         r"|\b(en|to|tre|fire|fem)dagers\w*")
# The text starts with "1 dag" (not "1 dag i uken"): a one-day course.
_ONE_DAY = re.compile(r"^(?:1|en|ein|ett|eitt|one)\s+(?:dag|day)\b(?!\s*(?:i|per|pr\.?|hver|kvar|each|a)\s+(?:uk|veke|week))")
# Only a number of days: "3 dager".
_ONLY_DAYS = re.compile(rf"^{_INT}\s+(?:dager|dagar|days)\.?$")


def sessions(text) -> tuple[int | None, int | None]:
    """(number of samlinger, total days in them); (None, None) when unknown.

    "20 dager fordelt på seks samlinger" → (6, 20); "3 samlinger à 3 dager" →
    (3, 9); "2-dagers kurs" and "1 dag" → one gathering; "seks samlinger" →
    (6, None); "3 dager" alone → (None, 3).
    """
    t = _text(text)
    if not t:
        return _NONE2
    count = None
    m = _SESSION_COUNT.search(t)
    if m:
        count = _int(m.group(1))
    days = None
    m = _DAYS_TOTAL.search(t)
    if m:
        days = _int(m.group(1) or m.group(2))
    each, said = [], set()
    for m in _SESSION_EACH.finditer(t):
        groups = [g for g in m.groups() if g is not None]
        a, b = _int(groups[0]), _int(groups[1])
        if a and b and m.group(0).casefold() not in said:   # a phrase said twice (a fact line and the
            said.add(m.group(0).casefold())                  # description repeating it) is one plan
            each.append((a, b))
    if each:
        sub_count = sum(a for a, _ in each)
        if count is None:
            count = sub_count
        if days is None and sub_count == count:
            days = sum(a * b for a, b in each)
    if count is None and days is None:
        m = _DAY_COURSE.search(t)
        if m:
            n = _int(m.group(1) or m.group(2))
            if n:
                count, days = 1, n
        elif _ONE_DAY.search(t):
            count, days = 1, 1
        else:
            m = _ONLY_DAYS.match(t)
            if m:
                days = _int(m.group(1))
    if count is not None and not 0 < count <= 50:
        count = None
    if days is not None and not 0 < days <= 365:
        days = None
    return (count, days)


# -- teaching language ----------------------------------------------------------

_LANG_NO = re.compile(r"\bnorsk\w*|\bnynorsk|\bbokmål|\bnorwegian|\bskandinavisk\w*|\bscandinavian")
_LANG_EN = re.compile(r"\bengelsk\w*|\benglish")


# Both named as one value: "Norsk og engelsk", "English/Norwegian", "norsk eller engelsk".
_BOTH_LANGUAGES = re.compile(r"\b(?:norsk|norwegian|engelsk|english)\s*(?:og|and|eller|or|/|&)\s*"
                             r"(?:norsk|norwegian|engelsk|english)\b"
                             # (not "norsk og engelsk litteratur": Norwegian teaching, readings in English)
                             r"(?!\s*(?:litteratur\w*|pensum\w*|fagstoff\w*|tekst\w*|literature|readings?|texts?)\b)"
                             # a value of the two alone, in a list: "Teaching Language: Norwegian, English", "Norsk | Engelsk",
                             # "Norwegian; English", "Norwegian and/or English" (not "Norsk (pensum på norsk, engelsk)")
                             r"|^\W*(?:norsk|norwegian|engelsk|english)\s*(?:,|;|\||and/or|og/eller)\s*(?:norsk|norwegian|engelsk|english)"
                             r"\W*$")


def teaching_language(raw) -> str | None:
    """"no" (Norwegian or Scandinavian) or "en" (English): the first one the text names."""
    text = _text(raw)
    if not text:
        return None
    if text in ("nb", "nn", "no", "nob", "nno", "nor", "nb-no", "nn-no", "no-nb"):
        return "no"
    if text in ("en", "eng", "en-gb", "en-us"):
        return "en"
    if _BOTH_LANGUAGES.search(text):
        return None                         # "Norsk og engelsk, se det enkelte emne": either, by course
    no, en = _LANG_NO.search(text), _LANG_EN.search(text)
    other = _LANG_OTHER_HEAD.match(text)
    if other and not re.match(r"\s*(?:og|and|&|/|eller|or|\(|,\s*(?:norsk|engelsk|norwegian|english))", text[other.end():]):
        return None                         # "først og fremst samisk, men også skandinaviske språk": a third language
        #                                     heads the value (not "Sami and Norwegian", "Samisk eller norsk": both)
    if no and en:
        return "no" if no.start() < en.start() else "en"
    return "no" if no else "en" if en else None


# A language the record has no code for, heading the value: Sami, Kven, German, French, Spanish, Finnish, Russian
# ("først og fremst samisk, men …", "Spansk"; not "Kurset gir innsikt i samisk kultur og undervises på norsk").
_LANG_OTHER_HEAD = re.compile(r"^\W*(?:(?:først og fremst|fyrst og fremst|hovedsakelig|hovudsakleg|primarily|mainly|mostly)\s+)?"
                              r"(?:på |in )?(?:samisk\w*|sami|sámi|nordsamisk\w*|sørsamisk\w*|lulesamisk\w*|kvensk\w*|tysk"
                              r"|german|fransk|french|spansk|spanish|finsk|finnish|russisk|russian)\b")


# -- reach ------------------------------------------------------------------------

# Taught where the buyer (a municipality) wants it: "desentralisert", "hos oppdragsgiver",
# "lokalt hos bestillende kommuner", "i kommunen".
_ANYWHERE = re.compile(r"desentrali\w*|hos oppdragsgiver\w*|hos bestiller\w*|lokalt hos|bestillende kommune\w*"
                       r"|i (?:egen|deltakernes|oppdragsgivers) kommune|på arbeidsplassen|der kommunen ønsker"
                       r"|local(?:ly)? at the (?:employer|client)|at the client's")
_ONLINE_PLACE = re.compile(r"^(?:nett\w*|online|digital\w*|e-læring|fjernundervisning|hjemmefra)$")


def reach(locations_raw, has_places: bool, delivery: list[str]) -> str:
    """"anywhere" when the source says the course is held where the buyer wants it; "places"
    when it names places; "online" when it is taught online only (delivery ["nett"], or the
    place given is "nettbasert"); else "unknown"."""
    text = _text(locations_raw)
    if _ANYWHERE.search(text):
        return "anywhere"
    if has_places:
        return "places"
    parts = [p.strip() for p in re.split(r"[;,/]| og ", text) if p.strip()]
    if delivery == ["nett"] or (parts and all(_ONLINE_PLACE.match(p) for p in parts)):
        return "online"
    return "unknown"
