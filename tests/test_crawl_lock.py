"""One crawl of a data dir at a time (`service.jobs.crawl_lock`): the scheduled crawl and a requested one are
separate jobs, and the command line may crawl beside the scheduler; a second crawl would fetch the same hosts
again past the per-host delay. Found by a review on 2026-12-07."""

from __future__ import annotations

import threading

import pytest

from service import jobs
from tests.helpers import cli


def test_a_second_crawl_lock_is_refused_at_once_and_free_again_after(tmp_path):
    with jobs.crawl_lock(tmp_path):
        with pytest.raises(jobs.CrawlBusy, match="another crawl"):
            with jobs.crawl_lock(tmp_path):
                pass
    with jobs.crawl_lock(tmp_path):         # released
        pass


def test_the_lock_holds_across_threads(tmp_path):
    held, release, seen = threading.Event(), threading.Event(), []

    def first():
        with jobs.crawl_lock(tmp_path):
            held.set()
            release.wait(10)

    t = threading.Thread(target=first)
    t.start()
    assert held.wait(10)
    try:
        with jobs.crawl_lock(tmp_path):
            seen.append("entered")
    except jobs.CrawlBusy:
        seen.append("busy")
    release.set()
    t.join(10)
    assert seen == ["busy"]


@pytest.fixture()
def recorded(monkeypatch):
    """The crawler and the rebuild replaced by recorders (no network, no index)."""
    calls = []

    def fake_crawl(start_urls, store, config=None, **kw):
        calls.append("crawl")
        return {"hosts": {}, "pages": 0, "started": "20261207T120000"}

    monkeypatch.setattr(jobs, "crawl", fake_crawl)
    monkeypatch.setattr(jobs, "rebuild", lambda data_dir, **kw: calls.append("rebuild"))
    return calls


def test_a_scheduled_crawl_is_left_out_while_another_runs(tmp_path, recorded):
    with jobs.crawl_lock(tmp_path):
        jobs.scheduled_crawl(str(tmp_path))
    assert recorded == []                   # neither a second crawl nor its re-index
    jobs.scheduled_crawl(str(tmp_path))
    assert recorded == ["crawl", "rebuild"]


def test_the_command_line_says_another_crawl_runs(tmp_path):
    with jobs.crawl_lock(tmp_path):
        done = cli("crawl", "--start", "http://127.0.0.1:9/", "--data-dir", str(tmp_path))
    assert done.returncode == 1
    assert "another crawl" in done.stderr and "Traceback" not in done.stderr
