"""Gaps in provision on the hand-made catalogue, where every count is known by hand."""

from __future__ import annotations

import pytest

from tests.helpers import gaps


def test_matrix_by_region_counts_active_offers_and_online_everywhere(client):
    g = gaps(client)
    assert g["by"] == "region" and g["areas"] == ["ost", "sor", "vest", "midt", "nord"]
    assert g["topics"][0] == "ledelse" and len(g["topics"]) == 14
    # ledelse: Bergen 1, Bodø 1, Oslo 2; the online NKI course adds one everywhere; the gone one does not count
    assert g["counts"]["ledelse"] == {"ost": 3, "sor": 1, "vest": 2, "midt": 1, "nord": 2}
    assert g["counts"]["juss"] == {"ost": 2, "sor": 0, "vest": 0, "midt": 0, "nord": 1}
    assert g["counts"]["okonomi"] == {"ost": 1, "sor": 0, "vest": 1, "midt": 0, "nord": 1}


def test_without_online_offers(client):
    g = gaps(client, include_online="false")
    assert g["counts"]["ledelse"] == {"ost": 2, "sor": 0, "vest": 1, "midt": 0, "nord": 1}


def test_credit_bearing_and_part_time(client):
    g = gaps(client, credit_bearing="true")
    assert g["counts"]["ledelse"] == {"ost": 2, "sor": 0, "vest": 1, "midt": 0, "nord": 1}   # NKI has 0 credits
    g = gaps(client, credit_bearing="true", part_time="true")
    assert g["counts"]["ledelse"]["ost"] == 1                                                 # UiO is full time
    gap = next(x for x in g["gaps"] if x["topic"] == "juss" and x["area"] == "sor")
    assert gap["count"] == 0
    assert gap["text"] == "Ingen deltidstilbud med studiepoeng om juss på Sørlandet"


def test_level_kind_enrolment_and_status_filters(client):
    assert gaps(client, level="master", include_online="false")["counts"]["ledelse"] == \
        {"ost": 1, "sor": 0, "vest": 1, "midt": 0, "nord": 1}
    assert gaps(client, kind="degree")["counts"]["okonomi"] == {"ost": 1, "sor": 0, "vest": 0, "midt": 0, "nord": 1}
    assert gaps(client, enrolment="commissioned")["counts"]["kunnskapsledelse"]["ost"] == 1
    assert gaps(client, enrolment="open")["counts"]["kunnskapsledelse"]["ost"] == 0
    assert gaps(client, status="gone")["counts"]["endring"]["sor"] == 1


def test_by_county(client):
    g = gaps(client, by="county", include_online="false")
    assert len(g["areas"]) == 15
    assert g["counts"]["juss"]["Troms"] == 1 and g["counts"]["juss"]["Oslo"] == 2
    assert g["counts"]["juss"]["Finnmark"] == 0


def test_few_threshold_lists_thin_cells(client):
    none = {(x["topic"], x["area"]) for x in gaps(client)["gaps"]}
    few = {(x["topic"], x["area"]) for x in gaps(client, few="1")["gaps"]}
    assert ("juss", "nord") not in none and ("juss", "nord") in few
    assert none < few


@pytest.mark.parametrize("params", [{"by": "kommune"}, {"credit_bearing": "kanskje"}, {"few": "-1"}])
def test_bad_parameters_are_400(client, params):
    resp = client.get("/api/gaps", query_string=params)
    assert resp.status_code == 400 and resp.get_json()["message"]
