"""Issue 13, thirteenth round: delivery, places and part time read from the text of course pages.

Each rule has a test on lines or a small page written here, with the trap it guards against."""

from __future__ import annotations

import pytest

from crawler import prose
from crawler.blocks import Line
from domain import normalise
from tests.helpers import crawled_record as _record


def _delivery(*texts: str) -> list[str]:
    fact = prose.delivery([Line(t, "text") for t in texts])
    return normalise.delivery(fact.raw) if fact else []


# -- online, but not the teaching ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "International applicants can apply online between 1 October and 1 December.",
    "All documents go into the university's online application portal.",
    "Earlier theses of the faculty can be read online.",
    "Avgiften dekker undervisningen, tilgang til læremidler på nett og eksamen.",
    "I tillegg kommer digitalt læringsstoff mellom samlingene.",
    "Du søker på nett innen 15. april.",
])
def test_applying_or_reading_online_is_no_online_teaching(sentence):
    assert "nett" not in normalise.delivery(sentence)


@pytest.mark.parametrize("sentence", [
    "Teaching is online, with live lectures every week.",
    "Studiet er nettbasert.",
    "Undervisningen foregår på nett.",
])
def test_online_teaching_is_still_online(sentence):
    assert "nett" in normalise.delivery(sentence)


# -- taught on the web, digitally, remotely, by e-learning ----------------------------------

@pytest.mark.parametrize("sentence, codes", [
    ("Studiet foregår på nett og er laget for å tas ved siden av jobb.", ["nett"]),
    ("Du studerer på deltid, på nett og med fast framdrift.", ["nett"]),
    ("Den siste samlinga kan følgjast digitalt.", ["nett", "samling"]),
    ("Ein del av undervisninga går digitalt.", ["nett"]),
    ("Den andre samlinga er heilt digital.", ["nett", "samling"]),
    ("You can study partly on campus and partly remotely.", ["campus", "nett"]),
    ("Dette e-læringskurset tar om lag fem timer.", ["nett"]),
])
def test_teaching_on_the_web_is_read_from_a_sentence(sentence, codes):
    assert _delivery(sentence) == codes


def test_a_course_about_meetings_offered_digitally_is_no_teaching_verb():
    """"møteledelse tilbys digitalt": 'møte' is part of the course's subject, not the teaching."""
    assert _delivery("Kurs i møteledelse tilbys digitalt 5. desember.") == []


# -- counted sessions of days ----------------------------------------------------------------

def test_counted_sessions_of_days_are_gatherings():
    assert normalise.delivery("Taught part-time, with eight sessions of three days each.") == ["samling"]
    assert normalise.delivery("The course has two sessions per week.") == []    # no days: not gatherings


# -- places ----------------------------------------------------------------------------------

def _places(*texts: str, section: str = "") -> list[str]:
    from domain.places import resolve_place
    fact = prose.locations([Line(t, "text", section=section) for t in texts], resolve_place)
    return fact.raw.split("; ") if fact else []


def test_every_place_of_a_choice_of_gathering_places():
    """The words before the places ignore case, the places do not: "Bodø eller" is no place name."""
    assert _places("Du velger om du vil ha samlingene i Trondheim, Bodø eller Tromsø.") == \
        ["Trondheim", "Bodø", "Tromsø"]
    assert _places("Undervisningen holdes i enten Bergen eller Oslo.") == ["Bergen", "Oslo"]


def test_a_campus_line_and_a_place_said_to_be_the_study_place():
    assert _places("Campus Tromsø") == ["Tromsø"]
    assert _places("Førde er samlingsstaden for studentane frå heile fylket.") == ["Førde"]
    assert _places("Bergen is the venue of all sessions.") == ["Bergen"]


def test_lodging_for_the_gatherings_names_their_town():
    """Among the costs: "Accommodation in Bergen" says where the sessions are; a contact box does not."""
    assert _places("The tuition fee is NOK 85 000.", "Accommodation and evening meals in Bergen, about NOK 6 000.",
                   section="Tuition fee and costs") == ["Bergen"]
    assert _places("Room and dinners in Bergen/Oslo, if wanted: NOK 2,400 per session.") == ["Bergen", "Oslo"]
    assert _places("Overnatting i Molde kan bestilles hos oss.", section="Kontakt oss") == []
    assert _places("Studiet koster 20 000 kroner i Bergen.") == []       # no lodging: not a place of teaching


# -- part time -------------------------------------------------------------------------------

def _pace(*texts: str):
    fact = prose.part_time([Line(t, "text") for t in texts])
    return normalise.part_time(fact.raw) if fact else None


@pytest.mark.parametrize("sentence", [
    "Studiet er tilpasset deg som er i jobb, og all undervisning skjer på samlinger.",
    "The programme is designed for people in work.",
    "To emner i semesteret tilsvarer halv studieprogresjon.",
    "Attendance is compulsory, so agree with your employer in advance on leave for the sessions.",
])
def test_a_study_made_for_people_in_work_is_part_time(sentence):
    assert _pace(sentence) is True


def test_leave_for_the_sessions_names_gatherings():
    assert normalise.delivery("Agree with your employer on leave for the sessions and the exam.") == ["samling"]


def test_years_of_full_time_work_are_no_full_time_study():
    """An applicant's work counted in full-time years is not the pace; a full-time study still is."""
    assert _pace("Added up, it must come to 4 years full-time; someone who has worked half time needs 8.") is None
    assert _pace("The programme is taught full-time over two years.") is False


