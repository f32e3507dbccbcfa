"""The accessibility map on /dekning: every municipality in its distance band."""

from __future__ import annotations

import re

import pytest

from webapp import create_app
from webapp.maps import ACCESS_BANDS, access_band, access_map


@pytest.mark.parametrize("km, band", [(0, 0), (49.9, 0), (50, 1), (99, 1), (100, 2), (199.9, 2), (200, 3),
                                      (1500, 3), (None, None)])
def test_bands(km, band):
    assert access_band(km) == band


def test_the_map_has_every_municipality_in_its_band():
    reach = {"municipalities": [
        {"kommune_nr": "0301", "name": "Oslo", "km": 0.0, "nearest_place": "Oslo", "nearest_kommune_nr": "0301"},
        {"kommune_nr": "4601", "name": "Bergen", "km": 305.2, "nearest_place": "Oslo", "nearest_kommune_nr": "0301"},
        {"kommune_nr": "3201", "name": "Bærum", "km": 12.0, "nearest_place": "Oslo", "nearest_kommune_nr": "0301"},
        {"kommune_nr": "9999", "name": "Finnes ikke", "km": 1.0, "nearest_place": "Oslo", "nearest_kommune_nr": "0301"},
    ]}
    m = access_map(reach)
    assert [d["band"] for d in m["dots"]] == [0, 3, 0]          # an unknown number is left out
    assert m["dots"][1]["label"] == "Bergen: 305 km til Oslo"
    assert [o["label"] for o in m["offers"]] == ["Oslo: tilbud om temaet"]
    assert [(entry["label"], entry["count"]) for entry in m["legend"]] == [(label, n) for (_, label), n in
                                                                zip(ACCESS_BANDS, (2, 0, 0, 1))]
    empty = access_map({"municipalities": [{"kommune_nr": "0301", "name": "Oslo", "km": None,
                                            "nearest_place": None, "nearest_kommune_nr": None}]})
    assert empty["dots"][0]["band"] == "none" and empty["offers"] == []


def test_the_coverage_page_draws_the_map(tmp_path):
    from service.jobs import rebuild

    rebuild(tmp_path)
    client = create_app({"DATA_DIR": str(tmp_path), "TESTING": True}).test_client()
    html = client.get("/dekning?topic=juss").get_data(as_text=True)
    dots = re.findall(r'<circle class="kommune band-(\w+)"', html)
    assert len(dots) == 357 and set(dots) <= {"0", "1", "2", "3", "none"}
    assert re.search(r"under 50 km: \d+ kommuner", html)
    assert "<script" not in html.split('class="access-map"')[1].split("</figure>")[0]


def test_an_offer_place_is_drawn_where_its_number_is_not_where_its_name_is():
    # two municipalities are called Herøy (Møre og Romsdal 1515, Nordland 1818)
    reach = {"municipalities": [{"kommune_nr": "1820", "name": "Alstahaug", "km": 20.0, "nearest_place": "Herøy",
                                 "nearest_kommune_nr": "1818"}]}
    from domain import places
    from webapp.maps import project

    nordland = next(m for m in places.municipalities() if m["kommune_nr"] == "1818")
    offer = access_map(reach)["offers"][0]
    assert (offer["x"], offer["y"]) == project(nordland["lat"], nordland["lon"])
