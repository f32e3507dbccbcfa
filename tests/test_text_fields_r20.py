"""Round 20, fields: experience that is only one route's, a heading of target group and admission, a
master's parts, programmes in the plural, an empty pace label, online teaching denied, gatherings of day
sessions, meeting places, seminars in a town, Sami place names, courses set up in a term, a video shown.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from domain import normalise, places
from tests.helpers import crawled_record as _record


# 1. Years of experience that are one alternative route, beside a route that needs none, are no requirement.
@pytest.mark.parametrize("text, years", [
    # said in one sentence: a trade certificate, or experience
    ("Opptak krever ett av to: relevant fag- eller svennebrev fra fagretningen, eller fem års relevant praksis.", None),
    ("Du må ha fagbrev i helsearbeiderfaget eller minst fem års relevant arbeidserfaring.", None),
    # a list of routes after a lead, one of them without experience
    ("Du må oppfylle minst ett av kravene nedenfor: 1. Du må ha fagbrev som helsearbeider. "
     "2. Minimum fem år med relevant yrkespraksis fra helsesektoren.", None),
    ("Veien inn går via ett av disse grunnlagene: a) fagbrev tatt som lærling; b) fagbrev tatt som elev, pluss ett år "
     "med praksis i faget; c) minst 5 år med relevant praksis.", None),
    # traps: every route asks for some (the first route's years), experience joined to the education by "og",
    # and experience every route shares after the list
    ("Du må oppfylle ett av disse minstekravene: 1) Fagbrev og minst 4 års relevant arbeidserfaring. "
     "2) Bachelor og minst to års relevant arbeidserfaring.", 4),
    ("Du må ha ett av disse grunnlagene: Minimum 180 studiepoeng, helst som fullført grad (bachelor), og; "
     "Minimum 2 års relevant yrkeserfaring; eller Minimum 120 studiepoeng og; Lang, relevant yrkeserfaring;", 2),
    ("Du må ha fullført én av disse utdanningene: Bachelorgrad i politifag; 2-årig politiutdanning og ytterligere "
     "minst 5 år med praksis; I tillegg må du ha: minst to års relevant praksis fra etterforskning;", 2),
    ("Bachelorgrad i sykepleie eller vernepleie og minst to års praksis.", 2),
    ("Fagbrev eller tilsvarende og minst tre års praksis.", 3),
])
def test_experience_of_one_alternative_route(text, years):
    assert normalise.admission(text)["admission_experience_years"] == years


def test_a_list_of_routes_keeps_its_items_apart():
    """The items of a list in an admission section stay apart ("…; …"), so the routes can be told apart and the
    experience every route shares after "I tillegg må du ha:" is read."""
    record = _record("<h1>Erfaringsbasert master i etterforskning</h1><p>Studiet gir 90 studiepoeng.</p>"
                     "<h2>Opptakskrav</h2><p>Du må ha fullført én av disse utdanningene:</p><ul>"
                     "<li>Bachelorgrad i politifag</li><li>2-årig politiutdanning og ytterligere minst 5 år med praksis</li>"
                     "</ul><p>I tillegg må du ha:</p><ul><li>minst to års relevant praksis fra etterforskning</li>"
                     "<li>en stilling i politiet</li></ul>")
    assert record["admission_experience_years"] == 2


def test_worked_the_equivalent_of_years_is_experience():
    text = "Du må også ha jobbet tilsvarende 2 år på full tid i relevant arbeid."
    assert normalise.admission(text)["admission_experience_years"] == 2


# 2. General admission "besides" a degree named after it (a heading naming the degree before) is the degree.
def test_general_admission_besides_a_degree_after_a_heading():
    text = ("Bachelorgrad og yrkespraksis: Ved siden av generell studiekompetanse trenger du en bachelorgrad "
            "eller en yrkesutdanning på minst tre år.")
    assert normalise.admission(text)["admission_education"] == "bachelor"
    # trap: general admission or a degree, as alternatives: the lowest
    assert normalise.admission("Generell studiekompetanse eller bachelorgrad")["admission_education"] \
        == "generell_studiekompetanse"


# 3. A heading "Målgruppe og opptakskrav" gives the admission as well as the target group.
def test_target_group_and_admission_heading_gives_admission():
    html = ("<h1>Demens og psykisk helse hos eldre</h1><p>Studiet gir 30 studiepoeng.</p>"
            "<h2>Målgruppe og opptakskrav</h2><p>Opptaket krever en bachelorgrad i sykepleie, og at du har "
            "arbeidet relevant i minst to år.</p>")
    record = _record(html)
    assert record["admission_education"] == "bachelor" and record["admission_experience_years"] == 2
    offer = extract(html, "https://x.test/studier/demens").offer
    assert offer["evidence"]["target_group"] == {"how": "section", "where": "Målgruppe og opptakskrav"}  # still that too


# 4. A master's parts named after their credits, and "of which", are parts: no total, the title's degree stands.
def test_a_masters_parts_after_their_credits_are_no_total():
    record = _record("<h1>MSc in Economics and Business Administration</h1><p>An NHH master's degree.</p>"
                     "<h2>Programme structure</h2><p>Students take a 45 ECTS major and 45 ECTS of electives "
                     "(22,5 ECTS of which can count as a minor), and finish with a 30 ECTS master's thesis.</p>",
                     "https://www.nhh.no/en/study-programmes/msc/")
    assert record["credits_max"] is None
    assert (record["kind"], record["level"]) == ("degree", "master")
    # trap: a programme's own size, with no part word after it
    record = _record("<h1>Master i helseledelse</h1><p>Programmet er på 120 studiepoeng.</p>")
    assert record["credits_max"] == 120


# 5. Programmes in the plural are the ones a course belongs to, not its kind.
def test_programmes_in_the_plural_are_not_the_offers_kind():
    record = _record("<h1>Helsepersonells felles kunnskapsgrunnlag</h1><p>Alle studenter på fakultetets "
                     "helsefaglige bachelorprogrammer må ta dette emnet.</p><h2>Opptakskrav</h2><p>Generell "
                     "studiekompetanse.</p><h2>Undervisning</h2><p>Undervisningen foregår på campus.</p>")
    assert record["kind"] == "single_course"
    # trap: one programme in the singular is the offer's kind
    record = _record("<h1>Sykepleie</h1><p>Bachelorprogrammet i sykepleie gir 180 studiepoeng.</p>"
                     "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>")
    assert record["kind"] == "degree"


# 6. A fact box's pace label left without its value, and students of one pace as a group, give no pace.
@pytest.mark.parametrize("line", ["Heltid/deltid", "Fulltid/deltid", "Heiltid/deltid:",
                                  "Studenter på heltid har krav på veiledning."])
def test_an_empty_pace_label_gives_no_pace(line):
    record = _record(f"<h1>Nordiske språk</h1><p>Emnet gir 15 studiepoeng.</p><p>{line}</p><p>Oppstart Haust</p>")
    assert record["part_time"] is None


def test_a_pace_said_is_still_read():
    assert _record("<h1>Nordiske språk</h1><p>Emnet gir 15 studiepoeng.</p><p>Studiet går på deltid.</p>"
                   )["part_time"] is True


# 7. Online teaching denied is no online teaching; day sessions in person are gatherings.
@pytest.mark.parametrize("text, codes", [
    ("Two and a half weeks of day sessions in person, plus classes in the evening. The teaching cannot be "
     "followed online.", ["kveld", "samling"]),
    ("Undervisninga kan ikkje følgjast på nett.", []),
    # traps: "not only online" is online; teaching online said plainly
    ("Kurset er ikke bare på nett.", ["nett"]),
    ("The teaching is online.", ["nett"]),
])
def test_online_teaching_denied(text, codes):
    assert normalise.delivery(text) == codes


# 8. A video shown on the page is no teaching by video.
@pytest.mark.parametrize("text, codes", [
    ("A video from code.org: what computer science is.", []),
    ("Se video om studiet.", []),
    ("Forelesningene sendes som video.", ["video"]),
])
def test_a_video_shown_is_no_teaching_by_video(text, codes):
    assert normalise.delivery(text) == codes


# 9. A meeting place's label ("Oppmøte") names the place; an address's postcode and town resolve.
def test_the_meeting_place_label_names_the_place():
    record = _record("<h1>Kurs i tekking av bordtak</h1><p>Et tredagers kurs uten studiepoeng.</p>"
                     "<dl><dt>Oppmøte</dt><dd>Ål bygdamuseum, Øvre-ålsvegen 43, 3570 Ål</dd>"
                     "<dt>Kursavgift</dt><dd>1500,-</dd></dl>")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["3328"]      # Ål


# 10. An academy laid to a town, a start seminar in a town: the place of the course.
@pytest.mark.parametrize("sentence, nr", [
    ("Årets akademi (2018) er lagt til Røros, 24.-30. juni.", "5025"),
    ("28.-29. januar 2021 – Oppstartsseminar i Tromsø", "5501"),
])
def test_an_academy_or_a_seminar_in_a_town(sentence, nr):
    record = _record(f"<h1>Lederakademi for unge ledere</h1><p>{sentence}</p><h2>Målgruppe</h2><p>Ledere i helse- og "
                     "omsorgstjenesten.</p><h2>Pris</h2><p>Kurset koster kr 4000.</p><h2>Påmelding</h2><p>Meld deg på "
                     "innen 1. mars.</p>")
    assert [loc["kommune_nr"] for loc in record["locations"]] == [nr]


def test_a_seminar_on_a_subject_is_no_place():
    record = _record("<h1>Lederakademi for unge ledere</h1><p>Seminaret handler om ledelse i kommunene.</p>"
                     "<p>Oppstartsseminaret handler om ledelse i Helse Bergen.</p><h2>Målgruppe</h2><p>Ledere i "
                     "helse- og omsorgstjenesten.</p><h2>Pris</h2><p>Kurset koster kr 4000.</p><h2>Påmelding</h2>"
                     "<p>Meld deg på innen 1. mars.</p>")
    assert record["locations"] == []


# 11. Sami place names resolve to their municipality; a village to its own.
@pytest.mark.parametrize("name, nr", [("Guovdageaidnu", "5612"), ("Kárášjohka", "5610"), ("Snåase", "5041"),
                                      ("Manndalen", "5540"), ("Kautokeino", "5612")])
def test_sami_place_names_resolve(name, nr):
    assert places.resolve_place(name)["kommune_nr"] == nr


def test_a_study_place_item_and_a_fall_term():
    record = _record("<h1>Introductory Sami</h1><ul><li>Study place: Guovdageaidnu</li><li>15 credits</li>"
                     "<li>Fall 2024</li></ul><p>The course is for beginners.</p>",
                     "https://www.samas.no/en/studier/introductory-sami")
    assert [loc["kommune_nr"] for loc in record["locations"]] == ["5612"]
    assert record["start_term"] == "2024-host"


# 12. Courses set up in a term start then; the semester fee beside a nynorsk study fee does not hide it.
def test_courses_set_up_in_a_term_start_then():
    record = _record("<h1>Etterutdanningskurs i samfunnskunnskap</h1><p>Et kurs uten studiepoeng for lærere.</p>"
                     "<p>Høsten 2020 setter vi opp nye kurs.</p>")
    assert record["start_term"] == "2020-host"
    # trap: set up in a term, denied
    record = _record("<h1>Etterutdanningskurs i samfunnskunnskap</h1><p>Et kurs uten studiepoeng for lærere.</p>"
                     "<p>Høsten 2020 setter vi ikke opp nye kurs.</p>")
    assert record["start_term"] is None


def test_a_nynorsk_study_fee_beside_the_semester_fee():
    record = _record("<h1>Norsk 1 for 1.-7. årstrinn</h1><p>Vidareutdanning (bachelornivå)</p><p>Studiet gir 30 "
                     "studiepoeng og går på deltid.</p><p>Studieavgifta er kr 10 000 (kr 5 000 for kvart emne); "
                     "semesteravgift kjem i tillegg.</p><h2>Opptakskrav</h2><p>Fullført lærarutdanning.</p>",
                     "https://www.hivolda.no/studietilbod/norsk-1")
    assert record["price_nok"] == 10000


# 13. The electric current and demonstrations on video are no teaching by video.
@pytest.mark.parametrize("text, codes", [
    ("Elkraft favner hele veien fra strømmen produseres til den forbrukes.", []),
    ("På kurset lærer du metoden gjennom teori, demonstrasjoner på video og praktisk trening.", []),
    # traps: lectures streamed, teaching by video
    ("Forelesningene strømmes.", ["video"]),
    ("Undervisningen skjer på video fra Oslo.", ["video"]),
])
def test_the_current_and_demonstrations_on_video(text, codes):
    assert normalise.delivery(text) == codes


# 14. Starts: a date range after "starter", the first run opening its sentence, the first part or day with its date.
_COURSE = ("<h1>Utviklingsverksted for kommuner</h1><p>Et kurs uten studiepoeng for ledere i helse- og "
           "omsorgstjenesten.</p><h2>Målgruppe</h2><p>Ledere i kommunene.</p><h2>Pris</h2><p>Kurset koster kr 4000.</p>")


@pytest.mark.parametrize("line, term", [
    ("<p>Verkstedet varer i to år og starter 23.–24. august 2023.</p>", "2023-host"),
    ("<p>Akademiet er for unge kvinner. Første gang er i juni 2017, på Øland.</p>", "2017-var"),
    ("<ul><li>Del I: 12.-14. november 2021 på Klækken hotell</li><li>Del II: praksis i eget fylke</li></ul>", "2021-host"),
    ("<p>Dag 1 er 21. mars 2023 (kl. 9.30-15.30), dag 2 er 28. mars 2023.</p>", "2023-var"),
])
def test_a_start_by_its_first_date(line, term):
    assert _record(_COURSE + line)["start_term"] == term


@pytest.mark.parametrize("line", [
    "<p>Planen bygger på en studieplan som styret godkjente første gang 1. april 2003.</p>",
    "<p>Del I var 12.-14. november 2019, og det var fullt.</p>",
])
def test_an_approval_or_a_past_first_part_is_no_start(line):
    assert _record(_COURSE + line)["start_term"] is None


# 15. A sub-page's title names its study: "Opptakskrav for Erfaringsbasert master i …" is a master's page, and
# studies in the plural in its admission rules ("videreutdanninger regnes med") are not its kind.
def test_a_sub_pages_title_names_its_degree():
    assert normalise.level_and_kind("", "Opptakskrav for Erfaringsbasert master i etterforskning") == ("master", "degree")
    assert normalise.level_and_kind("", "Admission requirements for the Master of Public Health") == ("master", "degree")
    # trap: a sub-page of a further education, a degree's module
    assert normalise.level_and_kind("", "Opptakskrav for videreutdanning i ledelse")[1] == "single_course"
    assert normalise.level_and_kind("", "Master i ledelse - modul 3")[1] == "single_course"
    record = _record("<h1>Opptakskrav for Erfaringsbasert master i etterforskning</h1><p>Du må ha en av disse "
                     "utdanningene:</p><ul><li>Bachelorgrad i politifag</li><li>2-årig politiutdanning pluss minst 60 "
                     "studiepoeng (videreutdanninger regnes med)</li></ul>",
                     "https://www.phs.no/studietilbud/master/opptakskrav-erfaringsbasert-master-i-etterforskning/")
    assert (record["kind"], record["level"]) == ("degree", "master")


# 16. Work named as such is experience: "to år med relevant arbeid", "minst 1 år i sykepleierjobb".
@pytest.mark.parametrize("text, years", [
    ("I tillegg kreves minst 2 år med relevant arbeid med barn som er alvorlig syke.", 2),
    ("Bachelorgrad i sykepleie og autorisasjon, dessuten minst 1 år i sykepleierjobb.", 1),
    ("Applicants need a bachelor's degree and two years of relevant work.", 2),
    # traps: a study's length beside a job, work on a thesis
    ("Studiet varer 2 år i tillegg til jobb.", None),
    ("Studiet tar to år med arbeid på masteroppgaven.", None),
])
def test_work_named_as_such_is_experience(text, years):
    assert normalise.admission(text)["admission_experience_years"] == years


# 17. Free parking is no free course; only the semester fee means no study fee; free for those with a right to it is
# not free for all.
@pytest.mark.parametrize("text, price", [
    ("Parkeringen er gratis.", None),
    ("Du betaler bare semesteravgiften; studieavgift kommer ikke i tillegg.", 0),
    ("Rett og plikt til 600 gratis timar norskopplæring har:", None),
    ("Alle kan vere med, anten dei har rett til gratis opplæring eller betaler sjølve.", None),
    # traps: the course said free; free parking beside the price
    ("Kurset er gratis.", 0),
    ("Gratis parkering. Kurset koster kr 2000.", 2000),
])
def test_free_parking_semester_fee_only_and_a_right_to_free_tuition(text, price):
    assert normalise.price_nok(text) == price


# 18. The review of this round's rules: each finding's input, now read as a careful reader would.
@pytest.mark.parametrize("text, years", [
    ("Bachelor i helsefag eller tilsvarende med minst 2 års relevant praksis.", 2),    # joined by "med", no alternative
    ("A relevant bachelor's degree or equivalent with 2 years of experience.", 2),
    ("Du må ha ett av disse fagbrevene: helsearbeiderfaget; barne- og ungdomsarbeiderfaget; I tillegg må du ha minst to "
     "års relevant praksis.", 2),                                                   # shared after the list
    ("You must meet one of the following requirements: 1. a trade certificate 2. at least five years of relevant "
     "experience", None),                                                           # English lead
    ("Du må oppfylle en av disse: 1. fagbrev 2. minst fem års relevant praksis", None),
])
def test_review_experience_routes(text, years):
    assert normalise.admission(text)["admission_experience_years"] == years


def test_review_general_admission_and_degrees():
    # a degree in another sentence (a quota for those who hold one) does not replace general admission
    text = ("Opptak til bachelorprogrammet krever generell studiekompetanse. Søkere som allerede har en bachelorgrad, "
            "rangeres i egen kvote.")
    assert normalise.admission(text)["admission_education"] == "generell_studiekompetanse"
    # general admission required as well, beside a degree
    text = "Bachelorgrad i et relevant fag. Utenlandsk utdanning: generell studiekompetanse må også være oppfylt."
    assert normalise.admission(text)["admission_education"] == "bachelor"


@pytest.mark.parametrize("text, codes", [
    ("Kurset er ikke kun på nett; det har også to samlinger på campus.", ["nett", "samling"]),
    ("This is not a purely online course.", ["nett"]),
    ("Det er ikke mulig å følge undervisningen på nett.", []),
    ("Undervisningen tilbys ikke digitalt.", []),
    ("Hver uke får du en video med forelesning og oppgaver.", ["video"]),
    ("Alle forelesninger legges ut som opptak på video.", ["video"]),
    ("Kurset gir innsikt i strømmarkedet og nettleie.", []),
])
def test_review_delivery(text, codes):
    assert normalise.delivery(text) == codes


@pytest.mark.parametrize("line, term", [
    ("<p>Kurset starter 5. og 6. september 2024.</p>", "2024-host"),
    ("<p>Kurset starter 30. september–1. oktober 2024.</p>", "2024-host"),
    ("<p>Kurset starter 23.08.–24.08.2023.</p>", "2023-host"),
    ("<p>Første gang emnet ble gitt, våren 2018, fikk det gode evalueringer.</p>", None),
    ("<p>Vi arrangerer informasjonsmøte om studiet 15. mars 2024.</p>", None),
    ("<p>Vi arrangerer dessverre ikke kurset våren 2025.</p>", None),
    ("<p>Modulen er ferdig til eksamen i juni 2025.</p>", None),
    ("<p>Modul 1 – eksamen 3. juni 2025</p>", None),
])
def test_review_starts(line, term):
    assert _record(_COURSE + line)["start_term"] == term


@pytest.mark.parametrize("line, pace", [
    ("<p>Studiet er tilrettelagt for studenter på deltid.</p>", True),
    ("<p>Deltidsstudenter har krav på veiledning.</p>", None),
    ("<p>Heltidsstudenter søker gjennom SøknadsWeb; den som vil ta studiet på deltid, søker VID.</p>", True),
])
def test_review_pace(line, pace):
    assert _record(_COURSE + line)["part_time"] is pace


def test_review_labels_and_titles():
    # a meeting label that names no place gives way to the sentence that does; "Study places" is a number of seats
    for box in ("<dt>Oppmøte</dt><dd>Obligatorisk</dd>", "<dt>Study places</dt><dd>30</dd>"):
        record = _record(f"{_COURSE}<h2>Praktisk</h2><dl>{box}</dl><p>Undervisningen foregår i Bergen.</p>")
        assert [loc["kommune_nr"] for loc in record["locations"]] == ["4601"], box
    # a figure after "hvorav" is the part's, the one before it the whole
    assert _record("<h1>Ledelse</h1><p>Studiet er på 60 studiepoeng hvorav 15 studiepoeng er praksis.</p>"
                   )["credits_max"] == 60
    # a sub-page of many programmes names no degree
    assert normalise.level_and_kind("", "Opptak til masterprogrammene ved fakultetet") == (None, None)


# 19. Following a credit-bearing study without credits, as an option, does not make it a course without credits.
@pytest.mark.parametrize("sentence", [
    "Har du ikke formell kompetanse, eller vil du ikke ta eksamen, kan du følge studiet som etterutdanning uten "
    "studiepoeng.",
    "You can also attend the course without credits.",
])
def test_an_option_without_credits_is_not_the_offers_kind(sentence):
    assert normalise.no_credits_said(sentence) is None
    record = _record("<h1>Tingenes internett</h1><p>Studiet går på deltid over ett semester.</p><h2>Opptakskrav"
                     f"</h2><p>Generell studiekompetanse.</p><p>{sentence}</p>",
                     "https://www.hiof.no/studier/programmer/tingenes-internett/opptak/")
    assert record["kind"] != "non_credit" and record["credits_max"] != 0


def test_a_course_without_credits_said_plainly():
    assert normalise.no_credits_said("Kurset gir ikke studiepoeng.") == "gir ikke studiepoeng"
    assert normalise.no_credits_said("Dette er et kurs uten studiepoeng.") == "uten studiepoeng"
