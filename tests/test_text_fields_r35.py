"""Round 35, fields: a course's period said from its first month ("Kursperioden går fra oktober 2024 til april 2025",
"The course period runs from March 2025") is its start; "Undervisningssemestere" / "2024 Vår" (the plural label of a
fagskole's catalogue) is a start label.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record


def _start(body: str) -> str | None:
    html = ("<h1>Kompetanseheving i internasjonalisering</h1><p>Kurset gir kommunene hjelp med internasjonalt arbeid.</p>"
            f"{body}<h2>Pris</h2><p>Kostnadene dekkes.</p>")
    return _record(html, "https://kurs.test/kurs/internasjonalisering")["start_term"]


@pytest.mark.parametrize("body, term", [
    ("<p>Kommunen søker om en kursplass. Kursperioden går fra oktober 2024 til april 2025.</p>", "2024-host"),
    ("<p>Studieperioden varer frå januar 2026 til juni 2026.</p>", "2026-var"),
    ("<p>The course period runs from March 2025 to June 2025.</p>", "2025-var"),
    ("<dl><dt>Undervisningssemestere</dt><dd>2024 Vår</dd><dt>Studiepoeng</dt><dd>5</dd></dl>", "2024-var"),
])
def test_a_course_period_from_its_first_month_or_the_plural_term_label_is_the_start(body, term):
    assert _start(body) == term


@pytest.mark.parametrize("body", [
    # an application period is no course's
    "<p>Søknadsperioden går fra oktober 2024 til desember 2024.</p>",
    # a period told without its first month
    "<p>Kursperioden er kort og intensiv.</p>",
])
def test_an_application_period_or_a_period_without_a_month_is_no_start(body):
    assert _start(body) is None
