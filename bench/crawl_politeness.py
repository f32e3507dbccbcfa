"""Crawl wall time against the politeness bound, and what a re-crawl asks for (127.0.0.1 only).

    python bench/crawl_politeness.py [--runs 5] [--delay 0.3]

1. `--runs` first crawls of the fixture web (qa/fixtureweb, the configuration of
   tests/test_crawl.py), each into a fresh data dir, with a fixed delay and the default retries
   (two, after 1 s and 2 s). Per run: the wall time of `crawl()` against the politeness bound,
   the busiest host's requests × its gap between request starts (the delay, or its robots
   Crawl-delay when larger), both read off the server's request log; the median of the ratios.
   Every run is checked from the log too: each host's smallest gap between request starts
   against its gap, and requests robots.txt forbids (must be none).
2. A re-crawl of the unchanged fixture web into the last run's data dir: the share of its
   requests sent conditionally (If-None-Match / If-Modified-Since) and answered 304, over all
   requests and over the requests for URLs that answered 200 in the first crawl (robots.txt,
   404s, 5xx, redirects and pages sent without validators cannot be 304), and the URLs it
   requested more than once without a 5xx in between.
3. The same for a generated unchanged site (`write_site`: robots.txt, a sitemap, a listing of
   three pages, a news page, 20 course pages, one behind a redirect), crawled with a 0.05 s delay.

Writes bench/results/crawl.md and crawl.json. Uses only `crawler.crawl.crawl` (with a
`CrawlConfig` since issue 17; the copy of this script in an earlier checkout calls it as that
checkout has it) and `crawler.fetch.Fetcher`: `--before FILE LABEL` puts the figures of an
earlier crawl.json (e.g. the script run on a checkout of the commit before) beside these.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.crawl import crawl  # noqa: E402
from crawler.fetch import Fetcher  # noqa: E402
from crawler.store import Store  # noqa: E402
from qa.politeness import CONFIG, SITE_HOST, STARTS, Answer, RecordingWeb, write_site  # noqa: E402

RESULTS = ROOT / "bench" / "results"


# -- measuring ----------------------------------------------------------------------------

def politeness(web: RecordingWeb, fetcher: Fetcher, started: float, wall: float, report: dict) -> dict:
    """One crawl's wall time against its politeness bound, and the spacing it kept, from the log.
    The retry floor is the earliest the slowest retry chain could end, given when its first
    attempt was made (from `started`): that attempt plus the waits before each later one (backoff × 2^k)."""
    per_host = Counter(r.host for r in web.requests())
    gaps = {host: fetcher.crawl_delay(f"http://{host}/") for host in per_host}
    busiest = max(per_host, key=lambda h: (per_host[h] * gaps[h], h))
    bound = per_host[busiest] * gaps[busiest]
    spacing = {}
    for host in per_host:
        times = [r.time for r in web.requests(host)]
        if len(times) > 1:
            spacing[host] = round(min(b - a for a, b in zip(times, times[1:])) / gaps[host], 3)
    reported = {h: s.get("requests") for h, s in report["hosts"].items() if s.get("requests")}
    chains: dict[tuple, list[Answer]] = {}
    for a in web.answers:
        chains.setdefault((a.host, a.path), []).append(a)
    floor = max((c[0].time - started + sum(fetcher.s.backoff * 2 ** k for k in range(len(c) - 1))
                 for c in chains.values() if len(c) > 1 and all(a.status >= 500 for a in c[:-1])), default=0.0)
    return {"wall": round(wall, 3), "bound": round(bound, 3), "ratio": round(wall / bound, 3), "busiest": busiest,
            "retry_floor": round(floor, 3),
            "requests": sum(per_host.values()), "requests_per_host": dict(sorted(per_host.items())),
            "smallest_gap_over_required": min(spacing.values()), "disallowed_requests": len(web.disallowed_requests()),
            "report_requests_match_log": (reported == dict(per_host)) if reported else None}


def recrawl_share(answers: list[Answer], first: list[Answer]) -> dict:
    """Shares of a re-crawl's requests sent conditionally and answered 304."""
    ok_before = {(a.host, a.path) for a in first if a.status == 200}
    hits = [a for a in answers if a.conditional and a.status == 304]
    could = [a for a in answers if (a.host, a.path) in ok_before]
    repeated, failed = Counter(), set()
    for a in answers:
        if a.status >= 500:
            failed.add((a.host, a.path))
        elif (a.host, a.path) not in failed:
            repeated[(a.host, a.path)] += 1
    return {"requests": len(answers), "conditional": sum(a.conditional for a in answers),
            "conditional_304": len(hits), "share_304": round(len(hits) / len(answers), 3),
            "requests_for_urls_200_before": len(could),
            "share_304_of_those": round(sum(a.conditional and a.status == 304 for a in could) / max(1, len(could)), 3),
            "not_304": sorted(f"{a.host}{a.path} {a.status}" for a in answers if a not in hits),
            "requested_twice": sorted(f"{h}{p}" for (h, p), n in repeated.items() if n > 1)}


