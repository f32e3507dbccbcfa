"""Issue 13, seventeenth round: delivery, admission education, kind and level stated in ways the retired
held-out set showed the earlier rules did not read.

Each rule has a test on lines written here, with the trap it guards against."""

from __future__ import annotations

import pytest

from crawler import prose
from crawler.blocks import Line
from crawler.facts import label_keys
from domain import normalise


def _delivery(lines: list[Line]) -> list[str]:
    fact = prose.delivery(lines)
    return normalise.delivery(fact.raw) if fact else []


def _admission(lines: list[Line]) -> str | None:
    fact = prose.admission(lines)
    return normalise.admission(fact.raw)["admission_education"] if fact else None


# -- an admission test is not the teaching --------------------------------------------------------------------

def test_an_audition_label_s_rounds_are_no_teaching_forms():
    # a label on a line of its own, its value on the lines under it
    lines = [Line("Fakta", "heading", 2), Line("Opptaksprøve", "text", section="Fakta"),
             Line("Runde 1 - Video", "text", section="Fakta"), Line("Runde 2 - Campus uke 12", "text", section="Fakta"),
             Line("Søknadsfrist", "text", section="Fakta"), Line("1. mars", "text", section="Fakta")]
    assert _delivery(lines) == []
    # a label line with its value
    assert _delivery([Line("Opptaksprøve", "label", value="Runde 1 - Video; Runde 2 - Campus")]) == []


def test_a_section_about_the_audition_gives_no_teaching_form():
    lines = [Line("Audition", "heading", 2),
             Line("Applicants abroad may send a recorded video of their programme instead.", "text", section="Audition"),
             Line("Bestått opptaksprøve", "heading", 2),
             Line("Bur du langt unna, sender du inn ein video på inntil ti minutt.", "text",
                  section="Bestått opptaksprøve")]
    assert _delivery(lines) == []


def test_teaching_after_an_audition_section_is_still_read():
    # the trap: the rule must not swallow the teaching told outside the admission test
    lines = [Line("Opptaksprøve", "text"), Line("Runde 1 - Video", "text"),
             Line("Undervisning", "heading", 2),
             Line("Undervisningen foregår på campus, med noen forelesninger strømmet.", "text", section="Undervisning")]
    assert _delivery(lines) == ["campus", "video"]
    assert _delivery([Line("Forelesningene strømmes, og seminarene holdes på campus.", "text")]) == ["campus", "video"]


# -- admission requirements under a heading that names a route, or opening a list ----------------------------

@pytest.mark.parametrize("heading", [
    "Requirements for ordinary admission",
    "Requirements for admission on the basis of prior learning",
    "Admission requirements for international applicants",
    "Entry requirements – Supply Chain Management",
])
def test_an_admission_heading_that_names_its_route_is_an_admission_label(heading):
    assert label_keys(heading) == ("admission",)


@pytest.mark.parametrize("heading", [
    "Requirements for the thesis",          # not admission
    "Entry to the building",
    "Requirements",                         # the bare word keeps its meaning from the label list
])
def test_other_requirement_headings_are_not_admission_by_the_new_rule(heading):
    assert label_keys(heading) != ("admission",) or heading == "Requirements"


def test_a_requirement_that_opens_a_list_is_read_with_the_list():
    lines = [Line("You need:", "text"),
             Line("180 credits from a university or university college, normally a bachelor's degree;", "item"),
             Line("two years of relevant work experience; and", "item"), Line("good English.", "item")]
    assert _admission(lines) == "bachelor"
    # the trap: a colon line of no requirement over a list of topics stays out
    assert prose.admission([Line("The programme covers:", "text"), Line("a bachelor's thesis", "item")]) is None


@pytest.mark.parametrize("sentence, education", [
    ("Applicants for these two options need a bachelor's degree of 180 ECTS in a relevant field.", "bachelor"),
    ("Søkere til studieretning B må ha en mastergrad i helsefag.", "master"),
    ("Applicants from outside the Nordic countries must hold a bachelor's degree.", "bachelor"),
    # who may be admitted by what they hold
    ("Applicants with a different bachelor's degree in sport science can be considered.", "bachelor"),
    ("Søkere med fagbrev i helsearbeiderfaget kan også tas opp.", "other"),
])
def test_the_applicants_of_one_route_need_an_education(sentence, education):
    assert _admission([Line(sentence, "text")]) == education


