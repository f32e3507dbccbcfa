"""Field normalisers on the seed's real strings and on further real-world phrasings (nb, nn, en)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crawler import normalise as n

SEED = Path(__file__).resolve().parents[1] / "catalogue_seed.csv"

# -- credits --------------------------------------------------------------------------------------

SEED_CREDITS = {
    "": (None, None), "10": (10, 10), "10 - 30": (10, 30), "120": (120, 120), "15": (15, 15),
    "15 - 30": (15, 30), "15- 30": (15, 30), "15-60": (15, 60), "180": (180, 180), "20": (20, 20),
    "30": (30, 30), "5 - 15": (5, 15), "60": (60, 60), "7,5": (7.5, 7.5), "7,5 -15": (7.5, 15),
    "7.5 - 30": (7.5, 30), "90": (90, 90), "90 + 90 frie": (90, 90), "90/120": (90, 120),
}
MORE_CREDITS = {
    "30 studiepoeng": (30, 30), "30 stp": (30, 30), "30 sp": (30, 30), "30 ECTS": (30, 30),
    "30 ECTS credits": (30, 30), "Omfang: 30 studiepoeng": (30, 30), "60 studiepoeng / 1 år": (60, 60),
    "7,5 studiepoeng per emne": (7.5, 7.5), "15–30 studiepoeng": (15, 30), "Studiepoeng: 7,5": (7.5, 7.5),
    "Ingen studiepoeng": (0, 0), "Kurset gir ikke studiepoeng, er ikke studiepoenggivende": (0, 0),
    "utan studiepoeng": (0, 0), "no credits": (0, 0),
    # refused: not credits, or not a number we can trust
    "kr 25 000": (None, None), "3 dager": (None, None), "120 timer": (None, None), "2014": (None, None),
    "inntil 30 studiepoeng": (None, None), "mange": (None, None), "400 studiepoeng": (None, None),
    "30 - 15": (None, None),
}


@pytest.mark.parametrize("raw,expected", {**SEED_CREDITS, **MORE_CREDITS}.items())
def test_credits(raw, expected):
    assert n.credits(raw) == expected


def test_credits_of_non_credit_courses_and_numbers():
    assert n.credits("", non_credit=True) == (0, 0)
    assert n.credits(7.5) == (7.5, 7.5)
    assert n.credits(30) == (30, 30)


# -- level and kind ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind,title,description,credits,expected", [
    ("Master", "", "", 120, ("master", "degree")),
    ("MBA", "", "", 60, ("master", "degree")),
    ("Bachelor", "", "", 180, ("bachelor", "degree")),
    ("Årsstudium", "", "", 60, ("bachelor", "one_year")),
    ("Enkeltemne", "Helserett", "", 10, ("bachelor", "single_course")),
    ("enkeltemne", "", "", 30, ("bachelor", "single_course")),
    ("Flere enkeltemne", "", "", 15, ("bachelor", "single_course")),
    ("Flere enkeltemner", "", "", 7.5, ("bachelor", "single_course")),
    ("flere enkeltemner", "", "", 15, ("bachelor", "single_course")),
    ("Kurs", "", "", None, ("none", "non_credit")),
    ("", "", "", None, (None, None)),
    # further phrasings
    ("Erfaringsbasert master", "", "", 90, ("master", "degree")),
    ("Executive Master of Management", "", "", 90, ("master", "degree")),
    ("Master's programme", "", "", 120, ("master", "degree")),
    ("Enkeltemne", "Helseøkonomi", "Emnet er på masternivå", 20, ("master", "single_course")),
    ("Videreutdanning", "Helseledelse", "Studiet er på mastergradsnivå.", 15, ("master", "single_course")),
    ("Årsstudium (60 sp)", "", "", 60, ("bachelor", "one_year")),
    ("Etterutdanning", "", "", None, ("none", "non_credit")),
    ("", "Master i helseledelse", "", 90, ("master", "degree")),
    ("", "Årsstudium i ledelse", "", 60, ("bachelor", "one_year")),
    ("Ukjent type", "", "", None, (None, None)),
    ("Further education, master's level", "Health Management", "", 30, ("master", "single_course")),
    ("Continuing education", "Health law", "", 10, ("bachelor", "single_course")),
])
def test_level_and_kind(kind, title, description, credits, expected):
    assert n.level_and_kind(kind, title, description, credits) == expected


# -- part time -----------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("Ja", True), ("Nei", False), ("", None), ("Deltid", True), ("deltid over to år", True),
    ("Heltid", False), ("Heltid/deltid", True), ("Part-time", True), ("Full-time", False),
    ("kanskje", None),
])
def test_part_time(raw, expected):
    assert n.part_time(raw) is expected


# -- delivery ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("", []), ("1 dag", ["samling"]), ("Nettbasert", ["nett"]), ("Samlingsbasert", ["samling"]),
    ("daglig", ["campus"]), ("nett og samlinger", ["nett", "samling"]),
    ("nettbasert og frivillige samlinger", ["nett", "samling"]), ("nettstudium", ["nett"]),
    ("obligatoriske samlinger", ["samling"]), ("samling", ["samling"]),
    ("samling / nettbasert", ["nett", "samling"]),
    ("samling, videokonferanse og intensivkurs", ["samling", "video"]), ("samlinger", ["samling"]),
    ("undervisning 1 dag i uken, kveld", ["campus", "kveld"]),
    # further phrasings (nb, nn, en)
    ("Fire samlingar à tre dagar", ["samling"]), ("Undervisning på campus", ["campus"]),
    ("Online", ["nett"]), ("Webinar og e-læring", ["nett", "video"]), ("Kveldsundervisning", ["kveld"]),
    ("Ukjent", []),
])
def test_delivery(raw, expected):
    assert n.delivery(raw) == expected


def test_delivery_falls_back_to_the_description():
    assert n.delivery("", "Studiet er samlingsbasert med tre samlinger.") == ["samling"]


# -- admission -----------------------------------------------------------------------------------

def adm(edu, years=None, real=False):
    return {"admission_education": edu, "admission_experience_years": years, "realkompetanse": real}


@pytest.mark.parametrize("raw,expected", [
    ("3-årig høyere utdanning + 2 års relevant yrkeserfaring", adm("bachelor", 2)),
    ("3 års høyere utdanning + 2 års yrkeserfaring", adm("bachelor", 2)),
    ("min 3 års høyskole eller universitetsutdanning + min 2 års relevant arbeidserfaring", adm("bachelor", 2)),
    ("3-årig høyere utdanning + to års relevant erfaring", adm("bachelor", 2)),
    ("3-årig høyere utdanning + to års relevant erfaring for offentlig virksomhet", adm("bachelor", 2)),
    ("3-årig høyere utdanning + 3 års relevant yrkeserfaring", adm("bachelor", 3)),
    ("3-årig høyere utdanning + 4 års yrkeserfaring", adm("bachelor", 4)),
    ("3-årig høyere utdanning + relevant yrkeserfaring", adm("bachelor", None)),
    ("3-årig høyere utdanning (+ ett års ledererfaring for enkelte kurs", adm("bachelor", None)),
    ("- årig høyere utdanning + 3 års relevant yrkeserfaring", adm("bachelor", 3)),
    ("3-årig høyere utdanning", adm("bachelor")),
    ("Generell studiekompetanse", adm("generell_studiekompetanse")),
    ("Generell studiekompetanse / realkompetanse", adm("generell_studiekompetanse", real=True)),
    ("generell studiekompetanse eller realkompetanse", adm("generell_studiekompetanse", real=True)),
    ("Generell studiekompetanse /3 årig høyere utdanning", adm("generell_studiekompetanse")),
    ("generell studiekompetanse eller 3-årig høyere utdanning - avhengig av kurs",
     adm("generell_studiekompetanse")),
    ("1 års høyere utdanning", adm("other")),
    ("erfaringsbasert studium, dvs. at de som deltar er i stilling som ledere fra sektoren ved opptak",
     adm("other")),
    ("det er kommunene som bestemmer hvem av sine ledere som skal delta", adm(None)),
    ("", adm(None)),
    # further phrasings
    ("Fullført bachelorgrad eller tilsvarande og minst to års relevant arbeidserfaring", adm("bachelor", 2)),
    ("Mastergrad", adm("master")),
    ("General university admission certification", adm("generell_studiekompetanse")),
    ("Søkere må være i lederstilling", adm("other")),
    ("Opptak skjer på grunnlag av søknad", adm(None)),
])
def test_admission(raw, expected):
    assert n.admission(raw) == expected


# -- target --------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("", []), ("Alle ledere med personalansvar og hovedtillitsvalgte", ["generell"]),
    ("Generell", ["generell"]), ("Genrell", ["generell"]), ("Helse", ["helse"]),
    ("Helse / Generell", ["generell", "helse"]), ("Helse / Offentlig / generell", ["generell", "helse", "offentlig"]),
    ("Helse /generell", ["generell", "helse"]), ("Helse m.m.", ["helse"]), ("Helse og omsorg", ["helse"]),
    ("Helse og sosial", ["helse", "sosial"]), ("Helse og sosial og generell", ["generell", "helse", "sosial"]),
    ("Helse/ Offentlig /generell", ["generell", "helse", "offentlig"]),
    ("Mellomledere i kommunale og fylkeskommunale helse- og omsorgstjenester", ["helse"]),
    ("Offentlig", ["offentlig"]), ("ledere innen kommunale helse- og omsorgstjenester", ["helse"]),
    # further phrasings
    ("Ledere i den offentlige tannhelsetjenesten", ["offentlig", "tannhelse"]),
    ("Leiarar i helse- og sosialtenestene", ["helse", "sosial"]),
    ("Ledere i statlig sektor", ["offentlig"]),
])
def test_target(raw, expected):
    assert n.target(raw) == expected


# -- enrolment, price, sessions ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("en eller flere kommuner sammen bestiller modulene, det er per i dag ikke mulig for enkeltpersoner å melde seg opp",
     "commissioned"),
    ("det er kommunene som bestemmer hvem av sine ledere som skal delta", "commissioned"),
    ("Kurset er en oppdragsutdanning for kommunen", "commissioned"),
    ("Søknadsfrist 15. april. Søk opptak via Søknadsweb.", "open"),
    ("Studiet er åpent for alle", "open"),
    ("Helseledelse for ledere", None),
])
def test_enrolment(text, expected):
    assert n.enrolment(text) == expected


@pytest.mark.parametrize("raw,expected", [
    ("kr 25 000", 25000), ("25.000,-", 25000), ("NOK 45 000", 45000), ("45 000 kroner", 45000),
    ("Studieavgift: 38 500 kroner per semester", 38500), ("Gratis", 0), ("Det er ingen studieavgift", 0),
    ("Semesteravgift kr 600", None), ("Pris kommer", None), ("", None),
])
def test_price(raw, expected):
    assert n.price_nok(raw) == expected


@pytest.mark.parametrize("text,expected", [
    ("20 dager fordelt på seks samlinger", (6, 20)),
    ("Det er fire samlinger; to fellessamlinger over to dager og to fylkesvise samlinger over en dag", (4, 6)),
    ("3 samlinger à 3 dager", (3, 9)),
    ("fire samlingar à tre dagar", (4, 12)),
    ("2 dagers-kurset", (1, 2)),
    ("seks samlinger", (6, None)),
    ("Undervisning på campus", (None, None)),
])
def test_sessions(text, expected):
    assert n.sessions(text) == expected


# -- every real seed string is handled, and nothing ever raises -----------------------------------

def test_every_seed_cell_is_handled():
    rows = list(csv.DictReader(SEED.open(encoding="utf-8")))
    for row in rows:
        lo, hi = n.credits(row["credits"])
        assert (lo is None) == (hi is None)
        if row["credits"] and row["kind"] != "Kurs":
            assert hi is not None, row["credits"]
        level, kind = n.level_and_kind(row["kind"], row["title"], row["description"], hi)
        if row["kind"]:
            assert kind is not None, row["kind"]
        if row["part_time"]:
            assert n.part_time(row["part_time"]) is not None
        if row["target_group"]:
            assert n.target(row["target_group"]), row["target_group"]


ODD = [None, "", "   ", "\x00", "AND (((", "ø" * 10_000, "7,5\x00 stp", 30, 7.5, True, ["liste"]]


@pytest.mark.parametrize("value", ODD, ids=range(len(ODD)))
def test_nothing_raises_on_odd_input(value):
    assert isinstance(n.credits(value), tuple)
    assert isinstance(n.level_and_kind(value, value if isinstance(value, str) else ""), tuple)
    assert n.part_time(value) in (True, False, None)
    assert isinstance(n.delivery(value), list)
    assert set(n.admission(value)) == {"admission_education", "admission_experience_years", "realkompetanse"}
    assert isinstance(n.target(value), list)
    assert n.enrolment(value) in ("open", "commissioned", None)
    assert n.price_nok(value) is None or isinstance(n.price_nok(value), int)
    assert isinstance(n.sessions(value), tuple)
