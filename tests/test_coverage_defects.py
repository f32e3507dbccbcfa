"""Issue 15, the coverage page /dekning: a cell's number is the total of the search its link
opens, a distance limit shows what matters for the municipality, the heatmap has a colour
legend and the bars are proportional. (The layout is tested in the browser:
tests/test_browser_coverage_defects.py.)"""

from __future__ import annotations

import itertools
import re
from html import unescape
from pathlib import Path

import pytest

from domain import topics
from index.engine.build import build_index
from tests.catalogue_fixture import OSLO, offer
from webapp import create_app
from webapp.coverage import bar_percent, heat_class, heat_legend

ROOT = Path(__file__).resolve().parent.parent
CELL = re.compile(r'<td class="(heat-\d)"><a href="(/\?[^"]*)" aria-label="(\d+) tilbud om ([^"]*?) i ([^"]*)">')


def html_of(client, **params) -> str:
    resp = client.get("/dekning", query_string=params)
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    return resp.get_data(as_text=True)


def heatmap_cells(html: str) -> list[tuple[str, str, int, str, str]]:
    """(class, link, count, topic label, area label) of every heatmap cell."""
    table = html.split('<table class="heatmap')[1].split("</table>")[0]
    return [(c, unescape(href), int(n), t, a) for c, href, n, t, a in CELL.findall(table)]


def search_total(client, link: str) -> int:
    assert link.startswith("/?"), link
    resp = client.get("/api/search?" + link[2:])
    assert resp.status_code == 200, (link, resp.get_data(as_text=True)[:300])
    return resp.get_json()["total"]


# ---------------------------------------------------------------------------
# 3. A cell's number is the total of the search its link opens

LIMITS = {"everywhere": ({}, {"kommune": "0301", "max_km": "50"}, {"kommune": "5501", "max_km": "400"}),
          "bundled": ({}, {"kommune": "5536", "max_km": "150"}, {"kommune": ["0301", "4601"], "max_km": "500"})}


@pytest.mark.slow   # a search for every cell of every matrix (about 2 s each)
@pytest.mark.parametrize("catalogue", ["everywhere", "bundled"])
def test_every_cell_number_is_the_total_of_the_search_its_link_opens(request, catalogue):
    client = request.getfixturevalue(f"{catalogue}_client")
    walked = spread = 0
    for by, online, limit in itertools.product(("region", "county"), ("true", "false"), LIMITS[catalogue]):
        params = {"by": by, "include_online": online, **limit}
        html = html_of(client, **params)
        cells = heatmap_cells(html)
        gaps = client.get("/api/gaps", query_string=params).get_json()
        assert len(cells) == len(gaps["topics"]) * len(gaps["areas"]), params
        spread += gaps["anywhere"] + (gaps["online"] if online == "true" else 0)
        for _, link, count, topic, area in cells:
            assert search_total(client, link) == count, (params, topic, area, link)
            walked += 1
    assert walked == 2 * len(LIMITS[catalogue]) * 14 * (5 + 15)
    assert spread > 0          # the catalogue has offers that count in every area


@pytest.mark.parametrize("catalogue", ["everywhere", "bundled"])
@pytest.mark.parametrize("filters", [{"credit_bearing": "true", "part_time": "true"},
                                     {"level": "master", "enrolment": "open", "include_online": "false"},
                                     {"kind": ["single_course", "degree"], "status": ["active", "unconfirmed", "gone"]}])
def test_cell_links_keep_the_other_filters(request, catalogue, filters):
    client = request.getfixturevalue(f"{catalogue}_client")
    for by in ("region", "county"):
        cells = heatmap_cells(html_of(client, by=by, **filters))
        assert len(cells) == 14 * (5 if by == "region" else 15)
        for _, link, count, topic, area in cells:
            assert search_total(client, link) == count, (filters, topic, area, link)


def test_the_cells_count_offers_that_reach_every_area(everywhere_client):
    """Nord-Norge × Juss: Tromsø's helserett, the offer held where the buyer wants it, and the
    online one (when online offers are kept): the cell says 3 and its search lists those 3."""
    for online, expected in (("true", {"uit-helserett", "hos-oppdragsgiver", "nett-juss"}),
                             ("false", {"uit-helserett", "hos-oppdragsgiver"})):
        cells = heatmap_cells(html_of(everywhere_client, include_online=online))
        (link, count), = [(link, n) for _, link, n, t, a in cells if t == "Juss" and a == "Nord-Norge"]
        assert count == len(expected)
        ids = {r["id"] for r in everywhere_client.get("/api/search?" + link[2:]).get_json()["results"]}
        assert ids == expected


