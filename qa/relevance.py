"""The relevance measure of the search on the hand-judged query sets (the figures only).

The query sets are `bench/relevance/*.json` (what each is: bench/relevance/evaluate.py, which
prints and writes the figures; tests/test_relevance.py asserts floors on them). Systems:
`ours` (Kurskatalog's search over an index of the seed rows), `whoosh_plain` (Whoosh's
StemmingAnalyzer, an OR query on title^3, description and provider) and `fts5` (SQLite FTS5,
unicode61, bm25 with title weight 3). Metrics: nDCG@10 (gain 2^rel - 1, log2 discount),
recall@10 and capped recall@10 (hits / min(10, relevant), BEIR's R_cap@10).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import tempfile
from pathlib import Path

from whoosh import fields, qparser
from whoosh.analysis import StemmingAnalyzer
from whoosh.filedb.filestore import RamStorage

from domain.record import STATUSES
from index import SearchRequest, open_catalogue
from service import config
from service.jobs import rebuild

ROOT = Path(__file__).resolve().parents[1]

SETS_DIR = ROOT / "bench" / "relevance"     # the judged query sets are the benchmark's data
QUERIES = SETS_DIR / "queries.json"
K = 10
DEV = SETS_DIR / "dev.json"
HELDOUT_B = SETS_DIR / "heldout_b.json"
HELDOUT_C = SETS_DIR / "heldout_c.json"
HELDOUT_D = SETS_DIR / "heldout_d.json"
HELDOUT_E = SETS_DIR / "heldout_e.json"
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
