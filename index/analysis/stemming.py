"""The stem the index keeps for a word: Snowball, then the stem groups that join derived forms
(data/stem_groups.tsv), also as the head of a compound."""

from __future__ import annotations

from functools import lru_cache

from index.analysis.compounds import split_spans
from index.analysis.snowball import stem
from index.analysis.words import stem_group_map


def _group(stem_: str) -> str:
    return stem_group_map().get(stem_, stem_)


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """The stem of a word after the stem groups; for a compound, the stem group of its head
    replaces the head's stem ("enhetsledere" → "enhetsleder" → "enhetsled")."""
    s = stem(word)
    grouped = _group(s)
    if grouped != s or not any(c.isalpha() for c in word):
        return grouped
    spans = split_spans(word)
    if spans:
        a, b = spans[-1]
        head = word[a:b]
        hs = stem(head)
        hg = _group(hs)
        if hg != hs and s.endswith(hs):
            return s[: len(s) - len(hs)] + hg
    return s
