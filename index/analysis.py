"""Norwegian text analysis for Whoosh: bokmål and nynorsk, compounds, synonyms, stemming.

The pipeline, in the style of whoosh.analysis (small composable filters):

    NorwegianTokenizer        words, keeping æ ø å and inner hyphens ("e-helse", "IKT-kompetanse");
                              a suspended hyphen ("helse- og omsorg") leaves "helse", marked as
                              suspended; a decimal number stays one token ("7,5", "7.5" → "7,5")
    LowercaseFilter
    SuspendedHyphenFilter     "helse- og omsorgstjenesten" also yields "helsetjenesten" (the suspended
                              word completed with the head of the compound after the conjunction)
    NynorskFilter             nynorsk → bokmål (leiing → ledelse, tenester → tjenester) from data/nynorsk.tsv,
                              and the English words of English titles (management → ledelse) from
                              data/english.tsv
    SynonymFilter             domain synonyms to one canonical word (stp/ECTS → studiepoeng) from data/synonyms.tsv
    CompoundFilter            the whole word, then its parts at the same position: helseledelse → helse + ledelse,
                              omsorgstjeneste → omsorg + tjeneste (Norwegian linking -s- and -e-); nested
                              compounds also give their inner parts (primærhelsetjenesten → primær +
                              helsetjenesten → helse + tjenesten); a head with a synonym gives a variant
                              of the whole word (helserett → helsejuss, data/head_synonyms.tsv)
    StemFilter                the Norwegian Snowball stemmer on every token, then stem groups that join
                              derived forms (leder/ledere/ledelse → led, data/stem_groups.tsv), also as
                              the head of a compound (enhetsledere ≡ enhetsledelse)

Compound parts must be known words: data/domain_words.txt (curated) and data/words_nb.txt
(frequent words of the seed corpus, made by scripts/build_wordlist.py); parts shorter than
MIN_PART only from data/short_parts.txt ("jus", "fag"). Part tokens carry the
character span of the part, so highlighting marks the matched part of a compound.
The heavy data is module-level and loaded once; the filters themselves hold nothing and pickle
cleanly into the Whoosh schema.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from whoosh.analysis import Filter, LowercaseFilter, Tokenizer
from whoosh.analysis.acore import Token

DATA = Path(__file__).resolve().parent / "data"
MIN_PART = 4          # shortest compound part (3-letter parts split too eagerly: "led", "sted")
SHORT_PART = 3        # ... unless listed in data/short_parts.txt
MIN_SPLIT_WORD = 7    # shorter words are not split
LINKS = ("", "s", "e")  # Norwegian linking letters between compound parts
NEVER_PARTS = {"else", "ende", "ning", "sjon", "heten", "ings", "lige", "lser", "ster", "tene", "este"}
CONJUNCTIONS = frozenset({"og", "eller", "samt", "and", "or"})  # "helse- og omsorg", "helse- eller sosial"

# A decimal number ("7,5" studiepoeng) or a word with inner hyphens; a hyphen right after a
# word and before a space or comma is a suspended hyphen ("helse- og omsorgstjenesten").
_WORD = re.compile(r"(?P<num>\d+[.,]\d+)(?![^\W_])|[^\W_]+(?:-[^\W_]+)*(?P<susp>-(?=[\s,]))?", re.UNICODE)
# A Snowball stemmer object keeps state between calls and is not thread-safe: one per thread
# (waitress serves requests in threads; a shared one gave wrong stems under load).
_LOCAL = threading.local()


def _stemmer():
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("norwegian")
    return stemmer


def _read_table(name: str) -> list[list[str]]:
    rows = []
    path = DATA / name
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split())
    return rows


@lru_cache(maxsize=1)
def nynorsk_map() -> dict[str, str]:
    return {row[0]: row[1] for row in _read_table("nynorsk.tsv") if len(row) == 2}


@lru_cache(maxsize=1)
def english_map() -> dict[str, str]:
    """English → bokmål for the catalogue's English titles and pages (data/english.tsv)."""
    return {row[0]: row[1] for row in _read_table("english.tsv") if len(row) == 2}


@lru_cache(maxsize=1)
def synonym_map() -> dict[str, str]:
    out = {}
    for row in _read_table("synonyms.tsv"):
        for word in row[1:]:
            out[word] = row[0]
    return out


@lru_cache(maxsize=1)
def head_synonym_map() -> dict[str, str]:
    """Synonyms that hold only as the head (last part) of a compound: -rett → -juss."""
    out = {}
    for row in _read_table("head_synonyms.tsv"):
        for word in row[1:]:
            out[word] = row[0]
    return out


@lru_cache(maxsize=1)
def stem_group_map() -> dict[str, str]:
    """Stems of derived forms joined to one stem (leder, ledern → led)."""
    out = {}
    for row in _read_table("stem_groups.tsv"):
        for word in row[1:]:
            out[word] = row[0]
    return out