# -- delivery from the title, from gatherings named among admission or costs, weekly days ----

def test_the_title_names_the_teaching_form():
    html = ("<main><h1>Psykisk helsearbeid (nettbasert)</h1><p>Fagskoleutdanning for helsearbeidere.</p>"
            "<h2>Studiepoeng</h2><p>60 studiepoeng</p><p>Studiet går på deltid over to år.</p></main>")
    assert _record(html)["delivery"] == ["nett"]
    assert _delivery("Kurset tar om lag fem timer.") == []
    lines = [Line("Digitalt kurs – førerkortvurdering", "heading", level=1), Line("Kurset har to moduler.", "text")]
    assert normalise.delivery(prose.delivery(lines).raw) == ["nett"]


def test_gatherings_said_only_among_admission_or_costs():
    """A page that names its gatherings only in the admission rules or among the costs has gatherings; other
    teaching words there ("søk på nett") still say nothing."""
    lines = [Line("Programmet er for toppledere.", "text", section="Opptak"),
             Line("Oppmøte er obligatorisk, og alle skal delta aktivt på samlingene.", "text", section="Opptak"),
             Line("Søknaden sendes på nett.", "text", section="Opptak")]
    assert normalise.delivery(prose.delivery(lines).raw) == ["samling"]
    assert prose.delivery(lines[:1] + lines[2:]) is None


@pytest.mark.parametrize("text", ["Vurder kva metode for datainnsamling som passar.", "Vedtatt av generalforsamlingen."])
def test_a_collection_or_an_assembly_is_no_gathering(text):
    assert normalise.delivery(text) == []


def test_a_fixed_weekly_teaching_day_is_campus_teaching():
    assert _delivery("Deltidsstudium over 2 år. Undervisning ein fast dag i veka, på dagtid.") == ["campus"]
    assert _delivery("Du må rekne med å arbeide to dagar i veka med oppgåver.") == []


@pytest.mark.parametrize("text, codes", [
    ("Tuesdays and Thursdays 17:00 - 19:30", ["kveld"]),
    ("Undervisning tirsdager kl. 18.00–20.30 i høstsemesteret.", ["kveld"]),
    ("Kvar onsdag 17.30-20.00 frå september.", ["kveld"]),
    ("Mandag 21. april kl. 17.00–19.00: middag og sosialt samvær.", []),      # one day's agenda, not weekly
    ("Tirsdager kl. 09.00–15.00 i uke 35 og 36.", []),                        # daytime
])
def test_weekdays_with_a_late_afternoon_time_are_evening_classes(text, codes):
    assert _delivery(text) == codes


def test_a_place_in_a_strip_of_key_facts():
    strip = [Line(t, "item") for t in ("Studielengde, les teksten", "Oslo", "Støttet av Lånekassen",
                                       "Søknadsfrist 15.04.2018", "90 studiepoeng")]
    assert _places_of(strip) == ["Oslo"]
    assert _places_of([Line("Videreutdanning | Bergen | Deltid | 2 år", "text")]) == ["Bergen"]
    # a list of places without any course fact is no strip of key facts (campuses of the institution)
    assert _places_of([Line(t, "item") for t in ("Oslo", "Bergen", "Stavanger")]) == []


def _places_of(lines: list[Line]) -> list[str]:
    from domain.places import resolve_place
    fact = prose.locations(lines, resolve_place)
    return fact.raw.split("; ") if fact else []


def test_reading_more_online_is_no_online_teaching():
    assert normalise.delivery("Les mer om studiet på nett.") == []
    assert normalise.delivery("Informasjonen ligger på nett.") == []
    assert normalise.delivery("Undervisningen finner sted digitalt.") == ["nett"]   # teaching, not reading


def test_content_taught_online_is_online_teaching():
    assert normalise.delivery("Innholdet i studiet undervises på nett.") == ["nett"]


def test_an_institution_s_name_is_no_place_of_teaching():
    from domain.places import resolve_place
    said = _places("Studiet er en fellesgrad fra NTNU, Høgskolen i Molde og Høgskulen i Volda.",
                   "All undervisning foregår ved NTNU i Ålesund.")
    assert [resolve_place(p)["kommune"] for p in said] == ["Ålesund"]


def test_a_campus_at_an_institution_names_its_town():
    assert _places("85 hours of teaching in all, every one of them on campus at the University of Stavanger.") == \
        ["Stavanger"]


def test_the_venue_after_the_date_in_a_short_course_s_title():
    lines = [Line("Kurs for styreledere, 21.-22. april 2020, Quality Hotel Bergen", "heading", level=1),
             Line("Vi starter med lunsj.", "text")]
    assert _places_of(lines) == ["Quality Hotel Bergen"]
    undated = [Line("Kurs for styreledere, Bergen", "heading", level=1), Line("Vi starter med lunsj.", "text")]
    assert _places_of(undated) == []                 # no date: the words after a comma are no venue


def test_a_school_s_branch_names_its_town():
    assert _places("Fagskulen i Sogn og Fjordane, avdeling Førde, har utdanninga på deltid.") == ["Førde"]


