"""The command line: search gives the API's results; serve builds from the bundled seed and answers."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import cli

ROOT = Path(__file__).resolve().parents[1]


def test_search_json_is_the_api_result(client, fixture_data_dir):
    out = cli("search", "ledelse", "--filter", "region=ost", "--filter", "part_time=true", "--json",
              "--data-dir", str(fixture_data_dir))
    assert out.returncode == 0, out.stderr
    from_cli = json.loads(out.stdout)
    from_api = client.get("/api/search", query_string={"q": "ledelse", "region": "ost", "part_time": "true"}).get_json()
    assert [r["id"] for r in from_cli["results"]] == [r["id"] for r in from_api["results"]]
    assert from_cli["facets"] == from_api["facets"] and from_cli["total"] == from_api["total"]


def test_search_table_and_bad_input(fixture_data_dir):
    out = cli("search", "helserett", "--data-dir", str(fixture_data_dir))
    assert out.returncode == 0 and "Helserett" in out.stdout and "treff" in out.stdout
    bad = cli("search", "x", "--filter", "nofilter", "--data-dir", str(fixture_data_dir))
    assert bad.returncode == 2 and "FACET=VALUE" in bad.stderr
    bad = cli("search", "x", "--sort", "bogus", "--data-dir", str(fixture_data_dir))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    empty = cli("search", "x", "--data-dir", str(fixture_data_dir / "nothing-here"))
    assert empty.returncode == 1 and "kurskatalog build" in empty.stderr


def test_search_says_when_it_corrected_a_word(fixture_data_dir):
    out = cli("search", "kommunal helserettt", "--data-dir", str(fixture_data_dir))
    assert out.returncode == 0 and "i stedet for «kommunal helserettt»" in out.stdout
    typed = cli("search", "kommunal helserettt", "--as-typed", "--data-dir", str(fixture_data_dir))
    assert typed.returncode == 0 and "i stedet for" not in typed.stdout


def _rows(name: str) -> int:
    with open(ROOT / name, encoding="utf-8") as fh:
        return sum(1 for _ in csv.DictReader(fh))


@pytest.mark.slow   # three builds in subprocesses
def test_build_reports_and_keeps_provenance_across_builds(tmp_path):
    data = tmp_path / "data"
    rows = _rows("catalogue_seed.csv") + _rows("catalogue_current.csv")       # the 2014 seed and today's offers
    first = cli("build", "--data-dir", str(data))
    assert first.returncode == 0 and f"new {rows}" in first.stdout
    second = cli("build", "--data-dir", str(data))
    assert second.returncode == 0 and f"unchanged {rows}" in second.stdout
    missing = cli("build", "--data-dir", str(data), "--seed", str(tmp_path / "none.csv"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr
    again = cli("build", "--data-dir", str(data))                     # the failed build changed nothing
    assert again.returncode == 0 and f"unchanged {rows}" in again.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_builds_from_the_bundled_seed_and_answers(tmp_path):
    port = _free_port()
    data = tmp_path / "fresh"
    proc = subprocess.Popen([sys.executable, "-m", "kurskatalog.cli", "serve", "--port", str(port)],
                            cwd=ROOT, env={**os.environ, "KURSKATALOG_DATA": str(data)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        body = None
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=ledelse", timeout=5) as resp:
                    body = json.loads(resp.read())
                    server = resp.headers.get("Server", "")
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read()) from None
                time.sleep(0.5)
        assert body is not None, "the server did not answer"
        assert body["total"] > 10 and body["index"]["records"] == _rows("catalogue_seed.csv") + _rows(
            "catalogue_current.csv")
        assert "waitress" in server.lower() or "kurskatalog" in server.lower()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:
            assert 'lang="nb"' in resp.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_on_a_taken_port_says_so_without_a_traceback(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "kurskatalog.cli", "serve", "--port", str(port)],
                                cwd=ROOT, env={**os.environ, "KURSKATALOG_DATA": str(tmp_path / "d")},
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert f"kurskatalog serve --port {port + 1}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow   # a crawl of the fixture web
def test_a_crawl_keeps_the_catalogue_the_data_dir_was_built_from(tmp_path, fixture_web):
    """Issue 14: after `build --seed FILE` the next `crawl` rebuilt the index from the default
    seed, and FILE's own rows vanished (74 records before a crawl that found nothing, 73 after)."""
    from index import open_catalogue

    seed = tmp_path / "mitt-utvalg.csv"
    text = (ROOT / "catalogue_seed.csv").read_text(encoding="utf-8")
    extra = ('egen-rad,KS,Lederutvikling i egen kommune,Kurs,,Helse,"Kurs som kommunen selv har laget.",,'
             'Ja,samlinger,Bodø,,egen tabell\n')
    seed.write_text(text + extra, encoding="utf-8")
    data = tmp_path / "data"
    built = cli("build", "--seed", str(seed), "--current", "-", "--data-dir", str(data))
    assert built.returncode == 0, built.stderr
    before = {r["id"] for r in open_catalogue(data).all_records()}
    assert "egen-rad" in before and len(before) == _rows("catalogue_seed.csv") + 1
    crawled = cli("crawl", "--start", "http://uit.test/", "--delay", "0.05", "--data-dir", str(data),
                  "--resolve", f"uit.test=127.0.0.1:{fixture_web.port}")
    assert crawled.returncode == 0, crawled.stderr
    after = {r["id"] for r in open_catalogue(data).all_records()}
    assert before <= after                                     # nothing of the built catalogue is lost
