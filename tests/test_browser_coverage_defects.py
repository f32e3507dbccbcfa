"""Issue 15, the coverage page /dekning in headless Chromium: the county table fits a laptop
screen and stays readable on a phone, each form label sits by its own control, the heatmap
has a colour legend and the bars are proportional (under the site's CSP)."""

from __future__ import annotations

import pytest

from index.engine.build import build_index
from tests.browser import UNLABELLED_CONTROLS_JS, artifact, serve
from tests.catalogue_fixture import OSLO, rec
from webapp import create_app

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 375, "height": 812}

TABLE_JS = """
() => {
  const table = document.querySelector('table.heatmap');
  const box = table.closest('.table-scroll') || table.parentElement;
  const t = table.getBoundingClientRect(), b = box.getBoundingClientRect();
  return {tableLeft: t.left, tableRight: t.right, boxLeft: b.left, boxRight: b.right,
          viewport: window.innerWidth, page: document.documentElement.scrollWidth,
          scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, overflowX: getComputedStyle(box).overflowX};
}
"""

# After scrolling the table's box to its right end: is each row's first cell still in the box
# and on top (not covered by the cells scrolled under it), and is the last column reachable?
SCROLLED_JS = """
() => {
  const table = document.querySelector('table.heatmap');
  const box = table.closest('.table-scroll') || table.parentElement;
  box.scrollLeft = box.scrollWidth;
  const b = box.getBoundingClientRect();
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  const out = {scrollLeft: box.scrollLeft, hidden: [], lastRight: null, boxRight: b.right};
  for (const row of [rows[0], rows[rows.length - 1]]) {
    row.scrollIntoView({block: 'center'});
    const th = row.querySelector('th[scope="row"]');
    const r = th.getBoundingClientRect();
    const box2 = box.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
    if (r.width <= 0 || r.left < box2.left - 1 || r.right > box2.right + 1 || !(top && th.contains(top))) {
      out.hidden.push(th.textContent.trim());
    }
    const last = row.lastElementChild.getBoundingClientRect();
    out.lastRight = Math.max(out.lastRight || 0, last.right - box2.right);
  }
  return out;
}
"""


@pytest.mark.parametrize("by", ["county", "region"])
def test_the_heatmap_fits_a_laptop_and_scrolls_with_its_first_column_on_a_phone(page, live_server, by):
    pg = page
    pg.set_viewport_size(LAPTOP)
    pg.goto(live_server + f"/dekning?by={by}")
    pg.locator("table.heatmap").screenshot(path=str(artifact(f"coverage-{by}-1366.png")))
    m = pg.evaluate(TABLE_JS)
    # the whole table is on a 1366 px screen, within its box: no column off-screen
    assert m["tableRight"] <= min(m["boxRight"], m["viewport"]) + 1, m
    assert m["page"] <= m["viewport"], m

    pg.set_viewport_size(PHONE)
    pg.goto(live_server + f"/dekning?by={by}")
    m = pg.evaluate(TABLE_JS)
    assert m["page"] <= m["viewport"], m                  # the page itself never scrolls sideways
    if m["tableRight"] > m["boxRight"] + 1:              # too wide for a phone: its box scrolls ...
        assert m["overflowX"] in ("auto", "scroll") and m["scrollWidth"] > m["clientWidth"], m
        s = pg.evaluate(SCROLLED_JS)
        assert s["scrollLeft"] > 0, s
        assert s["hidden"] == [], s                       # ... with the topic column in view
        assert s["lastRight"] <= 1, s                     # ... to the last column
    pg.screenshot(path=str(artifact(f"coverage-{by}-375.png")))
    assert pg.events.csp_violations() == []


LABELS_JS = """
() => Array.from(document.querySelectorAll('form.coverage-filters label')).map(l => {
  const c = document.getElementById(l.htmlFor);
  const a = l.getBoundingClientRect(), b = c ? c.getBoundingClientRect() : null;
  return {label: l.textContent.trim(), control: l.htmlFor,
          l: [a.left, a.top, a.right, a.bottom], c: b && [b.left, b.top, b.right, b.bottom]};
})
"""


def adjacent(label: list[float], control: list[float]) -> bool:
    """The label directly above its control (starting at its left edge), or beside it on the same line."""
    ll, lt, lr, lb = label
    cl, ct, cr, cb = control
    above = -1 <= ct - lb <= 12 and abs(ll - cl) <= 8
    same_line = min(lb, cb) - max(lt, ct) > 0
    beside = same_line and (-1 <= ll - cr <= 16 or -1 <= cl - lr <= 16)
    return above or beside


@pytest.mark.parametrize("viewport", [LAPTOP, {"width": 1280, "height": 900}, {"width": 1000, "height": 800}, PHONE],
                         ids=["1366", "1280", "1000", "375"])
