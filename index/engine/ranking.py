"""Ranking: BM25 over the text fields, word by word, and whether a document matches the text.

BM25 is computed with numpy over whole posting lists (`Generation.postings`), summed over the
text fields with their weights (`index.engine.schema.TEXT_FIELDS`). Each query word is scored as
a whole, a variant or a related word, or by its parts (`index.analysis.forms`), or through the
topic it names; a word that may be a typo is read as its nearest known word
(`index.engine.spelling`). With several words a document's coverage of the query decides whether
it matches and scales its score; "quoted phrases" are required, -words excluded, "uten X" ranks
offers with X lower, and an audience prior lifts offers for public health and care services.
"""

from __future__ import annotations

import math

import numpy as np

from index.engine import spelling
from index.engine.generation import Generation
from index.engine.query import _WORD, QueryPlan, analyze_word, surface_phrase
from index.engine.schema import TEXT_FIELDS

K1, B = 1.2, 0.75       # BM25
PART_WEIGHT = 0.6      # a match on a compound part or synonym, relative to the whole word
MIN_COVERAGE = 0.3     # share of a query's (idf-weighted) words a document needs, with 3+ words
COVERAGE_POWER = 3     # a document's score is multiplied by its coverage of the query to this power
PHRASE_BOOST = 1.5     # the query's words stand together as a phrase
AUDIENCE_BOOST = 0.2   # offers aimed at health, social or public services (the catalogue's users)
TOPIC_WEIGHT = 1.0     # a doc classified under the topic a query word names, without the word
TOPIC_DEGREE = 0.8     # ... covers that word this much
TOPIC_MAX_SHARE = 0.5  # a topic on more than this share of the catalogue tells nothing
EXTEND_MIN = 5         # a query stem this long also matches index terms that go on by ...
EXTEND_MAX = 3         # ... at most this many letters ("mentor" → "mentoring")
EXTEND_WEIGHT = 0.7    # ... at this weight
AVOID_FACTOR = 0.3     # "uten X": the score of an offer with X
AUDIENCE_TARGETS = ("helse", "sosial", "offentlig", "tannhelse")
PHRASE_FIELDS = ("title", "description")
PHRASE_CANDIDATES = 50   # the phrase boost is checked on the best-scoring candidates only
PHRASE_CHECK_LIMIT = 2000