@pytest.mark.parametrize("sentence", [
    "Applicants for the exchange need to send their forms by e-mail.",
    "Applicants with questions may call the study office.",
])
def test_applicants_of_a_route_who_need_no_education_give_no_admission(sentence):
    assert prose.admission([Line(sentence, "text")]) is None


# -- the kind said first on a lead line ----------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Master's degree programme, 2 years", ("master", "degree")),
    ("Bachelor's degree programme, 3 years", ("bachelor", "degree")),
])
def test_a_lead_line_that_opens_with_the_degree_names_the_kind(line, expected):
    fact = prose.kind([Line(line, "text")])
    assert fact is not None and normalise.level_and_kind(fact.raw) == expected


@pytest.mark.parametrize("line", [
    "Students on a master's degree programme may take the course as an elective.",
    "Master's degree programmes at the faculty take two years.",
])
def test_a_degree_programme_named_in_passing_is_not_the_offer_s_kind(line):
    assert prose.kind([Line(line, "text")]) is None


# -- teaching by the week or in the daytime is teaching on site ----------------------------------------------

@pytest.mark.parametrize("sentence, forms", [
    ("Undervisningen foregår hver uke på studiestedet, og noen timer har oppmøteplikt.", ["campus"]),
    ("Du studerer på heltid, med undervisning kvar veke i Førde.", ["campus"]),
    ("Undervisninga går på dagtid og følgjer skuleåret.", ["campus"]),
    ("We run Norwegian classes in the daytime and in the evening.", ["campus", "kveld"]),
])
def test_teaching_every_week_or_in_the_daytime_is_campus(sentence, forms):
    assert normalise.delivery(sentence) == forms
    assert _delivery([Line(sentence, "text")]) == forms


@pytest.mark.parametrize("sentence, forms", [
    ("Teaching is online, with live lectures every week.", ["nett"]),        # online every week
    ("Vi har digital undervisning hver uke.", ["nett"]),
    ("Forelesningene legges ut som opptak hver uke.", []),                   # recorded, not on site
    ("Kurset passer for deg som jobber på dagtid.", []),                     # the applicant's working day
    ("Du får tilbakemelding på oppgavene hver uke.", []),                    # no teaching named
    ("Samlingene varer i to dager, med undervisning på dagtid.", ["samling"]),  # the days of a gathering
])
def test_weekly_or_daytime_words_that_are_no_campus_teaching(sentence, forms):
    assert normalise.delivery(sentence) == forms


# -- Samordna opptak's code for general admission --------------------------------------------------------------

@pytest.mark.parametrize("text", ["GENS", "GENS; Poenggrenser 2021", "GENS + MATRS"])
def test_the_code_gens_is_general_admission(text):
    assert normalise.admission(text)["admission_education"] == "generell_studiekompetanse"


def test_words_that_hold_gens_are_no_admission():
    assert normalise.admission("Ta med genser og gode sko til samlingene.")["admission_education"] is None


# -- a start on an English date with its day -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, term", [
    ("Teaching begins in Tromsø on February 12 2018.", "2018-var"),
    ("The course starts on 3rd September 2024.", "2024-host"),
    ("Classes start August 18th, 2021, at the adult education centre.", "2021-host"),
])
def test_a_start_on_an_english_date_with_its_day(sentence, term):
    from domain import when
    fact = prose.start([Line(sentence, "text")])
    assert fact is not None and when.start_term(fact.raw) == term


@pytest.mark.parametrize("sentence", [
    "Applications open on February 1, 2024.",                 # no start
    "The page was updated on March 3 2023.",
])
def test_an_english_date_that_is_no_start(sentence):
    assert prose.start([Line(sentence, "text")]) is None


# -- years of study at a university or college ---------------------------------------------------------------

@pytest.mark.parametrize("text, education", [
    ("You need one year of university study or the equivalent.", "other"),
    ("Applicants need two years of college studies.", "other"),
    ("You need three years of university study.", "bachelor"),
    ("Du må ha eitt års studium ved universitet eller høgskule.", "other"),
])
def test_years_of_university_study_are_years_of_higher_education(text, education):
    assert normalise.admission(text)["admission_education"] == education


def test_the_study_s_own_years_of_study_are_no_requirement():
    text = "Applicants must have a bachelor's degree. The programme takes two years of study."
    assert normalise.admission(text)["admission_education"] == "bachelor"


# -- a place label whose value says how the course is taught ---------------------------------------------------

