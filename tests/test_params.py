"""One set of parameter rules for every entry point (issue 15): the same value works, or is
refused with the same message, on the site, its JSON/CSV twins and the CLI."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest

from index import params as P


@pytest.mark.parametrize("text, numbers", [
    ("Bergen", ["4601"]), ("bergen", ["4601"]), ("4601", ["4601"]), ("301", ["0301"]),
    ("Tromso", ["5501"]), ("TROMSØ", ["5501"]), ("Guovdageaidnu", ["5612"]), ("Kautokeino", ["5612"]),
    ("Porsáŋgu", ["5622"]), ("Porsangu", ["5622"]), ("Porsanki", ["5622"]), ("Baerum", ["3201"]),
    ("Lyngen (5536)", ["5536"]), ("Bergen (4601), Vestland", ["4601"]),
    ("Lyngen; Storfjord; Kåfjord", ["5536", "5538", "5540"]), ("Gjøvik, Østre Toten", ["3407", "3442"]),
    ("Herøy, Nordland", ["1818"]), ("Herøy (1515)", ["1515"]), ("Våler, Innlandet", ["3419"]),
    ("Oslo", ["0301"]), ("Oslo, Oslo", ["0301"]),
])
def test_municipalities_by_number_name_and_other_spellings(text, numbers):
    assert P.kommune_numbers([text]) == numbers


@pytest.mark.parametrize("text", ["Herøy", "Våler", "heroy"])
def test_a_shared_name_offers_the_choices(text):
    with pytest.raises(P.AmbiguousMunicipality) as exc:
        P.kommune_numbers([text])
    assert len(exc.value.choices) == 2 and "flere kommuner" in str(exc.value)


@pytest.mark.parametrize("text, words", [
    ("Atlantis", "Fant ingen kommune som heter «Atlantis»"), ("9999", "Fant ingen kommune med nummer 9999"),
    ("12345", "fire sifre"), (";".join(m["kommune_nr"] for m in P.places.municipalities()[:21]), "Høyst 20 kommuner"),
])
def test_unknown_municipalities_are_named(text, words):
    with pytest.raises(P.RequestError, match=words):
        P.kommune_numbers([text])


@pytest.mark.parametrize("facet, raw, values", [
    ("level", ["Master,bachelor"], ["master", "bachelor"]), ("county", ["TROMS", "More og Romsdal"], ["Troms", "Møre og Romsdal"]),
    ("region", ["Nord-Norge", "vest"], ["nord", "vest"]), ("part_time", ["ja"], ["true"]),
    ("start", ["2026-høst"], ["2026-host"]), ("status", ["active", "active"], ["active"]),
])
def test_facet_values_are_read_in_one_way(facet, raw, values):
    assert P.facet_values(facet, raw) == values


def test_a_value_outside_the_list_names_the_allowed_ones():
    with pytest.raises(P.RequestError) as exc:
        P.facet_values("level", ["phd"])
    assert str(exc.value) == "Nivå kan ikke være «phd». Gyldige verdier: bachelor, master, fagskole, none, unknown."


def _follow(client, url):
    resp = client.get(url)
    if resp.status_code == 302:
        location = resp.headers["Location"]
        assert dict(parse_qsl(urlsplit(location).query)).get("kommune") == "4601", location
        resp = client.get(location)
    return resp


@pytest.mark.parametrize("path", [
    "/", "/kurs/hvl-helseledelse", "/compare?ids=hvl-helseledelse,nord-mba", "/dekning",
    "/api/search", "/api/search.csv", "/api/courses/hvl-helseledelse", "/api/compare?ids=hvl-helseledelse,nord-mba",
    "/api/compare.csv?ids=hvl-helseledelse,nord-mba", "/api/gaps", "/api/gaps.csv",
])
def test_a_municipality_name_works_at_every_entry_point(client, path):
    sep = "&" if "?" in path else "?"
    by_name = _follow(client, f"{path}{sep}kommune=Bergen&max_km=3000")
    by_number = client.get(f"{path}{sep}kommune=4601&max_km=3000")
    assert by_name.status_code == by_number.status_code == 200, by_name.get_data(as_text=True)[:300]
    if path.startswith("/api"):
        assert by_name.get_data() == by_number.get_data()


@pytest.mark.parametrize("path", ["/api/search", "/api/gaps", "/api/courses/hvl-helseledelse",
                                  "/api/compare?ids=hvl-helseledelse,nord-mba"])
def test_the_api_lists_the_choices_for_a_shared_name(client, path):
    sep = "&" if "?" in path else "?"
    resp = client.get(f"{path}{sep}kommune=Herøy")
    assert resp.status_code == 400
    body = resp.get_json()
    assert body["parameter"] == "kommune"
    assert {(c["kommune_nr"], c["county"]) for c in body["choices"]} == {("1515", "Møre og Romsdal"), ("1818", "Nordland")}


@pytest.mark.parametrize("path", ["/?q=ledelse", "/dekning?max_km=100", "/kurs/hvl-helseledelse?q=x",
                                  "/compare?ids=hvl-helseledelse,nord-mba"])
def test_the_site_offers_the_choices_for_a_shared_name(client, path):
    resp = client.get(f"{path}&kommune=Herøy")
    assert resp.status_code == 300
    doc = lxml.html.fromstring(resp.get_data(as_text=True))
    assert "Hvilken Herøy" in doc.findtext(".//h1")
    links = doc.xpath("//ul[@class='choices']//a")
    assert [a.text_content() for a in links] == ["Herøy i Møre og Romsdal (1515)", "Herøy i Nordland (1818)"]
    for a, nr in zip(links, ("1515", "1818")):
        target = urlsplit(a.get("href"))
        assert target.path == urlsplit(path).path
        assert ("kommune", nr) in parse_qsl(target.query)
        assert client.get(a.get("href")).status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/search", "/api/search.csv", "/api/gaps", "/dekning", "/api/gaps.csv"])
def test_a_value_not_allowed_is_a_400_naming_the_allowed_ones(client, path):
    resp = client.get(path, query_string={"level": "phd"})
    assert resp.status_code == 400
    assert "Nivå kan ikke være «phd». Gyldige verdier: bachelor, master, fagskole, none, unknown." in resp.get_data(as_text=True)


@pytest.mark.parametrize("params, message", [
    ({"credits_min": "mange"}, "Studiepoeng fra må være et tall, ikke «mange»."),
    ({"credits_max": "5000"}, "Studiepoeng til må være mellom 0 og 1000."),
    ({"page": "1.5"}, "Sidetallet må være et helt tall."),
    ({"include_online": "kanskje"}, "Ta med nettbaserte tilbud må være ja eller nei"),
    ({"sort": "pris"}, "Sortering kan ikke være «pris»."),
    ({"deadline_from": "snart"}, "Søknadsfrist etter må være en dato"),
])
def test_messages_speak_to_the_user(client, params, message):
    for path in ("/api/search", "/"):
        resp = client.get(path, query_string=params)
        assert resp.status_code == 400 and message in resp.get_data(as_text=True), path


def test_the_cli_reads_the_same_rules(fixture_data_dir):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "kurskatalog.cli", "search", "ledelse", "--data-dir",
                               str(fixture_data_dir), *args], capture_output=True, text=True, timeout=120)
    ok = run("--kommune", "Guovdageaidnu", "--sort", "distance")
    assert ok.returncode == 0, ok.stderr
    assert "Kautokeino" in ok.stdout or "km" in ok.stdout
    bad = run("--filter", "level=phd")
    assert bad.returncode == 2 and "Gyldige verdier: bachelor, master" in bad.stderr
    shared = run("--kommune", "Våler")
    assert shared.returncode == 2 and "Våler (3114), Østfold" in shared.stderr and "Våler (3419), Innlandet" in shared.stderr
