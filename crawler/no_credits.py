"""Courses without credits: whether a course page that names no credits and no kind of study offers a course
without credits, and the line that says so.

A page says it when it gives a course's length in days or hours or its number of gatherings and names no
credits, level, exam or study (`days_without_credits`), when it ends without an exam or with a certificate of
attendance (`certificate_without_credits`), or when its own text and address use no word of higher or vocational
education on a host that is no university's, college's or fagskole's (`no_academic_words`), or when it is a folk
high school's or a Bible school's and names no credits or level (`folk_high_school`), or when its title (or a
non-academic host's address) names school for adults or Norwegian for immigrants and it names no credits or level
(`school_for_adults`), or when its title names a licence, a certificate, a trade certificate, a culture school (or
its address a culture school) or an e-learning course, on a host that is no
university's, college's or fagskole's, and it names no credits, level or study (an exam there is the licence's test:
`licence_course`). `said` asks the six in that order; crawler/extract.py then gives the page the kind "kurs", which domain/normalise.py reads as a course without
credits.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from domain import providers

from crawler import blocks, prose, recognise


def said(title: str, lines: list[blocks.Line], url: str) -> str | None:
    """The line (or the title) that shows the page offers a course without credits, or None."""
    return days_without_credits(title, lines) or certificate_without_credits(title, lines) \
        or no_academic_words(title, lines, url) or folk_high_school(title, lines, url) \
        or school_for_adults(title, lines, url) or licence_course(title, lines, url)


def _own_texts(title: str, lines: list[blocks.Line]) -> list[str]:
    """The title and the page's own lines (not a related section's), a label with its value: what the tests below
    read."""
    return [title] + [f"{line.text}: {line.value}" if line.value else line.text for line in lines if not line.related]


# Words of credits or a level ("30 studiepoeng", "på masternivå").
_CREDIT_OR_LEVEL = r"studiepoeng|studiepoint|\bstp\b|\bects\b|\bcredits?\b|fagskolepoeng|masterniv|bachelorniv"
# Words of a credit-bearing study: a page with any of them is not read as a course without credits.
_STUDY_CREDIT = re.compile(_CREDIT_OR_LEVEL + r"|\bmaster(?![\s-]?class)|\bbachelor|videreutdanning|vidareutdanning|årsstudi|\bemne\b|\bemnet\b|eksamen"
                           r"|\bexam\b|høgskole|høyskole|høgskule|universitet", re.I)


# A course preparing for a trade certificate, whose "exam" is the trade test and no study's: "Teorikurs for
# praksiskandidater før fagprøven", "Preparation course for the Trade Certification Exam".
# A certificate course's exam is the certificate's test too: "Når eksamen er bestått, søker du om sertifikat", "for å bli
# sertifisert" (boiler, truck and crane operators).
# A licence's test is no study's exam either: "Båtførerprøven", "båtførarprøva", "jegerprøven", "teoriprøven" for a
# driving licence (not a licence required: "Deltakerne må ha førerkort klasse B").
_TRADE_CERTIFICATE = re.compile(r"\bfagbrev|\bfagprøve|\bfagprøva|\bpraksiskandidat|\btrade certificat|\bcraft certificat"
                                r"|\bbåtfør[ea]r(?:prøv|bevis)|\bjegerprøv|\bfør[ea]rprøv|\bteoriprøv", re.I)
# … said beside the exam, not anywhere on the page (not "Kursholderne er sertifiserte instruktører", "ISO-sertifisert").
_CERTIFICATE = re.compile(r"\bsertifikat\w*|\bsertifiser\w*", re.I)
_EXAM_WORD = re.compile(r"eksamen|exam", re.I)


def _names_a_study(text: str, exam_is_a_test: bool) -> bool:
    """Does the text use a word of a credit-bearing study? With exam_is_a_test, "eksamen" or "exam" alone is a
    licence's or a trade's test and does not count."""
    return any(not (exam_is_a_test and _EXAM_WORD.fullmatch(m.group(0))) for m in _STUDY_CREDIT.finditer(text))


def days_without_credits(title: str, lines: list[blocks.Line]) -> str | None:
    """The line that gives a course's length in days or hours ("Basisprogrammet går over to dager",
    "Samling 1: 13. – 14. november 2023", "Kl. 10:00 - 15:30") or its number of gatherings ("Programmet
    har tre workshops") when the page names neither credits, a level, an exam nor a study of a
    university or college: a course without credits."""
    texts = _own_texts(title, lines)
    trade = any(_TRADE_CERTIFICATE.search(t) or _CERTIFICATE.search(t) and _EXAM_WORD.search(t)
                for t in texts)                                 # its exam is the trade test, not a study's
    if any(recognise.SEMESTER.search(t) or _names_a_study(t, exam_is_a_test=trade) for t in texts):
        return None                         # ("1. semester": a study, counted in semesters)
    return next((t for t in texts[1:] if prose.course_length(t) or prose.COUNTED_SESSIONS.search(t)), None)


# A course that ends with no exam or with a certificate of attendance: "Det er ingen eksamen, men du får et bevis når
# du er ferdig", "NHH Executive gives a certificate of completion to everyone present at 75 % of the workshops".
_NO_EXAM = re.compile(r"\b(?:ingen|uten|utan|ikke|ikkje)\s+(?:avsluttende\s+)?eksamen\b"
                      r"|\bno (?:final )?exam(?:ination)?\b(?!\s+(?:fees?|charges?|registration))"   # (not "no exam fee")
                      r"|\bwithout (?:an? )?exam|\bcertificate of (?:completion|attendance|participation)\b"
                      r"|\bkursbevis|\bdeltak[ae]rbevis|\bdeltagerbevis", re.I)
# Another assessment instead of an exam: "Det er ingen eksamen, men obligatoriske arbeidskrav og en mappe",
# "There is no exam; assessment is by portfolio" (a credit-bearing course graded otherwise).
_OTHER_ASSESSMENT = re.compile(r"arbeidskrav|\bmappe\w*|\w*oppgave\b|\w*oppgåve\b|\bvurdering\w*|\bassessment"
                               r"|\bassignments?\b|\bportfolio|\bcoursework|\bgrad(?:ed|ing)\b", re.I)
# Words of credits or a level: a page with any of them may be a credit-bearing study whose exam is optional.
_CREDIT_WORDS = re.compile(_CREDIT_OR_LEVEL + r"|master(?:'s)? level|bachelor(?:'s)? level", re.I)


def certificate_without_credits(title: str, lines: list[blocks.Line]) -> str | None:
    """The sentence that says a course ends without an exam or with a certificate of attendance, when the
    page names no credits or level anywhere: a course without credits."""
    texts = _own_texts(title, lines)
    if any(_CREDIT_WORDS.search(t) for t in texts) or recognise.titled_by_code(title):
        return None                     # (a course known by its code, "Helseledelse (ORG123)", is a university's)
    return next((t for t in texts[1:] if _NO_EXAM.search(t) and not _OTHER_ASSESSMENT.search(t)), None)


# Words of higher or vocational education: credits (also the old "vekttall"), a degree, a course unit, a term,
# admission, an institution, an exam or a reading list, learning outcomes, further education that gives
# competence. A course page with none of them, on a host that is no university's, college's or fagskole's, offers
# a course without credits (a municipality's, an agency's, an association's).
_ACADEMIC = re.compile(_CREDIT_OR_LEVEL + r"|vekttal|bachelor|master|\bmsc\b|\bmba\b|\bph\.?\s?d\b"
                       r"|doktorgrad|\bdegree|\bdiploma|postgraduate|\bemne|semester|universitet|university|høgskole"
                       r"|høgskule|høyskole|college|studium|studiet|studieplan|opptak|admission|fagskole|fagskule|årsstudi"
                       r"|videreutdanning|vidareutdanning|\bevu\b|kompetansegivende|kompetansegjevande|nokut|eksamen"
                       r"|hjemmeoppgave|heimeoppgåve|pensum|\bexam(?:s|ination\w*)?\b|læringsutbytte|læringsutbyte"
                       r"|learning outcomes?|spesialistutdanning"
                       r"|\b(?:ntnu|oslomet|nhh|ui[obtsa]|usn|hvl|nmbu|hiof|himolde|nla)\b|(?-i:\b(?:BI|VID|NLA)\b)", re.I)
# A host that names a university or college (not in the registry): "www.unibo.it", "www.steinerhoyskolen.no" (not
# "kommunikasjonsforeningen.no", nor a folk high school, which gives no credits).
_ACADEMIC_HOST = re.compile(r"(?:^|[.-])uni|(?<!folke)h(?:o|oe)[gy]sk[ou]l|fagsk[ou]l|college|\.edu\b|\.ac\.", re.I)
_EDUCATION_PROVIDERS = ("university", "university_college", "fagskole")


# What a licence course shares with a study: its test ("eksamen") and what to read for it ("pensum").
_LICENCE_TEST_WORDS = re.compile(r"eksamen|exam(?:s|ination\w*)?|pensum", re.I)


def academic_host(url: str) -> bool:
    """Is the page's host (or catalogue) a university's, college's or fagskole's, by the registry or its name?"""
    owner = providers.provider_for_url(url)
    return bool(_ACADEMIC_HOST.search(urlsplit(url).hostname or "")
                or (owner and owner.get("kind") in _EDUCATION_PROVIDERS))


def no_academic_words(title: str, lines: list[blocks.Line], url: str) -> str | None:
    """The title, when the page's own text and address use no word of higher or vocational education and its
    host is no university's, college's or fagskole's: a course without credits."""
    if academic_host(url) or recognise.course_address(url) or recognise.titled_by_code(title):
        return None                     # (a course known by its code is a university's)
    texts = _own_texts(title, lines) + [unquote(urlsplit(url).path)]
    trade = any(_TRADE_CERTIFICATE.search(t) for t in texts)    # a licence's test and its reading are no study's
    return None if any(not (trade and _LICENCE_TEST_WORDS.fullmatch(m.group(0)))
                       for t in texts for m in _ACADEMIC.finditer(t)) else title


# A folk high school's or a Bible school's host: "grenland.fhs.no", "www.jarenfhs.no", "folkehogskole.no" (their
# common portal), "www.bildoybibelskole.no"; and the school named in the page's own text ("Sund Folkehøgskole",
# "Folkehøgskolens", "Voss folkehøyskole"; one school, not many: "Fagkompetanse etterspørres av folkehøgskoler" on a
# college's page).
_FOLK_HIGH_SCHOOL_HOST = re.compile(r"fhs\.no$|folkeh(?:o|ø|oe)[gy]?sk[ou]l|bibelsk[ou]l", re.I)
_FOLK_HIGH_SCHOOL = re.compile(r"\bfolkeh(?:ø|o|oe)[gy]sk(?:ole|ule)(?:ns?|s)?\b|\bfolk high school\b"
                               r"|\b\w{0,30}bibelsk(?:ole|ule)(?:ns?|s)?\b", re.I)
# A degree or a study's exam: a page with any of them, on a folk high school's host too, is a study's ("Bachelor i
# teologi" or "Årsstudium i kristendom … avsluttes med eksamen" on a Bible school's host, ".../arsstudium-friluftsliv";
# not "Mastery in various weather conditions").
_DEGREE_WORDS = re.compile(r"\bbachelor\w*|\bmaster(?:\b|grad\w*|program\w*|studi\w*|utdanning\w*)|årsstudi|arsstudi"
                           r"|studieplan|\bmsc\b|\bph\.?\s?d\b|eksamen|\bexam\b|fagskoleutdanning|fagskuleutdanning", re.I)
# … and words of a study in general, when the school is only named in the text: "Studiet tar ett år … Praksis ved Bildøy
# Bibelskole", "The programme runs for two semesters … Voss Folk High School", "Fagskoleutdanningen går over to år".
_STUDY_WORDS = re.compile(_STUDY_CREDIT.pattern + r"|\bstudiet\b|\bstudium\b|studieprogram|\bthe programme\b"
                          r"|\bthis programme\b|fagsk[ou]l", re.I)
# The stock sentence of a folk high school's own page, no study of its own: "Et år på folkehøgskole gir 2 tilleggspoeng
# ved opptak til høgskole og universitet".
_EXTRA_POINTS = re.compile(r"tilleggspoeng|extra points|additional points", re.I)


def folk_high_school(title: str, lines: list[blocks.Line], url: str) -> str | None:
    """The line that names a folk high school or a Bible school (or the title, on such a school's host), when the
    page names no credits, no level and no study and its host is no college's: a year, a term or a line there gives
    no credits ("Sund Folkehøgskole – Rissa", "Year-round course (two semesters)" on sundfhs.no)."""
    if academic_host(url) or recognise.titled_by_code(title):
        return None
    texts = _own_texts(title, lines)
    own = [_FOLK_HIGH_SCHOOL.sub(" ", t) for t in texts + [unquote(urlsplit(url).path)] if not _EXTRA_POINTS.search(t)]
    if any(_CREDIT_WORDS.search(t) or _DEGREE_WORDS.search(t) for t in own):
        return None                     # (a Bible school's year that gives 60 studiepoeng through a college)
    if _FOLK_HIGH_SCHOOL_HOST.search(urlsplit(url).hostname or ""):
        return title
    if any(_STUDY_WORDS.search(t) for t in own):
        return None
    return next((t for t in texts if _FOLK_HIGH_SCHOOL.search(t)), None)


# School-level education for adults and Norwegian for immigrants, named in the title: "Grunnskole for voksne",
# "Grunnskuleopplæring for vaksne", "Vidaregåande opplæring for vaksne", "Vaksenopplæring", "Norskopplæring",
# "Opplæring i norsk og samfunnskunnskap", "Norskkurs", "Norsk for innvandrere" (not a college's "Norsk for utenlandske
# studenter", which names its credits, nor "Grunnskolelærerutdanning").
_SCHOOL_FOR_ADULTS = re.compile(r"\b(?:grunnskole|grunnskule)(?:opplæring\w*)?\s+for\s+(?:voksne|vaksne)"
                                r"|\b(?:videregående|vidaregåande)\s+opplæring\s+for\s+(?:voksne|vaksne)"
                                r"|\b(?:voksen|vaksen)opplæring\w*|\bnorskopplæring\w*|\bnorsk og samfunnskunnskap"
                                r"|\bnorskkurs\w*|\bnorsk for (?:innvandrere|innvandrarar|voksne|vaksne)\b", re.I)


# … or in the address of a county's or a municipality's adult education: ".../vaksenopplaring/", "/voksenopplaering/".
_SCHOOL_FOR_ADULTS_PATH = re.compile(r"(?:voksen|vaksen)oppl(?:æ|ae|a)ring", re.I)


def school_for_adults(title: str, lines: list[blocks.Line], url: str) -> str | None:
    """The title, when it (or, on a host that is no university's, college's or fagskole's, the address) names
    school-level education for adults or Norwegian for immigrants and the page names no credits and no level: such
    schooling gives no credits."""
    if not _SCHOOL_FOR_ADULTS.search(title) and not (
            _SCHOOL_FOR_ADULTS_PATH.search(unquote(urlsplit(url).path)) and not academic_host(url)):
        return None
    if any(_CREDIT_WORDS.search(t) for t in _own_texts(title, lines)):
        return None
    return title


# A licence's or a certificate's course, a trade certificate, a municipality's culture school or an e-learning course,
# named in the title (a culture school in the address too: ".../kulturskolen/praktisk-info/soknadsfrist-og-oppsigelse"):
# "Fritidsbåtskipper", "Båtførerprøven", "Privatflysertifikat", "PPL", "Jegerprøvekurs", "Truck",
# "Fagbrev kokk og institusjonskokk", "Musikk- og kulturskule - opptak", "E-learning course in the protection of
# personal data" (none gives credits unless the page says so: "E-læringskurs, 5 studiepoeng").
_LICENCE_TITLE = re.compile(r"\bbåtfør[ea]r\w*|\bfritids(?:båt)?skipper\w*|\bd5l\b|\w*sertifikat\w*|\bppl\b|\bjegerprøv\w*"
                            r"|\bførerkort\w*|\btruck(?:fører\w*|kurs\w*)?\b|\bfagbrev\w*|\bkultursk[ou]l\w*"
                            r"|\be-?lærings?kurs\w*|\be-learning course\b", re.I)


_CULTURE_SCHOOL_PATH = re.compile(r"kultursk[ou]l", re.I)


def licence_course(title: str, lines: list[blocks.Line], url: str) -> str | None:
    """The title, when it names a licence's or a certificate's course, a trade certificate, a culture school or an
    e-learning course, the page names no credits, level or study of a university or college (its exam is the licence's
    test), and its host is no university's, college's or fagskole's: such a course gives no credits."""
    if not (_LICENCE_TITLE.search(title) or _CULTURE_SCHOOL_PATH.search(unquote(urlsplit(url).path))) \
            or academic_host(url):
        return None
    if any(_names_a_study(t, exam_is_a_test=True) for t in _own_texts(title, lines)):
        return None                     # (the licence's test is its "eksamen": "Teorieksamen hos Luftfartstilsynet")
    return title
