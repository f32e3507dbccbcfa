"""Round 29, fields: teaching forms that are no teaching (a book of formulas or laws, a video to watch for a taste,
news that flows in, an online test, the media a journalist works in), teaching forms said in other words (streaming
spelt the English way, online follow-up, a class gathered on campus, a course's place that is "Digitalt"), a start
in a lead line after a kind or in a title's date in digits, and admission (a study as the way on to another, entry
without general admission), and a catalogue's "Level: Graduate".

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record
from tests.helpers import page_lines as _page_lines


# 1. Delivery: words that name no way of teaching.
@pytest.mark.parametrize("text, forms", [
    ("Hjelpemidler: Godkjent formelsamling.", []),
    ("Undervisning på campus. Hjelpemiddel: lovsamling.", ["campus"]),
    ("Not permitted: Ottesen og Øyen, Samling av lover, forskrifter o.l.", []),
    ("Se videoen for en kort forsmak på kurset.", []),
    ("Watch the video to get a feel for the course.", []),
    ("Nye funn strømmer på, og kunnskapen endres raskt.", []),
    ("Studentene tar en nettbasert flervalgstest om demens.", []),
    ("Du kan jobbe journalistisk i trykte medier, på nett, i radio og på TV.", []),
    # traps: gatherings, watched lectures, streamed teaching, online teaching beside a test
    ("Studiet har fire samlinger.", ["samling"]),
    ("Se videoforelesningene i Canvas.", ["video"]),
    ("Forelesningene strømmes på nett.", ["nett", "video"]),
    ("Undervisningen strømmer på nett hver tirsdag.", ["nett", "video"]),
    ("Undervisningen er nettbasert, og til slutt tar du en digital test.", ["nett"]),
])
def test_what_names_no_teaching_form(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 2. Delivery: teaching forms said in other words.
@pytest.mark.parametrize("text, forms", [
    ("Streamet forelesning – nettkurs.", ["nett", "video"]),
    ("Forelesningene blir streamet.", ["video"]),
    ("Eksamensretten krev oppmøte på tre samlingar og deltaking i nettoppfølginga i Canvas.", ["nett", "samling"]),
    ("Studiet kombinerer nettundervisning med samlinger. Kullet samles da på campus med faglærerne.",
     ["nett", "samling"]),
    # traps: mainstream is no stream; weekly teaching on campus beside the gatherings stays campus
    ("Temaet er mainstream ledelse.", []),
    ("Samlinger og ukentlig undervisning på campus.", ["campus", "samling"]),
])
def test_teaching_forms_said_in_other_words(text, forms):
    from domain.normalise import delivery
    assert delivery(text) == forms


# 3. A course whose place is "Digitalt": that is how it is taught (and no place).
@pytest.mark.parametrize("place, delivery, locations", [
    ("Digitalt", ["nett"], []),
    # traps: read before this round (the delivery finder reads the place's line), and a town stays a place and says
    # no teaching form
    ("Online", ["nett"], []),
    ("Nettbasert", ["nett"], []),
    ("Zoom", ["video"], []),
    ("Bergen", [], ["Bergen"]),
])
def test_an_online_place_is_the_teaching_form(place, delivery, locations):
    record = _record("<h1>Helhetlig ROS i kommunen</h1><p>Et kurs for kommuneansatte.</p>"
                     f"<dl><dt>Kursnr.:</dt><dd>K2222</dd><dt>Kurssted:</dt><dd>{place}</dd>"
                     "<dt>Pris:</dt><dd>kr 4 500</dd></dl><h2>Hvem bør delta</h2><p>Ansatte i kommunen.</p>"
                     "<h2>Påmelding</h2><p>Meld deg på innen fristen.</p>")
    assert record["delivery"] == delivery
    assert [loc["place"] for loc in record["locations"]] == locations


# 4. Start: a lead line with a kind before the term, a title's date in digits.
@pytest.mark.parametrize("html, term", [
    ("<h1>Barnehagelærerutdanning deltid</h1><p>Bachelor, hausten 2018</p><p>Studiet gir 180 studiepoeng.</p>",
     "2018-host"),
    ("<h1>Offentleglova i hverdagen - et digitalt kurs over to halve dager, 10. og 12.11.2020</h1>"
     "<p>Kurset gir deg grunnlaget.</p><p>Pris: kr 2 000</p><h2>Målgruppe</h2><p>Arkivarer.</p>", "2020-host"),
    # traps: an updated date on the lead line and a deadline in the title are no start
    ("<h1>Barnehagelærerutdanning deltid</h1><p>Oppdatert, hausten 2018</p><p>Studiet gir 180 studiepoeng.</p>",
     None),
    ("<h1>Søknadsfrist 15.04.2020</h1><p>Studiet gir 30 studiepoeng.</p><h2>Målgruppe</h2><p>Ledere.</p>", None),
])
def test_a_start_in_a_lead_line_or_a_title_date(html, term):
    assert _record(html)["start_term"] == term


# 5. Admission: the study as the way on to another is no requirement; entry without general admission is "other".
@pytest.mark.parametrize("text, education", [
    ("Med bachelorgraden kan du søkje opptak til HVL sin master i barnehagekunnskap.", None),
    ("Bachelorgraden gir grunnlag for opptak til masterstudier.", None),
    ("Årsstudiet kan kvalifisere for opptak til mastergradsstudier, og det kan inngå i en bachelorgrad.", None),
    # trap: a requirement beside it still counts
    ("Opptakskrav er bachelorgrad i sykepleie.", "bachelor"),
])
def test_a_study_that_leads_on_states_no_admission(text, education):
    from crawler import prose
    from domain.normalise import admission

    said = prose.admission(_page_lines(f"<h1>Bachelor i barnehagelærerutdanning</h1><p>{text}</p>"))
    assert (admission(said.raw)["admission_education"] if said else None) == education


@pytest.mark.parametrize("text, education", [
    ("Den gir en formell lederutdanning uten at du trenger studiekompetanse for å komme inn.", "other"),
    ("Du kan søke uten å ha generell studiekompetanse.", "other"),
    # traps: general admission asked for, and "uten" of something else
    ("Generell studiekompetanse.", "generell_studiekompetanse"),
    ("Generell studiekompetanse, uten krav om praksis.", "generell_studiekompetanse"),
])
def test_entry_without_general_admission_is_other(text, education):
    from domain.normalise import admission
    assert admission(text)["admission_education"] == education


@pytest.mark.parametrize("text, education", [
    # traps: this study's own admission, said with the same words
    ("For å kvalifisere til opptak trenger du fagbrev som helsefagarbeider.", "other"),
    ("Bachelor i sykepleie gir grunnlag for opptak til studiet.", "bachelor"),
])
def test_this_study_s_own_admission_is_not_a_way_on(text, education):
    from crawler import prose
    from domain.normalise import admission

    said = prose.admission(_page_lines(f"<h1>Demensomsorg</h1><p>{text}</p>"))
    assert said is not None and admission(said.raw)["admission_education"] == education


# 6. Level: a catalogue's "Level: Graduate" is master level.
@pytest.mark.parametrize("level, want", [
    ("Graduate", "master"),
    ("Graduate level", "master"),
    # traps: undergraduate, and graduates as people
    ("Undergraduate", "bachelor"),
    ("Graduate students only", "bachelor"),
])
def test_a_graduate_course_is_at_master_level(level, want):
    record = _record(f"<h1>AK320F Aquaculture nutrition</h1><dl><dt>ECTS Credits</dt><dd>10</dd><dt>Level</dt>"
                     f"<dd>{level}</dd><dt>Course location</dt><dd>Bodø</dd></dl>",
                     "https://www.nord.no/en/studies/courses/ak320f")
    assert record["level"] == want
