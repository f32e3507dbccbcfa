"""Is this page a course page? The decision and its reason, from what extraction found.

Structured data decides when it names courses: exactly one course is a course page,
several are a listing. Otherwise the page's own content is scored; a course page states
what a course page states, in any layout:

| evidence | points |
|---|---|
| credits under a label | 4 |
| credits in a sentence of the page's own text, or in its title ("Modul 5 – Juss for ledere (7,5 sp)") | 2 |
| each other course fact under a label or section heading (admission, target group, place, start, deadline, price, duration, part time, teaching, language, how to apply, sessions, number of places) | 1, at most 4 |
| two or more course facts stated only in sentences (start, deadline, price, sessions, duration, part time) | 1 |
| a price on a line of its own among the first lines, as a shop shows it ("8500kr"), when no price is stated otherwise | 1 |
| a study's sub-page: an address whose last part is a sub-page under one study's part (".../program/vernepleie-deltid/opptak/") | 3 |
| a study's sub-page named at the top: a general title ("Opptak") over a heading naming one study, a title "Study – Opptak" or "Opptak til PPU" | 2 |
| one course's description in a catalogue: a course code under the catalogue's part of the address ("/studier/emner/…/HADM4101/", "/subject/?code=MHV264_1") | 3 |
| the title names a study ("Master i …", "Videreutdanning i …", "Studieplan - …", "MBA i …"), begins with a course code ("MSS530 Pasientsikkerhet") or with a course's kind and a colon ("Kurs: pleieassistent …"), ends with its degree after a comma ("Helsevitskap, master, 2 år"), calls itself its plan ("… – Fagplan", "… Programplan") or a compound programme word that it names ("Lederutviklingsprogram Leadership for Change"), has a subtitle that does ("Nasjonal videreutdanning for ledere i …"), or is "Study - topic" under a line naming that study with its kind | 3 |
| the title begins with one degree's name ("Master i …", "Bachelor in …", "MBA", "Årsstudium i …"), on top of the 3 above | 1 |
| the title only has a study word ("…program", "…utdanning", "Kurs") | 1 |
| the title invites one to join ("Bli med på pårørendeskole", "Meld deg på …") | 1 |
| a line leading in to what one learns ("Når du har fullført kurset, skal du kunne:", "The programme aims to") | 1 |
| a plan of two or more numbered gatherings ("Samling 1" / "13. – 14. november 2023, Lillehammer", "Samling 2" …) | 2 |
| a plan of a short course's days: lines "Dag 1", "Dag 2" heading what each day covers | 2 |
| a programme structure: links with credits that are course codes or sit under semester headings | 3 |
| one of the first lines names a kind of study or its pace ("Masterprogram på deltid", "Kurs masternivå") | 1 |
| sections a study description has (learning outcomes, structure, teaching and assessment, content) | 1 each, at most 2 |
| sentences a study description has ("Etter fullført studium …", "Studiet går over …", "Studiet gir/gjev …", "Programmet har opptak …", "denne mastergraden", "dette studiet") | 1 |
| kinds of study named in the plural four times or more and more than twice as often as one offer in the singular ("Fagskolestudier gir …", "våre utdanninger" against "studiet", "kurset"): a page about studies in general | -1 |

and it is a course page with 4 points or more, unless it is
- a listing: one label with three or more values ("Studiepoeng: …" on every card), or four
  or more links whose notes give credits (not course codes under semester headings) under a
  title that names no study;
- news: the page says when it was published (article:published_time, og:type article, a
  "Publisert" line, a byline "Tekst: …" or "Av …, 28.03.2019"), lives under a news
  path (/nyheter/, /nyhende/, /aktuelt/, /news/ …) or a dated one (/2018/02/22/…), or quotes people or reports
  what they say twice or more ("– …, sier rektor …", "Rektor Kari Nordmann sier at …": an interview or a report);
- an event's programme: three or more timed agenda lines ("09:00 Registrering", or a time labelling an item
  under a "Program" heading), or a title that
  names a conference, a seminar or a theme day and no study ("Regional brukerkonferanse 2024"), or begins with one
  and its topic, whatever the topic is ("Innspillmøte om program for folkehelsearbeid");
- a page about admission, an institution or an occupation in general: its title says so
  ("Søknad og opptak", "Opptakskrav hos …", "Om oss", "About …", terms, regulations, questions and
  answers, a checklist: "Vilkår for kurs", "Spørsmål og svar for videreutdanning"), unless it is one study's
  sub-page (above); or its address is a general description of an education or occupation
  ("/utdanningsoversikt/", "/yrker/").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from domain import normalise

from crawler.blocks import Line
from crawler.facts import Fact, label_keys
from crawler.prose import numbered_gatherings, title_credits

THRESHOLD = 4
LISTING_SPREAD = 3
# Facts a course page may state only in sentences ("Neste oppstart er høsten 2018", "fristen er 14. mai").
PROSE_FACTS = ("start", "deadline", "price", "sessions", "duration", "part_time")
COURSE_FACTS = frozenset({"admission", "target_group", "locations", "start", "deadline", "price", "duration",
                          "part_time", "apply", "teaching_language", "sessions", "delivery", "seats"})
_NEWS_PATH = re.compile(r"/(?:nyhet\w*|nyhende\w*|nyheiter|aktuelt|news|artikler|artikkel|vis-artikkel|pressemelding\w*"
                        r"|blogg?|kronikk\w*|studenthistorie\w*|student-stories|reportasje\w*)(?:/|$)", re.I)
# A blog's or a paper's dated address: "/2018/02/22/nasjonal-helselederutdanning-…", "/2021/06/nytt-masterstudium/".
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:[0-3]?\d/)?[a-z]", re.I)
# utdanning.no-style descriptions of an education or an occupation in general, offered by many institutions.
_GENERAL_PATH = re.compile(r"/(?:utdanningsoversikt|yrker|yrke|utdanningsbeskrivelse\w*)/", re.I)
_PUBLISHED = re.compile(r"^(?i:publisert|published|først publisert|publisert den)\b[^.]{0,40}\d{4}"
                        r"|^(?i:tekst|text|av|by|skrevet av)\s*:?\s+[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+)*"
                        r"\s*(?:,|$|\s+(?i:og)\b|\s*\|)"
                        r"|^(?i:av)\s+[\wÆØÅæøå .-]{2,40},\s*\d{1,2}\.\s*\d{1,2}\.\s*\d{4}")
_CREDIT_NOTE = re.compile(r"\d\s*(?:studiepoeng|stp|sp|ects|fagskolepoeng)\b", re.I)
_STUDY_WORDS = (r"master\w*|mba|emba|mpa|executive|bachelor\w*|continuing education|further education|\w*program(?:me)?s?"
                r"|\w+utdanning\w*|\w+utdanninga|\w+utdannelse\w*|utdannelsen?|\w+kurs|\w+kurset|\w*studium|\w+studiet|årsstudi\w*|årseining\w*|årsenhet\w*|videreutdanning\w*|vidareutdanning\w*"
                r"|etterutdanning\w*|studieplan\w*|programplan\w*|studieprogram\w*|emne\w*|kurs|kurset|lederkurs"
                r"|lederutdanning\w*|leiarutdanning\w*|lederprogram\w*|leiarprogram\w*|lederutvikling\w*"
                r"|leiarutvikling\w*|topplederprogram\w*|programme|program|course|module|modul\w*|studium|studiet"
                r"|fagskole\w*|fagskule\w*|diploma|certificate|sertifisering|utdanning|utdanninga|lederskole\w*|leiarskule\w*")
_TITLE_STUDY = re.compile(rf"\b(?:{_STUDY_WORDS})\b", re.I)
_STRONG_TITLE = re.compile(
    r"(?:^|[-–:|]\s*)(?:(?:et|en|ei|eit|a|an)\s+)?(?:executive master|erfaringsbasert master|master(?:'s)?(?: programme| program| degree)?|mba|emba"
    r"|\w+program(?:me)?|\w+programmet|\w+utdanning|\w+utdanninga|\w+utdanningen|\w+utdannelse|\w+utdannelsen"
    r"|lederopplæring|leiaropplæring"
    r"|program(?:me)?(?=\s+for\s+(?!dagen\b|the day\b|konferansen\b|seminaret\b|møtet\b|samlingen\b))"
    r"|bachelor(?:'s)?(?: programme| program| degree)?|årsstudium|årseining|videreutdanning|vidareutdanning"
    r"|etterutdanning|studieplan|programplan|study plan|programme description|(?:\w+-)?\w*(?<!kon|dis|eks)kurs|emne|course|module|modul"
    r"|continuing education|further education|fagskoleutdanning|fagskuleutdanning)\s+(?:i|in|of|på|for|om|til|–|-|:)\s+\w",
    re.I)
# (a compound's "-kurs" is a course, "Nybegynnerkurs i KOSTRA", "HMS-kurs for verneombud", but not a bankruptcy or a
# discourse: "Konkurs i kommunen", "Diskurs om ledelse", "Ekskurs i historie"; at most one hyphen, so that a run of
# hyphens cannot make the search quadratic)
# A heading that names one degree or programme ("Executive Master of Management", "Master i helseledelse").
_STUDY_NAME = re.compile(r"^(?:executive |erfaringsbasert |experience-based )?(?:master|bachelor|mba|emba|årsstudium)\b"
                         r"(?:'s)?\s+(?:of|i|in|på)\s+\w|^(?:executive )?(?:mba|emba)\b", re.I)
# An agenda item: "09:00 Registrering", "12.30 Velkommen ved …" (an event's timed programme).
# (a decimal number in a table of credits is none: "7.50 O 5", "10.00 V 10", a course's credits, kind and credits per term)
_AGENDA_ITEM = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s+[A-ZÆØÅa-zæøå](?!\s+\d)")
# An agenda item laid out as a label and its value under the event's programme ("Program:" / "08:45" = "Registrering");
# a course's plan of days may time its parts too ("Dag 1" / "08.30-13.30" = "Gruppearbeid"), so only under a programme.
_AGENDA_TIME = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?$")
_PROGRAMME = re.compile(r"^(?:program|programme|agenda|dagsorden|programmet)\s*:?\s*$", re.I)
# A course code's number part ("MSS530", "BMP-2900", "HADM4101"); a year is none ("HMS-2025", "ledelse2024").
_CODE_NUMBER = normalise.COURSE_CODE_NUMBER
_CODE = re.compile(rf"^[A-ZÆØÅ]{{2,10}}{_CODE_NUMBER}[A-Z]?\b")
# A title that ends with its course code: "Health science (HEL5006)".
_CODE_AT_END = re.compile(rf"\(\s*[A-ZÆØÅ]{{2,10}}{_CODE_NUMBER}[A-Z]?\s*\)\s*$")
SEMESTER = re.compile(r"\b\d\.\s*(?:semester\w*|studieår|år)\b|\bsemester\s*\d|\b(?:year|år)\s*\d\b", re.I)
_LEAD_STUDY = re.compile(rf"\b(?:{_STUDY_WORDS}|deltid|part-time|masternivå|bachelornivå|studiepoeng)\b", re.I)
_NOT_STUDY_TITLE = re.compile(r"^(?:oversikt\b|overview\b|søknad og opptak|opptak|opptakskrav\b|informasjon om opptak|om oss"
                              r"|om (?!kurset$|studiet$|programmet$|utdanningen$|utdanninga$|emnet$|(?!(?:(?-i:[A-ZÆØÅ])\w*(?:skolen|skulen)"
                              r"|\w*(?:doktorgrads|forsknings|forsker|forskar)\w*|\w*høgskolen|\w*høyskolen"
                              r"|\w*høgskulen|fagskolen|fagskulen|skolen|skulen|kulturskolen|grunnskolen|ungdomsskolen|barneskolen"
                              r"|sommerskolen)$)\w{4,}(?:skolen|skulen|programmet|kurset|opplæringen|opplæringa|utdanningen"
                              r"|utdanninga)$)\w+$"
                              r"|about\b(?! the (?:course|programme|program)$)"
                              r"|kontakt|contact|ansatte|staff|forskning|research|studier$|våre studier|finn studier"
                              r"|alle studier|videreutdanning$|etter- og videreutdanning$|studietilbud$|studies$"
                              r"|ofte stilte|faq|yrkesbeskrivelse|hva gjør en|studieavgift$|studieavgifter$|priser$"
                              r"|tuition fees?$|fees$|tuition and fees$"
                              # students' administration, for all studies: "Permisjon", "Semesterregistrering"
                              r"|permisjon$|permisjon fr[aå] stud\w+$|leave of absence$|semesterregistrering$"
                              r"|semester registration$"
                              r"|vilkår\b|betingelser\b|terms and conditions|terms of\b|regulations?\b|reglement\w*"
                              # guidelines, the semester fee, descriptions of many courses: "Retningslinjer for …",
                              # "Guidelines for courses …", "Semesteravgift for etter- og videreutdanning", "Course
                              # descriptions", "Beskrivelser av emnene som inngår i studiet"
                              # (not a course about guidelines: "Retningslinjer for palliasjon – kurs for sykepleiere")
                              r"|(?:retningslinjer|retningsliner|guidelines)\b(?!.*\s[-–:]\s+(?:[\w-]*kurs\w*|course|e-læring\w*)\b)"
                              r"|semesteravgift\w*|semester fees?\b"
                              # grants to take courses: "Tildeling av Statsforvalterens kompetansemidler …", "Stipend
                              # til videreutdanning", "Tilskudd til kompetanseheving"
                              r"|tildeling av (?:\S+\s+){0,3}?\w*(?:midler|midlar)\b|stipend\b|stipender\b|tilskudd til\b"
                              r"|tilskot til\b"
                              r"|course descriptions\b|emnebeskrivelser\b|beskrivelser av (?:emnene|emner|kursene|kurs)\b"
                              r"|spørsmål og svar|questions and answers|frequently asked|sjekkliste\b|checklist\b"
                              # how to apply, alone or to studies in the plural: "Slik søker du", "Slik søker du master
                              # og videreutdanninger" (one study's "Slik søker du" is its sub-page: its address says so)
                              r"|(?:(?:slik|sånn) søker du|slik søkjer du|hvordan søke(?:r (?:du|jeg|man))?|korleis søkje(?:r du)?"
                              r"|korleis søke(?:r du)?|how to apply)(?:$|\b.*\b(?:\w*studier|\w*utdanninger"
                              r"|\w*utdanningar|programmes|programs|courses)\b))", re.I)
# A section on how a course is taught: "Arbeidsform", "Arbeidsmåter", "Undervisningsform".
_HOW_TAUGHT = r"(?:arbeidsform\w*|arbeidsmåte\w*|arbeidsmåtar|undervisningsform\w*|kursform)"
_TEACHING_SECTION = re.compile(rf"^{_HOW_TAUGHT}\b", re.I)
_COURSE_SECTIONS = re.compile(r"^(?:læringsutbytte|læringsutbyte|learning outcomes?|forventet læringsutbytte|oppbygging"
                              r"|studiets oppbygging|studiets oppbygning|oppbygning|struktur|programme structure|"
                              r"course structure|emner i studiet|studiets innhold|innhold|innhald|emnets innhold|"
                              r"course content|content|undervisning og vurdering|vurdering|eksamen|vurderingsform|"
                              r"assessment|pensum|litteratur|reading list|studieprogresjon|timeplan|"
                              r"karriere(?:muligheter)?|jobbmuligheter|videre studier|utveksling|dette lærer du|"
                              r"hva lærer du|kva lærer du|what you will learn|what will you learn|(?:info(?:rmasjon)? )?om (?:programmet|kurset|studiet"
                              r"|utdanninga|utdanningen|utdannelsen)|about the programme|about the course|the main objective|"
                              r"mål(?:et)? (?:med|for) (?:studiet|kurset|programmet|utdanninga|utdanningen)|"
                              r"hvem er (?:kurset|studiet|programmet) for|kven er (?:kurset|studiet) for|"
                              r"praktisk informasjon|faglig innhold|"
                              # how a course is run and what it holds, on offers without credits: "Gjennomføring",
                              # "Forslag til gjennomføring", "Kursprogram", "Kursinnhold", "Tema for seminarene"
                              r"(?:forslag til )?gjennomføring\w*|kursprogram\w*|kursinnh[oa]ld|studieinnhold"
                              # how it is taught: "Arbeidsform", "Arbeidsmåter", "Undervisningsform"
                              rf"|{_HOW_TAUGHT}"
                              r"|tema for (?:kurset|seminarene|seminara|samlingene|samlingane))\b", re.I)
# How long the offer lasts ("Programmet varer i inntil tre år", "Emnet varar eitt semester"), not an event's day
# ("Programmet varer fra kl. 10 til 15"; "Studiet varer fra august til juni" is a study's).
_LASTS = (r"(?:varer|varar)\b(?!\s+(?:(?:fra|frå|til|fram til)\s+)?(?:kl\b|klokka|klokken|\d{1,2}[.:]\d\d\b"
          r"|hele dagen|heile dagen))")
# "Programmet" as an event's agenda, not an offer: "Programmet er klart", "Programmet er ikke endelig", "Programmet er
# selve landsmøtet", "Programmet blir lagt ut snart", "Programmet for dagen er …" ("Programmet er for ledere" is one).
_AGENDA_NOT = (r"(?!\s+(?:for\s+(?:dagen|dagene|dagane|konferansen|seminaret|møtet|samlingen|samlinga|arrangementet)\b"
               r"|(?:er|blir|vert|vil bli|kommer|kjem)\s+(?:ikke\s+|ikkje\s+|nå\s+|no\s+|snart\s+)?"
               # "endelig" as "finally" before an offer's state is no agenda: "Programmet er endelig åpent for søkere"
               # ("Programmet er endelig klart" and "Programmet er ikke endelig" are)
               r"(?:(?:endelig|endeleg)(?=\s*(?:$|[.,;:!)–-]|\s(?:klart|klar|ferdig|publisert|lagt ut|lagd ut|oppdatert"
               r"|tilgjengelig|tilgjengeleg|på plass|spikret|spikra)\b))"
               # ready for those who apply is an offer's: "Programmet er klart for nye søkere", "klart for opptak"
               r"|(?:klart|klar)(?!\s+(?:for|til)\s+(?:nye\s+|neste\s+)?(?:søkere|søkjarar|søknader|søknad|deltakere"
               r"|deltakarar|studenter|studentar|opptak|påmelding|kull)\b)|ferdig"
               r"|foreløpig|førebels|publisert|lagt ut|lagd ut|oppdatert|tilgjengelig|tilgjengeleg"
               r"|under arbeid|under utarbeid\w*|selve|som følger|som fylgjer|følgende|fylgjande|sendt ut)\b))")
_COURSE_SENTENCE = re.compile(rf"\better (?:fullført|endt|bestått) (?:studium|studiet|emne|emnet|utdanning\w*|kurs\w*|program\w*)"
                              r"|\bkandidaten (?:har|kan)\b|\bstudiet (?:går|gir|gjev|er|består|tar)\b|\bstudiet går på"
                              rf"|\bprogrammet{_AGENDA_NOT} (?:gir|gjev|går|består|er|har opptak)\b|\b(?:programmet|studiet|emnet|kurset|utdanningen|utdanninga|utdannelsen) {_LASTS}|\bemnet (?:gir|gjev|går|består|er)\b"
                              r"|\butdanninga (?:gir|gjev|går|er)\b"
                              r"|\butdanningen (?:gir|går|er)\b|\butdannelsen (?:gir|går|er)\b|\bkurset (?:gir|går|består|er)\b|\bkvalifiserer (?:for|til)\b"
                              r"|\bupon completion\b|\bthe (?:programme|course) (?:gives|is|consists|lasts)\b|\bstudentane? (?:vel|velger|får)\b"
                              r"|\bstudentene (?:velger|får|lærer)\b|\bdu (?:lærer|får|vil lære)\b"
                              r"|\bdenne (?:\w+ )?(?:mastergraden|graden|utdanningen|utdanninga|videreutdanningen)\b"
                              r"|\bdette (?:studiet|studieprogrammet|masterprogrammet|programmet)\b|\bthis (?:programme|degree)\b"
                              r"|\bapplicants (?:need|must have)\b",
                              re.I)


# A title that invites one to sign up for an offer: "Bli med i nytt nettverk for …", "Meld deg på lederskolen",
# "Sign up for the course" (a conference's title is an event's, above).
_JOIN_TITLE = re.compile(r"\b(?:bli med (?:på|i)|ver med (?:på|i)|meld deg på|meld dykk på|sign up for|join (?:the|our))\s+\w"
                         # a welcome to one study, named at once: "Velkomen til organisasjonskurs 2019", "Welcome to
                         # the Master's programme" (not "Velkommen til min blogg", "Velkommen til våre kurs", "Welcome to
                         # our programmes", "Velkommen til kurs- og konferansesenteret", "Velkommen til nye studenter
                         # på masterprogrammet", "Velkomen til studiestart ved lærarutdanninga")
                         r"|\b(?:velkommen|velkomen|welcome)\s+(?:til|to)\s+(?:the\s+|this\s+)?"
                         r"(?!(?:våre|vore|alle|our|all|nye|new|studiestart)\b)(?:[\w'’.-]+\s+)?"
                         r"(?:[\w-]*kurs(?:et)?|[\w-]*program(?:met|me)?|[\w-]*utdanning(?:en|a)?|studiet|[\w-]*studium"
                         r"|master|bachelor|course|module|modul|emnet)(?![\w-])",
                         re.I)
# A line that leads in to what a participant learns, ending where the list of outcomes begins:
# "Når du har fullført kurset, skal du kunne:", "Gjennom programmet skal deltakerne:", "The programme aims to".
_OUTCOMES_LEAD = re.compile(r"\b(?:skal|vil|bør) (?:du|deltakerne|deltakarane|deltagerne|studentene|studentane|kandidaten"
                            r"|kandidatane)(?: kunne| ha| vite)?\s*:?\s*$"
                            r"|\b(?:you|participants|students) (?:will|should)(?: be able to)?\s*:?\s*$"
                            r"|\b(?:programme|program|course) aims to\s*:?\s*$", re.I)


# A line that leads in to a list of what an offer covers, on course pages that state no credits:
# "Kurset har blant annet disse temaene og øvelsene:", "Temaer:", "Innhold i kurset:", "Topics covered:", compounds and
# nynorsk too ("Kursinnhold:", "Hovudtema:", "Emna i kurset:"), not a page's own contents ("Innhold på denne siden:")
# (counted only when list items follow it).
_CONTENT_LEAD = re.compile(r"\b(?:\w*tema|\w*temaer|\w*temaene|\w*temaa|\w*temana|emner|emnene|emna|\w*innhold|\w*innhald"
                           r"|innholdet|innhaldet|øvelser|øvelsene|øvingar|øvingane|topics|themes|content|exercises)\b"
                           r"(?![^.:]{0,60}?\b(?:på denne sida|på denne siden|on this page)\b)[^.:]{0,60}:\s*$", re.I)


# A day of a short course's plan, heading what the day covers: "Dag 1", "Kursdag 2: Kommunikasjon", "Day 3 – Follow-up"
# (an event's programme of timed items is told apart before; "Dag 1 av 3 i uka" is a sentence, not a heading).
# A date may follow the day's number ("Dag 1 – 12. mars", "Day 2: 13.03.2024"): a dot after a digit is no sentence's end.
_COURSE_DAY = re.compile(r"^(?:dag|kursdag|day)\s*(\d)\s*(?:[:.–-]\s*(?:[^.]|(?<=\d)\.){0,30})?$", re.I)
# An event's agenda line under a day: a talk, a panel, registration, a banquet, with or without its time ("Foredrag
# ved …", "10:00 Registrering", "Keynote: …"), or a talk given by someone ("Kommuneøkonomi v/ Kari Nordmann"); a
# course's day names what it covers ("Konfliktforståelse", "08.30-13.30 Gruppearbeid") and has its welcome, lunch and
# closing too ("09.00 Velkommen og presentasjon", "Lunsj", "Avslutning"), so these are no event's.
_EVENT_ITEM = re.compile(r"^(?:kl\.?\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*:?\s*)?(?:"
                         r"offisiell åpning|official opening|registrering|registration|foredrag|føredrag|innlegg|keynote"
                         r"|panel\w*|festmiddag|konferansemiddag|conference dinner)\b"
                         r"|\bv/\s*[A-ZÆØÅ]", re.I)
# The page names itself an event: "konferansen", "seminaret", "arrangementet", "the conference".
_THE_EVENT = re.compile(r"\b(?:konferansen|seminaret|seminara|fagdagen|temadagen|arrangementet|webinaret|ledersamlingen"
                        r"|leiarsamlinga|the conference|the seminar|the event)\b", re.I)


def _an_events_days(lines: list[Line]) -> bool:
    """Are the page's days ("Dag 1", "Dag 2") an event's: two or more agenda lines under them (a welcome, talks,
    meals), or the page calls itself an event ("konferansen", "seminaret") more often than one offer ("kurset")?"""
    own = [line for line in lines if not line.related and line.kind in ("heading", "text", "item", "label")]
    agenda, under_days = 0, False
    for line in own:
        if line.kind in ("heading", "text") and _COURSE_DAY.match(line.text.strip()):
            under_days = True
        elif line.kind == "heading" and line.level <= 2:
            under_days = False
        elif under_days and _EVENT_ITEM.search(line.text):
            agenda += 1
    text = "\n".join(line.text for line in own)
    one = len(ONE_OFFER.findall(text)) + len(_ONE_NAMED_OFFER.findall(text))     # "kurset", "veiledningskurset"
    return agenda >= 2 or len(_THE_EVENT.findall(text)) > one


# One offer named by a compound with its article: "veiledningskurset", "lederprogrammet", "sykepleierutdanningen".
_ONE_NAMED_OFFER = re.compile(r"\b\w+(?:kurset|programmet|studiet|utdanningen|utdanninga)\b", re.I)


# A sentence whose subject is the offer itself: "Programmet skal …", "… og kurset gir …", "The programme is meant for …".
_THE_OFFER = re.compile(rf"(?:^|[.!?:]\s+|\b(?:og|men|der|and|but)\s+)(?:programmet{_AGENDA_NOT}|studiet|[\w-]*kurset|kursene|kursa|utdanningen|utdanninga|utdannelsen"
                        r"|videreutdanningen|vidareutdanninga|lederopplæringen|opplæringen|opplæringa|emnet|modulen"
                        r"|nettverket|tilbudet|tilbodet|opplegget|utviklingsprogrammet|lederskolen|leiarskulen|lederprogrammet|leiarprogrammet"
                        r"|lederutdanningen|leiarutdanninga|the programme|the program|the course|this programme|this course)\b"
                        # the one offer after a preposition: "På kurset får du …", "Gjennom opplæringa lærer du …"
                        r"|\b(?:på|gjennom|etter|during|on)\s+(?:kurset|programmet|studiet|opplæringa|opplæringen"
                        r"|utdanninga|utdanningen|the course|the programme)\b"
                        # the one offer pointed at: "Med denne utdanningen blir du …", "etter denne opplæringen"
                        r"|\b(?:denne|dette|dei|desse)\s+(?:utdanningen|utdanninga|opplæringen|opplæringa|studiet|kurset"
                        r"|videreutdanningen|vidareutdanninga|programmet|lederutdanningen|leiarutdanninga)\b",
                        re.I)


# A title that begins with a compound programme or school word and then names it: "Lederutviklingsprogram
# Leadership for Change", "Topplederprogrammet 2024", "Lederskolen i Drammen".
_NAMED_PROGRAMME = re.compile(r"^\w{4,}(?:program|programmet|programme|skole|skolen|skule|skulen)\b(?!\s*(?:[-–:?!.]|$))",
                              re.I)
# A title that names one course after its kind and a colon, as course platforms head a course:
# "Kurs: pleieassistent på sykehjem", "E-læringskurs: Demens", "Course: Health economics" (not "Vidareutdanning:
# Kostnader", a catalogue's sub-page).
_KIND_COLON = re.compile(r"^(?:[\w-]*kurs|course|emne|modul|module)\s*:\s*\w", re.I)
# A title that names one study and then its degree after a comma, as catalogues head a study, or
# begins with an English degree's abbreviation: "Helsevitskap, master, 2 år", "Child Welfare in a Multicultural
# Society, bachelor", "Circumpolar Studies, one year", "051 BSc Nursing, Part-time" (not "Opptak til årsstudium,
# bachelor- og masterprogram", nor "… regarding admission: Global Development, master's programme", nor "Exchange,
# one year abroad").
_KIND_AFTER_NAME = re.compile(r"^(?P<name>[^:,]{3,80}),\s*(?:bachelor|master(?:'s)?|årsstudium|årseining"
                              r"|(?P<year>one[- ]year)(?: programme| study)?)"
                              r"(?:\s+i\s+\w+)?\s*(?:$|,|\(|\d{4})"
                              r"|^(?:\d{2,4}\s+)?(?:BSc|MSc|MPhil)\s", re.I)
# A name before ", one year" that is no study's: a verb phrase or a stay abroad ("Work in Norway", "Studere i
# utlandet", "Exchange in Japan", "A gap year abroad"), where a study is named by its subject ("Circumpolar Studies").
_NOT_A_STUDY_NAME = re.compile(r"^(?:work|working|study(?!\s+of\b)|studying|live|living|travel|travelling|traveling|volunteer"
                               r"|volunteering|teach|intern|stay|studere|studera|jobbe|jobb|arbeide|arbeida|reise|bo|leve"
                               r"|undervise|praktisere|exchange|utveksling|au pair)\b"
                               r"|\b(?:abroad|overseas|utlandet|utenlands|utanlands)\s*$", re.I)


def _kind_after_name(title: str) -> bool:
    """Does the title name one study and then its kind after a comma ("Helsevitskap, master, 2 år"), a name of a
    study and not of a stay when the kind is only "one year" ("Circumpolar Studies, one year", not "Work in Norway,
    one year")?"""
    m = _KIND_AFTER_NAME.match(title)
    return bool(m) and not (m.group("year") and _NOT_A_STUDY_NAME.search(m.group("name").strip()))


# A title that calls the page one study's plan, wherever it says so: "Nasjonalt topplederprogram – Fagplan",
# "Personalledelse for helse- og sosialsektoren Programplan", "BAL1100 … Emneplan" (not "Studieplanar for alle
# program", a catalogue of plans).
_PLAN_TITLE = re.compile(r"\b(?:fagplan|studieplan|programplan|emneplan|study plan|course plan)\b", re.I)
# A title that names a conference, a seminar or a theme day: one event, not a course ("Regional
# brukerkonferanse 2024", "Styreseminar 27. - 28. oktober"), unless it names a study or a series.
_EVENT_TITLE = re.compile(r"\b\w*(?:konferansen?|konferanser|konferansar|seminar|seminaret|seminarer|seminarar|fagdag"
                          r"|fagdagen|fagdager|fagdagar|temadag|temadagen|temadager|temadagar|webinar|webinaret|webinars"
                          r"|conferences?|symposi(?:um|a))\b(?![- ]?(?:serie|rekke|series|based|basert))", re.I)
# (a way of teaching is no event: "Nursing, web and seminar based teaching model", "seminar-basert undervisning")

# A title headed by an event's noun with its topic, whatever the topic is: "Innspillmøte om program for
# folkehelsearbeid", "Fagdag om videreutdanning i ledelse", "Webinar on the new master's programme" (not "Møteledelse",
# a course's subject, nor "Seminar i helseledelse", which may be one course's name).
_EVENT_HEAD = re.compile(r"^\w*(?:konferanse|konferansen|seminar|seminaret|fagdag|fagdagen|temadag|temadagen|webinar"
                         r"|webinaret|møte|møtet|conference|symposium)\s+(?:om|about|on)\s+\w", re.I)

_YEAR_AT_END = re.compile(r"(?:\s*[-–(])?\s*(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\)?$")


@dataclass
class Decision:
    is_course: bool
    reason: str
    score: int = 0


# Vetoes the learned model does not overrule: on dev's cross-validation it overruled them only wrongly (a general
# description of an education on utdanning.no's pages about educations and occupations, an event named by its title);
# and a page titled as an overview ("Oversikt over studier", "Overview of courses"), of which dev has none for the
# model to learn from: its study titles' words made the model take a catalogue's list of pages for a course.
FINAL_VETOES = ("a general description of an education or occupation", "an event (its title", "a general page (oversikt",
                "a general page (overview")


def final(decision: Decision) -> bool:
    """Is the decision a veto the learned model is not asked about?"""
    return not decision.is_course and decision.reason.lower().startswith(FINAL_VETOES)


def evidence_names(reason: str) -> list[str]:
    """A decision's reason as stable names, for the learned recogniser (crawler/learned.py), read here
    where the reason is written: "score 7: credits label, facts admission,price" gives
    ["why:credits label", "why:facts"] (which facts is not part of the name); a veto such as "news" or
    "a general page (Opptak)" gives ["veto:news"], ["veto:a general page"]."""
    if reason.startswith("score"):
        parts = reason.split(": ", 1)[1].split(", ") if ": " in reason else []
        names = []
        for part in parts:
            if part.startswith(("facts ", "sentences state ")):
                part = part.rsplit(" ", 1)[0]
            name = re.sub(r"\(.*", "", re.sub(r"\d+", "", part)).strip()
            if name:
                names.append("why:" + name)
        return names
    return ["veto:" + re.split(r"[:(]", reason)[0].strip()]


def decide(*, title: str, structured_courses: int, facts: dict[str, Fact], prose_credits: Fact | None,
           lines: list[Line], spread: int, url: str, meta: dict[str, str], prose_facts=()) -> Decision:
    if structured_courses == 1:
        return Decision(True, "structured data names one course")
    if structured_courses > 1:
        return Decision(False, "listing: structured data names several courses")
    if not title:
        return Decision(False, "no title")
    if _is_news(lines, url, meta):
        return Decision(False, "news")
    if _headline(title) and not any(key in COURSE_FACTS for key in facts) and not address_sub_page(url):
        return Decision(False, "news (its title is a headline)")  # "Tannlegar deltek på leiarutviklingsprogram"
    agenda = [line for line in lines if line.kind in ("item", "text") and _AGENDA_ITEM.match(line.text)
              or line.kind == "label" and line.value and _AGENDA_TIME.match(line.text) and _PROGRAMME.match(line.section)]
    if len(agenda) >= 3 and not address_sub_page(url):     # (an information seminar's programme on one study's
        return Decision(False, f"an event's programme ({len(agenda)} timed items)")   # admission page: its address)
    if _GENERAL_PATH.search(urlsplit(url).path or ""):
        return Decision(False, "a general description of an education or occupation (its address)")
    by_address = address_sub_page(url)
    sub_page = bool(by_address or study_sub_page(title, lines) or _SUB_TITLE.match(title.strip())
                    or _sub_page_first(title.strip()) or _ADMISSION_TO.match(title.strip()))
    if _NOT_STUDY_TITLE.match(_YEAR_AT_END.sub("", title.strip())) and not sub_page:    # "Studieavgift 2022"
        return Decision(False, f"a general page ({title[:40]})")
    names_study = bool(_TITLE_STUDY.search(title))
    strong_title = bool(_STRONG_TITLE.search(title) or titled_by_code(title) or _NAMED_PROGRAMME.match(title.strip())
                        or _KIND_COLON.match(title.strip()) or _kind_after_name(title.strip())
                        or _PLAN_TITLE.search(title))
    if _EVENT_TITLE.search(title) and not names_study and not strong_title or _EVENT_HEAD.match(title.strip()):
        return Decision(False, f"an event (its title: {title[:40]})")       # "Regional brukerkonferanse 2024"
    if spread >= LISTING_SPREAD and not names_study:
        return Decision(False, f"listing: one label has {spread} values")
    cards = [line for line in lines if line.kind == "link" and not line.related and _CREDIT_NOTE.search(line.text)]
    structure = len(cards) >= 2 and sum(1 for c in cards if _CODE.match(c.text) or SEMESTER.search(c.section)) \
        >= len(cards) / 2
    if len(cards) >= 4 and not names_study and not structure:
        return Decision(False, f"listing: {len(cards)} links with credits")
    listed = _only_cards(cards, lines, facts, prose_credits, title, url) if not structure else 0
    if listed:
        return Decision(False, f"listing: {listed} links with credits and nothing of its own")

    score, why = (3 if by_address else 2, ["a study's sub-page"]) if sub_page else (0, [])
    lists_offers = _lists_offers(lines)
    if course_address(url):
        score, why = score + 3, why + ["a course description's address"]
    elif not sub_page and named_course_address(url) and not lists_offers:
        score, why = score + 2, why + ["one course's address"]      # "/kurs/dhlr-kurs", "/courses/first-aid-at-work/"
    if structure:
        score, why = score + 3, why + ["programme structure"]
    credits = facts.get("credits")
    if credits is not None and credits.how == "label" and (_CREDIT_NOTE.search(credits.raw + " sp")
                                                           or normalise.credits(credits.raw)[1]):
        score, why = score + 4, why + ["credits label"]
    elif prose_credits is not None:
        score, why = score + 2, why + ["credits sentence"]
    elif title_credits(title):
        score, why = score + 2, why + ["credits in the title"]     # "Modul 5 – Juss for ledere (7,5 sp)"
    keys = sorted(k for k in facts if k in COURSE_FACTS)
    if keys:
        score += min(4, len(keys))
        why.append("facts " + ",".join(keys))
    if len(prose_facts) >= 2:
        score, why = score + 1, why + ["sentences state " + ",".join(prose_facts)]
    if "price" not in keys and "price" not in prose_facts and any(_shop_price(line) for line in lines[:10]):
        score, why = score + 1, why + ["a price alone near the top"]      # "8500kr" under the course's name
    if not strong_title and not names_study and _subtitle_names_study(lines):
        strong_title = True                 # "Barnevernledelse" over "Nasjonal videreutdanning for ledere i barnevernet"
    if not strong_title and _kicker_names_title_study(title, lines):
        strong_title = True                 # "Organisasjon og ledelse - Fritak …" under "Erfaringsbasert masterprogram
    if strong_title:                        # Organisasjon og ledelse": that study's sub-page
        score, why = score + 3, why + ["title names a study"]
        if _STUDY_NAME.match(title.strip()):
            score, why = score + 1, why + ["a degree"]     # "Master in Public Administration (MPA)": one degree's page
    elif names_study:
        score, why = score + 1, why + ["title"]
    if _JOIN_TITLE.search(title):
        score, why = score + 1, why + ["the title invites to join"]    # "Bli med på pårørendeskole"
    first = [line.text for line in lines if line.kind != "heading" or line.level > 1][:5]
    if any(_LEAD_STUDY.search(t) and len(t) <= 200 for t in first):
        score, why = score + 1, why + ["lead"]
    sections = {line.text.lower() for line in lines if line.kind == "heading" and _COURSE_SECTIONS.match(line.text)}
    sections |= {line.text.lower() for line in lines if line.kind == "text" and len(line.text) < 40
                 and _COURSE_SECTIONS.match(line.text) and label_keys(line.text) in (None, ())}
    if lists_offers:                        # how the studies a listing links to are taught is no one course's
        sections = {t for t in sections if not _TEACHING_SECTION.match(t)}        # section ("Arbeidsformer")
    if sections:
        score += min(2, len(sections))
        why.append("sections")
    if any(_COURSE_SENTENCE.search(line.text) for line in lines if not line.related):
        score, why = score + 1, why + ["sentences"]
    if any(_OUTCOMES_LEAD.search(line.text) for line in lines if not line.related and line.kind != "link"):
        score, why = score + 1, why + ["outcomes"]      # "Når du har lest permen, skal du" over what one learns
    if any(_CONTENT_LEAD.search(line.text) and nxt.kind == "item" and not line.related
           and not _OUTCOMES_LEAD.search(line.text) for line, nxt in zip(lines, lines[1:]) if line.kind == "text"):
        score, why = score + 1, why + ["a list of contents"]     # "Kurset har disse temaene:" over its topics
    numbered = {n for n, _ in numbered_gatherings(lines)}
    if len(numbered) >= 2:                  # a plan of one offer's gatherings: "Samling 1: 13.–14. november", "Samling 2"
        score, why = score + 2, why + ["numbered gatherings"]
    days = {int(m.group(1)) for line in lines if line.kind in ("heading", "text") and not line.related
            and (m := _COURSE_DAY.match(line.text.strip()))}
    if {1, 2} <= days and not _an_events_days(lines):  # "Dag 1" / "Konfliktforståelse" / "Dag 2" …: a short course's days
        score, why = score + 2, why + ["a plan of days"]
    refs = sum(len(_THE_OFFER.findall(line.text)) for line in lines if line.kind in ("text", "item") and not line.related)
    if refs >= 2:                           # "Programmet er laget for …", "Studiet skal …": a page about one offer
        score, why = score + 2, why + [f"the offer is the subject of {refs} sentences"]
    text = "\n".join(line.text for line in lines if line.kind in ("text", "item", "heading") and not line.related)
    plural, one = _studies_in_general(text), len(ONE_OFFER.findall(text))
    if plural >= 4 and plural > 2 * one:    # "Fagskolestudier gir …", "Våre utdanninger …": studies in general
        score, why = score - 1, why + [f"studies in the plural ({plural} against {one})"]
    return Decision(score >= THRESHOLD, f"score {score}: " + ", ".join(why), score)


# Kinds of study in the plural, as a page about studies in general names them ("Fagskolestudier gir …", "Våre
# videreutdanninger", "Our master's programmes"); a programme's own parts ("emner", "courses" in it) are not counted.
_STUDIES = re.compile(r"\b(?:\w*studier|\w*studiene|\w*utdanninger|\w*utdanningar|\w*utdanningane|\w*utdanningene"
                      r"|\w*utdannelser|\w*studieprogrammer|\w*studieprogramma|masterprogrammer|bachelorprogrammer"
                      r"|\w*studietilbud|\w*studietilbod|\w*programmes|\w*programs|\w*studies)\b", re.I)
# Studies as research, not as offers: "Studier viser at …", "Flere studier har vist …", "Studies show that …".
# (not where the reader finds them: "Alle studier finner du i katalogen", "Studies you find here" has no verb first)
_RESEARCH = re.compile(r"\s+(?:\w+\s+)?(?:viser|vise|har vist|tyder|peker|finner|fann|fant|dokumenterer|bekrefter"
                       r"|show|shows|have shown|suggest|indicate|found|find)\b(?!\s+(?:du|dere|de|dykk|vi|man|me|you|we)\b)",
                       re.I)
# A capitalised name before a capitalised plural: a provider's name ("NKI Nettstudier", "Folkeuniversitetet Nettstudier").
# (not a determiner in a heading's capitals: "Våre Nettstudier", "Our Master's Programmes").
_NAME_BEFORE = re.compile(r"\b(?!(?:Våre|Vore|Our|Alle|All|Andre|Other|Nye|New|Flere|Fleire|Many|Mange|Ulike|Disse|Desse"
                          r"|These|Dine|Your|Korte|Short|Lange|Long)\b)[A-ZÆØÅ][\wÆØÅæøå&-]*[ \t]+$")


def _studies_in_general(text: str) -> int:
    """How often kinds of study are named in the plural as offers: not research ("Studier viser at …") and not
    in a provider's name ("NKI Nettstudier")."""
    count = 0
    for m in _STUDIES.finditer(text):
        if _RESEARCH.match(text, m.end()):
            continue                        # "Studier viser at ledere …": research
        if m.group()[0].isupper() and not m.group().lower().endswith(("programmes", "programs", "studies")) \
                and _NAME_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            # (not English, whose headings capitalise every word: "Part-time Studies", "Graduate Programmes")
            continue                        # "NKI Nettstudier": a name (not "… i Oslo. Nettstudier er …")
        count += 1
    return count


# One offer, named in the singular with its article: "studiet", "kurset", "the programme".
ONE_OFFER = re.compile(r"\b(?:studiet|kurset|programmet|utdanningen|utdanninga|utdannelsen|emnet|modulen"
                        r"|videreutdanningen|vidareutdanninga|the programme|the program|the course|this programme"
                        r"|this course)\b", re.I)


# A price on a line of its own, as a shop or a course provider shows an offer's price: "8500kr",
# "Kr. 3 990,-", "kr 17 550 inkl. mva" (not a project's budget: "6100000 NOK").
_BARE_PRICE = re.compile(r"^(?:kr\.?|nok)?\s*(\d{1,3}(?:[  .]?\d{3})*)(?:,-|,00)?\s*(?:kr\.?|kroner|nok|,-)?"
                         r"\s*(?:(?:inkl|eks|ekskl)\.?\s*mva\.?|\+\s*mva\.?)?$", re.I)
_CURRENCY = re.compile(r"\bkr\b|kr\.|\d\s*kr|\bkroner\b|\bnok\b|,-", re.I)


def _shop_price(line: Line) -> bool:
    match = _BARE_PRICE.match(line.text.strip()) if line.kind in ("text", "heading") else None
    return bool(match and _CURRENCY.search(line.text) and 100 <= int(re.sub(r"\D", "", match.group(1))) < 200_000)


# A course catalogue's part of an address, under which a course code names one course:
# "/studier/emner/.../HADM4101/", "/emne/IPA301/5350", "/kurs/BMP-2900/2018-host", "/subject/?code=MHV264_1".
_CATALOGUE_PART = frozenset({"emne", "emner", "kurs", "course", "courses", "subject", "subjects", "studieinfo"})
_CODE_SEGMENT = re.compile(rf"^[a-zæøå]{{2,10}}{_CODE_NUMBER}[a-z]?(?:_\d)?(?:\.html?)?$")
_CODE_QUERY = re.compile(rf"(?:^|&)(?:code|kode|emnekode)=[a-zæøå]{{2,10}}{_CODE_NUMBER}", re.I)


def titled_by_code(title: str) -> bool:
    """Does the title begin or end with a course code ("MSS530 Pasientsikkerhet", "Health science (HEL5006)")?"""
    return bool(_CODE.match(title.strip()) or _CODE_AT_END.search(title))


def course_address(url: str) -> bool:
    """Is the address one course's description in a catalogue: a course code under the
    catalogue's part ("/studier/emner/medisin/helseadm/HADM4101/index.html", "/emne/37/mss530"),
    or asked for by its code ("/subject/?code=MHV264_1")?"""
    parts = urlsplit(url)
    segments = [seg for seg in parts.path.lower().split("/") if seg]
    for i, seg in enumerate(segments):
        if _CODE_SEGMENT.match(seg) and _CATALOGUE_PART.intersection(segments[:i]):
            return True
    return bool(_CATALOGUE_PART.intersection(segments) and _CODE_QUERY.search(parts.query))


# A site's part for its courses, under which a name is one course: "/kurs/", "/courses/", "/alle-kurs/", "/kurstilbud/",
# "/kurs-og-kompetanse/" (not a calendar of courses and events: "/kurs-og-arrangementer/", "/kurs-og-konferanser/").
_COURSES_PART = re.compile(r"^(?:kurs|course|courses|alle-kurs|vare-kurs|våre-kurs|kurstilbud|kurstilbod|kurskatalog"
                           r"|kurs-og-(?:kompetanse|utdanning|opplaering|opplering|opplæring|sertifisering)|[a-zæøå]{3,}kurs)$")
# A name under it that is no course: the courses' terms, prices, guidelines or calendar ("/kurs/vilkar-for-pamelding/",
# "/kurs/retningslinjer-for-kurskomiteer/", "/kurs/kursinformasjon/").
_NOT_A_COURSE_SLUG = re.compile(r"(?:^|-)(?:vilkar|vilkår|betingelser|retningslinjer|reglar|regler|pamelding|påmelding"
                                r"|avmelding|avbestilling\w*|cancellation|priser|pris|kursinformasjon|informasjon|info"
                                r"|kontakt|contact|arkiv|archive|overview|sporsmal|faq|slik|nyheter|nyhet|news|terms"
                                r"|conditions|policy|kurskomite\w*"
                                # a list of courses, not one: "/kurs/kommende-kurs/", "/courses/all-courses/", "/kurs/sok/"
                                r"|kommende|kommande|ledige|tidligere|tidlegare|alle|vare|våre|upcoming|past|previous|all"
                                r"|our|sok|søk|search"
                                # the people who teach them: "/kurs/kursholdere/", "/courses/instructors/"
                                r"|kursholdere|kurshaldarar|kursledere|instruktorer|instruktører|instructors|teachers"
                                # a calendar, an overview, a catalogue or prices of them, in a compound too:
                                # "/kurs/kurskalender/", "/kurs/kursoversikt/", "/kurs/kurspriser/", "/kurs/kursavgift/"
                                r"|[a-zæøå]*(?:kalender|kalendar|calendar|oversikt|katalog|priser|avgift|avgifter)"
                                # an event, or events: "/kurs/arrangementer/", "/kurs/webinar-ledelse/", "/kurs/lederkonferansen/"
                                r"|[a-zæøå]*(?:arrangement|arrangementer|konferanse|konferansen|konferanser"
                                r"|seminar|seminaret|seminarer|webinar|webinaret|webinarer|webinars|fagdag|fagdagen|fagdager"
                                r"|temadag|temadagen|temadager|event|events|hendelser|conference|conferences))(?:-|$)"
                                # what the site says about its courses: "/kurs/om-kursene/", "/courses/about/"
                                r"|^(?:om|about)(?:-|$)")


# A list item that is a study's card: its name, a dash, its credits ("Master i leiing – 120 studiepoeng").
_CARD_ITEM = re.compile(r"^[^.;:]{3,120}?\s[–-]\s*\d{1,3}(?:,\d)?\s*(?:studiepoeng|stp|sp|ects)\.?$", re.I)


def _only_cards(cards: list[Line], lines: list[Line], facts: dict[str, Fact], prose_credits: Fact | None, title: str,
                url: str) -> int:
    """How many studies' cards a page that is only a title over them lists (0 when it is more): links or list items
    with credits ("Vidareutdanning i leiing" over "Leiing i helse- og omsorgstenestene – 30 studiepoeng", "Master
    i leiing – 120 studiepoeng"), two or more, on a page that says nothing of its own: no credits (but a card's)
    or course fact, no sub-page of one study, and under 200 characters of its own text beside the cards. `cards`
    are `decide`'s links with credits; the list items shaped as cards are added here."""
    cards = cards + [line for line in lines if not line.related and line.kind == "item" and _CARD_ITEM.match(line.text)]
    if len(cards) < 2 or facts.get("credits") is not None or title_credits(title) \
            or prose_credits is not None and not any(prose_credits.where in card.text for card in cards) \
            or any(key in COURSE_FACTS for key in facts) or address_sub_page(url) or course_address(url):
        return 0
    own = sum(len(line.text) for line in lines if line.kind in ("text", "item") and not line.related
              and not _CREDIT_NOTE.search(line.text))
    return len(cards) if own < 200 else 0


def _lists_offers(lines: list[Line]) -> bool:
    """Does the page list several offers, as a category of courses does ("/kurs/ledelse/" linking to "Grunnkurs i
    ledelse", "Lederutvikling for mellomledere" and "Coaching for ledere"): three links or more outside a section
    about related studies (no dev page of one course under a named address has more than two)?"""
    return sum(1 for line in lines if line.kind == "link" and not line.related) >= 3


# A category of courses, not one course, as the last segment under the courses' part: who they are for
# ("/kurs/for-bedrifter/", "/courses/for-employers/") or how they are all taught ("/kurs/nettkurs/", "/courses/online/").
_CATEGORY_SLUG = re.compile(r"^(?:for-[a-zæøå-]+|nettkurs|netkurs|webkurs|e-?laering|e-?læring|elearning|e-learning"
                            r"|online|online-courses|online-kurs|digitale-kurs|digital|klasseromskurs|klasserom)$")


def named_course_address(url: str) -> bool:
    """Does the address name one course under the site's courses part ("/index.php/kurs/dhlr-kurs",
    "/kurs-og-kompetanse/truck-inntil-10-tonn/", "/courses/first-aid-at-work/"): the name is the last segment, a
    name of words, not the courses' terms, prices or calendar, nor a catalogue's own part ("/kurs/kurs/")?"""
    segments = [seg for seg in urlsplit(url).path.lower().split("/") if seg]
    if len(segments) < 2 or not _COURSES_PART.match(segments[-2]):
        return False
    name = segments[-1]
    return bool(re.fullmatch(r"[a-zæøå0-9_-]*[a-zæøå]{3}[a-zæøå0-9_-]*", name)) and not _NOT_A_COURSE_SLUG.search(name) \
        and not _CATALOGUE_SEGMENT.match(name) and not _sub_segment(name) and not _CATEGORY_SLUG.match(name)


def _subtitle_names_study(lines: list[Line]) -> bool:
    """Does the first line under a title that names no study name one, as a subtitle does
    ("Nasjonal videreutdanning for ledere i barnevernet" under "Barnevernledelse")?"""
    first = next((line for line in lines if not (line.kind == "heading" and line.level == 1)), None)
    return bool(first is not None and first.kind in ("text", "heading") and len(first.text) <= 90
                and not first.text.rstrip().endswith(".") and _SUBTITLE_STUDY.search(first.text))


_SUBTITLE_STUDY = re.compile(r"^(?:[\wæøåÆØÅ-]+\s+)?(?:videreutdanning|vidareutdanning|etterutdanning|erfaringsbasert master|executive master"
                             r"|master(?:program\w*|studium)?|bachelor(?:program\w*|studium)?|årsstudium|lederutdanning"
                             r"|leiarutdanning|lederprogram\w*|leiarprogram\w*|studieprogram)\s+(?:i|in|of|på|for|om|til)\s+\w",
                             re.I)


def _kicker_names_title_study(title: str, lines: list[Line]) -> bool:
    """Does a line atop the page name the study the title's first part names, with its kind
    ("Erfaringsbasert masterprogram Organisasjon og ledelse" over "Organisasjon og ledelse - Fritak …")?"""
    parts = re.split(r"\s+[-–|:]\s+", title.strip(), maxsplit=1)
    if len(parts) < 2 or len(parts[0]) < 4:
        return False
    study = parts[0].casefold()
    first = [line.text for line in lines if line.kind in ("text", "heading") and line.level != 1][:3]
    return any(len(t) <= 120 and study in t.casefold() and _KICKER_KIND.search(t.casefold().replace(study, " "))
               for t in first)


_KICKER_KIND = re.compile(r"^\s*(?:erfaringsbasert |executive )?(?:master\w*|bachelor\w*|årsstudium|årsenhet"
                          r"|videreutdanning|vidareutdanning|mba|emba)\b|\b(?:master\w*|bachelor\w*|studieprogram"
                          r"|videreutdanning|vidareutdanning|årsstudium)\s*$")


def study_sub_page(title: str, lines: list[Line]) -> str | None:
    """The study a page with a general title is about, when its first heading names one
    ("Opptakskrav" over "Executive Master of Management": that master's admission page)."""
    if not _NOT_STUDY_TITLE.match(title.strip()):
        return None
    top = [line.text for line in lines if line.kind == "heading" and line.level > 1][:1]
    if top and _STUDY_NAME.search(top[0]) and not _NOT_STUDY_TITLE.match(top[0]):
        return top[0]
    return None


# The last segment of a study's sub-page address: ".../vernepleie-deltid/opptak/".
_SUB_SEGMENT = re.compile(r"^(?:opptak\w*|opptakskrav|admission\w*|praktisk-informasjon|praktisk-info\w*|pris\w*"
                          r"|slik-sok[\w-]*"
                          r"|kostnad\w*|studieavgift|ofte-stilte-sporsmal|faq|sok\w*|soknad\w*|hvordan-soke\w*"
                          r"|how-to-apply|apply|studieplan|programplan|study-plan|undervisning\w*|oppbygging"
                          r"|struktur|timeplan|eksamen\w*|vurdering|om-studiet|om-programmet|innhold|learning-outcomes?"
                          r"|practical-information|practical-info|tuition\w*|fees?|costs?|admission-requirements"
                          r"|entry-requirements|application|structure|teaching|realkompetanse|examinations?"
                         r"|betaling|finansiering)$")
# A catalogue's own segments, never one study: "/studier/", "/program/", "/videreutdanning/".
_CATALOGUE_SEGMENT = re.compile(r"^(?:studier|studie|studietilbud|studietilbod|program|programmer|programmes?"
                                r"|studieprogram|studieprogram-og-emner|program-og-emner|studies|utdanning\w*|videreutdanning|vidareutdanning|evu|etter-og-\S+"
                                r"|studieretning\w*|vare-studier\S*|vare-studium\S*"
                                # (a CMS's folder of every page: "/studier/Sider/Opptak.aspx", "/studies/Pages/…")
                                r"|kurs|courses?|emner|master|bachelor|executive|nb|nn|en|no|www|sider|pages)$")


def address_sub_page(url: str) -> bool:
    """Does the address say the page is one study's sub-page? Its last segment is a sub-page
    ("opptak", "praktisk-informasjon", "undervisning-eksamen") under a segment that is one study,
    itself under the site's catalogue (".../studier/program/vernepleie-deltid/opptak/"), or the
    other way round: one study under the site's admission part
    (".../admission-requirements/executive-master-of-management/", ".../opptakskrav/aktiv-omsorg-for-eldre");
    a catalogue's own page ("/studier/opptak/") is not."""
    # (a page's file extension is no part of its name: "/Opptak/Master--og-videreutdanninger.aspx")
    segments = [re.sub(r"\.(?:aspx?|html?|php|jsp)$", "", seg) for seg in urlsplit(url).path.lower().split("/") if seg]
    if segments and _INDEX.match(segments[-1]):
        segments = segments[:-1]            # ".../psychology-master/teaching-examinations/index.html"
    if segments:
        segments[-1] = re.sub(r"(?<=[a-zæøå])\d$", "", segments[-1])   # a CMS's second copy: "…-information2"
    if segments and _SUB_THEN_STUDY.match(segments[-1]):
        return True                         # "/opptakskrav-og-soknadsprosess-utdanning-i-sosialt-entreprenorskap/"
    if len(segments) < 3:
        return False
    if _ADMISSION_SEGMENT.match(segments[-2]) and _named_study(segments[-1]):
        return True                         # ".../opptakskrav/<study>/"
    if not _sub_segment(segments[-1]):
        return False
    study = segments[-2]
    if _CATALOGUE_SEGMENT.match(study) or _ADMISSION_SEGMENT.match(study) or _STUDENT_AREA.search(study) \
            or _sub_segment(study) or not re.search(r"[a-zæøå]{3}", study) or _PACE_SEGMENT.fullmatch(study):
        return False                        # "/studier/opptak/", "/evu/78171/studieavgift": no one study; nor the site's
    #                                         admission or students' part ("/studier/opptak/opptakskalender/",
    #                                         "/en/hvl-students/admissions/"), nor a sub-page's own part
    #                                         ("/application-and-admission/tuition-and-fees")
    return any(_CATALOGUE_SEGMENT.match(seg) for seg in segments[:-2]) or bool(_STUDY_SLUG.search(study))


# A catalogue's part for a pace or a form, never one study: "/studieprogram-og-emner/deltid/opptak/".
_PACE_SEGMENT = re.compile(r"deltid|heltid|heiltid|nett|nettstudier|campus|kveld|part-time|full-time|online")


# The site's part for its students, never one study: "/en/hvl-students/admissions/", "/for-studenter/opptak/".
_STUDENT_AREA = re.compile(r"(?:^|-)(?:students?|studenter|studentar)(?:-|$)")


# A segment that joins a sub-page's name to one study's: "opptak-master-i-helseledelse",
# "opptakskrav-og-soknadsprosess-utdanning-i-sosialt-entreprenorskap".
_SUB_NAME = r"(?:opptak|opptakskrav|admission|admission-requirements|praktisk-informasjon|pris|priser|studieavgift|soknad|soknadsprosess)"
_SUB_THEN_STUDY = re.compile(rf"^{_SUB_NAME}(?:-(?:og|and)-{_SUB_NAME})*-(?:til-|for-|to-)?(?:utdanning|utdanningen|master"
                             r"|masterprogram|bachelor|videreutdanning|vidareutdanning|studiet|studium)-(?:i|in|for|of)-[a-z]{3}")


# Words of an admission topic that concerns many studies ("/opptakskrav/generell-studiekompetanse/").
_GENERAL_SLUG = re.compile(r"(?:^|-)(?:\w*studier|\w*studiene|generell\w*|\w*kompetanse|\w*krav|\w*poeng|kvote\w*"
                           r"|dokumentasjon|utveksling\w*|exchange|international\w*|internasjonal\w*|students?|politiattest"
                           r"|frist\w*|datoer|dates|regler|rules|forskrift\w*|alle|all|programmes|programs|courses)(?:-|$)")


def _sub_segment(segment: str) -> bool:
    """A sub-page's segment, alone or joined ("opptak", "undervisning-eksamen", "pris-og-betaling",
    "admission-and-practical-information")."""
    if _SUB_SEGMENT.match(segment):
        return True
    pieces = [p for p in re.split(r"-(?:og|and)-", segment) if p]
    if len(pieces) > 1:
        return len(pieces) <= 3 and all(_sub_segment(p) for p in pieces)
    parts = [p for p in segment.split("-") if p]
    return 1 < len(parts) <= 3 and all(_SUB_SEGMENT.match(p) for p in parts)


_INDEX = re.compile(r"^(?:index|default)(?:\.(?:html?|php|aspx?))?$")


def _named_study(segment: str) -> bool:
    """A segment of several words that names one study ("executive-master-of-management",
    "aktiv-omsorg-for-eldre-med-helseutfordringer"): no word of a sub-page, of an admission topic
    of many studies, or of how to apply, and not only kinds of study ("master-videreutdanning")."""
    words = [w for w in segment.split("-") if w]
    if len(words) < 2 or _GENERAL_SLUG.search(segment) or _CATALOGUE_SEGMENT.match(segment):
        return False
    if any(_SUB_SEGMENT.match(w) or w in _HOW_WORDS for w in words):
        return False
    return not all(_KIND_SLUG.match(w) or w in ("og", "and", "i", "of") for w in words)


_HOW_WORDS = frozenset("slik sok soke soker sokjer sokje du info informasjon om about how to hvordan korleis "
                       "sjekkliste klage nye studenter".split())
# The site's admission part, under which a segment may name one study: "/opptakskrav/<study>/".
_ADMISSION_SEGMENT = re.compile(r"^(?:opptak\w*|admissions?|admission-requirements|entry-requirements|realkompetanse"
                                r"|soknad\w*|for-sokere)$")
_KIND_SLUG = re.compile(r"^(?:master\w*|bachelor\w*|videreutdanning\w*|vidareutdanning\w*|\w*kurs|evu|emner?|program\w*"
                        r"|studier?|arsstudium|phd|ppu)$")


# A segment that names one study by its kind: "sykepleie-bachelor", "master-i-helseledelse".
_STUDY_SLUG = re.compile(r"(?:^|-)(?:master|bachelor|masterprogram|bachelorprogram|arsstudium|aarsstudium"
                         r"|videreutdanning|vidareutdanning|mba|emba|ppu)(?:-|$)")


# "Opptak til PPU", "Admission to the Master of Public Health": one study's admission page (not "… til masterstudier",
# nor "Opptakskrav til studium ved Høgskulen i Volda").
_ADMISSION_TO = re.compile(r"^(?:opptak|opptakskrav|søknad|admission|applying)\s+(?:til|for|to)\s+(?:the\s+)?(?=[^\W\d])"
                           # (not study at an institution in general: "Opptakskrav til studium ved Høgskulen i Volda",
                           # "Opptak til høgare utdanning ved …", "Opptak til NTNU", "Admission to the University of Bergen")
                           r"(?!(?:studium|studiet|studier|studia|studiane|studies|study|utdanning|utdanninga|utdanningen"
                           r"|education|(?:høgare|høyere|higher) (?:utdanning|education)|studieprogram)\s+(?:ved|at|hos)\b"
                           r"|(?:the\s+)?(?:universitetet|høgskolen|høgskulen|høyskolen|university|ntnu|uit|uib|uio"
                           r"|nord universitet)\b)"
                           r"(?!.*\b(?:\w*studier|\w*studiene|\w*utdanninger|\w*utdanningar|\w*programmer|\w*programmene"
                           r"|\w*programs|\w*programmes|\w*courses|\w*emner|enkeltemne(?=\s*$)|alle|all)\b"
                           # several kinds listed, with a compound's first part left hanging: "Opptak til årsstudium,
                           # bachelor-, og integrert master", "Opptak til etter- og videreutdanning"
                           r"|.*\b(?:bachelor|master|årsstudie|årsstudium|årseining|grunnutdannings"
                           r"|vidare|videre|etter)\w*-(?=,|\s+(?:og|eller|and|or)\b))", re.I)
# A title made of a study's name and a sub-page's ("Eiendomsutvikling og -forvaltning – Opptak og opptakskrav").
_SUB_TITLE = re.compile(r"^\S.{3,90}?\s+[-–|:]\s+(?:opptak|opptakskrav|søknad og opptak|praktisk informasjon|pris"
                        r"|studieavgift|ofte stilte spørsmål|admission|practical information|how to apply)\b", re.I)


# The same, the sub-page first and the offer's name after a dash: "Priser for deltakelse – Barnevernløft Innlandet",
# "Opptak – Master i helseledelse" (not "Opptak til 1 ½ – 2-årige masterprogrammer": a name begins with a capital).
_SUB_FIRST = re.compile(r"^(?i:opptak|opptakskrav|søknad og opptak|søknad og opptaksprøver?|opptaksprøver?|praktisk informasjon"
                        r"|priser|pris|studieavgift|kostnader"
                        r"|ofte stilte spørsmål|admission|practical information|how to apply|tuition(?: fees?)?|fees)\b"
                        r"[^–|:-]{0,40}\s+[-–|:]\s+(?![A-ZÆØÅ]{2,8}\s*$)"
                        # (not the site's name: "Opptak – Høgskolen i Molde", "Priser | Folkeuniversitetet", "Opptak - NTNU")
                        r"(?!.*(?i:universitet|høgskole|høyskole|høgskule|university|college|fagskole|fagskule|kommune"
                        r"|akademi|academy|school))(?:[A-ZÆØÅ]|(?=(?i:det|den)\s+(?:\w+\s+)?\w+studiet\s*$|(?i:årsstudi\w*|bachelor\w*|master\w*|videreutdanning"
                        r"|vidareutdanning)\s+(?:i|in)\s+\w)\w)")
# (or one study in lower case: a kind and its subject, or a named study after an article: "Opptaksprøve – årsstudium i
# musikkproduksjon", "Søknad og opptaksprøver - det frie kandidatstudiet"; not "Opptak – videreutdanning for lærere",
# "Søknad og opptak – bachelor og master", "Pris – det nye studiet")
# (the name after the dash must name one offer by its kind, "Master i …", "Lederprogram …", "Kurs i …": "Priser – Oslo",
# "Opptak – Samordna opptak", "Admission – Exchange students", "Priser – Kurs og konferanser" are the site's own pages)
_MANY_KINDS = re.compile(r"^(?:kurs|courses?)\s+(?:og|and|&)\b", re.I)


def _sub_page_first(title: str) -> bool:
    """Is the title a sub-page's name, then one offer's name after a dash ("Opptak – Master i helseledelse")?"""
    m = _SUB_FIRST.match(title)
    if not m:
        return False
    name = title[m.end() - 1:]
    return bool(_TITLE_STUDY.search(name)) and not _STUDIES.search(name) and not _MANY_KINDS.match(name)


# A title that states something, as a news headline does, with a finite verb ("Utviklingsprogram skal gi bedre
# pasientforløp", "Tannlegar deltek på leiarutviklingsprogram", "Får 17 millioner kroner fra Diku"); a course's
# title names the offer ("Lederutvikling i helse"). Titles that ask ("Er du pårørende? Bli med på …") and how-to titles
# ("Slik søker du") are left to the score, and so is a page that states course facts under labels or headings
# ("No kan de bestille Program for folkevalde" over "Kva kostar programmet?"): news has none; so is a study's sub-page
# by its address (".../master-i-helseledelse/opptak/" titled "Dette må du vite før du søker").
_HEADLINE = re.compile(r"\b(?:er|var|skal|skulle|får|fikk|fekk|gir|gjev|gav|begynner|byrjar|deltek|deltar|starter|startar|startet|starta"
                       r"|søker|søkjer|har|hadde|blir|ble|vart|vil|kan|kunne|må|tok|fullførte|fullfører|lanserer"
                       r"|lanserte|tilbyr|tilbyd|åpner|opner|opnar|etablerer|inviterer|ønsker|ynskjer|trenger|treng)\b", re.I)
# English verbs count in an English title only ("New leadership programme launches in Bodø"): "is" is ice in
# Norwegian ("Førstehjelp på is").
_HEADLINE_EN = re.compile(r"\b(?:is|are|was|were|will|has|have|launches|offers|starts|opens)\b", re.I)
_ENGLISH = re.compile(r"\b(?:the|a|an|of|in|and|with|new|our|we)\b", re.I)   # ("for" is Norwegian too)
_HOW_TO = re.compile(r"^(?:slik|sånn|how to|hvordan|korleis)\b", re.I)
# A verb in a clause that describes a noun or tells when, not the title's statement: "Lederutdanning for deg som er
# leder", "Course for those who have staff responsibility", "Når ledelsen er vanskelig – kurs", and a clause whose
# "som" is left out, a pronoun after a noun ("Lederutviklingen du trenger", "Kurset vi tilbyr", "The course you will love").
_SUBORDINATE = re.compile(r"\b(?:som|der|når|hvis|dersom|who|that|which|where|when|if)\s+(?:\S+\s+){0,2}$"
                          r"|\w\s+(?:du|dere|vi|de|dei|you|we)\s+(?:\S+\s+)?$", re.I)
# A question without its question mark: "Hvem kan delta", "Kva er god leiing – kurs", "Er du ny leder – lederprogram".
_QUESTION = re.compile(r"^(?:hva|hvem|hvor\w*|hvilke\w*|hvorfor|når|kva|kven|kor|korfor|kvifor|kvar|what|who|why|where"
                       r"|which|when)\b|^\w+\s+(?:du|dere|de|deg|you)\b", re.I)


# A slogan after the offer's name speaks to the reader or as the provider: "Lederskolen – vi gir deg verktøyene",
# "Leadership programme – we help you grow" (a headline reports: "Lederskolen – kommunen får to millioner").
_DASH = re.compile(r"\s+[-–—|:]\s+")
# (to the reader, in the second person: "Ny lederutdanning – vi har fått 2 millioner" is a headline)
_TO_THE_READER = re.compile(r"\b(?:du|deg|dykk|dere|deres|you|your)\b", re.I)


# A headline that counts applicants, without a verb: "Over 1000 søkere til lederutdanning for styrere", "Rekordmange
# søkjarar til vidareutdanning", "300 applicants for the new programme".
_APPLICANTS = re.compile(r"^(?:over|nesten|nærmere|nærare|hele|heile|drøyt|rundt|om lag|more than|nearly|almost|over)?\s*"
                         r"(?:\d[\d  .]*|rekordmange|mange|flere|fleire|færre|få|record)\s+(?:nye\s+|new\s+)?"
                         r"(?:søkere|søkjarar|søkarar|applicants|søknader|søknadar|applications)\b", re.I)


def _headline(title: str) -> bool:
    """Does the title state something with a finite verb, as a news headline does ("Tannlegar deltek på
    leiarutviklingsprogram"), rather than name an offer, ask, or tell how to?"""
    title = re.sub(r"\([^)]*\)", " ", title).strip()      # a note: "Ledelse i praksis (kan tas som enkeltemne)"
    if "?" in title or _HOW_TO.match(title) or _QUESTION.match(title):
        return False
    if _APPLICANTS.match(title):
        return True                         # "Over 1000 søkere til lederutdanning …": a count of applicants
    verbs = [*_HEADLINE.finditer(title), *(_HEADLINE_EN.finditer(title) if _ENGLISH.search(title) else ())]
    parts = _DASH.split(title, maxsplit=1)
    if len(parts) == 2 and _TITLE_STUDY.search(parts[0]) and _TO_THE_READER.search(parts[1]) \
            and all(m.start() > len(parts[0]) for m in verbs):
        return False                        # "Lederskolen – vi gir deg verktøyene": the offer's name and a slogan
    return any(not _SUBORDINATE.search(title[max(0, m.start() - 60):m.start()]) for m in verbs)   # the words before


def _is_news(lines: list[Line], url: str, meta: dict[str, str]) -> bool:
    if meta.get("article:published_time") or meta.get("og:type", "").lower() == "article":
        return True
    if _NEWS_PATH.search(urlsplit(url).path or "") or _DATED_PATH.search(urlsplit(url).path or ""):
        return True
    if sum(1 for line in lines if line.kind in ("text", "item") and not line.related
           and (_QUOTED.search(line.text) or _REPORTED.search(line.text))) >= 2:
        return True                         # an interview or a report: statements quoted or reported from people
    return any(_PUBLISHED.match(line.text) for line in lines[:12])


# A statement reported from a named person or one by their office, as a report tells it: "Avdelingsdirektør Kari
# Nordmann i KS understreker at …", "Rektor sier at …" (not "Rammeplanen sier at …", "Mange forteller at …").
_REPORTED = re.compile(r"(?:\b[A-ZÆØÅ][\wæøå-]+\s+[A-ZÆØÅ][\wæøå-]+|\b(?i:rektor|direktør|dekan|kommunalsjef|kommunaldirektør"
                       r"|ordfører|ordførar|professor|leder|leiar|prosjektleder|prosjektleiar|studieleder|studieleiar)\b)"
                       r"[^.;:!?]{0,80}?\b(?:sier|seier|sa|forteller|fortel|fortalde|fortalte|understreker|understrekar"
                       r"|mener|meiner|forklarer|forklarar|says|said|explains)\s+(?:at|that)\b")
# A statement quoted from a person: "– Vi trenger ledere …, sier rektor Kari Nordmann", "…, sa han."
_QUOTED = re.compile(r"^[–-]\s.*,\s(?:sa|sier|seier|forteller|fortel|understreker|says|said)\s+\S"
                     r"|(?:,|\.)\s(?:sa|sier|seier|forteller|fortel|understreker)\s+(?:[A-ZÆØÅ]\w+|han|hun|ho|hen"
                     r"|kommunalsjef|rektor|direktør|leder|leiar|professor|dekan|studieleder)\b")
