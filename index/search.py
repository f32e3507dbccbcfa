"""Search the catalogue: free text + filters → ranked page of records with facet counts.

`Catalogue` follows the serving generation (see `index.generations`): every
call resolves CURRENT, so a rebuild in another process is picked up at once,
and a reader holds on to the generation it opened for the length of a call.
"""

from __future__ import annotations

import math
import re
import threading
from datetime import date
from pathlib import Path

import numpy as np

from index import generations
from index.engine import Generation
from index.facets import EPOCH, FACETS
from index.query import QueryPlan, analyze_word, clean, parse, word as query_word, _WORD
from index.request import SearchRequest
from index.schema import TEXT_FIELDS
from index.snippets import plain, snippet

PART_WEIGHT = 0.6      # a match on a compound part or synonym, relative to the whole word
MIN_COVERAGE = 0.3     # share of a query's (idf-weighted) words a document needs, with 3+ words
COVERAGE_POWER = 3     # a document's score is multiplied by its coverage of the query to this power
PHRASE_BOOST = 1.5     # the query's words stand together as a phrase
AUDIENCE_BOOST = 0.2   # offers aimed at health, social or public services (the catalogue's users)
TOPIC_WEIGHT = 1.0     # a doc classified under the topic a query word names, without the word
TOPIC_DEGREE = 0.8     # ... covers that word this much
TOPIC_MAX_SHARE = 0.5  # a topic on more than this share of the catalogue tells nothing
MAX_CORRECTIONS = 3    # typo corrections tried per query (each costs up to ~0.1 s)
EXTEND_MIN = 5         # a query stem this long also matches index terms that go on by ...
EXTEND_MAX = 3         # ... at most this many letters ("mentor" → "mentoring")
EXTEND_WEIGHT = 0.7    # ... at this weight
AVOID_FACTOR = 0.3     # "uten X": the score of an offer with X
AUDIENCE_TARGETS = ("helse", "sosial", "offentlig", "tannhelse")
PHRASE_FIELDS = ("title", "description")
PHRASE_CANDIDATES = 50   # the phrase boost is checked on the best-scoring candidates only
PHRASE_CHECK_LIMIT = 2000
STATUS_RANK = {"active": 0, "unconfirmed": 1, "stale": 2, "gone": 3, "historical": 4}


def surface_phrase(words: list[str]):
    """A regex for the words in a row as written (hyphens and spaces between them alike);
    the last word may go on as a compound or inflection: "helse og omsorg" matches
    "helse- og omsorgstjenestene"."""
    words = [w.strip("-'").lower() for w in words if w.strip("-'")]
    if len(words) < 2 or len(words) > 8:
        return None
    return re.compile(r"\b" + r"[\s\-–]+".join(re.escape(w) for w in words))


# The statuses a search shows when the request names none: everything but the 2014 rows
# ("historical"), which stay one click away in the status facet. An offer whose page is gone
# stays visible with its notice; one unconfirmed since an older page says so.
DEFAULT_STATUSES = ("active", "unconfirmed", "stale", "gone")
# The statuses the coverage analysis counts by default: today's offers.
CURRENT_STATUSES = ("active", "unconfirmed")


class NoIndex(RuntimeError):
    """No index generation has been built in the data dir yet."""


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


def filter_masks(gen, req: SearchRequest, locator=None) -> tuple[dict[str, np.ndarray], np.ndarray | None]:
    """The search's filters as boolean masks over `gen`'s documents, by name (facets OR within,
    AND across; `include_everywhere`; the default statuses; credits; deadline; distance), and
    the distances when `locator` and a kommune are given. `gen` needs only a `table`
    (`index.facets.FacetTable`), so records outside the index can be matched too."""
    table = gen.table
    masks: dict[str, np.ndarray] = {f: table.mask(f, v) for f, v in req.filters.items()}
    if req.include_everywhere:     # offers that reach every area are in each region and county
        wide = table.arrays["anywhere"].copy()        # (as /dekning counts them; index.gaps)
        if req.include_online:
            wide |= table.arrays["online_only"]
        for area in ("region", "county"):
            if area in masks:
                masks[area] = masks[area] | wide
    if "status" not in masks:           # today's offers unless the user asks for others
        masks["status"] = table.mask("status", list(DEFAULT_STATUSES))
    if req.credits_min is not None or req.credits_max is not None:
        masks["credits"] = table.credits_mask(req.credits_min, req.credits_max)
    if req.deadline_from:
        masks["deadline"] = table.deadline_mask(req.deadline_from)
    distances = None
    if locator is not None and req.kommune:
        distances = locator.distances(gen, req.kommune)
        if req.max_km is not None:
            masks["distance"] = locator.within(gen, distances, req.max_km, req.include_online,
                                               req.include_unplaced)
        elif not req.include_online:
            masks["distance"] = ~table.arrays["online_only"]
    return masks, distances


