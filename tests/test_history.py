"""Today's offers beside the 2014 table (issue 18): status and dates that are true of each
source, links that work, places only as sources state them, distances and coverage that
say what they do not know. On the bundled catalogue files, built into a fresh data dir."""

from __future__ import annotations

import csv
from pathlib import Path

import lxml.html
import pytest

from domain.freshness import settle, summary
from service.jobs import rebuild
from webapp import create_app

ROOT = Path(__file__).resolve().parents[1]
CURRENT = list(csv.DictReader(open(ROOT / "catalogue_current.csv", encoding="utf-8")))
SEED = list(csv.DictReader(open(ROOT / "catalogue_seed.csv", encoding="utf-8")))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    data = tmp_path_factory.mktemp("history")
    rebuild(data)
    app = create_app({"DATA_DIR": str(data), "TESTING": False, "ADMIN_TOKEN": "t"})
    return app.test_client()


def api(client, path, **params):
    resp = client.get(path, query_string=params)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    return resp.get_json()


# The days the stored pages were read by hand (52 rows on the 4th; on the 7th 25 more, and a duplicate of one removed).
READ_ON = {"2026-12-04", "2026-12-07"}


def test_the_current_catalogue_has_provenance_on_every_row():
    assert len(CURRENT) >= 76 and len({r["provider"] for r in CURRENT}) >= 27
    for row in CURRENT:
        assert row["source_url"].startswith(("https://", "http://")), row["id"]
        assert row["checked"] in READ_ON, row["id"]
        assert row["description"], row["id"]
        for old in filter(None, row["continues"].split(";")):
            assert old in {s["id"] for s in SEED}, (row["id"], old)


def test_2014_rows_are_history_with_2014_dates_and_no_check_dates(client):
    default = api(client, "/api/search", per_page=100)
    assert default["facets"]["status"]["historical"] == len(SEED)
    assert all(r["status"] != "historical" for r in default["results"])      # not in the default list
    old = api(client, "/api/search", status="historical", per_page=100)
    assert old["total"] == len(SEED)
    for r in old["results"]:
        assert r["first_seen"] == "2014" and r["last_seen"] is None and r["last_changed"] is None
        assert r["checked"] is None and r["source_kind"] == "survey_2014"
    pilot = next(r for r in old["results"] if "mangfoldsledelse" in r["title"].lower())
    assert pilot["status"] == "historical"                                  # "Pilot kull 2018-2019" is not active


def test_todays_rows_are_active_only_when_their_page_is_from_a_current_study_year(client):
    rows = api(client, "/api/search", status="active,unconfirmed", per_page=100)["results"]
    assert len(rows) == len(CURRENT)
    read_on = {row["id"]: row["checked"] for row in CURRENT}
    for r in rows:
        year = r["source_year"]
        assert r["status"] == ("active" if year is not None and year >= 2024 else "unconfirmed"), r["id"]
        assert r["checked"] == {"by": "hand", "date": read_on[r["id"]]} and r["last_seen"] == read_on[r["id"]]
    assert sum(r["status"] == "active" for r in rows) >= 10


def test_a_2014_course_page_says_so_and_offers_no_dead_address_to_apply(client):
    html = client.get("/kurs/hih-master-i-ledelse").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    notice = doc.xpath("//div[contains(@class,'notice-historical')]")[0].text_content()
    assert "Fra kartleggingen i 2014, ikke bekreftet senere" in notice
    assert not doc.xpath("//a[contains(@class,'button-link')]")            # no apply button
    assert not doc.xpath("//a[contains(@href,'hih.no')]")                   # the dead address is not a link
    assert "adressen virker ikke lenger" in html and "www.hih.no" in html
    continued = doc.xpath("//div[contains(@class,'notice-historical')]//a")[0]
    assert continued.get("href") == "/kurs/uit-ledelse-erfaringsbasert-master"   # UiT continues HiH's master
    facts = {d.xpath("dt")[0].text_content().strip(): d.xpath("dd")[0].text_content().strip()
             for d in doc.xpath("//div[@class='fact']")}
    assert facts["Kildens dato"] == "2014" and facts["Sist sjekket"] == "Ikke sjekket etter kilden"
    assert facts["Kilde"].startswith("AFI-rapporten for KS og Helsedirektoratet (2014), vedlegg")
    assert facts["Sted"].startswith("Sted ikke oppgitt")                   # no Harstad/Tromsø campus guessed
    assert "Først sett" not in facts and "Sist endret" not in facts


def test_a_2014_row_continued_by_a_programme_and_its_module_links_both(client):
    html = client.get("/kurs/hogskolen-i-hedmark-ledelse-av-myndiggjorte-medarbeidere-og-utvikling").get_data(as_text=True)
    notice = lxml.html.fromstring(html).xpath("//div[contains(@class,'notice-historical')]")[0]
    links = [a.get("href") for a in notice.xpath(".//a")]
    assert sorted(links) == ["/kurs/fagakademiet-lederutdanning-helse-og-omsorg-modul-1",
                             "/kurs/inn-lederutdanning-helse-og-omsorgstjenester-kompetanseloftet-2015"]
    assert " og " in notice.text_content()


