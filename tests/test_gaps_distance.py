"""The coverage matrix within a maximum distance of a municipality, on a catalogue made here.

Offers sit exactly at municipality positions (domain.places), so the straight-line
distances from Oslo are known: Oslo 0 km, Bærum 14, Drammen 44, Hamar 110, Bergen 299,
Tromsø 1141 (and from Bergen: Bergen 0, Drammen about 260).
"""

from __future__ import annotations

import json

import pytest

from domain import places
from index.engine.build import build_index
from tests.catalogue_fixture import rec
from tests.helpers import cli, gaps
from webapp import create_app


def at(name: str) -> dict:
    m = places.municipality(name)
    return {"place": m["name"], "kommune_nr": m["kommune_nr"], "kommune": m["name"], "county": m["county"],
            "region": m["region"], "lat": m["lat"], "lon": m["lon"]}


def offer(id: str, topics: list[str], *where: str, status: str = "active") -> dict:
    return rec(id, id, "", provider_id="x", provider_name="X", level="bachelor", kind="single_course",
               credits=(15.0, 15.0), part_time=True, delivery=["nett"] if not where else ["samling"],
               target=["helse"], locations=[at(w) for w in where], topics=topics, status=status)


RECORDS = [
    offer("oslo-ledelse", ["ledelse"], "Oslo"),                       # 0 km
    offer("baerum-juss", ["juss"], "Bærum"),                          # 14 km
    offer("drammen-okonomi", ["okonomi"], "Drammen"),                 # 44 km
    offer("bergen-drammen-kvalitet", ["kvalitet"], "Bergen", "Drammen"),  # 44 km via Drammen
    offer("hamar-ledelse", ["ledelse"], "Hamar"),                     # 110 km
    offer("bergen-ledelse", ["ledelse", "okonomi"], "Bergen"),        # 299 km
    offer("tromso-juss", ["juss"], "Tromsø"),                         # 1141 km
    offer("nett-ledelse", ["ledelse"]),                               # online only
    offer("oslo-nedlagt", ["ledelse"], "Oslo", status="gone"),        # never counted
]
REGIONS = ("ost", "sor", "vest", "midt", "nord")


def row(ost=0, sor=0, vest=0, midt=0, nord=0) -> dict:
    return dict(zip(REGIONS, (ost, sor, vest, midt, nord)))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("gaps-distance")
    build_index(RECORDS, path)
    return path


@pytest.fixture(scope="module")
def client(data_dir):
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False}).test_client()


def test_without_a_limit_everything_active_counts(client):
    g = gaps(client)
    assert g["offers"] == 8
    assert g["counts"]["ledelse"] == row(ost=3, sor=1, vest=2, midt=1, nord=1)   # Oslo, Hamar, Bergen, online
    assert g["filters"]["max_km"] is None and g["filters"]["kommune"] == []


def test_within_50_km_of_oslo(client):
    g = gaps(client, kommune="0301", max_km="50")
    assert g["filters"]["kommune"] == ["0301"] and g["filters"]["max_km"] == 50
    assert g["offers"] == 5                     # Oslo, Bærum, Drammen, Bergen+Drammen, online
    assert g["counts"]["ledelse"] == row(ost=2, sor=1, vest=1, midt=1, nord=1)   # Oslo + online everywhere
    assert g["counts"]["juss"] == row(ost=1)                                      # Bærum, not Tromsø
    assert g["counts"]["okonomi"] == row(ost=1)                                   # Drammen, not Bergen
    # an offer within reach counts in every area it is taught in (as the search lists it)
    assert g["counts"]["kvalitet"] == row(ost=1, vest=1)


def test_without_online_and_wider_limits(client):
    assert gaps(client, kommune="0301", max_km="50", include_online="false")["counts"]["ledelse"] == row(ost=1)
    assert gaps(client, kommune="0301", max_km="150", include_online="false")["counts"]["ledelse"] == row(ost=2)
    wide = gaps(client, kommune="0301", max_km="400", include_online="false")
    assert wide["counts"]["ledelse"] == row(ost=2, vest=1)
    assert wide["counts"]["okonomi"] == row(ost=1, vest=1)
    assert wide["counts"]["juss"] == row(ost=1)
    assert gaps(client, kommune="0301", max_km="1200", include_online="false")["counts"]["juss"] == row(ost=1, nord=1)


def test_names_numbers_and_groups(client):
    by_number = gaps(client, kommune="301", max_km="50")
    assert gaps(client, kommune="Oslo", max_km="50")["counts"] == by_number["counts"]
    assert gaps(client, kommune="Oslo (0301)", max_km="50")["filters"]["kommune"] == ["0301"]
    # a group counts what is within reach of every member: from Oslo and Bergen only the
    # Bergen+Drammen offer (Drammen 44 km from Oslo, Bergen 0 km from Bergen) and the online one
    g = gaps(client, kommune="0301,4601", max_km="50")
    assert g["filters"]["kommune"] == ["0301", "4601"] and g["offers"] == 2
    assert g["counts"]["kvalitet"] == row(ost=1, vest=1)
    assert g["counts"]["ledelse"] == row(ost=1, sor=1, vest=1, midt=1, nord=1)


