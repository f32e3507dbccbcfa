"""Norwegian text analysis (minimal version: tokenise, lower-case, Snowball stem)."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer

_STEMMER = snowballstemmer.stemmer("norwegian")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


class NorwegianStemFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = _stem(t.text)
            yield t


def norwegian_analyzer():
    return RegexTokenizer(r"\w+(\.?\w+)*") | LowercaseFilter() | NorwegianStemFilter()


def analyze(text: str) -> list[str]:
    return [t.text for t in norwegian_analyzer()(text)]