def test_a_current_course_page_links_the_offer_and_its_dated_source(client):
    row = next(r for r in CURRENT if r["id"] == "uit-velferdsendring-erfaringsbasert-master")
    html = client.get(f"/kurs/{row['id']}").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    assert doc.xpath("//a[contains(@class,'button-link')]")[0].get("href") == row["url"]
    facts = {d.xpath("dt")[0].text_content().strip(): d.xpath("dd")[0].text_content().strip()
             for d in doc.xpath("//div[@class='fact']")}
    assert facts["Kildens dato"] == row["source_date"]
    assert facts["Sist sjekket"].startswith("04.12.2026, for hånd") and facts["Status"] == "Aktuelt"
    assert facts["Sted"].startswith("Harstad (Troms)")


def test_places_are_never_the_institutions_campuses():
    from domain.seed import read_seed, seed_records

    records = seed_records(read_seed(ROOT / "catalogue_seed.csv"))
    named = {r["id"] for r in records if r["locations"]}
    assert named == {r["id"] for r in SEED if r["locations"]}               # only rows whose source names a place
    assert all(not r["locations_from_campus"] for r in records)


def test_kautokeino_sees_no_guessed_distances_and_unplaced_offers_sort_last(client):
    body = api(client, "/api/search", q="personalledelse", kommune="5612", sort="distance", per_page=100)
    results = body["results"]
    known = [r for r in results if r["distance_km"] is not None]
    unknown = [r for r in results if r["distance_km"] is None]
    assert known and unknown and results[:len(known)] == known             # unplaced offers after the rest
    assert all(r["nearest_place"] == "sted ikke oppgitt" for r in unknown)
    old = api(client, "/api/search", status="historical", kommune="5612", sort="distance", per_page=100)["results"]
    hih = next(r for r in old if r["id"] == "hih-master-i-ledelse")
    assert hih["distance_km"] is None                                      # not "91 km til Alta"
    near = api(client, "/api/search", kommune="5612", max_km="300", per_page=100)
    assert all(r["distance_km"] is not None for r in near["results"])      # a limit leaves them out ...
    kept = api(client, "/api/search", kommune="5612", max_km="300", include_unplaced="true", per_page=100)
    assert kept["total"] > near["total"]                                   # ... unless the user keeps them


def test_online_offers_are_0_km_when_kept_and_held_at_the_buyer_reaches_everyone(client):
    from index import open_catalogue  # noqa: F401 - the app's catalogue is used through the API
    body = api(client, "/api/search", kommune="5612", sort="distance", per_page=100)
    anywhere = [r for r in body["results"] if r.get("reach") == "anywhere"]
    assert anywhere and all(r["distance_km"] == 0 and r["nearest_place"] == "hos oppdragsgiver" for r in anywhere)
    gaps = api(client, "/api/gaps")
    assert gaps["anywhere"] == len([r for r in CURRENT if "bestillende" in r["locations"]])
    assert gaps["unplaced"] > 0 and sum(gaps["unplaced_by_topic"].values()) >= gaps["unplaced"]


def test_coverage_counts_todays_offers_and_2014_apart(client):
    today = api(client, "/api/gaps")
    then = api(client, "/api/gaps", status="historical")
    assert today["offers"] == len(CURRENT) and then["offers"] == len(SEED)
    assert today["filters"]["statuses"] == ["active", "unconfirmed"]


def test_freshness_on_meta_and_about_reports_what_is_true(client):
    meta = api(client, "/api/meta")
    checked = meta["checked"]
    assert checked["checked_by_hand"] == len(CURRENT) and checked["checked_by_crawl"] == 0
    assert checked["historical"] == len(SEED) and checked["last_crawl"] is None
    html = client.get("/om").get_data(as_text=True)
    assert "ikke gjennomsøkt ennå" in html and "Lest for hånd av tilbyderens side" in html
    assert "En robot som jevnlig besøker" not in html


def test_settle_links_2014_rows_to_their_continuation_and_summary_counts():
    old = {"id": "a", "source_kind": "survey_2014", "source_date": "2014", "status": "active", "provenance": {}}
    new = {"id": "b", "title": "B", "source_kind": "provider_page", "source_year": 2025, "source_date": "2025 HØST",
           "checked": {"by": "hand", "date": "2026-12-04"}, "continues": ["a"], "provenance": {}}
    dated_before = {"id": "c", "source_kind": "provider_page", "source_year": 2021, "provenance": {},
                    "checked": {"by": "hand", "date": "2026-12-04"}}
    module = {"id": "m", "title": "M, modul 1", "source_kind": "provider_page", "source_year": None,
              "checked": {"by": "hand", "date": "2026-12-07"}, "continues": ["a"], "provenance": {}}
    a, b, c, m = settle([old, new, dated_before, module])
    # both offers that continue the 2014 row are named, in the order of the records
    assert a["status"] == "historical" and a["continued_by"] == [{"id": "b", "title": "B"}, {"id": "m", "title": "M, modul 1"}]
    assert b["status"] == "active" and c["status"] == "unconfirmed" and old["status"] == "active"   # input untouched
    assert settle([dict(old)])[0]["continued_by"] == []
    s = summary([a, b, c])
    assert s["by_hand"] == 2 and s["by_hand_page_years"] == {"2021": 1, "2025": 1} and s["survey_2014"] == 1


