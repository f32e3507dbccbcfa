"""Typo correction from the catalogue's own words (a generation's vocab.tsv) and the
words the analysis knows (index.analysis.lexicon).

Used two ways by the search: a typed word that no offer has is searched as its nearest
known word ("kvalitetsforbedrnig" → "kvalitetsforbedring"; `may_be_typo`, `corrected`, used
by `index.engine.ranking`), and a query that finds little gets a "Mente du ...?" suggestion
(`suggest`).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import OrderedDict

import numpy as np
from whoosh.spelling import ListCorrector

from index.engine.query import QueryPlan, clean, word as query_word

MAX_CORRECTIONS = 3    # typo corrections tried per query (each costs up to ~0.1 s)
MIN_LENGTH = 4   # shorter words are not corrected (too many neighbours)
# Longer words are not corrected either: no catalogue or lexicon word is longer than 24
# letters, and the Levenshtein automaton of a 500-letter "word" costs a third of a second of
# CPU, which one client could send over and over (issue 14). 30 leaves room for typos.
MAX_LENGTH = 30
CACHE = 4096     # corrections remembered per speller (one speller per index generation)
MAX_SPLITS = 2   # compound splits tried for a typo in the head
LINKS = "se"     # Norwegian linking letters between the parts of a compound


def max_distance(word: str) -> int:
    """Edits allowed (a swap of two neighbours counts one): 1 below 10 letters, 2 below 15,
    3 for longer words (where the automaton reaches: 2 plain edits above 16 letters)."""
    return 1 if len(word) < 10 else 2 if len(word) < 15 else 3


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    two neighbouring letters ("ledlese" → "ledelse" is one edit)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class _Corrector(ListCorrector):
    """Whoosh's ListCorrector with its list skipper fixed: whoosh-reloaded 2.7.5 steps past
    the list's first word before looking, so the alphabetically first word is never
    suggested. The skipper answers the smallest word >= w, as the automaton expects."""

    class Skipper:
        def __init__(self, data):
            self.data = data

        def __call__(self, w):
            pos = bisect_left(self.data, w)
            return self.data[pos] if pos < len(self.data) else None


def fold(word: str) -> str:
    """A word as typed on a keyboard without æ, ø and å: "økonomi" and "oekonomi" → "okonomi", "ålesund" and
    "aalesund" → "alesund", "kjærlighet" → "kjarlighet". Both the typed word and the known words are folded."""
    low = word.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return low.replace("aa", "a").replace("ae", "a").replace("oe", "o")


class Speller:
    def __init__(self, vocabulary: list[str]):
        words = sorted(vocabulary)
        self.known = frozenset(words)
        # the known words with æ, ø or å by their folded form (the first, in sorted order, when two fold alike)
        self._folded: dict[str, str] = {}
        for w in words:
            if any(ch in w for ch in "æøå"):
                self._folded.setdefault(fold(w), w)
        self._corrector = _Corrector(words) if words else None
        self._cache: OrderedDict[str, str | None] = OrderedDict()
        self._lock = threading.Lock()

    def unknown(self, word: str) -> bool:
        """A plain word of MIN_LENGTH to MAX_LENGTH letters that the speller does not know:
        one `correct` would try."""
        low = word.lower()
        return (self._corrector is not None and low not in self.known and MIN_LENGTH <= len(low) <= MAX_LENGTH
                and low.isalpha())

    def correct(self, word: str) -> str | None:
        """The nearest known word to an unknown `word`, or None (known, short, long, not a
        plain word, or nothing near enough). Answers are remembered (`CACHE` words)."""
        if not self.unknown(word):
            return None
        low = word.lower()
        with self._lock:
            if low in self._cache:
                self._cache.move_to_end(low)
                return self._cache[low]
        fixed = self._refold(low) or self._nearest(low) or self._compound(low)
        with self._lock:
            self._cache[low] = fixed
            while len(self._cache) > CACHE:
                self._cache.popitem(last=False)
        return fixed

    def _refold(self, low: str) -> str | None:
        """The known word written with æ, ø or å that `low` is typed without ("okonomi" → "økonomi", "tromso" →
        "tromsø", not the nearer-looking "troms"), or a compound of a known part and such a word, in either order
        ("okonomistyring" → "økonomistyring" when only "økonomi" and "styring" are known); else None. A compound
        of known words as typed is no such word."""
        whole = self._folded.get(fold(low))
        if whole:
            return whole
        splits = [(low[:i], link, low[i + len(link):]) for i in range(len(low) - MIN_LENGTH, MIN_LENGTH - 1, -1)
                  for link in (("", low[i]) if low[i] in LINKS else ("",)) if len(low) - i - len(link) >= MIN_LENGTH]
        if any(head in self.known and rest in self.known for head, _, rest in splits):
            return None
        for head, link, rest in splits:
            head = head if head in self.known else self._folded.get(fold(head))
            rest = rest if rest in self.known else self._folded.get(fold(rest))
            if head and rest:
                return head + link + rest
        return None

    def _compound(self, low: str) -> str | None:
        """A compound whose head has the typo ("medarbeidersamtaller"): a known first part of
        4+ letters, then the nearest word to the rest ("samtaler")."""
        heads = [i for i in range(len(low) - MIN_LENGTH, MIN_LENGTH - 1, -1) if low[:i] in self.known]
        for i in heads:
            link = low[i] if low[i] in LINKS and low[i + 1:] else ""   # the linking -s- or -e-
            if low[i:] in self.known or low[i + len(link):] in self.known:
                return None            # a compound of known words ("forvaltning|s|rett"): no typo
        tries = [(i, "") for i in heads] + [(i, low[i]) for i in heads if low[i] in LINKS]
        for i, link in tries[:MAX_SPLITS]:   # longest known heads first, then with a link
            rest = low[i + len(link):]
            fixed = self._nearest(rest) if len(rest) >= MIN_LENGTH else None
            if fixed:
                return low[:i] + link + fixed
        return None

    def _nearest(self, low: str) -> str | None:
        if low in self.known:
            return None
        allowed = max_distance(low)
        # candidates by plain Levenshtein (a swap costs 2 there), then the true distance;
        # prefix=1: the first letter is kept (typos seldom hit it; "demens" is not "mens")
        # (an automaton of distance 3 over a long word is slow to build: 2 above 16 letters)
        reach = min(allowed * 2, 3 if len(low) <= 16 else 2)
        candidates = self._corrector.suggest(low, limit=20, maxdist=reach, prefix=1)
        scored = sorted((edit_distance(low, c), i, c) for i, c in enumerate(candidates) if c != low)
        return scored[0][2] if scored and scored[0][0] <= allowed else None


def may_be_typo(gen, plan: QueryPlan, word, degree: np.ndarray) -> bool:
    """A word typed outside quotes that no offer has as a whole and that neither the
    catalogue nor the analysis knows ("kvalitetsforbedrnig", "medarbeidersamtaller")."""
    return (word.text.lower() in plan.typed and gen.speller().unknown(word.text)
            and not (degree >= 1.0).any())


def corrected(gen, word):
    """The query word re-read as its nearest catalogue word, or None."""
    fixed = gen.speller().correct(word.text)
    item = query_word(fixed) if fixed else None
    if item is not None:
        item.group = word.group
    return item


def suggest(gen, plan: QueryPlan) -> str | None:
    """"Mente du ...?": each unknown word replaced by its nearest catalogue word."""
    speller = gen.speller()
    changed, words, tries = False, [], 0
    for w in clean(plan.text)[0].split():
        fixed = None
        if tries < MAX_CORRECTIONS and speller.unknown(w):
            tries += 1
            fixed = speller.correct(w)
        words.append(fixed or w)
        changed = changed or fixed is not None
    return " ".join(words) if changed else None
