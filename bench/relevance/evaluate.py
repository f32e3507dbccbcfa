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
bench/results/relevance.json and relevance.md.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from whoosh import fields, qparser  # noqa: E402
from whoosh.analysis import StemmingAnalyzer  # noqa: E402
from whoosh.filedb.filestore import RamStorage  # noqa: E402

from domain.seed import read_seed, seed_records  # noqa: E402
from domain.record import STATUSES  # noqa: E402
from index import SearchRequest, open_catalogue  # noqa: E402
from service import config  # noqa: E402
from service.jobs import rebuild  # noqa: E402

QUERIES = Path(__file__).with_name("queries.json")
RESULTS = ROOT / "bench" / "results"
K = 10


DEV = Path(__file__).with_name("dev.json")
HELDOUT_B = Path(__file__).with_name("heldout_b.json")
HELDOUT_C = Path(__file__).with_name("heldout_c.json")
HELDOUT_D = Path(__file__).with_name("heldout_d.json")
HELDOUT_E = Path(__file__).with_name("heldout_e.json")
SETS = {"tuning": QUERIES, "dev": DEV, "heldout_b": HELDOUT_B, "heldout_c": HELDOUT_C, "heldout_d": HELDOUT_D,
        "heldout_e": HELDOUT_E}


def load_queries(path: Path = QUERIES) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["queries"]


def ndcg(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** relevant.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    wanted = {d for d, r in relevant.items() if r > 0}
    return len(wanted & set(ranked[:k])) / len(wanted) if wanted else 0.0


def capped_recall(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    """Recall@k out of what k results can hold: hits / min(k, relevant) (BEIR's R_cap@k).
    Plain recall@10 cannot reach 1 for a query with more than ten relevant offers."""
    wanted = {d for d, r in relevant.items() if r > 0}
    return len(wanted & set(ranked[:k])) / min(k, len(wanted)) if wanted else 0.0


def recall_ceiling(queries, k: int = K) -> float:
    """The best plain recall@k any ranking can reach on the query set."""
    sizes = [sum(1 for r in q["relevant"].values() if r > 0) for q in queries]
    return round(sum(min(k, n) / n for n in sizes if n) / len(sizes), 3)


def ours(records=None):
    """The project's search over an index built by service.jobs.rebuild (the seed's records)."""
    data_dir = tempfile.mkdtemp(prefix="relevance-")
    rebuild(data_dir, seed=config.seed_path(), current="-")     # the judged records: the seed rows only
    catalogue = open_catalogue(data_dir)
    every_status = {"status": list(STATUSES)}                   # the 2014 rows are "historical"

    def run(q: str) -> list[str]:
        return [offer.id for offer in catalogue.search(SearchRequest(q=q, per_page=K, filters=every_status)).hits]
    return run


def _words(q: str) -> list[str]:
    """The query's words, lowercased so none is read as an operator (AND, OR, NOT); no syntax left."""
    return re.findall(r"\w+", q.lower())


def whoosh_plain(records):
    schema = fields.Schema(id=fields.ID(stored=True), title=fields.TEXT(analyzer=StemmingAnalyzer(), field_boost=3.0),
                           description=fields.TEXT(analyzer=StemmingAnalyzer()),
                           provider=fields.TEXT(analyzer=StemmingAnalyzer()))
    ix = RamStorage().create_index(schema)
    w = ix.writer()
    for r in records:
        w.add_document(id=r["id"], title=r["title"], description=r.get("description") or "",
                       provider=" ".join(x for x in (r.get("provider_name"), r.get("provider")) if x))
    w.commit()
    parser = qparser.MultifieldParser(["title", "description", "provider"], ix.schema, group=qparser.OrGroup)

    def run(q: str) -> list[str]:
        words = _words(q)
        if not words:
            return []
        with ix.searcher() as s:
            return [hit["id"] for hit in s.search(parser.parse(" ".join(words)), limit=K)]
    return run


def fts5(records):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, description, provider, "
               "tokenize='unicode61 remove_diacritics 0')")
    db.executemany("INSERT INTO fts VALUES (?,?,?,?)",
                   [(r["id"], r["title"], r.get("description") or "",
                     " ".join(x for x in (r.get("provider_name"), r.get("provider")) if x)) for r in records])

    def run(q: str) -> list[str]:
        words = _words(q)
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        rows = db.execute("SELECT id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 0, 3.0, 1.0, 1.0) LIMIT ?",
                          (match, K)).fetchall()
        return [r[0] for r in rows]
    return run


def evaluate(run, queries) -> dict:
    per = []
    for item in queries:
        ranked = run(item["q"])
        per.append({"q": item["q"], "ndcg": round(ndcg(ranked, item["relevant"]), 3),
                    "recall": round(recall(ranked, item["relevant"]), 3),
                    "recall_capped": round(capped_recall(ranked, item["relevant"]), 3), "top": ranked})
    return {"ndcg@10": round(sum(p["ndcg"] for p in per) / len(per), 3),
            "recall@10": round(sum(p["recall"] for p in per) / len(per), 3),
            "capped_recall@10": round(sum(p["recall_capped"] for p in per) / len(per), 3), "per_query": per}


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
