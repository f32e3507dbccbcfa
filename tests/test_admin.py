"""Admin actions need the token; the web process only leaves a request for the scheduler."""

from __future__ import annotations

import re

from service import runs
from service.jobs import handle_requests


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
    monkeypatch.setattr("service.jobs.scheduled_crawl", lambda d: calls.append(d))
    assert handle_requests(str(tmp_path)) == 0
    runs.request_crawl(tmp_path)
    runs.request_crawl(tmp_path)
    assert handle_requests(str(tmp_path)) == 1 and calls == [str(tmp_path)]
    assert runs.pending_requests(tmp_path) == 0


def _fresh(fixture_data_dir):
    from webapp import create_app

    return create_app({"DATA_DIR": str(fixture_data_dir), "ADMIN_TOKEN": "s3cret-token", "TESTING": False})


def test_the_token_is_never_written_back_and_admin_pages_are_not_cached(fixture_data_dir):
    client = _fresh(fixture_data_dir).test_client()
    resp = client.post("/admin", data={"token": "s3cret-token"})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "s3cret-token" not in html
    assert resp.headers["Cache-Control"] == "no-store"
    assert client.get("/admin").headers["Cache-Control"] == "no-store"
    key = re.search(r'name="key" value="([^"]+)"', html).group(1)            # the crawl form's key
    assert client.post("/admin/crawl", data={"key": key}).status_code == 202
    expired = f"1.{key.split('.', 1)[1]}"                                    # an old key is refused
    assert client.post("/admin/crawl", data={"key": expired}).status_code == 403


def test_the_bearer_scheme_in_any_case(fixture_data_dir):
    client = _fresh(fixture_data_dir).test_client()
    for scheme in ("Bearer", "bearer", "BEARER"):
        resp = client.get("/admin/runs.json", headers={"Authorization": f"{scheme} s3cret-token"})
        assert resp.status_code == 200, scheme


def test_repeated_wrong_tokens_must_wait(fixture_data_dir):
    from webapp.admin import FREE_FAILURES, Throttle

    client = _fresh(fixture_data_dir).test_client()
    for _ in range(FREE_FAILURES):
        assert client.post("/admin", data={"token": "guess"}).status_code == 403
    blocked = client.post("/admin", data={"token": "guess"})
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) >= 1
    # even the right token waits its turn; a JSON client gets JSON
    assert client.get("/admin/runs.json", headers={"Authorization": "Bearer s3cret-token"}).status_code == 429
    t = Throttle()
    for _i in range(FREE_FAILURES + 3):
        t.failed("10.0.0.1", now=100.0)
    assert t.wait("10.0.0.1", now=100.0) == 8.0 and t.wait("10.0.0.1", now=109.0) == 0.0
    assert t.wait("10.0.0.2", now=100.0) == 0.0                               # per address
    t.passed("10.0.0.1")
    assert t.wait("10.0.0.1", now=100.0) == 0.0


def test_a_forged_host_header_cannot_redirect_a_visitor_elsewhere(fixture_data_dir, client, monkeypatch):
    """Issue 14: with Host: evil.example, /static//x redirected to http://evil.example/static/x."""
    from webapp import create_app

    resp = client.get("/static//style.css", headers={"Host": "evil.example"})
    assert resp.status_code in (301, 308) and resp.headers["Location"] == "/static/style.css"
    assert "evil.example" not in resp.headers["Location"]
    monkeypatch.setenv("KURSKATALOG_TRUSTED_HOSTS", "katalog.example.no, localhost")
    strict = create_app({"DATA_DIR": str(fixture_data_dir)}).test_client()
    assert strict.get("/om", headers={"Host": "evil.example"}).status_code == 400
    assert strict.get("/om", headers={"Host": "katalog.example.no"}).status_code == 200


def test_reading_runs_creates_nothing_and_requests_are_whole(tmp_path):
    """The web process reads reports and pending requests without making folders in the data dir,
    and a request is written aside and renamed, so the scheduler never reads half of one."""
    assert runs.reports(tmp_path) == [] and runs.pending_requests(tmp_path) == 0
    assert runs.take_requests(tmp_path) == []
    assert list(tmp_path.iterdir()) == []
    path = runs.request_crawl(tmp_path, requested_by="admin")
    assert [p.name for p in path.parent.iterdir()] == [path.name]      # no .tmp left beside it
    assert runs.take_requests(tmp_path)[0]["by"] == "admin"
