"""In headless Chromium, the unit leader's week (issue 16): browse to a need from the front page,
keep three offers, come back to them in a fresh page and compare them, and see the need's feed
announce a new offer after the index is rebuilt."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

from index.engine.build import build_index
from tests.browser import serve
from tests.catalogue_fixture import OSLO, RECORDS, rec
from webapp import create_app

A = "{http://www.w3.org/2005/Atom}"


def test_browse_a_need_keep_three_compare_later_and_follow(browser, tmp_path):
    build_index(copy.deepcopy(RECORDS), tmp_path)
    app = create_app({"DATA_DIR": str(tmp_path), "TESTING": False})
    with serve(app) as base:
        context = browser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.goto(base + "/")
        tile = pg.locator("ul.need-tiles a", has_text="Ledelse og personalarbeid")
        shown = int(tile.locator(".need-count").inner_text().split()[0])
        tile.click()
        pg.wait_for_load_state()
        assert pg.url.endswith("/tema/ledelse")
        assert pg.locator("h1").inner_text() == "Ledelse og personalarbeid"
        assert pg.locator(".count-number").first.inner_text().startswith(f"{shown} tilbud")
        follow = pg.locator("a.follow").first.get_attribute("href")
        assert follow.startswith("/feed.atom?") and "topic=ledelse" in follow

        results = pg.locator("li.result")
        titles = []
        for n in range(3):
            titles.append(results.nth(n).locator("h2").inner_text().strip())
            results.nth(n).get_by_role("button", name=re.compile(r"^Legg i listen")).click()
            pg.wait_for_load_state()
        state = context.storage_state()
        context.close()

        # a week later: a new browser context with the saved cookies
        later = browser.new_context(storage_state=state, locale="nb-NO")
        pg = later.new_page()
        pg.goto(base + "/liste")
        assert [t.strip() for t in pg.locator("ol.mylist-items h2").all_inner_texts()] == titles
        boxes = pg.locator("input[name='ids'][type='checkbox']")
        for n in range(3):
            boxes.nth(n).check()
        pg.get_by_role("button", name=re.compile("Sammenlign")).click()
        pg.wait_for_load_state()
        assert "/compare?" in pg.url and pg.locator("table.compare thead th").count() == 4
        later.close()

        # a new offer on the need appears: the need's feed announces it
        before = ET.fromstring(app.test_client().get(follow).get_data())
        build_index(copy.deepcopy(RECORDS) + [rec(
            "ny-ledelse", "Ny videreutdanning i ledelse", "Ledelse og personalarbeid for enhetsledere.",
            provider_id="uio", provider_name="Universitetet i Oslo", level="master", kind="single_course",
            credits=(15.0, 15.0), part_time=True, delivery=["samling"], target=["helse"], locations=[OSLO],
            topics=["ledelse"])], tmp_path)
        after = ET.fromstring(app.test_client().get(follow).get_data())
        assert before.findall(A + "entry") == []
        entries = after.findall(A + "entry")
        assert [e.find(A + "id").text.split(":", 2)[2].rsplit("/", 1)[0] for e in entries] == ["ny-ledelse/new"]
        assert "Ny videreutdanning i ledelse" in entries[0].find(A + "title").text