@pytest.mark.parametrize("text, codes", [
    ("Teaching is gathered in about 4 block weeks each semester.", ["samling"]),
    ("Courses are taught in blocks so that people in work can take them.", ["samling"]),
    # attendance in person that the gatherings explain is no campus teaching …
    ("You study partly in person and partly remotely; courses are taught in blocks.", ["nett", "samling"]),
    ("Teaching mixes campus sessions with online learning, and courses run in blocks.", ["nett", "samling"]),
    # … but weekly teaching on campus beside the gatherings still is, and in person without gatherings too
    ("Undervisning to dager i uka på campus, og tre samlinger i Oslo.", ["campus", "samling"]),
    ("The course is taught in person.", ["campus"]),
])
def test_blocks_are_gatherings_and_attending_them_in_person_is_no_campus_teaching(text, codes):
    assert normalise.delivery(text) == codes


def test_gatherings_the_students_take_in_a_choice_of_towns():
    assert _places("I tillegg kommer tre regionale samlinger, som studentene tar i enten Tromsø, Bodø eller Oslo.") == \
        ["Tromsø", "Bodø", "Oslo"]


def test_a_title_about_video_or_naming_a_campus_gives_no_teaching_form():
    for title in ("Videoveiledning i barnehagen", "Campus Kristiansand: ledelse i skolen"):
        lines = [Line(title, "heading", level=1), Line("Kurset har to moduler.", "text")]
        assert prose.delivery(lines) is None


def test_a_full_time_and_a_part_time_label_mean_both_ways():
    """Point limits per pace ("Heltid 2,78", "Deltid 2,92"): offered both ways, so part time; one label alone is that pace."""
    both = ("<main><h1>Psykisk helsearbeid</h1><h2>Studiepoeng</h2><p>60 studiepoeng</p>"
            "<dl><dt>Heltid</dt><dd>2,78</dd><dt>Deltid</dt><dd>2,92</dd></dl></main>")
    assert _record(both)["part_time"] is True
    assert _record(both.replace("<dt>Deltid</dt><dd>2,92</dd>", ""))["part_time"] is False


def test_a_study_that_takes_its_starting_point_in_a_town_s_plan_is_not_taught_there():
    assert _places("Studiet tar utgangspunkt i Bergen kommunes plan for helse og omsorg.") == []


def test_an_exam_or_a_hand_in_held_online_is_no_online_teaching():
    """'Eksamen gjennomføres digitalt' (a home exam) says nothing of the teaching; named with the teaching it does."""
    assert _delivery("Eksamen gjennomføres digitalt.") == []
    assert _delivery("Undervisning og eksamen gjennomføres digitalt.") == ["nett"]
    assert _delivery("Forelesningene går digitalt via Zoom.") == ["nett"]          # Zoom as the digital teaching's room (round 15)
    assert _delivery("Forelesningene strømmes via Zoom.") == ["video"]


def test_english_or_joins_a_choice_of_places():
    assert _places("Sessions are held in either Bergen or Oslo.") == ["Bergen", "Oslo"]


def test_taking_in_or_along_is_no_verb_of_where_teaching_happens():
    """'tar inn studenter', 'tar med seg' (whom a programme admits, what students bring) name no place of
    teaching; 'studentene tar i enten Tromsø …' still does."""
    assert _places("Programmet tar inn studenter hvert år i Trondheim.") == []
    assert _places("Studentene tar med seg erfaringer fra arbeid i Oslo.") == []
    assert _places("Tre samlinger, som studentene tar i enten Tromsø eller Bergen.") == ["Tromsø", "Bergen"]


def test_a_menu_with_one_pace_word_is_no_strip_of_facts():
    """A strip of a study's facts names two facts at least beside the place; a menu's 'Deltid' is one."""
    menu = [Line(t, "item") for t in ("Om oss", "Bergen", "Oslo", "Deltid")]
    assert _places_of(menu) == []
    strip = [Line(t, "item") for t in ("Deltid", "Oslo", "Søknadsfrist 15.04.2018", "90 studiepoeng")]
    assert _places_of(strip) == ["Oslo"]


def test_a_pace_label_that_says_no_is_not_read_with_the_other():
    """'Heltid: Ja' and 'Deltid: Nei' is full time (both labels read together made it part time); the pace
    said yes to is the one."""
    page = ("<main><h1>Psykisk helsearbeid</h1><h2>Studiepoeng</h2><p>60 studiepoeng</p>"
            "<dl><dt>Heltid</dt><dd>{}</dd><dt>Deltid</dt><dd>{}</dd></dl></main>")
    assert _record(page.format("Ja", "Nei"))["part_time"] is False
    assert _record(page.format("Nei", "Ja"))["part_time"] is True
    assert _record(page.format("2,78", "2,92"))["part_time"] is True


def test_resources_reached_or_work_done_remotely_is_no_online_teaching():
    assert normalise.delivery("You can access the library remotely.") == []
    assert normalise.delivery("Students can work remotely on their assignments.") == []
    assert normalise.delivery("Lectures can be followed remotely.") == ["nett"]


def test_people_working_with_a_group_are_not_people_in_work():
    """'i arbeid med barn' (working with children) says whom a study is for, not that they study beside a job."""
    assert _pace("Studiet er tilrettelagt for personer i arbeid med barn og unge.") is None
    assert _pace("Designed for people in work with older adults.") is None
    assert _pace("Studiet er tilpasset deg som er i jobb.") is True


def test_a_department_named_to_contact_is_no_place_of_teaching():
    assert _places("Kontakt avdeling Bergen for spørsmål om studiet.") == []
    assert _places("Fagskulen i Sogn og Fjordane, avdeling Førde.") == ["Førde"]


