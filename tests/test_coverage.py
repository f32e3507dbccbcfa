"""The Dekning page on the hand-made catalogue (counts known by hand, see tests/test_gaps.py)."""

from __future__ import annotations

import csv
import io
import re


def page(client, **params):
    resp = client.get("/dekning", query_string=params)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    return resp.get_data(as_text=True)


def cells(html: str) -> dict[str, list[int]]:
    rows = {}
    heatmap = html.split('class="heatmap"')[1].split("</table>")[0]
    for row in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</th>(.*?)</tr>", heatmap, re.S):
        rows[row[0]] = [int(n) for n in re.findall(r'aria-label="(\d+) tilbud', row[1])]
    return rows


def test_heatmap_by_region(client):
    html = page(client)
    rows = cells(html)
    assert len(rows) == 14
    assert rows["Ledelse og personalarbeid"] == [3, 1, 2, 1, 2]       # ost sor vest midt nord
    assert rows["Juss"] == [2, 0, 0, 0, 1]
    assert 'class="heat-0"' in html and "Ingen tilbud om juss på Sørlandet" in html
    assert "Analysen teller 9 tilbud" in html and "9 fra sider som gjelder studieåret 2024/25" in html


def test_filters_change_the_matrix(client):
    assert cells(page(client, include_online="false"))["Ledelse og personalarbeid"] == [2, 0, 1, 0, 1]
    assert cells(page(client, credit_bearing="true", part_time="true"))["Ledelse og personalarbeid"] == [1, 0, 1, 0, 1]
    county = cells(page(client, by="county", include_online="false"))
    assert len(county["Juss"]) == 15


def test_a_cell_links_to_the_search_that_lists_its_offers(client):
    html = page(client, include_online="false")
    link = re.search(r'href="(/\?topic=juss&amp;region=nord[^"]*)"', html).group(1).replace("&amp;", "&")
    result = client.get("/api/search?" + link.split("?", 1)[1])
    assert {r["id"] for r in result.get_json()["results"]} == {"uit-helserett"}


def test_exports(client):
    text = client.get("/api/gaps.csv", query_string={"include_online": "false"}).get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["topic", "topic_label", "ost", "sor", "vest", "midt", "nord"]
    assert rows[1][:2] == ["ledelse", "Ledelse og personalarbeid"] and rows[1][2:] == ["2", "0", "1", "0", "1"]
    gaps = client.get("/api/gaps/list.csv").get_data(as_text=True)
    assert "Ingen tilbud om juss på Sørlandet" in gaps


def test_bad_filter_is_a_400_page(client):
    resp = client.get("/dekning", query_string={"by": "kommune"})
    assert resp.status_code == 400 and "region, county" in resp.get_data(as_text=True)


def test_freshness_says_when_the_catalogue_was_last_crawled(tmp_path):
    import copy

    from service import runs
    from index.engine.build import build_index
    from tests.catalogue_fixture import RECORDS
    from webapp import create_app

    build_index(copy.deepcopy(RECORDS), tmp_path)          # an own data dir: no run reports yet
    client = create_app({"DATA_DIR": str(tmp_path)}).test_client()
    assert "ikke gjennomsøkt ennå" in page(client)
    assert client.get("/api/gaps").get_json()["freshness"]["last_crawl"] is None
    runs.write_report(tmp_path, {"started": "2026-11-30T03:00:00+00:00", "finished": "2026-11-30T03:20:00+00:00",
                                 "hosts": {}, "pages": 0})
    fresh = client.get("/api/gaps").get_json()["freshness"]
    assert fresh["last_crawl"] == "2026-11-30T03:20:00+00:00"
    assert fresh["active"] == 9 and fresh["stale"] + fresh["gone"] >= 1
    assert "sist gjennomsøkt 30.11.2026" in page(client)


def test_every_json_link_on_the_coverage_page_answers(client):
    """Issue 14: /dekning?by=county linked "Avstandene som JSON" to /api/access?by=county, a 400."""
    import re
    from html import unescape

    for query in ({"by": "county"}, {}, {"by": "county", "topic": "juss", "part_time": "true"}):
        html = client.get("/dekning", query_string=query).get_data(as_text=True)
        links = [unescape(h) for h in re.findall(r'href="(/api/[^"]+)"', html)]
        assert any(h.startswith("/api/access?") for h in links)
        for href in links:
            assert client.get(href).status_code == 200, href
