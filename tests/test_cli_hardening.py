"""The command line with bad input and at bad moments (the black-box review of 2026-12-07): a seed named by a
relative path, the fixture web's printed command, bad crawl arguments, a data dir that is a file, Ctrl-C
during a crawl, malformed catalogue rows, gone offers in `search`, `--sort -credits`. Each is a message and
an exit code, never a traceback, and no step loses what is stored."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from domain.record import CURRENT_COLUMNS, SEED_COLUMNS
from domain.seed import SeedError, parse_seed, seed_records
from kurskatalog.cli import main
from service.jobs import crawl_lock, rebuild

ROOT = Path(__file__).resolve().parents[1]
HEADER = ",".join(SEED_COLUMNS)


def _row(id_: str, credits: str = '"7,5"', description: str = "Helseledelse for ledere") -> str:
    return (f"{id_},HiSF,Helseledelse {id_},Enkeltemne,{credits},Helse,{description},Generell studiekompetanse,"
            "Ja,samling,,http://x.test/a,test")


def _seed(path: Path, ids=("rad-1", "rad-2")) -> Path:
    path.write_text("\n".join([HEADER, *(_row(i) for i in ids)]) + "\n", encoding="utf-8")
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- A: the seed a data dir was built from, by its absolute path ---------------------------------

def test_a_relative_seed_is_remembered_by_its_absolute_path(tmp_path, monkeypatch, capsys):
    work = tmp_path / "work"
    work.mkdir()
    _seed(work / "mitt-utvalg.csv")
    monkeypatch.chdir(work)
    code, _, err = _run(capsys, "build", "--seed", "mitt-utvalg.csv", "--current", "-", "--data-dir", "data")
    assert code == 0, err
    remembered = json.loads((work / "data" / "catalogue.json").read_text(encoding="utf-8"))
    assert remembered["seed"] == str(work / "mitt-utvalg.csv")
    monkeypatch.chdir(ROOT)                  # a later build (or crawl, or the scheduler) from elsewhere
    code, out, err = _run(capsys, "build", "--data-dir", work / "data")
    assert code == 0, err
    assert "2 records" in out


@pytest.mark.slow   # a one-page crawl of the fixture web
def test_a_crawl_whose_seed_file_is_gone_says_so_and_keeps_the_index(tmp_path, capsys, fixture_web):
    from index import open_catalogue

    seed, data = _seed(tmp_path / "mitt-utvalg.csv"), tmp_path / "data"
    assert _run(capsys, "build", "--seed", seed, "--current", "-", "--data-dir", data)[0] == 0
    before = {r["id"] for r in open_catalogue(data).all_records()}
    seed.unlink()
    code, _, err = _run(capsys, "crawl", "--start", "http://uit.test/", "--max-pages", "1", "--delay", "0",
                        "--resolve", f"uit.test=127.0.0.1:{fixture_web.port}", "--data-dir", data)
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert "index was not renewed" in err and f"cannot read {seed}" in err
    assert {r["id"] for r in open_catalogue(data).all_records()} == before == {"rad-1", "rad-2"}


def _ctrl_c_as_in_a_terminal() -> None:
    """In the child: SIGINT as a terminal's Ctrl-C finds it. A test run started in the background of a
    non-interactive shell (`.ci/run … &`) ignores SIGINT, its children inherit that, and Python then installs
    no KeyboardInterrupt handler: the signal would never reach the command under test."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# -- B: the fixture web's command never crawls into the default catalogue ------------------------

def test_the_fixture_webs_command_crawls_into_a_data_dir_of_its_own(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "qa.fixtureweb"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(tmp_path)},
                            preexec_fn=_ctrl_c_as_in_a_terminal)
    try:
        command = ""
        deadline = time.time() + 60
        while time.time() < deadline and not command:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(proc.stderr.read())
            if line.strip().startswith("kurskatalog crawl "):
                command = line.strip()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
    data_dir = Path(re.search(r"--data-dir (\S+)", command).group(1))
    assert data_dir.parent == tmp_path and data_dir.is_dir()     # a new temporary dir, never the default one


# -- C: bad crawl arguments are argparse's errors -------------------------------------------------

# Every case names a start page and maps its host to a closed local port, so that even a parser that let
# the bad value through would contact nothing but 127.0.0.1.
SAFE = ["--start", "http://hvl.test/", "--resolve", "hvl.test=127.0.0.1:9"]


