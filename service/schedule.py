"""The crawl schedule: APScheduler 3.x with a persistent job store in the data dir.

One scheduler process runs the crawl and re-index jobs, and it is the only
process that writes the index; web workers only read. Jobs never overlap
(max_instances=1), missed runs are coalesced into one, and a run missed while
the scheduler was down is caught up once after a restart (generous
misfire_grace_time). Admin requests ("start a crawl now") arrive as files in
`<data dir>/requests/`, which a short polling job picks up, so the web process
never writes. While it runs, the scheduler rewrites a heartbeat in the data dir every polling
interval (`service.runs.beat`), so the admin page can tell whether a request will be picked up;
it removes the heartbeat when it shuts down.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta
from pathlib import Path

from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_RUNNING
from apscheduler.triggers.interval import IntervalTrigger
from apscheduler.util import obj_to_ref

from service import jobs, runs

log = logging.getLogger(__name__)

JOB_DEFAULTS = {
    "coalesce": True,
    "max_instances": 1,
    "misfire_grace_time": int(timedelta(days=7).total_seconds()),
}

CRAWL_JOB = "crawl"
REINDEX_JOB = "reindex"
REQUESTS_JOB = "admin-requests"
POLL_SECONDS = 30          # how often the requests job looks for admin requests

# The functions the jobs run. The persisted job store keeps a textual reference to each
# ("module:qualname", `job_ref`), derived from the function itself: renaming or moving one
# fails here at import, and `install_jobs` replaces a stored job that names another.
JOBS = {
    CRAWL_JOB: jobs.scheduled_crawl,
    REINDEX_JOB: jobs.scheduled_reindex,
    REQUESTS_JOB: jobs.handle_requests,
}


def job_ref(fn) -> str:
    """The reference the job store keeps for `fn`: APScheduler's own "module:qualname"."""
    return obj_to_ref(fn)


def make_scheduler(data_dir: str | Path) -> BackgroundScheduler:
    store = Path(data_dir) / "scheduler.sqlite3"
    return BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{store}")},
                               job_defaults=JOB_DEFAULTS, timezone="Europe/Oslo")


def install_jobs(scheduler, data_dir: str | Path, *, crawl_hours: float = 24 * 7,
                 reindex_hours: float = 24, poll_seconds: int = POLL_SECONDS) -> None:
    """Make the job store hold exactly the schedule's jobs, keeping those that are unchanged.

    A stored job is kept when it runs the same function (`job_ref`) with the same arguments,
    trigger and job options; otherwise it is replaced. A stored job that cannot be restored
    (its function was renamed or moved) is replaced too, and a stored job whose id the schedule
    no longer has is removed. Keeping an unchanged job keeps its next run time, so a run that
    fell due while the scheduler was down is caught up once at start. Call on a scheduler
    started paused, so stored jobs are loaded but none runs yet.
    """
    intervals = {CRAWL_JOB: timedelta(hours=crawl_hours), REINDEX_JOB: timedelta(hours=reindex_hours),
                 REQUESTS_JOB: timedelta(seconds=poll_seconds)}
    args = [str(data_dir)]
    for job_id, fn in JOBS.items():
        trigger = IntervalTrigger(seconds=intervals[job_id].total_seconds())
        if _unchanged(_stored(scheduler, job_id), job_ref(fn), trigger, args):
            continue
        scheduler.add_job(fn, trigger, args=args, id=job_id, name=job_id, replace_existing=True)
    for job in scheduler.get_jobs():
        if job.id not in JOBS:
            log.info("removing stored job %s (%s): the schedule no longer has it", job.id, job.func_ref)
            scheduler.remove_job(job.id)


def _stored(scheduler, job_id: str):
    """The stored job `job_id`, or None when there is none or it cannot be restored."""
    try:
        return scheduler.get_job(job_id)
    except Exception as exc:      # LookupError (its function is gone), or a state that no longer unpickles
        log.warning("replacing stored job %s, which cannot be restored: %s", job_id, exc)
        return None


def _unchanged(job, ref: str, trigger, args: list) -> bool:
    """Whether the stored `job` already is the wanted one."""
    return (job is not None and job.func_ref == ref and list(job.args) == args and not job.kwargs
            and _trigger_key(job.trigger) == _trigger_key(trigger)
            and all(getattr(job, option) == value for option, value in JOB_DEFAULTS.items()))


def _trigger_key(trigger) -> tuple:
    """What makes a trigger: its type and state, without the start date (a new trigger starts
    now) and the time zone (an interval's runs do not depend on it)."""
    state = trigger.__getstate__()
    return type(trigger), {k: v for k, v in state.items() if k not in ("start_date", "timezone")}


class Heartbeat:
    """The scheduler's heartbeat (`service.runs.beat`): written at once, then every `seconds` while
    the scheduler is running (not while it is paused), from a thread of its own. It is not a job:
    the requests job is busy for as long as a crawl it started runs (one instance at a time),
    and the admin page must not take a scheduler in the middle of a crawl for a stopped one.
    `stop` ends the thread and removes the heartbeat; the scheduler's shutdown calls it."""

    def __init__(self, scheduler, data_dir: str | Path, seconds: float):
        self.scheduler, self.data_dir, self.seconds = scheduler, data_dir, seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="scheduler-heartbeat", daemon=True)

    def start(self) -> None:
        self._beat()
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.seconds):
            self._beat()

    def _beat(self) -> None:
        if self._stop.is_set() or self.scheduler.state != STATE_RUNNING:
            return
        try:
            runs.beat(self.data_dir, poll_seconds=self.seconds)
        except OSError as exc:      # a full disk must not end the heartbeat for good
            log.warning("could not write the scheduler heartbeat: %s", exc)

    def stop(self, event=None) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        try:
            runs.clear_heartbeat(self.data_dir)
        except OSError as exc:
            log.warning("could not remove the scheduler heartbeat: %s", exc)


def start(data_dir: str | Path, **intervals) -> BackgroundScheduler:
    """Start the scheduler in a background thread (beside the web server, or in `run`).

    It starts paused, so the stored jobs are loaded before we decide what to add,
    then resumes: due and missed runs happen only after that. Then its heartbeat
    starts (`Heartbeat`); shutting the scheduler down stops it and removes it.
    (Never shut down a paused APScheduler 3 scheduler with due jobs: its loop
    processes them once more while stopping and loses them.)
    """
    scheduler = make_scheduler(data_dir)
    scheduler.start(paused=True)
    install_jobs(scheduler, data_dir, **intervals)
    scheduler.resume()
    heartbeat = Heartbeat(scheduler, data_dir, intervals.get("poll_seconds", POLL_SECONDS))
    scheduler.add_listener(heartbeat.stop, EVENT_SCHEDULER_SHUTDOWN)
    heartbeat.start()
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