@pytest.mark.parametrize("label, value, forms", [
    ("Sted", "To samlinger + undervisning via nett og Zoom", ["nett", "samling", "video"]),
    ("Studiested", "Nettbasert", ["nett"]),
])
def test_a_place_label_that_names_teaching_forms_gives_them(label, value, forms):
    assert _delivery([Line(label, "label", value=value)]) == forms
    assert _delivery([Line(f"{label}: {value}", "text")]) == forms


@pytest.mark.parametrize("label, value", [
    ("Campus", "Harstad"),
    ("Studiested", "Campus Bergen"),
])
def test_a_place_label_that_names_a_campus_is_still_no_teaching_form(label, value):
    assert _delivery([Line(label, "label", value=value)]) == []


# -- a target group named by what its people hold is the admission, when the page states none ------------------

def _page(target: str, admission: str = "") -> str:
    more = f"<h2>Opptakskrav</h2><p>{admission}</p>" if admission else ""
    return (f"<html><body><main><h1>Fagskoleutdanning i eldreomsorg</h1>"
            f"<p>Studiepoeng</p><p>60 fagskolepoeng</p><p>Studiestad</p><p>Førde</p>"
            f"<p>Målgruppe</p><p>{target}</p>{more}"
            f"<p>Utdanninga går på deltid over to år, med undervisning ein dag i veka.</p></main></body></html>")


def test_a_target_group_that_holds_a_trade_certificate_gives_the_admission():
    from tests.helpers import crawled_record
    record = crawled_record(_page("Tilsette i helsefag som har fullført vidaregåande og har fagbrev."))
    assert record["admission_education"] == "other"


@pytest.mark.parametrize("target, admission, expected", [
    # professions alone, and a degree the study leads into, say nothing of what applicants hold
    ("Rektorar og skoleleiarar. Studiet kan takast med inn i ein erfaringsbasert mastergrad.", "", None),
    # the page's own admission requirement wins
    ("Tilsette som har fagbrev.", "Du må ha bachelorgrad i sjukepleie.", "bachelor"),
])
def test_a_target_group_gives_way_to_no_degree_and_to_the_admission(target, admission, expected):
    from tests.helpers import crawled_record
    assert crawled_record(_page(target, admission))["admission_education"] == expected


# -- the participants gathered for a few days -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Helst samles gruppen i 3 døgn, og noen uker etter det holdes en oppfølgingsdag.",
    "Deltakarane møtast over to dagar i Bergen.",
])
def test_a_group_gathered_for_days_is_a_gathering(sentence):
    assert normalise.delivery(sentence) == ["samling"]
    assert _delivery([Line(sentence, "text")]) == ["samling"]


@pytest.mark.parametrize("sentence, forms", [
    ("Vi møtes digitalt i tre dager.", ["nett"]),          # online days
    ("Gruppa møtes i to timer hver uke.", []),             # hours, not days
    ("Styret møtes fire ganger i året.", []),
])
def test_meetings_that_are_no_gathering_of_days(sentence, forms):
    assert normalise.delivery(sentence) == forms



# -- review of round 17 (rvf17): the new rules' traps ------------------------------------------------------------

@pytest.mark.parametrize("sentence, forms", [
    ("Undervisningen går hver uke på Zoom.", ["video"]),                  # online after the week, not campus
    ("Teaching takes place every week online.", ["nett"]),
    ("Det er undervisning på Teams hver uke.", []),                       # a meeting platform
    ("Teaching is delivered via Canvas every week.", []),
    ("Det er ingen undervisning på dagtid.", []),                         # no teaching
    ("Undervisningsmateriell publiseres hver uke.", []),                  # teaching material, not teaching
])
def test_weekly_teaching_online_or_denied_is_no_campus(sentence, forms):
    assert normalise.delivery(sentence) == forms
    # the rule still reads teaching on site
    assert normalise.delivery("Undervisningen foregår på dagtid ved campus, hver uke.") == ["campus"]


@pytest.mark.parametrize("sentence, forms", [
    ("Vi møtes på nettet i tre dager.", []),                # online days
    ("Vi møtes virtuelt i tre dager.", []),
    ("Vi møtes i to dager på Zoom.", ["video"]),            # online after the days
    ("The group meets online for two days.", ["nett"]),
])
def test_a_group_meeting_online_for_days_is_no_gathering(sentence, forms):
    assert normalise.delivery(sentence) == forms


