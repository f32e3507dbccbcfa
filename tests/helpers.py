"""Helpers more than one test module uses: the command line in a subprocess, the gaps API, the record a
crawl stores for a page written for a test."""

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


def crawled_record(html: str, url: str = "https://x.test/studier/ledelse") -> dict:
    """The record a crawl stores for `html` at `url` (extracted, then normalised without the provider's
    campuses); the page must be taken for a course."""
    from crawler.extract import extract
    from domain.records import build_record

    result = extract(html, url)
    assert result.is_course, result.reason
    return build_record({**result.offer, "id": "x"}, source="crawl", campus_fallback=False)


def page_lines(html: str):
    """The lines crawler/blocks.py reads from `html`, with the known labels of crawler/facts.py."""
    from bs4 import BeautifulSoup

    from crawler import blocks, facts

    return blocks.page_lines(BeautifulSoup(html, "lxml"), facts.is_label)
