"""In headless Chromium: «Min liste» (issue 16, part 2). Offers added from the results are counted
in the header, are still there in a new tab and after a browser restart (a persistent cookie),
can be compared and exported; the keyboard alone can add one; a shared link can become my list.
No JavaScript is needed and nothing breaks the Content-Security-Policy."""

from __future__ import annotations

import csv
import io
import re
import time

from playwright.sync_api import expect

MINE = re.compile(r"^Min liste \((\d+) tilbud\)$")


def header_count(pg) -> int:
    link = pg.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name=MINE)
    return int(MINE.match(link.get_attribute("aria-label"))[1])


def list_titles(pg) -> list[str]:
    return [t.strip() for t in pg.locator("ol.mylist-items h2").all_inner_texts()]


def test_add_two_count_new_tab_restart_compare_and_export(page, browser, live_server):
    pg = page
    pg.goto(live_server + "/?q=ledelse")
    assert header_count(pg) == 0
    results = pg.locator("li.result")
    titles = [results.nth(i).locator("h2").inner_text().strip() for i in (0, 1)]
    ids = [results.nth(i).locator("input[name='ids']").get_attribute("value") for i in (0, 1)]

    for n in (0, 1):
        results.nth(n).get_by_role("button", name=re.compile(r"^Legg i listen")).click()
        pg.wait_for_load_state()
        assert pg.url.endswith(f"#t-{n + 1}") and "q=ledelse" in pg.url
        item = pg.locator("li.result").nth(n)
        assert item.get_by_role("status").inner_text().startswith(f"«{titles[n]}» er lagt i listen. "
                                                                  f"Listen har {n + 1} tilbud.")
        assert item.get_by_role("button", name=re.compile(r"^I listen – fjern")).is_visible()
        assert "I listen ✓ – fjern" in item.locator("button.mylist-button").inner_text()
    assert header_count(pg) == 2
    assert " ".join(pg.locator("a.mylist-link").inner_text().split()) == "Min liste (2)"
    # the message is shown once
    pg.reload()
    assert pg.locator(".mylist-notice").count() == 0

    # a new tab of the same browser: the list is there
    tab = pg.context.new_page()
    tab.goto(live_server + "/liste")
    assert list_titles(tab) == titles and header_count(tab) == 2
    tab.close()

    # a persistent cookie: a year, HttpOnly, SameSite=Lax, for the whole site
    cookie = next(c for c in pg.context.cookies() if c["name"] == "minliste")
    assert cookie["expires"] > time.time() + 360 * 86400
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and cookie["path"] == "/"

    # a browser restart keeps persistent cookies only
    state = pg.context.storage_state()
    state["cookies"] = [c for c in state["cookies"] if c.get("expires", -1) > 0]
    restarted = browser.new_context(storage_state=state, accept_downloads=True, locale="nb-NO")
    try:
        again = restarted.new_page()
        errors = []
        again.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        again.goto(live_server + "/")
        assert header_count(again) == 2
        again.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name=MINE).click()
        again.wait_for_load_state()
        assert again.url == live_server + "/liste"
        assert list_titles(again) == titles

        # compare the two
        for t in titles:
            again.get_by_role("checkbox", name=f"Sammenlign «{t}»").check()
        again.get_by_role("button", name="Sammenlign valgte tilbud").click()
        again.wait_for_load_state()
        assert "/compare?ids=" + ",".join(ids) in again.url
        assert again.locator("table.compare thead th").count() == 3

        # export the list
        again.goto(live_server + "/liste")
        with again.expect_download() as info:
            again.get_by_role("link", name="Last ned CSV").click()
        assert info.value.suggested_filename == "min-liste.csv"
        rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))
        assert [r["id"] for r in rows] == ids
        with again.expect_download() as info:
            again.get_by_role("link", name="Last ned for Excel").click()
        rows = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read()), delimiter=";"))
        assert rows[0][0] == "Tittel" and [r[0] for r in rows[1:]] == titles

        # the share link is the list's address
        share = again.get_by_label("Lenke til listen din")
        assert share.input_value() == f"{live_server}/liste?ids={','.join(ids)}"
        assert share.get_attribute("readonly") is not None

        # remove one from the list page
        again.get_by_role("button", name=f"Fjern fra listen: «{titles[0]}»").click()
        again.wait_for_load_state()
        assert list_titles(again) == titles[1:] and header_count(again) == 1
        assert again.get_by_role("status").filter(has_text="er fjernet fra listen").inner_text() == \
            f"«{titles[0]}» er fjernet fra listen. Listen har 1 tilbud."
        assert [e for e in errors if "Content Security Policy" in e or "Refused to" in e] == []
    finally:
        restarted.close()
    assert pg.events.csp_violations() == [] and pg.events.page_errors == [] and pg.events.dialogs == []


