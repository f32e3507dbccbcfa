"""Admission requirements stated the ways real course pages state them (round 13)."""

import pytest


from domain import normalise as n
from tests.helpers import crawled_record


def _adm(text):
    got = n.admission(text)
    return got["admission_education"], got["admission_experience_years"]


@pytest.mark.parametrize("text, years", [
    # "N or more years", "N years or more of", "N years'"; English "practice" is experience
    ("Applicants need three or more years of relevant work experience.", 3),
    ("You also need two years or more of relevant professional practice.", 2),
    ("Norwegian at level B1 and about 3 years' practice in the field.", 3),
    ("Du må ha fire eller flere års relevant yrkeserfaring.", 4),
    # the experience, a few words, then its minimum
    ("Du trenger arbeidserfaring som vernepleier tilsvarende minst ett år i full stilling.", 1),
    # experience said with a verb and a minimum
    ("Etter utdanningen må du ha jobbet med brukere i minimum to år.", 2),
    ("Du må ha arbeidet minst ett år med direkte pasientarbeid.", 1),
    ("Applicants must have worked for at least three years in health care.", 3),
])
def test_experience_years_said_in_several_ways(text, years):
    assert _adm(text)[1] == years


@pytest.mark.parametrize("text", [
    # traps: a length that is no experience, and a minimum joined to another requirement
    "Har du bare jobbet halv stilling, trenger du minst åtte år.",
    "Du må ha erfaring fra ledelse og minst 3 år utdanning.",
    "Du må ha jobbet i helsetjenesten, og studiet går over minst to år.",
])
def test_years_that_are_not_the_experience_required(text):
    assert _adm(text)[1] is None


def test_years_of_experience_as_a_leader_are_admission_by_position():
    text = "Participants need five or more years of experience as a manager. No formal academic requirements apply."
    assert _adm(text) == ("other", 5)
    assert _adm("Du må ha minst 3 års erfaring som leder.") == ("other", 3)
    # with an education named, the education decides
    assert _adm("Bachelorgrad og 3 års erfaring som leder.") == ("bachelor", 3)


@pytest.mark.parametrize("text, education", [
    # years of higher education said after the education
    ("Opptakskravet er relevant høyere utdanning på minst tre år pluss to års yrkeserfaring.", "bachelor"),
    ("Du må ha høgskoleutdanning i helse- og sosialfag på minst tre år.", "bachelor"),
    ("Applicants need a relevant education of at least two years.", "other"),
    # credits of higher education with "or more", and from an institution
    ("Har du 120 studiepoeng eller mer fra høyskole eller universitet, kan realkompetanse gi opptak.", "other"),
    ("Du må likevel ha minst 90 studiepoeng fra en akkreditert utdanningsinstitusjon.", "other"),
])
def test_higher_education_said_in_years_or_credits_after_the_education(text, education):
    assert _adm(text)[0] == education


def test_the_study_s_own_length_is_no_admission_requirement():
    # the definite "utdanningen" is the offer itself; experience of some years is not education
    assert _adm("Utdanningen er på minst to år.")[0] is None
    assert _adm("Du trenger relevant yrkeserfaring på minst 2 år.") == (None, 2)


def _record(html, url="https://x.test/studier/ledelse-master/opptak/"):
    return crawled_record(html, url)


def test_an_admission_section_is_read_past_its_first_long_paragraphs():
    """The prior-learning route with fewer credits comes after a long first route: the lowest
    route that admits is the requirement."""
    long = "<p>" + "Vitnemål og attester lastes opp i søknadsportalen før fristen går ut. " * 16 + "</p>"
    html = ("<h1>Master i ledelse</h1><dl><dt>Studiepoeng</dt><dd>90</dd></dl><h2>Opptakskrav</h2>"
            f"<p>Du må ha en fullført bachelorgrad.</p>{long}"
            "<p>Realkompetanse: du må likevel ha minst 90 studiepoeng fra universitet eller høgskole.</p>"
            "<h2>Pris</h2><p>Studieavgift kr 40 000.</p>")
    assert len(long) > 1000
    assert _record(html)["admission_education"] == "other"


