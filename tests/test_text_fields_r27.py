"""Round 27, fields and recognition: a price the public pays or that is one test attempt's, excursions and fieldwork,
the subject language of a language course, both languages in a list, English ordinal dates, the title's credits over a
larger programme's, previous knowledge an applicant needs, a degree held once the study is completed, what one part
gives, a programme structure's terms, the kind an applicant needs, PPU and a catalogue's one-year category, UiB's
"Postgraduate course", and general admission pages by their title or their old address.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record
from tests.helpers import page_lines as _page_lines


# 1. Prices: the public payer named alone, a test's fee per attempt, excursions and fieldwork.
@pytest.mark.parametrize("text, price", [
    ("Dekkes av Udir", 0),
    ("Dekket av staten", 0),
    ("Før du går opp, registrerer du deg og betaler gebyret, kr. 300,-, som dekker ett forsøk.", None),
    ("Prøven koster kr 500 per forsøk.", None),
    ("Fieldwork, NOK 1200 (6 days x NOK 200 per overnight stay)", None),
    ("There are also compulsory excursions, a winter week among them, for which students pay around NOK 1500 - 2000.",
     None),
    # traps: another payer, a course's price per participant or with an excursion included, a price per course
    ("Dekkes av deltakeren", None),
    ("Betales av arbeidsgiver", None),
    ("Kursavgift kr 2500 per deltaker", 2500),
    ("Kurset koster kr 5000, inkludert ekskursjon.", 5000),
    ("Kurset koster kr 3000, som dekker ett kurs.", 3000),
])
def test_prices_of_the_public_a_test_attempt_and_fieldwork(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


# 2. Teaching language: the course's subject, a learning outcome, and both languages in a list.
@pytest.mark.parametrize("text", [
    "It picks up where NORSK20, the course in Norwegian language, leaves off.",
    "Is able to keep up in lectures held in Norwegian.",
    "Kan følge undervisning på norsk.",
])
def test_a_language_course_s_subject_and_outcomes_are_no_teaching_language(text):
    from crawler import prose
    assert prose.teaching_language(_page_lines(f"<h1>Norsk 2</h1><p>{text}</p>")) is None


@pytest.mark.parametrize("text", [
    "The course is taught in Norwegian.",          # traps: the teaching's language said
    "Kurset kan undervises på engelsk.",
])
def test_the_teaching_language_said_is_read(text):
    from crawler import prose
    assert prose.teaching_language(_page_lines(f"<h1>Norsk 2</h1><p>{text}</p>")) is not None


@pytest.mark.parametrize("value, language", [
    ("Norwegian, English", None),
    ("Norsk, engelsk.", None),
    # traps: one language and texts in the other, a sentence with an addition
    ("Norwegian, English texts", "no"),
    ("Undervisningen er på norsk, engelsk ved behov", "no"),
    ("English", "en"),
])
def test_two_languages_in_a_list_give_none(value, language):
    from domain.normalise import teaching_language
    assert teaching_language(value) == language


# 3. English ordinal dates.
@pytest.mark.parametrize("text, deadline", [
    ("28th of February 2023", "2023-02-28"),
    ("Deadline: 2nd March 2024", "2024-03-02"),
    ("1st of March 2023", "2023-03-01"),
    # traps: the dates read before
    ("28. februar 2023", "2023-02-28"),
    ("March 1st, 2024", "2024-03-01"),
])
def test_english_ordinal_dates(text, deadline):
    from domain.when import application_deadline
    assert application_deadline(text) == deadline


# 4. The title's credits over a sentence's larger programme.
def test_the_title_s_credits_are_the_course_s_not_a_master_s_in_a_sentence():
    record = _record("<h1>STV-3035 Utviklings- og endringsstrategier i offentlig sektor - 15 stp</h1>"
                     "<h2>Emnetype</h2><p>Alle som går på det erfaringsbaserte masterprogrammet Organisasjon og ledelse "
                     "(90 studiepoeng) må ta dette emnet, men du kan også søke på det alene som enkeltemne.</p>"
                     "<h2>Opptakskrav</h2><p>Du må ha en bachelorgrad og to års relevant yrkeserfaring.</p>")
    assert (record["credits_max"], record["kind"], record["level"]) == (15, "single_course", "master")


def test_a_label_s_credits_stay_over_the_title_s():
    record = _record("<h1>Ledelse (10 sp)</h1><dl><dt>Studiepoeng</dt><dd>15</dd></dl>"
                     "<h2>Opptakskrav</h2><p>Bachelorgrad.</p>")
    assert record["credits_max"] == 15


# 5. What an applicant must already know: "Required Previous Knowledge" / "60 ECTS".
def test_required_previous_knowledge_is_no_course_credits():
    from crawler import prose
    lines = _page_lines("<h1>Marine ecology</h1><p>Required Previous Knowledge</p><p>60 ECTS</p>"
                        "<p>Recommended Previous Knowledge</p><p>BIO100</p>")
    assert prose.credits(lines) is None


def test_a_credits_line_under_another_label_is_read():
    from crawler import prose
    lines = _page_lines("<h1>Marine ecology</h1><p>Credits</p><p>10 ECTS</p>")
    assert prose.credits(lines).raw == "10 ECTS"


# 6. The degree one holds once the study is completed, the size of any one part, a programme structure's terms.
@pytest.mark.parametrize("text, credits", [
    ("Når du har fullført og bestått, har du en bachelorgrad på 180 studiepoeng og kan bli autorisert.", "180 studiepoeng"),
    ("After completing the programme, you will have a bachelor's degree of 180 ECTS credits.", "180 ECTS credits"),
    # traps: the applicant's degree
    ("Har du en bachelorgrad på 180 studiepoeng, kan du søke.", None),
])
def test_the_degree_held_once_completed(text, credits):
    from crawler import prose
    found = prose.credits(_page_lines(f"<h1>Sykepleie</h1><p>{text}</p>"))
    assert (found.raw if found else None) == credits


def test_what_any_one_part_gives_is_not_the_study_s():
    from crawler import prose
    lines = _page_lines("<h1>Bachelor i vernepleie</h1><ul><li>180 studiepoeng</li></ul>"
                        "<p>Studiet har 13 emner; et emne gir 5, 10, 15 eller 20 studiepoeng.</p>")
    assert prose.credits(lines).raw == "180 studiepoeng"
    # trap: a study that is one course of that size
    assert prose.credits(_page_lines("<h1>Ledelse</h1><p>Studiet er ett emne på 15 studiepoeng.</p>")).raw == \
        "15 studiepoeng"


def test_a_programme_structure_s_courses_under_terms_are_parts():
    from crawler import prose
    lines = _page_lines("<h1>Course structure: Ocean Leadership - Executive master</h1><p>4. semester</p>"
                        "<p>Ocean Futures (15 ects)</p><p>Semester 1 Semester 2</p><ul><li>Ocean Policy (15 ects)</li></ul>")
    found = prose.credits(lines)
    assert found is None or found.raw == ""
    # trap: the study's own credits on a line under no term
    assert prose.credits(_page_lines("<h1>Ocean Leadership</h1><p>Programme</p><p>Ocean Leadership (90 ects)</p>")).raw \
        == "90 ects"


# 7. The kind an applicant needs is not the offer's; nor its length.
@pytest.mark.parametrize("text", [
    "Du trenger en treårig bachelor i bygg etter forskrift om rammeplan for treårig bachelorprogram i ingeniørfag.",
    "Opptaksgrunnlaget er en treårig ingeniørbachelor etter rammeplan for treårig bachelorprogram i ingeniørfag.",
    "Mangler du det ene emnet eller begge, kan du likevel søke.",
])
def test_what_an_applicant_needs_names_no_kind_nor_length(text):
    from crawler import prose
    lines = _page_lines(f"<h1>Opptakskrav</h1><p>{text}</p>")
    assert prose.kind(lines) is None and prose.duration(lines) is None


def test_the_offer_s_kind_after_the_needed_clause_is_read():
    from crawler import prose
    lines = _page_lines("<h1>Opptakskrav</h1><p>Du trenger en bachelor i sykepleie, og videreutdanningen går over "
                        "to semestre.</p>")
    assert "videreutdanning" in prose.kind(lines).raw


# 8. PPU and a catalogue's one-year category.
@pytest.mark.parametrize("kind, title, credits, expected", [
    ("", "Praktisk-pedagogisk utdanning - heltid", 60, ("bachelor", "one_year")),
    ("", "PPU heltid – opptak", None, ("bachelor", "one_year")),
    ("One- and half-year-programmes", "Scandinavian Studies", 60, ("bachelor", "one_year")),
    # traps: a half-year study in that category, a course in PPU
    ("One- and half-year-programmes", "Scandinavian Studies", 30, ("bachelor", "single_course")),
    ("emne i PPU", "Didaktikk", 15, ("bachelor", "single_course")),
])
def test_ppu_and_one_year_categories(kind, title, credits, expected):
    from domain.normalise import level_and_kind
    assert level_and_kind(kind, title, "", credits) == expected


# 9. UiB's "Postgraduate course" is a course at master level.
def test_a_postgraduate_course_is_at_master_level():
    from domain.normalise import level_and_kind
    assert level_and_kind("Postgraduate course", "Marine ecology") == ("master", "single_course")
    assert level_and_kind("emne", "Marine ecology", "Level of Study: Postgraduate course") == ("master", "single_course")
    # trap: an undergraduate course with credits
    assert level_and_kind("emne", "Marine ecology", "Undergraduate course", 10) == ("bachelor", "single_course")


# 10. General admission pages: a title about study at an institution, an old address's file name.
@pytest.mark.parametrize("title", [
    "Opptakskrav til studium ved Høgskulen i Volda",
    "Opptak til studier ved Universitetet i Agder",
])
def test_admission_to_study_at_an_institution_names_no_study(title):
    from crawler import recognise
    assert not recognise._ADMISSION_TO.match(title)


@pytest.mark.parametrize("title", ["Opptak til PPU", "Admission to the Master of Public Health"])
def test_admission_to_one_study_is_still_one_study_s(title):
    from crawler import recognise
    assert recognise._ADMISSION_TO.match(title)


@pytest.mark.parametrize("url, sub_page", [
    ("http://www.himolde.no/studier/Sider/Opptak/Master--og-videreutdanninger.aspx", False),
    # traps: one study's sub-page, with and without a file name
    ("https://www.ntnu.no/studier/vpalliativ/opptak", True),
    ("https://www.uia.no/studier/program/vernepleie-deltid/opptak/index.html", True),
])
def test_an_address_s_file_extension_is_no_part_of_its_name(url, sub_page):
    from crawler import recognise
    assert recognise.address_sub_page(url) is sub_page


# 11. A study's address names PPU.
def test_a_ppu_address_gives_a_one_year_study():
    record = _record("<h1>Opptak</h1><p>Du søker i høgskolens SøknadsWeb.</p><h2>Søknadsfrist</h2><p>1. mars 2024</p>"
                     "<h2>Opptakskrav</h2><p>Bachelorgrad.</p>",
                     "https://www.hiof.no/studier/programmer/ppuh-praktiskpedagogisk-utdanning-heltid/opptak/")
    assert (record["kind"], record["level"]) == ("one_year", "bachelor")


# 12. English fact-box labels of a catalogue: "Closing dates", "Semesters", "Start up", "Teaching model",
# "Progression of study".
def test_english_catalogue_labels():
    record = _record("<h1>Scandinavian Studies</h1><p>Study facts</p><p>Campus:</p><p>Bø</p>"
                     "<p>Progression of study:</p><p>Full time</p><p>Start up:</p><p>Autumn 2026</p>"
                     "<p>Teaching model:</p><p>On Campus</p><p>Credits:</p><p>60</p>"
                     "<p>Closing dates:</p><p>15.04.2026</p><p>Semesters:</p><p>2</p>")
    assert (record["application_deadline"], record["duration_semesters"], record["start_term"], record["delivery"],
            record["part_time"]) == ("2026-04-15", 2, "2026-host", ["campus"], False)


# 13. Free, said with the one it costs nothing between, or "uten kostnad".
@pytest.mark.parametrize("text, price", [
    ("Kurs og opphold koster ikke deltakerne noe, for det tar Helsedirektoratet seg av.", 0),
    ("I de tre første årene koster opplæringen ingenting.", 0),
    ("Uten kostnad kan assistenter ta dette tilbudet.", 0),
    # traps: nothing extra, a price stated
    ("Det koster ikke deltakerne noe ekstra å ta eksamen; kurset koster kr 3000.", 3000),
    ("Kurset koster kr 2000.", 2000),
])
def test_free_with_the_payer_between(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


# 14. A start said as a week of a year.
@pytest.mark.parametrize("text, term", [
    ("Studiet begynner i uke 33, 2017, og da skal alle nye studenter være i Sandnes.", "2017-host"),
    ("Kurset startar i veke 3, 2024.", "2024-var"),
])
def test_a_start_in_a_week_of_a_year(text, term):
    from crawler import prose
    from domain.when import start_term
    found = prose.FINDERS["start"](_page_lines(f"<h1>Vernepleie</h1><p>{text}</p>"))
    assert start_term(found.raw) == term


# 15. The general requirements for admission to higher education are the general admission.
@pytest.mark.parametrize("text, education", [
    ("To be admitted you must meet the general requirements for admission to higher education in Norway.",
     "generell_studiekompetanse"),
    ("General requirements for entry to university studies apply.", "generell_studiekompetanse"),
    # trap: the institution's rules
    ("The general requirements for admission regulations apply.", None),
])
def test_general_requirements_for_admission(text, education):
    from domain.normalise import admission
    assert admission(text)["admission_education"] == education


# 16. The round's review: each finding reproduced, then fixed.
@pytest.mark.parametrize("html, credits, kind", [
    # a title without a course code may name its programme's size; a title's two figures are no one size
    ("<h1>Erfaringsbasert master i helseledelse (90 sp): Økonomistyring</h1><p>Emnet gir 15 studiepoeng.</p>", 15,
     "single_course"),
    ("<h1>Master i helseledelse (120 sp) – Modul 2: Økonomistyring (15 sp)</h1><p>Modulen gir 15 studiepoeng.</p>", 15,
     "single_course"),
    ("<h1>Ledelse i barnehagen (2 x 15 sp)</h1><p>Videreutdanningen gir 30 studiepoeng totalt.</p>", 30, "single_course"),
])
def test_review_a_title_s_programme_size_is_not_the_course_s(html, credits, kind):
    record = _record(html + "<h2>Opptakskrav</h2><p>Bachelorgrad.</p>")
    assert (record["credits_max"], record["kind"]) == (credits, kind)


@pytest.mark.parametrize("html, credits", [
    ("<h1>Vernepleie, påbygging</h1><ul><li>60 studiepoeng</li></ul><p>Når du har fullført påbyggingen, har du en "
     "bachelorgrad på 180 studiepoeng.</p>", "60 studiepoeng"),
    ("<h1>Engelsk 2</h1><p>Engelsk 2 er et videreutdanningstilbud på 30 studiepoeng. Etter at du har fullført Engelsk 1 og "
     "Engelsk 2, har du en fordypning på 60 studiepoeng.</p>", "30 studiepoeng"),
    ("<h1>Top-up</h1><ul><li>60 ECTS</li></ul><p>After completing the top-up programme, you will have a bachelor degree "
     "of 180 ECTS.</p>", "60 ECTS"),
    ("<h1>Modul 2: Strategi og økonomi</h1><p>Modul 2 er en del av videreutdanningen i ledelse (60 sp). En modul gir 15 "
     "studiepoeng.</p>", "15 studiepoeng"),
    ("<h1>Ledelse</h1><p>Kurset er et nettbasert emne, og et emne gir 15 studiepoeng ved bestått eksamen.</p>",
     "15 studiepoeng"),
    ("<h1>Strategisk ledelse</h1><p>Undervisningssemester</p><p>1. semester</p><p>Emnet gir 10 studiepoeng.</p>",
     "10 studiepoeng"),
    ("<h1>Årsstudium</h1><p>1. år</p><p>Årsstudiet gir 60 studiepoeng.</p>", "60 studiepoeng"),
    ("<h1>Ocean Leadership</h1><p>Programme (90 ects)</p><p>Semester 2</p><p>Ocean Policy (15 ects)</p>"
     "<p>Ocean Law (15 ects)</p>", "90 ects"),
    ("<h1>Marine</h1><p>Required Previous Knowledge</p><p>None. The course gives 10 ECTS.</p>", "10 ECTS"),
])
def test_review_credits(html, credits):
    from crawler import prose
    assert prose.credits(_page_lines(html)).raw == credits


@pytest.mark.parametrize("html", [
    "<h1>Marine</h1><p>Recommended Previous Knowledge</p><p>60 ECTS</p>",
    "<h1>Marine</h1><p>Anbefalte forkunnskaper</p><p>60 studiepoeng i biologi</p>",
    "<h1>Ocean Leadership</h1><p>1. semester (høst)</p><p>Ocean Policy (15 ects)</p>",
    "<h1>Ocean Leadership</h1><p>1st semester</p><p>Ocean Policy (15 ects)</p>",
])
def test_review_no_credits_of_the_offer(html):
    from crawler import prose
    found = prose.credits(_page_lines(html))
    assert found is None or found.raw == ""


@pytest.mark.parametrize("kind, title, credits, expected", [
    ("Master i fysikk med PPU", "Lektor i fysikk", 300, ("master", "degree")),
    ("Bachelor med PPU", "", 240, ("bachelor", "degree")),
    ("", "PPU – del 1", None, (None, None)),
    ("", "Praktisk-pedagogisk utdanning for universitets- og høgskoleansatte", None, (None, None)),
    ("emne", "Research ethics", None, (None, "single_course")),
])
def test_review_ppu_with_a_degree_or_as_a_part(kind, title, credits, expected):
    from domain.normalise import level_and_kind
    assert level_and_kind(kind, title, "Postgraduate course for PhD candidates" if "ethics" in title else "",
                          credits) == expected


@pytest.mark.parametrize("url", [
    "http://www.himolde.no/studier/Sider/Opptak.aspx",
    "http://www.himolde.no/english/studies/Pages/tuition-fees.aspx",
])
def test_review_a_cms_folder_is_no_study(url):
    from crawler import recognise
    assert not recognise.address_sub_page(url)


@pytest.mark.parametrize("text, price", [
    ("Feltkurset koster kr 4500.", 4500),
    ("Fieldwork course: NOK 5000", 5000),
    ("Kurset inkluderer en ekskursjon, og koster kr 4500.", 4500),
    ("Pris (inkl. ekskursjon): kr 7000", 7000),
    ("Kurset koster kr 1950 per dag inkludert lunsj og kursmateriell.", 1950),
    ("Kurset koster kr 5000 per modul med studietur.", 5000),
    ("Studieavgift kr 4500, som dekker ett forsøk på eksamen", 4500),
    ("Gebyr per forsøk: kr 300", None),
    ("Prøven koster kr 500 per eksamensforsøk", None),
    ("Covered by Udir", 0),
    ("Kostnaden dekkes i sin helhet av Udir", 0),
    ("Dekkes av Bufdir", 0),
    ("Dekkes av Udir for lærere i Kompetanse for kvalitet. Andre deltakere betaler kr 30 000.", 30000),
])
def test_review_prices(text, price):
    from domain.normalise import price_nok
    assert price_nok(text) == price


@pytest.mark.parametrize("text, kind", [
    ("Du trenger ingen forkunnskaper for å ta denne videreutdanningen.", "videreutdanningen"),
    ("You will need a laptop for this one-year programme.", "one-year programme"),
    ("Her finner du alt du trenger å vite om videreutdanningen.", "videreutdanningen"),
    ("For å bli tatt opp trenger du en treårig bachelor i ingeniørfag.", None),
    ("Grunnlaget for opptak er en treårig bachelor i bygg.", None),
    ("Søkere trenger en treårig bachelor i bygg.", None),
])
def test_review_what_one_needs_and_what_one_does_not(text, kind):
    from crawler import prose
    found = prose.kind(_page_lines(f"<h1>Opptak</h1><p>{text}</p>"))
    assert (found.raw if found else None) == kind


@pytest.mark.parametrize("title, one_study", [
    ("Opptak til studiet i klinisk sykepleie", True),
    ("Opptak til studiet på deltid", True),
    ("Opptak til studia ved Høgskulen i Volda", False),
    ("Opptak til NTNU", False),
    ("Admission to the University of Bergen", False),
])
def test_review_admission_titles(title, one_study):
    from crawler import recognise
    assert bool(recognise._ADMISSION_TO.match(title)) is one_study


@pytest.mark.parametrize("text, language", [
    ("The course is taught in English language.", "English"),
    ("Undervisningen foregår på norsk språk.", "norsk"),
    ("It follows the course in Norwegian as a second language.", None),
    ("The student is able to keep up in lectures held in Norwegian.", None),
    ("Kandidaten kan delta i undervisning på norsk.", None),
    ("Du kan følge undervisningen på engelsk.", "engelsk"),
])
def test_review_teaching_language_in_sentences(text, language):
    from crawler import prose
    found = prose.teaching_language(_page_lines(f"<h1>Kurs</h1><p>{text}</p>"))
    assert (found.raw if found else None) == language


@pytest.mark.parametrize("value, language", [
    ("Norsk (pensum på norsk, engelsk)", "no"),
    ("Engelsk (eksamen kan besvares på norsk, engelsk)", "en"),
    ("Norwegian; English", None),
    ("Norsk | Engelsk", None),
    ("Norwegian and/or English", None),
])
def test_review_languages_in_a_value(value, language):
    from domain.normalise import teaching_language
    assert teaching_language(value) == language
