"""In headless Chromium: choose a municipality by name, see distances, compare three offers, export CSV."""

from __future__ import annotations

import csv
import io

from tests.browser import UNLABELLED_CONTROLS_JS, artifact


def test_choose_municipality_and_compare(page, live_server):
    pg = page
    pg.goto(live_server + "/?q=ledelse")
    pg.fill("#kommune", "Tromsø")
    pg.press("#kommune", "Enter")
    pg.wait_for_load_state()
    assert "kommune=5501" in pg.url
    assert "Tromsø (Troms)" in pg.locator(".kommune-current").inner_text()
    assert pg.locator(".fact-distance").count() >= 3
    assert any("km i luftlinje" in t for t in pg.locator(".fact-distance").all_inner_texts())
    pg.select_option("#sort", "distance")
    pg.get_by_role("button", name="Sorter", exact=True).click()
    pg.wait_for_load_state()
    assert "sort=distance" in pg.url
    assert pg.evaluate(UNLABELLED_CONTROLS_JS) == []
    pg.click("details.map > summary")
    assert pg.locator("svg.norway path.county").count() == 15
    pg.locator("svg.norway").screenshot(path=str(artifact("map.png")))

    boxes = pg.locator("input[name='ids']")
    for i in range(3):
        boxes.nth(i).check()
    pg.get_by_role("button", name="Sammenlign valgte tilbud").click()
    pg.wait_for_load_state()
    assert "/compare?" in pg.url and "kommune=5501" in pg.url
    assert pg.locator("table.compare thead th").count() == 4          # three offers side by side
    assert pg.locator("tr.differ").count() >= 1
    pg.screenshot(path=str(artifact("compare.png")), full_page=True)
    with pg.expect_download() as info:
        pg.click("text=Last ned CSV")
    path = info.value.path()
    rows = list(csv.DictReader(io.StringIO(open(path, encoding="utf-8-sig").read())))
    assert len(rows) == 3 and all(r["distance_km"] for r in rows if r["id"] != "nki-lederskolen")
    assert pg.events.dialogs == [] and pg.events.csp_violations() == []
