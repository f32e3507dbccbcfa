"""Prose → facts: what a page states in sentences rather than under a label.

The third step of text-mode extraction, for the fields the labels did not give.
"Fullført studium gir 30 studiepoeng (ECTS)", "deltidsstudium over to semestre",
"fire samlinger à to dager", "Studiet koster kr 58 000", "Undervisningen foregår i
Bergen", "Oppstart høsten 2025", "Søknadsfrist 15. april": each finder returns the
phrase to normalise and the sentence it came from (`Fact(raw, "sentence", sentence)`).

Traps, by rule:
- credits of one module ("åtte emner, hvert på 7,5 studiepoeng"), of a larger programme the
  course belongs to ("inngår i masterprogrammet (120 studiepoeng)"), of a study required
  for admission, or of other studies (related sections, link cards) are not the offer's;
  of the rest a total ("totalt", "til sammen", "gir") wins, else the first;
- the semester fee is left to `domain.normalise.price_nok`, which never takes it for the price;
- a start or a deadline in a sentence that says it is past ("avsluttet", "var") is skipped;
- contact and address sections are not places.
"""

from __future__ import annotations

import re
from functools import lru_cache

from domain import normalise, when

from crawler.blocks import Line, clean
from crawler.facts import _LABEL_LINE, RECOMMENDED_KNOWLEDGE, Fact, campus_of_label, label_keys

_SENTENCE = re.compile(r"(?<!\bapprox\.)(?<!\bappr\.)(?<!\bca\.)(?<!\bomtr\.)(?<=[.!?])\s+(?=[A-ZÆØÅÉ«\"(])")   # (not "approx. NOK 15,000")
_NUM = r"\d{1,3}(?:[.,]\d{1,2})?"
# ("study points": the word-for-word English of studiepoeng on English pages, "gives 30 study points")
_UNIT = r"(?:studiepoeng|studiepoint|study points?\b|stp\b\.?|sp\b|ects(?:[- ]credits)?|fagskolepoeng|fp\b|credits?\b)"
CREDITS = re.compile(rf"(?<![\d.,])({_NUM})(?:\s*(?:-|–|til|eller|or|/)\s*({_NUM}))?\s*-?\s*{_UNIT}", re.I)
_PER_UNIT = re.compile(r"(?:\bhver(?:t|e)?\b|\bkvart?\b|\bper\b|\bpr\b\.?|\bà|\bá|\beach|\bkvart emne|\bhvert emne"
                       r"|\bemner? på|\bmodul(?:er|ar)? på|\bdelemne\w*|\b\w*(?:kursene|kursa|emnene|emna|modulene|modulane)"
                       r"(?:\s+\w+)? på"
                       # "For de fleste enkeltkurs på 7,5 studiepoeng …": most of several courses
                       r"|\b(?:de fleste|dei fleste|alle|most|all)\s+(?:\w+\s+)?(?:\w*kurs|\w*emne\w*|\w*modul\w*|courses|modules)"
                       r"\s+(?:på|of))\s*(?:\w+:?\s+){0,3}?"     # "Studiepoeng per emne: 5 studiepoeng"
                       # a range of the units' sizes: "Hvert emne gir mellom 10 og 20 studiepoeng"
                       r"(?:(?:mellom|between|fra|from)\s+\d{1,2}(?:[.,]5)?\s*(?:og|and|til|to|-|–)\s*)?$", re.I)
# A line that is only credits, maybe in a subject: "60 ECTS", "60 studiepoeng i biologi".
_BARE_CREDITS = re.compile(rf"^\s*{_NUM}\s*{_UNIT}(?:\s+(?:i|in|innen|within)\s+[^.]{{1,60}})?\.?\s*$", re.I)
# A programme structure's heading of a term: "1. semester", "Semester 3", "2. year", "3. studieår".
# (a table's row of them too: "Semester 1 Semester 2 Semester 3"; the season with it: "1. semester (høst)")
_ORDINAL = r"(?:\d{1,2}\.|\d{1,2}(?:st|nd|rd|th)|første|fyrste|andre|tredje|fjerde|femte|sjette|first|second|third|fourth|fifth|sixth)"
_TERM_HEAD = re.compile(rf"^(?:\s*(?:{_ORDINAL}\s*(?:semester|studieår|år|year)|semester\s+\d{{1,2}}|year\s+\d)"
                        r"(?:\s*\((?:høst|vår|haust|autumn|spring|fall)\))?\s*:?)+\s*$", re.I)
# One of a programme structure's courses: a name and its credits in brackets, no sentence ("Ocean Futures (15 ects)").
_COURSE_WITH_CREDITS = re.compile(rf"^[^.!?]{{3,90}}\(\s*{_NUM}\s*{_UNIT}\s*\)\s*$", re.I)
# What any one of the study's parts gives: "Studiet har 13 emner …; et emne gir 5, 10, 15 eller 20 studiepoeng",
# "a module is worth 10 ECTS".
# (only where the study has several of them, "13 emner", "modulene", and the title names none: not "Modul 2: Strategi")
_A_UNIT_GIVES = re.compile(r"(?:^|[;:,]\s*)(?:et|eitt|ett|eit|ein|en|one|a|an)\s+(?P<part>emne|modul|kurs|course|module)"
                           r"(?:\s+(?:i|in)\s+(?:studiet|programmet|the programme))?\s+(?:normalt\s+|normally\s+)?"
                           r"(?:gir|gjev|utgjør|utgjer|er på|gives|is worth|carries)\s+[^.;]{0,30}$", re.I)
_SEVERAL_PARTS = re.compile(r"\b(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|flere|fleire|several|many|two|three|four|five|six)"
                            r"\s+(?:\w+\s+)?(?:emner|emne|moduler|modular|modules|courses|kurs)\b"
                            r"|\b(?:emnene|emna|modulene|modulane|the modules|the courses)\b", re.I)
# "Studiet er ett emne på 15 studiepoeng": the one emne is the study itself, not one of several.
_ONE_EMNE = re.compile(r"\b(?:ett|et|eitt|one|a single)\s+emne på\s*$", re.I)
# "bestått eksamen i en modul gir 7,5 studiepoeng": one part's credits (the offer's only where the title
# names such a part: "Lederutdanning, modul 1").
_ONE_PART = re.compile(r"\b(?:i|for|in)\s+(?:en|ei|ett|et|eitt|one|a|each)\s+(?P<part>modul|emne|module|course|kurs)\b"
                       r"[^.;]{0,20}$", re.I)
# A line about one part of a programme: "1. studieår - 2 emner - 30 studiepoeng - kr 32 000", "2. semester: …".
_PART_LINE = re.compile(r"^\s*\d\.\s*(?:studieår|studieåret|semester|semesteret|år|året|year)\b", re.I)
# A sentence about one term or year of a longer study, the term opening it and its verb of content right after:
# "I det første semesteret tar alle de samme tre emnene, til sammen 30 studiepoeng", "In the first year you take 60 ECTS
# of core courses", "Year 1 consists of core courses worth 60 ECTS", "Andre og tredje semester gir til sammen 60
# studiepoeng" (that term's credits, not the study's; not a time: "Last year, more than 200 students took …", "Første
# semester emnet tilbys er høsten 2025"; nor a schedule's line: "Første år: 30 studiepoeng").
_ORDINAL_TERM = (rf"{_ORDINAL}(?:\s+(?:og|and)\s+{_ORDINAL})?\s+"
                 r"(?:semester\w*|studieår\w*|året|år|years?|terms?)"
                 r"|(?:year|semester|term)\s+(?:1|2|3|one|two|three)")
_TERM_SENTENCE = re.compile(rf"^\s*(?:(?:i|in|during)\s+)?(?:det\s+|the\s+)?(?:{_ORDINAL_TERM})\b(?!\s*:)"
                            r"(?:\s+(?:[\w-]+\s+){0,2}?)(?:tar|tek|består|omfattar|omfatter|har|gir|gjev|take|takes|consists?"
                            r"|comprises?|complete|completes|includes?|inneholder|inneheld)\b", re.I)
# The end of a term's clause: the study's own total may follow ("…, og hele studiet er 180 studiepoeng").
_CLAUSE_END = re.compile(r";|,\s*(?:og|and|men|but|mens|while)\b|\s(?:og|and)\s+(?:hele|heile|the whole|the programme"
                         r"|programmet|studiet)\b", re.I)
_LARGER = re.compile(r"\b(?:inngå\w*|del av|part of|bygge\w* på|byggjer på|bygg(?:e|je)r? vidare|videre til|"
                     r"vidare til|kan (?:inngå|tas som del)|forutset\w*|føreset\w*|fullført|gjennomført|"
                     r"tilsvarende|opptak til|admission to|leading to|counts? towards|telle\w* (?:med )?(?:i|mot)|"
                     r"godkjen\w* (?:som|i)|master(?:grad|program\w*|studi\w*)?\s+(?:i|på)\b)", re.I)
# The study said to be a master of that size, on its own page: "Det er en fullverdig master på 120 studiepoeng",
# "This is a master of 120 ECTS" (not a master it leads to: "Emnet kan inngå i en master på 120 studiepoeng").
_IS_A_MASTER = re.compile(r"\b(?:dette|det|den|studiet|programmet|utdanningen|utdanninga|this|it)\s+(?:er|is)\s+"
                          r"(?:en|ein|eit|et|a|an)\s+(?:[\w-]+\s+)?master\w*\s+(?:på|of|i)\s+[^.;]{0,40}$", re.I)
# Credits of a study one must already have, or a minimum: "bachelorgrad (180 studiepoeng)", "minimum 60 studiepoeng".
_REQUIRED = re.compile(r"(?:\bminimum|\bminst|\bmin\.|\bat least"
                       # (not the study's own: "The programme consists of no fewer than 120 credits")
                       r"|(?<!comprises )(?<!gives )(?<!has )(?<!is )(?<!of )\bno (?:fewer|less) than"
                       r"|\bnot (?:fewer|less) than|\bopptil"
                       r"|\binntil|\bmaks\w*|\bbachelorgrad\w*|\bmastergrad\w*"
                       r"|\bbachelor(?:['’´]s)? degree|\bgrad(?:en)?\b|\bfordypning|\bforkunnskap\w*|\bopptak\w*|\bkrav\w*"
                       r"|\bkreves|\bmå (?:du )?ha|\bfullført\w*|\bbestått\w*|\bavlagt|\bprerequisite\w*|\bmangler|\bmanglar"
                       r"|\blacking)[^.;]{0,45}$", re.I)
# A condition on what the reader already holds: "Har du utdanning på masternivå (300 sp), slipper du praksiskravet",
# "If you hold a bachelor's degree of 180 ECTS, …" (not "Har du lyst på en videreutdanning på 30 studiepoeng?").
# Credits inside the condition only: not after its clause ends ("Har du bachelorgrad i sykepleie, kan du ta denne
# videreutdanningen på 60 studiepoeng"), not a wish ("Har du tenkt på videreutdanning på 30 studiepoeng?"); the
# credits held themselves: "Har du 60 studiepoeng fra før, kan du …".
_IF_YOU_HOLD = re.compile(r"^\W*(?:har du|dersom du har|hvis du har|om du har|viss du har|if you (?:have|hold))\s+"
                          r"(?:$|(?!(?:lyst|tenkt|planer|plan|interesse|ønske|behov|spørsmål|lurt)\b)"
                          r"(?:\w+\s+){0,2}?(?:\w*utdanning\w*|\w*utdaning\w*|\w*grad(?:en|a)?\b|bachelor\w*|master\w*"
                          r"|degree|fagbrev)(?:(?!\b(?:kan|can|gir|gjev|er|is|som|which|gives|tar|take)\b)[^.;,?]){0,60}$)", re.I)
# … or further off when no verb stands between: "bachelorgrad pluss tilleggsutdanning i barnehagepedagogikk
# (60 sp. til sammen)" (but not "bachelorgrad kan du ta denne videreutdanningen, som gir 30 studiepoeng")
_REQUIRED_FAR = re.compile(_REQUIRED.pattern[:_REQUIRED.pattern.rindex("[^.;]")]
                           + r"(?:(?!\b(?:gir|gjev|er|is|har|has|som|which|gives|worth|utgjør|utgjer|omfatter"
                           r"|kan|can|tar|take)\b)[^.;]){0,75}$", re.I)
# "(10 studiepoeng)" after a course code or a part's name is that part's credits:
# "BED-3085 Å organisere og styre (10 studiepoeng)", "an elective course (10 ECTS)", "masteroppgave (30 sp)", a part
# named by "-delen": "Til idrettspsykologi-delen (20 studiepoeng) regnes …", "teoridelen (15 sp)".
_PART_OF = re.compile(r"(?:\b[A-ZÆØÅ]{2,8}-?\d{3,5}[A-Z]?\b[^()]{0,70}|\b(?:\w*emne\w*|courses?|\w*kurs\w*|modul\w*|modules?"
                      r"|\w*oppgave\w*|\w*avhandling\w*|\w*opplæringsdel\w*|thesis|praksis\w*|spesialisering\w*|fordypning\w*|electives?"
                      # (a compound or a hyphen, not "delen" alone: "Kurset er den første delen (15 sp) av en master")
                      r"|(?:\w+|(?<=-))del(?:en|a|ene|ane)"
                      # and its English twin, a part named by its kind: "the practical part (15 ECTS)" (not an ordinal:
                      # "the first part (15 ECTS) of a master's programme", nor "is part (15 ECTS)")
                      r"|(?i:\b(?!(?:first|second|third|fourth|fifth|final|last|one|a|an|the|this|that|its|is|our|main"
                      r"|integral|same|other|larger|initial|key|important)\b)[a-z-]+\s+parts?)))\s*\($")
# A part of a programme named before its credits: "a thesis worth 45 ECTS", "a stream of your choice worth
# 15-20 ECTS", "masteroppgåva på 30 studiepoeng", "valgfrie emner på 10 studiepoeng", "a 45-credit major" (after).
_PART_NOUN = (r"(?:\w*oppgave(?:n|r|ne)?\b|\w*oppgåv[ea]\w*|thesis|dissertation|\w*avhandling\w*"
              r"|\w*opplæringsdel\w*|training (?:component|part)"
              r"|\w*praksis(?:en|periode\w*|del\w*|studi\w*|emne\w*)?\b|spesialisering\w*|specialisation"
              r"|specialization|valgemne\w*|valgfri\w*|valfri\w*|electives?|stream|major|minor|studieretning\w*)")
# the study itself between a part word and the figure: "Praksisnær videreutdanning på 30 studiepoeng" is the offer's
_STUDY_NOUN = r"\w*(?:utdanning|studium|studiet|program|programme|kurs|kurset|course|emne|emnet|master|bachelor)\w*\b"
# ("with coursework worth 90 ECTS credits and a thesis worth 30": coursework a part when its worth is said)
_PART_WORTH = re.compile(rf"\b(?:{_PART_NOUN}|coursework|course work)(?:\s+(?!og\b|and\b|har\b|has\b|er\b|is\b|gir\b|gives\b|{_STUDY_NOUN})[\w'’-]+){{0,3}}"
                         r"\s+(?:worth|of|på|with|som gir|som utgjør|som utgjer|carrying)\s*$", re.I)
# after the figure: "a 45 ECTS major", "45 ECTS of electives", "a 30 ECTS master's thesis", "22,5 ECTS of which …"
_PART_AFTER = re.compile(rf"\s*(?:(?:of|i|in)\s+)?(?:(?:master|bachelor)['’]?s?\s+)?{_PART_NOUN}\b"
                         r"|\s*(?:of which|hvorav|herav|av disse|av desse)\b(?!\s*\d)", re.I)   # (not "60 studiepoeng hvorav 15 …")
# A title that names a part as the offer: "Masteroppgave i helseledelse", "Master thesis in health management",
# "HSH500 Praksis i ledelse" (not "Master i ledelse og praksis", "Veiledning i praksis": a word of the subject).
_TITLE_PART = re.compile(rf"^\W*(?:[A-ZÆØÅ]{{2,8}}-?\d{{3,5}}[A-Z]?\s*[-–:]?\s*)?(?:master\w*\s+|bachelor\w*\s+)?{_PART_NOUN}",
                         re.I)
# the part word inside the study's own name: "Videreutdanningen i veiledning og praksis på 30 studiepoeng"
# (no verb or article between: "Masterprogrammet i helse har en masteroppgave på 30 studiepoeng" is a part)
_STUDY_NAMED = re.compile(rf"\b{_STUDY_NOUN}\s+(?:i|in|om|on)\s+"
                          r"(?:(?!(?:har|has|have|er|is|består|consists?|gir|gives?|includes?|inkluderer|omfatter|med|with"
                          r"|en|ei|et|ein|eit|a|an|the|der|hvor|where|som|which)\b)[\w-]+\s+){0,4}$", re.I)


def _part_worth(before: str) -> bool:
    """Does the text before a credit figure end in a part of a programme and its worth ("a thesis worth"),
    the part not being a word of the study's own name?"""
    tail = before[-80:]
    m = _PART_WORTH.search(tail)
    return bool(m) and not _STUDY_NAMED.search(before[:len(before) - len(tail) + m.start()])
# A line that starts with a course code: "LPU-3010 Ledelse i utdanningsinstitusjoner 1 15 stp" is that course's
# credits (a programme's part, an overlapping course) unless the title names that code or course.
# (not a name and a year: "KS 2023: Lederkurset gir 10 studiepoeng")
_CODE_LINE = re.compile(r"^\s*(?!NOK|KR\b|ECTS|STP\b|SP\b)([A-ZÆØÅ]{2,8})[- ]?(?!(?:19|20)\d\d\b)(\d{3,5}[A-Z]?)\b\s*[-–:]?\s*(.*)$")


def _other_course(sentence: str, title: str) -> bool:
    m = _CODE_LINE.match(sentence)
    if not m:
        return False
    own = {f"{a}{b}".upper() for a, b in _CODE.findall(title)}
    if f"{m.group(1)}{m.group(2)}".upper() in own:
        return False
    # the same name under another code is another course ("GEO-105 Petrologi 6 stp" on the page of "GEO-2004 Petrologi")
    name = CREDITS.split(m.group(3))[0].strip(" -–:,(").lower()
    return not (name and name in title.lower()) or bool(own)


# A course code anywhere in a title: "GEO-2004 Petrologi", "Petrologi (GEO-2004)", "PED3001E".
_CODE = re.compile(r"\b([A-ZÆØÅ]{2,8})[- ]?(\d{3,5}[A-Z]?)\b")
# A sentence listing the parts a study is made of: "Programmet består av obligatoriske emner på 50 studiepoeng,
# valgfrie emner på 10 studiepoeng og en masteroppgave på 30 studiepoeng" (the sum, 90, is the total).
_COMPOSED = re.compile(r"\b(?:består av|består|er sett saman av|er satt sammen av|consists? of|(?:is|are) made up of"
                       r"|components are|is composed of|comprises)\b", re.I)
# several parts of one size ("tre moduler", "two courses of"): the sum of the figures is not the total
_COUNTED_PARTS = re.compile(r"\b(?:to|two|tre|three|fire|four|fem|five|seks|six|sju|seven|åtte|eight|[2-9])\s+(?:\w+\s+)?"
                            r"(?:emner|emne|moduler|modular|kurs|delemner|courses|modules|parts|deler)\b", re.I)
# "Credits (ECTS): 120" inside a line of several facts ("… /Duration: 2 year(s) / Credits (ECTS): 120")
_INLINE_LABEL = re.compile(r"\b(?:studiepoeng|credits|ects credits|ects)(?:\s*\((?:ects|sp|stp|studiepoeng)\))?\s*:\s*"
                           r"(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]*\s*(?:%|kr\b|nok\b))", re.I)
# "Fullført studium gir 30 studiepoeng": what completing this study gives, not a study one must have.
_COMPLETION = re.compile(r"\b(?:fullført|fullførte|bestått|gjennomført|completed?|completing)\s+(?:\w+\s+)?"
                         r"(?:studium|studiet|utdanning\w*|program\w*|kurs\w*|emne\w*|videreutdanning\w*"
                         r"|vidareutdanning\w*|studies|programme|course)\s+(?:gir|gjev|gives|awards?|yields?)\s*$"
                         # "Bestått eksamen gir 15 studiepoeng", "a passed exam in the module gives 10 ECTS"
                         r"|\b(?:bestått|passed)\s+(?:eksamen|exam)\b[^.;]{0,30}?\s(?:gir|gjev|gives|awards?)\s*$", re.I)
# The degree one holds once the study is completed: "Når du har fullført og bestått, har du en bachelorgrad på",
# "After completing the programme, you will have a bachelor's degree of" (not an applicant's: "Har du en bachelorgrad på";
# nor a specialisation made of two courses: "har du en fordypning på 60 studiepoeng").
_COMPLETED_HOLDS = re.compile(r"\b(?:når|etter at|etter|after|when|once)\s+(?:du\s+|you\s+)?(?:har\s+|have\s+)?"
                              r"(?:fullført|bestått|gjennomført|completed?|completing|finished|finishing)\b[^.;]{0,50}?"
                              r"\s(?:har du|får du|vil du ha|you (?:will )?(?:have|hold|get|receive|earn))\s+(?:en|ein|ei|a|an)\s+"
                              r"(?:\w+\s+)?(?:bachelorgrad|mastergrad|grad|bachelor['’]?s? degree|master['’]?s? degree|degree)"
                              r"\s+(?:på|of|worth)\s*$", re.I)
# A top-up to a degree: the degree's size is not the top-up's ("Når du har fullført påbyggingen, har du en bachelorgrad
# på 180 studiepoeng").
_TOP_UP = re.compile(r"påbygg\w*|top[- ]up", re.I)
# The study's own figure in a clause after a degree: "Programmet fører fram til en mastergrad og består av 120
# studiepoeng", "Kurset er godkjent som en del av mastergraden og gir 10 studiepoeng".
_AND_GIVES = re.compile(r"(?:\bog|\band|,)\s+(?:\w+\s+){0,2}?(?:gir|gjev|gives|består av|omfatter|omfattar|utgjør|utgjer"
                        r"|consists of|comprises|er på|is worth)\s+(?:totalt\s+|til sammen\s+|in total\s+)?$", re.I)
# The page's own degree as the subject of its figure, no requirement: "At HVL the bachelor's degree is organised as
# a full-time study of 180 credits", "Bachelorgraden er på 180 studiepoeng" (not "a bachelor's degree of 180 credits"
# an applicant must have, nor "Bachelorgraden er et krav …", "… der bachelorgraden er på minst 180 studiepoeng",
# "The bachelor's degree is a prerequisite of 180 credits").
# Nynorsk too: "Bachelorgrada er på 180 studiepoeng".
_THE_DEGREE_IS = re.compile(r"\b(?:the (?:bachelor|master)['’]s degree|(?:bachelor|master)grad(?:en|a))\s+(?:is|er)\b"
                            r"(?:(?!\b(?:krav\w*|required?|requirements?|must|må|opptak|admission|applicants?|søkere|søkjarar"
                            r"|minst|minimum|at least|prerequisites?|forutsetning\w*|føresetnad\w*|grunnlag\w*|basis)\b)[^.;]){0,60}$",
                            re.I)
_TOTAL_ROW = re.compile(r"^(?:totalt?|til sammen|tilsammen|til saman|sum|i alt|total)\s*:?$", re.I)
_COMPARED = re.compile(r"\b(?:over|mer enn|meir enn|more than|utover|ut over|under|mindre enn|less than)\s*$", re.I)
_TOTAL = re.compile(r"\b(?:totalt|til sammen|tilsammen|til saman|samlet|samla|i alt|hele (?:studiet|programmet|utdanningen)"
                    r"|heile|gir|gjev|gir deg|utgjør|utgjer|er på|har et omfang|har eit omfang|omfang på|omfattar|"
                    r"omfatter|in total|worth|gives|awards?|is a \d|består av|består av)\b", re.I)

# Credits said to be a share of the whole study: "15 studiepoeng av studiet", "20 ECTS of the programme".
_SHARE_OF_STUDY = re.compile(r"\s*(?:av|of)\s+(?:the\s+)?(?:studiet|programmet|studieprogrammet|utdanningen|utdanninga"
                             r"|masterprogrammet|masterstudiet|bachelorstudiet|programme|program|degree|study)\b", re.I)

_SKIP_SECTIONS = ("admission", "apply")        # section keys whose numbers belong to other studies


def sentences(lines: list[Line], *, skip_keys=(), unless_keys=()) -> list[tuple[str, Line]]:
    """The sentences of the page's own text lines (not related sections, not links), each
    with its line; lines in sections whose heading names one of `skip_keys` are left out, unless it
    names one of `unless_keys` too."""
    out = []
    left = None                             # a skipped section that a heading-like text line has left
    for line in lines:
        kicker = line.kind == "heading" and line.level == 6 and not line.section and label_keys(line.text) is None
        if line.related or (line.kind not in ("text", "item", "label") and not kicker):
            continue                        # a kicker: a short line atop the page ("Masterprogram på deltid")
        section_keys = set(label_keys(line.section) or ()) if skip_keys and line.section else set()
        if line.section != left and section_keys & set(skip_keys) and not section_keys & set(unless_keys):
            if line.kind == "text" and _heading_like(line.text, skip_keys):
                left = line.section         # "Programme structure" as a text line ends the admission part
            else:
                continue
        text = f"{line.text}: {line.value}" if line.kind == "label" and line.value else line.text
        if is_contents(text):
            continue                        # a document's table of contents run into one line: no facts
        out.extend((s, line) for s in _split_sentences(text))
    return out


@lru_cache(maxsize=16384)
def _split_sentences(text: str) -> tuple[str, ...]:
    """A line's sentences, cleaned (cached: each finder asks for the page's sentences again)."""
    return tuple(c for c in map(clean, _SENTENCE.split(text)) if c)


# A table of contents, with a page number before it and a numbered heading after: "2 Innhold 1 Bakgrunn
# Rammebetingelser …", "Innholdsfortegnelse 1. Innledning", "Contents 1 Introduction".
# (a run of headings, with no sentence's punctuation: not "Innhold 4 Moduler: ledelse, etikk …")
_CONTENTS = re.compile(r"^\s*(?:\d{1,3}\s+)?(?i:innhold|innhald|innholdsfortegnelse|innhaldsliste|contents|table of contents)"
                       r"\s+\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÆØÅ][^.,:;!?]{40}")


def is_contents(text: str) -> bool:
    """Is the text a table of contents (no sentence of the study, nor of its description)?"""
    return bool(_CONTENTS.match(text))


# Headings of a study's own description, written as text lines ("Programme structure", "Oppbygging").
_OWN_PART = re.compile(r"^(?:programme structure|course structure|structure|oppbygging|oppbygning|struktur"
                       r"|studiets (?:oppbygging|oppbygning|innhold)|innhold|innhald|content|organisering\w*)$", re.I)


