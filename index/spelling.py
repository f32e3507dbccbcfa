"""Typo correction from the catalogue's own words (a generation's vocab.tsv).

Used two ways by `index.search`: a query word that finds nothing at all is searched as
its nearest catalogue word ("digitaliserng" → "digitalisering"), and a query that finds
little gets a "Mente du ...?" suggestion.
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh.spelling import ListCorrector

MIN_LENGTH = 4   # shorter words are not corrected (too many neighbours)


def max_distance(word: str) -> int:
    """Edits allowed: 1 below 6 letters, 2 below 10, 3 for longer words."""
    return 1 if len(word) < 6 else 2 if len(word) < 10 else 3


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


class Speller:
    def __init__(self, vocabulary: list[str]):
        self.known = frozenset(vocabulary)
        self._corrector = _Corrector(sorted(vocabulary)) if vocabulary else None

    def correct(self, word: str) -> str | None:
        """The nearest catalogue word to an unknown `word`, or None (known, short, not a
        plain word, or nothing near enough)."""
        low = word.lower()
        if self._corrector is None or low in self.known or len(low) < MIN_LENGTH or not low.isalpha():
            return None
        best = self._corrector.suggest(low, limit=1, maxdist=max_distance(low))
        return best[0] if best and best[0] != low else None
