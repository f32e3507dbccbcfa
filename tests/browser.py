"""Helpers for the browser tests: a live waitress server and a real headless Chromium.

tests/conftest.py registers the fixtures (live_server, browser, page) for every test module and
marks every test that uses `browser` (or `page`) with the `browser` marker.
The browser tests never skip silently: without Chromium or Playwright they fail
with a message saying what is missing.
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KURSKATALOG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@contextlib.contextmanager
def serve(app, threads: int = 4):
    """Serve `app` by waitress on 127.0.0.1 with an ephemeral port; yields the base URL."""
    import waitress

    from waitress import wasyncore

    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=threads, ident="kurskatalog-test")
    sockets = getattr(server, "map", None) or server._map
    stop = threading.Event()

    def run():
        # The loop thread closes the sockets itself once told to stop: closing them from the
        # test's thread while this one waits in select() made waitress log "Bad file descriptor".
        while not stop.is_set():
            wasyncore.loop(timeout=0.05, map=sockets, use_poll=server.adj.asyncore_use_poll, count=1)
        server.task_dispatcher.shutdown()
        wasyncore.close_all(sockets)

    thread = threading.Thread(target=run, name="waitress-test", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stop.set()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def live_server(app):
    """The shared app served by waitress (see `serve`)."""
    with serve(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"Chromium was not found at {CHROMIUM}: the browser tests need the Debian package "
                    "'chromium' (or set KURSKATALOG_CHROMIUM to a Chromium binary). They are never skipped.",
                    pytrace=False)
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.fail(f"The Playwright Python package is missing ({exc}); install the 'test' extras.",
                    pytrace=False)
    # expect() assertions wait as long as the pages' actions (the `page` fixture's 10 s), not
    # Playwright's default 5 s: one may span a form post and its redirect on a loaded machine.
    expect.set_options(timeout=10_000)
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"Could not start Chromium at {CHROMIUM}: {exc}", pytrace=False)
        try:
            yield b
        finally:
            b.close()


@dataclass
class PageEvents:
    """What a page did besides rendering: dialogs, console errors, uncaught errors."""
    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return [m for m in self.console_errors if "Content Security Policy" in m or "Refused to" in m]


@pytest.fixture()
def page(browser):
    """A fresh page (own context, downloads allowed) with `page.events` recording dialogs and errors."""
    context = browser.new_context(accept_downloads=True, locale="nb-NO", viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    events = PageEvents()

    def on_dialog(dialog):
        events.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(msg):
        if msg.type == "error":
            events.console_errors.append(msg.text)

    pg.on("dialog", on_dialog)
    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: events.page_errors.append(str(exc)))
    pg.events = events
    pg.set_default_timeout(10_000)
    try:
        yield pg
    finally:
        context.close()


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


# JavaScript run in the page: form controls without an accessible name.
UNLABELLED_CONTROLS_JS = """
() => Array.from(document.querySelectorAll('input, select, textarea'))
  .filter(el => el.type !== 'hidden')
  .filter(el => {
    const byLabel = el.labels && Array.from(el.labels).some(l => l.textContent.trim() !== '');
    const byAria = (el.getAttribute('aria-label') || '').trim() !== '';
    const byRef = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
      .some(id => document.getElementById(id) && document.getElementById(id).textContent.trim() !== '');
    return !(byLabel || byAria || byRef);
  })
  .map(el => el.outerHTML)
"""