def bm25(gen: Generation, field: str, token: str) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, BM25 score) of one term in one field."""
    ids, tf = gen.postings(field, token)
    if ids.size == 0:
        return ids, tf
    df = ids.size
    idf = math.log(1.0 + (gen.size - df + 0.5) / (df + 0.5))
    dl = gen.lengths[field][ids]
    norm = K1 * (1.0 - B + B * dl / gen.avg_length[field])
    return ids, (idf * tf * (K1 + 1.0) / (tf + norm)).astype(np.float32)


def _concepts(words, degrees: list, specificity: list) -> tuple[list, list]:
    """Per-word coverage degrees and specificities merged per concept: the words of one
    coordination ("helse- og omsorgstjenesten") count as one, covered by any of them."""
    merged: dict[object, tuple] = {}
    for i, (w, d, s) in enumerate(zip(words, degrees, specificity)):
        key = ("g", w.group) if w.group is not None else ("w", i)
        if key in merged:
            d0, s0 = merged[key]
            merged[key] = (np.maximum(d0, d), max(s0, s))
        else:
            merged[key] = (d, s)
    return [d for d, _ in merged.values()], [s for _, s in merged.values()]


def text_match(gen: Generation, plan: QueryPlan, *, spell: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """BM25 over the text fields, each query word scored as a whole or by its parts.

    With several words, a document's coverage is the share of the query's words it has,
    counted by degree (a compound with one of its two parts counts half; an offer classified
    under the topic a word names counts TOPIC_DEGREE), each word weighted by how specific
    it is (its idf in the catalogue), so rare words weigh more than common ones. A word
    that may be a typo is read as its nearest known word when that finds more; a word
    that still finds nothing is left out of the coverage. With more than two words a document
    needs MIN_COVERAGE; its score is multiplied by the coverage to COVERAGE_POWER."""
    n = gen.size
    scores = np.zeros(n, dtype=np.float32)
    if plan.empty:
        match = np.ones(n, dtype=bool)
        if plan.avoided:            # "uten eksamen" alone: every offer, those without first
            scores[:] = 1.0
    else:
        degrees, specificity, tries = [], [], 0
        for i, word in enumerate(plan.words):
            word_score, degree = score_word(gen, word)
            if spell and tries < spelling.MAX_CORRECTIONS and spelling.may_be_typo(gen, plan, word, degree):
                tries += 1
                fixed = spelling.corrected(gen, word)
                if fixed is not None:
                    fixed_score, fixed_degree = score_word(gen, fixed)
                    if fixed_degree.sum() > degree.sum():   # only if it explains more
                        word_score, degree = fixed_score, fixed_degree
                        plan.corrections[word.text] = fixed.text
                        plan.words[i] = word = fixed
            scores += word_score
            degrees.append(degree)
            df = float((degree >= 1.0).sum())
            specificity.append(math.log(1.0 + (n - df + 0.5) / (df + 0.5)))
        degrees, specificity = _concepts(plan.words, degrees, specificity)
        found = [i for i, d in enumerate(degrees) if d.any()]   # a word no offer has cannot
        if found:                                                # tell offers apart: left out
            degrees, specificity = [degrees[i] for i in found], [specificity[i] for i in found]
        k = len(degrees)
        total = sum(specificity) or 1.0
        coverage = sum(w * d for w, d in zip(specificity, degrees)) / total
        any_word = coverage > 0
        match = coverage >= MIN_COVERAGE if k > 2 else any_word
        if k > 2 and not match.any():
            match = any_word
        if len(plan.words) > 1:
            scores *= coverage.astype(np.float32) ** COVERAGE_POWER
            phrase_boost(gen, plan, scores)
        for phrase in plan.phrases:
            match &= required_phrase(gen, phrase, match)
    if not plan.empty and AUDIENCE_BOOST:    # a prior: the catalogue serves public-sector health leaders
        table = gen.table
        audience = table.mask("target", list(AUDIENCE_TARGETS)) | table.mask("topic", ["kommunal"])
        scores *= np.where(audience, 1.0 + AUDIENCE_BOOST, 1.0).astype(np.float32)
    for word in plan.avoided:       # "uten eksamen": offers with the word rank lower
        has = np.zeros(n, dtype=bool)
        for field in TEXT_FIELDS:
            ids, _ = gen.postings(field, word.tokens[0])
            has[ids] = True
        scores *= np.where(has, AVOID_FACTOR, 1.0).astype(np.float32)
    for word in plan.excluded:
        for field in TEXT_FIELDS:
            for token in word.tokens:
                ids, _ = gen.postings(field, token)
                match[ids] = False
    return scores, match


def score_word(gen: Generation, word) -> tuple[np.ndarray, np.ndarray]:
    """One query word over all text fields: its weighted score and, per document, the
    degree to which the document has it (1 = the word; less for a part or related word)."""
    n = gen.size
    word_score = np.zeros(n, dtype=np.float32)
    degree = np.zeros(n, dtype=np.float32)
    part_degrees = [np.zeros(n, dtype=np.float32) for _ in word.parts]
    for field, weight in TEXT_FIELDS.items():
        s, w_degree, p_degrees = score_in_field(gen, word, field)
        word_score += weight * s
        np.maximum(degree, w_degree, out=degree)
        for acc, d in zip(part_degrees, p_degrees):
            np.maximum(acc, d, out=acc)
    if part_degrees:
        degree = np.maximum(degree, sum(part_degrees) / len(part_degrees))
    topic_match(gen, word, word_score, degree)
    return word_score, degree


def topic_match(gen: Generation, word, score: np.ndarray, degree: np.ndarray) -> None:
    """A query word that names a topic ("fleirkulturelle" → mangfold) also finds offers
    classified under it (domain.topics) that do not use the word: at least TOPIC_WEIGHT
    times the topic's idf, covering the word to TOPIC_DEGREE. Broad topics are left out."""
    if not word.topics:
        return
    mask = gen.table.mask("topic", list(word.topics))
    df = int(mask.sum())
    n = gen.size
    if not df or df > TOPIC_MAX_SHARE * n:
        return
    idf = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
    np.maximum(score, np.where(mask, TOPIC_WEIGHT * idf, 0.0).astype(np.float32), out=score)
    np.maximum(degree, np.where(mask, TOPIC_DEGREE, 0.0).astype(np.float32), out=degree)