@pytest.mark.parametrize("sentence", [
    "The group meets for three days in Oslo.",              # English
    "Deltakarane treffest over tre dagar i Førde.",          # nynorsk, another verb
])
def test_a_group_gathered_for_days_in_english_or_by_another_verb(sentence):
    assert normalise.delivery(sentence) == ["samling"]


def test_a_target_group_that_wishes_a_degree_gives_no_admission():
    from tests.helpers import crawled_record
    record = crawled_record(_page("For deg som har lyst til å ta ein mastergrad seinare, og som har planar om å leie."))
    assert record["admission_education"] is None
    # the trap the rule is for: what they hold still gives it
    assert crawled_record(_page("For deg som har fullført bachelorgrad i sjukepleie."))["admission_education"] == "bachelor"


def test_students_of_a_degree_programme_on_a_lead_line_are_not_its_kind():
    assert prose.kind([Line("Master's degree programme students may take this course as an elective.", "text")]) is None


@pytest.mark.parametrize("text", ["Du må ha to års høgskulestudium.", "Du må ha eitt års universitetsstudium."])
def test_years_of_college_study_in_one_word_are_years_of_higher_education(text):
    assert normalise.admission(text)["admission_education"] == "other"


def test_no_admission_test_leaves_the_teaching_to_be_read():
    assert _delivery([Line("Studiet har ingen opptaksprøve og er nettbasert.", "text")]) == ["nett"]
    assert _delivery([Line("There is no entrance exam; teaching is online.", "text")]) == ["nett"]
    assert _delivery([Line("Ingen opptaksprøve", "text"), Line("Nettbasert", "text")]) == ["nett"]
    # a line about the study under an admission test's rounds is the study's
    assert _delivery([Line("Opptaksprøve", "text"), Line("Studiet er nettbasert", "text")]) == ["nett"]
    # the trap: the rounds of a test still give nothing
    assert _delivery([Line("Opptaksprøve", "text"), Line("Runde 1 - Video", "text"), Line("Runde 2 - Campus", "text")]) == []


@pytest.mark.parametrize("lines, education", [
    # ranked first, not required; the requirement after it is read (None until the twenty-ninth round, when
    # "Opptakskravet er …" was no admission sentence)
    (["Søkere med mastergrad blir prioritert.", "Opptakskravet er bachelorgrad eller tilsvarende."], "bachelor"),
    (["Applicants with a master's degree are given priority.", "You need a bachelor's degree."], "bachelor"),
    # what applicants with a foreign degree must send
    (["Søkere med bachelorgrad fra utlandet må legge ved godkjenning fra NOKUT."], None),
])
def test_applicants_ranked_first_or_sending_papers_state_no_requirement(lines, education):
    assert _admission([Line(text, "text") for text in lines]) == education


@pytest.mark.parametrize("heading", ["Requirements for admission to the exam", "Requirements for entry to the final exam"])
def test_an_exam_s_admission_heading_is_no_admission_label(heading):
    assert label_keys(heading) != ("admission",)


@pytest.mark.parametrize("lines, term", [
    (["The first intake started on September 5, 2023.", "The next intake starts on August 20, 2024."], "2024-host"),
    (["The course started in September 2023 and next starts in August 2024."], "2024-host"),
    (["The course started on September 5, 2023."], "2023-host"),      # a past start alone is still read
])
def test_a_past_start_gives_way_to_the_next_one(lines, term):
    from domain import when
    fact = prose.start([Line(text, "text") for text in lines])
    assert fact is not None and when.start_term(fact.raw) == term


def test_a_list_under_a_line_that_needs_other_things_is_no_requirement():
    lines = [Line("What you need to bring:", "text"), Line("a laptop", "item"), Line("your bachelor's diploma", "item")]
    assert prose.admission(lines) is None
    # the trap: a requirement ending at its colon is read with its list
    assert _admission([Line("For å bli tatt opp må du ha:", "text"), Line("bachelorgrad i sykepleie", "item")]) == "bachelor"


def test_a_room_named_for_gatherings_in_a_place_label_is_no_gathering():
    assert _delivery([Line("Sted", "label", value="Samlingssalen, Kulturhuset")]) == []
    # the trap: gatherings named in the place's value are still read
    assert _delivery([Line("Sted", "label", value="Oslo, samlingsbasert")]) == ["samling"]


