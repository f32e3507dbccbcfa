"""Round 23, fields: a title's last comma part that is a town, a tagline's town after a dash, a town on its own line
under a tagline of the degree and its years, a length per pace in a strip, "Number of credits", a length that
stretches across semesters, a video shown on the page, zooming a page, public records on the web, Geilo, a third
language named first, and a pace under a label of scope.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record

_FACTS = "<p>Studiet gir 180 studiepoeng.</p><h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>"


def _places(record) -> list[str]:
    return sorted(loc["kommune_nr"] for loc in record["locations"])


# 1. The last comma part of a study's title that is a town.
@pytest.mark.parametrize("title, places", [
    ("Studieplan - Sjukepleie, bachelorstudium, Førde", ["4647"]),
    ("Study plan - Bachelor of Nursing, Haugesund Campus", ["1106"]),
    ("Master of Science in Nursing, Haugesund", ["1106"]),
    ("Bachelor i sykepleie, campus Gjøvik", ["3407"]),
    # traps: a comma part that is no town, a title without a study word before the comma, and study words inside
    # longer words
    ("Master i ledelse, Innovasjon", []),
    ("Ledelse og helse, Oslo", []),
    ("Kurs i programmering, Bergen", []),
    ("Kurs for styreledere i utdanningssektoren, Bergen", []),
])
def test_a_titles_last_comma_part_is_a_town(title, places):
    assert _places(_record(f"<h1>{title}</h1>{_FACTS}")) == places


# 2. A tagline with the study's name, a dash and its town.
@pytest.mark.parametrize("tagline, places", [
    ("Bachelor i ingeniørfag, elektro - Gjøvik", ["3407"]),
    ("Bachelor i ingeniørfag, elektro — Gjøvik", ["3407"]),
    # traps: a pace after the dash, and an institution
    ("Bachelor i ingeniørfag - deltid", []),
    ("Bachelor i ingeniørfag - Universitetet i Bergen", []),
])
def test_a_taglines_town_after_a_dash(tagline, places):
    record = _record(f"<h1>Opptak</h1><p>{tagline}</p><p>Programmet gir 180 studiepoeng.</p>"
                     "<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>")
    assert _places(record) == places


# 3. A town on its own line under a tagline of the degree and its years; the tagline is the length.
def test_a_town_under_a_degree_tagline():
    record = _record("<h1>Sosialvitenskap</h1><p>Master (2 år)</p><p>Bodø</p>"
                     "<p>Med 120 studiepoeng er dette en vitenskapelig master.</p>")
    assert _places(record) == ["1804"]
    assert record["duration_semesters"] == 4


@pytest.mark.parametrize("above", ["Studenter i gang", "3 år"])
def test_a_town_not_under_a_tagline_is_no_place(above):
    # traps: a town line under a line that is no tagline of a degree, or under a bare length
    record = _record(f"<h1>Sosialvitenskap</h1><p>{above}</p><p>Bodø</p>"
                     "<p>Med 120 studiepoeng er dette en vitenskapelig master.</p>"
                     "<h2>Opptakskrav</h2><p>Bachelorgrad i sosialt arbeid.</p>")
    assert _places(record) == []


@pytest.mark.parametrize("item, semesters", [
    ("2 år heltid / 4 år deltid", 4),
    ("4 år deltid", 8),
    ("Master (2 år)", 4),
    # traps: experience asked of applicants, and a bachelor's years on a master's page, are no length
    ("2 år relevant praksis", None),
    ("Bachelor (3 år)", None),
])
def test_a_length_per_pace_in_a_strip(item, semesters):
    record = _record(f"<h1>Master i diakoni</h1><ul><li>{item}</li><li>Oslo</li><li>120 studiepoeng</li></ul>")
    assert record["duration_semesters"] == semesters


# 4. "Number of credits" is the credits' label; a length that stretches across semesters.
def test_number_of_credits_and_a_length_across_semesters():
    record = _record("<h1>One-year study programme in Norwegian</h1><p>Number of credits</p><p>60</p>"
                     "<p>Taken part-time, the programme stretches across four semesters.</p>"
                     "<p>Courses 3 and 4 are spread over two semesters.</p>")
    assert record["credits_max"] == 60
    assert record["duration_semesters"] == 4
    # trap: a part that spans semesters is no length of the study
    record = _record("<h1>Master in Nursing</h1><p>The programme gives 120 ECTS credits.</p>"
                     "<p>The master's thesis spans two semesters.</p><h2>Admission</h2><p>A bachelor's degree.</p>")
    assert record["duration_semesters"] is None


# 5. A video shown on the page, zooming a page and public records on the web are no teaching form.
@pytest.mark.parametrize("text, forms", [
    ("E-læringen består av seks moduler. Se en kort video som viser litt av kurset.", ["nett"]),
    ("Watch a short video showing the course.", []),
    ("To zoom, keep the Ctrl key pressed and hit plus.", []),
    ("Journal og dokumenter på nett", []),
    ("You can zoom the page by pressing Ctrl and +.", []),
    # traps: teaching on video or Zoom ("to" is Norwegian for two), and teaching on the web
    ("Undervisningen foregår på Zoom.", ["video"]),
    ("Undervisningen består av to zoom-møter i uka.", ["video"]),
    ("Forelesningene gis som video som viser gjennomgang av pensum.", ["video"]),
    ("Undervisning og dokumenter på nett.", ["nett"]),
    ("Forelesningene legges ut som video.", ["video"]),
    ("Kurset går på nett.", ["nett"]),
])
def test_no_teaching_form(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 6. Geilo is in Hol.
def test_geilo():
    from domain.places import resolve_place
    assert resolve_place("Geilo")["kommune_nr"] == "3330"


# 7. A third language named first leaves the teaching language open; named with Norwegian, it is Norwegian.
@pytest.mark.parametrize("text, language", [
    ("først og fremst samisk, men det kan også undervises på skandinaviske språk og engelsk", None),
    ("Spansk", None),
    ("Sámi", None),
    ("teaching starts in Sami and Norwegian", "no"),
    ("Sami and Norwegian", "no"),
    ("Samisk eller norsk", "no"),
    ("Norsk, noe litteratur på samisk", "no"),
    ("Kurset gir innsikt i samisk kultur og undervises på norsk", "no"),
    ("English", "en"),
])
def test_a_third_language_first(text, language):
    from domain.normalise import teaching_language
    assert teaching_language(text) == language


# 8. A pace under a label of scope is the pace, not the credits.
def test_a_pace_under_a_label_of_scope():
    record = _record("<h1>Realfagsår for ingeniørutdanning</h1><p>Varighet</p><p>1 år</p><p>Omfang</p><p>Heltid</p>"
                     "<p>Studiested</p><p>Grimstad</p><h2>Opptakskrav</h2><p>Vg1 og Vg2 eller fagbrev.</p>")
    assert "credits" not in record["raw"]         # (read as credits, "Heltid" would show as the credits' source)
    assert record["part_time"] is False
    # trap: credits beside the pace under the same label
    record = _record("<h1>Videreutdanning i ledelse</h1><p>Omfang</p><p>Deltid, 30 studiepoeng</p>")
    assert record["credits_max"] == 30
