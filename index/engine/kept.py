"""Matching records outside the index: the change log keeps the last record of an offer that
went (`index.changelog`), and a feed must say whether the search it follows would have found it.

The filters are exact: the search's own masks (`index.engine.filters.filter_masks`) over facet
arrays built for these records with the same per-record getters (`index.engine.facets`). The
query text is an approximation (`text_matches`): the query's words are looked up among the
analysed words of the record's title and description (a compound also by its parts); with one
or two words one must be there, with more at least MIN_COVERAGE of them; quoted phrases must
be there, -words must not; no typo correction.
"""

from __future__ import annotations

import logging

import numpy as np

from index.analysis import norwegian_analyzer
from index.engine.facets import FacetTable, build_arrays
from index.engine.filters import all_of, filter_masks
from index.engine.query import parse, surface_phrase
from index.engine.ranking import MIN_COVERAGE
from index.request import SearchRequest

log = logging.getLogger(__name__)


def matching_records(records: list[dict], req: SearchRequest) -> list[bool]:
    """Per record: does it match the search? A record of the wrong shape (a hand-edited log)
    matches nothing and does not spoil the others."""
    try:
        table = FacetTable(build_arrays(records))
        masks, _ = filter_masks(table, req)
        ok = all_of(masks, table.size) & np.array(text_matches(records, req.q), dtype=bool)
        return [bool(x) for x in ok]
    except (TypeError, ValueError, AttributeError, KeyError):
        if len(records) == 1:
            log.debug("a record of the wrong shape matches nothing", exc_info=True)
            return [False]
        return [ok for r in records for ok in matching_records([r], req)]


def text_matches(records: list[dict], q: str) -> list[bool]:
    """The query text against each record's title and description (see the module's docstring)."""
    plan = parse(q)
    if plan.empty and not plan.excluded:
        return [True] * len(records)
    analyzer = norwegian_analyzer()
    phrases = [p for p in (surface_phrase(words) for words in plan.phrases) if p is not None]
    out = []
    for r in records:
        text = f"{r.get('title') or ''}\n{r.get('description') or ''}"
        tokens = {t.text for t in analyzer(text)}
        found = sum(1 for w in plan.words if _has_word(w, tokens))
        k = len(plan.words)
        ok = True if not k else found >= 1 if k <= 2 else found / k >= MIN_COVERAGE
        ok = ok and not any(t in tokens for w in plan.excluded for t in w.tokens[:1])
        ok = ok and all(p.search(text.lower()) for p in phrases)
        out.append(ok)
    return out


def _has_word(word, tokens: set[str]) -> bool:
    if any(t in tokens for t, _ in word.wholes):
        return True
    parts = word.parts
    return bool(parts) and all(any(t in tokens for t, _ in alts) for alts, _ in parts)