def test_experience_of_a_route_by_assessment_or_prior_learning_is_not_the_requirement():
    text = ("For å komme inn må du ha bachelorgrad i sosialt arbeid. Har du en annen utdanning, kan du bli tatt opp "
            "etter en individuell vurdering, og da må du dokumentere minst to års relevant yrkeserfaring.")
    assert _adm(text) == ("bachelor", None)
    text = ("Du må ha generell studiekompetanse. Vilkårene for opptak på grunnlag av realkompetanse er: du er 25 år "
            "og har minst fem års relevant yrkespraksis.")
    assert _adm(text) == ("generell_studiekompetanse", None)
    # the trap: realkompetanse as an alternative to the degree, with experience required of all
    assert _adm("Bachelorgrad eller tilsvarende realkompetanse, og minst to års relevant yrkeserfaring.") == ("bachelor", 2)


def test_general_admission_said_not_to_be_enough():
    text = "Du må ha fagbrev i helsearbeiderfaget. (Generell studiekompetanse er ikke nok alene.)"
    assert _adm(text)[0] == "other"
    assert _adm("Generell studiekompetanse is not sufficient; you need a trade certificate (fagbrev).")[0] == "other"


_LONG = "<p>" + "Studiet gir deg kunnskap om ledelse, kvalitet og samarbeid i tjenestene. " * 3 + "</p>"


@pytest.mark.parametrize("sentence, education", [
    ("Du blir tatt opp hvis du har generell studiekompetanse.", "generell_studiekompetanse"),
    ("Du kan tas opp med bachelorgrad i helse- eller sosialfag.", "bachelor"),
    ("For å kome inn må ein ha generell studiekompetanse eller realkompetanse.", "generell_studiekompetanse"),
    ("To be admitted you need a bachelor's degree in health sciences.", "bachelor"),
    # the requirement named, and what the applicant needs
    ("Programmet gir 30 studiepoeng; det formelle kravet er en bachelor med minimum 180 studiepoeng.", "bachelor"),
    ("Du treng ein bachelorgrad eller tilsvarande i humanistiske fag.", "bachelor"),
    ("You need a bachelor's degree of 180 ECTS in a relevant field.", "bachelor"),
])
def test_admission_said_as_who_is_admitted(sentence, education):
    html = (f"<h1>Videreutdanning i helseledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>{_LONG}"
            f"<p>{sentence}</p>")
    assert _record(html, "https://x.test/studier/helseledelse")["admission_education"] == education


def test_a_topic_taken_up_is_no_admission():
    html = (f"<h1>Videreutdanning i helseledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>{_LONG}"
            "<p>Emner som tas opp er ledelse, utdanning og bachelor- og masternivå i tjenestene.</p>")
    assert _record(html, "https://x.test/studier/helseledelse")["admission_education"] is None


def test_an_admission_sentence_that_introduces_a_list_is_read_with_it():
    html = (f"<h1>Tilleggsutdanning i barnehagepedagogikk</h1><dl><dt>Studiepoeng</dt><dd>60</dd></dl>{_LONG}"
            "<p>For å bli tatt opp må du allerede ha en av disse utdanningene:</p>"
            "<ul><li>Grunnskolelærer</li><li>Bachelorutdanning i spesialpedagogikk</li></ul>"
            "<p>Søknadsfristen er 1. mars.</p>")
    assert _record(html, "https://x.test/studier/tillegg")["admission_education"] == "bachelor"


def test_a_special_admission_requirement_beats_the_general_one():
    text = ("Generelle opptakskrav: generell studiekompetanse. Spesielle opptakskrav: treårig helse- eller "
            "sosialfaglig utdanning på bachelornivå.")
    assert _adm(text)[0] == "bachelor"
    # the trap: a special requirement that is only a subject code leaves general admission
    assert _adm("Generelle opptakskrav: generell studiekompetanse. Spesielle opptakskrav: R1.")[0] == \
        "generell_studiekompetanse"


