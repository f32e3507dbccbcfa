"""Load test: the site and API under concurrent clients, served by waitress as `kurskatalog serve` does.

    python bench/load.py [--clients 32 64] [--seconds 20] [--runs 3] [--records 0 10000]
                         [--hostile 4] [--hostile-clients 32] [--threads 8]

For each size (`--records`: 0 = the bundled catalogue, built with `service.jobs.rebuild`;
N = N synthetic records from `bench/synthetic.py`, built with `index.engine.build.build_index`) an
index is built in a temporary data dir and the app (`webapp.create_app`) is served by waitress
in a thread of this process on 127.0.0.1 (an ephemeral port) with `--threads` worker threads
(default 8, like `kurskatalog serve`). The clients run in a child process (this script with
`--worker`), one thread each with a keep-alive `http.client` connection, so that the clients
do not share the server's interpreter lock: what is measured is the server. Each client sends
requests back to back for `--seconds` seconds over a fixed mix (MIX below: searches with and
without facets and sorts, facet-only listings, course pages, /compare, /dekning, /api/gaps,
CSV exports, the JSON API) whose ids, facet values and municipalities are read from the
index; queries are the hand-written queries of bench/relevance (typos included).

A redirect to this server is followed as a browser would (the site sends a search whose
address is not canonical, e.g. a q longer than the 1,000 characters kept, to the canonical
address), and the request's latency includes it.

Per run: requests, throughput, p50/p95/p99 latency (of every request that got an HTTP
answer) and errors by kind (HTTP status per code for non-2xx; exception name for failures,
`timeout` after `--timeout` seconds), overall and per request kind. The tables give the
median over `--runs` runs; error counts are summed over the runs.

`--hostile K` adds, at `--hostile-clients` clients (default: the first --clients value), runs
in which K more clients each send a hostile search about once a second (a single
500-character word, also with spell=off; 10 kB of text; operator soup such as "AND ((("),
alternating between the site (/) and /api/search. Each such run is paired with the ordinary
run at the same client count (interleaved, run by run), and the report gives the ordinary
clients' p95 without and with the hostile clients and the ratio.

Writes bench/results/load.json and bench/results/load.md. Nothing but 127.0.0.1 is
contacted; the only dependencies are the standard library and the project itself.
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
HOST = "127.0.0.1"

# request kind → (weight, what it is). The weights are the share of requests an ordinary
# client sends of each kind (per 100).
MIX = {
    "search": (18, "site search page: / ?q="),
    "search_facets": (10, "site search with 1-2 facet filters and a sort (sometimes kommune + distance)"),
    "facets_only": (6, "site listing by facet filters only, no text (sometimes sorted, page 2)"),
    "api_search": (14, "JSON API /api/search?q="),
    "api_search_facets": (8, "JSON API with facet filters and a sort"),
    "course": (16, "course page /kurs/<id>"),
    "api_course": (6, "JSON record /api/courses/<id>"),
    "compare": (6, "/compare?ids= with 2-3 ids (HTML; every third as /api/compare)"),
    "dekning": (4, "coverage page /dekning (by region or county, sometimes a kommune and max_km)"),
    "api_gaps": (6, "/api/gaps (by region or county, with filters)"),
    "csv": (6, "CSV export /api/search.csv (a query, sometimes facets)"),
}
SORTS = ["relevance", "credits", "-credits", "provider", "title"]
FALLBACK_QUERIES = ["ledelse", "helse", "ledelse helse omsorg", "helserett", "kommuneøkonomi",
                    "velferdsteknologi", "endringsledelse deltid", "master i ledelse", "30 stp ledelse",
                    "arbeidsmijø", "leiing i kommunen", "personalledelse nettbasert"]


# =============================================================================
# The load generator (child process, standard library only)
# =============================================================================

def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _fetch(conn_box, port, path, timeout, hops: int = 3):
    """One GET on the box's keep-alive connection (reopened when needed), following a
    redirect to this server as a browser would (at most `hops`) → (outcome, redirects):
    the final HTTP status, or the exception's name (`timeout`)."""
    redirects = 0
    while True:
        conn = conn_box[0]
        try:
            if conn is None:
                conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
                conn_box[0] = conn
            conn.request("GET", path, headers={"Accept-Encoding": "identity", "User-Agent": "kurskatalog-load"})
            resp = conn.getresponse()
            resp.read()
            if resp.will_close:
                conn.close()
                conn_box[0] = None
            location = resp.getheader("Location") or ""
            if resp.status in (301, 302, 303, 307, 308) and redirects < hops:
                parsed = urlsplit(location)
                if parsed.netloc in ("", f"{HOST}:{port}"):
                    redirects += 1
                    path = urlunsplit(("", "", parsed.path or "/", parsed.query, ""))
                    continue
            return str(resp.status), redirects
        except TimeoutError:
            outcome = "timeout"
        except Exception as exc:  # connection refused/reset, remote disconnected, ...
            outcome = type(exc).__name__
        try:
            conn.close()
        except Exception:
            pass
        conn_box[0] = None
        return outcome, redirects