def test_include_everywhere_in_the_search(everywhere_client):
    def ids(**params):
        resp = everywhere_client.get("/api/search", query_string={"per_page": 100, **params})
        assert resp.status_code == 200, resp.get_data(as_text=True)
        return {r["id"] for r in resp.get_json()["results"]}

    assert ids(topic="juss", region="nord") == {"uit-helserett"}
    assert ids(topic="juss", region="nord", include_everywhere="true") == {"uit-helserett", "hos-oppdragsgiver",
                                                                           "nett-juss"}
    assert ids(topic="juss", county="Troms", include_everywhere="true", include_online="false") == {
        "uit-helserett", "hos-oppdragsgiver"}
    # without an area filter it changes nothing
    assert ids(topic="juss", include_everywhere="true") == ids(topic="juss")
    # the search page keeps it in its links (paging, facets, hidden state)
    page = everywhere_client.get("/", query_string={"topic": "juss", "region": "nord", "include_everywhere": "true"})
    assert page.status_code == 200 and "include_everywhere=true" in page.get_data(as_text=True)
    bad = everywhere_client.get("/api/search", query_string={"include_everywhere": "kanskje"})
    assert bad.status_code == 400 and "Ta med tilbud som når alle områder" in bad.get_json()["message"]


# ---------------------------------------------------------------------------
# 4. A distance limit: what matters for the municipality, each topic once

def outside_full_table(html: str) -> str:
    """The page without the collapsed full table (and its per-area gaps)."""
    return re.sub(r'<details class="full-table">.*?</details>', "", html, flags=re.S)


def test_a_distance_limit_states_each_topic_gap_once(client):
    html = html_of(client, kommune="5501", max_km="150")
    main = outside_full_table(html)
    # one sentence for the topics with nothing within reach, instead of one line per topic and region
    sentences = re.findall(r"Ingen tilbud[^<]*innen 150 km[^<]*", main)
    assert len(sentences) == 1, sentences
    sentence = unescape(sentences[0])
    assert sentence.startswith("Ingen tilbud innen 150 km fra Tromsø om 12 av 14 temaer: ")
    for code in ("okonomi", "kunnskapsledelse", "etikk"):
        assert sentence.count(topics.TOPICS[code].lower()) == 1
    for code in ("juss", "ledelse"):            # Tromsø's helserett, and the online offer on ledelse
        assert topics.TOPICS[code].lower() not in sentence.lower()
    assert "Nord-Norge innen" not in main and "Østlandet innen" not in main
    # the full table and the per-area gaps are still there, folded away
    assert '<details class="full-table">' in html and len(heatmap_cells(html)) == 14 * 5
    assert "Ingen tilbud om juss på Østlandet innen 150 km fra Tromsø" in html


def test_the_topics_within_reach_and_the_nearest_place(client):
    html = html_of(client, kommune="5501", max_km="150")
    table = html.split('<table class="reach-topics"')[1].split("</table>")[0]
    rows = re.findall(r'<tr role="row"( class="reach-gap")?><th scope="row"[^>]*>(.*?)</th>\s*<td[^>]*><a href="([^"]*)"'
                      r'[^>]*>(\d+)</a>(.*?)</td>\s*<td[^>]*>(.*?)</td></tr>', table, re.S)
    assert [unescape(r[1]) for r in rows] == [topics.TOPICS[t] for t in topics.TOPIC_ORDER]
    by_topic = {unescape(r[1]): r for r in rows}
    juss, okonomi, ledelse = by_topic["Juss"], by_topic["Økonomi og kostnadsanalyse"], by_topic["Ledelse og personalarbeid"]
    assert juss[3] == "1" and not juss[0] and "Tromsø, 21 km" in juss[5]
    assert okonomi[3] == "0" and okonomi[0] and "Bodø, 328 km" in unescape(okonomi[5])     # Nord's MBA
    assert ledelse[3] == "1" and "herav 1 nettbasert" in ledelse[4]
    for r in rows:                               # each number is the total of the search it links to
        assert search_total(client, unescape(r[2])) == int(r[3]), r[1]
    within = client.get("/api/gaps", query_string={"kommune": "5501", "max_km": "150"}).get_json()["within_reach"]
    assert within["origin"] == "Tromsø" and len(within["none"]) == 12 and within["few"] == []
    assert client.get("/api/gaps").get_json()["within_reach"] is None


def test_few_offers_within_reach_are_named_once(client):
    html = outside_full_table(html_of(client, kommune="5501", max_km="150", few="1"))
    assert len(re.findall(r"Bare 1 tilbud innen 150 km fra Tromsø om 2 av 14 temaer: "
                          r"ledelse og personalarbeid; juss\.", html)) == 1


def test_the_bundled_catalogue_from_lyngen(bundled_client):
    """The issue's example: ?kommune=5536&max_km=150 listed about 60 lines «Ingen tilbud … innen 150 km»."""
    html = html_of(bundled_client, kommune="5536", max_km="150")
    main = outside_full_table(html)
    assert len(re.findall(r"innen 150 km fra Lyngen", main)) <= 3          # heading, caption, the sentence
    assert len(re.findall(r"<li>Ingen tilbud", main)) == 0
    assert len(re.findall(r"Ingen tilbud om [^<]* innen 150 km", html)) > 50    # the per-area lines, folded


