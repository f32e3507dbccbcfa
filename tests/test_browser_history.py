"""A 2014 row and today's offer in a real headless Chromium (issue 18): the 2014 page says what
it is and offers no dead address to apply, the current one links the provider's page."""

from __future__ import annotations

import threading

import pytest

from service.jobs import rebuild
from tests.browser import artifact
from webapp import create_app


@pytest.fixture(scope="module")
def catalogue_server(tmp_path_factory):
    """The bundled catalogue (2014 seed and today's offers) served by waitress on 127.0.0.1."""
    import waitress

    data = tmp_path_factory.mktemp("catalogue")
    rebuild(data)
    app = create_app({"DATA_DIR": str(data), "TESTING": False, "ADMIN_TOKEN": "t"})
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=5)


def test_a_2014_course_page_shows_its_label_and_no_apply_button_to_a_dead_domain(page, catalogue_server):
    pg = page
    pg.goto(catalogue_server + "/kurs/hih-master-i-ledelse")
    notice = pg.locator(".notice-historical")
    assert notice.is_visible()
    assert "Fra kartleggingen i 2014, ikke bekreftet senere" in notice.inner_text()
    assert pg.locator("a.button-link").count() == 0                       # no "Les mer og søk hos tilbyderen"
    assert pg.locator("a[href*='hih.no']").count() == 0                    # the dead address is no link ...
    dead = pg.locator(".dead-link")
    assert "hih.no" in dead.inner_text() and dead.is_visible()             # ... but shown, marked as dead
    pg.screenshot(path=str(artifact("historical-course.png")), full_page=True)
    notice.get_by_role("link").click()                                    # to the offer that continues it
    pg.wait_for_url("**/kurs/uit-ledelse-erfaringsbasert-master")
    assert pg.locator("h1").inner_text() == "Ledelse - erfaringsbasert master"
    assert pg.locator("a.button-link").get_attribute("href").startswith("https://")
    assert page.events.csp_violations() == [] and page.events.page_errors == []


def test_the_default_search_lists_todays_offers_and_the_2014_rows_are_one_click_away(page, catalogue_server):
    pg = page
    pg.goto(catalogue_server + "/?q=ledelse")
    titles = pg.locator(".result-title").all_inner_texts()
    assert titles and all("2014" not in t for t in pg.locator(".badge").all_inner_texts())
    pg.locator("#facet-status summary").click()
    pg.locator("#facet-status").get_by_text("Fra kartleggingen i 2014").click()
    pg.wait_for_url("**status=historical**")
    badges = pg.locator(".badge").all_inner_texts()
    assert badges and all(b == "Fra kartleggingen i 2014" for b in badges)
