"""Field normalisers for time: start term, application deadline, duration.

Pure functions from raw text (bokmål, nynorsk, English) to canonical values, like
`domain.normalise`; none raises, and what cannot be read is None.

- start_term: "2025-host" or "2026-var" (a start in August-December is autumn, January-July
  spring). "Høst 2025", "2025 HØST", "høsten 2025", "august 2025", "15.08.2025",
  "Spring 2026". Of several terms the earliest wins; a term the text marks as past
  ("høst 2023 (avsluttet)") is skipped; a season without a year is None.
- application_deadline: ISO date "2025-04-15". "15. april 2025", "15.04.2025",
  "April 15, 2025"; a day and month without a year take the year from the start term
  (a deadline before an autumn start is in the same year; for a spring start a deadline in
  August-December is in the year before); without either, None. Of several dates the first.
- duration_semesters: "2 semestre", "to semestere", "ett år" (2), "to år" (4), "3-årig" (6), "1,5 år" (3),
  "ett halvår" (1), "1 1/2 år" (3), months in whole semesters ("24 måneder" 4, "12 months" 2);
  ranges ("2-3 år") and months that are no whole semester ("3 måneder") are None.
"""

from __future__ import annotations

import logging
import re
from datetime import date

log = logging.getLogger(__name__)

_MONTHS = {
    "januar": 1, "jan": 1, "january": 1, "februar": 2, "feb": 2, "february": 2, "mars": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "desember": 12, "des": 12, "december": 12, "dec": 12,
}
_AUTUMN = r"høsten|høst|hausten|haust|autumn|fall|h(?=\d{2}\b)"
_SPRING = r"våren|vår|spring|sommeren|sommer|summer|v(?=\d{2}\b)"
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The months' whole names, one place for the start terms and yearless dates of crawler/prose.py and the yearless
# dates below: in English ("February" in "February 12 2018"), in Norwegian ("mars" in "20. mars"), and in either
# language, each name once ("mars", "March", "august" in "1. mars 2025", "March 2025", "20. august").
EN_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
NO_MONTH_NAMES = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
MONTH_NAMES = NO_MONTH_NAMES + "".join(f"|{name}" for name in EN_MONTH_NAMES.split("|")
                                       if name not in NO_MONTH_NAMES.split("|"))
# A season's name, a start's term without its year: "høsten", "haust", "Vår", "autumn" (crawler/facts.py's bracketed
# term of a start label, crawler/prose.py's start said by season alone).
SEASON_NAMES = "høsten|hausten|våren|høst|haust|vår|autumn|fall|spring"
# A day, or a span of days, with its Norwegian month and year: "19. oktober 2023", "13.-14. november 2023" (a title's
# date in crawler/extract.py, a dated day's line in crawler/prose.py).
DAY_SPAN_DATE = rf"\d{{1,2}}\.\s*(?:[-–]\s*\d{{1,2}}\.\s*)?(?:{NO_MONTH_NAMES})\s+20\d\d\b"
# A study year, the autumn of its first year: "studieåret 2022-23", "skuleåret 2024/2025", "academic year 2025-2026"
# (read here and in crawler/prose.py's study year that runs).
STUDY_YEAR = (r"\b(?:studieåret|studieår|skoleåret|skuleåret|the academic year|academic year)\s+(?P<year7>(?:19|20)\d\d)"
              r"\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b")
# A week number with its year: "uke 35 – 51 i 2026", "Uke 33 / 2021", "uke 33, 2017" (weeks 1-26 in spring, 27-53 in
# autumn); WEEK_YEAR, without its groups, for the sentence finders of crawler/prose.py.
_WEEK = (r"\b(?:uke|veke|week)\s*(?P<week6>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*(?:i\s+|in\s+|/\s*|,\s*)?"
         r"(?P<year6>(?:19|20)\d\d)\b")