def test_admission_told_under_two_labels_is_read_together():
    html = ("<h1>Master i helseadministrasjon – opptak</h1><p>Studieplasser</p><p>30</p>"
            "<h2>Krav til utdanning</h2><p>Du må ha fullført en bachelorgrad eller tilsvarende.</p>"
            "<h2>Krav til yrkeserfaring</h2><p>For å søke kreves minst 3 års yrkeserfaring på fulltid.</p>"
            "<h2>Søknadsfrist</h2><p>15. april</p>")
    record = _record(html, "https://x.test/studier/program/helseadministrasjon-master/opptak/")
    assert (record["admission_education"], record["admission_experience_years"]) == ("bachelor", 3)


def test_an_admission_heading_over_headings_of_its_routes_reads_them():
    html = ("<h1>Videreutdanning i geriatrisk sykepleie</h1><dl><dt>Studiepoeng</dt><dd>60</dd></dl>"
            "<h3>Opptakskrav</h3><h2>Opptakskrav Bergen</h2>"
            "<p>Du trenger en fullført bachelor i sykepleie, og du må ha jobbet med pasienter i minst ett år.</p>"
            "<h2>Pris</h2><p>Studieavgift kr 8600.</p>")
    record = _record(html, "https://x.test/studier/geriatri")
    assert (record["admission_education"], record["admission_experience_years"]) == ("bachelor", 1)
    routes = ("<h1>Master i eiendomsutvikling – opptak</h1><p>Studieplasser</p><p>30</p>"
              "<h3>Opptakskrav</h3><p>Du må ha ett av disse grunnlagene:</p>"
              "<h2>For ordinært opptak:</h2><ul><li>Minimum 180 studiepoeng fra universitet</li>"
              "<li>Minimum 2 års relevant yrkeserfaring</li></ul><p>eller</p>"
              "<h2>For opptak på realkompetanse:</h2><ul><li>Minimum 120 studiepoeng fra høgskole/universitet</li></ul>"
              "<h2>Søknadsfrist</h2><p>15. april</p>")
    record = _record(routes, "https://x.test/studier/program/eiendom-master/opptak/")
    assert (record["admission_education"], record["admission_experience_years"]) == ("other", 2)


def test_an_admission_section_with_text_ends_at_the_next_heading():
    # the trap: a heading of another topic after the admission text is not read on
    html = ("<h1>Videreutdanning i ledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>"
            "<h3>Opptakskrav</h3><p>Du må ha generell studiekompetanse.</p>"
            "<h2>Videre studier</h2><p>Emnet kan inngå i en master som krever bachelorgrad.</p>")
    assert _record(html)["admission_education"] == "generell_studiekompetanse"


def test_the_general_admission_regulations_are_no_requirement():
    text = ("As a rule you need a bachelor's degree or other education of at least three years. "
            "The university's general admission regulations also apply.")
    assert _adm(text)[0] == "bachelor"
    # the trap: the general admission requirements are general admission
    assert _adm("You must meet the general admission requirements.")[0] == "generell_studiekompetanse"


@pytest.mark.parametrize("text", [
    "Styrere og daglige ledere kan søke, og det kan også assisterende styrere.",
    "Programmet er for toppledere på strategisk nivå med personal- og økonomiansvar.",
    "Leaders in municipal health services can apply.",
])
def test_admission_by_a_leader_s_position(text):
    assert _adm(text)[0] == "other"


def test_a_leader_s_position_beside_a_degree_gives_way_to_the_degree():
    assert _adm("Ledere med personalansvar kan søke; du må ha en bachelorgrad.")[0] == "bachelor"
    # the trap: leaders named without applying or holding a post say nothing of admission
    assert _adm("Studiet gir ledere nye verktøy.")[0] is None


def test_leaders_who_may_apply_are_read_as_admission_in_a_sentence():
    html = (f"<h1>Styrerutdanning</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>{_LONG}"
            "<h2>Hvem kan søke?</h2><p>Styrere og daglige ledere i barnehager kan søke.</p>")
    assert _record(html, "https://x.test/studier/styrer")["admission_education"] == "other"


def test_general_admission_joined_to_years_of_higher_education_is_not_general_admission_alone():
    text = ("Fagbrev, generell studiekompetanse, minst 2 år yrkesteoretisk utdanning over videregående, "
            "samt minst 4 års relevant arbeidserfaring.")
    assert _adm(text) == ("other", 4)
    # traps: an alternative, and the study's own length in another sentence
    assert _adm("Generell studiekompetanse eller 2 års høyere utdanning.")[0] == "generell_studiekompetanse"
    assert _adm("Generell studiekompetanse. Dette er en 2-årig utdanning på deltid.")[0] == \
        "generell_studiekompetanse"


