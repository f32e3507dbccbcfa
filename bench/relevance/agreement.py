"""How far two human assessors agree, as a ceiling for the search's figures.

    python bench/relevance/agreement.py

Two query sets were judged twice, independently and blind to each other and to the search:
the held-out set B (bench/relevance/heldout_b.json against second/heldout_b.json) and the first
20 queries of the dev set (dev.json against second/dev_part1.json). For each pair: the
nDCG@10 and capped recall@10 of a ranking made from one assessor's grades (ties in random
order, mean of 200 shuffles) scored by the other's, both ways; the mean Jaccard overlap of
the relevant sets; and the project's search scored by the second assessor. Writes
bench/results/agreement.md.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from qa.relevance import DEV, HELDOUT_B, capped_recall, evaluate, load_queries, ndcg, ours  # noqa: E402
from domain.seed import read_seed, seed_records  # noqa: E402
from service import config  # noqa: E402

SHUFFLES = 200
PAIRS = (("held-out B (40)", HELDOUT_B, HERE / "second" / "heldout_b.json"),
         ("dev, first 20", DEV, HERE / "second" / "dev_part1.json"))


def by_grades(grades: dict, ids: list[str], rnd: random.Random) -> list[str]:
    order = ids[:]
    rnd.shuffle(order)
    return sorted(order, key=lambda d: -grades.get(d, 0))


def cross(rankers: list[dict], judges: list[dict], ids: list[str]) -> tuple[float, float]:
    rnd = random.Random(1)
    nd, rc = [], []
    for r, j in zip(rankers, judges):
        assert r["q"] == j["q"]
        runs = [by_grades(r["relevant"], ids, rnd) for _ in range(SHUFFLES)]
        nd.append(sum(ndcg(x, j["relevant"]) for x in runs) / SHUFFLES)
        rc.append(sum(capped_recall(x, j["relevant"]) for x in runs) / SHUFFLES)
    return round(sum(nd) / len(nd), 3), round(sum(rc) / len(rc), 3)


def main() -> None:
    ids = [r["id"] for r in seed_records(read_seed(config.seed_path()))]
    search = ours()
    lines = ["| set | A ranks, B judges (nDCG@10 / capped R@10) | B ranks, A judges | Jaccard of relevant sets "
             "| search judged by A | search judged by B |", "|---|---|---|---|---|---|"]
    for name, first_path, second_path in PAIRS:
        second = load_queries(second_path)
        first = load_queries(first_path)[:len(second)]
        ab, ba = cross(first, second, ids), cross(second, first, ids)
        jac = []
        for a, b in zip(first, second):
            sa = {d for d, g in a["relevant"].items() if g}
            sb = {d for d, g in b["relevant"].items() if g}
            jac.append(len(sa & sb) / len(sa | sb))
        by_a, by_b = evaluate(search, first), evaluate(search, second)
        lines.append(f"| {name} | {ab[0]} / {ab[1]} | {ba[0]} / {ba[1]} | {sum(jac) / len(jac):.2f} "
                     f"| {by_a['ndcg@10']} / {by_a['capped_recall@10']} | {by_b['ndcg@10']} / {by_b['capped_recall@10']} |")
    print("\n".join(lines))
    (ROOT / "bench" / "results" / "agreement.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
