"""Shared fixtures: a built index over the hand-made catalogue, the Flask app and client."""

from __future__ import annotations

import copy
import fcntl
import pickle
from pathlib import Path

import pytest

from index.engine.build import build_index
from qa.fixtureweb.server import FixtureWeb
from tests.catalogue_fixture import EVERYWHERE, RECORDS
from webapp import create_app

ROOT = Path(__file__).resolve().parent.parent

# Browser fixtures (live_server, browser, page) registered once for every test module:
# a second Playwright instance in the same process would fail.
pytest_plugins = ("tests.browser",)

# The fixtures of tests/browser.py that start Chromium; `page` uses `browser`, so a test taking
# either has "browser" among its fixture names (a parameter merely called `page` does not).
BROWSER_FIXTURES = {"browser"}


def pytest_collection_modifyitems(config, items):
    """Mark every test that uses the browser fixtures `browser`, so none can forget it
    (`pytest -m "not browser"` then runs without Chromium). Then the longest tests first, so that they start
    while the other workers still have quick ones to run (pytest-xdist hands the tests out in this order);
    ties keep file order."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: -expected_seconds(item))


def expected_seconds(item) -> float:
    """What a test is expected to take: `slow(seconds=N)` where it was measured, 2 for any other slow test
    (the marker's threshold), 0 for the quick ones. It orders the run; no test is timed by it."""
    slow = item.get_closest_marker("slow")
    return 0.0 if slow is None else float(slow.kwargs.get("seconds", 2))


@pytest.fixture(scope="session")
def fixture_data_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    build_index(copy.deepcopy(RECORDS), data_dir)
    return data_dir


@pytest.fixture(scope="session")
def app(fixture_data_dir):
    return create_app({"DATA_DIR": str(fixture_data_dir), "TESTING": False, "ADMIN_TOKEN": "test-token"})


@pytest.fixture(scope="module")
def everywhere_client(tmp_path_factory):
    """The hand-made catalogue with offers that reach every area: held where the buyer wants it, and online."""
    data_dir = tmp_path_factory.mktemp("everywhere")
    build_index(copy.deepcopy(EVERYWHERE), data_dir)
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False}).test_client()


@pytest.fixture(scope="module")
def bundled_client(tmp_path_factory):
    """The bundled catalogue (the 2014 table and today's offers), built as `kurskatalog build` builds it."""
    from service.jobs import rebuild

    data_dir = tmp_path_factory.mktemp("bundled")
    rebuild(data_dir, seed=ROOT / "catalogue_seed.csv", current=ROOT / "catalogue_current.csv")
    return create_app({"DATA_DIR": str(data_dir), "TESTING": False}).test_client()


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def fixture_web():
    """A running fixture web (qa/fixtureweb: fresh log and counters per test) on 127.0.0.1."""
    with FixtureWeb() as web:
        yield web


@pytest.fixture(scope="module")
def fixture_web_module():
    """One fixture web for a whole test module (for tests that share one expensive crawl)."""
    with FixtureWeb() as web:
        yield web


@pytest.fixture()
def rules_only():
    """Recognition by the rules alone (crawler/recognise.py), without the learned second opinion.

    Tests that pin one rule on a small page use it: the model weighs a whole page's words, and on
    a page of three lines it may overrule a rule that is right. The model is tested in test_learned.py.
    """
    from crawler import learned
    with learned.rules_alone():
        yield


@pytest.fixture(scope="session")
def dev_extractions(tmp_path_factory, worker_id):
    """Every dev page of qa/realpages extracted in every layout, once for the whole run: dev's floors and the
    recogniser's refit check read the same 8000-odd results (about three minutes to extract). Under
    pytest-xdist the first worker to ask extracts and leaves the results in the run's shared temporary
    directory; another worker waits on the lock and reads them (the way pytest-xdist's documentation shares
    a session fixture)."""
    from qa.extraction import extractions
    if worker_id == "master":               # no workers (-n 0)
        return extractions("dev")
    shared = tmp_path_factory.getbasetemp().parent / "dev_extractions.pickle"
    with open(shared.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)    # released when the file closes
        if shared.exists():
            return pickle.loads(shared.read_bytes())
        results = extractions("dev")
        shared.write_bytes(pickle.dumps(results))
        return results
