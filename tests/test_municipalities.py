"""Distances from municipalities, distance filters and sorting, comparison, and group ranking."""

from __future__ import annotations

import pytest

from domain import places
from index.engine.geo import haversine_km


def get(client, path, params, status=200):
    resp = client.get(path, query_string=params)
    assert resp.status_code == status, resp.get_data(as_text=True)
    return resp.get_json()


def test_known_distances_between_municipalities():
    oslo, bergen = places.municipality("0301"), places.municipality("4601")
    tromso, bodo = places.municipality("5501"), places.municipality("1804")
    assert 290 <= places.distance_km(oslo, bergen) <= 320           # about 305 km city to city
    assert 310 <= places.distance_km(tromso, bodo) <= 345           # about 320 km city to city
    assert float(haversine_km(oslo["lat"], oslo["lon"], bergen["lat"], bergen["lon"])) == pytest.approx(
        places.distance_km(oslo, bergen), rel=1e-6)


def test_kommuner_lists_all_357(client):
    body = get(client, "/api/kommuner", {})
    assert len(body["kommuner"]) == 357
    bergen = next(k for k in body["kommuner"] if k["kommune_nr"] == "4601")
    assert bergen["county"] == "Vestland" and bergen["region"] == "vest"


def test_results_carry_distance_and_sort_by_it(client):
    body = get(client, "/api/search", {"kommune": "5501", "sort": "distance", "per_page": 100})
    order = [r["id"] for r in body["results"]]
    # online offers are kept by default and listed as 0 km; then Tromsø, then Bodø
    assert order[:3] == ["nki-lederskolen", "uit-helserett", "nord-mba"]
    by_id = {r["id"]: r for r in body["results"]}
    assert by_id["uit-helserett"]["distance_km"] < 60
    assert 200 < by_id["nord-mba"]["distance_km"] < 400
    assert by_id["nki-lederskolen"]["distance_km"] == 0
    assert by_id["nki-lederskolen"]["nearest_place"] == "nettbasert"
    assert by_id["uit-helserett"]["nearest_place"] == "Tromsø"
    distances = [r["distance_km"] for r in body["results"] if r["distance_km"] is not None]
    assert distances == sorted(distances)


def test_max_km_with_and_without_online_offers(client):
    near = get(client, "/api/search", {"kommune": "5501", "max_km": "100", "per_page": 100})
    assert {r["id"] for r in near["results"]} == {"uit-helserett", "nki-lederskolen"}
    offline = get(client, "/api/search", {"kommune": "5501", "max_km": "100", "include_online": "false"})
    assert {r["id"] for r in offline["results"]} == {"uit-helserett"}
    wider = get(client, "/api/search", {"kommune": "5501", "max_km": "400", "include_online": "false"})
    assert {r["id"] for r in wider["results"]} == {"uit-helserett", "nord-mba"}


def test_credits_filter_with_distance(client):
    body = get(client, "/api/search", {"kommune": "0301", "credits_min": "15", "sort": "distance"})
    assert body["results"][0]["id"] in {"oslomet-personal", "uio-helseadm"}
    assert all((r["credits_max"] or 0) >= 15 for r in body["results"])


def test_group_ranks_by_the_longest_trip(client):
    # Tromsø and Oslo together: Bodø is the best compromise (the longest trip is the shortest).
    body = get(client, "/api/search", [("kommune", "5501"), ("kommune", "0301"), ("sort", "distance"),
                                       ("include_online", "false")])
    assert body["results"][0]["id"] == "nord-mba"
    one = get(client, "/api/search", {"kommune": "0301", "sort": "distance", "include_online": "false"})
    by_id = {r["id"]: r for r in body["results"]}
    assert by_id["uio-helseadm"]["distance_km"] > next(
        r for r in one["results"] if r["id"] == "uio-helseadm")["distance_km"]


def test_compare_returns_records_with_distances(client):
    body = get(client, "/api/compare", {"ids": "uit-helserett,nord-mba,hvl-okonomi", "kommune": "4601"})
    assert [r["id"] for r in body["results"]] == ["uit-helserett", "nord-mba", "hvl-okonomi"]
    assert body["results"][2]["distance_km"] < 60
    assert body["kommune"][0]["name"] == "Bergen"
    csv = client.get("/api/compare.csv", query_string={"ids": "uit-helserett,nord-mba"}).get_data(as_text=True)
    assert "uit-helserett" in csv and "nord-mba" in csv


@pytest.mark.parametrize("params", [
    {"ids": "a,b,c,d,e,f,g"},
    {"ids": "uit-helserett,finnes-ikke"},
    {"ids": ""},
    {"ids": "uit-helserett", "kommune": "9999"},
])
def test_compare_bad_input_is_400(client, params):
    body = get(client, "/api/compare", params, status=400)
    assert body["message"]


def test_unknown_municipality_in_search_is_400(client):
    body = get(client, "/api/search", {"kommune": "9999"}, status=400)
    assert "9999" in body["message"]
