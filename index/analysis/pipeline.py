"""The Whoosh analyzer: a tokenizer and small composable filters (see the package's docstring)."""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, Tokenizer
from whoosh.analysis.acore import Token

from index.analysis.compounds import CONJUNCTIONS, complete_suspended, compound_tokens
from index.analysis.stemming import stem_word
from index.analysis.words import synonym_map, to_bokmal

# A decimal number ("7,5" studiepoeng) or a word with inner hyphens; a hyphen right after a
# word and before a space or comma is a suspended hyphen ("helse- og omsorgstjenesten").
_WORD = re.compile(r"(?P<num>\d+[.,]\d+)(?![^\W_])|[^\W_]+(?:-[^\W_]+)*(?P<susp>-(?=[\s,]))?", re.UNICODE)


class NorwegianTokenizer(Tokenizer):
    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            t.suspended = False
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        for i, m in enumerate(_WORD.finditer(value)):
            end = m.end()
            if m.group("num"):
                t.text = m.group("num").replace(".", ",")
                t.suspended = False
            elif m.group("susp"):
                end -= 1
                t.text = m.group(0)[:-1]
                t.suspended = True
            else:
                t.text = m.group(0)
                t.suspended = False
            t.boost = 1.0
            if keeporiginal:
                t.original = t.text
            t.stopped = False
            if positions:
                t.pos = start_pos + i
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + end
            yield t


class SuspendedHyphenFilter(Filter):
    """After suspended words and a conjunction, yield the completed compounds just before the
    compound that completes them (at its position, with the suspended word's characters)."""

    def __call__(self, tokens):
        pending: list[tuple[str, int | None, int | None]] = []
        after_conj = False
        for t in tokens:
            if getattr(t, "suspended", False):
                if after_conj:
                    pending = []
                pending.append((t.text, getattr(t, "startchar", None), getattr(t, "endchar", None)))
                after_conj = False
                yield t
                continue
            if pending and not after_conj and t.text in CONJUNCTIONS:
                after_conj = True
                yield t
                continue
            if pending and after_conj:
                text, sc, ec = t.text, getattr(t, "startchar", None), getattr(t, "endchar", None)
                for prefix, psc, pec in pending:
                    for full in complete_suspended(prefix, text):
                        t.text = full
                        if sc is not None and psc is not None:
                            t.startchar, t.endchar = psc, pec
                        yield t
                t.text = text
                if sc is not None:
                    t.startchar, t.endchar = sc, ec
            pending, after_conj = [], False
            yield t


class NynorskFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = to_bokmal(t.text)
            yield t


class SynonymFilter(Filter):
    def __call__(self, tokens):
        table = synonym_map()
        for t in tokens:
            t.text = table.get(t.text, t.text)
            yield t


class CompoundFilter(Filter):
    """Yield each token, then the parts of a compound at the same position, with the parts' spans."""

    def __call__(self, tokens):
        for t in tokens:
            word = t.text
            t.kind = "whole"
            yield t
            extra = compound_tokens(word)
            if not extra:
                continue
            start = getattr(t, "startchar", None)
            end = getattr(t, "endchar", None)
            whole_len = (end - start) if start is not None else None
            for text, a, b, kind, _part in extra:
                t.text = text
                t.kind = kind
                if start is not None and whole_len == len(word):
                    t.startchar, t.endchar = start + a, start + b
                yield t
            t.kind = "whole"
            if start is not None:
                t.startchar, t.endchar = start, end


class StemFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = stem_word(t.text)
            yield t


@lru_cache(maxsize=1)
def norwegian_analyzer():
    """The analyzer, built once: its filters hold no state (the stemmer is one per thread), so
    every thread shares it, as Whoosh shares a schema's analyzer between searchers."""
    return (NorwegianTokenizer() | LowercaseFilter() | SuspendedHyphenFilter() | NynorskFilter()
            | SynonymFilter() | CompoundFilter() | StemFilter())


def analyze(text: str) -> list[str]:
    return [t.text for t in norwegian_analyzer()(text)]


def analyze_kinds(text: str) -> list[tuple[str, str]]:
    """(token, kind) pairs: kind is "whole", "variant", "part" or "leaf" (see compound_tokens)."""
    return [(t.text, getattr(t, "kind", "whole")) for t in norwegian_analyzer()(text)]
