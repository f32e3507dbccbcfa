"""Issue 15, site defects 6, 9, 10 and 11 in headless Chromium against the live waitress server:
the municipality field on a phone, the skip link, the results map beside the list, and what the
browser is sent (compressed, no inline municipality list)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser import artifact

# JavaScript run in the page: the placeholder's width in the field's font, and the room for it.
PLACEHOLDER_FITS_JS = """
el => {
  const cs = getComputedStyle(el);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = cs.font;
  const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  return {text: ctx.measureText(el.placeholder).width, room: room};
}
"""


def test_kommune_field_on_a_phone(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=1, locale="nb-NO")
    try:
        pg = context.new_page()
        errors = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        pg.goto(live_server + "/")
        field = pg.locator("#kommune")
        box = field.bounding_box()
        search_box = pg.locator("#q").bounding_box()
        assert box["height"] >= 44, box                       # was about 18 px
        assert abs(box["height"] - search_box["height"]) < 1  # styled like the search field
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375
        assert pg.evaluate("document.documentElement.scrollWidth") <= 375
        font = field.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        assert font >= 16                                      # no zoom on focus in a phone browser
        # the placeholder is not cut, and the hint for groups is shown under the field
        fit = field.evaluate(PLACEHOLDER_FITS_JS)
        assert fit["text"] <= fit["room"], fit
        hint = pg.locator("#kommune-hint")
        assert hint.is_visible() and "skill med ;" in hint.inner_text()
        assert field.get_attribute("aria-describedby") == "kommune-hint"
        hint_box = hint.bounding_box()
        assert hint_box["y"] >= box["y"] + box["height"] and hint_box["x"] + hint_box["width"] <= 375
        # the municipality list arrives when the field gets focus, not with the page
        options = pg.locator("#kommuneliste option")
        assert options.count() == 0
        field.focus()
        expect(options).to_have_count(357)
        assert options.first.get_attribute("value") == "Alstahaug (1820), Nordland"
        pg.screenshot(path=str(artifact("kommune-phone.png")))
        # choosing by name still works
        field.fill("Tromsø")
        field.press("Enter")
        pg.wait_for_url("**/?kommune=5501")
        assert pg.locator("#kommune").bounding_box()["height"] >= 44
        assert errors == []
    finally:
        context.close()


def test_skip_link_moves_focus_to_the_results(page, live_server):
    pg = page
    pg.goto(live_server + "/?q=ledelse")
    pg.keyboard.press("Tab")
    skip = pg.locator("a.skip-link")
    assert pg.evaluate("document.activeElement === document.querySelector('a.skip-link')")
    assert skip.is_visible() and skip.inner_text() == "Hopp til resultatene"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] > 20               # shown on focus, inside the page
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.id") == "hovedinnhold"
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement === document.querySelector('li.result h2 a')"), \
        pg.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    pg.keyboard.press("Enter")
    pg.wait_for_url("**/kurs/**")

    # elsewhere it goes to the main content: on the front page the next Tab is the search field
    pg.goto(live_server + "/")
    pg.keyboard.press("Tab")
    assert pg.locator("a.skip-link").inner_text() == "Hopp til innholdet"
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.tagName") == "MAIN"
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.id") == "q"
    assert pg.events.page_errors == [] and pg.events.console_errors == []


def test_results_map_beside_the_list_on_a_wide_screen(page, live_server):
    pg = page                                              # 1280 x 900
    pg.goto(live_server + "/?q=ledelse&kommune=4601")
    panel = pg.locator("#kart")
    assert panel.get_attribute("open") is not None
    svg = pg.locator("svg.result-map")
    assert svg.is_visible()
    first = pg.locator("li.result").first.bounding_box()
    box = svg.bounding_box()
    assert box["x"] >= first["x"] + first["width"]           # beside the list ...
    assert box["y"] < 900                                     # ... and seen without scrolling
    labels = pg.locator("svg.result-map text.place-label")
    assert labels.count() >= 1 and labels.first.is_visible()
    svg.screenshot(path=str(artifact("results-map.png")))
    # collapsible
    pg.locator("#kart > summary").click()
    assert not svg.is_visible()
    pg.locator("#kart > summary").click()
    assert svg.is_visible()
    # the list of places opens for keyboard users and links to the county
    pg.locator("details.map > summary").focus()
    pg.keyboard.press("Enter")
    link = pg.locator("ul.map-places a").first
    assert link.is_visible()
    link.focus()
    pg.keyboard.press("Enter")
    pg.wait_for_url("**county=**")
    assert pg.locator("a.chip").count() >= 1
    assert pg.events.csp_violations() == [] and pg.events.page_errors == []


def test_results_map_after_the_list_on_a_phone(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=1)
    try:
        pg = context.new_page()
        pg.goto(live_server + "/?q=ledelse")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 375
        last = pg.locator("li.result").last.bounding_box()
        box = pg.locator("svg.result-map").bounding_box()
        assert box["y"] > last["y"] and box["x"] + box["width"] <= 375
    finally:
        context.close()


def test_the_browser_is_sent_compressed_responses(page, live_server):
    pg = page
    seen = {}

    def on_response(resp):
        kind = resp.request.resource_type
        if kind in ("document", "stylesheet", "script", "fetch"):
            seen[kind] = resp.all_headers().get("content-encoding")

    pg.on("response", on_response)
    pg.goto(live_server + "/?q=ledelse")
    pg.wait_for_load_state("load")
    # wait for the list's response itself: on a busy machine its event can come after the options are drawn
    with pg.expect_response(lambda resp: resp.request.resource_type == "fetch"):
        pg.locator("#kommune").focus()
    expect(pg.locator("#kommuneliste option")).to_have_count(357)
    assert set(seen) == {"document", "stylesheet", "script", "fetch"}, seen
    assert all(enc in ("gzip", "br", "zstd") for enc in seen.values()), seen
    assert pg.events.page_errors == [] and pg.events.csp_violations() == []
