"""The Whoosh + numpy engine: the one implementation of the search seam (`index.seam`).

Nothing outside index/ imports these modules (tests and benchmarks of the engine aside); the
rest of Kurskatalog opens a catalogue with `index.open_catalogue` and builds with `index.build`.
One concern per module:

    catalogue.py    the seam's implementation: follows the serving generation, answers each
                    request with the modules below, returns the seam's typed results
    generations.py  the generations on disk: build aside, swap atomically (CURRENT), prune, lock
    build.py        records → a new generation (Whoosh index, facet arrays, vocabulary, meta.json,
                    change log events)
    schema.py       the Whoosh schema and a record → index document (text fields and their weights)
    generation.py   an opened generation: stored records, posting lists, the vocabulary
    query.py        query text → a plan (words, phrases, exclusions, "uten X")
    ranking.py      BM25 over the text fields, word by word; coverage of the query; phrases
    spelling.py     typo correction and "Mente du …?"
    facets.py       the per-generation arrays (facets, credits, deadlines, places); masks and counts
    filters.py      a request's filters as masks
    ordering.py     the sort orders
    geo.py          distances from municipalities over the location arrays
    coverage.py     topic × area counts, what is within reach, the nearest offer per municipality
    snippets.py     highlighted snippets as data
    kept.py         matching records outside the index (the change log's)

The Norwegian analysis the schema and the query share is its own package, `index.analysis`.
"""
