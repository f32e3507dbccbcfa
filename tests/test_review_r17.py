"""Round 17: the open findings of the read-only reviews of the last two rounds, each fixed as a class of wording.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from crawler import prose
from crawler.blocks import Line
from domain import normalise, records, when
from tests.helpers import crawled_record as _record

_LEADER_COURSE = ("<h1>Videreutdanning i ledelse</h1><p>Høsten 2026</p><p>Studiet gir 30 studiepoeng og går på "
                  "samlinger.</p>")


def _lines(*texts: str) -> list[Line]:
    return [Line(t, "text") for t in texts]


def _places(*texts: str) -> list[str]:
    from domain.places import resolve_place
    fact = prose.locations(_lines(*texts), resolve_place)
    return fact.raw.split("; ") if fact else []


# 1. A study named with its subject ("Videreutdanning i praksisveiledning") is the study, not a part of it.
@pytest.mark.parametrize("sentence, semesters", [
    ("Videreutdanning i praksisveiledning går over to semestre.", 2),
    ("Kurset i praksisveiledning varer ett semester.", 1),
    ("Masterstudiet i praksisnær ledelse går over fire semestre.", 4),
    # traps: a part as the subject is still a part
    ("Praksisperioden varer i to semestre.", None),
    ("Den andre praksisperioden varer ett semester.", None),
    ("Videreutdanningens praksisperiode varer i ett semester.", None),
    ("Studiets praksis varer ett semester.", None),
])
def test_a_study_named_with_a_praksis_subject_is_the_study(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html)["duration_semesters"] == semesters


# 2. The exam named with the teaching: the place is the teaching's too.
@pytest.mark.parametrize("texts, places", [
    (["Undervisning og eksamen foregår i Bergen."], ["Bergen"]),
    (["Samlingene og eksamen holdes i Tromsø."], ["Tromsø"]),
    (["Teaching and exams are held in Trondheim."], ["Trondheim"]),
    # traps: the exam alone, or after the teaching's own place, is no teaching place
    (["Studiet er nettbasert, men du kan ta eksamen i Bodø."], []),
    (["Undervisningen foregår i Tromsø, og eksamen er i Bodø."], ["Tromsø"]),
])
def test_teaching_and_exam_held_in_a_place(texts, places):
    assert _places(*texts) == places


# 3. "The last year of the programme" is its final year, not a past cohort.
@pytest.mark.parametrize("texts, places", [
    (["In the last year of the programme, teaching is held in Bergen."], ["Bergen"]),
    (["During your last year, the sessions are held in Oslo."], ["Oslo"]),
    # traps: last year's cohort is still a past intake's
    (["Last year the course was taught in Trondheim."], []),
    (["Last year's cohort met in Bodø for its gatherings."], []),
])
def test_the_last_year_of_a_programme_is_not_a_past_intake(texts, places):
    assert _places(*texts) == places


# 4. A wish earlier in the sentence does not make a requirement stated after it a wish.
@pytest.mark.parametrize("text, years", [
    ("Det er ønskelig med ledererfaring, men søkere må ha minst tre års yrkeserfaring.", 3),
    ("Ledererfaring er en fordel, og det kreves minst to års yrkeserfaring.", 2),
    ("Leadership experience is an advantage, and at least two years of work experience is required.", 2),
    # traps: the wish about the years themselves, also with a "not a requirement" between
    ("Det er en fordel å ha minst to års erfaring.", None),
    ("Det er en fordel, men ikke et krav, å ha minst to års erfaring.", None),
    ("Det er ønskeleg at søkjarar har leiarerfaring og minst to års praksis.", None),
    ("We recommend at least two years of experience.", None),
])
def test_required_years_after_a_wish_are_required(text, years):
    assert normalise.admission(text)["admission_experience_years"] == years


# 5. Norwegian "by" is a town: only "by" right before its date is an English deadline.
def test_norwegian_by_is_no_english_deadline():
    assert prose.deadline(_lines("Meld deg på kurset for ledere i by og bygd 15. mars 2025.")) is None
    assert prose.deadline(_lines("Send søknad om kurs for ledere i by og land, samling 2. juni.")) is None
    # traps: English "by" before its date, and "innen", still are deadlines
    assert prose.deadline(_lines("Apply by 15 April 2025.")).raw.rstrip(".") == "15 April 2025"
    assert prose.deadline(_lines("You must apply by December 1 2013.")).raw.rstrip(".") == "December 1 2013"
    assert prose.deadline(_lines("Søk innen 1. mars 2025.")).raw.rstrip(".") == "1. mars 2025"


# 6. A passed deadline is not the next one, said in the same sentence; "er gått ut" has passed too.
def test_the_next_deadline_after_a_passed_one():
    said = prose.deadline(_lines("Søknadsfristen for våren har gått ut, neste søknadsfrist er 1. oktober 2025."))
    assert when.application_deadline(said.raw) == "2025-10-01"
    said = prose.deadline(_lines("The deadline of 1 March has passed; the next deadline is 1 September 2025."))
    assert when.application_deadline(said.raw) == "2025-09-01"
    assert prose.deadline(_lines("Søknadsfristen 1. mars 2025 er gått ut.")) is None
    said = prose.deadline(_lines("Kurset var fullt i fjor, og søknadsfristen er 1. mars 2025."))
    assert when.application_deadline(said.raw) == "2025-03-01"
    # traps: a deadline that has passed alone, or a past one, gives no deadline
    assert prose.deadline(_lines("Søknadsfristen gikk ut 1. mars 2025.")) is None
    assert prose.deadline(_lines("Fristen var 1. mars 2025.")) is None


# 7. A masterclass is no master.
def test_a_masterclass_is_no_part_of_a_master():
    assert not normalise.PART_OF_MASTER.search("Kurset inngår i vår masterclass for ledere.")
    assert not normalise.PART_OF_MASTER.search("The course is part of our master class series.")
    assert normalise.level_and_kind("Kurset inngår i vår masterclass for ledere", "Ledelse", "", 10) \
        == ("bachelor", "single_course")
    # trap: a course that is part of a master still is at master level
    assert normalise.PART_OF_MASTER.search("Emnet inngår i masterprogrammet i helseledelse.")
    assert normalise.level_and_kind("Emnet inngår i Master i helseledelse", "Ledelse", "", 10) == ("master", "single_course")


# 8. Lectures recorded digitally are not online teaching.
@pytest.mark.parametrize("text", [
    "Lectures are digitally recorded.",
    "Det blir digitalt opptak av forelesninger.",
    "Forelesningene blir tatt opp digitalt.",
])
def test_recorded_lectures_are_no_online_teaching(text):
    assert "nett" not in normalise.delivery(text)


def test_digital_teaching_beside_recorded_lectures_is_still_online():
    assert "nett" in normalise.delivery("Undervisningen er digital, og forelesningene blir tatt opp.")
    assert "nett" in normalise.delivery("Lectures are digital.")


# 9. A degree said not to be required is not the admission's education.
@pytest.mark.parametrize("text, education", [
    ("Det kreves ikke bachelorgrad for å søke.", None),
    ("Det krevst ikkje mastergrad.", None),
    ("No bachelor's degree is required.", None),
    ("Det kreves ikke bachelorgrad, men fagbrev som helsefagarbeider.", "other"),
    # trap: a degree required is
    ("Det kreves bachelorgrad i sykepleie.", "bachelor"),
])
def test_a_bachelor_not_required_is_no_admission_bachelor(text, education):
    assert normalise.admission(text)["admission_education"] == education


# 10. Level 5 of the EQF (and NKR/NQF) named with its framework is the fagskole's.
@pytest.mark.parametrize("description, level", [
    ("Utdanningen er på EQF level 5.", "fagskole"),
    ("Studiet er plassert på EQF-nivå 5.", "fagskole"),
    ("The programme is at level 5 of the EQF.", "fagskole"),
    # traps: another level, or a level 5 of something else
    ("Utdanningen er på EQF level 6.", "bachelor"),
    ("Kurset er på nivå 5 av 7 i vår lederskole.", "bachelor"),
])
def test_eqf_level_5_is_fagskole(description, level):
    assert normalise.level_and_kind(description, "Ledelse", "", 30)[0] == level


# 11. A lone "English" in a Norwegian fact strip is the switch to the English site.
def test_a_lone_language_switch_in_a_strip_is_no_teaching_language():
    assert prose.strip_language([Line("Søknadsfrist 1. mars | 30 studiepoeng | Deltid | English", "text")]) is None
    assert prose.strip_language([Line("Application deadline | 30 ECTS | Part-time | Norsk", "text")]) is None
    # traps: the strip's own language names its teaching language; English in an English strip
    assert prose.strip_language([Line("Søknadsfrist 1. mars | 30 studiepoeng | Deltid | Engelsk", "text")]).raw \
        == "Engelsk"
    assert prose.strip_language([Line(t, "item") for t in ("Application Deadline", "24 months", "English")]).raw \
        == "English"


# 12. A late-year deadline under an intake's year is the year before's.
def test_a_late_deadline_under_an_intake_heading_is_the_year_before():
    heading = [Line("Opptak 2024", "heading", level=2)]
    assert prose.heading_year(heading, "1. desember") == "2023"
    assert prose.heading_year([Line("Intake 2025", "heading", level=2)], "15 October") == "2024"
    page = ("<h1>Styrerutdanning</h1><p>Utdanningen gir 30 studiepoeng på deltid.</p><h2>Opptak 2024</h2>"
            "<p>Søknadsskjemaet er åpent fra 1. oktober til 1. desember.</p>")
    assert _record(page)["application_deadline"] == "2023-12-01"
    # traps: a spring deadline is the intake's year; a heading that is no intake's gives its year
    assert prose.heading_year(heading, "1. mars") == "2024"
    assert prose.heading_year([Line("Studietilbud 2017", "heading", level=2)], "1. desember") == "2017"
    assert prose.heading_year(heading) == "2024"


# 13. A public body named after its region is no place.
def test_a_regional_public_body_is_no_place():
    assert records.place_in("Statsforvalteren i Oslo og Viken") is None
    assert records.place_in("Fylkesmannen i Vestland") is None
    # traps: a district in its town is the town
    assert records.place_in("Majorstuen i Oslo")["kommune_nr"] == "0301"


# Review of round 17's fixes (rva17).
# R1. The passed deadline read before its next one: a past deadline said after its "var" (Norwegian word order puts the
# verb first: "I fjor var fristen 15. februar") is past too, and "har passert" / "has closed" have passed.
@pytest.mark.parametrize("sentence, deadline", [
    ("Søknadsfristen er 1. mars 2025 (i fjor var fristen 15. februar).", None),
    ("Tidligere var søknadsfristen 1. mars 2025.", None),
    ("I fjor var den ordinære søknadsfristen 1. mars 2025.", None),
    ("Søknadsfristen 1. mars 2025 har passert.", None),
    ("The application deadline of 1 March 2025 has closed.", None),
    # traps: the next deadline after a past one still counts
    ("I fjor var fristen 15. februar 2025, og i år er søknadsfristen 1. mars 2025.", "2025-03-01"),
    ("Søknadsfristen for våren har passert, neste søknadsfrist er 1. oktober 2025.", "2025-10-01"),
    ("Søknadsfristen var 1. mars, neste frist er 1. oktober 2025.", "2025-10-01"),
])
def test_a_deadline_said_after_its_past_verb_is_past(sentence, deadline):
    said = prose.deadline(_lines(sentence))
    assert (when.application_deadline(said.raw) if said else None) == deadline


# R2. English "by" before its date may have the weekday or a colon between ("Register by Monday 1 March").
@pytest.mark.parametrize("sentence, deadline", [
    ("Register by Monday 1 March 2025.", "2025-03-01"),
    ("Apply by Friday, 1 March 2025.", "2025-03-01"),
    ("Apply by: 15 April 2025.", "2025-04-15"),
    # trap: Norwegian "by" (a town) before a weekday and a date is no deadline
    ("Meld deg på kurs for ledere i by og bygd, fredag 14. mars 2025.", None),
])
def test_english_by_before_a_weekday_and_its_date(sentence, deadline):
    said = prose.deadline(_lines(sentence))
    assert (when.application_deadline(said.raw) if said else None) == deadline


# R3. A requirement word after a wish makes the years required only when it is not denied ("men det kreves ikke",
# "ingen krav", "not a must") and not the modal verb of a relative clause ("søkere som skal lede andre").
@pytest.mark.parametrize("text, years", [
    ("Det er ønskelig, men det kreves ikke, at søkere har minst to års erfaring.", None),
    ("Det er ønskelig, men ingen krav, at søkere har minst to års erfaring.", None),
    ("Det er ønskelig, men ikke noe krav, at søkere har minst to års erfaring.", None),
    ("It is an advantage, but not a must, to have at least two years of experience.", None),
    ("Det er ønskelig at søkere som skal lede andre har minst to års erfaring.", None),
    ("We recommend that applicants who must lead others have at least two years of experience.", None),
    ("Det er en fordel om deltakerne, som må være ansatt i kommunen, har minst to års erfaring.", None),
    # traps: a requirement after a wish still is one
    ("Det er ønskelig med ledererfaring, men søkere må ha minst tre års yrkeserfaring.", 3),
    ("Det er ønskeleg med leiarerfaring, men søkjarar skal ha minst tre års praksis.", 3),
    ("Det er ønskelig med ledererfaring, men søkere må ha ikke mindre enn to års yrkeserfaring.", 2),
    ("Leadership experience is an advantage, and applicants must have no less than two years of work experience.", 2),
    ("Det er ønskelig med ledererfaring, men søkere som ikke har bachelorgrad, må ha minst tre års praksis.", 3),
    ("Leadership experience is an advantage, and at least two years of work experience is required.", 2),
])
def test_a_denied_or_relative_requirement_after_a_wish_is_no_requirement(text, years):
    assert normalise.admission(text)["admission_experience_years"] == years


# R4. Online teaching named with the exam is no teaching place: the exam's place stays the exam's.
@pytest.mark.parametrize("texts, places", [
    (["Studiet har nettundervisning og eksamen i Bergen."], []),
    (["Nettbasert undervisning og eksamen holdes i Tromsø."], []),
    (["Det er digital undervisning og eksamen i Bodø."], []),
    # traps: teaching (also physical) named with the exam keeps its place
    (["Kurset har fysisk undervisning og eksamen i Bergen."], ["Bergen"]),
    (["All undervisning og eksamen skjer i Bodø."], ["Bodø"]),
])
def test_online_teaching_and_exam_in_a_place(texts, places):
    assert _places(*texts) == places


# R5. The degree said first and then not required: "Bachelorgrad kreves ikke", "Bachelorgrad er ikke påkrevd".
@pytest.mark.parametrize("text, education", [
    ("Bachelorgrad kreves ikke.", None),
    ("Mastergrad krevst ikkje.", None),
    ("Bachelorgrad er ikke påkrevd.", None),
    # traps: the degree required, or another degree not required, still is the admission's
    ("Bachelorgrad kreves.", "bachelor"),
    ("Opptakskrav er bachelorgrad. Mastergrad kreves ikke.", "bachelor"),
])
def test_a_degree_said_first_then_not_required(text, education):
    assert normalise.admission(text)["admission_education"] == education


# R6. A level 5 the study builds on, or asks for "or higher", is not the study's level.
@pytest.mark.parametrize("description, level", [
    ("Studiet er på EQF-nivå 7 og bygger på EQF-nivå 5.", "bachelor"),
    ("Studiet tilsvarer nivå 6 i NKR, og bygger på nivå 5 i NKR.", "bachelor"),
    ("Søkere må ha utdanning på EQF level 5 eller høyere.", "bachelor"),
    ("Applicants need a qualification at EQF level 5 or higher.", "bachelor"),
    # traps: the study's own level 5 is the fagskole's
    ("Utdanningen er på EQF level 5.", "fagskole"),
    ("Studiet er på nivå 5.1 i NKR, og bygger på videregående opplæring.", "fagskole"),
])
def test_a_level_5_built_on_or_asked_for_is_no_fagskole(description, level):
    assert normalise.level_and_kind(description, "Ledelse", "", 30)[0] == level


# R7. The study's part said with nynorsk "sin", English "'s" or a plural genitive is still a part, not the study.
@pytest.mark.parametrize("sentence, semesters", [
    ("Studiet sin praksisperiode varer eitt semester.", None),
    ("Utdanninga sin praksis varer eitt semester.", None),
    ("The programme's placement lasts one semester.", None),
    ("Utdanningenes praksis varer ett semester.", None),
    # traps: the study named with its subject, or with praksis as its content, is the study
    ("Videreutdanninga i praksisrettleiing går over to semester.", 2),
    ("Studiet med praksis går over to semester.", 2),
    ("Kurset har praksis over to semestre.", 2),
])
def test_a_part_of_the_study_said_with_sin_or_s_is_a_part(sentence, semesters):
    html = f"{_LEADER_COURSE}<p>{sentence}</p>"
    assert _record(html)["duration_semesters"] == semesters


# R8. The Norwegian spelling of a masterclass ("masterklasse") is no master either.
def test_a_masterklasse_is_no_part_of_a_master():
    assert not normalise.PART_OF_MASTER.search("Kurset inngår i vår masterklasse for ledere.")
    assert normalise.level_and_kind("Kurset inngår i vår masterklasse for ledere", "Ledelse", "", 10)[0] == "bachelor"
    # trap: a master named beside it still is one
    assert normalise.PART_OF_MASTER.search("Emnet kan inngå i masterklassen og i mastergraden.")


# R9. Teaching named in a list with the exam ("Forelesninger, seminarer og eksamen"), or with "the exam", keeps its place.
@pytest.mark.parametrize("texts, places", [
    (["Undervisning, veiledning og eksamen foregår i Bergen."], ["Bergen"]),
    (["Forelesninger, seminarer og eksamen holdes i Oslo."], ["Oslo"]),
    (["Teaching and the exam take place in Oslo."], ["Oslo"]),
    # traps: online teaching before the list, or the exam after a clause of its own, gives no teaching place
    (["Undervisningen er på nett, veiledning og eksamen foregår i Bergen."], []),
    (["Nettundervisning, veiledning og eksamen i Bergen."], []),
    (["Undervisningen skjer på nett, og eksamen foregår i Bergen."], []),
])
def test_a_list_of_teaching_and_the_exam_held_in_a_place(texts, places):
    assert _places(*texts) == places


# R10. A deadline's subject said before the passed one governs the next deadline: "Fristen for stipend gikk ut 1. februar,
# og neste frist er 1. september" is the funding's next deadline, not the study's.
@pytest.mark.parametrize("sentence, deadline", [
    ("Søknadsfristen for stipend gikk ut 1. februar, og neste frist er 1. september 2025.", None),
    ("Fristen for å betale semesteravgift var 1. februar; neste frist er 1. september 2025.", None),
    # trap: the study's next deadline after a passed one still counts
    ("Søknadsfristen for våren har gått ut, neste søknadsfrist er 1. oktober 2025.", "2025-10-01"),
])
def test_the_subject_before_a_passed_deadline_governs_the_next(sentence, deadline):
    said = prose.deadline(_lines(sentence))
    assert (when.application_deadline(said.raw) if said else None) == deadline


# R11. Lectures recorded and then put out digitally ("tas opp digitalt", "tas opp og gjøres tilgjengelig digitalt") are
# not online teaching either.
@pytest.mark.parametrize("text, online", [
    ("Samlingene er på campus. Forelesningene tas opp digitalt.", False),
    ("Samlingene er på campus. Forelesningene tas opp og gjøres tilgjengelig digitalt.", False),
    ("Samlingene er på campus. Forelesningene blir tatt opp og lagt ut digitalt.", False),
    # trap: digital teaching said beside the recording still is online
    ("Forelesningene tas opp og undervisningen er digital.", True),
])
def test_lectures_recorded_and_put_out_digitally_are_no_online_teaching(text, online):
    assert ("nett" in normalise.delivery(text)) is online


# R12. A deadline said to be out or over ("Søknadsfristen 1. mars er ute", "har løpt ut", "is over") has passed; "er ute" or
# "er over" of something else is no passed deadline.
@pytest.mark.parametrize("sentence, deadline", [
    ("Søknadsfristen 1. mars 2025 er ute.", None),
    ("Søknadsfristen 1. mars 2025 har løpt ut.", None),
    ("The deadline of 1 March 2025 is over.", None),
    ("Fristen for våren er over, og neste søknadsfrist er 1. oktober 2025.", "2025-10-01"),
    # traps: out in a placement, a study over two semesters, a course that is over
    ("Søknadsfristen er 1. mars 2025, mens studentene er ute i praksis.", "2025-03-01"),
    ("Søknadsfristen er 1. mars 2025, og studiet er over to semestre.", "2025-03-01"),
    ("Søknadsfristen er 1. mars 2025, og du får kursbevis når kurset er over.", "2025-03-01"),
])
def test_a_deadline_said_to_be_out_or_over_has_passed(sentence, deadline):
    said = prose.deadline(_lines(sentence))
    assert (when.application_deadline(said.raw) if said else None) == deadline