def _heading_like(text: str, skip_keys) -> bool:
    """Is a text line a heading of another part than the skipped one: short, no sentence, and
    a label of another field or a part of the study's own description?"""
    text = text.strip().rstrip(":")
    if len(text) > 40 or text.endswith("."):
        return False
    keys = label_keys(text)
    return bool(_OWN_PART.match(text) or (keys and not set(keys) & set(skip_keys)))


# A lead-in to what an applicant must have: "I tillegg kreves det minst", "Opptakskrav:", "Entry requirements" (not what
# finishing the study takes: "Dette kreves for å fullføre", "Course requirements", "Krav for å bestå").
_ADMISSION_LEAD = re.compile(r"\bopptak|\badmission|\bentry requirement|\b(?:kreves|krevst|krav)\b|\bmå (?:du )?ha\b", re.I)
_COMPLETION_LEAD = re.compile(r"fullfør|bestå|complet|graduat|\bpass\b|course requirement|arbeidskrav", re.I)
# A sentence about admission: credits and lengths in it are what an applicant must have.
_ADMISSION_WORDS = re.compile(r"\bopptak|\bkrav\b|\bkreves\b|\bmå ha\b|\brequire", re.I)


# A part's name before its number in a title: "Fordypning 1 - 15 stp", "Innføringskurs 1 - 20 stp", "Modul 2 -15 sp"
# (not a subject before a range: "Veiledning av praksisstudenter 5 - 10 studiepoeng").
_PART_WORD_BEFORE = re.compile(r"\b(?:fordypning|fordjuping|modul|module|del|part|trinn|nivå|level|innføringskurs|kurs"
                               r"|emne|samling|semester)\s+$", re.I)


def title_credits(title: str) -> str | None:
    """Credits the title states for the offer ("Modul 5 – Juss for ledere (7,5 sp)"), not per part
    ("tre moduler à 10 sp")."""
    for m in CREDITS.finditer(title or ""):
        if not _PER_UNIT.search(title[:m.start()][-40:]):
            found = m.group(0)
            numbered = re.match(rf"[1-9]\s+[-–]\s*(?={_NUM})", found)
            if numbered and _PART_WORD_BEFORE.search(title[:m.start()]):
                found = found[numbered.end():]  # "Fordypning 1 - 15 stp": a part's number, then the size (no range)
            return found
    return None


# The size of each module where a sentence gives a programme's total and its modules: "90 studiepoeng totalt, fordelt
# på tre moduler á 20 studiepoeng" (on the page of one of the modules, its own credits), "three modules of 10 ECTS".
_EACH_MODULE = re.compile(rf"\b(?:moduler|modular|modulene|modulane|modules)\s+(?:à|á|a|på|of|worth)\s+"
                          rf"(?P<credits>(?<![\d.,]){_NUM}\s*{_UNIT})", re.I)


def module_credits(sentence: str) -> str | None:
    """The credits of each module a sentence names ("… fordelt på tre moduler á 20 studiepoeng": "20 studiepoeng")."""
    m = _EACH_MODULE.search(sentence or "")
    return m.group("credits") if m else None


def page_title(lines: list[Line]) -> str:
    """The text of the page's first h1, or ""."""
    return next((line.text for line in lines if line.kind == "heading" and line.level == 1), "")


def title_names_a_part(title: str) -> bool:
    """Does the title name a part of a programme as the offer ("Masteroppgave i helseledelse", "Master thesis in …")?"""
    return bool(_TITLE_PART.match(title))


def credits(lines: list[Line]) -> Fact | None:
    """The offer's credits stated in prose (see the module docstring for the traps)."""
    strip = _strip_credits(lines)
    if strip is not None:                   # the one credits item of a strip of the study's key facts
        return strip
    candidates: list[tuple[bool, str, str]] = []
    # a value line under a line that says total ("Totalt" / "90 studiepoeng", a table row's cells)
    under_total = {id(line) for prev, line in zip(lines, lines[1:])
                   if prev.kind in ("text", "label", "heading") and _TOTAL_ROW.match(prev.text)}
    # a line right under a semester's or a year's heading in a programme's structure ("4. semester" / "Ocean
    # Futures (15 ects)"): one of its courses
    under_term: set[int] = set()
    in_term = False
    for line in lines:
        if _TERM_HEAD.match(line.text):
            in_term = True
        elif in_term and _COURSE_WITH_CREDITS.match(line.text):
            under_term.add(id(line))
        else:
            in_term = False
    # a value line under an admission label line ("Required Previous Knowledge" / "60 ECTS"): the applicant's
    # (or a recommended one's, a known label of no field: "Anbefalte forkunnskaper" / "60 studiepoeng i biologi"; not a
    # sentence: "None. The course gives 10 ECTS.")
    under_admission = {id(line) for prev, line in zip(lines, lines[1:])
                       if prev.kind in ("text", "label") and not prev.value and _BARE_CREDITS.match(line.text)
                       and (label_keys(prev.text) == ("admission",)
                            or prev.text.strip().rstrip(":").strip().lower() in RECOMMENDED_KNOWLEDGE)}
    title = page_title(lines)
    title_part = bool(_TITLE_PART.match(title))   # "Masteroppgave i helseledelse": the part is the offer
    parts: list[str] = []           # sentences that give only a part's credits
    counted: list[tuple[str, str]] = []     # (total, sentence) of a counted number of equal parts and no total
    in_items: list[bool] = []       # per plain candidate: found in a list item
    at: dict[str, int] = {}         # sentence -> id of its line
    for sentence, line in sentences(lines, skip_keys=_SKIP_SECTIONS):
        at.setdefault(sentence, id(line))
        if id(line) in under_admission:
            continue
        if id(line) in under_term and CREDITS.search(sentence):
            parts.append(sentence)
            continue
        low = sentence.lower()
        if _ADMISSION_WORDS.search(low) and not _TOTAL.search(low):
            continue
        if line.kind == "item" and line.section and _ADMISSION_LEAD.search(line.section) \
                and not _COMPLETION_LEAD.search(line.section) and not _TOTAL.search(low):
            continue                    # an item under "I tillegg kreves det minst": "10 studiepoeng innen metode"
        if _PART_LINE.match(sentence):
            continue
        if _TERM_SENTENCE.match(sentence) and CREDITS.search(_CLAUSE_END.split(sentence, 1)[0]):
            parts.append(sentence)
            continue
        if _other_course(sentence, title):
            continue                    # (no sign of a study's page: a listing of courses has such lines)
        if sentence.rstrip().endswith("?") and _WH_QUESTION.match(sentence):
            continue                    # a question about credits: "How much is 20/30/40 ECTS credits?" (not "Har du
            #                             tenkt på videreutdanning på 30 studiepoeng?", which offers them)
        shown = _shown_total(sentence)
        if shown:
            candidates.append((True, shown, sentence))
            continue
        summed = _sum_of_parts(sentence)
        if summed:
            candidates.append((True, summed, sentence))
            continue
        for m in _INLINE_LABEL.finditer(sentence):
            if not re.match(r"\s*(?:per|pr\.|each|hver\w*|kvar\w*)\b", sentence[m.end():], re.I):
                candidates.append((False, f"{m.group(1)} studiepoeng", sentence))    # (not "Credits: 7.5 per course")
        for m in CREDITS.finditer(sentence):
            before = sentence[:m.start()]
            if _COMPLETED_HOLDS.search(before) and not _TOP_UP.search(sentence):
                candidates.append((False, m.group(0), sentence))
                in_items.append(line.kind == "item")
                continue                # "Når du har fullført, har du en bachelorgrad på 180 studiepoeng": the study's,
                #                         unless the study names a size of its own (a plain candidate, not a total)
            required = (_REQUIRED.search(before[-60:]) or _REQUIRED_FAR.search(before[-90:]) or _IF_YOU_HOLD.search(before)) \
                and not _COMPLETION.search(before[-60:]) and not _AND_GIVES.search(before[-60:]) \
                and not _THE_DEGREE_IS.search(before[-90:])
            unit = _A_UNIT_GIVES.search(before[-60:])
            per_unit = _PER_UNIT.search(before[-40:]) and not _ONE_EMNE.search(before[-40:]) \
                or unit and _SEVERAL_PARTS.search(before) and not re.search(rf"\b{unit.group('part')}", title, re.I)
            one_part = _ONE_PART.search(before[-60:])
            if one_part and re.fullmatch(r"\s*(?:på|of|worth|with)\s*", one_part.string[one_part.end("part"):]):
                one_part = None         # "Studiet er organisert i ett emne på 30 studiepoeng": the study is the one part
            if one_part and not re.search(rf"\b{one_part.group('part')}", title, re.I):
                parts.append(sentence)
                continue                # "bestått eksamen i en modul gir 7,5 studiepoeng", not on the module's page
            if per_unit and not required:
                total = _counted_total(sentence, m)
                if total:
                    counted.append((total, sentence))  # "Studiet er delt i to emne på 15 studiepoeng kvar": 30
            if per_unit or required:
                continue
            if _PART_OF.search(before[-80:]) or not title_part and (
                    _part_worth(re.sub(r"\s*\([^()]*\)", "", before))
                    or _PART_AFTER.match(sentence[m.end():])):
                parts.append(sentence)
                continue                # "a thesis worth 45 ECTS", "six compulsory courses (60 ECTS)", "a 45-credit major"
            if _COMPARED.search(before):
                continue                # "ingen lederutdanning over 30 studiepoeng": a comparison
            if _TAKEN_BY_YOU.match(sentence, m.end()) or _AT_MOST.search(before[-25:]):
                continue                # "ut fra de 150 studiepoengene du har tatt", "høyst 5 studiepoeng": an applicant's
            if _LARGER.search(before) and not _TOTAL.search(before) and not _IS_A_MASTER.search(before):
                continue
            after = sentence[m.end():m.end() + 30].lower()
            if re.match(rf"{_UNIT_TAIL}\s*(?:hver|kvar|per|pr\.|each|i hvert|i kvart)\b", after, re.I):
                continue
            if re.match(r"\s*(?:\([^)]*\)\s*)?(?:eller|or|og) (?:mer|meir|more|over|oppover|above)\b", after):
                continue                # "kurs på 15 studiepoeng eller meir": a threshold
            if re.match(r"\s*(?:med\s+)?(?:fordypning|fordjuping|specialisation|specialization)\b", after):
                continue                # "80 studiepoeng fordypning i samfunnsfag": what an applicant must have
            if _SHARE_OF_STUDY.match(after):
                parts.append(sentence)
                continue                # "Praksis utgjør 15 studiepoeng av studiet": a part's share of the whole
            total = bool(_TOTAL.search(before[-60:])) or id(line) in under_total or bool(
                line.kind == "label" and _TOTAL_ROW.match(line.text)) or bool(
                _SAID_TOTAL_AFTER.match(sentence, m.end()) or _ALL_OF.search(before[-20:]))
            candidates.append((total, m.group(0), sentence))
            in_items.append(line.kind == "item")
    if candidates and not any(c[0] for c in candidates) and all(in_items) and len(in_items) == len(candidates) \
            and len({normalise.credits(c[1]) for c in candidates}) >= 3:
        parts.append(candidates[0][2])  # a list of three or more parts' sizes ("12 uker | 9 studiepoeng",
        candidates = []                 # "22 uker | 17 studiepoeng", …) and no total: none is the offer's
    # (a heading after the running text's figures is another study's: "Les også" / "Masterprogram i … (120 sp)")
    order = {id(line): i for i, line in enumerate(lines)}
    first = min((order[at[c[2]]] for c in candidates if c[2] in at), default=len(lines))
    first = min([first] + [order[at[p]] for p in parts if p in at])
    headed = _heading_credits(lines[:first])
    if not candidates and not headed and counted and len({c[0] for c in counted}) == 1:
        return Fact(counted[0][0], "sentence", counted[0][1])   # the parts counted, and no size of the whole
    if not candidates:
        # Only parts' credits: no figure for the offer, but a sign of a credit-bearing study's page
        # (an empty raw: recognition counts it, the record gets no credits).
        return _no_credits(lines) or headed or (Fact("", "sentence", parts[0]) if parts else None)
    if headed and not any(c[0] for c in candidates):
        return headed                   # "BACHELORSTUDIUM (180 STUDIEPOENG)" over a figure of running text with no total
    values = {re.sub(r"\s+", " ", c[1].lower()) for c in candidates}
    if len(values) == 1:
        return Fact(candidates[0][1], "sentence", candidates[0][2])
    totals = [c for c in candidates if c[0]]
    whole = [c for c in totals if _WHOLE_STUDY.search(c[2].split(c[1])[0][-60:])]
    pick = whole[0] if whole else totals[0] if totals else candidates[0]
    return Fact(pick[1], "sentence", pick[2])


# The whole study named before its size, which wins over a total said of a part ("Emne som gir 5 studiepoeng: kr
# 18.000" before "Hele programmet på 90 studiepoeng kommer dermed på kr 231.000").
_WHOLE_STUDY = re.compile(r"\b(?:hele|heile)\s+(?:studiet|programmet|utdanningen|utdanninga|graden|masterprogrammet"
                          r"|masterstudiet|bachelorprogrammet|studieprogrammet)\b|\bthe (?:whole|entire|full) (?:programme"
                          r"|program|degree|study)\b", re.I)


# A heading that names the study and its size: "BACHELORSTUDIUM (180 STUDIEPOENG)", "Bachelorstudium heiltid over tre
# år (180 studiepoeng):", "Master's programme (120 ECTS)" (not a part: "Emne 1 (15 sp)", "Praksis (20 sp)").
_STUDY_HEADING = re.compile(r"\b(?:\w*studium|\w*studiet|\w*utdanning\w*|\w*program\w*|bachelor\w*|master\w*"
                            r"|årsstudi\w*|degree)\b[^()]{0,60}\(\s*(?P<credits>" + _NUM + r"\s*" + _UNIT + r")\s*\)\s*:?$", re.I)


# A heading that names the study the offer belongs to: "Del av Masterprogram i helseledelse (120 studiepoeng)",
# "Inngår i: Master i …", "Part of the Master of … (120 ECTS)".
_PARENT_HEADING = re.compile(r"\W*(?:del av|en del av|ein del av|inngår i|inngår som del av|inngår|høyrer til|hører til"
                             r"|tilhører|(?:a )?part of|included in|belongs to)\b", re.I)


def _heading_credits(lines: list[Line]) -> Fact | None:
    """The credits the page's headings give its study, when they agree ("BACHELORSTUDIUM (180 STUDIEPOENG)")."""
    found = [(m.group("credits"), line.text) for line in lines
             if line.kind == "heading" and line.level > 1 and not line.related
             and not _PART_OF.search(line.text[:line.text.rfind("(") + 1]) and not _PARENT_HEADING.match(line.text)
             and (m := _STUDY_HEADING.search(line.text))]
    values = {normalise.credits(raw) for raw, _ in found}
    if len(values) != 1:
        return None
    return Fact(found[0][0], "sentence", found[0][1])


# A question of what or how much: "How much is 20/30/40 ECTS credits?", "Hva er 30 studiepoeng?".
# (what an amount is worth: not "Hva lærer du i videreutdanningen på 30 studiepoeng?")
_WH_QUESTION = re.compile(r"^\W*(?:how much|what) (?:is|are)\b|^\W*(?:hva|kva|hvor mye|kor mykje) (?:er|utgjør)\b", re.I)


# Credits the applicant has taken, said after them: "de 150 studiepoengene du har tatt", "the 120 credits you have
# completed".
_TAKEN_BY_YOU = re.compile(r"\w*\s+(?:som\s+|that\s+)?(?:du|you|søkeren|the applicant)\s+(?:har|have|has)\s+(?:\w+\s+)?"
                           r"(?:tatt|fullført|bestått|avlagt|oppnådd|taken|completed|passed|earned)\b", re.I)


# A limit on credits: "Av disse kan høyst 5 studiepoeng være i matematikk", "at most 10 ECTS" (a rule, not the offer's).
_AT_MOST = re.compile(r"\b(?:høyst|høgst|maks(?:imalt)?|max(?:imum)?|at most|no more than|ikke mer enn|ikkje meir enn)\s*$",
                      re.I)


# The total said beside the parts: "…, til sammen 30 studiepoeng", "a total of 60 ECTS", "60 ECTS in total".
_SAID_TOTAL = re.compile(r"\b(?:totalt|til sammen|tilsammen|til saman|i alt|samlet|samla|in total|a total of|altogether)"
                         r"\s*(?:\w+\s+)?$", re.I)
# A second name of the unit after the figure: "30 credits/ECTS each semester" (the "each" is the figure's).
_UNIT_TAIL = r"(?:\s*/\s*(?:ECTS|credits|studiepoeng|stp|sp)\b)?"
# The total said after the figure: "180 credits/ECTS in all", "60 studiepoeng til sammen".
_SAID_TOTAL_AFTER = re.compile(rf"{_UNIT_TAIL}\s*(?:in total|in all|totalt|til sammen|til saman|i alt|altogether)\b", re.I)
# Every credit of the offer, just before the figure: "Fullfører du alle 120 studiepoeng", "all 90 ECTS".
_ALL_OF = re.compile(r"\b(?:alle|all|all the|the full|the whole|hele|heile)\s*$", re.I)


# A total written with its parts beside it: "30 (15 + 15) studiepoeng", "60 / 30 + 30 stp" (only when they add up).
_SHOWN_PARTS = re.compile(rf"(?<![\d.,])({_NUM})\s*(?:/\s*|\(\s*)({_NUM}(?:\s*\+\s*{_NUM})+)\s*\)?\s*{_UNIT}", re.I)


def _shown_total(sentence: str) -> str | None:
    """The total of "30 (15 + 15) studiepoeng" when its parts add up to it."""
    for m in _SHOWN_PARTS.finditer(sentence):
        parts = [float(x.replace(",", ".")) for x in re.split(r"\s*\+\s*", m.group(2))]
        if abs(sum(parts) - float(m.group(1).replace(",", "."))) < 0.01:
            return f"{m.group(1)} studiepoeng"
    return None


