"""The scheduler: persistent jobs, no overlap, coalesced misfires, one catch-up run after a restart."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger

from crawler import schedule

MARKS: list[str] = []


def mark(path: str) -> None:
    """A job for the tests: append a line to a file (importable by reference)."""
    with open(path, "a") as fh:
        fh.write("run\n")


def test_defaults_forbid_overlap_and_coalesce(tmp_path):
    s = schedule.make_scheduler(tmp_path)
    assert schedule.JOB_DEFAULTS["max_instances"] == 1
    assert schedule.JOB_DEFAULTS["coalesce"] is True
    assert schedule.JOB_DEFAULTS["misfire_grace_time"] >= 24 * 3600
    assert s._job_defaults["coalesce"] is True and s._job_defaults["max_instances"] == 1


def test_jobs_persist_and_keep_their_next_run_across_restarts(tmp_path):
    s = schedule.make_scheduler(tmp_path)
    s.start(paused=True)
    schedule.install_jobs(s, tmp_path)
    first = {j.id: j.next_run_time for j in s.get_jobs()}
    assert set(first) == {schedule.CRAWL_JOB, schedule.REINDEX_JOB, schedule.REQUESTS_JOB}
    s.shutdown(wait=False)
    assert (Path(tmp_path) / "scheduler.sqlite3").exists()

    s2 = schedule.make_scheduler(tmp_path)
    s2.start(paused=True)
    schedule.install_jobs(s2, tmp_path)
    again = {j.id: j.next_run_time for j in s2.get_jobs()}
    s2.shutdown(wait=False)
    assert again == first  # kept, not replaced: a due run is not pushed back by a restart


def test_changing_the_interval_replaces_the_job(tmp_path):
    s = schedule.make_scheduler(tmp_path)
    s.start(paused=True)
    schedule.install_jobs(s, tmp_path, crawl_hours=24 * 7)
    schedule.install_jobs(s, tmp_path, crawl_hours=24)
    assert s.get_job(schedule.CRAWL_JOB).trigger.interval == timedelta(hours=24)
    s.shutdown(wait=False)


@pytest.mark.slow   # waits for the scheduler
def test_a_run_missed_while_down_is_caught_up_once(tmp_path):
    out = tmp_path / "runs.txt"
    s = schedule.make_scheduler(tmp_path)
    s.start(paused=True)
    # A job every 2 s, first due in 1 s; the scheduler then goes down for 5 s (2-3 runs missed).
    s.add_job(mark, IntervalTrigger(seconds=2), args=[str(out)], id="t",
              next_run_time=datetime.now(s.timezone) + timedelta(seconds=1))
    s.shutdown(wait=True)
    time.sleep(5)
    assert not out.exists()

    s2 = schedule.make_scheduler(tmp_path)
    s2.start()
    deadline = time.time() + 10
    while time.time() < deadline and not out.exists():
        time.sleep(0.05)
    s2.shutdown(wait=True)
    assert out.read_text().count("run") == 1          # coalesced: once, not once per missed run