def test_experience_then_its_place_then_its_minimum():
    text = "Du må ha ledererfaring fra de samme virksomhetene i justissektoren på minst 2 år."
    assert _adm(text)[1] == 2
    # the trap: a minimum of something else after "og"
    assert _adm("Du må ha erfaring fra helsetjenesten og minst 2 år med høyere utdanning.")[1] is None


def test_credits_on_top_of_years_of_education_add_up():
    assert _adm("Som alternativ: 2-årig politiutdanning og i tillegg minst 60 studiepoeng.")[0] == "bachelor"
    assert _adm("Du må ha 2-årig utdanning pluss 60 studiepoeng fra høgskole.")[0] == "bachelor"
    # the trap: two years alone are 'other'
    assert _adm("Du må ha 2-årig utdanning fra fagskole.")[0] == "other"


@pytest.mark.parametrize("sentence, education", [
    ("Målgruppe: helse- og sosialpersonell som har fagbrev eller vitnemål frå vidaregåande.", "other"),
    ("The course is for nurses who hold a bachelor's degree in nursing.", "bachelor"),
])
def test_the_ones_a_study_is_for_by_what_they_hold(sentence, education):
    html = (f"<h1>Psykisk helsearbeid</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>{_LONG}<p>{sentence}</p>")
    assert _record(html, "https://x.test/studier/psykisk")["admission_education"] == education


def test_a_degree_the_study_awards_is_no_admission():
    # the trap: "avsluttes med bachelorgrad" is what the study gives, not what applicants hold
    html = (f"<h1>Sykepleie</h1><dl><dt>Studiepoeng</dt><dd>180</dd></dl>{_LONG}"
            "<p>Studiet avsluttes med bachelorgrad i sykepleie.</p>")
    assert _record(html, "https://x.test/studier/sykepleie")["admission_education"] is None


def test_the_experience_of_the_admitting_route_counts():
    text = ("Grunnlaget er en mastergrad i økonomi; etter graden må du ha minst tre års relevant yrkespraksis. "
            "En bachelorgrad kan holde, men bare med minst fire års relevant yrkespraksis etter graden.")
    assert _adm(text) == ("bachelor", 4)
    # the trap: one route stated, its experience before the degree
    assert _adm("Minst 2 års relevant yrkeserfaring og fullført bachelorgrad.") == ("bachelor", 2)


def test_leaders_who_may_apply_for_funds_or_leave_are_no_admission():
    """'Ledere kan søke' names who may apply for the study; 'Ledere kan søke om midler …' what else they may
    apply for (review of this round's LEADERS_APPLY)."""
    from crawler import prose
    from crawler.blocks import Line
    assert prose.admission([Line("Ledere kan søke om midler fra Utdanningsdirektoratet til videreutdanning.", "text")]) is None
    assert _adm("Managers may apply for funding from the county.") == (None, None)
    assert _adm("Styrere og daglige ledere kan søke.") == ("other", None)
    assert _adm("Ledere kan søke om opptak.") == ("other", None)


def test_the_same_admission_label_again_is_not_read_with_the_first():
    """Two labels are one requirement ('Krav til utdanning', 'Krav til yrkeserfaring'); the same label again is
    a sibling programme's or a repeat, whose lower route would otherwise win."""
    html = ("<h1>Master i helseadministrasjon – opptak</h1><p>Studieplasser</p><p>30</p>"
            "<h2>Opptakskrav</h2><p>Du må ha fullført en bachelorgrad og ha minst 3 års yrkeserfaring.</p>"
            "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>"
            "<h2>Søknadsfrist</h2><p>15. april</p>")
    record = _record(html, "https://x.test/studier/program/helseadministrasjon-master/opptak/")
    assert (record["admission_education"], record["admission_experience_years"]) == ("bachelor", 3)


# -- round 14: the labels of an application form -----------------------------

@pytest.mark.parametrize("label", ["Generelt opptakskrav:", "Evt. spesielle opptakskrav:", "Spesielt opptakskrav"])
def test_form_labels_of_admission(label):
    from crawler import facts
    assert facts.label_keys(label) == ("admission",)