def test_a_place_sharing_its_item_with_the_teaching_form_in_a_strip_of_facts():
    """A strip's item may hold the teaching form and the place ("Nettbasert, Bergen"), and the strip may write its
    facts in words ("To semester", "Høst 2024", "30 (15 + 15) studiepoeng")."""
    strip = [Line(t, "item") for t in ("Nettbasert, Bergen", "Videreutdanning, deltid, samlingsbasert",
                                       "30 (15 + 15) studiepoeng", "To semester", "Høst 2024")]
    assert _places_of(strip) == ["Bergen"]
    assert _places_of([Line("Bergen, Stavanger | Deltid | To år | Høst 2025", "text")]) == ["Bergen", "Stavanger"]
    # traps: a menu beside one pace word and a term is still no strip; a list of campuses neither
    assert _places_of([Line(t, "item") for t in ("Om oss, Bergen", "Oslo", "Deltid")]) == []
    assert _places_of([Line(t, "item") for t in ("Oslo, Bergen", "Stavanger", "Tromsø")]) == []


@pytest.mark.parametrize("title, places", [
    ("Barnehagelærerutdanning med vekt på ledelse, deltid i Kristiansund", ["Kristiansund"]),
    ("Studieplan for Barnehagelærerutdanning, deltid Kristiansund 2024-28", ["Kristiansund"]),
    ("Videreutdanning i psykisk helsearbeid - Tromsø", ["Tromsø"]),
    ("Programme for School Leadership Stavanger municipality", ["Stavanger"]),
    # traps: the institution's name, a topic word after "i", a place inside the title, no place at all
    ("Erfaringsbasert master i helseledelse - Universitetet i Bergen", []),
    ("Videreutdanning ved Høgskulen i Volda", []),
    ("Ledelse i praksis", []),
    ("Lederutvikling for Helse Bergen", []),
    ("Bergen og omegn: ledelse i helsetjenesten", []),
])
def test_a_place_ending_a_studys_title(title, places):
    """A page per campus may name its place only in the title; read only when nothing else names one."""
    lines = [Line(title, "heading", level=1), Line("Studiet gir 30 studiepoeng og går på deltid.", "text")]
    assert _places_of(lines) == places
    # a place the page states in a sentence wins over the title's
    lines.append(Line("Samlingene holdes i Bodø.", "text"))
    assert _places_of(lines) == (["Bodø"])


def test_a_place_after_a_bare_comma_ending_the_title_is_still_no_venue():
    lines = [Line("Kurs for styreledere, Bergen", "heading", level=1), Line("Kurset gir 5 studiepoeng.", "text")]
    assert _places_of(lines) == []


def test_terms_beside_a_place_are_no_strip_of_facts():
    """A plan's semesters ("Høst 2024 | Vår 2025") count as one fact at most: beside a place they make no strip."""
    assert _places_of([Line("Høst 2024 | Vår 2025 | Oslo", "text")]) == []
    assert _places_of([Line("Høst 2024 | Deltid | Oslo", "text")]) == ["Oslo"]


@pytest.mark.parametrize("text, codes", [
    ("Samlingene i live-klasserom holdes i Zoom.", ["samling", "video"]),
    ("Du må være til stede i det digitale klasserommet.", []),
    ("Undervisningen skjer i virtuelle klasserom.", []),
    # the trap: a classroom on site is campus teaching
    ("Undervisningen foregår i klasserommet på skolen.", ["campus"]),
    ("Kurset har undervisning i klasserom og på nett.", ["campus", "nett"]),
])
def test_a_classroom_online_is_no_campus(text, codes):
    assert normalise.delivery(text) == codes


@pytest.mark.parametrize("sentence, pace", [
    ("Depending on the specialisation, it is taken full-time in two years or part-time in three or four.", None),
    ("Some specialisations run full-time over two years, others part-time over three or four years.", None),
    ("Avhengig av studieretning går studiet på heltid eller deltid.", None),
    # traps: one study's own choice of pace, and one pace beside the others' word
    ("You may study full-time or part-time, partly in person and partly remotely.", "deltid"),
    ("Normert tid er 4 år på deltid, eller 2 år på heltid.", "deltid"),
    ("Studiet går på deltid, i motsetning til de andre masterprogrammene.", "deltid"),
])
def test_the_paces_of_other_specialisations_decide_neither(sentence, pace):
    fact = prose.part_time([Line(sentence, "text")])
    assert (fact.raw if fact else None) == pace


# -- round 15: Zoom as the digital teaching's room, gatherings on campus, an image's file name ----------

@pytest.mark.parametrize("text, codes", [
    ("Undervisningen går digitalt på Zoom.", ["nett"]),
    ("Studiet starter digitalt på Zoom 18. august.", ["nett"]),
    ("Gruppemøter i Zoom mellom samlingene.", ["nett", "samling"]),
    ("Weekly group meetings on Zoom.", ["nett"]),
    # traps: live sessions held in Zoom, and streaming, are video
    ("Samlingene i live-klasserom holdes i Zoom.", ["samling", "video"]),
    ("Forelesningene sendes på Zoom.", ["video"]),
    ("Undervisningen strømmes digitalt.", ["nett", "video"]),
])
def test_zoom_said_of_digital_teaching_or_meetings_is_online(text, codes):
    assert normalise.delivery(text) == codes