@lru_cache(maxsize=1)
def short_parts() -> frozenset[str]:
    return frozenset(w[0] for w in _read_table("short_parts.txt") if len(w[0]) >= SHORT_PART)


@lru_cache(maxsize=1)
def part_words() -> frozenset[str]:
    words = {w[0] for w in _read_table("domain_words.txt")}
    words |= {w[0] for w in _read_table("words_nb.txt")}
    words |= set(nynorsk_map()) | set(nynorsk_map().values())
    words |= {row[0] for row in _read_table("related.tsv")}     # "medarbeider|samtale"
    return frozenset(w for w in words if len(w) >= MIN_PART and w not in NEVER_PARTS) | short_parts()


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Every plain word the analysis knows besides the catalogue's own: compound parts, the
    nynorsk and English maps and the related words' keys (for typo correction)."""
    words = set(part_words()) | set(english_map())
    return frozenset(w for w in words if w.isalpha())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


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


@lru_cache(maxsize=200_000)
def leaf_spans(word: str) -> tuple[tuple[int, int], ...]:
    """The parts of a compound split down to simple words: parts that are compounds themselves
    are split too ("spesialisthelsetjenesten" → spesialist, helse, tjenesten)."""
    out: list[tuple[int, int]] = []
    for a, b in split_spans(word):
        inner = split_spans(word[a:b]) if "-" not in word[a:b] else ()
        if inner:
            out += [(a + x, a + y) for x, y in leaf_spans(word[a:b])]
        else:
            out.append((a, b))
    return tuple(out)


@lru_cache(maxsize=1)
def part_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in part_words())


def _known(part: str, last: bool = False) -> bool:
    """A known part; the last part of a compound may be inflected ("-tjenesten")."""
    words = part_words()
    if len(part) < MIN_PART:
        return part in short_parts()
    if part in words or nynorsk_map().get(part, "") in words:
        return True
    return last and len(part) >= MIN_PART + 1 and part not in NEVER_PARTS and stem(part) in part_stems()


def _best_split(word: str, start: int, budget: int):
    """Spans covering word[start:] with known parts, preferring few long parts."""
    rest = word[start:]
    if start > 0 and len(rest) >= SHORT_PART and _known(rest, last=True):
        return [(start, len(word))]
    if budget <= 1:
        return None
    best, best_score = None, -1
    for end in range(len(word) - SHORT_PART, start + SHORT_PART - 1, -1):
        head = word[start:end]
        if not _known(head) or (head[-1] in "se" and _known(head[:-1])):
            continue  # unknown, or a linking letter glued to a known part ("kvalitets")
        for link in LINKS:
            nxt = end + len(link)
            if link and word[end:nxt] != link:
                continue
            if len(word) - nxt < SHORT_PART:
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


@lru_cache(maxsize=1)
def _nynorsk_suffixes() -> tuple[tuple[str, str], ...]:
    """Nynorsk words that end compounds ("omsorgstenestene"), longest first."""
    pairs = [(k, v) for k, v in nynorsk_map().items() if len(k) >= 5 and k != v]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=200_000)
def to_bokmal(word: str) -> str:
    """A nynorsk or English word as bokmål (unknown words unchanged)."""
    table = nynorsk_map()
    if word in table:
        return table[word]
    english = english_map()
    if word in english:
        return english[word]
    for nn, nb in _nynorsk_suffixes():
        if word.endswith(nn) and len(word) > len(nn) + 2:
            return word[: -len(nn)] + nb
    return word


@lru_cache(maxsize=50_000)
def complete_suspended(prefix: str, word: str) -> tuple[str, ...]:
    """Compounds meant by a suspended hyphen: the prefix with each head of the compound
    after the conjunction. "helse-" + "omsorgstjenesten" → ("helsetjenesten",);
    "kommune-" + "spesialisthelsetjenesten" → ("kommunehelsetjenesten", "kommunetjenesten")."""
    prefix, word = prefix.lower(), to_bokmal(word.lower())
    if not prefix or not prefix[-1].isalpha():
        return ()
    spans = leaf_spans(word)
    return tuple(prefix + word[a:] for a, _ in spans[1:])


def expand_suspended(words: list[str]) -> list[str]:
    """Query words with each suspended word ("helse-", before "og"/"eller" and a compound)
    replaced by the compound it stands for; other words unchanged."""
    out = list(words)
    bare = [w.rstrip(",;") for w in words]
    for i, w in enumerate(bare):
        if not w.endswith("-") or len(w) < 2:
            continue
        j = i + 1
        while j < len(bare) and bare[j].endswith("-"):
            j += 1   # "helse-, sosial- og omsorgstjenesten"
        if j + 1 < len(bare) and bare[j].lower() in CONJUNCTIONS:
            full = complete_suspended(w.rstrip("-"), bare[j + 1].strip("-"))
            if full:
                out[i] = full[0]
    return out


