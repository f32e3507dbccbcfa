#!/usr/bin/env python3
"""Build index/analysis/data/words_nb.txt: frequent simple words of the corpus, as compound parts.

Corpus: catalogue_seed.csv (titles and descriptions) and, when present, the seed
documents in ../shared/seeds/*.txt. A word is kept when it occurs at least
MIN_COUNT times, has at least 4 letters, and is not itself a compound of two
other kept words (so "helseledelse" does not become a part).
Usage: python scripts/build_wordlist.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MIN_COUNT = 3
WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def corpus() -> str:
    parts = []
    with open(ROOT / "catalogue_seed.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            parts += [row["title"], row["description"]]
    seeds = ROOT.parent / "shared" / "seeds"
    for path in sorted(seeds.glob("*.txt")) if seeds.exists() else []:
        parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts).lower()


def main() -> None:
    counts = Counter(WORD.findall(corpus()))
    frequent = {w for w, n in counts.items() if n >= MIN_COUNT}
    simple = []
    for w in sorted(frequent):
        # drop words that are two other frequent words glued (with -s-/-e- or none)
        glued = any(w[:i] in frequent and (w[i:] in frequent or (w[i] in "se" and w[i + 1:] in frequent))
                    for i in range(4, len(w) - 3))
        if not glued:
            simple.append(w)
    out = ROOT / "index" / "analysis" / "data" / "words_nb.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Frequent simple words of the seed corpus (catalogue_seed.csv and ../shared/seeds),\n")
        fh.write("# made by scripts/build_wordlist.py; used as compound parts by index/analysis/compounds.py.\n")
        for w in simple:
            fh.write(w + "\n")
    print(f"{len(simple)} words → {out}")


if __name__ == "__main__":
    main()
