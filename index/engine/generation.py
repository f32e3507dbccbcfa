"""An opened index generation: Whoosh for postings and stored records, numpy arrays for
everything counted, filtered or sorted.

Posting lists are read whole from Whoosh (cached per generation) for the BM25 of
`index.engine.ranking`; computing the full match set this way is what makes exact facet
counts cheap (see `index.engine.facets`). Document numbers follow the order the records were
indexed in, as the facet arrays do, and never leave the engine.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3LeafMatcher

from index.engine.facets import REQUIRED, FacetTable
from index.engine.schema import TEXT_FIELDS

log = logging.getLogger(__name__)

POSTINGS_CACHE = 4096  # posting lists (and prefix extensions) kept per generation


class Generation:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = self.path.name
        self.meta = json.loads((self.path / "meta.json").read_text(encoding="utf-8"))
        self.ix = whoosh_index.open_dir(str(self.path))
        self.table = FacetTable.load(self.path / "facets.npz")
        missing = [k for k in REQUIRED if k not in self.table.arrays]
        if missing:
            raise ValueError(f"generation {self.name} lacks {', '.join(missing)} (built by an older version)")
        self.size = self.table.size
        self.lengths = {f: self.table.arrays[f"len.{f}"] for f in TEXT_FIELDS}
        self.avg_length = {f: (float(v.mean()) if v.size and v.mean() > 0 else 1.0)
                           for f, v in self.lengths.items()}
        self._local = threading.local()
        self._searchers: list = []
        self._lock = threading.Lock()
        self._postings: OrderedDict = OrderedDict()
        self._vocabulary: list[str] | None = None
        self._speller = None

    # -- Whoosh access (one searcher per thread) -------------------------------

    def searcher(self):
        s = getattr(self._local, "searcher", None)
        if s is None:
            s = self.ix.searcher()
            self._local.searcher = s
            with self._lock:
                self._searchers.append(s)
        return s

    def close(self) -> None:
        with self._lock:
            for s in self._searchers:
                try:
                    s.close()
                except Exception:  # closing a reader of a deleted generation
                    log.debug("closing a searcher of generation %s failed", self.name, exc_info=True)
            self._searchers.clear()

    def record(self, docnum: int) -> dict:
        return json.loads(self.searcher().stored_fields(int(docnum))["record"])

    def docnum(self, record_id: str) -> int | None:
        return self.searcher().document_number(id=record_id)

    # -- postings and scores ---------------------------------------------------

    def postings(self, field: str, token: str) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, term frequencies) of one term, cached."""
        key = (field, token)
        with self._lock:
            hit = self._postings.get(key)
            if hit is not None:
                self._postings.move_to_end(key)
                return hit
        reader = self.searcher().reader()
        if (field, token) not in reader:
            result = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32))
        else:
            result = _read_postings(reader.postings(field, token))
        self._remember(key, result)
        return result

    def _remember(self, key, value) -> None:
        """Keep `value` in the per-generation cache (least recently used out first)."""
        with self._lock:
            self._postings[key] = value
            while len(self._postings) > POSTINGS_CACHE:
                self._postings.popitem(last=False)

    def extensions(self, field: str, stem: str, max_extra: int) -> list[str]:
        """Index terms of `field` that are `stem` plus 1..max_extra more letters, cached."""
        key = ("ext", field, stem, max_extra)
        with self._lock:
            hit = self._postings.get(key)
        if hit is not None:
            return hit
        reader = self.searcher().reader()
        found = [t if isinstance(t, str) else t.decode("utf-8")
                 for t in reader.expand_prefix(field, stem)]
        found = [t for t in found if 0 < len(t) - len(stem) <= max_extra]
        self._remember(key, found)
        return found

    def vocabulary(self) -> list[str]:
        """Sorted surface words of the catalogue (for spelling suggestions)."""
        if self._vocabulary is None:
            words = []
            try:
                with open(self.path / "vocab.tsv", encoding="utf-8") as fh:
                    words = [line.split("\t", 1)[0] for line in fh if line.strip()]
            except FileNotFoundError:
                pass
            self._vocabulary = sorted(words)
        return self._vocabulary

    def speller(self):
        """A `index.engine.spelling.Speller` over this generation's vocabulary and the words the
        analysis knows (`index.analysis.lexicon`), built once."""
        if self._speller is None:
            from index.analysis import lexicon
            from index.engine.spelling import Speller
            self._speller = Speller(sorted(set(self.vocabulary()) | lexicon()))
        return self._speller


def _read_postings(matcher) -> tuple[np.ndarray, np.ndarray]:
    """Read a whole posting list; block-wise for Whoosh's on-disk format (fast path)."""
    ids: list = []
    weights: list = []
    if isinstance(matcher, W3LeafMatcher):
        # Whoosh 2.7 W3 postings are stored in blocks of up to 128 postings.
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids.extend(matcher._ids)
            weights.extend(matcher._weights)
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float32)


def read_records(path: Path) -> dict[str, dict]:
    """id → record of a generation's directory, read from the records its index stores (for
    the change log; works for a generation built by an older version, without its arrays)."""
    ix = whoosh_index.open_dir(str(path))
    try:
        with ix.searcher() as searcher:
            out = {}
            for stored in searcher.all_stored_fields():
                record = json.loads(stored["record"])
                out[record["id"]] = record
            return out
    finally:
        ix.close()