WEEK_YEAR = re.sub(r"\(\?P<\w+>", "(?:", _WEEK)
_TERM = re.compile(
    rf"\b(?P<season1>{_AUTUMN}|{_SPRING})\s*(?:semester(?:et)?\s*)?(?P<year1>(?:19|20)\d\d|(?<=[hv])\d\d\b)"
    rf"|(?P<year2>(?:19|20)\d\d)\s*[-/]?\s*(?P<season2>{_AUTUMN}|{_SPRING})"
    rf"|(?:(?P<day3>\d{{1,2}})\.?\s*)?(?P<month3>{_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<year3>(?:19|20)\d\d)"
    # (and a two-digit year, "25.09.19", "Heltid: 27.08.24"; not in a longer run of numbers, "1.2.3.4", "§ 3.1.15.2")
    rf"|(?<!\d\.)(?<!\d)\b(?P<day4>\d{{1,2}})\.(?P<month4>\d{{1,2}})\.(?P<year4>(?:19|20)\d\d|\d\d(?!\.?\d))\b"
    rf"|\b(?P<year5>(?:19|20)\d\d)-(?P<month5>[01]\d)-[0-3]\d\b"
    rf"|{_WEEK}"
    # a study year, which starts in the autumn: "studieåret 2022-23", "skuleåret 2024/2025", "academic year 2025-2026"
    rf"|{STUDY_YEAR}", re.I)
_PAST_AFTER = re.compile(r"^[\s(,:-]{0,3}(?:avslutt\w*|fullt\b|fulltegnet|gjennomført|ferdig|past|closed|completed)", re.I)
_SPACE = re.compile(r"\s+")


def month_number(text: str) -> int | None:
    """The number of the first month named in the text ("August" 8, "15. apr. 2023" 4), or None."""
    m = re.search(rf"\b({_MONTH})\b", text or "", re.I)
    return _MONTHS[m.group(1).lower()] if m else None


def _text(raw) -> str:
    if raw is None or isinstance(raw, bool):
        return ""
    try:
        return _SPACE.sub(" ", str(raw)[:5000]).strip().lower()
    except Exception:  # noqa: BLE001
        log.debug("a value that cannot be read as text was taken as empty", exc_info=True)
        return ""


def _season(word: str) -> str:
    return "host" if word.lower() == "h" or re.fullmatch(_AUTUMN, word, re.I) else "var"


def _full_year(year: str) -> int:
    """A year in full: "2024" 2024, "24" 2024 (a two-digit year is this century's: "H24", "25.09.19")."""
    return int(year) if len(year) == 4 else 2000 + int(year)


def terms(raw) -> list[tuple[int, str]]:
    """Every (year, season) the text names, in order, without those it marks as past."""
    text = _text(raw)
    out: list[tuple[int, str]] = []
    for m in _TERM.finditer(text):
        if _PAST_AFTER.match(text[m.end():m.end() + 20]):
            continue
        if m.group("season1"):
            term = (_full_year(m.group("year1")), _season(m.group("season1")))
        elif m.group("season2"):
            term = (int(m.group("year2")), _season(m.group("season2")))
        elif m.group("month3"):
            month = _MONTHS[m.group("month3").lower()]
            term = (int(m.group("year3")), "host" if month >= 8 else "var")
        elif m.group("year7"):
            term = (int(m.group("year7")), "host")
        elif m.group("year6"):
            week = int(m.group("week6"))
            if not 1 <= week <= 53:
                continue
            term = (int(m.group("year6")), "host" if week >= 27 else "var")
        elif m.group("year5"):
            month = int(m.group("month5"))
            if not 1 <= month <= 12:
                continue
            term = (int(m.group("year5")), "host" if month >= 8 else "var")
        else:
            month = int(m.group("month4"))
            if not 1 <= month <= 12:
                continue
            term = (_full_year(m.group("year4")), "host" if month >= 8 else "var")
        if 1990 <= term[0] <= 2100:
            out.append(term)
    return out


# The dates of an application period are no start: "Application period 01.02.2022 -", "Søknadsperiode 01.02.2024 - 15.04.2024".
_APPLICATION_PERIOD = re.compile(r"\b(?:application period|søknadsperiode\w*)\W*[\d.\s/–-]*", re.I)
# A deadline's date beside the start is no start: "Høsten 2026. Søknadsfrist: 15. mars 2026." (a start in the autumn).
_DEADLINE_DATE = re.compile(rf"\b(?:søknadsfrist\w*|søknadsfrest\w*|påmeldingsfrist\w*|application deadline|deadline)\W*"
                            rf"(?:(?:er|is|:)\s*)?(?:\d{{1,2}}\.?\s*(?:{MONTH_NAMES})\.?|\d{{1,2}}\.\d{{1,2}}\.)\s*(?:(?:19|20)\d\d)?",
                            re.I)