def test_the_coverage_page_shows_2014_against_today(client):
    html = client.get("/dekning").get_data(as_text=True)
    doc = lxml.html.fromstring(html)
    assert doc.xpath("//h2[@id='endring']")
    rows = doc.xpath("(//table[@class='changes'])[1]/tbody/tr")
    assert len(rows) == 14                                                 # every needed topic
    data = api(client, "/api/changes")
    assert data["then_total"] == len(SEED) and data["now_total"] == len(CURRENT)
    lead = next(r for r in data["topics"] if r["topic"] == "ledelse")
    assert lead["change"] == lead["now"] - lead["then"] and lead["then"] > 0
    assert sum(r["then"] for r in data["regions"]) == len(SEED)           # every 2014 row in one region row
    assert "oppgir ikke hvor undervisningen foregår og er ikke med i tabellen" in html


def test_a_place_is_read_from_how_sources_write_it_never_from_an_institution_name():
    from domain.records import place_in

    assert place_in("Oslo (hovedvekten)")["kommune"] == "Oslo"
    assert place_in("Oslo-området (første og siste samling)")["kommune"] == "Oslo"
    assert place_in("åpne moduler i Tromsø")["kommune"] == "Tromsø"
    assert place_in("Os utenfor Bergen")["kommune"] == "Bergen"                 # not Os in Innlandet
    assert place_in("Bjørkelangen")["kommune"] == "Aurskog-Høland"
    assert place_in("Universitetet i Bergen") is None and place_in("NHH") is None
    assert place_in("hotell i østlandsområdet") is None


def test_the_report_command_counts_what_is_known(tmp_path):
    import json
    import subprocess
    import sys

    rebuild(tmp_path)
    out = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "report", "--format", "json",
                          "--data-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    today, then = data["today"], data["2014"]
    assert today["offers"] == len(CURRENT) and then["offers"] == len(SEED)
    assert sum(today["by_source_year"].values()) == len(CURRENT) and then["by_source_year"] == {"2014": len(SEED)}
    assert then["known"]["start_term"] == 0 and 0 < today["known"]["start_term"] < 1
    assert today["by_region"]["sted ikke oppgitt"] + sum(
        v for k, v in today["by_region"].items() if k != "sted ikke oppgitt") >= len(CURRENT)
    md = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "report", "--data-dir", str(tmp_path)],
                        capture_output=True, text=True, cwd=ROOT, timeout=120).stdout
    assert md.startswith("### Dagens tilbud") and "| søknadsfrist |" in md


def test_sources_and_providers_are_shown_as_a_person_would_cite_them(client):
    """Issue 15, defect 8: no file names, no source abbreviations shown as former names, and a
    degree of '90 + 90 frie' credits is 180."""
    for row in SEED[::7] + CURRENT[::7]:
        html = client.get(f"/kurs/{row['id']}").get_data(as_text=True)
        assert ".txt" not in html and "Appendix" not in html, row["id"]
    page = lxml.html.fromstring(client.get("/kurs/bi-bachelor-of-management-med-fordypning-i-helseledelse")
                                .get_data(as_text=True))
    facts = {dt.text_content().strip(): dd.text_content() for dt, dd in zip(page.xpath("//dl//dt"), page.xpath("//dl//dd"))}
    assert facts["Studiepoeng"].startswith("180 stp") and "90 + 90 frie" in facts["Studiepoeng"]
    assert "tidligere" not in facts["Tilbyder"]
    uib = next(r for r in SEED if r["provider"] == "UiB")
    body = client.get(f"/kurs/{uib['id']}").get_data(as_text=True)
    assert "tidligere: UiB" not in body and "Universitetet i Bergen" in body
    hisf = next(r for r in SEED if r["provider"] == "HiSF")
    assert "tidligere: Høgskulen i Sogn og Fjordane" in client.get(f"/kurs/{hisf['id']}").get_data(as_text=True)
    chapter = api(client, "/api/courses/bi-bachelor-of-management-med-fordypning-i-helseledelse-2")
    assert chapter["credits_max"] == 180
    html = client.get("/kurs/bi-bachelor-of-management-med-fordypning-i-helseledelse-2").get_data(as_text=True)
    assert "AFI-rapporten for KS og Helsedirektoratet (2014), kapittel 3.2" in html


@pytest.mark.parametrize("stated, shown", [
    ("2023 HØST", "høsten 2023"), ("2023/2024", "studieåret 2023/2024"), ("2018-11-03", "datert 03.11.2018"),
    ("Valid from 2024 FALL", "høsten 2024"), ("Year of study 2026/2027 (FALL 2026)", "studieåret 2026/2027"),
    ("Neste opptak våren 2025, oppstart høsten 2025", "høsten 2025"), ("2017 Haust", "høsten 2017"),
])
def test_a_page_date_is_written_as_a_reader_writes_it(stated, shown):
    from webapp.labels import page_date_text
    assert page_date_text(stated) == shown
