"""Build an index generation from canonical records and publish it atomically: the Whoosh
index (one segment, documents in record order), the facet arrays beside it, the vocabulary for
spelling, meta.json, and the change log's events against the generation it replaces."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from whoosh import index as whoosh_index

from domain.freshness import summary
from index import changelog
from index.engine import facets, generations
from index.engine.generation import read_records
from index.engine.schema import TEXT_FIELDS, build_schema, to_document

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def build_index(records: list[dict], data_dir: str | Path, *, info: dict | None = None,
                _after_write=None) -> Path:
    """Write a new generation with `records` and make it the serving one.

    Returns the generation's directory. Until the final publish step nothing a
    reader sees changes; `_after_write` is a test hook called just before it.
    """
    records = _unique(records)
    started = time.time()
    with generations.build_lock(data_dir):
        gen = generations.new_generation(data_dir)
        ix = whoosh_index.create_in(str(gen), build_schema())
        writer = ix.writer(limitmb=256)
        try:
            for record in records:
                writer.add_document(**to_document(record))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(optimize=True)  # one segment: document numbers follow insertion order

        arrays = facets.build_arrays(records)
        with ix.reader() as reader:
            _check_order(reader, records)
            for name in TEXT_FIELDS:
                arrays[f"len.{name}"] = np.fromiter(
                    (reader.doc_field_length(d, name, 0) for d in range(len(records))),
                    dtype=np.float32, count=len(records))
        facets.save(gen / "facets.npz", arrays)
        _write_vocabulary(gen / "vocab.tsv", records)
        meta = {
            "records": len(records),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "build_seconds": round(time.time() - started, 3),
            "statuses": dict(Counter(r.get("status") or "active" for r in records)),
            "freshness": summary(records),
            **(info or {}),
        }
        if _after_write:
            _after_write(gen)
        (gen / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        events = changelog.changes_since(generations.current(data_dir), records, gen.name,   # vs the serving one
                                         read=read_records)
        generations.publish(data_dir, gen)
        changelog.append(data_dir, events)    # after the swap: a build that never serves logs nothing
    return gen


def _unique(records: list[dict]) -> list[dict]:
    """One record per id (the last wins), in first-seen order."""
    by_id: dict[str, dict] = {}
    for record in records:
        by_id[record["id"]] = record
    return list(by_id.values())


def _check_order(reader, records: list[dict]) -> None:
    if reader.doc_count_all() != len(records):
        raise RuntimeError("index document count differs from the record count")
    for d in {0, len(records) // 2, len(records) - 1} if records else ():
        if reader.stored_fields(d)["id"] != records[d]["id"]:
            raise RuntimeError("index document order differs from the record order")


def _write_vocabulary(path: Path, records: list[dict]) -> None:
    """Surface words and their frequencies, for "Mente du ...?" suggestions."""
    counts: Counter[str] = Counter()
    for r in records:
        counts.update(w.lower() for w in _WORD.findall(f"{r.get('title', '')} {r.get('description', '')}"))
    with open(path, "w", encoding="utf-8") as fh:
        for word, n in sorted(counts.items()):
            fh.write(f"{word}\t{n}\n")
