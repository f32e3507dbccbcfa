"""The scheduler: persistent jobs, no overlap, coalesced misfires, one catch-up run after a restart."""

from __future__ import annotations

import pickle
import sqlite3
import time
from contextlib import closing
from datetime import datetime, timedelta, UTC
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from apscheduler.util import ref_to_obj

from service import jobs as service_jobs
from service import schedule

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


# -- what the persisted job store holds across versions -----------------------------------

def stored_states(data_dir) -> dict[str, dict]:
    """The job states as the persisted job store holds them (id → unpickled state)."""
    with closing(sqlite3.connect(Path(data_dir) / "scheduler.sqlite3")) as db:
        return {job_id: pickle.loads(blob) for job_id, blob in db.execute("SELECT id, job_state FROM apscheduler_jobs")}


def rewrite_stored(data_dir, job_id: str, **changes) -> None:
    """Change a stored job's state as an older version would have left it."""
    state = {**stored_states(data_dir)[job_id], **changes}
    with closing(sqlite3.connect(Path(data_dir) / "scheduler.sqlite3")) as db, db:
        db.execute("UPDATE apscheduler_jobs SET job_state=? WHERE id=?",
                   (pickle.dumps(state, pickle.HIGHEST_PROTOCOL), job_id))


def installed(data_dir, **intervals) -> dict:
    """Start a scheduler on the data dir's job store, install the jobs, stop it: the jobs."""
    s = schedule.make_scheduler(data_dir)
    s.start(paused=True)
    try:
        schedule.install_jobs(s, data_dir, **intervals)
        return {j.id: j for j in s.get_jobs()}
    finally:
        s.shutdown(wait=False)


WEEK = timedelta(days=7)


@pytest.mark.parametrize("func, trigger", [
    ("service.jobs:crawl_the_registry", IntervalTrigger(days=14)),     # a function renamed since
    ("service.jobs:crawl_the_registry", IntervalTrigger(days=7)),
    ("tests.test_schedule:mark", IntervalTrigger(days=7)),             # another function that still exists
    (None, IntervalTrigger(days=7, jitter=600)),                       # the same function, another trigger
])
def test_a_stored_job_with_another_function_or_trigger_is_replaced(tmp_path, func, trigger):
    installed(tmp_path)
    rewrite_stored(tmp_path, schedule.CRAWL_JOB, trigger=trigger, **({"func": func} if func else {}))

    jobs = installed(tmp_path)
    crawl = jobs[schedule.CRAWL_JOB]
    assert crawl.func is service_jobs.scheduled_crawl
    assert crawl.trigger.interval == WEEK and crawl.trigger.jitter is None
    state = stored_states(tmp_path)[schedule.CRAWL_JOB]
    assert state["func"] == "service.jobs:scheduled_crawl"
    assert state["trigger"].interval == WEEK and state["trigger"].jitter is None


def test_a_stored_job_with_other_options_is_replaced(tmp_path):
    installed(tmp_path)
    rewrite_stored(tmp_path, schedule.REINDEX_JOB, coalesce=False, misfire_grace_time=1)
    installed(tmp_path)
    state = stored_states(tmp_path)[schedule.REINDEX_JOB]
    assert state["coalesce"] is True and state["misfire_grace_time"] == schedule.JOB_DEFAULTS["misfire_grace_time"]


def test_a_stored_job_the_schedule_no_longer_has_is_removed(tmp_path):
    installed(tmp_path)
    with closing(sqlite3.connect(tmp_path / "scheduler.sqlite3")) as db, db:   # a job id an older version used
        db.execute("INSERT INTO apscheduler_jobs (id, next_run_time, job_state) "
                   "SELECT 'registry-crawl', next_run_time, job_state FROM apscheduler_jobs WHERE id=?",
                   (schedule.CRAWL_JOB,))
    rewrite_stored(tmp_path, "registry-crawl", id="registry-crawl")
    assert "registry-crawl" in stored_states(tmp_path)
    assert set(installed(tmp_path)) == set(schedule.JOBS)
    assert set(stored_states(tmp_path)) == set(schedule.JOBS)


def test_an_unchanged_stored_job_is_kept_with_its_next_run_time(tmp_path):
    first = installed(tmp_path)
    before = stored_states(tmp_path)
    due = datetime.now(UTC) - timedelta(hours=1)      # fell due while the scheduler was down
    rewrite_stored(tmp_path, schedule.CRAWL_JOB, next_run_time=due)
    with closing(sqlite3.connect(tmp_path / "scheduler.sqlite3")) as db, db:
        db.execute("UPDATE apscheduler_jobs SET next_run_time=? WHERE id=?", (due.timestamp(), schedule.CRAWL_JOB))

    again = installed(tmp_path)
    assert again[schedule.CRAWL_JOB].next_run_time == due       # kept: the missed run is caught up at start
    for job_id in (schedule.REINDEX_JOB, schedule.REQUESTS_JOB):
        assert again[job_id].next_run_time == first[job_id].next_run_time
        assert stored_states(tmp_path)[job_id]["trigger"].start_date == before[job_id]["trigger"].start_date


def test_every_job_the_schedule_stores_names_a_function_that_exists(tmp_path):
    installed(tmp_path)
    states = stored_states(tmp_path)
    assert set(states) == set(schedule.JOBS) == {schedule.CRAWL_JOB, schedule.REINDEX_JOB, schedule.REQUESTS_JOB}
    for job_id, state in states.items():
        fn = ref_to_obj(state["func"])
        assert callable(fn) and fn is schedule.JOBS[job_id]
        assert state["func"] == f"{fn.__module__}:{fn.__qualname__}" == schedule.job_ref(fn)
