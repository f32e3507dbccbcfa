"""Round 17: the open findings of the read-only reviews of the last two rounds, each fixed as a class of wording.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from domain import normalise, records


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


# 13. A public body named after its region is no place.
def test_a_regional_public_body_is_no_place():
    assert records.place_in("Statsforvalteren i Oslo og Viken") is None
    assert records.place_in("Fylkesmannen i Vestland") is None
    # traps: a district in its town is the town
    assert records.place_in("Majorstuen i Oslo")["kommune_nr"] == "0301"