_STUDY_YEAR = re.compile(STUDY_YEAR, re.I)


def start_term(raw) -> str | None:
    """"2025-host" | "2026-var" | None (see the module docstring)."""
    text = _DEADLINE_DATE.sub(" ", _APPLICATION_PERIOD.sub(" ", _text(raw)))
    # a term said beside its study year is the start: "Våren 2026 (studieåret 2025-2026)" starts in the spring
    found = terms(_STUDY_YEAR.sub(" ", text)) or terms(text)
    if not found:
        return None
    year, season = min(found, key=lambda t: (t[0], t[1] == "host"))
    return f"{year}-{season}"


def _dates(text: str) -> list[date]:
    """Every whole date (day, month, year) of a text: "16. januar 2024", "01.02.2024", "1 December 2016"."""
    out = []
    for m in _TERM.finditer(text):
        if m.group("day3") and m.group("month3"):
            parts = (int(m.group("year3")), _MONTHS[m.group("month3").lower()], int(m.group("day3")))
        elif m.group("day4"):
            parts = (_full_year(m.group("year4")), int(m.group("month4")), int(m.group("day4")))
        else:
            continue
        try:
            out.append(date(*parts))
        except ValueError:
            continue
    return out


LATE_ENROLMENT = 31       # days after a dated start that a deadline may close and still be that start's


def start_after_deadline(raw_start, start: str | None, deadline: str | None) -> str | None:
    """The start term, unless the start's dates all fall before the application deadline: no study starts
    before its applications close, so such a "start" opens the application period ("Start: 1 December 2016,
    Deadline: 1 March 2017") or was the last intake's, and the study starts in the term after the deadline
    (a deadline in January-July: that autumn; in August-December: the next spring). A deadline at most
    LATE_ENROLMENT days after the start is a late one for that start ("Oppstart: 12. mars 2024", "Påmeldingsfrist:
    19. mars 2024": one may join in the first weeks)."""
    if not start or not deadline:
        return start
    try:
        closes = date.fromisoformat(deadline)
    except ValueError:
        return start
    found = _dates(_text(raw_start))
    if not found or len(found) != len(terms(raw_start)) or (closes - max(found)).days <= LATE_ENROLMENT:
        return start                        # a season ("Høst 2024"), or a start after the deadline or at most
        #                                     LATE_ENROLMENT days before it, says the start
    return f"{closes.year}-host" if closes.month <= 7 else f"{closes.year + 1}-var"


# A start said by its season alone, the whole value: "Haust", "Høst", "Spring", "Våren".
# Or by its month alone: "August", "Januar" (a start in August-December is an autumn's).
# (how often it starts may follow: "August hvert andre år", "Haust kvart år", "Autumn every other year")
_BARE_SEASON = re.compile(rf"^\s*(?:(?:hver|kvar|every|each)\s+)?(?P<season>{SEASON_NAMES}|{MONTH_NAMES})(?:semesteret|semester)?"
                          r"(?:\s*[,(–-]?\s*(?:(?:hvert|kvart|every|each)\s+(?:(?:andre|anna|annet|other|second|2\.)\s+)?(?:år|year)"
                          r"|annenhvert\s+år|annethvert\s+år|annakvart\s+år|annankvart\s+år|årlig|årleg|annually)\s*\)?)?"
                          r"\s*\.?\s*$", re.I)
# The months' names for a start said by its month alone, English "may" only as the name ("Starts in May", not "The
# start may be postponed").
START_MONTH_NAMES = "|".join(n for n in MONTH_NAMES.split("|") if n != "may") + "|(?-i:May)"


