"""Field normalisers: raw text (bokmål, nynorsk, English) → canonical values.

One pure function per field. None of them raises: unknown or unparseable input
gives None (or an empty list), never a guessed number; the caller keeps the raw text.
"""

from __future__ import annotations

import re

_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"
_NUMBER_WORDS = {"en": 1, "ett": 1, "ein": 1, "eitt": 1, "ei": 1, "to": 2, "two": 2, "tre": 3, "three": 3,
                 "fire": 4, "four": 4, "fem": 5, "five": 5, "seks": 6, "six": 6, "sju": 7, "syv": 7,
                 "åtte": 8, "ni": 9, "ti": 10}
_WORDNUM = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"


def _text(raw) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return ""
    text = str(raw)[:5000].replace("\x00", " ")
    return " ".join(text.split()).lower()


def _num(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except (TypeError, ValueError):
        return None


def _wordnum(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


# -- credits ------------------------------------------------------------------

_NON_CREDIT = re.compile(r"ingen studiepoeng|ikke studiepoenggivende|ikkje studiepoeng|uten studiepoeng|"
                         r"utan studiepoeng|no credits|non-credit|\b0 (?:studiepoeng|stp|sp|ects)\b")
_CREDIT_UNIT = r"(?:studiepoeng|stp\.?|sp\b|ects|credits?)"
_RANGE = re.compile(rf"^{_NUM}\s*[-–]\s*{_NUM}$")
_SLASH = re.compile(rf"^{_NUM}\s*/\s*{_NUM}$")
_PLUS_FREE = re.compile(rf"^{_NUM}\s*\+\s*{_NUM}\s*(?:frie|fri|valgfrie)")
_SINGLE = re.compile(rf"^{_NUM}$")
_WITH_UNIT_RANGE = re.compile(rf"{_NUM}\s*[-–]\s*{_NUM}\s*{_CREDIT_UNIT}")
_WITH_UNIT = re.compile(rf"{_NUM}\s*{_CREDIT_UNIT}")
_UNIT_FIRST = re.compile(rf"(?:studiepoeng|omfang|stp|ects|credits)\s*:?\s*{_NUM}(?:\s*[-–]\s*{_NUM})?\s*$")
_BAD_CONTEXT = re.compile(r"kr\b|nok\b|kroner|timer|dager|dagar|år\b|\d{4}")


def credits(raw, *, non_credit: bool = False) -> tuple[float | None, float | None]:
    """Credits (studiepoeng) as (min, max): "7,5" → (7.5, 7.5); "15 - 30" → (15, 30);
    "90/120" → (90, 120); "90 + 90 frie" → (90, 90) (the free credits are not the offer's);
    "30 stp"/"30 ECTS" → (30, 30); non-credit → (0, 0); unknown → (None, None)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _range(float(raw), float(raw))
    text = _text(raw)
    if non_credit or _NON_CREDIT.search(text):
        return 0.0, 0.0
    if not text:
        return None, None
    for pattern in (_RANGE, _SLASH):
        m = pattern.match(text)
        if m:
            return _range(_num(m.group(1)), _num(m.group(2)))
    m = _PLUS_FREE.match(text)
    if m:
        return _range(_num(m.group(1)), _num(m.group(1)))
    m = _SINGLE.match(text)
    if m:
        return _range(_num(m.group(1)), _num(m.group(1)))
    if re.search(r"\binntil\b|\bopp til\b|\bup to\b", text):
        return None, None  # an upper bound only: refuse rather than guess a minimum
    m = _WITH_UNIT_RANGE.search(text)
    if m:
        return _range(_num(m.group(1)), _num(m.group(2)))
    m = _WITH_UNIT.search(text)
    if m:
        return _range(_num(m.group(1)), _num(m.group(1)))
    m = _UNIT_FIRST.search(text)
    if m:
        return _range(_num(m.group(1)), _num(m.group(2) or m.group(1)))
    return None, None


def _range(lo, hi):
    if lo is None or hi is None or not (0.5 <= lo <= 300 and 0.5 <= hi <= 300) or lo > hi:
        return None, None
    return float(lo), float(hi)


# -- level and kind -----------------------------------------------------------

_MASTER_DEGREE = re.compile(r"\bmba\b|\bemba\b|executive master|\bmaster\b|masterstudi|masterprogram|"
                            r"master'?s|mastergrad|erfaringsbasert master|\bmpa\b")
_MASTER_LEVEL = re.compile(r"masterniv|mastergradsniv|master level|på masternivå|erfaringsbasert master|"
                           r"erfaringsbasert masterprogram|masteroppgave|mastergraden")
_BACHELOR_LEVEL = re.compile(r"bachelorniv|bachelor level|lavere grads niv")
_BACHELOR = re.compile(r"\bbachelor")
_ONE_YEAR = re.compile(r"årsstudi|årsstudie|one-year|eittårig|ettårig")
_SINGLE_COURSE = re.compile(r"enkeltemne|emne\b|videreutdanning|vidareutdanning|modul|single course|course")
_NON_CREDIT_KIND = re.compile(r"^kurs\b|etterutdanning|lederopplæring|leiaropplæring|seminar|konferanse")


def level_and_kind(kind_raw, title: str = "", description: str = "",
                   credits_max: float | None = None) -> tuple[str | None, str | None]:
    """(level, kind): level bachelor|master|none, kind degree|one_year|single_course|non_credit.
    MBA and experience-based masters are (master, degree). A single course is at master level
    when the text says so, else at bachelor level when it gives credits."""
    kind = _text(kind_raw)
    context = f"{_text(title)} {_text(description)}"
    if credits_max == 0 or _NON_CREDIT_KIND.search(kind):
        return "none", "non_credit"
    if _ONE_YEAR.search(kind):
        return "bachelor", "one_year"
    if _SINGLE_COURSE.search(kind):
        if _MASTER_LEVEL.search(f"{kind} {context}"):
            return "master", "single_course"
        if _BACHELOR_LEVEL.search(f"{kind} {context}") or (credits_max or 0) > 0:
            return "bachelor", "single_course"
        return None, "single_course"
    if _MASTER_DEGREE.search(kind):
        return "master", "degree"
    if _BACHELOR.search(kind):
        return "bachelor", "degree"
    if not kind:
        head = _text(title)
        if _ONE_YEAR.search(head):
            return "bachelor", "one_year"
        if re.match(r"(erfaringsbasert )?(master|mba|executive master)", head):
            return "master", "degree"
        if head.startswith("bachelor"):
            return "bachelor", "degree"
    return None, None


# -- part time ----------------------------------------------------------------

def part_time(raw) -> bool | None:
    """"Ja"/"Deltid"/"Heltid/deltid" → True; "Nei"/"Heltid" → False; else None."""
    text = _text(raw)
    if not text:
        return None
    if re.search(r"deltid|part[- ]time|\bja\b|\byes\b", text):
        return True
    if re.search(r"heltid|fulltid|full[- ]time|\bnei\b|\bno\b", text):
        return False
    return None


# -- delivery -----------------------------------------------------------------

_DELIVERY_RULES = (
    ("samling", re.compile(r"samling|samlings|gathering|^1 dag$|intensivkurs")),
    ("nett", re.compile(r"nett|online|e-læring|fjernundervisning|digital undervisning|distance")),
    ("campus", re.compile(r"daglig|campus|stedbasert|stadbasert|klasseroms|undervisning \d dag|on campus")),
    ("kveld", re.compile(r"kveld|evening")),
    ("video", re.compile(r"video|webinar|zoom|teams")),
)


def _codes(rules, raw, description) -> list[str]:
    """The codes whose rule matches the raw text, else the description (sorted, unique)."""
    for text in (_text(raw), _text(description)):
        found = sorted({code for code, rx in rules if rx.search(text)})
        if found:
            return found
    return []


def delivery(raw, description: str = "") -> list[str]:
    """How it is taught: a sorted subset of samling, nett, campus, kveld, video."""
    return _codes(_DELIVERY_RULES, raw, description)


# -- admission ----------------------------------------------------------------

_EXPERIENCE = re.compile(rf"{_WORDNUM}\s*(?:års|år|years?)\b[^+]*?(?:erfaring|praksis|experience)")


def admission(raw) -> dict:
    """Admission requirements: {admission_education, admission_experience_years, realkompetanse}."""
    text = _text(raw)
    out = {"admission_education": None, "admission_experience_years": None,
           "realkompetanse": "realkompetanse" in text}
    if not text or re.search(r"kommunene som bestemmer|bestiller", text):
        return out
    edu = None
    if re.search(r"generell studiekompetanse|general university admission", text):
        edu = "generell_studiekompetanse"
    elif re.search(r"mastergrad|master'?s degree", text):
        edu = "master"
    elif re.search(r"(3|tre)[- ]?(årig|års)|-\s*årig|bachelor|cand\.mag|høyskole eller universitetsutdanning|"
                   r"høyere utdanning|høgare utdanning", text) and not re.search(r"\b1 års høyere", text):
        edu = "bachelor"
    elif re.search(r"\b1 års høyere|\bett års høyere|i stilling|lederstilling|leiarar i stilling", text):
        edu = "other"
    out["admission_education"] = edu
    if "enkelte kurs" not in text:
        m = _EXPERIENCE.search(text.replace("min ", ""))
        if m:
            out["admission_experience_years"] = _wordnum(m.group(1))
    return out


# -- target group -------------------------------------------------------------

_TARGET_RULES = (
    ("tannhelse", re.compile(r"tannhelse|tannleg|tannpleie|odontolog")),
    ("helse", re.compile(r"(?<!tann)helse|omsorg|sykepleie|pleie")),
    ("sosial", re.compile(r"sosial")),
    ("offentlig", re.compile(r"offentlig|kommunal sektor|statlig|forvaltning")),
    ("generell", re.compile(r"generell|genrell|alle ledere|general")),
)


def target(raw, description: str = "") -> list[str]:
    """Who it is for: a sorted subset of helse, sosial, offentlig, generell, tannhelse."""
    return _codes(_TARGET_RULES, raw, description)


# -- enrolment ----------------------------------------------------------------

_COMMISSIONED = re.compile(r"bestiller|kan bestilles|ikke mulig for enkeltpersoner|bedriftsintern|"
                           r"oppdragsutdanning|kommunene som bestemmer|kommunene bestemmer")
_OPEN = re.compile(r"søk opptak|åpent for alle|enkeltpersoner kan melde|søknadsfrist|samordna opptak|"
                   r"søknadsweb|meld deg på|apply now")


def enrolment(text) -> str | None:
    """"commissioned" when ordered by municipalities, "open" when individuals apply, else None."""
    t = _text(text)
    if _COMMISSIONED.search(t):
        return "commissioned"
    if _OPEN.search(t):
        return "open"
    return None


# -- price --------------------------------------------------------------------

_PRICE = re.compile(r"(?:kr\.?|nok)\s*(\d{1,3}(?:[ .]\d{3})+|\d+)|(\d{1,3}(?:[ .]\d{3})+|\d{3,})\s*(?:,-|kr|kroner|nok)")


def price_nok(raw) -> int | None:
    """Price in kroner: "kr 25 000" → 25000; "Gratis"/"ingen studieavgift" → 0; a semester fee
    alone is not a price (None)."""
    text = _text(raw)
    if not text:
        return None
    if re.search(r"gratis|ingen studieavgift|free of charge|kostnadsfri", text):
        return 0
    if "semesteravgift" in text and "studieavgift" not in text and "pris" not in text:
        return None
    m = _PRICE.search(text)
    if not m:
        return None
    digits = re.sub(r"[ .]", "", m.group(1) or m.group(2))
    value = int(digits)
    return value if 0 < value < 2_000_000 else None


# -- sessions -----------------------------------------------------------------

_SESSIONS = re.compile(rf"{_WORDNUM}\s+(?:\w+\s+)?samling(?:er|ar)?")
_DAYS_TOTAL = re.compile(rf"{_WORDNUM}\s+(?:dager|dagar)\s+fordelt")
_EACH = re.compile(rf"samling(?:er|ar)?\s*(?:à|a|på|over)\s*{_WORDNUM}\s*(?:dager|dagar|dag)")
_OVER_DAYS = re.compile(rf"{_WORDNUM}\s+\w+\s*samlinger\s+over\s+{_WORDNUM}\s+dag")
_COURSE_DAYS = re.compile(rf"{_WORDNUM}[- ]?dagers|^{_WORDNUM} dag\b")


def sessions(text) -> tuple[int | None, int | None]:
    """(number of samlinger, total days): "20 dager fordelt på seks samlinger" → (6, 20)."""
    t = _text(text)
    if not t:
        return None, None
    count = None
    m = _SESSIONS.search(t)
    if m:
        count = _wordnum(m.group(1))
    days = None
    m = _DAYS_TOTAL.search(t)
    if m:
        days = _wordnum(m.group(1))
    elif count:
        parts = _OVER_DAYS.findall(t)
        if parts:
            days = sum((_wordnum(n) or 0) * (_wordnum(d) or 0) for n, d in parts) or None
        else:
            m = _EACH.search(t)
            if m and _wordnum(m.group(1)):
                days = count * _wordnum(m.group(1))
    if count is None:
        m = _COURSE_DAYS.search(t)
        if m:
            n = _wordnum(m.group(1) or m.group(2))
            if n:
                return 1, n
    return count, days
