"""Index updates are atomic: a reader sees the old or the new generation, never a broken one."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from index import open_catalogue
from index.engine import generations
from index.engine.build import build_index
from index.request import SearchRequest
from tests.catalogue_fixture import RECORDS

ROOT = Path(__file__).resolve().parents[1]

# A build of many records in a child process; the hook lets the test kill it at a chosen point.
CHILD = textwrap.dedent("""
    import copy, sys, time
    sys.path.insert(0, {root!r})
    from index.engine.build import build_index
    from tests.catalogue_fixture import RECORDS
    records = []
    for i in range({n}):
        r = copy.deepcopy(RECORDS[i % len(RECORDS)])
        r["id"] = f"new-{{i}}"
        records.append(r)
    def hook(gen):
        print("WRITTEN", flush=True)
        time.sleep(60)
    print("START", flush=True)
    build_index(records, sys.argv[1], _after_write=hook if sys.argv[2] == "hook" else None)
    print("DONE", flush=True)
""")


def _child(tmp_path, data_dir, n, mode):
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), n=n))
    return subprocess.Popen([sys.executable, str(script), str(data_dir), mode],
                            stdout=subprocess.PIPE, text=True)


def _assert_old_index_serves(data_dir, old_generation):
    assert generations.current(data_dir).name == old_generation
    result = open_catalogue(data_dir).search(SearchRequest(q="helseledelse")).to_dict()
    assert result["index"]["records"] == len(RECORDS)
    assert "hvl-helseledelse" in {r["id"] for r in result["results"]}


def test_kill_after_everything_is_written_but_before_publish(tmp_path):
    data_dir = tmp_path / "data"
    old = build_index(copy.deepcopy(RECORDS), data_dir).name
    child = _child(tmp_path, data_dir, 500, "hook")
    try:
        assert child.stdout.readline().strip() == "START"
        assert child.stdout.readline().strip() == "WRITTEN"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    _assert_old_index_serves(data_dir, old)


def test_kill_while_the_writer_is_adding_documents(tmp_path):
    data_dir = tmp_path / "data"
    old = build_index(copy.deepcopy(RECORDS), data_dir).name
    child = _child(tmp_path, data_dir, 20_000, "plain")
    try:
        assert child.stdout.readline().strip() == "START"
        time.sleep(1.0)  # well inside writing 20,000 documents
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the build finished before it could be killed"
    _assert_old_index_serves(data_dir, old)
    # the next build still works and replaces it
    new = build_index(copy.deepcopy(RECORDS[:3]), data_dir).name
    assert new != old
    assert open_catalogue(data_dir).search(SearchRequest()).to_dict()["total"] == 3


def test_readers_see_old_or_new_during_rebuilds(tmp_path):
    data_dir = tmp_path / "data"
    build_index(copy.deepcopy(RECORDS), data_dir)
    sizes = {len(RECORDS), 4}
    seen, errors = set(), []
    stop = threading.Event()

    def reader():
        catalogue = open_catalogue(data_dir)
        while not stop.is_set():
            try:
                result = catalogue.search(SearchRequest(q="ledelse", per_page=100)).to_dict()
                seen.add(result["index"]["records"])
                assert result["total"] <= result["index"]["records"]
            except Exception as exc:  # any failure is a broken state
                errors.append(repr(exc))

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(6):
            build_index(copy.deepcopy(RECORDS if i % 2 else RECORDS[:4]), data_dir)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert errors == []
    assert seen <= sizes and seen


def test_old_generations_are_pruned(tmp_path):
    data_dir = tmp_path / "data"
    for _ in range(generations.KEEP + 3):
        build_index(copy.deepcopy(RECORDS[:2]), data_dir)
    gens = [p for p in (data_dir / "index").glob("gen-*")]
    assert len(gens) == generations.KEEP
    assert generations.current(data_dir) in gens


def test_an_unreadable_generation_is_no_index_and_serve_would_rebuild(tmp_path):
    from index import NoIndex
    from service.jobs import has_index

    data_dir = tmp_path / "data"
    gen = build_index(copy.deepcopy(RECORDS), data_dir)
    for toc in gen.glob("_MAIN_*.toc"):
        toc.write_bytes(b"not a whoosh table of contents")
    assert not has_index(data_dir)
    try:
        open_catalogue(data_dir).search(SearchRequest())
    except NoIndex as exc:
        assert "kurskatalog build" in str(exc)
    else:
        raise AssertionError("a broken generation must not be served")