def season_after_deadline(raw_start, start: str | None, deadline: str | None) -> str | None:
    """A start said by its season alone ("Startsemester: Haust") takes its year from the application deadline: the
    term whose deadline it is, by `deadline_year`'s rule read the other way (an autumn start is in the deadline's
    year, the next year's after a deadline in September-December; a spring start in the next year's after a
    deadline in August-December)."""
    if start or not deadline or not isinstance(raw_start, str):
        return start
    m = _BARE_SEASON.match(raw_start)
    if not m:
        return start
    try:
        closes = date.fromisoformat(deadline)
    except ValueError:
        return start
    month = month_number(m.group("season"))
    if month:                               # a month: in the deadline's year when it comes after the deadline's month
        year = closes.year if month >= closes.month else closes.year + 1
        return f"{year}-{'host' if month >= 8 else 'var'}"
    season = _season(m.group("season"))
    year = next(y for y in (closes.year, closes.year + 1) if deadline_year(f"{y}-{season}", closes.month) == closes.year)
    return f"{year}-{season}"


# The dates a deadline is written in, one place for the deadline's reader below and the sentence finders of
# crawler/prose.py: "1. mars 2024", "1 March", "01.03.24", "March 1st, 2024", "28th of February 2023".
# (a month's name whole: not "2 marsjer")
# (a day whole: not "mars 20" of "i mars 2025", nor "24 mars" of "2024 mars")
# (the year maybe after a comma: "18 August, 2021")
# (nor a sum after it: "1. mars, 2000 kr i depositum")
_DMY = rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?P<m>{_MONTH})(?![^\W\d_])\.?(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\s*(?:kr\b|kroner|nok\b|,-)))?"
_NUM = r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)?\d\d)(?!\d)"
_MDY = rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?,?(?:\s+(?P<y>(?:19|20)\d\d))?"
_DATE_DMY = re.compile(rf"\b{_DMY}\b", re.I)
_DATE_NUM = re.compile(rf"\b{_NUM}\b")
_DATE_MDY = re.compile(rf"\b{_MDY}\b", re.I)
# The same dates without their groups, to be put inside other patterns (case-insensitive).
DATE = re.sub(r"\(\?P<\w+>", "(?:", rf"{_NUM}|{_DMY}|{_MDY}")
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})\b")


# (not the year of the intake the deadline is for: "Application deadline for 2026 intake: 1 December",
# "Søknadsfrist for 2025-kullet: 1. desember" fall in the year before)
_DEADLINE_YEAR = re.compile(r"\b(?:\w*frist\w*|deadline)\s+(?:i\s+|for\s+|in\s+)?((?:19|20)\d\d)\b(?!\s*[-./]\s*\d)"
                            r"(?!\s*-?\s*(?:kull\w*|intake|opptak\w*|cohort|class|start\w*|oppstart\w*)\b)")


def application_deadline(raw, start: str | None = None) -> str | None:
    """ISO date or None (see the module docstring)."""
    text = _text(raw)
    if not text:
        return None
    # "Søk innen 10. mai …; siste frist er 1. juni", "15. april - Utvidet frist i 2022: 20. april": the last one
    last = re.search(r"\b(?:siste|endeleg|endelig|final|extended|utvidet|utvida|forlenget|forlenga) (?:søknads)?frist\w*",
                     text)
    if last:
        text = text[last.start():]
    # the year said with the deadline's name: "Søknadsfrist 2024: 1. mars", "Utvidet frist i 2022: 20. april"
    said_year = _DEADLINE_YEAR.search(text)
    found = []
    for rx in (_DATE_ISO, _DATE_NUM, _DATE_DMY, _DATE_MDY):
        for m in rx.finditer(text):
            found.append((m.start(), m))
    for _, m in sorted(found, key=lambda x: x[0]):
        month_text = m.group("m")
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
        day = int(m.group("d"))
        year_text = m.group("y")
        if month is None:
            continue
        if year_text:
            year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        elif said_year and said_year.start() < m.start():    # (not "1. mars. Frister i 2023 kommer")
            year = int(said_year.group(1))
        else:
            year = deadline_year(start, month)
            if year is None:
                continue
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def after_deadline(raw, deadline: str | None) -> str | None:
    """A day and month without their year ("28. januar") dated on or after the application deadline
    ("2019-12-09" gives "28. januar 2020"); None without a deadline or a readable day and month."""
    try:
        closes = date.fromisoformat(str(deadline))
    except ValueError:
        return None
    m = _DATE_DMY.search(_text(raw))
    if not m or m.group("y"):
        return None
    month, day = _MONTHS[m.group("m").lower()], int(m.group("d"))
    year = closes.year if (month, day) >= (closes.month, closes.day) else closes.year + 1
    return f"{_text(raw)} {year}"