def test_keyboard_only_add(page, live_server):
    pg = page
    pg.goto(live_server + "/?q=ledelse")
    pg.keyboard.press("Tab")                   # the skip link
    pg.keyboard.press("Enter")                 # to the results
    pg.keyboard.press("Tab")                   # the first title
    assert pg.evaluate("document.activeElement.closest('h2') !== null")
    pg.keyboard.press("Tab")                   # its compare box
    assert pg.evaluate("document.activeElement.type") == "checkbox"
    pg.keyboard.press("Tab")                   # its list button
    focused = pg.evaluate("document.activeElement.textContent").strip()
    assert focused.startswith("Legg i listen")
    outline = pg.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused list button has no visible focus outline"
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"#t-1$"))
    assert header_count(pg) == 1
    first = pg.locator("li.result").first
    assert "er lagt i listen" in first.get_by_role("status").inner_text()
    # and off again, with the space bar
    first.get_by_role("button", name=re.compile(r"^I listen – fjern")).focus()
    pg.keyboard.press(" ")
    # The press posts the form and loads the page again. Between the two documents the header may
    # not be parsed yet, so wait with a locator that retries (a bare querySelector once read null).
    expect(pg.locator("a.mylist-link .mylist-number")).to_have_text("0")
    assert header_count(pg) == 0
    assert pg.events.csp_violations() == [] and pg.events.page_errors == []


def test_course_page_and_a_shared_link_become_my_list(page, live_server):
    pg = page
    pg.goto(live_server + "/kurs/nord-mba")
    pg.get_by_role("button", name=re.compile(r"^Legg i listen")).click()
    pg.wait_for_load_state()
    assert pg.url == live_server + "/kurs/nord-mba"
    assert pg.get_by_role("status").filter(has_text="lagt i listen").inner_text().startswith(
        "«MBA i helseledelse» er lagt i listen. Listen har 1 tilbud.")
    assert header_count(pg) == 1

    pg.goto(live_server + "/liste?ids=uit-helserett,hvl-okonomi,finnes-ikke")
    assert pg.locator("h1").inner_text().startswith("Delt liste")
    assert list_titles(pg) == ["Helserett", "Økonomistyring i kommunal sektor"]
    assert "Din egen liste har 1 tilbud" in pg.locator(".mylist-shared").inner_text()
    pg.get_by_role("button", name="Bruk denne listen som min liste").click()
    pg.wait_for_load_state()
    assert pg.url == live_server + "/liste"
    assert pg.get_by_role("status").filter(has_text="din liste").inner_text() == \
        "Denne listen er nå din liste. Listen har 2 tilbud."
    assert list_titles(pg) == ["Helserett", "Økonomistyring i kommunal sektor"] and header_count(pg) == 2
    # the stylesheet of the list page is applied (CSP allows only files from the site)
    assert pg.evaluate("getComputedStyle(document.querySelector('.mylist-notice')).borderLeftStyle") == "solid"
    assert pg.events.csp_violations() == [] and pg.events.page_errors == []


def test_list_page_on_a_phone_and_without_javascript(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=False, locale="nb-NO")
    try:
        pg = context.new_page()
        pg.goto(live_server + "/?q=ledelse")
        pg.locator("li.result").first.get_by_role("button", name=re.compile(r"^Legg i listen")).click()
        pg.wait_for_load_state()
        pg.goto(live_server + "/liste")
        assert len(list_titles(pg)) == 1
        assert pg.evaluate("document.documentElement.scrollWidth") <= 375
        pg.goto(live_server + "/liste?ids=")
        assert "Ingen tilbud i lenken" in pg.locator("main").inner_text()
    finally:
        context.close()
