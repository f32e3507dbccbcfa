"""The controlled vocabularies of the record, each code with its Norwegian (bokmål) label.

One source for codes and labels: `domain.record` takes its allowed values from here, and the
site, the CLI and both CSV writers show the labels from here (through `webapp.labels`).
Topic labels live with the topic rules (`domain.topics.TOPICS`), region labels with the
places (`domain.places.REGIONS`).
"""

from __future__ import annotations

LEVEL = {"bachelor": "Bachelornivå", "master": "Masternivå", "fagskole": "Fagskolenivå",
         "none": "Uten studiepoeng"}
KIND = {"degree": "Grad", "one_year": "Årsstudium", "single_course": "Enkeltemne",
        "non_credit": "Kurs uten studiepoeng"}
PART_TIME = {"true": "Deltid", "false": "Heltid"}
DELIVERY = {"samling": "Samlinger", "nett": "Nettbasert", "campus": "Campus (dagtid)",
            "kveld": "Kveld", "video": "Video"}
ADMISSION_EDUCATION = {
    "generell_studiekompetanse": "Generell studiekompetanse",
    "bachelor": "Bachelorgrad eller tilsvarende (3-årig høyere utdanning)",
    "master": "Mastergrad",
    "other": "Annet (se kilden)",
}
TARGET = {"helse": "Helse", "sosial": "Sosial", "offentlig": "Offentlig sektor",
          "generell": "Generell", "tannhelse": "Tannhelse"}
ENROLMENT = {"open": "Åpent for alle", "commissioned": "Bestilles av kommunen"}
# active: checked by a crawl, or read from a page dated in a current study year (CURRENT_SINCE or
# later); unconfirmed: read from a provider's page that is older or states no date; historical:
# a row of the 2014 survey, never confirmed since; stale: recent crawls failed; gone: the page is gone.
STATUS = {"active": "Aktuelt", "unconfirmed": "Eldre side, ikke bekreftet", "stale": "Ikke bekreftet nylig",
          "gone": "Ikke lenger tilbudt", "historical": "Fra kartleggingen i 2014"}
# What each status means, said plainly (course page, /om).
STATUS_NOTE = {
    "active": "Hentet fra tilbyderens side, som gjelder studieåret 2024/25 eller senere, eller sjekket av roboten.",
    "unconfirmed": "Hentet fra tilbyderens side, men siden er eldre enn studieåret 2024/25 eller oppgir ingen dato. "
                   "Sjekk hos tilbyderen om tilbudet fortsatt gis.",
    "stale": "Tilbyderens side svarte ikke ved de siste sjekkene.",
    "gone": "Tilbyderens side finnes ikke lenger.",
    "historical": "Fra kartleggingen i 2014, ikke bekreftet senere. Tilbudet kan være lagt ned eller endret.",
}
# How a record reaches a municipality: the places it names, online, wherever the buyer wants
# it (desentralisert, hos oppdragsgiver), or not known (the source names no place).
REACH = {"places": "Oppgitt sted", "online": "Nettbasert", "anywhere": "Hos oppdragsgiver (desentralisert)",
         "unknown": "Sted ikke oppgitt"}
# Teaching language (`domain.normalise.teaching_language`).
TEACHING_LANGUAGE = {"no": "Norsk", "en": "Engelsk"}
# What a price is per (`domain.normalise.price_per`); no unit: the whole offer, or not said.
PRICE_PER = {"semester": "per semester", "year": "per år", "module": "per emne", "session": "per samling",
             "month": "per måned"}
