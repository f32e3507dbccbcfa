"""The seam's implementation (`index.seam.Catalogue`) over Whoosh and numpy.

`WhooshCatalogue` follows the serving generation (see `index.engine.generations`): every
call resolves CURRENT, so a rebuild in another process is picked up at once, and a call
holds on to the generation it opened for its length. Each request is answered by the
engine's modules: the query plan (`query`), the text match and BM25 (`ranking`, with
`spelling`), the filters (`filters`, `geo`), the order (`ordering`), snippets (`snippets`),
and the coverage counts (`coverage`); the answers are the seam's typed results.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import replace
from pathlib import Path
from collections.abc import Iterable

import numpy as np

from index import changelog
from index.engine import generations, geo, kept, ordering, ranking, spelling
from index.engine.coverage import coverage as count_coverage, nearest as nearest_offers
from index.engine.filters import AREAS, everywhere, filter_masks
from index.engine.generation import Generation
from index.engine.query import parse
from index.engine.snippets import snippet
from index.request import FACETS, GapFilters, SearchRequest
from index.seam import Access, ChangeLog, Coverage, IndexInfo, IndexMeta, NoIndex, Offer, QueryEcho, SearchResult

log = logging.getLogger(__name__)

_META_FIELDS = ("records", "built_at", "build_seconds", "statuses", "freshness")


class WhooshCatalogue:
    def __init__(self, data_dir: str | Path, *, generation: Generation | None = None):
        self.data_dir = Path(data_dir)
        self._gen = generation
        self._pinned = generation is not None
        self._lock = threading.Lock()

    # -- generations ----------------------------------------------------------

    def _generation(self) -> Generation:
        if self._pinned:
            return self._gen
        path = generations.current(self.data_dir)
        if path is None:
            raise NoIndex(f"no index in {self.data_dir}; run `kurskatalog build`")
        with self._lock:
            if self._gen is None or self._gen.path != path:
                try:
                    self._gen = Generation(path)  # the old one is closed when no call holds it
                except Exception as exc:  # e.g. built by an older version whose analyzer is gone
                    log.exception("the index generation %s cannot be opened", path)
                    raise NoIndex(f"the index in {path} cannot be opened ({type(exc).__name__}); "
                                  "run `kurskatalog build`") from exc
            return self._gen

    def snapshot(self) -> WhooshCatalogue:
        return WhooshCatalogue(self.data_dir, generation=self._generation())

    def meta(self) -> IndexMeta:
        gen = self._generation()
        info = {k: v for k, v in gen.meta.items() if k not in _META_FIELDS}
        return IndexMeta(generation=gen.name, records=gen.meta.get("records", gen.size),
                         built_at=gen.meta.get("built_at"), build_seconds=gen.meta.get("build_seconds"),
                         statuses=gen.meta.get("statuses") or {}, freshness=gen.meta.get("freshness") or {},
                         info=info)

    def changes(self) -> ChangeLog:
        return ChangeLog(signature=changelog.signature(self.data_dir), events=changelog.read(self.data_dir))

    # -- look-ups -------------------------------------------------------------

    def get(self, record_id: str, *, kommune: Iterable[str] = ()) -> Offer | None:
        return self.get_many([record_id], kommune=kommune).get(record_id)

    def get_many(self, ids: Iterable[str], *, kommune: Iterable[str] = ()) -> dict[str, Offer]:
        gen = self._generation()
        kommune = list(kommune)
        distances = geo.distances(gen.table, kommune) if kommune else None
        out: dict[str, Offer] = {}
        for record_id in ids:
            docnum = gen.docnum(record_id)
            if docnum is None or record_id in out:
                continue
            record = gen.record(docnum)
            out[record_id] = Offer(record, distance=None if distances is None else
                                   geo.distance(gen.table, docnum, record, distances, kommune))
        return out

    def known(self, ids: Iterable[str]) -> list[str]:
        gen = self._generation()
        return [i for i in ids if gen.docnum(i) is not None]

    def all_records(self) -> list[dict]:
        gen = self._generation()
        return [gen.record(d) for d in range(gen.size)]

    # -- search ---------------------------------------------------------------

    def search(self, req: SearchRequest, *, snippets: bool = True, places: bool = False) -> SearchResult:
        gen = self._generation()
        result = self._search(gen, req, snippets=snippets, places=places)
        if result.total == 0 and result.suggestion and req.q and req.spell:
            corrected = self._search(gen, replace(req, q=result.suggestion), snippets=snippets, places=places)
            if corrected.total:
                return replace(corrected, corrected_from=req.q)
        return result

    def _search(self, gen: Generation, req: SearchRequest, *, snippets: bool, places: bool) -> SearchResult:
        table = gen.table
        plan = parse(req.q)
        scores, match = ranking.text_match(gen, plan, spell=req.spell)

        masks, distances = filter_masks(table, req)
        full = match.copy()
        for m in masks.values():
            full &= m
        facet_counts = {}
        wide = everywhere(table, req)       # a region's or county's count includes them, as its filter does
        for facet in FACETS:
            m = match.copy()
            for name, other in masks.items():
                if name != facet:
                    m &= other
            facet_counts[facet] = table.counts(facet, m, also=wide if facet in AREAS else None)

        hits = np.flatnonzero(full)
        hits = hits[ordering.order(table, hits, scores, req.sort, distances)]
        total = int(hits.size)
        start = (req.page - 1) * req.per_page
        terms = plan.terms()
        offers = []
        for d in hits[start:start + req.per_page]:
            record = gen.record(d)
            offers.append(Offer(
                record, score=round(float(scores[d]), 4),
                snippet=snippet(record.get("description", ""), terms) if snippets else None,
                distance=None if distances is None else geo.distance(table, int(d), record, distances, req.kommune)))
        return SearchResult(
            total=total, page=req.page, per_page=req.per_page, pages=max(1, math.ceil(total / req.per_page)),
            query=QueryEcho(q=plan.corrected_text(), truncated=plan.truncated,
                            words=tuple(w.text for w in plan.words), corrections=plan.corrections),
            corrected_from=plan.text if plan.corrections else None,
            hits=tuple(offers), facets=facet_counts,
            suggestion=(spelling.suggest(gen, plan) if total < 3 and plan.words and not plan.corrections
                        else None),
            index=IndexInfo(generation=gen.name, built_at=gen.meta.get("built_at"), records=gen.size),
            places=table.place_counts(hits) if places else None)

    def matching(self, req: SearchRequest, ids: Iterable[str]) -> set[str]:
        gen = self._generation()
        docs = {i: gen.docnum(i) for i in ids}
        docs = {i: d for i, d in docs.items() if d is not None}
        if not docs:
            return set()
        found = self._found(gen, req)
        return {i for i, d in docs.items() if found[d]}

    def _found(self, gen: Generation, req: SearchRequest) -> np.ndarray:
        """Per document: does the search find it? (The text match and filters of `_search`,
        and one try with the suggestion when the text finds nothing, as `search` does.)"""
        masks, _ = filter_masks(gen.table, req)

        def found_by(text: str):
            plan = parse(text)
            _, match = ranking.text_match(gen, plan, spell=req.spell)
            for m in masks.values():
                match = match & m          # never in place: the text match may be shared
            return match, plan

        found, plan = found_by(req.q)
        if not found.any() and req.q and req.spell and plan.words and not plan.corrections:
            suggestion = spelling.suggest(gen, plan)
            if suggestion:
                return found_by(suggestion)[0]
        return found

    def matching_records(self, req: SearchRequest, records: list[dict]) -> list[bool]:
        return kept.matching_records(records, req)

    # -- coverage ---------------------------------------------------------------

    def coverage(self, f: GapFilters) -> Coverage:
        return count_coverage(self._generation(), f)

    def nearest(self, topic: str, f: GapFilters) -> Access:
        return nearest_offers(self._generation(), topic, f)
