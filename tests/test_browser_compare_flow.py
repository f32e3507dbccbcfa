"""In headless Chromium: a compare with too few offers returns to the ticks; compare can change
municipality, drop an offer, go back and print with the municipality it measured from."""

from __future__ import annotations


def test_one_tick_returns_to_the_results_with_the_tick_and_a_message(page, live_server):
    pg = page
    pg.goto(live_server + "/?q=ledelse&kommune=5501")
    first = pg.locator("input[name='ids']").first
    first_id = first.get_attribute("value")
    first.check()
    pg.get_by_role("button", name="Sammenlign valgte tilbud").click()
    pg.wait_for_load_state()
    assert "/?" in pg.url and "q=ledelse" in pg.url and "kommune=5501" in pg.url
    assert "Velg minst to tilbud" in pg.get_by_role("alert").inner_text()
    assert pg.locator(f"input[name='ids'][value='{first_id}']").is_checked()
    # tick a second one: now the compare opens
    pg.locator("input[name='ids']").nth(1).check()
    pg.get_by_role("button", name="Sammenlign valgte tilbud").click()
    pg.wait_for_load_state()
    assert "/compare?" in pg.url
    assert pg.locator("table.compare thead th").count() == 3


def test_compare_changes_municipality_drops_an_offer_goes_back_and_prints(page, live_server):
    pg = page
    pg.goto(live_server + "/compare?ids=uit-helserett,nord-mba,nki-lederskolen&q=ledelse&kommune=5536")
    assert pg.locator("#kommune").input_value() == "Lyngen (5536)"
    pg.fill("#kommune", "Lyngen; Storfjord; Kåfjord")
    pg.press("#kommune", "Enter")
    pg.wait_for_load_state()
    assert "Ugyldig" not in pg.content()
    assert "kommune=5536&kommune=5538&kommune=5540" in pg.url
    assert "Storfjord (5538)" in pg.locator(".compare-origin").inner_text()
    pg.get_by_role("link", name="Fjern MBA").click()
    pg.wait_for_load_state()
    assert pg.locator("table.compare thead th").count() == 3 and "nord-mba" not in pg.url
    assert pg.get_by_role("button", name="Skriv ut").is_visible()
    pg.emulate_media(media="print")
    assert pg.locator(".compare-origin").is_visible()
    assert not pg.locator(".kommune-bar").is_visible()
    pg.emulate_media(media="screen")
    pg.get_by_role("link", name="‹ Tilbake til søkeresultatet").click()
    pg.wait_for_load_state()
    assert "q=ledelse" in pg.url and "kommune=5536" in pg.url and "/compare" not in pg.url
    assert pg.events.csp_violations() == [] and pg.events.page_errors == []