def test_the_special_requirement_of_a_form_is_read_with_the_general_one():
    html = ("<h1>Søknad til videreutdanning i veiledning</h1><p>Oppstart: Høsten 2026</p><p>Søknadsfrist: 1. mars 2026</p>"
            "<p>Studiet gir 30 studiepoeng.</p>"
            "<p>Generelt opptakskrav: Generell studiekompetanse eller realkompetanse.</p>"
            "<p>Evt. spesielle opptakskrav: Treårig helsefaglig utdanning på bachelornivå.</p>")
    assert _record(html, "https://x.test/studier/veiledning")["admission_education"] == "bachelor"


# -- round 15: a degree that is no requirement ---------------------------------

@pytest.mark.parametrize("text, education", [
    # a regulation named by the degree, the study's own degree
    ("Reglene for opptak står i § 3 i mastergradsforskriften.", None),
    ("Opptak skjer etter forskrift om krav til mastergrad.", None),
    ("Admission follows the Regulations concerning Requirements for the Master's Degrees.", None),
    ("A nurse with this master's degree has the judgement that an advanced role requires.", None),
    ("Opptak: Med denne mastergraden kan du søke doktorgrad.", None),
    # traps: the degree an applicant must hold, beside the regulation's name
    ("Opptakskrav er mastergrad. Graden er gitt etter forskrift om krav til mastergrad.", "master"),
    ("Applicants must have a master's degree; this master's degree is not enough alone.", "master"),
    ("Opptakskrav: bachelorgrad, jf. mastergradsforskriften § 3.", "bachelor"),
])
def test_a_regulations_or_the_studys_own_degree_is_no_requirement(text, education):
    assert _adm(text)[0] == education


def test_a_teachers_education_is_a_bachelor():
    for text in ("Søkjaren må ha godkjend barnehagelærar-, førskulelærar- eller lærarutdanning.",
                 "Opptakskrav: førskolelærerutdanning eller barnehagelærerutdanning.",
                 "Du må ha fullført lærerutdanning og arbeide i skolen."):
        assert _adm(text)[0] == "bachelor", text
    # traps: the lowest of alternatives still wins; leaders in post without an education named stay "other"
    assert _adm("Opptakskrav: generell studiekompetanse eller lærerutdanning.")[0] == "generell_studiekompetanse"
    assert _adm("Styrere og daglige ledere kan søke.")[0] == "other"


def test_an_admission_label_over_a_list_reads_every_item():
    """"Generelle opptakskrav:" over a list: the experience in the third item is required too."""
    from crawler import facts
    from crawler.blocks import Line
    lines = [Line("Generelle opptakskrav:", "text"), Line("Bachelorgrad eller tre år med høgskoleutdanning", "item"),
             Line("Fullført modul 1 og 2", "item"), Line("To års relevant yrkespraksis.", "item"),
             Line("Praksisen må være opparbeidet etter graden.", "text")]
    raw = facts.read_facts(lines)["admission"].raw
    assert _adm(raw) == ("bachelor", 2)
    assert "Praksisen må" not in raw           # trap: the text after the list is not one of its items


def test_a_teachers_education_of_any_kind_and_not_a_masters_field():
    """Round 15 review (rvb15): any teacher's education is a bachelor ("yrkesfaglærerutdanning"), but a master's
    degree IN teacher education is a master's."""
    assert _adm("Søkere med yrkesfaglærerutdanning kan søke.")[0] == "bachelor"
    assert _adm("Du må ha grunnskolelærerutdanning.")[0] == "bachelor"
    # trap: the teacher education is the field of the required master's degree
    assert _adm("Opptakskrav: mastergrad i lærerutdanning.")[0] == "master"
    assert _adm("Applicants need a master's degree in teacher education.")[0] == "master"


# -- round 16 (r16b) ---------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Anbefalt forhåndskunnskap", "Anbefalte forkunnskaper"])
def test_the_knowledge_recommended_before_the_offer_is_its_own_text(heading):
    html = (f"<h1>Master i nynorsk skriftkultur</h1><dl><dt>Studiepoeng</dt><dd>120</dd></dl>{_LONG}"
            f"<h2>{heading}</h2><p>Du treng ein bachelorgrad eller tilsvarande i humanistiske fag.</p>")
    assert _record(html, "https://x.test/studier/nynorsk-master")["admission_education"] == "bachelor"