class Catalogue:
    def __init__(self, data_dir: str | Path):
        self.data_dir = Path(data_dir)
        self._gen: Generation | None = None
        self._lock = threading.Lock()

    # -- generations ----------------------------------------------------------

    def generation(self) -> Generation:
        path = generations.current(self.data_dir)
        if path is None:
            raise NoIndex(f"no index in {self.data_dir}; run `kurskatalog build`")
        with self._lock:
            if self._gen is None or self._gen.path != path:
                try:
                    self._gen = Generation(path)  # the old one is closed when no call holds it
                except Exception as exc:  # e.g. built by an older version whose analyzer is gone
                    raise NoIndex(f"the index in {path} cannot be opened ({type(exc).__name__}); "
                                  "run `kurskatalog build`") from exc
            return self._gen

    def meta(self) -> dict:
        gen = self.generation()
        return {"generation": gen.name, **gen.meta}

    # -- lookups --------------------------------------------------------------

    def get(self, record_id: str) -> dict | None:
        gen = self.generation()
        docnum = gen.docnum(record_id)
        return None if docnum is None else gen.record(docnum)

    def all_records(self) -> list[dict]:
        gen = self.generation()
        return [gen.record(d) for d in range(gen.size)]

    # -- search ---------------------------------------------------------------

    def search(self, req: SearchRequest, *, locator=None, snippets: bool = True, places: bool = False) -> dict:
        """Run a search. `locator` (see `index.distance`) adds distances when a kommune is given;
        `places` adds where the whole result (every hit, not only the page) is taught
        (`FacetTable.place_counts`, for the results map).

        A typed word that no offer has as a whole and that the speller does not know is
        searched as its nearest known word (see `_may_be_typo`); when the whole text finds
        nothing and a spelling suggestion exists, the suggestion is searched instead. Either way the answer says what was typed (`corrected_from`). With
        `req.spell` off the words are searched as typed.
        """
        result = self._search(req, locator=locator, snippets=snippets, places=places)
        if result["total"] == 0 and result.get("suggestion") and req.q and req.spell:
            from dataclasses import replace
            corrected = self._search(replace(req, q=result["suggestion"]), locator=locator, snippets=snippets,
                                     places=places)
            if corrected["total"]:
                corrected["corrected_from"] = req.q
                return corrected
        return result

    def matching(self, req: SearchRequest, *, locator=None, gen: Generation | None = None) -> np.ndarray:
        """Per document of `gen` (default: the serving generation): does the search find it?
        The same text match, filters and spelling fallback as `search`, without ordering or
        reading records (for the feed)."""
        gen = gen or self.generation()
        masks, _ = filter_masks(gen, req, locator)

        def found_by(text: str) -> tuple[np.ndarray, QueryPlan]:
            plan = parse(text)
            _, match = self._text_match(gen, plan, spell=req.spell)
            for m in masks.values():
                match = match & m          # never in place: the text match may be shared
            return match, plan

        found, plan = found_by(req.q)
        if not found.any() and req.q and req.spell and plan.words and not plan.corrections:
            suggestion = self._suggest(gen, plan)      # as `search` does: one try with the suggestion
            if suggestion:
                return found_by(suggestion)[0]
        return found

    def _search(self, req: SearchRequest, *, locator=None, snippets: bool = True, places: bool = False) -> dict:
        gen = self.generation()
        table = gen.table
        plan = parse(req.q)
        scores, match = self._text_match(gen, plan, spell=req.spell)

        masks, distances = filter_masks(gen, req, locator)
        full = match.copy()
        for m in masks.values():
            full &= m
        facet_counts = {}
        for facet in FACETS:
            m = match.copy()
            for name, other in masks.items():
                if name != facet:
                    m &= other
            facet_counts[facet] = table.counts(facet, m)

        hits = np.flatnonzero(full)
        hits = hits[self._order(gen, hits, scores, req.sort, distances)]
        total = int(hits.size)
        start = (req.page - 1) * req.per_page
        page = hits[start:start + req.per_page]
        terms = plan.terms()
        results = []
        for d in page:
            record = gen.record(d)
            record["score"] = round(float(scores[d]), 4)
            if snippets:
                segments = snippet(record.get("description", ""), terms)
                record["snippet"] = segments
                record["snippet_text"] = plain(segments)
            if distances is not None:
                locator.annotate(record, gen, int(d), distances, req.kommune)
            results.append(record)
        return {
            "total": total,
            "page": req.page,
            "per_page": req.per_page,
            "pages": max(1, math.ceil(total / req.per_page)),
            "query": {"q": plan.corrected_text(), "truncated": plan.truncated,
                      "words": [w.text for w in plan.words], "corrections": plan.corrections},
            "corrected_from": plan.text if plan.corrections else None,
            "results": results,
            "facets": facet_counts,
            "suggestion": (self._suggest(gen, plan) if total < 3 and plan.words and not plan.corrections
                           else None),
            "index": {"generation": gen.name, "built_at": gen.meta.get("built_at"),
                      "records": gen.size},
            **({"places": table.place_counts(hits)} if places else {}),
        }

    def _text_match(self, gen: Generation, plan: QueryPlan, *, spell: bool = True) -> tuple[np.ndarray, np.ndarray]:
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
                word_score, degree = self._word_score(gen, word)
                if spell and tries < MAX_CORRECTIONS and self._may_be_typo(gen, plan, word, degree):
                    tries += 1
                    fixed = self._corrected(gen, word)
                    if fixed is not None:
                        fixed_score, fixed_degree = self._word_score(gen, fixed)
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
                self._phrase_boost(gen, plan, scores)
            for phrase in plan.phrases:
                match &= self._required_phrase(gen, phrase, match)
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

    def _word_score(self, gen: Generation, word) -> tuple[np.ndarray, np.ndarray]:
        """One query word over all text fields: its weighted score and, per document, the
        degree to which the document has it (1 = the word; less for a part or related word)."""
        n = gen.size
        word_score = np.zeros(n, dtype=np.float32)
        degree = np.zeros(n, dtype=np.float32)
        part_degrees = [np.zeros(n, dtype=np.float32) for _ in word.parts]
        for field, weight in TEXT_FIELDS.items():
            s, w_degree, p_degrees = self._word_field_score(gen, word, field)
            word_score += weight * s
            np.maximum(degree, w_degree, out=degree)
            for acc, d in zip(part_degrees, p_degrees):
                np.maximum(acc, d, out=acc)
        if part_degrees:
            degree = np.maximum(degree, sum(part_degrees) / len(part_degrees))
        self._topic_match(gen, word, word_score, degree)
        return word_score, degree

    @staticmethod
    def _may_be_typo(gen: Generation, plan: QueryPlan, word, degree: np.ndarray) -> bool:
        """A word typed outside quotes that no offer has as a whole and that neither the
        catalogue nor the analysis knows ("kvalitetsforbedrnig", "medarbeidersamtaller")."""
        return (word.text.lower() in plan.typed and gen.speller().unknown(word.text)
                and not (degree >= 1.0).any())

    @staticmethod
    def _corrected(gen: Generation, word):
        """The query word re-read as its nearest catalogue word (index.spelling), or None."""
        fixed = gen.speller().correct(word.text)
        item = query_word(fixed) if fixed else None
        if item is not None:
            item.group = word.group
        return item

    @staticmethod
    def _topic_match(gen: Generation, word, score: np.ndarray, degree: np.ndarray) -> None:
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

    @staticmethod
    def _best(gen: Generation, field: str, tokens) -> tuple[np.ndarray, np.ndarray] | None:
        """Per document, the best weighted BM25 score of any of `tokens` ((token, weight)
        pairs) in `field`, and the weight of the best-weighted token found (None: no hit)."""
        best = found = None
        for token, weight in tokens:
            ids, s = gen.bm25(field, token)
            if ids.size:
                if best is None:
                    best = np.zeros(gen.size, dtype=np.float32)
                    found = np.zeros(gen.size, dtype=np.float32)
                best[ids] = np.maximum(best[ids], s * weight)
                found[ids] = np.maximum(found[ids], weight)
        return None if best is None else (best, found)

    def _word_field_score(self, gen: Generation, word, field: str):
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
        best, degree = self._best(gen, field, wholes) or (zero, zero)
        parts = word.parts
        if not parts:
            return best, degree, []
        total = np.zeros(n, dtype=np.float32)
        degrees = []
        for alts, leaves in parts:
            part, part_degree = self._best(gen, field, alts) or (zero, zero)
            if leaves:
                inner = np.zeros(n, dtype=np.float32)
                for leaf in leaves:
                    hit = self._best(gen, field, [(leaf, 1.0)])
                    if hit is not None:
                        inner += hit[0]
                inner /= len(leaves)
                part = np.maximum(part, inner)
                part_degree = np.maximum(part_degree, (inner > 0).astype(np.float32))
            total += part
            degrees.append(part_degree)
        return np.maximum(best, total * (PART_WEIGHT / len(parts))), degree, degrees

    def _phrase_boost(self, gen: Generation, plan: QueryPlan, scores: np.ndarray) -> None:
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

    def _required_phrase(self, gen: Generation, phrase: list[str], match: np.ndarray) -> np.ndarray:
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

    def _order(self, gen: Generation, hits: np.ndarray, scores: np.ndarray, sort: str,
               distances) -> np.ndarray:
        a = gen.table.arrays
        title = a["title_rank"][hits]
        if sort == "title":
            return np.argsort(title, kind="stable")
        if sort == "provider":
            return np.lexsort((title, a["provider_rank"][hits]))
        if sort in ("credits", "-credits"):
            cmax = a["credits_max"][hits].astype(np.float64)
            unknown = np.isnan(cmax)
            key = np.where(unknown, 0.0, cmax if sort == "credits" else -cmax)
            return np.lexsort((title, key, unknown))
        if sort == "deadline":
            # open deadlines first, the nearest first; then passed ones, the latest first; unknown last
            day = a["deadline"][hits].astype(np.int64)
            today = (date.today() - EPOCH).days
            group = np.where(day < 0, 2, np.where(day >= today, 0, 1))
            key = np.where(group == 0, day, -day)
            return np.lexsort((title, key, group))
        if sort == "distance" and distances is not None:
            d = distances[hits]
            return np.lexsort((title, -np.round(scores[hits], 4), np.nan_to_num(d, nan=1e9)))
        status_values = gen.table.values("status")
        status_rank = np.array([STATUS_RANK.get(v, 3) for v in status_values])[a["status.codes"][hits]]
        pt_values = gen.table.values("part_time")
        part_time = np.array([v == "true" for v in pt_values])[a["part_time.codes"][hits]]
        credit_bearing = np.nan_to_num(a["credits_max"][hits], nan=0.0) > 0
        return np.lexsort((title, ~credit_bearing, ~part_time, status_rank, -np.round(scores[hits], 4)))

    def _suggest(self, gen: Generation, plan: QueryPlan) -> str | None:
        """"Mente du ...?": each unknown word replaced by its nearest catalogue word."""
        speller = gen.speller()
        changed, words, tries = False, [], 0
        for w in clean(plan.text)[0].split():
            fixed = None
            if tries < MAX_CORRECTIONS and speller.unknown(w):
                tries += 1
                fixed = speller.correct(w)
            words.append(fixed or w)
            changed = changed or fixed is not None
        return " ".join(words) if changed else None
