"""The provider registry: resolving 2014 provider names, campuses, hosts."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from domain import places, providers
from crawler.frontier import in_domains
from domain.providers import provider_for_url, scope_entries

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "domain" / "data" / "providers.json"

REQUIRED_IDS = {
    "hvl", "oslomet", "inn", "usn", "ntnu", "nord", "uit", "vid", "uio", "uib", "uia", "uis", "nhh",
    "bi", "hiof", "hivolda", "himolde", "nla", "nki", "fagakademiet", "considium", "hartmark-varde",
    "aff", "ks", "sof-usht", "digdir",
}

# Every provider string of the seed table -> (provider id, former name or None).
SEED_PROVIDERS = {
    "DHS": ("vid", "Diakonhjemmet Høgskole"),
    "HiSF": ("hvl", "Høgskulen i Sogn og Fjordane"),
    "HiØ": ("hiof", None),
    "UiA": ("uia", None),
    "UIB": ("uib", None),
    "UiB": ("uib", None),
    "UiN": ("nord", "Universitetet i Nordland"),
    "UiO": ("uio", None),
    "BI": ("bi", None),
    "HBV": ("usn", "Høgskolen i Buskerud og Vestfold"),
    "HBV / HiT": ("usn", "Høgskolen i Buskerud og Vestfold"),
    "HIG": ("ntnu", "Høgskolen i Gjøvik"),
    "HiG": ("ntnu", "Høgskolen i Gjøvik"),
    "HIH": ("uit", "Høgskolen i Harstad"),
    "HIHm": ("inn", "Høgskolen i Hedmark"),
    "HIL": ("inn", "Høgskolen i Lillehammer"),
    "HiL": ("inn", "Høgskolen i Lillehammer"),
    "HIM": ("himolde", None),
    "HIOA": ("oslomet", "Høgskolen i Oslo og Akershus"),
    "HVO": ("hivolda", None),
    "UIT": ("uit", None),
    "UiT": ("uit", None),
    "HiST": ("ntnu", "Høgskolen i Sør-Trøndelag"),
    "HIST": ("ntnu", "Høgskolen i Sør-Trøndelag"),
    "HiNT": ("nord", "Høgskolen i Nord-Trøndelag"),
    "HiNT / HiST": ("nord", "Høgskolen i Nord-Trøndelag"),  # "A / B": the first one
    "NHH": ("nhh", None),
    "NTNU": ("ntnu", None),
    "UiS": ("uis", None),
    "HiÅ": ("ntnu", "Høgskolen i Ålesund"),
    "HIB": ("hvl", "Høgskolen i Bergen"),
    "HsH": ("hvl", "Høgskolen Stord/Haugesund"),
    "NLA": ("nla", None),
    "Høgskolen i Hedmark": ("inn", "Høgskolen i Hedmark"),
    "Høgskulen i Volda": ("hivolda", None),
    "Høgskolen i Volda": ("hivolda", None),
    "Høgskolen i Telemark": ("usn", "Høgskolen i Telemark"),
    "NKI": ("nki", None),
    "Fagakademiet": ("fagakademiet", None),
    "DIFI": ("digdir", "Direktoratet for forvaltning og IKT"),
    "Senter for omsorgsforskning Vest / USHT Oppland / USHT Sogn og Fjordane": ("sof-usht", None),
}


@pytest.fixture(scope="module")
def registry():
    return json.loads(REGISTRY.read_text(encoding="utf-8"))["providers"]


def test_registry_ids_and_fields(registry):
    ids = [p["id"] for p in registry]
    assert len(ids) == len(set(ids))
    assert REQUIRED_IDS <= set(ids)
    for p in registry:
        for field in ("id", "name", "short", "former", "aliases", "campuses", "domains", "start_urls",
                      "sitemaps", "online"):
            assert field in p, (p["id"], field)
        assert re.fullmatch(r"[a-z0-9-]+", p["id"])
        for f in p["former"]:
            assert set(f) >= {"abbr", "name", "merged_year"} and 2010 <= f["merged_year"] <= 2024
        for url in p["start_urls"] + p["sitemaps"]:
            assert url.startswith("https://"), url
            assert in_domains(url, p["domains"] + p.get("catalogues", [])), (p["id"], url)
            assert provider_for_url(url)["id"] == p["id"], url        # a start page belongs to its provider
        assert all(s.endswith("/sitemap.xml") for s in p["sitemaps"])


def test_current_names_and_domains(registry):
    by_id = {p["id"]: p for p in registry}
    assert by_id["hvl"]["name"] == "Høgskulen på Vestlandet" and by_id["hvl"]["short"] == "HVL"
    assert by_id["oslomet"]["name"] == "OsloMet – storbyuniversitetet"
    assert by_id["inn"]["name"] == "Høgskolen i Innlandet"
    assert by_id["usn"]["name"] == "Universitetet i Sørøst-Norge"
    assert by_id["nord"]["name"] == "Nord universitet"
    assert by_id["uit"]["name"] == "UiT Norges arktiske universitet"
    assert by_id["vid"]["name"] == "VID vitenskapelige høgskole"
    expected_domains = {
        "hvl": "hvl.no", "oslomet": "oslomet.no", "inn": "inn.no", "usn": "usn.no", "ntnu": "ntnu.no",
        "nord": "nord.no", "uit": "uit.no", "vid": "vid.no", "uio": "uio.no", "uib": "uib.no",
        "uia": "uia.no", "uis": "uis.no", "nhh": "nhh.no", "bi": "bi.no", "hiof": "hiof.no",
        "hivolda": "hivolda.no", "himolde": "himolde.no", "nla": "nla.no", "nki": "nki.no",
        "fagakademiet": "fagakademiet.no", "ks": "ks.no", "digdir": "digdir.no",
    }
    for pid, domain in expected_domains.items():
        assert domain in by_id[pid]["domains"], pid


def test_online_only_provider(registry):
    by_id = {p["id"]: p for p in registry}
    assert by_id["nki"]["online"] is True and by_id["nki"]["campuses"] == []
    assert by_id["hvl"]["online"] is False


def test_every_campus_resolves(registry):
    for p in registry:
        for campus in p["campuses"]:
            loc = places.resolve_place(campus)
            assert loc is not None, (p["id"], campus)


@pytest.mark.parametrize("pid,kommuner", [
    ("hvl", {"Bergen", "Sunnfjord", "Haugesund", "Sogndal", "Stord"}),
    ("oslomet", {"Oslo", "Lillestrøm", "Bærum"}),
    ("inn", {"Elverum", "Hamar", "Kongsvinger", "Lillehammer", "Åmot", "Stor-Elvdal"}),
    ("usn", {"Midt-Telemark", "Drammen", "Kongsberg", "Notodden", "Porsgrunn", "Vinje", "Horten", "Ringerike"}),
    ("ntnu", {"Trondheim", "Gjøvik", "Ålesund"}),
    ("nord", {"Bodø", "Levanger", "Steinkjer", "Namsos", "Rana", "Stjørdal", "Sortland"}),
    ("uit", {"Tromsø", "Alta", "Harstad", "Narvik", "Hammerfest", "Sør-Varanger", "Rana"}),
    ("vid", {"Oslo", "Bergen", "Stavanger", "Sandnes"}),
    ("uia", {"Kristiansand", "Grimstad"}),
    ("bi", {"Oslo", "Bergen", "Trondheim", "Stavanger"}),
    ("hiof", {"Halden", "Fredrikstad"}),
    ("himolde", {"Molde", "Kristiansund"}),
    ("nla", {"Bergen", "Oslo", "Kristiansand"}),
])
def test_campus_municipalities(pid, kommuner):
    r = providers.resolve_provider(pid)
    assert {c["kommune"] for c in r["campuses"]} == kommuner
    # one location per municipality
    assert len(r["campuses"]) == len(kommuner)


@pytest.mark.parametrize("text,expected", sorted(SEED_PROVIDERS.items()))
def test_resolve_seed_providers(text, expected):
    r = providers.resolve_provider(text)
    assert r is not None, text
    assert (r["provider_id"], r["provider_former"]) == expected
    assert set(r) == {"provider_id", "provider_name", "provider_former", "campuses"}
    assert r["provider_name"] == providers.provider(expected[0])["name"]
    # case-insensitive
    assert providers.resolve_provider(text.upper())["provider_id"] == expected[0]
    assert providers.resolve_provider(f"  {text.lower()} ")["provider_id"] == expected[0]


def test_every_provider_of_the_seed_csv_resolves():
    with (ROOT / "catalogue_seed.csv").open(encoding="utf-8", newline="") as fh:
        seen = {row["provider"] for row in csv.DictReader(fh)}
    for text in seen:
        assert providers.resolve_provider(text) is not None, text


def test_merged_and_unchanged():
    hisf = providers.resolve_provider("HiSF")
    assert hisf["provider_id"] == "hvl"
    assert hisf["provider_name"] == "Høgskulen på Vestlandet"
    assert hisf["provider_former"] == "Høgskulen i Sogn og Fjordane"
    assert [c["kommune"] for c in hisf["campuses"]][:2] == ["Bergen", "Sunnfjord"]
    uib = providers.resolve_provider("UiB")
    assert uib["provider_id"] == "uib" and uib["provider_former"] is None
    assert uib["campuses"][0]["kommune_nr"] == "4601"
    assert providers.resolve_provider("Høgskulen på Vestlandet")["provider_former"] is None
    assert providers.resolve_provider("Høgskolen i Sogn og Fjordane")["provider_former"] == \
        "Høgskulen i Sogn og Fjordane"


@pytest.mark.parametrize("text,pid", [
    ("Handelshøyskolen BI", "bi"), ("Norges arktiske universitet", "uit"), ("Diakonhjemmet Høgskole", "vid"),
    ("HiOA", "oslomet"), ("OsloMet - storbyuniversitetet", "oslomet"), ("OsloMet – storbyuniversitetet", "oslomet"),
    ("Universitetet i Oslo, Institutt for helse og samfunn", "uio"), ("USHT Oppland", "sof-usht"),
    ("Senter for omsorgsforskning", "sof-usht"), ("KS", "ks"), ("Considium", "considium"),
    ("Hartmark Varde", "hartmark-varde"), ("AFF", "aff"), ("Digdir", "digdir"), ("Nord universitet", "nord"),
    ("Høgskolen i Nord-Trøndelag", "nord"), ("Universitetet i Nordland", "nord"), ("HiØ", "hiof"),
    ("Høgskolen i Østfold", "hiof"), ("NTNU Videre", "ntnu"), ("Høgskolen i Molde", "himolde"),
])
def test_resolve_other_spellings(text, pid):
    assert providers.resolve_provider(text)["provider_id"] == pid


@pytest.mark.parametrize("text", [None, "", "  ", "Foo", "Nord-Trøndelag fylkeskommune", "Helsedirektoratet",
                                  "Universitetet", "Høgskolen i"])
def test_unknown_providers(text):
    assert providers.resolve_provider(text) is None


def test_provider_lookup_and_copies():
    assert providers.provider("hvl")["short"] == "HVL"
    assert providers.provider("nope") is None
    assert providers.provider(None) is None
    ps = providers.providers()
    assert REQUIRED_IDS <= {p["id"] for p in ps}
    ps[0]["name"] = "changed"
    assert providers.providers()[0]["name"] != "changed"
    r = providers.resolve_provider("UiB")
    r["campuses"][0]["kommune"] = "changed"
    assert providers.resolve_provider("UiB")["campuses"][0]["kommune"] == "Bergen"


@pytest.mark.parametrize("host,pid", [
    ("www.hvl.no", "hvl"), ("hvl.no", "hvl"), ("HVL.NO", "hvl"), ("videre.ntnu.no", "ntnu"),
    ("uit.no", "uit"), ("www.uit.no:443", "uit"), ("https://www.oslomet.no/studier", "oslomet"),
    ("www.hisf.no", "hvl"), ("www.hioa.no", "oslomet"), ("studieinfo.uin.no", "nord"),
    ("www.hihm.no", "inn"), ("www.hials.no", "ntnu"), ("hivolda.studiehandbok.no", "hivolda"),
    ("www.difi.no", "digdir"), ("www.bi.no", "bi"), ("www.hiof.no", "hiof"),
])
def test_provider_for_host(host, pid):
    assert providers.provider_for_host(host)["id"] == pid


@pytest.mark.parametrize("host", [None, "", "example.no", "nothvl.no", "hvl.no.example.com", "studiehandbok.no",
                                  "ssb.no"])
def test_provider_for_unknown_host(host):
    assert providers.provider_for_host(host) is None


def test_no_name_names_two_providers(registry):
    # Loading raises when one spelling would name two providers; make sure it loads.
    providers._registry.cache_clear()
    assert len(providers.providers()) == len(registry)


def test_catalogue_hosts_belong_to_their_provider_by_path():
    """A registry crawl reaches the study catalogues the real pages live on, and a page there
    belongs to the provider whose part of the shared host it is under."""
    scope = scope_entries()
    cases = {
        "https://studiekatalog.edutorium.no/inn/nb/program/MAMPAB/2024": "inn",
        "https://studiekatalog.edutorium.no/viken/nb/program/EIHODAF": "fagskolen-viken",
        "https://studiekatalog.edutorium.no/fagskolen-innlandet/nb/program/FAL01N/": "fagskolen-innlandet",
        "https://studiekatalog.edutorium.no/vestfoldogtelemark/nb/program/FHH62N/2025-host": "fagskolen-vestfold-telemark",
        "https://utdanning.no/utdanning/vid.no/innovasjon_og_endring_i_helse-_og_omsorgstjenestene": "vid",
        "https://utdanning.no/utdanning/hvl.no/sykepleie": "hvl",
        "https://student.oslomet.no/studier/-/studieinfo/programplan/RESB/2025/HØST": "oslomet",
        "https://www.bi.edu/programmes-and-individual-courses/": "bi",
        "https://arbeidsgiver.dfo.no/ledelse/kompetanseutvikling-ledere/program-toppledergrupper": "dfo",
        "https://prod.kristiania.no/studere-hos-oss/": "kristiania",
        "https://ldh.no/studietilbud/videreutdanninger/palliativ-omsorg": "ldh",
        # KS's courses in KS Agenda's catalogue (a stored page read on 2026-12-07)
        "https://www.ksagenda.no/kurs/nybegynnerkurs-i-kostra-og-kilder-til-kostra-6bbd9": "ks",
    }
    for url, pid in cases.items():
        assert provider_for_url(url)["id"] == pid, url
        assert in_domains(url, scope), url
    for url in ("https://studiekatalog.edutorium.no/uia/nb/program/X", "https://utdanning.no/yrker/beskrivelse/leder",
                "https://utdanning.no/utdanning/ukjent.example/x"):
        assert not in_domains(url, scope), url
        assert provider_for_url(url) is None, url