def test_recommended_other_studies_stay_related():
    # the trap: another study's requirement under "Anbefalte studier" is not this offer's
    html = (f"<h1>Videreutdanning i helseledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>{_LONG}"
            "<h2>Anbefalte studier</h2><p>Du treng ein bachelorgrad for å kome inn på masteren i helseleiing.</p>")
    assert _record(html, "https://x.test/studier/helseledelse")["admission_education"] is None


@pytest.mark.parametrize("text, years", [
    ("To års relevant yrkespraksis er ønskjeleg.", None),
    ("Det er en fordel å ha minst to års erfaring fra helsesektoren.", None),
    ("Two years of relevant work experience is desirable.", None),
    ("We recommend at least two years of relevant experience.", None),
    # traps: the wish is another clause's or sentence's, the years are required
    ("Du må ha minst to års yrkespraksis, og ledererfaring er en fordel.", 2),
    ("Søkjarar må ha minst to års relevant yrkespraksis. Leiarerfaring er ønskjeleg.", 2),
    ("Applicants need at least two years of work experience; management experience is an advantage.", 2),
])
def test_experience_wished_for_or_recommended_is_not_required(text, years):
    assert _adm(text)[1] == years


@pytest.mark.parametrize("text, education", [
    # a fagskole education completed, or named beside another; nynorsk "helsefagarbeidar"
    ("Opptak krev fullført fagskuleutdanning.", "other"),
    ("Du må ha bachelorgrad eller fagskoleutdanning i helsefag.", "other"),
    ("Du må ha autorisasjon som helsefagarbeidar.", "other"),
    ("Applicants must hold a vocational college degree.", "other"),
    # a leader in post, in nynorsk and English
    ("Du må vere leiar i helse- og omsorgstenesta.", "other"),
    ("Applicants must be employed in a leadership position.", "other"),
    # traps: the offer itself a fagskole education, with another requirement
    ("Studiet er ei fagskuleutdanning. Du må ha bachelorgrad.", "bachelor"),
    ("Fagskoleutdanningen krever generell studiekompetanse.", "generell_studiekompetanse"),
])
def test_a_fagskole_education_or_a_post_as_leader_required_is_other(text, education):
    read = n.admission(text)
    assert (read["admission_education"], read["admission_experience_years"]) == (education, None)


def test_a_degree_said_not_to_be_required_is_no_requirement():
    assert _adm("Bachelorgrad er ikke et krav. Du må ha minst tre års erfaring som leder.") == ("other", 3)
    assert _adm("Det er ikkje krav om bachelorgrad.")[0] is None
    assert _adm("Du treng ikkje bachelorgrad, men må ha fagbrev.")[0] == "other"
    assert _adm("A bachelor's degree is not required, but you need three years of management experience.")[0] == "other"
    # traps: another degree still required, and another thing not required
    assert _adm("Det er ikke krav om bachelorgrad i sykepleie, men du må ha en bachelorgrad.")[0] == "bachelor"
    assert _adm("Opptakskrav er bachelorgrad. Mastergrad er ikke et krav.")[0] == "bachelor"
    assert _adm("Du må ha bachelorgrad. Det er ikke krav om praksis.")[0] == "bachelor"


@pytest.mark.parametrize("sentence, education", [
    ("Studiet krever bachelorgrad i sykepleie.", "bachelor"),
    ("Vidareutdanninga føreset at du har fagbrev.", "other"),
    # the trap: what the study asks of the student, and the degree it gives
    ("Studiet krever mye egeninnsats og gir deg en bachelorgrad.", None),
])
def test_what_the_study_requires_in_bokmal_and_nynorsk(sentence, education):
    html = (f"<h1>Videreutdanning i helseledelse</h1><dl><dt>Studiepoeng</dt><dd>30</dd></dl>{_LONG}"
            f"<p>{sentence}</p>")
    assert _record(html, "https://x.test/studier/helseledelse").get("admission_education") == education