@pytest.mark.parametrize("text, codes", [
    ("Studiet er lagt opp med samlinger på campus i Trondheim.", ["samling"]),
    ("Samlingene holdes på campus i Bergen.", ["samling"]),
    ("The study sessions are held on campus in Bodø.", ["samling"]),
    ("Programmet hører til campus Mo i Rana, men samlingene holdes rundt på Helgeland.", ["samling"]),
    # traps: teaching on campus besides the gatherings, and campus teaching alone
    ("Studiet har samlinger og ukentlig undervisning på campus.", ["campus", "samling"]),
    ("Undervisningen foregår på campus i Bergen.", ["campus"]),
    ("Programmet hører til campus Mo i Rana.", ["campus"]),
])
def test_gatherings_on_campus_are_gatherings(text, codes):
    assert normalise.delivery(text) == codes


def test_an_image_file_name_names_no_teaching_form():
    assert normalise.delivery("campus+elverum.jpg Undervisningen går på nett.") == ["nett"]
    assert normalise.delivery("nettstudier_banner.png Kurset har tre samlinger.") == ["samling"]
    # the trap: the word itself still counts
    assert normalise.delivery("Undervisningen går på campus.") == ["campus"]


@pytest.mark.parametrize("title, places", [
    ("Studieplan - Sjukepleie, bachelorstudium, deltid, Førde", ["Førde"]),
    ("Vernepleie, heltid, Bodø 2024", ["Bodø"]),
    ("BARNEHAGELÆRARUTDANNING I VOLDA", ["VOLDA"]),             # the record resolves it to Volda
    # traps: a bare comma, an institution in capitals, a topic in capitals, a numbered part
    ("Kurs for styreledere, Bergen", []),
    ("VIDEREUTDANNING VED HØGSKULEN I VOLDA", []),
    ("LEDELSE I PRAKSIS", []),
    ("Helseledelse del I", []),
])
def test_a_place_after_the_pace_and_a_comma_or_in_a_title_in_capitals(title, places):
    lines = [Line(title, "heading", level=1), Line("Studiet gir 30 studiepoeng.", "text")]
    assert _places_of(lines) == places


@pytest.mark.parametrize("sentence, pace", [
    ("Full-time students should expect 40 hours of work per week through the study year.", None),
    ("Et heltidsstudium er normert til 40 timer i uka.", None),
    ("Du må regne med 37,5 timer i uka som heltidsstudent.", None),
    # traps: the teaching's hours beside the pace, and the pace alone
    ("The programme is full-time, with teaching 12 hours a week.", False),
    ("Studiet går på heltid over to år.", False),
])
def test_the_weekly_hours_of_full_time_study_are_no_pace(sentence, pace):
    assert _pace(sentence) is pace


@pytest.mark.parametrize("text, codes", [
    ("Undervisning éin fast dag i veka, på dagtid.", ["campus"]),
    ("Undervisning én dag per uke.", ["campus"]),
    # traps: a day without teaching, one gathering's day
    ("Undervisningsfri én dag i uka.", []),
    ("Samlingen varer én dag.", ["samling"]),
])
def test_one_stressed_teaching_day_a_week_is_campus_teaching(text, codes):
    assert normalise.delivery(text) == codes


def test_a_district_named_in_its_town_is_the_town():
    """A place value naming a street and a district in its town: the town ("på Majorstuen i OSLO")."""
    from domain.records import place_in
    assert place_in("Gydas vei 8 på Majorstuen i OSLO")["kommune_nr"] == "0301"
    assert place_in("Campus Mørkved i Bodø")["kommune_nr"] == "1804"
    # traps: a whole name that resolves stays whole, and a district in no known place is none
    assert place_in("Mo i Rana")["kommune_nr"] == "1833"
    assert place_in("Senteret på Nordre i Vest") is None
    # the trap: an institution named after its town is no place
    assert place_in("Universitetet i Bergen") is None


@pytest.mark.parametrize("sentence, codes", [
    ("Undervisninga er samla på tre dagar, og emnet varer eitt semester.", ["samling"]),
    ("Undervisningen er samlet i to uker.", ["samling"]),
    ("Undervisningen blir samlet over fire dager.", ["samling"]),
    # traps: an assessment or a compendium gathered, not the teaching
    ("Undervisningen er samlet vurdert til bestått.", []),
    ("Undervisninga er samla i eit kompendium.", []),
])
def test_teaching_gathered_into_a_few_days_is_gatherings(sentence, codes):
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("sentence, codes", [
    ("Undervisningen veksler mellom klasserom, gruppearbeid og veiledning.", ["campus"]),
    # the trap: the classroom where the students try out what they learn
    ("Målet er verktøy som prøves ut både i og utenfor klasserommet.", []),
])
def test_teaching_in_a_classroom_is_read(sentence, codes):
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("sentence, codes", [
    ("The programme is organised as seven sessions of three days.", ["samling"]),
    ("The course runs as 4 residential sessions in Oslo.", ["samling"]),
    ("The programme is organised as seven sessions.", ["samling"]),
    # traps: weekly classes, and sessions not counted
    ("There are two sessions a week on campus.", ["campus"]),
    ("Participants are expected to come to the sessions.", []),
])
def test_sessions_counted_in_english_are_gatherings(sentence, codes):
    assert _delivery(sentence) == codes