# A start's date said without its year: "Studiet starter torsdag 18.08 kl. 12.00", "Oppstart 20. august", "Start date:
# August 18th" (not a clock time: "kl. 12.00"; nor a date with its year, which the start term reads by itself).
_YEARLESS_DATE = re.compile(r"(?<![\d.:])(?<!kl\.\s)(?<!kl\s)(?<!kl\.)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\b(?![.:]?\d)"
                            rf"|\b\d{{1,2}}\.?\s*(?P<name>{MONTH_NAMES})\b(?!,?\s*\d)"
                            rf"|\b(?P<name2>{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I)


# A deadline or applying named before a date: "Søknadsfrist" in "Søknadsfrist 1.3, oppstart 20.8" (see dated_in).
_DEADLINE_BEFORE = re.compile(r"frist|deadline|søk|apply|application|påmelding|registration", re.I)


def dated_in(raw: str, year: str) -> str | None:
    """A start said by a date without its year, dated in `year` (the year the page's headings name, which
    crawler/extract.py finds): "torsdag 18.08" under "Velkommen til studiestart 2022" is "18.08.2022"; None when the
    text names no such date."""
    # not a deadline's date said before the start's: "Søknadsfrist 1.3, oppstart 20.8"
    m = next((m for m in _YEARLESS_DATE.finditer(raw or "")
              if not _DEADLINE_BEFORE.search(re.split(r"[,;]|\.\s", raw[:m.start()])[-1])), None)
    if m is None:
        return None
    if m.group("day"):
        day, month = int(m.group("day")), int(m.group("month"))
        return f"{day:02d}.{month:02d}.{year}" if 1 <= day <= 31 and 1 <= month <= 12 else None
    return f"{m.group('name') or m.group('name2')} {year}"


def deadline_year(start: str | None, month: int) -> int | None:
    """The year of a deadline in `month` said without its year, from the start term it is for: an autumn
    start's deadline after August is the year before's, a spring start's from August on too."""
    if not start or not re.fullmatch(r"\d{4}-(host|var)", str(start)):
        return None
    year, season = int(start[:4]), start[5:]
    if season == "host":
        return year if month <= 8 else year - 1
    return year - 1 if month >= 8 else year


_N = {"ett": 1, "eitt": 1, "ein": 1, "en": 1, "ei": 1, "et": 1, "eit": 1, "one": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4,
      "four": 4, "fem": 5, "five": 5, "seks": 6, "six": 6, "sju": 7, "åtte": 8, "eight": 8}
_NUMBER = r"\d{1,2}(?:[.,]5)?|" + "|".join(sorted(_N, key=len, reverse=True))
# Month counts said in words, whole semesters only ("seks måneder" is one semester).
_MONTH_WORDS = {"seks": 6, "six": 6, "atten": 18, "eighteen": 18}
_MONTH_COUNT_WORDS = "|".join(_MONTH_WORDS)
_DURATION = re.compile(
    rf"(?P<halfyear>(?<![\d/])(?<!\d\s)(?:½|1/2)|(?<!og )\bet halvt|(?<!og )\beit halvt|\bhalf a)\s*(?:års?|year)\b"
    rf"|(?<![\d,.–/-])(?P<n>{_NUMBER})\s*(?:-\s*)?(?P<unit>semestre|semestere|semesters?|semesteret|halvår|skuleår|skoleår|school years?|årige?|år|years?|studieår"
    r"|deltidsår|heltidsår|heiltidsår|part[- ]time years?|full[- ]time years?)\b"
    rf"|(?P<half>halvannet|halvtanna|ett og et halvt|eitt og eit halvt|one and a half|1\s+1/2|1\s*½)\s+(?:år|years?)\b"
    # a length in months, whole semesters only: "24 måneder på deltid", "over 12 months"
    rf"|(?<![\d,.–/-])(?P<months>\d{{1,2}}|tolv|twelve|(?<!\w)(?:{_MONTH_COUNT_WORDS}))\s*(?:-\s*)?(?:måneder|månader|months?|mnd\.?)(?!\w)", re.I)
# a range is no length: "2-3 år", "6 til 12 måneder", "from 18 to 24 months"
_RANGE = re.compile(rf"(?:{_NUMBER})\s*(?:-|–|til|to|or|eller)\s*(?:{_NUMBER})\s*(?:semest|år|years?|måned|månad|month|mnd)",
                    re.I)


# A bound, not a length: "inntil 3 år", "up to two years", "minst to år", "ett år eller mer", "two years or longer"
_BOUND_BEFORE = re.compile(r"\b(?:inntil|opptil|innen|innan|maks(?:imalt|imum)?|minst|minimum|up to|at least|at most|within"
                           r"|no more than|no less than)\s*$", re.I)
_BOUND_AFTER = re.compile(r"^\s*(?:eller|or)\s+(?:mer|meir|lenger|lengre|fleire|flere|more|longer)\b", re.I)


def open_length(text: str, start: int, end: int) -> bool:
    """Whether the length text[start:end] is a bound ("inntil 3 år", "ett år eller mer"), not the study's length."""
    return bool(_BOUND_BEFORE.search(text[:start]) or _BOUND_AFTER.match(text[end:]))


_FULL_TIME_NEAR = re.compile(r"\b(?:heltid|heiltid|full-time|full time)\b", re.I)
_PART_TIME_NEAR = re.compile(r"\b(?:deltid|part-time|part time)\b", re.I)


def bounded_length(raw) -> bool:
    """Whether the text states a length only as a bound ("ett år eller mer"): a length said, though no one length."""
    text = _text(raw)
    m = _DURATION.search(text) if text else None
    return bool(m and open_length(text, m.start(), m.end()))


# A value that is only a list of two or more terms: "Høst + vår", "2023 Høst, 2024 Vår", "høst og vår" (one semester
# each; not a span "høst 2025 - vår 2027", nor one term, which is a start, not a length).
_TERM_ITEM = rf"(?:(?:19|20)\d\d\s+)?(?:{SEASON_NAMES})(?:\s+(?:19|20)\d\d)?"
_TERM_LIST = re.compile(rf"^\s*{_TERM_ITEM}(?:\s*(?:\+|,|&|og|and)\s*{_TERM_ITEM})+\s*\.?\s*$", re.I)


def duration_semesters(raw) -> int | None:
    """Whole semesters or None (see the module docstring)."""
    text = _text(raw)
    if not text or _RANGE.search(text):
        return None
    if _TERM_LIST.match(text):
        items = re.split(r"\s*(?:\+|,|&|\bog\b|\band\b)\s*", text.strip().rstrip("."))
        return len(items) if 2 <= len(items) <= 16 else None
    m = _DURATION.search(text)
    if not m or open_length(text, m.start(), m.end()):
        return None
    # a length per pace: the full-time one ("4 år på deltid, 2 år på heltid", "Deltid over 4 år eller heltid over 2 år",
    # "6 years part-time / 3 years full-time")
    full = next((f for f in _DURATION.finditer(text) if _FULL_TIME_NEAR.search(text[max(0, f.start() - 12):f.end() + 12])),
                None)
    if full is not None and _PART_TIME_NEAR.search(text):
        m = full
    if m.group("halfyear"):
        return 1
    if m.group("months"):
        word = m.group("months").lower()
        months = 12 if word in ("tolv", "twelve") else _MONTH_WORDS[word] if word in _MONTH_WORDS else int(word)
        return months // 6 if months % 6 == 0 and 1 <= months // 6 <= 16 else None
    if m.group("half"):
        return 3
    token = m.group("n").lower()
    n = float(token.replace(",", ".")) if token[0].isdigit() else float(_N[token])
    unit = m.group("unit").lower()
    if unit.startswith("semest"):
        semesters = n
    elif unit == "halvår":
        semesters = n
    else:
        semesters = n * 2
    if semesters != int(semesters) or not 1 <= semesters <= 16:
        return None
    return int(semesters)
