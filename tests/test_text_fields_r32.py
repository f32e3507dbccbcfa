"""Round 32, fields: the school year a folk high school's, a Bible school's or a fagskole's prices, sessions or offers
are given for is its start ("Prisen for skuleåret 2024/2025 ligg mellom kr …" is autumn 2024), the latest such year
winning over last year's loan figure; not a school year told in the past, nor one no price, session or offer is
given for; a doctoral programme's page ("Ph.d. i profesjonsvitenskap") has no size or kind from its training part
("en opplæringsdel på 30 studiepoeng") or a mandatory course named in a sentence, and a training part or a
dissertation is a part wherever its credits stand; the whole study's size ("Hele programmet på 90 studiepoeng") wins
over a total said of one of its parts ("Emne som gir 5 studiepoeng"); school for adults and Norwegian for
immigrants named in the title ("Grunnskole for voksne", "Vaksenopplæringa") give no credits; "Formelt opptakskrav"
and "Betinget opptak" head the admission; fewer than 60 credits in a sentence on a master's degree's page are a part's
or an applicant's (not a level's "Masternivå", nor credits said with the master they count towards).

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record


def _price_page(title: str, body: str) -> str:
    return (f"<h1>{title}</h1><p>Et år hos oss gir venner for livet, turer og mye fellesskap.</p>{body}"
            "<h2>Opptak</h2><p>Søk plass på linja via skjemaet. Opptaket er løpende, og vi har 24 plasser.</p>")


# 1. The school year a price, a session plan or an offer is given for is the start.
@pytest.mark.parametrize("body, term", [
    ("<p>Prisen for skuleåret 2024/2025 ligg mellom kr 134 000 og kr 143 000 med kost og losji.</p>", "2024-host"),
    ("<h2>Priser for skoleåret 2020/2021:</h2><p>Grunnsummen for linja er kr 119 000 med kost og losji.</p>",
     "2020-host"),
    ("<p>Her ser du hva bibelskoleåret 2024-2025 koster for hver linje.</p>", "2024-host"),
    ("<h2>Samlinger skoleåret 2017/2018</h2><ul><li>Uke 36</li><li>Uke 45</li></ul>", "2017-host"),
    ("<p>The price for the school year 2023-24 is NOK 128 000, board and lodging included.</p>", "2023-host"),
    # last year's loan beside this year's price: the later year
    ("<p>Det største lånet for skuleåret 2023/24 er kr 125 000.</p>"
     "<p>Prisen for skuleåret 2024/2025 er kr 140 000 med alle turar.</p>", "2024-host"),
    # a clause told in the past after a semicolon does not hide the year before it
    ("<p>Opptil kr 137 000 kan utbetales i skoleåret 2024-25; 40 % blir stipend når skoleåret er fullført.</p>",
     "2024-host"),
])
def test_the_school_year_of_a_price_or_a_session_plan_is_the_start(body, term):
    rec = _record(_price_page("Priser for friluftslinja", body), "https://skolen.test/priser/")
    assert rec["start_term"] == term


@pytest.mark.parametrize("body", [
    # a school year the offer began in, told in the past
    "<p>Det første kullet starta skuleåret 2015-2016, og vi har tatt opp elevar kvart år sidan. Prisen er kr 3000.</p>",
    # a school year nothing is priced, planned or offered for
    "<p>Desse lærarane underviser i skuleåret 2019/2020.</p><p>Pris: kr 3000 for heile året.</p>",
    # a university's study year is not read by this rule
    "<p>Semesteravgiften for studieåret 2024-2025 er kr 700.</p>",
])
def test_a_school_year_told_in_the_past_or_without_a_price_is_no_start(body):
    rec = _record(_price_page("Priser for friluftslinja", body), "https://skolen.test/priser/")
    assert rec["start_term"] is None


# 2. A doctoral programme's page: the training part's credits and a mandatory course named in a sentence are not the
# programme's; a part said by "opplæringsdel" or "avhandling" is a part.
@pytest.mark.parametrize("title", ["Ph.d. i profesjonsvitenskap", "Ph.d.-utdanning i helsevitenskap",
                                   "PhD programme in health sciences", "Doktorgradsprogram i sykepleievitenskap"])
def test_a_doctoral_programme_s_training_part_is_not_its_size(title):
    html = (f"<h1>{title}</h1><p>Programmet er en forskerutdanning på høyt internasjonalt nivå.</p>"
            "<p>Utdanningen består av en opplæringsdel på 30 studiepoeng og et selvstendig forskningsarbeid.</p>"
            "<p>Det obligatoriske emnet i vitenskapsteori gir kandidatene felles grunnlag.</p>"
            "<h2>Opptakskrav</h2><p>Du må ha en mastergrad på 120 studiepoeng.</p>"
            "<h2>Søknadsfrist</h2><p>Løpende opptak.</p><h2>Studiested</h2><p>Tromsø</p>")
    rec = _record(html, "https://uni.test/studier/phd")
    assert (rec["credits_max"], rec["kind"], rec["level"]) == (None, None, None)


@pytest.mark.parametrize("text", [
    "Kandidaten skriver en avhandling (150 stp.) og tar i tillegg en opplæringsdel (30 stp.).",
    "The programme has a training component of 30 ECTS and a thesis.",
])
def test_a_training_part_or_a_dissertation_in_brackets_is_a_part(text):
    html = (f"<h1>Forskerutdanning i helse</h1><p>{text}</p><p>Normert studietid er tre år.</p>"
            "<h2>Opptakskrav</h2><p>Mastergrad.</p><h2>Søknadsfrist</h2><p>Løpende.</p><h2>Studiested</h2><p>Bodø</p>")
    rec = _record(html, "https://uni.test/studier/forskerutdanning")
    assert rec["credits_max"] is None


@pytest.mark.parametrize("title", ["PhD course in research ethics", "Ph.d.-kurs i kvalitative metoder"])
def test_a_doctoral_course_keeps_its_credits(title):
    html = (f"<h1>{title}</h1><p>Kurset gir 5 studiepoeng og går over to samlinger.</p>"
            "<h2>Opptakskrav</h2><p>Opptak til et ph.d.-program.</p><h2>Studiested</h2><p>Oslo</p>")
    rec = _record(html, "https://uni.test/kurs/phd-etikk")
    assert rec["credits_max"] == 5


# 3. The whole study's size wins over a total said of one of its parts.
def test_the_whole_programme_s_size_wins_over_a_part_s():
    html = ("<h1>Master i IT-ledelse</h1><p>Masterprogrammet har sju emner og en masteroppgave.</p><h2>Pris</h2><ul>"
            "<li>Per emne (10 studiepoeng): kr 28.000</li><li>Emne som gir 5 studiepoeng: kr 18.000</li>"
            "<li>Masteroppgave (30 studiepoeng): kr 55.000</li></ul>"
            "<p>Hele programmet på 90 studiepoeng koster dermed kr 231.000.</p>"
            "<h2>Opptakskrav</h2><p>Bachelorgrad og to års yrkeserfaring.</p>")
    rec = _record(html, "https://uni.test/studier/it-ledelse")
    assert rec["credits_max"] == 90


def test_a_part_s_size_stands_when_no_whole_is_named():
    html = ("<h1>Emne i IT-ledelse</h1><p>Emnet gir 10 studiepoeng og inngår i masteren.</p>"
            "<p>Masteroppgaven på 30 studiepoeng skrives til slutt.</p>"
            "<h2>Opptakskrav</h2><p>Bachelorgrad og to års yrkeserfaring.</p>")
    rec = _record(html, "https://uni.test/studier/it-ledelse-emne")
    assert rec["credits_max"] == 10


# 4. School for adults and Norwegian for immigrants, named in the title, give no credits.
@pytest.mark.parametrize("title", ["Grunnskole for voksne", "Grunnskuleopplæring for vaksne", "Vaksenopplæringa",
                                   "Vidaregåande opplæring for vaksne", "Norsk for innvandrere"])
def test_school_for_adults_gives_no_credits(title):
    html = (f"<h1>{title}</h1><p>Du som er over 16 år og mangler denne opplæringen, har rett til den.</p>"
            "<p>Undervisningen er på dagtid i sentrum, og kurset avsluttes med eksamen.</p>"
            "<h2>Søknad</h2><p>Søknadsfrist 1. juni 2024. Opplæringen starter i august 2024.</p>"
            "<h2>Pris</h2><p>Opplæringen er gratis.</p>")
    rec = _record(html, "https://www.kommune.test/tjenester/opplaering")
    assert (rec["kind"], rec["level"], rec["credits_max"]) == ("non_credit", "none", 0)


@pytest.mark.parametrize("title, body", [
    # a college's Norwegian course that names its credits
    ("Norsk for utenlandske studenter", "Emnet gir 10 studiepoeng og undervises på campus."),
    # teacher education for primary school is no school for adults
    ("Grunnskolelærerutdanning for trinn 1-7", "Studiet er en femårig master på 300 studiepoeng."),
])
def test_a_credit_bearing_study_named_like_school_is_not(title, body):
    html = (f"<h1>{title}</h1><p>{body}</p><h2>Søknad</h2><p>Søknadsfrist 15. april 2024.</p>"
            "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>")
    rec = _record(html, "https://www.uni.test/studier/norsk")
    assert rec["kind"] != "non_credit" and rec["credits_max"]


# 5. "Formelt opptakskrav" and "Betinget opptak" head the admission: a trade certificate there admits ("other").
@pytest.mark.parametrize("heading", ["Formelt opptakskrav", "Formelle opptakskrav", "Betinget opptak"])
def test_a_formal_admission_heading_heads_the_admission(heading):
    html = ("<h1>Fagskole Psykisk helsearbeid</h1><p>Målgruppen er helsefagarbeidere og barne- og ungdomsarbeidere. "
            "Også relevant realkompetanse kan gi opptak.</p><p>Utdanningen går på kveldstid i Sarpsborg.</p>"
            f"<h2>{heading}</h2><p>fagbrev i helsearbeiderfaget eller barne- og ungdomsarbeiderfaget</p>"
            "<h2>Søknadsfrist</h2><p>9. august 2023</p>")
    rec = _record(html, "https://www.aof.test/kurs/fagskole-psykisk-helsearbeid/")
    assert rec["admission_education"] == "other"


# 6. Fewer than 60 credits in a sentence on a master's degree's page are a part's or an applicant's.
@pytest.mark.parametrize("title, body", [
    ("Opptakskrav master", "<p>Du må ha en bachelorgrad i teologi. Examen facultatum (20 stp) må også være tatt.</p>"),
    ("Master i idrettsvitenskap – oppbygging", "<p>Idrettspsykologi-delen gir 20 studiepoeng.</p>"),
])
def test_a_master_s_page_is_no_smaller_than_a_master(title, body):
    html = (f"<h1>{title}</h1><p>Masterprogrammet i teologi er et toårig studium på heltid.</p>{body}"
            "<h2>Søknadsfrist</h2><p>15. april 2024</p><h2>Studiested</h2><p>Oslo</p>")
    rec = _record(html, "https://www.hogskole.test/master/opptakskrav-master/")
    assert rec["credits_max"] is None and rec["kind"] == "degree"


@pytest.mark.parametrize("html", [
    # a level, not a master's degree: "Studienivå: Masternivå" on a bridging course's page
    "<h1>Jordmorfag – innpass</h1><dl><dt>Studienivå</dt><dd>Masternivå</dd></dl>"
    "<p>Innpasset er på 40 studiepoeng og går over to semestre.</p><h2>Søknadsfrist</h2><p>15. april 2024</p>",
    # the credits and the master they count towards in one sentence: the course's own credits
    "<h1>Om styrerutdanningen</h1><p>Utdanningen er for styrere i barnehager.</p>"
    "<p>Den gir 30 studiepoeng, som kan regnes inn i en master i ledelse.</p><h2>Søknadsfrist</h2><p>1. mars 2024</p>",
])
def test_a_master_s_level_or_a_master_counted_towards_keeps_the_credits(html):
    rec = _record(html, "https://www.hogskole.test/videreutdanning/kurs")
    assert rec["credits_max"] in (30, 40)