def test_a_county_label_holds_the_town():
    """A catalogue's county label with the town as its value ("Trøndelag: Steinkjer") names the place."""
    from crawler.facts import label_keys
    page = ("<main><h1>Demensomsorg</h1><dl><dt>Studiepoeng</dt><dd>30</dd><dt>Oppstart</dt><dd>2. september 2024</dd>"
            "<dt>Trøndelag</dt><dd>Steinkjer</dd></dl><p>Kurset går på deltid over to semestre.</p></main>")
    assert [p["kommune_nr"] for p in _record(page)["locations"]] == ["5006"]
    assert label_keys("Møre og Romsdal") == ("locations",)
    # the trap: a town that is a county as well is no label
    assert label_keys("Oslo") is None


@pytest.mark.parametrize("text, codes", [
    ("Feltkurs foregår andre steder enn på campus.", []),
    ("Praksis foregår utanfor campus.", []),
    ("Fieldwork takes place off campus.", []),
    # the trap: campus teaching named beside it
    ("Undervisningen foregår på campus og i praksis utenfor campus.", ["campus"]),
])
def test_teaching_away_from_campus_is_no_campus_teaching(text, codes):
    assert normalise.delivery(text) == codes


def test_a_study_places_section_with_a_label_per_place():
    """'Studiesteder' over one label per place with its weeks ("Bergen: uke 35 – 51", "Alta: uke 2 – 20"): all
    the places, not the first line of the section."""
    page = ("<main><h1>Veiledning</h1><p>Modulen gir 10 studiepoeng og går på deltid.</p><h2>Studiesteder</h2>"
            "<dl><dt>Bergen</dt><dd>uke 35 – 51 i 2026</dd></dl><p>Samlingene kan flyttes ved behov.</p>"
            "<dl><dt>Alta</dt><dd>uke 2 – 20 i 2027</dd><dt>Hønefoss</dt><dd>uke 2 – 20 i 2027</dd></dl>"
            "<h2>Organisering</h2><p>Du følger undervisningen på nett.</p></main>")
    assert sorted(p["kommune_nr"] for p in _record(page)["locations"]) == ["3305", "4601", "5601"]
    # the trap: one place label is no list of places; the section's text is read as before
    one = ("<main><h1>Veiledning</h1><p>Modulen gir 10 studiepoeng og går på deltid.</p><h2>Studiesteder</h2>"
           "<p>Samlingene holdes i Bergen.</p><dl><dt>Kontakt</dt><dd>Ola Nordmann</dd></dl></main>")
    assert [p["kommune_nr"] for p in _record(one)["locations"]] == ["4601"]


@pytest.mark.parametrize("sentence, pace", [
    ("Kommuner som knytter arbeidet til heltidskultur og rekruttering, går foran.", None),
    ("Målet er å redusere ufrivillig deltid i omsorgstjenestene.", None),
    ("Mange ansatte har deltidsstillinger i helse og omsorg.", None),
    # traps: the study's own pace
    ("Studiet er et deltidsstudium over to år.", True),
    ("Studiet går på deltid, og passer for deg som jobber i en heltidsstilling.", True),
    ("Studiet går på heltid.", False),
])
def test_the_services_staffing_words_are_no_pace(sentence, pace):
    """Municipal care pages speak of full-time culture and involuntary part-time posts: staffing, not the study."""
    assert _pace(sentence) is pace


# -- review of round 15's delivery and pace rules ------------------------------------------------

@pytest.mark.parametrize("sentence, codes", [
    ("The course consists of 10 online sessions.", ["nett"]),
    ("There are 10 weekly sessions in the autumn.", []),
    ("The programme has eight digital sessions.", []),
    ("Teaching is given in 3 hour sessions.", []),
    ("The course has 10 two-hour sessions.", []),
    ("There are eight 90-minute sessions.", []),
    # the trap: sessions in person, counted, are still gatherings
    ("The programme runs as three two-day sessions.", ["samling"]),
    ("The course runs as 4 residential sessions in Oslo.", ["samling"]),
    ("The programme is organised as seven sessions.", ["samling"]),
])
def test_online_weekly_or_hourly_sessions_are_no_gatherings(sentence, codes):
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("sentence, codes", [
    ("Kurset gir deg verktøy for bedre undervisning i klasserommet.", []),
    ("Videreutdanningen handler om undervisning og ledelse i klasserommet.", []),
    ("Undervisningen skjer i nettbaserte klasserom.", ["nett"]),
    # traps: the teaching's own classroom
    ("Undervisningen veksler mellom klasserom, gruppearbeid og veiledning.", ["campus"]),
    ("Kurset har undervisning i klasserom hver tirsdag.", ["campus"]),
])
def test_the_pupils_classroom_is_no_campus_teaching(sentence, codes):
    """Pages for teachers and school leaders speak of teaching in the classroom as their subject."""
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("text, codes", [
    ("Undervisningen foregår både på og utenfor campus.", ["campus"]),
    ("Teaching takes place both on and off campus.", ["campus"]),
    # the trap: away from campus only
    ("Praksis foregår utanfor campus.", []),
])
def test_teaching_on_and_off_campus_is_campus_teaching(text, codes):
    assert normalise.delivery(text) == codes


@pytest.mark.parametrize("sentence, pace", [
    ("Studiet går på heltid og krever om lag 40 timer i uka.", False),
    ("Dette er et heltidsstudium, og du må regne med 40 timer i uka.", False),
    ("This programme is full-time: expect 40 hours a week.", False),
    # the trap: the norm of full-time study in general
    ("Full-time students should expect 40 hours of work per week.", None),
])
def test_a_study_said_to_be_full_time_keeps_its_pace_beside_its_weekly_hours(sentence, pace):
    assert _pace(sentence) is pace