def worker(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    port, seconds, timeout = spec["port"], spec["seconds"], spec["timeout"]
    pool, hostile_pool = spec["pool"], spec["hostile_pool"]
    rows: list = []        # (kind, start offset s, latency ms, outcome, hostile 0/1)
    lock = threading.Lock()
    barrier = threading.Barrier(spec["clients"] + spec["hostile"] + 1)
    t0_box = [0.0]

    def ordinary(i):
        rng = random.Random(spec["seed"] * 1000 + i)
        pos = rng.randrange(len(pool))
        box = [None]
        local = []
        barrier.wait()
        start, deadline = t0_box[0], t0_box[0] + seconds
        while True:
            t = time.perf_counter()
            if t >= deadline:
                break
            kind, path = pool[pos % len(pool)]
            pos += 1
            outcome, redirects = _fetch(box, port, path, timeout)
            local.append((kind, t - start, (time.perf_counter() - t) * 1000, outcome, 0, redirects))
        if box[0] is not None:
            box[0].close()
        with lock:
            rows.extend(local)

    def hostile(i):
        rng = random.Random(spec["seed"] * 1000 + 500 + i)
        pos = rng.randrange(len(hostile_pool))
        box = [None]
        local = []
        barrier.wait()
        start, deadline = t0_box[0], t0_box[0] + seconds
        next_at = start + rng.random()       # spread the clients over the first second
        while True:
            now = time.perf_counter()
            if next_at > now:
                time.sleep(min(next_at, deadline) - now)
            t = time.perf_counter()
            if t >= deadline:
                break
            kind, path = hostile_pool[pos % len(hostile_pool)]
            pos += 1
            outcome, redirects = _fetch(box, port, path, timeout)
            local.append((kind, t - start, (time.perf_counter() - t) * 1000, outcome, 1, redirects))
            next_at = t + 1.0 + rng.uniform(-0.1, 0.1)
        if box[0] is not None:
            box[0].close()
        with lock:
            rows.extend(local)

    threads = [threading.Thread(target=ordinary, args=(i,), daemon=True) for i in range(spec["clients"])]
    threads += [threading.Thread(target=hostile, args=(i,), daemon=True) for i in range(spec["hostile"])]
    for th in threads:
        th.start()
    t0_box[0] = time.perf_counter() + 0.05
    barrier.wait()
    for th in threads:
        th.join(seconds + timeout + 30)
    elapsed = time.perf_counter() - t0_box[0]
    json.dump({"elapsed": elapsed, "rows": rows, "stuck_threads": sum(th.is_alive() for th in threads)},
              sys.stdout)
    sys.stdout.flush()
    os._exit(0)


# =============================================================================
# Statistics
# =============================================================================

def summarise(rows, seconds: float) -> dict:
    """rows of one group → requests, req/s, p50/p95/p99 ms, errors by kind."""
    lat = [r[2] for r in rows if r[3].isdigit()]
    errors = Counter()
    for r in rows:
        outcome = r[3]
        if outcome.isdigit():
            if not 200 <= int(outcome) < 300:
                errors[f"HTTP {outcome}"] += 1
        else:
            errors[outcome] += 1
    pct = {f"p{p}": (round(percentile(lat, p), 1) if lat else None) for p in (50, 95, 99)}
    return {"requests": len(rows), "rps": round(len(rows) / seconds, 1), **pct,
            "max": round(max(lat), 1) if lat else None, "errors": dict(errors),
            "redirected": sum(1 for r in rows if r[5])}


def run_stats(result: dict, seconds: float) -> dict:
    rows = result["rows"]
    ordinary = [r for r in rows if not r[4]]
    hostile = [r for r in rows if r[4]]
    kinds = defaultdict(list)
    for r in ordinary:
        kinds[r[0]].append(r)
    hkinds = defaultdict(list)
    for r in hostile:
        hkinds[r[0]].append(r)
    return {"elapsed": round(result["elapsed"], 2), "stuck_threads": result["stuck_threads"],
            "overall": summarise(ordinary, seconds),
            "kinds": {k: summarise(v, seconds) for k, v in sorted(kinds.items())},
            "hostile": summarise(hostile, seconds) if hostile else None,
            "hostile_kinds": {k: summarise(v, seconds) for k, v in sorted(hkinds.items())}}


def _median(values):
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 1) if values else None


