"""A query word's forms for ranking: the word, its variants and related words, and a compound's
or an acronym's parts, each with its weight."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.analysis import LowercaseFilter

from index.analysis.compounds import compound_tokens
from index.analysis.pipeline import NorwegianTokenizer, NynorskFilter, SuspendedHyphenFilter, SynonymFilter
from index.analysis.stemming import stem_word
from index.analysis.words import acronym_map, normal, related_map

RELATED_WEIGHT = 0.7   # a related word (data/related.tsv) counts 70 % of the word itself
Weighted = list[tuple[str, float]]


@dataclass
class WordForms:
    """The stemmed forms of one query word, for ranking, each with its weight: `wholes` (the
    word, its variants, related words) and, for a compound or an acronym, each part's
    alternatives and (for a nested compound) its inner leaves."""
    wholes: Weighted
    parts: list[tuple[Weighted, list[str]]]

    @property
    def tokens(self) -> list[str]:
        out: list[str] = []
        for t, _w in self.wholes + [x for alts, _ in self.parts for x in alts]:
            if t and t not in out:
                out.append(t)
        for _, leaves in self.parts:
            out += [t for t in leaves if t not in out]
        return out


def _add(bucket: Weighted, token: str, weight: float) -> None:
    for i, (t, w) in enumerate(bucket):
        if t == token:
            bucket[i] = (t, max(w, weight))
            return
    bucket.append((token, weight))


def _with_related(bucket: Weighted, word: str) -> None:
    """The word's related words (data/related.tsv) at RELATED_WEIGHT."""
    for rel in related_map().get(word, ()):
        _add(bucket, stem_word(normal(rel)), RELATED_WEIGHT)


def word_forms(text: str) -> list[WordForms]:
    """The forms of each word in `text` (usually one), through the whole pipeline."""
    pre = NorwegianTokenizer() | LowercaseFilter() | SuspendedHyphenFilter() | NynorskFilter() | SynonymFilter()
    out = []
    for t in pre(text, mode="query"):
        word = t.text
        wholes: Weighted = [(stem_word(word), 1.0)]
        _with_related(wholes, word)
        parts: list[tuple[Weighted, list[str]]] = []
        for form, _a, _b, kind, i in compound_tokens(word):
            stemmed = stem_word(form)
            if kind == "variant":
                _add(wholes, stemmed, 1.0)
                continue
            while len(parts) <= i:
                parts.append(([], []))
            if kind == "part":
                _add(parts[i][0], stemmed, 1.0)
                _with_related(parts[i][0], form)
            elif stemmed not in parts[i][1]:
                parts[i][1].append(stemmed)
        parts = [(alts, leaves) for alts, leaves in parts if alts or leaves]
        if len(parts) < 2:
            parts = []
        expansion = acronym_map().get(word) or acronym_map().get(text.strip().lower())
        if expansion and not parts:
            for column in expansion:
                alts: Weighted = []
                for alt in column:
                    _add(alts, stem_word(normal(alt)), 1.0)
                parts.append((alts, []))
        out.append(WordForms(wholes, parts))
    return out
