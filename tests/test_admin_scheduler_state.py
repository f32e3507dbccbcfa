"""The admin page says whether a scheduler is running: a crawl it orders only runs if one is.

The scheduler process leaves a heartbeat in the data dir (`service.runs`); the web process
reads it. Without a fresh one the page must not promise a crawl "within half a minute", and
it names the command that starts a scheduler. Crawl requests made in the same second are
kept apart.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from service import runs


def _app(data_dir):
    from webapp import create_app

    return create_app({"DATA_DIR": str(data_dir), "TESTING": False, "ADMIN_TOKEN": "tok"})


def _order_a_crawl(client) -> str:
    """Log in, press «Start innsamling nå»; the page that answers."""
    html = client.post("/admin", data={"token": "tok"}).get_data(as_text=True)
    key = re.search(r'name="key" value="([^"]+)"', html).group(1)
    resp = client.post("/admin/crawl", data={"key": key})
    assert resp.status_code == 202
    return resp.get_data(as_text=True)


def _runs_json(client) -> dict:
    resp = client.get("/admin/runs.json", headers={"Authorization": "Bearer tok"})
    assert resp.status_code == 200
    return resp.get_json()


def _heartbeat(data_dir, *, age: float, poll_seconds: float = 30) -> None:
    """A heartbeat as the scheduler leaves it, `age` seconds old."""
    runs.beat(data_dir, poll_seconds=poll_seconds, now=time.time() - age)


def test_without_a_scheduler_the_page_says_the_order_waits_and_how_to_start_one(tmp_path):
    client = _app(tmp_path).test_client()
    html = _order_a_crawl(client)
    assert "innen et halvt minutt" not in html                  # no promise nobody keeps
    assert "ingen planlegger kjører" in html.lower()
    assert "kurskatalog schedule" in html and "kurskatalog serve --with-scheduler" in html
    state = _runs_json(client)
    assert state["pending"] == 1 and state["scheduler_running"] is False
    bearer = client.post("/admin/crawl", headers={"Authorization": "Bearer tok"})
    assert bearer.status_code == 202 and bearer.get_json()["scheduler_running"] is False


def test_with_a_fresh_heartbeat_the_page_promises_the_crawl(tmp_path):
    _heartbeat(tmp_path, age=5)
    client = _app(tmp_path).test_client()
    html = _order_a_crawl(client)
    assert "Planleggeren starter den innen et halvt minutt." in html
    assert "ingen planlegger kjører" not in html.lower()
    assert "Planleggeren kjører" in html
    state = _runs_json(client)
    assert state["scheduler_running"] is True and state["scheduler_last_seen"]


def test_an_old_heartbeat_is_a_stopped_scheduler(tmp_path):
    _heartbeat(tmp_path, age=3600)
    client = _app(tmp_path).test_client()
    assert _runs_json(client)["scheduler_running"] is False
    html = _order_a_crawl(client)
    assert "innen et halvt minutt" not in html and "sist sett for 1 time siden" in html


@pytest.mark.parametrize(("age", "poll", "fresh"), [
    (0, 30, True), (119, 30, True), (121, 30, False),          # a floor of two minutes
    (250, 100, True), (310, 100, False),                        # else three polling intervals
    (-60, 30, True), (-7200, 30, False),                        # a clock a little ahead, not hours
])
def test_freshness_is_three_polls_with_a_floor_of_two_minutes(tmp_path, age, poll, fresh):
    now = 1_800_000_000.0
    runs.beat(tmp_path, poll_seconds=poll, now=now - age)
    assert runs.scheduler_running(tmp_path, now=now) is fresh


def test_no_or_a_broken_heartbeat_is_no_scheduler(tmp_path):
    assert runs.scheduler_state(tmp_path)["running"] is False
    assert not (tmp_path / "requests").exists()                # reading creates nothing
    runs.heartbeat_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert runs.scheduler_state(tmp_path)["running"] is False
    runs.heartbeat_path(tmp_path).write_text(json.dumps({"at": "yesterday"}), encoding="utf-8")
    assert runs.scheduler_state(tmp_path)["running"] is False


def test_the_scheduler_beats_while_it_runs_and_clears_the_heartbeat_when_it_stops(tmp_path):
    from service import schedule

    scheduler = schedule.start(tmp_path)
    try:
        state = runs.scheduler_state(tmp_path)
        assert state["running"] is True and state["pid"] > 0
        assert json.loads(runs.heartbeat_path(tmp_path).read_text(encoding="utf-8"))["poll_seconds"] == 30
    finally:
        scheduler.shutdown(wait=True)
    assert not runs.heartbeat_path(tmp_path).exists()
    assert runs.scheduler_running(tmp_path) is False


def test_two_requests_in_the_same_second_are_two_requests(tmp_path, monkeypatch):
    stamps = iter(["20261201T100002", "20261201T100002", "20261201T100001"])
    real = time.strftime
    monkeypatch.setattr(time, "strftime",
                        lambda fmt, *a: next(stamps) if fmt == "%Y%m%dT%H%M%S" else real(fmt, *a))
    first = runs.request_crawl(tmp_path, requested_by="first")
    second = runs.request_crawl(tmp_path, requested_by="second")
    earlier = runs.request_crawl(tmp_path, requested_by="earlier")
    assert len({first, second, earlier}) == 3
    assert runs.pending_requests(tmp_path) == 3
    taken = [r["by"] for r in runs.take_requests(tmp_path)]
    assert taken[0] == "earlier" and sorted(taken[1:]) == ["first", "second"]      # oldest first
    assert runs.pending_requests(tmp_path) == 0
    assert not list((tmp_path / "requests").iterdir())                            # no temp files left