_COUNTS = {"to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4}
# A counted number of a study's equal parts before their credits: "to emne á 15 studiepoeng", "Det er to emner i studiet,
# hvert på 15 studiepoeng", "4 moduler, og hver av dem gir 7,5 studiepoeng", "Fire frittstående emner á 15 studiepoeng".
_COUNTED_EQUAL = re.compile(r"\b(?P<n>to|two|tre|three|fire|four|[2-4])\s+(?P<free>frittstående\s+|frittståande\s+|free-standing\s+)?"
                            r"(?:obligatoriske\s+)?(?:emner|emne|moduler|modular|delemner|modules|courses)\b"
                            r"(?:\s+(?:i|in)\s+(?:studiet|programmet|the programme))?"
                            r"(?:\s*,?\s*(?:og\s+)?(?:hver(?:t|e)?|kvar(?:t)?|each)(?:\s+av\s+dem)?\s+(?:på|gir|gjev|of|worth|gives)"
                            r"|\s+(?:à|á|a|på|of|worth))\s*$", re.I)


def _counted_total(sentence: str, m: re.Match) -> str | None:
    """The whole a sentence gives by counting equal parts: two to four parts, each of the credits at `m` (the count
    right before them, a comma and "hver på" between; no other credits in the sentence); a range from one part to
    all when the parts are free-standing ("Fire frittstående emner á 15 studiepoeng": 15–60). None otherwise."""
    counted = _COUNTED_EQUAL.search(sentence[:m.start()])
    if counted is None or m.group(2) or len(CREDITS.findall(sentence)) > 1:
        return None                     # (not one sort of part among others: "tre moduler på 20 studiepoeng og en
        #                                 masteroppgave på 30 studiepoeng")
    n = _COUNTS.get(counted.group("n").lower()) or int(counted.group("n"))
    each = float(m.group(1).replace(",", "."))
    if counted.group("free"):
        return f"{each:g}–{n * each:g} studiepoeng"
    return f"{n * each:g} studiepoeng"


def _sum_of_parts(sentence: str) -> str | None:
    """The total of a sentence that lists a study's parts with their credits, two or more of them
    ("består av obligatoriske emner på 50 studiepoeng, valgfrie emner på 10 studiepoeng og en
    masteroppgave på 30 studiepoeng": 90), or the total it says ("…, til sammen 30 studiepoeng"); None when a figure is a range, per part ("tre moduler à
    20 studiepoeng") or comes before the list starts ("er på 90 studiepoeng, fordelt på …")."""
    composed = _COMPOSED.search(sentence)
    if not composed or _COUNTED_PARTS.search(sentence):
        return None
    found = list(CREDITS.finditer(sentence))
    if len(found) < 2 or not re.search(r"[^\W\d]", sentence[composed.end():found[0].start()]):
        return None                     # "består av 60 studiepoeng, og kan bygges på med 30": no list of parts
    total = 0.0
    for m in found:
        before = sentence[:m.start()]
        if m is found[-1] and (_SAID_TOTAL.search(before[-25:]) or _SAID_TOTAL_AFTER.match(sentence, m.end())):
            return m.group(0)           # "ledelse (15 stp) og økonomi (15 stp), til sammen 30 studiepoeng": said
            #                             (not a subtotal among the parts: "teoriemner, til sammen 60 studiepoeng, …")
        if m.group(2) or re.search(r"(?:\bhver(?:t|e)?|\bkvar\w*|\bper|\bpr\.?|\bà|\bá|\beach)\s*(?:\w+\s+){0,2}$",
                                   before, re.I):
            return None
        total += float(m.group(1).replace(",", "."))
    return f"{total:g} studiepoeng"


def _no_credits(lines: list[Line]) -> Fact | None:
    """A sentence that says the offer gives no credits (a course without credits)."""
    for sentence, _ in sentences(lines, skip_keys=_SKIP_SECTIONS):
        said = normalise.no_credits_said(sentence)
        if said:
            return Fact(said, "sentence", sentence)
    return None


# (not the services' staffing: "redusere ufrivillig deltid", "uønskt deltid", "deltidsstillinger", "heltid/deltid-arbeid",
# "involuntary part-time work", "part-time positions", "deltidspersonell", "deltidsorganisert", "deltidsbrannvesen";
# nor a job beside the study: "kan kombineres med deltidsjobb"; nor another variant of the study: "Tilbys også som deltid")
_PART = re.compile(r"(?<!ufrivillig )(?<!uønsket )(?<!uønska )(?<!uønskt )(?<!også som )(?<!også på )(?<!òg som )(?<!òg på )"
                   r"\bdeltid(?!sstilling|sarbeid|sansatt|stilsett|sproblem|sjobb|spersonell|skonstab|sorganis|sbrann)\w*"
                   r"|(?<!involuntary )(?<!unwanted )\bpart[- ]time\b(?!\s+(?:positions?|posts?|employment|employees|staff|workers)\b)"
                   r"|\bdeltidsstudi\w*|\bkombinere\w* med (?:full )?(?:jobb|arbeid)"
                   r"|\bved siden av (?:jobb|arbeid)|\bi kombinasjon med (?:jobb|arbeid)|\bwhile working\b"
                   r"|\bmens du (?:er i (?:full )?jobb|jobber|arbeider)|\bsamtidig som du (?:er i jobb|jobber|arbeider)"
                   # leave from one's job for the gatherings: studied beside work
                   r"|\bpermisjon (?:med|fra|frå|hos) (?:\w+ )?arbeidsgiver\w*[^.]{0,40}\bsamling"
                   r"|\bpermisjon\b[^.]{0,40}\bfor samling"
                   r"|\bleave\b[^.]{0,40}\bfor the (?:sessions|gatherings)\b"   # "agree on leave for the sessions"
                   # made for people in work: "Studiet er tilpasset deg som er i jobb", "tilrettelagt for folk i arbeid"
                   r"|\b(?:tilpass\w*|tilrettelagt|tilrettelagd|lagt opp|designed|adapted)\s+(?:for\s+|to\s+)?"
                   r"(?:deg som er i|dei som er i|de som er i|folk i|personer i|people in|those in)\s+(?:full\s+)?"
                   r"(?:jobb|arbeid|work)\b(?!\s+(?:med|with|innen|innan|blant|among)\b)"   # not "i arbeid med barn"
                   # half the pace of a full-time student: "to emner i semesteret tilsvarer halv studieprogresjon"
                   r"|\bhalv (?:studie)?progresjon|\bhalf[- ]time stud(?:y|ies)\b|\b50 ?% (?:studie)?progresjon", re.I)
# Full time: "heltid", "heiltid", "fulltid", "full-time".
_FULL_TIME = r"(?:fulltid|heltid|heiltid|full[- ]time)"
# "60 studiepoeng, det samme som ett års fulltidsstudium": a size, not the pace.
_FULL_AS_SIZE = re.compile(r"\b(?:tilsvar\w*|det samme som|like mye som|svarer til|equivalent to|equals?)\s+(?:\S+\s+){0,3}?"
                           + _FULL_TIME +
                           r"|\b(?:years?|semesters?|months?)\s+of\s+full[- ]time\s+stud"   # "1.5 years of full-time study in …"
                           r"|\b(?:års?|semesters?|måneders?)\s+(?:fulltids|heltids|heiltids)studi", re.I)
# The weekly hours full-time study means: "Full-time students should expect 40 hours of work per week", "Et
# heltidsstudium er normert til 40 timer i uka" (the norm, not the study's pace; not the teaching's hours: "full-time,
# with teaching 12 hours a week"; and not when the study itself is said to be full time, _OWN_FULL).
_FULL_HOURS = re.compile(_FULL_TIME + r"\w*[^.]{0,60}?\b(?:3[5-9]|4\d)(?:[.,]5)?\s*(?:timer|timar|hours?|t)\b"
                         r"[^.]{0,25}?\b(?:per|pr\.?|i|a|each|every|om)\s+(?:uke|uka|veke|veka|week)"
                         r"|\b(?:3[5-9]|4\d)(?:[.,]5)?\s*(?:timer|timar|hours?)\s+(?:per|pr\.?|i|a|each)\s+(?:uke|uka|veke|veka|week)\b[^.]{0,40}?"
                         + _FULL_TIME, re.I)
# The study itself said to be full time: "Dette er et heltidsstudium, og du må regne med 40 timer i uka", "Studiet går
# på heltid", "This programme is full-time".
_OWN_FULL = re.compile(r"\b(?:studiet|programmet|utdanning(?:en|a)|kurset|emnet|dette|this|the (?:programme|program|course|study))"
                       r"\s+(?:\w+\s+){0,2}?(?:er|går|blir|vert|is|runs)\s+(?:\w+\s+){0,2}?" + _FULL_TIME, re.I)
_FULL = re.compile(r"\bheltid\w*|\bheiltid\w*|\bfull[- ]time\b|\bfulltid\w*", re.I)


# Both paces, each of other specialisations or programmes, decide neither: "Depending on the specialisation, it is
# taken full-time in two years or part-time in three or four", "Some specialisations run full-time, others part-time"
# (not one study's choice: "You may study full-time or part-time", "4 år på deltid, eller 2 år på heltid").
_PACE_WORD = r"(?:\bheltid\w*|\bheiltid\w*|\bfull[- ]time\b|\bfulltid\w*|\bdeltid\w*|\bpart[- ]time\b)"
_EITHER_PACE = re.compile(rf"^(?=.*{_PACE_WORD}.*{_PACE_WORD})(?=.*\b(?:depending on|avhengig av|others|de andre|dei andre"
                          r"|some (?:specialisations|programmes|streams)|noen (?:studieretninger|spesialiseringer)"
                          r"|nokre (?:studieretningar|spesialiseringar))\b)", re.I)


# A fact box's label left without its value ("Heltid/deltid", "Fulltid/deltid"), and students of one pace as a group
# ("Studenter på heltid har krav på …"): no pace of the offer.
_PACE_LABEL = re.compile(rf"^\W*{_PACE_WORD}\s*(?:/|eller|or)\s*{_PACE_WORD}\s*:?\W*$", re.I)
_PACE_STUDENTS = re.compile(rf"^\W*(?:(?:studenter|studentar|students)\s+(?:på|som studerer på|who study)?\s*{_PACE_WORD}"
                            r"|(?:deltids|heltids|heiltids)student\w*|(?:part|full)[- ]time students)", re.I)


def part_time(lines: list[Line]) -> Fact | None:
    # (said, what is read of it): no empty pace label; a group of one pace's students left out, the rest still read
    # ("Heltidsstudenter søker MF; den som vil ta studiet på deltid …")
    read = [(said, _PACE_STUDENTS.sub(" ", said)) for said, _ in sentences(lines, skip_keys=("admission",))
            if not _PACE_LABEL.match(said)]
    for said, sentence in read:
        m = None if _EITHER_PACE.search(sentence) else _PART.search(sentence)
        if m:
            return Fact("deltid", "sentence", said)
    for said, sentence in read:
        if _FULL_AS_SIZE.search(sentence) or _EITHER_PACE.search(sentence) \
                or (_FULL_HOURS.search(sentence) and not _OWN_FULL.search(sentence)):
            continue
        # not a job's or work's full time: "4 years full-time; someone who has worked half time needs 8"
        if _FULL.search(sentence) and not re.search(r"\bhe(?:i)?ltids(?:stilling|jobb|arbeid)|\bi heltid\b|\bstilling|\bjobb"
                                                    r"|\bhe(?:i)?ltidskultur"      # the services' full-time staffing policy
                                                    r"|\barbeid|\bfull-time (?:job|work|employment)|erfaring|\bpraksis"
                                                    r"|experience|\bworked\b", sentence, re.I):
            return Fact("heltid", "sentence", said)
    return None


_DELIVERY = re.compile(r"\bsamling\w*|\bsamlingsbasert|\bnettbasert\w*|\bnettstudi\w*|\bnettundervisning|\bonline\b"
                       r"|\bdigital\w* (?:undervisning|forelesn?ing\w*|samling\w*|møte\w*|kurs\w*)|\bwebinar\w*|\bvideo\w*"
                       # the teaching said to be digital: "Forelesingane er digitale", "All teaching is digital"
                       r"|" + normalise.TEACHING_DIGITAL
                       + r"|\bstrøym\w*"
                       r"|\bcampus\w*|\bkveld\w*|\bstedbasert|\bstadbasert|\bfysiske? samling\w*|\bgatherings?\b"
                       r"|" + normalise.TAUGHT_AT_STUDY_PLACE +
                       r"|\bsessions?\b|\bworkshops\b|\be-?læring|\bzoom\b|\bstrømm\w*|\bfjernundervisning|\bhybrid\w*|\bhe(?:i)?ldigital\w*"
                       # taught on the web or digitally: "Studiet foregår på nett", "kan følgjast digitalt",
                       # "Den andre samlinga er heilt digital", "partly remotely"
                       r"|\bpå nett\b|\b(?:går|foregår|føregår|følg(?:e|es|er|je|jast)|delta(?:r|kelse)?|undervis(?:es|ast|ninga?|ningen)"
                       r"|gjennomfør(?:es|ast)|møtes|møtast|haldast|holdes)\s+(?:\w+\s+){0,2}?digitalt\b"
                       # the study given digitally: "Videreutdanningen gis helt digitalt", "Undervisninga vert gjeven
                       # heilt digitalt" (not "Veiledning gis også digitalt", "Karakterer gis digitalt")
                       r"|\b(?:undervisning\w*|studiet|kurset|utdanning\w*|videreutdanning\w*|vidareutdanning\w*|programmet"
                       r"|forelesning\w*|forelesing\w*)\s+(?:gis|givast|gjevast|blir gitt|vert gjeven|vert gitt)"
                       r"\s+(?:\w+\s+)?digitalt\b|\bhe(?:i)?lt digital\b|\bremotely\b"
                       r"|\bremote (?:learning|teaching)|\bblock weeks?\b|\bin blocks\b|\bblokk(?:undervisning|veke|uke)\w*|\bbolk(?:ar|er)\b"
                       r"|\bundervisning\w*\s+(?:\w+\s+){0,2}?dag\w*\s+(?:i|per|pr\.?)\s+(?:uk|vek)"   # "… ein fast dag i veka"
                       + "|" + normalise.TEACHING_GATHERED                  # "… er samla på tre dagar"
                       + "|" + normalise.TAUGHT_BY_WEEK_OR_DAY              # "… hver uke på Rena"
                       + "|" + normalise.TAUGHT_IN_DAYTIME_HOURS            # "skuletid er måndag til fredag 08.45–14.15"
                       + "|" + normalise.GROUP_GATHERED                     # "… samles gruppen i 3 døgn"
                       + "|" + normalise.AT_STUDY_PLACE +                   # "Du er på skolen i to uker"
                       # teaching in a classroom: "Undervisningen veksler mellom klasserom, gruppearbeid …" (not the
                       # pupils' classroom: "verktøy som prøves ut i og utenfor klasserommet", "bedre undervisning i
                       # klasserommet"; the teaching is the subject, saying where it is held)
                       r"|\bundervisning(?:en|a)\s+(?:\w+\s+){0,2}?(?:veksler|vekslar|foregår|føregår|skjer|gis|givast|er|går"
                       r"|består|kombinerer|kombinerar)\b[^.]{0,40}?\bklasserom(?!met\b)\w*|\bundervisning\w*\s+i\s+klasserom\b"
                       r"|\bklasseromsundervisning|\bclassroom(?:-based\b|\s+(?:teaching|lectures|instruction)\b)"
                       # a directory's line of facts that opens with the teaching form: "Klasserom 1 år Heltid Høgskole"
                       r"|^(?:klasserom|classroom)(?=\s+(?:\d{1,2}\s*(?:år|semest\w*|uker|veker|dager|years?|weeks)\b"
                       r"|(?:ett|eitt|one)\s+(?:år|semester|year)\b|heltid|heiltid|deltid|full[- ]time|part[- ]time))"
                       + "|" + normalise.WEEKLY_EVENING, re.I)                          # "Tuesdays and Thursdays 17:00 - 19:30"


def delivery(lines: list[Line]) -> Fact | None:
    """The sentences that say how the course is taught: the first three, and after them those
    that name a teaching form the earlier ones did not (up to six)."""
    from domain.normalise import delivery as forms
    found = []
    named: set[str] = set()
    tested = _admission_test_lines(lines)
    place_values: set[int] = set()
    # (a section of where and when, "Hvor og når", "Tid og sted", is read: its hours say how it is taught, "Onsdager kl.
    # 18:00-21:00" in the evening)
    for sentence, line in sentences(lines, skip_keys=("admission", "target_group", "price", "apply", "locations"),
                                    unless_keys=("start",)):
        if id(line) in tested:
            continue                                   # "Opptaksprøve: Runde 1 - Video": the audition, not teaching
        if _ADMISSION_TEST.search(sentence) and not _NO_ADMISSION_TEST.search(sentence):
            # the clauses of the study beside the test: "Studiet er samlingsbasert, og opptaksprøven holdes på campus"
            kept = [c for c in _CLAUSE_BREAK.split(_AFTER_TEST.sub(" , ", sentence))
                    if not _ADMISSION_TEST.search(c) and _STUDY_SUBJECT.search(c)]
            if not kept:
                continue
            sentence = ". ".join(kept)
        label = line.text if line.kind == "label" else (_LABEL_LINE.match(sentence) or [None, ""])[1]
        if label and set(label_keys(label) or ()) & {"locations"}:
            if line.kind == "label":                   # a label's value is read once, not once per sentence in it
                if id(line) in place_values:
                    continue
                place_values.add(id(line))
            value = line.value if line.kind == "label" else _LABEL_LINE.match(sentence).group(2)
            value = _ROOM.sub(" ", value or "")       # "Sted: Samlingssalen, Kulturhuset" is a room, no gathering
            if not set(forms(_CAMPUS_PLACE.sub(r"\1", value))) - {"campus"}:
                continue                               # "Campus: Harstad" is a place, not teaching on campus
            sentence = value                           # "Sted: To samlinger + undervisning via nett": how it is taught
        if label_keys(sentence) is not None:
            continue                                   # a label on its own line ("Campus") says nothing
        sentence = _CAMPUS_PLACE.sub(r"\1", sentence)  # "ved campus Bergen" names a place
        sentence = _ONLINE_PROVIDER.sub(r"\1", sentence)  # "NKI Nettstudier" names the provider
        sentence = _without_addresses(sentence)         # "samsooe(a)online.no", "www.nettkurs.no": addresses
        if _DONE_ONLINE.search(sentence) and not _TEACHING_WORD.search(sentence):
            continue                                   # "Applications can be sent online": applying, not teaching
        if _DELIVERY.search(sentence):
            codes = set(forms(sentence))
            if len(found) < 3 or codes - named:
                found.append(sentence)
                named |= codes
        if len(found) >= 6:
            break
    if not found:                                  # gatherings said only among admission or costs:
        for sentence, line in sentences(lines):    # "alle forventes å delta aktivt på samlingene"
            if line.kind != "label" and "samling" in forms(sentence) and len(found) < 3:
                found.append(sentence)
    title = next((line.text for line in lines if line.kind == "heading" and line.level == 1 and not line.related), "")
    if (_DELIVERY.search(title) or _ONLINE_COURSE.search(title)) and (set(forms(title)) - named) & {"nett", "samling", "kveld"}:
        found.append(title)     # "Digitalt kurs – …", "… (nettbasert)"; not "Videoveiledning", "Campus Kristiansand"
    return Fact(" ".join(found), "sentence", " ".join(found)) if found else None


# A title that names an online course: "Stillaskurs inntil 9 meter – nettkurs", "Nettkurs i personvern".
# (as the title's descriptor, not its subject: "Utvikling av nettkurs", "Lag ditt eget nettkurs")
_ONLINE_COURSE = re.compile(r"(?:[-–:|(]\s*)nettkurs\b|^\W*nettkurs\s*(?:[-–:|]|\b(?:i|om|for)\b)", re.I)


# A room named for gatherings in a place's value: "Samlingssalen", "samlingsrommet", "the assembly hall".
_ROOM = re.compile(r"\bsamlings(?:sal|rom)\w*|\bforsamlings\w*", re.I)


# An admission test, which applicants take before the teaching: "Opptaksprøve: Runde 1 - Video, Runde 2 - Campus uke 10",
# a section "Bestått opptaksprøve" or "Audition" ("send a recorded video of your repertoire").
_ADMISSION_TEST = re.compile(r"\b(?:opptaksprøv|inntaksprøv|audition|opptaksintervju)\w*|\bentrance (?:exam|test)s?\b"
                             r"|\badmission tests?\b", re.I)
# The test's name, the start of a word: "opptaksprøv" of "opptaksprøve", "entrance exam" (_NO_ADMISSION_TEST, _AFTER_TEST).
_TEST_NAME = r"(?:opptaksprøv|inntaksprøv|audition|opptaksintervju|entrance (?:exam|test)|admission test)"
# No admission test, which leaves the line to be read: "Studiet har ingen opptaksprøve og er nettbasert", "There is no
# entrance exam; teaching is online", "Ingen opptaksprøve".
_NO_ADMISSION_TEST = re.compile(r"\b(?:ingen|ikke|ikkje|no|not|without|uten|utan)\s+(?:\w+\s+){0,2}?"
                                + _TEST_NAME, re.I)
# The test as the time before the teaching, cut off as a clause of its own: "Etter bestått opptaksprøve følger du
# undervisningen på campus", "After the audition on video, teaching is online" (the test's own place goes with it).
_AFTER_TEST = re.compile(r"\b(?:etter|after|when you have passed|når du har bestått)\s+(?:\w+\s+){0,2}?"
                         + _TEST_NAME + r"\w*"
                         r"(?:\s+(?:på|i|via|over|at|on|in|by)\s+(?:campus|nett|video|zoom|teams|\w+))?", re.I)
# A clause's end: ", og" in "Studiet er samlingsbasert, og opptaksprøven holdes på campus", "; but", " and ".
_CLAUSE_BREAK = re.compile(r"\s*[,;]\s*(?:(?:og|and|men|but)\s+)?|\s+(?:og|and|men|but)\s+", re.I)
# A line that tells of the study, not of an admission test's rounds: "Studiet er nettbasert", "Teaching is online".
_STUDY_SUBJECT = re.compile(r"\b(?:studiet|kurset|emnet|programmet|utdanninga|utdanningen|undervisning\w*|teaching"
                            r"|the (?:programme|course|study))\b", re.I)


# A sentence about a test's rounds and applicants: "Opptaket skjer i to runder", "sender hver søker inn en video".
_TEST_TALK = re.compile(r"\b(?:runde\w*|prøv\w*|audition\w*|søker\w*|søkjar\w*|applicants?|opptak\w*|rounds?)\b", re.I)


def _admission_test_lines(lines: list[Line]) -> set[int]:
    """The lines that tell of an admission test: those in a section headed by one, a label line naming one, and the
    short value lines under a plain line that names one ("Opptaksprøve" / "Runde 1 - Video" / "Runde 2 - Campus")."""
    out: set[int] = set()
    under = 0                   # lines read under a plain line that names a test
    for line in lines:
        short = len(line.text) <= 60 and not line.text.rstrip().endswith(".")
        if line.section and _ADMISSION_TEST.search(line.section) and len(line.section) <= 60:
            out.add(id(line))
        elif line.kind == "label" and _ADMISSION_TEST.search(line.text):
            out.add(id(line))
        elif line.kind == "text" and short and len(line.text.split()) <= 4 and _ADMISSION_TEST.search(line.text) \
                and not _NO_ADMISSION_TEST.search(line.text):
            out.add(id(line))
            under = 1
            continue
        # the test's own lines up to the next heading, a label, the study named or a sentence of something else:
        # "Opptaksprøver 2023" / "Opptaket skjer i to runder …" / "Runde 1 - video" / "Runde 2 - uke 10" / "… en fysisk
        # prøve i uke 10, i Stavanger …" (not "Forelesningene foregår på campus fire dager i uka")
        elif under and under <= 12 and line.kind in ("text", "item") and label_keys(line.text) is None \
                and not _STUDY_SUBJECT.search(line.text) and (short or _TEST_TALK.search(line.text)):
            out.add(id(line))
            under += 1
            continue
        under = 0
    return out


# An e-mail or web address, whose words say nothing of teaching: "post(a)online.no", "kurs@nettkurs.no", "www.x.no".
_ADDRESS_MARKS = ("@", "(a)", "(at)", "http://", "https://", "www.")


def _without_addresses(sentence: str) -> str:
    """The sentence without its words that are e-mail or web addresses (split on spaces, not a regular expression:
    a 10 kB word must not make a pattern backtrack)."""
    low = sentence.lower()
    if not any(mark in low for mark in _ADDRESS_MARKS):
        return sentence
    return " ".join(word for word in sentence.split() if not any(mark in word.lower() for mark in _ADDRESS_MARKS))


# Applying, registering, paying or an interview done online: not how the course is taught ("Applications can be sent
# online", "Søknaden sendes digitalt", "the interview may be held online"; an admission test is _ADMISSION_TEST's).
_DONE_ONLINE = re.compile(r"\b(?:applications?|apply|applying|søknad\w*|søke|søkje|søker|registrer\w*|register\w*|påmelding\w*"
                          r"|melde deg på|sign up|interview\w*|intervju\w*|betale|betaling"
                          r"|betalinga|payment\w*|pay)\b", re.I)
# A word of the teaching itself, which keeps such a sentence: "Søkere må vite at undervisningen er på nett", "Teaching is
# online", a course named by its form ("kveldskurs", "nettkurs"); not the course as what one applies for ("You apply
# for the course online").
_TEACHING_WORD = re.compile(r"\b(?:undervis\w*|teaching|taught|lectures?|forelesning\w*|forelesing\w*|samling\w*|seminar\w*"
                            r"|classes|lessons?|\w+kurs|(?:studiet|kurset|programmet|the course|the programme)\s+"
                            r"(?:går|gjennomføres|gjennomførast|er|is|runs|takes place))\b", re.I)
# A provider whose name says online, capitalised after its own name: "NKI Nettstudier sørger for praksisplass",
# "Høyskolen Kristiania Nettstudier" (not "Studiet er nettbasert", "Nettstudier passer for deg som jobber").
_ONLINE_PROVIDER = re.compile(r"\b([A-ZÆØÅ][\wæøå]*)\s+Nett(?:studier|studiar|skolen|skulen|akademiet|universitetet)\b")
_CAMPUS_PLACE = re.compile(r"\b(?:ved |på |at |on )?(?:campus|Campus|studiestedene|studiestadene)\s+([A-ZÆØÅ][\wæøå-]+)")
_SESSIONS = re.compile(r"\b(?:\d{1,2}|en|ei|ein|ett|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|one|two|three|four|"
                       r"five|six)\s+(?:\w+\s+)?\w*(?:samling(?:er|ar)?|sessions?|gatherings?|workshops?)\b", re.I)


# Gatherings counted in the plural, for the rule that a page of gatherings without credits is a course
# without credits: "tre workshops", "4 samlinger" (not "to the sessions", "en innsamling").
COUNTED_SESSIONS = re.compile(r"\b(?:\d{1,2}|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|two|three|four|five|six)\s+"
                              r"(?!the\b|dei\b|de\b)(?:\w+\s+)?\w*(?:samlinger|samlingar|sessions|gatherings|workshops)\b",
                              re.I)


def sessions(lines: list[Line]) -> Fact | None:
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        if _SESSIONS.search(sentence) or re.search(r"\b\d\s*[x×]\s*\d\s*dag", sentence, re.I):
            return Fact(sentence, "sentence", sentence)
    return None


_PLACE_WORD = r"(?:campus\s+)?[A-ZÆØÅ][\wæøåÆØÅ'-]+(?:\s+(?:i|of)\s+[A-ZÆØÅ][\wæøå-]+|\s+[A-ZÆØÅ][\wæøå-]+)?"
# (?<!\w): a name starts at a word's start; without it a 10 kB run of capitals is read in quadratic time
_PLACES = rf"(?P<places>(?<!\w){_PLACE_WORD}(?:(?:\s*,\s*|\s+og\s+|\s+and\s+|\s+eller\s+|\s+or\s+|\s*/\s*){_PLACE_WORD})*)"
# A study's track: "Toårsløpet", "deltidsløpet", "Det toårige løpet" (not "i løpet av", "pasientløpet", "forløpet").
_TRACK = r"\w*(?:års|årig|årige|heltids|deltids|master|bachelor|studie)løpet|(?<=årige )løpet"
_NOUN = (r"\w*(?:undervisning|samling|modul|kurs|klasse|forelesning|forelesing|studie|program|utdanning|seminar|akademi)\w*"
         rf"|{_TRACK}"                           # "Toårsløpet gis i Bergen"
         r"|teaching|sessions?|classes"
         r"|the course|the programme|gatherings?")
_VERB = (r"foregår|føregår|skjer|holdes|haldast|blir holdt|blir halde|gjennomføres|gjennomførast|er lagt til|legges til"
         r"|leggjast til|arrangeres|arrangerast|vil være|vil vere|er|går|takes place|will be held|are held|is held"
         r"|is taught|are taught|tilbys|tilbydes|blir|vert|undervises|har|finnes|fins|finst|ta|tas|take|is offered"
         # "som studentene tar i enten Tromsø …", not "tar utgangspunkt i …", "tar for seg …"
         # (nor "tar inn studenter", "tar med seg", "tar imot": whom or what it admits or brings)
         r"|tar(?!\s+(?:utgangspunkt|for seg|opp|sikte|inn|med|imot|i mot))|tek(?!\s+(?:utgangspunkt|for seg|opp|sikte|inn|med|imot|i mot))"
         r"|are offered"
         # followed in a place: "Forelesingane kan følgjast på nett eller i Volda"
         # (not "følges opp", "følges tett opp": follow-up; nor "følges av en praksisperiode", "followed by": what comes after)
         r"|(?:følges|følgjast|følgast)(?!\s+(?:\w+\s+)?opp\b)(?!\s+av\b)|(?:can|may) be (?:followed|attended)(?!\s+by\b)")
# A clause that says where teaching happens: "Samlingene holdes …", "… gjennomføres nå åpne moduler …".
_TAUGHT = re.compile(rf"\b(?:{_NOUN})\b[^.;]{{0,70}}?\b(?:{_VERB})\b|\b(?:{_VERB})\b[^.;]{{0,50}}?\b(?:{_NOUN})\b"
                     # given in a place, the teaching or the track as the subject: "Toårsløpet gis i Bergen" (not
                     # "Studiepoeng gis i Oslo", "Det gis rabatt …", "Undervisning gis ikke lenger i Bodø")
                     rf"|\b(?:undervisning(?:en|a)?|studiet|kurset|programmet|teaching|{_TRACK})\s+(?:gis|gjes|givast)\b"
                     r"(?!\s+(?:ikke|ikkje)\b)"
                     # the programme as a pronoun: "It is taught full time in Molde over two years"
                     r"|\b(?:it|which)\s+(?:is|will be)\s+taught\b", re.I)
# "i Bergen", "i enten Tromsø, Bodø eller Oslo" (a choice of places), "in either Bergen or Oslo".
# Not the "i" of an institution's name: "en fellesgrad fra NTNU, Høgskolen i Molde og Høgskulen i Volda" names
# no place of teaching ("all undervisning ved NTNU i Ålesund" does).
_AT_PLACE = re.compile(r"(?<![Hh]øgskolen )(?<![Hh]øyskolen )(?<![Hh]øgskulen )(?<![Uu]niversitetet )(?<!University )"
                       r"\b(?:i|på|ved|in|at)\s+(?:enten\s+|either\s+)?" + _PLACES
                       # "Samlingene er lagt til Hamar": laid in a place; "taught at our Bergen campus"
                       + r"|(?:(?<=lagt )|(?<=legges )|(?<=leggjast ))til\s+" + _PLACES.replace("?P<places>", "?P<places2>")
                       + r"|\b(?:at|on|in)\s+(?:our|the)\s+" + _PLACES.replace("?P<places>", "?P<places3>")
                       + r"\s+campus(?:es)?\b")
# Where the participants work or live, or the exam is held, not where it is taught: "Kurset er for ledere som jobber
# i Oslo", "du kan ta eksamen i Tromsø eller Bodø", "for managers working in Bergen"
_NOT_TAUGHT_AT = re.compile(r"\b(?:jobber|jobbar|arbeider|arbeidar|ansatt|tilsett|bor|bur|works?|working|employed|lives?"
                            # a partner's place: "taught in collaboration with NTNU in Trondheim"
                            r"|(?:collaboration|cooperation|partnership|samarbeid) (?:with|med)"
                            r"|eksamen\w*|exams?|examinations?)\s+(?:\w+\s+){0,2}$", re.I)
# The exam named with the teaching, so the place is the teaching's too: "Undervisning og eksamen foregår i Bergen",
# "Teaching and exams are held in Oslo" (not "Undervisningen er på nett, og eksamen er i Bodø", nor online teaching
# named with the exam: "Studiet har nettundervisning og eksamen i Bergen", "digital undervisning og eksamen i Bodø")
_TAUGHT_AND_EXAM = re.compile(rf"\b(?<!\bnettbasert )(?<!\bnettbaserte )(?<!\bdigital )(?<!\bdigitale )(?<!\bonline )"
                              rf"(?<!\bvirtual )(?<!\bremote )(?!nett|digital|online|web|fjern)(?:{_NOUN})"
                              # (a list of them: "Forelesninger, seminarer og eksamen holdes i Oslo", "Teaching, supervision
                              # and the exam take place in Oslo")
                              rf"(?:\s*,\s*\w+){{0,3}}\s+(?:og|and|&)\s+(?:the\s+)?(?:eksamen\w*|exams?|examinations?)\s+(?:\w+\s+){{0,2}}$",
                              re.I)
# "studiesamling i Bergen", "samlingane på Campus Førde": a gathering names where it is held. Only the
# words before the places ignore case: "samlingene i Trondheim, Bodø eller Tromsø" (not "Bodø eller" as a name).
_GATHERING_AT = re.compile(r"(?i:\b\w*(?:samling(?:er|ene|ar|ane|a|en)?|seminar(?:et|er|ene|ar|ane)?)"
                           r"(?:\s+(?:à|á|a|av|over|på)\s+\w+\s+\w+)?"
                           r"\s+(?:i|på|ved)\s+(?:enten\s+)?)" + _PLACES)   # "… samlinger à to dager på Gardermoen"
# "campus Bergen", "Campus Tromsø" (a line of its own), "studiestaden er Førde", "on campus at the University of
# Stavanger", "på campus ved Universitetet i Tromsø", a school's branch ("Fagskulen i Sogn og Fjordane, avdeling Førde").
_CAMPUS = re.compile(r"\b(?:[Cc]ampus|studiested(?:et)?|studiestad(?:en)?|undervisningssted(?:et)?"
                     r"|(?<![Kk]ontakt )(?:avdeling|avd\.))\s+"         # (not "Kontakt avdeling Bergen for spørsmål")
                     r"(?:er\s+|is\s+|at\s+(?:the\s+)?|ved\s+|in\s+)?" + _PLACES)
# The place named as the study or gathering place: "Førde er samlingsstaden", "Bergen is the venue", "Hattfjelldal er
# stedet for samlingene"; or the study given "with" it as its place: "desentralisert, med Ski som studiested".
_PLACE_NOUN = (r"(?i:studiestad(?:en)?|studiested(?:et)?|samlingsstad(?:en)?|samlingssted(?:et)?|undervisningsstad(?:en)?"
               r"|undervisningssted(?:et)?|kurssted(?:et)?|kursstad(?:en)?|venue|place of study"
               r"|(?:stedet|staden)\s+for\s+(?:samlingene|samlingane|samlingen|samlinga|undervisningen|undervisninga"
               r"|kurset|studiet))\b")
_PLACE_IS = re.compile(_PLACES + r"\s+(?:er|blir|is)\s+(?:the\s+)?" + _PLACE_NOUN
                       + r"|\b(?i:med)\s+" + _PLACES.replace("?P<places>", "?P<places2>") + r"\s+(?i:som)\s+" + _PLACE_NOUN)
# The venue said as the place: "Stedet er Quality Airport, Gardermoen (Lokevegen 7, 2067 Jessheim)", "Kursstaden er
# Scandic Sunnfjord Hotel, Førde", "The venue is Scandic Hotel, Bodø": the names that resolve among the venue's words,
# up to the clause's end, count.
_VENUE_IS = re.compile(r"\b(?i:stedet|staden|kursstedet|kursstaden|kurslokalet|kurslokala|the venue|venue)\s+"
                       r"(?i:er|blir|vil være|vil vere|is|will be)\s+(?:(?i:på|at)\s+)?"
                       r"(?P<places>[A-ZÆØÅ][^.;()]{0,80}?)(?=[.;()]|\s+(?i:og|men|and|but|der|hvor|where)\s|$)")
# A hotel or course centre named with its place: "samlingene holdes på Quality Airport Hotell Gardermoen", "Del I på
# Klækken hotell, Hønefoss", "at Thon Hotel Bergen Airport" (the name's capitalised words first).
_AT_VENUE = re.compile(r"\b(?i:på|at)\s+(?:[A-ZÆØÅ][\w'-]*\s+){1,3}(?i:hotell?|gjestegård|kurssenter|konferansesenter"
                       r"|conference cent(?:re|er))(?:\s*,\s*|\s+)(?:(?:i|på)\s+)?" + _PLACES)
# Lodging for the gatherings in a town: the town is where they are held ("Overnatting i Bergen kommer i tillegg",
# "Accommodation and evening meals in Bergen", "Room and dinners in Bergen/Oslo, if wanted").
_LODGING_IN = re.compile(r"(?i:\b(?:overnatting\w*|opphald\w*|hotellopphold\w*|accommodation|lodging|a room|rooms?)\b"
                         r"[^.;:]{0,40}?\s(?:i|på|in|at)\s+)" + _PLACES)
# Studying in a place: "living costs while studying in Molde", "Studer utøvende musikk i Stavanger", "Du studerer i
# Bergen" (not another study: "Du kan også studere sykepleie i Oslo", "You may instead study in Bergen"; nor studies
# one has done: "studied in Bergen"; nor one not taught there: "Studenter som ikke studerer i Oslo får reisestøtte").
_STUDY_IN = re.compile(r"(?i:(?<!\bikke )(?<!\bikkje )(?<!\bnot )(?<!\bnever )(?<!\baldri )"
                       r"\b(?:studying|studerer|studerar|studere|studer)\s+(?:(?!i\b|in\b)[\w-]+\s+){0,3}?"
                       r"(?:i|in|på)\s+)" + _PLACES)
# (nor an exchange abroad or here: "studying in Oslo as an exchange student", "studere i Bergen som utvekslingsstudent")
_ANOTHER_STUDY = re.compile(r"\b(?:også|og så|heller|òg|also|instead|rather|other|andre|anna|annen)\b"
                            r"|\butveksling\w*|\bexchange\b", re.I)
# Many people's wish to study somewhere, not where this study is taught: "Mange vil studere i Oslo", "Stadig fleire
# ønskjer å studere i Bergen" (the reader's wish names the page's own study: "Ho som vil studere sjukepleie i Førde,
# søkjer i Samordna opptak"; "Du vil studere i Bergen" is the future). (English "study" is no _STUDY_IN verb.)
_MANY_WISH = re.compile(r"\b(?:mange|flere|fleire|de fleste|dei fleste|stadig flere|stadig fleire)"
                        r"(?:\s+(?!vil\b)\w+){0,2}?\s+(?:vil|ville|ønsker å|ønskjer å|har lyst til å)\s+$", re.I)
# A sentence sending the reader to another page for that study: "Du som vil studere medisin i Bergen, se egen side",
# "For those studying in Oslo, see the separate page".
_ELSEWHERE = re.compile(r"\b(?:se|sjå|les) (?:egen|eiga|eigen|egne|eigne|en annen|ei anna|ein annan) (?:side|sider|nettside\w*)\b"
                        r"|\bsee (?:the |a )?(?:separate|other|own) (?:page|pages|website)\b", re.I)
_NOT_PLACE_SECTIONS = ("admission", "apply", "price", "deadline")
# A section of contacts or addresses, whose places are no teaching's: "Kontakt oss", "Besøksadresse", "Contact".
_CONTACT_SECTION = re.compile(r"kontakt|contact|adresse|address|besøk", re.I)


# A past intake, not the offer's: "Forrige kull hadde samlinger i Molde", "Last year's cohort met in Bodø",
# "I fjor ble kurset holdt i Tromsø" (not "som i fjor": as last year, so this year too; nor the study's final year:
# "In the last year of the programme, teaching is in Bergen")
_PAST_COHORT = re.compile(r"\b(?:forrige|førre|tidligere|tidlegare|previous|past|earlier|last year's)\s+(?:kull|opptak|cohorts?"
                          r"|intakes?|class(?:es)?|gruppe|group)\b|(?<!\bsom )(?<!\bas )\b(?:i fjor|(?<!\bthe )(?<!\byour )(?<!\bits )last year(?!\s+of\b))\b", re.I)


def locations(lines: list[Line], resolve) -> Fact | None:
    """Teaching places stated in a sentence ("Samlingene holdes i Bergen og Førde"); only
    names that `resolve` (place → location or None) knows count."""
    for sentence, line in sentences(lines, skip_keys=_NOT_PLACE_SECTIONS):
        if line.section and _CONTACT_SECTION.search(line.section):
            continue
        if _PAST_COHORT.search(sentence):
            continue                        # "Forrige kull hadde samlinger i Molde": a past intake's places
        groups = [m.group("places") for m in _CAMPUS.finditer(sentence)]
        groups += [m.group("places") or m.group("places2") for m in _PLACE_IS.finditer(sentence)]
        groups += [m.group("places") for m in _GATHERING_AT.finditer(sentence)]
        groups += [m.group("places") for m in _VENUE_IS.finditer(sentence)]
        groups += [m.group("places") for m in _AT_VENUE.finditer(sentence)]
        if not _ANOTHER_STUDY.search(sentence) and not _ELSEWHERE.search(sentence):
            groups += [m.group("places") for m in _STUDY_IN.finditer(sentence) if not _MANY_WISH.search(sentence[:m.start()])]
        for m in _TAUGHT.finditer(sentence):
            # (a date's dots are no clause's end: "Kurset går over tre dager, 8.–10. oktober 2025, i Trondheim")
            clause = re.split(r";|(?<!\d)\.", sentence[m.start():m.start() + 200])[0]
            groups += [p.group("places") or p.group("places2") or p.group("places3") for p in _AT_PLACE.finditer(clause)
                       if not _NOT_TAUGHT_AT.search(clause[:p.start()])
                       or _TAUGHT_AND_EXAM.search(sentence[:m.start() + p.start()])]    # (with the words before the clause)
        known = _known_places(groups, resolve)
        if known:
            return Fact("; ".join(known), "sentence", sentence)
    known, where = [], []
    for _, rest in numbered_gatherings(lines):  # "Samling 1" / "13. – 14. november 2023, Lillehammer": after the date
        for name in rest.split(",")[1:]:
            name = clean(re.sub(r"\(.*?\)", "", name))
            if name and resolve(name) and name not in known:
                known.append(name)
                where.append(rest)
    if known:
        return Fact("; ".join(known), "sentence", " ".join(where))
    venue = _title_venue(lines, resolve)
    if venue is not None:
        return venue
    strip = _fact_strip_places(lines, resolve)
    if strip is not None:
        return strip
    titled = _title_place(lines, resolve) or _kicker_place(lines, resolve)
    if titled is not None:
        return titled
    tagline = _tagline_place(lines, resolve)
    if tagline is not None:
        return tagline
    tabs = _campus_tabs(lines)
    if tabs is not None:
        return tabs
    lone = _lone_place_line(lines, resolve)
    if lone is not None:
        return lone
    for sentence, line in sentences(lines):     # lodging for the gatherings, often said among the costs
        if line.section and _CONTACT_SECTION.search(line.section):
            continue
        known = _known_places([m.group("places") for m in _LODGING_IN.finditer(sentence)], resolve)
        if known:
            return Fact("; ".join(known), "sentence", sentence)
    return None


def _title_venue(lines: list[Line], resolve) -> Fact | None:
    """The venue after the date in a short course's title, as a dated gathering writes it: "Kurs for
    kontrollutvalgsledere, 21.-22. april 2020, Clarion Hotel Oslo Airport" (kept whole when a name in it is a
    known place: the record resolves it)."""
    title = next((line.text for line in lines if line.kind == "heading" and line.level == 1 and not line.related), "")
    dates = list(_GATHERING_DATE.finditer(title))
    if not dates:
        return None
    venues = [clean(part) for part in title[dates[-1].end():].split(",")[1:]]
    venues = [v for v in venues if any(resolve(w) for w in re.findall(r"\b[A-ZÆØÅ][\wæøå-]+", v))]
    return Fact("; ".join(venues), "sentence", title) if venues else None


# A place ending a study's title, maybe before its years: "Barnehagelærerutdanning, deltid i Kristiansund",
# "Studieplan for …, deltid Kristiansund 2024-28", "Psykisk helsearbeid - Oslo", "School Leadership Stavanger municipality"
# (not after a bare comma: "Kurs for styreledere, Bergen" may name the organiser's branch; after the pace and a comma
# it is the study's place: "Sjukepleie, bachelorstudium, deltid, Førde"), a title in capitals: "UTDANNING I VOLDA".
_TITLE_PLACE = re.compile(r"(?:(?:\s[–—-]|\b[iI]|\bin|\b(?:deltid|heltid|heiltid|part-time|full-time),?|\()"
                          r"\s+(?P<place>[A-ZÆØÅ][\wæøåÆØÅ-]+)\)?"
                          # the last of a study's comma parts: "Sjukepleie, bachelorstudium, Førde", "Bachelor of
                          # Nursing, Haugesund Campus"
                          # (whole study words: not "Kurs i programmering, Bergen", "… i utdanningssektoren, Bergen")
                          r"|\b(?i:\w*bachelor\w*|\w*master|masterstudium|masterprogram\w*|\w*studium|studiet|programme"
                          r"|program|\w*utdanning|\w*utdanninga|degree|nursing)\b"
                          r"(?:\s+[\w'’–-]+){0,6},\s+(?:[Cc]ampus\s+)?(?P<part>[A-ZÆØÅ][\wæøåÆØÅ-]+)(?:\s+[Cc]ampus)?"
                          r"|\s(?P<town>[A-ZÆØÅ][\wæøå-]+)\s+(?:kommune|municipality))"
                          r"(?:\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)?\s*$")


# A word that makes "… i Bergen" an institution's name: "Universitetet i Bergen", "Høgskulen i Volda", "University of Oslo".
_INSTITUTION_END = re.compile(r"\b(?:universitet\w*|university|høgskole\w*|høgskule\w*|høyskole\w*|college|sykehuset"
                              r"|sjukehuset|hospital|kommune|fylkeskommune)\s*$", re.I)


# A study's tagline naming its towns, a short line of its own: "Bachelorgrad i Bodø og Levanger", "Årsstudium i
# Tromsø", "Master's degree in Bergen" (not a subject: "Bachelorgrad i sykepleie", whose name is no known place).
_TAGLINE_PLACE = re.compile(r"^(?i:bachelorgrad|bachelor|bachelorstudium|bachelorstudie|mastergrad|master|masterstudium"
                            r"|årsstudium|årsstudie|videreutdanning|vidareutdanning|deltidsstudium|bachelor's degree"
                            r"|master's degree|one-year programme|bachelorprogram|masterprogram)"
                            # with its years before the town: "Bachelorprogram - 3-årig, Gjøvik"
                            r"(?:\s*[-–,]\s*[1-6]-årig)?(?:\s+(?:i|på|in|at)\s+|\s*,\s*"
                            # the study's name, then a dash: "Bachelor i ingeniørfag, elektro - Gjøvik"
                            r"|\s*[^.;:!?]{0,60}?\s[-–—]\s+)" + _PLACES
                            # a pace or form after: "Bachelor i Bergen, deltid", "… (desentralisert)"
                            + r"(?:\s*,\s*(?i:deltid|heltid|heiltid|desentralisert|nettbasert|samlingsbasert)"
                            r"|\s*\((?i:deltid|heltid|heiltid|desentralisert|nettbasert|samlingsbasert)\))?\.?$")


def _campus_tabs(lines: list[Line]) -> Fact | None:
    """The campuses of a page with a tab per campus, named in its labels: "Opptakskrav Bergen", "Opptakskrav
    Sandvika" (a short line of its own, read as a heading, a label or text)."""
    campuses = [(name, line.text) for line in lines if not line.related and line.kind in ("heading", "label", "text")
                for name in [campus_of_label(line.text)] if name]
    if not campuses:
        return None
    names = list(dict.fromkeys(name for name, _ in campuses))
    return Fact("; ".join(names), "sentence", "; ".join(dict.fromkeys(where for _, where in campuses)))


# A tagline of the degree and its years: "Master (2 år)", "Bachelor (3 år)", "Masterprogram, 2-årig".
_DEGREE_YEARS = re.compile(r"^(?:(?:integrert |erfaringsbasert )?(?:master\w*|bachelor\w*|årsstudium)\s*[-–,]?\s*)"
                           r"\(?(?:[1-6]\s*(?:år|years?)|[1-6]-årig|toårig|treårig|fireårig|femårig)\)?$", re.I)


def _tagline_place(lines: list[Line], resolve) -> Fact | None:
    """The towns a study's tagline names, when every name in it is a known place; or the town on a line of its own
    under a tagline of the degree and its length ("Master (2 år)" / "Bodø")."""
    for line, nxt in zip(lines, lines[1:]):
        # (the town's short line may read as a minor heading: level 6, as a short line atop a page reads)
        if not line.related and _DEGREE_YEARS.match(line.text.strip()) and len(nxt.text) <= 30 \
                and (nxt.kind in ("text", "item") or nxt.kind == "heading" and nxt.level == 6) and resolve(nxt.text.strip()):
            return Fact(nxt.text.strip(), "sentence", f"{line.text} {nxt.text}")
    for line in lines:
        # (a short line of its own reads as a minor heading; the title is _title_place's)
        title = line.kind == "heading" and line.level == 1
        m = None if line.related or title or len(line.text) > 80 else _TAGLINE_PLACE.match(line.text.strip())
        if m:
            names = [clean(n) for n in _PLACE_SEPARATOR.split(m.group("places"))]
            if names and all(resolve(n) for n in names):
                return Fact("; ".join(names), "sentence", line.text)
    return None


_INSTITUTION_WORD = re.compile(r"universitet|university|høgskole|høyskole|høgskule|college|fagskole|fagskule", re.I)


def _lone_town(line: Line, resolve) -> str:
    """The town a line is only (maybe a strip's first item, "Tromsø |"), not an institution's name nor an item of a
    list; else ""."""
    text = line.text.strip().rstrip("|").strip()
    minor = line.kind == "heading" and line.level == 6      # (a short line atop a page reads as a minor heading)
    town = not line.related and (line.kind == "text" or minor) and 0 < len(text) <= 30 and not re.search(r"\d", text) \
        and not _INSTITUTION_WORD.search(text) and bool(resolve(text))
    return text if town else ""


def _lone_place_line(lines: list[Line], resolve) -> Fact | None:
    """A town on a line of its own among the first lines under the title, before any section, after the lead's
    sentence or a labelled fact: a catalogue's place line ("Bergen" after the lead; "Tromsø |", the first item of a
    cut strip), with the towns on the lines after it ("Bergen" / "Førde" / "Stord")."""
    started, prev = False, None
    for n, line in enumerate(lines):
        if line.kind == "heading" and line.level == 1:
            started = True
            continue
        if line.related or line.kind == "heading" and line.level != 6 or n > 8:
            return None                     # (a section's or a contact box's town is another's)
        # (after the lead's sentence or a labelled fact, or as a strip's item: not under a caption, "Studenter i gang")
        after = prev is not None and (prev.text.rstrip().endswith((".", "!")) or prev.kind == "label" and prev.value) \
            or line.text.rstrip().endswith("|")
        if started and after and _lone_town(line, resolve):
            towns = []
            for nxt in lines[n:]:
                town = _lone_town(nxt, resolve)
                if not town:
                    break
                towns.append(town)
            return Fact("; ".join(towns), "sentence", line.text)
        if started:
            prev = line
    return None


def _title_place(lines: list[Line], resolve) -> Fact | None:
    """The place a study's title ends in, when nothing else on the page names one (a page per campus)."""
    title = next((line.text for line in lines if line.kind == "heading" and line.level == 1 and not line.related), "")
    m = _TITLE_PLACE.search(title.strip())
    if m and _INSTITUTION_END.search(title[:m.start()]):
        return None                         # the institution's name: "Master i helseledelse - Universitetet i Bergen"
    name = m and (m.group("place") or m.group("town") or m.group("part"))
    return Fact(name, "sentence", title) if name and resolve(name) else None


_KICKER_LINES = 3       # a place's kicker may sit under an image's caption ("Illustrasjonsbilde" / "Master's programme")
_DATE_KICKER_LINES = 2  # a course's date is one of its first two lines


def _kicker_lines(lines: list[Line], n: int):
    """(index, line) of the first n lines right under the title: plain text, before any heading or related part."""
    after, left = False, 0
    for i, line in enumerate(lines):
        if line.kind == "heading" and line.level == 1 and not line.related:
            after, left = True, n
            continue
        if not after:
            continue
        if line.related or line.kind != "text" or left == 0:
            return
        left -= 1
        yield i, line


# A kicker of the place and maybe the dates: "– Gardermoen 25. og 26. februar 2019", "– Gardermoen".
_DASH_PLACE = re.compile(r"^[–—-]\s*(?P<place>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)(?P<rest>\s+\d.*)?$")
# The place after a kicker's date: "25. april 2019 i Oslo", "12.-13. mars 2024 på Hamar".
_DATED_AT = re.compile(r"\s(?:i|på|in|at)\s+(?P<place>[A-ZÆØÅ][\wæøå-]+)$")
# A kicker of the kind alone, the town on the next line: "Master’s programme" / "Bodø".
_KIND_ALONE = re.compile(r"^(?:master[’']?s? programme|master[’']?s degree(?: programme)?|bachelor[’']?s? programme"
                         r"|bachelor[’']?s degree(?: programme)?|one-year programme|masterprogram|bachelorprogram"
                         r"|masterstudium|bachelorstudium|årsstudium|årsstudie|videreutdanning|vidareutdanning)$", re.I)


def _kicker_place(lines: list[Line], resolve) -> Fact | None:
    """The place a short line right under the title gives, as a catalogue's kicker does: after the study and its kind
    ("Videreutdanning for lærere, Trondheim", "Palliativ omsorg, videreutdanning, Gjøvik", "Master's degree programme
    2 years, Trondheim", "Pedagogikk for lærere, erfaringsbasert masterprogram (deltid), Trondheim"), after a dash with
    the dates ("– Gardermoen 25. og 26. februar 2019"), after the dates ("25. april 2019 i Oslo"), or on the line under
    the kind alone ("Master’s programme" / "Bodø"). Not a sentence, nor a line under a section."""
    for i, line in _kicker_lines(lines, _KICKER_LINES):
        text = re.sub(r"\s*\([^)]*\)", "", line.text.strip())       # "(deltid)": the pace in brackets
        if len(text) > 100 or text.endswith((".", ":", "!", "?")):
            continue
        m = _TITLE_PLACE.search(text)
        name = m and m.group("part")
        if name and resolve(name) and not _INSTITUTION_END.search(text[:m.start()]):
            return Fact(name, "sentence", line.text)
        dash = _DASH_PLACE.match(text)
        if dash and resolve(dash.group("place")) and (not dash.group("rest") or _GATHERING_DATE.search(dash.group("rest"))):
            return Fact(dash.group("place"), "sentence", line.text)
        at = _DATED_AT.search(text)         # "25. april 2019 i Oslo"
        if at and _GATHERING_DATE.search(text[:at.start()]) and resolve(at.group("place")):
            return Fact(at.group("place"), "sentence", line.text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if _KIND_ALONE.match(text) and nxt is not None and _lone_town(nxt, resolve):
            return Fact(nxt.text.strip(), "sentence", f"{line.text} {nxt.text}")
    return None


# A short fact of a study in a strip of key facts: credits, a deadline, the pace, a length, the loan fund.
# (two campuses as alternatives: "Bergen eller Oslo", "Bergen/Oslo")
_STRIP_PLACES_SPLIT = re.compile(r"\s*,\s*|\s+(?:eller|og|or|and)\s+|\s*/\s*", re.I)
_STRIP_FACT = re.compile(CREDITS.pattern + r"|\b\d{1,3}\s*poeng\b|\bsøknadsfrist|\bdeadline|\bdeltid|\bheltid|\bheiltid|\bpart[- ]time"
                         r"|\bfull[- ]time|\blånekassen|\b\d\s*(?:år|semest\w*|years?)\b"
                         # credits however written, a length in words, a term: "30 (15 + 15) studiepoeng", "To semester"
                         r"|\bstudiepoeng\b|\bECTS\b|\b(?:ett|eitt|to|tre|fire|one|two|three|four)\s+(?:år|semest\w*|years?)\b"
                         r"|\b\d{1,2}\s*(?:måneder|månader|months)\b",        # "24 months"
                         re.I)
# A term that is a whole item of the strip: "Høst 2024" (one fact however many: a plan's semesters are no strip).
# (a definite form too: "Høsten 2022", "Hausten 2024"; or no year: "Høst" beside "Søknadsfrist 2022: 20. april")
_STRIP_TERM = re.compile(r"^(?:høsten|våren|hausten|høst|vår|haust|autumn|fall|spring)(?:\s+20\d\d)?$", re.I)


def _fact_strips(lines: list[Line]) -> list[list[str]]:
    """The strips of a study's key facts ("Studielengde | Oslo | Støttet av Lånekassen | Søknadsfrist 15.04.2018 |
    90 studiepoeng", as list items or one line split by "|"): at least three short items, two of them course facts."""
    strips, run = [], []
    for line in lines + [Line("", "heading")]:
        if line.related:
            continue
        if line.kind == "item" and len(line.text) <= 60 and (not run or run[-1].section == line.section):
            run.append(line)
            continue
        if len(run) >= 3:
            strips.append([item.text for item in run])
        run = [line] if line.kind == "item" and len(line.text) <= 60 else []
        if line.kind == "text" and line.text.count("|") >= 2:
            strips.append([part.strip() for part in line.text.split("|")])
    # two course facts at least: a menu's "Om oss | Bergen | Oslo | Deltid" is no strip of a study's facts
    # (nor a plan's semesters with their courses: "Høst" / "PED101 Pedagogikk 30 studiepoeng")
    return [items for items in strips if len(items) >= 3 and all(len(item) <= 60 for item in items)
            and sum(bool(_STRIP_FACT.search(i)) for i in items) + any(_STRIP_TERM.match(i) for i in items) >= 2
            and not any(_CODE_LINE.match(i) for i in items)]


# A strip's item that is only credits, maybe summed: "60 poeng", "15 + 15 + 15 + 15 studiepoeng", "30 ECTS".
_STRIP_CREDITS = re.compile(rf"^{_NUM}(?:\s*\+\s*{_NUM})*\s*(?:{_UNIT}|poeng\b)$", re.I)


def _strip_credits(lines: list[Line]) -> Fact | None:
    """The credits that are one whole item of a strip of a study's key facts ("Oslo | Årsstudium, videreutdanning |
    60 poeng | Høst"); none when a strip has two such items."""
    for items in _fact_strips(lines):
        found = [item for item in items if _STRIP_CREDITS.match(item)]
        if len(found) == 1:
            return Fact(found[0], "sentence", " | ".join(items))
    return None


def _fact_strip_places(lines: list[Line], resolve) -> Fact | None:
    """A place that is one item of a strip of a study's key facts: a whole item ("Oslo", "Campus Tromsø") or a
    part of one between commas ("Nettbasert, Bergen")."""
    for items in _fact_strips(lines):
        # the place may share its item with the teaching form or a second campus: "Nettbasert, Bergen"
        known = [part for item in items if not _STRIP_FACT.search(item) and not _STRIP_TERM.match(item)
                 for part in ([item] if resolve(item) else [p.strip() for p in _STRIP_PLACES_SPLIT.split(item)])
                 if resolve(part)]
        known = list(dict.fromkeys(known))
        if known:
            return Fact("; ".join(known), "sentence", " | ".join(items))
    return None


def strip_term(lines: list[Line]) -> Fact | None:
    """The term that is a whole item of a strip of a study's key facts: "Nettbasert, Bergen | Videreutdanning,
    deltid | 30 studiepoeng | To semester | Høst 2024" starts in the autumn of 2024."""
    for items in _fact_strips(lines):
        term = next((item for item in items if _STRIP_TERM.match(item)), None)
        if term:
            return Fact(term, "sentence", " | ".join(items))
    return None


# A language as a whole item of a strip: "Application Deadline | 24 months | English".
_STRIP_LANGUAGE = re.compile(r"^(?:english|engelsk|norsk|norwegian|nynorsk|bokmål)$", re.I)


# The strip's own language, from its other items: "Søknadsfrist 1. mars | 30 studiepoeng | Deltid | English" is
# Norwegian, so its lone "English" is a link to the English site, not the teaching language (as "Norsk" in
# "Application deadline | 30 ECTS | Part-time | Norsk"); "Engelsk" there is the teaching language.
_STRIP_NORWEGIAN = re.compile(r"\b(?:studiepoeng|søknadsfrist\w*|deltid|heltid|heiltid|lånekassen|år|semestre|måneder"
                              r"|månader|høst\w*|vår\w*|haust\w*|nettbasert|samling\w*)\b", re.I)
# … and English: "Application deadline | 30 ECTS | Part-time | Norsk" (whose lone "Norsk" is the switch).
_STRIP_ENGLISH = re.compile(r"\b(?:deadline|part[- ]time|full[- ]time|years?|semesters|months|autumn|spring|credits|online)\b",
                            re.I)


def strip_language(lines: list[Line]) -> Fact | None:
    """The teaching language that is the one language item of a strip of a study's key facts (not a language
    switcher's "Norsk | English", which names two, nor a lone switch to the other language: _STRIP_NORWEGIAN)."""
    for items in _fact_strips(lines):
        said = [item for item in items if _STRIP_LANGUAGE.match(item.strip())]
        rest = " ".join(item for item in items if item not in said)
        switch = re.compile(r"english|norwegian" if _STRIP_NORWEGIAN.search(rest) and not _STRIP_ENGLISH.search(rest)
                            else r"norsk|nynorsk|bokmål" if _STRIP_ENGLISH.search(rest) and not _STRIP_NORWEGIAN.search(rest)
                            else r"(?!)", re.I)
        if len(said) == 1 and not switch.fullmatch(said[0].strip()):
            return Fact(said[0], "sentence", " | ".join(items))
    return None


# Between the names of a group of places: "Trondheim, Bodø eller Tromsø", "Bodø og Levanger", "Bergen/Stavanger".
_PLACE_SEPARATOR = re.compile(r"\s*,\s*|\s+og\s+|\s+and\s+|\s+eller\s+|\s+or\s+|\s*/\s*")


def _known_places(groups: list[str], resolve) -> list[str]:
    """The names in groups of places ("Trondheim, Bodø eller Tromsø") that `resolve` knows, once each."""
    known: list[str] = []
    for group in groups:
        for name in _PLACE_SEPARATOR.split(group):
            words = name.split()           # "Nydalen Oslo": the words that name a place; "Oslo og": its first
            spans = [words[i:] for i in range(len(words))] + [words[:i] for i in range(len(words) - 1, 0, -1)]
            hit = next((" ".join(span) for span in spans if resolve(" ".join(span))), None)
            if hit and hit not in known:
                known.append(hit)
    return known


# A start's term or date with its year: "høsten 2025", "mars 2025", "2025 HØST", "1. mars 2025", "15.08.2025" (the months'
# names are domain/when.py's).
_TERM = (r"(?:(?:høstsemesteret|vårsemesteret|haustsemesteret|høstsemester|vårsemester|haustsemester"
         r"|(?:the\s+)?(?:spring|autumn|fall)\s+semester"
         r"|høsten|våren|hausten|høst|vår|haust|autumn|fall|spring|sommeren|sommer)\s*(?:20\d\d)"
         rf"|(?:{when.MONTH_NAMES})\s+20\d\d|20\d\d\s*(?:høst|vår|haust|HØST|VÅR)|\d{{1,2}}\.\s*"
         rf"(?:{when.NO_MONTH_NAMES})\s+20\d\d"
         r"|\d{1,2}\.\d{1,2}\.20\d\d"
         # an English date with its day, either way round: "February 12 2018", "August 18th, 2021", "12 February 2018"
         rf"|(?:{when.EN_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+20\d\d"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{when.EN_MONTH_NAMES})\s+20\d\d"
         # a week of a year: "Studiet begynner i uke 33, 2017"
         rf"|{when.WEEK_YEAR})")
# The study offered: "tilbys", "blir tilbode", "we are offering" (not "Kurset tilbys ikke høsten 2025").
_OFFERED = (r"(?:tilbys|tilbyes|vi tilbyr|tilbyr vi|(?:blir|vert) tilb(?:udt|ode|ydd)|(?:is|are|will be) offered|we offer"
            r"|we are offering|we will offer"
            # courses set up or arranged in a term: "Høsten 2020 setter vi opp nye kurs", "we will run the course" (the
            # course the object: not "Vi arrangerer informasjonsmøte om studiet …", "Vi arrangerer dessverre ikke kurset")
            r"|(?:setter vi opp|set(?:ter|jer) opp|vi arrangerer|arrangerer vi)\s+(?:(?:nye|nytt|eit|et|ett|ein|en|ei|dette|denne"
            r"|neste|flere|fleire)\s+)?(?:kurs|kurset|kursene|kursa|kull|studiet|studium)"
            r"|we (?:will )?run (?:the |this |a |our )?(?:course|programme)|we are running (?:the |this |a |our )?(?:course"
            r"|programme))\b(?!\s+(?:ikke|ikkje|not)\b)")
# "Oppstart høsten 2025", "Studiestarten hausten 2021", "Starting date: 30.01.2020", "Til opptaket høsten 2021 …",
# "Den første samlingen holdes 27. april 2022"
_START = re.compile(r"\b(?:oppstart\w*|studiestart\w*|start(?:er|ar|s|ed|ing)?|begynn\w*|byrj\w*|kursstart|første samling\w*"
                    r"|fyrste samling\w*|neste kull|nytt kull|(?P<intake>opptak(?:et)?|intake)"
                    # the next round of a course given again and again: "Neste runde med grunnkurs kommer våren 2023"
                    # (not a round of exams, admission or grants: "Neste runde med suppleringsopptak …")
                    r"|(?:neste|ny|nye)\s+runder?\s+(?:med|av)\s+(?:[\w-]+\s+){0,3}?(?:\w*kurs\w*|\w*program\w*|studiet"
                    r"|samling\w*)"
                    # the first run, opening its sentence: "Første gang er i juni 2017" (not a plan "godkjent første
                    # gang 1. april 2003")
                    r"|(?:^|(?<=, )|(?<=: ))(?:første gang|fyrste gong)"
                    # … or said of the teaching: "Emnet undervises for første gang i vårsemesteret 2025", "blir undervist
                    # for fyrste gong", "is taught for the first time in" (not an exam's or a grant's: "Eksamen gis for
                    # første gang i ny form", "Stipendet gis for første gang")
                    r"|(?:undervises|undervisast|tilbys|tilbydes|tilbodast|gjennomføres|gjennomførast"
                    r"|(?:blir|vert|vil bli)\s+(?:undervist|tilbudt|tilbode))\s+(?:for\s+)?(?:første|fyrste)\s+(?:gang|gong)"
                    r"|(?:is|will be)\s+(?:taught|offered)\s+for\s+the\s+first\s+time"
                    # the course's period from its first month: "Kursperioden går fra oktober 2024 til april 2025", "The
                    # course period runs from March 2025"
                    r"|(?:kursperioden|studieperioden|kursperiode|course period|the course runs)\s+"
                    r"(?:(?:går|gjeng|varer|varar|er|runs|is|lasts)\s+)?(?:fra|frå|from)"
                    # "Teaching begins in August 2026", "The programme commences in spring 2027", "Undervisninga tek til i august"
                    r"|begins?|commences?|(?:tek|tar) til"
                    # a short course held on its dates: "Kurset går over tre dager, 8.–10. oktober 2025, i Trondheim",
                    # "Kurset holdes i Trondheim 8.–10. oktober 2025" (not "Kurset går ikke …")
                    r"|(?:kurset|kursdagene|kursdagane|seminaret)\s+(?:holdes|haldast|blir holdt|vert halde|avholdes"
                    r"|arrangeres|gjennomføres|går|finner sted|foregår|is held|takes place)(?!\s+(?:ikke|ikkje|not)\b)"
                    # the study offered in a term: "Kurset tilbys våren 2025", "We offer the course in autumn 2026"
                    r"|" + _OFFERED + r")\b"
                    # (not when information is posted: "for kullet som starter i 2023, legges ut her i oktober 2022")
                    # (nor a deadline's date: "The course starts after the application deadline of April 15, 2025")
                    r"(?:(?!lyses ut|utlyses|blir utlyst|søknadsfrist|frist|deadline|announced|legges ut|publiseres|published|posted)"
                    # (a range's first day stays inside: "starter 23.–24. august 2023", "5. og 6. september 2024",
                    # "30. september–1. oktober 2024", "23.08.–24.08.2023")
                    r"(?:[^.;]|(?<=\d)\.(?=\d|\s*(?:[-–]|og\b|and\b)\s*\d|\s*[a-zæøå]+\s*[-–]\s*\d))){0,50}?\b(?P<term>"
                    + _TERM + ")", re.I)
# A past or a full intake: "avsluttet", "var", "Alle plasser med start våren 2019 er nå tatt", "Kurset er fulltegnet",
# "Kurset er fullt." (not a manner: "Studiet er fullt nettbasert med oppstart høsten 2025", "is full-time").
_PAST = re.compile(r"\bavslutt\w*|\bvar\b|\bfullført\w*|\bgjennomført\w*|\bhadde\b|\btidligere kull|\bforrige|\bsiste kull"
                   r"|\b(?:ble|blei|vart) (?:gitt|gjeve|tilbudt|tilbode|holdt|halde)\b|\bwas (?:given|offered|held)\b"
                   r"|\bwas\b|\bended\b|\b(?:er|is) (?:nå |no |now )?full[t]?\b(?![-\w])(?!\s+(?!for\b|og\b|and\b|med\b)[^\W\d])|\bfulltegnet\b|\bfullteikna\b|\bfullbooket\b"
                   r"|\bfully booked\b"
                   r"|\bplass\w* [^.;]{0,30}\ber (?:nå )?(?:tatt|besatt|fylt)\b"
                   # no intake that term: "Ikke opptak høsten 2024", "Oppstart hausten 2024 er avlyst", "cancelled"
                   r"|\b(?:ikke|ikkje|ingen|no) (?:opptak|intake|admission)\b"
                   r"|(?<!ikke )(?<!ikkje )(?<!not )\b(?:er|blir|vart|ble|is|has been|was) (?:avlyst|cancell?ed)\b", re.I)
# A decision and its date in one clause: "Dekanen vedtok de utfyllende reglene for opptak til masterstudiet 28. mars
# 2007", "ble godkjent av fakultetsstyret 12. mars 2024", "approved by the board in May 2021" (not a start after the
# clause: "Studiet, som er vedtatt av høgskolestyret, starter høsten 2025").
_DECIDED = re.compile(r"\b(?:vedtok|vedtatt|vedteke|vedtekne|fastsatt|fastsett|godkjent|godkjend|sist endret|sist endra"
                      r"|approved|adopted)\b[^,;]{0,90}$", re.I)


# A length in days or hours of the day: "to dager", "2-dagers", "Dei to første dagane", "Kl. 10:00 - 15:30".
_DAYS = re.compile(r"\b(?:\d{1,2}|en|ein|ett|eitt|to|tre|fire|one|two|three)(?:\s*-\s*|\s+(?:\w+\s+)?|(?<=\d)|(?=dag))"
                   r"(?:dager|dagar|dagene|dagane"
                   r"|dagers|dagars|kursdager|kursdagar|temadager|temadagar|days?)\b|\bheldags\w*|\bdagskurs\w*"
                   r"|\bkl\.?\s*\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}"
                   # clock hours without "kl." ("10.00-17.00", "0900 - 1530"), a whole or half day, hours ("5-7 timer")
                   r"|(?<![\d.,])\d{1,2}[:.](?:00|15|30|45)\s*[-–]\s*\d{1,2}[:.](?:00|15|30|45)\b"
                   r"|(?<![\d.,])(?:0[7-9]|1[0-8])(?:00|15|30|45)\s*[-–]\s*(?:0[7-9]|1\d|2[0-2])(?:00|15|30|45)\b(?!-?tallet)"
                   r"|\b(?:en|ein|én|one)\s+(?:hel|heil|halv|full|whole|half)\s+dag\b|\bheldag\b|\b(?:a\s+)?(?:full|half)[- ]day\b"
                   r"|(?<![\d.,])\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:timer|timar|hours)\b"
                   # hours or whole days and nights in words: "varer kurset rundt fem timar", "samles i 3 døgn", "to døgn"
                   r"|\b(?:to|tre|fire|fem|seks|sju|syv|åtte|two|three|four|five|six|seven|eight)\s+(?:timer|timar|hours)\b"
                   r"|\b(?:\d|to|tre|fire|fem)(?:\s+|\s*-\s*)døgns?\b"     # (and "et 2-døgns opphold", "tre døgns internat")
                   rf"|^{when.DAY_SPAN_DATE}", re.I)


# A time limit in days, not a length: "Within 30 days of being told …", "innen 14 dager", "to dager før start".
_DAYS_LIMIT = re.compile(r"(?:within|innen|innan|senest|seinast|i løpet av|postboks|kr\.?|nok|pris:?)\s+$")
# (and a weekly load: "praksis på 30 timer i uka", "7.5 hours a week", "5 timar kvar veke"; not a numbered week:
# "to dagar i veke 12")
_DAYS_AFTER = re.compile(r"^\s*(?:før|etter|fra|frå|before|after|from|of being|of receiving|notice|i døgnet|i døgeret|a day"
                         r"|i uka\b|i uken\b|i veka\b|i veke\b(?!\s*\d)|(?:per|pr\.?|hver|kvar) (?:uke|veke)\b|om (?:uka|veka)\b"
                         r"|(?:a|per|each|every) week\b|(?:every other|each other) week\b|weekly\b"
                         # "forelesning tre timer ukentlig", "to timar annakvar veke"
                         r"|ukentlig\b|ukentleg\b|vekentleg\b|annenhver (?:uke|veke)\b|annakvar (?:uke|veke)\b"
                         r"|kr\b|kroner|nok\b|,-)", re.I)


def course_length(text: str) -> bool:
    """Does the text give a course's length in days or hours ("to dager", "Kl. 10:00 - 15:30"), not a time limit?"""
    return any(not _DAYS_LIMIT.search(text[max(0, m.start() - 14):m.start()].lower())
               and not _DAYS_AFTER.match(text[m.end():m.end() + 15]) for m in _DAYS.finditer(text))


# The term first, then the offer: "In autumn 2018 we are offering a short programme", "Høsten 2025 tilbyr vi kurset".
_TERM_OFFERED = re.compile(r"\b(?P<term>" + _TERM + r")\s*,?\s*" + _OFFERED, re.I)
# The term first, opening its sentence, and the start after it, with the study as what starts, named right after the
# verb, maybe by its provider first: "Fra høsten 2022 starter NLA Høgskolen en videreutdanning", "Hausten 2025 startar
# eit nytt kull" (not "Høsten 2022 startet …", told in the past, nor "starter søknadsperioden", "starter ikke kurset",
# "startar vi eit nytt grunnskuletilbod", "starter også et nytt tilbud").
_TERM_STARTS = re.compile(r"^(?:(?:fra|frå|from|fra og med|frå og med|i|in)\s+)?(?P<term>" + _TERM + r")\s*,?\s*"
                          r"(?:(?:starter|startar|begynner|byrjar|starts|begins)\s+"
                          r"(?:(?-i:[A-ZÆØÅ][\w-]*)(?:\s+(?-i:[A-ZÆØÅ][\w-]*)){0,2}\s+)?"
                          r"(?:(?:et|eit|ei|en|ein|det|dette|den|denne|a|an|the|this)\s+)?(?:(?:nytt?|nye|new|neste|next)\s+)?"
                          r"(?:\w*kurs(?:et)?|\w*studi(?:um|et)|\w*utdanning(?:a|en)?|\w*program(?:met|me)?|kull(?:et)?"
                          r"|cohort|intake|course|programme)\b"
                          # the verb split round its object: "Høsten 2021 tar et nytt kull til", "… tar det nye kullet til",
                          # "Fra høsten 2025 tar vi opp et nytt kull"
                          r"|(?:tar|tek)\s+(?:(?:et|eit|ei|en|ein|det)\s+)?(?:nytt?\s+|nye\s+)?(?:kull(?:et)?|kurs(?:et)?)\s+til\b"
                          r"|(?:tar|tek)\s+(?:vi|me)\s+opp\s+(?:et|eit)\s+(?:nytt\s+)?kull\b)", re.I)


_OFFERED_AT = re.compile(_OFFERED, re.I)


# The application's start, not the study's: "Søknadsperioden starter 1. februar 2026", "Registration begins in March"
_APPLYING_BEFORE = re.compile(r"\b(?:søknads\w*|påmelding\w*|application(?: period)?|registration|enrolment|enrollment"
                              r"|applications)\s+(?:period\s+|perioden\s+|opens?\s+and\s+)?$", re.I)


def _start_in(sentence: str) -> str | None:
    """The start term a sentence states; the study's start before its intake: "Neste opptak er våren 2025,
    med søknadsfrist 1. mars 2025 og studiestart høsten 2025" starts in the autumn."""
    # an offer's term close to its verb: "Kurset tilbys på deltid våren 2026" (not another offer further on: "Vi
    # tilbyr også et annet kurs om veiledning for nyansatte ledere våren 2026")
    found = [m for m in _START.finditer(sentence) if (not (offer := _OFFERED_AT.match(sentence, m.start()))
             or m.start("term") - offer.end() <= 30) and not _APPLYING_BEFORE.search(sentence[:m.start()])]
    if not found and _TERM_OFFERED.search(sentence):
        return _TERM_OFFERED.search(sentence).group("term")
    if not found and _TERM_STARTS.search(sentence):
        return _TERM_STARTS.search(sentence).group("term")
    found.sort(key=lambda m: m.group(0).lower().startswith("started"))    # the past start after the next one
    return next((m.group("term") for m in found if not m.group("intake")), found[0].group("term") if found else None)


# A start told in the past: "The first intake started on September 5, 2023" (read only when no other start is told:
# "… The next intake starts on August 20, 2024").
_STARTED = re.compile(r"\bstarted\b(?!.*\b(?:start\w*|begin\w*|commence\w*)\b)[^.;]{0,50}?$", re.I)


# The study year a study runs in: "Studieåret 2022-23 går utdanninga som nettstudium", "I studieåret 2025/2026 tilbys
# kurset på nett", "In the academic year 2025-26 the course runs online" (not a plan's year: "Studieplan for
# studieåret 2022-2023").
_YEAR_RUNS = re.compile(r"(?P<term>" + when.STUDY_YEAR + r"),?\s+(?:(?:the|this|dette|denne)\s+\w+\s+)?"
                        r"(?:går|gjeng|tilbys|tilbydes|tilbyr vi|tilbyd vi|blir\s+(?:\w+\s+)?tilbudt|vert\s+tilbode|tilbodast"
                        r"|runs|is offered|will run|will be offered)\b"
                        r"(?!\s+mot\b)", re.I)     # (not "går mot slutten"; a denial anywhere is read in `start`)


# The study year's start, said of the study or its places: "Det er plass til 450 skoleledere når studieåret 2023-2024
# starter" (not a plan's, a fee's or a move's: "Den nye studieplanen tas i bruk når studieåret 2025-2026 starter",
# "Semesteravgiften må være betalt før studieåret 2024-2025 starter", "Before the academic year 2024-2025 starts").
_YEAR_STARTS = re.compile(r"(?P<term>" + when.STUDY_YEAR + r")\s+(?:starter|startar|begynner|byrjar|starts|begins)\b", re.I)
_YEAR_STARTS_OF_STUDY = re.compile(r"\b(?:plass(?:er)?|plassar|studieplass\w*|deltakere|deltakarar|students|participants"
                                   r"|kullet|studiet|kurset|programmet|utdanningen|utdanninga|the programme|the course)\b",
                                   re.I)
_YEAR_STARTS_NOT = re.compile(r"\b(?:før|before|avgift\w*|\w*avgiften|fee|fees|betal\w*|pay|studieplan\w*|gjelder|gjeld"
                              r"|tas i bruk|flytt\w*|moves?)\b", re.I)


# The study year an intake is for, said of applying to it: "Søknad til hovedopptaket 2023-2024 kan sendes …",
# "Søknaden til opptaket for 2025/2026 åpner 1. februar", "Opptak 2025-2026: søknadsfrist 15. april" (not a past one: a
# sentence told in the past is skipped; nor figures or changes of an intake: "Statistikk fra opptak 2023-2024",
# "Opptakskravene er endret fra og med opptak 2024-2025", "Opptak 2025-2026 er utsatt").
_INTAKE_YEAR = re.compile(r"\b(?:hoved|hovud)?opptak(?:et)?\s+(?:for\s+|til\s+)?(?:studieåret\s+)?"
                          r"(?P<years>(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d))\b", re.I)
_APPLYING_FOR = re.compile(r"\bsøknad\w*|\bsøke\b|\bsøkje\b|\bapply|\bapplications?\b|\båpner\b|\bopnar\b|\bkan sendes\b"
                           r"|\bkan sendast\b|\bfrist\b", re.I)
# … not the intake rules or a plan apply from: "Reglene gjelder fra og med opptaket til studieåret 2016/2017".
_RULES_FROM = re.compile(r"\b(?:gjelder|gjeld|gyldig|valid|applies|apply|regl\w*|rules?|forskrift\w*|studieplan\w*)\b", re.I)


def start(lines: list[Line]) -> Fact | None:
    found = past = applied = None
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        told_past = bool(_PAST.search(sentence))
        term = None if told_past else _start_in(sentence)
        runs = None
        if not (term or told_past or re.search(r"\b(?:ikke|ikkje|not)\b", sentence, re.I)):
            runs = _YEAR_RUNS.search(sentence)      # (not "I studieåret 2025-2026 går studiet ikke")
            if runs is None and _YEAR_STARTS_OF_STUDY.search(sentence) and not _YEAR_STARTS_NOT.search(sentence):
                runs = _YEAR_STARTS.search(sentence)
        if runs:
            term = runs.group("term")
        intake = None if (term or told_past or applied) else _INTAKE_YEAR.search(sentence)
        if intake and _APPLYING_FOR.search(sentence) and not _RULES_FROM.search(sentence[:intake.start()]):
            # "Søknad til hovedopptaket 2023-2024 …": that study year's autumn, when no sentence names the start
            applied = Fact(f"studieåret {intake.group('years')}", "sentence", sentence)
        if term and _DECIDED.search(sentence[:sentence.find(term)]):
            term = None                         # the date of a decision, not of a start
        if term and _STARTED.search(sentence[:sentence.find(term)]):
            past = past or Fact(term, "sentence", sentence)
        elif term:
            found = Fact(term, "sentence", sentence)
            break
    found = found or applied or past
    if found is None:                       # the first of a plan's numbered gatherings: "Samling 1: 13. november 2023"
        first = next((rest for n, rest in numbered_gatherings(lines) if n == 1), "")
        m = None if _PAST.search(first) else re.search(_TERM, first, re.I)
        found = Fact(m.group(0), "sentence", first) if m else None
    if found is None:                       # the first part or day, dated: "Del I: 12.-14. november 2021 på Klækken",
        for i, line in enumerate(lines):    # "Dag 1 er 21. mars 2023 (kl. 9.30-15.30)"; a label "1. del" over its date
            text = line.text
            if line.kind == "label" and line.value:
                text = f"{line.text}: {line.value}"
            elif _FIRST_PART_LABEL.match(text) and i + 1 < len(lines) and lines[i + 1].kind in ("text", "item"):
                text = f"{line.text}: {lines[i + 1].text}"
            first = _FIRST_PART.match(text)
            m = first and not line.related and not _PAST.search(text) and re.search(_TERM, first.group("rest"), re.I)
            if m:
                return Fact(m.group(0), "sentence", text)
    return found or _kicker_date(lines)


# A label of the first part, over its dates on the next line: "1. del", "Del 1", "Dag 1", "Part 1".
_FIRST_PART_LABEL = re.compile(r"^\s*(?:1\.\s*(?:del|kursdel|dag|kursdag|samling|modul|part|day)|(?:del|kursdel|dag|kursdag|part"
                               r"|day|modul|module)\s*(?:1|I))\s*:?\s*$", re.I)
# A line that is only a date (with a weekday, a place or the hours): "25. april 2019 i Oslo", "– Gardermoen 25. og 26.
# februar 2019", "Torsdag 23. mars 2023": a one-off course's date under its title. Not a page's date of publishing,
# nor a deadline.
_DATE_LINE_NOT = re.compile(r"publisert|published|oppdatert|updated|endret|sist|frist|deadline|søk|apply|påmeld|innen|by\b"
                            # a price list's date: "Prisliste kl B (gjeldende fra 10. april 2022)", "Valid from 1 May 2024"
                            r"|gjeld|gyldig|valid|\bfra\b|\bfrå\b|\bfrom\b|pris", re.I)


def _kicker_date(lines: list[Line]) -> Fact | None:
    """The start a dated line right under the title gives: a short course's date, as the first of its first lines
    (at most two lines under the title, none of them under a section)."""
    for _, line in _kicker_lines(lines, _DATE_KICKER_LINES):
        if line.section:
            return None
        text = line.text.strip()
        if len(text) > 60 or text.endswith((".", ":", "!", "?")) or _DATE_LINE_NOT.search(text):
            continue
        m = re.search(_TERM, text, re.I)
        if m and re.search(r"\d{1,2}\.", text):      # a day's date, not a term alone ("Høst 2024" is the catalogue's)
            return Fact(m.group(0), "sentence", text)
    return None


# The first part or day of a course with its date: "Del I: 12.-14. november 2021", "Dag 1 er 21. mars 2023", "Part 1:
# 3 May 2024", "Kursdag 1 – 4. februar 2020", "1. del: Mandag 4. og tirsdag 5. mars 2019" (the date within the first few
# words).
_FIRST_PART = re.compile(r"^\W*(?:(?:del|kursdel|dag|kursdag|part|day|modul|module)(?:\s*1|\s+(?:I|en|ein|one))"
                         r"|1\.\s*(?:del|kursdel|dag|kursdag|modul|part|day))\b\s*(?:[:=–-]|er\b|is\b)"
                         r"\s*(?P<rest>(?:(?!eksamen|exam|frist|deadline|søknad|application)[^\n]){0,40})", re.I)


# A start said by season alone: "Start haust", "Oppstart: høst", "Semester undervisningsstart: Vår", "Starts in autumn".
_SEASON_START = re.compile(r"\b(?:oppstart|studiestart|start|starts|starter|startar|undervisningsstart|semesterstart"
                           # "Du begynner om våren", "Studiet startar om hausten", "The programme begins in the spring"
                           # (the study or the reader, not another event: "Praksisperioden begynner om våren")
                           r"|(?:studiet|kurset|programmet|utdanningen|utdanninga|undervisningen|undervisninga|du|de"
                           r"|the programme|the course|the study|you)\s+(?:begynner|byrjar|starter|startar|tek til"
                           r"|begins|starts|begin|start)\s+(?:om|i|in)(?:\s+the)?)\b"
                           # (or by its month alone: "Oppstart: August", "Starts in January")
                           rf"(?:\s+in)?\s*[:=]?\s*(?P<season>{when.SEASON_NAMES}|{when.START_MONTH_NAMES})\b"
                           r"(?!\s*[-/]?\s*(?:19|20)?\d\d\b)", re.I)
# The year beside it: the application period's or deadline's date ("Søknadsperiode 01.02.2023 -", "Søknadsfrist
# 15. april 2024"); not the study year a course description is valid for (its "Vår" may be any year's).
_APPLY_DATE = re.compile(r"\b(?:søknadsperiode\w*|søknadsfrist\w*|application period|application deadline|deadline)\b"
                         r"\W{0,3}(?:\d{1,2}\.?\s*)?(?:\d{1,2}\.|[a-zæøå]+\s+)(?P<year>(?:19|20)\d\d)\b", re.I)


# The study year a course description is valid for: "Emnebeskrivelsen gjelder studieåret 2024-2025", "valid for the
# academic year 2024-2025" (not "gjelder fra studieåret 2021-2022", nor "Tidligere versjoner: studieåret 2022-2023").
_VALID_FOR_YEAR = re.compile(r"\b(?:gjelder|gjeld|valid)\s+(?:for\s+)?(?:the\s+)?" + when.STUDY_YEAR, re.I)


def season_start(lines: list[Line]) -> Fact | None:
    """A start said by season or month alone ("Start haust", "Oppstart: August") with its year from the application
    period or deadline on the page: "haust 2023" (a start is in the application's year, or the year after an
    application in August-December; a month's start in the year after an application in that month or later).
    Without an application's date, from the study year the page is valid for: "Semester undervisningsstart: Høst" in
    "studieåret 2024-2025" is the autumn of 2024, a spring start the spring of 2025."""
    own = [line for line in lines if not line.related]
    texts = [f"{line.text} {line.value or ''}".strip() for line in own]
    # (a start label over its value on the next line: "Semester undervisningsstart" / "Høst")
    pairs = [f"{t} {texts[i + 1]}" if i + 1 < len(texts) and len(t) <= 40 and not re.search(r"[\d.:!?]$", t)
             and len(texts[i + 1]) <= 20 else t for i, t in enumerate(texts)]
    said = next(((t, m) for t in pairs for m in [_SEASON_START.search(t)] if m), None)
    if said is None:
        return None
    season = said[1].group("season")
    start_month = when.month_number(season)
    for i, text in enumerate(texts):
        if len(text) < 40 and not re.search(r"\d", text) and i + 1 < len(texts):
            text = f"{text} {texts[i + 1]}"   # a label over its value: "Søknadsperiode" / "01.02.2024 -"
        m = _APPLY_DATE.search(text)
        if m:
            year = int(m.group("year"))
            month = re.search(r"\d{1,2}\.(\d{1,2})\.", m.group(0))
            apply_month = int(month.group(1)) if month else when.month_number(m.group(0))
            if start_month is not None and apply_month is not None:
                late = start_month < apply_month      # "Oppstart: Januar" after a deadline in October: the next year
            else:
                late = apply_month is not None and apply_month >= 8
            year = year + 1 if late else year
            return Fact(f"{season} {year}", "sentence", f"{said[0]} {text}"[:300])
    for text in texts:
        m = _VALID_FOR_YEAR.search(text)
        if m and not _PAST.search(text):
            first = int(m.group("year7"))
            spring = start_month < 8 if start_month is not None else \
                when.start_term(f"{season} {first}") == f"{first}-var"
            return Fact(f"{season} {first + 1 if spring else first}", "sentence", f"{said[0]} {text}"[:300])
    return None


# The weekdays' names in bokmål and in English: "Tirsdag" in "Tirsdag 12. april 2023", "Monday" in "Register by Monday
# 1 March".
_NO_WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
_EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A line that is only a date or a term: a schedule's "19.-20. oktober 2023", "Tirsdag 12. april 2023", "Høst 2024:".
# (with its clock times and the day it ends: "10. juni 2021, Kl. 08.00 - 11. juni 2021, 15.00")
# ("kl. 10-15", "fra kl. 10.00 til 15.00"; the end day with or without its year: "– 11. juni kl. 15.00")
_CLOCK = r"(?:,?\s*(?:fra\s+)?(?:kl\.?\s*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2}))"
_UNTIL = r"\s*(?:[-–]|til|to)\s*"
_END_DAY = rf"(?:{_TERM}|\d{{1,2}}\.\s*(?:{when.NO_MONTH_NAMES}))"
_DATE_LINE = re.compile(rf"^(?:(?:{_NO_WEEKDAYS}|{_EN_WEEKDAYS})\s*,?\s+)?"
                        r"(?:\d{1,2}\.?\s*[-–]\s*)?(?:" + _TERM + r")"
                        rf"(?:{_CLOCK}?{_UNTIL}{_END_DAY}?(?:\s*,?\s*(?:kl\.?\s*)?\d{{1,2}}(?:[.:]\d{{2}})?)"
                        rf"|{_CLOCK}{_UNTIL}{_END_DAY}{_CLOCK}?|{_CLOCK})?\s*:?$", re.I)
_HAS_CLOCK = re.compile(r"\bkl\b|\d[.:]\d\d\b", re.I)
_NOT_A_START = ("deadline", "apply", "admission", "price")
# (nor the term a plan is valid from: "Studieplanen gjelder fra:" / "Høst 2024", "Valid from:")
_NOT_A_SCHEDULE = re.compile(r"frist|deadline|\bsøk|\bapply|påmeld|publiser|published|oppdatert|updated|endret|revidert"
                             r"|gjelder|gjeld\b|gyldig|valid|versjon|version|godkjent|approved"
                             r"|kontakt|contact|nyhet|news"      # (nor a contact line's or a news item's date,
                             r"|informasjonsmøte|infomøte|information meeting", re.I)   # nor an information meeting's)


# A line that heads a term's gatherings: "Samlinger høst 2016:", "Sessions spring 2025" (not "Samlinger 2019-2020").
_GATHERINGS_TERM = re.compile(r"^(?:\w*samling(?:er|ar)?|sessions?|gatherings?)\s+(?:i\s+|in\s+)?"
                              rf"(?P<term>(?:{when.SEASON_NAMES})\s+(?:19|20)\d\d)\s*:?$", re.I)
# A heading over a schedule of gatherings: "Samlinger 2019-2020" / "Høst 2019:" (not "Søknadsfrist" / "Høst 2019"; a
# whole word, not "Samlingsbasert"; not a timetable's or information sessions' terms, which may be an exam's).
_SCHEDULE_HEADING = re.compile(r"\bsamling(?:er|ar|ane|ene|s?datoer|sdatoar|sdager|sdagar)?\b|\bgatherings?\b", re.I)


def _under_schedule_heading(own: list[Line], i: int) -> bool:
    """Is one of the three lines before line i a short heading of a schedule ("Samlinger 2019-2020", then
    "Ukedager" / "Mandag/tirsdag" / "Høst 2019:")?"""
    return any(len(x.text) <= 60 and not x.text.rstrip().endswith(".") and _SCHEDULE_HEADING.search(x.text)
               and x.kind in ("heading", "text") for x in own[max(0, i - 3):i])


_GATHERINGS_LABEL = re.compile(r"^\s*(?:\w*samling(?:er|ar|ane|ene|s?datoer|sdatoar|splan)|sessions|gatherings)\b", re.I)


def schedule_start(lines: list[Line]) -> Fact | None:
    """The first line of the page's own text that is only a date or a term, when no sentence names the
    start: the first day of a dated schedule, under the title, a sentence, a list's head ("… på disse
    dagene:") or another date. Not a label's value on the next line ("Søknadsfrist" over "1. juni 2024",
    "Dato for godkjenning" over "17.03.2015"), nor a date in an admission, application or price section."""
    own = [line for line in lines if not line.related and line.kind in ("text", "item", "label", "heading")]
    for i, line in enumerate(own):
        if set(label_keys(line.section) or ()) & set(_NOT_A_START):
            continue
        gatherings = _GATHERINGS_TERM.match(line.text)
        if gatherings and line.level != 1:      # "Samlinger høst 2016:" over the gatherings' dates
            return Fact(gatherings.group("term"), "sentence", line.text)
        if not _DATE_LINE.match(line.text) or line.level == 1:
            continue
        prev = own[i - 1] if i else None
        if prev is not None and _HAS_CLOCK.search(line.text) and not (
                prev.level == 1 or _DATE_LINE.match(prev.text) or _under_schedule_heading(own, i)):
            continue                        # an event's hour: "Digital kaffeprat med studieleder:" / "12. desember … kl. 18"
        if prev is not None and not (prev.level == 1 or prev.text.rstrip().endswith((".", ":", "!", "?"))
                                     or _DATE_LINE.match(prev.text) or (prev.kind == "label" and prev.value)
                                     or _under_schedule_heading(own, i)):
            continue                        # a label's value on the next line: "Gjelder fra" / "2023 HØST"
        if prev is not None and prev.kind != "label" and (
                label_keys(prev.text) is not None and not _GATHERINGS_LABEL.search(prev.text)
                or _NOT_A_SCHEDULE.search(prev.text)):
            continue                        # "Søknadsfrist:" / "1. juni 2024"; "Søknadsfristen er:" / "1. mars 2025"
            #                                 (a gatherings' label is the schedule's head: "Samlingsdatoar" / "Haust 2024";
            #                                 not "Datoer:" over a list of key dates)
        return Fact(line.text.rstrip(": "), "sentence", line.text)
    return None


# A session's line dated without its year, with its clock hours: "28.januar kl. 13.00 – 18.00, bare adepter:",
# "Tirsdag 4. mars kl. 10-15".
_YEARLESS_SESSION = re.compile(rf"^(?:(?:{_NO_WEEKDAYS}|måndag|tysdag|laurdag|sundag)"
                               r",?\s+)?(?P<date>\d{1,2}\.\s*"         # "Tysdag 4. mars kl. 10"
                               rf"(?:{when.NO_MONTH_NAMES}))"
                               r"(?!\s*(?:19|20)\d\d)[^.]{0,12}?\bkl\.?\s*\d", re.I)


def yearless_session(lines: list[Line]) -> Fact | None:
    """The first session of a schedule dated without its year ("28.januar kl. 13.00 – 18.00"), not a step of the
    application ("15. mars kl. 12: søknadene må være behandlet"); its year comes from the deadline (domain/when.py)."""
    for line in lines:
        if line.related or line.kind not in ("text", "item", "heading") or _NOT_A_SCHEDULE.search(line.text):
            continue
        if set(label_keys(line.section) or ()) & set(_NOT_A_START):
            continue
        m = _YEARLESS_SESSION.match(line.text.strip())
        if m:
            return Fact(m.group("date"), "sentence", line.text[:300])
    return None


# A schedule's line that begins with a week and its year: "Uke 33 / 2021 Digital samling", "Bergen: uke 35 – 51 i 2026".
_WEEK_LINE = re.compile(r"^(?:uke|veke|week)\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:i\s+|in\s+|/\s*|,\s*)?(?:19|20)\d\d\b", re.I)


def week_start(lines: list[Line]) -> Fact | None:
    """The first week of a schedule, as a line or a label's value beginning with a week and its year (not in an
    application section, nor under a deadline's label: "Søknadsfrist: uke 10 2024")."""
    for line in lines:
        if line.related or (set(label_keys(line.section) or ()) & set(_NOT_A_START)):
            continue
        text = line.value if line.kind == "label" and line.value else line.text
        if line.kind == "label" and line.value and _NOT_A_SCHEDULE.search(line.text):
            continue
        m = _WEEK_LINE.match(text.strip())
        if m:
            return Fact(m.group(0), "sentence", text[:300])
    return None


# The school year a school's prices, sessions or offers are given for: "Prisen for skuleåret 2024/2025 ligg mellom kr …",
# "Satsene under gjelder skoleåret 2024/2025", "hva bibelskoleåret 2024-2025 koster", "Samlinger skoleåret 2017/2018",
# "kva vi tilbyr vaksne i skuleåret 2024-25" (folk high schools, fagskoler, adult education; not a university's
# "studieåret", nor a year told in the past: "Første kull starta skuleåret 2015-2016").
_SCHOOL_YEAR = re.compile(r"(?<![^\W\d])(?:bibel)?(?:skoleåret|skuleåret|skoleår|skuleår)\s+(?:for\s+)?"
                          r"(?P<year>(?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b"
                          r"|\bschool year\s+(?P<year_en>(?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b", re.I)
_SCHOOL_YEAR_OF = re.compile(r"\bpris\w*|\bkost\w*|\bsats\w*|\bskolepeng\w*|\bskulepeng\w*|\bkr\b|\bkr\.|\bnok\b"
                             r"|\blån\w*|\bprice\w*|\bcosts?\b|\bfees?\b|\bsamling\w*|\btilbyr\b|\btilbyd\b|\boffer\w*", re.I)
_BEGAN = re.compile(r"\b(?:starta|startet|begynte|byrja|tok til|started|began)\b", re.I)


def school_year_start(lines: list[Line]) -> Fact | None:
    """The autumn of the latest school year the page gives prices, sessions or offers for (a loan's figure for last
    year beside this year's prices gives way to this year's)."""
    best = None
    for line in lines:
        if line.related:
            continue
        text = f"{line.text} {line.value}" if line.kind == "label" and line.value else line.text
        if not _SCHOOL_YEAR_OF.search(text):
            continue
        for sentence in (c for s in _split_sentences(text) for c in s.split(";")):     # (a clause at a time)
            if _PAST.search(sentence) or _BEGAN.search(sentence):
                continue
            for m in _SCHOOL_YEAR.finditer(sentence):
                year = int(m.group("year") or m.group("year_en"))
                if best is None or year > best[0]:
                    best = (year, sentence[:300])
    return Fact(f"høsten {best[0]}", "sentence", best[1]) if best else None


# A gathering numbered in a programme's plan: "Samling 1", "Samling 2:", "Session 3".
# "Samling 1: 13. november 2023", or its number first: "1. samling 3. og 4. september 2019", "2. samling, 20. og 21.
# september 2022 (digital samling)".
NUMBERED_GATHERING = re.compile(r"^(?:(?:samling|samlinga|session|gathering)\s*(?P<n>\d{1,2})\b\s*[:=–-]?"
                                r"|(?P<ordinal>\d{1,2})\.\s*(?:samling|samlinga|session|gathering)\b\s*[:=–,-]?)"
                                r"\s*(?P<rest>.*)$", re.I)
# A gathering's date: "13. – 14. november 2023", "6.–7. juni", "våren 25" (not a clock time: an agenda's "Session 1: 09.00").
_GATHERING_DATE = re.compile(r"\b\d{1,2}\.\s*(?:[-–]\s*\d{1,2}\.\s*)?(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)"
                             r"|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\b|\b(?:våren|hausten|høsten|vår|haust|høst|spring|autumn)\s+(?:20)?\d\d\b",
                             re.I)


def numbered_gatherings(lines: list[Line]) -> list[tuple[int, str]]:
    """(number, what follows) of each numbered gathering of the page's own text, as a label and its
    value ("Samling 1: 13. – 14. november 2023, Lillehammer") or a line and the line under it, when
    what follows is dated (an agenda's "Session 1: 09.00 Åpning" is no gathering)."""
    own = [line for line in lines if not line.related and line.kind in ("text", "item", "label", "heading")]
    out = []
    for i, line in enumerate(own):
        m = NUMBERED_GATHERING.match(line.text)
        if not m:
            continue
        rest = line.value if line.kind == "label" and line.value else m.group("rest")
        if not rest and i + 1 < len(own) and own[i + 1].kind in ("text", "item"):
            rest = own[i + 1].text
        if _GATHERING_DATE.search(rest) and not re.match(r"^(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\b(?!\.)", rest):
            out.append((int(m.group("n") or m.group("ordinal")), clean(rest)))
    return out


_DATE = when.DATE                       # "1. mars 2024", "1 March", "01.03.24" (domain/when.py reads them)
_DEADLINE = re.compile(r"\b(?:søknadsfrist\w*|påmeldingsfrist\w*|frist(?:en)?(?: for (?:søknad|påmelding))?"
                       r"|application deadline|deadline|closing date|søk inn[ea]n|søk senest|søk seinast"
                       r"|søknad(?:en|a)? må (?:være|vere) \w+ inn[ea]n|meld deg på inn[ea]n)\b"
                       # (the intake named between: "Søknadsfristen i Utdanningsdirektoratets nye hovedopptak er 1. mars")
                       r"(?:\s+(?:i|for|til)\s+(?:[\w-]+\s+){0,3}?\w*opptak\w*)?"
                       r"[^.;]{0,40}?(?P<date>" + _DATE + ")", re.I)
# The last day to apply: "Søknaden kan registreres fra 1. januar, og siste dag er 20. april 2022", "Siste søknadsdag er
# 1. mars", "The last day to apply is 1 March" (not a course's last day: "Siste dag av kurset er 20. april").
_LAST_DAY = re.compile(r"\b(?:siste søknadsdag(?:en)?|siste dag for å søkje|siste dag for å søke|last day to apply"
                       r"|last day for applications|(?:søknad\w*|søk\w*|apply|applications?)\b(?:[^.;]|(?<=\d)\.){0,60}?\b(?:siste dag(?:en)?"
                       r"|last day)(?!\s+(?:av|på|of)\b))\b[^.;]{0,20}?(?P<date>" + _DATE + ")", re.I)
# An application window's end: "Søknadsskjemaet er åpent fra 1. februar til 1. mars", "kan du søke fra 1. februar
# til 1. mars", "Application period: 1 February - 1 March".
_WINDOW = re.compile(r"\b(?:søk\w*|søknadsperiode\w*|application period|applications? (?:are|is) open|apply)\b[^.;]{0,40}?"
                     r"(?:\b(?:fra|frå|from|between)\s+)?(?:" + _DATE + r")\s*(?:til|to|and|[-–])\s*(?P<date>" + _DATE + ")",
                     re.I)
# "innen 15. mars" of the one who applies or registers ("Send søknaden innen 15. mars"), not of another step
# ("Barnehageeieren godkjenner søknadene innen 15. mars", "bestått prøve innen 1. oktober", "meld fra innen 1. mai
# om du ikke kan komme").
_BY_DATE = re.compile(r"\b(?:søk|søke|søkje|send\w*|meld\w*(?!\s+(?:fr[aå]|avbud|forfall)\b)|påmeld\w*|register\w*|registration|apply|applications?)\b"
                      # nynorsk "Søk innan 1. mars", "Apply by 15 April" ("by" right before its date: Norwegian "by"
                      # is a town, "Meld deg på kurset for ledere i by og bygd"; its weekday or a colon may come
                      # between: "Register by Monday 1 March", "Apply by: 15 April")
                      r"[^.;]{0,40}?\b(?:inn[ea]n|by(?=:?\s+(?:the\s+)?(?:(?:" + _EN_WEEKDAYS + r"),?\s+(?:the\s+)?)?"
                      r"(?:" + _DATE + r"))|no later than)\b"
                      r"[^.;]{0,40}?(?P<date>" + _DATE + ")", re.I)


# The last date of a rolling admission: "Opptaket er løpande til studiet er fullt, og seinast 1. august", "Løpende
# opptak, senest 15. juni", "Admission is rolling until 1 August".
_ROLLING = re.compile(r"\b(?:(?:løpende|løpande|fortløpende|fortløpande|rullerende|rolling)\s+(?:opptak|admission)"
                      r"|opptak(?:et)? (?:er|skjer|går) (?:løpende|løpande|fortløpende|fortløpande)|admission is rolling"
                      # "Søknadene behandles fortløpende, senest 1. august", "Applications are reviewed on a rolling basis"
                      r"|(?:søknad\w*|applications?) (?:behandles|vert handsama|blir behandla|vurderes"
                      r"|are (?:processed|reviewed|assessed)) (?:fortløpende|fortløpande|løpende|løpande|on a rolling basis))\b"
                      # (not another step's date after it: "…, og svar sendes senest 1. juli")
                      r"(?:(?!\b(?:svar\w*|sendes|sendt|tilbud|tilbod|beskjed|answers?|notified|informed|decisions?)\b)[^;])"
                      r"{0,60}?\b(?:senest|seinast|until|at the latest|no later than|innen|innan|(?:fram |frem )?til)\s+(?P<date>"
                      + _DATE + ")",        # "Løpende opptak fram til 15. juni"
                      re.I)


# A date list's deadline, the date first: "1. mars: siste frist for å søke", "15. april – søknadsfrist".
# (not "03.04.20: Frist for å sende interesseskjema": an unnamed "frist" in a list of steps may be any step's)
_DATE_THEN_DEADLINE = re.compile(r"^(?P<date>" + _DATE + r")\s*[:–-]\s*(?:søknadsfrist|påmeldingsfrist|siste frist"
                                 r"|ordinær frist|application deadline|final deadline)\b", re.I)
# The year of a section about one year's intake or dates: "Viktige datoer 2021", "Important dates 2022/2023".
_SECTION_YEAR = re.compile(r"\b(20\d\d)\b(?:\s*[/-]\s*(?:20)?\d\d\b)?")
_SEASON = re.compile(r"\b(?:høst\w*|haust\w*|vår\w*|autumn|fall|spring)\b", re.I)
# A past deadline or one that has passed: "Fristen var 1. mars", "Søknadsfristen gjekk ut 1. mars 2025", "Fristen er
# gått ut", "Fristen har passert", "has passed", "has closed" (not "Fristen utløper 1. mars": it expires then). A past deadline said
# after its "var" is past too: "I fjor var fristen 15. februar", "Tidligere var søknadsfristen 1. mars".
_PASSED = re.compile(r"\bgikk ut\b|\bgjekk ut\b|\b(?:har|er) gått ut\b|\b(?:har|er) gjenge ut\b|\b(?:has|have) (?:now )?(?:passed|closed)\b"
                     r"|\bhas expired\b|\b(?:har|er) (?:nå |no )?passert\b|\butløpt\b|\bhar (?:løpt|runnet|rent) ut\b"
                     # "Søknadsfristen 1. mars er ute", "The deadline is over" (said of a deadline, at the clause's end: not
                     # "studentene er ute i praksis", "studiet er over to semestre", "kursbevis når kurset er over")
                     r"|\b(?:\w*frist\w*|deadline)\b(?:[^.;,]|(?<=\d)\.){0,30}?\b(?:er|is) (?:nå |no |now )?(?:ute|over)"
                     r"(?=\s*(?:[.,;!)]|$))"
                     r"|\bvar(?:\s+(?:den\s+|det\s+)?(?:\w+\s+)?(?:\w*frist\w*|siste søknadsdag\w*))?\b|\bwas\b", re.I)
# A deadline to pay or register, or one to apply for funding ("søke om vikar- eller stipendordning … fra 1. februar til
# 1. mars").
_OTHER_DEADLINE = re.compile(r"\bstipend\w*|\bvikarordning\w*|\btilretteleggingsmidl\w*"
                               r"|\bscholarships?\b|\bfunding\b|\bgrants?\b"
                               # nor a deadline to pay or register as a student: "Fristen for både betaling og
                               # registrering er 1. september", "betale semesteravgiften innen 1. september"
                               r"|\bbetaling\w*|\bsemesteravgift\w*|\bsemesterregistrering\w*|\bpayments?\b"
                               r"|\bsemester fee\b", re.I)
# nor a past deadline, or one that has passed (_PASSED)
_NOT_THE_DEADLINE = re.compile(_OTHER_DEADLINE.pattern + r"|" + _PASSED.pattern, re.I)
# A window or an "innen" of another step than applying for the study: leave from one's job, a placement, funds
# ("Du kan søke om permisjon fra 1. mars til 1. april", "Studentene søker praksisplass fra 1. mars til 1. juni").
_OTHER_STEP = re.compile(r"\bpermisjon\w*|\bpraksisplass\w*|\bmidler\b|\bleave\b|\bplacements?\b", re.I)


def _list_year(lines: list[Line], line: Line, date: str = "") -> str | None:
    """The one year of the heading over a dated list ("Viktige datoer 2021" over "1. mars: siste frist …"):
    the line's section, or the short line just above the list's dated lines."""
    i = next((k for k, other in enumerate(lines) if other is line), None)
    head = line.section
    if i is not None:
        while i > 0 and re.match(_DATE, lines[i].text, re.I):
            i -= 1
        if i < lines.index(line) and len(lines[i].text) <= 60 and not lines[i].text.endswith("."):
            head = lines[i].text
    years = _SECTION_YEAR.findall(head)
    return _year_of(years[0], [head], date) if len(years) == 1 and not _SEASON.search(head) else None


# A date range's second date, ending the clause: "1. februar - 1. mars", "1. februar til 1. mars 2019" (not another
# date after a dash: "1. mars – 15. april for restplasser", "15. april - 20. august oppstart").
_RANGE_END = re.compile(r"\s*(?:[-–]|til|to)\s*(?P<date>" + _DATE + r")(?=\s*(?:$|[.,;:)]|\n))", re.I)


def _deadlines(lines: list[Line]):
    for rxs in ((_DEADLINE, _DATE_THEN_DEADLINE, _LAST_DAY), (_WINDOW, _BY_DATE, _ROLLING)):   # a window or "innen" when none is named
        for whole, line in sentences(lines):
            passed = list(_PASSED.finditer(whole))
            # the next deadline after a passed one: "Fristen for våren har gått ut, neste søknadsfrist er 1. oktober"
            sentence = whole[passed[-1].end():] if passed else whole
            m = next((m for m in (rx.search(sentence) for rx in rxs) if m), None)
            # (the deadline's subject may come before the passed one: "Fristen for stipend gikk ut 1. februar, og neste
            # frist er 1. september" is the funding's next deadline)
            if m and not _NOT_THE_DEADLINE.search(sentence) and not _OTHER_DEADLINE.search(whole) \
                    and not (rxs[0] is _WINDOW and _OTHER_STEP.search(whole)):
                date = m.group("date")
                end = _RANGE_END.match(sentence, m.end("date"))
                if end and rxs[0] is _DEADLINE:     # "søknadsfrist: 1. februar - 1. mars": a window, to its end
                    first_year = re.search(r"(?:19|20)\d\d", date)
                    date = end.group("date")        # (with the first date's year when the end has none)
                    if first_year and not re.search(r"(?:19|20)\d\d", date):
                        date = f"{date} {first_year.group(0)}"
                year = None if re.search(r"20\d\d", date) else _list_year(lines, line, date)
                yield Fact(f"{date} {year}" if year else date, "sentence", whole)


# A heading's year that is not the offer's: "Oppdatert 2021", "Nyheter 2019", "Årsrapport 2018", "Tidligere kull 2019".
_NOT_THE_OFFERS_YEAR = re.compile(r"oppdater\w*|updated|endret|revidert|publiser\w*|published|nyhet\w*|news|rapport\w*"
                                  r"|report|arkiv\w*|archive|tidligere|tidlegare|forrige|previous|past\b|©", re.I)


# A heading's year that is the intake's: "Opptak 2024", "Studiestart 2025", "Intake 2024" (its deadline comes before it).
_INTAKE_HEADING = re.compile(r"\b(?:opptak\w*|inntak\w*|oppstart\w*|studiestart|kursstart|intake|admissions?|start)\s+(?:i\s+|in\s+)?20\d\d\b",
                             re.I)


def heading_year(lines: list[Line], deadline: str = "") -> str | None:
    """The one year the page's own headings name, when they name one ("Studietilbud 2017", "Opptak 2024"; not a
    term's "Høst 2024", nor two years): the year of a deadline said without its own. Of an intake's year ("Opptak
    2024") a deadline late in the year (September to December) is the year before's: "1. desember" is 2023's."""
    heads = [line.text for line in lines if line.kind == "heading" and not line.related and not _SEASON.search(line.text)
             and not _NOT_THE_OFFERS_YEAR.search(line.text) and re.search(r"\b20\d\d\b", line.text)]
    years = {m for text in heads for m in re.findall(r"\b(20\d\d)\b", text)}
    if len(years) != 1:
        return None
    return _year_of(years.pop(), heads, deadline)


def _year_of(year: str, heads: list[str], deadline: str) -> str:
    """The year of a deadline said under headings naming `year`: the year before when they name an intake's year
    ("Opptak 2024") and the deadline is late in the year (September to December: "1. desember" is 2023's)."""
    dates = list(re.finditer(_DATE, deadline or "", re.I))
    dated = dates and when.application_deadline(f"{dates[-1].group(0).rstrip('. ')} {year}")
    if dated and all(_INTAKE_HEADING.search(text) for text in heads):    # the intake starts in the autumn
        return str(when.deadline_year(f"{year}-host", int(dated[5:7])))
    return year


def deadline(lines: list[Line]) -> Fact | None:
    return next(_deadlines(lines), None)


def dated_deadline(lines: list[Line]) -> Fact | None:
    """The first deadline the page states with its year ("Nordisk søknadsfrist: 15. april 2018")."""
    return next((fact for fact in _deadlines(lines) if when.application_deadline(fact.raw) is not None), None)


_DURATION = re.compile(
    r"\b(?:over|går over|varer(?: i)?|strekk\w* seg over|fordelt over|lasts?|lasts for|runs for|runs over|over a period of|gjennomføres over|"
    # the study spanning its length (not a part: "The master's thesis spans two semesters")
    r"(?:programme|program|studiet|the study|the course|kurset|utdanningen|utdanninga)\s+(?:stretches (?:across|over)"
    r"|spans|extends (?:across|over)|strekker seg over)|"
    r"normert (?:studie)?tid (?:er|på)|tar|tek|takes|studiet er|"
    # "Studiet er normert til to år på deltid", "is normally completed in two years"
    r"(?:er |is )?normert til|(?:normally |usually )?completed (?:in|over)|(?:har )?(?:en |ei |ein )?varighei?t på|varighet(?:en)?:?|varigheit(?:a)?:?|duration:?|tilsvarer"
    r"|svarer til|equals|corresponds to|matches"
    # "The programme is two years long" (as "studiet er" above)
    r"|(?:programme|program|course) is(?=\s+\S+\s+\S+\s+long\b)"
    # "varer alle i tre semestre", "runs part-time over 12 months": a word between the verb and the length
    r"|(?:varer|varar|går|runs|lasts) (?:alle|begge|all|both|part-time|full-time|på deltid|på heltid) (?:i|over|for)"
    # "Du studerer på deltid i ett år": the length of one's study
    r"|(?:studerer|studerar|study|studies) (?:på deltid |på heltid |på heiltid |på fulltid |på full tid |part-time |full-time )?"
    r"(?:i|for)"
    # "Den tas på deltid gjennom ett år", "går på fulltid gjennom ett år" (the study's pace: not a part's "… på fem
    # vekesamlingar gjennom to semester", nor work: "jobbet minst 50 % deltid gjennom to år")
    r"|(?:tas|takast|går|gjennomføres|gjennomførast) på (?:deltid|heltid|heiltid|fulltid|full tid) gjennom"
    # "Studentene følger undervisningen på deltid i tre år" (not "tar studiet i ett semester ved et partneruniversitet")
    r"|(?:følger|følgjer) (?:undervisningen|undervisninga|studiet|programmet)"
    r" (?:på deltid |på heltid )?(?:i|over)"
    # "Studiet tas som deltidsstudium i ett studieår", "is taken part-time over two years"
    # (not the full-time length beside the part-time one: "kan tas på heltid i to år eller på deltid i fire år")
    # (said how: not "Deler av studiet kan tas i ett semester ved et partneruniversitet")
    r"|(?:tas|takast|is taken)\s+(?:(?:som|as an?)\s+[\w-]+|part-time|på deltid)\s+(?:i|over|in)"
    # "studiet tas på deltid i løpet av ett semester", "går på deltid med samlinger i løpet av ett semester"
    r"|(?:deltid|heltid|samlinger|samlingar)\b[^.;:]{0,30}?\bi løpet av)"
    r"\s+(?:(?:vanligvis|normalt|vanlegvis|rundt|ca\.?|cirka|omtrent|about|around|usually)\s+){0,2}"
    # "It takes one and a half years", "varer halvannet år"
    r"(?P<d>(?:1 1/2|1½|\d{1,2}(?:,5)?|ett og et halvt|eitt og eit halvt|halvannet|halvtanna|one and a half"
    r"|ett|eitt|et|eit|ei|en|ein|to|"
    r"tre|fire|fem|seks|one|two|three|four)\s*-?\s*(?:semestre|semester|semesters|skuleår|skoleår|studieår|school years?|år|years?|halvår"
    r"|deltidsår|heltidsår|heiltidsår|part[- ]time years?|full[- ]time years?)"
    r"|(?:6|12|18|24|30|36|48|tolv|twelve)\s*(?:måneder|månader|months))\b", re.I)


def _first(lines: list[Line], rx: re.Pattern, group: str, skip_keys=("admission",), unless=None) -> Fact | None:
    """The named group of the first sentence `rx` matches (and `unless` does not)."""
    for sentence, _ in sentences(lines, skip_keys=skip_keys):
        m = rx.search(sentence)
        if m and not (unless is not None and unless.search(sentence)):
            return Fact(m.group(group), "sentence", sentence)
    return None


# "en treårig heltidsutdanning", "et toårig studium", "den 4-årige bachelorutdanningen": a length as an adjective
# of the study itself (not of a degree one must have: requirement sentences are skipped).
_YEARS_ADJECTIVE = re.compile(
    r"\b(?P<d>(?:\d|ett|eitt|to|tre|fire|fem|seks)\s*-?\s*årige?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:\w*studium|\w*studiet|\w*utdanning\w*|\w*program\w*|\w*bachelor\w*|\w*master\w*)\b"    # ("toårig dybdemaster")
    # English: "the English One Year Programme", "a two-year master's programme", "the year-long course", "a 12-month programme"
    r"|\b(?P<e>(?:one|two|three|four|\d)[- ]year|year-long|(?:6|12|18|24|36)[- ]month)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:programme|program|course|degree|master(?:'s|’s)?|bachelor(?:'s|’s)?)(?!\w)"
    # said of the study: "Masterprogrammet er toårig", "Studiet er treårig og går på deltid"
    r"|\b(?:\w*studiet|\w*programmet|\w*utdanningen|\w*utdanninga|\w*studium|kurset)\s+er\s+"
    r"(?:(?!ikke\b|ikkje\b)\w+\s+)?(?:\d|ett|eitt|to|tre|fire|fem|seks)\s*-?\s*årig\b", re.I)   # (not "er ikke treårig")
_REQUIREMENT = re.compile(_ADMISSION_WORDS.pattern + r"|\bkrav\w*|\bminst\b|\bminimum\b|\bfullført\w*|\bbestått\w*"
                          r"|\bsøk(?:ere|erne|jarar|jarane)\b|\bapplicants?\b|\brealkompetanse\b|\badmitted\b|\benrolled\b",
                          re.I)
# "og har en treårig pedagogisk utdanning", "dem som har bachelorgrad … eller treårig høyskoleutdanning": a degree
# someone has, said before the adjective
_HAS_DEGREE = re.compile(r"\b(?:har|have|has|hatt|need\w*|trenger|treng|requires?|forutset\w*|føreset\w*)\b[^;]{0,60}$"
                         # "bygger på en treårig bachelorgrad", "after a 3-year bachelor's degree": the degree before it
                         r"|\b(?:bygg\w* på|builds? on|based on|etter (?:en|ei|et|fullført)|after (?:an?|completing)"
                         r"|following an?"
                         # the ones it is for, by the degree they hold: "for sykepleiere med treårig bachelorutdanning",
                         # "for nurses with a three-year bachelor's degree", "those who hold a 3-year degree"
                         r"|med|with|who hold|holding|holders of)\s+(?:\S+\s+){0,2}$"   # ([^;]: "cand.mag." has dots)
                         # an alternative to a degree one holds: "Bachelorgrad- eller 3-årig politiutdanning", "en
                         # bachelor i helsefag eller en likeverdig 3-årig grunnutdanning"
                         r"|\b(?:bachelor\w*|grad(?:en)?|degree)\b-?[^;]{0,160}?\b(?:eller|or)\s+(?:en\s+|ei\s+|et\s+|an?\s+)?"
                         r"(?:likeverdig\s+|tilsvarende\s+|annen\s+|anna\s+|equivalent\s+|other\s+)?$", re.I)


# A profession's education named by its compound: "Dagens femårige grunnskolelærerutdanning har ikke plass til
# studiet" is another education's length, unless the title names the same profession ("Bachelor i sykepleie" and
# "den treårige sykepleierutdanningen").
_PROFESSION_EDUCATION = re.compile(r"\b(?!master)(?P<stem>\w{4,}(?:er|ar))utdanning\w*\s*$", re.I)


def _another_profession_s(match: str, title: str) -> bool:
    named = _PROFESSION_EDUCATION.search(match)
    return bool(named) and named.group("stem")[:4].lower() not in title.lower()


def _study_adjective(lines: list[Line]) -> Fact | None:
    """The first length said as an adjective of the study itself (see _YEARS_ADJECTIVE)."""
    title = page_title(lines)
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        if _REQUIREMENT.search(sentence):
            continue
        for m in _YEARS_ADJECTIVE.finditer(sentence):
            if not _HAS_DEGREE.search(sentence[:m.start()]) and not _NEEDED_IN_CLAUSE.search(sentence[:m.start()]) \
                    and not _another_profession_s(m.group(0), title):
                return Fact(m.group(0), "sentence", sentence)
    return None


# Time worked or the time a study has run, not the study's length: "Students who have worked for over 12 months",
# "har jobbet i over 5 år som leder", "The programme has been offered for over 10 years".
_WORKED = re.compile(r"\b(?:worked|employed|been working|jobbet|jobba|arbeidet|arbeidd|arbeida|ansatt|tilsett|existed"
                     r"|eksistert|tilbudt|tilbode|been offered|been running)\s+(?:\w+\s+){0,2}$", re.I)


# A part of the study as the subject, not the study: "Praksisperioden varer i to semestre", "Hvert emne varer ett
# semester", "Each module lasts one semester" (not "Emnet"/"Modulen"/"Masteroppgaven": often the page's own offer)
# (nor the study named with its subject: "Videreutdanning i praksisveiledning går over to semestre"; but the study's
# part is: "Videreutdanningens praksisperiode varer i ett semester")
# (the study's part said with "sin" or "'s" too: "Studiet sin praksisperiode varer eitt semester", "The programme's
# placement lasts one semester")
_PART_SUBJECT = re.compile(r"(?:^|[.;:,(]\s*)(?:(?!\w*(?:studi|program|utdanning|kurs)\w*(?<!ets)(?<!ens)(?<!nes)(?<!gas)\s(?!(?:sin|si|sitt|sine)\s))"
                           r"[\w'’]+\s+){0,2}?(?:praksis\w*|hvert emne|kvart emne|hver modul|kvar modul|hvert kurs|kvart kurs|del \d"
                           r"|each (?:course|module|part|subject)|the (?:placement|internship|practice period|practical training"
                           r"|first part|second part)|placement|internship)\b(?:(?!\bstudi\w*|\bprogram\w*|\butdanning\w*)[^.;,])*$",
                           re.I)


# A verb of worth: "tilsvarer" in "60 studiepoeng tilsvarer ett års studier", "equals" (_CREDITS_WORTH, _WORTH_OF_CREDITS).
_WORTH_VERB = r"tilsvarer|tilsvarar|svarer til|svarar til|equals?|equal to|equivalent to|corresponds? to"
# Credits' worth in study time, said with a verb of _DURATION: "60 credits equals one year of full-time study"
# (as "60 studiepoeng tilsvarer ett års studier", see _WORTH_OF_CREDITS; not "The programme takes one year").
_CREDITS_WORTH = re.compile(r"\b(?:studiepoeng|stp|sp|ects|credits?|credit points)\b[^.;:]{0,30}?\b(?:"
                            + _WORTH_VERB + r"|matches)\s+$", re.I)


# Years at one pace as the worth of years at another: "Ett år på heltid tilsvarer to deltidsår" (no length of this study).
# ("One full-time year equals two part-time years" in English)
_PACE_YEARS_WORTH = re.compile(r"^(?:" + _WORTH_VERB + r")\b.*\b(?:(?:deltids|heltids|heiltids)år"
                               r"|(?:part|full)[- ]time years?)\b", re.I)


def _study_length(lines: list[Line]) -> Fact | None:
    """The first length a sentence states with a verb or label of the study's length (see _DURATION)."""
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        m = next((m for m in _DURATION.finditer(sentence) if not _WORKED.search(sentence[:m.start()])
                  and not _PART_SUBJECT.search(sentence[:m.start()]) and not _CREDITS_WORTH.search(sentence[:m.start("d")])
                  and not _PACE_YEARS_WORTH.search(m.group(0))),
                 None)
        if m and _YEARS_REQUIRED.match(sentence, m.end("d")):
            continue                # "… may mean that over three years at university are required": an applicant's
        if m and when.open_length(sentence, m.start("d"), m.end("d")):
            # "Du lærer over ett år eller mer": a bound, kept whole so that it reads as no one length
            return Fact(sentence[m.start():m.end("d") + 20], "sentence", sentence)
        full = m and _FULL_TIME_AFTER.match(sentence[m.end("d"):])
        if full:
            return Fact(full.group("d"), "sentence", sentence)    # the full-time length of the two
        if m:
            return Fact(m.group("d"), "sentence", sentence)
    return None


# Years an applicant must have behind them, said after the length: "over three years at university are required",
# "tre år med høyere utdanning kreves".
# (in the same clause: not "Studiet går over to år og det kreves aktiv deltakelse")
_YEARS_REQUIRED = re.compile(r"\s+(?:(?!og\b|and\b|der\b|where\b|det\b|som\b|that\b)\w+\s+){0,3}?"
                             r"(?:(?:are|is|er|blir)\s+(?:required|needed|krevd|påkrevd)|kreves|krevst)\b", re.I)


# A length for each pace, the part-time one first: "4 år på deltid …, eller 2 år på heltid", "four years part-time
# or two years full-time": the study's length is the full-time one (as when it comes first)
_FULL_TIME_AFTER = re.compile(
    r"\s*(?:på |pa )?(?:deltid|part-time|part time)\b[^.;]{0,60}?\b(?:eller|or|og|and)\s+(?:over\s+|in\s+)?"
    r"(?P<d>(?:\d{1,2}|ett|eitt|to|tre|fire|fem|seks|one|two|three|four|five|six)\s*-?\s*"
    r"(?:semestre|semester|semesters|år|years?))\s+(?:på |pa )?(?:heltid|heiltid|full-time|full time)\b", re.I)


# A line or list item that is a length and nothing else, in a fact list without labels:
# "Videreutdanning, deltid | 30 studiepoeng | To semester | Høst 2024".
_BARE_LENGTH = re.compile(r"^(?:\d{1,2}|ett|eitt|to|tre|fire|one|two|three|four)\s+(?:semestre|semester|semesters|år|years?)"
                          # (with the credits in brackets: "3 years (180 ECTS)", "2 år (120 studiepoeng)")
                          r"(?:\s*\(\s*\d{1,3}\s*(?:ects|studiepoeng|stp|sp|credits)\s*\))?$"
                          # the degree with its years, a tagline of its own: "Master (2-årig)", "Bachelorprogram, 3-årig"
                          # (not a bachelor's years on a master's page: "Bachelor (3-årig)" is what one must hold)
                          r"|^(?:(?:integrert |erfaringsbasert )?(?:master|mastergrad|masterprogram|masterstudium"
                          r"|bachelorprogram|bachelorstudium)\s*[-–,]?\s*)?"
                          r"\(?(?:[1-6]-årig|toårig|treårig|fireårig|femårig)\)?(?:,\s*[A-ZÆØÅ][\wæøå-]+)?$"
                          # a length per pace: "2 år heltid / 4 år deltid" (the full-time one is the length)
                          r"|^[1-6]\s*år\s+(?:heltid|heiltid|deltid)(?:\s*[/|,]\s*[1-8]\s*år\s+(?:heltid|heiltid|deltid))?$"
                          # "Master (2 år)", "Bachelor (3 år)": the degree and its years in brackets
                          # (not "Bachelor (3 år)", a degree an applicant to a master must hold)
                          r"|^(?:master|årsstudium|mastergrad|masterprogram)\s*\(\s*[1-6]\s*(?:år|years?)\s*\)$", re.I)


def _bare_length(lines: list[Line]) -> Fact | None:
    """(not in an admission or target-group part: "Bachelorgrad | 2 år" there is experience an applicant must have)"""
    for sentence, line in sentences(lines, skip_keys=("admission", "target_group")):
        if line.kind in ("item", "text") and sentence == clean(line.text) and _BARE_LENGTH.match(sentence):
            return Fact(sentence, "sentence", sentence)
    return None


# A length said as years of study, or beside the study's kind or credits in a fact line (requirement sentences and a
# part's length are skipped; not a point in the study: "etter tre års studier", "after three years of study").
_YEARS_OF_STUDY = re.compile(
    # "lagt opp til tre års studier på heltid", "et to års heltidsstudium"
    r"(?<!\better )(?<!\bafter )\b(?P<d>(?:\d|ett|eitt|to|tre|fire|fem|seks)\s+år)s\s+(?:heltids|deltids|heiltids)?"
    r"(?:studier|studiar|studium|studiet)\b"
    # "Worth 120 ECTS credits, or two years of full-time study"
    r"|(?<!\bafter )(?<!\bwithin )(?<!\bfollowing )\b(?P<e>(?:one|two|three|four|five|\d)\s+years?)\s+of\s+(?:full-time\s+|part-time\s+)?"
    r"(?:study|studies)\b"
    # "Master's degree programme, 2 years", "Masterprogram, 2 år", "15 studiepoeng, 1 år" (not "2 år relevant praksis")
    r"|(?:\b\w*(?:programme|program|studium)|\b(?:studiepoeng|credits|ects))\s*,\s*(?P<f>(?:\d|one|two|three|four"
    r"|ett|eitt|to|tre|fire)\s+(?:år|years?|semestre|semester|semesters))(?=\s*(?:$|[,;|·]))"
    # "30 studiepoeng – ett år på deltid" (a dash, and the pace after it: not a part's "15 studiepoeng – 1 semester.")
    r"|\b(?:studiepoeng|credits|ects)\s+[–—-]\s*(?P<g>(?:\d|one|two|three|four|ett|eitt|to|tre|fire)\s+"
    r"(?:år|years?|semestre|semester|semesters))(?=\s+(?:på\s+)?(?:deltid|heltid|heiltid|part-time|full-time)\b)", re.I)


# Credits said as their worth in study time, not the study's length: "60 studiepoeng tilsvarer ett års studier på
# heltid", "60 ECTS credits correspond to one year of full-time study".
_WORTH_OF_CREDITS = re.compile(r"\b(?:" + _WORTH_VERB + r")\s+(?:(?:et|ett|eitt|a|an)\s+)?$", re.I)

# Years of study one should have had, said without a requirement's word: "Du bør ha tre års studier bak deg", "You
# should have two years of study in nursing".
_SHOULD_HAVE = re.compile(r"\b(?:bør|må|skal|skulle|burde|should|must|ought to)\s+(?:ha|hatt|have|have had)\s+$", re.I)

# The length of a larger study this one leads into or counts towards: "Studiet kan inngå i en master, som er to års
# studier på heltid", "part of a master's programme of two years of full-time study".
_INTO_LARGER = re.compile(r"\b(?:inngå\w*|del av|part of|videre til|vidare til|counts? towards|leading to|leads to)\b", re.I)


# A line that lists other studies, outside a related section: "Related programmes: Master's programme, 2 years",
# "Relaterte studier: Masterprogram, 2 år" (the lead names them as others; not "Programme: Master's programme, 2 years").
_RELATED_LEAD = re.compile(r"^\W*(?:relaterte?|related|lignende|liknande|similar|other|andre|anna|se også|sjå også"
                           r"|du kan også|du kan òg|you might also)\b[^:.;]{0,40}:", re.I)


def _years_of_study(lines: list[Line]) -> Fact | None:
    """The first length said as years of study or beside the study's kind or credits (see _YEARS_OF_STUDY)."""
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        if _REQUIREMENT.search(sentence) or _RELATED_LEAD.search(sentence):
            continue
        for m in _YEARS_OF_STUDY.finditer(sentence):
            before = sentence[:m.start()]
            if _WORTH_OF_CREDITS.search(before) or _SHOULD_HAVE.search(before) or _INTO_LARGER.search(before):
                continue
            if not _HAS_DEGREE.search(sentence[:m.start()]) and not _PART_SUBJECT.search(sentence[:m.start()]):
                return Fact(m.group("d") or m.group("e") or m.group("f") or m.group("g"), "sentence", sentence)
    return None


def duration(lines: list[Line]) -> Fact | None:
    said = _study_length(lines) or _study_adjective(lines) or _years_of_study(lines) or _bare_length(lines)
    if said is not None and "year-long" in said.raw.lower():
        return Fact("one year", said.how, said.where)    # "after the year-long course"
    return said


_LANGUAGE = re.compile(r"\b(?:undervisning(?:en|a|sspråket|sspråk)?|forelesning\w*|studiet|kurset|programmet|emnet|teaching"
                       r"|instruction|lectures|the course|the programme|taught|language of instruction"
                       # a line or item that opens with the verb: "Conducted in Norwegian" (not "The interview is
                       # conducted in English", "Opptaksprøven gjennomføres på norsk")
                       r"|^(?:conducted|gjennomføres|gjennomførast|foregår|føregår)"
                       r"|\b(?:alt|everything)\s+(?:foregår|føregår|gjennomføres|gjennomførast|skjer|is conducted))\b[^.;]{0,40}?"
                       r"\b(?:på|in|is|er)\s+(?P<lang>norsk|engelsk|english|norwegian|nynorsk|bokmål|skandinavisk)\b",
                       re.I)
# A course named by its subject language is no statement of the teaching: "the course in Norwegian language", "kurset i
# norsk språk", "the course in Norwegian as a second language" (but "The course is taught in English language" is).
_SUBJECT_LANGUAGE = re.compile(r"(?:the course|kurset|emnet|programmet|studiet|the programme)\s+(?:in|i)\s+\w+"
                               r"\s+(?:language|språk|as a (?:second|foreign) language|som (?:andrespråk|fremmedspråk))\b", re.I)
# A learning outcome's ability is no statement of the teaching: "Is able to keep up in lectures held in Norwegian",
# "The student is able to follow …", "Studenten kan følge undervisning på norsk" (not "Du kan følge undervisningen på
# engelsk": an offer).
_ABILITY = re.compile(r"\b(?:is|are|be)\s+able to\s+(?:\w+\s+)?(?:keep up|follow|understand|take part|participate)\b"
                      r"|^er i stand til\b|\ber i stand til å (?:følge|forstå|delta)\b"
                      r"|(?:^|\b(?:studenten|studentane|studentene|kandidaten|the student|the candidate)\s+)(?:can|kan)\s+"
                      r"(?:følge|forstå|delta|understand|follow|take part|keep up)\b", re.I)


# The language of the exam is not the teaching's: "Exam questions in the programme are set in English",
# "Studiet har eksamen på engelsk" (but "Teaching is in English, while the exam can be in Norwegian" and
# "Undervisning og eksamen er på engelsk" name the teaching's).
_EXAM = re.compile(r"\beksam\w*|\bexam\w*|\banswers?\b|\bbesvarels\w*", re.I)


# An exam named in an earlier clause leaves the teaching's language to a later one: "Eksamen kan besvares på engelsk,
# men undervisningen er på norsk", "Exams are in Norwegian; teaching is in English".
_CLAUSE_START = re.compile(r"[,;:]|\b(?:men|but|while|whereas|mens)\b", re.I)


_TEACHING = re.compile(r"^(?:undervisning\w*|forelesning\w*|teaching|instruction|lectures|taught|language of instruction)",
                       re.I)


# The language first, the teaching after: "English is the teaching language", "Norsk er undervisningsspråket",
# "Engelsk er undervisningsmål" (not "English is a useful language").
# (not one of two: "Norsk og engelsk er undervisningsspråk"; nor said of other studies, the institution or a condition:
# "… only in the International Master's programmes", "… ved høgskolen", "… for most courses", "… hvis det er
# utenlandske studenter på kurset")
_LANGUAGE_FIRST = re.compile(r"(?<!og )(?<!and )(?<!eller )(?<!or )(?<!/)"
                             r"\b(?P<lang>norsk|engelsk|english|norwegian|nynorsk|bokmål)\s+"
                             r"(?:is|er|will be|vil vere|vil være|brukes som|blir brukt som|vert brukt som|is used as)"
                             r"\s+(?:(?:the|det|used as the|brukt som)\s+)?(?:(?:main|primary|only|viktigste|einaste|eneste)\s+)?"
                             r"(?:teaching language|language of (?:instruction|teaching)"
                             r"|undervisningsspråk(?:et)?|undervisningsmål(?:et)?)\b"
                             r"(?!\s+(?:only|bare|berre|kun|ved|at|hvis|dersom|viss|om|if|when|in most|for most|i de fleste"
                             r"|i dei fleste|for (?:exchange|international|utvekslings\w*|internasjonale)|normally|usually"
                             r"|vanligvis|vanlegvis)\b)(?![^.;]*\bonly\b)", re.I)


def teaching_language(lines: list[Line]) -> Fact | None:
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        m = _LANGUAGE.search(sentence)
        first = _LANGUAGE_FIRST.search(sentence)
        if first and not m:                 # (the teaching said as before wins: "…, men dette kurset undervises på engelsk")
            return Fact(first.group("lang"), "sentence", sentence)
        if m and (_ABILITY.search(sentence) or _SUBJECT_LANGUAGE.match(sentence, m.start())):
            continue
        if m and not _EXAM.search(_CLAUSE_START.split(sentence[:m.start()])[-1]) and (
                _TEACHING.match(m.group(0)) or not _EXAM.search(m.group(0))):   # "Undervisning og eksamen er på engelsk"
            return Fact(m.group("lang"), "sentence", sentence)
    return None


_PRICE = re.compile(r"\b(?:koster|kostar|pris(?:en)?|studieavgift(?:en)?|kursavgift(?:en)?|deltakera?vgift(?:en)?"
                    r"|eigenbetaling|egenbetaling(?:en)?|egenandel(?:en)?|eigendel(?:en)?|tuition|fee|costs?"
                    # the participant pays: "Hver deltaker betaler 300 kroner", "Each participant pays NOK 500"
                    # (not another payer: "Utdanningsdirektoratet betaler 40 000 kroner til eieren")
                    r"|(?:du|dere|deltaker\w*|deltakar\w*|kursdeltaker\w*|student\w*|you|participants?|students?)"
                    r"\s+(?:\w+\s+)?(?:betaler|betalar|pays?"
                    r"|(?:må|skal|must|will|have to)\s+(?:\w+\s+)?(?:betale|pay)))\b"    # "Du må betale 3000 kr"
                    r"(?:[^.;]|\b(?:ca|kr|nok|inkl|ekskl|pr|approx)\.){0,60}?"   # "Studiet koster ca. 25 000 kr"
                    r"(?:\d[\d .]*\d|\d)\s*(?:,-|kr\b|kroner|nok)|\b(?:kr\.?|nok)\s*\d[\d .]*\d", re.I)
_FREE = re.compile(normalise.FREE.pattern, re.I)     # the normaliser reads lower-cased text


def price(lines: list[Line]) -> Fact | None:
    """The first sentence that states a price or that the study is free; past one that names only a side cost
    ("That stay costs around NOK 2500, accommodation included"), the first that names the fee or says it is free."""
    side = False
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        if side and not normalise.names_study_fee(sentence):
            continue
        if re.search(r"semesteravgift|semester fee|studentsamskipnad", sentence, re.I) and not re.search(
                r"\bkost(?:er|ar)\b|\bstudieavgift(?:en|a)? (?:er|på)\b", sentence, re.I) and not _FREE.search(sentence):
            continue                        # (but "Apart from the semester fee and books, there are no fees")
        if _PRICE.search(sentence) or _FREE.search(sentence):
            if normalise.exam_fee_only(sentence):
                continue                    # "Eksamen koster 300 kroner i gebyr": the next sentence may give the price
            if normalise.side_cost_only(sentence):
                side = True
                continue
            return Fact(sentence, "sentence", sentence)
    return None


# A line that is only an amount of money: a shop page's "8500kr", "Kr 4 900,-", "NOK 12 000".
_PRICE_LINE = re.compile(r"^(?:kr\.?|nok)\s*\d{1,3}(?:[ .]?\d{3})*(?:,-|,00)?$|^\d{1,3}(?:[ .]?\d{3})*\s*(?:,-|kr\.?|kroner|nok)$",
                         re.I)


# A short label line over an amount that is not the price: "Semesteravgift:", "Depositum", "Stipend", "Reise og opphold".
# (a participant's category is: "Medlemmer" over "kr 3000")
_OTHER_AMOUNT = re.compile(normalise.FEE.pattern + "|" + normalise.SIDE_COST.pattern
                           + r"|depositum|deposit|stipend\w*|grants?\b|scholarships?|gebyr\w*|\bfees?\b", re.I)


def price_line(lines: list[Line]) -> Fact | None:
    """The first line of the page's own text that is only an amount ("8500kr"), outside a section about
    another field ("Semesteravgift" over "kr 600"), nor the value of a short label line above it that names no
    price but another amount ("Semesteravgift:", "Depositum", "Stipend" over "kr 2000")."""
    for i, line in enumerate(lines):
        if line.related or line.kind not in ("text", "item") or not _PRICE_LINE.match(line.text.strip()):
            continue
        keys = label_keys(line.section) if line.section else None
        if keys is not None and "price" not in keys:
            continue
        above = lines[i - 1] if i else None
        if above is not None and above.kind in ("text", "item") and len(above.text.split()) <= 4 \
                and _OTHER_AMOUNT.search(above.text) and "price" not in (label_keys(above.text) or ()):
            continue
        return Fact(line.text.strip(), "sentence", line.text)
    return None


_LEVEL_WORDS = re.compile(r"\bmasterniv\w*|\bmastergradsniv\w*|\bmaster(?:'s)? level\b|\bbachelorniv\w*"
                          # the hyphened level only of the course the sentence opens with: "A master-level course for
                          # students of biology" (not "master-level ones are usually 6 ECTS", "going on to bachelor-level
                          # study", "A master-level course only counts towards …")
                          # (nor another course required, recommended or overlapping: "A master-level course is
                          # required for admission", "… or equivalent is recommended")
                          r"|^(?:(?:this|it) is )?an? (?:master|bachelor)-level course\b(?!\s+(?:only|counts?|can|may|must|will)\b)"
                          r"(?![^.]*\b(?:required|recommended|equivalent|overlap\w*|prerequisite)\b)"
                          # a catalogue's level line, a line of its own: "Postgraduate course" (UiB's courses at master
                          # level; not "Applicants must have a postgraduate course in nursing")
                          r"|^\s*postgraduate (?:course|level)\s*\.?\s*$"
                          r"|\b(?:master|bachelor)emne\w*"            # "Emnet er et masteremne på 10 studiepoeng"
                          r"|\bbachelor(?:'s)? level|\bhøyere grads? niv\w*|\blavere grads? niv\w*|\bhøgare grads? niv\w*"
                          + "|" + normalise.NKR_FAGSKOLE,                # "Studiet er på nivå 5.2 i NKR": a fagskole's
                          re.I)
# The level said as the value of the study's level: "Nivået er master", "Nivået på videreutdanningen er master",
# "Nivået er bachelor" (read as "masternivå", "bachelornivå"; not a level asked for: "Nivået må være master").
_LEVEL_IS = re.compile(r"\bniv[aå]et (?:på (?:\w+ ){1,2}?)?er (?P<level>master|bachelor)\b(?![-\w'’])", re.I)
_KIND_WORDS = re.compile(r"\berfaringsbaserte? master\w*|\bårsstudi\w*|\bårseining\w*|\bvidereutdanning\w*"
                         # a one-year unit opening its sentence: "Årsenheten er på 60 studiepoeng" (not "Første studieår
                         # tilsvarer årsenheten …" on a bachelor's page)
                         r"|^(?:denne\s+)?årsenhet(?:en)?\b"
                         r"|\bone[- ]year (?:programme|program|study programme)\b"     # "the English One Year Programme"
                         r"|\bvidareutdanning\w*|\benkeltemne\w*|\betterutdanning\w*|\bexecutive master\w*|\bemba\b|\bmba\b"
                         # the offer itself as the subject: "This master's programme in Community Development …", "The
                         # master's programme gives you …" (not "students of the Master's Programme", "beside your master's programme")
                         r"|(?:(?<=^the )|(?<=^our )|(?<=\bthis ))master['’]s program(?:me)?\b"
                         # a line that opens with the study's kind: "Master's degree programme, 2 years" (not "Students
                         # on a master's degree programme", "Master's degree programmes at the faculty")
                         r"|^(?:master|bachelor)['’]?s? degree program(?:me)?\b(?!s|\s+students?\b)"
                         r"|\bmasterprogram\w*|\bmasterstudi\w*|\bmastergradsprogram\w*|\bbachelorprogram\w*"
                         r"|\bbachelorstudi\w*|\bmaster i\b|\bmaster of\b|\bbachelor i\b|\bbachelor of\b|\bmodul(?:en)?\b"
                         # "emnet" as the sentence's subject, or opening it ("I emnet lærer du …"), not a course's rules in
                         # general ("arbeidskravene i emnet")
                         r"|(?<!\w i )(?<!\bav )(?<!\bfor )(?<!\bpå )\bemnet\b|\bfrittstående emne|\b(?:master|bachelor)emne\b"
                         r"|\b(?:denne|dette|ein|en|ei)\s+fagsk[ou]leutdanning\w*|\b(?:oppnår|gir|gjev|får)\s+(?:du\s+)?fagsk[ou]legrad",
                         re.I)


# The second half of a field's name, not a kind: "Dekan ved Etter- og videreutdanning", "i grunn- og
# videreutdanningen" (a department, or all education of a profession).
_FIELD_PAIR = re.compile(r"\w-\s+(?:og|og/eller|and)\s+$", re.I)
_IS_A_PAIR = re.compile(r"\b(?:er|is)\s+(?:en|ei|et|ein|eit|a|an)\s+\w+-\s+(?:og|og/eller|and)\s+$", re.I)


# A sentence about the offer as a course: "Kurset har to moduler", "Dette er et innføringskurs", "Kurset «Lindring ved
# kronisk sykdom» skal …" (its modules are parts of it, not its kind).
_COURSE_SUBJECT = re.compile(r"^(?:kurset|dette kurset|(?:dette|det) er (?:et|eit) [\w-]*kurs)\b", re.I)


# What the offer leads to, or what counts as its equal: "Programmet gir grunnlag for flere masterstudier", "Graden kan
# bli grunnlaget for en master i …", "kvalifiserer for opptak …", "qualifies you for a master's programme", "Som
# tilsvarande reknast …".
_LEADS_TO = re.compile(r"\b(?:gir|gjev|gives?)\s+(?:\w+\s+)?grunnlag for\b|\bgrunnlag for (?:videre|vidare)\b"
                       # "Graden kan bli grunnlaget for en master i teologi", "kan gi grunnlag for en master", "legger
                       # grunnlaget for en master", "kan være et godt grunnlag for en master" (another study, named with
                       # an article: not "Forskning er grunnlaget for masterprogrammet", "… for denne videreutdanningen")
                       r"|\b(?:bli|blir|være|vere|er|danne|danner|dannar|gi|gje|legge|legger|legg)\s+(?:\w+\s+){0,2}?"
                       r"grunnlag(?:et)?\s+for\s+(?:en|ein|ei|et|eit|a|an)\b"
                       r"|\bkvalifiserer\w*\s+(?:deg\s+|dig\s+)?(?:for|til)\b|\bqualif\w*\s+(?:you\s+)?for\b"
                       r"|\bprepares?\s+(?:you\s+)?for\b"
                       r"|\b(?:forbereder|forbered|førebur)\s+(?:deg\s+|dei\s+|studentene\s+)?(?:for|til|på)\b"  # "forbereder til …"
                       r"|\btilsvarande\b", re.I)       # nynorsk "Som tilsvarande reknast bachelorprogram i …"


def _led_to(before: str) -> bool:
    """Does the text before a kind or level word say what the offer leads to, in the same clause
    ("… kvalifiserer for opptak til master", not "kvalifiserer for arbeid som leiar, og er eit årsstudium")?"""
    last = next(reversed(list(_LEADS_TO.finditer(before))), None)
    return last is not None and not re.search(r"[,;]|\b(?:og|and)\s+(?:er|is|gir|gives)\b", before[last.end():], re.I)


# Studies in the plural are others (the programmes a course belongs to, "videreutdanninger regnes med" in an admission
# rule), never the offer's own kind.
_PLURAL_STUDIES = re.compile(normalise.PLURAL_STUDIES + "$", re.I)


# The applicant's degree, as a condition or a requirement, just before a kind word: "Har du en bachelor i …", "If you
# hold a bachelor's degree in …", "Du må ha en fullført bachelor" (the degree one comes with, not the offer's kind).
_APPLICANT_HOLDS = re.compile(r"(?:(?:^|[,;:]\s*)(?:har|hev) du(?: allerede| alt)?|\bdu (?:må|skal) ha|\bif you (?:have|hold)"
                              r"|\byou (?:must|need to) (?:have|hold)|\bapplicants (?:must|need to) (?:have|hold)"
                              r"|\bsøkere (?:må|skal) ha|\bsøkjarar (?:må|skal) ha|\b(?:deg|du) som (?:har|hev)"
                              # what applicants have taken: "søkere som har tatt bachelor i barnevern"
                              r"|\b(?:søkere|søkjarar|applicants|du|deg|de|dei|those) (?:som |who )?(?:har|hev|have) "
                              r"(?:tatt|teke|teki|completed|fullført))"
                              r"\s+(?:en |ein |ei |an? )?(?:fullført |completed )?$", re.I)
# What one needs to be admitted, earlier in the kind word's clause: "Du trenger en treårig bachelor i bygg etter
# forskrift om rammeplan for treårig bachelorprogram", "Opptaksgrunnlaget er en treårig ingeniørbachelor etter …",
# "Applicants need a degree from a bachelor's programme", "Mangler du det ene emnet" (a subject one must have).
_NEEDED_IN_CLAUSE = re.compile(r"(?:\bdu (?:trenger|treng|bør ha)|\b(?:trenger|treng) du|\byou (?:will )?need|\bapplicants need"
                               r"|\bsøkere (?:trenger|bør ha)|\bsøkjarar (?:treng|bør ha)"
                               r"|\bopptaksgrunnlag(?:et)?(?: for \w+)? er|\bgrunnlaget for opptak er|\bgrunnlaget er"
                               r"|\bmangler du|\bmanglar du|\bif you lack|\bif you are missing)"
                               # what is needed, with its article ("en treårig bachelor", "det ene emnet"; not "ingen
                               # forkunnskaper", "å vite"), and not what it is needed for ("a laptop for this programme")
                               r"\s+(?:en|ein|ei|et|eit|det|den|a|an)\s+"
                               r"(?:(?!\bfor (?:this|that|the|dette|denne|det|å)\b|\bå\b|\bto (?:take|follow|attend|study)\b)[^,;:])*$",
                               re.I)


def _kind_word(sentence: str) -> re.Match | None:
    """The first kind word of a sentence that names the offer's own kind."""
    if normalise.OPTION_WITHOUT_CREDITS.search(sentence):
        return None                     # "… kan du følge studiet som etterutdanning uten studiepoeng": an option
    if subject := _COURSE_SUBJECT.match(sentence):
        return subject
    for m in _KIND_WORDS.finditer(sentence):
        before = sentence[:m.start()]
        if _LARGER.search(before) or _led_to(before):
            return None
        if _PLURAL_STUDIES.search(m.group(0)):
            continue                    # "Alle studenter på de helsefaglige bachelorprogrammene må ta dette emnet"
        if _APPLICANT_HOLDS.search(before) or _NEEDED_IN_CLAUSE.search(before):
            continue                    # "Har du en bachelor i ingeniørfag …, får du tittelen sivilingeniør"
        if not _FIELD_PAIR.search(before) or _IS_A_PAIR.search(before):
            return m                    # ("Dette er en etter- og videreutdanning i ledelse": the offer's kind)
    return None


def kind(lines: list[Line], *, level_only: bool = False) -> Fact | None:
    """The first word that names the kind of study ("videreutdanning", "Master i …", "modul")
    and the first level statement ("på masternivå"), from the page's own sentences; with
    level_only the level statement alone."""
    kind_word = level_word = None
    where = []
    for sentence, _ in sentences(lines, skip_keys=("admission", "apply")):
        if kind_word is None and not level_only:
            m = _kind_word(sentence)
            if m:
                kind_word = "kurs" if m.re is _COURSE_SUBJECT else m.group(0)
                where.append(sentence)
        if level_word is None:
            m = min((m for m in (_LEVEL_WORDS.search(sentence), normalise.PART_OF_MASTER.search(sentence),
                                 _LEVEL_IS.search(sentence)) if m),
                    key=lambda m: m.start(), default=None)
            if m and not _LARGER.search(sentence[:m.start()]) and not _led_to(sentence[:m.start()]) \
                    and not normalise.required_level(sentence, m.start()):
                level_word = m.group("level") + "nivå" if m.re is _LEVEL_IS \
                    else m.group(0).replace("-level", " level")   # "a master-level course": master level
                where.append(sentence)
        if (kind_word or level_only) and level_word:
            break
    found = [w for w in (kind_word, level_word) if w]
    if not found:
        return None
    return Fact(", ".join(found).lower(), "sentence", " ".join(dict.fromkeys(where)))


_ADMISSION = re.compile(r"\b(?:opptak|opptakskrav|opptakskrav(?:et|a|ene) er|krav om|kreves|krev|må du ha|må ha|forutset\w*|søkere må|søkjarar må"
                        r"|requires?|must have|applicants must|applicants need|(?:after|on top of) an? (?:completed )?"
                        r"(?:undergraduate|bachelor'?s?) degree|bygger på (?:en )?(?:fullført )?bachelorgrad"
                        r"|komme inn med|kome inn med|kommer inn med"
                        # who gets in: "Du blir tatt opp hvis du har …", "Du kan tas opp med bachelorgrad",
                        # "For å kome inn må ein ha …", "To be admitted you need a bachelor's degree"
                        r"|(?:bli|blir|blitt|vert|verte|kan|kan bli)\s+(?:tatt|tas|teken|tekne|takast)\s+opp"
                        r"|(?:komme|kome) inn,? (?:må|trenger|treng)|må ein ha|be admitted|are admitted|get admitted"
                        # the requirement named: "det formelle kravet er en bachelor", "Du treng ein bachelorgrad",
                        # "You need a bachelor's degree of 180 ECTS"
                        r"|kravet er|krava er|kravene er|requirement is|requirements are"
                        # what the study requires, in bokmål and nynorsk: "Studiet krever bachelorgrad i sykepleie",
                        # "Utdanninga føreset at du har fagbrev" (not "krever mye egeninnsats og gir deg en bachelorgrad")
                        r"|\b(?:krever|føreset|føresett)\s+(?:at\s+(?:du|søkere|søkjarar|ein)\s+har\s+)?(?:(?!og\b|eller\b)[\w-]+\s+){0,3}?"
                        r"(?:bachelor|master|fagbrev|generell|\w*utdanning|høgskole|høyskole|høgskule|autorisasjon|\w*erfaring"
                        r"|praksis|studiepoeng)\w*"
                        r"|du trenger|du treng|you need|you will need"
                        # the applicants of one route or option: "Applicants for these two options need a bachelor's
                        # degree", "Søkere til studieretning B må ha …" (not "Applicants for the exchange may apply")
                        r"|\b(?:applicants|søkere|søkjarar)\s+(?:for|to|til|from|fra|frå|with|med)\s+[^.;:]{1,40}?"
                        r"\s+(?:need|must|må|should have)"
                        # (not what they must send: "Søkere med bachelorgrad fra utlandet må legge ved godkjenning")
                        r"(?!\s+(?:\w+\s+){0,2}?(?:dokumenter\w*|legge ved|leggje ved|laste opp|upload\w*|submit\w*|document\w*"
                        r"|recogni[sz]\w*|godkjen\w*|send\w*)\b)"
                        # who may be admitted by what they hold: "Applicants with a different bachelor's degree … can be
                        # considered", "Søkere med fagbrev kan også tas opp"
                        r"|\b(?:applicants|søkere|søkjarar)\s+(?:with|holding|med)\s+(?:an?\s+|en\s+|ein\s+)?(?:\w+\s+){0,2}?"
                        r"(?:bachelor|master|fagbrev|degree|\w*utdanning)\w*"
                        # (not who is ranked first or what they must send: "Søkere med mastergrad blir prioritert",
                        # "Applicants with a foreign degree must upload …", "Søkere med bachelorgrad fra utlandet må
                        # legge ved godkjenning")
                        r"(?![^.;]*\b(?:prioriter\w*|priority|preference|fortrinn\w*|rangert|rangeres|dokumenter\w*|legge ved"
                        r"|leggje ved|laste opp|godkjen\w*|recogni[sz]\w*|upload\w*|submit\w*|document\w*)\b)"
                        # leaders who may apply: "Styrere og daglige ledere kan søke" (admission by position)
                        rf"|{normalise.LEADERS_APPLY}"
                        # the ones it is for, by what they hold: "Helse- og sosialpersonell som har fagbrev …"
                        # "Alle som har generell studiekompetanse, kan søke"
                        r"|som har (?:\w+\s+){0,2}?(?:fagbrev|bachelorgrad|mastergrad|autorisasjon|studiekompetanse)"
                        r"|who (?:have|hold) an? (?:\w+\s+)?(?:bachelor|master)'?s? degree"
                        r"|for søkere med|for søkjarar med|for applicants with"
                        r"|(?:er )?åpen (?:både )?for (?:dem|de|deg|alle) (?:som har|med)|open to (?:those|applicants) with)\b",
                        re.I)


# What a requirement names: "bachelorgrad", "fagbrev", "two years of experience" (not "a laptop").
_EDUCATION_NAMED = re.compile(r"utdanning|studiekompetanse|bachelor|master|grad\b|erfaring|praksis|degree|experience"
                              r"|realkompetanse|lederstilling|leiarstilling|fagbrev|videregående|vidaregåande"
                              rf"|{normalise.LEADERS_APPLY}", re.I)


# A requirement that ends at its colon, its list naming what: "You need:", "For å bli tatt opp må du ha:" (not "What you
# need to bring:" over "a laptop; your bachelor's diploma").
_NEED_AT_COLON = re.compile(r"\b(?:you need|you will need|you must have|du trenger|du treng|må du ha|må ha|must have|need"
                            r"|requirements?|krav|opptakskrav)\s*:$"
                            # "Grunnlaget for opptak er:", "The admission requirements are:"
                            r"|\b(?:opptak\w*|admission\w*|entry)\b[^:]{0,40}\b(?:er|is|are)\s*:$", re.I)


# A target group named by what its people hold: "… som har fagbrev eller vitnemål", "nurses who hold a bachelor's
# degree", "for deg med bachelorgrad" (not the professions alone: "Sykepleiere og vernepleiere").
# (Not a wish to take one: "for deg som har lyst til å ta en mastergrad", "who have plans for a master's degree".)
_HOLDING = re.compile(r"\b(?:som har|som kan vise til|med fullført|deg med|dei med|de med|who (?:have|hold)|with an?)\s+"
                      r"(?:(?!lyst\b|hug\b|planer\b|planar\b|plans?\b|tenkt\b|tenkje\b|ønske\w*|behov\b|ambisjon\w*|interest\w*"
                      r"|wish\w*|want\w*|aim\w*|mål\b)\w+\s+){0,5}?"
                      r"(?:fagbrev|videregående|vidaregåande|bachelor\w*|master\w*|\w*utdanning\w*|\w*utdaning|degree|vitnemål|studiekompetanse"
                      r"|fagskule\w*|fagskole\w*|education)", re.I)


def says_what_they_hold(target_group: str) -> bool:
    """The target group is named by an education its people hold, so it stands in for a missing admission
    section (crawler/extract.py)."""
    return bool(_HOLDING.search(target_group or ""))


def admission(lines: list[Line]) -> Fact | None:
    found = []
    for sentence, line in sentences(lines):
        # what the study admits to afterwards is no requirement; the clauses before it may still ask ("Opptakskravet
        # er generell studiekompetanse, og graden gir grunnlag for opptak til masterstudier")
        leads_on = _LEADS_ON.search(sentence)
        asks = _CLAUSE_END.split(sentence[:leads_on.start()])[0].strip(" ,;") if leads_on else sentence
        # (a requirement that only opens a list names it in the list: "You need:" over "a bachelor's degree; …")
        listed = _listed_after(lines, line) if sentence.endswith(":") else []
        if _ADMISSION.search(asks) and (_EDUCATION_NAMED.search(sentence) or _NEED_AT_COLON.search(sentence)
                                        and _EDUCATION_NAMED.search(" ".join(listed))):
            found.append(asks)
            if sentence.endswith(":"):          # "For å bli tatt opp må du ha en av disse utdanningene:" and its list
                found.extend(listed)
        if len(found) >= 3:
            break
    if not found:                           # the requirement alone on its line: "Generell studiekompetanse."
        title = page_title(lines)
        for prev, line in zip([Line("", "text")] + lines, lines):
            if line.related or line.kind != "text" or not _GENERAL_LINE.match(line.text):
                continue
            if _GIVES.search(title) or _GIVES.search(line.section) or prev.text.rstrip().endswith(":") \
                    or _GIVES.search(prev.text):
                continue                    # what a course leads to: "Etter fullført påbygg får du:" / "Generell …"
            return Fact(line.text, "sentence", line.text)
    return Fact(" ".join(found), "sentence", " ".join(found)) if found else None


# The study as the way on to another: "Med bachelorgraden kan du søkje opptak til HVL sin master i …", "Det kan også
# kvalifisere for opptak til mastergradsstudier", "gir grunnlag for opptak til master", "qualifies you for admission to".
_LEADS_ON = re.compile(r"(?<!for å )(?<!for å bli )(?<!to be )(?<!to )\b(?:(?:kan du|du kan) (?:også )?søk(?:e|je) (?:om )?opptak"
                       r"|kvalifiser\w*\s+(?:deg\s+)?(?:for|til)\s+opptak"
                       r"|(?:gir|gjev|kan gi|kan gje) (?:deg )?(?:grunnlag for|rett til|mulighet for|moglegheit for) opptak"
                       r"|qualif\w*\s+(?:you\s+)?for admission)\s+(?:til|to|på)\s+"
                       # (not this study's own, named with its definite ending or "the": "For å kvalifisere til opptak
                       # trenger du …", "Fagbrev gir grunnlag for opptak til videreutdanningen", "… til masterprogrammet",
                       # "admission to the master's programme")
                       # (nor the ground one is admitted on: "kan du søke opptak på grunnlag av realkompetanse")
                       r"(?!dette\b|denne\b|this\b|the\b|grunnlag\b|bakgrunn\b|\w+(?:et|en|a|ene|ane)\b)", re.I)
# The end of a clause before the one that leads on: "Opptakskrav er bachelorgrad, og fullført videreutdanning …".
_CLAUSE_END = re.compile(r"\s*(?:;|,\s*(?:og|men|and|but)\b)\s*")


# A line that is only general admission, maybe with prior learning beside it: "Generell studiekompetanse.",
# "Generell studiekompetanse eller realkompetanse" (not "Generell studiekompetanse gir ikke opptak").
_GENERAL_LINE = re.compile(r"^(?:generell studiekompetanse|general (?:university )?admission requirements?"
                           r"|general entrance qualification)(?:\s*\((?:gsk)\))?"
                           r"(?:\s*,?\s*(?:eller|og|or|and|/)\s*(?:godkjent\s+|approved\s+)?(?:realkompetanse|prior learning))?"
                           r"\s*\.?$", re.I)
# A course that gives general admission, not one that asks for it: "Påbygging til generell studiekompetanse", "Etter
# fullført påbygg får du:", "Utdanningsprogrammet gir:".
_GIVES = re.compile(r"\bpåbygg\w*|\bstudiekompetanse\b|\bgir\b|\bgjev\b|\bfår du\b|\better fullført\b|\btilb(?:yr|yd|ud|od)\w*"
                    r"|\bleads to\b|\bgives\b", re.I)


def _listed_after(lines: list[Line], line: Line) -> list[str]:
    """The list items right after a line that introduces them with a colon (at most eight)."""
    at = next((i for i, other in enumerate(lines) if other is line), None)
    if at is None:
        return []
    items = []
    for other in lines[at + 1:at + 9]:
        if other.kind != "item":
            break
        items.append(other.text)
    return items


_TARGET = re.compile(r"\b(?:målgruppe\w*|rettet mot|retta mot|passer for|passar for|er for deg som|for deg som|aimed at"
                     r"|designed for|intended for|tilbudet er for|studiet er for|kurset er for|for ledere|for leiarar)\b",
                     re.I)


def target_group(lines: list[Line]) -> Fact | None:
    for sentence, _ in sentences(lines, skip_keys=("admission",)):
        if _TARGET.search(sentence):
            return Fact(sentence, "sentence", sentence)
    return None


FINDERS = {
    "credits": credits, "part_time": part_time, "delivery": delivery, "sessions": sessions,
    "start": start, "deadline": deadline, "duration": duration, "teaching_language": teaching_language,
    "price": price, "kind": kind, "admission": admission, "target_group": target_group,
}
