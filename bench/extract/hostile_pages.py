"""Whole-page extraction of hostile pages: seconds for `crawler.extract.extract` on pages whose
paragraph, title, fact-box values or sub-heading hold a 10 kB input built to make patterns
backtrack, median of three runs each; the slowest cases are listed.

    python bench/extract/hostile_pages.py

Writes bench/results/hostile_pages.md. A crawl reads untrusted pages, so no page may hold the
extractor for long; the tests assert only what such inputs give.
"""

from __future__ import annotations

import statistics
import sys
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crawler.extract import extract  # noqa: E402

INPUTS = {
    "capitals": "A" * 10000, "lower case": "a" * 10000, "digits, ',-', capitals": "1" * 5000 + ",- " + "A" * 5000,
    "short words": "Aa " * 3300, "full stops": ". " * 5000, "hyphens": "-" * 10000, "numbers": "1 " * 5000,
    "towns": "Oslo og Bergen, " * 600, "'kurs-' repeated": "kurs-" * 2000, "colons": "a: " * 3300,
    "dots": "." * 10000, "credits repeated": "30 studiepoeng " * 700, "commas": ", " * 5000,
    "short sentences": "Studiet . " * 1000, "parentheses": "(" * 5000,
    "headings with credits": "Master i ledelse (120 studiepoeng) " * 300,
    "dotted digits": "1.1" * 3333,
}


def pages(text: str):
    e = escape(text)
    yield "paragraph", (f"<html><head><title>Videreutdanning i ledelse</title></head><body>"
                        f"<h1>Videreutdanning i ledelse</h1><p>30 studiepoeng</p><p>{e}</p></body></html>")
    yield "title", f"<html><head><title>{e}</title></head><body><h1>{e}</h1><p>30 studiepoeng</p></body></html>"
    yield "fact box", (f"<html><body><h1>Kurs i ledelse</h1><dl><dt>Studiested</dt><dd>{e}</dd><dt>Pris</dt>"
                       f"<dd>{e}</dd><dt>Opptakskrav</dt><dd>{e}</dd></dl></body></html>")
    yield "sub-heading", f"<html><body><h1>Kurs i ledelse</h1><h2>{e}</h2><p>Kurset gir 30 studiepoeng.</p></body></html>"


def main() -> None:
    rows = []
    for name, text in INPUTS.items():
        for where, html in pages(text):
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                extract(html, "https://www.example.no/kurs/ledelse")
                runs.append(time.perf_counter() - start)
            rows.append((statistics.median(runs), name, where))
    rows.sort(reverse=True)
    lines = [f"Whole-page extraction of {len(rows)} hostile pages (10 kB inputs; median of 3 runs, seconds).", "",
             f"Slowest page: {rows[0][0]:.3f} s; median over all pages: {statistics.median(r[0] for r in rows):.3f} s.",
             "", "| input | where | median |", "|---|---|---|"]
    lines += [f"| {name} | {where} | {median:.3f} |" for median, name, where in rows[:10]]
    out = ROOT / "bench" / "results" / "hostile_pages.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
