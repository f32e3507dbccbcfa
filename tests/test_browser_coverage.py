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
    dots = pg.locator("figure.access-map svg circle.kommune")
    assert dots.count() == 357 and dots.first.bounding_box()["width"] > 0      # the accessibility map is drawn
    assert pg.locator("figure.access-map .legend li").count() == 5
    cell = pg.locator('table.heatmap a[aria-label="1 tilbud om Juss i Nord-Norge"]')
    assert cell.count() == 1
    cell.click()
    pg.wait_for_load_state()
    titles = pg.locator("main h2 a, main h3 a").all_inner_texts()
    assert "Helserett" in titles and len([t for t in titles if t]) == 1


def test_distance_limit_from_the_form(page, live_server):
    pg = page
    pg.goto(live_server + "/dekning?include_online=false")
    assert pg.locator('table.heatmap a[aria-label="1 tilbud om Juss i Nord-Norge"]').count() == 1
    pg.fill("#gap_kommune", "Oslo")
    pg.fill("#max_km", "50")
    pg.click("form.coverage-filters button[type=submit]")
    pg.wait_for_load_state()
    assert "kommune=0301" in pg.url and "max_km=50" in pg.url
    assert pg.locator("#gap_kommune").input_value() == "Oslo (0301)"
    # within 50 km of Oslo: the two Oslo offers on law, not Tromsø's
    assert pg.locator('table.heatmap a[aria-label="0 tilbud om Juss i Nord-Norge"]').count() == 1
    assert pg.locator('table.heatmap a[aria-label="2 tilbud om Juss i Østlandet"]').count() == 1
    assert pg.evaluate(UNLABELLED_CONTROLS_JS) == []
