"""Compound words: their parts (helseledelse → helse + ledelse), the tokens a compound yields,
and compounds written with a suspended hyphen ("helse- og omsorgstjenesten")."""

from __future__ import annotations

from functools import lru_cache

from index.analysis.snowball import stem
from index.analysis.words import (MIN_PART, NEVER_PARTS, SHORT_PART, head_synonym_map, normal, nynorsk_map,
                                  part_words, short_parts, to_bokmal)

MIN_SPLIT_WORD = 7    # shorter words are not split
LINKS = ("", "s", "e")  # Norwegian linking letters between compound parts
CONJUNCTIONS = frozenset({"og", "eller", "samt", "and", "or"})  # "helse- og omsorg", "helse- eller sosial"


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


def compound_parts(word: str) -> list[str]:
    word = normal(word.lower())
    return [normal(word[a:b]) for a, b in split_spans(word)]


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
