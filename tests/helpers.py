"""Helpers more than one test module uses: the command line in a subprocess, the gaps API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kurskatalog.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=300)


def gaps(client, **params):
    resp = client.get("/api/gaps", query_string=params)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    return resp.get_json()