def suspended_groups(words: list[str]) -> list[int | None]:
    """Parallel to `words`: the same number for the words of one coordination with suspended
    hyphens ("helse-", "og", "omsorgstjenesten" → 0, 0, 0), None for other words. Such a
    coordination names one thing ("the health and care services"), so a text that has any of
    its compounds covers it."""
    groups: list[int | None] = [None] * len(words)
    bare = [w.rstrip(",;") for w in words]
    i, group = 0, 0
    while i < len(bare):
        if bare[i].endswith("-") and len(bare[i]) >= 2:
            j = i + 1
            while j < len(bare) and bare[j].endswith("-"):
                j += 1
            if j + 1 < len(bare) and bare[j].lower() in CONJUNCTIONS \
                    and complete_suspended(bare[i].rstrip("-"), bare[j + 1].strip("-")):
                for k in range(i, j + 2):
                    groups[k] = group
                group += 1
                i = j + 2
                continue
        i += 1
    return groups


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


@lru_cache(maxsize=200_000)
def compound_tokens(word: str) -> tuple[tuple[str, int, int, str, int], ...]:
    """(text, start, end, kind, part) for what a compound yields after the whole word: "variant"
    wholes (the head replaced by its synonym: helserett → helsejuss), "part" for its parts,
    "leaf" for the inner parts of nested compounds; `part` is the index of the part that a
    part or leaf belongs to (-1 for variants). Texts are not yet stemmed."""
    spans = split_spans(word)
    if not spans:
        return ()
    out: list[tuple[str, int, int, str, int]] = []
    seen = {word}

    def add(text, a, b, kind, part):
        if text and text not in seen:
            seen.add(text)
            out.append((text, a, b, kind, part))

    a_last, b_last = spans[-1]
    head = normal(word[a_last:b_last])
    if "-" not in word:
        for alt in (head, head_synonym_map().get(head)):
            if alt and alt != word[a_last:b_last]:
                add(word[:a_last] + alt, 0, len(word), "variant", -1)
    for i, (a, b) in enumerate(spans):
        part = normal(word[a:b])
        add(part, a, b, "part", i)
        syn = head_synonym_map().get(part)
        if syn and i == len(spans) - 1:
            add(syn, a, b, "part", i)
    leaves = leaf_spans(word)
    if leaves != spans:
        for x, y in leaves:
            i = next(k for k, (a, b) in enumerate(spans) if a <= x and y <= b)
            if (x, y) != spans[i]:
                add(normal(word[x:y]), x, y, "leaf", i)
    return tuple(out)


INFLECTIONS = ("e", "er", "en", "ene", "et", "a", "ar", "ane", "r", "n", "s", "ne")  # noun and verb endings
RELATED_WEIGHT = 0.7   # a related word (data/related.tsv) counts 70 % of the word itself


@lru_cache(maxsize=1)
def acronym_map() -> dict[str, list[list[str]]]:
    """Acronym → the words it stands for, each with its alternatives (data/acronyms.tsv)."""
    return {row[0]: [col.split("|") for col in row[1:]] for row in _read_table("acronyms.tsv") if len(row) > 2}


@lru_cache(maxsize=1)
def related_map() -> dict[str, list[str]]:
    """Query word → related words (data/related.tsv), keyed by the word and its inflected
    forms (INFLECTIONS: "konflikter", "oppsigelser", "politikarar"), not by stem: a stem
    would also catch other words ("forsvaret" is not "forsvarlig")."""
    out: dict[str, list[str]] = {}
    rows = [row for row in _read_table("related.tsv") if len(row) > 1]
    for row in rows:
        out[row[0]] = row[1:]
    for row in rows:
        for ending in INFLECTIONS:
            out.setdefault(row[0] + ending, row[1:])
    return out


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
        for form, a, b, kind, i in compound_tokens(word):
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


def norwegian_analyzer():
    return (NorwegianTokenizer() | LowercaseFilter() | SuspendedHyphenFilter() | NynorskFilter()
            | SynonymFilter() | CompoundFilter() | StemFilter())


def analyze(text: str) -> list[str]:
    return [t.text for t in norwegian_analyzer()(text)]


def analyze_kinds(text: str) -> list[tuple[str, str]]:
    """(token, kind) pairs: kind is "whole", "variant", "part" or "leaf" (see compound_tokens)."""
    return [(t.text, getattr(t, "kind", "whole")) for t in norwegian_analyzer()(text)]


def compound_parts(word: str) -> list[str]:
    word = normal(word.lower())
    return [normal(word[a:b]) for a, b in split_spans(word)]
