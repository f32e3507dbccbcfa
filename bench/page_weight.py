"""Page weight: the bytes of the site's main pages, uncompressed and as sent compressed.

    python bench/page_weight.py [--before PATH] [--json]

Builds the bundled catalogue (`service.jobs.rebuild`) in a temporary data dir and asks the
app (`webapp.create_app`, through Flask's test client: nothing leaves the process) for
/, /?q=ledelse, /kurs/<id> (the offer with the smallest id) and /dekning, and for what every page
loads besides (style.css, app.js) and the municipality list a "Din kommune" field fetches on
focus (/api/kommuner). For each it counts the body bytes sent to a client that names no
encoding ("raw"), to one that accepts only gzip ("gzip") and to one that sends what Chromium
sends, "gzip, deflate, br, zstd" ("browser"; the encoding chosen is shown).

`--before PATH` measures the same in another checkout of the project (say, the commit before
issue 15's site fixes: `git archive ae55e76 | tar -x -C /tmp/before`) in a child process with
that checkout first on the path, and puts both side by side. Without it the figures of that
commit recorded in BEFORE below are used.

Writes bench/results/page_weight.md and page_weight.json. `--json` (used for --before) only
prints the figures of the tree it runs in.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
BROWSER = "gzip, deflate, br, zstd"
PAGES = ("/", "/?q=ledelse", "/kurs/<id>", "/dekning")
ASSETS = ("/static/style.css", "/static/app.js", "/api/kommuner")

# Measured with `--before` on commit ae55e76 (the bundled catalogue, 125 offers): nothing was
# compressed, every page carried the 357-option municipality datalist (14.8 KB) and results
# pages the full county outlines (143 KB of SVG).
BEFORE = {
    "commit": "commit ae55e76",
    "rows": {
        "/": {"raw": 55176, "gzip": 55176, "browser": 55176, "encoding": None},
        "/?q=ledelse": {"raw": 225074, "gzip": 225074, "browser": 225074, "encoding": None},
        "/kurs/<id>": {"raw": 20731, "gzip": 20731, "browser": 20731, "encoding": None},
        "/dekning": {"raw": 234819, "gzip": 234819, "browser": 234819, "encoding": None},
        "/static/style.css": {"raw": 14877, "gzip": 14877, "browser": 14877, "encoding": None},
        "/static/app.js": {"raw": 775, "gzip": 775, "browser": 775, "encoding": None},
        "/api/kommuner": {"raw": 36639, "gzip": 36639, "browser": 36639, "encoding": None},
    },
}


def measure() -> dict:
    """The figures for the project on sys.path (this checkout, or --before's in a child)."""
    from service.jobs import rebuild
    from webapp import create_app

    with tempfile.TemporaryDirectory(prefix="kurskatalog-weight-") as data_dir:
        rebuild(data_dir)
        app = create_app({"DATA_DIR": data_dir})
        client = app.test_client()
        first_id = min(r["id"] for r in app.extensions["catalogue"].all_records())
        rows = {}
        for path in PAGES + ASSETS:
            url = path.replace("<id>", first_id)
            row = {}
            for name, accept in (("raw", None), ("gzip", "gzip"), ("browser", BROWSER)):
                resp = client.get(url, headers={"Accept-Encoding": accept} if accept else {})
                if resp.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {resp.status_code}")
                row[name] = len(resp.get_data())
                if name == "browser":
                    row["encoding"] = resp.headers.get("Content-Encoding")
            rows[path] = row
        return {"rows": rows, "records": len(app.extensions["catalogue"].all_records())}


def measure_tree(tree: Path) -> dict:
    """Run this script with --json in another checkout (its own code first on the path)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--json"], cwd=tree, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def kb(n: int) -> str:
    return f"{n / 1000:.1f} KB"


def report(after: dict, before: dict) -> str:
    lines = [
        "# Page weight",
        "",
        f"Bytes of the body as sent, bundled catalogue ({after['records']} records), through the test client "
        "(`python bench/page_weight.py`). *raw*: a client that names no encoding; *gzip*: one that accepts "
        f"only gzip; *browser*: Chromium's `Accept-Encoding: {BROWSER}` (encoding chosen in brackets). "
        f"*Before*: {before.get('commit', '?')}, which compressed nothing.",
        "",
        "| what | before (sent) | after, raw | after, gzip | after, browser |",
        "|---|---:|---:|---:|---:|",
    ]
    for path in PAGES + ASSETS:
        b, a = before["rows"].get(path), after["rows"][path]
        lines.append(f"| `{path}` | {kb(b['browser']) if b else '–'} | {kb(a['raw'])} | {kb(a['gzip'])} | "
                     f"{kb(a['browser'])} ({a['encoding'] or 'none'}) |")
    first = [p for p in PAGES if p in before["rows"]]
    then = sum(before["rows"][p]["browser"] for p in first)
    now = sum(after["rows"][p]["browser"] for p in first)
    lines += [
        "",
        f"The four pages together: {kb(then)} sent before, {kb(now)} now "
        f"({kb(sum(after['rows'][p]['raw'] for p in first))} uncompressed). style.css and app.js are "
        "loaded once and then revalidated (ETag); /api/kommuner (the municipality list) is fetched "
        "only when a \"Din kommune\" field gets focus, and kept by the browser for a day.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="another checkout to measure beside this one")
    parser.add_argument("--before-label", default=None, help="what to call it in the report (default: its path)")
    parser.add_argument("--json", action="store_true", help="print this tree's figures as JSON and stop")
    args = parser.parse_args(argv)
    if args.json:
        sys.path.insert(0, os.getcwd())
        print(json.dumps(measure()))
        return 0
    sys.path.insert(0, str(ROOT))
    after = measure()
    before = measure_tree(args.before) if args.before else BEFORE
    if args.before:
        before["commit"] = args.before_label or str(args.before)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "page_weight.json").write_text(json.dumps({"after": after, "before": before}, indent=2) + "\n",
                                              encoding="utf-8")
    text = report(after, before)
    (RESULTS / "page_weight.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
