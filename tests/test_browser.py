"""The site in a real headless Chromium (Playwright) against a live waitress server."""

from __future__ import annotations

import csv
import io
import re

from tests.browser import UNLABELLED_CONTROLS_JS, artifact
from webapp.export import COLUMNS


def count(pg) -> int:
    text = pg.locator("#antall .count-number").inner_text()
    match = re.match(r"([\d\s]+) tilbud", text)
    assert match, text
    return int(re.sub(r"\s", "", match.group(1)))


def assert_accessible_basics(pg):
    assert pg.locator("html").get_attribute("lang") == "nb"
    assert pg.locator("h1").count() == 1
    assert pg.evaluate(UNLABELLED_CONTROLS_JS) == []
    for landmark in ("header", "nav", "main", "footer"):
        assert pg.locator(landmark).count() >= 1, landmark


def test_search_filter_and_course_flow(page, live_server):
    pg = page
    pg.goto(live_server + "/")
    assert_accessible_basics(pg)
    everything = count(pg)
    assert everything == 10
    pg.screenshot(path=str(artifact("front.png")), full_page=True)

    box = pg.get_by_label("Søk i kurskatalogen")
    # "helse" finds a part of the fixture ("ledelse" finds all ten since "for ledere" is leadership too)
    box.fill("helse")
    box.press("Enter")
    pg.wait_for_url(re.compile(r"/\?q=helse$"))
    assert_accessible_basics(pg)
    hits = count(pg)
    assert 0 < hits < everything
    assert pg.locator("li.result").count() == hits
    assert pg.locator("p.snippet mark").count() > 0

    # click a facet value: the count changes and a chip appears
    pg.locator("#facet-level a[data-value='master']").click()
    pg.wait_for_url(re.compile(r"level=master"))
    masters = count(pg)
    assert 0 < masters < hits
    chip = pg.get_by_role("link", name="Fjern filter: Masternivå")
    assert chip.is_visible()
    assert pg.locator("#facet-level a[data-value='master']").get_attribute("aria-current") == "true"

    # the back button returns to the unfiltered results
    pg.go_back()
    pg.wait_for_url(re.compile(r"/\?q=helse$"))
    assert count(pg) == hits
    pg.go_forward()
    pg.wait_for_url(re.compile(r"level=master"))

    # remove the chip: the count returns
    pg.get_by_role("link", name="Fjern filter: Masternivå").click()
    pg.wait_for_url(re.compile(r"/\?q=helse$"))
    assert count(pg) == hits
    assert pg.locator("a.chip").count() == 0

    # credits range through the form keeps the query
    pg.get_by_label("Studiepoeng fra").fill("10")
    pg.get_by_role("button", name="Bruk studiepoeng").click()
    pg.wait_for_url(re.compile(r"credits_min=10"))
    assert "q=helse" in pg.url
    assert pg.get_by_role("link", name="Fjern filter: fra 10").is_visible()
    pg.get_by_role("link", name="Fjern filter: fra 10").click()
    pg.wait_for_url(re.compile(r"/\?q=helse$"))

    # sort keeps the query and filters
    pg.get_by_label("Sorter etter").select_option("title")
    pg.get_by_role("button", name="Sorter", exact=True).click()
    pg.wait_for_url(re.compile(r"sort=title"))
    titles = pg.locator("li.result h2").all_inner_texts()
    assert len(titles) == hits

    pg.screenshot(path=str(artifact("results.png")), full_page=True)

    # open a course page
    pg.get_by_role("link", name="Helseledelse", exact=True).click()
    pg.wait_for_url(re.compile(r"/kurs/hvl-helseledelse\?.*sort=title"))   # the page keeps the search
    assert_accessible_basics(pg)
    assert pg.locator("h1").inner_text() == "Helseledelse"
    back = pg.locator("nav.breadcrumbs a").nth(1)
    assert "sort=title" in back.get_attribute("href")
    facts = pg.locator("div.fact dt").all_inner_texts()
    for label in ("Tilbyder", "Studiepoeng", "Nivå", "Sted", "Pris", "Sist sjekket"):
        assert label in facts
    pg.screenshot(path=str(artifact("course.png")), full_page=True)

    assert pg.events.dialogs == []
    assert pg.events.page_errors == []
    assert pg.events.console_errors == []


def test_csv_download(page, live_server):
    pg = page
    pg.goto(live_server + "/?q=ledelse&part_time=true")
    shown = count(pg)
    with pg.expect_download() as info:
        pg.get_by_role("link", name="Last ned CSV").first.click()
    download = info.value
    assert download.suggested_filename == "kurskatalog.csv"
    data = open(download.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(data)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == shown
    assert all(r[COLUMNS.index("part_time")] == "ja" for r in rows[1:])


def test_accessibility_across_pages(page, live_server):
    pg = page
    for path in ("/", "/?q=ledelse&level=master", "/kurs/nki-lederskolen", "/om", "/finnes-ikke",
                 "/?credits_min=abc"):
        pg.goto(live_server + path)
        assert_accessible_basics(pg)
    assert pg.locator("h1").inner_text() == "Ugyldig forespørsel"
    # the 404 and 400 pages themselves are logged as failed loads; nothing else may be
    assert all(re.search(r"status of (404|400)", m) for m in pg.events.console_errors), pg.events.console_errors
    pg.events.console_errors.clear()

    # keyboard: the first Tab reaches the skip link, which moves focus to the main content
    pg.goto(live_server + "/?q=ledelse")
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.className") == "skip-link"
    assert pg.locator(".skip-link").is_visible()
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.id") == "hovedinnhold"

    # keyboard: a facet value is reachable and activates with Enter
    link = pg.locator("#facet-level a[data-value='bachelor']")
    link.focus()
    outline = pg.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focused facet link has no visible focus outline"
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"level=bachelor"))
    assert pg.get_by_role("link", name="Fjern filter: Bachelornivå").is_visible()
    assert pg.events.console_errors == []


def test_phone_layout(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 800}, device_scale_factor=1)
    try:
        pg = context.new_page()
        pg.goto(live_server + "/?q=ledelse&part_time=true")
        # no sideways scrolling on a 375 px phone
        assert pg.evaluate("document.documentElement.scrollWidth") <= 375
        # the filters sit above the results, folded (progressive enhancement)
        filters = pg.locator("#filtre")
        assert filters.get_attribute("open") is None
        assert pg.locator("#filtre > summary").is_visible()
        box_filters = filters.bounding_box()
        box_results = pg.locator("li.result").first.bounding_box()
        assert box_filters["y"] < box_results["y"] < 800, "first result should be visible without scrolling"
        pg.screenshot(path=str(artifact("results-phone.png")), full_page=False)
        pg.locator("#filtre > summary").click()
        assert pg.locator("#facet-level").is_visible()
    finally:
        context.close()


def test_xss_record_never_runs_script(page, live_server):
    pg = page
    for path in ("/?q=alert", "/?provider=hvl", "/kurs/xss"):
        pg.goto(live_server + path)
        pg.wait_for_load_state("load")
        # the hostile text is shown as text
        assert "<script>alert(1)</script>" in pg.locator("main").inner_text()
        # no element came from the record: only our own script, no <img>
        assert pg.locator("script").evaluate_all("els => els.map(e => e.getAttribute('src'))") == ["/static/app.js"]
        assert pg.locator("main img").count() == 0
        # hovering the title does not fire anything
        pg.locator("h1, li.result h2").first.hover()
    pg.wait_for_timeout(300)
    assert pg.events.dialogs == [], pg.events.dialogs
    assert pg.events.csp_violations() == [], pg.events.csp_violations()
    assert pg.events.page_errors == []
