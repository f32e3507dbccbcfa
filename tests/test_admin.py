"""Admin actions need the token; the web process only leaves a request for the scheduler."""

from __future__ import annotations

from crawler import runs
from kurskatalog.jobs import handle_requests


def test_admin_needs_the_token(client, app):
    assert client.get("/admin").status_code == 200                       # the token form
    assert client.post("/admin", data={"token": "wrong"}).status_code == 403
    assert client.post("/admin/crawl", data={"token": ""}).status_code == 403
    assert client.post("/admin/crawl", headers={"Authorization": "Bearer nope"}).status_code == 403
    assert runs.pending_requests(app.config["DATA_DIR"]) == 0


def test_starting_a_crawl_leaves_one_request(client, app, tmp_path):
    data_dir = app.config["DATA_DIR"]
    resp = client.post("/admin/crawl", headers={"Authorization": "Bearer test-token"})
    assert resp.status_code == 202 and resp.get_json()["pending"] >= 1
    page = client.post("/admin", data={"token": "test-token"})
    assert page.status_code == 200 and "Start innsamling" in page.get_data(as_text=True)
    assert len(runs.take_requests(data_dir)) >= 1
    assert runs.pending_requests(data_dir) == 0


def test_reports_are_shown_and_escaped(client, app):
    runs.write_report(app.config["DATA_DIR"], {"started": "2026-11-20T10:00:00", "finished": "2026-11-20T10:05:00",
                                               "pages": 3, "hosts": {"<b>evil.test</b>": {"fetched": 3}}})
    html = client.post("/admin", data={"token": "test-token"}).get_data(as_text=True)
    assert "&lt;b&gt;evil.test&lt;/b&gt;" in html and "<b>evil.test</b>" not in html


def test_no_token_configured_means_no_admin(fixture_data_dir):
    from webapp import create_app

    app = create_app({"DATA_DIR": str(fixture_data_dir), "ADMIN_TOKEN": None})
    assert app.test_client().get("/admin").status_code == 404


def test_the_scheduler_job_runs_one_crawl_for_pending_requests(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("kurskatalog.jobs.scheduled_crawl", lambda d: calls.append(d))
    assert handle_requests(str(tmp_path)) == 0
    runs.request_crawl(tmp_path)
    runs.request_crawl(tmp_path)
    assert handle_requests(str(tmp_path)) == 1 and calls == [str(tmp_path)]
    assert runs.pending_requests(tmp_path) == 0
