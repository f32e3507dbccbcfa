"""Benchmark: /feed.atom (follow a search) at 10,000 synthetic records and ~500 change events.

    python bench/feed.py [--records 10000] [--events 500] [--runs 5]

Builds generation 1 from synthetic records (`bench/synthetic.py`), then generation 2 in which
about `events` offers changed: 40 % changed (credits and start term), 30 % new, 30 % gone.
The build logs them (`index.changelog`); the time the comparison adds to the second build is
reported. Then, through the Flask test client (no network), for a fixed set of searches:

- cold: the first request for the search in this generation (the feed cache and the parsed
  log emptied before each run; the generation stays open, as in a serving process);
- warm: the same request again (served from the cache).

Median of `runs` runs each. Writes bench/results/feed.json and bench/results/feed.md.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic  # noqa: E402
from index import changelog  # noqa: E402
from index.engine import generations  # noqa: E402
from index.engine.build import build_index  # noqa: E402
from index.engine.generation import read_records  # noqa: E402

RESULTS = ROOT / "bench" / "results"

SEARCHES = [
    ("everything", ""),
    ("broad query", "q=ledelse"),
    ("narrow query", "q=helserett"),
    ("filters", "level=master&part_time=true"),
    ("distance", "kommune=4601&max_km=150"),
    ("query + filters", "q=helse+ledelse&region=ost&credits_min=10"),
]


def second_generation(records: list[dict], n_events: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    n_changed, n_new = int(n_events * 0.4), int(n_events * 0.3)
    n_gone = n_events - n_changed - n_new
    # only offers not already gone can change or go (a gone offer that vanishes is not logged again)
    candidates = [i for i, r in enumerate(records) if r.get("status") != "gone"]
    picked = rng.sample(candidates, n_changed + n_gone)
    changed, gone = set(picked[:n_changed]), set(picked[n_changed:])
    out = []
    for i, r in enumerate(records):
        if i in gone:
            continue
        r = copy.deepcopy(r) if i in changed else r
        if i in changed:
            r["credits_min"] = r["credits_max"] = float(rng.choice([7.5, 10, 15, 30, 60, 90]))
            r["start_term"] = rng.choice(["2026-host", "2027-var", "2027-host"])
        out.append(r)
    for j, r in enumerate(copy.deepcopy(rng.sample(records, n_new))):
        r["id"] = f"syn-new-{j}"
        r["status"] = "active"
        out.append(r)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from webapp import create_app

    records = synthetic(args.records)
    with tempfile.TemporaryDirectory() as data_dir:
        t = time.perf_counter()
        build_index(records, data_dir)
        build1 = time.perf_counter() - t
        second = second_generation(records, args.events)
        t = time.perf_counter()
        build_index(second, data_dir)
        build2 = time.perf_counter() - t
        previous = sorted(p for p in generations.index_root(data_dir).glob("gen-*"))[0]
        t = time.perf_counter()
        events = changelog.compare(read_records(previous), second, "gen-bench")
        compare_seconds = time.perf_counter() - t
        logged = changelog.read(data_dir)
        print(f"builds {build1:.1f} s, {build2:.1f} s; {len(logged)} events logged; "
              f"comparison {compare_seconds:.2f} s ({len(events)} events)", flush=True)

        app = create_app({"DATA_DIR": data_dir, "TESTING": False})
        client = app.test_client()
        client.get("/api/search?q=ledelse")        # open the generation, as a serving process has
        rows = []
        for label, query in SEARCHES:
            cold, warm, entries = [], [], None
            for _ in range(args.runs):
                app.extensions.get("feed_cache") and app.extensions["feed_cache"].clear()
                changelog._cache.clear()
                t = time.perf_counter()
                response = client.get(f"/feed.atom?{query}")
                cold.append((time.perf_counter() - t) * 1000)
                assert response.status_code == 200, response.data[:200]
                entries = response.data.count(b"<entry>")
                for _ in range(5):
                    t = time.perf_counter()
                    client.get(f"/feed.atom?{query}")
                    warm.append((time.perf_counter() - t) * 1000)
            row = {"search": label, "query": query, "entries": entries,
                   "cold_ms": round(statistics.median(cold), 1), "warm_ms": round(statistics.median(warm), 2),
                   "cold_max_ms": round(max(cold), 1), "warm_max_ms": round(max(warm), 2)}
            rows.append(row)
            print(f"   {label:16} {entries:3} entries: cold {row['cold_ms']} ms, warm {row['warm_ms']} ms", flush=True)

    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()},
              "date": time.strftime("%Y-%m-%d"), "records": args.records, "events": len(logged),
              "runs": args.runs, "build_seconds": [round(build1, 2), round(build2, 2)],
              "compare_seconds": round(compare_seconds, 2), "results": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "feed.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    lines = [f"/feed.atom at {args.records} records, {len(logged)} change events; median of {args.runs} runs "
             f"({report['date']}); the comparison with the previous generation added "
             f"{report['compare_seconds']} s to a {report['build_seconds'][1]} s build.",
             "",
             "| search | parameters | entries | cold (ms) | warm (ms) |",
             "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['search']} | `{r['query'] or '-'}` | {r['entries']} | {r['cold_ms']} | {r['warm_ms']} |")
    (RESULTS / "feed.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
