"""`kurskatalog build` says what the build changed in the index, as the change log records it.

The summary used to count the store's outcomes for the rows of the files read: an offer whose
row was removed was counted nowhere, and one whose row came back was "unchanged" (the store
keeps it), while the change log (`changes.jsonl`, the feeds) had it gone and new again.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from kurskatalog.cli import main
from service.jobs import rebuild

ROOT = Path(__file__).resolve().parents[1]

with open(ROOT / "catalogue_current.csv", encoding="utf-8", newline="") as _fh:
    _READER = csv.DictReader(_fh)
    COLUMNS = list(_READER.fieldnames)
    ROWS = [row for row in _READER][:6]


@pytest.fixture(autouse=True)
def _no_catalogue_from_the_environment(monkeypatch):
    monkeypatch.delenv("KURSKATALOG_SEED", raising=False)
    monkeypatch.delenv("KURSKATALOG_CURRENT", raising=False)


def _write(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _build(capsys, data: Path, current: Path) -> tuple[str, dict[str, int]]:
    """Run `kurskatalog build` on today's offers `current` alone; (generation, counts it printed)."""
    assert main(["build", "--seed", "-", "--current", str(current), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    generation = re.search(r"built (gen-[\w-]+)", out).group(1)
    counts = {kind: int(n) for kind, n in re.findall(r"\b(new|changed|gone|other edits|unchanged) (\d+)\b", out)}
    return generation, counts


def _logged(data: Path, generation: str) -> dict[str, int]:
    """What the change log holds for one generation: events per kind."""
    counts = {"new": 0, "changed": 0, "gone": 0}
    path = data / "changes.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        event = json.loads(line)
        if event["generation"] == generation:
            counts[event["kind"]] += 1
    return counts


def _agrees(data: Path, generation: str, counts: dict[str, int]) -> None:
    assert {k: counts.get(k) for k in ("new", "changed", "gone")} == _logged(data, generation)


def test_the_summary_counts_what_the_change_log_records(tmp_path, capsys):
    data, csv_path = tmp_path / "data", tmp_path / "today.csv"
    a, b, c, d, e, f = ROWS

    _, first = _build(capsys, data, _write(csv_path, [a, b, c, d]))
    assert first == {"new": 4, "changed": 0, "gone": 0, "unchanged": 0}       # the first index: all new

    gen, removed_and_added = _build(capsys, data, _write(csv_path, [a, c, d, e]))   # b out, e in
    assert removed_and_added == {"new": 1, "changed": 0, "gone": 1, "unchanged": 3}
    _agrees(data, gen, removed_and_added)

    gen, dropped = _build(capsys, data, _write(csv_path, [a, c, d]))                # e out
    assert dropped == {"new": 0, "changed": 0, "gone": 1, "unchanged": 3}
    _agrees(data, gen, dropped)

    gen, back = _build(capsys, data, _write(csv_path, [a, b, c, d]))                # b back: new again
    assert back == {"new": 1, "changed": 0, "gone": 0, "unchanged": 3}
    _agrees(data, gen, back)

    retitled = {**a, "title": a["title"] + " (ny tittel)"}
    gen, changed = _build(capsys, data, _write(csv_path, [retitled, b, c, d, f]))
    assert changed == {"new": 1, "changed": 1, "gone": 0, "unchanged": 3}
    _agrees(data, gen, changed)

    gen, same = _build(capsys, data, csv_path)
    assert same == {"new": 0, "changed": 0, "gone": 0, "unchanged": 5}
    _agrees(data, gen, same)


def test_an_edit_the_change_log_does_not_track_is_no_unchanged_offer(tmp_path, capsys):
    data, csv_path = tmp_path / "data", tmp_path / "today.csv"
    a, b, c = ROWS[:3]
    _build(capsys, data, _write(csv_path, [a, b, c]))
    described = {**b, "description": b["description"] + " Nå med mer tekst."}
    gen, counts = _build(capsys, data, _write(csv_path, [a, described, c]))
    assert counts == {"new": 0, "changed": 0, "gone": 0, "other edits": 1, "unchanged": 2}
    _agrees(data, gen, counts)


def test_the_build_report_carries_the_counts(tmp_path):
    data, csv_path = tmp_path / "data", tmp_path / "today.csv"
    a, b, c = ROWS[:3]
    first = rebuild(data, "-", current=_write(csv_path, [a, b]))
    assert first.changes == {"new": 2, "changed": 0, "gone": 0, "edited": 0, "unchanged": 0} and first.first
    second = rebuild(data, "-", current=_write(csv_path, [a, c]))
    assert second.changes == {"new": 1, "changed": 0, "gone": 1, "edited": 0, "unchanged": 1}
    assert not second.first and second.records == 2
