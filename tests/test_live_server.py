"""The browser tests' live server (tests/browser.py `serve`) starts and stops cleanly."""

from __future__ import annotations

import logging
import threading
import urllib.error
import urllib.request

import pytest

from tests.browser import serve


def _hello(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"hei"]


# An exception in the server's thread (waitress's "Bad file descriptor" when the socket was
# closed under its select()) fails the test instead of passing with a warning. The old shutdown
# (closing the sockets from the test's thread) failed it on a busy machine, not on every run.
@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_the_server_answers_and_then_stops_without_an_error(caplog):
    caplog.set_level(logging.DEBUG, logger="waitress")
    before = set(threading.enumerate())             # the session's own live server may be running
    for _ in range(10):
        with serve(_hello, threads=2) as url:
            with urllib.request.urlopen(url, timeout=5) as resp:
                assert resp.read() == b"hei"
        with pytest.raises(urllib.error.URLError):      # the port is closed once the block ends
            urllib.request.urlopen(url, timeout=2)
    assert not [t for t in set(threading.enumerate()) - before if t.name == "waitress-test"]
    # errors only: on a busy machine waitress warns "Task queue depth is 1", which is no fault
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
