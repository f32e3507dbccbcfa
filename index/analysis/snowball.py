"""The Norwegian Snowball stemmer, one per thread."""

from __future__ import annotations

import threading
from functools import lru_cache

import snowballstemmer

# A Snowball stemmer object keeps state between calls and is not thread-safe: one per thread
# (waitress serves requests in threads; a shared one gave wrong stems under load).
_LOCAL = threading.local()


def _stemmer():
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("norwegian")
    return stemmer


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)