def _best(gen: Generation, field: str, tokens) -> tuple[np.ndarray, np.ndarray] | None:
    """Per document, the best weighted BM25 score of any of `tokens` ((token, weight)
    pairs) in `field`, and the weight of the best-weighted token found (None: no hit)."""
    best = found = None
    for token, weight in tokens:
        ids, s = bm25(gen, field, token)
        if ids.size:
            if best is None:
                best = np.zeros(gen.size, dtype=np.float32)
                found = np.zeros(gen.size, dtype=np.float32)
            best[ids] = np.maximum(best[ids], s * weight)
            found[ids] = np.maximum(found[ids], weight)
    return None if best is None else (best, found)


def score_in_field(gen: Generation, word, field: str):
    """One query word in one field: (score, degree of the whole word, degree of each part).

    The score is that of the whole word (or a variant or related word, weighted), or else
    of its parts: a compound's parts score together, each with its best form (the part, a
    synonym of it, or for a nested compound the mean of its inner parts), and the parts'
    mean is weighted by PART_WEIGHT; so a text with all the parts ("kommunal økonomi" for
    "kommuneøkonomi") ranks above a text with one of them. An acronym's parts are the
    words it stands for. A degree is 1 for a hit on the word, less on a related word."""
    n = gen.size
    zero = np.zeros(n, dtype=np.float32)
    wholes = word.wholes
    head = wholes[0][0]
    if len(head) >= EXTEND_MIN and head.isalpha():
        wholes = wholes + [(t, EXTEND_WEIGHT) for t in gen.extensions(field, head, EXTEND_MAX)]
    best, degree = _best(gen, field, wholes) or (zero, zero)
    parts = word.parts
    if not parts:
        return best, degree, []
    total = np.zeros(n, dtype=np.float32)
    degrees = []
    for alts, leaves in parts:
        part, part_degree = _best(gen, field, alts) or (zero, zero)
        if leaves:
            inner = np.zeros(n, dtype=np.float32)
            for leaf in leaves:
                hit = _best(gen, field, [(leaf, 1.0)])
                if hit is not None:
                    inner += hit[0]
            inner /= len(leaves)
            part = np.maximum(part, inner)
            part_degree = np.maximum(part_degree, (inner > 0).astype(np.float32))
        total += part
        degrees.append(part_degree)
    return np.maximum(best, total * (PART_WEIGHT / len(parts))), degree, degrees


def phrase_boost(gen: Generation, plan: QueryPlan, scores: np.ndarray) -> None:
    """Boost the best candidates whose title or description has the query's words together."""
    pattern = surface_phrase(_WORD.findall(plan.corrected_text()))
    if pattern is None:
        return
    positive = np.flatnonzero(scores > 0)
    if positive.size > PHRASE_CANDIDATES:
        positive = positive[np.argpartition(-scores[positive], PHRASE_CANDIDATES)[:PHRASE_CANDIDATES]]
    for d in positive:
        record = gen.record(d)
        if pattern.search(f"{record.get('title', '')}\n{record.get('description', '')}".lower()):
            scores[d] *= PHRASE_BOOST


def required_phrase(gen: Generation, phrase: list[str], match: np.ndarray) -> np.ndarray:
    """Docs with the quoted words next to each other (checked on the text of up to
    PHRASE_CHECK_LIMIT docs having all the words; beyond that, having all the words)."""
    pattern = surface_phrase(phrase)
    has_all = match.copy()
    for word in phrase:
        found = np.zeros(gen.size, dtype=bool)
        for field in PHRASE_FIELDS:
            for token in analyze_word(word)[:1]:
                ids, _ = gen.postings(field, token)
                found[ids] = True
        has_all &= found
    docs = np.flatnonzero(has_all)
    if pattern is None or docs.size > PHRASE_CHECK_LIMIT:
        return has_all
    result = np.zeros(gen.size, dtype=bool)
    for d in docs:
        record = gen.record(d)
        if pattern.search(f"{record.get('title', '')}\n{record.get('description', '')}".lower()):
            result[d] = True
    return result
