"""Round 39, fields: a pace asked about as possible and answered yes or no ("Deltid mulig: Nei", nynorsk "Deltid
mogleg", "Mulighet for deltid", English "Part-time possible") is read as the answer, in every layout of a fact box,
not as the label's word "deltid" read as a sentence (which made every such page part time); a length said in English
as part-time or full-time years ("taught over three part-time years") is the duration, as "tre deltidsår" is, and
not when such years are only the worth of years at another pace ("One full-time year equals two part-time years").

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record


@pytest.mark.parametrize("raw, part_time", [
    ("Deltid mulig: Nei", False), ("Deltid mulig: Ja", True), ("Deltid mogleg: Nei", False),
    ("Mulighet for deltid: Ja", True), ("Moglegheit for deltid: Nei", False), ("Part-time possible: No", False),
    ("Part-time available: Yes", True), ("Heltid mulig: Nei", True),
    # the answer read with a note after it; the bare pace is still the pace
    ("Deltid mulig: Nei, kun heltid", False), ("Deltid", True), ("Heltid", False),
])
def test_a_pace_asked_as_possible_is_read_as_its_answer(raw, part_time):
    from domain.normalise import part_time as read
    assert read(raw) is part_time


_PAGE = ("<main><h1>Bachelor i sykepleie</h1>{box}<h2>Opptakskrav</h2><p>Generell studiekompetanse.</p>"
         "<h2>Om studiet</h2><p>Studiet gir 180 studiepoeng og kvalifiserer for autorisasjon.</p></main>")
_BOXES = {
    "lines": "<p>Studiepoeng</p><p>180</p><p>{label}</p><p>{answer}</p><p>Studiested</p><p>Molde</p>",
    "dl": "<dl><dt>Studiepoeng</dt><dd>180</dd><dt>{label}</dt><dd>{answer}</dd><dt>Studiested</dt><dd>Molde</dd></dl>",
    "colon": "<p>Studiepoeng: 180</p><p>{label}: {answer}</p><p>Studiested: Molde</p>",
}


@pytest.mark.parametrize("layout", sorted(_BOXES))
@pytest.mark.parametrize("label, answer, part_time", [
    ("Deltid mulig", "Nei", False), ("Deltid mulig", "Ja", True), ("Deltid mogleg", "Nei", False),
    ("Part-time possible", "No", False),
])
def test_a_fact_box_s_pace_asked_as_possible(layout, label, answer, part_time):
    page = _PAGE.format(box=_BOXES[layout].format(label=label, answer=answer))
    rec = _record(page, "https://www.himolde.test/studier/sykepleie")
    assert rec["part_time"] is part_time
    assert rec["locations"] and rec["credits_max"] == 180        # the box's other facts still read


def test_a_pace_stated_wins_over_a_pace_asked_as_possible():
    """'Studietempo: Deltid' beside 'Deltid mulig: Nei' (a page naming both) keeps the pace stated, as it does beside
    'Deltid: Nei'."""
    page = _PAGE.format(box="<dl><dt>Studiepoeng</dt><dd>180</dd><dt>Studietempo</dt><dd>Deltid</dd>"
                            "<dt>Deltid mulig</dt><dd>Nei</dd></dl>")
    assert _record(page, "https://www.himolde.test/studier/sykepleie")["part_time"] is True


@pytest.mark.parametrize("text, semesters", [
    ("three part-time years", 6), ("3 part-time years", 6), ("two full-time years", 4), ("one part-time year", 2),
    ("three years of full-time study in nursing", 6),      # as before: a size in years
])
def test_part_time_years_in_english_are_a_length(text, semesters):
    from domain.when import duration_semesters
    assert duration_semesters(text) == semesters


def _english_page(sentence: str) -> str:
    return ("<main><h1>Bachelor in Nursing</h1><p>Credits</p><p>180 ECTS</p>"
            f"<p>{sentence}</p><h2>Admission requirements</h2><p>General university admission certification.</p></main>")


def test_a_study_taught_over_part_time_years_has_that_length():
    rec = _record(_english_page("The programme is taught over three part-time years with four sessions a year."),
                  "https://uit.test/education/nursing")
    assert rec["duration_semesters"] == 6 and rec["part_time"] is True


def test_part_time_years_as_the_worth_of_full_time_ones_are_no_length():
    rec = _record(_english_page("One full-time year of study equals two part-time years."),
                  "https://uit.test/education/nursing")
    assert rec["duration_semesters"] is None
