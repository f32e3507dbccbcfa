"""Benchmark: index build time and search latency with all facet counts, vs SQLite FTS5.

    python bench/bench_search.py [--sizes 10000 100000] [--runs 3]

Writes bench/results/search.json and bench/results/search.md. For each size:
build time (seed-like synthetic records), then a fixed mix of broad queries,
narrow queries and filter-only requests, each answered with a page of 20
results and the counts of every facet; p50/p95 per run, and the median of the
runs. The same requests are answered by SQLite FTS5 (unicode61 tokenizer, bm25
ranking, facet counts by GROUP BY), and the ratio ours/FTS5 is reported.
The memory of a serving process (RSS after the query mix) is measured in a
child process that only opens the index and searches.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import real_records, synthetic  # noqa: E402
from index import SearchRequest, open_catalogue  # noqa: E402
from index.engine.build import build_index  # noqa: E402
from index.engine.facets import MULTI, SINGLE  # noqa: E402

RESULTS = ROOT / "bench" / "results"

# (label, query text, filters)
MIX = [
    ("broad", "ledelse", {}),
    ("broad", "helse", {}),
    ("broad", "ledelse helse omsorg", {}),
    ("narrow", "helserett", {}),
    ("narrow", "kommuneøkonomi", {}),
    ("narrow", "velferdsteknologi", {}),
    ("narrow", "endringsledelse deltid", {"region": ["vest"]}),
    ("filter", "", {"topic": ["okonomi"], "part_time": ["true"]}),
    ("filter", "", {"region": ["nord"], "level": ["master"]}),
    ("filter", "", {}),
]


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def time_mix(run_one, repeats: int = 5) -> list[float]:
    times = []
    for _ in range(repeats):
        for _label, q, filters in MIX:
            t = time.perf_counter()
            run_one(q, filters)
            times.append((time.perf_counter() - t) * 1000)
    return times


# -- ours ---------------------------------------------------------------------

def ours(data_dir):
    catalogue = open_catalogue(data_dir)

    def run_one(q, filters):     # as the API answers: the typed result, then its JSON dict
        return catalogue.search(SearchRequest(q=q, filters=filters)).to_dict()
    return run_one


# -- SQLite FTS5 baseline -----------------------------------------------------

def fts_build(records, path):
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, topics, provider, places, description, "
               "tokenize='unicode61 remove_diacritics 0')")
    db.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, " + ", ".join(f"{f} TEXT" for f in SINGLE) + ")")
    for f in MULTI:
        db.execute(f"CREATE TABLE m_{f} (doc INTEGER, value TEXT)")
        db.execute(f"CREATE INDEX m_{f}_doc ON m_{f}(doc)")
    for i, r in enumerate(records, start=1):
        locs = r.get("locations") or []
        db.execute("INSERT INTO fts(rowid, title, topics, provider, places, description) VALUES (?,?,?,?,?,?)",
                   (i, r["title"], " ".join(r.get("topics") or []), r.get("provider_name") or "",
                    " ".join(loc.get("kommune") or "" for loc in locs), r.get("description") or ""))
        db.execute(f"INSERT INTO doc VALUES (?, {','.join('?' * len(SINGLE))})",
                   (i, *[get(r) for get in SINGLE.values()]))
        for f, get in MULTI.items():
            db.executemany(f"INSERT INTO m_{f} VALUES (?,?)", [(i, v) for v in get(r)])
    db.commit()
    return db


def fts_runner(db):
    def run_one(q, filters):
        words = [w for w in q.replace('"', " ").split() if w]
        where, args = [], []
        for f, values in filters.items():
            ph = ",".join("?" * len(values))
            if f in SINGLE:
                where.append(f"d.{f} IN ({ph})")
            else:
                where.append(f"d.id IN (SELECT doc FROM m_{f} WHERE value IN ({ph}))")
            args += values
        db.execute("DROP TABLE IF EXISTS temp.hits")
        if words:
            match = " OR ".join(f'"{w}"' for w in words)
            sql = ("CREATE TEMP TABLE hits AS SELECT d.id AS id, bm25(fts, 3.0, 2.0, 1.5, 1.0, 1.0) AS score "
                   "FROM fts JOIN doc d ON d.id = fts.rowid WHERE fts MATCH ?")
            sql_args = [match] + args
        else:
            sql = "CREATE TEMP TABLE hits AS SELECT d.id AS id, 0.0 AS score FROM doc d WHERE 1"
            sql_args = args
        if where:
            sql += " AND " + " AND ".join(where)
        db.execute(sql, sql_args)
        total = db.execute("SELECT COUNT(*) FROM hits").fetchone()[0]
        page = db.execute("SELECT id FROM hits ORDER BY score LIMIT 20").fetchall()
        facets = {}
        for f in SINGLE:
            facets[f] = db.execute(f"SELECT d.{f}, COUNT(*) FROM hits h JOIN doc d ON d.id=h.id GROUP BY 1").fetchall()
        for f in MULTI:
            facets[f] = db.execute(f"SELECT m.value, COUNT(*) FROM hits h JOIN m_{f} m ON m.doc=h.id GROUP BY 1").fetchall()
        return total, page, facets
    return run_one


# -- memory of a serving process ---------------------------------------------

MEMORY_CHILD = """
import sys, resource
sys.path.insert(0, {root!r})
from bench.bench_search import MIX
from index import SearchRequest, open_catalogue
c = open_catalogue({data_dir!r})
for _ in range(3):
    for label, q, f in MIX:
        c.search(SearchRequest(q=q, filters=f))
