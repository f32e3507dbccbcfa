"""The Dekning page in headless Chromium: the heatmap renders and a cell lists its offers."""

from __future__ import annotations

from tests.browser import UNLABELLED_CONTROLS_JS, artifact


def test_heatmap_cell_click_lists_its_offers(page, live_server):
    pg = page
    pg.goto(live_server + "/dekning?include_online=false")
    assert pg.locator("table.heatmap tbody tr").count() == 14
    assert pg.locator("h1").count() == 1
    assert pg.evaluate(UNLABELLED_CONTROLS_JS) == []
    pg.screenshot(path=str(artifact("coverage.png")), full_page=True)
    cell = pg.locator('table.heatmap a[aria-label="1 tilbud om Juss i Nord-Norge"]')
    assert cell.count() == 1
    cell.click()
    pg.wait_for_load_state()
    titles = pg.locator("main h2 a, main h3 a").all_inner_texts()
    assert "Helserett" in titles and len([t for t in titles if t]) == 1