def fixture_runs(runs: int, delay: float) -> dict:
    out = {"runs": []}
    with RecordingWeb() as web, tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            web.clear()
            data_dir = Path(tmp) / f"run{n}"
            fetcher = Fetcher(resolve=web.resolve, delay=delay)
            started = time.monotonic()
            with Store.in_data_dir(data_dir) as store:
                report = crawl(STARTS, store, CONFIG, fetcher=fetcher)
            out["runs"].append(politeness(web, fetcher, started, time.monotonic() - started, report))
            fetcher.close()
        first = list(web.answers)
        web.clear()
        with Store.in_data_dir(data_dir) as store, Fetcher(resolve=web.resolve, delay=delay) as fetcher:
            crawl(STARTS, store, CONFIG, fetcher=fetcher)
        out["recrawl"] = recrawl_share(list(web.answers), first)
    out["median_ratio"] = statistics.median(r["ratio"] for r in out["runs"])
    return out


def site_recrawl(delay: float = 0.05) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        write_site(Path(tmp) / "sites")
        with RecordingWeb(Path(tmp) / "sites") as web:
            for _ in range(2):
                first = list(web.answers)
                web.clear()
                with Store.in_data_dir(Path(tmp) / "data") as store, \
                        Fetcher(resolve=web.resolve, delay=delay) as fetcher:
                    crawl([f"http://{SITE_HOST}/"], store, fetcher=fetcher)
            return recrawl_share(list(web.answers), first)


def summary(result: dict) -> dict:
    fx, site = result["fixture_web"], result["unchanged_site"]
    return {"median wall / bound": fx["median_ratio"], "wall / bound per run": [r["ratio"] for r in fx["runs"]],
            "fixture web re-crawl: conditional 304 / requests": f"{fx['recrawl']['conditional_304']} / "
                                                                f"{fx['recrawl']['requests']}",
            "generated site re-crawl: conditional 304 / requests": f"{site['conditional_304']} / {site['requests']}",
            "URLs requested twice in a re-crawl": fx["recrawl"]["requested_twice"] + site["requested_twice"]}


def markdown(result: dict) -> str:
    fx, site = result["fixture_web"], result["unchanged_site"]
    lines = ["# Crawl politeness and re-crawl cost", "",
             f"`python bench/crawl_politeness.py --runs {len(fx['runs'])} --delay {result['delay']}` "
             f"({result['date']}; the fixture web on 127.0.0.1; retries 2, backoff 1 s then 2 s).", "",
             "## Wall time against the politeness bound", "",
             "The bound is the busiest host's requests × its gap between request starts (the delay, or a larger "
             "robots Crawl-delay), read off the server's request log; spacing is each host's smallest gap between "
             "request starts over its required gap (server-side arrival times: a new connection makes a gap look "
             "shorter). The retry floor is the earliest the slowest retry chain could end, given when its first "
             "attempt was made: that attempt plus the backoff's waits (1 s, then 2 s).", "",
             "| run | wall s | bound s | wall / bound | retry floor s | busiest host | requests | "
             "smallest gap / required | disallowed requests | report's requests = log |", "|---|---|---|---|---|---|---|---|---|---|"]
    for n, r in enumerate(fx["runs"], 1):
        lines.append(f"| {n} | {r['wall']} | {r['bound']} | {r['ratio']} | {r.get('retry_floor')} | {r['busiest']} | "
                     f"{r['requests']} | "
                     f"{r['smallest_gap_over_required']} | {r['disallowed_requests']} | "
                     f"{'n/a' if r['report_requests_match_log'] is None else r['report_requests_match_log']} |")
    lines += ["", f"Median wall / bound: **{fx['median_ratio']}**.", "", "## Re-crawl of an unchanged web", "",
              "| web | requests | conditional | conditional and 304 | share 304 | share 304 of requests for URLs "
              "that answered 200 before | URLs requested twice |", "|---|---|---|---|---|---|---|"]
    for name, r in (("fixture web", fx["recrawl"]), ("generated site", site)):
        lines.append(f"| {name} | {r['requests']} | {r['conditional']} | {r['conditional_304']} | {r['share_304']} | "
                     f"{r['share_304_of_those']} ({r['requests_for_urls_200_before']} requests) | "
                     f"{', '.join(r['requested_twice']) or 'none'} |")
    lines += ["", "Requests of the fixture web's re-crawl that were not a conditional 304: "
              + ", ".join(fx["recrawl"]["not_304"]) + ".", "",
              "Requests of the generated site's re-crawl that were not a conditional 304: "
              + ", ".join(site["not_304"]) + ".", ""]
    if result.get("before"):
        lines += ["## Before and after", "", f"| | {result['before']['label']} | this run |", "|---|---|---|"]
        now = summary(result)
        for key, value in result["before"]["summary"].items():
            lines.append(f"| {key} | {_cell(value)} | {_cell(now[key])} |")
        lines.append("")
    return "\n".join(lines)


def _cell(value) -> str:
    return ", ".join(map(str, value)) or "none" if isinstance(value, list) else str(value)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--delay", type=float, default=0.3)
    parser.add_argument("--out", default=str(RESULTS), help="directory for crawl.md and crawl.json")
    parser.add_argument("--before", nargs=2, metavar=("FILE", "LABEL"), help="an earlier crawl.json to compare with")
    args = parser.parse_args(argv)
    result = {"date": time.strftime("%Y-%m-%d"), "delay": args.delay,
              "fixture_web": fixture_runs(args.runs, args.delay), "unchanged_site": site_recrawl()}
    result["summary"] = summary(result)
    if args.before:
        earlier = json.loads(Path(args.before[0]).read_text("utf-8"))
        result["before"] = {"label": args.before[1], "summary": earlier.get("summary") or summary(earlier)}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "crawl.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", "utf-8")
    (out / "crawl.md").write_text(markdown(result), "utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