def test_each_label_is_by_its_own_control(page, live_server, viewport):
    pg = page
    pg.set_viewport_size(viewport)
    pg.goto(live_server + "/dekning?kommune=0301&max_km=100")
    labels = pg.evaluate(LABELS_JS)
    assert len(labels) == 11
    apart = [x for x in labels if x["c"] is None or not adjacent(x["l"], x["c"])]
    pg.locator("form.coverage-filters").screenshot(path=str(artifact(f"coverage-form-{viewport['width']}.png")))
    assert apart == [], apart
    assert pg.evaluate(UNLABELLED_CONTROLS_JS) == []
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]


# ---------------------------------------------------------------------------
# Colour legend and proportional bars, on a catalogue with 9, 7, 5, 2 and 1 offers per topic

COUNTS = {"ledelse": 9, "okonomi": 7, "juss": 5, "endring": 2, "kvalitet": 1}


@pytest.fixture(scope="module")
def counted_server(tmp_path_factory):
    records = [rec(f"{t}-{i}", f"{t} {i}", "", provider_id="x", provider_name="X", level="bachelor",
                   kind="single_course", credits=(15.0, 15.0), part_time=True, delivery=["samling"],
                   target=["helse"], locations=[OSLO], topics=[t])
               for t, n in COUNTS.items() for i in range(n)]
    data_dir = tmp_path_factory.mktemp("counted-browser")
    build_index(records, data_dir)
    app = create_app({"DATA_DIR": str(data_dir), "TESTING": False})
    with serve(app, threads=2) as url:
        yield url


BARS_JS = """
() => Array.from(document.querySelectorAll('ol.bars li')).map(li => {
  const svg = li.querySelector('svg'), rect = svg && svg.querySelector('rect');
  return {label: li.querySelector('.bar-label').textContent.trim(),
          count: Number(li.querySelector('.bar-count').textContent),
          full: svg ? svg.getBoundingClientRect().width : 0,
          width: rect ? rect.getBoundingClientRect().width : 0};
})
"""


def test_bars_are_proportional_in_the_browser(page, counted_server):
    pg = page
    pg.set_viewport_size(LAPTOP)
    pg.goto(counted_server + "/dekning")
    bars = pg.evaluate(BARS_JS)
    assert len(bars) == 14
    widest = max(b["count"] for b in bars)
    assert widest == 9
    for b in bars:
        assert b["full"] > 200, b
        assert b["width"] == pytest.approx(b["full"] * b["count"] / widest, abs=1.5), b
    width = {b["count"]: b["width"] for b in bars if b["count"]}
    assert width[2] >= 0.2 * width[9] - 1.5 and width[2] > 10           # 2 is plainly visible
    assert width[1] > 0
    assert width[5] + 10 < width[7] and width[7] + 10 < width[9]        # 5 < 7 < 9 at a glance
    assert pg.events.csp_violations() == []
    pg.locator("ol.bars").screenshot(path=str(artifact("coverage-bars.png")))

    pg.set_viewport_size(PHONE)                                          # and on a phone
    pg.goto(counted_server + "/dekning")
    phone = pg.evaluate(BARS_JS)
    for b in phone:
        assert b["full"] > 200, b
        assert b["width"] == pytest.approx(b["full"] * b["count"] / widest, abs=1.5), b
    assert {b["count"]: b["width"] for b in phone if b["count"]}[2] > 3


LEGEND_JS = """
() => {
  const bg = el => getComputedStyle(el).backgroundColor;
  return Array.from(document.querySelectorAll('.heat-legend .swatch')).map(s => {
    const shade = Array.from(s.classList).find(c => c.startsWith('heat-'));
    const cell = document.querySelector('table.heatmap td.' + shade);
    const r = s.getBoundingClientRect();
    return {shade, text: s.parentElement.textContent.trim(), colour: bg(s), cell: cell ? bg(cell) : null,
            visible: r.width > 0 && r.height > 0};
  });
}
"""


def test_the_heatmap_has_a_colour_legend(page, live_server):
    pg = page
    pg.goto(live_server + "/dekning?few=1")
    legend = pg.evaluate(LEGEND_JS)
    assert [x["shade"] for x in legend] == ["heat-0", "heat-1", "heat-2", "heat-3"]
    assert [x["text"] for x in legend] == ["Ingen tilbud (hull)", "1 tilbud (hull)", "2–3 tilbud", "4 tilbud eller flere"]
    assert all(x["visible"] for x in legend)
    assert len({x["colour"] for x in legend}) == 4                     # four different shades
    for x in legend:
        if x["cell"] is not None:
            assert x["colour"] == x["cell"], x                          # the legend's shade is the cells'
    used = pg.evaluate("() => [...new Set(Array.from(document.querySelectorAll('table.heatmap td')).map(td => td.className))]")
    assert set(used) <= {x["shade"] for x in legend}
    pg.locator(".heat-legend").screenshot(path=str(artifact("coverage-legend.png")))
    assert pg.events.csp_violations() == []
