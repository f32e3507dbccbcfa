"""Synthetic catalogue records whose fields and text follow the real ones (the normalised seed).

Each synthetic record takes its facet values from one real record and its text
from words of several real records, so vocabulary, text length and facet
distributions stay realistic at 10,000 and 100,000 records.
"""

from __future__ import annotations

import copy
import random

from domain.seed import read_seed, seed_records
from service import config


def real_records() -> list[dict]:
    return seed_records(read_seed(config.seed_path()))


def synthetic(n: int, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    base = real_records()
    title_words = [w for r in base for w in r["title"].split()]
    desc_words = [w for r in base for w in (r["description"] or r["title"]).split()]
    out = []
    for i in range(n):
        r = copy.deepcopy(rng.choice(base))
        r["id"] = f"syn-{i}"
        r["title"] = " ".join(rng.choice(title_words) for _ in range(rng.randint(2, 7)))
        r["description"] = " ".join(rng.choice(desc_words) for _ in range(rng.randint(15, 80)))
        r["topics"] = sorted(set(r.get("topics") or []) | ({rng.choice(["ledelse", "okonomi", "endring",
                                                                             "juss", "kvalitet"])}
                                                           if rng.random() < 0.3 else set()))
        r["status"] = rng.choices(["active", "stale", "gone"], [0.85, 0.1, 0.05])[0]
        out.append(r)
    return out