def test_kommune_alone_changes_nothing(client):
    assert gaps(client, kommune="0301")["counts"] == gaps(client)["counts"]


def test_gap_sentences_name_the_limit(client):
    g = gaps(client, kommune="0301", max_km="50", include_online="false")
    texts = {(x["topic"], x["area"]): x["text"] for x in g["gaps"]}
    assert texts[("juss", "nord")] == "Ingen tilbud om juss i Nord-Norge innen 50 km fra Oslo"
    g = gaps(client, kommune="0301,4601", max_km="12.5")
    assert g["gaps"][0]["text"].endswith("innen 12,5 km fra Oslo og Bergen")


@pytest.mark.parametrize("params, words", [
    ({"max_km": "50"}, "krever en kommune"),
    ({"kommune": "0301", "max_km": "0"}, "større enn 0"),
    ({"kommune": "0301", "max_km": "-5"}, "Avstand i km"),
    ({"kommune": "0301", "max_km": "mange"}, "tall"),
    ({"kommune": "0301", "max_km": "nan"}, "Avstand i km"),
    ({"kommune": "0301", "max_km": "99999"}, "mellom"),
    ({"kommune": "Atlantis", "max_km": "50"}, "Fant ingen kommune som heter «Atlantis»"),
    ({"kommune": "9999", "max_km": "50"}, "Fant ingen kommune med nummer 9999"),
])
def test_bad_distance_parameters_are_400_in_norwegian(client, params, words):
    for path in ("/api/gaps", "/api/gaps.csv"):
        resp = client.get(path, query_string=params)
        assert resp.status_code == 400, (path, params)
    body = client.get("/api/gaps", query_string=params).get_json()
    assert words in body["message"], body


def test_csv_and_page_use_the_limit(client):
    text = client.get("/api/gaps.csv", query_string={"kommune": "0301", "max_km": "50",
                                                      "include_online": "false"}).get_data(as_text=True)
    assert "\"juss\",\"Juss\",\"1\",\"0\",\"0\",\"0\",\"0\"" in text          # every cell quoted
    resp = client.get("/dekning", query_string={"kommune": "Oslo", "max_km": "50"})
    assert resp.status_code == 302 and "kommune=0301" in resp.headers["Location"]
    html = client.get("/dekning", query_string={"kommune": "0301", "max_km": "50"}).get_data(as_text=True)
    assert 'id="max_km"' in html and 'value="50"' in html and 'value="Oslo (0301)"' in html
    assert "innen 50 km i luftlinje fra Oslo" in html
    assert "kommune=0301" in html and "max_km=50" in html            # cell links keep the limit
    resp = client.get("/dekning", query_string={"max_km": "50"})
    assert resp.status_code == 400 and "krever en kommune" in resp.get_data(as_text=True)


def test_the_form_without_a_limit(client):
    resp = client.get("/dekning", query_string={"kommune": "", "max_km": ""})
    assert resp.status_code in (200, 302)
    html = client.get("/dekning").get_data(as_text=True)
    assert 'id="gap_kommune"' in html and "innen" not in html.split("<h2>")[0]


def test_cli(data_dir):
    out = cli("gaps", "--kommune", "Oslo", "--max-km", "50", "--format", "json", "--no-online",
              "--data-dir", str(data_dir))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["counts"]["juss"] == row(ost=1) and result["filters"]["max_km"] == 50
    bad = cli("gaps", "--max-km", "50", "--data-dir", str(data_dir))
    assert bad.returncode == 2 and "krever en kommune" in bad.stderr


def test_oslo_is_a_municipality_as_well_as_a_county(client):
    resp = client.get("/", query_string={"kommune": "Oslo"})
    assert resp.status_code == 302 and "kommune=0301" in resp.headers["Location"]
    resp = client.get("/", query_string={"kommune": "Bergen, Vestland"})
    assert resp.status_code == 302 and resp.headers["Location"].endswith("kommune=4601")


def test_cli_search_takes_a_municipality_name(data_dir):
    by_name = cli("search", "juss", "--kommune", "Oslo", "--sort", "distance", "--json", "--data-dir", str(data_dir))
    by_number = cli("search", "juss", "--kommune", "0301", "--sort", "distance", "--json", "--data-dir", str(data_dir))
    assert by_name.returncode == 0, by_name.stderr
    assert json.loads(by_name.stdout)["results"] == json.loads(by_number.stdout)["results"]
    unknown = cli("search", "juss", "--kommune", "Atlantis", "--data-dir", str(data_dir))
    assert unknown.returncode == 2 and "Fant ingen kommune som heter «Atlantis»" in unknown.stderr