def combine(stats: list[dict], part: str = "overall") -> dict:
    """Medians over runs of one summary (errors summed), for `part` or a kind."""
    def pick(s):
        if part in ("overall", "hostile"):
            return s.get(part)
        return s["kinds"].get(part) or s["hostile_kinds"].get(part)
    items = [pick(s) for s in stats]
    items = [i for i in items if i]
    if not items:
        return {}
    errors = Counter()
    for i in items:
        errors.update(i["errors"])
    out = {k: _median([i[k] for i in items]) for k in ("requests", "rps", "p50", "p95", "p99", "max")}
    out["requests"] = int(out["requests"])
    out["errors"] = dict(errors)
    out["redirected"] = sum(i.get("redirected", 0) for i in items)
    out["runs"] = len(items)
    return out


# =============================================================================
# The server side (this process)
# =============================================================================

class ErrorLog(logging.Handler):
    """Collects the app's logged exceptions (unhandled errors → 500), by message."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.seen = Counter()

    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        what = f"{type(exc).__name__}: {str(exc)[:160]}" if exc else record.getMessage()[:160]
        self.seen[f"{record.getMessage()[:80]} | {what}"] += 1


def build(n: int, data_dir: Path) -> tuple[int, float]:
    sys.path.insert(0, str(ROOT))
    t = time.perf_counter()
    if n == 0:
        from service.jobs import rebuild
        report = rebuild(data_dir)
        size = report.records
    else:
        from bench.synthetic import synthetic
        from index.engine.build import build_index
        records = synthetic(n)
        build_index(records, data_dir)
        size = len(records)
    return size, time.perf_counter() - t


def serve(data_dir: Path, threads: int, errlog: ErrorLog):
    import waitress
    from webapp import create_app

    app = create_app({"DATA_DIR": str(data_dir), "TESTING": False})
    app.logger.addHandler(errlog)
    app.logger.propagate = False   # counted, not printed (the first few are printed at the end)
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)   # "Task queue depth is N"
    server = waitress.create_server(app, host=HOST, port=0, threads=threads, ident="kurskatalog")
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    return server, server.effective_port


def stop(server) -> None:
    try:
        server.close()
        server.task_dispatcher.shutdown(timeout=5)
    except Exception as exc:  # the daemon thread goes with the process anyway
        print(f"   (server stop: {type(exc).__name__}: {exc})", file=sys.stderr)


# -- the request mix ----------------------------------------------------------

def queries() -> list[str]:
    out = []
    for name in ("dev.json", "queries.json"):
        try:
            data = json.loads((ROOT / "bench" / "relevance" / name).read_text(encoding="utf-8"))
            out += [q["q"] for q in data["queries"] if q.get("q")]
        except Exception:
            pass
    return list(dict.fromkeys(out)) or FALLBACK_QUERIES


def index_facts(data_dir: Path, rng: random.Random) -> dict:
    """Ids, facet values and municipalities taken from the serving index."""
    from domain import places
    from index import SearchRequest, open_catalogue

    cat = open_catalogue(data_dir)
    every = [r["id"] for r in cat.all_records()]
    ids = every if len(every) <= 3000 else rng.sample(every, 3000)
    facets = cat.search(SearchRequest(per_page=1), snippets=False).facets
    values = {f: [v for v, c in counts.items() if c and v != "unknown"]
              for f, counts in facets.items() if f != "status"}
    values = {f: v for f, v in values.items() if v}
    kommuner = [m["kommune_nr"] for m in places.municipalities()]
    return {"ids": ids, "facets": values, "kommuner": kommuner}


def _facet_params(rng, facts, how_many):
    out = []
    for facet in rng.sample(sorted(facts["facets"]), min(how_many, len(facts["facets"]))):
        vals = facts["facets"][facet]
        out += [(facet, v) for v in rng.sample(vals, min(len(vals), rng.choice([1, 1, 2])))]
    return out


def _sorted(rng, facts, params):
    sort = rng.choice(SORTS + ["distance"])
    if sort == "distance":
        params += [("kommune", rng.choice(facts["kommuner"])), ("sort", "distance")]
        if rng.random() < 0.5:
            params += [("max_km", str(rng.choice([50, 150, 300]))), ("include_unplaced", "true")]
    elif sort != "relevance":
        params.append(("sort", sort))
    return params


def make_request(kind: str, rng: random.Random, facts: dict, qs: list[str]) -> str:
    q = rng.choice(qs)
    ids = facts["ids"]
    if kind == "search":
        return "/?" + urlencode([("q", q)])
    if kind == "search_facets":
        return "/?" + urlencode(_sorted(rng, facts, [("q", q)] + _facet_params(rng, facts, rng.choice([1, 2]))))
    if kind == "facets_only":
        params = _facet_params(rng, facts, rng.choice([1, 2]))
        if rng.random() < 0.3:
            params = _sorted(rng, facts, params)
        if rng.random() < 0.2:
            params.append(("page", "2"))
        return "/?" + urlencode(params)
    if kind == "api_search":
        return "/api/search?" + urlencode([("q", q)])
    if kind == "api_search_facets":
        return "/api/search?" + urlencode(_sorted(rng, facts, [("q", q)] + _facet_params(rng, facts, rng.choice([1, 2]))))
    if kind == "course":
        return "/kurs/" + rng.choice(ids)
    if kind == "api_course":
        return "/api/courses/" + rng.choice(ids)
    if kind == "compare":
        chosen = rng.sample(ids, min(len(ids), rng.choice([2, 3])))
        params = [("ids", ",".join(chosen))]
        if rng.random() < 0.3:
            params.append(("kommune", rng.choice(facts["kommuner"])))
        return ("/api/compare?" if rng.random() < 1 / 3 else "/compare?") + urlencode(params)
    if kind == "dekning":
        params = [("by", rng.choice(["region", "county"]))]
        if rng.random() < 0.3:
            params += [("kommune", rng.choice(facts["kommuner"])), ("max_km", "200")]
        if rng.random() < 0.3:
            params.append(("part_time", "true"))
        return "/dekning?" + urlencode(params)
    if kind == "api_gaps":
        params = [("by", rng.choice(["region", "county"]))]
        if rng.random() < 0.4:
            params.append(("credit_bearing", "true"))
        if rng.random() < 0.3:
            params += [("kommune", rng.choice(facts["kommuner"])), ("max_km", "150")]
        return "/api/gaps?" + urlencode(params)
    if kind == "csv":
        params = [("q", q)]
        if rng.random() < 0.4:
            params += _facet_params(rng, facts, 1)
        return "/api/search.csv?" + urlencode(params)
    raise ValueError(kind)


def request_pool(facts: dict, seed: int, size: int = 4000) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    qs = queries()
    kinds = list(MIX)
    weights = [MIX[k][0] for k in kinds]
    return [(kind, make_request(kind, rng, facts, qs)) for kind in rng.choices(kinds, weights, k=size)]


HOSTILE_KINDS = {
    "hostile_word": "one 500-character word in q",
    "hostile_word_spelloff": "the same with spell=off",
    "hostile_text10k": "10 kB of text (catalogue-like words and random ones) in q",
    "hostile_syntax": "about 1 kB of operator soup: AND ((( OR ))) NOT \"* ~^ -- ...",
}


def hostile_pool(facts: dict, seed: int, size: int = 200) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzæøå"
    words = [w for q in queries() for w in q.split()] or ["ledelse"]
    soup = ["AND", "(((", "OR", ")))", "NOT", '"', "*", "?", "~", "^2", "--", "+", "||", "&&", "[", "]",
            "{", "}", ":", "\\", "%", "'", "ledelse", "-helse", "title:", "*:*", "uten", "ikke"]
    out = []
    kinds = list(HOSTILE_KINDS)
    for i in range(size):
        kind = kinds[i % len(kinds)]
        if kind in ("hostile_word", "hostile_word_spelloff"):
            # a readable stem and random letters, so that the speller has something to chew on
            word = (rng.choice(words).lower() + "".join(rng.choice(letters) for _ in range(500)))[:500]
            params = [("q", word)] + ([("spell", "off")] if kind == "hostile_word_spelloff" else [])
        elif kind == "hostile_text10k":
            text = []
            while sum(len(w) + 1 for w in text) < 10_000:
                text.append(rng.choice(words) if rng.random() < 0.7
                            else "".join(rng.choice(letters) for _ in range(rng.randint(3, 14))))
            params = [("q", " ".join(text)[:10_000])]
        else:
            text = []
            while sum(len(w) + 1 for w in text) < 1_000:
                text.append(rng.choice(soup))
            params = [("q", " ".join(text))]
        path = ("/?" if (i // len(kinds)) % 2 == 0 else "/api/search?") + urlencode(params)
        out.append((kind, path))
    return out


def warm_up(port: int, pool, hostile) -> dict:
    """Each request kind a few times, one at a time; returns the statuses seen per kind."""
    seen = defaultdict(Counter)
    box = [None]
    by_kind = defaultdict(list)
    for kind, path in pool + hostile:
        by_kind[kind].append(path)
    for kind, paths in by_kind.items():
        for path in paths[:5]:
            outcome, redirects = _fetch(box, port, path, 60)
            seen[kind][outcome + (" after a redirect" if redirects else "")] += 1
    return {k: dict(v) for k, v in seen.items()}


def load_run(port, clients, hostile, seconds, timeout, pool, hpool, seed, workdir) -> dict:
    spec = {"port": port, "clients": clients, "hostile": hostile, "seconds": seconds, "timeout": timeout,
            "pool": pool, "hostile_pool": hpool, "seed": seed}
    spec_path = Path(workdir) / "spec.json"
    spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    wall0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(spec_path)],
                          capture_output=True, text=True, timeout=seconds + timeout + 120)
    wall = time.perf_counter() - wall0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    if proc.returncode != 0:
        raise RuntimeError(f"load worker failed: {proc.stderr[-2000:]}")
    stats = run_stats(json.loads(proc.stdout), seconds)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    stats["server_cpu_percent"] = round(100 * cpu / wall, 0)   # of one core; includes worker start-up idle
    return stats


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def bench_size(n, args, workdir) -> dict:
    data_dir = Path(workdir) / f"data-{n}"
    size, build_s = build(n, data_dir)
    label = "bundled catalogue" if n == 0 else "synthetic"
    print(f"== {size} records ({label}), built in {build_s:.1f} s", flush=True)
    errlog = ErrorLog()
    server, port = serve(data_dir, args.threads, errlog)
    try:
        rng = random.Random(args.seed)
        facts = index_facts(data_dir, rng)
        pool = request_pool(facts, args.seed)
        hpool = hostile_pool(facts, args.seed + 1)
        warm = warm_up(port, pool, hpool if args.hostile else [])
        bad = {k: v for k, v in warm.items() if any(not s.startswith("2") for s in v)}
        print(f"   serving on {HOST}:{port} with {args.threads} threads; warm-up statuses not 2xx: {bad or 'none'}",
              flush=True)
        hostile_at = args.hostile_clients or args.clients[0]
        runs = defaultdict(list)     # clients → [stats]
        hostile_runs = []
        for r in range(args.runs):
            for c in args.clients:
                time.sleep(args.pause)
                s = load_run(port, c, 0, args.seconds, args.timeout, pool, hpool, args.seed + r, workdir)
                runs[c].append(s)
                o = s["overall"]
                print(f"   run {r + 1} clients {c}: {o['requests']} req, {o['rps']} req/s, p50 {o['p50']} "
                      f"p95 {o['p95']} p99 {o['p99']} ms, errors {o['errors'] or 0}", flush=True)
                if args.hostile and c == hostile_at:
                    time.sleep(args.pause)
                    h = load_run(port, c, args.hostile, args.seconds, args.timeout, pool, hpool, args.seed + r, workdir)
                    hostile_runs.append(h)
                    o, ho = h["overall"], h["hostile"]
                    print(f"   run {r + 1} clients {c} + {args.hostile} hostile: ordinary p95 {o['p95']} ms "
                          f"({o['rps']} req/s, errors {o['errors'] or 0}); hostile {ho['requests']} req, "
                          f"p50 {ho['p50']} p95 {ho['p95']} ms, errors {ho['errors'] or 0}", flush=True)
        memory = rss_mb()   # this whole process: the build, the server and the runs (not a serving-only figure)
    finally:
        stop(server)
    result = {"records": size, "source": label, "build_seconds": round(build_s, 1), "warm_up": warm,
              "process_rss_mb_after_runs": memory, "app_errors_logged": dict(errlog.seen), "by_clients": {}}
    for c, stats in runs.items():
        kinds = sorted({k for s in stats for k in s["kinds"]})
        result["by_clients"][str(c)] = {
            "overall": combine(stats), "kinds": {k: combine(stats, k) for k in kinds},
            "server_cpu_percent": _median([s["server_cpu_percent"] for s in stats]),
            "stuck_threads": sum(s["stuck_threads"] for s in stats), "runs": stats}
    if hostile_runs:
        base = runs[hostile_at]
        without, with_ = _median([s["overall"]["p95"] for s in base]), _median([s["overall"]["p95"] for s in hostile_runs])
        ratios = [round(h["overall"]["p95"] / b["overall"]["p95"], 2) for b, h in zip(base, hostile_runs)
                  if h["overall"]["p95"] and b["overall"]["p95"]]
        hkinds = sorted({k for s in hostile_runs for k in s["hostile_kinds"]})
        result["hostile"] = {
            "clients": hostile_at, "hostile_clients": args.hostile,
            "ordinary_p95_without": without, "ordinary_p95_with": with_,
            "ratio": round(with_ / without, 2) if with_ and without else None,
            "ratio_per_run": ratios,
            "ordinary_p50_without": _median([s["overall"]["p50"] for s in base]),
            "ordinary_p50_with": _median([s["overall"]["p50"] for s in hostile_runs]),
            "ordinary_rps_without": _median([s["overall"]["rps"] for s in base]),
            "ordinary_rps_with": _median([s["overall"]["rps"] for s in hostile_runs]),
            "ordinary_with": combine(hostile_runs),
            "hostile": combine(hostile_runs, "hostile"),
            "hostile_kinds": {k: combine(hostile_runs, k) for k in hkinds},
            "runs": hostile_runs}
    if errlog.seen:
        print("   app errors logged:", file=sys.stderr)
        for what, count in errlog.seen.most_common(5):
            print(f"     {count} × {what}", file=sys.stderr)
    return result


# =============================================================================
# Report
# =============================================================================

def fmt_errors(errors: dict) -> str:
    return ", ".join(f"{k} ×{v}" for k, v in sorted(errors.items())) if errors else "0"


def markdown(report: dict) -> str:
    a = report["args"]
    lines = [f"Load test ({report['date']}, commit {report['commit']}, {report['machine']['cpus']} CPUs, "
             f"Python {report['machine']['python']}): waitress with {a['threads']} threads on 127.0.0.1, "
             f"clients in a separate process with keep-alive connections, {a['seconds']} s per run, "
             f"median of {a['runs']} runs; errors summed over the runs. Latency over every request that "
             "got an HTTP answer (a redirect to this server followed, as a browser does, and timed with it). "
             "The server is one Python process (its waitress threads share one interpreter lock), so a server "
             "CPU near 100 % of a core means it is saturated and further clients only queue; 1 client gives "
             "the service times.", "",
             "| records | clients | requests/run | req/s | p50 (ms) | p95 (ms) | p99 (ms) | server CPU (% of a core) | errors |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in report["results"]:
        for c, b in r["by_clients"].items():
            o = b["overall"]
            lines.append(f"| {r['records']} ({r['source']}) | {c} | {o['requests']} | {o['rps']} | {o['p50']} | "
                         f"{o['p95']} | {o['p99']} | {b['server_cpu_percent']} | {fmt_errors(o['errors'])} |")
    hostile = [r for r in report["results"] if r.get("hostile")]
    if hostile:
        lines += ["", "Hostile clients: each sends about one hostile search a second "
                  "(" + "; ".join(f"`{k}`: {v}" for k, v in HOSTILE_KINDS.items()) + "), alternately to / and "
                  "/api/search. Ordinary clients' figures without and with them (paired runs, medians):", "",
                  "| records | ordinary clients | hostile clients | ordinary p95 without / with (ms) | ratio (per run) "
                  "| ordinary p50 without / with (ms) | ordinary req/s without / with | hostile requests/run, p50 / p95 (ms) "
                  "| errors (ordinary; hostile) |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for r in hostile:
            h = r["hostile"]
            hh = h["hostile"]
            lines.append(f"| {r['records']} | {h['clients']} | {h['hostile_clients']} | {h['ordinary_p95_without']} / "
                         f"{h['ordinary_p95_with']} | {h['ratio']} ({', '.join(map(str, h['ratio_per_run']))}) | "
                         f"{h['ordinary_p50_without']} / {h['ordinary_p50_with']} | {h['ordinary_rps_without']} / "
                         f"{h['ordinary_rps_with']} | {hh.get('requests')}, {hh.get('p50')} / {hh.get('p95')} | "
                         f"{fmt_errors(h['ordinary_with']['errors'])}; {fmt_errors(hh.get('errors', {}))} |")
        lines += ["", "Hostile requests by kind (median per run):", "",
                  "| records | kind | requests/run | p50 (ms) | p95 (ms) | max (ms) | redirected (all runs) | errors |",
                  "|---|---|---|---|---|---|---|---|"]
        for r in hostile:
            for k, s in r["hostile"]["hostile_kinds"].items():
                lines.append(f"| {r['records']} | {k} | {s['requests']} | {s['p50']} | {s['p95']} | {s['max']} | "
                             f"{s['redirected']} | {fmt_errors(s['errors'])} |")
    lines += ["", "Per request kind (median per run):", "",
              "| records | clients | kind | requests/run | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in report["results"]:
        for c, b in r["by_clients"].items():
            for k, s in b["kinds"].items():
                lines.append(f"| {r['records']} | {c} | {k} | {s['requests']} | {s['rps']} | {s['p50']} | {s['p95']} | "
                             f"{s['p99']} | {fmt_errors(s['errors'])} |")
    lines += ["", "Request mix (weight per 100 ordinary requests):", ""]
    lines += [f"- `{k}` ({w}): {what}" for k, (w, what) in MIX.items()]
    logged = [(r["records"], w, n) for r in report["results"] for w, n in r["app_errors_logged"].items()]
    if logged:
        lines += ["", "Errors the app logged (unhandled exceptions):", ""]
        lines += [f"- {rec} records: {n} × {w}" for rec, w, n in logged]
    lines += ["", "Reproduce: `.venv/bin/python bench/load.py " + report["command"] + "`"]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--clients", type=int, nargs="+", default=[32, 64])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, nargs="+", default=[0, 10_000],
                        help="index sizes: 0 = the bundled catalogue, N = N synthetic records")
    parser.add_argument("--hostile", type=int, default=0, metavar="K",
                        help="K hostile clients (about one hostile search a second each) beside the ordinary ones")
    parser.add_argument("--hostile-clients", type=int, default=None,
                        help="ordinary client count of the hostile runs (default: the first --clients)")
    parser.add_argument("--threads", type=int, default=8, help="waitress threads (as `kurskatalog serve`)")
    parser.add_argument("--timeout", type=float, default=30, help="client timeout per request (s)")
    parser.add_argument("--pause", type=float, default=2, help="pause between runs (s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker)
    if args.hostile and args.hostile_clients and args.hostile_clients not in args.clients:
        args.clients.append(args.hostile_clients)
    sys.path.insert(0, str(ROOT))
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                                    capture_output=True, text=True).stdout.strip())
        commit += "+uncommitted changes" if dirty else ""
    except OSError:
        commit = "?"
    results = []
    with tempfile.TemporaryDirectory(prefix="kurskatalog-load-") as workdir:
        for n in args.records:
            results.append(bench_size(n, args, workdir))
    command = " ".join(a for a in sys.argv[1:]) if argv is None else " ".join(argv)
    report = {"date": time.strftime("%Y-%m-%d %H:%M"), "commit": commit,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()},
              "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k != "worker"},
              "command": command, "mix": {k: {"weight": w, "what": what} for k, (w, what) in MIX.items()},
              "hostile_kinds": HOSTILE_KINDS, "results": results}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "load.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    md = markdown(report)
    (args.out / "load.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