# ---------------------------------------------------------------------------
# 7. A colour legend, and proportional bars

@pytest.mark.parametrize("few", [0, 1, 2, 3, 5, 20])
def test_the_legend_states_the_range_of_every_shade(few):
    legend = heat_legend(few)
    for n in range(0, 60):
        shades = [s for s in legend if s["low"] <= n and (s["high"] is None or n <= s["high"])]
        assert len(shades) == 1, (few, n)
        assert shades[0]["class"] == heat_class(n, few), (few, n)
    assert legend[0]["label"] == "Ingen tilbud" and legend[-1]["label"].endswith("eller flere")


def test_the_page_has_a_legend_for_every_shade_in_the_heatmap(client):
    for params in ({}, {"few": "2"}, {"by": "county", "include_online": "false"}):
        html = html_of(client, **params)
        legend = html.split('<div class="heat-legend">')[1].split("</div>")[0]
        shades = dict(re.findall(r'<span class="swatch (heat-\d)" aria-hidden="true"></span>\s*([^<]+)</li>', legend))
        used = {c for c, *_ in heatmap_cells(html)}
        assert used <= set(shades), (params, used, shades)
        assert "Ingen tilbud" in shades["heat-0"]
    legend = html_of(client, few="2").split('<div class="heat-legend">')[1].split("</div>")[0]
    texts = [t.strip() for t in re.findall(r'aria-hidden="true"></span>([^<]+)</li>', legend)]
    assert texts == ["Ingen tilbud (hull)", "1–2 tilbud (hull)", "3 tilbud", "4 tilbud eller flere"]


BAR = re.compile(r'<span class="bar-label">([^<]*)</span>\s*<svg class="bar-svg"[^>]*>\s*<rect class="bar-fill" '
                 r'x="0" y="0" width="([\d.]+)%"[^>]*>\s*</rect>\s*</svg>\s*<span class="bar-count">(\d+)</span>')


def bars(html: str) -> list[tuple[str, float, int]]:
    section = html.split('<ol class="bars">')[1].split("</ol>")[0]
    return [(unescape(label), float(width), int(count)) for label, width, count in BAR.findall(section)]


@pytest.fixture(scope="module")
def counted_client(tmp_path_factory):
    """Offers per topic 9, 7, 5, 2 and 1 (ledelse, okonomi, juss, endring, kvalitet)."""
    counts = {"ledelse": 9, "okonomi": 7, "juss": 5, "endring": 2, "kvalitet": 1}
    records = [offer(f"{t}-{i}", [t], locations=[OSLO]) for t, n in counts.items() for i in range(n)]
    data_dir = tmp_path_factory.mktemp("counted")
    build_index(records, data_dir)
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False}).test_client()


def test_bars_are_proportional(counted_client):
    html = html_of(counted_client)
    found = {label: (width, count) for label, width, count in bars(html)}
    assert len(found) == 14
    width = {code: found[topics.TOPICS[code]][0] for code in topics.TOPIC_ORDER}
    assert width["ledelse"] == 100.0
    assert width["okonomi"] == pytest.approx(100 * 7 / 9, abs=0.01)
    assert width["juss"] == pytest.approx(100 * 5 / 9, abs=0.01)
    assert width["endring"] == pytest.approx(100 * 2 / 9, abs=0.01)
    assert width["endring"] < width["juss"] < width["okonomi"] < width["ledelse"]
    assert 0 < width["kvalitet"] < width["endring"]
    assert width["etikk"] == 0
    assert "w-" not in html.split('<ol class="bars">')[1].split("</ol>")[0]     # no 10 % classes
    assert ' style="' not in html and " style='" not in html                   # CSP: style-src 'self'


def test_the_2014_bars_are_proportional_too(counted_client):
    html = html_of(counted_client)
    pairs = re.findall(r'<th scope="row">([^<]*)</th><td>(\d+)</td><td>(\d+)</td>.*?<svg class="bar-svg bar-pair"[^>]*>'
                       r'<rect class="bar-then" [^>]*width="([\d.]+)%"[^>]*></rect><rect class="bar-now" [^>]*'
                       r'width="([\d.]+)%"', html, re.S)
    assert pairs
    top = max(max(int(then), int(now)) for _, then, now, _, _ in pairs)
    for label, then, now, w_then, w_now in pairs:
        assert float(w_then) == pytest.approx(100 * int(then) / top, abs=0.01), label
        assert float(w_now) == pytest.approx(100 * int(now) / top, abs=0.01), label
    assert bar_percent(2, 9) > 0 and bar_percent(5, 9) < bar_percent(7, 9) < bar_percent(9, 9) == 100.0
    assert bar_percent(1, 1000) == 1.0 and bar_percent(0, 9) == 0.0
