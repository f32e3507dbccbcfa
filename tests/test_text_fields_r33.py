"""Round 33, fields: a level said as the value of the study's level ("Nivået er master", "Nivået på
videreutdanningen er master") is the level, also beside a fact box's kind that names none ("Studienivå: Etter- og
videreutdanning"); the degree an applicant has taken ("søkere som har tatt bachelor i …"), the basis named for
admission ("Grunnlaget er et treårig bachelorstudium …") and a background at a level ("Har du en annen relevant
bakgrunn på bachelornivå, kan du også komme inn …") are not the offer's kind or level.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from domain import normalise, when
from tests.helpers import crawled_record as _record


def _further(title: str, body: str, facts: str = "<dl><dt>Studiepoeng</dt><dd>15</dd></dl>") -> str:
    return (f"<h1>{title}</h1>{facts}<p>Studiet passer for deg som leder en avdeling og vil utvikle praksisen din.</p>"
            f"{body}<h2>Undervisning</h2><p>Det blir tre samlinger på to dager i løpet av semesteret.</p>")


# 1. The level said as the value of the study's level.
@pytest.mark.parametrize("body, level", [
    ("<p>Modulen er et samarbeid med et senter for ledelse. Nivået på videreutdanningen er master.</p>", "master"),
    ("<p>Videreutdanningen kan tas ved siden av jobb. Nivået er bachelor.</p>", "bachelor"),
    ("<p>Vidareutdanninga går over eitt semester. Nivået er master.</p>", "master"),
])
def test_the_level_said_as_a_value_is_the_level(body, level):
    # no credits named: without the level said, a further education's level is unknown
    rec = _record(_further("Barnevernledelse", body, facts=""), "https://hogskolen.test/studier/barnevernledelse")
    assert (rec["kind"], rec["level"]) == ("single_course", level)


def test_a_level_said_as_a_value_beside_a_fact_box_kind_without_one():
    facts = ("<dl><dt>Studienivå</dt><dd>Etter- og videreutdanning</dd><dt>Studiepoeng</dt><dd>60</dd>"
             "<dt>Oppstart</dt><dd>Høst 2018</dd></dl>")
    rec = _record(_further("Lærerspesialist i kunst og håndverk", "<p>Nivået er master.</p>", facts),
                  "https://hogskolen.test/evu/larerspesialist")
    assert (rec["kind"], rec["level"], rec["credits_max"]) == ("single_course", "master", 60)


@pytest.mark.parametrize("body", [
    # a level asked for, not said
    "<p>Videreutdanningen kan tas ved siden av jobb. Nivået må være master for at emnet skal innpasses.</p>",
    # the level of something else than the study
    "<p>Videreutdanningen kan tas ved siden av jobb. Nivået i faget er master i de fleste land.</p>",
])
def test_a_level_asked_for_or_said_of_another_is_not_the_level(body):
    rec = _record(_further("Barnevernledelse", body, facts=""), "https://hogskolen.test/studier/barnevernledelse")
    assert (rec["kind"], rec["level"]) == ("single_course", None)


# 2. What an applicant has taken, the basis of admission and a background at a level are not the offer's.
@pytest.mark.parametrize("html, url", [
    ("<h1>Utfyllende regler for opptak til masterprogram i sosialfag</h1>"
     "<p>Dekanen vedtok reglene for opptak til masterstudiet i sosialfag i 2007.</p>"
     "<p>De studiet i første rekke er ment for, er søkere som har tatt bachelor i barnevern eller sosialt arbeid.</p>"
     "<p>Normert studietid er to år, og studiet gir 120 studiepoeng.</p>",
     "https://universitetet.test/opptak/master-sosialfag"),
    ("<h1>Opptakskrav</h1><h2>For opptak til spesialisering i reservoarteknologi</h2>"
     "<p>Grunnlaget er et treårig bachelorstudium i petroleumsteknologi.</p>"
     "<p>I tillegg må du ha bestått eksamen i vektoranalyse for å bli tatt opp på det toårige masterprogrammet.</p>",
     "https://universitetet.test/master-i-teknologi/petroleumsteknologi/opptakskrav/"),
    ("<h1>Opptakskrav</h1><p>Grunnkravet er en bestått bachelorgrad innen utøvende musikk.</p>"
     "<p>Har du en annen relevant bakgrunn på bachelornivå, kan du også komme inn etter en særskilt vurdering.</p>"
     "<p>Legg ved en skisse av masterprosjektet når du søker.</p>",
     "https://universitetet.test/musikk/master-i-musikk/opptakskrav/"),
])
def test_an_applicants_degree_is_not_the_offers_kind_or_level(html, url):
    rec = _record(html, url)
    assert (rec["kind"], rec["level"]) == ("degree", "master")


def test_the_offer_said_after_an_applicants_degree_is_still_the_offers():
    # the rule skips only the applicant's degree: the study's own kind later in the text is read
    body = ("<p>Søkere som har tatt bachelor i sykepleie kan søke.</p>"
            "<p>Dette er en videreutdanning på masternivå.</p>")
    rec = _record(_further("Klinisk sykepleie", body, "<dl><dt>Studiepoeng</dt><dd>30</dd></dl>"),
                  "https://hogskolen.test/studier/klinisk-sykepleie")
    assert (rec["kind"], rec["level"]) == ("single_course", "master")


@pytest.mark.parametrize("sentence, kind", [
    # what a study itself builds on, said of the study's own degree: still its kind
    ("Grunnlaget for masteren er lagt i første studieår.", "degree"),
    # a degree completed by the students of this bachelor, not an applicant's
    ("Studentene har fullført bachelorgraden når de har bestått alle emnene.", "degree"),
])
def test_a_degree_said_of_the_study_itself_stays_its_kind(sentence, kind):
    html = (f"<h1>Bachelor i vernepleie</h1><p>{sentence}</p><p>Studiet er på 180 studiepoeng og går over tre år.</p>")
    rec = _record(html, "https://hogskolen.test/studier/bachelor-vernepleie")
    assert rec["kind"] == kind


# 3. A school's teaching hours in the daytime on named days are teaching in person.
def _school_page(body: str) -> str:
    return ("<h1>Grunnskule for vaksne</h1><p>Her kan du ta fag frå grunnskulen og få vitnemål.</p>"
            f"{body}<h2>Kontakt</h2><p>Ring oss om du lurer på noko.</p>")


@pytest.mark.parametrize("sentence", [
    "Vanleg skuletid er måndag til fredag frå kl 08.45 til 14.15.",
    "Det er undervisning måndagar, onsdagar og fredagar, mellom kl. 08.30 og 15.00.",
    "Undervisningen foregår vanligvis på hverdager mellom 09.00 og 15.00.",
    "Classes are held Monday to Thursday from 9:00 to 13:10.",
    "Til vanleg er det undervisning kvar vekedag frå kl 08.30 til 14.00.",
])
def test_daytime_teaching_hours_on_named_days_are_campus(sentence):
    rec = _record(_school_page(f"<p>{sentence}</p>"), "https://kommune.test/grunnskule-for-vaksne")
    assert rec["delivery"] == ["campus"]


@pytest.mark.parametrize("sentence", [
    # an office's hours: no teaching named
    "Sentralbordet er ope måndag til fredag frå kl 08.00 til 15.30.",
    # online teaching in those hours
    "Undervisninga går på Zoom måndag til torsdag frå kl 09.00 til 11.00.",
    # evening hours
    "Det er undervisning måndagar og onsdagar frå kl 18.00 til 20.30.",
    # a day's programme, with no days named
    "Dagsrytme: 10.00 – 11.30 undervisning, 12.30 – 16.00 undervisning.",
    # days counted in a week: not the school's days
    "I seks veker er det to dagar i veka med trening og undervisning, klokka 09.00–12.00.",
])
def test_hours_of_an_office_online_evening_or_one_day_are_not_campus(sentence):
    rec = _record(_school_page(f"<p>{sentence}</p>"), "https://kommune.test/grunnskule-for-vaksne")
    assert "campus" not in rec["delivery"]


# 4. A licence's, a certificate's or a culture school's course named in the title gives no credits.
def _said_without_credits(title: str, body: str, url: str = "https://kurs.test/tilbud/kurs") -> str | None:
    from crawler import no_credits
    from tests.helpers import page_lines
    return no_credits.said(title, page_lines(f"<h1>{title}</h1>{body}"), url)


# (a page with a word of studies, "opptak", which no_credits' other tests read as a study's)
_PLAIN = ("<p>Meld deg på via skjemaet under. Opptaket skjer fortløpande, og vi tar kontakt når det er ledig plass.</p>"
          "<p>Spørsmål sendast til kontoret.</p>")


@pytest.mark.parametrize("title", [
    "Fritidsbåtskipper", "Privatflysertifikat", "Fagbrev kokk og institusjonskokk", "Musikk- og kulturskule - opptak",
    "E-learning course in the protection of personal data", "Viktig informasjon til jegerprøvedeltakere",
])
def test_a_licence_or_culture_school_course_in_the_title_is_said_to_give_no_credits(title):
    assert _said_without_credits(title, _PLAIN) == title


@pytest.mark.parametrize("title, body", [
    # a licence course that names its credits is a course with credits
    ("E-læringskurs i personvern", "<p>Kurset gir 5 studiepoeng etter bestått eksamen ved universitetet.</p>"),
    # a study that names its level is no licence course
    ("Fagbrev og videre studier", "<p>Studiet er på bachelornivå og bygger på fagbrev.</p>"),
    # a title without a licence, a certificate or a culture school
    ("Ledelse i praksis", "<p>Kurset gir 15 studiepoeng.</p>"),
])
def test_a_licence_title_with_credits_or_a_level_is_not_said_to_give_none(title, body):
    assert _said_without_credits(title, body, "https://hogskolen.test/studier/kurs") is None


def test_a_licence_course_page_is_stored_without_credits():
    html = ("<h1>Fritidsbåtskipper</h1><p>Kurset gjer deg klar til å føre fritidsbåt på inntil 24 meter. Opptaket skjer "
            "fortløpande.</p>"
            "<h2>Pris</h2><p>Kursavgifta er kr 4 900.</p><h2>Påmelding</h2><p>Meld deg på kurset via skjemaet.</p>")
    rec = _record(html, "https://kurs.test/kurs/fritidsbatskipper")
    assert (rec["kind"], rec["level"], rec["credits_max"], rec["price_nok"]) == ("non_credit", "none", 0, 4900)


# 5. A video one makes, sends, shows or is interviewed over is no teaching by video.
@pytest.mark.parametrize("text", [
    "Send inn et mobilopptak (lyd eller video) der du synger eller spiller.",
    "Minst én øvingssamtale leveres – skriftlig, på lyd eller på video.",
    "I gruppeveiledningen brukes video fra egne terapier.",
    "Mye av læringen skjer ved at du lager videoopptak av situasjoner fra praksis.",
    "Undervisningen veksler mellom forelesninger, visning av video og kasusveiledning.",
    "The interview may be held over video conference.",
    "Send your application, including a motivation letter and a video recording, by 6 September.",
    "Oppdraga kan vere inspeksjon, foto- og videoopptak og sveising under vatn.",
])
def test_a_video_made_sent_shown_or_for_an_interview_is_no_teaching_form(text):
    assert "video" not in normalise.delivery("", text)


@pytest.mark.parametrize("text", [
    "Forelesningene strømmes og blir tatt opp på video.",
    "Undervisningen skjer via videokonferanse fra Bergen.",
    "Vi tar videoopptak av alle forelesningene.",
    "Forelesningene blir lagt ut som videoopptak etter hver samling.",
])
def test_teaching_by_video_stays_video(text):
    assert "video" in normalise.delivery("", text)


# 6. A start date with a two-digit year, and start dates in the plural.
@pytest.mark.parametrize("raw, term", [
    ("25.09.19. Slutt: 27.05.20.", "2019-host"),
    ("Oslo – Heltid: 27.08.24, Deltid: 26.08.24", "2024-host"),
    ("12.01.26", "2026-var"),
    # traps: a run of numbers, a version, a time and a month that does not exist are no start
    ("1.2.3.4", None), ("versjon 3.1.15.2", None), ("kl. 10.30", None), ("12.15.24", None),
])
def test_a_start_date_with_a_two_digit_year(raw, term):
    assert when.start_term(raw) == term


def test_start_dates_in_the_plural_are_a_start_label():
    html = ("<h1>Lønnsmedarbeider</h1><p>Fagskolestudiet gir deg kompetanse i lønn og personal.</p>"
            "<dl><dt>Studiepoeng</dt><dd>30</dd><dt>Oppstartsdatoer</dt><dd>Oslo – Heltid: 27.08.24, Deltid: 26.08.24</dd>"
            "</dl>")
    rec = _record(html, "https://fagskolen.test/studier/lonnsmedarbeider")
    assert rec["start_term"] == "2024-host"


# 7. Practical teacher education for vocational subjects: the route by a trade certificate is a vocational one.
@pytest.mark.parametrize("text, level", [
    ("en yrkesrettet utdanning på tre år fra universitet eller høgskole og to års praksis; eller fag- eller "
     "svennebrev; generell studiekompetanse; to år med yrkesteoretisk utdanning etter videregående", "other"),
    ("Kravene for yrkesfag: generell studiekompetanse, fag-/svennebrev og to års yrkesteoretisk utdanning.", "other"),
    # traps: general admission alone, or beside a trade certificate without vocational theory, stays general admission
    ("Opptakskrav: generell studiekompetanse.", "generell_studiekompetanse"),
    ("Generell studiekompetanse eller fagbrev med relevant praksis.", "generell_studiekompetanse"),
])
def test_the_trade_certificate_route_of_vocational_teacher_education_is_vocational(text, level):
    assert normalise.admission(text)["admission_education"] == level
