"""Norwegian text analysis for Whoosh: bokmål and nynorsk, compounds, synonyms, stemming.

The pipeline, in the style of whoosh.analysis (small composable filters):

    NorwegianTokenizer        words, keeping æ ø å and inner hyphens ("e-helse", "IKT-kompetanse");
                              a suspended hyphen ("helse- og omsorg") leaves "helse"
    LowercaseFilter
    NynorskFilter             nynorsk → bokmål (leiing → ledelse, tenester → tjenester) from data/nynorsk.tsv
    SynonymFilter             domain synonyms to one canonical word (stp/ECTS → studiepoeng) from data/synonyms.tsv
    CompoundFilter            the whole word, then its parts at the same position: helseledelse → helse + ledelse,
                              omsorgstjeneste → omsorg + tjeneste (Norwegian linking -s- and -e-)
    StemFilter                the Norwegian Snowball stemmer on every token

Compound parts must be known words: data/domain_words.txt (curated) and data/words_nb.txt
(frequent words of the seed corpus, made by scripts/build_wordlist.py). Part tokens carry the
character span of the part, so highlighting marks the matched part of a compound.
The heavy data is module-level and loaded once; the filters themselves hold nothing and pickle
cleanly into the Whoosh schema.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from whoosh.analysis import Filter, LowercaseFilter, Tokenizer
from whoosh.analysis.acore import Token

DATA = Path(__file__).resolve().parent / "data"
MIN_PART = 4          # shortest compound part (3-letter parts split too eagerly: "led", "sted")
MIN_SPLIT_WORD = 7    # shorter words are not split
LINKS = ("", "s", "e")  # Norwegian linking letters between compound parts
NEVER_PARTS = {"else", "ende", "ning", "sjon", "heten", "ings", "lige", "lser", "ster", "tene", "este"}

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("norwegian")


def _read_table(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split())
    return rows


@lru_cache(maxsize=1)
def nynorsk_map() -> dict[str, str]:
    return {row[0]: row[1] for row in _read_table("nynorsk.tsv") if len(row) == 2}


@lru_cache(maxsize=1)
def synonym_map() -> dict[str, str]:
    out = {}
    for row in _read_table("synonyms.tsv"):
        for word in row[1:]:
            out[word] = row[0]
    return out


@lru_cache(maxsize=1)
def part_words() -> frozenset[str]:
    words = {w[0] for w in _read_table("domain_words.txt")}
    words |= {w[0] for w in _read_table("words_nb.txt")} if (DATA / "words_nb.txt").exists() else set()
    words |= set(nynorsk_map()) | set(nynorsk_map().values())
    return frozenset(w for w in words if len(w) >= MIN_PART and w not in NEVER_PARTS)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def normal(word: str) -> str:
    """A lower-case word after the nynorsk map and the synonym map."""
    word = to_bokmal(word)
    return synonym_map().get(word, word)


@lru_cache(maxsize=200_000)
def split_spans(word: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the parts of a compound (empty when it is not one).

    Hyphens split first ("ikt-kompetanse"); then the longest known parts, allowing
    a linking -s- or -e- between them, recursively (at most four parts).
    """
    if "-" in word:
        spans, start = [], 0
        for piece in word.split("-"):
            if piece:
                inner = split_spans(piece)
                spans += [(start + a, start + b) for a, b in inner] or [(start, start + len(piece))]
            start += len(piece) + 1
        return tuple(spans) if len(spans) > 1 else ()
    if len(word) < MIN_SPLIT_WORD:
        return ()
    best = _best_split(word, 0, 4)
    return tuple(best) if best and len(best) > 1 else ()


@lru_cache(maxsize=1)
def part_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in part_words())


def _known(part: str, last: bool = False) -> bool:
    """A known part; the last part of a compound may be inflected ("-tjenesten")."""
    words = part_words()
    if part in words or nynorsk_map().get(part, "") in words:
        return True
    return last and len(part) >= MIN_PART + 1 and part not in NEVER_PARTS and stem(part) in part_stems()


def _best_split(word: str, start: int, budget: int):
    """Spans covering word[start:] with known parts, preferring few long parts."""
    rest = word[start:]
    if start > 0 and len(rest) >= MIN_PART and _known(rest, last=True):
        return [(start, len(word))]
    if budget <= 1:
        return None
    best, best_score = None, -1
    for end in range(len(word) - MIN_PART, start + MIN_PART - 1, -1):
        head = word[start:end]
        if not _known(head) or (head[-1] in "se" and _known(head[:-1])):
            continue  # unknown, or a linking letter glued to a known part ("kvalitets")
        for link in LINKS:
            nxt = end + len(link)
            if link and word[end:nxt] != link:
                continue
            if len(word) - nxt < MIN_PART:
                continue
            tail = _best_split(word, nxt, budget - 1)
            if tail:
                spans = [(start, end)] + tail
                score = sum((b - a) ** 2 for a, b in spans)
                if score > best_score:
                    best, best_score = spans, score
    return best


class NorwegianTokenizer(Tokenizer):
    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        for i, m in enumerate(_WORD.finditer(value)):
            t.text = m.group(0)
            t.boost = 1.0
            if keeporiginal:
                t.original = t.text
            t.stopped = False
            if positions:
                t.pos = start_pos + i
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t


@lru_cache(maxsize=1)
def _nynorsk_suffixes() -> tuple[tuple[str, str], ...]:
    """Nynorsk words that end compounds ("omsorgstenestene"), longest first."""
    pairs = [(k, v) for k, v in nynorsk_map().items() if len(k) >= 5 and k != v]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=200_000)
def to_bokmal(word: str) -> str:
    table = nynorsk_map()
    if word in table:
        return table[word]
    for nn, nb in _nynorsk_suffixes():
        if word.endswith(nn) and len(word) > len(nn) + 2:
            return word[: -len(nn)] + nb
    return word


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
            yield t
            spans = split_spans(word)
            if not spans:
                continue
            start = getattr(t, "startchar", None)
            whole_len = (t.endchar - t.startchar) if start is not None else None
            for a, b in spans:
                part = normal(word[a:b])
                if part == word:
                    continue
                t.text = part
                if start is not None and whole_len == len(word):
                    t.startchar, t.endchar = start + a, start + b
                yield t
            if start is not None:
                t.startchar = start


class StemFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = stem(t.text)
            yield t


def norwegian_analyzer():
    return (NorwegianTokenizer() | LowercaseFilter() | NynorskFilter() | SynonymFilter()
            | CompoundFilter() | StemFilter())


def analyze(text: str) -> list[str]:
    return [t.text for t in norwegian_analyzer()(text)]


def compound_parts(word: str) -> list[str]:
    word = normal(word.lower())
    return [normal(word[a:b]) for a, b in split_spans(word)]
