"""The crawl schedule: APScheduler 3.x with a persistent job store in the data dir.

One scheduler process runs the crawl and re-index jobs, and it is the only
process that writes the index; web workers only read. Jobs never overlap
(max_instances=1), missed runs are coalesced into one, and a run missed while
the scheduler was down is caught up once after a restart (generous
misfire_grace_time). Admin requests ("start a crawl now") arrive as files in
`<data dir>/requests/`, which a short polling job picks up, so the web process
never writes.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from pathlib import Path

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger("kurskatalog.schedule")

JOB_DEFAULTS = {
    "coalesce": True,
    "max_instances": 1,
    "misfire_grace_time": int(timedelta(days=7).total_seconds()),
}

CRAWL_JOB = "crawl"
REINDEX_JOB = "reindex"
REQUESTS_JOB = "admin-requests"


def make_scheduler(data_dir: str | Path) -> BackgroundScheduler:
    store = Path(data_dir) / "scheduler.sqlite3"
    return BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{store}")},
                               job_defaults=JOB_DEFAULTS, timezone="Europe/Oslo")


def install_jobs(scheduler, data_dir: str | Path, *, crawl_hours: float = 24 * 7,
                 reindex_hours: float = 24, poll_seconds: int = 30) -> None:
    """Add the jobs unless the job store already has them with the same interval.

    Keeping a stored job (instead of replacing it) keeps its next run time, so a
    run that fell due while the scheduler was down is caught up once at start.
    Call on a scheduler started paused, so stored jobs are loaded but none runs yet.
    """
    wanted = {
        CRAWL_JOB: ("service.jobs:scheduled_crawl", timedelta(hours=crawl_hours)),
        REINDEX_JOB: ("service.jobs:scheduled_reindex", timedelta(hours=reindex_hours)),
        REQUESTS_JOB: ("service.jobs:handle_requests", timedelta(seconds=poll_seconds)),
    }
    for job_id, (func, interval) in wanted.items():
        existing = scheduler.get_job(job_id)
        if existing is not None and getattr(existing.trigger, "interval", None) == interval \
                and list(existing.args) == [str(data_dir)]:
            continue
        scheduler.add_job(func, IntervalTrigger(seconds=interval.total_seconds()), args=[str(data_dir)],
                          id=job_id, name=job_id, replace_existing=True)


def start(data_dir: str | Path, **intervals) -> BackgroundScheduler:
    """Start the scheduler in a background thread (beside the web server, or in `run`).

    It starts paused, so the stored jobs are loaded before we decide what to add,
    then resumes: due and missed runs happen only after that.
    (Never shut down a paused APScheduler 3 scheduler with due jobs: its loop
    processes them once more while stopping and loses them.)
    """
    scheduler = make_scheduler(data_dir)
    scheduler.start(paused=True)
    install_jobs(scheduler, data_dir, **intervals)
    scheduler.resume()
    return scheduler


def run_forever(data_dir: str | Path, **intervals) -> None:
    """`kurskatalog schedule`: run the scheduler in the foreground until interrupted."""
    scheduler = start(data_dir, **intervals)
    log.info("scheduler running; data dir %s; jobs: %s", data_dir,
             ", ".join(f"{j.id} next {j.next_run_time}" for j in scheduler.get_jobs()))
    try:
        while True:
            time.sleep(3600)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        scheduler.shutdown(wait=True)