def test_a_county_heading_over_text_is_no_place_label():
    """A county's heading over a sentence ("Nordland" over travel support from Bodø) is no catalogue label with its
    town: the gatherings' place stands."""
    page = ("<main><h1>Lederutdanning for helsetjenesten</h1><p>Studiet gir 30 studiepoeng og går på deltid.</p>"
            "<h2>Samlinger</h2><p>Samlingene holdes i Trondheim.</p><h3>Nordland</h3>"
            "<p>Deltakere fra Nordland får dekket reise fra Bodø.</p></main>")
    assert [p["kommune_nr"] for p in _record(page)["locations"]] == ["5001"]
    # the trap: the catalogue's county label with its towns
    towns = ("<main><h1>Demensomsorg</h1><dl><dt>Studiepoeng</dt><dd>30</dd><dt>Rogaland</dt><dd>Stavanger og Sandnes</dd>"
             "</dl><p>Kurset går på deltid over to semestre.</p></main>")
    assert sorted(p["kommune_nr"] for p in _record(towns)["locations"]) == ["1103", "1108"]


@pytest.mark.parametrize("sentence, pace", [
    ("The aim is to reduce involuntary part-time work in care services.", None),
    ("Many staff in the services hold part-time positions.", None),
    ("Vi arbeider mot uønskt deltid i tenestene.", None),
    # the trap: the study's own pace in English
    ("The programme is part-time over two years.", True),
])
def test_the_services_staffing_words_in_english_and_nynorsk_are_no_pace(sentence, pace):
    assert _pace(sentence) is pace


def test_zoom_gatherings_stay_video():
    """Attendance at gatherings held in Zoom is video, not online teaching: 'oppmøte i Zoom-samlingene'."""
    assert normalise.delivery("Det er krav om oppmøte i Zoom-samlingene.") == ["samling", "video"]
    # the trap: meetings in Zoom are online teaching
    assert normalise.delivery("Gruppemøter i Zoom mellom samlingene.") == ["nett", "samling"]


@pytest.mark.parametrize("sentence, codes", [
    ("Nettundervisning én dag i uka.", ["nett"]),
    ("Det er digital undervisning to dager i uka.", ["nett"]),
    ("Nettbasert undervisning to dagar i veka.", ["nett"]),
    # the trap: weekly teaching days on site
    ("Undervisning éin fast dag i veka.", ["campus"]),
    ("Det er undervisning to dager i uka.", ["campus"]),
])
def test_online_teaching_on_weekly_days_is_no_campus(sentence, codes):
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("sentence, codes", [
    ("Teaching combines classroom teaching and group work.", ["campus"]),
    ("The course is taught through classroom lectures and seminars.", ["campus"]),
    ("Classroom-based teaching in Oslo.", ["campus"]),
    # traps: a classroom online, and a classroom named without teaching
    ("The course offers virtual classroom teaching.", []),
    ("Tools for the classroom.", []),
])
def test_classroom_teaching_in_english_is_campus_teaching(sentence, codes):
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("sentence, pace", [
    ("Studiet kan kombineres med deltidsjobb.", None),
    ("Mange ansatte har deltidsjobber.", None),
    # the trap: the study's own pace
    ("Studiet går på deltid.", True),
])
def test_a_part_time_job_is_no_pace_of_the_study(sentence, pace):
    assert _pace(sentence) is pace


def test_teaching_on_and_off_campus_with_a_hanging_hyphen_is_campus_teaching():
    assert normalise.delivery("We offer on- and off-campus teaching.") == ["campus"]
    assert normalise.delivery("Fieldwork takes place off-campus.") == []      # the trap: away only


@pytest.mark.parametrize("sentence, codes", [
    ("Undervisningen foregår samlet over to dager.", ["samling"]),
    ("Undervisninga går samla over tre dagar i Volda.", ["samling"]),
    # traps: gathered into no days, and a sentence the picker no longer takes for a teaching form
    ("Undervisningen er samlet i Canvas.", []),
])
def test_teaching_that_runs_gathered_over_days_is_gatherings(sentence, codes):
    assert _delivery(sentence) == codes


def test_a_sentence_gathered_into_no_days_takes_no_slot_of_the_teaching_sentences():
    """The picker reads the first three teaching sentences; one the normaliser reads nothing from must not push the
    gatherings out."""
    fact = prose.delivery([Line(t, "text") for t in (
        "Undervisningen er samlet i Canvas.", "Studiet har en digital forelesning.", "Det er en webinarrekke.",
        "Kurset har undervisning på campus.", "Tre samlinger på campus i Bergen.")])
    assert "Canvas" not in fact.raw


# -- round 16 (r16b): level, kind, admission, delivery ---------------------------------------

@pytest.mark.parametrize("sentence, codes", [
    ("NKI Nettstudier sørger for at du får en praksisplass.", []),
    ("Høyskolen Kristiania Nettstudier har opptak hele året.", []),
    # traps: the teaching form said beside the name, and online studies in lower case
    ("Hos NKI Nettstudier foregår undervisningen på nett.", ["nett"]),
    ("Vi tilbyr nettstudier for deg som jobber.", ["nett"]),
])
def test_a_provider_named_for_online_studies_names_no_teaching_form(sentence, codes):
    assert _delivery(sentence) == codes


