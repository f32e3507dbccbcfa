"""Conditions a query names in words ("personalledelse deltid", "nettbasert master",
"30 stp ledelse", "ledelse Bodø"): each becomes a filter the site can offer with one click.

The words still rank the matching offers first (index.engine.schema's facts text), but a ranking
is not a filter: "69 of 73" is what a reader sees. `named_filters` says which filters the
words name, so the page can ask "Bare deltid?". Nothing here filters by itself.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from domain import places

from index.analysis import DATA

# folded word → (parameter, value). Words as a reader writes them, bokmål and nynorsk.
_WORDS = {
    **dict.fromkeys(("deltid", "deltids", "deltidsstudium", "deltidsstudie", "deltidsstudier"), ("part_time", "true")),
    **dict.fromkeys(("heltid", "heltidsstudium"), ("part_time", "false")),
    **dict.fromkeys(("nettbasert", "nettbasert", "nettstudium", "nettstudie", "nettstudier", "online",
                     "nettundervisning"), ("delivery", "nett")),
    **dict.fromkeys(("samlingsbasert", "samlinger", "samlingar", "samlingsbasert"), ("delivery", "samling")),
    **dict.fromkeys(("kveld", "kveldsundervisning", "kveldsstudium"), ("delivery", "kveld")),
    **dict.fromkeys(("master", "masternivå", "masternivaa", "mastergrad", "masterstudium", "erfaringsbasert master"),
                    ("level", "master")),
    **dict.fromkeys(("bachelor", "bachelornivå", "bachelorgrad", "bachelorstudium"), ("level", "bachelor")),
    **dict.fromkeys(("fagskole", "fagskule", "fagskoleutdanning"), ("level", "fagskole")),
    **dict.fromkeys(("årsstudium", "årsstudier", "årseining"), ("kind", "one_year")),
    **dict.fromkeys(("enkeltemne", "enkeltemner", "enkeltemnar"), ("kind", "single_course")),
}
_REGION_NAMES = {places.fold(name): code for code, name in places.REGIONS.items()}
_CREDITS = re.compile(r"\b(\d{1,3}(?:[.,]5)?)\s*(?:stp|sp|studiepoeng|ects)\b", re.I)
_WORD = re.compile(r"[\wæøåÆØÅáÁŋŊčČđĐšŠŧŦžŽ-]+")


@dataclass(frozen=True)
class Named:
    """A filter the query names: `param`/`value` as URL parameters, `words` as written."""
    param: str
    value: str
    words: str


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words of the language (the analysis word lists): a town must not be one ("Nes", "Vik")."""
    out = set()
    for name in ("words_nb.txt", "domain_words.txt"):
        path = DATA / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(line.split()[0].casefold())
    return frozenset(out)


def named_filters(q: str) -> list[Named]:
    """The filters the query's words name, in the order written, each once."""
    text = (q or "")[:1000]
    out: list[Named] = []

    def add(param, value, words):
        if all((n.param, n.value) != (param, value) for n in out):
            out.append(Named(param, value, words))

    for m in _CREDITS.finditer(text):
        add("credits", m.group(1).replace(",", "."), m.group(0))
    words = _WORD.findall(text)
    used: set[int] = set()
    # counties and regions first (they can span words: "Møre og Romsdal", "Nord-Norge")
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if used & set(range(i, i + size)):
                continue
            phrase = " ".join(words[i:i + size])
            key = places.fold(phrase)
            county = next((c for c in places.COUNTIES if places.fold(c) == key), None)
            if county:                               # "Oslo" is a county and a town: the county filter is exact
                add("county", county, phrase)
                used |= set(range(i, i + size))
            elif key in _REGION_NAMES:
                add("region", _REGION_NAMES[key], phrase)
                used |= set(range(i, i + size))
    for i, word in enumerate(words):
        if i in used:
            continue
        key = word.casefold()
        if key in _WORDS:
            add(*_WORDS[key], word)
            continue
        if len(key) < 4 or key in _common_words():
            continue
        found = places.municipality_candidates(word)
        if len(found) == 1:
            add("kommune", found[0]["kommune_nr"], found[0]["name"])
    return out
