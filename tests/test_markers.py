"""The markers: every test using the browser fixtures is marked `browser` by tests/conftest.py,
and the README's quick command (`-m "not browser and not slow"`) leaves all of them out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Dumps every collected test (before -m deselects) and the selected ones, with their fixtures.
PLUGIN = '''
import json, os

import pytest

ALL = []


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    ALL[:] = [(i.nodeid, sorted(getattr(i, "fixturenames", ()))) for i in items]


def pytest_collection_finish(session):
    with open(os.environ["MARKERS_DUMP"], "w") as fh:
        json.dump({"selected": [i.nodeid for i in session.items], "all": ALL}, fh)
'''


def collect(tmp_path, *args) -> dict:
    (tmp_path / "dump_markers.py").write_text(PLUGIN)
    dump = tmp_path / "dump.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]), "MARKERS_DUMP": str(dump)}
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                          "-p", "dump_markers", "-n", "0", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    return json.loads(dump.read_text())


@pytest.mark.slow   # collects the whole suite twice
def test_the_quick_set_has_no_browser_test_and_the_browser_set_has_them_all(tmp_path):
    quick = collect(tmp_path, "-m", "not browser and not slow", "tests")
    uses_browser = {nodeid for nodeid, fixtures in quick["all"] if "browser" in fixtures}
    assert len(uses_browser) >= 20
    assert {n.split("::")[0] for n in uses_browser} >= {"tests/test_browser.py", "tests/test_browser_site.py"}
    assert not uses_browser & set(quick["selected"])
    # a parameter that is merely called `page` is no browser test
    feed_page = [n for n in quick["selected"] if n.startswith(
        "tests/test_feed.py::test_every_search_need_and_list_page_has_a_follow_link_to_a_valid_feed")]
    assert len(feed_page) == 4

    browser = collect(tmp_path, "-m", "browser", "tests")
    assert set(browser["selected"]) == uses_browser


@pytest.mark.slow   # collects four test modules
def test_the_longest_tests_run_first(tmp_path):
    """tests/conftest.py orders the run by `slow(seconds=N)`, so that pytest-xdist starts the longest tests
    while other workers still have short ones; the order is the collection's, after -m deselects."""
    selected = collect(tmp_path, "-m", "slow", *(f"tests/test_{name}.py" for name in (
        "crawl", "extract", "learned", "realpages")))["selected"]
    assert selected[:3] == [
        "tests/test_realpages.py::test_a_crawl_stores_what_the_extractor_recognises_and_a_second_crawl_parses_nothing",
        "tests/test_learned.py::test_the_shipped_weights_are_what_the_dev_pages_give_today",
        "tests/test_extract.py::test_broken_and_odd_input_never_raises"]
    assert selected.index("tests/test_realpages.py::test_extraction_meets_its_floors[dev]") < len(selected) // 2