@pytest.mark.parametrize("text", ["You need one year of university-level study.",
                                  "You need one year of full-time university study."])
def test_years_of_university_level_or_full_time_study_are_years_of_higher_education(text):
    assert normalise.admission(text)["admission_education"] == "other"


def test_the_study_s_clause_beside_an_admission_test_is_read():
    assert _delivery([Line("Studiet er samlingsbasert, og opptaksprøven holdes på campus.", "text")]) == ["samling"]
    # the trap: the test's own rounds in one sentence give nothing
    assert _delivery([Line("Opptaksprøve: Runde 1 - Video, Runde 2 - Campus uke 10.", "text")]) == []


# -- the round-17 review's open findings: guards against wrong readings ----------------------------------------

def _duration(*texts: str) -> int | None:
    from domain import when
    fact = prose.duration([Line(text, "text") for text in texts])
    return when.duration_semesters(fact.raw) if fact else None


def test_credits_worth_in_study_time_said_with_a_length_verb_is_no_length():
    assert _duration("60 credits equals one year of full-time study.") is None
    assert _duration("30 ECTS corresponds to one semester of full-time study.") is None
    # the trap: the study said to take or equal a time is still its length
    assert _duration("The programme takes one year.") == 2
    assert _duration("Studiet svarer til ett år på heltid.") == 2


def test_a_line_listing_related_studies_gives_no_length():
    assert _duration("Related programmes: Master's programme, 2 years") is None
    assert _duration("Relaterte studier: Masterprogram, 2 år") is None
    # the trap: the study's own fact line is read
    assert _duration("Programme: Master's programme, 2 years") == 4
    assert _duration("Masterprogram, 2 år") == 4


def _places(*texts: str) -> str | None:
    from domain.places import resolve_place
    fact = prose.locations([Line(text, "text") for text in texts], resolve_place)
    return fact.raw if fact else None


@pytest.mark.parametrize("text", ["Mange vil studere i Oslo.", "Stadig fleire studentar ønskjer å studere i Oslo.",
                                  "Du som vil studere medisin i Oslo, se egen side.",
                                  "For those studying in Oslo, see the separate page."])
def test_many_people_s_wish_or_a_study_on_another_page_is_no_teaching_place(text):
    assert _places(text) is None


@pytest.mark.parametrize("text", ["Du vil studere i Bergen.", "Du studerer i Bergen.",
                                  "Ho som vil studere sjukepleie i Bergen, søkjer i Samordna opptak."])
def test_the_reader_s_study_in_a_place_is_still_its_place(text):
    # the trap: the reader's wish or future study on the page names the page's own study place
    assert _places(text) == "Bergen"


def _start(*texts: str) -> str | None:
    from domain import when
    fact = prose.start([Line(text, "text") for text in texts])
    return when.start_term(fact.raw) if fact else None


def test_a_deadline_s_date_after_the_start_verb_is_no_start():
    assert _start("The course starts after the application deadline of April 15, 2025.") is None
    assert _start("Kurset starter etter fristen 15. april 2025.") is None
    # the trap: a start before its deadline is read
    assert _start("The course starts in August 2025, with an application deadline of April 15, 2025.") == "2025-host"


def _credits(*texts: str):
    fact = prose.credits([Line(text, "text") for text in texts])
    return normalise.credits(fact.raw) if fact else (None, None)


@pytest.mark.parametrize("text", ["The course includes the practical part (15 ECTS).",
                                  "The clinical parts (10 ECTS) are taken in spring."])
def test_an_english_part_named_before_its_credits_is_no_course_credits(text):
    assert _credits(text) == (None, None)


def test_an_english_ordinal_part_is_no_named_part():
    # the trap, as for "den første delen (15 sp)": the course as the first part of a larger study
    assert _credits("This course is the first part (15 ECTS) of a master's programme.") == (15.0, 15.0)


def test_an_admission_test_as_the_time_before_the_teaching_leaves_the_teaching():
    assert _delivery([Line("Etter bestått opptaksprøve følger du undervisningen på campus hver uke.", "text")]) == ["campus"]
    assert _delivery([Line("After the audition on video, teaching is online.", "text")]) == ["nett"]
    # the trap: the test's own place is no teaching form
    assert _delivery([Line("Etter opptaksprøven på campus får du svar på e-post.", "text")]) == []
    assert _delivery([Line("Etter opptaksprøven på video følger du undervisningen på nett.", "text")]) == ["nett"]