@pytest.mark.parametrize("sentence, codes", [
    # nynorsk spellings: "forelesing", "strøyme", "heildigital"
    ("Undervisninga er digitale forelesingar og tre samlingar.", ["nett", "samling"]),
    ("Forelesingane vert strøymde og lagra.", ["video"]),
    ("Kurset er heildigitalt.", ["nett"]),
])
def test_digital_teaching_said_in_nynorsk_is_online(sentence, codes):
    assert _delivery(sentence) == codes


def test_the_teaching_said_to_be_digital_is_online():
    for sentence in ("Forelesningene er digitale.", "Opplæringa er heilt digital.", "All teaching is digital."):
        assert _delivery(sentence) == ["nett"], sentence
    # traps: an application, an exam or materials that are digital
    for sentence in ("Søknaden er digital.", "Eksamen er digital.", "Undervisningsmateriellet er digitalt tilgjengelig."):
        assert _delivery(sentence) == [], sentence


def test_lectures_digitally_available_are_not_said_to_be_digital_teaching():
    assert normalise.delivery("Lectures are digitally available afterwards.") == []



def test_teaching_organised_in_blocks_in_norwegian_is_gatherings():
    assert _delivery("Undervisninga er organisert i fire bolkar.") == ["samling"]
    assert _delivery("Undervisningen gis i tre bolker på to dager.") == ["samling"]
    # traps: a reading list in parts, and a part of the study looked back on
    assert _delivery("Pensum er delt i tre bolker.") == []
    assert _delivery("Den første bolken var hektisk.") == []


# Round 16 (places): a past intake's places are not the offer's.
@pytest.mark.parametrize("texts, places", [
    (["Forrige kull hadde samlinger i Molde."], []),
    (["Tidlegare kull hadde samlingane i Førde."], []),
    (["I fjor ble kurset holdt i Tromsø."], []),
    (["The previous cohort met in Bodø for its gatherings."], []),
    (["Last year the course was taught in Trondheim."], []),
    # the offer's own place after a past intake's sentence still counts
    (["Forrige kull hadde samlinger i Molde.", "Samlingene holdes i Ålesund."], ["Ålesund"]),
    # traps: as last year, so this year too; a plain place sentence
    (["Samlingene holdes i Bodø, som i fjor."], ["Bodø"]),
    (["Samlingene holdes i Tromsø og Bodø."], ["Tromsø", "Bodø"]),
])
def test_a_past_intake_s_places_are_not_the_offer_s(texts, places):
    assert _places(*texts) == places


@pytest.mark.parametrize("texts, places", [
    # "lagt til" a place; an English "our Bergen campus"
    (["Samlingene er lagt til Hamar."], ["Hamar"]),
    (["Samlingene legges til Lillehammer og Gjøvik."], ["Lillehammer", "Gjøvik"]),
    (["The course is taught at our Bergen campus."], ["Bergen"]),
    (["Teaching is held at the Stord and Haugesund campuses."], ["Stord", "Haugesund"]),
    # trap: a campus named without teaching there
    (["The Bergen campus library is open all week."], []),
])
def test_gatherings_laid_to_a_place_and_our_town_campus(texts, places):
    assert _places(*texts) == places


@pytest.mark.parametrize("texts, places", [
    # where the participants work, or the exam is held, is not where it is taught
    (["Kurset er for ledere som jobber i Oslo og Viken."], []),
    (["The course is for managers working in Bergen."], []),
    (["Studiet er nettbasert, men du kan ta eksamen i Tromsø eller Bodø."], []),
    # traps: the teaching place in the same sentence still counts
    (["Kurset holdes i Bergen og er for ledere som jobber i Oslo."], ["Bergen"]),
    (["Undervisningen foregår i Tromsø, og eksamen er i Bodø."], ["Tromsø"]),
])
def test_a_workplace_or_an_exam_place_is_not_a_teaching_place(texts, places):
    assert _places(*texts) == places


# -- hostile text: what it gives (its speed is measured in bench/extract/regex_speed.py) ------------

def test_a_long_run_of_capitals_names_no_place():
    """A place name starts at a word's start: a 10 kB run of capitals is one word, no town."""
    from domain.places import resolve_place
    assert prose.locations([Line("A" * 10000 + " er studiestedet", "text")], resolve_place) is None
    fact = prose.locations([Line("Oslo er studiestedet.", "text")], resolve_place)
    assert fact is not None and "Oslo" in fact.raw


def test_a_place_labels_value_is_read_once_for_its_teaching_forms():
    """A place label's value with several sentences gives its teaching forms once, not once per sentence."""
    value = "To samlinger i Bergen. Resten av undervisningen går via nett. " * 3
    fact = prose.delivery([Line("Studiested", "label", value=value.strip())])
    assert fact is not None and normalise.delivery(fact.raw) == ["nett", "samling"]
    assert fact.raw.count("To samlinger i Bergen") == 3          # the value once (it repeats three times)


@pytest.mark.parametrize("text, forms", [
    # an e-mail address and an image's file name name no teaching form, wherever they stand in a run of text
    ("Påmelding til nettkurs@skolen.no. Undervisningen er på campus.", ["campus"]),
    ("Se bildet nettstudier_banner.png. Kurset har tre samlinger.", ["samling"]),
    ("bilde:campus+elverum.jpg Undervisninga går på nett.", ["nett"]),
    # a 10 kB run of dotted digits holds no address, file or teaching form
    ("1.1" * 3333, []),
    ("1.1" * 3333 + " Undervisningen er på nett.", ["nett"]),
])
def test_addresses_and_file_names_in_runs_of_text_name_no_teaching_form(text, forms):
    assert normalise.delivery("", text) == forms
