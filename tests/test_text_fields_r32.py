"""Round 32, fields: the school year a folk high school's, a Bible school's or a fagskole's prices, sessions or offers
are given for is its start ("Prisen for skuleåret 2024/2025 ligg mellom kr …" is autumn 2024), the latest such year
winning over last year's loan figure; not a school year told in the past, nor one no price, session or offer is
given for.

Each test fails without its rule and shows the trap the rule must not fall into."""

from __future__ import annotations

import pytest

from tests.helpers import crawled_record as _record


def _price_page(title: str, body: str) -> str:
    return (f"<h1>{title}</h1><p>Et år hos oss gir venner for livet, turer og mye fellesskap.</p>{body}"
            "<h2>Opptak</h2><p>Søk plass på linja via skjemaet. Opptaket er løpende, og vi har 24 plasser.</p>")


# 1. The school year a price, a session plan or an offer is given for is the start.
@pytest.mark.parametrize("body, term", [
    ("<p>Prisen for skuleåret 2024/2025 ligg mellom kr 134 000 og kr 143 000 med kost og losji.</p>", "2024-host"),
    ("<h2>Priser for skoleåret 2020/2021:</h2><p>Grunnsummen for linja er kr 119 000 med kost og losji.</p>",
     "2020-host"),
    ("<p>Her ser du hva bibelskoleåret 2024-2025 koster for hver linje.</p>", "2024-host"),
    ("<h2>Samlinger skoleåret 2017/2018</h2><ul><li>Uke 36</li><li>Uke 45</li></ul>", "2017-host"),
    ("<p>The price for the school year 2023-24 is NOK 128 000, board and lodging included.</p>", "2023-host"),
    # last year's loan beside this year's price: the later year
    ("<p>Det største lånet for skuleåret 2023/24 er kr 125 000.</p>"
     "<p>Prisen for skuleåret 2024/2025 er kr 140 000 med alle turar.</p>", "2024-host"),
    # a clause told in the past after a semicolon does not hide the year before it
    ("<p>Opptil kr 137 000 kan utbetales i skoleåret 2024-25; 40 % blir stipend når skoleåret er fullført.</p>",
     "2024-host"),
])
def test_the_school_year_of_a_price_or_a_session_plan_is_the_start(body, term):
    rec = _record(_price_page("Priser", body), "https://skolen.test/priser/")
    assert rec["start_term"] == term


@pytest.mark.parametrize("body", [
    # a school year the offer began in, told in the past
    "<p>Det første kullet starta skuleåret 2015-2016, og vi har tatt opp elevar kvart år sidan. Prisen er kr 3000.</p>",
    # a school year nothing is priced, planned or offered for
    "<p>Desse lærarane underviser i skuleåret 2019/2020.</p><p>Pris: kr 3000 for heile året.</p>",
    # a university's study year is not read by this rule
    "<p>Semesteravgiften for studieåret 2024-2025 er kr 700.</p>",
])
def test_a_school_year_told_in_the_past_or_without_a_price_is_no_start(body):
    rec = _record(_price_page("Priser", body), "https://skolen.test/priser/")
    assert rec["start_term"] is None
