"""The word lists and tables the analysis reads (data/): nynorsk and English to bokmål,
synonyms, compound parts, stem groups, acronyms and related words, and the lexicon the typo
correction knows besides the catalogue's own words.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MIN_PART = 4          # shortest compound part (3-letter parts split too eagerly: "led", "sted")
SHORT_PART = 3        # ... unless listed in data/short_parts.txt
NEVER_PARTS = {"else", "ende", "ning", "sjon", "heten", "ings", "lige", "lser", "ster", "tene", "este"}
INFLECTIONS = ("e", "er", "en", "ene", "et", "a", "ar", "ane", "r", "n", "s", "ne")  # noun and verb endings


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


def _to_first_word(name: str) -> dict[str, str]:
    """A table whose rows are a word and the words that stand for it: each of those → the word."""
    out = {}
    for row in _read_table(name):
        for word in row[1:]:
            out[word] = row[0]
    return out


@lru_cache(maxsize=1)
def synonym_map() -> dict[str, str]:
    return _to_first_word("synonyms.tsv")


@lru_cache(maxsize=1)
def head_synonym_map() -> dict[str, str]:
    """Synonyms that hold only as the head (last part) of a compound: -rett → -juss."""
    return _to_first_word("head_synonyms.tsv")


@lru_cache(maxsize=1)
def stem_group_map() -> dict[str, str]:
    """Stems of derived forms joined to one stem (leder, ledern → led)."""
    return _to_first_word("stem_groups.tsv")


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


def normal(word: str) -> str:
    """A lower-case word after the nynorsk map and the synonym map."""
    word = to_bokmal(word)
    return synonym_map().get(word, word)
