"""Searches in many threads give exactly what one thread gives (waitress serves requests in
threads). The Snowball stemmer keeps state between calls: a shared one gave wrong stems and
exceptions under load, and the stem cache kept a wrong stem for the life of the process."""

from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor

import snowballstemmer

from index import analysis, open_catalogue
from index.request import SearchRequest

WORDS = [w for w in (analysis.DATA / "words_nb.txt").read_text(encoding="utf-8").split()
         if w.isalpha() and not w.startswith("#")]


def _clear_caches():
    for name in dir(analysis):
        fn = getattr(analysis, name)
        if callable(fn) and hasattr(fn, "cache_clear"):
            fn.cache_clear()


def test_stemming_in_eight_threads_gives_the_single_threaded_stems():
    reference = snowballstemmer.stemmer("norwegian")
    rng = random.Random(7)
    words = [rng.choice(WORDS) + rng.choice(("", "en", "ene", "er", "ing", "ingen", "ane")) for _ in range(4000)]
    expected = {w: reference.stemWord(w) for w in words}
    _clear_caches()
    errors: list[str] = []
    barrier = threading.Barrier(8)

    def work(seed: int) -> None:
        order = list(expected)
        random.Random(seed).shuffle(order)
        barrier.wait()
        for w in order:
            try:
                got = analysis.stem(w)
            except Exception as exc:  # noqa: BLE001 - counted as a failure
                errors.append(f"{w}: {exc!r}")
                continue
            if got != expected[w]:
                errors.append(f"{w}: {got} != {expected[w]}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(analysis.stem(w) == expected[w] for w in words)


def test_many_searches_in_threads_give_the_single_threaded_results(fixture_data_dir):
    catalogue = open_catalogue(fixture_data_dir)
    rng = random.Random(11)
    queries = [" ".join(rng.sample(WORDS, rng.randint(1, 3))) for _ in range(300)] + [
        "helseledelse deltid", "økonomistyring", "leiing i helse- og omsorgstenestene", "kvalitetsforbedring"]

    def run(q: str) -> list:
        return [(r["id"], r["score"]) for r in catalogue.search(SearchRequest(q=q, per_page=10)).to_dict()["results"]]

    _clear_caches()
    single = {q: run(q) for q in queries}
    _clear_caches()                                    # the threads stem every word again, at once
    with ThreadPoolExecutor(max_workers=16) as pool:
        threaded = dict(zip(queries * 3, pool.map(run, queries * 3)))
    assert threaded == single


def test_a_hostile_query_causes_bounded_correction_work(fixture_data_dir, monkeypatch):
    """A 500-letter word is never handed to the Levenshtein automaton (it cost a third of a
    second of CPU per request, spell=off too, through "Mente du …?"); a query of many unknown
    words tries at most 6 (3 corrections, 3 suggestions); a repeated word is answered from the
    speller's memory."""
    from index.engine import spelling

    calls: list[str] = []
    real = spelling._Corrector.suggest

    def counting(self, text, *args, **kwargs):
        calls.append(text)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(spelling._Corrector, "suggest", counting)
    catalogue = open_catalogue(fixture_data_dir)
    word = "kvalitetsforbedringsarbeid" * 20                              # 520 letters
    for spell in (True, False):
        catalogue.search(SearchRequest(q=word, spell=spell))
    assert calls == []
    rng = random.Random(5)
    many = " ".join("".join(rng.choice("abdefgiklmnoprstuv") for _ in range(12)) for _ in range(40))
    catalogue.search(SearchRequest(q=many))
    assert 0 < len(calls) <= 6 * 3                 # a compound split may try the rest of a word twice more
    first = len(calls)
    catalogue.search(SearchRequest(q=many))
    assert len(calls) == first                      # remembered
