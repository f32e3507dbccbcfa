"""Topic classification (domain.topics) measured against the hand-labelled offers (the figures only).

The labels are bench/topics/labels.json: every seed row of catalogue_seed.csv and every
course page of the fixture web (qa/fixtureweb). Each offer is rebuilt the way the catalogue
builds it (domain.seed for seed rows; crawler.extract + domain.records.build_record for
fixture pages) and its record's "topics" compared with the labels: per-topic precision,
recall and F1, micro and macro averages, the offers whose topic set is exactly right.
bench/topics/evaluate.py prints and writes the figures; tests/test_topic_eval.py asserts floors.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler.extract import extract
from domain.records import build_record
from domain.seed import read_seed, seed_records
from domain.topics import TOPIC_ORDER
from qa.fixtureweb.server import page

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "topics" / "labels.json"   # the hand labels are the benchmark's data
SEED = ROOT / "catalogue_seed.csv"


def load_labels() -> list[dict]:
    return json.loads(LABELS.read_text(encoding="utf-8"))["offers"]


def seed_ids() -> set[str]:
    return {row["id"] for row in read_seed(SEED).rows}


def predictions(sources: list[str]) -> dict[str, list[str]]:
    """Source → the topics of the record the catalogue would build for that offer."""
    seed = {r["id"]: r for r in seed_records(read_seed(SEED))}
    out = {}
    for source in sources:
        kind, _, ref = source.partition(":")
        if kind == "seed":
            out[source] = seed[ref]["topics"]
        elif kind == "fixture":
            host, _, path = ref.partition("/")
            url = f"http://{host}/{path}"
            result = extract(page(host, "/" + path), url)
            if not result.is_course:
                raise ValueError(f"{source} is not a course page")
            out[source] = build_record({**result.offer, "id": "x"})["topics"]
        else:
            raise ValueError(f"unknown source {source!r}")
    return out


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def evaluate(labels: list[dict] | None = None) -> dict:
    labels = load_labels() if labels is None else labels
    got = predictions([o["source"] for o in labels])
    counts = {t: [0, 0, 0] for t in TOPIC_ORDER}
    errors = []
    for offer in labels:
        want, have = set(offer["topics"]), set(got[offer["source"]])
        for t in want & have:
            counts[t][0] += 1
        for t in have - want:
            counts[t][1] += 1
        for t in want - have:
            counts[t][2] += 1
        if want != have:
            errors.append({"source": offer["source"], "extra": sorted(have - want), "missing": sorted(want - have)})
    per_topic = {t: {**_prf(*c), "support": c[0] + c[2]} for t, c in counts.items()}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    scored = [m for m in per_topic.values() if m["support"] or m["fp"]]  # topics that occur at all
    macro = {k: round(sum(m[k] for m in scored) / len(scored), 3) for k in ("precision", "recall", "f1")}
    exact = sum(1 for o in labels if set(o["topics"]) == set(got[o["source"]]))
    return {"offers": len(labels), "exact_match": round(exact / len(labels), 3), "micro": micro, "macro": macro,
            "per_topic": per_topic, "errors": errors}
