"""SIGTERM (what systemd, docker and kill send) stops `kurskatalog schedule` and `kurskatalog serve
--with-scheduler` as Ctrl-C does: the scheduler shuts down and removes its heartbeat, so the admin page at once
says that no scheduler runs (before, the process died at once and the heartbeat stayed until it went stale)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from service.runs import HEARTBEAT

ROOT = Path(__file__).resolve().parent.parent


def _start(args: list[str], data: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kurskatalog.cli", *args], cwd=ROOT,
                            env={**os.environ, "KURSKATALOG_DATA": str(data)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(predicate, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read())
        time.sleep(0.2)
    raise AssertionError("timed out")


def _terminate(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return err


def _stopped_cleanly(proc: subprocess.Popen, ready, heartbeat: Path) -> None:
    """Once `ready()`, SIGTERM: the process exits 0 without a traceback and its heartbeat is gone."""
    try:
        _wait_for(ready, proc)
        err = _terminate(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert not heartbeat.exists()


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/meta", timeout=5):
            return True
    except OSError:
        return False


def test_sigterm_stops_the_scheduler_and_removes_its_heartbeat(tmp_path):
    heartbeat = tmp_path / HEARTBEAT
    proc = _start(["schedule", "--data-dir", str(tmp_path)], tmp_path)
    _stopped_cleanly(proc, heartbeat.exists, heartbeat)


@pytest.mark.slow(seconds=4)
def test_sigterm_stops_serve_with_its_scheduler_and_removes_the_heartbeat(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    heartbeat = tmp_path / HEARTBEAT
    proc = _start(["serve", "--port", str(port), "--with-scheduler"], tmp_path)
    _stopped_cleanly(proc, lambda: heartbeat.exists() and _answers(port), heartbeat)
    assert not _answers(port)
