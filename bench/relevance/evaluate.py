"""Relevance of the catalogue's search against two baselines, on the same seed records.

    python bench/relevance/evaluate.py [--verbose] [--heldout-detail]

Query sets, each judged by hand against all 73 seed offers:
- bench/relevance/queries.json (57 queries): the search was tuned on them.
- bench/relevance/dev.json (60 queries): written by blind assessors who never ran the search
  (20, first measured blind at nDCG@10 0.603, then 40 more); used for development since.
- bench/relevance/heldout_b.json and heldout_c.json (40 queries each): written by blind
  assessors; measured blind after the first round of changes (B 0.671, C 0.559), then used
  for the second round; B was judged again by a second assessor (second/heldout_b.json).
- bench/relevance/heldout_d.json (40 queries): written by a blind assessor whose report said
  nothing about its content; measured blind after the second round (0.650), then used for
  the third.
- bench/relevance/heldout_e.json (40 queries): written last, the same way; measured once,
  after the third round.
For B to E only the averages are printed (--heldout-detail prints their queries).

Systems: (1) Kurskatalog's search (index/analysis/ and index/engine/); (2) Whoosh with
its plain StemmingAnalyzer (English Porter stemmer) on title^3, description and provider,
an OR query; (3) SQLite FTS5 with the unicode61 tokenizer, the words OR'ed, bm25 with
title weight 3. Metrics over bench/relevance/queries.json: nDCG@10 (gain 2^rel - 1,
log2 discount), recall@10 (share of relevant offers in the top 10; a query with more than
ten relevant offers cannot reach 1, the table shows the best possible) and capped recall@10
(hits / min(10, relevant), BEIR's R_cap@10). Writes
bench/results/relevance.json and relevance.md. The measure itself (systems, metrics) is
qa/relevance.py, which tests/test_relevance.py uses too.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from domain.seed import read_seed, seed_records  # noqa: E402
from service import config  # noqa: E402
from qa.relevance import SETS, evaluate, fts5, load_queries, ours, recall_ceiling, whoosh_plain  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def table(results: dict, ceiling: float) -> list[str]:
    lines = ["| system | nDCG@10 | recall@10 | capped recall@10 |", "|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['ndcg@10']} | {r['recall@10']} | {r['capped_recall@10']} |")
    lines.append(f"| (best possible) | 1.0 | {ceiling} | 1.0 |")
    return lines


def main() -> None:
    """Every query set against the three systems."""
    verbose = "--verbose" in sys.argv
    heldout_detail = "--heldout-detail" in sys.argv
    records = seed_records(read_seed(config.seed_path()))
    systems = {"kurskatalog": ours(records), "whoosh_stemming": whoosh_plain(records), "sqlite_fts5": fts5(records)}
    out, md = {"date": time.strftime("%Y-%m-%d"), "records": len(records), "sets": {}}, []
    for name, path in SETS.items():
        queries = load_queries(path)
        results = {system: evaluate(run, queries) for system, run in systems.items()}
        ceiling = recall_ceiling(queries)
        lines = table(results, ceiling)
        title = f"{name}: {len(queries)} queries ({path.name}), {len(records)} offers"
        print(title + "\n" + "\n".join(lines) + "\n")
        md += [f"### {title}", "", *lines, ""]
        out["sets"][name] = {"queries": len(queries), "recall@10_ceiling": ceiling, "results": results}
        if verbose and (name in ("tuning", "dev") or heldout_detail):
            print(f"{'query':<45}" + "".join(f"{n[:11]:>20}" for n in results) + "   (nDCG@10 / recall@10)")
            for i, item in enumerate(queries):
                print(f"{item['q']:<45}" + "".join(
                    f"{results[n]['per_query'][i]['ndcg']:>12.2f} / {results[n]['per_query'][i]['recall']:.2f}"
                    for n in results))
            print()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "relevance.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
    (RESULTS / "relevance.md").write_text("\n".join(md))


if __name__ == "__main__":
    main()