@pytest.mark.parametrize("args, option", [
    (["--max-pages", "-5", *SAFE], "--max-pages"),
    (["--max-pages", "0", *SAFE], "--max-pages"),
    (["--max-depth", "-1", *SAFE], "--max-depth"),
    (["--delay", "-1", *SAFE], "--delay"),
    (["--delay", "nan", *SAFE], "--delay"),
    (["--delay", "inf", *SAFE], "--delay"),
    (["--start", "http://hvl.test/", "--resolve", "hvl.test=127.0.0.1:notaport"], "--resolve"),
    (["--start", "http://hvl.test/", "--resolve", "hvl.test=127.0.0.1:70000"], "--resolve"),
    (["--start", "notaurl", "--resolve", "hvl.test=127.0.0.1:9"], "--start"),
    (["--start", "ftp://hvl.test/x", "--resolve", "hvl.test=127.0.0.1:9"], "--start"),
])
def test_bad_crawl_arguments_are_refused_before_anything_runs(tmp_path, capsys, args, option):
    data = tmp_path / "data"
    with pytest.raises(SystemExit) as exit_:
        main(["crawl", *args, "--data-dir", str(data)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"error: argument {option}" in err and "Traceback" not in err
    assert not data.exists()                 # nothing ran


def test_good_crawl_arguments_still_parse():
    from kurskatalog.cli import _resolve_item, _seconds, _start_url, _whole

    assert _whole(0)("0") == 0 and _whole(1)("200") == 200
    assert _seconds("0") == 0.0 and _seconds("0.05") == 0.05
    assert _resolve_item("hvl.test=127.0.0.1:8080") == "hvl.test=127.0.0.1:8080"
    assert _resolve_item("hvl.test=[::1]:8080") == "hvl.test=[::1]:8080"
    assert _start_url("https://www.nord.no/studier/") == "https://www.nord.no/studier/"


def test_extract_refuses_a_bad_resolve_too(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "http://hvl.test/", "--resolve", "hvl.test=127.0.0.1:notaport"])
    assert exit_.value.code == 2 and "HOST=ADDR:PORT" in capsys.readouterr().err


# -- D: a data dir that is a file ------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["build"],
    ["search", "ledelse"],
    ["report"],
    ["crawl", *SAFE],
])
def test_a_data_dir_that_is_a_file_is_a_message(tmp_path, capsys, monkeypatch, argv):
    afile = tmp_path / "afile"
    afile.write_text("not a dir", encoding="utf-8")
    code, _, err = _run(capsys, *argv, "--data-dir", afile)
    assert code == 1 and err.strip() == f"kurskatalog: the data dir {afile} is a file, not a directory; " \
                                         "choose another with --data-dir DIR"
    monkeypatch.setenv("KURSKATALOG_DATA", str(afile))
    code, _, err = _run(capsys, *argv)
    assert code == 1 and "is a file" in err and "$KURSKATALOG_DATA" in err and len(err.splitlines()) == 1