rss = [l for l in open('/proc/self/status') if l.startswith(('VmRSS', 'VmHWM'))]
print(' '.join(x.split()[1] for x in rss))
"""


def serving_memory_mb(data_dir) -> dict:
    out = subprocess.run([sys.executable, "-c", MEMORY_CHILD.format(root=str(ROOT), data_dir=str(data_dir))],
                         capture_output=True, text=True, check=True).stdout.split()
    return {"rss_mb": round(int(out[1]) / 1024, 1), "peak_rss_mb": round(int(out[0]) / 1024, 1)}


def bench_size(n, runs, workdir):
    records = real_records() if n == 0 else synthetic(n)
    size = len(records)
    print(f"== {size} records", flush=True)
    build_runs = runs if size <= 20_000 else 1
    build_times = []
    data_dir = Path(workdir) / f"data-{size}"
    for _ in range(build_runs):
        t = time.perf_counter()
        build_index(records, data_dir)
        build_times.append(time.perf_counter() - t)
    print(f"   build {statistics.median(build_times):.1f} s", flush=True)
    run_ours = ours(data_dir)
    run_ours("", {})  # open the generation
    db = fts_build(records, str(Path(workdir) / f"fts-{size}.sqlite3"))
    run_fts = fts_runner(db)
    per_run = {"ours": [], "fts5": []}
    for _ in range(runs):
        for name, fn in (("ours", run_ours), ("fts5", run_fts)):
            times = time_mix(fn)
            per_run[name].append({"p50": percentile(times, 50), "p95": percentile(times, 95)})
    summary = {}
    for name, rows in per_run.items():
        summary[name] = {k: round(statistics.median(r[k] for r in rows), 2) for k in ("p50", "p95")}
        print(f"   {name}: p50 {summary[name]['p50']} ms, p95 {summary[name]['p95']} ms", flush=True)
    ratio = {k: round(summary["ours"][k] / summary["fts5"][k], 2) for k in ("p50", "p95")}
    memory = serving_memory_mb(data_dir)
    print(f"   ratio ours/fts5: {ratio}; serving memory {memory}", flush=True)
    return {"records": size, "build_seconds": round(statistics.median(build_times), 2),
            "build_runs": build_runs, "latency_ms": summary, "ratio_ours_fts5": ratio,
            "memory": memory, "runs": runs, "queries_per_run": len(MIX) * 5}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000],
                        help="record counts (0 = the seed itself)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as workdir:
        for n in args.sizes:
            results.append(bench_size(n, args.runs, workdir))
    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()},
              "date": time.strftime("%Y-%m-%d"), "mix": MIX, "results": results}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    lines = ["| records | build (s) | ours p50 / p95 (ms) | FTS5 p50 / p95 (ms) | ours/FTS5 p50 / p95 | serving RSS (MB) |",
             "|---|---|---|---|---|---|"]
    for r in results:
        o, f, q = r["latency_ms"]["ours"], r["latency_ms"]["fts5"], r["ratio_ours_fts5"]
        lines.append(f"| {r['records']} | {r['build_seconds']} | {o['p50']} / {o['p95']} | {f['p50']} / {f['p95']} "
                     f"| {q['p50']} / {q['p95']} | {r['memory']['rss_mb']} |")
    (RESULTS / "search.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