def test_a_data_dir_under_a_file_is_a_message(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("not a dir", encoding="utf-8")
    code, _, err = _run(capsys, "search", "ledelse", "--data-dir", afile / "sub")
    assert code == 1 and err.startswith(f"kurskatalog: cannot use {afile / 'sub'} as the data dir: ")


# -- E: Ctrl-C during a crawl ------------------------------------------------------------------------

@pytest.mark.slow(seconds=13)   # a crawl in a subprocess, interrupted (it waits for the pages in flight)
def test_ctrl_c_during_a_crawl_says_so_and_exits_130(tmp_path, fixture_web):
    data = tmp_path / "data"
    # (a gap of 3 s between a host's requests, for about ten pages: the crawl cannot end before the signal)
    proc = subprocess.Popen([sys.executable, "-m", "kurskatalog.cli", "crawl", "--start", "http://hvl.test/",
                             "--delay", "3", "--resolve", f"hvl.test=127.0.0.1:{fixture_web.port}",
                             "--data-dir", str(data)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_ctrl_c_as_in_a_terminal)
    deadline = time.time() + 120
    while not [r for r in fixture_web.requests("hvl.test") if r.path != "/robots.txt"]:
        assert time.time() < deadline and proc.poll() is None, proc.stderr.read()
        time.sleep(0.1)
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGINT)          # what Ctrl-C sends
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "crawl interrupted after" in err and "stored so far are kept" in err and "Traceback" not in err
    with crawl_lock(data):                   # the lock is let go
        pass


# -- F: malformed catalogue rows, reported as they are ------------------------------------------------

def test_an_unbalanced_quote_is_reported_where_it_starts_with_the_lines_it_swallowed():
    text = "\n".join([
        HEADER,
        _row("rad-1"),
        _row("rad-2", description='"UNCLOSED Helseledelse for ledere'),      # line 3: the quote is never closed
        _row("rad-3", credits="15"),                                          # swallowed
        _row("rad-4"),                                                        # swallowed up to its "7,5"
        _row("rad-5"),
    ])
    load = parse_seed(text)
    assert [r["id"] for r in load.rows] == ["rad-1", "rad-5"]
    assert len(load.errors) == 1
    line, message = load.errors[0]
    assert line == 3
    assert "unbalanced quote" in message and "lines 3-5 (3 lines)" in message


def test_a_quote_left_open_to_the_end_of_the_file():
    text = "\n".join([HEADER, _row("rad-1"), _row("rad-2", description='"UNCLOSED'), _row("rad-3", credits="15")])
    load = parse_seed(text + "\n")
    assert [r["id"] for r in load.rows] == ["rad-1"]
    assert [(line, "unbalanced quote" in m and "lines 3-4 (2 lines)" in m) for line, m in load.errors] == [(3, True)]


def test_credits_that_give_no_number_are_a_warning_and_the_row_loads_without(tmp_path, capsys):
    text = "\n".join([HEADER, _row("rad-1"), _row("rad-2", credits="tretti")])
    load = parse_seed(text)
    assert [r["id"] for r in load.rows] == ["rad-1", "rad-2"] and load.errors == []
    assert load.warnings == [(3, "credits 'tretti' cannot be read as a number of credits; "
                                 "the row is kept without credits")]
    record = {r["id"]: r for r in seed_records(load)}["rad-2"]
    assert record["credits_min"] is None and record["credits_max"] is None
    path = tmp_path / "utvalg.csv"
    path.write_text(text + "\n", encoding="utf-8")
    code, out, err = _run(capsys, "normalise", path)
    assert code == 0 and len(out.splitlines()) == 2
    assert f"{path}:3: warning: credits 'tretti'" in err
    code, _, err = _run(capsys, "build", "--seed", path, "--current", "-", "--data-dir", tmp_path / "data")
    assert code == 0 and f"{path}:3: warning: credits 'tretti'" in err


def test_the_bundled_catalogue_files_give_no_warnings():
    from domain.seed import read_seed

    for name in ("catalogue_seed.csv", "catalogue_current.csv"):
        load = read_seed(ROOT / name)
        assert load.errors == [] and load.warnings == [], name


def test_one_file_as_both_seed_and_current_is_one_message(tmp_path, capsys):
    seed = _seed(tmp_path / "utvalg.csv")
    with pytest.raises(SeedError, match="given both as the seed and as today's offers"):
        rebuild(tmp_path / "data", seed, current=seed)
    code, _, err = _run(capsys, "build", "--seed", seed, "--current", seed, "--data-dir", tmp_path / "data")
    assert code == 1 and len(err.splitlines()) == 1 and ":0:" not in err


def test_an_id_used_by_another_file_is_reported_at_its_line(tmp_path):
    seed = _seed(tmp_path / "seed.csv", ids=("rad-1", "rad-2"))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CURRENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for id_ in ("ny-1", "rad-2"):             # line 3: rad-2 is the seed's
        writer.writerow({**dict.fromkeys(CURRENT_COLUMNS, ""), "id": id_, "provider": "HVL", "title": f"Tittel {id_}",
                         "source_url": "https://hvl.test/a", "source_date": "2025"})
    current = tmp_path / "current.csv"
    current.write_text(buffer.getvalue(), encoding="utf-8")
    report = rebuild(tmp_path / "data", seed, current=current)
    assert report.errors[str(current)] == [(3, "id 'rad-2' is used by another file")]


# -- G: gone offers are marked in `search` as on the search page ---------------------------------------

def test_search_marks_an_offer_that_is_gone(capsys, fixture_data_dir):
    code, out, _ = _run(capsys, "search", "endringsledelse", "--data-dir", fixture_data_dir)
    assert code == 0
    assert "- Endringsledelse i helsetjenesten  [Ikke lenger tilbudt]" in out.splitlines()
    active = [line for line in out.splitlines() if line.startswith("- ") and "[" not in line]
    assert active                            # an active offer has no mark


# -- H: `--sort -credits` as the API's value -------------------------------------------------------------

def test_sort_takes_a_value_with_a_minus(capsys, fixture_data_dir):
    code, out, err = _run(capsys, "search", "ledelse", "--sort", "-credits", "--json", "--data-dir", fixture_data_dir)
    assert code == 0, err
    joined = json.loads(out)
    code, out, _ = _run(capsys, "search", "ledelse", "--sort=-credits", "--json", "--data-dir", fixture_data_dir)
    assert [r["id"] for r in joined["results"]] == [r["id"] for r in json.loads(out)["results"]]
    credits = [r["credits_max"] or 0 for r in joined["results"]]
    assert credits == sorted(credits, reverse=True)


def test_the_readme_gives_one_count_for_the_quick_set():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    counts = (set(re.findall(r"quick: (\d+) tests", readme))
              | set(re.findall(r"quick set takes about \d+ s \((\d+) tests", readme)))
    assert len(counts) == 1, counts


# -- a host the crawl could not reach: the command line says why ---------------------------------

def test_the_crawl_command_says_why_a_host_was_not_fetched(tmp_path, capsys):
    import socket

    with socket.socket() as sock:            # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = tmp_path / "data"
    code, _, err = _run(capsys, "build", "--data-dir", data)
    assert code == 0, err
    _, printed, _ = _run(capsys, "crawl", "--start", "http://nede.test/", "--resolve", f"nede.test=127.0.0.1:{port}",
                         "--delay", "0", "--data-dir", data)
    assert "crawled 0 pages" in printed and "nede.test (connection refused" in printed, printed
